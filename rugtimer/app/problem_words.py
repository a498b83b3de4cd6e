"""What went wrong with the history, in the person's language: one home for the words the window shows.

The store's errors carry an English sentence for the command line and the structured fields behind it
(``history.errors``). A window in Dutch builds its sentence from those fields here, so "the folder is
read-only" or "the disk is full" reads the same wherever a save failed, and no SQLite text reaches the
screen. Errors without a sentence of their own keep their English message.
"""

from __future__ import annotations

from rugtimer.history.errors import ReadOnlyFolderError, StorageError
from rugtimer.model.errors import HistoryError
from rugtimer.model.words import translate

# Short: the lasting notice of a read-only start already says what read-only means; this line answers a
# save that was asked for (a key, a failed write) without a second paragraph piling up in the banner.
READ_ONLY = translate("HistoryProblem", "This folder is open read-only, so this cannot be saved.")


def history_problem(exc: Exception, language: str) -> str:
    """One or two sentences for ``exc`` (a history error, or an OS error met beside one)."""
    if isinstance(exc, ReadOnlyFolderError):
        return READ_ONLY.get(language)
    if isinstance(exc, StorageError) and exc.disk_full:
        phrase = translate(
            "HistoryProblem",
            "The disk is full. Nothing already saved was lost; make some room and try again.",
        )
        return phrase.get(language)
    if isinstance(exc, StorageError):
        phrase = translate(
            "HistoryProblem", "The history file could not be written (%1). Nothing already saved was lost."
        )
        return phrase.get(language).replace("%1", exc.reason)
    return exc.message if isinstance(exc, HistoryError) else str(exc)
