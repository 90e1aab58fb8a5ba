"""Files the app writes appear whole or not at all: a temp file, fsync, a rename, and an
fsync of the folder so that the rename itself survives a power cut.

Only a regular file (or a path where nothing is yet) is ever replaced: a rename over a
device node, a pipe or a symbolic link would replace the special file itself (running
as root, `--out /dev/null` once replaced /dev/null).
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path


class NotARegularFile(OSError):
    """The target exists and is not a regular file; the message says so in Swedish."""

    def __init__(self, path: Path) -> None:
        message = (
            f"{path} är ingen vanlig fil (utan till exempel en enhet, en namngiven pipe eller "
            "en symbolisk länk); Områdesappen skriver bara till vanliga filer. Välj ett annat "
            "filnamn."
        )
        super().__init__(errno.EINVAL, message, str(path))

    def __str__(self) -> str:
        return str(self.strerror)


def check_target(path: Path) -> None:
    """Raise NotARegularFile unless `path` is missing or a regular file (not a link to one)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise NotARegularFile(path)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new name in `folder` durable (a no-op where folders cannot be
    opened, on Windows)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_into(tmp: Path, path: Path) -> None:
    """Rename the finished, fsynced `tmp` over `path` (a regular file or nothing) durably."""
    check_target(path)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def write_atomic(path: Path, data: bytes) -> Path:
    path = Path(path)
    check_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        replace_into(Path(tmp), path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
