# SPDX-License-Identifier: MIT
"""
Which years date an anniversary: those its sentence states before the ordinal, or after it in its
own clause (its bracketed asides too), not a later clause's; and "vừa qua", "ທີ່ຜ່ານມາ" (just past)
after it make it the last one by the publication day.  Each case passes clean and catches a slip.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _ordinal(text: str, published: date, lang: str) -> list[str]:
    report = check_text(text, published=published, lang=lang)
    return [
        f.verdict.value for f in report.findings if f.kind == "ordinal" and "anniversary" in (f.rule or "")
    ]


# Lao National Day is 2 December 1975: its 50th anniversary fell in December 2025.
LATER_CLAUSE = (
    "The visit came two months after To Lam travelled to Vientiane for the {n} anniversary of the "
    "proclamation of the Lao PDR on 2 December 1975, and days after the Communist Party of Vietnam "
    "closed its 14th National Congress on January 23."
)


@pytest.mark.parametrize(("n", "expected"), [("50th", "ok"), ("55th", "contradiction")])
def test_a_later_clauses_date_is_not_the_anniversarys(n: str, expected: str) -> None:
    assert _ordinal(LATER_CLAUSE.format(n=n), date(2026, 1, 28), "en") == [expected]


@pytest.mark.parametrize(("n", "expected"), [("96", "ok"), ("95", "contradiction")])
def test_a_bracketed_span_after_the_founding_is_in_its_clause(n: str, expected: str) -> None:
    text = f"Tỉnh đã tổ chức lễ kỷ niệm {n} năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – 3/2/2026)."
    assert _ordinal(text, date(2026, 3, 25), "vi") == [expected]


# The LPRP was founded on 22 March 1955: on 25 March 2026 its 71st anniversary is just past.
JUST_PAST = {
    "vi": (
        "Tỉnh chuẩn bị các hoạt động kỷ niệm {n} năm Ngày thành lập Đảng Nhân dân Cách mạng Lào "
        "(22/3) vừa qua và hướng tới Năm Đoàn kết hữu nghị 2027."
    ),
    "lo": "ພວກເຮົາໄດ້ສະເຫຼີມສະຫຼອງ ຄົບຮອບ {n} ປີ ແຫ່ງການສ້າງຕັ້ງ ພັກປະຊາຊົນປະຕິວັດລາວ ທີ່ຜ່ານມາ ແລະ ມຸ່ງໄປສູ່ປີ 2027.",
}


@pytest.mark.parametrize("lang", sorted(JUST_PAST))
@pytest.mark.parametrize(("n", "expected"), [("71", "ok"), ("72", "contradiction")])
def test_an_anniversary_just_past_is_the_last_by_the_publication_day(
    lang: str, n: str, expected: str
) -> None:
    assert _ordinal(JUST_PAST[lang].format(n=n), date(2026, 3, 25), lang) == [expected]


def test_just_past_before_the_founding_day_is_the_year_before() -> None:
    # on 10 March 2026 the LPRP's last anniversary was the 70th, of 22 March 2025
    text = JUST_PAST["vi"].format(n="{n}")
    assert _ordinal(text.format(n="70"), date(2026, 3, 10), "vi") == ["ok"]
    assert _ordinal(text.format(n="71"), date(2026, 3, 10), "vi") == ["contradiction"]


# A founding of the two countries named without them ("quan hệ ngoại giao", diplomatic ties)
# after an ordinal, in a sentence that names no country, goes on with the sentence before when
# that names both: 1962 + 65 = 2027.
BARE_AFTER = (
    "Năm 1977, hai nước ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào. Năm sau nữa, 2027, sẽ là "
    "dịp kỷ niệm 50 năm Hiệp ước và {n} năm quan hệ ngoại giao."
)


@pytest.mark.parametrize(("n", "expected"), [("65", ["ok", "ok"]), ("64", ["ok", "contradiction"])])
def test_a_bare_founding_after_an_ordinal_goes_on_with_the_sentence_before(
    n: str, expected: list[str]
) -> None:
    assert _ordinal(BARE_AFTER.format(n=n), date(2026, 6, 10), "vi") == expected


def test_a_bare_founding_stays_unknown_where_the_sentence_before_names_another_country() -> None:
    text = "Năm 1955, Nhật Bản và Lào lập quan hệ. Năm 2027 sẽ là dịp kỷ niệm 65 năm quan hệ ngoại giao."
    assert _ordinal(text, date(2026, 6, 10), "vi") == ["unknown"]


# Vietnamese writes days first and alone ("(2/12/1975 – 2/12/2025)"): a founding's day and its
# anniversary's in brackets after the ordinal are read as its span, which dates no event of the
# sentence (the titles are judged on the visit's day, not in 1975), and a misdated founding in
# it is a slip of the founding's day.
SPAN = (
    "Trong chuyến thăm, Tổng Bí thư đã dự Lễ kỷ niệm 50 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân "
    "Lào (2/12/{y} – 2/12/2025), hội đàm với Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith."
)


@pytest.mark.parametrize(("year", "expected"), [("1975", "ok"), ("1976", "contradiction")])
def test_a_day_first_anniversary_span_is_read_and_judged(year: str, expected: str) -> None:
    report = check_text(SPAN.format(y=year), published=date(2026, 2, 10), lang="vi")
    verdicts = {f.kind: f.verdict.value for f in report.findings if f.kind in ("date", "title", "ordinal")}
    assert verdicts == {"date": expected, "title": "ok", "ordinal": "ok"}
    if expected == "contradiction":
        (wrong,) = [f for f in report.findings if f.kind == "date"]
        assert wrong.record == "founding-lao-pdr"
        assert "1975" in str(wrong.message)


def test_day_first_numeric_dates_are_read_only_in_vietnamese() -> None:
    from vnla.lang.parsing import _dates

    assert [str(d.when) for d in _dates("(2/12/1975)", None, day_first=True)] == ["1975-12-02"]
    assert [str(d.when) for d in _dates("(5/9/1962 – 5/9/2024)", None, day_first=True)] == [
        "1962-09-05/2024-09-05"
    ]
    assert _dates("(2/12/1975)", None) == []  # English may write the month first
    assert _dates("31/2/2025", None, day_first=True) == []  # no such day


def test_an_event_marking_two_anniversaries_counts_each_from_its_own_founding() -> None:
    # the ceremony of 2 December 2025 marked the 50th National Day and Kaysone Phomvihane's
    # 105th birth anniversary: a 50th names the National Day
    from vnla.checker import Checker

    index = Checker()._index
    assert index.founding_of("national-day-50-ceremony-2025", 50) == "founding-lao-pdr"
    assert index.founding_of("national-day-50-ceremony-2025", 105) == "birth-kaysone-phomvihane"
    assert index.founding_of("national-day-50-ceremony-2025") is None  # which one, unsaid


# A country's passive founding words after its name make the anniversary its national day's, as
# founding words before it do; active ones may found something else.
FOUNDED_AFTER = {
    "en": ("The 2025 celebrations marked {n} years since the Lao PDR was proclaimed.", "50", "45"),
    "vi": ("Năm 2025 đánh dấu {n} năm kể từ khi nước CHDCND Lào ra đời.", "50", "40"),
    "lo": ("ປີ 2025 ແມ່ນຄົບຮອບ {n} ປີ ນັບແຕ່ ສປປ ລາວ ໄດ້ຮັບການສະຖາປະນາຂຶ້ນ.", "50", "40"),
}


@pytest.mark.parametrize("lang", sorted(FOUNDED_AFTER))
def test_years_since_a_country_was_proclaimed_count_from_its_national_day(lang: str) -> None:
    text, right, wrong = FOUNDED_AFTER[lang]
    assert _ordinal(text.format(n=right), date(2026, 1, 10), lang) == ["ok"]
    assert _ordinal(text.format(n=wrong), date(2026, 1, 10), lang) == ["contradiction"]


def test_a_country_that_founds_something_else_is_not_the_anniversarys() -> None:
    """Vietnam established relations with Laos in 1962: 60 years then are no national day's 60th."""
    text = "This year marks 60 years since Vietnam established diplomatic relations with Laos."
    assert _ordinal(text, date(2022, 3, 1), "en") == ["ok"]
    text = "This year marks 61 years since Vietnam established diplomatic relations with Laos."
    assert _ordinal(text, date(2022, 3, 1), "en") == ["contradiction"]


