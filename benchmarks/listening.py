"""Listening: play a real session into a private PulseAudio null sink, record its monitor, find the cues.

The rig (see FACTS: a sample-exact click file came back with 0 ms error, and PulseAudio 16's null sink keeps
the monotonic clock's pace to 1 part in 100,000): ``pulseaudio -n`` with only a null sink and the native
protocol, in a temporary ``XDG_RUNTIME_DIR`` (killed and removed at the end, also on failure); ``parecord`` of
``nullsink.monitor`` as 16-bit mono 44.1 kHz; the session in ``benchmarks.listen_child``.

Onsets are found in samples and turned into seconds by dividing by the sample rate: the first sample at or
above ``THRESHOLD`` after at least ``GAP_S`` below it. Each cue file reaches that level a known number of
samples after its start (measured in the file, at the volume played); that is subtracted, so what is judged
is where the stream put the cue. Beats and onsets are matched by time after removing one constant latency;
the result has the constant latency, the deviation of every cue, the drift, and the cues missing or extra.

The drift (ms per minute) is what would carry a long session off its beat: the least-squares slope of the
deviations with a step allowed wherever the player corrected its stream clock after a stall, fitted on the
cues placed once a measurement of the clock had settled. A correction's step and a cue placed while the
clock was still being measured are judged like every cue, by their own deviation; fitted into the slope
they would read as drift in a short run (a 1.6 ms step halfway through a minute reads as 2.4 ms/min).
``slope_all_ms_per_min`` is the plain slope over every cue, for comparison.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from benchmarks.common import ROOT, child_env

RATE = 44100
THRESHOLD = 300  # of 32767: about -40 dB, what the cue files were trimmed at
GAP_S = 0.15
MATCH_S = 0.05  # a beat and an onset further apart than this (after the constant) do not belong together
MERGE_NS = 20_000_000
PLACED_BEFORE_NS = 300_000_000  # a cue is handed over this long before its beat and placed by then
SOUNDS = ROOT / "resources" / "sounds"


def missing_tools() -> str | None:
    """Why the rig cannot run here, or None."""
    for tool in ("pulseaudio", "parecord", "pactl"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install pulseaudio pulseaudio-utils)"
    return None


@contextmanager
def private_pulse() -> Iterator[dict[str, str]]:
    """A PulseAudio of our own with one null sink; yields the environment that reaches it."""
    folder = Path(tempfile.mkdtemp(prefix="rugtimer-listen-"))  # 0700, as PulseAudio wants
    env = {
        **os.environ,
        "XDG_RUNTIME_DIR": str(folder),
        "PULSE_SERVER": f"unix:{folder}/pulse/native",
        "HOME": str(folder),  # no cookie or config of the user's
    }
    env.pop("PIPEWIRE_REMOTE", None)
    try:
        subprocess.run(
            [
                "pulseaudio",
                "-D",
                "-n",
                "--exit-idle-time=-1",
                f"--log-target=file:{folder}/pulse.log",
                "--load=module-null-sink sink_name=nullsink",
                "--load=module-native-protocol-unix",
            ],
            env=env,
            check=True,
            timeout=20,
            capture_output=True,
        )
        deadline = time.monotonic() + 10
        while subprocess.run(["pactl", "info"], env=env, capture_output=True, check=False).returncode:
            if time.monotonic() > deadline:
                raise RuntimeError("the private PulseAudio did not answer")
            time.sleep(0.1)
        yield env
    finally:
        subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, check=False, timeout=20)
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def recording(env: dict[str, str], path: Path) -> Iterator[dict[str, int]]:
    """``parecord`` of the null sink's monitor while the block runs. It runs with a 10 ms latency, which also
    wakes the null sink from its 2 s idle blocks (without that a new stream may wait up to 2 s)."""
    proc = subprocess.Popen(
        [
            "parecord",
            "-d",
            "nullsink.monitor",
            "--rate",
            str(RATE),
            "--channels",
            "1",
            "--format",
            "s16le",
            "--file-format=wav",
            "--latency-msec=10",
            str(path),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    marks: dict[str, int] = {}
    try:
        time.sleep(2.5)
        yield marks
    finally:
        marks["stopped_ns"] = time.monotonic_ns()
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as wav:
        return np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")


def onsets(samples: np.ndarray, threshold: int = THRESHOLD, gap_s: float = GAP_S) -> list[int]:
    """Sample index of every first sample at or above ``threshold`` after ``gap_s`` below it."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) >= threshold)
    if not len(loud):
        return []
    gap = int(gap_s * RATE)
    starts = loud[np.concatenate(([True], np.diff(loud) > gap))]
    return [int(index) for index in starts]


def file_onsets(language: str, gain: float = 1.0) -> dict[str, int]:
    """For every cue key: samples from the file's start to its first sample at or above THRESHOLD."""
    return {key: int(loud[0]) for key, loud in _loud_samples(language, gain).items()}


