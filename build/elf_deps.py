"""Shared-library graph of a built Linux bundle: what is unreachable, what is missing.

PyInstaller collects the dependencies of every plugin before the spec drops the
plugins we do not ship (bundle_rules.QT_PLUGINS_KEEP), so their libraries (GTK's
cairo/pango for the GTK theme, QtVirtualKeyboard...) stay behind as orphans. A
library that no Python extension, plugin or executable needs (directly or
through other libraries) is pruned; then every remaining ``DT_NEEDED`` must be
found in the bundle or on the system, or the build fails. That check plus the
frozen self-test is the proof that a pruned library was not needed.
"""

from __future__ import annotations

import fnmatch
import re
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
_NEEDED_RE = re.compile(r"\(NEEDED\)\s+Shared library: \[(?P<name>[^\]]+)\]")

# Loaded with dlopen() by name, so no DT_NEEDED points at them: never prune.
DLOPENED: tuple[str, ...] = ("libQt6FFmpegStub", "libpython", "libpyside6", "libshiboken6")


# Libraries a Linux desktop provides (graphics stack, Wayland); a headless build
# machine may lack them, so their absence there is no error.
DESKTOP_PROVIDED: tuple[str, ...] = (
    "libwayland-*",
    "libGL*",
    "libEGL*",
    "libOpenGL*",
    "libGLX*",
    "libvulkan*",
    "libva*",
    "libvdpau*",
    "libdrm.so*",
    "libgbm*",
)


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == ELF_MAGIC
    except OSError:
        return False


def readelf_needed(path: Path) -> list[str]:
    result = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    )
    return _NEEDED_RE.findall(result.stdout)


def is_root(relative: Path) -> bool:
    """Entry points of the graph: executables, Python extensions and Qt plugins."""
    name = relative.name
    if "plugins" in relative.parts:
        return True
    if name.startswith(DLOPENED):
        return True
    if not name.startswith("lib"):
        return True  # the exe, *.cpython-311-*.so, *.abi3.so extension modules
    return ".cpython-" in name or name.endswith(".abi3.so")


def elf_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink() and is_elf(path)
    )


def unreachable(
    folder: Path, needed_of: Callable[[Path], Iterable[str]] = readelf_needed
) -> list[Path]:
    """Libraries (regular files) that nothing in the bundle needs."""
    files = elf_files(folder)
    by_name: dict[str, list[Path]] = {}
    for path in files:
        by_name.setdefault(path.name, []).append(path)
    for link in folder.rglob("*"):  # PyInstaller links top-level names to PySide6/Qt/lib
        if link.is_symlink() and link.resolve() in files:
            by_name.setdefault(link.name, []).append(link.resolve())
    seen: set[Path] = set()
    queue = [path for path in files if is_root(path.relative_to(folder))]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in needed_of(path):
            queue.extend(by_name.get(name, []))
    return [path for path in files if path not in seen]


def remove_with_links(folder: Path, targets: Iterable[Path]) -> int:
    """Delete each target and every symlink pointing at it; returns bytes freed."""
    targets = {path.resolve() for path in targets}
    freed = 0
    for link in list(folder.rglob("*")):
        if link.is_symlink() and link.resolve() in targets:
            link.unlink()
    for path in targets:
        freed += path.stat().st_size
        path.unlink()
    return freed


