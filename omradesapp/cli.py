"""The command line (SPEC §8): the desktop app without a command, automation with one.

Exit status: 0 done; 2 bad input or refused (nothing changed, message on stderr);
1 unexpected error. Everything it prints is Swedish, argparse's own words too.

Only the top level is parsed on the way to the desktop app: a command's own parser
is built when that command is given, so that starting the window pays for none.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from omradesapp.cli_common import EXIT_ERROR, EXIT_REFUSED, Refused, db_path

# argparse's own words (Python 3.11+), in Swedish.
_ARGPARSE_SV = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val %(value)r (välj bland "
    "%(choices)s)",
    "invalid %(type)s value: %(value)r": "ogiltigt värde %(value)r",
    "the following arguments are required: %s": "dessa argument krävs: %s",
    "one of the arguments %s is required": "ett av argumenten %s krävs",
    "unrecognized arguments: %s": "okända argument: %s",
    "not allowed with argument %s": "går inte ihop med %s",
    "expected one argument": "ett värde krävs",
    "expected at most one argument": "högst ett värde går",
    "expected at least one argument": "minst ett värde krävs",
    "ignored explicit argument %r": "värdet %r hör inte till flaggan",
    "ambiguous option: %(option)s could match %(matches)s": "flaggan %(option)s är tvetydig: "
    "%(matches)s",
    "unexpected option string: %s": "oväntad flagga: %s",
    "can't open '%(filename)s': %(error)s": "kan inte öppna '%(filename)s': %(error)s",
}


def _sv(text: str) -> str:
    return _ARGPARSE_SV.get(text, text)


def _sv_plural(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return "%s värden krävs"
    return singular if n == 1 else plural


@contextlib.contextmanager
def _swedish_argparse() -> Iterator[None]:
    """argparse asks gettext for its words at run time: answer in Swedish while we parse."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _sv, _sv_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


# Years the app can count in: a month before or after them is no period of ours.
FIRST_YEAR, LAST_YEAR = 1900, 2999


def _date(text: str) -> dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise argparse.ArgumentTypeError(f"inte ett datum ÅÅÅÅ-MM-DD: {text!r}")
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"datumet finns inte: {text!r}") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"året ska vara {FIRST_YEAR}–{LAST_YEAR}: {text!r}")
    return day


def _month(text: str) -> str:
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        raise argparse.ArgumentTypeError(f"inte en månad ÅÅÅÅ-MM: {text!r}")
    if not FIRST_YEAR <= int(text[:4]) <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"året ska vara {FIRST_YEAR}–{LAST_YEAR}: {text!r}")
    return text


def _import(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", type=Path, metavar="FIL", help="CSV-fil eller exportpaket")
    p.add_argument("--again", action="store_true", help="importera en fil som importerats förut")
    p.add_argument(
        "--take-package",
        action="store_true",
        help="där en post ändrats på två ställen: ta paketets version",
    )


def _units_and_worker(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--unit", action="append", default=[], metavar="ENHET", help="enhet (kan upprepas)"
    )
    p.add_argument("--worker", metavar="MEDARBETARE", help="bara en medarbetares poster")


def _export(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", type=_date, required=True, metavar="DATUM")
    p.add_argument("--to", dest="date_to", type=_date, required=True, metavar="DATUM")
    _units_and_worker(p)
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FIL",
        help="paketets filnamn, eller en mapp: då får filen ett namn som säger vems den är",
    )


def _report(p: argparse.ArgumentParser) -> None:
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--month", type=_month, metavar="ÅÅÅÅ-MM", help="en hel månad")
    when.add_argument("--from", dest="date_from", type=_date, metavar="DATUM", help="från datum")
    p.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        metavar="DATUM",
        help="till datum (utan --to: sista dagen i den senaste hela månaden)",
    )
    _units_and_worker(p)
    p.add_argument(
        "--format", choices=("pdf", "json", "csv", "xlsx"), required=True, help="filformat"
    )
    p.add_argument("--out", required=True, metavar="FIL", help="fil, eller - för stdout")


