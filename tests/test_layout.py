"""The package layout holds: imports run one way (cli/web/jobs → store → pure parts → records), no circles.

Imports are read with ``ast`` (top-level, inside functions and under TYPE_CHECKING alike), so a lazy
import that closes a circle is caught too; and every module is imported alone in a fresh interpreter,
so a circle that only bites in one import order shows up as an ImportError.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "scheduler"

# The pure parts: text, records or a clock in, values out. No database, no HTTP, no SMTP, no scheduler.
PURE = ("scheduler.extraction", "scheduler.feeds", "scheduler.rules", "scheduler.reminders.planning",
        "scheduler.records", "scheduler.errors", "scheduler.sources.links", "scheduler.sources.listing",
        "scheduler.sources.policy")
# What the pure parts may never import (the edges).
EDGES = ("scheduler.store", "scheduler.web", "scheduler.reminders.mail", "scheduler.reminders.jobs",
         "scheduler.reminders.outbox", "scheduler.reminders.subscriptions", "scheduler.cli", "scheduler.listing",
         "scheduler.__main__")
# Third-party libraries of the edges, which pure code must not reach for either.
EDGE_LIBRARIES = ("sqlalchemy", "sqlmodel", "alembic", "psycopg", "starlette", "uvicorn", "apscheduler", "smtplib",
                  "httpx", "jinja2")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "migrations" not in p.parts}


def imports(name: str) -> Iterator[tuple[str, int]]:
    """Every module ``name`` imports (absolute, resolved), with its line."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:  # ``from . import x``: x may be a module of the package
                sub = f"{target}.{alias.name}"
                yield (sub if sub in MODULES else target), node.lineno


def within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_the_package_has_the_parts_the_design_names() -> None:
    assert (PACKAGE / "extraction" / "__init__.py").is_file()  # its docstring is the extractor's own API
    for part in ("store", "rules", "feeds", "reminders", "web", "sources"):
        init = PACKAGE / part / "__init__.py"
        assert init.is_file(), part
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and "import" in doc, f"{part}/__init__.py must say what it owns and what it may import"


@pytest.mark.parametrize("name", [m for m in MODULES if within(m, PURE)])
def test_pure_parts_import_nothing_from_the_edges(name: str) -> None:
    bad = [(target, line) for target, line in imports(name)
           if within(target, EDGES) or within(target, EDGE_LIBRARIES)]
    assert not bad, f"{MODULES[name].relative_to(ROOT)} imports the edges: {bad}"


def test_records_and_errors_import_nobody_in_the_package() -> None:
    for name in ("scheduler.records", "scheduler.errors"):
        inside = [t for t, _ in imports(name) if within(t, ("scheduler",))]
        assert not inside, (name, inside)


# The layers, lowest first: a module may import its own layer and those below, never one above.
LAYERS = (
    ("scheduler.records", "scheduler.errors"),
    ("scheduler.extraction", "scheduler.rules", "scheduler.sources.links", "scheduler.sources.listing",
     "scheduler.sources.policy"),  # reading what a press site lists
    ("scheduler.feeds", "scheduler.reminders.planning"),
    ("scheduler.store",),
    ("scheduler.reminders", "scheduler.sources"),  # the reminders' edge; watching press sites (store + the lease)
    ("scheduler.web",),
    ("scheduler.cli", "scheduler.listing", "scheduler.__main__"),
)


def layer(name: str) -> int:
    """The layer of a module: the longest matching prefix wins (reminders.planning is below reminders)."""
    found = [(len(p), i) for i, ps in enumerate(LAYERS) for p in ps if within(name, (p,))]
    assert found, f"{name} is in no layer of tests/test_layout.py"
    return max(found)[1]


@pytest.mark.parametrize("name", [m for m in MODULES if m != "scheduler"])
def test_imports_run_from_the_edges_to_the_core(name: str) -> None:
    up = [(t, line) for t, line in imports(name) if t in MODULES and t != "scheduler" and layer(t) > layer(name)]
    assert not up, f"{MODULES[name].relative_to(ROOT)} imports a layer above its own: {up}"


def test_no_import_circle_even_through_lazy_imports() -> None:
    # The package root's lazy __getattr__ (the public API) is a door in, not a layer: leave it out, and an
    # import of the root (``from scheduler import __version__``) then points at nothing further.
    graph = {name: sorted({t for t, _ in imports(name) if t in MODULES and t != name and t != "scheduler"})
             for name in MODULES if name != "scheduler"}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> None:
        state[n] = 1
        stack.append(n)
        for m in graph[n]:
            if state.get(m) == 1:
                circle = stack[stack.index(m):] + [m]
                raise AssertionError("import circle: " + " → ".join(circle))
            if m not in state:
                visit(m)
        stack.pop()
        state[n] = 2

    for n in sorted(graph):
        if n not in state:
            visit(n)


def test_every_module_imports_alone_in_a_fresh_interpreter() -> None:
    # Each module first, on its own (the order a circle would break), then all of them in reverse order in one
    # interpreter; one child process runs the lot so the test stays quick on a shared machine.
    names = [m for m in MODULES if m != "scheduler.__main__"]
    code = (
        "import importlib, subprocess, sys\n"
        "names = sys.argv[1:]\n"
        "bad = []\n"
        "for n in names:\n"
        "    p = subprocess.run([sys.executable, '-c', f'import {n}'], capture_output=True, text=True)\n"
        "    if p.returncode: bad.append((n, p.stderr.strip().splitlines()[-1:]))\n"
        "for n in reversed(names):\n"
        "    importlib.import_module(n)\n"
        "print(bad)\n"
    )
    p = subprocess.run([sys.executable, "-c", code, *names], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "[]", p.stdout
