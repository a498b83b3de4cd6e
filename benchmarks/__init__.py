"""RugTimer benchmark suite: ``python -m benchmarks [--quick] [--json PATH]``.

Benchmarks are not tests: they measure and report, and never assert timings. Every benchmark works in
temporary folders (``--data-dir`` / ``Paths``) and never touches the user's real data. See docs/benchmarks.md.
"""
