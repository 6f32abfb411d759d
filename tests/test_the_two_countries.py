# SPDX-License-Identifier: MIT
"""
"The two countries" (``countries.both_words``) stand for Vietnam and Laos in a text that names
the two and no other country anywhere, before it names them too: "Năm nay hai nước kỷ niệm 62
năm quan hệ ngoại giao", a play's first line, counts the diplomatic relations of 1962.  A text
that names another country leaves them unknown there.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 6, 20)


def _ordinals(text: str, lang: str) -> list[str]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [f.verdict.value for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("Năm nay hai nước kỷ niệm 62 năm quan hệ ngoại giao. Ông tôi từng sang Lào.", "vi", "contradiction"),
        ("Năm nay hai nước kỷ niệm 64 năm quan hệ ngoại giao. Ông tôi từng sang Lào.", "vi", "ok"),
        (
            "This year the two countries mark the 62nd anniversary of diplomatic ties. "
            "My grandfather fought in Laos and later lived in Vietnam.",
            "en",
            "contradiction",
        ),
    ],
)
def test_the_two_countries_of_a_text_of_the_two(text: str, lang: str, verdict: str) -> None:
    assert _ordinals(text, lang) == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        # another country named anywhere: which two is not said
        "Năm nay hai nước kỷ niệm 62 năm quan hệ ngoại giao. Ông tôi từng sang Lào và Campuchia.",
        # no country named at all
        "Năm nay hai nước kỷ niệm 62 năm quan hệ ngoại giao.",
    ],
)
def test_otherwise_the_two_are_not_known(text: str) -> None:
    assert _ordinals(text, "vi") == ["unknown"]
