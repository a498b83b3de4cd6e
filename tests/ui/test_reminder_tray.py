"""The reminder tray: one timer armed to the next reminder, re-armed from the wall clock each time it fires."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from rugtimer.program.exercises import Range
from rugtimer.reminders import ReminderSchedule, seconds_until
from rugtimer.ui.reminder_tray import MAX_ARM_MS, ReminderTray

AMS = ZoneInfo("Europe/Amsterdam")
MON_WED_FRI_18 = ReminderSchedule(frozenset({0, 2, 4}), time(18, 0))


class WallClock:
    """A settable aware wall clock."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> None:
        self.now = moment


def icon() -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill()
    return QIcon(pixmap)


@pytest.fixture
def clock() -> WallClock:
    return WallClock(datetime(2026, 3, 16, 17, 30, tzinfo=AMS))  # a Monday, half an hour before 18:00


@pytest.fixture
def tray(qtbot: QtBot, clock: WallClock):
    made = ReminderTray(
        MON_WED_FRI_18, clock, icon(), tray_available=True, week_count=lambda: (1, Range(3, 4))
    )
    shown: list[tuple[str, str]] = []
    made.reminder_due.connect(lambda title, text: shown.append((title, text)))
    made.shown = shown  # type: ignore[attr-defined]
    yield made
    made.stop()
    made.deleteLater()


def test_arms_one_single_shot_timer_to_the_next_reminder(tray: ReminderTray) -> None:
    assert tray.available and tray.unavailable_reason == ""
    assert tray.timer.isActive() and tray.timer.isSingleShot()
    assert tray.timer.interval() == 30 * 60 * 1000
    assert 0 < tray.timer.remainingTime() <= 30 * 60 * 1000
    assert tray.due == datetime(2026, 3, 16, 18, 0, tzinfo=AMS)
    assert tray.tray_icon is not None and tray.tray_icon.isVisible()
    assert len(tray.findChildren(type(tray.timer))) == 1  # no other (polling) timers


def test_long_waits_are_capped_at_an_hour_and_re_read_the_clock(tray: ReminderTray, clock: WallClock) -> None:
    clock.set(datetime(2026, 3, 16, 19, 0, tzinfo=AMS))
    tray.set_schedule(MON_WED_FRI_18)  # next: Wednesday 18:00, 47 hours away
    assert tray.timer.interval() == MAX_ARM_MS
    clock.set(datetime(2026, 3, 16, 20, 0, tzinfo=AMS))
    tray.fire()  # an hour later: nothing due yet, armed again
    assert tray.shown == []  # type: ignore[attr-defined]
    assert tray.timer.isActive() and tray.timer.interval() == MAX_ARM_MS
    clock.set(datetime(2026, 3, 18, 17, 20, tzinfo=AMS))
    tray.fire()
    assert tray.timer.interval() == 40 * 60 * 1000


def test_firing_at_the_time_shows_the_message_with_the_week_count_and_re_arms(
    tray: ReminderTray, clock: WallClock
) -> None:
    clock.set(datetime(2026, 3, 16, 18, 0, 0, 5000, tzinfo=AMS))
    tray.fire()
    assert tray.shown == [  # type: ignore[attr-defined]
        (
            "Time for your back exercises",
            "1 of 3–4 days with exercises this week. A short session on the mat, at your own pace.",
        )
    ]
    assert tray.due == datetime(2026, 3, 18, 18, 0, tzinfo=AMS)
    assert tray.timer.isActive() and tray.timer.interval() == MAX_ARM_MS


def test_a_timer_that_fires_early_does_not_remind_yet(tray: ReminderTray, clock: WallClock) -> None:
    clock.set(datetime(2026, 3, 16, 17, 59, 59, 900_000, tzinfo=AMS))
    tray.fire()
    assert tray.shown == []  # type: ignore[attr-defined]
    assert tray.timer.interval() == 100
    assert tray.due == datetime(2026, 3, 16, 18, 0, tzinfo=AMS)


def test_no_reminder_during_a_session(tray: ReminderTray, clock: WallClock) -> None:
    busy = [True]
    tray.suppress_while(lambda: busy[0])
    clock.set(datetime(2026, 3, 16, 18, 0, 1, tzinfo=AMS))
    tray.fire()
    assert tray.shown == []  # type: ignore[attr-defined]
    assert tray.due == datetime(2026, 3, 18, 18, 0, tzinfo=AMS)  # that one is skipped, not postponed
    busy[0] = False
    clock.set(datetime(2026, 3, 18, 18, 0, 1, tzinfo=AMS))
    tray.fire()
    assert len(tray.shown) == 1  # type: ignore[attr-defined]


def test_after_a_long_sleep_a_stale_reminder_is_dropped(tray: ReminderTray, clock: WallClock) -> None:
    """The laptop slept through Monday 18:00 and wakes at 23:00: no late "time to exercise" at bedtime."""
    clock.set(datetime(2026, 3, 16, 23, 0, tzinfo=AMS))
    tray.fire()
    assert tray.shown == []  # type: ignore[attr-defined]
    assert tray.due == datetime(2026, 3, 18, 18, 0, tzinfo=AMS)


def test_a_little_late_still_reminds(tray: ReminderTray, clock: WallClock) -> None:
    clock.set(datetime(2026, 3, 16, 19, 15, tzinfo=AMS))
    tray.fire()
    assert len(tray.shown) == 1  # type: ignore[attr-defined]


