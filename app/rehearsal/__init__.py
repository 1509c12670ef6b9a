"""Livestream rehearsal core: runs of show, practice comments, takes, recording, review.

Plain Python (no widgets): ``app/ui/rehearsal`` and ``cli.py`` drive the same functions.
``plans`` (run of show) → ``session.TakeSession`` (timers, comments, markers) with a
``recorder`` → ``review`` (figures per product) → ``report`` (trainer's HTML/PDF).
"""
