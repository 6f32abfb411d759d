# SPDX-License-Identifier: MIT
"""
Founding words of the everyday register date a founding of the two named without them: "set
up" ("the two countries set up diplomatic relations on ..."), Vietnamese "đặt" ("hai nước đặt
quan hệ ngoại giao ngày ...").  A date that does not open its clause dates such a founding too
when a clause of what happened on it follows ("It started on 5 September 1962, when the two
countries set up diplomatic relations"; the word files' ``dates.when_words``).  A clause of
another deed ("when the two countries marked ...") dates nothing, and "đặt" before no
founding ("đặt mục tiêu") founds nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 11, 20), lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Vietnam and Laos are neighbours. The two countries set up diplomatic relations on 5 September 1963.",
            "en",
            [("5 September 1963", "contradiction")],
        ),
        (
            "Vietnam and Laos are neighbours. The two countries set up diplomatic relations on 5 September 1962.",
            "en",
            [("5 September 1962", "ok")],
        ),
        (
            "Việt Nam và Lào là hai nước láng giềng. Hai nước đặt quan hệ ngoại giao ngày 5/10/1962.",
            "vi",
            [("ngày 5/10/1962", "contradiction")],
        ),
        (
            "Việt Nam và Lào là hai nước láng giềng. Hai nước đặt quan hệ ngoại giao ngày 5/9/1962.",
            "vi",
            [("ngày 5/9/1962", "ok")],
        ),
    ],
)
def test_set_up_dates_the_founding(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Vietnam and Laos are neighbours. It all started officially on 5 September 1963, when "
            "the two countries set up diplomatic relations.",
            "en",
            [("5 September 1963", "contradiction")],
        ),
        (
            "Vietnam and Laos are neighbours. It all started officially on 5 September 1962, when "
            "the two countries set up diplomatic relations.",
            "en",
            [("5 September 1962", "ok")],
        ),
        (
            "Việt Nam và Lào là láng giềng. Mọi chuyện bắt đầu ngày 5/10/1962, khi hai nước thiết "
            "lập quan hệ ngoại giao.",
            "vi",
            [("ngày 5/10/1962", "contradiction")],
        ),
    ],
)
def test_a_when_clause_after_the_date_names_its_founding(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _dates(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Vietnam and Laos met on 5 September 2025, when the two countries marked their "
            "diplomatic relations.",
            "en",
        ),
        ("Việt Nam và Lào năm 2024 đặt mục tiêu kim ngạch thương mại 5 tỷ USD.", "vi"),
    ],
)
def test_other_deeds_found_nothing(text: str, lang: str) -> None:
    assert all(verdict != "contradiction" for _text, verdict in _dates(text, lang))