def file_ends(language: str, gain: float = 1.0) -> dict[str, int]:
    """For every cue key: samples from the file's start to its last sample at or above THRESHOLD."""
    return {key: int(loud[-1]) for key, loud in _loud_samples(language, gain).items()}


def _loud_samples(language: str, gain: float) -> dict[str, np.ndarray]:
    manifest = tomllib.loads((SOUNDS / "manifest.toml").read_text(encoding="utf-8"))
    tables = {"tone": manifest["tones"], "voice": manifest["voice"][language]}
    found: dict[str, np.ndarray] = {}
    for prefix, table in tables.items():
        for name, relative in table.items():
            samples = read_wav(SOUNDS / relative).astype(np.float32) * gain
            loud = np.flatnonzero(np.abs(samples) >= THRESHOLD)
            if len(loud):
                found[f"{prefix}:{name}"] = loud
    return found


def last_cue_lengths(keys: list[str], recorded: np.ndarray) -> tuple[float, float]:
    """(heard, expected) ms from the first to the last loud sample of the session's last cue: the stream
    must not close before its end has been played."""
    lead, ends = file_onsets("en"), file_ends("en")
    expected = max(ends.get(k, 0) for k in keys) - min(lead.get(k, 0) for k in keys)
    heard_onsets = onsets(recorded)
    if not heard_onsets:
        return 0.0, expected * 1000 / RATE
    tail = np.flatnonzero(np.abs(recorded[heard_onsets[-1] :].astype(np.int32)) >= THRESHOLD)
    heard = int(tail[-1]) if len(tail) else 0
    return heard * 1000 / RATE, expected * 1000 / RATE


def match(beats_s: list[float], heard_s: list[float]) -> tuple[float, list[tuple[int, int]]]:
    """The constant latency that pairs the most beats with onsets, and the (beat, onset) index pairs."""
    best: tuple[int, float, list[tuple[int, int]]] = (-1, 0.0, [])
    for candidate in {h - b for b in beats_s[:3] for h in heard_s[:6]}:
        pairs, used = [], set()
        for i, beat in enumerate(beats_s):
            j = min(range(len(heard_s)), key=lambda k: abs(heard_s[k] - beat - candidate), default=None)
            if j is not None and j not in used and abs(heard_s[j] - beat - candidate) <= MATCH_S:
                pairs.append((i, j))
                used.add(j)
        if len(pairs) > best[0]:
            best = (len(pairs), candidate, pairs)
    constant = statistics.median([heard_s[j] - beats_s[i] for i, j in best[2]]) if best[2] else 0.0
    return constant, best[2]


def analyse(child: dict, recorded: np.ndarray, recording_stopped_ns: int) -> dict:
    """Beats of the child against onsets in the recording (see the module)."""
    lead = file_onsets("en")
    beats: list[list] = []
    for at, keys in child["beats"]:  # cues asked for within a few ms of each other sound as one onset
        if beats and at - beats[-1][0] < MERGE_NS:
            beats[-1][1].extend(keys)
        else:
            beats.append([at, list(keys)])
    first = beats[0][0]
    beats_s = [(at - first) / 1e9 + min(lead.get(k, 0) for k in keys) / RATE for at, keys in beats]
    heard_s = [index / RATE for index in onsets(recorded)]
    constant, pairs = match(beats_s, heard_s)
    deviations = [(beats_s[i], (heard_s[j] - beats_s[i] - constant) * 1000) for i, j in pairs]
    times = np.array([t for t, _ in deviations])
    values = np.array([d for _, d in deviations])
    slope = float(np.polyfit(times / 60, values, 1)[0]) if len(deviations) > 2 else 0.0
    segments = [
        clock_segment(beats[i][0], child["reanchored_at_ns"], child["settled_at_ns"]) for i, _ in pairs
    ]
    drift, fitted, steps = drift_between_corrections(times, values, segments)
    absolute = [abs(v) for v in values]
    # The recording's first sample is dated from its end (parecord was stopped at ``recording_stopped_ns``
    # with len(recorded) samples), so this is good to about parecord's own 10 ms latency.
    recording_started_ns = recording_stopped_ns - len(recorded) / RATE * 1e9
    latency_ms = (constant - (first - recording_started_ns) / 1e9) * 1000
    return {
        "beats": len(beats_s),
        "onsets": len(heard_s),
        "missing": len(beats_s) - len(pairs),
        "extra": len(heard_s) - len(pairs),
        "latency_ms_approx": round(latency_ms, 1),
        "max_abs_deviation_ms": round(max(absolute), 2) if absolute else None,
        "p99_abs_deviation_ms": round(float(np.percentile(absolute, 99)), 2) if absolute else None,
        "spread_ms": round(float(values.max() - values.min()), 2) if absolute else None,
        "drift_ms_per_min": round(drift, 3),
        "drift_cues": fitted,
        "steps_ms": [round(step, 2) for step in steps],
        "slope_all_ms_per_min": round(slope, 3),
        "last_cue_heard_ms": [round(v, 1) for v in last_cue_lengths(beats[-1][1], recorded)],
        "deviations": [(round(t, 3), round(d, 2)) for t, d in deviations],
    }


