# shellcheck shell=bash
# Sourced by ./test when RUGTIMER_TEST_REAL_AUDIO=1: when no sound server answers, start a private PulseAudio with
# a null sink (a virtual speaker; nothing is heard) and stop it when the script exits, so the tests' players find
# a device. The listening test (tests/ui/test_listening.py) does not need this: it always starts a PulseAudio of
# its own (benchmarks/listening.py), records it and kills it. Needs the Debian packages pulseaudio and
# pulseaudio-utils (scripts/setup.sh --dev installs them as root).

start_null_sink_if_needed() {
  if command -v pactl >/dev/null 2>&1 && pactl info >/dev/null 2>&1; then
    return 0 # a sound server is running: the test plays on its default output
  fi
  if ! command -v pulseaudio >/dev/null 2>&1; then
    echo "test: no sound server and no pulseaudio to start one: the sound test will fail (apt-get install pulseaudio)" >&2
    return 0
  fi
  NULL_SINK_DIR=$(mktemp -d -t rugtimer-pulse.XXXXXX) # 0700, as PulseAudio wants its runtime folder
  export XDG_RUNTIME_DIR=$NULL_SINK_DIR PULSE_SERVER=unix:$NULL_SINK_DIR/pulse/native
  trap stop_null_sink EXIT
  pulseaudio -D -n --exit-idle-time=-1 --log-target=file:"$NULL_SINK_DIR/pulse.log" \
    --load="module-null-sink sink_name=nullsink" --load=module-native-protocol-unix >/dev/null 2>&1
  local _
  for _ in $(seq 50); do
    pactl info >/dev/null 2>&1 && break
    sleep 0.1
  done
  echo "test: started a private PulseAudio null sink for the sound test"
}

stop_null_sink() {
  pulseaudio --kill >/dev/null 2>&1 || true
  rm -rf "$NULL_SINK_DIR"
}
