"""The layers stay visible: only ui/ imports Qt, only store/ holds SQL, one set of code lists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from omradesapp.domain import codes
from omradesapp.exchange.csv_import import COLUMNS

PACKAGE = Path(__file__).resolve().parent.parent / "omradesapp"
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA\s)")


def modules(exclude: str) -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if exclude not in p.relative_to(PACKAGE).parts]


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_ui_imports_qt() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in modules("ui")
        if any(n.split(".")[0] == "PySide6" for n in imported(p))
    ]
    assert offenders == []


def test_the_core_does_not_import_the_ui() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in modules("ui")
        if p.name != "cli.py" and any(n.startswith("omradesapp.ui") for n in imported(p))
    ]
    assert offenders == []


def test_sql_lives_only_in_the_store() -> None:
    offenders = []
    for p in modules("store"):
        for node in ast.walk(ast.parse(p.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if SQL.search(node.value):
                    offenders.append(f"{p.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_csv_columns_and_coded_fields_come_from_one_list() -> None:
    coded = {f.name for f in codes.CODED_FIELDS}
    assert coded <= set(COLUMNS)
    for f in codes.CODED_FIELDS:
        assert set(f.kinds) <= set(codes.KINDS.codes)
        assert len(set(f.codes.codes)) == len(f.codes.codes)
    assert set(codes.SPLIT_BY_TIME_CATEGORY) == set(codes.TIME_CATEGORIES.codes)
    assert set(codes.SPLIT_BY_MEETING_TYPE) == set(codes.MEETING_TYPES.codes)
    assert set(codes.SPLIT_BY_KIND) | set(codes.SPLIT_CODE_FIELD) == set(codes.KINDS.codes)
    assert not set(codes.SPLIT_BY_KIND) & set(codes.SPLIT_CODE_FIELD)
    for table in (codes.SPLIT_BY_KIND, codes.SPLIT_BY_MEETING_TYPE, codes.SPLIT_BY_TIME_CATEGORY):
        assert set(table.values()) <= set(codes.SPLIT_CATEGORIES.codes)
