"""The one import path, for ``rugtimer import`` and File > Import alike.

Bounded read, the whole file validated before anything is written, a trial merge that is rolled back, then
only when the file adds something: a backup, the real merge (all or nothing), and the imported program taken
over when this history held only a fresh start plan and programs came in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rugtimer.app.coaching import adopt_imported_program
from rugtimer.history.exchange import ImportCounts, ParsedHistory, import_history, parse_history, read_export
from rugtimer.history.store import HistoryStore
from rugtimer.program.library import Library


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did: the counts, the backup made first (None when nothing new came in), and whether
    the imported program became the one in use."""

    counts: ImportCounts
    backup: Path | None
    adopted_program: bool


def read_import(path: Path, now: datetime) -> ParsedHistory:
    """Read and validate the whole file before any history is opened (a bad file changes nothing, not even
    an empty data folder). ImportFileError lists every problem with its place."""
    return parse_history(read_export(path), str(path), now)


def merge_import(
    store: HistoryStore, library: Library | None, parsed: ParsedHistory, now: datetime
) -> ImportOutcome:
    """Merge a validated file into ``store``; ImportFileError (a conflict: nothing changed) or StorageError.

    ``now`` (aware) dates the adopted program; ``library`` None (the exercise library could not be read)
    leaves the program in use as it is.
    """
    trial = import_history(store, parsed, dry_run=True)
    if not trial.total_new:
        return ImportOutcome(trial, None, adopted_program=False)
    backup = store.backup_now()
    before = {version.id for version in store.programs()}
    counts = import_history(store, parsed)
    adopted = (
        library is not None
        and counts.new["programs"] > 0
        and adopt_imported_program(store, library, before, now)
    )
    return ImportOutcome(counts, backup, adopted)


def import_file(store: HistoryStore, library: Library | None, path: Path, now: datetime) -> ImportOutcome:
    """``read_import`` then ``merge_import``: the app's File > Import, with its history already open."""
    return merge_import(store, library, read_import(path, now), now)
