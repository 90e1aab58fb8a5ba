#!/usr/bin/env bash
# Refreshes i18n/sv.ts from the tr() strings in omradesapp/ui (new strings are added as
# unfinished, strings gone from the code are dropped), then lists what still needs Swedish.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate -no-obsolete -locations none omradesapp/ui/*.py -ts i18n/sv.ts
n=$(grep -c 'type="unfinished"' i18n/sv.ts || true)
echo "i18n/sv.ts: ${n} strings to translate (type=\"unfinished\")"
