"""Settings: defaults in one place, only changes saved, a bad file never stops the app."""

from __future__ import annotations

from pathlib import Path

from rugtimer.settings import Settings, load_settings, save_settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.toml") == (Settings(), [])


def test_only_changed_values_are_saved_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    chosen = Settings(spoken_cues=False, volume=0.5, rest_seconds=45)
    save_settings(path, chosen)
    text = path.read_text(encoding="utf-8")
    assert "lead_in_seconds" not in text and "version = 1" in text
    assert load_settings(path) == (chosen, [])
    assert (path.stat().st_mode & 0o777) == 0o600


def test_bad_values_fall_back_to_defaults_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'version = 1\nvolume = "loud"\nrest_seconds = 9000\nspoken_cues = 1\ncolour = "red"\n',
        encoding="utf-8",
    )
    settings, problems = load_settings(path)
    assert settings == Settings()
    assert any("volume: expected float" in p for p in problems)
    assert any("rest_seconds: 9000 is out of range" in p for p in problems)
    assert any("spoken_cues: expected bool" in p for p in problems)
    assert any("colour: unknown setting" in p for p in problems)


def test_broken_toml_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("volume = [", encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings == Settings() and "could not be read" in problems[0]


# --- reminders


def test_reminders_are_off_by_default_and_saved_only_when_chosen(tmp_path: Path) -> None:
    from datetime import time

    from rugtimer.reminders import ReminderSchedule
    from rugtimer.settings import reminder_schedule

    assert reminder_schedule(Settings()) is None
    path = tmp_path / "settings.toml"
    chosen = Settings(reminder_days="0,2,4", reminder_time="07:30")
    save_settings(path, chosen)
    text = path.read_text(encoding="utf-8")
    assert 'reminder_days = "0,2,4"' in text and 'reminder_time = "07:30"' in text
    assert load_settings(path) == (chosen, [])
    assert reminder_schedule(chosen) == ReminderSchedule(frozenset({0, 2, 4}), time(7, 30))
    save_settings(path, Settings(reminder_days="1"))
    assert "reminder_time" not in path.read_text(encoding="utf-8")  # the default time is not written


def test_bad_reminder_values_fall_back_with_a_message(tmp_path: Path) -> None:
    from rugtimer.settings import reminder_schedule

    path = tmp_path / "settings.toml"
    path.write_text('version = 1\nreminder_days = "1,9"\nreminder_time = "25:00"\n', encoding="utf-8")
    settings, problems = load_settings(path)
    assert (settings.reminder_days, settings.reminder_time) == ("", "18:00")
    assert any("reminder_days: '1,9'" in p and str(path) in p for p in problems)
    assert any("reminder_time: '25:00'" in p for p in problems)
    path.write_text("version = 1\nreminder_days = [0, 2]\n", encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings == Settings() and any("reminder_days: expected str" in p for p in problems)
    assert reminder_schedule(Settings(reminder_days="2", reminder_time="nonsense")) is None


# --- theme and text size


def test_theme_and_text_size_default_to_the_system_and_100_and_are_saved_only_when_changed(
    tmp_path: Path,
) -> None:
    assert (Settings().theme, Settings().text_scale) == ("", 100)
    path = tmp_path / "settings.toml"
    save_settings(path, Settings())
    assert "theme" not in path.read_text(encoding="utf-8")
    chosen = Settings(theme="high_contrast", text_scale=150)
    save_settings(path, chosen)
    text = path.read_text(encoding="utf-8")
    assert 'theme = "high_contrast"' in text and "text_scale = 150" in text and "version = 1" in text
    assert load_settings(path) == (chosen, [])


def test_an_unknown_theme_or_a_text_size_out_of_range_falls_back_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('version = 1\ntheme = "purple"\ntext_scale = 400\n', encoding="utf-8")
    settings, problems = load_settings(path)
    assert (settings.theme, settings.text_scale) == ("", 100)
    assert any("theme: 'purple' is out of range" in p for p in problems)
    assert any("text_scale: 400 is out of range" in p for p in problems)
    path.write_text('version = 1\ntext_scale = "150"\ntheme = "dark"\n', encoding="utf-8")
    settings, problems = load_settings(path)
    assert (settings.theme, settings.text_scale) == ("dark", 100)
    assert any("text_scale: expected int" in p for p in problems)
    path.write_text("version = 1\ntext_scale = 110\n", encoding="utf-8")  # any whole percentage in range
    assert load_settings(path) == (Settings(text_scale=110), [])
