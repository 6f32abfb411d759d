# SPDX-License-Identifier: MIT
"""The files that make vnla a project people can cite and join: license, citation, guide, hooks."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_license_is_the_mit_license_the_package_declares() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) 2026 vnla developers\n")
    assert "WITHOUT WARRANTY OF ANY KIND" in text
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"


@pytest.mark.skipif(
    shutil.which("cffconvert") is None, reason="cffconvert is not installed (the test extra has it)"
)
def test_citation_cff_is_valid() -> None:
    result = subprocess.run(
        ["cffconvert", "--validate", "-i", str(ROOT / "CITATION.cff")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid" in result.stdout


def test_citation_names_the_project_as_pyproject_does() -> None:
    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert "cff-version: 1.2.0" in text and "license: MIT" in text and "- name: vnla developers" in text


def test_no_placeholder_url() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert all(".invalid" not in url for url in project.get("urls", {}).values())


def test_the_contributing_guide_covers_what_people_add() -> None:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for heading in (
        "## Set-up",
        "## Running the checks",
        "## Adding data",
        "## Adding a language",
        "## Adding a consistency rule",
        "## Adding a reader",
        "## The golden tests",
        "## Commits",
    ):
        assert heading in text, heading
    # the paths it names exist
    for path in ("src/vnla/render/dates.py", "src/vnla/rules/checks.py", "src/vnla/checker/registry.py"):
        assert path in text and (ROOT / path).exists(), path


def test_pre_commit_runs_ruff_and_mypy_from_the_environment() -> None:
    text = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    for hook in ("id: ruff\n", "id: ruff-format\n", "id: mypy\n"):
        assert hook in text
    assert "repo: local" in text and "language: system" in text
