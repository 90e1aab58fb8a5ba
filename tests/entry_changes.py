"""Random edits of stored entries, for tests that hold counts to the entries afterwards."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from omradesapp.store.database import Store
from omradesapp.store.entries import (
    EntryFilter,
    delete_entry,
    list_entries,
    undelete_entry,
    update_entry,
)


def change_at_random(
    store: Store,
    seed: int,
    changes: int,
    move_to: Callable[[random.Random], dt.date],
    undeleted: int,
) -> None:
    """`changes` entries moved (to `move_to`'s day), recounted or deleted; then the first
    `undeleted` of the deleted ones brought back."""
    rng = random.Random(seed)
    rows = [s.entry for _, s in list_entries(store, EntryFilter(), limit=1_000_000)]
    deleted = []
    for e in rng.sample(rows, changes):
        action = rng.choice(["move", "recount", "delete"])
        if action == "move":
            update_entry(store, e.with_changes(date=move_to(rng)), "t")
        elif action == "recount" and e.kind in ("visit", "contact", "group"):
            update_entry(store, e.with_changes(adults=rng.randint(0, 5), minutes=33), "t")
        else:
            delete_entry(store, e.id, "t")
            deleted.append(e)
    for e in deleted[:undeleted]:
        undelete_entry(store, e, "t")
