"""Typed settings with their defaults in one place; only changed values are saved, with a version key.

Qt-free and forgiving: a damaged or hand-edited settings file never stops the app. Bad values are reported
(file, key, what was expected) and the default is used instead; the history is never touched.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from rugtimer.atomic_file import write_atomically
from rugtimer.model.guarded_text import UnreadableText, decode_utf8, parse_toml, read_bounded
from rugtimer.model.limits import MAX_SETTINGS_BYTES
from rugtimer.reminders import ReminderSchedule, parse_time, parse_weekdays
from rugtimer.theme_data import TEXT_SCALE_MAX, TEXT_SCALE_MIN, THEME_CHOICES

SETTINGS_VERSION = 1
LANGUAGE_CHOICES = ("", "nl", "en")  # "" follows the system


@dataclass(frozen=True)
class Settings:
    language: str = ""
    spoken_cues: bool = True
    volume: float = 0.8
    lead_in_seconds: int = 5
    rest_seconds: int = 30
    reminder_days: str = ""  # weekdays to remind on, "0,2,4" (0 = Monday); "" = no reminders
    reminder_time: str = "18:00"  # HH:MM local time
    theme: str = ""  # "" follows the system; "light", "dark", "high_contrast"
    text_scale: int = 100  # text size in percent of the normal size
    reduced_motion: bool = False  # the session's drawing stands still instead of moving with the tempo

    def validated(self) -> tuple[Settings, list[str]]:
        """A copy with every out-of-range value replaced by its default, and what was replaced."""
        problems: list[str] = []
        defaults = Settings()
        checks = {
            "language": self.language in LANGUAGE_CHOICES,
            "volume": 0.0 <= self.volume <= 1.0,
            "lead_in_seconds": 0 <= self.lead_in_seconds <= 60,
            "rest_seconds": 0 <= self.rest_seconds <= 600,
            "reminder_days": _parses(parse_weekdays, self.reminder_days),
            "reminder_time": _parses(parse_time, self.reminder_time),
            "theme": self.theme in THEME_CHOICES,
            "text_scale": TEXT_SCALE_MIN <= self.text_scale <= TEXT_SCALE_MAX,
        }
        fixed = self
        for name, ok in checks.items():
            if not ok:
                problems.append(
                    f"{name}: {getattr(self, name)!r} is out of range; using {getattr(defaults, name)!r}"
                )
                fixed = replace(fixed, **{name: getattr(defaults, name)})
        return fixed, problems


def _parses(parse: Callable[[str], object], text: str) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True


def reminder_schedule(settings: Settings) -> ReminderSchedule | None:
    """The reminders the settings ask for; None when no weekday is chosen (or the values are unusable)."""
    try:
        days = parse_weekdays(settings.reminder_days)
        return ReminderSchedule(days, parse_time(settings.reminder_time)) if days else None
    except ValueError:
        return None


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """Read the settings file; a missing file means defaults, a bad one means defaults plus problems."""
    if not path.exists():
        return Settings(), []
    try:
        raw = read_bounded(path, MAX_SETTINGS_BYTES, expected="a settings file")
        data = parse_toml(decode_utf8(raw), max_chars=MAX_SETTINGS_BYTES)
    except UnreadableText as exc:
        return Settings(), [f"{path}: could not be read ({exc.message}); using the default settings"]
    problems: list[str] = []
    values = {}
    types = {f.name: f.type for f in fields(Settings)}
    for name, value in data.items():
        if name == "version":
            continue
        expected = {"str": str, "bool": bool, "float": (int, float), "int": int}[str(types.get(name, "str"))]
        if name not in types:
            problems.append(f"{path}: {name}: unknown setting, ignored")
        elif isinstance(value, bool) != (expected is bool) or not isinstance(value, expected):
            problems.append(f"{path}: {name}: expected {types[name]}, got {value!r}; using the default")
        else:
            values[name] = float(value) if types[name] == "float" else value
    settings, range_problems = Settings(**values).validated()
    return settings, problems + [f"{path}: {p}" for p in range_problems]


def save_settings(path: Path, settings: Settings) -> None:
    """Write only what differs from the defaults, atomically (a crash leaves the old file)."""
    changed = {k: v for k, v in asdict(settings).items() if v != getattr(Settings(), k)}
    lines = [f"version = {SETTINGS_VERSION}"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in sorted(changed.items())]
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, ("\n".join(lines) + "\n").encode("utf-8"))
