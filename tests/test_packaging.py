"""A plain, non-editable wheel carries every resource and runs from where it is installed.

CI runs this in a clean clone, so it also proves the committed files are enough: the Dutch .qm is committed
(tests/ui/test_translations.py checks it matches the .ts), not built by a setup step.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("rugtimer-*.whl")
    return built


def test_wheel_contains_every_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    assert ROOT / "resources" / "translations" / "rugtimer_nl.qm" in shipped
    missing = [str(p.relative_to(ROOT)) for p in shipped if f"rugtimer/{p.relative_to(ROOT)}" not in names]
    assert missing == []


def test_wheel_contains_the_app_icons(wheel: Path) -> None:
    """The window icon (SVG) and the hicolor PNGs that Linux packaging copies from an installed wheel."""
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "rugtimer/resources/icons/rugtimer.svg" in names
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert f"rugtimer/resources/icons/hicolor/{size}x{size}/apps/nl.rugtimer.RugTimer.png" in names


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel installed (without its dependencies, which the test venv has) into a folder of its own."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    return target


def test_installed_wheel_runs_and_reads_its_library(installed: Path, tmp_path: Path) -> None:
    target = installed
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import rugtimer, sys; from rugtimer.program.library import load_library, exercises_folder\n"
        f"assert rugtimer.__file__.startswith({str(target)!r}), rugtimer.__file__\n"
        "print(len(load_library().exercises))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path, check=False
    )
    assert (result.returncode, result.stdout.strip()) == (0, "8"), result.stderr


def test_installed_wheel_speaks_dutch(installed: Path, tmp_path: Path) -> None:
    """The app's Dutch texts load from the installed package, not from a source tree."""
    code = (
        "import rugtimer\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from rugtimer.ui.translations import install_translators, translations_folder\n"
        f"assert str(translations_folder()).startswith({str(installed)!r}), translations_folder()\n"
        "app = QCoreApplication([])\n"
        "install_translators(app, 'nl')\n"
        "print(QCoreApplication.translate('Startup', 'Quit'))"
    )
    env = {**os.environ, "PYTHONPATH": str(installed), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path, check=False
    )
    assert (result.returncode, result.stdout.strip()) == (0, "Afsluiten"), result.stderr


def test_installed_wheel_core_words_are_dutch_too(installed: Path, tmp_path: Path) -> None:
    """The Qt-free core reads the same catalogue from the installed package: ``rugtimer plan`` in Dutch."""
    code = (
        "import rugtimer, sys\n"
        f"assert rugtimer.__file__.startswith({str(installed)!r}), rugtimer.__file__\n"
        "from rugtimer.cli import main\n"
        "sys.exit(main(['--data-dir', sys.argv[1], 'plan', '--language', 'nl']))"
    )
    env = {**os.environ, "PYTHONPATH": str(installed)}
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Zonder bal (mat en stoel)" in result.stdout and "rust tussen de sets" in result.stdout
