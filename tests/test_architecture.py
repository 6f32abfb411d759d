# SPDX-License-Identifier: MIT
"""The rooms of the package and the one way their imports point (docs/explanation-architecture.md)."""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
sys.path.insert(0, str(SRC.parent / "docs" / "_ext"))
rooms = importlib.import_module("vnla_rooms")


def test_every_module_lives_in_a_known_room() -> None:
    graph = rooms.import_graph(SRC)
    homeless = [m for m in graph if rooms.level_of(m) is None]
    assert not homeless, f"modules outside every room (add them to ROOMS): {homeless}"


def test_imports_point_only_downward() -> None:
    """A module imports only from its own room or rooms below it, at module level or in a function."""
    wrong = rooms.upward_imports(rooms.import_graph(SRC))
    assert not wrong, "imports that point up:\n" + "\n".join(f"  {a} -> {b}" for a, b in wrong)


def test_no_import_circle() -> None:
    circles = rooms.circles(rooms.import_graph(SRC))
    assert not circles, f"import circles: {circles}"


def test_the_checker_finds_a_planted_upward_import(tmp_path: Path) -> None:
    package = tmp_path / "vnla"
    (package / "model").mkdir(parents=True)
    (package / "record").mkdir()
    for path in (
        package / "__init__.py",
        package / "model" / "__init__.py",
        package / "record" / "__init__.py",
    ):
        path.write_text("", encoding="utf-8")
    (package / "record" / "dataset.py").write_text("X = 1\n", encoding="utf-8")
    (package / "model" / "records.py").write_text(
        "def f():\n    from vnla.record.dataset import X\n    return X\n", encoding="utf-8"
    )
    graph = rooms.import_graph(tmp_path)
    assert rooms.upward_imports(graph) == [("vnla.model.records", "vnla.record.dataset")]


def test_type_only_imports_do_not_count(tmp_path: Path) -> None:
    package = tmp_path / "vnla" / "model"
    package.mkdir(parents=True)
    (tmp_path / "vnla" / "__init__.py").write_text("", encoding="utf-8")
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "records.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from vnla.checker import Checker\n",
        encoding="utf-8",
    )
    assert rooms.import_graph(tmp_path)["vnla.model.records"] == set()


@pytest.mark.parametrize("room", [r.name for r in rooms.ROOMS if r.package])
def test_each_room_says_what_lives_there(room: str) -> None:
    init = SRC / "vnla" / room / "__init__.py"
    doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
    assert doc, f"vnla/{room}/__init__.py has no docstring"
    assert len(doc.split("\n\n", 1)[0].splitlines()) <= 3, "say it in two lines"
