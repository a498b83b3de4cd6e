"""``python -m rugtimer`` and the ``rugtimer`` launcher both start here."""

from __future__ import annotations

import sys

from rugtimer.cli import main

if __name__ == "__main__":
    sys.exit(main())
