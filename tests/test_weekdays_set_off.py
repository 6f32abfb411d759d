# SPDX-License-Identifier: MIT
"""
A weekday set off after its day in two more forms: Lao's spaced "ວັນ ເສົາ" in brackets, and a
table's or a tool's columns after an ISO day ("2026-12-02  Thursday"); a weekday before an
ordinal is no weekday of a date after it ("Thursday   51st").
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker
from vnla.lang.parsing import parse_dates

CHECKER = Checker()


def dates(text: str, lang: str) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=date(2026, 3, 1), lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "said", "verdict"),
    [
        ("◆ 18 ກໍລະກົດ 2027 (ວັນ ເສົາ): ສົນທິສັນຍາ ຄົບຮອບ 50 ປີ.", "lo", "18 ກໍລະກົດ 2027 (ວັນ ເສົາ", "contradiction"),
        ("◆ 18 ກໍລະກົດ 2027 (ວັນ ອາທິດ): ສົນທິສັນຍາ ຄົບຮອບ 50 ປີ.", "lo", "18 ກໍລະກົດ 2027 (ວັນ ອາທິດ", "ok"),
        (
            "       2026-12-02  Thursday   51st   Lao National Day\n",
            "en",
            "2026-12-02  Thursday",
            "contradiction",
        ),
        ("       2026-12-02  Wednesday  51st   Lao National Day\n", "en", "2026-12-02  Wednesday", "ok"),
    ],
)
def test_a_weekday_set_off_after_its_day_is_its_own(text: str, lang: str, said: str, verdict: str) -> None:
    found = dates(text, lang)
    assert said in {t for t, _v in found}  # one date, the weekday with it
    assert (
        (said, "contradiction") in found
        if verdict == "contradiction"
        else ("contradiction" not in dict(found).values())
    )


def test_a_lao_weekday_spaced_after_its_day_word_is_read_alone() -> None:
    [found] = parse_dates("ທ່ານ ມາ ຮອດ ໃນ ວັນ ຈັນ ທີ່ ຜ່ານ ມາ.", published=date(2026, 3, 4))
    assert found.weekday == 0 and found.relative


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a weekday before an ordinal no month follows stands alone
        ("2026-12-02  Thursday   51st   Lao National Day", ["2026-12-02", "Thursday"]),
        # before a date, it is the date's
        ("On Monday 26th January the talks began.", ["Monday 26th January"]),
        ("On Monday, 26 January 2026, the talks began.", ["Monday, 26 January 2026"]),
    ],
)
def test_a_weekday_is_read_with_the_date_after_it_only(text: str, read: list[str]) -> None:
    assert [d.text for d in parse_dates(text, published=date(2026, 3, 1))] == read
