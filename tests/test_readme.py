# SPDX-License-Identifier: MIT
"""The README's examples run, and its set-up commands are the ones CI uses."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import vnla

ROOT = Path(__file__).parent.parent


def test_readme_examples_run() -> None:
    result = doctest.testfile(
        str(ROOT / "README.md"),
        module_relative=False,
        optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS,
    )
    assert result.attempted > 5
    assert result.failed == 0


def test_readme_shows_the_two_setup_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "vnla summary" in text
    assert "python -m pytest" in text


def test_the_readme_counts_the_cited_pages_the_dataset_has() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    said = re.search(r"five source documents and (\d+) cited web pages", text)
    assert said is not None
    assert int(said[1]) == sum(s.id.startswith("web:") for s in vnla.dataset().sources)
