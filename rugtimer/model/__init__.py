"""The bottom layer: limits, plausibility rules and the guarded text reader. Imports nothing of RugTimer.

Everything above (``program``, ``history``, the app and the UI) takes its limits from here, so a rule such as
"a note has at most 10,000 characters" or "no record is dated before 2000" has exactly one home.
"""
