# SPDX-License-Identifier: MIT
"""
What an anniversary counts from when nothing is named right with it: the founding its sentence
opens with (its subject), and a founding named without the two countries after text about the
two and no other country.  Each is shown to catch a wrong number and to pass the right one, and
not to count from a founding where another name or country stands between.
"""

from __future__ import annotations

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def ordinals(text: str, published: str = "2026-03-01", lang: str | None = None) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        ("ສາຍພົວພັນທາງການທູດ ລາວ-ຫວຽດນາມ ສ້າງຕັ້ງຂຶ້ນ ໃນວັນທີ 5 ກັນຍາ 1962, ປີນີ້ ຄົບຮອບ 64 ປີ.", "ຄົບຮອບ 64 ປີ", "ok"),
        (
            "ສາຍພົວພັນທາງການທູດ ລາວ-ຫວຽດນາມ ສ້າງຕັ້ງຂຶ້ນ ໃນວັນທີ 5 ກັນຍາ 1962, ປີນີ້ ຄົບຮອບ 63 ປີ.",
            "ຄົບຮອບ 63 ປີ",
            "contradiction",
        ),
        (
            "The Lao People's Revolutionary Party, founded on 22 March 1955, marked the 61st anniversary this year.",
            "61st anniversary",
            "contradiction",
        ),
        (
            "The Lao People's Revolutionary Party, founded on 22 March 1955, marks the 71st anniversary this year.",
            "71st anniversary",
            "ok",
        ),
    ],
)
def test_an_anniversary_counts_from_the_founding_its_sentence_opens_with(
    text: str, said: str, verdict: str
) -> None:
    assert (said, verdict) in ordinals(text)


@pytest.mark.parametrize(
    "text",
    [
        # another name between the subject and the anniversary: it may be Vietnam's
        "The Lao People's Revolutionary Party congratulated Vietnam on the 60th anniversary this year.",
        # a person opens the sentence: a birth is no such subject
        "Kaysone Phomvihane, born in 1920, would have marked the 60th anniversary this year.",
    ],
)
def test_no_subject_is_counted_from_across_another_name(text: str) -> None:
    assert all(v != "contradiction" for _t, v in ordinals(text))


def test_a_founding_named_without_the_two_counts_after_text_about_the_two() -> None:
    lesson = "Bài học về quan hệ Việt Nam - Lào. Năm 2027 là kỷ niệm {n} năm quan hệ ngoại giao."
    assert ordinals(lesson.format(n=65), lang="vi") == [("kỷ niệm 65 năm", "ok")]
    assert ordinals(lesson.format(n=60), lang="vi") == [("kỷ niệm 60 năm", "contradiction")]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before names a third country: whose relations is not said
        "Bài học về quan hệ Việt Nam - Campuchia - Lào. Năm 2027 là kỷ niệm 60 năm quan hệ ngoại giao.",
        "Việt Nam và Thái Lan ký kết. Năm 2027 là kỷ niệm 60 năm quan hệ ngoại giao.",
    ],
)
def test_a_founding_named_without_the_two_after_text_naming_a_third_country_is_unknown(text: str) -> None:
    assert [v for _t, v in ordinals(text, lang="vi")] == ["unknown"]


# A life's years in brackets ("(13 December 1920 – 21 November 1992)") count no anniversary: the
# 105th birth anniversary of Kaysone Phomvihane (born 1920) fell in 2025, whatever the death's
# year; a founding's day and its anniversary's ("(2/12/1975 – 2/12/2025)") still count.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Item: album marking the 105th birth anniversary of President Kaysone Phomvihane "
            "(13 December 1920 – 21 November 1993)",
            "ok",
        ),
        (
            "Item: album marking the 105th birth anniversary of President Kaysone Phomvihane "
            "(13 December 1920 – 21 November 1992)",
            "ok",
        ),
        (
            "Kỷ niệm 51 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào (2/12/1975 – 2/12/2025).",
            "contradiction",
        ),
    ],
)
def test_a_lifes_years_count_no_anniversary(text: str, verdict: str) -> None:
    [(_said, got)] = ordinals(text, published="2026-03-02")
    assert got == verdict


# A national day's own words after a semicolon count from no country named before it: Lao
# National Day's 51st anniversary fell in 2026 (1975 + 51), Vietnam's named in the clause before.
# Of either country's national day, a miscount is said of the one whose count falls nearest.
@pytest.mark.parametrize(
    ("text", "verdict", "said"),
    [
        ("ປະຕິທິນ ຫວຽດນາມ-ລາວ: 2ກັນຍາ(ວັນຊາດຫວຽດນາມ); 2ທັນວາ(ວັນຊາດຄົບຮອບ51ປີ).", "ok", ""),
        (
            "ປະຕິທິນ ຫວຽດນາມ-ລາວ: 2ກັນຍາ(ວັນຊາດຫວຽດນາມ); 2ທັນວາ(ວັນຊາດຄົບຮອບ52ປີ).",
            "contradiction",
            "Lao National Day",
        ),
        (
            "Calendar: 2 September (Vietnam's National Day); 2 December (National Day, 51st anniversary).",
            "ok",
            "",
        ),
    ],
)
def test_a_national_days_words_after_a_semicolon_count_from_their_own_clause(
    text: str, verdict: str, said: str
) -> None:
    report = CHECKER.check_text(text, published="2026-08-10")
    [finding] = [f for f in report.findings if f.kind == "ordinal"]
    assert finding.verdict.value == verdict
    assert said in str(finding.message)


