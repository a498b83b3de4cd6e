"""Where the cue files are and which file is which cue (``manifest.toml``).

The player that plays them is ``ui.cue_stream.StreamCuePlayer`` (one output stream, cues placed by sample
position); it replaced one QSoundEffect per file, whose cues scattered ~90 ms around the beat. Kept apart from
``cues`` so importing the app loads neither QtMultimedia nor the files: the player is built after the window's
first paint (``ui.app.DeferredCuePlayer``).
"""

from __future__ import annotations

import logging
import tomllib
from importlib import resources
from importlib.resources.abc import Traversable

log = logging.getLogger(__name__)


def sounds_dir() -> Traversable:
    """Where the package keeps its cue files (``rugtimer/resources`` links to the top-level ``resources``)."""
    return resources.files("rugtimer") / "resources" / "sounds"


def read_manifest(sounds: Traversable) -> dict[tuple[str, str | None], str]:
    """``manifest.toml`` as {(cue name, language or None for tones): relative file}; {} when unreadable."""
    try:
        data = tomllib.loads((sounds / "manifest.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        log.warning("sound cues: cannot read the manifest in %s: %s", sounds, error)
        return {}
    files: dict[tuple[str, str | None], str] = {
        (name, None): rel for name, rel in data.get("tones", {}).items()
    }
    for language, table in data.get("voice", {}).items():
        files.update({(name, language): rel for name, rel in table.items()})
    return files
