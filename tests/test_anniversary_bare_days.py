# SPDX-License-Identifier: MIT
"""
An anniversary that names nothing, after a date alone: when the date is the very day the record
gives a founding (a birth too, where words of a life stand by the anniversary), the anniversary
counts from it whatever the date's sentence says of it, since any count from that day falls in the
same year.  Each is shown to catch a wrong number, to pass the right one, and to stay unknown after
a day no founding has or with another name between.
"""

from __future__ import annotations

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def ordinals(text: str, published: str, lang: str | None = None) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "published", "lang", "said", "verdict"),
    [
        (
            "We have been friends for decades. Officially since 5 September 1962. "
            "Last Saturday was the 65th anniversary.",
            "2026-09-08",
            "en",
            "65th anniversary",
            "contradiction",
        ),
        (
            "We have been friends for decades. Officially since 5 September 1962. "
            "Last Saturday was the 64th anniversary.",
            "2026-09-08",
            "en",
            "64th anniversary",
            "ok",
        ),
        (
            "He was born on 13 December 1920. This year is the 107th anniversary of his birth.",
            "2026-09-08",
            "en",
            "107th anniversary",
            "contradiction",
        ),
        (
            "He was born on 13 December 1920. This year is the 106th anniversary of his birth.",
            "2026-09-08",
            "en",
            "106th anniversary",
            "ok",
        ),
        (
            "Ông sinh ngày 13 tháng 12 năm 1920. Năm nay, 2026, là dịp kỷ niệm 105 năm ngày sinh của ông.",
            "2026-03-27",
            "vi",
            "kỷ niệm 105 năm",
            "contradiction",
        ),
        (
            'Hố 1 - "5/9/1962" (par 4, 360 m). Ngày thiết lập quan hệ ngoại giao; năm nay tròn 63 năm.',
            "2026-05-01",
            "vi",
            "tròn 63 năm",
            "contradiction",
        ),
    ],
)
def test_an_anniversary_counts_from_a_founding_day_given_alone(
    text: str, published: str, lang: str, said: str, verdict: str
) -> None:
    assert (said, verdict) in ordinals(text, published, lang)


@pytest.mark.parametrize(
    "text",
    [
        # a day no founding has
        "Officially since 6 September 1962. Last Saturday was the 65th anniversary.",
        # another name between the day and the anniversary: its own
        "Officially since 5 September 1962. Last Saturday the Vientiane Hospital marked its 65th anniversary.",
        # a birthday with no words of a life by the anniversary: not the birth's count
        "He was born on 13 December 1920. This year the school marks its 30th anniversary.",
        # "of" a thing after it: that thing's
        "Officially since 5 September 1962. Last Saturday was the 65th anniversary of the school.",
    ],
)
def test_no_count_from_a_day_that_is_not_the_anniversarys(text: str) -> None:
    assert all(v != "contradiction" for _t, v in ordinals(text, "2026-09-08", "en"))
