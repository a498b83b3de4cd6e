#!/usr/bin/env python3
"""Generate RugTimer's sound cues: phase tones (pure Python) and spoken words (espeak-ng).

A developer runs this when a cue text, a voice or a tone design changes; the generated WAVs and
``manifest.toml`` are committed, so the app and its tests never need a speech engine (see FACTS.md,
"QtTextToSpeech").  Usage::

    python packaging/generate_cues.py                      # writes resources/sounds/
    python packaging/generate_cues.py --voice nl=nl --voice en=en-gb   # without the MBROLA voices

The default voices are MBROLA diphone voices driven by espeak-ng (Debian ``contrib``/``non-free``:
``apt-get install espeak-ng mbrola mbrola-nl2 mbrola-en1``).  They are not silently replaced by another
voice when missing, so regenerating on another machine cannot change every cue by accident.

Everything is written as 44.1 kHz, 16-bit, mono PCM WAV, the format QSoundEffect plays everywhere.
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
import tempfile
import wave
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import mul
from pathlib import Path

GENERATOR_VERSION = "1"
RATE = 44100
TONE_PEAK_DBFS = -6.0
SPEECH_PEAK_DBFS = -1.0
SPEECH_RMS_DBFS = -16.0
SPEECH_SPEED_WPM = 160
DEFAULT_VOICES = {"nl": "mb-nl2", "en": "mb-en1"}
REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "sounds"
INSTALL_MBROLA = (
    "  MBROLA voices (the default): add the Debian components contrib non-free to the apt sources, then\n"
    "  apt-get install mbrola mbrola-nl2 mbrola-en1"
)

Samples = list[float]


# --- texts

PHASE_TEXTS: dict[str, tuple[str, str]] = {
    "up": ("omhoog", "up"),
    "hold": ("vasthouden", "hold"),
    "down": ("omlaag", "down"),
    "rest": ("rust", "rest"),
    "switch_side": ("wissel van kant", "switch sides"),
    "done": ("klaar", "done"),
    "get_ready": ("maak je klaar", "get ready"),
    "work": ("start", "start"),
    "left": ("links", "left"),
    "right": ("rechts", "right"),
    "last_rep": ("nog één", "last one"),
    "paused": ("pauze", "paused"),
    "well_done": ("goed gedaan", "well done"),
}
NUMBERS_NL = ("één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf")
NUMBERS_EN = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
EXERCISE_TEXTS: dict[str, tuple[str, str]] = {
    "ex_knee_rocking": ("kniewiegen", "knee rocking"),
    "ex_seated_micro_moves": ("kleine bewegingen zittend", "seated micro-moves"),
    "ex_glute_bridge": ("bruggetje", "glute bridge"),
    "ex_bird_dog": ("vierpoot", "bird dog"),
    "ex_ball_knee_rocking_hip_circles": (
        "kniewiegen en heupcirkels op de bal",
        "knee rocking and hip circles on the ball",
    ),
    "ex_ball_mini_tilt": ("bekkenkantelen op de bal", "pelvic tilt on the ball"),
    "ex_ball_plank_light": ("plank op de bal", "plank on the ball"),
    # "skwot": espeak-ng's Dutch rules read "squat" as "skwat"; Dutch speakers say "skwot".
    "ex_ball_wall_squat": ("skwot met de bal tegen de muur", "wall squat with the ball"),
}


def spoken_texts() -> dict[str, dict[str, str]]:
    """Every spoken cue key with its text per language; the same keys in every language."""
    texts: dict[str, dict[str, str]] = {"nl": {}, "en": {}}
    for key, (nl, en) in PHASE_TEXTS.items():
        texts["nl"][key], texts["en"][key] = nl, en
    for number, (nl, en) in enumerate(zip(NUMBERS_NL, NUMBERS_EN, strict=True), start=1):
        texts["nl"][f"rep_{number}"], texts["en"][f"rep_{number}"] = nl, en
    for number in (3, 2, 1):
        texts["nl"][f"count_{number}"] = NUMBERS_NL[number - 1]
        texts["en"][f"count_{number}"] = NUMBERS_EN[number - 1]
    for key, (nl, en) in EXERCISE_TEXTS.items():
        texts["nl"][key], texts["en"][key] = nl, en
    return texts


# --- tones


@dataclass(frozen=True)
class Note:
    """One partial-rich sine note; glides from ``freq`` to ``freq_end`` when that is set."""

    start: float
    duration: float
    freq: float
    freq_end: float | None = None
    level: float = 1.0
    attack: float = 0.025
    release: float = 0.1
    decay: float = 0.0  # exponential decay rate in 1/s: > 0 rings like a bell, 0 holds steady
    harmonics: tuple[tuple[int, float], ...] = ((1, 1.0), (2, 0.18), (3, 0.05))


@dataclass(frozen=True)
class Tone:
    """A cue tone: notes mixed and scaled so the loudest sample sits at ``peak_dbfs``."""

    notes: tuple[Note, ...]
    peak_dbfs: float = TONE_PEAK_DBFS


# Fundamentals stay between 330 and 800 Hz: clearly audible across a room, also with some age-related
# high-frequency hearing loss, and never shrill.  Attacks are >= 15 ms so nothing clicks or startles.
# Sustained tones carry more energy than decaying (bell-like) ones at the same peak, so they peak a little
# lower; that keeps every tone at about the loudness of the spoken cues.
STEADY_PEAK_DBFS = TONE_PEAK_DBFS - 2.0
BELL = ((1, 1.0), (2, 0.3), (3, 0.06))  # a stronger octave: the final chime rings
TONES: dict[str, Tone] = {
    "up": Tone((Note(0.0, 0.45, 392.0, 587.3),), peak_dbfs=STEADY_PEAK_DBFS),  # G4 gliding up to D5
    "down": Tone((Note(0.0, 0.45, 587.3, 392.0),), peak_dbfs=STEADY_PEAK_DBFS),  # D5 gliding down to G4
    "hold": Tone((Note(0.0, 0.5, 493.9),), peak_dbfs=STEADY_PEAK_DBFS),  # steady B4
    "rest": Tone(
        (Note(0.0, 0.65, 329.6, attack=0.06, release=0.3, harmonics=((1, 1.0), (2, 0.08))),),
        peak_dbfs=STEADY_PEAK_DBFS - 1.0,
    ),  # low, soft E4
    "tick": Tone((Note(0.0, 0.3, 784.0, attack=0.015, release=0.12, decay=6.0),)),  # short G5 pluck
    "done": Tone(
        (
            Note(0.0, 0.3, 523.3, attack=0.02, release=0.12, decay=4.0),
            Note(0.12, 0.3, 659.3, attack=0.02, release=0.12, decay=4.0),
            Note(0.24, 0.45, 784.0, attack=0.02, release=0.2, decay=3.0),
        )
    ),  # quick rising C-E-G arpeggio
    "final": Tone(
        (
            Note(0.0, 0.7, 392.0, attack=0.02, release=0.3, decay=2.5, harmonics=BELL),
            Note(0.35, 1.15, 523.3, attack=0.02, release=0.5, decay=2.0, harmonics=BELL),
        )
    ),  # long G4 -> C5 bell chime, unlike any other cue
}


def _raised_cosine(x: float) -> float:
    """0 -> 1 over x in [0, 1] without a corner at either end (no click)."""
    return 0.5 - 0.5 * math.cos(math.pi * min(max(x, 0.0), 1.0))


def _envelope(note: Note, t: float) -> float:
    gain = _raised_cosine(t / note.attack) * _raised_cosine((note.duration - t) / note.release)
    return gain * math.exp(-note.decay * t) * note.level


def render_note(note: Note) -> Samples:
    """Phase-accumulating synthesis so glides stay smooth (no phase jumps)."""
    count = round(note.duration * RATE)
    end = note.freq if note.freq_end is None else note.freq_end
    out: Samples = []
    phase = 0.0
    for n in range(count):
        t = n / RATE
        freq = note.freq + (end - note.freq) * _raised_cosine(t / note.duration)
        phase += 2.0 * math.pi * freq / RATE
        wave_value = sum(weight * math.sin(k * phase) for k, weight in note.harmonics)
        out.append(wave_value * _envelope(note, t))
    return out


def render_tone(tone: Tone) -> Samples:
    """Mix the notes of one tone and set its peak level."""
    length = max(round((note.start + note.duration) * RATE) for note in tone.notes)
    mix = [0.0] * length
    for note in tone.notes:
        offset = round(note.start * RATE)
        for i, value in enumerate(render_note(note)):
            mix[offset + i] += value
    return scale_to_peak(mix, tone.peak_dbfs)


# --- signal helpers


def db_to_gain(dbfs: float) -> float:
    return 10.0 ** (dbfs / 20.0)


def peak(samples: Sequence[float]) -> float:
    return max((abs(s) for s in samples), default=0.0)


def scale_to_peak(samples: Samples, dbfs: float) -> Samples:
    top = peak(samples)
    gain = db_to_gain(dbfs) / top if top else 1.0
    return [s * gain for s in samples]


def rms(samples: Sequence[float]) -> float:
    return math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0


def normalize_speech(samples: Samples) -> Samples:
    """Same loudness for every word (RMS target) while never letting a peak pass SPEECH_PEAK_DBFS."""
    level = rms(samples)
    top = peak(samples)
    if not level or not top:
        return samples
    gain = min(db_to_gain(SPEECH_RMS_DBFS) / level, db_to_gain(SPEECH_PEAK_DBFS) / top)
    return [s * gain for s in samples]


def trim_silence(
    samples: Samples,
    rate: int,
    *,
    threshold_db: float = -42.0,
    onset_db: float = -30.0,
    max_lead: float = 0.025,
    post: float = 0.04,
) -> Samples:
    """Cut leading/trailing silence so a cue starts on the beat.

    Works on 5 ms RMS windows relative to the loudest window.  Quiet sound before the first clearly audible
    window (``onset_db``) is kept for at most ``max_lead``: that keeps the start of a weak "th"/"f"/"v" but
    drops the near-silent closure before a "t", "k" or "p" burst, which would only delay the word.  A short
    tail is kept for the release of a final consonant.
    """
    window = max(1, rate // 200)
    energies = [rms(samples[i : i + window]) for i in range(0, len(samples), window)]
    loudest = max(energies, default=0.0)
    if not loudest:
        return samples
    quiet, audible = loudest * db_to_gain(threshold_db), loudest * db_to_gain(onset_db)
    first_quiet = next(i for i, energy in enumerate(energies) if energy >= quiet)
    first_audible = next(i for i, energy in enumerate(energies) if energy >= audible)
    last = max(i for i, energy in enumerate(energies) if energy >= quiet)
    start = max(first_quiet * window, first_audible * window - round(max_lead * rate))
    end = min(len(samples), (last + 1) * window + round(post * rate))
    return samples[start:end]


def fade(samples: Samples, fade_in: float, fade_out: float, rate: int = RATE) -> Samples:
    """Raised-cosine fades: no click at the cut points."""
    n_in, n_out = round(fade_in * rate), round(fade_out * rate)
    out = list(samples)
    for i in range(min(n_in, len(out))):
        out[i] *= _raised_cosine(i / n_in)
    for i in range(min(n_out, len(out))):
        out[-1 - i] *= _raised_cosine(i / n_out)
    return out


def _blackman(u: float) -> float:
    return 0.42 + 0.5 * math.cos(math.pi * u) + 0.08 * math.cos(2.0 * math.pi * u)


def _sinc(x: float) -> float:
    return 1.0 if x == 0 else math.sin(math.pi * x) / (math.pi * x)


def resample(samples: Samples, src: int, dst: int, half_taps: int = 16) -> Samples:
    """Polyphase windowed-sinc resampling (pure Python: no numpy/sox needed, same output everywhere)."""
    if src == dst:
        return list(samples)
    g = math.gcd(src, dst)
    up, down = dst // g, src // g
    cutoff = min(1.0, dst / src) * 0.95
    kernels = [
        [
            cutoff * _sinc(cutoff * (k - p / up)) * _blackman((k - p / up) / half_taps)
            for k in range(-half_taps + 1, half_taps + 1)
        ]
        for p in range(up)
    ]
    padded = [0.0] * half_taps + list(samples) + [0.0] * half_taps
    out: Samples = []
    for n in range(len(samples) * up // down):
        i, p = divmod(n * down, up)
        out.append(sum(map(mul, padded[i + 1 : i + 1 + 2 * half_taps], kernels[p])))
    return out


# --- WAV i/o


def read_wav(path: Path) -> tuple[Samples, int]:
    """16-bit mono PCM (what espeak-ng writes) as floats in [-1, 1]."""
    with wave.open(str(path), "rb") as wav:
        if wav.getsampwidth() != 2 or wav.getnchannels() != 1:
            raise ValueError(f"{path}: expected 16-bit mono, got {wav.getparams()}")
        rate = wav.getframerate()
        data = array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        data.byteswap()
    return [s / 32768.0 for s in data], rate


def write_wav(path: Path, samples: Iterable[float]) -> None:
    """44.1 kHz 16-bit mono; rounds and clamps so a full-scale sample cannot wrap around."""
    data = array("h", (max(-32768, min(32767, round(s * 32767.0))) for s in samples))
    if sys.byteorder == "big":
        data.byteswap()
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(data.tobytes())


# --- speech


def find_espeak() -> str:
    """Fail early and clearly: without espeak-ng no spoken cue can be made."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        raise SystemExit(
            "generate_cues: espeak-ng not found on PATH.\n"
            f"  Debian/Ubuntu: apt-get install espeak-ng\n{INSTALL_MBROLA}"
        )
    return exe


