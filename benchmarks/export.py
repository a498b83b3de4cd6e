"""Export and import: 10 years of demo history to JSON, CSV and the PDF report, and the JSON back into an
empty folder, each through the code the File menu and ``rugtimer export`` / ``import`` use."""

from __future__ import annotations

from benchmarks.common import make_demo, run_child, summary, temp_folder


def run(quick: bool) -> dict:
    runs = 2 if quick else 5
    with temp_folder("export") as folder:
        demo_s = make_demo(folder / "data", 520)
        raw = run_child("export_child", str(folder / "data"), str(folder / "out"), str(runs), timeout=900)
    out: dict = {"runs": runs, "weeks": 520, "demo_generation_s": round(demo_s, 2)}
    for name in ("json", "csv", "pdf", "import_json"):
        out[f"{name}_ms"] = summary(raw[name], 1)
    out["sizes_kib"] = raw["sizes_kib"]
    out["pdf_pages"] = raw["pdf_pages"]
    return out
