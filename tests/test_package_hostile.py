"""Hostile, damaged or foreign packages: refused with a message naming the file; nothing changes."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import db_snapshot, entry, new_db, rewrite

from omradesapp import cli
from omradesapp.exchange.limits import MAX_PACKAGE_BYTES
from omradesapp.store.entries import add_entry
from omradesapp.store.opening import open_store

Body = dict[str, Any]
DATA = Path(__file__).parent / "data"


@pytest.fixture
def setup(template_db: Path, tmp_path: Path) -> tuple[Path, Path]:
    desk = new_db(template_db, tmp_path, "desk")
    head = new_db(template_db, tmp_path, "head")
    with open_store(desk) as d:
        add_entry(d, entry(d, adults=2, topics=("parenting",)), "ab")
        add_entry(d, entry(d, kind="contact", contact_type="advice", form="phone"), "ab")
    pkg = tmp_path / "desk.omrpkg"
    args = ["--db", str(desk), "export", "--from", "2026-10-01", "--to", "2026-10-31"]
    assert cli.main([*args, "--out", str(pkg)]) == 0
    # The head already holds something, so "unchanged" means more than "empty".
    with open_store(head) as h:
        add_entry(h, entry(h, unit="Ryd"), "chef")
    return head, pkg


def _record(field: str, value: Any) -> Callable[[Body, Body], None]:
    def mutate(header: Body, body: Body) -> None:
        body["entries"][1][field] = value

    return mutate


def _truncate(p: Path) -> None:
    p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])


def _tamper(p: Path) -> None:
    data = bytearray(p.read_bytes())
    i = data.index(b'"adults": 2')
    data[i + 10] = ord("9")  # 2 adults become 9, checksum left as it was
    p.write_bytes(bytes(data))


def _oversize(p: Path) -> None:
    with open(p, "r+b") as f:
        f.truncate(MAX_PACKAGE_BYTES + 1)  # sparse: no real disk used


def _with_body(raw: bytes) -> Callable[[Path], None]:
    """Replace the body by raw bytes under a correct header (a forger's checksum)."""

    def damage(p: Path) -> None:
        header = json.loads(p.read_bytes().partition(b"\n")[0])
        header.update(body_bytes=len(raw), body_sha256=hashlib.sha256(raw).hexdigest())
        p.write_bytes(json.dumps(header, separators=(",", ":")).encode() + b"\n" + raw)

    return damage


def _not_a_package(p: Path) -> None:
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))


