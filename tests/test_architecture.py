"""House rules: the core never imports Qt, so it stays testable without a window and fast to start."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import rugtimer

PACKAGE = Path(rugtimer.__file__).parent
QT_ALLOWED = ("ui",)
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


# --- the layers, computed from the import graph ------------------------------------------------------------
# model (bottom) <- program, history <- app (Qt-free services) <- ui, commands (see docs and DESIGN).


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Every rugtimer module -> the rugtimer modules it imports, at the top or inside a function."""
    modules = {module_name(path): path for path in PACKAGE.rglob("*.py") if "resources" not in path.parts}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            found: list[str] = []
            if isinstance(node, ast.Import):
                found = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(
                        [*package.split(".")[: len(package.split(".")) - node.level + 1], base]
                    ).strip(".")
                # "from package import module" depends on the module; "from module import name" on the module.
                found = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            for imported in found:
                target = imported
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and target.startswith("rugtimer"):
                    targets.add(target)
        graph[name] = targets
    return graph


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "rugtimer"


def offenders(graph: dict[str, set[str]], source_layers: set[str], forbidden: set[str]) -> list[str]:
    return sorted(
        f"{source} -> {target}"
        for source, targets in graph.items()
        if layer(source) in source_layers
        for target in targets
        if layer(target) in forbidden
    )


def test_model_imports_nothing_of_rugtimer_but_itself() -> None:
    graph = import_graph()
    assert offenders(graph, {"model"}, {layer(m) for m in graph} - {"model"}) == []


def test_program_never_imports_history_and_history_never_imports_program() -> None:
    graph = import_graph()
    assert offenders(graph, {"program"}, {"history"}) == []
    assert offenders(graph, {"history"}, {"program"}) == []


def test_nothing_below_ui_imports_ui() -> None:
    graph = import_graph()
    assert offenders(graph, {"model", "program", "history", "app"}, {"ui", "commands", "cli"}) == []


def test_sqlite3_is_spoken_only_in_history() -> None:
    speakers = []
    for path in PACKAGE.rglob("*.py"):
        if "resources" in path.parts or path.relative_to(PACKAGE).parts[0] == "history":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] == "sqlite3" for n in names):
                speakers.append(str(path.relative_to(PACKAGE)))
    assert speakers == []


def test_no_import_cycles_anywhere() -> None:
    """Tarjan's strongly connected components over the whole package: every one must be a single module."""
    graph = import_graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert cycles == [], cycles


def test_a_long_ui_file_says_why_at_its_top() -> None:
    """ui/ files stay under ~400 lines unless their module docstring gives the reason."""
    unexplained = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        lines = path.read_text(encoding="utf-8").count("\n")
        docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        if lines > 420 and "Why this file is longer than 400 lines" not in docstring:
            unexplained.append(f"{path.relative_to(PACKAGE)} ({lines} lines)")
    assert unexplained == []
