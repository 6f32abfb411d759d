# SPDX-License-Identifier: MIT
"""
No module of the package binds one name twice at its top level: a second pattern of the same
name silently replaces the first for every function above it that reads it (a constant of the
dates judge did so once, and a date in brackets after an event's name lost its event).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "vnla"


def twice_bound(source: str) -> list[str]:
    """The names a module's top level binds more than once (assignments, functions, classes)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_no_module_binds_a_name_twice() -> None:
    found = {
        str(path.relative_to(SRC)): names
        for path in sorted(SRC.rglob("*.py"))
        if (names := twice_bound(path.read_text(encoding="utf-8")))
    }
    assert not found, f"names bound twice at a module's top level: {found}"


def test_a_planted_second_binding_is_found() -> None:
    source = 'import re\n_A: str = "x"\ndef f() -> str:\n    return _A\n_A = re.escape("y")\n'
    assert twice_bound(source) == ["_A"]
    assert twice_bound("_A = 1\n_B = 2\n") == []
