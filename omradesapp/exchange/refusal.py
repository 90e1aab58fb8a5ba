"""A refused file and its problems, each placed by row or entry and column or field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MAX_LISTED = 20


@dataclass(frozen=True)
class Problem:
    place: int  # CSV: row (header = 1); package: entry number (from 1); 0: the whole file
    field: str
    message: str


class FileRefused(Exception):
    """A file was refused; nothing was written. The message lists the first problems."""

    place_word = "rad"
    field_word = "kolumn"
    refused = "filen importerades inte."

    def __init__(self, file_name: str, problems: Sequence[Problem] = (), summary: str = "") -> None:
        self.file_name = file_name
        self.problems = list(problems)
        lines = [summary or f"{file_name}: {self.refused}"]
        for p in self.problems[:MAX_LISTED]:
            where = f"{self.place_word} {p.place}" + (
                f", {self.field_word} {p.field}" if p.field else ""
            )
            lines.append(f"{file_name}, {where}: {p.message}")
        if len(self.problems) > MAX_LISTED:
            lines.append(f"... och {len(self.problems) - MAX_LISTED} fel till.")
        super().__init__("\n".join(lines))
