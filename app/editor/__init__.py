"""The video editor room's core: projects (segments, stickers, export settings) and exports.

Qt-free, so the command line, the self-test and the tests drive it without a window.
"""
