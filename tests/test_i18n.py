"""The Swedish translation is complete and not stale (lupdate finds nothing new or unfinished)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from omradesapp import i18n_build

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "i18n" / "sv.ts"
UI = ROOT / "omradesapp" / "ui"
GONE = ("obsolete", "vanished")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <translation>, for the messages still in the code."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for m in context.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            if tr.get("type") not in GONE:
                found[(name, m.findtext("source", ""))] = tr
    return found


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate extracts from omradesapp/ui today, into a new file."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(out)], check=True,
                   capture_output=True)  # fmt: skip
    return messages(out)


def test_sv_ts_holds_exactly_the_strings_of_the_code(fresh) -> None:  # type: ignore[no-untyped-def]
    stored = messages(TS)
    missing = sorted(set(fresh) - set(stored))
    stale = sorted(set(stored) - set(fresh))
    assert not missing, f"run scripts/update-translations.sh: new strings {missing[:5]}"
    assert not stale, f"run scripts/update-translations.sh: stale strings {stale[:5]}"


def test_every_message_is_translated() -> None:
    unfinished = [key for key, tr in messages(TS).items()
                  if tr.get("type") == "unfinished" or not (tr.text or "").strip()]  # fmt: skip
    assert not unfinished, f"untranslated: {unfinished[:5]}"


def test_placeholders_survive_translation() -> None:
    pattern = re.compile(r"\{\w+\}|%\d")
    for (context, source), tr in messages(TS).items():
        assert sorted(pattern.findall(source)) == sorted(pattern.findall(tr.text or "")), (
            context,
            source,
        )


def test_the_compiled_translation_is_swedish(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "sv.qm"
    subprocess.run([i18n_build.lrelease(), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("EntryForm", "Write no names") == "Skriv inga namn"
    assert translator.translate("MainWindow", "All entries") == "Alla poster"
