"""A CSV file read as a stream of rows: encoding, delimiter, strict quoting, row numbers.

Nothing here holds more than one row and one read buffer, whatever the file's size. A
first pass over the bytes settles the encoding (UTF-8, with or without BOM, else
Windows-1252 as Swedish Excel writes it) and refuses binary files; the second decodes
and splits rows. Quoting is strict: a quote that never closes, or that swallows whole
rows into one field, is refused with the row where it starts.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import TextIO

from omradesapp.exchange.refusal import FileRefused, Problem

CHUNK = 1 << 20
# The csv module's limit on a field (131 072 characters) stays: no cell of ours comes near
# it (a note has at most 500 characters), and it keeps a quote that never closes from
# reading a whole large file into one field.

Progress = Callable[[int, int], None]  # (bytes read, bytes in all)


class CsvImportError(FileRefused):
    """A CSV file was refused; nothing was written."""


@dataclass(frozen=True)
class Source:
    """A CSV file as the first pass found it."""

    path: Path
    name: str
    encoding: str
    size: int
    sha256: str  # of the bytes, as earlier versions recorded imported files


def scan(path: Path, name: str) -> Source:
    """Size and encoding of a file, without holding it: binary data is refused."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    size = 0
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            head = f.read(3)
            bom = head == b"\xef\xbb\xbf"
            for chunk in itertools.chain((head,), iter(lambda: f.read(CHUNK), b"")):
                size += len(chunk)
                digest.update(chunk)
                if b"\x00" in chunk:
                    raise CsvImportError(
                        name, [], f"{name}: filen är ingen CSV-fil (innehåller binära data)."
                    )
                if utf8:
                    try:
                        decoder.decode(chunk)
                    except UnicodeDecodeError:
                        utf8 = False
            if utf8:
                try:
                    decoder.decode(b"", final=True)
                except UnicodeDecodeError:
                    utf8 = False
    except OSError as e:
        raise CsvImportError(name, [], f"{name}: filen kan inte läsas ({e.strerror}).") from None
    if size == 0:
        raise CsvImportError(name, [], f"{name}: filen är tom.")
    encoding = "utf-8-sig" if bom or utf8 else "cp1252"
    return Source(path, name, encoding, size, digest.hexdigest())


@dataclass
class Rows:
    """The header and an iterator over (row number, cells); the header is row 1."""

    header: list[str]
    delimiter: str
    body: Iterator[tuple[int, list[str]]]
    file: TextIO

    def close(self) -> None:
        self.file.close()


class ContentHash:
    """SHA-256 of a file's content as parsed, not of its bytes.

    Columns in name order, cells stripped, empty rows left out: the same rows saved again
    with other line ends, delimiter, encoding, BOM or column order hash the same.
    """

    def __init__(self, header: list[str]) -> None:
        self._sha = hashlib.sha256(("\x1f".join(sorted(header)) + "\x1e").encode())
        # A header has several columns (kind, date, unit at least), so this gives tuples.
        self._in_order = itemgetter(*sorted(range(len(header)), key=header.__getitem__))
        self.rows = 0

    def add_rows(self, rows: Sequence[list[str]]) -> None:
        """Rows' cells, stripped, in the file's order."""
        in_order = self._in_order
        self._sha.update("".join(["\x1f".join(in_order(c)) + "\x1e" for c in rows]).encode())
        self.rows += len(rows)

    def hexdigest(self) -> str:
        return self._sha.hexdigest()


def _problem(e: csv.Error, row: int, delimiter: str) -> Problem:
    text = str(e)
    if "unexpected end of data" in text:
        return Problem(row, "", f"citattecknet som börjar på rad {row} stängs aldrig.")
    if "field larger than" in text:
        return Problem(
            row,
            "",
            f"ett fält som börjar på rad {row} är längre än {csv.field_size_limit()} tecken "
            "(ett citattecken som inte stängs?).",
        )
    if "expected after" in text:
        return Problem(
            row,
            "",
            f"efter ett avslutande citattecken ska det stå {delimiter!r} eller radslut "
            "(ett citattecken för mycket?).",
        )
    return Problem(row, "", f"trasig CSV ({text}).")


def read_rows(source: Source, progress: Progress | None = None, every: int = 5000) -> Rows:
    """Open the file and read its header; the body is read as it is iterated.

    `progress(bytes_read, size)` is called every `every` rows and at the end.
    """
    name = source.name
    try:
        raw = open(source.path, "rb")  # noqa: SIM115 - closed with `f`, by the body
    except OSError as e:
        raise CsvImportError(name, [], f"{name}: filen kan inte läsas ({e.strerror}).") from None
    f = io.TextIOWrapper(raw, encoding=source.encoding, newline="")
    try:
        first = f.readline()
    except OSError as e:
        f.close()
        raise CsvImportError(name, [], f"{name}: filen kan inte läsas ({e.strerror}).") from None
    line = first.split("\n", 1)[0]
    delimiter = ";" if line.count(";") >= line.count(",") else ","
    reader = csv.reader(itertools.chain((first,), f), delimiter=delimiter, strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        f.close()
        raise CsvImportError(name, [], f"{name}: filen är tom.") from None
    except csv.Error as e:
        f.close()
        raise CsvImportError(name, [_problem(e, 1, delimiter)]) from None
    whole_row = max(len(header) - 1, 1)

    def body() -> Iterator[tuple[int, list[str]]]:
        with f:
            row, lines = 1, reader.line_num
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error as e:
                    raise CsvImportError(name, [_problem(e, row + 1, delimiter)]) from None
                row += 1
                if reader.line_num - lines > 1:
                    _check_swallowed(name, row, cells, header, delimiter, whole_row)
                lines = reader.line_num
                if progress is not None and row % every == 0:
                    progress(raw.tell(), source.size)
                yield row, cells
            if progress is not None:
                progress(source.size, source.size)

    return Rows(header, delimiter, body(), f)


def _check_swallowed(
    name: str, row: int, cells: list[str], header: list[str], delimiter: str, whole_row: int
) -> None:
    """Refuse a quoted field whose later lines are whole rows: a stray opening quote.

    A note may hold line breaks (Excel quotes such a cell), but not a line with as many
    delimiters as a row of the file has: that is the next row, swallowed by the quote.
    """
    for i, cell in enumerate(cells):
        if "\n" not in cell:
            continue
        for extra, line in enumerate(cell.splitlines()[1:], start=1):
            if line.count(delimiter) >= whole_row:
                column = header[i] if i < len(header) else ""
                raise CsvImportError(
                    name,
                    [
                        Problem(
                            row,
                            column,
                            f"citattecknet som börjar på rad {row} stängs inte på samma rad; "
                            f"fältet slukar rad {row + extra} och fler (ett citattecken för "
                            "mycket?).",
                        )
                    ],
                )
