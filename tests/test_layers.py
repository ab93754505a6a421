"""The package's shape: imports point down the stage order, and the public API is documented.

ingest -> clean -> structure -> classify -> tables -> mine -> report -> orchestrator
(process, parallel, run) -> lab (training, evaluation) -> cli. A module may import its
own stage, the shared base modules and stages before it; never a stage after it, the
orchestrator, the lab or the CLI (style guide: the lab sits above the product).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import pipeline

PACKAGE = Path(pipeline.__file__).parent
BASE = {"errors", "records", "paths", "rulefile", "segment", "markers", "models", "version"}
ORDER = ["ingest", "clean", "structure", "classify", "tables", "mine", "report",
         ("process", "parallel", "run"), "lab", "cli", ("__init__", "__main__")]


def _rank(module: str) -> int:
    """0 for the base modules, then 1 for ingest, 2 for clean, … by ORDER."""
    head = module.split(".")[1] if "." in module else "__init__"
    if head in BASE:
        return 0
    for k, names in enumerate(ORDER, 1):
        if head == names or (isinstance(names, tuple) and head in names):
            return k
    raise AssertionError(f"{module}: not placed in the stage order of tests/test_layers.py")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1]) if parts[-1] == "__init__" and len(parts) > 1 else ".".join(parts)


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):  # function-level imports count too
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return [m for m in found if m == "pipeline" or m.startswith("pipeline.")]


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_imports_point_down_the_stage_order(path):
    me = _module_name(path)
    mine = _rank(me if "." in me else "pipeline.__init__")
    if path.name == "__main__.py":
        mine = _rank("pipeline.__main__")
    upward = [m for m in _imports(path) if _rank(m if "." in m else "pipeline.__init__") > mine]
    assert not upward, f"{me} imports {upward}, later in the stage order"


def test_a_base_module_imports_only_base_modules():
    for path in MODULES:
        me = _module_name(path)
        if "." in me and _rank(me) == 0:
            assert all(_rank(m) == 0 for m in _imports(path) if "." in m), me


def test_the_walker_sees_an_upward_import(tmp_path):
    bad = tmp_path / "x.py"
    bad.write_text("def f():\n    from pipeline.run import run\n", encoding="utf-8")
    assert _imports(bad) == ["pipeline.run"] and _rank("pipeline.run") > _rank("pipeline.clean.clean")


def _public_functions(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_"):
            yield node.name, node
        if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            yield node.name, node
            for sub in node.body:
                decorators = [d.id for d in sub.decorator_list if isinstance(d, ast.Name)] \
                    if isinstance(sub, ast.FunctionDef) else []
                if isinstance(sub, ast.FunctionDef) and not sub.name.startswith("_") \
                        and "property" not in decorators:
                    yield f"{node.name}.{sub.name}", sub


def test_every_public_function_and_class_has_a_docstring():
    missing = [f"{p.relative_to(PACKAGE)}:{name}" for p in MODULES for name, node in _public_functions(p)
               if ast.get_docstring(node) is None]
    assert not missing, missing


def test_the_package_lists_its_public_api_only():
    for name in pipeline.__all__:
        assert hasattr(pipeline, name), name
    assert {"run", "load_tables", "train", "evaluate_structure", "evaluate_labels", "write_report",
            "mine_tables", "__version__"} <= set(pipeline.__all__)
    internals = {"Cleaner", "StructureParser", "read_inputs", "TableWriter"}
    assert not internals & set(pipeline.__all__)
    assert isinstance(pipeline.__version__, str) and pipeline.__version__[0].isdigit()
