# SPDX-License-Identifier: MIT
"""
False contradictions an eighth blind corpus (``tests/fixtures/eval/heldout8``) found, each fixed
at its general cause: every case passes clean text and still catches the slip beside it.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()
KINDS = {"figure": ("amount", "change", "figure", "ratio")}


def verdicts(text: str, kind: str, published: date, lang: str | None = None) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind in KINDS.get(kind, (kind,))]


# ------------------------------------------------------------ "m" a space after a currency sign
@pytest.mark.parametrize(("sum_", "verdict"), [("US$346 m", "ok"), ("US$436 m", "contradiction")])
def test_a_scale_a_space_after_the_sum_of_a_currency_sign(sum_: str, verdict: str) -> None:
    """Vietnam's exports to Laos in Q1 2025 were 346 million USD; "US$346 m" was read as 346 USD."""
    text = f"| Vietnamese exports to Laos | {sum_} | Q1 2025 |"
    assert verdicts(text, "figure", date(2026, 5, 15), "en") == [(sum_, verdict)]


# ------------------------------------------------------------------------- a province's trade
def test_a_provinces_own_trade_is_a_part_of_the_two_countries() -> None:
    text = "- Our province's own trade with Laos: around US$140 million in 2025 (department estimate)."
    assert verdicts(text, "figure", date(2026, 3, 4), "en") == [("around US$140 million", "unknown")]


# ---------------------------------------------------------------- Lao "same period", spaced
@pytest.mark.parametrize(
    "same",
    ["ໄລຍະ ດຽວກັນ ຂອງ ປີ 2024", "ໄລຍະດຽວກັນຂອງປີ 2024"],
)
def test_a_change_on_the_same_period_spaced_or_not(same: str) -> None:
    """Trade in January-July 2025 rose 79% on the same months of 2024, not on all of 2024."""
    text = f"ໃນ 7 ເດືອນ ຕົ້ນປີ 2025 ມູນຄ່າ ການຄ້າ ສອງຝ່າຍ ບັນລຸ 2 ຕື້ ໂດລາ, ເພີ່ມຂຶ້ນ {{p}} ທຽບໃສ່ {same}."
    assert ("79%", "ok") in verdicts(text.format(p="79%"), "figure", date(2025, 9, 1), "lo")
    assert ("97%", "contradiction") in verdicts(text.format(p="97%"), "figure", date(2025, 9, 1), "lo")


# --------------------------------------------------------------------- an "outdated" rating
@pytest.mark.parametrize(
    ("claim", "rating", "lang"),
    [
        ('ຂໍ້ອ້າງ 3: "ທ່ານ ໂຕເລິມ ເປັນ ປະທານປະເທດ ຫວຽດນາມ."', "ຜົນການກວດສອບ: ລ້າສະໄໝ.", "lo"),
        ('CLAIM 3: "To Lam is State President."', "RATING: OUTDATED.", "en"),
        ('Nhận định 3: "Tô Lâm là Chủ tịch nước."', "Kết luận: Lỗi thời.", "vi"),
    ],
)
def test_a_claim_rated_outdated_is_denied(claim: str, rating: str, lang: str) -> None:
    """To Lam was State President from May to October 2024; a claim rated outdated is no slip."""
    assert verdicts(f"{claim}\n{rating}", "title", date(2026, 2, 16), lang)[0][1] == "ok"
    assert verdicts(claim, "title", date(2026, 2, 16), lang)[0][1] == "contradiction"


# -------------------------------------------------------------------------- a time, then a month
def test_the_minutes_of_a_time_are_no_day() -> None:
    text = "12:30 January 2026: LPRP 12th Congress (6-8 Jan), CPV 14th Congress (19-23 Jan)"
    found = verdicts(text, "date", date(2026, 4, 10), "en")
    assert all("30 January" not in t for t, _v in found)
    assert ("6-8 Jan", "ok") in found


# ------------------------------------------------------------------- a weekday of the story's week
def test_a_weekday_after_the_is_not_the_publications_week() -> None:
    """Published on Monday 9 February 2026, "talks on the Monday" are those of the story: not dated."""
    story = (
        "A state visit, a welcome ceremony at the Party headquarters, talks on the Monday, and a briefing."
    )
    assert verdicts(story, "date", date(2026, 2, 9), "en") == []
    # "on Monday" is still the Monday before the publication day: the talks in Vientiane were on 5 February
    assert verdicts("To Lam held talks in Vientiane on Monday.", "date", date(2026, 2, 9), "en")[0][1] == (
        "contradiction"
    )