# "Next year" states the year after the publication's, before the ordinal or in its clause.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Next year Vietnam and Laos mark the 50th anniversary of the Treaty of Amity and Cooperation.", "en", "ok"),
        ("Next year Vietnam and Laos mark the 49th anniversary of the Treaty of Amity and Cooperation.", "en", "contradiction"),
        ("Năm tới, Việt Nam và Lào kỷ niệm 50 năm ký Hiệp ước Hữu nghị và Hợp tác.", "vi", "ok"),
        ("Năm tới, Việt Nam và Lào kỷ niệm 49 năm ký Hiệp ước Hữu nghị và Hợp tác.", "vi", "contradiction"),
    ],
)  # fmt: skip
def test_next_year_dates_an_anniversary(text: str, lang: str, expected: str) -> None:
    assert _ordinal(text, date(2026, 10, 1), lang) == [expected]


def test_next_year_in_a_later_clause_is_another_things() -> None:
    text = (
        "Vietnam and Laos marked the 49th anniversary of the Treaty of Amity and Cooperation, and "
        "preparations began for next year."
    )
    assert _ordinal(text, date(2026, 10, 1), "en") == ["ok"]


# "The two countries" stands for Vietnam and Laos after text that names them and no other country.
BOTH = {
    "en": (
        "Vietnam and Laos held talks in Hanoi. The talks covered trade and transport. This year the "
        "two countries marked the {n} anniversary of diplomatic ties."
    ),
    "vi": (
        "Việt Nam và Lào hội đàm tại Hà Nội. Hội đàm bàn về thương mại và giao thông. Năm nay hai nước "
        "kỷ niệm {n} năm thiết lập quan hệ ngoại giao."
    ),
    "lo": (
        "ລາວ ແລະ ຫວຽດນາມ ໄດ້ປຶກສາຫາລືກັນ ຢູ່ ຮ່າໂນ້ຍ. ການປຶກສາຫາລື ກ່ຽວກັບ ການຄ້າ. ປີນີ້ ສອງປະເທດ "
        "ສະເຫຼີມສະຫຼອງ ຄົບຮອບ {n} ປີ ແຫ່ງການສ້າງຕັ້ງສາຍພົວພັນທາງການທູດ."
    ),
}
ORDINALS = {"en": ("64th", "65th"), "vi": ("64", "65"), "lo": ("64", "65")}


