"""scripts/setup.sh waits for another apt to finish instead of failing at once."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "setup.sh"


def _shim(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_apt_waits_for_the_lock_and_says_so(tmp_path: Path) -> None:
    shims = tmp_path / "bin"
    shims.mkdir()
    calls = tmp_path / "apt-calls"
    _shim(shims, "dpkg-query", "exit 1")  # every package missing
    _shim(shims, "fuser", "exit 0")  # the lock is held
    _shim(shims, "id", "echo 0")  # root: no sudo
    # Record the call, then stop the script there (set -e): nothing is installed.
    _shim(shims, "apt-get", f'echo "$@" >> {calls}; [ "$3" = update ] || exit 3')
    checkout = tmp_path / "checkout"
    (checkout / "scripts").mkdir(parents=True)
    shutil.copy(SCRIPT, checkout / "scripts" / "setup.sh")
    env = {**os.environ, "PATH": f"{shims}:{os.environ['PATH']}"}
    run = subprocess.run(
        ["bash", str(checkout / "scripts" / "setup.sh")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert run.returncode == 3
    assert "waiting for it to finish" in run.stdout
    lines = calls.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert all(line.startswith("-o DPkg::Lock::Timeout=300 ") for line in lines)
