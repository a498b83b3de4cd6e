"""A tray icon that says "time for your back exercises" on the chosen weekdays, while RugTimer runs.

Idle costs nothing: one single-shot timer is armed to the next reminder (at most an hour ahead) and nothing
else runs. Each time it fires, the wall clock is read again and the next reminder is worked out anew, so a
changed clock, a DST change or a suspended laptop can never make it drift (no ticks are counted).
Without a system tray (common on offscreen test runs and some desktops) it quietly does nothing;
``unavailable_reason`` says why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from rugtimer.reminders import ReminderSchedule, milliseconds_until, next_reminder, seconds_until

MAX_ARM_MS = 60 * 60 * 1000  # re-read the clock at least hourly (suspend, clock changes)
LATE_LIMIT = timedelta(hours=2)  # a reminder missed by more (laptop asleep) is dropped, not shown late


class ReminderTray(QObject):
    """Tray icon plus one timer to the next reminder.

    ``now`` returns the current aware time. ``tz`` is the zone reminders are worked out in (default: the
    zone of ``now()``); pass ``local_zone()`` when ``now`` gives a fixed offset (``datetime.now().astimezone()``),
    so a reminder just after a DST change is right too. ``week_count`` (optional) returns (days with exercises this week,
    target) for the message, e.g. ``(2, Range(3, 4))``. ``tray_available`` overrides Qt's answer (tests).
    ``notify_without_tray``: arm the timer and emit ``reminder_due`` even without a tray, so the window can
    show the reminder itself.
    """

    open_requested = Signal()  # the tray icon or its message was clicked: bring the window forward
    reminder_due = Signal(str, str)  # title, text: emitted whenever a reminder is given

    def __init__(
        self,
        schedule: ReminderSchedule | None,
        now: Callable[[], datetime],
        icon: QIcon,
        *,
        week_count: Callable[[], tuple[int, object]] | None = None,
        tz: tzinfo | None = None,
        tray_available: bool | None = None,
        notify_without_tray: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._schedule = schedule
        self._now = now
        self._tz = tz
        self._week_count = week_count
        self._suppress: Callable[[], bool] = lambda: False
        self._due: datetime | None = None
        self._notify_without_tray = notify_without_tray
        self._timer = QTimer(self)
        self._timer.setObjectName("reminderTimer")
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # one wake-up per arm; it should be on time
        self._timer.timeout.connect(self.fire)

        available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        self._tray: QSystemTrayIcon | None = None
        self._unavailable_reason = ""
        if not available:
            self._unavailable_reason = self.tr(
                "This desktop has no system tray, so RugTimer cannot show reminders."
            )
        else:
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setObjectName("reminderTrayIcon")
            self._tray.setToolTip("RugTimer")
            self._tray.activated.connect(self._on_activated)
            self._tray.messageClicked.connect(self.open_requested)
        self._arm()

    # -- public

    @property
    def available(self) -> bool:
        """True when a system tray icon exists."""
        return self._tray is not None

    @property
    def unavailable_reason(self) -> str:
        """Why no reminders can pop up ("" when they can)."""
        return self._unavailable_reason

    @property
    def tray_icon(self) -> QSystemTrayIcon | None:
        return self._tray

    @property
    def timer(self) -> QTimer:
        return self._timer

    @property
    def due(self) -> datetime | None:
        """The reminder the timer is heading for (it may wake earlier, to re-read the clock)."""
        return self._due

    def set_schedule(self, schedule: ReminderSchedule | None) -> None:
        """New days or time (or None: off); re-arms at once."""
        self._schedule = schedule
        self._arm()

    def suppress_while(self, predicate: Callable[[], bool]) -> None:
        """No reminder while ``predicate()`` is true (e.g. a session is running): that one is skipped."""
        self._suppress = predicate

    def stop(self) -> None:
        """At quit: no more timer, and the icon leaves the tray."""
        self._schedule = None
        self._arm()
        if self._tray is not None:
            self._tray.hide()

    def fire(self) -> None:
        """The timer's slot: remind if a reminder is due (and not too late, not busy), then arm the next."""
        now = self._now()
        due = self._due
        if due is not None and seconds_until(due, now) <= 0:
            late = -seconds_until(due, now)
            if late <= LATE_LIMIT.total_seconds() and not self._suppress():
                self._remind()
        self._arm()

    def message(self) -> tuple[str, str]:
        """The title and text of a reminder right now."""
        title = self.tr("Time for your back exercises")
        text = self.tr("A short session on the mat, at your own pace.")
        if self._week_count is not None:
            done, target = self._week_count()
            count = self.tr("{done} of {target} days with exercises this week.").format(
                done=done, target=target
            )
            text = f"{count} {text}"
        return title, text

    # -- internals

    def _remind(self) -> None:
        title, text = self.message()
        if self._tray is not None:
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.reminder_due.emit(title, text)

    def _arm(self) -> None:
        self._timer.stop()
        self._due = None
        active = self._tray is not None or self._notify_without_tray
        if self._tray is not None:
            self._tray.setVisible(self._schedule is not None)
        if self._schedule is None or not active:
            return
        now = self._now()
        self._due = next_reminder(self._schedule, now, self._tz)
        assert self._due is not None
        self._timer.start(milliseconds_until(self._due, now, MAX_ARM_MS))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()
