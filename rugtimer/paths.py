"""Where every file of one run lives.

A frozen value built once in ``main()`` and passed down, so nothing touches the user's real folders at import
time and tests can point a whole run at a temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "rugtimer"
DATA_DIR_ENV = "RUGTIMER_DATA_DIR"


@dataclass(frozen=True)
class Paths:
    """The data folder and the files RugTimer keeps in it."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings(self) -> Path:
        return self.data_dir / "settings.toml"

    @property
    def lock(self) -> Path:
        return self.data_dir / "rugtimer.lock"

    def ensure(self) -> None:
        """Create the data folder (private: 0700) when it is first needed, never at import.

        Permissions are only tightened when they are loose, so a private folder on a read-only medium is
        not written to at all (``history.folder.prepare`` then says it is read-only).
        """
        for folder in (self.data_dir, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
            if folder.stat().st_mode & 0o077:
                os.chmod(folder, 0o700)


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
) -> Paths:
    """``--data-dir`` wins, then ``RUGTIMER_DATA_DIR``, then platformdirs' user data dir."""
    environ = os.environ if env is None else env
    chosen = data_dir or environ.get(DATA_DIR_ENV)
    if chosen:
        return Paths(Path(chosen).expanduser().resolve())
    from platformdirs import user_data_dir

    return Paths(Path(user_data_dir(APP_NAME, appauthor=False)))
