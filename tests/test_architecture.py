"""House rules: the core never imports Qt, so it stays testable without a window and fast to start."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import rugtimer

PACKAGE = Path(rugtimer.__file__).parent
QT_ALLOWED = ("ui", "report.py")
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph")


def core_modules() -> list[Path]:
    files = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in QT_ALLOWED or relative.parts[0] == "resources":
            continue
        files.append(path)
    return files


def test_core_sources_do_not_import_qt() -> None:
    offenders = []
    for path in core_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(PACKAGE)}: {n}" for n in names if n.split(".")[0] in QT_MODULES]
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    modules = sorted(
        "rugtimer." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__")
        for p in core_modules()
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
