"""Program files: what RugTimer writes it reads back unchanged, and a bad file gets every problem named."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rugtimer.program.exercises import Exercise, Kind
from rugtimer.program.library import Library, load_library
from rugtimer.program.plan import Dose
from rugtimer.program.program import (
    MAX_REST_SECONDS,
    SET_CHOICES,
    Program,
    load_program,
    program_to_toml,
    start_program,
)
from rugtimer.program.program_files import (
    MAX_FILE_BYTES,
    ProgramWriteError,
    program_file_bytes,
    read_program_file,
    write_program_file,
)
from rugtimer.program.validation import ProgramError

LIBRARY: Library = load_library()
EXERCISES = LIBRARY.exercises
HYPOTHESIS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def round_trip(program: Program, comment: str = "") -> Program:
    return load_program(program_to_toml(program, EXERCISES, comment).encode("utf-8"), "test.toml", EXERCISES)


# --- round trips ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("choice", SET_CHOICES)
def test_every_start_plan_choice_round_trips(choice: str, tmp_path: Path) -> None:
    program = start_program(LIBRARY.plan, choice, EXERCISES)  # type: ignore[arg-type]
    assert program.doses
    assert round_trip(program) == program
    path = tmp_path / "mijn-rugprogramma.toml"
    write_program_file(path, program, EXERCISES, "Exported for a test\nsecond line")
    assert read_program_file(path, EXERCISES) == program
    assert path.read_text(encoding="utf-8").startswith("# Exported for a test\n# second line\n")


@st.composite
def doses(draw: st.DrawFn, exercise: Exercise) -> Dose:
    ranges = exercise.dosage
    sets = draw(st.integers(ranges.sets.low, ranges.sets.high))
    reps = seconds = None
    if exercise.kind is Kind.REPS:
        assert ranges.reps is not None
        reps = draw(st.integers(ranges.reps.low, ranges.reps.high))
    else:
        assert ranges.seconds is not None
        seconds = draw(st.integers(ranges.seconds.low, ranges.seconds.high))
    variant = draw(st.sampled_from([None, *(v.id for v in exercise.variants)]))
    return Dose(exercise.id, sets, reps, seconds, variant)


# A name is one stripped text of at most 200 characters; TOML cannot hold DEL or lone surrogates raw, and a
# NUL is refused as not plain text.
NAMES = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x7f\x00"), max_size=200
).filter(lambda name: name == name.strip()) | st.sampled_from(
    ['Anna\'s "week 3"', "C:\\Users\\anna\\rug", "Rug – week 3 😊", "line one\nline two"]
)


@st.composite
def programs(draw: st.DrawFn) -> Program:
    ids = draw(st.lists(st.sampled_from(list(EXERCISES)), min_size=1, unique=True))  # any order
    chosen = tuple(draw(doses(EXERCISES[exercise_id])) for exercise_id in ids)
    rest = draw(st.none() | st.integers(0, MAX_REST_SECONDS))
    return Program(chosen, rest, draw(NAMES))


@HYPOTHESIS
@given(program=programs())
def test_any_valid_program_round_trips(program: Program) -> None:
    assert round_trip(program) == program


@HYPOTHESIS
@given(program=programs())
def test_written_files_read_back_the_same(tmp_path: Path, program: Program) -> None:
    path = tmp_path / "program.toml"
    write_program_file(path, program, EXERCISES, "RugTimer")
    assert read_program_file(path, EXERCISES) == program


def test_a_newline_in_the_name_is_kept() -> None:
    """The name is free text from a physiotherapist; the TOML writer escapes a newline as \\n."""
    program = Program(start_program(LIBRARY.plan, "floor", EXERCISES).doses, 45, "Week 3\nvoor Anna")
    text = program_to_toml(program, EXERCISES)
    assert 'name = "Week 3\\nvoor Anna"' in text
    assert round_trip(program) == program


@HYPOTHESIS
@given(name=st.text(max_size=40), comment=st.text(max_size=40))
def test_write_never_leaves_a_file_that_reads_differently(tmp_path: Path, name: str, comment: str) -> None:
    """Whatever the name and comment: either the file reads back as the same program, or nothing is written.

    (A DEL character, a lone surrogate or a name with spaces around it cannot be stored exactly.)
    """
    program = Program(start_program(LIBRARY.plan, "ball", EXERCISES).doses, 30, name)
    path = tmp_path / f"p{abs(hash((name, comment)))}.toml"
    try:
        write_program_file(path, program, EXERCISES, comment)
    except ProgramError as exc:
        assert all(p.file == str(path) and "cannot be written" in p.message for p in exc.problems)
        assert not path.exists()
    else:
        assert read_program_file(path, EXERCISES) == program
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_an_empty_program_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "leeg.toml"
    with pytest.raises(ProgramError) as caught:
        write_program_file(path, Program(()), EXERCISES)
    assert caught.value.problems[0].field == "exercise"
    assert not path.exists()


# --- writing: all or nothing ------------------------------------------------------------------------------

FLOOR = start_program(LIBRARY.plan, "floor", EXERCISES)


def test_write_replaces_an_older_file_and_leaves_no_temp_file(tmp_path: Path) -> None:
    path = tmp_path / "program.toml"
    path.write_text("old", encoding="utf-8")
    write_program_file(path, FLOOR, EXERCISES)
    assert read_program_file(path, EXERCISES) == FLOOR
    assert sorted(p.name for p in tmp_path.iterdir()) == ["program.toml"]


def test_a_failed_write_names_the_path_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "program.toml"
    path.write_text("old", encoding="utf-8")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ProgramWriteError) as caught:
        write_program_file(path, FLOOR, EXERCISES)
    assert caught.value.path == path
    assert str(caught.value) == f"{path}: cannot be written: No space left on device"
    assert path.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["program.toml"]


@pytest.mark.parametrize("make", ["missing folder", "folder in the way"])
def test_write_to_an_impossible_place(tmp_path: Path, make: str) -> None:
    if make == "missing folder":
        path = tmp_path / "no" / "such" / "folder.toml"
    else:
        path = tmp_path / "taken.toml"
        (path / "inside").mkdir(parents=True)
    with pytest.raises(ProgramWriteError) as caught:
        write_program_file(path, FLOOR, EXERCISES)
    assert str(path) in str(caught.value)
    assert caught.value.reason


def test_the_file_bytes_are_the_toml_text_with_comments_for_people() -> None:
    raw = program_file_bytes(FLOOR, EXERCISES, "Voor Anna")
    text = raw.decode("utf-8")
    assert text.startswith('# Voor Anna\nformat = "rugtimer-program"\nversion = 1\n')
    assert '# 3: Bruggetje / Glute bridge\n[[exercise]]\nid = "glute_bridge"' in text


# --- reading: bad files -----------------------------------------------------------------------------------

GOOD = """format = "rugtimer-program"
version = 1
name = "Week 3"
rest_seconds = 30

