"""Guard against PySide6 6.12.0's leak of a reference to None per void call, which aborts Python 3.11 apps.

A running timer makes tens of thousands of such calls in minutes; on an affected build this test fails long
before a user's session would crash ("Fatal Python error: none_dealloc").
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_references_to_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm up")
    before = sys.getrefcount(None)
    for i in range(10_000):
        label.setText(str(i % 10))
        label.update()
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references over 10,000 void calls"
