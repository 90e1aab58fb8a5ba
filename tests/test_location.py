"""A database on a network share or in a synced folder gets a warning (SPEC §7)."""

from __future__ import annotations

from pathlib import Path

from omradesapp.store.location import location_warning


def test_local_disk_is_fine(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n", "utf-8")
    assert location_warning(tmp_path / "a.db", mounts) is None


def test_synced_folder_is_warned_about(tmp_path: Path) -> None:
    folder = tmp_path / "OneDrive - Kommunen" / "data"
    folder.mkdir(parents=True)
    warning = location_warning(folder / "a.db", tmp_path / "none")
    assert warning is not None and "synkroniserad mapp (onedrive)" in warning


def test_network_share_is_warned_about(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n//server/share {tmp_path} cifs rw 0 0\n", "utf-8")
    warning = location_warning(tmp_path / "a.db", mounts)
    assert warning is not None and "nätverksenhet (cifs)" in warning
    assert "egen disk" in warning
