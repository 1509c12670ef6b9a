"""Let OpenCV use PyAV's FFmpeg instead of carrying its own copy (Linux bundle).

Three FFmpeg copies ship by default: Qt Multimedia's (libavcodec.so.63, FFmpeg 8.1
ABI), PyAV's and OpenCV's (both libavcodec 62.28, FFmpeg 8.0 ABI, built by
auditwheel with hashed names). Qt's has another major version, so nobody can
share it. PyAV's and OpenCV's share the ABI, so OpenCV's five libraries become
symlinks to PyAV's; every PyAV library is also linked into OpenCV's folder so
``$ORIGIN`` lookups resolve whichever package loads first. The orphan pruner
then drops what only OpenCV's FFmpeg needed (its libvpx, OpenSSL 1.1).

``verify`` is the proof: it decodes a clip made with PyAV through the bundle's
cv2 (both import orders, no LD_LIBRARY_PATH) and through the source tree's
unmodified cv2; the frames must hash the same, and only one FFmpeg may be mapped.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

FFMPEG_LIBS = ("libavcodec", "libavformat", "libavutil", "libswscale", "libswresample")
_NAME_RE = re.compile(r"^(?P<lib>lib[a-z]+)-[0-9a-f]{8}\.so\.(?P<major>\d+)(?:\.\d+)*$")


def _by_lib(folder: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in folder.iterdir() if folder.is_dir() else ():
        match = _NAME_RE.match(path.name)
        if match and match.group("lib") in FFMPEG_LIBS and not path.is_symlink():
            found[match.group("lib")] = path
    return found


def plan(opencv_libs: Path, pyav_libs: Path) -> dict[str, tuple[Path, Path]] | None:
    """{lib: (OpenCV's file, PyAV's file)} when every pair has the same major version, else None."""
    mine, theirs = _by_lib(opencv_libs), _by_lib(pyav_libs)
    pairs: dict[str, tuple[Path, Path]] = {}
    for lib in FFMPEG_LIBS:
        if lib not in mine:
            continue  # OpenCV does not link it
        if lib not in theirs:
            return None
        major = [_NAME_RE.match(path.name).group("major") for path in (mine[lib], theirs[lib])]  # type: ignore[union-attr]
        if major[0] != major[1]:
            return None
        pairs[lib] = (mine[lib], theirs[lib])
    return pairs or None


def apply(opencv_libs: Path, pyav_libs: Path) -> int:
    """Replace OpenCV's FFmpeg with links to PyAV's; returns the bytes the links replaced."""
    pairs = plan(opencv_libs, pyav_libs)
    if pairs is None:
        return 0
    relative = Path("..") / pyav_libs.name
    freed = 0
    for own, shared in pairs.values():
        freed += own.stat().st_size
        own.unlink()
        own.symlink_to(relative / shared.name)
    for library in pyav_libs.iterdir():
        link = opencv_libs / library.name
        if not link.exists() and not link.is_symlink():
            link.symlink_to(relative / library.name)
    return freed


PROBE = r"""
import ctypes, hashlib, importlib.util, json, sys
internal, clip, order = sys.argv[1], sys.argv[2], sys.argv[3]
av_first = [l for l in sys.argv[4:]]
if order == "av-first":
    for path in av_first:
        ctypes.CDLL(path)
if internal == "-":
    import cv2
else:
    spec = importlib.util.spec_from_file_location("cv2", internal + "/cv2/cv2.abi3.so")
    cv2 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cv2)
if order == "cv2-first":
    for path in av_first:
        ctypes.CDLL(path)
capture = cv2.VideoCapture(clip, cv2.CAP_FFMPEG)
digest, frames = hashlib.sha256(), 0
while True:
    ok, frame = capture.read()
    if not ok:
        break
    digest.update(frame.tobytes())
    frames += 1
maps = open("/proc/self/maps").read().split("\n")
mapped = sorted({line.split("/")[-1] for line in maps if "/libavcodec" in line})
print(json.dumps({"frames": frames, "sha256": digest.hexdigest(), "libavcodec": mapped}))
"""


def _make_clip(path: Path) -> None:
    import av
    import numpy as np

    with av.open(str(path), "w") as output:
        stream = output.add_stream("libx264", rate=25)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        for index in range(50):
            image = np.zeros((240, 320, 3), np.uint8)
            image[:, :, 0] = index * 5
            image[index : index + 40, index * 2 : index * 2 + 60, 1] = 255
            for packet in stream.encode(av.VideoFrame.from_ndarray(image, format="rgb24")):
                output.mux(packet)
        for packet in stream.encode():
            output.mux(packet)


def verify(internal: Path) -> dict:
    """Decode the same clip with the bundle's cv2 (shared FFmpeg) and the source cv2."""
    import os

    pyav = _by_lib(internal / "av.libs")
    order = [
        str(pyav[lib])
        for lib in ("libavutil", "libswresample", "libavcodec", "libavformat", "libswscale")
        if lib in pyav
    ]
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LD_LIBRARY_PATH", "PYTHONPATH")
    }
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="ffmpeg-share-") as folder:
        clip = Path(folder) / "clip.mp4"
        _make_clip(clip)
        for name, where, how in (
            ("source cv2", "-", "cv2-first"),
            ("bundle, PyAV first", str(internal), "av-first"),
            ("bundle, cv2 first", str(internal), "cv2-first"),
        ):
            run = subprocess.run(
                [sys.executable, "-c", PROBE, where, str(clip), how, *order],
                capture_output=True,
                text=True,
                env=env,
                check=False,
            )
            results[name] = (
                json.loads(run.stdout) if run.returncode == 0 else {"error": run.stderr[-500:]}
            )
    reference = results["source cv2"]
    ok = all(
        result.get("sha256") == reference.get("sha256")
        and result.get("frames") == 50
        and len(result.get("libavcodec", [])) == 1
        for name, result in results.items()
        if name != "source cv2"
    )
    return {"ok": ok and reference.get("frames") == 50, "runs": results}
