"""The layers stay visible: only ui/ imports Qt, only store/ holds SQL, imports point downwards."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from omradesapp.domain import codes
from omradesapp.exchange.csv_import import COLUMNS

PACKAGE = Path(__file__).resolve().parent.parent / "omradesapp"
SQL = re.compile(
    r"\bSELECT\s[\s\S]*?\bFROM\s+\w+"
    r"|\b(INSERT|REPLACE)(\s+OR\s+\w+)?\s+INTO\s+\w+"
    r"|\bUPDATE\s+\w+\s+SET\b"
    r"|\bDELETE\s+FROM\s+\w+"
    r"|\bPRAGMA\s+\w+"
    r"|\bCREATE\s+(UNIQUE\s+)?(TABLE|INDEX|TRIGGER|VIEW)\b"
    r"|\b(ALTER|DROP)\s+TABLE\b",
    re.IGNORECASE,
)

# What each layer may import besides itself: the core (domain < store < exchange, reports)
# knows nothing above it; the UI and the command line stand beside each other on top.
_CORE = {"domain", "atomic", "paths"}
MAY_IMPORT: dict[str, set[str]] = {
    "domain": set(),
    "atomic": set(),
    "paths": set(),
    "i18n_build": set(),
    "store": _CORE,
    "exchange": _CORE | {"store"},
    "reports": _CORE | {"store"},
    "demo": _CORE | {"store"},
    "cli_common": _CORE,
    "import_summary": _CORE | {"store", "exchange"},
    "faults": _CORE | {"store", "exchange", "cli_common"},
    "ui": _CORE | {"store", "exchange", "reports", "demo", "faults", "i18n_build"},
    "commands": _CORE
    | {
        "store",
        "exchange",
        "reports",
        "demo",
        "faults",
        "cli_common",
        "import_summary",
    },  # fmt: skip
    "cli": {"cli_common", "faults", "paths", "commands", "ui", "store"},
    "__main__": {"cli"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            if isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def imports(path: Path) -> set[str]:
    """Every module of ours that `path` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return {m for m in found if m in MODULES}


GRAPH = {name: imports(path) for name, path in MODULES.items()}


def test_only_the_ui_imports_qt() -> None:
    offenders = [
        name
        for name, path in MODULES.items()
        if layer(name) != "ui" and any(n.split(".")[0] == "PySide6" for n in _all_imports(path))
    ]
    assert offenders == []


def _all_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_every_module_has_a_layer() -> None:
    assert {layer(m) for m in MODULES} - {"__init__"} <= set(MAY_IMPORT)


def test_imports_point_downwards() -> None:
    upward = [
        f"{name} -> {target}"
        for name, targets in GRAPH.items()
        for target in targets
        if layer(target) not in (layer(name), "__init__")
        and layer(target) not in MAY_IMPORT.get(layer(name), set())
    ]
    assert upward == []


def test_no_import_cycles() -> None:
    """Also none dodged by an import inside a function."""
    cycles: list[str] = []
    state: dict[str, int] = {}

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for target in sorted(GRAPH[name]):
            if target == name or target.startswith(name + "."):
                continue  # a package importing its own submodule
            if state.get(target) == 1:
                cycles.append(" -> ".join(trail[trail.index(target) :] + [target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[name] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_sql_lives_only_in_the_store() -> None:
    offenders = []
    for name, path in MODULES.items():
        if layer(name) == "store":
            continue
        tree = ast.parse(path.read_text("utf-8"))
        skip = docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) not in skip and SQL.search(node.value):
                    offenders.append(f"{name}:{node.lineno}")
    assert offenders == []


def test_the_sql_check_sees_every_shape() -> None:
    for sql in (
        "select id\n  from entries",
        "INSERT OR REPLACE INTO settings VALUES (1)",
        "replace into labels values (1)",
        "pragma user_version",
        "Update entries Set note = NULL",
        "CREATE TRIGGER t AFTER INSERT ON entries BEGIN SELECT 1; END",
    ):
        assert SQL.search(sql), sql
    assert not SQL.search("Välj enheter från listan")


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
