#!/usr/bin/env bash
# Build RugTimer as a one-folder app with PyInstaller (dist/RugTimer/), then check that it really starts.
#   make package        (or: bash packaging/build_app.sh, after scripts/setup.sh --dev)
# Steps: PyInstaller into the venv if missing (the `package` extra), build from
# packaging/rugtimer.spec, then: `--version`, a command that reads the bundled exercise library, and a short
# offscreen start of the window with a throw-away data folder. Prints the build time and the folder size.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
PY=$VENV/bin/python
DIST=dist
APP=$DIST/RugTimer
EXE=$APP/RugTimer

if [ ! -x "$PY" ]; then
  echo "build_app: no $VENV yet; run 'bash scripts/setup.sh --dev' first." >&2
  exit 1
fi

if ! "$PY" -c 'import PyInstaller' >/dev/null 2>&1; then
  echo "build_app: installing PyInstaller into $VENV (pyproject extra 'package')"
  "$PY" -m pip install -q -e '.[package]'
fi

echo "build_app: running PyInstaller ($("$PY" -m PyInstaller --version))"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath build/pyinstaller packaging/rugtimer.spec
build_seconds=$(($(date +%s) - start))

# 1. The version, from the frozen program.
want="RugTimer $("$PY" -c 'import rugtimer; print(rugtimer.__version__)')"
got=$("$EXE" --version)
if [ "$got" != "$want" ]; then
  echo "build_app: '$EXE --version' printed '$got', expected '$want'" >&2
  exit 1
fi
echo "build_app: $got"

# 2. The files the app reads at run time are inside (importlib.resources, Qt plugins, Qt's Dutch texts).
internal=$APP/_internal
for needed in rugtimer/resources/advice.toml rugtimer/resources/exercises/glute_bridge.toml \
  rugtimer/resources/exercises/glute_bridge.svg rugtimer/resources/translations/rugtimer_nl.qm \
  rugtimer/resources/icons/rugtimer.svg rugtimer/resources/sounds/manifest.toml \
  PySide6/Qt/translations/qtbase_nl.qm PySide6/Qt/plugins/platforms/libqxcb.so \
  PySide6/Qt/plugins/platforms/libqoffscreen.so PySide6/Qt/plugins/imageformats/libqsvg.so; do
  if [ ! -e "$internal/$needed" ]; then
    echo "build_app: missing in the bundle: $needed" >&2
    exit 1
  fi
done
if ! compgen -G "$internal/rugtimer/resources/sounds/*/*.wav" >/dev/null; then
  echo "build_app: no sound cues (WAV) in the bundle" >&2
  exit 1
fi
if ! compgen -G "$internal/PySide6/Qt/plugins/multimedia/*" >/dev/null; then
  echo "build_app: no Qt multimedia backend plugin in the bundle" >&2
  exit 1
fi

smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT

# 3. A command that reads the exercise library through importlib.resources.
if ! "$EXE" --data-dir "$smoke/plan" plan >"$smoke/plan.txt" 2>&1; then
  echo "build_app: '$EXE plan' failed:" >&2
  cat "$smoke/plan.txt" >&2
  exit 1
fi

# 4. Start the window offscreen for a few seconds: it must still be running, and have made its history file.
QT_QPA_PLATFORM=offscreen "$EXE" --data-dir "$smoke/data" >"$smoke/gui.log" 2>&1 &
pid=$!
for _ in $(seq 1 30); do
  [ -e "$smoke/data/history.sqlite3" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
sleep 3
if ! kill -0 "$pid" 2>/dev/null; then
  wait "$pid" && code=0 || code=$?
  echo "build_app: the app stopped by itself during the smoke start (exit code $code):" >&2
  cat "$smoke/gui.log" >&2
  exit 1
fi
kill -TERM "$pid"
wait "$pid" 2>/dev/null || true
if [ ! -s "$smoke/data/history.sqlite3" ]; then
  echo "build_app: the app ran but made no history file in its data folder:" >&2
  cat "$smoke/gui.log" >&2
  exit 1
fi
echo "build_app: smoke start ok (ran 3 s offscreen, made $(basename "$smoke/data/history.sqlite3"))"

echo "build_app: built $APP in ${build_seconds} s; size $(du -sh "$APP" | cut -f1)"
