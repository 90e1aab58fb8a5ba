"""Package file names that say whose they are (SPEC §6):
`omradesapp-<unit>-<worker>-<from>-<to>.omrpkg`, so that two desks' files never collide."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from omradesapp.exchange.package import SUFFIX
from omradesapp.store.database import Store
from omradesapp.store.desks import own_desk
from omradesapp.store.packages import unit_names, worker_names_by_id

_FOLD = str.maketrans("åäöÅÄÖéèüÉÈÜ", "aaoAAOeeuEEU")
_ODD = re.compile(r"[^A-Za-z0-9_-]+")


def file_safe(text: str) -> str:
    """A name as a piece of a file name: å→a, ä→a, ö→o, spaces to '-', nothing else odd."""
    dashed = "-".join(text.translate(_FOLD).split())
    return re.sub(r"-{2,}", "-", _ODD.sub("", dashed)).strip("-")


def package_file_name(unit: str, worker: str, start: dt.date, end: dt.date) -> str:
    parts = [file_safe(unit) or "enhet", file_safe(worker) or "alla"]
    return f"omradesapp-{parts[0]}-{parts[1]}-{start.isoformat()}-{end.isoformat()}{SUFFIX}"


def suggested_name(
    store: Store,
    start: dt.date,
    end: dt.date,
    unit_ids: Sequence[int] = (),
    worker_id: int | None = None,
) -> str:
    """The file name for an export: the one unit and worker it is limited to, else the
    desk's own; "alla-enheter" and "alla" where it is several or everyone's."""
    desk_worker, desk_units = own_desk(store)
    units = unit_names(store)
    chosen = [units[u] for u in unit_ids if u in units]
    if len(chosen) == 1:
        unit = chosen[0]
    elif not chosen and desk_units:
        unit = desk_units[0]
    else:
        unit = "alla-enheter"
    if worker_id is not None:
        worker = worker_names_by_id(store).get(worker_id, "")
    else:
        worker = desk_worker or "alla"
    return package_file_name(unit, worker, start, end)
