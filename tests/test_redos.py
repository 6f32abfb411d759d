# SPDX-License-Identifier: MIT
"""
A static ReDoS scan of every compiled pattern of the package (see ``redos_findings`` in
tests/complexity.py): no unbounded backtracking repeats that overlap side by side or nested.

Possessive repeats (``*+``, ``++``) and atomic groups (``(?>...)``), which Python 3.11's ``re``
has, never backtrack and are how a hazard is fixed when the rewrite keeps the meaning; a
bounded window (``{0,64}``) is the other way.  The scan complements the complexity harness
(tests/test_complexity.py), which measures; the scan reads the pattern, so it also sees
hazards no pumped input happens to reach.
"""

from __future__ import annotations

import re

import pytest

import complexity as cx

PATTERNS = cx.all_patterns()


@pytest.mark.parametrize("where", sorted(PATTERNS))
def test_no_backtracking_hazard(where: str) -> None:
    pattern = PATTERNS[where]
    assert cx.redos_findings(pattern.pattern, pattern.flags) == [], pattern.pattern


@pytest.mark.parametrize(
    "pattern",
    [
        r"(a+)+b",  # nested: exponential
        r"(?:\s*x?)*y",  # nested, through an optional item
        r"[ \t]*:?[ \t]+x",  # adjacent, an optional item between: quadratic
        r"\d[ \t]*[ \t]*[ \t]*x",  # three in a row: cubic
        r"(?:\s+\w|\s+)*z",  # repeated alternatives that start alike
        r"\w*a\w*!",  # a mandatory character both sides may hold
        r"[\s,]*(?:of)?\s*",  # the document-date gap before its fix
    ],
)
def test_the_scan_finds_hazards(pattern: str) -> None:
    assert cx.redos_findings(pattern)
    re.compile(pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:[ \t]*+:)?[ \t]++x",  # the date-line label after its fix
        r"\s*,\s*",  # a mandatory character neither side holds
        r"^[A-Za-z0-9]+(?:[-._:][A-Za-z0-9]+)*$",  # the id pattern: a separator between
        r"(?:\s+\w+)*",  # spaces, then a word, repeated: one way only
        r"\d{1,3}(?:,\d{3})*",
        r"(?>\s*x?)*y",
    ],
)
def test_the_scan_passes_safe_patterns(pattern: str) -> None:
    assert cx.redos_findings(pattern) == []
