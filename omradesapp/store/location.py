"""Is the database on a local disk? WAL needs one (SPEC §7): network shares and synced
folders get a warning and a safer suggestion."""

from __future__ import annotations

import os
import sys
from pathlib import Path

SYNCED_FOLDERS = ("onedrive", "dropbox", "google drive", "googledrive", "icloud", "nextcloud",
                  "owncloud", "box sync", "sync.com")  # fmt: skip
NETWORK_FILESYSTEMS = ("nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p",
                       "afs", "davfs", "fuse.rclone", "fuse.gvfsd-fuse")  # fmt: skip


def _mount_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The file system type of the mount that holds `path` (Linux), or None."""
    try:
        lines = mounts_file.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) > len(best):
            best, best_type = mount, parts[2]
    return best_type


def _windows_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):  # \\server\share
        return True
    if sys.platform != "win32":
        return False
    import ctypes

    drive_remote = 4
    root = os.path.splitdrive(text)[0] + "\\"
    return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote)


def location_warning(db: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """A Swedish warning if `db` is on a network share or in a synced folder, else None."""
    path = db.resolve().parent
    lowered = str(path).casefold()
    synced = next((name for name in SYNCED_FOLDERS if name in lowered), None)
    fs = _mount_type(path, mounts_file) if sys.platform.startswith("linux") else None
    if synced:
        where = f"en synkroniserad mapp ({synced})"
    elif _windows_remote(path) or (fs is not None and fs in NETWORK_FILESYSTEMS):
        where = "en nätverksenhet" + (f" ({fs})" if fs else "")
    else:
        return None
    return (
        f"Databasen {db.name} ligger i {where}. Där kan SQLite inte skydda posterna mot "
        "avbrott. Lägg den på datorns egen disk, till exempel i standardmappen, och använd "
        "exportpaket för att flytta data."
    )