def test_the_clock_going_back_re_arms_for_the_real_remaining_time(
    tray: ReminderTray, clock: WallClock
) -> None:
    clock.set(datetime(2026, 3, 16, 16, 0, tzinfo=AMS))  # someone set the clock back 90 minutes
    tray.fire()
    assert tray.shown == []  # type: ignore[attr-defined]
    assert tray.timer.interval() == MAX_ARM_MS
    assert tray.due == datetime(2026, 3, 16, 18, 0, tzinfo=AMS)


def test_across_the_spring_clock_change_the_wait_is_in_real_time(qtbot: QtBot) -> None:
    clock = WallClock(datetime(2026, 3, 29, 1, 30, tzinfo=AMS))  # Sunday, 30 minutes before 02:00 → 03:00
    made = ReminderTray(ReminderSchedule(frozenset({6}), time(3, 15)), clock, icon(), tray_available=True)
    try:
        assert made.timer.interval() == 45 * 60 * 1000  # 01:30 → 03:15 is 1 h 45 on the clock, 45 real min
    finally:
        made.stop()
        made.deleteLater()


def test_set_schedule_none_turns_reminders_off_and_hides_the_icon(tray: ReminderTray) -> None:
    tray.set_schedule(None)
    assert not tray.timer.isActive() and tray.due is None
    assert tray.tray_icon is not None and not tray.tray_icon.isVisible()
    tray.set_schedule(ReminderSchedule(frozenset({1}), time(9, 0)))
    assert tray.timer.isActive() and tray.due == datetime(2026, 3, 17, 9, 0, tzinfo=AMS)
    assert tray.tray_icon.isVisible()


def test_clicking_the_icon_or_the_message_asks_to_open_the_window(qtbot: QtBot, tray: ReminderTray) -> None:
    icon_ = tray.tray_icon
    assert icon_ is not None
    with qtbot.waitSignal(tray.open_requested, timeout=1000):
        icon_.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.waitSignal(tray.open_requested, timeout=1000):
        icon_.messageClicked.emit()
    with qtbot.assertNotEmitted(tray.open_requested):
        icon_.activated.emit(QSystemTrayIcon.ActivationReason.Context)


def test_without_a_system_tray_it_quietly_does_nothing(qtbot: QtBot, clock: WallClock) -> None:
    """The offscreen platform has no tray: no icon, no timer, and a reason to show in the settings."""
    made = ReminderTray(MON_WED_FRI_18, clock, icon())
    try:
        if QSystemTrayIcon.isSystemTrayAvailable():
            pytest.skip("this desktop has a system tray")
        assert not made.available and made.tray_icon is None
        assert "system tray" in made.unavailable_reason
        assert not made.timer.isActive() and made.due is None
        made.set_schedule(ReminderSchedule(frozenset({1}), time(9, 0)))
        assert not made.timer.isActive()
    finally:
        made.deleteLater()


def test_without_a_tray_the_window_can_still_be_told(qtbot: QtBot, clock: WallClock) -> None:
    made = ReminderTray(MON_WED_FRI_18, clock, icon(), tray_available=False, notify_without_tray=True)
    try:
        assert made.tray_icon is None and made.timer.isActive()
        clock.set(clock.now + timedelta(minutes=30))
        with qtbot.waitSignal(made.reminder_due, timeout=1000) as caught:
            made.fire()
        assert caught.args == [
            "Time for your back exercises",
            "A short session on the mat, at your own pace.",
        ]
    finally:
        made.stop()
        made.deleteLater()


def test_the_real_timer_fires_the_reminder(qtbot: QtBot) -> None:
    """End to end with Qt's timer: a reminder 50 ms ahead pops once, then the next one is armed."""
    start = datetime(2026, 3, 16, 17, 59, 59, 950_000, tzinfo=AMS)
    offset = datetime.now(AMS) - start

    def now() -> datetime:
        return datetime.now(AMS) - offset

    made = ReminderTray(MON_WED_FRI_18, now, icon(), tray_available=False, notify_without_tray=True)
    try:
        with qtbot.waitSignal(made.reminder_due, timeout=2000):
            pass
        assert made.due == datetime(2026, 3, 18, 18, 0, tzinfo=AMS)
    finally:
        made.stop()
        made.deleteLater()


def test_a_fixed_offset_now_with_a_named_zone_is_right_across_the_clock_change(qtbot: QtBot) -> None:
    """context.now() gives datetime.now().astimezone(): +01:00 on Saturday, blind to Sunday's change."""
    from datetime import timezone

    saturday = datetime(2026, 3, 28, 23, 30, tzinfo=timezone(timedelta(hours=1)))
    sunday_1am = ReminderSchedule(frozenset({6}), time(3, 30))  # 03:30 summer time = 01:30 UTC
    made = ReminderTray(sunday_1am, lambda: saturday, icon(), tz=AMS, tray_available=True)
    try:
        assert made.due is not None and made.due.utcoffset() == timedelta(hours=2)
        assert made.timer.interval() == MAX_ARM_MS  # 3 real hours away, so an hour for now
        assert seconds_until(made.due, saturday) == 3 * 3600
    finally:
        made.stop()
        made.deleteLater()