@pytest.mark.parametrize("lang", ["en", "vi", "lo"])
def test_the_two_countries_after_text_naming_them_counts_from_their_founding(lang: str) -> None:
    right, wrong = ORDINALS[lang]
    assert _ordinal(BOTH[lang].format(n=right), date(2026, 10, 1), lang) == ["ok"]
    assert _ordinal(BOTH[lang].format(n=wrong), date(2026, 10, 1), lang) == ["contradiction"]


@pytest.mark.parametrize(
    "before",
    [
        "Japan and Laos held talks in Tokyo. ",  # another country named before
        "",  # nothing named before
    ],
)
def test_the_two_countries_stay_unknown_without_vietnam_and_laos_alone_before(before: str) -> None:
    text = f"{before}The two countries marked the 70th anniversary of diplomatic ties."
    assert _ordinal(text, date(2026, 10, 1), "en") == ["unknown"]


# An anniversary said to be marked, whose day was more than two months off at publication, is not
# the one marked: the Lao People's Revolutionary Party was founded on 22 March 1955.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Laos celebrated the {n} anniversary of the founding of the Lao People's Revolutionary Party.",
            "en",
        ),
        ("Bên Lào vừa rồi đã kỷ niệm {n} năm ngày thành lập Đảng Nhân dân Cách mạng Lào.", "vi"),
        ("ລາວ ໄດ້ສະເຫຼີມສະຫຼອງ ວັນສ້າງຕັ້ງພັກປະຊາຊົນປະຕິວັດລາວ ຄົບຮອບ {n} ປີ.", "lo"),
    ],
)
def test_an_anniversary_said_marked_before_its_day_is_a_slip(text: str, lang: str) -> None:
    right, wrong = ("71st", "72nd") if lang == "en" else ("71", "72")
    report = check_text(text.format(n=wrong), published=date(2026, 4, 5), lang=lang)
    slips = [f for f in report.findings if f.kind == "ordinal" and f.verdict.value == "contradiction"]
    assert len(slips) == 1
    assert slips[0].severity.value == "warning"  # only the publication day says so
    assert "2027-03-22" in str(slips[0].message)
    assert _ordinal(text.format(n=right), date(2026, 4, 5), lang) == ["ok"]


