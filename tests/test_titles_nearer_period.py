# SPDX-License-Identifier: MIT
"""
A title is judged on the time its sentence states nearest to it: a month or a year nearer the
title than the exact day another clause states dates the title ("... To Lam's state visit to
Laos in July 2024 and ... the meeting ... on 2 December 2025": July 2024's title).
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

_SENTENCE = (
    "Ambassador Lan was in the room for {title} To Lam's state visit to Laos in July 2024 and, as an "
    "adviser, for the high-level meeting between the two Parties in Hanoi on 2 December 2025."
)


def _titles(text: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 9, 4), lang="en")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "title"]


@pytest.mark.parametrize(("title", "verdict"), [("General Secretary", "contradiction"), ("President", "ok")])
def test_the_nearer_month_dates_the_title(title: str, verdict: str) -> None:
    assert _titles(_SENTENCE.format(title=title)) == [(f"{title} To Lam", verdict)]


def test_the_nearer_day_still_dates_the_title() -> None:
    # the exact day is nearer the title than the month: that day's title
    text = (
        "In July 2024 he was in Vientiane, and on 2 December 2025 General Secretary To Lam "
        "co-chaired the high-level meeting in Vientiane."
    )
    assert _titles(text) == [("General Secretary To Lam", "ok")]


def test_a_range_of_days_nearer_leaves_the_days_verdict() -> None:
    # a range of days is judged by its first day, as before: no period of its own
    text = (
        "General Secretary and President Thongloun Sisoulith paid a state visit to Vietnam "
        "(26-27 January 2026); on 5 February 2026 To Lam visited Laos."
    )
    assert ("General Secretary and President Thongloun Sisoulith", "ok") in _titles(text)


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # the sentence before states the time; "that year", "that day" date this one by it
        (
            "To Lam paid a state visit to Laos in July 2024. General Secretary To Lam met students that year.",
            "General Secretary To Lam",
            "contradiction",
        ),
        (
            "To Lam paid a state visit to Laos in July 2024. President To Lam met students that year.",
            "President To Lam",
            "ok",
        ),
        (
            "Năm 2022 là Năm Đoàn kết hữu nghị Việt Nam - Lào. Trong năm đó, Thủ tướng Thongloun Sisoulith gửi thư cảm ơn.",
            "Thủ tướng Thongloun Sisoulith",
            "contradiction",
        ),
        (
            "ວັນທີ 11 ກໍລະກົດ 2024, ທ່ານ ໂຕເລິມ ໄດ້ມາຮອດວຽງຈັນ. ມື້ນັ້ນ, ເລຂາທິການໃຫຍ່ ໂຕເລິມ ໄດ້ພົບປະນັກສຶກສາ.",
            "ເລຂາທິການໃຫຍ່ ໂຕເລິມ",
            "contradiction",
        ),
        # without such words, the sentence is the publication's (past what the sources show)
        (
            "To Lam paid a state visit to Laos in July 2024. General Secretary To Lam met students.",
            "General Secretary To Lam",
            "unknown",
        ),
    ],
)
def test_that_year_or_that_day_dates_a_sentence_by_the_one_before(text: str, said: str, verdict: str) -> None:
    assert (said, verdict) in _titles_any(text)


def _titles_any(text: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 9, 4))
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "title"]
