"""The floor of the whole-process start-up: a bare PySide6 ``QMainWindow`` 1280×800, shown until killed.

``python -m benchmarks.bare_window`` is started exactly like ``python -m rugtimer`` (same interpreter, same
environment, a module of a package found on the same path) and timed the same way from outside: see
``startup.py``. Nothing else is imported, so this is what any PySide6 program pays before its first frame.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
