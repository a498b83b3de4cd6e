"""The cue player that really plays: one QAudioSink in push mode per session, cues placed by sample position.

Every cue is written into one 44.1 kHz mono stream at the frame of its beat (``program.cue_mix``), so the
spacing between cues is exact and what remains is one constant output latency; per-cue players
(QSoundEffect) scattered cues ~90 ms around the beat. The session controller places each cue ~300 ms ahead
with ``play_at(key, beat)`` and calls ``cancel_pending()`` on pause, skip, repeat and stop: the stream only
holds ``WRITE_AHEAD_MS`` of written sound, so nothing else that was planned is heard after them.

The stream exists only while a session runs (``begin_session`` / ``end_session``) or a lone cue plays:
no device is kept busy and no timer runs when idle. Without a device, or when it fails mid-session, the
player stays silent, says why once (``problem`` / ``problem_found``, one log line), and tries again at a
later cue (at most every ``RETRY_S``); a device that is back is used from that cue on. One exception, from
Qt 6.11's PulseAudio backend: when the sound server itself dies, Qt keeps a dead connection and a new sink
would abort the process inside libpulse, so after that the cues stay silent for the rest of the run.
"""

from __future__ import annotations

import logging
import os
import time
import wave
from collections.abc import Callable, Sequence
from importlib.resources.abc import Traversable

import numpy as np
from PySide6.QtCore import QCoreApplication, QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from rugtimer.program.cue_mix import RATE, CueMixer, StreamClock, to_samples
from rugtimer.ui.cues import (
    ALL_KEYS,
    DEFAULT_LANGUAGE,
    DEVICE_LOST_PROBLEM,
    LANGUAGES,
    NO_DEVICE_PROBLEM,
    NO_FILES_PROBLEM,
    NO_SOUND_PROBLEM,
    VOICE_PREFIX,
    _check_language,
    _checked,
)
from rugtimer.ui.sound_player import read_manifest, sounds_dir

log = logging.getLogger(__name__)

WRITE_AHEAD_MS = 60  # Qt's ring buffer: what is already written when a pause or skip comes
FEED_MS = 20  # the writer's tick; the ring holds three of them, so a late tick does not starve the device
OUTPUT_LATENCY_MS = 40
"""What PulseAudio buffers behind Qt's ring (``PULSE_LATENCY_MSEC``; a value the user set wins). Qt 6.11 asks
for at most 1024 frames (23 ms), which makes the sound server call for data ~200 times a second and wake the
GUI thread each time; 40 ms halves that, and ring + server stay within the 100 ms a pause may take."""
STALL_NS = 40_000_000  # a tick this late may have let the device run dry: measure the offset again
STUCK_NS = 1_000_000_000  # a device that consumed nothing for this long is gone (see _stuck)
FIRST_SOUND_NS = 4_000_000_000  # a new stream may wait up to ~2 s for an idle PulseAudio null sink
RETRY_S = 2.0  # a missing or failed device is looked for again at a cue, at most this often
Clock = Callable[[], int]


def cue_format() -> QAudioFormat:
    audio_format = QAudioFormat()
    audio_format.setSampleRate(RATE)
    audio_format.setChannelCount(1)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return audio_format


def load_cues(sounds: Traversable) -> tuple[dict[tuple[str, str | None], np.ndarray], list[str]]:
    """Every cue file of the manifest as samples, keyed (name, language or None); and what is missing."""
    manifest = read_manifest(sounds)
    loaded: dict[tuple[str, str | None], np.ndarray] = {}
    missing: list[str] = []
    for key in sorted(ALL_KEYS):
        name = key.partition(":")[2]
        languages: tuple[str | None, ...] = LANGUAGES if key.startswith(VOICE_PREFIX) else (None,)
        for language in languages:
            relative = manifest.get((name, language))
            samples = _read_wav(sounds.joinpath(*relative.split("/"))) if relative else None
            if samples is None:
                missing.append(f"{key} ({language})" if language else key)
            else:
                loaded[(name, language)] = samples
    return loaded, missing


def _read_wav(resource: Traversable) -> np.ndarray | None:
    try:
        with resource.open("rb") as handle, wave.open(handle, "rb") as wav:
            if (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) != (1, 2, RATE):
                log.warning("sound cues: %s is not 16-bit mono %d Hz; skipped", resource, RATE)
                return None
            return to_samples(wav.readframes(wav.getnframes()))
    except (OSError, wave.Error, EOFError):
        return None


