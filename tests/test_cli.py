"""The command line works without a display and keeps every run's files in the chosen data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rugtimer import __version__
from rugtimer.paths import Paths, resolve_paths


def run_cli(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "rugtimer", *args], capture_output=True, text=True, env=env, check=False
    )


def test_version_and_help_without_a_display() -> None:
    version = run_cli("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"RugTimer {__version__}")
    helptext = run_cli("--help")
    assert helptext.returncode == 0
    assert "--data-dir" in helptext.stdout and "check-program" in helptext.stdout


def test_unknown_command_is_a_usage_error() -> None:
    result = run_cli("fly")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_data_dir_option_wins_over_environment(tmp_path: Path) -> None:
    env = {"RUGTIMER_DATA_DIR": str(tmp_path / "env")}
    assert resolve_paths(str(tmp_path / "opt"), env) == Paths((tmp_path / "opt").resolve())
    assert resolve_paths(None, env) == Paths((tmp_path / "env").resolve())


def test_default_is_the_platform_user_data_dir() -> None:
    chosen = resolve_paths(None, {})
    assert chosen.data_dir.name == "rugtimer"
    assert chosen.data_dir.is_relative_to(Path(os.environ["XDG_DATA_HOME"]))


def test_importing_creates_nothing(tmp_path: Path) -> None:
    code = "import rugtimer.cli, rugtimer.paths, rugtimer.program.library; rugtimer.paths.resolve_paths()"
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share")}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    assert list(home.iterdir()) == []


def test_paths_ensure_makes_a_private_folder(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data")
    paths.ensure()
    assert (paths.data_dir.stat().st_mode & 0o777) == 0o700