def system_libraries() -> set[str]:
    """Sonames the dynamic loader finds outside the bundle (``ldconfig -p``)."""
    try:
        output = subprocess.run(
            ["ldconfig", "-p"], capture_output=True, text=True, check=False
        ).stdout
    except FileNotFoundError:
        output = subprocess.run(
            ["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=False
        ).stdout
    return {line.split()[0] for line in output.splitlines()[1:] if line.strip()}


def missing(
    folder: Path,
    needed_of: Callable[[Path], Iterable[str]] = readelf_needed,
    system: set[str] | None = None,
) -> dict[str, list[str]]:
    """{library: [needed names found neither in the bundle nor on the system]}."""
    system = system_libraries() if system is None else system
    files = elf_files(folder)
    present = {path.name for path in folder.rglob("*")}
    problems: dict[str, list[str]] = {}
    for path in files:
        lost = [
            name
            for name in needed_of(path)
            if name not in present
            and name not in system
            and not any(fnmatch.fnmatch(name, pattern) for pattern in DESKTOP_PROVIDED)
        ]
        if lost:
            problems[str(path.relative_to(folder))] = lost
    return problems


def has_symbols(path: Path) -> bool:
    """True when the file still carries a symbol table or debug info (strip would shrink it)."""
    result = subprocess.run(
        ["readelf", "-S", "-W", str(path)], capture_output=True, text=True, check=False
    )
    return any(section in result.stdout for section in (" .symtab ", " .debug_info "))


def strip_unneeded(folder: Path) -> tuple[list[tuple[Path, int]], list[Path]]:
    """``strip --strip-unneeded`` every ELF file with symbols, keeping only strips that load.

    --strip-unneeded keeps the dynamic symbol table, so libraries still link. But
    strip rewrites libraries that auditwheel patched with patchelf (numpy's OpenBLAS)
    into files the loader rejects ("ELF load command address/offset not
    page-aligned") -- and ``ldd`` on the library itself does not notice, only
    ``dlopen`` does. So each stripped library is dlopen()ed at once and put back as
    it was if the loader refuses it. Returns (stripped with bytes saved, refused).
    """
    import shutil
    import tempfile

    saved: list[tuple[Path, int]] = []
    refused: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="strip-") as scratch:
        backup = Path(scratch) / "original"
        for path in elf_files(folder):
            if not has_symbols(path):
                continue
            before = path.stat().st_size
            shutil.copy2(path, backup)
            result = subprocess.run(
                ["strip", "--strip-unneeded", str(path)],
                capture_output=True,
                text=True,
                check=False,
            )
            if (
                result.returncode != 0
                or loads_cleanly(folder, [path])
                or dlopen_error(folder, path)
            ):
                shutil.copy2(backup, path)
                refused.append(path)
                continue
            saved.append((path, before - path.stat().st_size))
    return saved, refused


def loads_cleanly(folder: Path, paths: Iterable[Path]) -> dict[str, str]:
    """Ask the dynamic loader (``ldd``) to map each file; {file: error} for any it rejects."""
    import os

    library_dirs = sorted({str(path.parent) for path in folder.rglob("*.so*")})
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(library_dirs)}
    errors: dict[str, str] = {}
    for path in paths:
        result = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        )
        text = (result.stdout + result.stderr).lower()
        broken = any(
            sign in text for sign in ("error while loading", "not page-aligned", "invalid elf")
        )
        if broken or (result.returncode != 0 and "not a dynamic executable" not in text):
            errors[str(path.relative_to(folder))] = (result.stdout + result.stderr).strip()[:300]
    return errors


def _library_path(folder: Path) -> str:
    import os

    return os.pathsep.join(sorted({str(path.parent) for path in folder.rglob("*.so*")}))


def dlopen_error(folder: Path, path: Path) -> str | None:
    """Error text when the dynamic loader refuses to map this library (None when it loads).

    Runs in a child process: a broken library must not take the build down with it.
    Only "cannot map" errors count; a missing desktop library (Wayland on a headless
    box) or an undefined Python symbol is not what strip can cause.
    """
    import os
    import sys

    if ".so" not in path.name:
        return None
    code = "import ctypes, sys\ntry:\n    ctypes.CDLL(sys.argv[1])\nexcept OSError as exc:\n    print(exc)"
    env = {**os.environ, "LD_LIBRARY_PATH": _library_path(folder)}
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    text = (result.stdout + result.stderr).strip()
    signs = (
        "page-aligned",
        "invalid elf",
        "file too short",
        "wrong elf class",
        "unsupported version",
    )
    return text if result.returncode != 0 or any(sign in text.lower() for sign in signs) else None
