"""The package's modules import one another one way: no cycles, nothing imported inside a function."""

import ast
import functools
import subprocess
import sys
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from pathlib import Path

import pytest

import japan_nato_corpus

PACKAGE = Path(japan_nato_corpus.__file__).parent
NAME = "japan_nato_corpus"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


# Imports of ours allowed inside a function: none. The parser, costly to import and needed
# only to re-parse a corpus directory without articles.json, is reached through the
# package's public face (PEP 562), which imports a public name's module on first use.
ON_DEMAND: set[tuple[str, str]] = set()

MODULES = {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _targets(node: ast.Import | ast.ImportFrom) -> list[str]:
    """The modules of ours that an import statement imports."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif node.module is None or node.level:
        names = []
    else:
        # ``from package import module`` imports the module; ``from module import name`` the module.
        names = [f"{node.module}.{alias.name}" for alias in node.names]
        names = [name if name in MODULES else node.module for name in names]
    return [name for name in names if name == NAME or name.startswith(f"{NAME}.")]


def _imports(tree: ast.Module) -> list[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement, and whether it stands inside a function."""
    found: list[tuple[ast.Import | ast.ImportFrom, bool]] = []

    def visit(node: ast.AST, *, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found.append((child, in_function))
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            visit(child, in_function=inside)

    visit(tree, in_function=False)
    return found


@functools.cache
def _tree(path: Path) -> ast.Module:
    """The syntax tree of a module of ours, parsed once for all the tests (which only read it)."""
    return ast.parse(path.read_text(encoding="utf-8"))


@functools.cache
def _graph() -> dict[str, frozenset[str]]:
    """Module to the modules of ours it imports, ``TYPE_CHECKING`` imports included; built once."""
    graph: dict[str, frozenset[str]] = {}
    for name, path in MODULES.items():
        graph[name] = frozenset(
            {target for node, _ in _imports(_tree(path)) for target in _targets(node)} - {name}
        )
    return graph


def _cycle(graph: Mapping[str, AbstractSet[str]]) -> list[str] | None:
    """One import cycle of ``graph``, if there is one."""
    done: set[str] = set()

    def walk(name: str, path: list[str]) -> list[str] | None:
        if name in path:
            return [*path[path.index(name) :], name]
        if name in done:
            return None
        for target in sorted(graph.get(name, ())):
            cycle = walk(target, [*path, name])
            if cycle:
                return cycle
        done.add(name)
        return None

    for name in sorted(graph):
        cycle = walk(name, [])
        if cycle:
            return cycle
    return None


class TestImportGraph:
    """Imports point one way, with no cycle and no import of our modules inside a function."""

    def test_no_cycle_even_through_type_checking_imports(self):
        assert None is _cycle(_graph())

    def test_the_check_finds_a_cycle(self):
        assert ["a", "b", "a"] == _cycle({"a": {"b"}, "b": {"a"}})

    def test_no_module_of_ours_is_imported_inside_a_function(self):
        inside = []
        for name, path in sorted(MODULES.items()):
            tree = _tree(path)
            inside += [
                (name, target)
                for node, in_function in _imports(tree)
                if in_function
                for target in _targets(node)
                if (name, target) not in ON_DEMAND
            ]
        assert [] == inside

    def test_the_query_engine_is_a_leaf_below_the_collections(self):
        graph = _graph()
        leaves = {f"{NAME}.{m}" for m in ("search", "mentions", "names", "model", "errors", "_lazy")}
        assert leaves >= graph[f"{NAME}.query"]
        assert f"{NAME}.query" in graph[f"{NAME}.records"]
        assert f"{NAME}.records" in graph[f"{NAME}.corpus"]
        for module in ("query", "search", "records"):
            assert f"{NAME}.corpus" not in graph[f"{NAME}.{module}"]


def _lazy_targets(tree: ast.Module) -> list[str]:
    """The modules a module names in ``LazyModule("...")``, imported on first use."""
    return [
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "LazyModule"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]


class TestLazyModules:
    """A module imported on first use is also imported under ``TYPE_CHECKING``, so the graph holds it."""

    def test_every_lazy_module_is_an_edge_of_the_graph(self):
        graph = _graph()
        found = []
        for name, path in sorted(MODULES.items()):
            for target in _lazy_targets(_tree(path)):
                found.append((name, target))
                assert target in MODULES, (name, target)
                assert target in graph[name], (name, target)
        assert found  # the check has something to check

    def test_the_lazy_helper_imports_nothing_of_ours(self):
        assert set() == _graph()[f"{NAME}._lazy"]

    def test_a_lazy_module_is_the_module_itself(self):
        from japan_nato_corpus import _lazy, search

        lazy = _lazy.LazyModule(f"{NAME}.search")
        assert lazy.WordIndex is search.WordIndex
        with pytest.raises(AttributeError, match="nothing"):
            _ = lazy.nothing


@functools.cache
def _first_answer_modules() -> frozenset[str]:
    """The modules a fresh interpreter holds after loading the bundled corpus and one query; run once."""
    code = "import sys, japan_nato_corpus as j; j.load().events.involving('Abe'); print(sorted(sys.modules))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return frozenset(ast.literal_eval(run.stdout))


class TestFirstAnswer:
    """The first answer imports only what it uses."""

    def test_loading_and_querying_the_bundled_corpus_imports_no_parser(self):
        loaded = _first_answer_modules()
        assert set() == loaded & {f"{NAME}.parse", f"{NAME}.dates", f"{NAME}._relative", "dateutil"}

    def test_the_first_answer_imports_neither_cattrs_nor_what_it_does_not_use(self):
        loaded = _first_answer_modules()
        unused = {"cattrs", "difflib", "hashlib", "csv"} | {
            f"{NAME}.{module}"
            for module in (
                "converter",
                "export",
                "mentions",
                "search",
                "reference",
                "model._article",
                "model._agreement",
                "model._quote",
            )
        }
        assert set() == loaded & unused
        assert {f"{NAME}.storage.shipped", f"{NAME}.model._event", f"{NAME}.query"} <= loaded
