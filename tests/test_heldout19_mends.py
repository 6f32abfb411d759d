# SPDX-License-Identifier: MIT
"""
The general causes behind the false contradictions of the nineteenth blind corpus (heldout19),
each shown on sentences of our own: it passes clean and still catches a planted slip.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text
from vnla.checker.normal import normal


def _found(text: str, kind: str, published: date, lang: str = "en") -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On 27 January a farewell ceremony was held for Thongloun Sisoulith in Hanoi.", "en"),
        ("Ngày 27/1, lễ tiễn Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith diễn ra tại Hà Nội.", "vi"),
        ("- ວັນທີ 27 ມັງກອນ: ພິທີ ສົ່ງ ທ່ານ ທອງລຸນ ສີສຸລິດ ກັບ ປະເທດ.", "lo"),
    ],
)
def test_a_farewell_is_not_the_welcome_ceremony_of_the_day_before(text: str, lang: str) -> None:
    # the official welcome of 26 January 2026 is recorded; the farewell of the next day is not
    assert "contradiction" not in {v for _t, v in _found(text, "date", date(2026, 1, 28), lang)}
    if lang == "lo":
        return  # (a Lao ceremony of that week is also the documents' signing, of 26-27 January)
    welcome = {"en": "an official welcome ceremony", "vi": "lễ đón"}[lang]
    wrong = text.replace("a farewell ceremony", welcome).replace("lễ tiễn", welcome).replace("ພິທີ ສົ່ງ", welcome)
    assert "contradiction" in {v for _t, v in _found(wrong, "date", date(2026, 1, 28), lang)}


def test_a_rule_between_entries_and_a_lao_date_line_are_not_wrapped_into_the_next_line() -> None:
    text = "-" * 60 + "\nວັນຈັນ ທີ ໑ ທັນວາ ໒໐໒໕\nຫ້ອງ ກ, ຊົ່ວໂມງ ທີ ໒: ບົດ ທີ ໑໒ ການ ທັກທາຍ."
    assert normal(text)[0] == text


@pytest.mark.parametrize(
    ("entry", "lang"),
    [
        (
            "Ngày 05/02/2026 (thứ Năm) - Nắng nóng, 31°C\nGhi chú: Hôm nay Tổng Bí thư Tô Lâm thăm cấp Nhà nước Lào.",
            "vi",
        ),
        ("[Thứ Năm, 05/02/2026 - 17:10]\nHôm nay Tổng Bí thư Tô Lâm thăm cấp Nhà nước Lào.", "vi"),
        ("ວັນພະຫັດ ທີ ໕ ກຸມພາ ໒໐໒໖\nໝາຍເຫດ: ມື້ນີ້ ທ່ານ ໂຕເລິມ ຢ້ຽມຢາມ ທາງລັດຖະກິດ ຢູ່ ສປປ ລາວ.", "lo"),
    ],
)
def test_today_in_a_diarys_entry_is_the_entrys_day(entry: str, lang: str) -> None:
    text = "Nhật ký\n\n" + "-" * 60 + "\n" + entry + "\n"
    today = {"vi": "Hôm nay", "lo": "ມື້ນີ້"}[lang]
    assert (today, "ok") in _found(text, "date", date(2026, 2, 10), lang)
    # the same entry a day later: the visit was not that day
    later = text.replace("05/02/2026", "06/02/2026").replace("ທີ ໕ ກຸມພາ", "ທີ ໖ ກຸມພາ").replace("ພະຫັດ", "ສຸກ")
    later = later.replace("thứ Năm", "thứ Sáu").replace("Thứ Năm", "Thứ Sáu")
    assert (today, "contradiction") in _found(later, "date", date(2026, 2, 10), lang)


def test_a_paragraph_after_a_list_entry_is_no_entry_of_its_day() -> None:
    # a timeline's item, then a blank line: "today" is the publication's
    text = "- 05/02/2026: Tô Lâm thăm Lào\n\nHôm nay Tổng Bí thư Tô Lâm thăm cấp Nhà nước Lào."
    assert ("Hôm nay", "contradiction") in _found(text, "date", date(2026, 2, 10), "vi")


def test_a_day_without_its_year_in_an_entry_is_of_the_entrys_year() -> None:
    text = (
        "[Thứ Sáu, 16/01/2026 - 18:00]\n"
        "Tuần sau là Đại hội XIV. Thứ Hai 19/1 lớp sẽ xem lễ khai mạc Đại hội XIV qua màn hình.\n"
    )
    dates = _found(text, "date", date(2026, 2, 27), "vi")
    assert ("Thứ Hai 19/1", "ok") in dates
    assert ("Thứ Ba 19/1", "contradiction") in _found(
        text.replace("Thứ Hai 19/1", "Thứ Ba 19/1"), "date", date(2026, 2, 27), "vi"
    )


def test_a_day_of_a_clause_without_its_verb_takes_the_year_of_the_one_before() -> None:
    text = (
        "The Lao People's Revolutionary Party held its 12th National Congress from 6 to 8 January, "
        "and the Communist Party of Vietnam its 14th from 19 to 23 January."
    )
    assert ("19 to 23 January", "ok") in _found(text, "date", date(2026, 8, 28))
    slip = text.replace("19 to 23", "20 to 24")
    assert ("20 to 24 January", "contradiction") in _found(slip, "date", date(2026, 8, 28))


def test_a_date_after_a_listing_in_its_clause_dates_it() -> None:
    text = (
        "The images are of Thongloun Sisoulith arriving in Hanoi on 10-13 September 2024, or the new "
        'framework of "great friendship, special solidarity, comprehensive cooperation and strategic '
        'cohesion" being read out last December.'
    )
    assert "contradiction" not in {v for _t, v in _found(text, "framework", date(2026, 2, 26))}
    # a date of the next sentence is not the listing's
    other = 'Its back reads "great friendship, special solidarity and comprehensive cooperation". In 2017 it read otherwise.'
    assert "contradiction" not in {v for _t, v in _found(other, "framework", date(2025, 9, 1))}


@pytest.mark.parametrize("lang", ["en", "lo"])
def test_a_calendars_lines_of_days_are_of_its_heading_year(lang: str) -> None:
    text = {
        "en": "Calendar 2027\n2 September - Vietnam's National Day, 82nd anniversary\n"
        "2 December - Lao National Day, 52nd anniversary\n",
        "lo": "ປະຕິທິນ ປີ 2027\n22 ມີນາ - ວັນສ້າງຕັ້ງ ພັກປະຊາຊົນປະຕິວັດລາວ ຄົບຮອບ 72 ປີ\n"
        "2 ທັນວາ - ວັນຊາດ ສປປ ລາວ ຄົບຮອບ 52 ປີ\n",
    }[lang]
    ordinals = _found(text, "ordinal", date(2026, 9, 15), lang)
    assert [v for _t, v in ordinals] == ["ok", "ok"]
    slip = text.replace("52", "51")
    assert "contradiction" in {v for _t, v in _found(slip, "ordinal", date(2026, 9, 15), lang)}


def test_a_calendars_line_names_its_own_anniversary_not_the_line_befores() -> None:
    text = (
        "ປະຕິທິນ ປີ 2027\n22 ມີນາ - ວັນສ້າງຕັ້ງ ພັກປະຊາຊົນປະຕິວັດລາວ ຄົບຮອບ 72 ປີ\n18 ກໍລະກົດ - ສົນທິສັນຍາ ມິດຕະພາບ ຄົບຮອບ 50 ປີ\n"
    )
    # the treaty's words here are no name the record holds: not the party's 50th
    assert ("ຄົບຮອບ 50 ປີ", "contradiction") not in _found(text, "ordinal", date(2026, 9, 15), "lo")


@pytest.mark.parametrize(
    ("text", "lang", "published", "right", "wrong"),
    [
        (
            "Ngày 5/9/1962, Việt Nam và Lào thiết lập quan hệ ngoại giao. Năm nay là năm thứ 64, năm sau "
            "tròn 65 năm.",
            "vi",
            date(2026, 7, 14),
            "65",
            "66",
        ),
        (
            "We first met in 2017. That year was the 55th anniversary of diplomatic relations between "
            "Vietnam and Laos.",
            "en",
            date(2026, 7, 20),
            "55th",
            "56th",
        ),
    ],
)
def test_the_year_after_and_that_year_date_an_anniversary(
    text: str, lang: str, published: date, right: str, wrong: str
) -> None:
    assert "contradiction" not in {v for _t, v in _found(text, "ordinal", published, lang)}
    assert "contradiction" in {v for _t, v in _found(text.replace(right, wrong), "ordinal", published, lang)}


def test_laos_sending_goods_to_vietnam_is_its_exports() -> None:
    text = "ມູນຄ່າ ການຄ້າ ສອງ ຝ່າຍ ໃນ ໄຕມາດ I ປີ 2025 ແມ່ນ 979 ລ້ານ ໂດລາ, ໃນ ນັ້ນ ລາວ ສົ່ງ ສິນຄ້າ ໄປ ຫວຽດນາມ 633 ລ້ານ ໂດລາ."
    assert ("633 ລ້ານ ໂດລາ", "ok") in _found(text, "amount", date(2026, 9, 15), "lo")
    slip = text.replace("633", "346")
    assert ("346 ລ້ານ ໂດລາ", "contradiction") in _found(slip, "amount", date(2026, 9, 15), "lo")


def test_horizons_named_in_turn_before_sums_named_in_turn() -> None:
    text = "The near-term and longer-term trade targets are USD {} and USD {}."
    right = _found(text.format("5 billion", "10 billion"), "amount", date(2026, 2, 1))
    assert right == [("USD 5 billion", "ok"), ("USD 10 billion", "ok")]
    swapped = _found(text.format("10 billion", "5 billion"), "amount", date(2026, 2, 1))
    assert swapped == [("USD 10 billion", "contradiction"), ("USD 5 billion", "contradiction")]


def test_a_when_clause_after_the_year_before_is_of_that_year() -> None:
    text = (
        "Two-way trade reached 2.98 billion US dollars in 2025, up 32.7 per cent on the year before, "
        "when it stood at about {} billion."
    )
    assert ("about 2.2 billion", "ok") in _found(text.format("2.2"), "amount", date(2026, 8, 28))
    assert ("about 2.9 billion", "contradiction") in _found(text.format("2.9"), "amount", date(2026, 8, 28))
