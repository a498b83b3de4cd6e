"""Starting the app without a sound server prints one line of its own, and none of Qt's chatter.

The narrow message filter of ``rugtimer.ui.qt_messages`` is tested in-process (under pytest-qt's own handler);
the whole start runs in a real process, as a user starts it, with an unreachable PulseAudio.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLoggingCategory, qWarning

from rugtimer.ui import qt_messages

NO_DEVICE_LINE = "sound cues: No audio output device was found, so the sound cues are silent."

# The app as `python -m rugtimer --data-dir DIR` starts it; it quits once the sound player is built and every
# cue effect (if any) has finished loading, since a failing effect warns only then.
START_AND_QUIT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import rugtimer.ui.app as app_module
from rugtimer.cli import main

real_sound_player = app_module.sound_player

def sound_player_then_quit(language, volume):
    player = real_sound_player(language, volume)
    from PySide6.QtMultimedia import QSoundEffect
    effects = player.findChildren(QSoundEffect)
    timer = QTimer(player)
    def quit_when_loaded():
        if all(e.status() != QSoundEffect.Status.Loading for e in effects):
            timer.stop()
            QApplication.quit()
    timer.timeout.connect(quit_when_loaded)
    timer.start(20)
    QTimer.singleShot(30_000, QApplication.quit)
    return player

app_module.sound_player = sound_player_then_quit
print("exit code", main(["--data-dir", sys.argv[1]]), flush=True)
"""


def test_start_without_a_sound_server_prints_only_its_own_line(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",  # its "propagateSizeHints" warning is one of the dropped ones
        "PULSE_SERVER": f"unix:{tmp_path}/no-such-pulse-socket",
        "PIPEWIRE_REMOTE": f"{tmp_path}/no-such-pipewire-socket",
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    for name in ("QT_LOGGING_RULES", "QT_MESSAGE_PATTERN", "RUGTIMER_DATA_DIR"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-c", START_AND_QUIT, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert "exit code 0" in result.stdout, result.stderr[-3000:]
    assert result.stderr.splitlines() == [NO_DEVICE_LINE]


@pytest.fixture
def message_filter(qapp):
    installed = qt_messages.QtMessageFilter().install()
    yield installed
    installed.uninstall()


def test_filter_drops_only_the_known_messages(message_filter, qtlog) -> None:
    for message in sorted(qt_messages.DROPPED_MESSAGES):
        qWarning(message)
    qWarning("QSoundEffect: something new that a user should see")
    qWarning("PulseAudioService: pa_context_connect() failed, and more")  # not the exact text: kept
    assert message_filter.dropped == len(qt_messages.DROPPED_MESSAGES)
    assert [record.message for record in qtlog.records] == [
        "QSoundEffect: something new that a user should see",
        "PulseAudioService: pa_context_connect() failed, and more",
    ]


def test_filter_quiets_only_the_named_categories_and_levels(message_filter) -> None:
    resolver = QLoggingCategory("qt.multimedia.symbolsresolver")
    ffmpeg = QLoggingCategory("qt.multimedia.ffmpeg")
    other = QLoggingCategory("qt.multimedia.audio")
    assert not resolver.isWarningEnabled()
    assert resolver.isCriticalEnabled()
    assert not ffmpeg.isInfoEnabled()
    assert ffmpeg.isWarningEnabled()
    assert other.isWarningEnabled()


def test_uninstall_restores_every_message(qapp, qtlog) -> None:
    message_filter = qt_messages.QtMessageFilter().install()
    message_filter.uninstall()
    message = sorted(qt_messages.DROPPED_MESSAGES)[0]
    qWarning(message)
    assert [record.message for record in qtlog.records] == [message]
    assert QLoggingCategory("qt.multimedia.symbolsresolver").isWarningEnabled()