@pytest.mark.parametrize(
    "text",
    [
        "Laos will celebrate the 72nd anniversary of the founding of the Lao People's Revolutionary Party.",
        "The 72nd anniversary of the Lao People's Revolutionary Party is to be celebrated next March.",
        "The 72nd anniversary of the Lao People's Revolutionary Party, to be celebrated in Vientiane, nears.",
    ],
)
def test_an_anniversary_to_be_marked_is_not_said_marked(text: str) -> None:
    assert _ordinal(text, date(2026, 4, 5), "en") != ["contradiction"]


def test_an_anniversary_marked_weeks_ahead_of_its_day_is_the_coming_one() -> None:
    """Celebrations come before the day: the 72nd, marked in late February 2027, is right."""
    text = "Laos celebrated the 72nd anniversary of the founding of the Lao People's Revolutionary Party."
    assert _ordinal(text, date(2027, 2, 20), "en") == ["ok"]


def test_a_jubilee_is_marked_all_through_its_year() -> None:
    """In September 2025, events marking the 50th National Day (2 December 2025) are no slip."""
    text = "Laos celebrated the 50th anniversary of its National Day."
    assert _ordinal(text, date(2025, 9, 20), "en") == ["ok"]


# --------------------------------------------------------- a list's anniversaries, with no head
# The LPRP was founded on 22 March 1955 and the CPV on 3 February 1930: in 2025 their 70th and 95th.
@pytest.mark.parametrize(("cpv", "expected"), [("95", "ok"), ("96", "contradiction")])
def test_years_and_founding_words_are_an_anniversary_without_a_head(cpv: str, expected: str) -> None:
    """ "70 năm thành lập ..., 96 năm thành lập ...": each entry of the listing is read."""
    text = (
        "Năm nay hai nước cùng kỷ niệm nhiều dấu mốc: 70 năm thành lập Đảng Nhân dân Cách mạng Lào "
        f"(22/3/1955), {cpv} năm thành lập Đảng Cộng sản Việt Nam (3/2/1930)."
    )
    assert _ordinal(text, date(2025, 3, 25), "vi") == ["ok", expected]


def test_years_of_a_founding_nobody_records_are_unknown() -> None:
    assert _ordinal("Sau 3 năm thành lập, công ty đã có 200 nhân viên.", date(2026, 2, 1), "vi") == [
        "unknown"
    ]


# Diplomatic relations date from 5 September 1962: 2026 brings the 64th anniversary; in February
# 2026, without a year, "63 năm" is still the last one marked.
CALENDAR = "{heading}\n- 3/2: 96 năm Ngày thành lập Đảng Cộng sản Việt Nam.\n- 5/9: {n} năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào (5/9/1962).\n"


