# SPDX-License-Identifier: MIT
"""
Since when a person holds an office, said in a relative clause after the name ("Luong Cuong,
who has been State President since October 2024"; "Lương Cường, người giữ chức Chủ tịch nước
từ tháng 10/2024"), is judged against the person's terms like a start said right after a title;
a start before the recorded one is a slip where others held the office then (the Lao Foreign
Ministry: Saleumxay Kommasith held it by March 2021 until November 2024).

A day written without its year whose guessed year the dates judge confirmed with a recorded
event ("on 26-27/1", the state visit of January 2026, in a text of that month) dates the titles
of its sentence as a day with its year would.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _verdicts(text: str, kind: str, published: date = date(2026, 5, 1)) -> dict[str, str]:
    report = check_text(text, published=published)
    return {f.text: f.verdict.value for f in report.findings if f.kind == kind}


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        ("Luong Cuong, who has been State President since October 2023, welcomed the guests.", "October 2023", "contradiction"),
        ("Luong Cuong, who has been State President since October 2024, welcomed the guests.", "October 2024", "ok"),
        ("Pham Minh Chinh, who has served as Prime Minister since 2021, met him.", "since 2021", "ok"),
        ("Ông Lương Cường, người giữ chức Chủ tịch nước từ tháng 10/2023, đã tiếp đoàn.", "tháng 10/2023", "contradiction"),
        ("Ông Lương Cường, người giữ chức Chủ tịch nước từ tháng 10/2024, đã tiếp đoàn.", "tháng 10/2024", "ok"),
    ],
)  # fmt: skip
def test_a_start_said_in_a_relative_clause(text: str, said: str, verdict: str) -> None:
    assert _verdicts(text, "date")[said] == verdict


def test_a_start_while_the_predecessor_held_the_office() -> None:
    text = "Thongsavanh Phomvihane has been Lao Minister of Foreign Affairs since November 2023."
    assert _verdicts(text, "date")["November 2023"] == "contradiction"
    # the record does not know when the predecessor first took the office
    text = "Saleumxay Kommasith became Minister of Foreign Affairs in 2016."
    assert _verdicts(text, "date").get("2016") != "contradiction"


def test_a_yearless_day_confirmed_by_its_event_dates_the_titles() -> None:
    text = (
        "Trong chuyến thăm Việt Nam ngày 26-27/1, Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith "
        "có Bộ trưởng Ngoại giao Saleumxay Kommasith tháp tùng."
    )
    titles = _verdicts(text, "title", date(2026, 1, 28))
    assert titles["Bộ trưởng Ngoại giao Saleumxay Kommasith"] == "contradiction"
    assert titles["Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith"] == "ok"


def test_a_yearless_day_of_another_years_event_stays_a_guess() -> None:
    # "11-12 July" is the visit of July 2024 the line names, not a day of 2026
    text = " - July 2024: Grandpa watched the state visit of President To Lam to Laos on 11-12 July on television."
    assert _verdicts(text, "title", date(2026, 7, 5)).get("President To Lam") != "contradiction"
