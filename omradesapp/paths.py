"""Where the database, its backups and the app's own state live (platformdirs).

Resolved when asked, never at import, so tests and `--db` can point elsewhere.
"""

from __future__ import annotations

from pathlib import Path

APP = "omradesapp"


def data_dir() -> Path:
    import platformdirs  # here, not at import: only when no --db is given

    return platformdirs.user_data_path(APP, appauthor=False)


def default_db() -> Path:
    return data_dir() / "omradesapp.db"


def backup_dir(db: Path) -> Path:
    """Backups sit beside the database they copy, in `backups/`."""
    return db.parent / "backups"
