"""``python -m benchmarks [--quick] [--json PATH] [--only NAME ...]``: run the suite and print the figures."""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

from benchmarks import cpu, cue_timing, export, graph, listening, startup, storage
from benchmarks.common import machine

# In the order of the brief's priorities.
BENCHMARKS = {
    "cue_timing": cue_timing.run,
    "cues_heard": listening.run,
    "startup": startup.run,
    "storage": storage.run,
    "export": export.run,
    "graph": graph.run,
    "cpu": cpu.run,
}
NOT_YET: dict[str, str] = {}


def _flat(prefix: str, value: object) -> list[tuple[str, str]]:
    if isinstance(value, dict) and "median" in value:
        return [(prefix, f"{value['median']} ({value['min']}–{value['max']}, n={value['runs']})")]
    if isinstance(value, dict):
        rows = []
        for key, inner in value.items():
            if key != "runs" or not isinstance(inner, list):
                rows.extend(_flat(f"{prefix}.{key}" if prefix else key, inner))
        return rows
    if isinstance(value, list):
        return []
    return [(prefix, str(value))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="short run (< 2 min), fewer repetitions")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), help="run only these")
    args = parser.parse_args(argv)
    results: dict = {"machine": machine(), "quick": args.quick, "started": time.strftime("%Y-%m-%d %H:%M:%S")}
    print(json.dumps(results["machine"]))
    began = time.perf_counter()
    failed = False
    for name, run in BENCHMARKS.items():
        if args.only and name not in args.only:
            continue
        t = time.perf_counter()
        print(f"== {name} ...", flush=True)
        try:
            results[name] = run(args.quick)
        except Exception:  # report and go on: one broken benchmark must not hide the others
            failed = True
            results[name] = {"error": traceback.format_exc()}
            print(results[name]["error"], file=sys.stderr)
        results[name]["benchmark_wall_s"] = round(time.perf_counter() - t, 1)
        for key, text in _flat("", results[name]):
            print(f"   {key}: {text}")
    results["not_measured"] = NOT_YET
    results["total_wall_s"] = round(time.perf_counter() - began, 1)
    print(f"== total {results['total_wall_s']} s; not measured: {NOT_YET}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