# An aside in brackets names what its anniversary counts from first (the LPRP was founded on 22
# March 1955, so 2026 marks its 71st anniversary); national-day words in another entry of the list
# are that entry's (the treaty of 18 July 1977 is 49 years old in 2026, Lao National Day 51).
@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("Key days this year: 22 March (the LPRP's founding, 71st anniversary).", ["ok"]),
        ("Key days this year: 22 March (the founding of the LPRP, 70th anniversary).", ["contradiction"]),
        (
            "ວັນສຳຄັນປີນີ້:18ກໍລະກົດ(ສົນທິສັນຍາຄົບຮອບ49ປີ);2ທັນວາ(ວັນຊາດຄົບຮອບ51ປີ).",
            ["unknown", "ok"],
        ),
    ],
)
def test_an_aside_names_what_it_counts_from_first(text: str, verdicts: list[str]) -> None:
    assert [v for _t, v in ordinals(text, published="2026-06-01")] == verdicts


# Lao may put "ປະເທດ" (the country) between the founding words and the country's name; Lao National
# Day, 2 December 1975, had its 50th anniversary in 2025.
@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("ພິທີສະເຫຼີມສະຫຼອງ ວັນສະຖາປະນາ ປະເທດ ສປປ ລາວ ຄົບຮອບ 50 ປີ ໃນປີ 2025.", ["ok"]),
        ("ພິທີສະເຫຼີມສະຫຼອງວັນສະຖາປະນາປະເທດສປປ.ລາວຄົບຮອບ52ປີໃນປີ2025.", ["contradiction"]),
    ],
)
def test_a_lao_founding_of_the_country_counts_from_the_national_day(text: str, verdicts: list[str]) -> None:
    assert [v for _t, v in ordinals(text, published="2026-01-22", lang="lo")] == verdicts


# National-day words after an "and" before the next ordinal are that ordinal's: the LPRP (22 March
# 1955) is 71 in 2026, Lao National Day (2 December 1975) 51.
@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("ປີນີ້ ພັກປະຊາຊົນປະຕິວັດລາວ ຄົບຮອບ 71 ປີ ແລະ ວັນຊາດ ຄົບຮອບ 51 ປີ.", ["ok", "ok"]),
        ("ປີນີ້ ພັກປະຊາຊົນປະຕິວັດລາວ ຄົບຮອບ 70 ປີ ແລະ ວັນຊາດ ສປປ ລາວ ຄົບຮອບ 51 ປີ.", ["contradiction", "ok"]),
        ("This year marks the 71st anniversary of the LPRP and the 51st National Day of Laos.", ["ok", "ok"]),
        # a list's entries, parted by commas: each names what it counts before its ordinal
        (
            "ປີ 2026: ວັນສ້າງຕັ້ງ ພັກປະຊາຊົນປະຕິວັດລາວ ຄົບຮອບ 71 ປີ (22 ມີນາ 1955), ວັນເກີດ ປະທານ ໄກສອນ ພົມວິຫານ "
            "ຄົບຮອບ 106 ປີ (13 ທັນວາ 1920) ແລະ ວັນຊາດ ຄົບຮອບ 51 ປີ.",
            ["ok", "ok", "ok"],
        ),
    ],
)
def test_national_day_words_of_the_next_ordinal(text: str, verdicts: list[str]) -> None:
    assert [v for _t, v in ordinals(text, published="2026-05-12")] == verdicts


def test_its_anniversary_is_no_persons_birth() -> None:
    """ "its" stands for no person: the treaty's anniversary (18 July 1977), not Kaysone Phomvihane's birth."""
    text = (
        "The treaty that President Kaysone Phomvihane signed in Vientiane that day still frames the "
        "relations; its 50th anniversary falls next July."
    )
    # "The treaty" names no recorded founding, so the count is unknown, never Kaysone's 50th birthday
    assert ordinals(text, published="2026-04-15") == [("50th anniversary", "unknown")]


# ------------------------------------- a name past a comma and "and" is another clause's subject
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "the Party's" is Vietnam's (2030 is the CPV's centenary); the LPRP is the next clause's
        (
            "Two centenaries: Vietnam's goal of upper-middle income by 2030, the Party's 100th "
            "anniversary, and Laos' goal of high average income by 2055, the LPRP's 100th.",
            "unknown",
        ),
        # named in the ordinal's own clause, before the comma: still judged
        (
            "Vietnam's goal of upper-middle income by 2030, the 100th anniversary of the LPRP, and "
            "Laos' goal of high average income by 2055.",
            "contradiction",
        ),
        (
            "Vietnam's goal of upper-middle income by 2030, the 100th anniversary of the CPV, and "
            "Laos' goal of high average income by 2055.",
            "ok",
        ),
    ],
)
def test_an_anniversary_counts_from_no_name_past_a_comma_and_and(text: str, verdict: str) -> None:
    # (the first anniversary's; a bare "the LPRP's 100th" after it is read as its own: 2055's)
    assert next(v for _t, v in ordinals(text, "2026-06-22", "en")) == verdict


