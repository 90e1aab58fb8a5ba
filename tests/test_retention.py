"""Gallring: notes older than the retention period are cleared; counts and codes stay."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from exchange_helpers import entry

from omradesapp import cli
from omradesapp.store.audit import read_audit
from omradesapp.store.database import Store, open_store
from omradesapp.store.entries import add_entry, get_entry
from omradesapp.store.retention import SETTING, clear_old_notes

TODAY = dt.date(2026, 11, 23)


def test_old_notes_cleared_new_ones_kept(store: Store) -> None:
    old = add_entry(store, entry(store, day="2026-08-01", adults=3, note="Gammal notering"), "ab")
    new = add_entry(store, entry(store, day="2026-11-01", note="Ny notering"), "ab")
    stamp = get_entry(store, old.id).updated_at
    assert clear_old_notes(store, TODAY) == 1
    cleared = get_entry(store, old.id)
    assert cleared.entry.note is None and cleared.entry.adults == 3
    assert cleared.updated_at == stamp  # not an edit: the unit head's merge must not see one
    assert get_entry(store, new.id).entry.note == "Ny notering"
    line = read_audit(store, 1)[0]
    assert line.action == "retention" and line.details["notes_cleared"] == 1
    assert clear_old_notes(store, TODAY) == 0


def test_retention_period_is_a_setting(store: Store) -> None:
    e = add_entry(store, entry(store, day="2026-11-01", note="Kort period"), "ab")
    store.set_setting(SETTING, "7")
    assert clear_old_notes(store, TODAY) == 1
    assert get_entry(store, e.id).entry.note is None


def test_cli_write_commands_clear_old_notes(db_path: Path) -> None:
    with open_store(db_path) as s:
        e = add_entry(s, entry(s, day="2020-01-10", note="Uråldrig"), "ab")
    assert cli.main(["--db", str(db_path), "close-month", "2026-01"]) == 0
    with open_store(db_path, write=False) as s:
        assert get_entry(s, e.id).entry.note is None
