"""Faults of the machine, not of the program, told in Swedish with what to do (SPEC §7).

A full disk, a read-only file or folder, a folder where the database should be, a
database locked by another program, a damaged file: each is the user's to fix and
none is a bug. The command line and the desktop app both word them from here.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

NOTHING_CHANGED = "inget har ändrats."
DISK_FULL = f"Disken är full – frigör plats och försök igen; {NOTHING_CHANGED}"


def _where(path: Path | str | None) -> str:
    return f" ({path})" if path else ""


def _read_only(path: Path | str | None) -> str:
    return (
        f"Filen eller mappen{_where(path)} är skrivskyddad eller saknar skrivrätt – "
        f"ändra behörigheten eller välj en annan plats; {NOTHING_CHANGED}"
    )


def _locked(path: Path | str | None) -> str:
    return (
        f"Databasen{_where(path)} är låst av ett annat program – stäng det och försök igen; "
        f"{NOTHING_CHANGED}"
    )


def _damaged(path: Path | str | None) -> str:
    return (
        f"Databasfilen{_where(path)} är skadad. Kör `omradesapp check` för att se skadan och "
        f"`omradesapp restore` för att återställa den senaste säkerhetskopian; {NOTHING_CHANGED}"
    )


def _folder(path: Path | str | None) -> str:
    return f"{path or 'Sökvägen'} är en mapp, inte en fil – ange en fil; {NOTHING_CHANGED}"


_OS_ERRORS = {
    errno.ENOSPC: lambda p: DISK_FULL,
    errno.EDQUOT: lambda p: DISK_FULL,
    errno.EROFS: _read_only,
    errno.EACCES: _read_only,
    errno.EPERM: _read_only,
    errno.EISDIR: _folder,
    errno.EAGAIN: _locked,
    errno.ENOENT: lambda p: f"{p or 'Filen'} finns inte – kontrollera sökvägen; {NOTHING_CHANGED}",
    errno.ENOTDIR: lambda p: f"En del av sökvägen{_where(p)} är ingen mapp; {NOTHING_CHANGED}",
    errno.EIO: lambda p: (
        f"Disken kunde inte läsas eller skrivas{_where(p)} – kontrollera disken; {NOTHING_CHANGED}"
    ),
}

# SQLite's own words (English, fixed by the library) for the same faults.
_SQLITE_WORDS = (
    ("disk is full", lambda p: DISK_FULL),
    ("readonly database", _read_only),
    ("read-only", _read_only),
    ("is locked", _locked),
    ("malformed", _damaged),
    ("not a database", _damaged),
    ("disk i/o error", _damaged),
    ("unable to open database file", None),  # resolved by looking at the path below
)


def describe(exc: BaseException, db: Path | None = None) -> str | None:
    """A Swedish message for a fault of the environment, or None if `exc` is a bug.

    `db` names the file a SQLite error is about; for an OSError it stands in for the
    error's own file name (a temporary file's name would only puzzle).
    """
    if isinstance(exc, OSError):
        path = db if db is not None else exc.filename
        word = _OS_ERRORS.get(exc.errno or 0)
        if word is not None:
            return word(path)
        return (
            f"Filen{_where(path)} kunde inte läsas eller skrivas ({exc.strerror or exc}) – "
            f"kontrollera disken och behörigheten; {NOTHING_CHANGED}"
        )
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        for words, make in _SQLITE_WORDS:
            if words in text:
                return make(db) if make is not None else _cannot_open(db)
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(
            exc, sqlite3.ProgrammingError | sqlite3.InterfaceError
        ):
            return (
                f"Databasen{_where(db)} kunde inte användas ({exc}) – kör `omradesapp check`; "
                f"{NOTHING_CHANGED}"
            )
    return None


def _cannot_open(db: Path | None) -> str:
    if db is not None and db.is_dir():
        return _folder(db)
    if db is not None and not db.parent.is_dir():
        return f"Mappen {db.parent} finns inte; {NOTHING_CHANGED}"
    return _read_only(db)


BUG = (
    "ett oväntat fel inträffade ({name}). Det är ett fel i programmet – rapportera det. "
    "Det som inte hann sparas har inte ändrats."
)


def message_for(exc: BaseException, db: Path | None = None) -> tuple[int, str]:
    """The exit status and Swedish message for an exception that reached the command line.

    2 for a refusal or a fault of the machine (nothing changed), 1 for a bug.
    """
    from omradesapp.cli_common import EXIT_ERROR, EXIT_REFUSED, Refused
    from omradesapp.domain.entry import ValidationError
    from omradesapp.domain.identity import IdentityError
    from omradesapp.exchange.refusal import FileRefused
    from omradesapp.store.database import StoreError
    from omradesapp.store.defaults import OrgError

    cause = exc.__context__ if isinstance(exc, Refused) else exc
    if isinstance(cause, OSError | sqlite3.Error):
        told = describe(cause, db if isinstance(cause, sqlite3.Error) else None)
        if told is not None:
            return EXIT_REFUSED, told
    if isinstance(
        exc, Refused | StoreError | ValidationError | IdentityError | FileRefused | OrgError
    ):
        return EXIT_REFUSED, str(exc)
    return EXIT_ERROR, BUG.format(name=type(exc).__name__)
