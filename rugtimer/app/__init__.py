"""Qt-free services between the layers: what needs both the program (what to do) and the history (what was
done). Imports ``model``, ``program`` and ``history``; never Qt, never ``ui``."""
