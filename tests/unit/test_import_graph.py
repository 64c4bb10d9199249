"""No loops between files or packages, and every package stays in its layer.

Every module under ``practice_notes`` is parsed with ``ast`` (nothing is
imported) and its imports of ``practice_notes`` modules become edges of a graph:
``import a.b``, ``from a import b`` (an edge to ``a.b`` when that is a module,
else to ``a``) and ``importlib.import_module("a.b")``, wherever they are, at
module level or inside a function (a lazy import is still a dependency).

Two graphs are checked:

* the run-time graph leaves out imports under ``if TYPE_CHECKING:`` (they never
  run): it must have no cycle at all;
* the typing graph includes them (a module typed against another still depends
  on it): it must have no cycle either, except the edges in ``KNOWN_LOOPS``.

Importing a submodule also runs its package's ``__init__``; that implicit edge is
not counted (or every ``__init__`` that re-exports would form a loop).

The layers, lowest first (a package may import only those listed for it)::

    practice_notes/__init__ (the version), resources, locations, passphrase_input
    domain        standard library only
    vault         domain
    backup        vault, domain
    reports       domain, resources           (its input is the frozen ReportData)
    services      domain, vault, backup, reports, locations, resources
    demo          services, domain, vault     (a client of the services)
    ui            services, domain, and (until the write-path change) the rest below it
    cli           everything below, and ui lazily, for the window
    __main__      cli
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import practice_notes

PACKAGE = Path(practice_notes.__file__).resolve().parent
ROOT = "practice_notes"

LEAVES = {"<root>", "resources", "locations", "passphrase_input", "i18n"}
ALLOWED: Mapping[str, set[str]] = {
    "<root>": set(),
    "resources": set(),
    "locations": set(),
    "passphrase_input": set(),
    "i18n": set(),
    "desktop_entry": {"resources"},
    "domain": {"i18n"},
    "vault": {"<root>", "domain"},
    "backup": {"<root>", "vault", "domain"},
    "reports": {"domain", "resources", "i18n"},
    "services": {"<root>", "domain", "vault", "backup", "reports", "locations", "resources",
                 "i18n"},
    "demo": {"services", "domain", "vault"},
    "ui": {"<root>", "services", "domain", "vault", "backup", "reports", "demo", "locations",
           "resources", "i18n"},
    "cli": {"<root>", "domain", "vault", "backup", "reports", "services", "demo", "ui",
            "locations", "passphrase_input", "resources", "desktop_entry", "i18n"},
    "__main__": {"cli"},
}

# The only exclusions: two typing-only loops (imports under TYPE_CHECKING) in ui/.
# Delete each line when its loop is gone (this test fails on an entry that no
# longer exists, so the list cannot go stale).
KNOWN_LOOPS: set[tuple[str, str]] = set()

Graph = dict[str, set[str]]


def module_files(package: Path = PACKAGE) -> dict[str, Path]:
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports_of(source: str, modules: Iterable[str], typing: bool) -> set[str]:
    """The ``practice_notes`` modules ``source`` imports (``typing``: with the ones
    under ``if TYPE_CHECKING:``)."""
    known = set(modules)
    tree = ast.parse(source)
    skipped: set[int] = set()
    if not typing:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and _type_checking(node):
                skipped.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in known else node.module)
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"):
            found.add(node.args[0].value)
    return {m for m in found if m == ROOT or m.startswith(ROOT + ".")}


def build_graph(files: Mapping[str, Path], typing: bool) -> Graph:
    return {name: imports_of(path.read_text(encoding="utf-8"), files, typing)
            for name, path in files.items()}


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected components with more than one node (or a self-loop)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(root: str) -> None:  # iterative Tarjan: no recursion limit to meet
        nonlocal counter
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph.get(node, ()):
                    found.append(sorted(component))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return found


def package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "<root>"


def package_graph(graph: Mapping[str, Iterable[str]]) -> Graph:
    packages: Graph = {}
    for module, targets in graph.items():
        edges = packages.setdefault(package_of(module), set())
        edges.update(package_of(t) for t in targets if package_of(t) != package_of(module))
    return packages


def without(graph: Mapping[str, Iterable[str]], edges: set[tuple[str, str]]) -> Graph:
    return {a: {b for b in bs if (a, b) not in edges} for a, bs in graph.items()}


# ------------------------------------------------------------------- the rules
def test_every_import_resolves_to_a_module() -> None:
    files = module_files()
    graph = build_graph(files, typing=True)
    assert len(files) > 100
    unknown = sorted({t for targets in graph.values() for t in targets if t not in files})
    assert unknown == []


def test_no_cycle_between_files_at_run_time() -> None:
    assert cycles(build_graph(module_files(), typing=False)) == []


def test_no_cycle_between_files_counting_typing_imports() -> None:
    graph = build_graph(module_files(), typing=True)
    stale = sorted(e for e in KNOWN_LOOPS if e[1] not in graph.get(e[0], set()))
    assert stale == [], "these loops are gone: remove them from KNOWN_LOOPS"
    assert cycles(without(graph, KNOWN_LOOPS)) == []


def test_no_cycle_between_packages() -> None:
    for typing in (False, True):
        assert cycles(package_graph(build_graph(module_files(), typing))) == []
    assert cycles(ALLOWED) == [], "the layering itself must have no loop"


def test_each_package_imports_only_its_layers() -> None:
    actual = package_graph(build_graph(module_files(), typing=True))
    assert set(actual) == set(ALLOWED), "a new package: give it its place in ALLOWED"
    outside = {p: sorted(actual[p] - ALLOWED[p]) for p in actual if actual[p] - ALLOWED[p]}
    assert outside == {}
    for leaf in LEAVES:
        assert not actual[leaf], f"{leaf} must import nothing from practice_notes"


# ------------------------------------------------------- the checker can fail
def test_the_checker_sees_lazy_imports_and_leaves_out_typing_ones() -> None:
    modules = {"practice_notes.a", "practice_notes.b", "practice_notes.c", "practice_notes.d"}
    source = (
        "from typing import TYPE_CHECKING\n"
        "import practice_notes.a\n"
        "if TYPE_CHECKING:\n"
        "    from practice_notes.b import Thing\n"
        "def later():\n"
        "    from practice_notes import c\n"
        "    importlib.import_module('practice_notes.d')\n"
    )
    assert imports_of(source, modules, typing=False) == {
        "practice_notes.a", "practice_notes.c", "practice_notes.d"}
    assert imports_of(source, modules, typing=True) == modules


def test_the_checker_finds_loops() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"a"}}) == [["a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    graph = {"practice_notes.x.one": {"practice_notes.y.two"},
             "practice_notes.y.two": {"practice_notes.x.three"}}
    assert cycles(package_graph(graph)) == [["x", "y"]]