def espeak_version(exe: str) -> str:
    result = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False)
    return result.stdout.split("Data at")[0].replace("eSpeak NG text-to-speech:", "espeak-ng").strip()


def synthesize(exe: str, voice: str, speed: int, text: str, workdir: Path) -> tuple[Samples, int]:
    """One espeak-ng call; a voice that is not installed (e.g. an MBROLA database) is a hard error."""
    raw = workdir / "raw.wav"
    raw.unlink(missing_ok=True)
    cmd = [exe, "-v", voice, "-s", str(speed), "-z", "-w", str(raw), text]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    error = result.stderr.strip()
    if result.returncode != 0 or error or not raw.exists() or raw.stat().st_size <= 44:
        raise SystemExit(
            f"generate_cues: espeak-ng voice {voice!r} failed for {text!r}: {error or 'no audio'}\n"
            f"{INSTALL_MBROLA}\n  or choose plain espeak-ng voices: --voice nl=nl --voice en=en-gb"
        )
    return read_wav(raw)


def speech_cue(samples: Samples, rate: int) -> Samples:
    """espeak-ng output -> a cue that starts on the beat: trimmed, 44.1 kHz, levelled, faded."""
    trimmed = trim_silence(samples, rate)
    mean = sum(trimmed) / len(trimmed) if trimmed else 0.0
    centred = [s - mean for s in trimmed]
    return fade(normalize_speech(resample(centred, rate, RATE)), fade_in=0.004, fade_out=0.02)