@pytest.mark.parametrize(("n", "expected"), [("64", "ok"), ("63", "contradiction")])
def test_a_lists_heading_dates_its_entries(n: str, expected: str) -> None:
    """ "LỊCH KỶ NIỆM NĂM 2026" over the entries: their anniversaries are 2026's."""
    text = CALENDAR.format(heading="5. LỊCH KỶ NIỆM NĂM 2026", n=n)
    assert _ordinal(text, date(2026, 2, 10), "vi") == ["ok", expected]


def test_a_list_with_no_year_over_it_is_read_as_before() -> None:
    text = CALENDAR.format(heading="Các mốc kỷ niệm:", n="63")
    assert _ordinal(text, date(2026, 2, 10), "vi") == ["ok", "ok"]


# ------------------------------------------------ an anniversary against the span written beside it
@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        # the founding named without the two countries, in an English sentence that names Laos
        # alone: no founding is found, but the span beside the number says 63
        (
            "In 2025 the two sides marked the 62nd anniversary of diplomatic relations (5 September "
            "1962 - 5 September 2025) and the 50th National Day of Laos.",
            "en",
            "contradiction",
        ),
        (
            "In 2025 the two sides marked the 63rd anniversary of diplomatic relations (5 September "
            "1962 - 5 September 2025) and the 50th National Day of Laos.",
            "en",
            "unknown",
        ),
        # a span that is no anniversary's (other days of the year) says nothing of the number
        (
            "In 2025 the two sides marked the 62nd anniversary of diplomatic relations (5 September "
            "1962 - 2 December 2025) and the 50th National Day of Laos.",
            "en",
            "unknown",
        ),
        # in Vietnamese, Vietnam is the writer's own country: "hai nước" with Laos alone named
        # are the two, and the founding is theirs
        (
            "Năm 2025, hai nước kỷ niệm 63 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962 - 5/9/2025) "
            "và 50 năm Quốc khánh Lào.",
            "vi",
            "ok",
        ),
        (
            "Năm 2025, hai nước kỷ niệm 62 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962 - 5/9/2025) "
            "và 50 năm Quốc khánh Lào.",
            "vi",
            "contradiction",
        ),
    ],
)
def test_an_anniversary_against_the_span_beside_it(text: str, lang: str, verdict: str) -> None:
    report = check_text(text, published=date(2025, 10, 20), lang=lang)
    first = next(f for f in report.findings if f.kind == "ordinal")
    assert first.verdict.value == verdict


