"""The pain-trends view with real widgets: lazy pyqtgraph, the plotted numbers, states, ranges and the words."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rugtimer.app.demo import fill_demo
from rugtimer.history.store import HistoryStore
from rugtimer.history.trends import WeekStats, load_weekly_stats, summarize
from rugtimer.model.records import SessionRecord
from rugtimer.model.words import number
from rugtimer.paths import Paths
from rugtimer.ui.trends_view import TrendsView
from tests.history.history_helpers import one_set

TODAY = date(2026, 11, 25)  # a Wednesday
TZ = ZoneInfo("Europe/Amsterdam")
MakeView = Callable[..., TrendsView]


@pytest.fixture
def store(paths: Paths) -> HistoryStore:
    history = HistoryStore.open(paths)
    yield history
    history.close()


@pytest.fixture
def make_view(qtbot: QtBot, store: HistoryStore) -> MakeView:
    def make(language: str = "en", show: bool = True) -> TrendsView:
        view = TrendsView(lambda: store, language, target=(3, 4), today=lambda: TODAY)
        qtbot.addWidget(view)
        if show:
            view.resize(1366, 768)
            view.show()
            qtbot.waitExposed(view)
        return view

    return make


def add_session(store: HistoryStore, day: date, before: int | None, after: int | None = None) -> None:
    """A session in which one set was completed, so it counts as a day with exercises."""
    start = datetime(day.year, day.month, day.day, 19, 0, tzinfo=TZ)
    record = SessionRecord(
        started_at=start,
        ended_at=start + timedelta(minutes=25),
        status="completed",
        plan_week=1,
        pain_before=before,
        pain_after=after,
        is_demo=False,
    )
    store.add_session(record)
    store.record_set(one_set(record.id, start))


def test_constructing_the_view_does_not_import_pyqtgraph(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from rugtimer.history.store import HistoryStore\n"
        "from rugtimer.paths import Paths\n"
        "from rugtimer.ui.trends_view import TrendsView\n"
        "app = QApplication([])\n"
        "store = HistoryStore.open(Paths(Path(sys.argv[1])))\n"
        "view = TrendsView(lambda: store, 'en', target=(3, 4))\n"
        "view.refresh()\n"
        "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)\n"
        "store.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_showing_builds_the_plot_with_the_core_numbers(make_view: MakeView, store: HistoryStore) -> None:
    fill_demo(store, 12, today=TODAY)
    view = make_view()
    assert view.is_plot_built() and view.is_showing_plot()
    assert view.plot_widget() is not None and view.plot_widget().isVisible()
    view.set_range("all")
    weeks = load_weekly_stats(store, end=TODAY)
    plotted = view.plotted()
    assert len(plotted["before"]) == len(weeks) == 12
    for week, y in zip(weeks, plotted["before"], strict=True):
        assert y == pytest.approx(week.pain_before_mean)
    assert plotted["days"] == [float(w.exercise_days) for w in weeks]
    assert "wk 48 · 2026" in view.readout_text()  # the latest week's numbers are shown without hovering
    view.close()


def test_weeks_without_sessions_are_gaps_not_zeros(make_view: MakeView, store: HistoryStore) -> None:
    monday = date(2026, 11, 23)
    add_session(store, monday - timedelta(weeks=3), 6, 4)
    add_session(store, monday - timedelta(weeks=3) + timedelta(days=2), 4, 3)
    add_session(store, monday - timedelta(weeks=1), 3)  # rated before only
    view = make_view()
    plotted = view.plotted()
    assert plotted["before"][0] == 5.0
    assert math.isnan(plotted["before"][1])
    assert plotted["before"][2] == 3.0
    assert math.isnan(plotted["before"][3])  # this week, nothing yet
    assert plotted["after"][0] == 3.5 and math.isnan(plotted["after"][2])
    assert plotted["days"] == [2.0, 0.0, 1.0, 0.0]
    view.close()


def test_empty_history_explains_instead_of_an_empty_plot(make_view: MakeView) -> None:
    view = make_view()
    assert not view.is_showing_plot()
    assert not view.is_plot_built()
    assert "After your first sessions" in view.empty_text()
    assert "No pain ratings yet" in view.words_text()
    view.close()


def test_a_single_week_explains_what_comes_next(make_view: MakeView, store: HistoryStore) -> None:
    add_session(store, date(2026, 11, 23), 5)
    add_session(store, date(2026, 11, 24), 7)
    view = make_view()
    assert not view.is_showing_plot()
    assert "first week" in view.empty_text() and "6.0" in view.empty_text()
    view.close()


def test_range_buttons_change_the_weeks_shown(make_view: MakeView, store: HistoryStore) -> None:
    fill_demo(store, 156, today=TODAY)
    view = make_view()
    counts = {}
    for key in ("weeks8", "months6", "year1", "all"):
        button = view.findChild(type(view._range_buttons[key]), f"range_{key}")
        assert button is not None and button.accessibleName()
        button.click()
        counts[key] = len(view.visible_weeks())
        assert len(view.plotted()["before"]) == counts[key]
        low, high = view.x_range()
        assert low < 0 < counts[key] - 1 < high < counts[key]
    assert counts == {"weeks8": 8, "months6": 26, "year1": 52, "all": 156}
    assert view.visible_weeks()[-1].first_date == date(2026, 11, 23)
    view.close()


def test_the_words_give_the_change_and_adherence(make_view: MakeView, store: HistoryStore) -> None:
    fill_demo(store, 12, today=TODAY)
    summary = summarize(load_weekly_stats(store, end=TODAY), TODAY, target=(3, 4))
    view = make_view(show=False)
    view.refresh()
    words = view.words_text()
    assert f"{abs(summary.change_points):.1f} points lower" in words
    assert f"({abs(summary.change_percent):.0f} % less)" in words
    assert "meaningful improvement" in words
    assert f"Exercises on {summary.days_last_4_weeks} days in the last 4 weeks" in words
    assert "Ostelo et al. 2008" in words  # the meaningful-change rule names its source
    assert f"{summary.activity_minutes_last_4_weeks} minutes" in words
    assert "physiotherapist" not in words


def test_flat_pain_for_eight_weeks_suggests_a_physiotherapist_calmly(
    make_view: MakeView, store: HistoryStore
) -> None:
    first_monday = date(2026, 11, 23) - timedelta(weeks=7)
    for week in range(8):
        for day in (0, 2, 4):
            add_session(store, first_monday + timedelta(weeks=week, days=day), 5, 5)
    view = make_view(show=False)
    view.refresh()
    words = view.words_text()
    assert "physiotherapist" in words
    assert "8 weeks" in words
    assert "The same as at the start" in words
    assert "!" not in words


def test_dutch_numbers_use_a_decimal_comma(make_view: MakeView, store: HistoryStore) -> None:
    fill_demo(store, 12, today=TODAY)
    view = make_view(language="nl", show=False)
    view.refresh()
    summary = summarize(load_weekly_stats(store, end=TODAY), TODAY, target=(3, 4))
    expected = number(summary.days_per_week, 1, "nl")  # the one number format, shared with the report
    assert "," in expected and expected in view.words_text()


def test_arrow_keys_move_the_week_shown(make_view: MakeView, store: HistoryStore, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    fill_demo(store, 12, today=TODAY)
    view = make_view()
    graph = view.plot_widget()
    assert graph is not None
    qtbot.keyClick(graph, Qt.Key.Key_Home)
    assert "wk 37 · 2026" in view.readout_text()
    qtbot.keyClick(graph, Qt.Key.Key_Right)
    assert "wk 38 · 2026" in view.readout_text()
    view.close()


def test_decades_on_one_screen_are_drawn_as_run_means_that_keep_gaps() -> None:
    import numpy as np

    from rugtimer.ui.trends_plot import _band_points, _run_means

    nan = float("nan")
    means = _run_means(np, np.array([1.0, 3.0, nan, nan, nan, nan, 5.0]), 2)
    assert means[0] == 2.0 and np.isnan(means[1]) and np.isnan(means[2]) and means[3] == 5.0
    weeks = [
        WeekStats(
            iso_year=2026,
            iso_week=1 + i,
            first_date=date(2026, 1, 5) + timedelta(weeks=i),
            sessions=1,
            exercise_days=1,
            rated_sessions=1,
            pain_before_mean=4.0,
            pain_before_min=low,
            pain_before_max=high,
        )
        for i, (low, high) in enumerate([(2, 5), (3, 7), (1, 4)])
    ]
    [(x, merged)] = _band_points(weeks, 3)
    assert x == 1.0 and (merged.pain_before_min, merged.pain_before_max) == (1, 7)


# --- fitting a laptop at large text or a desktop scale (rugtimer.screen_fit and the view)


def test_the_days_axis_gives_the_target_one_label_when_3_and_4_would_overlap() -> None:
    from rugtimer.screen_fit import target_axis_labels

    assert target_axis_labels(3, 4, pixels_per_unit=30, label_px=16) == [(0, "0"), (3, "3"), (4, "4")]
    # 175 % text on a laptop: 90 px for seven days, 17 px digits (3 was drawn over 4)
    assert target_axis_labels(3, 4, pixels_per_unit=12, label_px=17) == [(0, "0"), (3.5, "3–4")]
    assert target_axis_labels(3, 4, pixels_per_unit=4, label_px=17) == [(3.5, "3–4")]  # the band first


def test_axis_steps_and_legend_columns_follow_the_room() -> None:
    from rugtimer.screen_fit import even_step, grid_columns, spaced_labels, week_label_step

    assert even_step((2, 5, 10), pixels_per_unit=15, label_px=17) == 2
    assert even_step((2, 5, 10), pixels_per_unit=5, label_px=17) == 5
    assert spaced_labels([(0, "0"), (10, "10"), (1, "1")], pixels_per_unit=10, label_px=15) == [
        (0, "0"),
        (10, "10"),
    ]
    # "wk 46" 75 px, "wk 18 · 2026" 150 px at 175 %, 20 px a week: every 8th week, as far as they need
    assert week_label_step(40, 20, 75, 150, (1, 2, 4, 8, 13)) == 8
    assert week_label_step(40, 40, 75, 150, (1, 2, 4, 8, 13)) == 4
    assert week_label_step(3, 1, 75, 150, (1, 2, 4, 8, 13)) == 4  # one label: as far apart as the weeks
    assert grid_columns(7, cell_px=200, room=900, spacing=12, most=4) == 4
    assert grid_columns(7, cell_px=250, room=860, spacing=12, most=4) == 3
    assert grid_columns(7, cell_px=250, room=481, spacing=12, most=4) == 1
    assert grid_columns(7, cell_px=200, room=481, spacing=12, most=4) == 2


def settle(qtbot: QtBot) -> None:
    """Let the view's deferred fitting run (labels chosen after the plots have their size)."""
    for _round in range(5):
        qtbot.wait(10)


