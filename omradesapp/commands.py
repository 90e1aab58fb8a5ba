"""What each CLI subcommand does, on the same core as the desktop app."""

from __future__ import annotations

import argparse
import calendar
import contextlib
import datetime as dt
import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from omradesapp import paths
from omradesapp.atomic import write_atomic
from omradesapp.cli_common import EXIT_OK, EXIT_REFUSED, Refused, db_path
from omradesapp.domain.entry import ValidationError
from omradesapp.domain.identity import find_identity
from omradesapp.domain.swedish import month_label
from omradesapp.exchange.refusal import FileRefused
from omradesapp.faults import describe, folder_refusal, is_environment
from omradesapp.reports.figures import compute
from omradesapp.reports.periods import last_whole_month_end
from omradesapp.store import backup, verdict
from omradesapp.store.audit import COMMAND_LINE_ACTOR
from omradesapp.store.database import Store, StoreError, is_damage
from omradesapp.store.entries import EntryFilter, count_entries
from omradesapp.store.location import location_warning
from omradesapp.store.months import behind_sentence, close_month, completeness, reopen_month
from omradesapp.store.opening import open_store
from omradesapp.store.org import desk_worker, list_units, unit_by_name, worker_by_name
from omradesapp.store.retention import clear_old_notes, replace_old_codes
from omradesapp.store.tallies import rebuild_tallies


@contextlib.contextmanager
def _open(args: argparse.Namespace, write: bool) -> Iterator[Store]:
    """The database for one command. A refused command leaves no trace: not even a
    database file it would have created; backup and retention run only after success."""
    path = db_path(args)
    created = write and not path.exists()
    try:
        store = open_store(
            path, write=write, create=write, backup_dir=paths.backup_dir(path), org_file=args.org
        )
    except (StoreError, ValueError, OSError) as e:  # ValueError: a bad --org file
        raise Refused(str(e)) from None
    warning = location_warning(path)
    if warning:
        print(f"omradesapp: varning: {warning}", file=sys.stderr)
    done = False
    try:
        try:
            yield store
            if write:
                _housekeeping(store, path)
            done = True
        except (StoreError, ValidationError, FileRefused, ValueError, OSError) as e:
            raise Refused(str(e)) from None
        except sqlite3.DatabaseError as e:
            if not is_damage(e):
                raise
            raise Refused(_damage_found(path, str(e))) from None
    finally:
        store.close()
        if created and not done:
            _remove_database(path)


def _damage_found(path: Path, problem: str) -> str:
    """SQLite met damage where it read: remember it (no writes until a restore or a clean
    check) and say what to do."""
    verdict.remember(path, [problem], verdict.QUICK)
    advice = backup.restore_advice(path, paths.backup_dir(path))
    return (
        f"Databasen {path} är skadad där den lästes; ingenting ändrades. Kör `omradesapp "
        f"check` för att se skadan. {advice}"
    )


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _housekeeping(store: Store, path: Path) -> None:
    """After a command wrote: the retention of old notes, then today's backup (rotated),
    so that the backup holds no note that is due to be cleared (nor an engagement code
    due to be replaced)."""
    clear_old_notes(store)
    replace_old_codes(store)
    try:
        backup.maybe_backup(store, paths.backup_dir(path))
    except (OSError, sqlite3.Error, StoreError):  # the work itself is done and kept
        print(
            "omradesapp: varning: ingen säkerhetskopia gjordes – kontrollera att det finns "
            f"plats och skrivrätt i {paths.backup_dir(path)}.",
            file=sys.stderr,
        )


def _guard(text: str, subject: str) -> None:
    """Refused if `text`, which is to be stored, identifies a person (SPEC §7)."""
    finding = find_identity(text)
    if finding is not None:
        raise Refused(finding.said_of(subject))


def _actor(store: Store) -> str:
    """Who the audit log names: the desk's worker, never the login name of the machine."""
    return desk_worker(store) or COMMAND_LINE_ACTOR


def _unit_ids(store: Store, names: list[str]) -> list[int]:
    ids: list[int] = []
    for name in names:
        unit = unit_by_name(store, name)
        if unit is None:
            known = ", ".join(u.name for u in list_units(store))
            raise Refused(f"okänd enhet {name!r} (enheterna är: {known})")
        if unit.id not in ids:
            ids.append(unit.id)
    return ids


def _worker_id(store: Store, name: str | None) -> int | None:
    if not name:
        return None
    worker = worker_by_name(store, name)
    if worker is None:
        raise Refused(f"okänd medarbetare {name!r}")
    return worker.id