@pytest.mark.parametrize(
    ("said", "verdict"),
    [("tròn 50 năm", "contradiction"), ("tròn 49 năm", "ok")],
)
def test_an_anniversary_counts_from_the_founding_named_right_before_it(said: str, verdict: str) -> None:
    # the name does not open the sentence, but stands right before the count: its subject
    text = f"Ngày 18/7 vừa qua, năm 2026, Hiệp ước Hữu nghị và Hợp tác {said}; các em hãy nhớ."
    assert (said, verdict) in ordinals(text, published="2026-08-01", lang="vi")


@pytest.mark.parametrize(
    ("said", "verdict"),
    [("63rd anniversary", "contradiction"), ("64th anniversary", "ok")],
)
def test_an_anniversary_counts_from_the_founding_its_sentence_dates_before_it(
    said: str, verdict: str
) -> None:
    text = f"Vietnam and Laos established diplomatic relations on 5 September 1962, which makes this September the {said}."
    assert (said, verdict) in ordinals(text, published="2026-02-04")


@pytest.mark.parametrize(
    "text",
    [
        # the anniversary of something it names after it
        "Vietnam and Laos established diplomatic relations on 5 September 1962, and this year is the 63rd anniversary of the hospital.",
        # a name between the dated founding and the anniversary
        "Vietnam and Laos established diplomatic relations on 5 September 1962, and Cuba marks the 63rd anniversary.",
        # a date of no founding
        "To Lam visited Laos on 5 February 2026, which makes this September the 63rd anniversary.",
        # another subject between, named by no record: a noun phrase, or another founding's date
        "Vietnam and Laos established diplomatic relations on 5 September 1962; the university marks its 20th "
        "anniversary this year.",
        "Vietnam and Laos established diplomatic relations on 5 September 1962, and the hospital celebrates "
        "the 20th anniversary.",
        "The Lao PDR was proclaimed on 2 December 1975, and the embassy celebrated its 30th anniversary in 2025.",
        "Vietnam and Laos established diplomatic relations on 5 September 1962, and the company, founded in "
        "2006, marks its 20th anniversary.",
    ],
)
def test_no_founding_is_counted_from_that_its_sentence_does_not_date_right_before(text: str) -> None:
    assert all(v != "contradiction" for _t, v in ordinals(text, published="2026-02-04"))


@pytest.mark.parametrize(("said", "verdict"), [("51st", "ok"), ("52nd", "contradiction")])
def test_its_alone_after_a_dated_founding_is_that_foundings(said: str, verdict: str) -> None:
    text = f"The Lao PDR was proclaimed on 2 December 1975; its {said} anniversary falls this December."
    assert (f"{said} anniversary", verdict) in ordinals(text, published="2026-02-04")


@pytest.mark.parametrize(("said", "verdict"), [("49th", "contradiction"), ("50th", "ok")])
def test_a_possessive_opening_a_sentence_is_the_one_founding_the_sentence_before_names(
    said: str, verdict: str
) -> None:
    # whatever the anniversary's own sentence names after it (the two countries, a named year)
    text = (
        "The Treaty of Amity and Cooperation of 18 July 1977 still frames the relationship. "
        f"Its {said} anniversary falls in 2027, which is also the 65th year of ties and a "
        "Vietnam - Laos, Laos - Vietnam Solidarity Year."
    )
    assert (f"{said} anniversary", verdict) in ordinals(text, published="2026-09-04")


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # a text that names no country: the bracket's day is the founding's, so the words are it
        (
            "This year brings the 64th anniversary of diplomatic relations (5 September 1962).",
            "64th anniversary",
            "ok",
        ),
        (
            "This year brings the 63rd anniversary of diplomatic relations (5 September 1962).",
            "63rd anniversary",
            "contradiction",
        ),
        ("Năm nay là kỷ niệm 64 năm quan hệ ngoại giao (5/9/1962).", "kỷ niệm 64 năm", "ok"),
        ("Năm nay là kỷ niệm 65 năm quan hệ ngoại giao (5/9/1962).", "kỷ niệm 65 năm", "contradiction"),
        # a bracket that gives another day says nothing of whose they are
        (
            "This year brings the 63rd anniversary of diplomatic relations (1 March 1963).",
            "63rd anniversary",
            "unknown",
        ),
    ],
)
def test_a_bracket_with_the_foundings_day_names_a_founding_said_without_the_two(
    text: str, said: str, verdict: str
) -> None:
    assert (said, verdict) in ordinals(text)