class StreamCuePlayer(QObject):
    """CuePlayer that writes cues into one output stream at the sample of their beat (see the module)."""

    problem_found = Signal(str)  # a problem in words for the user; "" when the sound came back

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        language: str = DEFAULT_LANGUAGE,
        sounds: Traversable | None = None,
        audio_outputs: Callable[[], Sequence[QAudioDevice]] = QMediaDevices.audioOutputs,
        clock: Clock = time.monotonic_ns,
    ) -> None:
        super().__init__(parent)
        self._language = _check_language(language)
        self._audio_outputs = audio_outputs
        self._clock = clock
        self._muted = False
        self._gain = 1.0
        self._problem: str | None = None
        self._in_session = False
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        self._mixer = CueMixer()
        self._waiting: list[tuple[int, str, np.ndarray]] = []  # (monotonic ns, key, samples) not yet placed
        self._stream_clock = StreamClock(0)
        self._last_try_ns: int | None = None
        self._last_write_ns = 0
        self._progress = (0.0, 0)
        self._server_gone = False
        self.longest_gap_ns = 0  # between two writes, over the player's life (benchmarks)
        self.stalls = 0  # writes that came later than STALL_NS, or found the device run dry
        self._feed = QTimer(self)
        self._feed.setInterval(FEED_MS)
        self._feed.setTimerType(Qt.TimerType.PreciseTimer)
        self._feed.timeout.connect(self._write)
        self._cues, missing = load_cues(sounds_dir() if sounds is None else sounds)
        if missing:
            log.warning("sound cues: %d cue files missing, those cues stay silent: %s", len(missing), missing)
        if not self._cues:
            self._report(NO_FILES_PROBLEM)
        elif not audio_outputs():
            self._report(NO_DEVICE_PROBLEM)  # known now, so the window can say it at start; retried later

    # -- CuePlayer

    def play(self, key: str) -> None:
        """Start the cue as soon as the stream can (one write-ahead from now)."""
        self.play_at(key, None)

    def play_at(self, key: str, at_ns: int | None) -> None:
        """Place the cue at monotonic time ``at_ns`` (None: now); one already past starts at once."""
        samples = self._samples_for(key)
        if samples is None or self._muted or not self._open_stream():
            return
        # Turned into a frame only when the writer reaches it, with the offset measured by then.
        self._waiting.append((self._clock() if at_ns is None else at_ns, key, samples))

    def cancel_pending(self) -> int:
        """Forget every cue that has not started sounding (pause, skip, repeat, stop); returns how many."""
        dropped = len(self._waiting) + self._mixer.cancel_pending()
        self._waiting.clear()
        return dropped

    def set_volume(self, volume: float) -> None:
        slider = min(max(volume, 0.0), 1.0)
        self._gain = QtAudio.convertVolume(
            slider, QtAudio.VolumeScale.LogarithmicVolumeScale, QtAudio.VolumeScale.LinearVolumeScale
        )
        self._mixer.gain = 0.0 if self._muted else self._gain

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self._mixer.gain = 0.0 if muted else self._gain

    @property
    def muted(self) -> bool:
        return self._muted

    def set_language(self, language: str) -> None:
        self._language = _check_language(language)

    @property
    def language(self) -> str:
        return self._language

    @property
    def available(self) -> bool:
        return self._problem is None

    @property
    def problem(self) -> str | None:
        return self._problem

    # -- session

    def begin_session(self) -> None:
        """Open the stream for a session (the first cue follows at once) and keep it until ``end_session``."""
        self._in_session = True
        self._open_stream()

    def end_session(self) -> None:
        """Planned cues are dropped; one that sounds plays out (the final chime), then the stream closes."""
        self._in_session = False
        self.cancel_pending()
        if self._sink is not None and not self._mixer.active:
            self._close_stream()

    @property
    def streaming(self) -> bool:
        return self._sink is not None

    @property
    def stream_clock(self) -> StreamClock:
        """The measured alignment of the stream with the monotonic clock (for benchmarks and tests)."""
        return self._stream_clock

    def close(self) -> None:
        self._in_session = False
        self._close_stream()

    # -- internals

    def _samples_for(self, key: str) -> np.ndarray | None:
        name = _checked(key).partition(":")[2]
        return self._cues.get((name, self._language if key.startswith(VOICE_PREFIX) else None))

    def _open_stream(self) -> bool:
        if self._sink is not None:
            return True
        now = self._clock()
        if (
            not self._cues
            or self._server_gone
            or (
                self._problem is not None
                and self._last_try_ns is not None
                and now - self._last_try_ns < RETRY_S * 1e9
            )
        ):
            return False
        self._last_try_ns = now
        if not self._audio_outputs():
            self._report(NO_DEVICE_PROBLEM)
            return False
        os.environ.setdefault("PULSE_LATENCY_MSEC", str(OUTPUT_LATENCY_MS))  # read by libpulse per stream
        sink = QAudioSink(QMediaDevices.defaultAudioOutput(), cue_format(), self)
        sink.setBufferSize(2 * RATE * WRITE_AHEAD_MS // 1000)
        io = sink.start()
        if io is None or sink.error() != QtAudio.Error.NoError:
            sink.deleteLater()
            self._report(NO_SOUND_PROBLEM)
            return False
        self._sink, self._io = sink, io
        self._mixer = CueMixer()
        self._mixer.gain = 0.0 if self._muted else self._gain
        self._stream_clock = StreamClock(now)
        self._last_write_ns = now
        self._progress = (0.0, now)  # (frames consumed, when that changed)
        self._feed.start()  # the first write comes at the first tick: a cue asked for now still fits before it
        return True

    def _write(self) -> None:
        sink, io = self._sink, self._io
        if sink is None or io is None:
            return
        now = self._clock()
        gap = now - self._last_write_ns
        if gap > STALL_NS:  # we were the ones not writing (a stalled GUI thread): not the device's fault
            self._progress = (self._progress[0], now)
        stuck = self._stuck(sink, now)
        if stuck or self._failed(sink):
            # A sound server that died leaves Qt's PulseAudio backend without a connection, and it does not
            # reconnect: a new QAudioSink would abort the process in libpulse. Only an error the sink itself
            # reports (the server still there) is retried at a later cue.
            self._server_gone = self._server_gone or stuck
            self._close_stream()
            self._report(DEVICE_LOST_PROBLEM)
            return
        self.longest_gap_ns = max(self.longest_gap_ns, gap)
        ran_dry = self._mixer.written > 0 and sink.state() == QtAudio.State.IdleState
        if gap > STALL_NS or ran_dry:
            # The device played silence of its own while we wrote nothing: our frames now sound later than
            # the clock says. Measure the offset again (an underrun leaves the sink idle until the next write).
            self.stalls += 1
            self._stream_clock.reanchor(now)
        self._last_write_ns = now
        frames = sink.bytesFree() // 2
        if self._waiting:
            self._place_due(self._mixer.written + frames + RATE * FEED_MS // 500)
        if frames > 0:
            io.write(self._mixer.render(frames))
        self._stream_clock.observe(now, sink.processedUSecs() * RATE / 1e6)
        if not self._in_session and not self._mixer.active and not self._waiting:
            self._close_stream()

    def _place_due(self, horizon: int) -> None:
        """Hand the mixer the cues that start before ``horizon`` (two ticks past this write)."""
        later = []
        for at_ns, key, samples in self._waiting:
            frame = self._stream_clock.frame_at(at_ns)
            if frame < horizon:
                self._mixer.place(key, samples, frame)
            else:
                later.append((at_ns, key, samples))
        self._waiting = later

    def _stuck(self, sink: QAudioSink, now: int) -> bool:
        """The device took nothing for too long: a sound server that died leaves the sink "active" with
        no error (PySide 6.11, PulseAudio), it only stops consuming. Once it consumes (again), the sound is
        back and a problem reported before is cleared."""
        consumed = sink.processedUSecs()
        if consumed != self._progress[0]:
            self._progress = (consumed, now)
            if self._problem is not None and consumed > 0:
                self._problem = None
                log.info("sound cues: the audio output is back")
                self.problem_found.emit("")
            return False
        limit = STUCK_NS if consumed > 0 else FIRST_SOUND_NS
        return now - self._progress[1] > limit

    def _failed(self, sink: QAudioSink) -> bool:
        """The device stopped the stream with an error (it went away, the sound server died). Read at every
        write rather than from ``stateChanged``, whose enum argument PySide 6.11 cannot convert."""
        if sink.state() != QtAudio.State.StoppedState:
            return False
        return sink.error() not in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError)

    def _close_stream(self) -> None:
        self._feed.stop()
        sink, self._sink, self._io = self._sink, None, None
        self._mixer.clear()
        self._waiting.clear()
        if sink is not None:
            sink.reset()
            sink.stop()
            sink.deleteLater()

    def _report(self, problem: str) -> None:
        if self._problem is not None:
            return
        log.warning("sound cues: %s", problem)
        problem = QCoreApplication.translate("CuePlayer", problem)
        self._problem = problem
        self.problem_found.emit(problem)
