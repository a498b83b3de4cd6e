"""Now, in the local time zone: the one clock every stored instant comes from (UTC instant + offset)."""

from __future__ import annotations

from datetime import datetime


def local_now() -> datetime:
    """Now, timezone-aware in the local zone (stored as UTC instant + offset)."""
    return datetime.now().astimezone()
