"""Dutch first: every user-visible string of the UI has a finished Dutch translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "rugtimer_nl.ts"
QM = TS.with_suffix(".qm")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name", ""), message.findtext("source", ""))] = message.find(
                "translation"
            )
    return found


def test_every_string_in_the_sources_is_in_the_committed_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "rugtimer").rglob("*.py") if "resources" not in p.parts)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True)
    missing = sorted(set(messages(fresh)) - set(messages(TS)))
    assert missing == [], "run packaging/update_translations.py and add the Dutch texts"


def test_every_translation_is_finished() -> None:
    unfinished = [
        key for key, t in messages(TS).items() if t is None or t.get("type") == "unfinished" or not t.text
    ]
    assert unfinished == []


def test_committed_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    """The .qm is committed (so every wheel has it) and must be exactly what pyside6-lrelease makes of the .ts."""
    fresh = tmp_path / "fresh.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(fresh)], check=True)
    advice = "run .venv/bin/python packaging/update_translations.py and commit resources/translations/*.qm"
    assert QM.is_file(), f"{QM.name} is missing: {advice}"
    assert QM.read_bytes() == fresh.read_bytes(), f"{QM.name} is stale: {advice}"
