"""The freedesktop files: valid for the official validators, and consistent with the package they describe.

desktop-file-validate (Debian: desktop-file-utils) and appstreamcli (Debian: appstream) are installed by
./test (scripts/setup.sh --dev) when it runs as root; without them only the validator tests are skipped.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import rugtimer

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "nl.rugtimer.RugTimer"
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
SCREENSHOTS = ROOT / "docs" / "screenshots"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tool(name: str, apt_package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed: sudo apt-get install {apt_package} (./test does this as root)")
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def gui_script() -> str:
    (name,) = pyproject()["project"]["gui-scripts"]
    return name


def test_desktop_file_passes_desktop_file_validate_without_any_remark() -> None:
    validate = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True, check=False)
    # Errors fail with a non-zero code; warnings and hints (e.g. two main categories) are not wanted either.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_metainfo_passes_appstreamcli_validate() -> None:
    appstreamcli = tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--pedantic", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    report = result.stdout + result.stderr
    problems = [line for line in report.splitlines() if re.match(r"[EW]: ", line)]
    assert result.returncode == 0, report
    assert problems == [], report


def test_desktop_entry_matches_the_package() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == gui_script() == "rugtimer"
    assert entry["Icon"] == APP_ID
    # Wayland matches the window to this file by the id the app sets; X11 by the window class (applicationName).
    app_source = (ROOT / "rugtimer" / "ui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in app_source
    assert f'setApplicationName("{entry["StartupWMClass"]}")' in app_source
    icons = sorted((ROOT / "resources" / "icons" / "hicolor").glob(f"*/apps/{entry['Icon']}.png"))
    assert len(icons) == 8


def test_desktop_entry_speaks_dutch_and_english() -> None:
    entry = desktop_entry()
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry[key].strip(), key
        assert entry[f"{key}[nl]"].strip(), key
    assert entry["GenericName"] != entry["GenericName[nl]"]
    assert entry["Comment"] != entry["Comment[nl]"]


def test_metainfo_matches_the_desktop_entry_and_the_package() -> None:
    root = metainfo()
    entry = desktop_entry()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") == gui_script()
    assert root.findtext("project_license") == pyproject()["project"]["license"]
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.find("content_rating[@type='oars-1.1']") is not None
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == rugtimer.__version__
    categories = [category.text for category in root.iter("category")]
    assert categories == [c for c in entry["Categories"].split(";") if c]


def test_metainfo_texts_come_in_english_and_dutch() -> None:
    root = metainfo()
    for tag in ("summary", "description/p", "description/ul/li", "screenshots/screenshot/caption"):
        english = [e for e in root.findall(tag) if e.get(XML_LANG) is None]
        dutch = [e for e in root.findall(tag) if e.get(XML_LANG) == "nl"]
        assert english, tag
        assert len(english) == len(dutch), tag


def test_every_screenshot_the_metainfo_names_exists_in_docs() -> None:
    images = list(metainfo().iter("image"))
    assert len(images) >= 4
    for image in images:
        url = image.text or ""
        assert url.startswith("https://"), url
        _, _, name = url.partition("/docs/screenshots/")
        assert name and (SCREENSHOTS / name).is_file(), url
    for screenshot in metainfo().iter("screenshot"):
        languages = {image.get(XML_LANG) for image in screenshot.iter("image")}
        assert languages == {None, "nl"}
