"""The session's moving figure: it moves with the runner's clock, repaints only when the pose moved, stands
still with reduced motion (the setting, or the desktop's wish), and shows the variant being done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rugtimer.program.library import illustration_bytes, load_library
from rugtimer.program.plan import Dose
from rugtimer.program.pose_files import shipped_pose_set
from rugtimer.program.poses import pose_at
from rugtimer.program.runner import SessionRunner
from rugtimer.program.timeline import Phase, TimelineSettings, build_timeline
from rugtimer.settings import Settings, load_settings, save_settings
from rugtimer.ui.pose_figure import MovingFigure, system_prefers_reduced_motion
from rugtimer.ui.session_view import SessionView
from tests.program.fake_clock import FakeClock

LIBRARY = load_library()
BRIDGE = shipped_pose_set("glute_bridge")


def figure_image(figure: MovingFigure) -> QImage:
    return figure.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        a.pixel(x, y) != b.pixel(x, y) for x in range(0, a.width(), 2) for y in range(0, a.height(), 2)
    )


def test_the_figure_paints_another_picture_further_into_the_phase(qtbot: QtBot) -> None:
    figure = MovingFigure()
    qtbot.addWidget(figure)
    figure.resize(QSize(480, 320))
    figure.set_svg(illustration_bytes(LIBRARY.exercise("glute_bridge")))
    animation = BRIDGE.base
    figure.set_animation(animation)
    figure.set_pose(pose_at(animation, Phase.UP, 200, 2000))
    early = figure_image(figure)
    figure.set_pose(pose_at(animation, Phase.UP, 1500, 2000))
    late = figure_image(figure)
    assert differing_pixels(early, late) > 100
    figure.set_pose(pose_at(animation, Phase.UP, 200, 2000))
    assert differing_pixels(early, figure_image(figure)) == 0  # the same moment, the same picture


def test_the_figure_draws_in_the_colours_it_is_given(qtbot: QtBot) -> None:
    figure = MovingFigure()
    qtbot.addWidget(figure)
    figure.resize(QSize(240, 160))
    figure.set_animation(shipped_pose_set("ball_wall_squat").base)
    figure.set_colours("#ff0000", "#00ff00")
    image = figure_image(figure)
    colours = {image.pixelColor(x, y).name() for x in range(240) for y in range(160)}
    assert {"#ff0000", "#00ff00"} <= colours  # the figure in the stroke colour, the ball in the accent


def test_a_pose_that_does_not_move_anything_on_screen_asks_for_no_repaint(qtbot: QtBot) -> None:
    figure = MovingFigure()
    qtbot.addWidget(figure)
    figure.resize(QSize(480, 320))
    animation = BRIDGE.base
    figure.set_animation(animation)
    assert figure.set_pose(animation.pose("start"))
    assert not figure.set_pose(dict(animation.pose("start")))
    nudged = {name: (x + 0.01, y) for name, (x, y) in animation.pose("start").items()}
    assert not figure.set_pose(nudged)  # a hundredth of a unit is less than a quarter pixel here
    assert figure.set_pose(animation.pose("end"))


class Session:
    """A bridge session on a fake clock, shown in a SessionView."""

    def __init__(self, qtbot: QtBot, dose: Dose, *, reduced: bool | None = False) -> None:
        exercise = LIBRARY.exercise(dose.exercise)
        self.timeline = build_timeline([(exercise, dose)], TimelineSettings(lead_in_s=5, rest_s=30))
        self.clock = FakeClock()
        self.runner = SessionRunner(self.timeline, self.clock)
        self.view = SessionView(LIBRARY, "en")
        qtbot.addWidget(self.view)
        self.view.set_reduced_motion(reduced)
        self.view.resize(1366, 678)
        self.view.show()
        qtbot.waitExposed(self.view)
        self.runner.start()
        self.show()

    def show(self, names: dict[str, str] | None = None) -> None:
        self.view.show_snapshot(self.runner.snapshot(), self.timeline, names)
        QApplication.sendPostedEvents()

    def at(self, seconds: float) -> None:
        """Move the clock to ``seconds`` after the start and tick, as the frame timer would."""
        self.clock.now_ns = 1_000_000_000_000 + round(seconds * 1e9)
        self.runner.poll()
        self.show()

    def paints_while(self, seconds: list[float]) -> int:
        """Paint events of the figure over frames at ``seconds``, after the first (a new step repaints the
        whole view once: its colours change)."""
        self.at(seconds[0])
        QApplication.processEvents()
        before = self.view.illustration.paints
        for moment in seconds[1:]:
            self.at(moment)
            QApplication.processEvents()  # the event loop paints what was asked for, as between frames
        return self.view.illustration.paints - before


def test_the_session_moves_the_figure_on_the_runners_clock(qtbot: QtBot) -> None:
    session = Session(qtbot, Dose("glute_bridge", sets=1, reps=3))
    figure, animation = session.view.illustration, BRIDGE.base
    assert figure.pose() == animation.pose("start")  # get ready: the start pose
    session.at(5 + 1.0)  # halfway up
    assert session.runner.snapshot().step.phase is Phase.UP
    assert figure.pose() == pose_at(animation, Phase.UP, 1000, 2000)
    session.at(5 + 3.0)  # holding
    assert figure.pose() == animation.pose("end")
    session.at(5 + 5.0)  # halfway down
    assert figure.pose() == pose_at(animation, Phase.DOWN, 1000, 2000)


def test_the_figure_repaints_while_it_moves_and_not_while_it_holds(qtbot: QtBot) -> None:
    session = Session(qtbot, Dose("glute_bridge", sets=1, reps=3))
    frames = [i / 30 for i in range(30)]
    assert session.paints_while([1 + t for t in frames[:25]]) == 0  # get ready, start pose: none
    assert session.paints_while([5 + 0.2 + t for t in frames[:25]]) >= 20  # moving up: most frames
    assert session.paints_while([5 + 2.2 + t for t in frames[:50:2]]) == 0  # the hold: none


def test_reduced_motion_shows_the_still_pose_of_the_cards(qtbot: QtBot) -> None:
    session = Session(qtbot, Dose("glute_bridge", sets=1, reps=3), reduced=True)
    figure = session.view.illustration
    for moment in (1.0, 5 + 0.5, 5 + 1.5, 5 + 3.0, 5 + 5.0):
        session.at(moment)
        assert figure.pose() == BRIDGE.base.still_pose()
    assert session.paints_while([5 + 6 + t / 30 for t in range(20)]) == 0


def test_the_desktop_cannot_ask_for_reduced_motion_in_qt_6_11() -> None:
    assert system_prefers_reduced_motion() is False  # Qt 6.11 offscreen: no such desktop wish


def test_the_session_shows_the_variant_of_the_dose(qtbot: QtBot) -> None:
    session = Session(qtbot, Dose("glute_bridge", sets=1, reps=3, variant="smaller_lift"))
    view = session.view
    assert view.illustration.animation() is BRIDGE.animation("smaller_lift")
    assert view.exercise_name.text() == "Glute bridge · Small bridge"
    session.at(5 + 3.0)
    assert view.illustration.pose() == BRIDGE.animation("smaller_lift").pose("end")
    assert view.illustration.pose() != BRIDGE.base.pose("end")


def test_the_easier_variant_chosen_after_this_hurts_shows_at_once(qtbot: QtBot) -> None:
    session = Session(qtbot, Dose("glute_bridge", sets=1, reps=3))
    view = session.view
    assert view.illustration.animation() is BRIDGE.base
    assert view.cue.text() == LIBRARY.exercise("glute_bridge").cue.en
    session.show({"glute_bridge": "smaller_lift"})  # the recorder's variants: exercise id -> variant id
    easier = LIBRARY.exercise("glute_bridge").variant("smaller_lift")
    assert view.illustration.animation() is BRIDGE.animation("smaller_lift")
    assert view.exercise_name.text() == "Glute bridge · Small bridge"
    assert view.cue.text() == easier.description.en  # the variant's own instruction, not the plain one


def test_a_finished_session_shows_the_still_pose(qtbot: QtBot) -> None:
    session = Session(qtbot, Dose("glute_bridge", sets=1, reps=1))
    session.at(5 + 1.0)
    session.runner.stop()
    session.show()
    assert session.view.illustration.pose() == BRIDGE.base.still_pose()


def test_the_setting_is_saved_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    save_settings(path, Settings(reduced_motion=True))
    assert "reduced_motion = true" in path.read_text(encoding="utf-8")
    assert load_settings(path) == (Settings(reduced_motion=True), [])


def test_the_settings_dialog_has_the_reduced_motion_box(qtbot: QtBot) -> None:
    from rugtimer.ui.cues import RecordingCuePlayer
    from rugtimer.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), RecordingCuePlayer(language="en"))
    qtbot.addWidget(dialog)
    assert not dialog.reduced_motion.isChecked()
    dialog.reduced_motion.setChecked(True)
    assert dialog.settings().reduced_motion is True
    assert dialog.reduced_motion.accessibleDescription()