# --- output


@dataclass(frozen=True)
class Written:
    """One file written, for the report and the manifest."""

    group: str
    key: str
    path: Path
    seconds: float


def write_cue(out_dir: Path, group: str, key: str, samples: Samples) -> Written:
    path = out_dir / group / f"{key}.wav"
    write_wav(path, samples)
    return Written(group, key, path, len(samples) / RATE)


def remove_stale(out_dir: Path, written: Sequence[Written]) -> list[Path]:
    """Delete WAVs of cues that no longer exist, so a renamed key leaves no orphan behind."""
    keep = {w.path.resolve() for w in written}
    stale = [
        p for g in {w.group for w in written} for p in (out_dir / g).glob("*.wav") if p.resolve() not in keep
    ]
    for path in stale:
        path.unlink()
    return stale


def toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def manifest_text(written: Sequence[Written], engines: dict[str, str]) -> str:
    """``[tones]`` and ``[voice.<lang>]`` map cue keys to paths relative to the manifest."""
    lines = [
        "# Generated by packaging/generate_cues.py; do not edit by hand, run the script again.",
        f"generator_version = {toml_string(GENERATOR_VERSION)}",
        f"sample_rate = {RATE}",
        "",
        "[tts]",
        *(f"{lang} = {toml_string(desc)}" for lang, desc in engines.items()),
    ]
    for group in dict.fromkeys(w.group for w in written):
        table = "tones" if group == "tones" else f"voice.{group}"
        lines += ["", f"[{table}]"]
        lines += [f"{w.key} = {toml_string(f'{group}/{w.key}.wav')}" for w in written if w.group == group]
    return "\n".join(lines) + "\n"


