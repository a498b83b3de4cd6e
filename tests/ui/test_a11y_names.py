"""What a screen reader says about each control: every screen and dialog, opened the way the app opens them.

The name and description are read the way a screen reader gets them (``QAccessible`` interfaces), so Qt's
fallbacks count: a button's text, a QLabel buddy, the tool tip as description. Each test lists every
offender at once.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from rugtimer.paths import Paths
from tests.ui.a11y_checks import (
    accessible_text,
    controls,
    join,
    keyboard_alternative_offenders,
    label_relations,
    naming_offenders,
)
from tests.ui.a11y_screens import each_screen, running_app


def dialog_classes() -> set[str]:
    """Every dialog class in rugtimer/ui/dialogs/ (a new one must be added to the screens walked here)."""
    import rugtimer.ui.dialogs as package

    found = set()
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{module_info.name}")
        found |= {
            name
            for name, value in vars(module).items()
            if isinstance(value, type) and issubclass(value, QDialog) and value.__module__ == module.__name__
        }
    return found


def test_every_control_has_a_name_and_the_description_its_name_calls_for(
    qtbot: QtBot, data_dir: Path
) -> None:
    offenders: list[str] = []
    checked = 0
    opened: set[str] = set()
    for screen in each_screen(data_dir):
        opened.add(type(screen.root).__name__)
        checked += len(controls(screen.root))
        offenders += naming_offenders(screen.name, screen.root)
    assert dialog_classes() <= opened, f"dialogs never opened here: {dialog_classes() - opened}"
    assert checked > 150  # every screen was walked (the program dialog alone has ~40 controls)
    assert not offenders, f"{len(offenders)} controls a screen reader cannot name:\n{join(offenders)}"


def test_a_control_tab_skips_names_the_key_that_does_its_job(qtbot: QtBot, data_dir: Path) -> None:
    offenders: list[str] = []
    for screen in each_screen(data_dir, ("Today", "Session")):
        offenders += keyboard_alternative_offenders(screen.name, screen.root)
    assert not offenders, join(offenders)


def test_the_pain_scale_says_what_its_numbers_mean(qtbot: QtBot, paths: Paths) -> None:
    with running_app(paths) as app:
        dialog = app.dialog("pain").root
        five = dialog.findChild(QWidget, "pain_5")
        assert accessible_text(five, QAccessible.Text.Name) == "5"
        assert "10 is the worst imaginable pain" in accessible_text(five, QAccessible.Text.Description)


def test_a_screen_reader_hears_what_the_session_screen_is_and_its_keys(qtbot: QtBot, paths: Paths) -> None:
    """During a session every action is a key and the focus rests on the session view itself."""
    with running_app(paths) as app:
        view = app.session().root
        assert QApplication.focusWidget() is view
        assert accessible_text(view, QAccessible.Text.Name) == "Exercise session"
        keys = accessible_text(view, QAccessible.Text.Description)
        assert "Space pause" in keys and "P this hurts" in keys and "Esc stop" in keys


def test_a_combo_box_is_labelled_by_a_buddy_because_linux_names_it_by_its_value(
    qtbot: QtBot, paths: Paths
) -> None:
    with running_app(paths) as app:
        dialog = app.dialog("program").root
        variant = dialog.findChild(QComboBox, "variant_glute_bridge")
        assert accessible_text(variant, QAccessible.Text.Name) == variant.currentText()  # Qt on Linux
        assert label_relations(variant) == ["Glute bridge: variant"]
        buddy = next(label for label in dialog.findChildren(QLabel) if label.buddy() is variant)
        assert not buddy.isVisible()  # the column title "Variant" is what a sighted person reads
