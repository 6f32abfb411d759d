# SPDX-License-Identifier: MIT
"""
An anniversary that names no founding the record holds, but is dated in its own phrase right
after it by that founding's very day ("the 63rd anniversary of the diplomatic ties the two
countries set up on 5 September 1962", "95 năm ngày thành lập Đảng (3/2/1930)"), counts from
that founding.  A date past a clause's mark, a number or a joining word ("and the Treaty of 18
July 1977") is another thing's, and a birth or a death is one only with words of a life by the
anniversary.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _ordinals(text: str, lang: str, published: date) -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Our partners will host a reception on 5 September 2026, the 63rd anniversary of the "
            "diplomatic ties the two countries set up on 5 September 1962.",
            "en",
            [("63rd anniversary", "contradiction")],
        ),
        (
            "Our partners will host a reception on 5 September 2026, the 64th anniversary of the "
            "diplomatic ties the two countries set up on 5 September 1962.",
            "en",
            [("64th anniversary", "ok")],
        ),
        (
            "Năm nay chi bộ sinh hoạt trong không khí kỷ niệm 95 năm ngày thành lập Đảng (3/2/1930).",
            "vi",
            [("kỷ niệm 95 năm", "contradiction")],
        ),
        (
            "Năm nay chi bộ sinh hoạt trong không khí kỷ niệm 96 năm ngày thành lập Đảng (3/2/1930).",
            "vi",
            [("kỷ niệm 96 năm", "ok")],
        ),
    ],
)
def test_the_day_right_after_dates_the_founding(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _ordinals(text, lang, date(2026, 3, 18)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a joining word: the day is another thing's
        "This year we mark the 63rd anniversary of relations and the Treaty of 18 July 1977.",
        # a clause's mark between them
        "This year we mark the 63rd anniversary of our office; the Treaty was signed on 18 July 1977.",
        # a birth's day, but no word of a life by the anniversary
        "This year the museum marks its 63rd anniversary, its founder's day, 13 December 1920.",
        # too far off
        "This year the school marks the 30th anniversary of the small library it opened for "
        "the pupils of the district and their families, long after 18 July 1977.",
    ],
)
def test_a_day_of_another_thing_is_left_alone(text: str) -> None:
    [(_words, verdict)] = _ordinals(text, "en", date(2026, 3, 18))
    assert verdict == "unknown"
