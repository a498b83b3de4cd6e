#!/usr/bin/env bash
# Install everything RugTimer needs on a fresh Debian 12 / Ubuntu 22.04+ machine: the system libraries PySide6
# loads, then the virtual environment .venv with the app. Called by ./run and ./test; safe to run again (it only
# does what is missing or out of date).
#
#   bash scripts/setup.sh          the app, installed as a normal (non-editable) package: what ./run uses
#   bash scripts/setup.sh --dev    the app as an editable install plus the test tools: what ./test uses
#
# One .venv serves both: once it holds the editable install (--dev), a plain setup keeps it, since an editable
# install always runs the current sources. Remove .venv to go back to a plain install.
# Quiet by design: only the lines below starting with "setup:"; apt and pip write to .venv/setup.log, whose
# last lines are shown when a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
for arg in "$@"; do
  case $arg in
    --dev) DEV=1 ;;
    *)
      echo "setup: unknown option '$arg' (only --dev)" >&2
      exit 2
      ;;
  esac
done

PYTHON=${PYTHON:-python3}
VENV=.venv
LOG=$VENV/setup.log
STAMP=$VENV/.installed # "app" or "dev": what the last successful install was

# Qt offscreen + QtMultimedia + a real X11 window (see FACTS: Platform). Fonts come with libfontconfig1.
APT_PACKAGES=(
  libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3
  libpulse0 libxrandr2
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
)
# Only for the tests (--dev); without them the tests that need them are skipped, the rest runs:
#   desktop-file-utils, appstream: tests/test_desktop_files.py validates the .desktop and AppStream files;
#   poppler-utils: tests/test_report.py reads the PDF report back with pdftotext;
#   pulseaudio, pulseaudio-utils: tests/ui/test_listening.py plays a session into a private null sink and
#   records it (parecord); without them it is skipped.
TEST_APT_PACKAGES=(desktop-file-utils appstream poppler-utils)
# Never pulseaudio next to PipeWire's pulse server: apt would remove pipewire-pulse from a desktop.
if ! installed_status=$(dpkg-query -W -f='${Status}' pipewire-pulse 2>/dev/null) ||
  [ "$installed_status" != "install ok installed" ]; then
  TEST_APT_PACKAGES+=(pulseaudio pulseaudio-utils)
fi

mkdir -p "$VENV"
echo "=== setup $(date '+%F %T') (dev=$DEV)" >>"$LOG"

# Run a step with its output in the log; on failure show the log's tail and stop.
quietly() {
  local what=$1
  shift
  if ! "$@" >>"$LOG" 2>&1; then
    echo "setup: $what failed. The last lines of $LOG:" >&2
    tail -n 25 "$LOG" | sed 's/^/    /' >&2
    exit 1
  fi
}

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

# The command a user without root runs: sudo where it exists, else su (a minimal Debian has no sudo).
as_root_command() {
  if command -v sudo >/dev/null 2>&1; then
    echo "sudo apt-get update && sudo apt-get install -y $*"
  else
    echo "su -c 'apt-get update && apt-get install -y $*'    # as root: this system has no sudo"
  fi
}

apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends "$@"
}

if command -v dpkg-query >/dev/null 2>&1; then
  mapfile -t missing < <(missing_packages "${APT_PACKAGES[@]}")
  # Debian's own python3 needs python3-venv for `python3 -m venv` (ensurepip is split off).
  # (python3.11-venv for PYTHON=python3.11, e.g. on Ubuntu 22.04 whose python3 is 3.10)
  python_package=$(basename "$PYTHON")
  [[ $python_package =~ ^python3(\.[0-9]+)?$ ]] || python_package=python3
  if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    if ! command -v "$PYTHON" >/dev/null 2>&1; then missing+=("$python_package"); fi
    missing+=("$python_package-venv")
  fi
  optional=()
  if ((DEV)); then
    mapfile -t optional < <(missing_packages "${TEST_APT_PACKAGES[@]}")
  fi
  if ((${#missing[@]} + ${#optional[@]})); then
    if [ "$(id -u)" -eq 0 ]; then
      echo "setup: installing $((${#missing[@]} + ${#optional[@]})) system packages with apt-get (log: $LOG)"
      # One unreachable source makes apt-get update fail while the packages may still install: go on.
      apt-get update >>"$LOG" 2>&1 || echo "setup: apt-get update reported problems (see $LOG); trying anyway" >&2
      if ((${#missing[@]})); then
        quietly "apt-get install ${missing[*]}" apt_install "${missing[@]}"
      fi
      if ((${#optional[@]})) && ! apt_install "${optional[@]}" >>"$LOG" 2>&1; then
        echo "setup: could not install the test tools ${optional[*]} (see $LOG); their tests will be skipped." >&2
      fi
    elif ((${#missing[@]})); then
      echo "setup: RugTimer needs these system packages, which are not installed:" >&2
      echo "    $(as_root_command "${missing[@]}" "${optional[@]}")" >&2
      echo "Run that command, then run this one again." >&2
      exit 1
    else
      echo "setup: optional test tools are missing (their tests are skipped): $(as_root_command "${optional[@]}")" >&2
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

if ! "$VENV/bin/python" -c 'import pip' >/dev/null 2>&1; then
  echo "setup: creating the virtual environment $VENV"
  quietly "creating $VENV ($PYTHON -m venv)" "$PYTHON" -m venv "$VENV"
  quietly "upgrading pip" "$VENV/bin/python" -m pip install --upgrade pip
fi

installed=$(cat "$STAMP" 2>/dev/null || true)
if ((DEV)) || [ "$installed" = dev ]; then want=dev; else want=app; fi

# Install again when nothing is installed yet, the kind changes, the dependencies changed, or (for the plain
# install, a copy of the sources) any source or resource file is newer than the last install.
stale=0
if [ "$installed" != "$want" ] || [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
  stale=1
elif [ "$want" = app ] &&
  [ -n "$(find rugtimer resources -newer "$STAMP" -not -path '*/__pycache__*' -print -quit)" ]; then
  stale=1
fi

if ((stale)); then
  first=""
  "$VENV/bin/python" -c 'import PySide6' >/dev/null 2>&1 || first=" and PySide6 (about 400 MB, a few minutes)"
  if [ "$want" = dev ]; then
    echo "setup: installing RugTimer (editable) with its test tools$first into $VENV"
    quietly "pip install -e .[test,dev]" "$VENV/bin/python" -m pip install -e '.[test,dev]'
  else
    echo "setup: installing RugTimer$first into $VENV"
    quietly "pip install ." "$VENV/bin/python" -m pip install .
  fi
  echo "$want" >"$STAMP"
fi
