"""Keep Qt's chatter off the terminal: a few known, harmless start-up messages are dropped, nothing else.

On a machine without a sound server, QtMultimedia alone printed a dozen lines at every start (optional
libraries it looked for, its FFmpeg version, the failed PulseAudio connection) around RugTimer's own one line
"sound cues: No audio output device was found…". Each is silenced by name:

* whole logging categories, per level, through Qt's own filter rules (``QLoggingCategory.setFilterRules``);
  the environment variable ``QT_LOGGING_RULES`` still wins, so ``QT_LOGGING_RULES='qt.multimedia.*=true'``
  shows them all again;
* uncategorised warnings by their exact text, in a message handler that hands every other message on to the
  handler that was there before (Qt's default one, or pytest-qt's in tests).

Install before QtMultimedia is imported: the PipeWire lookup is logged while its library loads.
"""

from __future__ import annotations

import atexit
import sys

from PySide6.QtCore import (
    QLoggingCategory,
    QMessageLogContext,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)

QUIET_RULES = (
    # "Couldn't load/resolve pipewire-0.3 / va / va-drm / va-x11 …": optional libraries, Qt falls back.
    "qt.multimedia.symbolsresolver.warning=false",
    # "Using Qt multimedia with FFmpeg version …".
    "qt.multimedia.ffmpeg.info=false",
)
DROPPED_MESSAGES = frozenset(
    {
        # No sound server: the cue player explains it in one line of its own.
        "PulseAudioService: pa_context_connect() failed",
        # The offscreen platform plugin (QT_QPA_PLATFORM=offscreen), at every window size hint and raise.
        "This plugin does not support propagateSizeHints()",
        "This plugin does not support raise()",
    }
)


class QtMessageFilter:
    """Drops the known messages above while installed; ``uninstall()`` (also run at exit) restores the rest."""

    def __init__(self) -> None:
        self._previous = None
        self._installed = False
        self.dropped = 0

    def install(self) -> QtMessageFilter:
        if not self._installed:
            QLoggingCategory.setFilterRules("\n".join(QUIET_RULES))
            self._previous = qInstallMessageHandler(self._handle)
            self._installed = True
            # Qt may still log while Python shuts down, when a Python handler can no longer run.
            atexit.register(self.uninstall)
        return self

    def uninstall(self) -> None:
        if self._installed:
            qInstallMessageHandler(self._previous)
            QLoggingCategory.setFilterRules("")
            self._previous = None
            self._installed = False

    def _handle(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if context.category == "default" and message in DROPPED_MESSAGES:
            self.dropped += 1
            return
        if self._previous is not None:
            self._previous(kind, context, message)
        elif sys.stderr is not None:  # as Qt's default handler: the same text on stderr
            sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")
            sys.stderr.flush()


def quiet_qt_messages() -> QtMessageFilter:
    """Install the filter for the rest of this run (``run_gui`` calls it first)."""
    return QtMessageFilter().install()
