"""What each CLI subcommand does, on the same core as the desktop app."""

from __future__ import annotations

import argparse
import calendar
import contextlib
import datetime as dt
import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

from omradesapp import cli, paths
from omradesapp.atomic import write_atomic
from omradesapp.domain.entry import ValidationError
from omradesapp.exchange.refusal import FileRefused
from omradesapp.reports.figures import compute
from omradesapp.store import backup
from omradesapp.store.database import Store, StoreError, open_store
from omradesapp.store.entries import EntryFilter, count_entries
from omradesapp.store.location import location_warning
from omradesapp.store.months import close_month, reopen_month
from omradesapp.store.org import list_units, unit_by_name, worker_by_name
from omradesapp.store.retention import clear_old_notes
from omradesapp.store.tallies import rebuild_tallies


@contextlib.contextmanager
def _open(args: argparse.Namespace, write: bool) -> Iterator[Store]:
    """The database for one command. A refused command leaves no trace: not even a
    database file it would have created; backup and retention run only after success."""
    path = cli.db_path(args)
    created = write and not path.exists()
    try:
        store = open_store(
            path, write=write, create=write, backup_dir=paths.backup_dir(path), org_file=args.org
        )
    except (StoreError, ValueError, OSError) as e:  # ValueError: a bad --org file
        raise cli.Refused(str(e)) from None
    warning = location_warning(path)
    if warning:
        print(f"omradesapp: warning: {warning}", file=sys.stderr)
    done = False
    try:
        try:
            yield store
            if write:
                _housekeeping(store, path)
            done = True
        except (StoreError, ValidationError, FileRefused, ValueError, OSError) as e:
            raise cli.Refused(str(e)) from None
    finally:
        store.close()
        if created and not done:
            _remove_database(path)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _housekeeping(store: Store, path: Path) -> None:
    """After a command wrote: today's backup (rotated) and the retention of old notes."""
    try:
        backup.maybe_backup(store, paths.backup_dir(path))
    except (OSError, sqlite3.Error) as e:  # a full backup disk must not stop the work itself
        print(f"omradesapp: warning: no backup made ({e})", file=sys.stderr)
    clear_old_notes(store)


def _unit_ids(store: Store, names: list[str]) -> list[int]:
    ids: list[int] = []
    for name in names:
        unit = unit_by_name(store, name)
        if unit is None:
            known = ", ".join(u.name for u in list_units(store))
            raise cli.Refused(f"unknown unit {name!r} (units: {known})")
        if unit.id not in ids:
            ids.append(unit.id)
    return ids


def _worker_id(store: Store, name: str | None) -> int | None:
    if not name:
        return None
    worker = worker_by_name(store, name)
    if worker is None:
        raise cli.Refused(f"unknown worker {name!r}")
    return worker.id


def _period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    if args.month:
        if args.date_to is not None:
            raise cli.Refused("--month and --to do not go together (use --from with --to)")
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
    from omradesapp.exchange.importer import import_files, progress_printer, summary_lines

    with _open(args, write=True) as store:
        # CSV files and export packages together, all files or none (exchange/importer.py).
        results = import_files(
            store,
            args.files,
            actor,
            again=args.again,
            take_package=args.take_package,
            progress=progress_printer(sys.stderr),
        )
        for r in results:
            print("\n".join(summary_lines(r)))
    return cli.EXIT_OK


def _report(args: argparse.Namespace, actor: str) -> int:
    start, end = _period(args)
    if args.out == "-" and args.format in ("pdf", "xlsx"):
        raise cli.Refused(f"--format {args.format} needs a file for --out")
    with _open(args, write=False) as store:
        unit_ids = _unit_ids(store, args.unit)
        worker_id = _worker_id(store, args.worker)
        report = compute(
            store, start, end, unit_ids, worker_id, args.worker, by_month=args.format != "json"
        )
        if args.format == "json":
            data = (json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n").encode()
        else:
            from omradesapp.reports import render

            data = render.render(store, report, args.format)
    if args.out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            write_atomic(Path(args.out), data)
        except OSError as e:
            raise cli.Refused(f"{args.out}: cannot write ({e.strerror or e})") from None
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
    from omradesapp.exchange.package_export import export_package

    if args.date_to < args.date_from:
        raise cli.Refused(f"--to {args.date_to} is before --from {args.date_from}")
    if not cli.db_path(args).exists():
        raise cli.Refused(f"{cli.db_path(args)}: no such database")
    with _open(args, write=False) as store:
        unit_ids = _unit_ids(store, args.unit)
        worker_id = _worker_id(store, args.worker)
        result = export_package(store, args.out, args.date_from, args.date_to, unit_ids, worker_id)
    print(f"{result.path}: {result.entries} entries, {result.tombstones} deletions")
    return cli.EXIT_OK


def _restore(args: argparse.Namespace, actor: str) -> int:
    from omradesapp.store.restore import restore

    path = cli.db_path(args)
    folder = paths.backup_dir(path)
    if args.backup is None:
        found = backup.list_backups(folder)
        if not found:
            print(f"no backups in {folder}")
        for b in found:
            print(f"{b.path}  {b.made:%Y-%m-%d %H:%M}  {b.size // 1024} KiB")
        return cli.EXIT_OK
    source = args.backup if args.backup.exists() else folder / args.backup
    try:
        aside = restore(path, source, actor)
    except StoreError as e:
        raise cli.Refused(str(e)) from None
    print(f"restored {path} from {source}" + (f"; the replaced file is {aside}" if aside else ""))
    return cli.EXIT_OK