@pytest.mark.parametrize(("n", "expected"), [("82", "ok"), ("83", "contradiction")])
def test_a_national_day_numbered_with_lan_thu(n: str, expected: str) -> None:
    # Vietnam was founded on 2 September 1945: 2 September 2027 is its 82nd National Day
    text = f"Ngày 2/9/2027 là Quốc khánh lần thứ {n} của nước Cộng hòa xã hội chủ nghĩa Việt Nam."
    report = check_text(text, published="2026-01-10", lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == [expected]


@pytest.mark.parametrize(("n", "expected"), [("64", "ok"), ("65", "contradiction")])
def test_an_anniversary_numbered_with_lan_thu(n: str, expected: str) -> None:
    text = f"Ngày 5/9/2026 sẽ là dịp kỷ niệm lần thứ {n} Ngày thiết lập quan hệ ngoại giao Việt Nam – Lào."
    report = check_text(text, published="2026-04-10", lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == [expected]


@pytest.mark.parametrize(("n", "expected"), [("14th", "ok"), ("15th", "contradiction")])
def test_a_congress_owned_by_the_name_before_it(n: str, expected: str) -> None:
    # "the CPV's": the possessor says whose congress it is, though the sentence names two parties
    text = f"Both the LPRP's 12th Congress and the CPV's {n} National Congress fall in January 2026."
    report = check_text(text, published="2025-12-19", lang="en")
    assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == ["ok", expected]


@pytest.mark.parametrize(("n", "verdict"), [("70", "ok"), ("65", "contradiction")])
def test_a_lists_other_entries_years_date_no_anniversary_of_this_one(n: str, verdict: str) -> None:
    # 1890 (Ho Chi Minh's birth) + 65 = 1955, a year of the LPRP's entry: that is no count of
    # the LPRP's anniversary, which the entry's span makes the 70th
    text = (
        "Kỷ niệm trong năm: 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025); 80 năm "
        f"Cách mạng tháng Tám; {n} năm Ngày thành lập Đảng Nhân dân Cách mạng Lào (22/3/1955 - 22/3/2025)."
    )
    report = check_text(text, published=date(2025, 12, 20), lang="vi")
    assert [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"][-1] == (
        f"{n} năm",
        verdict,
    )


@pytest.mark.parametrize(("n", "expected"), [("64", "unknown"), ("63", "contradiction")])
def test_the_span_of_the_next_anniversary_is_not_this_ones(n: str, expected: str) -> None:
    # each anniversary has its span in brackets: the second is the treaty's, not the first's
    text = (
        f"Kỷ niệm {n} năm Ngày thiết lập quan hệ ngoại giao (5/9/1962 - 5/9/2026) và 49 năm Ngày ký "
        "Hiệp ước Hữu nghị và Hợp tác (18/7/1977 - 18/7/2026)."
    )
    assert _ordinal(text, date(2026, 3, 15), "vi")[0] == expected


@pytest.mark.parametrize(
    ("text", "lang", "said", "verdict"),
    [
        # a dash inside a name ends no clause: the year after it is the anniversary's
        (
            "Kỷ niệm 65 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Lào năm 2026.",
            "vi",
            "Kỷ niệm 65 năm",
            "contradiction",
        ),
        (
            "Kỷ niệm 64 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Lào năm 2026.",
            "vi",
            "Kỷ niệm 64 năm",
            "ok",
        ),
        (
            "The 65th anniversary of Vietnam–Laos diplomatic relations in 2026.",
            "en",
            "65th anniversary",
            "contradiction",
        ),
        # a span of years in Lao digits states both its years, as one in Arabic digits does
        ("- ວັນຊາດສປປ.ລາວຄົບຮອບ໕໒ປີ (໒/໑໒/໑໙໗໕-໒/໑໒/໒໐໒໖): ຫໍພັກຈັດງານລ້ຽງ.", "lo", "ຄົບຮອບ໕໒ປີ", "contradiction"),
        ("- ວັນຊາດສປປ.ລາວຄົບຮອບ໕໑ປີ (໒/໑໒/໑໙໗໕-໒/໑໒/໒໐໒໖): ຫໍພັກຈັດງານລ້ຽງ.", "lo", "ຄົບຮອບ໕໑ປີ", "ok"),
    ],
)
def test_the_years_an_anniversary_states_past_a_names_dash_and_in_lao_digits(
    text: str, lang: str, said: str, verdict: str
) -> None:
    report = check_text(text, published=date(2026, 8, 28), lang=lang)
    assert (said, verdict) in [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a count before "năm sau" (fifteen years later) is a span of years, no year after
        ("Mười lăm năm sau, Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào được ký ngày 18/7/1977; tháng 7/2026"
         " này, hai nước kỷ niệm {n} năm ngày ký Hiệp ước.", "vi"),
        ("15 ປີຕໍ່ມາ, ສົນທິສັນຍາມິດຕະພາບ ແລະ ການຮ່ວມມື ໄດ້ລົງນາມ ວັນທີ 18 ກໍລະກົດ 1977; ປີ 2026 ນີ້ ຄົບຮອບ {n} ປີ.",
         "lo"),
    ],
)  # fmt: skip
def test_a_count_before_the_words_of_the_year_after_states_no_year(text: str, lang: str) -> None:
    # 2026 is the Treaty's 49th anniversary: the 49th passes, the 50th is a slip
    assert _ordinal(text.format(n=49), date(2026, 5, 10), lang) == ["ok"]
    assert _ordinal(text.format(n=50), date(2026, 5, 10), lang) == ["contradiction"]
