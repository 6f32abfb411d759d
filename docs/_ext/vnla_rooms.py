# SPDX-License-Identifier: MIT
"""
The rooms of the vnla package, read from its source: which modules each holds and which rooms each imports.

Used twice: ``tests/test_architecture.py`` asserts that imports point only
downward, and the ``vnla-rooms`` directive draws the map on
docs/explanation-architecture.md, so the page is generated from the code and
cannot drift from it.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any, NamedTuple


class Room(NamedTuple):
    name: str
    level: int
    package: bool
    says: str


#: Bottom to top. A module may import from its own room and the rooms with a lower level.
ROOMS: tuple[Room, ...] = (
    Room("model", 0, True, "frozen attrs classes for every kind of record, errors, value parsing"),
    Room("lang", 1, True, "folding, each language's words as data, the grammar of amounts, dates, ordinals"),
    Room("names", 2, True, "resolving and searching names in any language, spelling or title"),
    Room("rules", 3, True, "the consistency rules over a dataset (read through its queries)"),
    Room("record", 4, True, "the Dataset and its queries, loading TOML/JSON, snapshot, converter, schema"),
    Room("render", 5, True, "writing records, dates, sums and names in en/vi/lo through babel (CLDR)"),
    Room("checker", 6, True, "the article checker: decode, scan, split, read mentions, judge, report"),
    Room("batch", 7, True, "checking archives: records in, finding rows out, in parallel or on Dask"),
    Room("cli", 8, True, "the `vnla` command line"),
    Room("testing", 8, True, "hypothesis strategies, the pytest plugin, assert_consistent"),
)

#: Modules outside the rooms: the lazy top-level namespace (the public facade, which the top
#: rooms may use), the public paths of two extras (``vnla.strategies``, ``vnla.dask``),
#: ``python -m vnla``, and the 0.1 paths kept one release.
_OUTSIDE: dict[str, int] = {
    "vnla": 8,
    "vnla.__main__": 9,
    "vnla._moved": 0,
    "vnla.strategies": 8,
    "vnla.dask": 8,
    "vnla.models": 9,
    "vnla.errors": 9,
    "vnla.parsing": 9,
    "vnla.checks": 9,
    "vnla.text": 9,
    "vnla.formatting": 9,
    "vnla.pytest_plugin": 9,
}

_BY_NAME = {room.name: room for room in ROOMS}


def room_of(module: str) -> Room | None:
    """The room that holds ``module`` (``None`` for the modules outside the rooms, or an unknown one)."""
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in _BY_NAME:
        return _BY_NAME[parts[1]]
    return None


def level_of(module: str) -> int | None:
    room = room_of(module)
    if room is not None:
        return room.level
    return _OUTSIDE.get(module)


def _modules(src: Path) -> dict[str, Path]:
    out: dict[str, Path] = {}
    for path in sorted((src / "vnla").rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _targets(node: ast.AST, module: str, is_package: bool, known: dict[str, Path]) -> set[str]:
    found: set[str] = set()
    if isinstance(node, ast.Import):
        for alias in node.names:
            name = alias.name
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = module.split(".") if is_package else module.split(".")[:-1]
            base = base[: len(base) - (node.level - 1)]
            target = ".".join([*base, node.module] if node.module else base)
        else:
            target = node.module or ""
        for alias in node.names:
            if f"{target}.{alias.name}" in known:
                found.add(f"{target}.{alias.name}")
            elif target in known:
                found.add(target)
    return found


def import_graph(src: Path) -> dict[str, set[str]]:
    """Each module of ``src/vnla`` and the vnla modules it imports, at module level or in a function.

    Imports under ``if TYPE_CHECKING:`` are for type checkers only and do not count.
    """
    known = _modules(src)
    graph: dict[str, set[str]] = {}
    for module, path in known.items():
        edges: set[str] = set()

        def walk(node: ast.AST, module: str = module, path: Path = path, edges: set[str] = edges) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.If) and _is_type_checking(child):
                    continue
                edges.update(_targets(child, module, path.name == "__init__.py", known))
                walk(child)

        walk(ast.parse(path.read_text(encoding="utf-8")))
        edges.discard(module)
        graph[module] = edges
    return graph


def upward_imports(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    """The (importer, imported) pairs where a module imports from a room above its own, or a sibling room."""
    wrong = []
    for module, targets in sorted(graph.items()):
        mine, my_room = level_of(module), room_of(module)
        if mine is None:
            continue
        for target in sorted(targets):
            theirs, their_room = level_of(target), room_of(target)
            if target == "vnla" and mine < 8:
                wrong.append((module, target))  # the lazy facade is for the top rooms and users
            elif theirs is not None and (
                theirs > mine
                or (theirs == mine and my_room is not None and their_room not in (None, my_room))
            ):
                wrong.append((module, target))
    return wrong


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected sets of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return out


def room_table(src: Path) -> list[tuple[Room, list[str], list[str]]]:
    """For each room, bottom first: its modules and the rooms it imports from."""
    graph = import_graph(src)
    rows = []
    for room in ROOMS:
        modules = sorted(m for m in graph if room_of(m) == room)
        uses = sorted(
            {
                other.name
                for m in modules
                for t in graph[m]
                if (other := room_of(t)) is not None and other != room
            },
            key=lambda name: _BY_NAME[name].level,
        )
        rows.append((room, modules, uses))
    return rows


def diagram(src: Path) -> str:
    """The rooms as a text picture, top room first, each with the rooms it imports from."""
    lines = []
    for room, modules, uses in reversed(room_table(src)):
        short = ", ".join(m.split(".", 2)[2] if m.count(".") > 1 else "__init__" for m in modules)
        lines.append(f"{room.level}  vnla.{room.name:<8} {room.says}")
        lines.append(f"   {'':<13} modules: {short}")
        lines.append(f"   {'':<13} imports: {', '.join(uses) if uses else '(nothing of vnla)'}")
    return "\n".join(lines)


def setup(app: Any) -> dict[str, Any]:
    from docutils import nodes
    from sphinx.util.docutils import SphinxDirective

    class RoomsDirective(SphinxDirective):
        """``vnla-rooms``: the room map, generated from the source at build time."""

        def run(self) -> list[Any]:
            src = Path(__file__).resolve().parents[2] / "src"
            text = diagram(src)
            block = nodes.literal_block(text, text)
            block["language"] = "text"
            return [block]

    app.add_directive("vnla-rooms", RoomsDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