def test_at_175_percent_no_two_axis_labels_overlap(
    make_view: MakeView, store: HistoryStore, qtbot: QtBot, text_scale_175: None
) -> None:
    """The days axis drew 3 over 4 at 175 % (its plot is ~90 px high); every range is checked, and the axis
    titles are whole inside the graph."""
    from tests.ui.a11y_checks import plot_text_offenders

    fill_demo(store, 60, today=TODAY)
    view = make_view()
    view.resize(1302, 554)
    for key in ("weeks8", "months6", "year1", "all"):
        view.set_range(key)
        settle(qtbot)
        assert plot_text_offenders(key, view) == []
    view.close()


def test_at_a_desktop_scale_of_150_percent_the_page_fits_its_width_and_shows_the_newest_week(
    make_view: MakeView, store: HistoryStore, qtbot: QtBot
) -> None:
    """911×512 logical pixels (1366×768 at 150 %) leave the graph column ~480 px: the four-column legend
    was wider than that, so the page was cut on the right (newest weeks, a legend entry, the week's line)
    and "Pain (0–10)" hung from the axis' middle, cut at the top. The legend now takes the columns the width
    holds, the PSK title wraps, and nothing is cut."""
    from tests.ui.a11y_checks import clipping_offenders, plot_text_offenders, sideways_cut_offenders

    fill_demo(store, 40, today=TODAY)
    view = make_view()
    view.resize(863, 420)
    settle(qtbot)
    assert sideways_cut_offenders("Progress", view) == []
    assert clipping_offenders("Progress", view) == []
    assert plot_text_offenders("Progress", view) == []
    plot, scroll = view.plot_widget(), view.findChild(QWidget, "trendsGraphScroll")
    right_edge = plot.mapTo(scroll.viewport(), plot.rect().topRight()).x()
    assert right_edge <= scroll.viewport().width()  # the graph's right end, with the newest week, in view
    low, high = view.x_range()
    assert low <= 0 and high >= len(view.visible_weeks()) - 1
    legend = view.findChild(QWidget, "trendsLegend")
    assert legend.width() <= scroll.viewport().width()
    view.close()
