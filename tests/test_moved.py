# SPDX-License-Identifier: MIT
"""The 0.1 module paths still work for one release, and warn where their names went."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import vnla
import vnla.checker
import vnla.lang.parsing
import vnla.record.loading
import vnla.render
import vnla.rules
import vnla.testing.pytest_plugin
from vnla import model

OLD_TO_NEW = {
    "vnla.models": ("When", model.When),
    "vnla.errors": ("DataError", vnla.DataError),
    "vnla.parsing": ("parse_dates", vnla.lang.parsing.parse_dates),
    "vnla.checks": ("check", vnla.rules.check),
    "vnla.text": ("check_text", vnla.checker.check_text),
    "vnla.formatting": ("format", vnla.render.format),
}


@pytest.mark.parametrize("old", sorted(OLD_TO_NEW))
def test_old_path_warns_and_forwards(old: str) -> None:
    name, new = OLD_TO_NEW[old]
    sys.modules.pop(old, None)
    with pytest.warns(DeprecationWarning, match=f"{old} is deprecated"):
        module = importlib.import_module(old)
    assert getattr(module, name) is new
    assert name in module.__all__
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        module.nope  # noqa: B018


def test_moved_helpers_forward() -> None:
    sys.modules.pop("vnla.checks", None)
    with pytest.warns(DeprecationWarning, match="vnla.checks is deprecated"):
        checks = importlib.import_module("vnla.checks")
    assert checks.assert_consistent is vnla.assert_consistent
    assert checks.texts_from_folder is vnla.record.loading.texts_from_folder


def test_warning_points_at_the_importer() -> None:
    code = "import warnings; warnings.simplefilter('always'); import vnla.models"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "<string>:1: DeprecationWarning: vnla.models is deprecated" in out.stderr


def test_old_plugin_module_keeps_its_hooks() -> None:
    sys.modules.pop("vnla.pytest_plugin", None)
    with pytest.warns(DeprecationWarning, match="vnla.pytest_plugin is deprecated"):
        plugin = importlib.import_module("vnla.pytest_plugin")
    assert plugin.pytest_addoption is vnla.testing.pytest_plugin.pytest_addoption
