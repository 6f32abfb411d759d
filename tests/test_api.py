# SPDX-License-Identifier: MIT
"""The public API: explicit, sorted, importable, and typed."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import attrs
import pytest

import vnla
from vnla import model as models

#: The old paths of 0.1, kept one release with a warning (tests/test_moved.py).
MOVED = {
    "vnla.models",
    "vnla.errors",
    "vnla.parsing",
    "vnla.checks",
    "vnla.text",
    "vnla.formatting",
    "vnla.pytest_plugin",
}

PUBLIC_MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(vnla.__path__, "vnla.")
    if not any(part.startswith("_") for part in m.name.split("."))
    and m.name not in MOVED | {"vnla.strategies", "vnla.testing.strategies", "vnla.testing.pytest_plugin"}
)


@pytest.mark.parametrize("module_name", ["vnla", *PUBLIC_MODULES])
def test_all_is_sorted_and_resolvable(module_name: str) -> None:
    module = importlib.import_module(module_name)
    names = module.__all__
    assert list(names) == sorted(names), f"{module_name}.__all__ is not sorted"
    for name in names:
        assert getattr(module, name) is not None, f"{module_name}.{name}"


def test_package_is_typed() -> None:
    assert (Path(vnla.__file__).parent / "py.typed").exists()


@pytest.mark.parametrize("name", models.__all__)
def test_model_classes_are_frozen_and_keyword_only(name: str) -> None:
    obj = getattr(models, name)
    if inspect.isclass(obj) and attrs.has(obj):
        params = attrs.fields(obj)
        assert all(a.kw_only for a in params if a.init), name
        assert obj.__setattr__ is not object.__setattr__, f"{name} is not frozen"


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        vnla.nope  # noqa: B018
