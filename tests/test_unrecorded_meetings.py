# SPDX-License-Identifier: MIT
"""
A date whose sentence numbers a meeting or a congress the record does not hold (and none it
does) may be that meeting's: meeting none of the record's events, it is ``unknown``, not a slip
of the nearest one. A Lao ordinal counts what the head nearest its marker names.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 3, 10)


def _dates(text: str, lang: str = "en") -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [(f.verdict.value, str(f.message)) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    "text",
    [
        "The 12th meeting of the Vietnam-Laos border committee was held in Vientiane on 4 December 2025.",
        "On 4 December 2025, the 12th meeting of the joint working group was held.",
        "The 47th meeting of the Vietnam-Laos Intergovernmental Committee was held on 4 December 2025.",
        "The 3rd Congress of the Lao Women's Union opened on 25 January 2026.",
    ],
)
def test_a_date_of_an_unrecorded_numbered_meeting_is_unknown(text: str) -> None:
    [(verdict, message)] = _dates(text)
    assert verdict == "unknown"
    assert message.startswith("its sentence names a meeting or a congress the record does not hold")


def test_a_recorded_meeting_misdated_is_still_a_slip() -> None:
    text = "The 48th meeting of the Vietnam-Laos Intergovernmental Committee was held on 4 December 2025."
    [(verdict, _message)] = _dates(text)
    assert verdict == "contradiction"


def test_a_recorded_congress_numbered_beside_an_unrecorded_one_keeps_its_date() -> None:
    # the 15th Congress of the CPV is a slip of its own; the dates in brackets are the 12th's
    text = (
        "Năm 2026 cần theo dõi Đại hội XII của Đảng Nhân dân Cách mạng Lào (6-9/1/2026) và Đại hội "
        "XV của Đảng Cộng sản Việt Nam."
    )
    report = check_text(text, published=PUBLISHED, lang="vi")
    [said] = [f for f in report.findings if f.text == "6-9/1/2026"]
    assert (said.verdict.value, said.record) == ("contradiction", "congress-lprp-12")


def test_a_lao_ordinal_counts_what_the_nearest_head_names() -> None:
    text = "ກອງປະຊຸມແຈ້ງຜົນສຳເລັດຂອງກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XII ຂອງພັກປະຊາຊົນປະຕິວັດລາວ ຈັດຂຶ້ນທີ່ຮ່າໂນ້ຍ."
    report = check_text(text, published=PUBLISHED, lang="lo")
    assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == ["ok"]
