"""Trim the silence before every cue so its sound starts at sample 0: the mixer places a cue's first sample on
its beat, so anything quiet in front of it would be heard late (2-29 ms in the espeak-ng voices).

Reproducible and idempotent: a file is cut so that its first sample at or above THRESHOLD_DB below its own
peak becomes sample 1 (sample 0 stays under the floor: no click), and as many silent samples are added at the
end, so the length, format and level stay as they were; a second run cuts nothing. Run after ``packaging/generate_cues.py``:

    .venv/bin/python packaging/trim_cues.py            # trims resources/sounds in place
    .venv/bin/python packaging/trim_cues.py --check    # exit 1 if any file would change
"""

from __future__ import annotations

import argparse
import sys
import tomllib
import wave
from array import array
from pathlib import Path

SOUNDS = Path(__file__).resolve().parents[1] / "resources" / "sounds"
THRESHOLD_DB = -40.0  # 1 % of the peak: below the floor a listener 1-2 m away hears


def first_audible(samples: array) -> int:
    """Index of the first sample at or above THRESHOLD_DB relative to the peak (0 for silence)."""
    peak = max((abs(s) for s in samples), default=0)
    if peak == 0:
        return 0
    floor = peak * 10 ** (THRESHOLD_DB / 20)
    return next(i for i, s in enumerate(samples) if abs(s) >= floor)


def trim_file(path: Path, *, write: bool) -> int:
    """Cut the leading quiet samples of one 16-bit WAV; returns how many were (or would be) cut."""
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        samples = array("h", wav.readframes(wav.getnframes()))
    if params.sampwidth != 2:
        raise ValueError(f"{path}: only 16-bit cue files are trimmed")
    if sys.byteorder == "big":
        samples.byteswap()
    cut = max(0, first_audible(samples) // params.nchannels - 1) * params.nchannels
    if cut and write:
        kept = samples[cut:] + array("h", bytes(2 * cut))
        if sys.byteorder == "big":
            kept.byteswap()
        with wave.open(str(path), "wb") as wav:
            wav.setparams(params)
            wav.writeframes(kept.tobytes())
    return cut // params.nchannels


def manifest_files(sounds: Path) -> list[Path]:
    data = tomllib.loads((sounds / "manifest.toml").read_text(encoding="utf-8"))
    relative = list(data["tones"].values())
    for table in data["voice"].values():
        relative += table.values()
    return [sounds / rel for rel in sorted(set(relative))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if a file needs trimming"
    )
    parser.add_argument("--sounds", type=Path, default=SOUNDS, help="the sounds folder (with manifest.toml)")
    args = parser.parse_args(argv)
    untrimmed = 0
    for path in manifest_files(args.sounds):
        cut = trim_file(path, write=not args.check)
        if cut:
            untrimmed += 1
            print(f"{path.relative_to(args.sounds)}: {cut} samples ({cut / 44.1:.1f} ms) of silence cut")
    if args.check and untrimmed:
        print(f"{untrimmed} cue files need trimming: run packaging/trim_cues.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
