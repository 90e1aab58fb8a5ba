"""What each CLI subcommand does, on the same core as the desktop app."""

from __future__ import annotations

import argparse
import calendar
import contextlib
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from omradesapp import cli, paths
from omradesapp.domain.entry import ValidationError
from omradesapp.exchange.csv_import import CsvImportError, import_csv
from omradesapp.reports.figures import compute
from omradesapp.store import backup
from omradesapp.store.database import Store, StoreError, open_store
from omradesapp.store.entries import EntryFilter, count_entries
from omradesapp.store.months import close_month, reopen_month
from omradesapp.store.org import list_units, unit_by_name, worker_by_name
from omradesapp.store.tallies import rebuild_tallies


@contextlib.contextmanager
def _open(args: argparse.Namespace, write: bool) -> Iterator[Store]:
    path = cli.db_path(args)
    try:
        store = open_store(
            path, write=write, create=write, backup_dir=paths.backup_dir(path), org_file=args.org
        )
    except StoreError as e:
        raise cli.Refused(str(e)) from None
    try:
        yield store
    except (StoreError, ValidationError, CsvImportError, ValueError) as e:
        raise cli.Refused(str(e)) from None
    finally:
        store.close()


def _unit_ids(store: Store, names: list[str]) -> list[int]:
    ids = []
    for name in names:
        unit = unit_by_name(store, name)
        if unit is None:
            known = ", ".join(u.name for u in list_units(store))
            raise cli.Refused(f"unknown unit {name!r} (units: {known})")
        ids.append(unit.id)
    return ids


def _period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    if args.month:
        year, month = int(args.month[:4]), int(args.month[5:])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if args.date_to is None:
        raise cli.Refused("--from needs --to")
    if args.date_to < args.date_from:
        raise cli.Refused(f"--to {args.date_to} is before --from {args.date_from}")
    return args.date_from, args.date_to


def run(args: argparse.Namespace, actor: str) -> int:
    handler = {
        "import": _import,
        "report": _report,
        "close-month": _close,
        "reopen-month": _reopen,
        "check": _check,
        "export": _export,
        "restore": _restore,
    }[args.command]
    return handler(args, actor)


def _import(args: argparse.Namespace, actor: str) -> int:
    for f in args.files:
        if not f.is_file():
            raise cli.Refused(f"{f}: no such file")
    with _open(args, write=True) as store:
        with store.transaction():  # all files or none
            results = [import_csv(store, f, actor, again=args.again) for f in args.files]
        for r in results:
            extra = f", new workers: {', '.join(r.workers_created)}" if r.workers_created else ""
            print(f"{r.file_name}: {r.added} added, {r.unchanged} already there{extra}")
    return cli.EXIT_OK


def _report(args: argparse.Namespace, actor: str) -> int:
    start, end = _period(args)
    if args.out == "-" and args.format in ("pdf", "xlsx"):
        raise cli.Refused(f"--format {args.format} needs a file for --out")
    with _open(args, write=False) as store:
        unit_ids = _unit_ids(store, args.unit)
        worker_id = None
        if args.worker:
            worker = worker_by_name(store, args.worker)
            if worker is None:
                raise cli.Refused(f"unknown worker {args.worker!r}")
            worker_id = worker.id
        report = compute(store, start, end, unit_ids, worker_id, args.worker)
        if args.format == "json":
            data = (json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n").encode()
        else:
            from omradesapp.reports import render

            data = render.render(store, report, args.format)
    if args.out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        from omradesapp.atomic import write_atomic

        write_atomic(Path(args.out), data)
    return cli.EXIT_OK


def _close(args: argparse.Namespace, actor: str) -> int:
    with _open(args, write=True) as store:
        ids = _unit_ids(store, args.unit) or [u.id for u in list_units(store)]
        done = close_month(store, args.month, ids, actor)
        print(
            f"{args.month}: closed for {len(done)} unit(s), {len(ids) - len(done)} already closed"
        )
    return cli.EXIT_OK


def _reopen(args: argparse.Namespace, actor: str) -> int:
    with _open(args, write=True) as store:
        ids = _unit_ids(store, args.unit) or [u.id for u in list_units(store)]
        done = reopen_month(store, args.month, ids, actor, args.reason)
        print(f"{args.month}: reopened for {len(done)} unit(s)")
    return cli.EXIT_OK


def _check(args: argparse.Namespace, actor: str) -> int:
    path = cli.db_path(args)
    if not path.exists():
        raise cli.Refused(f"{path}: no such database")
    with _open(args, write=args.repair_tallies) as store:
        problems = store.integrity_check()
        if args.repair_tallies and not problems:
            rebuild_tallies(store)
        last = backup.latest(paths.backup_dir(path))
        print(f"database: {path}")
        print(f"schema version: {store.schema_version}")
        print(f"entries: {count_entries(store, EntryFilter())}")
        print(f"integrity: {'ok' if not problems else '; '.join(problems[:5])}")
        print(f"last backup: {last.name if last else 'none'}")
    return cli.EXIT_OK if not problems else cli.EXIT_REFUSED


def _export(args: argparse.Namespace, actor: str) -> int:
    raise cli.Refused("export packages are not available in this version yet")


def _restore(args: argparse.Namespace, actor: str) -> int:
    raise cli.Refused("restore is not available in this version yet")
