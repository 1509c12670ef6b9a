"""build/ is not a package: its modules are imported from that folder by name."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD_DIR = ROOT / "build"
if str(BUILD_DIR) not in sys.path:
    sys.path.append(str(BUILD_DIR))  # last: never shadows an installed module for other tests
