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
