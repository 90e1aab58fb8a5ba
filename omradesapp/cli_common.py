"""What the command line and its commands share: exit codes, refusals, the database path.

Kept apart from `cli.py` so that `commands.py` needs nothing from the parser.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from omradesapp import paths

EXIT_OK, EXIT_ERROR, EXIT_REFUSED = 0, 1, 2


class Refused(Exception):
    """Bad input or a refusal: exit 2, nothing changed. The message is Swedish."""


def db_path(args: argparse.Namespace) -> Path:
    path: Path = args.db if args.db is not None else paths.default_db()
    return path
