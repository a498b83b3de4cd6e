"""Sound cues: the shipped files are complete and clean, and both players keep their promises without audio.

Nothing here makes a sound: tests run without an audio device (the conftest hides the user's sound server),
and one test checks the real "no device" path in a child process whose sound server is unreachable.
What is heard, and when, is proven by listening: tests/ui/test_listening.py.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import subprocess
import sys
import time
import tomllib
import wave
from array import array
from pathlib import Path

import pytest

from rugtimer.ui import cues
from rugtimer.ui.cue_stream import StreamCuePlayer, load_cues
from rugtimer.ui.cues import (
    ALL_KEYS,
    LANGUAGES,
    TONE_NAMES,
    VOICE_NAMES,
    CuePlayer,
    RecordingCuePlayer,
)
from rugtimer.ui.sound_player import sounds_dir

RATE = 44100
SOUNDS = sounds_dir()
MANIFEST = tomllib.loads((SOUNDS / "manifest.toml").read_text(encoding="utf-8"))
SHORT_VOICE = [*cues.PHASE_WORDS, *(n for n in VOICE_NAMES if n.startswith(("rep_", "count_")))]
BAD_KEYS = ["tone:nope", "voice:nope", "up", "", "tone:switch_side", "voice:final", "voice:rep_13", "Tone:up"]


def manifest_files() -> list[tuple[str, str]]:
    """(group, relative path) of every cue file the manifest promises."""
    entries = [("tones", rel) for rel in MANIFEST["tones"].values()]
    for language, table in MANIFEST["voice"].items():
        entries += [(language, rel) for rel in table.values()]
    return entries


def read_samples(relative: str) -> tuple[tuple[int, int, int, str], array]:
    """(channels, sample width, rate, compression) and the 16-bit samples of one cue file."""
    with (SOUNDS / relative).open("rb") as handle, wave.open(handle, "rb") as wav:
        fmt = (wav.getnchannels(), wav.getsampwidth(), wav.getframerate(), wav.getcomptype())
        samples = array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return fmt, samples


# --- files


def test_manifest_lists_exactly_the_cues_the_code_knows() -> None:
    assert MANIFEST["generator_version"]
    assert MANIFEST["sample_rate"] == RATE
    assert set(MANIFEST["tones"]) == set(TONE_NAMES)
    assert set(MANIFEST["voice"]) == set(LANGUAGES)
    for language in LANGUAGES:
        assert set(MANIFEST["voice"][language]) == set(VOICE_NAMES), language


@pytest.mark.parametrize(("group", "relative"), manifest_files(), ids=[rel for _, rel in manifest_files()])
def test_every_cue_is_a_clean_short_wav(group: str, relative: str) -> None:
    fmt, samples = read_samples(relative)
    assert fmt == (1, 2, RATE, "NONE")
    seconds = len(samples) / RATE
    name = Path(relative).stem
    if group == "tones":
        assert seconds >= 0.3, "some systems swallow shorter sounds (FACTS: sound)"
        assert max(abs(s) for s in samples[: RATE // 200]) < 0.5 * max(samples), "soft attack: never startle"
    elif name in SHORT_VOICE:
        assert seconds <= 1.2, "a phase word or count must fit between beats"
    else:
        assert seconds <= 2.5, "an exercise name stays short"
    peak = max(abs(s) for s in samples)
    assert 0.3 * 32767 < peak < 32767, "normalised, never clipped"
    first_audible = next(i for i, s in enumerate(samples) if abs(s) >= peak * 10 ** (-40 / 20))
    assert first_audible <= 1, "trimmed (packaging/trim_cues.py): the sound starts on its beat"
    assert abs(samples[0]) < 330 and abs(samples[-1]) < 330, "faded in and out: no click"


def test_sound_folder_stays_small() -> None:
    sizes = [len((SOUNDS / rel).read_bytes()) for _, rel in manifest_files()]
    assert sum(sizes) < 4 * 1024 * 1024, f"{sum(sizes)} bytes of cues (largest {max(sizes)}): keep them short"


# --- keys


def test_key_helpers_build_known_keys() -> None:
    assert cues.tone("tick") == "tone:tick"
    assert cues.voice("switch_side") == "voice:switch_side"
    assert [cues.rep_key(n) for n in (1, 12)] == ["voice:rep_1", "voice:rep_12"]
    assert cues.rep_key(0) is None and cues.rep_key(13) is None
    assert [cues.count_key(n) for n in (3, 2, 1)] == ["voice:count_3", "voice:count_2", "voice:count_1"]
    assert cues.exercise_key("glute_bridge") == "voice:ex_glute_bridge"
    assert cues.exercise_key("not_recorded") is None
    with pytest.raises(KeyError):
        cues.tone("switch_side")


def test_both_players_follow_the_protocol(qtbot) -> None:
    players: list[CuePlayer] = [RecordingCuePlayer(), StreamCuePlayer(audio_outputs=lambda: [])]
    for player in players:
        for name in ("play", "set_volume", "set_muted", "set_language"):
            assert callable(getattr(player, name))
        assert (player.muted, player.language) == (False, "nl")
        assert isinstance(player.available, bool)


# --- recording fake


def test_recording_player_records_time_and_key_in_order() -> None:
    now = [100.0]
    player = RecordingCuePlayer(clock=lambda: now[0])
    player.play("voice:get_ready")
    now[0] = 105.0
    player.play("tone:up")
    player.play("voice:rep_1")
    assert player.played == [(100.0, "voice:get_ready"), (105.0, "tone:up"), (105.0, "voice:rep_1")]
    assert player.keys == ["voice:get_ready", "tone:up", "voice:rep_1"]


def test_recording_player_skips_muted_cues() -> None:
    player = RecordingCuePlayer(clock=lambda: 1.0)
    player.set_muted(True)
    player.play("tone:tick")
    assert player.muted and player.played == []
    player.set_muted(False)
    player.play("tone:final")
    assert player.keys == ["tone:final"]


def test_recording_player_settings() -> None:
    player = RecordingCuePlayer(available=False)
    assert not player.available and player.problem
    player.set_volume(1.7)
    assert player.volume == 1.0
    player.set_language("en")
    assert player.language == "en"
    with pytest.raises(ValueError, match="de"):
        player.set_language("de")


@pytest.mark.parametrize("key", BAD_KEYS)
def test_unknown_key_is_a_programming_error(key: str, qtbot) -> None:
    recording = RecordingCuePlayer()
    with pytest.raises(KeyError):
        recording.play(key)
    assert recording.played == []
    with pytest.raises(KeyError):
        StreamCuePlayer(audio_outputs=lambda: []).play(key)


# --- real player


def test_player_without_device_reports_once_and_plays_silently(qtbot) -> None:
    player = StreamCuePlayer(audio_outputs=lambda: [])
    assert not player.available
    assert player.problem == cues.NO_DEVICE_PROBLEM
    with qtbot.assertNotEmitted(player.problem_found):
        start = time.monotonic()
        for language in LANGUAGES:
            player.set_language(language)
            for key in sorted(ALL_KEYS):
                player.play(key)
                player.play(key)  # a restart while "playing" must not hang either
        elapsed = time.monotonic() - start
    assert elapsed < 2.0, f"{2 * len(ALL_KEYS) * len(LANGUAGES)} plays took {elapsed:.2f} s"
    player.set_volume(0.5)
    player.set_muted(True)
    assert player.muted
    player.close()


def test_player_without_device_opens_no_stream(qtbot) -> None:
    player = StreamCuePlayer(audio_outputs=lambda: [])
    player.begin_session()
    player.play_at("tone:up", time.monotonic_ns() + 100_000_000)
    assert not player.streaming
    assert player.problem == cues.NO_DEVICE_PROBLEM
    player.end_session()
    player.close()


def test_player_loads_every_cue_of_both_languages() -> None:
    loaded, missing = load_cues(SOUNDS)
    assert missing == []
    assert len(loaded) == len(TONE_NAMES) + len(VOICE_NAMES) * len(LANGUAGES)
    assert all(len(samples) > 0.2 * RATE for samples in loaded.values())


def test_player_without_manifest_reports_missing_files(qtbot, tmp_path: Path) -> None:
    from PySide6.QtMultimedia import QAudioDevice

    player = StreamCuePlayer(sounds=tmp_path, audio_outputs=lambda: [QAudioDevice()])
    assert player.problem == cues.NO_FILES_PROBLEM
    player.play("tone:up")  # known key, no file: silent, no error
    assert not player.streaming
    player.close()


_CHILD = """
import json, sys, time
from PySide6.QtCore import QCoreApplication
from rugtimer.ui.cues import ALL_KEYS
from rugtimer.ui.cue_stream import StreamCuePlayer

app = QCoreApplication([])
player = StreamCuePlayer()
player.begin_session()
start = time.monotonic()
for key in sorted(ALL_KEYS):
    player.play(key)
print(json.dumps({"available": player.available, "problem": player.problem, "streaming": player.streaming,
                  "play_seconds": time.monotonic() - start}))
"""


def test_player_with_unreachable_sound_server(tmp_path: Path) -> None:
    """The real QtMultimedia path: no server -> no outputs -> silent, no stream, one problem."""
    env = {
        **os.environ,
        "PULSE_SERVER": f"unix:{tmp_path}/no-such-pulse-socket",
        "PIPEWIRE_REMOTE": f"{tmp_path}/no-such-pipewire-socket",
        "XDG_RUNTIME_DIR": str(tmp_path),
        "PYTHONPATH": os.pathsep.join(
            [str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH", "")]
        ),
    }
    result = subprocess.run(
        [sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["available"] is False
    assert report["streaming"] is False
    assert report["problem"] == cues.NO_DEVICE_PROBLEM
    assert report["play_seconds"] < 2.0
