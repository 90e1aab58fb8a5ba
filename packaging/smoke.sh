#!/usr/bin/env bash
# Smoke-starts the built app: the command line answers, and the window stays up.
set -euo pipefail
cd "$(dirname "$0")/.."
app=dist/omradesapp/omradesapp
tmp=$(mktemp -d)
"$app" --db "$tmp/smoke.db" check >/dev/null 2>&1 || true   # creates nothing: no such database
"$app" --db "$tmp/smoke.db" close-month 2026-01 --unit Berga
"$app" --db "$tmp/smoke.db" check | grep -q "integritet: ok"
"$app" --db "$tmp/smoke.db" report --month 2026-01 --format json --out - | grep -q '"schema": "omradesapp.report/'
"$app" --db "$tmp/smoke.db" report --month 2026-01 --format pdf --out "$tmp/m.pdf"
head -c 5 "$tmp/m.pdf" | grep -q '%PDF-'
set +e
QT_QPA_PLATFORM=offscreen timeout 8 "$app" --db "$tmp/smoke.db"
status=$?
set -e
if [ "$status" -ne 124 ]; then
  echo "the packaged app did not stay up (exit $status)" >&2
  exit 1
fi
echo "packaged app: smoke start ok"
