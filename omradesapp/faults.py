"""Faults of the machine, not of the program, told in Swedish with what to do (SPEC §7).

A full disk, a read-only file or folder, a folder where a file should be, a database
locked by another program, a damaged file: each is the user's to fix and none is a
bug. The command line and the desktop app both word them from here.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path

from omradesapp.atomic import NotARegularFile

NOTHING_CHANGED = "inget har ändrats."
DISK_FULL = f"Disken är full – frigör plats och försök igen; {NOTHING_CHANGED}"

Where = Path | str | None


def _at(path: Where) -> str:
    return f" ({path})" if path else ""


def _full(path: Where) -> str:
    return DISK_FULL


def _read_only(path: Where) -> str:
    return (
        f"Filen eller mappen{_at(path)} är skrivskyddad eller saknar behörighet – ändra "
        f"behörigheten eller välj en annan plats; {NOTHING_CHANGED}"
    )


def _locked(path: Where) -> str:
    return (
        f"Databasen{_at(path)} är låst av ett annat program – stäng det och försök igen; "
        f"{NOTHING_CHANGED}"
    )


REPAIR = (
    "Se skadan med `omradesapp check` och återställ den senaste säkerhetskopian med "
    f"`omradesapp restore`; {NOTHING_CHANGED}"
)


def _damaged(path: Where) -> str:
    return f"Databasfilen{_at(path)} är skadad. {REPAIR}"


def _io(path: Where) -> str:
    return (
        f"Disken kunde inte läsas eller skrivas{_at(path)} (full disk eller diskfel) – frigör "
        f"plats, kontrollera disken och kör sedan `omradesapp check`; {NOTHING_CHANGED}"
    )


def folder_refusal(path: Where) -> str:
    """A folder was given where a file belongs."""
    return f"{path or 'Sökvägen'} är en mapp, inte en fil – ange en fil; {NOTHING_CHANGED}"


def _missing(path: Where) -> str:
    return f"{path or 'Filen'} finns inte – kontrollera sökvägen; {NOTHING_CHANGED}"


def _not_a_folder(path: Where) -> str:
    return f"En del av sökvägen{_at(path)} är ingen mapp; {NOTHING_CHANGED}"


Words = Callable[[Where], str]

_OS_ERRORS: dict[int, Words] = {
    errno.ENOSPC: _full,
    errno.EDQUOT: _full,
    errno.EFBIG: _full,
    errno.EROFS: _read_only,
    errno.EACCES: _read_only,
    errno.EPERM: _read_only,
    errno.EISDIR: folder_refusal,
    errno.EAGAIN: _locked,
    errno.ENOENT: _missing,
    errno.ENOTDIR: _not_a_folder,
    errno.EIO: _io,
    errno.EPIPE: lambda path: "Utdata stängdes innan allt var skrivet.",
}

# SQLite's own words (English, fixed by the library) for the same faults.
_SQLITE_WORDS: tuple[tuple[str, Words], ...] = (
    ("disk is full", _full),
    ("readonly database", _read_only),
    ("read-only", _read_only),
    ("is locked", _locked),
    ("disk i/o error", _io),
    ("malformed", _damaged),
)

# Faults that say more than a message wrapped around them (a full disk found while
# reading a file's header is a full disk, not a foreign file).
_ENVIRONMENT = {_full, _read_only, _locked, _io, folder_refusal}


def _words(exc: BaseException, db: Path | None) -> tuple[Words, Where] | None:
    if isinstance(exc, OSError):
        words = _OS_ERRORS.get(exc.errno or 0)
        path = db if db is not None else exc.filename
        return (words, path) if words is not None else None
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        for phrase, words in _SQLITE_WORDS:
            if phrase in text:
                return words, db
        if "unable to open database file" in text:
            return _cannot_open(db), db
    return None


def _cannot_open(db: Path | None) -> Words:
    if db is not None and db.is_dir():
        return folder_refusal
    if db is not None and not db.parent.is_dir():
        return _not_a_folder
    return _read_only


def is_environment(sqlite_text: str) -> bool:
    """Whether SQLite's message tells of the machine (full, read-only, locked), not the file."""
    found = _words(sqlite3.OperationalError(sqlite_text), None)
    return found is not None and found[0] in _ENVIRONMENT


def describe(exc: BaseException, db: Path | None = None) -> str | None:
    """A Swedish message for a fault of the environment, or None if `exc` is none.

    `db` names the file the fault is about; for an OSError it stands in for the
    error's own file name (a temporary file's name would only puzzle).
    """
    if isinstance(exc, NotARegularFile):  # its own words say what stands at the path
        return str(exc)
    found = _words(exc, db)
    if found is not None:
        words, path = found
        return words(path)
    if isinstance(exc, OSError):
        code = errno.errorcode.get(exc.errno or 0, type(exc).__name__)  # not the English text
        return (
            f"Filen{_at(db or exc.filename)} kunde inte läsas eller skrivas ({code}) – "
            f"kontrollera disken och behörigheten; {NOTHING_CHANGED}"
        )
    if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.ProgrammingError | sqlite3.InterfaceError
    ):
        return f"Databasen{_at(db)} kunde inte användas – kör `omradesapp check`; {NOTHING_CHANGED}"
    return None


def environment_fault(exc: BaseException, db: Path | None = None) -> str | None:
    """The message for a fault of the machine found anywhere in `exc`'s chain of causes."""
    seen: BaseException | None = exc
    while seen is not None:
        found = _words(seen, db if isinstance(seen, sqlite3.Error) else None)
        if found is not None and found[0] in _ENVIRONMENT:
            return found[0](found[1])
        seen = seen.__cause__ or seen.__context__
    return None


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
    from omradesapp.store.database import DamagedError, StoreError
    from omradesapp.store.defaults import OrgError

    # A refusal that only carries another error's text on is told by that error; one
    # with words of its own (naming the file it was about) keeps them.
    context = exc.__context__
    wrapper = isinstance(exc, Refused) and context is not None and str(exc) == str(context)
    cause = context if wrapper else exc
    if cause is not None and (wrapper or not isinstance(exc, Refused)):
        fault = environment_fault(cause, db)
        if fault is not None:
            return EXIT_REFUSED, fault
    if isinstance(cause, DamagedError):
        return EXIT_REFUSED, _damaged(db)
    if isinstance(cause, OSError | sqlite3.Error):
        told = describe(cause, db if isinstance(cause, sqlite3.Error) else None)
        if told is not None:
            return EXIT_REFUSED, told
    if isinstance(
        exc, Refused | StoreError | ValidationError | IdentityError | FileRefused | OrgError
    ):
        return EXIT_REFUSED, str(exc)
    return EXIT_ERROR, BUG.format(name=type(exc).__name__)
