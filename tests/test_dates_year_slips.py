# SPDX-License-Identifier: MIT
"""
Days of an event written with its days and months to the day but a year one or two off ("To
Lam paid a state visit to Laos on 11-12 July 2023", of the visit of 11-12 July 2024) are that
event's, misdated.  One day in another year may be its anniversary, and days that differ are
another event's: neither is held against the record.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def verdict_of(text: str, said: str, lang: str = "en") -> tuple[str, str | None]:
    report = CHECKER.check_text(text, published=date(2026, 8, 20), lang=lang)
    found = [(f.verdict.value, f.record) for f in report.findings if f.kind == "date" and f.text == said]
    assert found, report.findings
    return found[0]


@pytest.mark.parametrize(
    ("text", "said", "lang", "record"),
    [
        (
            "To Lam paid a state visit to Laos on 11-12 July 2023.",
            "11-12 July 2023",
            "en",
            "visit-2024-07-laos",
        ),
        (
            "Thongloun Sisoulith paid a state visit to Vietnam on 10-13 September 2025.",
            "10-13 September 2025",
            "en",
            "visit-2024-09-vietnam",
        ),
        (
            "ຮູບ໗: ທ່ານໂຕເລິມຢ້ຽມຢາມທາງລັດຖະກິດຢູ່ລາວ, ວັນທີ໑໑-໑໒ກໍລະກົດ໒໐໒໓.",
            "ວັນທີ໑໑-໑໒ກໍລະກົດ໒໐໒໓",
            "lo",
            "visit-2024-07-laos",
        ),
    ],
)
def test_days_of_an_event_in_a_year_off_are_its_slip(text: str, said: str, lang: str, record: str) -> None:
    assert verdict_of(text, said, lang) == ("contradiction", record)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the days themselves
        ("To Lam paid a state visit to Laos on 11-12 July 2024.", "11-12 July 2024"),
        # other days of another year: another visit, which the record may not hold
        ("To Lam paid a state visit to Laos on 11-13 July 2023.", "11-13 July 2023"),
        # one day: the anniversary of a day the record holds
        ("On 2 December 2024, a National Day ceremony was held in Vientiane.", "2 December 2024"),
        # three years off: not a slip of one digit of the year
        ("To Lam paid a state visit to Laos on 11-12 July 2021.", "11-12 July 2021"),
    ],
)
def test_other_days_in_other_years_are_not_held_against_the_record(text: str, said: str) -> None:
    assert verdict_of(text, said)[0] != "contradiction"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Thongloun Sisoulith paid a state visit to Vietnam on 10-13 September.", "10-13 September"),
        ("Ông Thongloun Sisoulith thăm cấp Nhà nước Việt Nam từ ngày 10 đến 13/9.", "từ ngày 10 đến 13/9"),
    ],
)
def test_days_without_their_year_are_the_event_of_two_years_before(text: str, said: str) -> None:
    lang = "vi" if "thăm" in text else "en"
    assert verdict_of(text, said, lang) == ("ok", "visit-2024-09-vietnam")