# ------------------------------------------------------------------ the text's own date and time
@pytest.mark.parametrize(
    ("title", "heading", "lang"),
    [
        ("ບົດບັນທຶກກອງປະຊຸມຖະແຫຼງຂ່າວປະຈຳອາທິດ", "ວັນພະຫັດທີ 29 ມັງກອນ 2026,ເວລາ 10:00", "lo"),
        ("Briefing", "Thursday 29 January 2026, 10:00", "en"),
    ],
)
def test_a_date_and_time_on_a_line_of_their_own_is_the_date_line(title: str, heading: str, lang: str) -> None:
    """A transcript's header: its date is the text's, which a long Lao title above did not run into."""
    below = {
        "lo": "ໂຄສົກ: ທ່ານທອງລຸນສີສຸລິດ ໄດ້ຢ້ຽມຢາມທາງລັດຖະກິດ ສສ.ຫວຽດນາມ ວັນທີ 26-27 ມັງກອນ 2026.",
        "en": "Thongloun Sisoulith paid a state visit to Vietnam on 26-27 January 2026.",
    }[lang]
    text = f"{title}\n{heading}\n{below}"
    for published in (date(2026, 1, 29), None):
        report = CHECKER.check_text(text, published=published, lang=lang)
        assert report.published == date(2026, 1, 29)
        dates = [(f.rule, f.verdict.value) for f in report.findings if f.kind == "date"]
        assert dates == [("dates.published", "ok"), ("dates.event", "ok")]


# ------------------------------------------------------ horizon words right before their figure
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hai bên thống nhất mục tiêu kim ngạch thương mại trước mắt {a} tỷ USD và lâu dài {b} tỷ USD.",
            "vi",
        ),
        ("ມູນຄ່າການຄ້າ: ເປົ້າໝາຍໄລຍະໃກ້ແມ່ນ {a} ຕື້ໂດລາແລະໄລຍະຍາວແມ່ນ {b} ຕື້ໂດລາ.", "lo"),
        ("Hai bên đặt mục tiêu kim ngạch thương mại {a} tỷ USD trước mắt, {b} tỷ USD về lâu dài.", "vi"),
    ],
)
def test_horizon_words_right_before_a_figure_are_its_own(text: str, lang: str) -> None:
    """The near-term trade target is 5 billion USD, the longer-term one 10 billion."""
    right = verdicts(text.format(a=5, b=10), "figure", date(2026, 2, 20), lang)
    assert [v for _t, v in right] == ["ok", "ok"]
    swapped = verdicts(text.format(a=10, b=5), "figure", date(2026, 2, 20), lang)
    assert [v for _t, v in swapped] == ["contradiction", "contradiction"]


# ---------------------------------------------------------------- a change's base, a surplus's owner
@pytest.mark.parametrize(("change", "verdict"), [("32,7", "ok"), ("23,7", "contradiction")])
def test_a_base_after_the_next_figure_is_that_figures(change: str, verdict: str) -> None:
    """ "tăng 32,7%, gần gấp đôi năm 2023": 2023 is the ratio's base; the change is on 2024."""
    text = (
        f"Năm 2025 thương mại hai chiều Việt Nam - Lào đạt 2,98 tỷ USD, tăng {change}%, gần gấp đôi "
        "năm 2023 (1,6 tỷ USD)."
    )
    assert (f"{change}%", verdict) in verdicts(text, "figure", date(2026, 2, 6), "vi")


@pytest.mark.parametrize(
    "template",
    [
        "Laos has a surplus in its trade with Vietnam: about US${n} million in 2024.",
        "Laos sells Vietnam more than it buys: in 2024 its surplus was about US${n} million.",
        "Vietnam buys more from Laos than it sells: in 2024 its deficit was about US${n} million.",
        "ໃນປີ 2024 ລາວ ຂາຍໃຫ້ ຫວຽດນາມ ຫຼາຍກວ່າ ຊື້, ການເກີນດຸນການຄ້າ ຂອງຕົນ ປະມານ {n} ລ້ານໂດລາ.",
        "Năm 2024, Lào thặng dư thương mại với Việt Nam khoảng {n} triệu USD.",
        "Năm 2024, Việt Nam thâm hụt thương mại với Lào khoảng {n} triệu USD.",
    ],
)
def test_a_surplus_is_its_subjects(template: str) -> None:
    """Laos' surplus with Vietnam in 2024 was about 732.7 million USD."""
    right = template.format(n="732.7" if "US$" in template else "732,7")
    wrong = template.format(n="532.7" if "US$" in template else "532,7")
    assert [v for _t, v in verdicts(right, "figure", date(2026, 5, 15))] == ["ok"]
    assert [v for _t, v in verdicts(wrong, "figure", date(2026, 5, 15))] == ["contradiction"]