def _month_units(p: argparse.ArgumentParser) -> None:
    p.add_argument("month", type=_month, metavar="ÅÅÅÅ-MM", help="månaden")
    p.add_argument(
        "--unit", action="append", default=[], metavar="ENHET", help="enhet (annars alla)"
    )


def _close(p: argparse.ArgumentParser) -> None:
    _month_units(p)
    p.add_argument(
        "--anyway",
        action="store_true",
        help="stäng även om något skrivbords data slutar före månadens sista dag",
    )


def _status(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", type=_month, required=True, metavar="ÅÅÅÅ-MM", help="månaden")


def _reopen(p: argparse.ArgumentParser) -> None:
    _month_units(p)
    p.add_argument("--reason", default="", metavar="SKÄL", help="varför månaden öppnas igen")


def _check(p: argparse.ArgumentParser) -> None:
    p.add_argument("--repair-tallies", action="store_true", help="räkna om rapporternas summor")


def _restore(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "backup",
        type=Path,
        nargs="?",
        metavar="SÄKERHETSKOPIA",
        help="säkerhetskopians fil (utan den: en lista över dem)",
    )


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "import": ("importera CSV-filer eller exportpaket (allt eller inget)", _import),
    "export": ("skriv ett exportpaket till gruppchefen", _export),
    "report": ("månadssammanställning eller periodrapport", _report),
    "close-month": ("stäng en månad för några eller alla enheter", _close),
    "reopen-month": ("öppna en stängd månad igen", _reopen),
    "status": ("hur långt varje skrivbords data når för en månad", _status),
    "check": ("kontrollera databasen, schemaversion, senaste säkerhetskopia", _check),
    "restore": ("ersätt databasen med en säkerhetskopia", _restore),
}


def build_parser() -> argparse.ArgumentParser:
    """The top level only: the desktop app's options and the name of a command."""
    listing = "\n".join(f"  {name:<14}{text}" for name, (text, _) in COMMANDS.items())
    p = argparse.ArgumentParser(
        prog="omradesapp",
        description="Områdesappen. Utan kommando startar skrivbordsappen.",
        epilog=f"kommandon:\n{listing}\n\nHjälp om ett kommando: omradesapp KOMMANDO --help",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--db", type=Path, metavar="DATABAS", help="databasfil (annars användarmappen)")
    p.add_argument("--org", type=Path, metavar="FIL", help="organisationens JSON för en ny databas")
    p.add_argument("--demo", action="store_true", help="starta på en ny databas med exempeldata")
    p.add_argument("command", nargs="?", choices=COMMANDS, metavar="KOMMANDO", help="se nedan")
    p.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return p


def build_command_parser(name: str) -> argparse.ArgumentParser:
    text, add_arguments = COMMANDS[name]
    p = argparse.ArgumentParser(prog=f"omradesapp {name}", description=text)
    add_arguments(p)
    return p


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The arguments; argparse exits with 2 and a Swedish message on bad ones."""
    with _swedish_argparse():
        args = build_parser().parse_args(argv)
        if args.command is not None:
            build_command_parser(args.command).parse_args(args.rest, namespace=args)
    del args.rest
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command is None:
        if args.org is not None:
            try:
                _check_org(args.org)
            except Refused as e:
                print(f"omradesapp: {e}", file=sys.stderr)
                return EXIT_REFUSED
        from omradesapp.ui.app import run_gui  # Qt only when the desktop app is wanted

        return run_gui(db=args.db, demo=args.demo, org=args.org)
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """The error boundary: refusals and faults of the machine exit 2, bugs 1, never a trace."""
    from omradesapp.faults import message_for

    try:
        if args.org is not None:
            _check_org(args.org)
        from omradesapp import commands

        return commands.run(args)
    except KeyboardInterrupt:
        print("omradesapp: avbrutet; det som inte hann sparas har inte ändrats.", file=sys.stderr)
        return EXIT_ERROR
    except Exception as e:  # noqa: BLE001 - the boundary: every failure gets a Swedish line
        code, message = message_for(e, db_path(args))
        print(f"omradesapp: {message}", file=sys.stderr)
        return code


def _check_org(path: Path) -> None:
    from omradesapp.store.defaults import OrgError, load_org

    try:
        load_org(path)
    except OrgError as e:
        raise Refused(str(e)) from None
