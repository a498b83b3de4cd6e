"""One list of alarm signals (resources/advice.toml) reaches all five places a person or a physiotherapist
reads them: the welcome, Help, the "this hurts" dialog, the report and ``rugtimer plan``."""

from __future__ import annotations

from datetime import date
from html import unescape

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from rugtimer.app.plan_summary import plan_summary
from rugtimer.app.report_content import build_report_content
from rugtimer.history.store import HistoryStore
from rugtimer.program.advice import load_advice
from rugtimer.program.library import load_library
from rugtimer.ui.dialogs.hurt_dialog import HurtDialog
from rugtimer.ui.dialogs.welcome_dialog import WelcomeDialog
from rugtimer.ui.help_view import HelpView


def shown_text(widget: QWidget) -> str:
    return unescape("\n".join(label.text() for label in widget.findChildren(QLabel)))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_alarm_signal_is_in_all_five_places(qtbot: QtBot, paths, language: str) -> None:
    with HistoryStore.open(paths) as store:
        check_five_places(qtbot, store, language)


def check_five_places(qtbot: QtBot, store: HistoryStore, language: str) -> None:
    signs = [sign.text.get(language) for sign in load_advice().alarm.signs]
    assert len(signs) >= 5
    library = load_library()
    exercise = library.exercise("glute_bridge")
    easier = exercise.variants_at("easier")
    widgets = [
        WelcomeDialog(language),
        HelpView(language, library=library),
        HurtDialog(exercise, easier[0] if easier else None, language),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
    report = build_report_content(
        store, library, start=None, end=None, language=language, today=date(2026, 11, 25)
    )
    places = {
        "welcome": shown_text(widgets[0]),
        "help": shown_text(widgets[1]),
        "this hurts": shown_text(widgets[2]),
        "report": "\n".join(line.text for line in report.alarm.lines),
        "rugtimer plan": "\n".join(
            plan_summary(store, library, date(2026, 11, 25), rest_seconds=30).lines(library, language)
        ),
    }
    for place, text in places.items():
        missing = [sign for sign in signs if sign not in text]
        assert missing == [], place
