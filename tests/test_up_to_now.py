# SPDX-License-Identifier: MIT
"""
An anniversary's years counted up to now ("Tròn 47 năm đã trôi qua", "48 years have passed so
far"; the word files' ``ordinals.up_to_now``), in a sentence that states no year, are those of
the last anniversary by the publication day, as "just past" words make them.  And a life's two
dates after a label's colon ("Souphanouvong: born 13 July 1909, died 9 January 1996") are both
that person's.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

TREATY_VI = "Hôm nay, ngày 18 tháng 7, hai nước ký Hiệp ước Hữu nghị và Hợp tác năm 1977. "
TREATY_EN = "The Treaty of Amity and Cooperation was signed on 18 July 1977. "


def _verdicts(text: str, lang: str, published: date, kind: str) -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        (TREATY_VI + "Tròn 47 năm đã trôi qua.", "vi", date(2026, 7, 18), [("Tròn 47 năm", "contradiction")]),
        (TREATY_VI + "Tròn 49 năm đã trôi qua.", "vi", date(2026, 7, 18), [("Tròn 49 năm", "ok")]),
        # before this year's day, the last anniversary is last year's
        (
            TREATY_EN + "Its 48th anniversary has passed, so far.",
            "en",
            date(2026, 3, 1),
            [("48th anniversary", "ok")],
        ),
        (
            TREATY_EN + "Its 49th anniversary has passed, so far.",
            "en",
            date(2026, 3, 1),
            [("49th anniversary", "contradiction")],
        ),
    ],
)
def test_years_counted_up_to_now(
    text: str, lang: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert _verdicts(text, lang, published, "ordinal") == expected


def test_a_stated_year_wins_over_up_to_now_words() -> None:
    text = TREATY_EN + "In 2027, its 50th anniversary, so far the greatest, will be marked."
    assert _verdicts(text, "en", date(2026, 3, 1), "ordinal") == [("50th anniversary", "ok")]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Souphanouvong: born 13 July 1909, died 9 January 1996.", "contradiction"),
        ("Souphanouvong: born 13 July 1909, died 9 January 1995.", "ok"),
    ],
)
def test_a_life_after_a_label(text: str, verdict: str) -> None:
    died = text[text.index("died ") + 5 : -1]
    assert (died, verdict) in _verdicts(text, "en", date(2026, 3, 12), "date")
