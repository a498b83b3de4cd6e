"""Graph: weekly aggregation and TrendsView build + first draw at 10 and 25 years of demo history (25 years is
the most a history can hold: nothing is dated before 2000)."""

from __future__ import annotations

from benchmarks.common import make_demo, run_child, summary, temp_folder


def run(quick: bool) -> dict:
    runs = 3 if quick else 7
    out: dict = {"runs": runs}
    for years, weeks in ((10, 520), (25, 1300)):
        with temp_folder(f"graph{years}") as folder:
            demo_s = make_demo(folder / "data", weeks)
            raw = run_child("graph_child", str(folder / "data"), str(runs), timeout=900)
        out[f"{years}y"] = {
            "weeks": raw["weeks"],
            "demo_generation_s": round(demo_s, 2),
            "aggregate_ms": summary(raw["aggregate_ms"], 1),
            "build_first_draw_ms": summary(raw["build_draw_ms"], 1),
            "range_all_redraw_ms": summary(raw["range_all_redraw_ms"], 1),
            "first_view_incl_pyqtgraph_import_ms": round(raw["first_with_import_ms"], 1),
        }
    return out
