#!/usr/bin/env bash
# The README's Quick start on a truly bare Debian 12, checked for real:
#   1. a `debootstrap --variant=minbase bookworm` chroot with only python3 and ca-certificates added, plus the
#      host's apt sources and certificate authorities (nothing else: no make, no git, no sudo, no X);
#   2. the repository's committed HEAD unpacked in it as a source archive is (`git archive`: no .git);
#   3. the README's two commands, literally, as root in that folder:
#        ./run    on the bare system: installs everything, and must show the window;
#        ./test   installs the test tools too, then ruff and pytest;
#        ./run    again: the second start;
#      each window is waited for on a host Xvfb (the chroot shares the host's network namespace, so the app
#      reaches the X server's abstract socket), then the app is stopped with SIGTERM;
#   4. a summary: the time of each command, the pytest summary line, the time to the first window.
#
# Usage (root; the host's Debian/Ubuntu tools debootstrap, xvfb and x11-utils are installed when missing):
#   bash packaging/check_bare_debian.sh            work folder under /var/tmp, removed at the end
#   KEEP=1 bash packaging/check_bare_debian.sh     keep the chroot (its path is printed)
#   MIRROR=http://deb.debian.org/debian ...        the Debian mirror for debootstrap (default: the host's)
# Needs: network to a Debian mirror and to PyPI, ~2 GB in /var/tmp. Took under 4 minutes here, mostly
# downloads (see packaging/README.md for the numbers). Every log stays in the work folder's logs/ while it exists; the summary is printed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SUITE=bookworm
DISPLAY_NUMBER=${DISPLAY_NUMBER:-97}
WINDOW_TIMEOUT=${WINDOW_TIMEOUT:-900} # seconds; the first ./run downloads PySide6 before its window appears

