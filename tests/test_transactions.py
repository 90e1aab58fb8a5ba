"""Store.transaction(): COMMIT or rollback, never a connection left inside a transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from omradesapp.store.database import Store, StoreError
from omradesapp.store.opening import open_store


def _tables(store: Store) -> None:
    with store.transaction() as c:
        c.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        c.execute(
            "CREATE TABLE child (p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)"
        )
        c.execute(
            "CREATE TRIGGER boom BEFORE INSERT ON parent WHEN NEW.id = 13 "
            "BEGIN SELECT RAISE(ROLLBACK, 'tretton'); END"
        )


def _parents(db: Path) -> list[int]:
    with open_store(db, write=False) as s:
        return [r[0] for r in s.conn.execute("SELECT id FROM parent ORDER BY id")]


def test_a_commit_that_fails_rolls_back_and_the_next_write_lands(db_path: Path) -> None:
    store = open_store(db_path)
    _tables(store)
    with pytest.raises(StoreError, match="kunde inte sparas") as raised:
        with store.transaction() as c:
            c.execute("INSERT INTO parent VALUES (1)")
            c.execute("INSERT INTO child VALUES (99)")  # no parent 99: fails only at COMMIT
    assert isinstance(raised.value.__cause__, sqlite3.IntegrityError)
    assert not store.conn.in_transaction
    with store.transaction() as c:  # a transaction of its own, not a savepoint of the failed one
        c.execute("INSERT INTO parent VALUES (2)")
    store.close()
    assert _parents(db_path) == [2]


def test_a_transaction_destroyed_in_a_nested_step_shows_the_real_error(db_path: Path) -> None:
    store = open_store(db_path)
    _tables(store)
    with pytest.raises(sqlite3.IntegrityError, match="tretton"):
        with store.transaction() as c:
            c.execute("INSERT INTO parent VALUES (1)")
            with store.transaction() as step:
                step.execute("INSERT INTO parent VALUES (13)")  # the trigger ends everything
    assert not store.conn.in_transaction
    with store.transaction() as c:
        c.execute("INSERT INTO parent VALUES (3)")
    store.close()
    assert _parents(db_path) == [3]  # 1 went with the destroyed transaction


def test_a_step_that_swallows_the_end_of_its_transaction_is_not_taken_for_done(
    db_path: Path,
) -> None:
    store = open_store(db_path)
    _tables(store)
    with pytest.raises(StoreError, match="avbröts"):
        with store.transaction() as c:
            c.execute("INSERT INTO parent VALUES (1)")
            with store.transaction() as step:
                try:
                    step.execute("INSERT INTO parent VALUES (13)")
                except sqlite3.IntegrityError:
                    pass
    assert not store.conn.in_transaction
    store.close()
    assert _parents(db_path) == []


def test_a_failed_step_rolls_back_only_itself(db_path: Path) -> None:
    store = open_store(db_path)
    _tables(store)
    with store.transaction() as c:
        c.execute("INSERT INTO parent VALUES (1)")
        with pytest.raises(ValueError), store.transaction() as step:
            step.execute("INSERT INTO parent VALUES (2)")
            raise ValueError("step refused")
        c.execute("INSERT INTO parent VALUES (4)")
    store.close()
    assert _parents(db_path) == [1, 4]
