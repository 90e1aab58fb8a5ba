"""The command line (SPEC §8): the desktop app without a subcommand, automation with one.

Exit status: 0 done; 2 bad input or refused (nothing changed, message on
stderr); 1 unexpected error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from omradesapp import paths
from omradesapp.store.audit import command_line_actor

EXIT_OK, EXIT_ERROR, EXIT_REFUSED = 0, 1, 2


class Refused(Exception):
    """Bad input or a refusal: exit 2, nothing changed."""


def _date(text: str) -> dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a valid date: {text!r}") from None


def _month(text: str) -> str:
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        raise argparse.ArgumentTypeError(f"not a month YYYY-MM: {text!r}")
    return text


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="omradesapp", description="Områdesappen")
    p.add_argument("--db", type=Path, help="database file (default: the user data directory)")
    p.add_argument("--org", type=Path, help="organisation JSON for a new database")
    p.add_argument("--demo", action="store_true", help="start on a fresh database of sample data")
    sub = p.add_subparsers(dest="command")

    imp = sub.add_parser("import", help="import CSV files or export packages (all or nothing)")
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--again", action="store_true", help="import a file imported before")
    imp.add_argument(
        "--take-package",
        action="store_true",
        help="where an entry was changed in two places, take the package's version",
    )

    exp = sub.add_parser("export", help="write an export package for the unit head")
    exp.add_argument("--from", dest="date_from", type=_date, required=True)
    exp.add_argument("--to", dest="date_to", type=_date, required=True)
    exp.add_argument("--unit", action="append", default=[])
    exp.add_argument("--worker")
    exp.add_argument("--out", type=Path, required=True)

    rep = sub.add_parser("report", help="monthly summary or period report")
    when = rep.add_mutually_exclusive_group(required=True)
    when.add_argument("--month", type=_month)
    when.add_argument("--from", dest="date_from", type=_date)
    rep.add_argument("--to", dest="date_to", type=_date)
    rep.add_argument("--unit", action="append", default=[])
    rep.add_argument("--worker")
    rep.add_argument("--format", choices=("pdf", "json", "csv", "xlsx"), required=True)
    rep.add_argument("--out", required=True, help="file, or - for stdout (json, csv)")

    for name in ("close-month", "reopen-month"):
        m = sub.add_parser(name, help=f"{name.replace('-', ' ')} for some or all units")
        m.add_argument("month", type=_month)
        m.add_argument("--unit", action="append", default=[])
        if name == "reopen-month":
            m.add_argument("--reason", default="")

    chk = sub.add_parser("check", help="integrity check, schema version, last backup")
    chk.add_argument("--repair-tallies", action="store_true", help="recount the report tallies")

    res = sub.add_parser("restore", help="replace the database with a backup")
    res.add_argument("backup", type=Path, nargs="?", help="backup file (default: list them)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from omradesapp.ui.app import run_gui  # Qt only when the desktop app is wanted

        return run_gui(db=args.db, demo=args.demo, org=args.org)
    from omradesapp import commands

    try:
        return int(commands.run(args, actor=_actor()) or EXIT_OK)
    except Refused as e:
        print(f"omradesapp: {e}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_ERROR


def _actor() -> str:
    try:
        login = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        login = ""
    return command_line_actor(login)


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else paths.default_db()
