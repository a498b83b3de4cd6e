"""A monotonic clock the test moves by hand (integer nanoseconds, like ``time.monotonic_ns``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class FakeClock:
    now_ns: int = 1_000_000_000_000

    def __call__(self) -> int:
        return self.now_ns

    def advance(self, seconds: float) -> None:
        self.now_ns += round(seconds * 1_000_000_000)

    def advance_ns(self, ns: int) -> None:
        self.now_ns += ns
