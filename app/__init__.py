"""Làng Nghề Studio: offline-first desktop studio for craft-village sellers."""

__version__ = "0.1.0"
APP_NAME = "Làng Nghề Studio"
# ASCII name for folders, logs and the installer: some old Windows tools choke on accents.
APP_ID = "LangNgheStudio"
