"""Refresh resources/translations/rugtimer_nl.ts from the sources and fill in the Dutch texts.

Run after changing user-visible strings:  .venv/bin/python packaging/update_translations.py
1. ``pyside6-lupdate`` extracts every tr()/translate() string of rugtimer/ui into the .ts (English source).
2. The Dutch texts come from resources/translations/nl_strings_*.json ({"Context": {"English": "Nederlands"}}),
   reviewed text kept in the repository; a string without a Dutch text stays "unfinished" and a test fails.
3. ``pyside6-lrelease`` compiles the .ts into rugtimer_nl.qm, the file the app loads. The .qm is committed, so
   every wheel and source archive carries it; a test recompiles the .ts and fails when the .qm is stale.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "rugtimer_nl.ts"
QM = FOLDER / "rugtimer_nl.qm"
BIN = Path(sys.executable).parent


def dutch_texts() -> dict[tuple[str, str], str]:
    texts: dict[tuple[str, str], str] = {}
    for path in sorted(FOLDER.glob("nl_strings_*.json")):
        for context, pairs in json.loads(path.read_text(encoding="utf-8")).items():
            for source, dutch in pairs.items():
                texts[(context, source)] = dutch
    return texts


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "rugtimer").rglob("*.py") if "resources" not in p.parts)
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(TS),
        ],
        check=True,
    )
    tree = ET.parse(TS)
    root = tree.getroot()
    root.set("language", "nl_NL")
    root.set("sourcelanguage", "en_GB")
    texts = dutch_texts()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            dutch = texts.get((name, source))
            if dutch:
                translation.text = dutch
                translation.attrib.pop("type", None)
            elif not translation.text:
                translation.set("type", "unfinished")
                missing.append(f"{name}: {source!r}")
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for line in missing:
        print(f"no Dutch text yet: {line}", file=sys.stderr)
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True)
    print(f"wrote {TS.relative_to(ROOT)} ({len(missing)} unfinished) and {QM.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
