"""Làng Nghề Studio entry point: ``python main.py`` starts the app; ``--help`` lists the rest."""

import time

PROCESS_START = time.perf_counter()

import faulthandler  # noqa: E402 - the clock above must start first
import sys  # noqa: E402

if sys.stderr is not None:  # a windowed frozen app has no stderr
    faulthandler.enable()

from app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(process_start=PROCESS_START))
