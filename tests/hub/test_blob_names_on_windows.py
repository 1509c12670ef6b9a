"""Making a finished blob's name durable: folders are fsynced on POSIX; on Windows, where a
folder cannot be opened as a file, finishing must not fail (the bundled hub runs there)."""

from __future__ import annotations

import os

from app.hub import blobs
from app.hub.blobs import DiskBlobStore, Placed


def _placed(tmp_path) -> Placed:
    folder = tmp_path / "ab" / "cd"
    folder.mkdir(parents=True)
    return Placed("abcd" + "0" * 60, 3, (folder, folder.parent))


def test_folders_are_fsynced_on_posix(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(blobs.os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    DiskBlobStore(tmp_path).sync_names([_placed(tmp_path)])
    assert len(synced) == 2  # the new fan-out folder and the folder holding the name


def test_finishing_on_windows_does_not_open_folders(tmp_path, monkeypatch):
    def windows_open(path, flags, *args):
        raise PermissionError(13, "Access is denied", str(path))  # what Windows answers

    monkeypatch.setattr(blobs.os, "name", "nt")
    monkeypatch.setattr(blobs.os, "open", windows_open)
    DiskBlobStore(tmp_path).sync_names([_placed(tmp_path)])  # no error: the upload completes
