"""Build the QApplication and the main window for one run."""

from __future__ import annotations

from collections.abc import Sequence

from rugtimer.paths import Paths


def run_gui(paths: Paths, argv: Sequence[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from rugtimer.program.library import load_library
    from rugtimer.program.validation import ProgramError
    from rugtimer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("RugTimer")
    app.setOrganizationName("RugTimer")
    try:
        library = load_library()
    except ProgramError as exc:
        QMessageBox.critical(None, "RugTimer", f"The exercise library could not be read:\n\n{exc}")
        return 1
    window = MainWindow(paths, library)
    window.show()
    return app.exec()
