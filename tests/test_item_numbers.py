# SPDX-License-Identifier: MIT
"""
A list's item number before a dash and a day ("Mục 2 - 5/2/2026: ...", "Thẻ 9 - 3/8/2025") is
no first day of a range: the day after the dash is read alone.  Days of a month written with
spaces around the dash after other words ("diễn ra 26 - 28/1/2026", "(5 - 6/2/2026)") are
still a range, and a range the wrong way round gives its second day.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _dates(text: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 5, 25), lang="vi")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        ("Mục 2 - 5/2/2026: Tổng Bí thư Tô Lâm thăm Lào.", "5/2/2026", "ok"),
        ("Bước 3 - 26/1/2026: hội đàm tại Hà Nội.", "26/1/2026", "ok"),
        ("Thẻ 9 - 3/8/2025: đồng chí Tô Lâm được bầu làm Tổng Bí thư.", "3/8/2025", "unknown"),
    ],
)
def test_an_items_number_before_a_day_is_no_days_range(text: str, said: str, verdict: str) -> None:
    assert _dates(text) == [(said, verdict)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Tổng Bí thư Tô Lâm thăm Lào (5 - 6/2/2026).", "5 - 6/2/2026"),
        ("Hội nghị diễn ra 26 - 28/1/2026 tại Hà Nội.", "26 - 28/1/2026"),
    ],
)
def test_days_of_a_month_after_other_words_are_still_a_range(text: str, said: str) -> None:
    assert [s for s, _v in _dates(text)] == [said]
