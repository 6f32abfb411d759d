# SPDX-License-Identifier: MIT
"""
An event anyone may hold is its people's: a date near words of a visit, a meeting, talks by
anyone ("visited", "met", "held talks", "thăm", "ຢ້ຽມຢາມ"; ``dates.people_cues``) is a recorded
event's only where a person is named near it.  To Lam paid state visits to Laos on 1-2 December
2025 and on 5 February 2026, and held talks in Hanoi on 26 January 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla import check_text

PUBLISHED = date(2026, 3, 10)


def _dates(text: str, lang: str) -> list[str]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [f.verdict.value for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officials visited the site on 3 December 2025.", "en"),
        ("A Vietnamese business delegation visited Laos on 3 December 2025.", "en"),
        # a meeting, a wreath laid, talks held by no one named near
        ("Provincial officials met in Vientiane on 4 December 2025 to plan a border market.", "en"),
        ("A wreath was laid at the memorial on 3 December 2025 by a veterans' group.", "en"),
        ("Business leaders held talks in Hanoi on 28 January 2026.", "en"),
        ("Students attended a ceremony on 3 December 2025 at the university.", "en"),
        ("Ngày 3/12/2025, sinh viên dự lễ kỷ niệm tại trường.", "vi"),
        ("ວັນທີ 3 ທັນວາ 2025, ຄະນະຜູ້ແທນແຂວງ ໄດ້ເຈລະຈາ ກັບ ແຂວງ ຫວຽດນາມ.", "lo"),
        ("Đoàn cán bộ tỉnh sang thăm Lào ngày 6/2/2026.", "vi"),
        ("ຄະນະຜູ້ແທນ ແຂວງ ໄດ້ມາຢ້ຽມຢາມ ສປປ ລາວ ໃນວັນທີ 6 ກຸມພາ 2026.", "lo"),
    ],
)
def test_a_visit_by_no_one_named_is_no_recorded_visit(text: str, lang: str) -> None:
    assert _dates(text, lang) == ["unknown"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("To Lam visited Laos on 3 December 2025.", "en"),
        ("To Lam held talks in Hanoi on 28 January 2026.", "en"),
        # the visitor named in the sentence before
        ("To Lam flew to Vientiane. He visited Laos on 6 February 2026.", "en"),
        ("Tổng Bí thư Tô Lâm thăm Lào ngày 6/2/2026.", "vi"),
        ("ທ່ານ ໂຕເລິມ ໄດ້ມາຢ້ຽມຢາມ ສປປ ລາວ ໃນວັນທີ 6 ກຸມພາ 2026.", "lo"),
    ],
)
def test_a_visit_by_a_visitor_named_is_his(text: str, lang: str) -> None:
    assert _dates(text, lang) == ["contradiction"]


def test_a_one_word_event_word_matches_only_as_written() -> None:
    # "Tham mưu" (to advise) is no "thăm" (a visit): the Party's 96th anniversary is 3 February 2026
    text = "- Tham mưu các hoạt động kỷ niệm 96 năm Ngày thành lập Đảng (3/2/2026)."
    assert "contradiction" not in _dates(text, "vi")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The 48th session of the Intergovernmental Committee was preceded by the 47th session in January 2025.",
            "en",
        ),
        ("Kỳ họp lần thứ 48 Ủy ban liên Chính phủ diễn ra sau Kỳ họp thứ 47 hồi tháng 1/2025.", "vi"),
    ],
)
def test_a_date_of_a_meeting_numbered_right_before_it_is_that_meetings(text: str, lang: str) -> None:
    # the record holds the 48th meeting (3 December 2025), not the 47th: the date is the 47th's
    assert _dates(text, lang) == ["unknown"]
