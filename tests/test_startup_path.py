"""The desktop app's start-up pays for nothing it does not use (SPEC §10)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from omradesapp import cli


@pytest.mark.parametrize("argv", [[], ["--demo"], ["--db", "x.db"], ["--db", "x.db", "--org", "o"]])
def test_the_gui_path_builds_no_command_parser(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(name: str) -> None:
        raise AssertionError(f"the parser of {name} was built")

    monkeypatch.setattr(cli, "build_command_parser", refuse)
    args = cli.parse_args(argv)
    assert args.command is None


def test_a_command_gets_its_own_parser() -> None:
    args = cli.parse_args(["--db", "x.db", "import", "a.csv", "--again"])
    assert (args.command, args.files, args.again) == ("import", [Path("a.csv")], True)


WINDOW_SHOWN = """
import sys
from PySide6.QtWidgets import QApplication
seen = []
QApplication.exec = lambda self: seen.append(sorted(m for m in ("uuid", "platform")
                                                    if m in sys.modules)) or 0
from omradesapp.cli import main
code = main(["--db", sys.argv[1]])
print("shown" if seen else "not shown", seen[0] if seen else "", code)
"""


def test_no_uuid_or_platform_before_the_window_shows(db_path: Path, tmp_path: Path) -> None:
    from omradesapp.store.opening import open_store
    from omradesapp.store.org import Worker, save_worker, unit_by_name

    with open_store(db_path) as s:  # a configured desk: no first-start dialog in the way
        unit = unit_by_name(s, "Berga")
        assert unit is not None
        worker = save_worker(s, Worker(0, "AB", unit.id, True), "test")
        s.set_setting("desk_unit", str(unit.id))
        s.set_setting("desk_worker", str(worker.id))
    out = subprocess.run(
        [sys.executable, "-c", WINDOW_SHOWN, str(db_path)],
        capture_output=True,
        text=True,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": ":".join(sys.path),
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path),
            "XDG_RUNTIME_DIR": str(tmp_path),
        },
        timeout=120,
    )
    assert out.stdout.split() == ["shown", "[]", "0"], out.stdout + out.stderr


def test_commands_need_nothing_from_the_parser() -> None:
    """No import cycle: the commands stand on cli_common, not on cli."""
    out = subprocess.run(
        [sys.executable, "-c",
         "import sys, omradesapp.commands; print('omradesapp.cli' in sys.modules)"],
        capture_output=True, text=True, env={"PYTHONPATH": ":".join(sys.path)}, timeout=60,
    )  # fmt: skip
    assert out.stdout.strip() == "False", out.stderr