def _period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    if args.month:
        if args.date_to is not None:
            raise Refused("--month och --to går inte ihop (använd --from med --to)")
        year, month = int(args.month[:4]), int(args.month[5:])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if args.date_to is None:
        end = last_whole_month_end(dt.date.today())
        if end < args.date_from:
            raise Refused(
                f"--from {args.date_from} ligger efter den senaste hela månaden (slut {end}); "
                "ange --to"
            )
        return args.date_from, end
    if args.date_to < args.date_from:
        raise Refused(f"--to {args.date_to} ligger före --from {args.date_from}")
    return args.date_from, args.date_to


def _existing_db(args: argparse.Namespace) -> Path:
    path = db_path(args)
    if not path.exists():
        raise Refused(f"databasen {path} finns inte")
    return path


def run(args: argparse.Namespace) -> int:
    """One command. A database that did not exist before it is gone again if it fails."""
    path = db_path(args)
    if path.is_dir():
        raise Refused(folder_refusal(path))
    new = not path.exists() and not path.with_name(path.name + ".lock").exists()
    if args.org is not None and not new:
        print(
            f"omradesapp: varning: --org används bara när en ny databas skapas; {path} finns "
            "redan och behåller sin organisation.",
            file=sys.stderr,
        )
    try:
        return _handler(args)(args)
    except BaseException:
        if new:
            _remove_database(path)
        raise


def _handler(args: argparse.Namespace) -> Callable[[argparse.Namespace], int]:
    return {
        "import": _import,
        "report": _report,
        "close-month": _close,
        "reopen-month": _reopen,
        "status": _status,
        "check": _check,
        "export": _export,
        "restore": _restore,
    }[args.command]


def _import(args: argparse.Namespace) -> int:
    for f in args.files:
        if f.is_dir():
            raise Refused(f"{f} är en mapp, inte en fil")
        if not f.is_file():
            raise Refused(f"filen {f} finns inte")
    from omradesapp.exchange.importer import import_files, progress_printer
    from omradesapp.import_summary import summary_lines

    with _open(args, write=True) as store:
        # CSV files and export packages together, all files or none (exchange/importer.py).
        results = import_files(
            store,
            args.files,
            _actor(store),
            again=args.again,
            take_package=args.take_package,
            progress=progress_printer(sys.stderr),
        )
        for r in results:
            print("\n".join(summary_lines(r)))
    return EXIT_OK


def _write_out(out: Path, data: bytes) -> None:
    if out.is_dir():
        raise Refused(f"{out} är en mapp – ange ett filnamn för --out; inget har skrivits")
    try:
        write_atomic(out, data)
    except OSError as e:
        raise Refused(describe(e, out) or f"{out} kunde inte skrivas") from None


def _report(args: argparse.Namespace) -> int:
    start, end = _period(args)
    if args.out == "-" and args.format in ("pdf", "xlsx"):
        raise Refused(f"--format {args.format} behöver ett filnamn för --out")
    _existing_db(args)
    with _open(args, write=False) as store:
        unit_ids = _unit_ids(store, args.unit)
        worker_id = _worker_id(store, args.worker)
        report = compute(store, start, end, unit_ids, worker_id, args.worker)
        if args.format == "json":
            # One line: the indenting encoder is Python's own and four times slower.
            data = (json.dumps(report.to_json(), ensure_ascii=False) + "\n").encode()
        else:
            from omradesapp.reports import render

            data = render.render(store, report, args.format)
    if args.out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        _write_out(Path(args.out), data)
        print(f"Rapporten är sparad i {args.out}.")
    return EXIT_OK


def _close(args: argparse.Namespace) -> int:
    with _open(args, write=True) as store:
        ids = _unit_ids(store, args.unit) or [u.id for u in list_units(store)]
        behind = [d for d, late in completeness(store, args.month, ids) if late]
        if behind and not args.anyway:
            raise Refused(
                f"{behind_sentence(args.month, behind)} Månaden stängdes inte. Importera "
                "deras paket först, eller stäng ändå med --anyway."
            )
        done = close_month(store, args.month, ids, _actor(store), [d.name for d in behind])
        if behind:
            print(f"Stängd ändå: {behind_sentence(args.month, behind)}")
        print(
            f"{month_label(args.month).capitalize()} är avslutad för {_units(len(done))}; "
            f"{_units(len(ids) - len(done))} var redan avslutade."
        )
    return EXIT_OK


def _units(n: int) -> str:
    return f"{n} enhet" if n == 1 else f"{n} enheter"


