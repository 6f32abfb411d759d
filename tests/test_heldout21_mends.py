# SPDX-License-Identifier: MIT
"""
What the twenty-first blind corpus (heldout21) showed: a crash and false contradictions from
general causes, each tested here on sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text
from vnla.lang.lao import is_lao, syllables
from vnla.lang.words import SCHEMA, words


def _found(text: str, lang: str, published: date = date(2026, 7, 1)) -> list[tuple[str, str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.kind, f.text, f.verdict.value) for f in report.findings]


# ------------------------------------------------------------------ Lao words written with spaces
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("ປີ 2026 ແມ່ນ ວັນ ສ້າງຕັ້ງ ພັກ ຄົບຮອບ 71 ປີ.", "ok"),
        ("ປີ 2026 ແມ່ນ ວັນ ສ້າງຕັ້ງ ພັກ ຄົບຮອບ 72 ປີ.", "contradiction"),
    ],
)
def test_lao_party_founding_words_with_spaces_count_from_the_writers_party(text: str, verdict: str) -> None:
    # the words were looked up as the word file writes them, unspaced: a KeyError stopped the check
    assert ("ordinal", text.split("ແມ່ນ ")[1].split("ພັກ ")[1].rstrip("."), verdict) in _found(text, "lo")


def _lao_words() -> dict[str, list[str]]:
    """Every Lao word of the Lao word file, by section and key."""
    lao = words("lo")
    out: dict[str, list[str]] = {}
    for section, keys in SCHEMA.items():
        for key in keys:
            value = lao.get(section, key)
            found = list(value) if isinstance(value, (list, dict)) else []
            found = [w for w in found if isinstance(w, str) and w and is_lao(w[0])]
            if found:
                out[f"{section}.{key}"] = found
    return out


@pytest.mark.parametrize(("key", "found"), sorted(_lao_words().items()))
def test_any_lao_word_of_the_word_files_spaced_at_its_syllables_checks_without_error(
    key: str, found: list[str]
) -> None:
    # a spaced Lao text may part any word at its syllables; whatever a reader matches must be
    # looked up however it is spaced
    spaced = [" ".join(part for part in syllables(w) if part.strip()) for w in found]
    for word in spaced:
        text = (
            f"ວັນທີ 5 ກັນຍາ 2026, {word} ຄົບຮອບ 64 ປີ ສາຍພົວພັນ ລາວ-ຫວຽດນາມ; {word} 2,98 ຕື້ ໂດລາ "
            f"ໃນ ປີ 2025. ທ່ານ ທອງລຸນ ສີສຸລິດ {word} ວັນທີ 26 ມັງກອນ 2026."
        )
        check_text(text, published=date(2026, 9, 5), lang="lo")  # no exception


def _lao_months() -> list[str]:
    from babel.dates import get_month_names

    return [
        str(name)
        for width in ("wide", "abbreviated")
        for name in get_month_names(width, locale="lo").values()
    ]


@pytest.mark.parametrize("month", _lao_months())
def test_lao_month_names_spaced_at_their_syllables_check_without_error(month: str) -> None:
    spaced = " ".join(part for part in syllables(month) if part.strip())
    for written in (month, spaced):
        text = (
            f"ວັນທີ 5 {written} 2026 ແລະ ເດືອນ {written} 2025; ໃນ {written} ມູນຄ່າ ການຄ້າ 2,98 ຕື້ ໂດລາ, "
            f"ເດືອນ {written} - ເດືອນ {written} 2025 ເພີ່ມຂຶ້ນ 20%."
        )
        check_text(text, published=date(2026, 9, 5), lang="lo")  # no exception


# ------------------------------------------------------------------ the whole year, in Lao
@pytest.mark.parametrize(
    ("sum_", "verdict"),
    [("ເກືອບ 3 ຕື້ ໂດລາ", "ok"), ("2,5 ຕື້ ໂດລາ", "contradiction")],
)
def test_lao_words_of_the_whole_year_give_a_sum_the_years_whole(sum_: str, verdict: str) -> None:
    # not the first quarter the clause before states: "ທັງ ປີ" is the whole of 2025
    text = f"ໃນ ໄຕມາດ ທຳອິດ ຂອງ ປີ 2025, ການຄ້າ ສອງ ຝ່າຍ ບັນລຸ 979 ລ້ານ ໂດລາ; ທັງ ປີ ບັນລຸ {sum_}."
    assert ("amount", sum_, verdict) in _found(text, "lo", date(2026, 11, 10))


# ------------------------------------------------------------------ a founding's day without its year
@pytest.mark.parametrize(("day", "verdict"), [("5/9", "ok"), ("6/9", "contradiction")])
def test_a_foundings_day_written_without_a_year_is_its_day_of_the_year(day: str, verdict: str) -> None:
    # the year the story gives the day (2025, from the Joint Statement's date before) is no year
    # the text says of the founding: "the 5 September" of the relations is theirs in any year
    text = (
        "Tuyên bố chung Việt Nam – Lào ngày 2/12/2025 khẳng định quan hệ đặc biệt. Tiếp nối tinh thần "
        f"đó, sinh viên thành lập Câu lạc bộ, lấy ngày {day} – ngày hai nước thiết lập quan hệ ngoại "
        "giao (1962) – làm ngày truyền thống."
    )
    assert ("date", f"ngày {day}", verdict) in _found(text, "vi", date(2026, 9, 5))


# ------------------------------------------------------------------ the topic of a list's item
@pytest.mark.parametrize(
    ("change", "verdict"),
    [("tăng 32,7%", "ok"), ("tăng 42,7%", "contradiction")],
)
def test_a_list_items_sum_takes_the_topic_of_the_item_before_not_of_its_last_sentence(
    change: str, verdict: str
) -> None:
    # the item before goes on over a wrapped line and a second sentence on the surplus: the
    # next item's sum is the trade's, the item's topic
    text = (
        "2. Thương mại:\n"
        "   – Kim ngạch thương mại song phương năm 2024 đạt 2,2 tỷ USD, tăng khoảng 34%;\n"
        "     Lào xuất siêu sang Việt Nam khoảng 732,7 triệu USD.\n"
        f"   – Năm 2025 đạt 2,98 tỷ USD, {change}.\n"
    )
    found = _found(text, "vi", date(2026, 5, 6))
    assert ("amount", "2,98 tỷ USD", "ok") in found
    assert [v for kind, said, v in found if kind == "change" and said in change] == [verdict]


# ------------------------------------------------------------------ a life's years
@pytest.mark.parametrize(
    ("text", "lang", "span", "verdict"),
    [
        (
            "the letters of Souphanouvong, the Red Prince (1909-1996), whom she met",
            "en",
            "1909-1996",
            "contradiction",
        ),
        ("the letters of Souphanouvong, the Red Prince (1909-1995), whom she met", "en", "1909-1995", "ok"),
        # Lao digits, spaced dash
        ("ສະເດັດເຈົ້າ ສຸພານຸວົງ (໑໙໐໙ - ໑໙໙໔), ປະທານ ປະເທດ ຄົນ ທຳອິດ.", "lo", "໑໙໐໙ - ໑໙໙໔", "contradiction"),
        ("ສະເດັດເຈົ້າ ສຸພານຸວົງ (໑໙໐໙-໑໙໙໕), ປະທານ ປະເທດ ຄົນ ທຳອິດ.", "lo", "໑໙໐໙-໑໙໙໕", "ok"),
    ],
)
def test_a_lifes_years_after_a_name_and_a_short_apposition_or_in_lao_digits(
    text: str, lang: str, span: str, verdict: str
) -> None:
    assert ("date", span, verdict) in _found(text, lang)


def test_an_apposition_that_names_something_leaves_the_years_to_no_one() -> None:
    found = _found("the letters of Souphanouvong, who visited Hanoi (1909-1996), whom she met", "en")
    assert all(verdict != "contradiction" for kind, _t, verdict in found if kind == "date")


# ------------------------------------------------------------------ a Lao weekday run into words
@pytest.mark.parametrize(("weekday", "verdict"), [("ວັນພະຫັດ", "contradiction"), ("ວັນພຸດ", None)])
def test_an_unspaced_lao_weekday_after_a_copula_is_judged(weekday: str, verdict: str | None) -> None:
    # unspaced Lao runs words together: "ກົງກັບວັນພະຫັດ" (falls on a Thursday); 5 September 1962
    # was a Wednesday
    text = f"ສາຍພົວພັນທາງການທູດສ້າງຕັ້ງວັນທີ5ກັນຍາ1962ກົງກັບ{weekday}."
    said = [v for kind, _t, v in _found(text, "lo") if kind == "date" and v == "contradiction"]
    assert said == ([verdict] if verdict else [])


def test_an_unspaced_lao_weekday_is_a_day_of_the_week() -> None:
    found = _found("ທ່ານໂຕເລິມມາຮອດວຽງຈັນວັນພະຫັດນີ້.", "lo")
    assert any(kind == "date" and "ວັນພະຫັດ" in said for kind, said, _v in found)


# ------------------------------------------------------------------ a calendar's days heading its lines
def test_a_day_heading_a_vietnamese_calendars_line_is_a_date() -> None:
    text = (
        "Các ngày truyền thống:\n"
        "- 22/3: ngày thành lập Đảng Nhân dân Cách mạng Lào (1955).\n"
        "b) 18/7 – ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào (1977);\n"
        "- 1/2 số thành viên tham gia.\n"
    )
    dates = [(said, v) for kind, said, v in _found(text, "vi", date(2026, 5, 1)) if kind == "date"]
    assert ("22/3", "ok") in dates
    assert ("18/7", "ok") in dates
    assert not any(said.startswith("1/2") for said, _v in dates)  # a fraction, with no colon or dash after


@pytest.mark.parametrize(("day", "verdict"), [("18/7", "ok"), ("19/7", "contradiction")])
@pytest.mark.parametrize("heading", ["Lịch:\n", ""])
def test_a_calendars_day_is_judged_against_the_founding_of_its_line(
    day: str, verdict: str, heading: str
) -> None:
    # on any line, the text's first too, as a year heading a timeline's line is read
    text = f"{heading}- {day}: ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào (1977).\n"
    assert ("date", day, verdict) in _found(text, "vi", date(2026, 5, 1))
