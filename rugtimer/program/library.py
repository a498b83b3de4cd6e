"""The shipped exercise library: every exercise, the start plan and the literature, read from package resources.

Files are read with ``importlib.resources`` so a plain (non-editable) wheel install works.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from rugtimer.program.exercises import Exercise, exercise_from_data, parse_toml
from rugtimer.program.plan import Plan, plan_from_data
from rugtimer.program.validation import Checker, Problem, ProgramError

REFERENCES_FORMAT = "rugtimer-references"
PLAN_FILE = "plan.toml"
REFERENCES_FILE = "references.toml"


@dataclass(frozen=True)
class Library:
    """All exercises by id (in the order of the source: floor 1–4, then ball A–D), the plan, the literature."""

    exercises: Mapping[str, Exercise]
    plan: Plan
    references: Mapping[str, str]

    def exercise(self, exercise_id: str) -> Exercise:
        return self.exercises[exercise_id]

    def group(self, group: str) -> tuple[Exercise, ...]:
        return tuple(e for e in self.exercises.values() if e.group == group)


def exercises_folder() -> Traversable:
    return resources.files("rugtimer") / "resources" / "exercises"


def references_from_data(data: Mapping[str, Any], file: str) -> dict[str, str]:
    check = Checker(file)
    if not check.header(data, REFERENCES_FORMAT, 1):
        check.raise_if_failed()
    refs: dict[str, str] = {}
    for index, table in enumerate(check.table_list(data, "reference", "reference")):
        rid = check.identifier(table, "id", f"reference[{index}].id")
        text = check.string(table, "text", f"reference[{index}].text")
        if rid in refs:
            check.fail(f"reference[{index}].id", f'duplicate reference id "{rid}"')
        elif rid and text:
            refs[rid] = text
    check.raise_if_failed()
    return refs


def _sort_key(exercise: Exercise) -> tuple[int, str]:
    return (0 if exercise.group == "floor" else 1, exercise.label)


def build_library(files: Iterable[tuple[str, bytes]], illustration_names: Iterable[str] = ()) -> Library:
    """Validate a whole set of files together (ids must be unique and every reference must resolve)."""
    problems: list[Problem] = []
    exercises: dict[str, Exercise] = {}
    plan_raw: tuple[str, bytes] | None = None
    refs: dict[str, str] = {}
    known_images = set(illustration_names)
    for name, raw in files:
        try:
            if name.endswith(PLAN_FILE):
                plan_raw = (name, raw)
            elif name.endswith(REFERENCES_FILE):
                refs = references_from_data(parse_toml(raw, name), name)
            else:
                exercise = exercise_from_data(parse_toml(raw, name), name)
                if exercise.id in exercises:
                    problems.append(Problem(name, "id", f'duplicate exercise id "{exercise.id}"'))
                exercises[exercise.id] = exercise
                if known_images and exercise.illustration not in known_images:
                    problems.append(
                        Problem(name, "illustration", f'file "{exercise.illustration}" not found beside it')
                    )
        except ProgramError as exc:
            problems.extend(exc.problems)
    for exercise in exercises.values():
        for ref in exercise.references:
            if refs and ref not in refs:
                problems.append(Problem(f"{exercise.id}.toml", "references", f'unknown reference id "{ref}"'))
    plan = None
    if plan_raw is None:
        problems.append(Problem(PLAN_FILE, "", "missing: the library needs a plan file"))
    else:
        try:
            plan = plan_from_data(parse_toml(plan_raw[1], plan_raw[0]), plan_raw[0], exercises)
        except ProgramError as exc:
            problems.extend(exc.problems)
    if problems or plan is None:
        raise ProgramError(problems)
    ordered = dict(sorted(((e.id, e) for e in exercises.values()), key=lambda item: _sort_key(item[1])))
    return Library(ordered, plan, refs)


def load_library(folder: Traversable | Path | None = None) -> Library:
    """Load and validate the shipped library (or another folder in the same layout)."""
    root = folder if folder is not None else exercises_folder()
    entries = sorted(root.iterdir(), key=lambda entry: entry.name)
    files = [(entry.name, entry.read_bytes()) for entry in entries if entry.name.endswith(".toml")]
    images = [entry.name for entry in entries if entry.name.endswith(".svg")]
    return build_library(files, images)


def illustration_bytes(exercise: Exercise) -> bytes:
    return (exercises_folder() / exercise.illustration).read_bytes()
