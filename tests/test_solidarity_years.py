# SPDX-License-Identifier: MIT
"""
The years the two countries name for their relations, the Vietnam - Laos, Laos - Vietnam
Solidarity Years (2012, 2017, 2022 and 2027, seed 002 for the last): their records, their names
in three languages, and the year written right after a name, judged against them.
"""

from __future__ import annotations

from datetime import date

import pytest

import vnla
from vnla.checker import Checker
from vnla.model import EventKind

CHECKER = Checker()
YEARS = (2012, 2017, 2022, 2027)


def found(text: str, kind: str) -> list[tuple[str, str, str | None, str]]:
    report = CHECKER.check_text(text, published=date(2026, 2, 10))
    return [(f.text, f.verdict.value, f.record, f.severity.value) for f in report.findings if f.kind == kind]


def test_the_four_years_are_recorded_with_their_names_in_three_languages() -> None:
    ds = vnla.dataset()
    years = [e for e in ds.events if e.kind is EventKind.COMMEMORATIVE_YEAR]
    assert [e.when.year for e in years] == list(YEARS)
    for event in years:
        assert {n.lang for n in event.names} == {"en", "vi", "lo"}
        assert event.evidence
    [source] = {ev.source for ev in ds.get("solidarity-year-2027").evidence}
    assert source == "joint-statement-2025-12-02-en"


@pytest.mark.parametrize(
    "text",
    [
        "Năm Đoàn kết hữu nghị Việt Nam – Lào sẽ có nhiều hoạt động.",
        "Events for the Vietnam - Laos, Laos - Vietnam Solidarity Year are planned.",
        "ກິດຈະກຳ ປີສາມັກຄີມິດຕະພາບ ລາວ - ຫວຽດນາມ ຫຼາຍຢ່າງ.",
    ],
)
def test_a_name_the_years_share_is_a_recorded_name(text: str) -> None:
    [(_said, verdict, record, _severity)] = found(text, "event")
    assert (verdict, record) == ("ok", None)


@pytest.mark.parametrize("year", YEARS)
def test_a_recorded_year_after_the_name_is_right(year: int) -> None:
    [(said, verdict, record, _severity)] = found(
        f"Năm Đoàn kết hữu nghị Việt Nam - Lào {year} đã được phát động.", "date"
    )
    assert (said, verdict, record) == (str(year), "ok", f"solidarity-year-{year}")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Hai bên thống nhất tổ chức Năm Đoàn kết hữu nghị Việt Nam – Lào 2026.", "2026"),
        ("Hai bên tổ chức Năm Đoàn kết hữu nghị Việt Nam – Lào năm 2026.", "năm 2026"),
        (
            "Both sides will hold events for the Vietnam - Laos, Laos - Vietnam Solidarity Year in 2026.",
            "in 2026",
        ),
        ("The Vietnam - Laos Solidarity Year, 2028, will be busy.", "2028"),
        # a year said to be the named year, before it
        ("2026 is the Vietnam - Laos, Laos - Vietnam Solidarity Year.", "2026"),
        ("Năm 2026 là Năm Đoàn kết hữu nghị Việt Nam - Lào, Lào - Việt Nam.", "Năm 2026"),
        ("ປີ 2026 ແມ່ນປີສາມັກຄີມິດຕະພາບ ລາວ-ຫວຽດນາມ, ຫວຽດນາມ-ລາວ.", "ປີ 2026"),
        # after it, with a preposition of its own
        ("Hai nước tổ chức Năm Đoàn kết hữu nghị Việt Nam - Lào, Lào - Việt Nam vào năm 2026.", "năm 2026"),
    ],
)
def test_a_year_next_to_a_recorded_one_is_a_slip_of_it(text: str, said: str) -> None:
    [(got, verdict, record, severity)] = found(text, "date")
    assert (got, verdict, record) == (said, "contradiction", "solidarity-year-2027")
    assert severity == "warning"  # a year is no exact day


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2027 is the Vietnam - Laos, Laos - Vietnam Solidarity Year.", "2027"),
        ("Since 2027 is the Vietnam - Laos Solidarity Year, schools will hold contests.", "Since 2027"),
        ("Năm 2027 là Năm Đoàn kết hữu nghị Việt Nam - Lào, Lào - Việt Nam.", "Năm 2027"),
        ("ປີ 2027 ແມ່ນປີສາມັກຄີມິດຕະພາບ ລາວ-ຫວຽດນາມ, ຫວຽດນາມ-ລາວ.", "ປີ 2027"),
        ("Hai nước tổ chức Năm Đoàn kết hữu nghị Việt Nam - Lào, Lào - Việt Nam vào năm 2027.", "năm 2027"),
    ],
)
def test_a_year_said_to_be_the_named_year_is_judged(text: str, said: str) -> None:
    assert found(text, "date") == [(said, "ok", "solidarity-year-2027", "info")]


@pytest.mark.parametrize(
    "text",
    [
        "The Vietnam–Laos Solidarity Year 2019 was a success.",  # no year the record holds is near
        "In 2026 the two sides prepared the Vietnam - Laos Solidarity Year.",  # the year is the sentence's
        "Năm 2026, hai nước chuẩn bị cho Năm Đoàn kết hữu nghị Việt Nam - Lào, Lào - Việt Nam.",
    ],
)
def test_a_year_the_record_cannot_place_is_not_a_slip(text: str) -> None:
    assert all(verdict != "contradiction" for _t, verdict, _r, _s in found(text, "date"))


def test_a_longer_name_is_one_finding_not_two() -> None:
    # the shorter name inside the longer one is the same years' name: not found again
    text = "Năm 2027 là Năm Đoàn kết hữu nghị Việt Nam - Lào, Lào - Việt Nam."
    assert [said for said, *_rest in found(text, "event")] == [
        "Năm Đoàn kết hữu nghị Việt Nam - Lào, Lào - Việt Nam"
    ]
    # the countries inside it are still read
    assert [said for said, *_rest in found(text, "country")] == ["Việt Nam", "Lào", "Lào", "Việt Nam"]