HOSTILE: dict[str, tuple[Callable[[Path], Any], str]] = {
    "truncated": (_truncate, "avkortat"),
    "tampered": (_tamper, "kontrollsumman"),
    "oversized": (_oversize, "för stor"),
    "not a package": (_not_a_package, "inget exportpaket"),
    "csv named as package": (lambda p: p.write_text("kind;date;unit\n"), "inget exportpaket"),
    "wrong format version": (
        lambda p: rewrite(p, lambda h, b: h.update(format_version=4)),
        "formatversion 4",
    ),
    "newer schema": (
        lambda p: rewrite(p, lambda h, b: b.update(schema_version=99)),
        "nyare version",
    ),
    "identity number as worker": (
        lambda p: rewrite(p, _record("worker", "19121212-1212")),
        "post 2, fält worker",
    ),
    "identity number in the time field": (
        lambda p: rewrite(p, _record("time", "121212-1212")),
        "post 2, fält time",
    ),
    "identity number as a code": (
        lambda p: rewrite(p, _record("form", "191212121212")),
        "post 2, fält form",
    ),
    "identity number in the id": (
        lambda p: rewrite(p, _record("id", "19121212-1212")),
        "post 2, fält id",
    ),
    "a note smuggled in": (
        lambda p: rewrite(p, _record("note", "Ring 070-123 45 67")),
        "post 2, fält note",
    ),
    "unknown field": (lambda p: rewrite(p, _record("name", "Anna")), "post 2, fält name"),
    "unknown unit": (lambda p: rewrite(p, _record("unit", "Atlantis")), "post 2, fält unit"),
    "count out of range": (lambda p: rewrite(p, _record("adults", 9999)), "fält adults"),
    "date outside period": (lambda p: rewrite(p, _record("date", "2027-01-01")), "fält date"),
    "string where a number belongs": (lambda p: rewrite(p, _record("minutes", "60")), "minutes"),
    "duplicate id": (
        lambda p: rewrite(p, lambda h, b: b["entries"].append(dict(b["entries"][0]))),
        "samma id som post 1",
    ),
    "deeply nested JSON": (_with_body(b"[" * 100_000 + b"]" * 100_000), "ingen giltig JSON"),
    "huge number": (_with_body(b'{"schema_version": 1' + b"9" * 5000 + b"}"), "JSON"),
    "not UTF-8": (_with_body(b'{"schema_version": "\xff"}'), "ingen giltig JSON"),
    "format version true": (
        lambda p: rewrite(p, lambda h, b: h.update(format_version=True)),
        "formatversion true",
    ),
    "format version 2.0": (
        lambda p: rewrite(p, lambda h, b: h.update(format_version=2.0)),
        "formatversion 2.0",
    ),
    "format version as text": (
        lambda p: rewrite(p, lambda h, b: h.update(format_version="2")),
        "formatversion '2'",
    ),
    "schema version true": (
        lambda p: rewrite(p, lambda h, b: b.update(schema_version=True)),
        "schemaversion true",
    ),
    "origin not a UUID": (
        lambda p: rewrite(p, lambda h, b: b.update(origin="desk-7")),
        "ursprungsenhet (origin)",
    ),
    "units not a list": (
        lambda p: rewrite(p, lambda h, b: b.update(units="Berga")),
        "fält units",
    ),
    "revision missing": (
        lambda p: rewrite(p, lambda h, b: b["entries"][1].pop("revision")),
        "post 2, fält revision: saknas",
    ),
    "revision true": (lambda p: rewrite(p, _record("revision", True)), "post 2, fält revision"),
    "revision 1.0": (lambda p: rewrite(p, _record("revision", 1.0)), "post 2, fält revision"),
    "revision as text": (lambda p: rewrite(p, _record("revision", "2")), "post 2, fält revision"),
    "revision zero": (lambda p: rewrite(p, _record("revision", 0)), "post 2, fält revision"),
    "revision past JSON integers": (
        lambda p: rewrite(p, _record("revision", 2**63)),
        "post 2, fält revision",
    ),
    "minutes 60.0": (lambda p: rewrite(p, _record("minutes", 60.0)), "post 2, fält minutes"),
    "adults true": (lambda p: rewrite(p, _record("adults", True)), "post 2, fält adults"),
    "evening 1": (lambda p: rewrite(p, _record("evening", 1)), "post 2, fält evening"),
    "codes not a list": (lambda p: rewrite(p, _record("topics", "parenting")), "fält topics"),
    "device not a UUID": (lambda p: rewrite(p, _record("device", "laptop")), "fält device"),
    "timestamp not a time": (
        lambda p: rewrite(p, _record("updated_at", "igår")),
        "post 2, fält updated_at",
    ),
    "a package of the released format 1": (
        lambda p: p.write_bytes((DATA / "released_v1.omrpkg").read_bytes()),
        "formatversion 1, utan revisionsnummer",
    ),
    "entries not a list": (
        lambda p: rewrite(p, lambda h, b: b.update(entries={"a": 1})),
        "listan med poster",
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_package_is_refused_and_changes_nothing(
    case: str, setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    head, pkg = setup
    damage, expected = HOSTILE[case]
    damage(pkg)
    before = db_snapshot(head)
    capsys.readouterr()
    assert cli.main(["--db", str(head), "import", str(pkg)]) == 2
    err = capsys.readouterr().err
    assert pkg.name in err, err
    assert expected in err, err
    assert db_snapshot(head) == before


def test_the_untouched_package_imports(setup: tuple[Path, Path]) -> None:
    head, pkg = setup
    assert cli.main(["--db", str(head), "import", str(pkg)]) == 0
