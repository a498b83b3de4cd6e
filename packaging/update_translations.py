"""Refresh the Dutch catalogue resources/translations/rugtimer_nl.ts from the sources, and compile it.

The .ts is the one catalogue of the UI's words: edit it with Qt Linguist (``pyside6-linguist``) or give a
translation on the command line. After changing user-visible strings:

    .venv/bin/python packaging/update_translations.py
    .venv/bin/python packaging/update_translations.py --set CONTEXT "English text" "Nederlandse tekst"

1. ``pyside6-lupdate`` adds every new tr()/translate() string of rugtimer/ to the .ts (English source) and
   drops the ones no longer used; translations already in the .ts are kept.
2. A string that only moved (same English, a new context: code moved to another class) keeps its Dutch when
   the catalogue held exactly one translation for that English before.
3. ``--set`` (repeatable) fills in one Dutch text; a string without one stays "unfinished" and a test fails.
4. ``pyside6-lrelease`` compiles the .ts into rugtimer_nl.qm, the file the app loads. The .qm is committed, so
   every wheel and source archive carries it; a test recompiles the .ts and fails when the .qm is stale.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "rugtimer_nl.ts"
QM = FOLDER / "rugtimer_nl.qm"
BIN = Path(sys.executable).parent


def run_lupdate() -> None:
    sources = sorted(str(p) for p in (ROOT / "rugtimer").rglob("*.py") if "resources" not in p.parts)
    command = [str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *sources]
    subprocess.run([*command, "-ts", str(TS)], check=True)


def known_translations(root: ET.Element) -> dict[str, str]:
    """English → Dutch for every English text that has exactly one finished Dutch text in the catalogue."""
    seen: dict[str, set[str]] = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") != "unfinished":
            seen.setdefault(message.findtext("source", ""), set()).add(translation.text)
    return {source: next(iter(dutch)) for source, dutch in seen.items() if len(dutch) == 1}


def apply(
    root: ET.Element, settings: list[tuple[str, str, str]], carried: dict[str, str] | None = None
) -> list[str]:
    """Fill in the given translations, then carry moved strings' Dutch over; returns what is still
    unfinished (and settings that matched nothing)."""
    carried = carried or {}
    wanted = {(context, source): dutch for context, source, dutch in settings}
    used: set[tuple[str, str]] = set()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            dutch = wanted.get((name, source))
            if dutch:
                translation.text = dutch
                translation.attrib.pop("type", None)
                used.add((name, source))
            elif (not translation.text or translation.get("type") == "unfinished") and source in carried:
                # lupdate itself guesses a moved string's Dutch but marks it unfinished: ours is the same one
                translation.text = carried[source]
                translation.attrib.pop("type", None)
            elif not translation.text:
                translation.set("type", "unfinished")
                missing.append(f"{name}: {source!r}")
    missing += [f"--set {c!r} {s!r}: no such string in the sources" for c, s in sorted(set(wanted) - used)]
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        nargs=3,
        action="append",
        default=[],
        metavar=("CONTEXT", "ENGLISH", "DUTCH"),
        help="fill in the Dutch text of one string",
    )
    args = parser.parse_args(argv)
    carried = known_translations(ET.parse(TS).getroot())
    run_lupdate()
    tree = ET.parse(TS)
    root = tree.getroot()
    root.set("language", "nl_NL")
    root.set("sourcelanguage", "en_GB")
    missing = apply(root, [tuple(item) for item in args.set], carried)
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for line in missing:
        print(f"no Dutch text yet: {line}", file=sys.stderr)
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True)
    print(f"wrote {TS.relative_to(ROOT)} ({len(missing)} unfinished) and {QM.relative_to(ROOT)}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
