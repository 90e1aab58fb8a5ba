"""The municipality's own codes and retirements (SPEC §2), kept in the `codes` table.

`code_book` reads them into a domain `CodeBook`; everything that checks or counts codes
asks it. Adding and retiring codes go through here, from the admin pages, the `--org`
file of a new database and the definitions an export package carries.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from omradesapp.domain.codebook import (
    BUILT_IN,
    EXTENSIBLE,
    KEY_PATTERN,
    AddedCode,
    CodeBook,
    make_key,
)
from omradesapp.domain.names import clean_name
from omradesapp.store.audit import record
from omradesapp.store.database import Store

LIST_NAMES = {
    "form": "samtalsformer",
    "topics": "ämnen",
    "meeting_type": "mötestyper",
    "partners": "samarbetspartner",
    "group_type": "grupptyper",
    "category": "tidskategorier",
}


def read_book(conn: sqlite3.Connection) -> CodeBook:
    """The code book of the database behind `conn` (in or outside a transaction)."""
    added: list[AddedCode] = []
    retired: set[tuple[str, str]] = set()
    for list_name, code, label, split, is_retired in conn.execute(
        "SELECT list, code, label, split, retired FROM codes ORDER BY list, code"
    ):
        if label is not None:
            added.append(AddedCode(list_name, code, label, split))
        if is_retired:
            retired.add((list_name, code))
    return CodeBook(tuple(added), frozenset(retired))


def code_book(store: Store) -> CodeBook:
    return read_book(store.conn)


def check_code(
    book: CodeBook,
    list_name: str,
    label: str,
    key: str | None,
    split: str | None,
    unique_label: bool = True,
) -> AddedCode:
    """A new code made sound, or ValueError (Swedish) naming what is wrong."""
    if list_name not in EXTENSIBLE:
        raise ValueError(f"Listan {list_name[:40]!r} kan inte få egna koder.")
    what = LIST_NAMES[list_name]
    label = clean_name(label, "label", "Etiketten")
    existing = book.code_list(BUILT_IN[list_name])
    if unique_label and any(lab.casefold() == label.casefold() for _, lab in existing.items):
        raise ValueError(f"Det finns redan en kod med etiketten {label} bland {what}.")
    if key is None:
        key = make_key(label, existing.codes)
    elif not isinstance(key, str) or not KEY_PATTERN.fullmatch(key):
        raise ValueError(
            f"Koden {str(key)[:40]!r} ska vara små bokstäver a–z, siffror och _, "
            "och börja med en bokstav."
        )
    elif key in existing:
        raise ValueError(f"Koden {key} finns redan bland {what}.")
    allowed = EXTENSIBLE[list_name]
    if allowed is None:
        if split is not None:
            raise ValueError(f"En kod bland {what} har ingen egen kategori i tidsfördelningen.")
    elif split not in allowed:
        raise ValueError(
            f"En ny kod bland {what} behöver en kategori i tidsfördelningen: {', '.join(allowed)}."
        )
    return AddedCode(list_name, key, label, split)


def insert_code(conn: sqlite3.Connection, code: AddedCode) -> None:
    """Store a code made by `check_code`, in the caller's transaction."""
    conn.execute(
        "INSERT INTO codes(list, code, label, split) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(list, code) DO UPDATE SET label = excluded.label, split = excluded.split",
        (code.list, code.code, code.label, code.split),
    )


def mark_retired(conn: sqlite3.Connection, list_name: str, code: str, retired: bool) -> None:
    """Retire (or bring back) a known code, in the caller's transaction."""
    conn.execute(
        "INSERT INTO codes(list, code, retired) VALUES (?, ?, ?) "
        "ON CONFLICT(list, code) DO UPDATE SET retired = excluded.retired",
        (list_name, code, int(retired)),
    )
    conn.execute("DELETE FROM codes WHERE label IS NULL AND retired = 0")


def add_code(
    store: Store,
    list_name: str,
    label: str,
    actor: str,
    key: str | None = None,
    split: str | None = None,
) -> AddedCode:
    """Add a municipality's own code; its key is made from the label unless given."""
    with store.transaction() as c:
        code = check_code(read_book(c), list_name, label, key, split)
        insert_code(c, code)
        record(c, actor, "code_added", None, {"list": list_name, "label": code.label})
    return code


def set_retired(store: Store, list_name: str, code: str, retired: bool, actor: str) -> None:
    """Retire a code (it leaves the forms, stays in history and reports) or bring it back."""
    book = code_book(store)
    base = BUILT_IN.get(list_name)
    if base is None or code not in book.code_list(base):
        raise ValueError(f"Koden {code[:40]!r} finns inte i listan.")
    with store.transaction() as c:
        mark_retired(c, list_name, code, retired)
        label = book.code_list(base).label(code)
        record(c, actor, "code_retired" if retired else "code_restored", None,
               {"list": list_name, "label": label})  # fmt: skip


def learn(conn: sqlite3.Connection, definitions: Iterable[AddedCode]) -> list[str]:
    """Take the added codes a package defines, in the caller's transaction.

    A code already known with the same label is nothing new. A key known here with a
    different label is a clash: the label here is kept and the clash is listed (Swedish),
    never guessed.
    """
    clashes: list[str] = []
    for d in definitions:
        book = read_book(conn)
        base = BUILT_IN.get(d.list)
        if base is None or d.list not in EXTENSIBLE:
            raise ValueError(f"Paketet definierar en kod i en okänd lista: {d.list[:40]!r}.")
        known = book.code_list(base)
        if d.code in known:
            if known.label(d.code) != d.label:
                clashes.append(
                    f"Koden {d.code} bland {LIST_NAMES[d.list]} heter {known.label(d.code)} här "
                    f"men {d.label} i paketet; {known.label(d.code)} behålls."
                )
            continue
        try:
            code = check_code(book, d.list, d.label, d.code, d.split, unique_label=False)
        except ValueError as e:
            raise ValueError(f"Paketets kod {d.code!r}: {e}") from None
        if any(lab.casefold() == d.label.casefold() for lab in known.labels.values()):
            clashes.append(
                f"Etiketten {d.label} bland {LIST_NAMES[d.list]} finns här under en annan kod; "
                "båda behålls."
            )
        insert_code(conn, code)
    return clashes
