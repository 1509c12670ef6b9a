"""Main window, navigation, status bar, settings."""