[[exercise]]
id = "glute_bridge"
sets = 3
reps = 10

[[exercise]]
id = "knee_rocking"
seconds = 90
"""


def edit(old: str, new: str, count: int = 1) -> Callable[[str], str]:
    def apply(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, count)

    return apply


BAD_FILES: list[tuple[str, Callable[[str], str], str, str]] = [
    ("unknown exercise", edit('id = "glute_bridge"', 'id = "handstand"'), "exercise[0].id", "unknown exercise"),
    ("reps out of range", edit("reps = 10", "reps = 40"), "exercise[0].reps", "expected 8–12 repetitions"),
    ("seconds on a reps exercise", edit("reps = 10", "reps = 10\nseconds = 30"), "exercise[0].seconds", "remove seconds"),
    ("reps on a timed exercise", edit("seconds = 90", "seconds = 90\nreps = 5"), "exercise[1].reps", "remove reps"),
    ("duplicate exercise", edit('id = "knee_rocking"', 'id = "glute_bridge"\nsets = 2\nreps = 8'), "exercise[1].id", "appears twice"),
    ("unknown field", edit("sets = 3", "sets = 3\nweight_kg = 5"), "exercise[0].weight_kg", "unknown field"),
    ("missing sets", edit("sets = 3\n", ""), "exercise[0].sets", "missing"),
    ("sets out of range", edit("sets = 3", "sets = 5"), "exercise[0].sets", "expected 2–3 sets"),
    ("seconds out of range", edit("seconds = 90", "seconds = 600"), "exercise[1].seconds", "expected 60–120 seconds"),
    ("unknown variant", edit("reps = 10", 'reps = 10\nvariant = "one_arm"'), "exercise[0].variant", "unknown variant"),
    ("rest too long", edit("rest_seconds = 30", "rest_seconds = 900"), "rest_seconds", "at most 600"),
    ("negative rest", edit("rest_seconds = 30", "rest_seconds = -5"), "rest_seconds", "at least 0"),
    ("rest as text", edit("rest_seconds = 30", 'rest_seconds = "30 s"'), "rest_seconds", "whole number"),
    ("wrong format", edit('format = "rugtimer-program"', 'format = "rugtimer-plan"'), "format", "start plan"),
    ("exercise file", edit('format = "rugtimer-program"', 'format = "rugtimer-exercise"'), "format", "exercise description"),
    ("no format", edit('format = "rugtimer-program"\n', ""), "format", 'expected "rugtimer-program", got nothing'),
    ("newer version", edit("version = 1", "version = 2"), "version", "newer than this RugTimer"),
    ("empty program", lambda text: text[: text.index("[[exercise]]")], "exercise", "missing"),
    ("empty exercise list", lambda text: text[: text.index("[[exercise]]")] + "exercise = []\n", "exercise", "at least one"),
    ("exercise not a table", lambda text: text[: text.index("[[exercise]]")] + 'exercise = "bridge"\n', "exercise", "list of tables"),
    ("sets as text", edit("sets = 3", 'sets = "3"'), "exercise[0].sets", "whole number"),
    ("id missing", edit('id = "glute_bridge"\n', ""), "exercise[0].id", "missing"),
    ("name empty", edit('name = "Week 3"', 'name = "  "'), "name", "non-empty text"),
    ("name too long", edit('name = "Week 3"', f'name = "{"x" * 201}"'), "name", "at most 200"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "change", "field", "words"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_a_bad_file_names_the_field_and_what_was_expected(
    tmp_path: Path, case: str, change: Callable[[str], str], field: str, words: str
) -> None:
    path = tmp_path / "program.toml"
    path.write_text(change(GOOD), encoding="utf-8")
    with pytest.raises(ProgramError) as caught:
        read_program_file(path, EXERCISES)
    problems = caught.value.problems
    assert any(p.field == field and words in p.message for p in problems), [str(p) for p in problems]
    assert all(p.file == str(path) for p in problems)


def test_every_problem_is_listed_not_only_the_first(tmp_path: Path) -> None:
    text = GOOD.replace("reps = 10", "reps = 40").replace("seconds = 90", "seconds = 5")
    text = text.replace("rest_seconds = 30", "rest_seconds = 1000").replace(
        "sets = 3", "sets = 3\ncolour = 1"
    )
    path = tmp_path / "program.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProgramError) as caught:
        read_program_file(path, EXERCISES)
    fields = [p.field for p in caught.value.problems]
    assert sorted(fields) == sorted(
        ["rest_seconds", "exercise[0].reps", "exercise[0].colour", "exercise[1].seconds"]
    )


def test_the_good_file_reads() -> None:
    program = load_program(GOOD.encode(), "good.toml", EXERCISES)
    assert program == Program(
        (Dose("glute_bridge", 3, reps=10), Dose("knee_rocking", 1, seconds=90)),
        rest_seconds=30,
        name="Week 3",
    )


WHOLE_FILE_PROBLEMS: list[tuple[str, bytes, str]] = [
    ("syntax error", GOOD.replace("sets = 3", "sets 3").encode(), "at line 8, column"),
    ("not UTF-8", GOOD.replace("Week 3", "Week \xe9").encode("latin-1"), "is not UTF-8 text"),
    ("UTF-16", GOOD.encode("utf-16"), "UTF-16"),
    ("empty", b"", "the file is empty"),
    ("PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF document"),
    ("Word document", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "office document"),
    (
        "history export",
        json.dumps({"format": "rugtimer-history", "version": 1, "sessions": []}).encode(),
        'history export of sessions and pain scores (JSON, format "rugtimer-history")',
    ),
    ("other JSON", b'{"exercises": ["bridge"]}', "is a JSON file"),
    ("CSV", "\ufeffdate;time;exercise\n2026-03-02;18:00;glute_bridge\n".encode(), "looks like a table (CSV)"),
]


@pytest.mark.parametrize(
    ("case", "raw", "words"), WHOLE_FILE_PROBLEMS, ids=[c[0] for c in WHOLE_FILE_PROBLEMS]
)
def test_a_file_that_is_something_else_says_what_it_is(
    tmp_path: Path, case: str, raw: bytes, words: str
) -> None:
    path = tmp_path / "program.toml"
    path.write_bytes(raw)
    with pytest.raises(ProgramError) as caught:
        read_program_file(path, EXERCISES)
    (problem,) = caught.value.problems
    assert problem.file == str(path)
    assert words in problem.message


def test_a_byte_order_mark_from_a_windows_editor_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "program.toml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    assert read_program_file(path, EXERCISES).name == "Week 3"


def test_missing_folder_too_large_and_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def message(path: Path) -> str:
        with pytest.raises(ProgramError) as caught:
            read_program_file(path, EXERCISES)
        (problem,) = caught.value.problems
        assert problem.file == str(path)
        return problem.message

    assert message(tmp_path / "nope.toml") == "no such file"
    assert message(tmp_path) == "is a folder; expected a TOML file"
    big = tmp_path / "big.toml"
    big.write_bytes(GOOD.encode() + b"#" * MAX_FILE_BYTES)
    assert message(big).startswith("too large (")
    if Path("/dev/null").exists():
        assert "not a regular file" in message(Path("/dev/null"))
    good = tmp_path / "good.toml"
    good.write_text(GOOD, encoding="utf-8")

    real_open = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if str(path) == str(good):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    assert message(good) == "cannot be read: Permission denied"
