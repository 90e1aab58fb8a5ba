"""Compiles `i18n/sv.ts` into the `.qm` file the app loads (run by scripts/setup.sh)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "i18n" / "sv.ts"
TARGET = ROOT / "resources" / "i18n" / "sv.qm"


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    return found


def build() -> Path | None:
    if not SOURCE.exists():
        return None
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([lrelease(), "-silent", str(SOURCE), "-qm", str(TARGET)], check=True)
    return TARGET


if __name__ == "__main__":
    build()
