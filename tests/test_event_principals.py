# SPDX-License-Identifier: MIT
"""
An event is a date's only with the people who led it, or with none it did not have.

The talks in Vientiane on 5 February 2026 were To Lam's and Thongloun Sisoulith's; Tran Thanh
Man attended them.  Talks of his with Xaysomphone Phomvihane, whom the record does not place
there, are another meeting, which the record does not hold: their day is unknown, not a slip.
"""

from __future__ import annotations

import pytest

from vnla import check_text


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published="2026-03-01", lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "Chủ tịch Quốc hội Trần Thanh Mẫn và Chủ tịch Quốc hội Lào Xaysomphone Phomvihane đã hội "
            "đàm ngày 27/1/2026.",
            "vi",
            "ngày 27/1/2026",
        ),
        (
            "National Assembly Chairman Tran Thanh Man held talks with Lao National Assembly Chairman "
            "Xaysomphone Phomvihane on 6 February 2026.",
            "en",
            "6 February 2026",
        ),
    ],
)
def test_talks_of_one_who_only_attended_and_one_who_was_not_there_are_another_meeting(
    text: str, lang: str, said: str
) -> None:
    assert _dates(text, lang) == [(said, "unknown")]


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        # the leaders of the talks, on the wrong day
        (
            "Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith hội đàm tại Viêng "
            "Chăn ngày 6/2/2026.",
            "vi",
            "ngày 6/2/2026",
        ),
        # one who attended them, and no one they did not have
        (
            "Attending the talks in Vientiane on 6 February 2026 was National Assembly Chairman Tran Thanh Man.",
            "en",
            "6 February 2026",
        ),
    ],
)
def test_the_talks_on_the_wrong_day_are_still_caught(text: str, lang: str, said: str) -> None:
    assert _dates(text, lang) == [(said, "contradiction")]
