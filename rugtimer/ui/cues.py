"""Sound cues for the session window: short tones and pre-recorded spoken words.

Someone lying on a mat 1-2 m from the laptop must hear where they are without looking, so every cue is a
WAV file made at build time (``packaging/generate_cues.py``, trimmed by ``packaging/trim_cues.py``) and
loaded once; the real player (``ui.cue_stream``) writes each into one output stream at the sample of its
beat. No speech engine at run time, no decoding delay when a cue is due.

Cue keys (the only vocabulary the session logic needs):

* ``"tone:<name>"`` - a tone, the same in every language: up, hold, down, rest, done, tick, final.
* ``"voice:<name>"`` - a spoken word in the current language: a phase word (``"voice:up"``), a rep count
  (``"voice:rep_3"``), a 3-2-1 count (``"voice:count_2"``) or an exercise name (``"voice:ex_glute_bridge"``).

An unknown key raises KeyError: it is a typo in the calling code, and tests with RecordingCuePlayer catch it.
A *known* key whose sound cannot be played (no audio device, file missing) is skipped silently; the player
says why once, through ``available`` / ``problem``.  Which cue to play when is decided elsewhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP

TONE_PREFIX = "tone:"
VOICE_PREFIX = "voice:"
LANGUAGES: tuple[str, ...] = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

TONE_NAMES: tuple[str, ...] = ("up", "hold", "down", "rest", "done", "tick", "final")
PHASE_WORDS: tuple[str, ...] = (
    "up",
    "hold",
    "down",
    "rest",
    "switch_side",
    "done",
    "get_ready",
    "work",
    "left",
    "right",
    "last_rep",
    "paused",
    "well_done",
)
MAX_SPOKEN_REP = 12
COUNTDOWN_FROM = 3
# Exercise ids (program format) that have a spoken name; the cue is "voice:ex_<id>".
SPOKEN_EXERCISES: tuple[str, ...] = (
    "knee_rocking",
    "seated_micro_moves",
    "glute_bridge",
    "bird_dog",
    "ball_knee_rocking_hip_circles",
    "ball_mini_tilt",
    "ball_plank_light",
    "ball_wall_squat",
)
VOICE_NAMES: tuple[str, ...] = (
    *PHASE_WORDS,
    *(f"rep_{n}" for n in range(1, MAX_SPOKEN_REP + 1)),
    *(f"count_{n}" for n in range(COUNTDOWN_FROM, 0, -1)),
    *(f"ex_{exercise}" for exercise in SPOKEN_EXERCISES),
)
ALL_KEYS: frozenset[str] = frozenset(
    [TONE_PREFIX + name for name in TONE_NAMES] + [VOICE_PREFIX + name for name in VOICE_NAMES]
)

NO_DEVICE_PROBLEM = QT_TRANSLATE_NOOP(
    "CuePlayer", "No audio output device was found, so the sound cues are silent."
)
NO_SOUND_PROBLEM = QT_TRANSLATE_NOOP(
    "CuePlayer", "The sound cues could not be loaded for the audio device, so they are silent."
)
DEVICE_LOST_PROBLEM = QT_TRANSLATE_NOOP(
    "CuePlayer", "The audio output stopped working, so the sound cues are silent."
)
NO_FILES_PROBLEM = QT_TRANSLATE_NOOP(
    "CuePlayer", "The sound cue files are missing from this installation, so the cues are silent."
)


# --- keys


def tone(name: str) -> str:
    """``tone("up")`` -> ``"tone:up"``, checked so a typo fails where it is written."""
    return _checked(TONE_PREFIX + name)


def voice(name: str) -> str:
    """``voice("switch_side")`` -> ``"voice:switch_side"``, checked."""
    return _checked(VOICE_PREFIX + name)


def rep_key(number: int) -> str | None:
    """The spoken rep count, or None above MAX_SPOKEN_REP (the caller then uses a tone instead)."""
    return VOICE_PREFIX + f"rep_{number}" if 1 <= number <= MAX_SPOKEN_REP else None


def count_key(number: int) -> str:
    """The spoken 3-2-1 count before the end of a hold or rest."""
    return _checked(VOICE_PREFIX + f"count_{number}")


def exercise_key(exercise_id: str) -> str | None:
    """The spoken exercise name, or None for an exercise without a recorded name."""
    key = VOICE_PREFIX + f"ex_{exercise_id}"
    return key if key in ALL_KEYS else None


def _checked(key: str) -> str:
    if key not in ALL_KEYS:
        raise KeyError(f"unknown sound cue {key!r}")
    return key


def _check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"no sound cues for language {language!r}; expected one of {LANGUAGES}")
    return language


# --- interface


class CuePlayer(Protocol):
    """What the session window needs to make cues heard; one real and one recording implementation.

    A player may also offer ``play_at(key, at_ns)`` (place a cue at a monotonic instant ahead of time),
    ``cancel_pending()``, ``begin_session()`` and ``end_session()``: the session controller uses them when
    they are there (``ui.cue_stream.StreamCuePlayer``), and plays each cue at its beat otherwise.
    """

    def play(self, key: str) -> None:
        """Start the cue now (restart it if it is still playing). KeyError for a key not in ALL_KEYS."""
        ...

    def set_volume(self, volume: float) -> None:
        """Loudness as a slider position, 0.0 (silent) to 1.0 (full); values outside are clamped."""
        ...

    def set_muted(self, muted: bool) -> None:
        """Mute also silences a cue that is playing right now."""
        ...

    @property
    def muted(self) -> bool: ...

    def set_language(self, language: str) -> None:
        """Language of the ``voice:`` cues, one of LANGUAGES; ValueError otherwise."""
        ...

    @property
    def language(self) -> str: ...

    @property
    def available(self) -> bool:
        """False when no cue can be heard (no audio device, files missing)."""
        ...

    @property
    def problem(self) -> str | None:
        """Why ``available`` is False, in words for the user; None while all is well."""
        ...


# --- real player


class RecordingCuePlayer:
    """A CuePlayer for tests: remembers (time, key) of every cue that would have been heard.

    ``clock`` is injected so tests can check cue timing against a fake clock; muted plays are not recorded
    because nobody would hear them.
    """

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        *,
        language: str = DEFAULT_LANGUAGE,
        available: bool = True,
        problem: str | None = None,
    ) -> None:
        self._clock = clock
        self._language = _check_language(language)
        self._muted = False
        self._available = available
        self._problem = problem if problem is not None or available else NO_DEVICE_PROBLEM
        self.volume = 1.0
        self.played: list[tuple[float, str]] = []

    def play(self, key: str) -> None:
        _checked(key)
        if not self._muted:
            self.played.append((self._clock(), key))

    @property
    def keys(self) -> list[str]:
        """Only the keys, in order: what most tests compare."""
        return [key for _, key in self.played]

    def set_volume(self, volume: float) -> None:
        self.volume = min(max(volume, 0.0), 1.0)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted

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
        return self._available

    @property
    def problem(self) -> str | None:
        return self._problem
