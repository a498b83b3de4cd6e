"""The session screen: what you see from the mat. Phase word, seconds, the rep count, tempo bar, what's next.

Thin: it shows a runner snapshot and knows nothing about timing. Fonts scale with the window's height, in an
order of size that follows what a person on the mat looks up for: the seconds of this phase, then how many
repetitions are done ("3 / 10", at least 60 px cap height in a 1366×768 window), then the phase word and what
comes next (at least 30 px cap height). The chosen text size makes the smaller lines bigger, never smaller,
and never the seconds smaller: the sizes and who gives way first are the core's (``session_type_choices`` in
``theme_data``); this view only measures which of its choices fits, for the session's longest texts, once per
session and window size, so no size jumps from one step to the next.

The drawing moves: the figure of the exercise (or of the variant being done) follows the step and the time
spent in it, from the same snapshot as the seconds, so it moves on the cues' clock (``program/poses.py``).
With reduced motion (the setting, or the desktop's wish where Qt tells it) it stands still in the pose of the
cards' drawing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from rugtimer.program.exercises import Exercise
from rugtimer.program.library import Library, illustration_bytes
from rugtimer.program.pose_files import shipped_pose_set
from rugtimer.program.poses import Animation, moves, pose_at
from rugtimer.program.runner import RunState, Snapshot
from rugtimer.program.session_keys import session_key_hints
from rugtimer.program.tempo_level import bar_level, bar_moves
from rugtimer.program.timeline import Phase, Step, Timeline
from rugtimer.program.validation import ProgramError
from rugtimer.theme_data import SessionType, session_type_choices
from rugtimer.ui.phase_style import phase_colours, phase_word, side_word
from rugtimer.ui.pose_figure import MovingFigure, system_prefers_reduced_motion
from rugtimer.ui.steady_text import SteadyText
from rugtimer.ui.tempo_bar import TempoBar
from rugtimer.ui.theme import current_text_scale


def _label(name: str, weight: QFont.Weight = QFont.Weight.Normal) -> QLabel:
    label = QLabel(" ")  # a text from the start: Qt keeps a never-texted label's size for its first font
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    font = label.font()
    font.setWeight(weight)
    label.setFont(font)
    return label


def _text_height(label: QLabel, text: str) -> int:
    """The height ``label`` would need for ``text`` at its width now, measured as QLabel measures plain
    text; 0 for no text."""
    if not text:
        return 0
    flags = int(label.alignment())
    if label.wordWrap():
        flags |= int(Qt.TextFlag.TextWordWrap)
    area = QRect(0, 0, max(1, label.width()), 1 << 20)
    return QFontMetrics(label.font()).boundingRect(area, flags, text).height()


def _reserved_height(label: QLabel) -> int:
    """The least height the layout gives ``label`` for its text now (as a box layout asks its items)."""
    item = QWidgetItem(label)
    return item.heightForWidth(label.width()) if item.hasHeightForWidth() else item.minimumSize().height()


def text_scale() -> int:
    """The text-size setting in percent (100 when no theme was applied, e.g. in a bare test)."""
    app = QApplication.instance()
    return current_text_scale(app) if isinstance(app, QApplication) else 100


class SessionView(QWidget):
    """Shows one snapshot; ``tick()`` updates only the seconds and the bar (called by the animation timer)."""

    floor_mode_requested = Signal()
    help_requested = Signal()

    def __init__(self, library: Library, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.language = language
        self._floor = False
        self._shown_key: tuple | None = None
        self._reduced_motion = False
        self._first_phase = "up"
        self._moving: Animation | None = None  # the figure that follows the clock; None: it stands still
        self._longest: dict[QLabel, str] = {}  # each line's longest text in this session: the sizes fit it
        self._longest_for: tuple[Timeline, tuple] | None = None  # the session and variants it was found for
        self.setObjectName("sessionView")
        # The phase colour is painted in paintEvent, not by autoFillBackground: Qt paints an "opaque" widget
        # whose children are dirty too (every phase change) twice over, measured in Qt 6.11.

        self.exercise_name = _label("exerciseName", QFont.Weight.DemiBold)
        self.counters = _label("counters")
        self.reps = _label("repCount", QFont.Weight.Bold)
        self.reps.setWordWrap(False)
        self.reps.setAccessibleName(self.tr("Repetitions done"))
        self.phase = _label("phaseWord", QFont.Weight.Bold)
        self.seconds = SteadyText("88")  # changes every second: repaints itself, never the layout
        self.seconds.setObjectName("secondsLeft")
        seconds_font = self.seconds.font()
        seconds_font.setWeight(QFont.Weight.Bold)
        self.seconds.setFont(seconds_font)
        self.next_up = _label("nextUp")
        self.cue = _label("cueLine")
        self.hints = _label("keyHints")
        self.illustration = MovingFigure()
        self.illustration.setObjectName("sessionIllustration")
        self.illustration.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.bar = TempoBar()
        self.bar.setObjectName("tempoBar")
        self.floor_button = QPushButton(self.tr("Floor mode (F11)"))
        self.floor_button.setObjectName("floorModeButton")
        self.floor_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button_font = self.floor_button.font()
        button_font.setPointSize(14)
        self.floor_button.setFont(button_font)
        self.floor_button.clicked.connect(self.floor_mode_requested)
        self.setAccessibleName(self.tr("Exercise session"))
        self._show_key_hints(RunState.READY)
        self.phase.setAccessibleName(self.tr("Phase"))
        self.seconds.setAccessibleName(self.tr("Seconds left"))

        self._make_layout()

    def _make_layout(self) -> None:
        """Name on top; illustration, phase, seconds, rep count and tempo bar in the middle; then what's next.

        The layout sits on ``content``, a child that fills this view, not on the view itself: a label that
        changes its text during a set then re-lays out the session screen only. On the view, every new rep
        count or phase word would re-lay out the main window and ask every page in its stack for its height.
        """
        centre = QVBoxLayout()
        centre.addWidget(self.phase)
        centre.addWidget(self.seconds, 1)
        centre.addWidget(self.reps)
        centre.addWidget(self.counters)
        middle = QHBoxLayout()
        middle.addWidget(self.illustration, 3)
        middle.addLayout(centre, 5)
        middle.addWidget(self.bar)
        top = QHBoxLayout()
        top.addWidget(self.exercise_name, 1)
        top.addWidget(self.floor_button, 0, Qt.AlignmentFlag.AlignTop)
        self.content = QWidget(self)
        self.content.setObjectName("sessionContent")
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.next_up)
        layout.addWidget(self.cue)
        layout.addWidget(self.hints)

    def _show_key_hints(self, state: RunState) -> None:
        """The key line for ``state`` (the core chooses it: paused, Space resumes). The keyboard focus rests
        on this view during a session (every action is a key), so a screen reader hears the same line."""
        hints = session_key_hints(state).get(self.language)
        self.hints.setText(hints)
        self.setAccessibleDescription(hints)

    # -- appearance ------------------------------------------------------------------------------------

    def set_floor_mode(self, floor: bool) -> None:
        """Floor mode keeps only what matters from the floor, bigger still."""
        self._floor = floor
        for widget in (self.illustration, self.cue, self.hints, self.floor_button):
            widget.setVisible(not floor)
        self._scale_fonts()

    def set_reduced_motion(self, reduced: bool) -> None:
        """The "reduced motion" setting (the window passes it when a session starts): the drawing stands
        still. The desktop's wish, where Qt exposes it, counts too."""
        self._reduced_motion = reduced
        self._shown_key = None  # the next snapshot chooses the drawing again

    def motion_reduced(self) -> bool:
        return self._reduced_motion or system_prefers_reduced_motion()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.content.setGeometry(self.rect())
        self._scale_fonts()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        painter.end()

    def sizeHint(self) -> QSize:
        return self.content.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.content.minimumSizeHint()

    def _scale_fonts(self) -> None:
        """The first of the core's size choices whose lines all fit this page (see the module's docstring).

        Runs on a resize, on floor mode and when a session starts, never per step or frame: each try sets
        eight fonts and lays the page out once."""
        window = self.window().height()
        choices = session_type_choices(window, self.height(), text_scale(), floor=self._floor)
        for sizes in choices:
            self._apply_sizes(sizes)
            if self._needed_height() <= self.height():
                return

    def _apply_sizes(self, sizes: SessionType) -> None:
        for field in fields(sizes):  # each named as the line it sizes
            widget = getattr(self, field.name)
            font = widget.font()
            font.setPixelSize(getattr(sizes, field.name))
            widget.setFont(font)
        self.content.layout().activate()  # the lines' widths at the new sizes, for ``_needed_height``

    def _needed_height(self) -> int:
        """The least height of the page at the sizes now: the layout's own (what it gives every line before
        it squeezes any), plus what each line's longest text of the session needs beyond its text now."""
        extra = sum(
            max(0, _text_height(label, text) - _reserved_height(label))
            for label, text in self._longest.items()
            if label.isVisibleTo(self)
        )
        return self.content.layout().totalMinimumHeightForWidth(self.width()) + extra

    def _apply_style(self, key: str) -> None:
        style = phase_colours(key)  # the theme showing now
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(style.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(style.foreground))
        self.setPalette(palette)
        self.bar.set_colour(QColor(style.foreground))
        self.illustration.set_colours(style.foreground, style.foreground)  # never blue on blue

    # -- content ---------------------------------------------------------------------------------------

    def show_snapshot(
        self, snap: Snapshot, timeline: Timeline, variants: Mapping[str, str] | None = None
    ) -> None:
        """Refresh everything that depends on the step; cheap when nothing changed.

        ``variants``: exercise id -> the id of the variant being done (the session recorder's, which "this
        hurts" can change); an exercise not in it is done in its dose's variant."""
        step = snap.step
        finished = snap.state in (RunState.COMPLETED, RunState.STOPPED)
        paused = snap.state is RunState.PAUSED
        chosen = tuple(sorted((variants or {}).items()))
        key = (snap.step_index, snap.state, chosen)
        if key != self._shown_key:
            self._shown_key = key
            fitted = self._longest_for
            if fitted is None or fitted[0] is not timeline or fitted[1] != chosen:
                self._fit_session(timeline, variants or {})
                self._longest_for = (timeline, chosen)
            exercise = self.library.exercise(step.exercise_id)
            style_key = "done" if finished else "paused" if paused else step.phase
            self._apply_style(style_key)
            self._show_key_hints(snap.state)
            self.phase.setText(
                phase_word("done") if finished else phase_word("paused") if paused else phase_word(step.phase)
            )
            variant_id = self._variant_id(exercise, step, timeline, variants or {})
            name, cue = self._name_and_cue(exercise, variant_id)
            self.exercise_name.setText(name)
            self.counters.setText(self._counters(step))
            self.reps.setText(self._reps(step))
            self.reps.setAccessibleDescription(self._reps_words(step))
            self.next_up.setText("" if finished else self._next_text(snap.step_index, timeline))
            self.cue.setText(cue)
            self._show_illustration(exercise, variant_id, still=finished or self.motion_reduced())
            # Lay out the new texts now, so the new colours and the moved texts are painted once together.
            self.content.layout().activate()
        self.tick(snap)

    def tick(self, snap: Snapshot) -> float | None:
        """The seconds, the bar and the figure's pose, each redrawn only when it changed. Returns None while
        the figure moves (the next frame is due at the frame rate), else the milliseconds until the screen
        changes next: the seconds, or the bar's next pixel during a slow rest; a rep's hold needs a frame
        only when its seconds change."""
        finished = snap.state in (RunState.COMPLETED, RunState.STOPPED)
        text = "✓" if finished else str(snap.seconds_left)
        if self.seconds.text() != text:
            self.seconds.setText(text)
        step = snap.step
        self.bar.set_level(0.0 if finished else bar_level(step.phase, snap.fraction))
        figure_moves = self._moving is not None and self.illustration.isVisible()  # floor mode hides it
        if figure_moves:
            pose = pose_at(
                self._moving,
                step.phase,
                snap.elapsed_in_step_ms,
                step.duration_ms,
                side=step.side,
                first=self._first_phase,
            )
            self.illustration.set_pose(pose)
            figure_moves = moves(self._moving, step.phase)
        if finished or figure_moves:
            return None
        if bar_moves(step.phase):
            return min(snap.ms_until_seconds_change, self.bar.ms_per_pixel(step.duration_ms))
        return snap.ms_until_seconds_change

    def _fit_session(self, timeline: Timeline, variants: Mapping[str, str]) -> None:
        """A new session (or another variant): find each line's longest text in it, and the sizes that fit
        them, so that no later step's text needs more room than the page has."""
        steps = timeline.steps
        texts: dict[QLabel, list[str]] = {
            self.phase: [phase_word(word) for word in {*(step.phase for step in steps), "done", "paused"}],
            self.reps: [self._reps(step) for step in steps],
            self.counters: [self._counters(step) for step in steps],
            self.next_up: [self._next_text(index, timeline) for index in range(len(steps))],
            self.hints: [session_key_hints(state).get(self.language) for state in RunState],
            self.exercise_name: [],
            self.cue: [],
        }
        for step in {step.exercise_index: step for step in steps}.values():
            exercise = self.library.exercise(step.exercise_id)
            name, cue = self._name_and_cue(exercise, self._variant_id(exercise, step, timeline, variants))
            texts[self.exercise_name].append(name)
            texts[self.cue].append(cue)
        self._longest = {label: max(found, key=len) for label, found in texts.items() if found}
        self._scale_fonts()

    def _name_and_cue(self, exercise: Exercise, variant_id: str | None) -> tuple[str, str]:
        """The name line ("Bridge · on the toes" for a variant) and the cue line of what is being done."""
        name = exercise.name.get(self.language)
        variant = exercise.variant(variant_id) if variant_id else None
        if variant is None:
            return name, exercise.cue.get(self.language)
        return f"{name} · {variant.name.get(self.language)}", variant.description.get(self.language)

    def _show_illustration(self, exercise: Exercise, variant_id: str | None, *, still: bool) -> None:
        """The moving figure of the exercise or its variant; the still SVG when it has no poses."""
        if self.illustration.property("exerciseId") != exercise.id:
            self.illustration.set_svg(illustration_bytes(exercise))
            self.illustration.setProperty("exerciseId", exercise.id)
        try:
            pose_set = shipped_pose_set(exercise.id)
        except ProgramError:
            pose_set = None  # a damaged pose file costs the movement, never the session
        animation = pose_set.animation(variant_id) if pose_set is not None else None
        self._first_phase = exercise.tempo.first if exercise.tempo is not None else "up"
        self._moving = None if still else animation
        if animation is not self.illustration.animation():
            self.illustration.set_animation(animation)
        elif still and animation is not None:
            self.illustration.set_pose(animation.still_pose())

    @staticmethod
    def _variant_id(
        exercise: Exercise, step: Step, timeline: Timeline, variants: Mapping[str, str]
    ) -> str | None:
        """The variant being done: the session's (after "this hurts"), else the dose's own."""
        if exercise.id in variants:
            return variants[exercise.id]
        doses = timeline.doses
        return doses[step.exercise_index].variant if step.exercise_index < len(doses) else None

    def _counters(self, step) -> str:
        """The smaller line under the rep count: which set, and which side; between two exercises, why there
        is time to get ready (the get-ready setting is for the first exercise only)."""
        if step.phase is Phase.LEAD_IN and step.exercise_index > 0:
            return self.tr("Get into the starting position for this exercise")
        parts = []
        if step.phase is not Phase.LEAD_IN and step.sets_total > 1:
            parts.append(
                self.tr("Set %1 of %2")
                .replace("%1", str(step.set_number))
                .replace("%2", str(step.sets_total))
            )
        if step.side:
            parts.append(side_word(step.side))
        return " · ".join(parts)

    @staticmethod
    def _reps(step) -> str:
        """ "3 / 10": the repetition being done of the set (per side when the set is done per side)."""
        return f"{step.rep} / {step.reps_total}" if step.rep is not None else ""

    def _reps_words(self, step) -> str:
        if step.rep is None:
            return ""
        return self.tr("Rep %1 of %2").replace("%1", str(step.rep)).replace("%2", str(step.reps_total))

    def _next_text(self, index: int, timeline: Timeline) -> str:
        step = timeline.steps[index]
        following = timeline.block_end(index) + 1 if step.is_movement else index + 1
        if following >= len(timeline.steps):
            return self.tr("Last one: then you're done")
        nxt = timeline.steps[following]
        if nxt.exercise_index != step.exercise_index:
            name = self.library.exercise(nxt.exercise_id).name.get(self.language)
            return self.tr("Next: %1").replace("%1", name)
        if nxt.phase is Phase.REST:
            return self.tr("Next: rest %1 s").replace("%1", str(nxt.duration_ms // 1000))
        if nxt.phase is Phase.SWITCH:
            return self.tr("Next: switch sides")
        return (
            self.tr("Next: set %1 of %2")
            .replace("%1", str(nxt.set_number))
            .replace("%2", str(nxt.sets_total))
        )
