"""Building blocks for the advice texts: big, word-wrapped labels and the framed alarm-signals box.

The Help page and the welcome dialog both show the alarm signals; building the box in one place keeps the
two the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from rugtimer.program.advice import AlarmAdvice
from rugtimer.ui.exercise_card import font

BODY_POINTS = 14
HEADING_POINTS = 20
TITLE_POINTS = 24
LINE_CHARACTERS = 80
"""Longer lines are hard to follow back to the next line's start; the text column stops here."""

# Set apart by a frame, a thick side bar and a soft background: noticeable, yet no red and no warning icon.
_ALARM_STYLE = (
    "QFrame#alarmBox { border: 2px solid palette(mid); border-left: 8px solid palette(highlight);"
    " background: palette(alternate-base); }"
)


def text_label(
    text: str,
    points: float = BODY_POINTS,
    weight: QFont.Weight = QFont.Weight.Normal,
    object_name: str = "",
    italic: bool = False,
) -> QLabel:
    """A word-wrapping plain-text label (a "<" in a text is never markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setFont(font(points, weight, italic))
    if object_name:
        label.setObjectName(object_name)
    return label


def heading_label(text: str, object_name: str, points: float = HEADING_POINTS) -> QLabel:
    label = text_label(text, points, QFont.Weight.Bold, object_name)
    label.setAccessibleName(text)
    return label


def bullet_list(items: Sequence[str], object_name: str, points: float = BODY_POINTS) -> QLabel:
    """Items as a bulleted list; each item is escaped, the markup is ours."""
    rows = "".join(f"<li style='margin-bottom: 4px'>{escape(item)}</li>" for item in items)
    label = QLabel(f"<ul style='margin-top: 0; margin-bottom: 0'>{rows}</ul>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setWordWrap(True)
    label.setFont(font(points))
    label.setObjectName(object_name)
    label.setAccessibleName("; ".join(items))
    return label


def readable_width(points: float = BODY_POINTS, characters: int = LINE_CHARACTERS) -> int:
    """The width in pixels of a line of ``characters`` average characters at ``points``."""
    return QFontMetrics(font(points)).averageCharWidth() * characters


def alarm_box(
    alarm: AlarmAdvice, language: str, points: float = BODY_POINTS, heading_points: float = HEADING_POINTS
) -> QFrame:
    """The alarm signals in a framed box: what to watch for, whom to call, and that the app does not diagnose.

    The welcome dialog passes a slightly smaller heading so the box fits beside the choices on 768 px.
    """
    box = QFrame()
    box.setObjectName("alarmBox")
    box.setFrameShape(QFrame.Shape.StyledPanel)
    box.setStyleSheet(_ALARM_STYLE)

    heading = alarm.heading.get(language)
    signs = [sign.text.get(language) for sign in alarm.signs]
    parts = [
        alarm.calm.get(language),
        alarm.intro.get(language),
        alarm.after_hours.get(language),
        alarm.not_a_diagnosis.get(language),
    ]
    layout = QVBoxLayout(box)
    layout.setContentsMargins(22, 16, 18, 16)
    layout.setSpacing(8)
    layout.addWidget(heading_label(heading, "alarmHeading", heading_points))
    layout.addWidget(text_label(parts[0], points, object_name="alarmCalm"))
    layout.addWidget(text_label(parts[1], points, QFont.Weight.Bold, "alarmIntro"))
    layout.addWidget(bullet_list(signs, "alarmSigns", points))
    layout.addWidget(text_label(parts[2], points, QFont.Weight.DemiBold, "alarmAfterHours"))
    layout.addWidget(text_label(parts[3], points, object_name="alarmNoDiagnosis", italic=True))

    box.setAccessibleName(heading)
    box.setAccessibleDescription(" ".join([parts[0], parts[1], "; ".join(signs) + ".", *parts[2:]]))
    return box