# ------------------------------------------------------------------------- a corrections column
CORRECTIONS = {
    "en": (
        "A report of 27 January on the state visit of Thongloun Sisoulith gave the dates of the visit as "
        "25-26 January. {right}"
    ),
    "vi": "Bài báo ngày 27/1 viết rằng chuyến thăm của Tổng Bí thư Thongloun Sisoulith diễn ra ngày 25-26/1. {right}",
}
RIGHT = {
    "en": "The visit took place on 26-27 January 2026.",
    "vi": "Chuyến thăm cấp Nhà nước diễn ra ngày 26-27/1/2026.",
}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_another_texts_claim_set_right_after_is_no_slip(lang: str) -> None:
    corrected = verdicts(CORRECTIONS[lang].format(right=RIGHT[lang]), "date", date(2026, 2, 12), lang)
    assert "contradiction" not in [v for _t, v in corrected]
    # the same report left standing is a slip: nothing after it sets it right
    alone = verdicts(CORRECTIONS[lang].format(right=""), "date", date(2026, 2, 12), lang)
    assert "contradiction" in [v for _t, v in alone]


def test_a_correction_in_other_words_sets_a_slip_right() -> None:
    text = (
        "An article of 3 December described that day's session of the Vietnam-Laos Intergovernmental "
        "Committee in Vientiane as its 47th meeting. It was the {n} meeting."
    )
    assert ("47th meeting", "ok") in verdicts(text.format(n="48th"), "ordinal", date(2026, 2, 12), "en")
    assert ("47th meeting", "contradiction") in verdicts(
        text.format(n="49th"), "ordinal", date(2026, 2, 12), "en"
    )


def test_a_report_of_a_wrong_figure_with_no_correction_is_a_slip() -> None:
    text = "A report by the ministry said two-way trade rose by 23.7% in 2025. Investors welcomed it."
    assert ("23.7%", "contradiction") in verdicts(text, "figure", date(2026, 2, 12), "en")


# --------------------------------------------------------------------- a day without a year, in a story
@pytest.mark.parametrize(("day", "verdict"), [("8 January", "ok"), ("9 January", "contradiction")])
def test_a_day_without_a_year_goes_on_from_its_lines_dated_day(day: str, verdict: str) -> None:
    """In an almanac of November 2026, "8 January" after "6-8 Jan 2026" is of 2026, not 2027."""
    text = f"6-8 Jan 2026. 12th National Congress of the LPRP in Vientiane; Thongloun Sisoulith re-elected on {day}."
    assert (day, verdict) in verdicts(text, "date", date(2026, 11, 30), "en")


def test_a_founding_recalled_before_a_day_is_not_its_year() -> None:
    """ "... on 2 December 1975, and days after ... closed its 14th National Congress on January 23"."""
    text = (
        "To Lam travelled to Vientiane for the 50th anniversary of the proclamation of the Lao PDR on "
        "2 December 1975, and days after the Communist Party of Vietnam closed its 14th National "
        "Congress on January 23."
    )
    assert ("January 23", "ok") in verdicts(text, "date", date(2026, 2, 5), "en")


# ----------------------------------------------------------------- an anniversary of an event
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "• ໓ ທັນວາ: ຄົບຮອບ ໜຶ່ງ ປີ ຂອງ ກອງປະຊຸມ ຄັ້ງທີ ໔໘ ຂອງ ຄະນະກຳມະການຮ່ວມມື ລາວ-ຫວຽດນາມ ທີ່ ນະຄອນຫຼວງ ວຽງຈັນ.",
            "lo",
        ),
        (
            "On 3 December 2026, the first anniversary of the 48th meeting of the Intergovernmental Committee.",
            "en",
        ),
    ],
)
def test_the_day_of_an_events_anniversary_is_no_slip(text: str, lang: str) -> None:
    """The 48th meeting was held on 3 December 2025; 3 December 2026 is its first anniversary."""
    assert [v for _t, v in verdicts(text, "date", date(2026, 6, 25), lang)] == ["unknown"]
    # without an anniversary's words, the day is the meeting's, said a year off
    plain = "The 48th meeting of the Intergovernmental Committee was held in Vientiane on 3 December 2026."
    assert [v for _t, v in verdicts(plain, "date", date(2026, 6, 25), "en")] == ["contradiction"]


# ---------------------------------------------------------------------------- a signature block
LAO_SIGNATURES = (
    "ນະຄອນຫຼວງ ວຽງຈັນ, ວັນທີ 1 ກັນຍາ 2025\n\n"
    "ທອງລຸນ ສີສຸລິດ\n"
    "ເລຂາທິການໃຫຍ່ ຄະນະບໍລິຫານງານສູນກາງ ພັກປະຊາຊົນປະຕິວັດລາວ, ປະທານປະເທດ ສປປ ລາວ\n"
    "ສອນໄຊ ສີພັນດອນ\n"
    "ນາຍົກລັດຖະມົນຕີ ແຫ່ງ ສປປ ລາວ\n"
    "ໄຊສົມພອນ ພົມວິຫານ\n"
    "ປະທານສະພາແຫ່ງຊາດ ແຫ່ງ ສປປ ລາວ\n"
)


