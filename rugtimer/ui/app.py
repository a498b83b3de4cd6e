"""Build the QApplication and everything one run needs (the app context), then show the main window.

Start-up problems with the history file (newer version, damage, another RugTimer running) are explained in
plain words; nothing is overwritten or deleted.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from rugtimer.history.errors import HistoryError
from rugtimer.paths import Paths
from rugtimer.program.library import load_library
from rugtimer.program.validation import ProgramError
from rugtimer.settings import Settings, load_settings
from rugtimer.ui.context import AppContext
from rugtimer.ui.cues import CuePlayer
from rugtimer.ui.qt_messages import quiet_qt_messages

if TYPE_CHECKING:
    from rugtimer.ui.single_instance import RaiseServer


class DeferredCuePlayer:
    """The real sound player, built on first use.

    Loading QtMultimedia and preloading every cue file takes ~40 ms, which the window's first paint should
    not wait for; ``warm_up()`` right after that paint builds it long before the first session needs it.
    """

    def __init__(self, factory: Callable[[], CuePlayer]) -> None:
        self._factory = factory
        self._player: CuePlayer | None = None

    def warm_up(self) -> CuePlayer:
        if self._player is None:
            self._player = self._factory()
        return self._player

    def __getattr__(self, name: str):
        return getattr(self.warm_up(), name)

    def close(self) -> None:
        if self._player is not None:
            self._player.close()


def sound_player(language: str, volume: float) -> CuePlayer:
    from rugtimer.ui.cue_stream import StreamCuePlayer

    player = StreamCuePlayer(language=language)
    player.set_volume(volume)
    return player


def system_language() -> str:
    """Dutch first: English only when the system asks for English."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"


def _explain(title: str, text: str) -> None:
    QMessageBox.critical(None, title, text)


def make_application(argv: Sequence[str], settings: Settings) -> tuple[QApplication, str]:
    """The QApplication with its name, icon, translations and theme; returns it and the UI language."""
    quiet_qt_messages()  # first: QtMultimedia's known start-up chatter stays off stderr
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("RugTimer")
    app.setApplicationDisplayName("RugTimer")
    app.setDesktopFileName("nl.rugtimer.RugTimer")
    icon_path = paths_icon()
    if icon_path:
        app.setWindowIcon(QIcon(icon_path))
    language = settings.language or system_language()
    from rugtimer.ui.translations import install_translators

    install_translators(app, language)
    from rugtimer.ui.theme import apply_theme

    apply_theme(app, settings.theme, settings.text_scale)  # before any window is built
    return app, language  # type: ignore[return-value]


def explain_unusable_folder(paths: Paths, argv: Sequence[str]) -> None:
    """The data folder is a file, or lies under one: nothing can start, so say it in a window (started from
    a menu, nobody reads the terminal). Its settings cannot be read, so the defaults and the system's
    language are used."""
    from rugtimer.history.folder import file_in_path

    make_application(argv, Settings())
    try:
        blocker = file_in_path(paths.data_dir)
    except OSError:
        blocker = None
    if blocker is not None:
        text = QApplication.translate(
            "Startup",
            "RugTimer cannot use the data folder %1: %2 is a file, not a folder. Nothing was changed. Start RugTimer with another data folder (--data-dir).",
        )
        text = text.replace("%1", str(paths.data_dir)).replace("%2", str(blocker))
    else:
        text = QApplication.translate(
            "Startup",
            "RugTimer cannot look into the data folder %1. Nothing was changed. Start RugTimer with another data folder (--data-dir).",
        ).replace("%1", str(paths.data_dir))
    _explain("RugTimer", text)


def run_gui(paths: Paths, argv: Sequence[str]) -> int:
    settings, setting_problems = load_settings(paths.settings)
    app, language = make_application(argv, settings)
    try:
        library = load_library()
    except ProgramError as exc:
        text = QApplication.translate("Startup", "The exercise library could not be read:")
        _explain("RugTimer", f"{text}\n\n{exc}")
        return 1
    from rugtimer.ui.open_history import AlreadyOpen, open_history

    opened = open_history(paths, raise_other=_ask_running_instance_to_raise)
    if isinstance(opened, AlreadyOpen):
        print("RugTimer is already running; its window was brought forward.")
        return 0
    if opened is None:
        return 1
    store, lock = opened.store, opened.lock
    cues = DeferredCuePlayer(lambda: sound_player(language, settings.volume))
    context = AppContext(paths, library, store, cues, language, settings)  # type: ignore[arg-type]
    context.read_only = opened.read_only
    from rugtimer.ui.main_window import MainWindow

    window = MainWindow(context)
    window.show()
    raise_servers: list[RaiseServer] = []

    def listen_for_other_starts() -> None:
        from rugtimer.ui.single_instance import RaiseServer

        raise_servers.append(RaiseServer(paths, window.bring_forward))

    if setting_problems:
        window.show_banner("\n".join(setting_problems), topic="settings")
    if opened.notice:
        window.show_banner(opened.notice, topic="history")
    # The window paints first; the "bring it forward" server (QtNetwork, ~10 ms to load), sound, the
    # interrupted-session question and the coach come right after.
    window.after_first_paint(listen_for_other_starts)
    window.after_first_paint(cues.warm_up)
    window.after_first_paint(window.after_start)
    try:
        return app.exec()
    finally:
        for server in raise_servers:
            server.close()
        cues.close()
        if not opened.read_only:
            with contextlib.suppress(HistoryError):
                store.backup_if_due()
        store.close()
        if lock is not None:
            lock.release()


def _ask_running_instance_to_raise(paths: Paths) -> bool:
    """``single_instance.ask_running_instance_to_raise``, loaded (with QtNetwork) only when another
    RugTimer holds the lock."""
    from rugtimer.ui.single_instance import ask_running_instance_to_raise

    return ask_running_instance_to_raise(paths)


def paths_icon() -> str | None:
    from importlib import resources

    icon = resources.files("rugtimer") / "resources" / "icons" / "rugtimer.svg"
    return str(icon) if icon.is_file() else None