say() { echo "check_bare_debian: $*"; }
die() {
  say "$*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mounts need it)"
git -C "$ROOT" rev-parse --verify -q HEAD >/dev/null || die "$ROOT is not a git repository with a commit"

host_tools=()
command -v debootstrap >/dev/null || host_tools+=(debootstrap)
command -v Xvfb >/dev/null || host_tools+=(xvfb)
command -v xwininfo >/dev/null || host_tools+=(x11-utils)
if ((${#host_tools[@]})); then
  say "installing on the host: ${host_tools[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${host_tools[@]}" >/dev/null
fi

# The first Debian mirror of the host's sources (deb822 or one-line format), unless MIRROR is given.
host_mirror() {
  local uri
  uri=$(grep -hs -m1 -E '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -n1) || true
  [ -n "$uri" ] || uri=$(grep -hs -E '^deb ' /etc/apt/sources.list | awk '{print $2}' | grep -v security | head -n1) || true
  echo "${uri:-http://deb.debian.org/debian}"
}
MIRROR=${MIRROR:-$(host_mirror)}

WORK=$(mktemp -d /var/tmp/rugtimer-bare.XXXXXX)
CHROOT=$WORK/root
LOGS=$WORK/logs
mkdir -p "$LOGS"
MOUNTS=()
XVFB_PID=""
APP_PID=""

mounted_below() { awk -v p="$CHROOT/" 'index($2, p) == 1 {print $2}' /proc/mounts; }

cleanup() {
  local status=$?
  set +e
  if [ -n "$APP_PID" ]; then kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null; fi
  if [ -n "$XVFB_PID" ]; then kill -TERM "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null; fi
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}"
  done
  if [ -n "$(mounted_below)" ]; then
    say "still mounted, so $WORK is NOT removed: $(mounted_below | tr '\n' ' ')" >&2
  elif [ "${KEEP:-0}" = 1 ]; then
    say "kept: $CHROOT (logs in $LOGS)"
  else
    rm -rf --one-file-system "$WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mount_in() { # mount_in TARGET mount-arguments...
  local target=$CHROOT$1
  shift
  mkdir -p "$target"
  mount "$@" "$target"
  MOUNTS+=("$target")
}

seconds_since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.1f", b - a}'; }

# --- 1. the bare system
say "debootstrap --variant=minbase $SUITE from $MIRROR (+ python3, ca-certificates)"
start=$EPOCHREALTIME
debootstrap --variant=minbase --include=python3,ca-certificates "$SUITE" "$CHROOT" "$MIRROR" \
  >"$LOGS/debootstrap.log" 2>&1 || {
  tail -n 20 "$LOGS/debootstrap.log" >&2
  die "debootstrap failed"
}
DEBOOTSTRAP_SECONDS=$(seconds_since "$start")

# The host's package sources (and the keys they name), name service and certificate authorities.
rm -f "$CHROOT/etc/apt/sources.list"
for source in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
  if [ -f "$source" ]; then cp "$source" "$CHROOT$source"; fi
done
{ grep -hos -E '(Signed-By:|signed-by=) ?[^] ]+' /etc/apt/sources.list /etc/apt/sources.list.d/* || true; } |
  sed -E 's/^(Signed-By:|signed-by=) ?//' | sort -u | while read -r key; do
  if [ -f "$key" ] && [ ! -e "$CHROOT$key" ]; then install -D -m 0644 "$key" "$CHROOT$key"; fi
done
cp -L /etc/resolv.conf "$CHROOT/etc/resolv.conf"
if compgen -G '/usr/local/share/ca-certificates/*' >/dev/null; then
  cp -r /usr/local/share/ca-certificates/. "$CHROOT/usr/local/share/ca-certificates/"
  chroot "$CHROOT" update-ca-certificates >>"$LOGS/debootstrap.log" 2>&1
fi

# --- 2. the source archive
mkdir -p "$CHROOT/root/rugtimer"
git -C "$ROOT" archive HEAD | tar -x -C "$CHROOT/root/rugtimer"
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)

mount_in /proc -t proc proc
mount_in /sys -t sysfs sysfs
mount_in /dev --bind /dev
mount --make-rslave "$CHROOT/dev" # mounts below it must not propagate back to the host's /dev
mount_in /dev/pts --bind /dev/pts
mount_in /dev/shm -t tmpfs -o mode=1777 tmpfs

# --- 3. the README's commands, in a clean login-like environment (nothing of this shell's environment leaks
# in, except pip's certificate setting when this host needs one for an inspecting HTTPS proxy).
ENVIRONMENT=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin TERM="${TERM:-dumb}")
if [ -n "${PIP_CERT:-}" ]; then ENVIRONMENT+=(PIP_CERT=/etc/ssl/certs/ca-certificates.crt); fi
in_chroot() { # in_chroot COMMAND-LINE [ENV=VALUE...]; the chroot replaces this (sub)shell, so $! is the app
  local line=$1
  shift
  exec chroot "$CHROOT" /usr/bin/env -i "${ENVIRONMENT[@]}" "$@" /bin/bash -c "cd /root/rugtimer && $line"
}

Xvfb ":$DISPLAY_NUMBER" -screen 0 1366x768x24 -nolisten tcp >"$LOGS/xvfb.log" 2>&1 &
XVFB_PID=$!

# The first window of the app that is viewable (WM_CLASS "rugtimer" "RugTimer"), or nothing.
viewable_window() {
  local id
  for id in $(xwininfo -display ":$DISPLAY_NUMBER" -root -tree 2>/dev/null |
    awk '/\("rugtimer" "RugTimer"\)/ {print $1}'); do
    if xwininfo -display ":$DISPLAY_NUMBER" -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
      xwininfo -display ":$DISPLAY_NUMBER" -id "$id" | awk -F'"' '/xwininfo: Window id/ {print $2}'
      return 0
    fi
  done
  return 1
}

# The titles of every viewable app window (the first start also shows the Dutch welcome dialog).
window_titles() {
  local id titles=()
  for id in $(xwininfo -display ":$DISPLAY_NUMBER" -root -tree 2>/dev/null |
    awk '/\("rugtimer" "RugTimer"\)/ {print $1}'); do
    if xwininfo -display ":$DISPLAY_NUMBER" -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
      titles+=("\"$(xwininfo -display ":$DISPLAY_NUMBER" -id "$id" | awk -F'"' '/xwininfo: Window id/ {print $2}')\"")
    fi
  done
  local IFS=,
  echo "${titles[*]:-no window}"
}

# run_and_wait_for_window NAME: ./run in the background until a window shows, then stop it with SIGTERM;
# sets RESULT.
run_and_wait_for_window() {
  local name=$1 start title="" seconds=""
  start=$EPOCHREALTIME
  (in_chroot "exec ./run" DISPLAY=":$DISPLAY_NUMBER") >"$LOGS/$name.log" 2>&1 &
  APP_PID=$!
  while kill -0 "$APP_PID" 2>/dev/null; do
    if title=$(viewable_window); then
      seconds=$(seconds_since "$start")
      break
    fi
    if (($(printf '%.0f' "$(seconds_since "$start")") > WINDOW_TIMEOUT)); then break; fi
    sleep 0.05
  done
  if [ -n "$title" ]; then
    # Leave it running a moment, so the log shows what the app itself prints at start (sound is set up
    # right after the first paint).
    sleep "${WINDOW_HOLD:-3}"
    RESULT="window \"$title\" after $seconds s; then: $(window_titles)"
  else
    RESULT="NO WINDOW (after $(seconds_since "$start") s)"
  fi
  kill -TERM "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

say "1/3  ./run on the bare system (installs everything; waits for the window)"
run_and_wait_for_window run1
RUN1_RESULT=$RESULT
say "     $RUN1_RESULT"

say "2/3  ./test"
start=$EPOCHREALTIME
test_status=0
(in_chroot "./test") >"$LOGS/test.log" 2>&1 || test_status=$?
TEST_SECONDS=$(seconds_since "$start")
say "     exit status $test_status after $TEST_SECONDS s"

say "3/3  ./run again (the second start)"
run_and_wait_for_window run2
RUN2_RESULT=$RESULT
say "     $RUN2_RESULT"

# --- 4. what a user saw, and the numbers
for name in run1 test run2; do
  echo
  echo "----- output of $([ $name = test ] && echo ./test || echo ./run) ($name, $(wc -l <"$LOGS/$name.log") lines)"
  cat "$LOGS/$name.log"
done
echo
echo "----- summary (commit $COMMIT, Debian $(cat "$CHROOT/etc/debian_version"), $(nproc) cores)"
echo "debootstrap:            $DEBOOTSTRAP_SECONDS s"
echo "./run, bare system:     $RUN1_RESULT"
echo "./test:                 $TEST_SECONDS s, exit status $test_status"
echo "pytest:                 $(grep -E '^=*.* (passed|failed|error)' "$LOGS/test.log" | tail -n1 | tr -d '=' | sed 's/^ *//')"
echo "./run, second start:    $RUN2_RESULT"
echo "chroot size:            $(du -sh --one-file-system "$CHROOT" | cut -f1)"
[[ $test_status -eq 0 && $RUN1_RESULT == window* && $RUN2_RESULT == window* ]]