def clock_segment(beat_ns: int, reanchored_at: list[int], settled_at: list[int]) -> int | None:
    """Which measurement of the stream clock placed the cue of ``beat_ns`` (0 the first, k after the k-th
    correction), or None when that measurement had not settled by the time the cue was placed."""
    index = sum(1 for at in reanchored_at if at <= beat_ns)
    if index >= len(settled_at) or settled_at[index] > beat_ns - PLACED_BEFORE_NS:
        return None
    return index


def drift_between_corrections(
    times_s: np.ndarray, values_ms: np.ndarray, segments: list[int | None]
) -> tuple[float, int, list[float]]:
    """One slope (ms per minute) shared by every segment, each with its own level: (slope, cues fitted, the
    level of each later segment against the one before)."""
    groups: dict[int, list[int]] = {}
    for index, segment in enumerate(segments):
        if segment is not None:
            groups.setdefault(segment, []).append(index)
    groups = {k: v for k, v in groups.items() if len(v) >= 2}
    num = den = 0.0
    for members in groups.values():
        t, d = times_s[members] / 60, values_ms[members]
        num += float(((t - t.mean()) * (d - d.mean())).sum())
        den += float(((t - t.mean()) ** 2).sum())
    slope = num / den if den > 0 else 0.0
    levels = [float((values_ms[m] - slope * times_s[m] / 60).mean()) for _, m in sorted(groups.items())]
    return slope, sum(len(m) for m in groups.values()), [b - a for a, b in itertools.pairwise(levels)]


def stream_drift(child: dict) -> float | None:
    """How fast the stream's measured offset moved (ms per minute): the device clock against the monotonic."""
    points = child["offsets"]
    if len(points) < 3:
        return None
    t = np.array([p[0] for p in points]) / 60e9
    offset_ms = np.array([p[1] for p in points]) / RATE * 1000
    return round(float(np.polyfit(t, offset_ms, 1)[0]), 3)


def listen(
    seconds: float, data_dir: Path, *, platform: str = "offscreen", stall_at: str | None = None
) -> dict:
    """Run the whole rig once; the child's result, the analysis, and the child's stderr lines."""
    reason = missing_tools()
    if reason:
        raise RuntimeError(reason)
    with private_pulse() as env, tempfile.TemporaryDirectory(prefix="rugtimer-rec-") as rec:
        wav_path = Path(rec) / "monitor.wav"
        child_environment = {**child_env(), **{k: env[k] for k in ("XDG_RUNTIME_DIR", "PULSE_SERVER")}}
        child_environment["QT_QPA_PLATFORM"] = platform
        if "DISPLAY" in os.environ:
            child_environment["DISPLAY"] = os.environ["DISPLAY"]
        with recording(env, wav_path) as marks:
            proc = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.listen_child",
                    str(data_dir),
                    str(seconds),
                    *([stall_at] if stall_at is not None else []),
                ],
                cwd=ROOT,
                env=child_environment,
                capture_output=True,
                text=True,
                timeout=seconds * 2 + 120,
                check=False,
            )
        lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
        if proc.returncode != 0 or not lines:
            raise RuntimeError(f"listen_child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
        child = json.loads(lines[-1])
        recorded = read_wav(wav_path)
    result = analyse(child, recorded, marks["stopped_ns"])
    result.update(
        stream_drift_ms_per_min=stream_drift(child),
        reanchored=child["reanchored"],
        longest_write_gap_ms=round(child["longest_write_gap_ms"], 1),
        stalls=child["stalls"],
        session_s=round(child["wall_s"], 1),
        cpu_percent=round(100 * child["cpu_s"] / child["wall_s"], 2),
        cpu_gui_thread_percent=round(100 * child["main_thread_cpu_s"] / child["wall_s"], 2),
        wakeups_per_s=round(child["wakeups"] / child["wall_s"]),
        problem=child["problem"],
        stream_closed_after=not child["streaming_after"],
        stderr_lines=[line for line in proc.stderr.splitlines() if line.strip()],
    )
    return result


@contextmanager
def xvfb() -> Iterator[str]:
    """A private X server (Xvfb) for the session window, so CPU includes real X11 painting; yields DISPLAY."""
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as displayfd:
            number = displayfd.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def run(quick: bool) -> dict:
    """``python -m benchmarks``: one session (20 min; --quick 2 min) heard through the null sink, on Xvfb."""
    seconds = 120 if quick else 1200
    with tempfile.TemporaryDirectory(prefix="rugtimer-bench-heard-") as folder:
        if shutil.which("Xvfb"):
            with xvfb() as display:
                os.environ["DISPLAY"] = display
                result = listen(seconds, Path(folder) / "data", platform="xcb")
        else:
            result = listen(seconds, Path(folder) / "data")
            result["note"] = "no Xvfb: offscreen, so the CPU figure leaves out X11 painting"
    result.pop("deviations")
    result["stderr_lines"] = len(result["stderr_lines"])
    return result