def test_a_signature_blocks_titles_are_not_given_to_the_next_name() -> None:
    found = verdicts(LAO_SIGNATURES, "title", date(2025, 9, 1), "lo")
    assert "contradiction" not in [v for _t, v in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Best regards,\nGeneral Secretary\nLuong Cuong\n", []),  # the title above a name alone: not read
        ("In Hanoi the delegation met with State President\nTo Lam on Monday.", ["contradiction"]),
    ],
)
def test_a_title_across_a_line_break_is_read_unless_the_name_stands_alone(
    text: str, expected: list[str]
) -> None:
    assert [v for _t, v in verdicts(text, "title", date(2025, 9, 1), "en")] == expected


# ---------------------------------------------------------------- foundings a sentence opens with
@pytest.mark.parametrize(
    ("day", "nth", "verdicts_"),
    [("5 September 1962", "64th", ["ok", "ok"]), ("5 September 1963", "64th", ["contradiction", "ok"])],
)
def test_a_founding_the_sentence_opens_with_dates_and_counts(
    day: str, nth: str, verdicts_: list[str]
) -> None:
    text = (
        f"Diplomatic relations between Vietnam and the Lao PDR were established on {day}; 2026 marks "
        f"their {nth} anniversary."
    )
    found = verdicts(text, "date", date(2026, 3, 2), "en") + verdicts(text, "ordinal", date(2026, 3, 2), "en")
    assert [v for _t, v in found] == verdicts_


def test_a_founding_opened_with_another_country_is_not_the_two_countries() -> None:
    text = "Diplomatic relations between Japan and the Lao PDR were established on 5 March 1955."
    assert [v for _t, v in verdicts(text, "date", date(2026, 3, 2), "en")] == ["unknown"]


# ------------------------------------------------------------------------------ timeline entries
@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("2 Dec 1975. Proclamation of the Lao People's Democratic Republic.", "ok"),
        ("2 Dec 1976. Proclamation of the Lao People's Democratic Republic.", "contradiction"),
        ("13 Dec 1920. Birth of Kaysone Phomvihane, first General Secretary of the LPRP.", "ok"),
        ("13 Dec 1921. Birth of Kaysone Phomvihane, first General Secretary of the LPRP.", "contradiction"),
        ("- 2 December: Lao National Day (1975).", "ok"),  # a day of the year, no year
        ("- 3 December: Lao National Day (1975).", "contradiction"),
    ],
)
def test_a_timeline_entrys_founding_dates_its_day(line: str, verdict: str) -> None:
    assert verdicts(line, "date", date(2026, 5, 15), "en")[0][1] == verdict


def test_a_calendar_entry_of_an_anniversary_is_not_the_foundings_date() -> None:
    text = "• ວັນອາທິດ ທີ 5 ກັນຍາ 2027: ສາຍພົວພັນທາງການທູດ ລາວ-ຫວຽດນາມ ຄົບຮອບ 65 ປີ."
    assert "contradiction" not in [v for _t, v in verdicts(text, "date", date(2026, 6, 1), "lo")]


# --------------------------------------------------------------------- a bulletin's header line
@pytest.mark.parametrize("published", [date(2026, 1, 16), None])
def test_a_date_line_label_after_a_bar_dates_the_text(published: date | None) -> None:
    text = (
        "STATISTICAL BULLETIN\nSeries: bilateral partners | No. 03/2026 | Issued: Fri 16 Jan 2026\n\n"
        "Two-way trade reached US$2.98 billion in 2025."
    )
    report = CHECKER.check_text(text, published=published, lang="en")
    assert report.published == date(2026, 1, 16)
    assert next((f.text, f.rule) for f in report.findings if f.kind == "date") == (
        "Fri 16 Jan 2026",  # with its weekday, CLDR's abbreviation
        "dates.published",
    )


# ------------------------------------------------------------------- a period that cannot be placed
def test_a_figure_whose_clause_names_an_unplaced_period_borrows_no_other() -> None:
    """ "chín tháng" (nine months) of no stated year is not "bảy tháng đầu năm" (January to July)."""
    text = (
        "Kim ngạch thương mại hai chiều năm 2025 đạt 2,98 tỷ USD, tăng 32,7% so với năm 2024. "
        "Bảy tháng đầu năm đạt 2 tỷ USD, tăng 79%; chín tháng đạt 2,63 tỷ USD, tăng 57%."
    )
    found = verdicts(text, "figure", date(2026, 2, 10), "vi")
    assert ("2 tỷ USD", "ok") in found
    assert ("79%", "ok") in found
    assert ("2,63 tỷ USD", "unknown") in found
    assert ("57%", "unknown") in found
