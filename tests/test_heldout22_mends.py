# SPDX-License-Identifier: MIT
"""
What the twenty-second blind corpus (heldout22) showed: false contradictions from readings
too loose or too narrow, each mended from its general cause and checked here on sentences of
our own, with the reading that must still hold beside it.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def verdicts(text: str, lang: str, published: date, kind: str) -> dict[str, str]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return {f.text: f.verdict.value for f in report.findings if f.kind == kind}


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # "gaining the balance" is a surplus, not the trade's turnover
        ("ປີ 2024 ລາວໄດ້ດຸນການຄ້າກັບຫວຽດນາມປະມານ 732,7 ລ້ານໂດລາ.", "ປະມານ 732,7 ລ້ານໂດລາ", "ok"),
        ("ປີ 2024 ລາວ ໄດ້ດຸນ ການຄ້າ ກັບ ຫວຽດນາມ ປະມານ 723,7 ລ້ານ ໂດລາ.", "ປະມານ 723,7 ລ້ານ ໂດລາ", "contradiction"),
    ],
)
def test_lao_words_of_a_surplus(text: str, said: str, verdict: str) -> None:
    assert verdicts(text, "lo", date(2026, 6, 12), "amount")[said] == verdict


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Nhắc lại Đại hội XIV họp từ 19 đến 23/1/2026, còn Đảng Nhân dân Cách mạng Lào họp Đại hội XII "
            "từ 6 đến 8/1/2026.",
            "vi",
        ),
        (
            "The 14th Congress met on 19-23 January 2026, while the Lao People's Revolutionary Party held its "
            "12th Congress on 6-8 January 2026.",
            "en",
        ),
    ],
)
def test_a_party_of_a_clause_about_another_subject_owns_no_congress(text: str, lang: str) -> None:
    published = date(2026, 3, 11)
    assert "contradiction" not in verdicts(text, lang, published, "ordinal").values()
    assert "contradiction" not in verdicts(text, lang, published, "date").values()


def test_a_party_of_the_congress_own_clause_still_owns_it() -> None:
    text = "The Lao People's Revolutionary Party held its 14th Congress on 19-23 January 2026."
    assert verdicts(text, "en", date(2026, 3, 11), "ordinal")["14th Congress"] == "contradiction"


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "Among the files is the welcome at the airport on 5 February, when To Lam made his first trip "
            "abroad after being re-elected at the 14th National Congress of the Communist Party of Vietnam.",
            "en",
            "5 February",
        ),
        (
            "Ngày 5/2/2026, sau Đại hội XIV của Đảng Cộng sản Việt Nam, ông Tô Lâm đi thăm nước ngoài.",
            "vi",
            "Ngày 5/2/2026",
        ),
    ],
)
def test_an_event_after_words_of_sequence_is_not_the_dates(text: str, lang: str, said: str) -> None:
    assert verdicts(text, lang, date(2026, 4, 15), "date")[said] != "contradiction"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the date in the phrase's clause is the event's: a slip still
        ("After the talks on 27 January, the two leaders met the press.", "27 January"),
        # no word of sequence
        ("The 14th National Congress of the Communist Party of Vietnam opened on 12 January.", "12 January"),
    ],
)
def test_an_events_own_date_is_still_judged(text: str, said: str) -> None:
    assert verdicts(text, "en", date(2026, 4, 15), "date")[said] == "contradiction"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ('mục tiêu 5 tỷ USD "trước mắt" và 10 tỷ USD "lâu dài".', "ok"),
        ("mục tiêu 10 tỷ USD “trước mắt” và 5 tỷ USD “lâu dài”.", "contradiction"),
    ],
)
def test_horizon_words_in_quotation_marks_after_a_figure_are_its_own(text: str, verdict: str) -> None:
    found = verdicts(
        f"Kim ngạch năm 2025 đạt 2,98 tỷ USD. Giảng viên góp ý: phân biệt rõ {text}",
        "vi",
        date(2026, 4, 28),
        "amount",
    )
    assert found["10 tỷ USD"] == verdict


_TABLE = (
    "| Mã | Chỉ tiêu | Năm | Giá trị |\n"
    "|---|---|---|---|\n"
    "| K25 | Kim ngạch hai chiều | 2025 | 2,98 tỷ USD |\n"
    "| Q125 | Kim ngạch quý I | 2025 | {q1} |\n"
)


@pytest.mark.parametrize(("q1", "verdict"), [("979 triệu USD", "ok"), ("997 triệu USD", "contradiction")])
def test_a_table_rows_months_without_a_year_are_of_the_rows_year(q1: str, verdict: str) -> None:
    found = verdicts(_TABLE.format(q1=q1), "vi", date(2026, 10, 12), "amount")
    assert found[q1] == verdict
    assert found["2,98 tỷ USD"] == "ok"


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # the visit is two days after what the date is of
        (
            "The visit falls two days after the anniversary of the founding of the Communist Party of "
            "Vietnam on 3 February.",
            "3 February",
            "unknown",
        ),
        # the talks are the date's: the visit is days after them
        ("The visit began days after the talks on 27 January.", "27 January", "contradiction"),
    ],
)
def test_an_event_put_days_away_from_a_date_after_it_is_not_the_dates(
    text: str, said: str, verdict: str
) -> None:
    assert verdicts(text, "en", date(2026, 2, 5), "date")[said] == verdict


@pytest.mark.parametrize(("days", "verdict"), [("19–23 January", "ok"), ("12–16 January", "contradiction")])
def test_an_event_named_by_its_name_is_meant_whatever_party_the_sentence_names(
    days: str, verdict: str
) -> None:
    text = (
        "The panel says the 12th National Congress of the Lao People's Revolutionary Party met 6–8 January "
        f"2026 and the Vietnamese 14th National Party Congress {days}."
    )
    assert verdicts(text, "en", date(2026, 7, 27), "date")[days] == verdict


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # a place the record has in Laos, said to lie in Vietnam's capital
        (
            "He cried when To Lam laid wreaths at the Unknown Martyrs Memorial in Hanoi.",
            "Hanoi",
            "contradiction",
        ),
        ("The slideshow showed the Lao–Vietnam Friendship Park in Hanoi.", "Hanoi", "contradiction"),
        ("He laid wreaths at the Unknown Martyrs Memorial in Vientiane.", "Vientiane", "ok"),
    ],
)
def test_a_place_said_to_lie_in_another_countrys_city(text: str, said: str, verdict: str) -> None:
    assert verdicts(text, "en", date(2026, 4, 20), "place")[said] == verdict


@pytest.mark.parametrize(
    ("text", "lang", "swapped"),
    [
        (
            "The two sides hailed their great friendship, special cooperation, comprehensive solidarity and "
            "strategic cohesion.",
            "en",
            {"special cooperation", "comprehensive solidarity"},
        ),
        (
            'ລູກ ສາວ ຂ້ອຍ ປັກ ໃຫ້: "ມິດຕະພາບອັນຍິ່ງໃຫຍ່, ການຮ່ວມມືພິເສດ, ຄວາມສາມັກຄີຮອບດ້ານ ແລະ ຜູກມັດຍຸດທະສາດ".',
            "lo",
            {"ການຮ່ວມມືພິເສດ", "ຄວາມສາມັກຄີຮອບດ້ານ"},
        ),
    ],
)
def test_two_swapped_wordings_between_two_recorded_ones(text: str, lang: str, swapped: set[str]) -> None:
    found = verdicts(text, lang, date(2026, 8, 30), "framework")
    assert {t for t, v in found.items() if v == "contradiction"} == swapped
