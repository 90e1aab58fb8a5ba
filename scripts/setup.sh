#!/usr/bin/env bash
# Prepares this checkout on Debian (Python 3.11): the system libraries Qt and the
# PDF checks need, a virtual environment in .venv with the app installed, and the
# compiled Swedish translation. Safe to run again. `--test` adds the test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

debs=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
      libxcb-xinerama0 libxcb-xkb1 libxcb-shape0 libxcb-randr0 fonts-dejavu-core)
[ -n "$extras" ] && debs+=(poppler-utils xvfb xauth)
python3 -c 'import ensurepip' 2>/dev/null || debs+=(python3-venv)

missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  # Another apt (often the system's own background update) may hold the lock: wait for it
  # for up to five minutes instead of failing at once.
  wait_lock=(-o DPkg::Lock::Timeout=300)
  if $sudo fuser /var/lib/dpkg/lock-frontend /var/lib/apt/lists/lock >/dev/null 2>&1; then
    echo "Another package installation is running; waiting for it to finish (up to 5 minutes)..."
  fi
  $sudo apt-get "${wait_lock[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get "${wait_lock[@]}" install -y -qq "${missing[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
.venv/bin/python -m omradesapp.i18n_build
# Byte-code compiled once here: an editable install is otherwise compiled on every start
# where PYTHONDONTWRITEBYTECODE is set.
.venv/bin/python -m compileall -q omradesapp
