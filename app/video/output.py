"""Exports write to a hidden temp file next to the target and rename it at the end,
so a cancelled or failed export never leaves a half-written video behind."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.errors import classify
from app.progress import Cancelled
from app.video import errors


def _file_mode() -> int:
    """What ``open()`` would have given a new file under the current umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_error(target: Path, exc: OSError) -> Exception:
    """A full disk is said as such; any other failure to write names the target."""
    if exc.errno == errno.ENOSPC:
        return classify(exc) or errors.cannot_write(str(target), str(exc))
    return errors.cannot_write(str(target), str(exc))


def check_target(source: Path, target: Path) -> None:
    if target.exists() and source.exists() and os.path.samefile(source, target):
        raise errors.same_as_source(str(target))
    if target.is_dir():
        raise errors.cannot_write(str(target), "is a directory")
    if not target.parent.is_dir():
        raise errors.cannot_write(str(target), "folder does not exist")


@contextlib.contextmanager
def atomic_target(source: Path, target: Path) -> Iterator[Path]:
    """Yield a temp path in the target's folder; rename onto the target only on success."""
    check_target(source, target)
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.stem}.", suffix=".part" + target.suffix
        )
    except OSError as exc:
        raise errors.cannot_write(str(target), str(exc)) from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.chmod(temp, _file_mode())  # mkstemp makes it private (0600); exports are not
        os.replace(temp, target)
    except (Cancelled, errors.VideoError):
        temp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise write_error(target, exc) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
