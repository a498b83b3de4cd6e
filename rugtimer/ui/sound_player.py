"""The cue player that really plays: one preloaded QSoundEffect per WAV file, through QtMultimedia.

Kept apart from ``cues`` (the keys and the player interface) so importing the app does not load
QtMultimedia: the player is built after the window's first paint (``ui.app.DeferredCuePlayer``).
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices, QSoundEffect, QtAudio

from rugtimer.ui.cues import (
    ALL_KEYS,
    DEFAULT_LANGUAGE,
    LANGUAGES,
    NO_DEVICE_PROBLEM,
    NO_FILES_PROBLEM,
    NO_SOUND_PROBLEM,
    VOICE_PREFIX,
    _check_language,
    _checked,
)

log = logging.getLogger(__name__)


def sounds_dir() -> Traversable:
    """Where the package keeps its cue files (``rugtimer/resources`` links to the top-level ``resources``)."""
    return resources.files("rugtimer") / "resources" / "sounds"


def read_manifest(sounds: Traversable) -> dict[tuple[str, str | None], str]:
    """``manifest.toml`` as {(cue name, language or None for tones): relative file}; {} when unreadable."""
    try:
        data = tomllib.loads((sounds / "manifest.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        log.warning("sound cues: cannot read the manifest in %s: %s", sounds, error)
        return {}
    files: dict[tuple[str, str | None], str] = {
        (name, None): rel for name, rel in data.get("tones", {}).items()
    }
    for language, table in data.get("voice", {}).items():
        files.update({(name, language): rel for name, rel in table.items()})
    return files


class SoundEffectCuePlayer(QObject):
    """Plays cues through QtMultimedia: one preloaded QSoundEffect per file, so a cue starts on the beat.

    Never blocks and never raises for a sound problem: QSoundEffect loads asynchronously, and a missing
    device or file only makes the player ``available = False`` with a ``problem``, reported once (log and
    ``problem_found``).  A missing device is known inside the constructor, before anyone can connect, so
    read ``problem`` after constructing; "every effect failed to load" arrives later through the signal.
    Without an output device no effect is built at all (each would only fail, with a Qt warning); a device
    that appears later is used from the next start.
    Build one player for the whole app (preloading takes some tens of ms) and ``close()`` it at exit.
    """

    problem_found = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        language: str = DEFAULT_LANGUAGE,
        sounds: Traversable | None = None,
        audio_outputs: Callable[[], Sequence[QAudioDevice]] = QMediaDevices.audioOutputs,
    ) -> None:
        super().__init__(parent)
        self._language = _check_language(language)
        self._muted = False
        self._problem: str | None = None
        self._files = ExitStack()  # keeps as_file() paths alive while the effects use them
        self._effects: dict[tuple[str, str | None], QSoundEffect] = {}
        self._loading = True  # an effect may fail while the others are still being created
        if not audio_outputs():
            # Nothing could be heard, and every QSoundEffect would fail with a warning of its own on stderr
            # (79 of them): build none. The player stays silent for this run; one line says why.
            self._report(NO_DEVICE_PROBLEM)
            self._loading = False
            return
        self._load_all(sounds_dir() if sounds is None else sounds)
        self._loading = False
        if not self._effects:
            self._report(NO_FILES_PROBLEM)
        self._check_loaded()

    # -- CuePlayer

    def play(self, key: str) -> None:
        effect = self._effect_for(key)
        if self._muted or effect is None or effect.status() == QSoundEffect.Status.Error:
            return
        if effect.isPlaying():
            effect.stop()
        effect.play()

    def set_volume(self, volume: float) -> None:
        slider = min(max(volume, 0.0), 1.0)
        linear = QtAudio.convertVolume(
            slider, QtAudio.VolumeScale.LogarithmicVolumeScale, QtAudio.VolumeScale.LinearVolumeScale
        )
        for effect in self._effects.values():
            effect.setVolume(linear)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        for effect in self._effects.values():
            effect.setMuted(muted)

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

    # -- lifetime

    def close(self) -> None:
        """Stop every cue and release temporary files (only made when the package is zipped)."""
        for effect in self._effects.values():
            effect.stop()
        self._files.close()

    # -- internals

    def _effect_for(self, key: str) -> QSoundEffect | None:
        name = _checked(key).partition(":")[2]
        language = self._language if key.startswith(VOICE_PREFIX) else None
        return self._effects.get((name, language))

    def _load_all(self, sounds: Traversable) -> None:
        manifest = read_manifest(sounds)
        missing: list[str] = []
        for key in sorted(ALL_KEYS):
            name = key.partition(":")[2]
            languages: tuple[str | None, ...] = LANGUAGES if key.startswith(VOICE_PREFIX) else (None,)
            for language in languages:
                path = self._file_for(sounds, manifest.get((name, language)))
                if path is None:
                    missing.append(f"{key} ({language})" if language else key)
                else:
                    self._effects[(name, language)] = self._new_effect(path)
        if missing:
            log.warning("sound cues: %d cue files missing, those cues stay silent: %s", len(missing), missing)

    def _file_for(self, sounds: Traversable, relative: str | None) -> Path | None:
        if relative is None:
            return None
        resource = sounds.joinpath(*relative.split("/"))
        return self._files.enter_context(resources.as_file(resource)) if resource.is_file() else None

    def _new_effect(self, path: Path) -> QSoundEffect:
        effect = QSoundEffect(self)
        effect.statusChanged.connect(self._check_loaded)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        return effect

    def _check_loaded(self) -> None:
        """Every effect failed to load: the audio system cannot play our files (or there is none)."""
        statuses = [effect.status() for effect in self._effects.values()]
        if not self._loading and statuses and all(status == QSoundEffect.Status.Error for status in statuses):
            self._report(NO_SOUND_PROBLEM)

    def _report(self, problem: str) -> None:
        if self._problem is not None:
            return
        log.warning("sound cues: %s", problem)
        problem = QCoreApplication.translate("CuePlayer", problem)
        self._problem = problem
        self.problem_found.emit(problem)


# --- test fake
