"""Cues placed by sample position in one output stream, and the clock that says which sample is "now".

Why: a sound that is *started* on time is not *heard* on time. Per-cue players (QSoundEffect) each add their
own start latency and buffer steps, so cues scattered 90 ms around the beat. Writing every cue into one stream
at the sample index of its beat makes the spacing between cues exact by construction; what is left is one
constant output latency. Qt-free so it can be tested without a device; the Qt writer is ``ui.cue_stream``.

* ``CueMixer`` keeps the cues that are due or playing and renders the stream block by block, summing cues
  that overlap; a block whose sum would clip is scaled down as a whole instead (a limiter, never clipping).
* ``StreamClock`` maps the monotonic clock to stream frames by an offset measured when the stream starts
  (and corrected after a stall), so the screen and the sound share the monotonic clock as one time base.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

import numpy as np

RATE = 44100
FULL_SCALE = 32767.0
NS_PER_S = 1_000_000_000


def to_samples(pcm: bytes) -> np.ndarray:
    """Little-endian 16-bit mono PCM (a WAV's frames) as float32 samples, ready to mix."""
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32)


@dataclass
class _Voice:
    key: str
    start: int  # stream frame of the cue's first sample
    samples: np.ndarray

    @property
    def end(self) -> int:
        return self.start + len(self.samples)


class CueMixer:
    """The cues of one stream, by frame; ``render`` writes them out in order, one block at a time."""

    def __init__(self) -> None:
        self.written = 0  # frames rendered so far: the next frame ``render`` produces
        self.gain = 1.0  # linear; 0 while muted
        self.limited_blocks = 0  # blocks scaled down so overlapping cues do not clip
        self._voices: list[_Voice] = []

    @property
    def pending(self) -> int:
        """Cues placed but not started yet (their first frame is not rendered)."""
        return sum(1 for voice in self._voices if voice.start >= self.written)

    @property
    def active(self) -> bool:
        """True while any cue is placed or still sounding."""
        return bool(self._voices)

    def place(self, key: str, samples: np.ndarray, frame: int) -> int:
        """Put a cue at ``frame``; one that is already rendered past starts at the next frame instead.
        Returns the frame where it really starts."""
        start = max(int(frame), self.written)
        if len(samples):
            self._voices.append(_Voice(key, start, samples))
        return start

    def cancel_pending(self) -> int:
        """Drop every cue whose first frame is not rendered yet (pause, skip, stop); returns how many."""
        before = len(self._voices)
        self._voices = [voice for voice in self._voices if voice.start < self.written]
        return before - len(self._voices)

    def clear(self) -> None:
        """Drop every cue, also those sounding now (the stream ends)."""
        self._voices.clear()

    def render(self, frames: int) -> bytes:
        """The next ``frames`` frames as 16-bit little-endian PCM."""
        begin, end = self.written, self.written + frames
        self.written = end
        sounding = [voice for voice in self._voices if voice.start < end and voice.end > begin]
        self._voices = [voice for voice in self._voices if voice.end > end]
        if not sounding or self.gain <= 0.0:
            return bytes(2 * frames)
        block = np.zeros(frames, dtype=np.float32)
        for voice in sounding:
            first, last = max(voice.start, begin), min(voice.end, end)
            block[first - begin : last - begin] += voice.samples[first - voice.start : last - voice.start]
        block *= self.gain
        peak = float(np.max(np.abs(block)))
        if peak > FULL_SCALE:
            block *= FULL_SCALE / peak
            self.limited_blocks += 1
        return np.rint(block).astype("<i2").tobytes()


class StreamClock:
    """Which stream frame the device plays at a given monotonic instant: measured once, then kept.

    ``frame_at(t) = (t - origin) * rate + offset``. ``observe`` feeds (monotonic now, frames the device has
    consumed); the offset is the largest of the first ``settle`` observations after consumption began (the
    upper envelope: consumption comes in device-sized chunks, 5-12 ms, and the largest is the one taken just
    after a chunk). After that the offset stays: on PulseAudio the frames really are played at the monotonic
    clock's pace, while Qt's consumption counters ran 10 ms per minute fast, and following them put that
    drift into the sound (see docs/audio-timing.md).

    ``reanchor()`` after a stall or an underrun (the device played silence of its own, so our frames now
    sound later): the offset moves by how much the envelope of the observations moved across the stall, the
    last ``settle`` before it against the first ``settle`` after. Only that difference is taken from the
    counters, so their slow error does not come in with it.
    """

    def __init__(self, origin_ns: int, rate: int = RATE, *, settle: int = 100) -> None:
        self.origin_ns = origin_ns
        self.rate = rate
        self.settle = settle
        self._offset: float | None = None
        self._seen = 0  # observations since the (re)anchor
        self._since = -math.inf  # their largest
        self._recent: deque[float] = deque(maxlen=settle)  # the last observations, for a reanchor
        self._base = 0.0  # the offset when re-anchored
        self._before: float | None = None  # the envelope just before the stall
        self.reanchored = 0
        # When each measurement (the first, and one after every reanchor) began and settled, monotonic ns:
        # a cue placed in between rode on a partial one. For the listening rig, which fits the drift apart
        # from the steps these corrections make.
        self.reanchored_at_ns: list[int] = []
        self.settled_at_ns: list[int] = []

    @property
    def offset(self) -> float:
        """Frames the device is ahead of (positive) or behind the monotonic clock; 0 before it has begun."""
        return 0.0 if self._offset is None else self._offset

    @property
    def settled(self) -> bool:
        return self._seen >= self.settle

    @property
    def observations(self) -> int:
        return self._seen

    def elapsed_frames(self, now_ns: int) -> float:
        return (now_ns - self.origin_ns) * self.rate / NS_PER_S

    def observe(self, now_ns: int, consumed_frames: float) -> None:
        if consumed_frames <= 0:
            return  # the device has not begun to play
        value = consumed_frames - self.elapsed_frames(now_ns)
        self._recent.append(value)
        if self.settled:
            return
        self._seen += 1
        self._since = max(self._since, value)
        self._offset = self._since if self._before is None else self._base + (self._since - self._before)
        if self.settled:
            self.settled_at_ns.append(now_ns)

    def reanchor(self, now_ns: int) -> None:
        """The stream slipped against the clock (noticed at ``now_ns``): measure by how much from the next
        observations; the old offset serves until the first of them."""
        self.reanchored_at_ns.append(now_ns)
        if self._recent:
            self._before = max(self._recent)
            self._base = self.offset
        self._recent.clear()
        self._seen = 0
        self._since = -math.inf
        self.reanchored += 1

    def frame_at(self, t_ns: int) -> int:
        return round(self.elapsed_frames(t_ns) + self.offset)
