#!/usr/bin/env bash
# Install everything RugTimer needs on a fresh Debian 12 / Ubuntu 22.04+ machine:
# the system libraries PySide6 loads, then a virtual environment with the app and its test tools.
# Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv
STAMP=$VENV/.installed

# Qt offscreen + QtMultimedia + a real X11 window (see FACTS: Platform). Fonts come with libfontconfig1.
APT_PACKAGES=(
  libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3
  libpulse0 libxrandr2
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
)
# Optional: desktop-file-validate and appstreamcli, for tests/test_desktop_files.py (skipped without them).
OPTIONAL_APT_PACKAGES=(desktop-file-utils appstream)

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

if command -v dpkg-query >/dev/null 2>&1; then
  mapfile -t missing < <(missing_packages "${APT_PACKAGES[@]}")
  # Debian's own python3 needs python3-venv for `python3 -m venv` (ensurepip is split off).
  if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing+=(python3-venv)
  fi
  if ((${#missing[@]})); then
    if [ "$(id -u)" -eq 0 ]; then
      echo "setup: installing system libraries: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: RugTimer needs these system libraries, which are not installed:" >&2
      echo "    sudo apt-get install -y ${missing[*]}" >&2
      echo "Run that command, then run this one again." >&2
      exit 1
    fi
  fi
  mapfile -t optional < <(missing_packages "${OPTIONAL_APT_PACKAGES[@]}")
  if ((${#optional[@]})); then
    if [ "$(id -u)" -eq 0 ]; then
      echo "setup: installing the desktop-file validators: ${optional[*]}"
      export DEBIAN_FRONTEND=noninteractive
      { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${optional[@]}" >/dev/null; } ||
        echo "setup: could not install ${optional[*]}; the tests that need them will be skipped." >&2
    else
      echo "setup: optional (the desktop-file tests are skipped without): sudo apt-get install -y ${optional[*]}" >&2
    fi
  fi
else
  echo "setup: not a Debian-like system; make sure Qt 6's system libraries are installed (see README)." >&2
fi

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "setup: RugTimer needs Python 3.11 or newer; '$PYTHON' is $("$PYTHON" --version 2>&1)." >&2
  echo "Set PYTHON=/path/to/python3.11 and run again." >&2
  exit 1
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating $VENV"
  "$PYTHON" -m venv "$VENV" || {
    echo "setup: could not create a virtual environment; install it with: sudo apt-get install -y python3-venv" >&2
    exit 1
  }
fi

# Reinstall only when the dependency list changed.
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
  echo "setup: installing RugTimer and its test tools into $VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e '.[test,dev]'
  touch "$STAMP"
fi

# Compile the Dutch translation (the .ts is committed, the .qm is built here).
TS=resources/translations/rugtimer_nl.ts
QM=resources/translations/rugtimer_nl.qm
if [ -f "$TS" ] && { [ ! -f "$QM" ] || [ "$TS" -nt "$QM" ]; }; then
  "$VENV/bin/pyside6-lrelease" -silent "$TS" -qm "$QM"
fi
