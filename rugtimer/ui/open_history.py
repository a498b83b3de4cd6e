"""Open the history at start-up, asking the person when it cannot simply be opened.

Every way a start can go wrong gets a question or an explanation in the app's language, never a traceback:
a read-only folder (open it read-only to look and export, or quit), another RugTimer or a command holding
the lock, a damaged history (restore the newest good backup, start empty with the damaged copy kept, or quit
and decide later: nothing is changed until the person chooses, and the next start asks again), a newer
RugTimer's file, another program's file, a disk that says no.

The decisions live in the history layer (``folder.prepare``, ``backups.restore``, ``backups.start_empty``);
this module only words the questions and passes the answers on. ``Ask`` is injected so tests can answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication, QMessageBox

from rugtimer.history import recovery
from rugtimer.history.errors import (
    AlreadyRunning,
    CorruptDatabaseError,
    HistoryError,
    NewerDatabaseError,
    NotARugTimerDatabase,
    ReadOnlyFolderError,
    StorageError,
)
from rugtimer.history.folder import prepare
from rugtimer.history.lock import InstanceLock
from rugtimer.history.store import HistoryStore
from rugtimer.paths import Paths

Ask = Callable[[str, Sequence[str], str], int | None]
"""(text, button labels, details) -> the index of the button chosen; None when the box was closed."""
Tell = Callable[[str, str], None]
"""(text, details): an explanation with an OK button."""
RaiseOther = Callable[[Paths], bool]
"""Ask an already running RugTimer to show its window; True when it did."""


@dataclass
class OpenedHistory:
    """The store to use, the lock held for it (None when read-only) and what the banner should say."""

    store: HistoryStore
    lock: InstanceLock | None
    read_only: bool = False
    notice: str = ""


@dataclass(frozen=True)
class AlreadyOpen:
    """Another RugTimer window was brought forward: this start ends quietly."""


def ask_with_message_box(text: str, buttons: Sequence[str], details: str = "") -> int | None:
    """A warning box with ``buttons`` (the last one is what Escape and closing choose)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "RugTimer", text)
    made = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in buttons]
    if made:
        box.setDefaultButton(made[0])
        box.setEscapeButton(made[-1])
    if details:
        box.setDetailedText(details)
    box.exec()
    clicked = box.clickedButton()
    return made.index(clicked) if clicked in made else None


def tell_with_message_box(text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "RugTimer", text)
    if details:
        box.setDetailedText(details)
    box.exec()


def open_history(
    paths: Paths,
    ask: Ask = ask_with_message_box,
    tell: Tell = tell_with_message_box,
    raise_other: RaiseOther | None = None,
) -> OpenedHistory | AlreadyOpen | None:
    """The history for this run, or AlreadyOpen, or None (the person quit, or it cannot be opened)."""
    try:
        prepare(paths)
    except ReadOnlyFolderError:
        return _open_read_only(paths, ask, tell)
    except StorageError as exc:
        tell(
            QApplication.translate("Startup", "RugTimer cannot use the data folder %1.").replace(
                "%1",
                str(exc.path),  # the data folder, or the backups folder inside it
            ),
            exc.reason,
        )
        return None
    lock = InstanceLock(paths.lock)
    try:
        lock.acquire()
    except AlreadyRunning as exc:
        if exc.holder == "app" and raise_other is not None and raise_other(paths):
            return AlreadyOpen()
        tell(_running_text(exc), str(exc.lock_path))
        return None
    except StorageError as exc:
        tell(
            QApplication.translate("Startup", "RugTimer cannot use its lock file %1.").replace(
                "%1", str(exc.path)
            ),
            exc.reason,
        )
        return None
    opened = _open_writable(paths, lock, ask, tell)
    if opened is None:
        lock.release()
    return opened


def _running_text(exc: AlreadyRunning) -> str:
    if exc.holder == "app":
        return QApplication.translate("Startup", "RugTimer is already running. Switch to its window.")
    return QApplication.translate(
        "Startup",
        "A RugTimer command (%1) is working on your history right now. Start the app again when it has finished.",
    ).replace("%1", f"rugtimer {exc.holder}")


def _open_read_only(paths: Paths, ask: Ask, tell: Tell) -> OpenedHistory | None:
    text = QApplication.translate(
        "Startup",
        "The data folder %1 is read-only. RugTimer can open your history there to look at it and export it, but it cannot save anything new: no sessions, pain scores or settings.",
    ).replace("%1", str(paths.data_dir))
    if (
        ask(
            text,
            [QApplication.translate("Startup", "Open read-only"), QApplication.translate("Startup", "Quit")],
            "",
        )
        != 0
    ):
        return None
    try:
        store = HistoryStore.open_readonly(paths)
    except HistoryError as exc:
        return _explain_unopenable(exc, tell)
    notice = QApplication.translate(
        "Startup", "Read-only: %1 cannot be written. You can look and export; nothing new is saved."
    )
    notice = notice.replace("%1", str(paths.data_dir))
    if store.unread_changes:
        notice += " " + QApplication.translate(
            "Startup", "The newest changes (in the -wal file beside it) cannot be read from here."
        )
    return OpenedHistory(store, None, read_only=True, notice=notice)