def _status(args: argparse.Namespace) -> int:
    """The known desks for the month: how far each one's data reach, behind ones marked."""
    _existing_db(args)
    with _open(args, write=False) as store:
        rows = completeness(store, args.month)
    title = f"{month_label(args.month).capitalize()}: skrivbordens data"
    if not rows:
        print(f"{title}\nInget skrivbord har skickat något exportpaket ännu.")
        return EXIT_OK
    table = [("Skrivbord", "Data till och med", "Status")] + [
        (d.name, d.covered_to.isoformat(), "ligger efter" if late else "klar") for d, late in rows
    ]
    widths = [max(len(r[i]) for r in table) for i in range(2)]
    print(title)
    for desk, day, state in table:
        print(f"{desk:<{widths[0]}}  {day:<{widths[1]}}  {state}")
    late = sum(late for _, late in rows)
    print(f"{late} av {len(rows)} skrivbord ligger efter." if late else "Alla skrivbord är klara.")
    return EXIT_OK


def _reopen(args: argparse.Namespace) -> int:
    _guard(args.reason, "Skälet")
    with _open(args, write=True) as store:
        ids = _unit_ids(store, args.unit) or [u.id for u in list_units(store)]
        done = reopen_month(store, args.month, ids, _actor(store), args.reason)
        print(f"{month_label(args.month).capitalize()} är öppnad igen för {_units(len(done))}.")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from omradesapp.store.restore import damaged

    path = _existing_db(args)
    found = damaged(path, remembered=False)  # what a damaged file cannot be opened to tell
    if found and not is_environment(found[0]):
        verdict.remember(path, found, verdict.FULL)
        last = backup.latest(paths.backup_dir(path))
        print(f"databas: {path}")
        print(f"integritet: skadad ({len(found)} fel hittades)")
        print(f"senaste säkerhetskopia: {last.name if last else 'ingen'}")
        raise Refused(
            f"Databasen {path} är skadad. Återställ den senaste säkerhetskopian med "
            "`omradesapp restore`; inget har ändrats."
        )
    with _open(args, write=args.repair_tallies) as store:
        problems = store.integrity_check()
        if args.repair_tallies and not problems:
            rebuild_tallies(store)
        verdict.remember(path, problems, verdict.FULL)  # after the repair: a refusal leaves none
        last = backup.latest(paths.backup_dir(path))
        print(f"databas: {path}")
        print(f"schemaversion: {store.schema_version}")
        print(f"poster: {count_entries(store, EntryFilter()) if not problems else '–'}")
        print(f"integritet: {'ok' if not problems else '; '.join(problems[:5])}")
        if args.repair_tallies and not problems:
            print("summorna för rapporterna är omräknade")
        print(f"senaste säkerhetskopia: {last.name if last else 'ingen'}")
    return EXIT_OK if not problems else EXIT_REFUSED


def _export(args: argparse.Namespace) -> int:
    """Write a package (to a folder: under a name that says whose it is) and audit it."""
    from omradesapp.exchange.file_names import suggested_name
    from omradesapp.exchange.package_export import export_package, record_export

    if args.date_to < args.date_from:
        raise Refused(f"--to {args.date_to} ligger före --from {args.date_from}")
    _existing_db(args)
    with _open(args, write=True) as store:
        unit_ids = _unit_ids(store, args.unit)
        worker_id = _worker_id(store, args.worker)
        out = args.out
        if out.is_dir():
            out = out / suggested_name(store, args.date_from, args.date_to, unit_ids, worker_id)
        _guard(out.name, "Filnamnet")  # the audit log keeps the name
        try:
            # Read on a connection of its own, as the app does: the writer only records.
            with open_store(store.path, write=False, check=False) as reader:
                result = export_package(
                    reader, out, args.date_from, args.date_to, unit_ids, worker_id
                )
        except OSError as e:
            raise Refused(describe(e, out) or f"{out} kunde inte skrivas") from None
        record_export(
            store, _actor(store), result, args.date_from, args.date_to, unit_ids, worker_id
        )
    print(f"{result.path}: {result.entries} poster, {result.tombstones} borttagna.")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from omradesapp.store.restore import restore

    path = db_path(args)
    folder = paths.backup_dir(path)
    if args.backup is None:
        found = backup.list_backups(folder)
        if not found:
            print(f"Inga säkerhetskopior i {folder}.")
        for b in found:
            print(f"{b.path}  {b.made:%Y-%m-%d %H:%M}  {b.size // 1024} KiB")
        return EXIT_OK
    source = args.backup if args.backup.exists() else folder / args.backup
    _guard(source.name, "Säkerhetskopians filnamn")  # the audit log keeps the name
    try:
        aside = restore(path, source, COMMAND_LINE_ACTOR)
    except StoreError as e:
        raise Refused(str(e)) from None
    except OSError as e:
        raise Refused(f"{path} kunde inte återställas: {describe(e, path)}") from None
    print(
        f"{path} är återställd från {source}."
        + (f" Den ersatta filen finns kvar som {aside}." if aside else "")
    )
    return EXIT_OK
