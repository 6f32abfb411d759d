# SPDX-License-Identifier: MIT
"""The README's examples run, and its set-up commands are the ones CI uses."""

from __future__ import annotations

import doctest
from pathlib import Path

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