def _open_writable(paths: Paths, lock: InstanceLock, ask: Ask, tell: Tell) -> OpenedHistory | None:
    notice = ""
    while True:
        try:
            return OpenedHistory(HistoryStore.open(paths), lock, notice=notice)
        except CorruptDatabaseError as exc:
            answer = _ask_about_damage(exc, ask)
            if answer is None:
                return None  # nothing changed: the next start asks again
            try:
                notice = answer(paths)
            except HistoryError as again:
                tell(
                    QApplication.translate("Startup", "That did not work; nothing more was changed."),
                    str(again),
                )
                return None
        except HistoryError as exc:
            return _explain_unopenable(exc, tell)


def _ask_about_damage(exc: CorruptDatabaseError, ask: Ask) -> Callable[[Paths], str] | None:
    """The person's choice as the action that carries it out (it returns the notice to show), or None."""
    details = "\n".join(exc.problems)
    backup = exc.newest_backup
    if backup is not None:
        text = QApplication.translate(
            "Startup",
            "Your history file %1 is damaged. RugTimer has left it exactly as it is.\n\nYou can put back the newest good backup (%2), or start with an empty history; the damaged file is then kept beside it. Until you choose, nothing is changed.",
        )
        text = text.replace("%1", str(exc.path)).replace("%2", backup.name)
        choice = ask(
            text,
            [
                QApplication.translate("Startup", "Restore the backup"),
                QApplication.translate("Startup", "Start empty"),
                QApplication.translate("Startup", "Quit"),
            ],
            details,
        )
        if choice == 0:
            return lambda paths: _restore(paths, backup)
        if choice == 1:
            return _start_empty
        return None
    text = QApplication.translate(
        "Startup",
        "Your history file %1 is damaged, and RugTimer found no good backup of it. RugTimer has left it exactly as it is.\n\nYou can start with an empty history; the damaged file is then kept beside it. Until you choose, nothing is changed.",
    ).replace("%1", str(exc.path))
    return (
        _start_empty
        if ask(
            text,
            [QApplication.translate("Startup", "Start empty"), QApplication.translate("Startup", "Quit")],
            details,
        )
        == 0
        else None
    )


def _restore(paths: Paths, backup) -> str:  # type: ignore[no-untyped-def]
    result = recovery.restore(paths, backup)
    notice = QApplication.translate("Startup", "Your history was restored from the backup %1.").replace(
        "%1", backup.name
    )
    if result.damaged_moved_to is not None:
        notice += " " + QApplication.translate("Startup", "The damaged file is kept as %1.").replace(
            "%1",
            result.damaged_moved_to.name,  # beside the history: a name, no long path in the banner
        )
    return notice


def _start_empty(paths: Paths) -> str:
    moved = recovery.start_empty(paths)
    notice = QApplication.translate("Startup", "You started with an empty history.")
    if moved is not None:
        notice += " " + QApplication.translate("Startup", "The damaged file is kept as %1.").replace(
            "%1", moved.name
        )
    return notice


def _explain_unopenable(exc: HistoryError, tell: Tell) -> None:
    if isinstance(exc, NewerDatabaseError):
        text = QApplication.translate(
            "Startup",
            "Your history %1 was made by a newer RugTimer. Update the app to open it; the file was not changed.",
        ).replace("%1", str(exc.path))
    elif isinstance(exc, NotARugTimerDatabase):
        text = QApplication.translate(
            "Startup",
            "%1 is not a RugTimer history: it belongs to another program. RugTimer has not changed it. Move it elsewhere, or start RugTimer with another data folder (--data-dir).",
        ).replace("%1", str(exc.path))
    elif isinstance(exc, StorageError) and exc.disk_full:
        text = QApplication.translate(
            "Startup",
            "The disk is full: RugTimer cannot open your history %1. Make some room and start again.",
        )
        text = text.replace("%1", str(exc.path))
    elif isinstance(exc, StorageError):
        text = QApplication.translate(
            "Startup", "RugTimer could not open your history %1. Nothing was changed."
        ).replace("%1", str(exc.path))
    else:
        text = QApplication.translate("Startup", "RugTimer could not open your history. Nothing was changed.")
    tell(text, str(exc))