def render_tones() -> dict[tuple[str, str], Samples]:
    return {("tones", key): fade(render_tone(tone), 0.0, 0.005) for key, tone in TONES.items()}


def render_speech(
    voices: dict[str, str], speed: int
) -> tuple[dict[tuple[str, str], Samples], dict[str, str]]:
    """Every spoken cue, in memory: a missing voice stops the run before any file is touched."""
    exe = find_espeak()
    version = espeak_version(exe)
    cues: dict[tuple[str, str], Samples] = {}
    with tempfile.TemporaryDirectory(prefix="rugtimer-cues-") as tmp:
        for lang, texts in spoken_texts().items():
            for key, text in texts.items():
                cues[(lang, key)] = speech_cue(*synthesize(exe, voices[lang], speed, text, Path(tmp)))
    engines = {lang: f"{version}, voice {voice}, {speed} wpm" for lang, voice in voices.items()}
    return cues, engines


def parse_voices(pairs: Sequence[str]) -> dict[str, str]:
    voices = dict(DEFAULT_VOICES)
    for pair in pairs:
        lang, sep, voice = pair.partition("=")
        if not sep or lang not in voices or not voice:
            raise SystemExit(
                f"generate_cues: --voice expects LANG=VOICE with LANG in {sorted(voices)}, got {pair!r}"
            )
        voices[lang] = voice
    return voices


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    parser.add_argument("--voice", action="append", default=[], metavar="LANG=VOICE", help="espeak-ng voice")
    parser.add_argument("--speed", type=int, default=SPEECH_SPEED_WPM, help="words per minute (%(default)s)")
    args = parser.parse_args(argv)
    voices = parse_voices(args.voice)
    print(f"speaking the cues with espeak-ng ({', '.join(f'{k}: {v}' for k, v in voices.items())}) ...")
    speech, engines = render_speech(voices, args.speed)
    written = [
        write_cue(args.out, group, key, samples)
        for (group, key), samples in {**render_tones(), **speech}.items()
    ]
    for w in written:
        size = w.path.stat().st_size
        print(f"wrote {w.path.relative_to(args.out)}  {w.seconds * 1000:6.0f} ms  {size / 1024:6.1f} KiB")
    for path in remove_stale(args.out, written):
        print(f"removed stale {path.relative_to(args.out)}")
    manifest = args.out / "manifest.toml"
    manifest.write_text(manifest_text(written, engines), encoding="utf-8")
    total = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(
        f"wrote {manifest.relative_to(args.out)}: {len(written)} cues, {total / 2**20:.2f} MiB in {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
