#!/usr/bin/env bash
# Builds the installable app into dist/omradesapp/ (PyInstaller, one folder), and on
# Linux a .desktop file and icon beside it. The app is installed normally (not
# editable) into a build environment, so that its package data is where PyInstaller
# looks. Run after scripts/setup.sh (which compiles the translation).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m omradesapp.i18n_build
[ -x build/venv/bin/python ] || python3 -m venv build/venv
build/venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6.0" .
build/venv/bin/pyinstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/omradesapp.spec
if [ "$(uname)" = "Linux" ]; then
  cp packaging/omradesapp.desktop resources/icons/omradesapp.png dist/omradesapp/
fi
echo "built dist/omradesapp/"
