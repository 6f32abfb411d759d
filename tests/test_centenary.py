# SPDX-License-Identifier: MIT
"""
Words that name an anniversary with its number ("centenary", "centennial"; the word files'
``ordinals.anniversaries``) are read as that anniversary where they are said of something: a
possessive before them ("the LPRP's centenary", "its centenary") or "of" after them ("the
centenary of the Lao People's Revolutionary Party").  "A centenary goal" and "the Centennial
Hall" count nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text
from vnla.lang.parsing import parse_ordinals

PUBLISHED = date(2026, 6, 18)


def _ordinals(text: str) -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang="en")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Laos aims for high-income developing status by 2050, the centenary of the Lao People's "
            "Revolutionary Party.",
            [("centenary", "contradiction")],
        ),
        (
            "Laos aims for high-income developing status by 2055, the centenary of the Lao People's "
            "Revolutionary Party.",
            [("centenary", "ok")],
        ),
        ("The LPRP's centenary falls in 2055.", [("centenary", "ok")]),
        ("The LPRP's centenary falls in 2050.", [("centenary", "contradiction")]),
    ],
)
def test_a_centenary_of_a_founding(text: str, expected: list[tuple[str, str]]) -> None:
    assert _ordinals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Each country has a centenary goal: Laos by 2050.",
        "The Centennial Hall of Vientiane hosted the meeting in 2050.",
    ],
)
def test_a_centenary_of_nothing(text: str) -> None:
    assert _ordinals(text) == []


def test_parse_ordinals_reads_a_centenary() -> None:
    found = [
        (o.number, o.noun, o.text) for o in parse_ordinals("its centenary, and the centennial of the CPV")
    ]
    assert found == [(100, "anniversary", "centenary"), (100, "anniversary", "centennial")]
