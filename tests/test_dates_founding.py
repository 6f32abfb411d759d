# SPDX-License-Identifier: MIT
"""
The dates of foundings, births and deaths the record holds (``dates.founding``): a date right
after "was founded on", "được thành lập", "born in", "ເສຍຊີວິດ", whose subject is the name
right before those words, is judged against the founding's date.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def dates(text: str) -> list[tuple[str, str, str | None]]:
    report = CHECKER.check_text(text, published=date(2026, 1, 20))
    return [(f.text, f.verdict.value, f.record) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "said", "verdict", "record"),
    [
        (
            "The Lao People's Revolutionary Party was founded on March 22, 1955.",
            "March 22, 1955",
            "ok",
            "founding-lprp",
        ),
        (
            "The Lao People's Revolutionary Party was founded on March 22, 1956.",
            "March 22, 1956",
            "contradiction",
            "founding-lprp",
        ),
        (
            "The LPRP, which was officially founded in 1955, leads the state.",
            "in 1955",
            "ok",
            "founding-lprp",
        ),
        ("Kaysone Phomvihane was born in 1920 in Savannakhet.", "in 1920", "ok", "birth-kaysone-phomvihane"),
        (
            "Kaysone Phomvihane was born in 1921 in Savannakhet.",
            "in 1921",
            "contradiction",
            "birth-kaysone-phomvihane",
        ),
        ("President Ho Chi Minh died on September 2, 1969.", "September 2, 1969", "ok", "death-ho-chi-minh"),
        (
            "President Ho Chi Minh died on September 3, 1969.",
            "September 3, 1969",
            "contradiction",
            "death-ho-chi-minh",
        ),
        (
            "President Ho Chi Minh, born on May 19, 1890, led Vietnam.",
            "May 19, 1890",
            "ok",
            "birth-ho-chi-minh",
        ),
        ("The Lao PDR was proclaimed on December 2, 1975.", "December 2, 1975", "ok", "founding-lao-pdr"),
        (
            "The Lao PDR was proclaimed on December 2, 1976.",
            "December 2, 1976",
            "contradiction",
            "founding-lao-pdr",
        ),
        ("Đảng Cộng sản Việt Nam được thành lập ngày 3/2/1930.", "ngày 3/2/1930", "ok", "founding-cpv"),
        (
            "Đảng Cộng sản Việt Nam được thành lập ngày 3/2/1931.",
            "ngày 3/2/1931",
            "contradiction",
            "founding-cpv",
        ),
        ("ພັກປະຊາຊົນປະຕິວັດລາວ ໄດ້ສ້າງຕັ້ງຂຶ້ນໃນວັນທີ 22 ມີນາ 1955.", "ວັນທີ 22 ມີນາ 1955", "ok", "founding-lprp"),
        ("ພັກປະຊາຊົນປະຕິວັດລາວ ໄດ້ສ້າງຕັ້ງຂຶ້ນໃນວັນທີ 22 ມີນາ 1956.", "ວັນທີ 22 ມີນາ 1956", "contradiction", "founding-lprp"),
        # the deaths of Kaysone Phomvihane (1992-11-21) and Souphanouvong (1995-01-09)
        (
            "Kaysone Phomvihane died on 21 November 1992.",
            "21 November 1992",
            "ok",
            "death-kaysone-phomvihane",
        ),
        (
            "Kaysone Phomvihane died on 21 November 1991.",
            "21 November 1991",
            "contradiction",
            "death-kaysone-phomvihane",
        ),
        ("ສຸພານຸວົງ ເສຍຊີວິດ ວັນທີ 9 ມັງກອນ 1996.", "ວັນທີ 9 ມັງກອນ 1996", "contradiction", "death-souphanouvong"),
        ("Souphanouvong passed away on 9 January 1995.", "9 January 1995", "ok", "death-souphanouvong"),
        # a card's or a seal's field: the name, a colon, the words of its founding
        (
            "The seal bears the name Lao People's Revolutionary Party: founded 22 March 1956.",
            "22 March 1956",
            "contradiction",
            "founding-lprp",
        ),
        ("Lao People's Revolutionary Party: founded 22 March 1955.", "22 March 1955", "ok", "founding-lprp"),
        # a prince's passing, in the royal word
        (
            "ສະເດັດເຈົ້າສຸພານຸວົງ ສິ້ນພະຊົນ ວັນທີ 9 ມັງກອນ 1996.",
            "ວັນທີ 9 ມັງກອນ 1996",
            "contradiction",
            "death-souphanouvong",
        ),
        # what a relationship dates from is its founding
        (
            "Diplomatic relations between Vietnam and Laos date from 5 September 1961.",
            "5 September 1961",
            "contradiction",
            "diplomatic-relations",
        ),
        (
            "Vietnam-Laos diplomatic relations, dating back to 5 September 1962, are special.",
            "5 September 1962",
            "ok",
            "diplomatic-relations",
        ),
        (
            "Quan hệ ngoại giao Việt Nam - Lào có từ ngày 5/9/1961.",
            "ngày 5/9/1961",
            "contradiction",
            "diplomatic-relations",
        ),
        (
            "ສາຍພົວພັນທາງການທູດ ລາວ-ຫວຽດນາມ ທີ່ ມີ ມາ ແຕ່ ວັນທີ 5 ກັນຍາ 1961 ແມ່ນ ພິເສດ.",
            "ແຕ່ ວັນທີ 5 ກັນຍາ 1961",
            "contradiction",
            "diplomatic-relations",
        ),
    ],
)
def test_a_founding_birth_or_death_date_is_judged(text: str, said: str, verdict: str, record: str) -> None:
    assert (said, verdict, record) in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        # the name right before the words is not what was founded: no judgement
        "The LPRP congratulated the Vietnamese party, founded on February 3, 1930.",
        "The Lao People's Revolutionary Party's youth union, founded on April 14, 1956, met.",
        "The Ho Chi Minh Trail museum, founded in 1995, reopened.",
        "The museum's records of the two countries date from 5 September 1961.",
        # a person is not founded, a body not born
        "Kaysone Phomvihane founded in 1921 a school.",
    ],
)
def test_a_date_whose_subject_is_not_the_name_before_it_is_not_judged(text: str) -> None:
    assert all(verdict != "contradiction" for _said, verdict, _record in dates(text))
    # not the founding of the name before the words (the LPRP's, the Party's); a day that is
    # exactly a recorded founding's is that founding's, whatever it is called ("the Vietnamese
    # party, founded on February 3, 1930": the CPV's)
    assert all(
        record is None or record == "founding-cpv" or not record.startswith(("founding-", "birth-"))
        for *_x, record in dates(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        # a country that ends a longer name is not what was founded
        "Quân đội nhân dân Việt Nam thành lập ngày 22/12/1944.",
        "Hội Hữu nghị Việt Nam - Lào thành lập ngày 15/5/1976.",
        "Hội Liên hiệp Phụ nữ Lào thành lập năm 1955.",
        "The Vietnam People's Army was founded on December 22, 1944.",
    ],
)
def test_a_country_inside_a_longer_name_is_not_founded(text: str) -> None:
    assert [verdict for _said, verdict, _record in dates(text)] == ["unknown"]


def test_a_country_heading_its_clause_is_founded() -> None:
    assert ("ngày 2/12/1975", "ok", "founding-lao-pdr") in dates(
        "Nước Cộng hòa Dân chủ Nhân dân Lào được thành lập ngày 2/12/1975."
    )
    assert ("December 2, 1976", "contradiction", "founding-lao-pdr") in dates(
        "In Vientiane, the Lao PDR was proclaimed on December 2, 1976."
    )


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        ("Quan hệ ngoại giao Việt Nam - Lào được thiết lập ngày 5/9/1962.", "ngày 5/9/1962", "ok"),
        ("Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào được ký ngày 18/7/1977.", "ngày 18/7/1977", "ok"),
        (
            "Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào được ký ngày 18/7/1978.",
            "ngày 18/7/1978",
            "contradiction",
        ),
        (
            "The Treaty of Amity and Cooperation was signed on July 18, 1976.",
            "July 18, 1976",
            "contradiction",
        ),
        # "lập" alone, the short verb of a parenthesis after the name ("set up on").
        ("Quan hệ ngoại giao Việt Nam - Lào (lập ngày 5/9/1963) bền chặt.", "ngày 5/9/1963", "contradiction"),
        ("Quan hệ ngoại giao Việt Nam - Lào (lập ngày 5/9/1962) bền chặt.", "ngày 5/9/1962", "ok"),
    ],
)
def test_establishing_and_signing_date_a_founding(text: str, said: str, verdict: str) -> None:
    assert (said, verdict) in [(s, v) for s, v, _r in dates(text)]


def test_a_timelines_entries_date_their_foundings() -> None:
    text = (
        "Some dates:\n"
        "18 July 1976 – The Treaty of Amity and Cooperation is signed.\n"
        "22 March 1955 – The Lao People's Revolutionary Party is founded.\n"
        "2 December 1975 – The Lao PDR is proclaimed.\n"
        "1 May 1990 – Vietnam hosts a trade fair.\n"
    )
    found = {s: v for s, v, _r in dates(text)}
    assert found["18 July 1976"] == "contradiction"
    assert found["22 March 1955"] == "ok" and found["2 December 1975"] == "ok"
    assert found["1 May 1990"] == "unknown"  # no founding words after the name


@pytest.mark.parametrize(
    ("entry", "verdict"),
    [
        ("- ໒/໑໒/໑໙໗໕: ວັນສະຖາປະນາສປປ.ລາວ.", "ok"),
        ("- ໒/໑໒/໑໙໗໖: ວັນສະຖາປະນາສປປ.ລາວ.", "contradiction"),
        # the ceremony of its 50th anniversary, not the founding, whose date an entry gives
        ("- ໒/໑໒/໒໐໒໕: ພິທີສະເຫຼີມສະຫຼອງຄົບຮອບ໕໐ປີວັນສະຖາປະນາສປປ.ລາວ, ທີ່ວຽງຈັນ.", "ok"),
    ],
)
def test_an_unspaced_lao_entry_of_the_national_day(entry: str, verdict: str) -> None:
    report = CHECKER.check_text(entry, published=date(2026, 3, 1), lang="lo")
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == [verdict]


def test_its_party_is_the_subjects() -> None:
    text = (
        "Coming up: the Lao People's Revolutionary Party opens its 12th Congress on January 6, and "
        "the Communist Party of Vietnam gathers for its {n} National Congress from January 19."
    )
    for nth, verdict in (("15th", "contradiction"), ("14th", "ok")):
        report = CHECKER.check_text(text.format(n=nth), published=date(2026, 1, 2))
        [finding] = [f for f in report.findings if f.kind == "ordinal" and f.text.startswith(nth)]
        assert finding.verdict.value == verdict


# Lao founding words spaced before "ໃນ" (in): "ໄດ້ສ້າງຕັ້ງຂຶ້ນ ໃນວັນທີ ..." dates the founding
# of the name before them (the LPRP: 22 March 1955).
@pytest.mark.parametrize(("year", "expected"), [("1955", "ok"), ("1954", "contradiction")])
def test_lao_founding_words_spaced_before_in(year: str, expected: str) -> None:
    text = f"ຄູ ສອນປະຫວັດສາດ ບອກວ່າ ພັກປະຊາຊົນປະຕິວັດລາວ ໄດ້ສ້າງຕັ້ງຂຶ້ນ ໃນວັນທີ 22 ມີນາ {year}."
    assert [verdict for _said, verdict, _record in dates(text)] == [expected]


# Lao is written with spaces between its words or without them, and writers mix the two: the
# founding, birth and death words are read however their parts are spaced.
@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        ("ສປປ ລາວ ສະຖາປະນາ ຂຶ້ນ ໃນ ວັນທີ 2 ທັນວາ 1976.", "ວັນທີ 2 ທັນວາ 1976", "contradiction"),
        ("ສປປລາວສະຖາປະນາຂຶ້ນເມື່ອວັນທີ2ທັນວາ1975.", "ວັນທີ2ທັນວາ1975", "ok"),
        ("ພັກປະຊາຊົນປະຕິວັດລາວ ສ້າງຕັ້ງ ຂຶ້ນໃນ ວັນທີ 22 ມີນາ 1954.", "ວັນທີ 22 ມີນາ 1954", "contradiction"),
        ("ທ່ານ ໄກສອນ ພົມວິຫານ ເກີດ ເມື່ອ ວັນທີ 13 ທັນວາ 1921.", "ວັນທີ 13 ທັນວາ 1921", "contradiction"),
        ("ປະທານ ໄກສອນ ພົມວິຫານ ເຖິງແກ່ອະສັນຍະກຳ ເມື່ອ ວັນທີ 21 ພະຈິກ 1992.", "ວັນທີ 21 ພະຈິກ 1992", "ok"),
        # Lao digits
        ("ສປປ ລາວ ໄດ້ ສະຖາປະນາ ຂຶ້ນ ໃນ ວັນທີ ໒ ທັນວາ ໑໙໗໖.", "ວັນທີ ໒ ທັນວາ ໑໙໗໖", "contradiction"),
        # "departed", a passing said softly
        ("ທ່ານ ສຸພານຸວົງ ຈາກໄປ ວັນທີ ໙ ມັງກອນ ໑໙໙໖.", "ວັນທີ ໙ ມັງກອນ ໑໙໙໖", "contradiction"),
        ("ສຸພານຸວົງ ຈາກໄປ ເມື່ອ ວັນທີ 9 ມັງກອນ 1995.", "ວັນທີ 9 ມັງກອນ 1995", "ok"),
    ],
)
def test_lao_founding_words_are_read_however_they_are_spaced(text: str, said: str, verdict: str) -> None:
    assert [(t, v) for t, v, _r in dates(text)] == [(said, verdict)]


# A country's name heads a clause after "as for", "while", "whereas" too: its founding is dated.
@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        (
            "The CPV was founded on 3 February 1930, while the Lao PDR was proclaimed on 2 December 1976.",
            "2 December 1976",
            "contradiction",
        ),
        (
            "Đảng Cộng sản Việt Nam thành lập ngày 3/2/1930, còn nước Cộng hòa Dân chủ Nhân dân Lào "
            "thành lập ngày 2/12/1975.",
            "ngày 2/12/1975",
            "ok",
        ),
        ("ພັກ ໄດ້ ຈັດ ງານ; ສ່ວນ ສປປ ລາວ ໄດ້ ສະຖາປະນາ ຂຶ້ນ ໃນ ວັນທີ 2 ທັນວາ 1976.", "ວັນທີ 2 ທັນວາ 1976", "contradiction"),
    ],
)
def test_a_country_heads_its_clause_after_as_for_and_while(text: str, said: str, verdict: str) -> None:
    assert (said, verdict) in [(t, v) for t, v, _r in dates(text)]


@pytest.mark.parametrize(
    ("text", "said", "verdict", "record"),
    [
        (
            "The Treaty of Amity and Cooperation, signed in Vientiane on 18 July 1978, is the basis.",
            "18 July 1978",
            "contradiction",
            "treaty-amity-1977",
        ),
        (
            "The Treaty of Amity and Cooperation was signed in Vientiane on 18 July 1977.",
            "18 July 1977",
            "ok",
            "treaty-amity-1977",
        ),
        (
            "Kaysone Phomvihane died in Vientiane on 21 November 1991.",
            "21 November 1991",
            "contradiction",
            "death-kaysone-phomvihane",
        ),
        (
            "Chủ tịch Hồ Chí Minh qua đời tại Hà Nội ngày 2/9/1968.",
            "ngày 2/9/1968",
            "contradiction",
            "death-ho-chi-minh",
        ),
        (
            "ທ່ານ ໄກສອນ ພົມວິຫານ ເສຍຊີວິດ ທີ່ນະຄອນຫຼວງວຽງຈັນ ໃນວັນທີ 21 ພະຈິກ 1992.",
            "ວັນທີ 21 ພະຈິກ 1992",
            "ok",
            "death-kaysone-phomvihane",
        ),
    ],
)
def test_a_place_between_the_words_and_the_date_is_passed_over(
    text: str, said: str, verdict: str, record: str
) -> None:
    assert (said, verdict, record) in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks in Vientiane on 18 July 1978 were long.",  # no founding words before the place
        "Kaysone Phomvihane spoke in Vientiane on 21 November 1991.",
        "The Treaty of Amity and Cooperation, signed in Vientiane, was honoured on 18 July 1978.",
    ],
)
def test_a_place_before_a_date_alone_makes_no_founding(text: str) -> None:
    assert all(verdict != "contradiction" for _said, verdict, _record in dates(text))


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        (
            "Souphanouvong (13 July 1909 – 9 January 1996) was the first President.",
            "13 July 1909 – 9 January 1996",
            "contradiction",
        ),
        (
            "Souphanouvong (12 July 1909 – 9 January 1995) was the first President.",
            "12 July 1909 – 9 January 1995",
            "contradiction",
        ),
        (
            "Souphanouvong (13 July 1909 – 9 January 1995) was the first President.",
            "13 July 1909 – 9 January 1995",
            "ok",
        ),
        (
            "Kaysone Phomvihane (13 December 1920 – 21 November 1992) led Laos.",
            "13 December 1920 – 21 November 1992",
            "ok",
        ),
    ],
)
def test_a_persons_life_in_brackets_after_the_name_is_judged(text: str, said: str, verdict: str) -> None:
    assert (said, verdict, "dates.founding") in [
        (f.text, f.verdict.value, f.rule)
        for f in CHECKER.check_text(text, published=date(2026, 1, 20)).findings
    ]


def test_a_span_of_neither_birth_nor_death_is_no_life() -> None:
    """Kaysone's premiership in brackets after his name: neither day is his birth's or death's."""
    text = "Kaysone Phomvihane (2 December 1975 – 15 August 1991) was Prime Minister."
    assert "contradiction" not in [v for _t, v, _r in dates(text)]


def test_an_anniversarys_span_after_the_name_is_no_life() -> None:
    """Ho Chi Minh's 136th birth anniversary, as Vietnamese writes it: from the birth to the day."""
    text = "Kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2026)."
    report = CHECKER.check_text(text, published=date(2026, 5, 20), lang="vi")
    assert "contradiction" not in [f.verdict.value for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        (
            "The two countries signed the Treaty of Amity and Cooperation on 18 July 1978.",
            "18 July 1978",
            "contradiction",
        ),
        (
            "The two countries signed the Treaty of Amity and Cooperation on 18 July 1977.",
            "18 July 1977",
            "ok",
        ),
        (
            "Hai nước thiết lập quan hệ ngoại giao Việt Nam - Lào ngày 5/9/1963.",
            "ngày 5/9/1963",
            "contradiction",
        ),
        ("Hai nước ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào ngày 18/7/1977.", "ngày 18/7/1977", "ok"),
    ],
)
def test_founding_words_before_the_name_and_the_date_after_it(text: str, said: str, verdict: str) -> None:
    assert (said, verdict) in [(t, v) for t, v, _r in dates(text)]


def test_other_words_before_a_name_make_no_founding() -> None:
    """ "reaffirmed the Treaty ... on 18 July 2025" dates the reaffirming, not the signing."""
    text = "Both sides reaffirmed the Treaty of Amity and Cooperation on 18 July 2025."
    assert all(v != "contradiction" for _t, v, _r in dates(text))


@pytest.mark.parametrize(
    ("text", "said", "verdict", "lang"),
    [
        (
            "Vietnam and Laos established diplomatic relations on 5 September 1963.",
            "5 September 1963",
            "contradiction",
            "en",
        ),
        (
            "Vietnam and Laos established diplomatic relations on 5 September 1962.",
            "5 September 1962",
            "ok",
            "en",
        ),
        (
            "Vietnam and Laos share a long history. The two countries established diplomatic relations on 5 September 1963.",
            "5 September 1963",
            "contradiction",
            "en",
        ),
        (
            "Việt Nam và Lào đã thiết lập quan hệ ngoại giao ngày 5/9/1963.",
            "ngày 5/9/1963",
            "contradiction",
            "vi",
        ),
        (
            "Việt Nam và Lào thiết lập quan hệ ngoại giao giữa hai nước ngày 5/9/1962.",
            "ngày 5/9/1962",
            "ok",
            "vi",
        ),
        (
            "ລາວ ແລະ ຫວຽດນາມ ສ້າງຕັ້ງ ສາຍພົວພັນທາງການທູດ ລະຫວ່າງ ລາວ ແລະ ຫວຽດນາມ ໃນວັນທີ 5 ກັນຍາ 1963.",
            "ວັນທີ 5 ກັນຍາ 1963",
            "contradiction",
            "lo",
        ),
        # the founding as the subject of founding words ("Diplomatic relations were established on")
        (
            "For Vietnam and Laos, diplomatic relations were established on 5 September 1963.",
            "5 September 1963",
            "contradiction",
            "en",
        ),
        (
            "Vietnam and Laos are partners. Diplomatic relations were established on 5 September 1962.",
            "5 September 1962",
            "ok",
            "en",
        ),
        (
            "Việt Nam và Lào là láng giềng. Quan hệ ngoại giao được thiết lập ngày 5/9/1963.",
            "ngày 5/9/1963",
            "contradiction",
            "vi",
        ),
    ],
)
def test_founding_words_before_a_founding_named_without_the_two(
    text: str, said: str, verdict: str, lang: str
) -> None:
    """
    "established diplomatic relations on ...", "Diplomatic relations were established on ...":
    the two's, where the sentence (or the text before it) is of the two.
    """
    report = CHECKER.check_text(text, published=date(2026, 1, 20), lang=lang)
    assert (said, verdict) in [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    "text",
    [
        # another pair's relations
        "Vietnam and Laos are neighbours. Vietnam and Thailand established diplomatic relations on 6 August 1976.",
        # no country at all: whose relations is not said
        "They established diplomatic relations on 5 September 1963.",
        # another country's relations, as the subject of founding words
        "Japan and Laos are partners. Diplomatic relations were established on 5 September 1963.",
        "Vietnam and Laos are partners. Diplomatic relations with Japan were established on 5 September 1963.",
        # another name between the words and the verb
        "Vietnam and Laos are partners. Diplomatic relations, Hanoi said, were established on 5 September 1963.",
    ],
)
def test_a_founding_named_without_the_two_is_not_theirs_elsewhere(text: str) -> None:
    assert all(v != "contradiction" for _t, v, _r in dates(text))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lễ kỷ niệm 63 năm thiết lập quan hệ ngoại giao Việt Nam - Lào ngày 5/9/2025 tại Hà Nội.", "vi"),
        ("Việt Nam và Lào kỷ niệm 63 năm thiết lập quan hệ ngoại giao giữa hai nước ngày 4/9/2025.", "vi"),
        ("ລາວ ແລະ ຫວຽດນາມ ສະເຫຼີມສະຫຼອງ ວັນຄົບຮອບ 63 ປີ ແຫ່ງການສ້າງຕັ້ງ ສາຍພົວພັນທາງການທູດ ໃນວັນທີ 4 ກັນຍາ 2025.", "lo"),
    ],
)
def test_an_anniversarys_day_after_the_founding_words_is_the_celebrations(text: str, lang: str) -> None:
    """ "Lễ kỷ niệm 63 năm thiết lập quan hệ ngoại giao ... ngày 5/9/2025": the celebration's day."""
    report = CHECKER.check_text(text, published=date(2025, 9, 6), lang=lang)
    dated = [(f.verdict.value, f.rule) for f in report.findings if f.kind == "date"]
    assert dated
    assert all(verdict != "contradiction" and rule != "dates.founding" for verdict, rule in dated)


def test_an_anniversarys_founding_day_is_still_the_foundings() -> None:
    """With anniversary words before, a date near the founding's year is the founding's."""
    text = "Việt Nam và Lào kỷ niệm 63 năm thiết lập quan hệ ngoại giao ngày 5/9/1963."
    report = CHECKER.check_text(text, published=date(2025, 9, 6), lang="vi")
    assert ("ngày 5/9/1963", "contradiction") in [(f.text, f.verdict.value) for f in report.findings]


# ------------------------------------------------------------------- the subject's founding day
@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        (
            "Đảng Nhân dân Cách mạng Lào tròn 70 tuổi, tính từ ngày thành lập 22/3/1955.",
            "22/3/1955",
            "ok",
        ),
        (
            "Đảng Nhân dân Cách mạng Lào tròn 70 tuổi, tính từ ngày thành lập 22/3/1956.",
            "22/3/1956",
            "contradiction",
        ),
        ("Đảng Cộng sản Việt Nam kỷ niệm 96 năm ngày thành lập (3/2/1931).", "3/2/1931", "contradiction"),
        (
            "The Communist Party of Vietnam marks 96 years since its founding on 3 February 1931.",
            "3 February 1931",
            "contradiction",
        ),
        ("ພັກປະຊາຊົນປະຕິວັດລາວ ສະເຫຼີມສະຫຼອງ ວັນສ້າງຕັ້ງ (22 ມີນາ 1956).", "22 ມີນາ 1956", "contradiction"),
    ],
)
def test_a_founding_day_after_its_subject_is_judged(text: str, said: str, verdict: str) -> None:
    """Words of a founding day ("ngày thành lập", "its founding on") date the body named before them."""
    assert [(t, v) for t, v, _r in dates(text) if t.endswith(said)] == [(said, verdict)]


@pytest.mark.parametrize(
    "text",
    [
        # two bodies before the words: whose founding day is not said
        "Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào, ngày thành lập 3/2/1931.",
        # a person is born, not founded
        "Chủ tịch Kaysone Phomvihane, ngày thành lập 3/2/1931.",
    ],
)
def test_a_founding_day_of_no_one_body_is_not_judged(text: str) -> None:
    assert all(v != "contradiction" for _t, v, _r in dates(text))


def test_an_anniversarys_span_after_founding_day_words_is_the_anniversarys() -> None:
    text = "Hôm nay, 22/3/2025, Đảng Nhân dân Cách mạng Lào kỷ niệm 70 năm ngày thành lập (22/3/1955 – 22/3/2025)."
    assert ("22/3/1955 – 22/3/2025", "ok") in [(t, v) for t, v, _r in dates(text)]


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # "which was" (ເຊິ່ງ) and the passive "ໄດ້ຮັບການ" join the subject to its founding words
        ("ພັກປະຊາຊົນປະຕິວັດລາວ, ເຊິ່ງໄດ້ຮັບການສ້າງຕັ້ງຂຶ້ນໃນວັນທີ 22 ມີນາ 1956.", "ວັນທີ 22 ມີນາ 1956", "contradiction"),
        ("ພັກປະຊາຊົນປະຕິວັດລາວ ໄດ້ຮັບການສ້າງຕັ້ງຂຶ້ນໃນວັນທີ 22 ມີນາ 1955.", "ວັນທີ 22 ມີນາ 1955", "ok"),
        # a leader's passing, in its formal words
        ("ປະທານ ໄກສອນ ພົມວິຫານ ໄດ້ເຖິງແກ່ອະສັນຍະກຳໃນວັນທີ 21 ພະຈິກ 1991.", "ວັນທີ 21 ພະຈິກ 1991", "contradiction"),
        ("ປະທານ ໄກສອນ ພົມວິຫານ ໄດ້ເຖິງແກ່ອະສັນຍະກຳໃນວັນທີ 21 ພະຈິກ 1992.", "ວັນທີ 21 ພະຈິກ 1992", "ok"),
    ],
)
def test_lao_relative_and_passive_words_join_a_subject_to_its_founding(
    text: str, said: str, verdict: str
) -> None:
    assert [(t, v) for t, v, _r in dates(text)] == [(said, verdict)]


# --------------------------------------------------- a life in brackets, a document's "of", an apposition
@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # founding or birth words that open a bracket after the name
        ("Souphanouvong (born 13 July 1911) led the front.", "13 July 1911", "contradiction"),
        ("ປະທານສຸພານຸວົງ(ເກີດ13ກໍລະກົດ1909)ແລະປະທານໄກສອນພົມວິຫານ.", "13ກໍລະກົດ1909", "ok"),
        ("The LPRP (founded 22 March 1956) leads Laos.", "22 March 1956", "contradiction"),
        # a document that counts a founding, and its date after "of"
        (
            "The Treaty of Amity and Cooperation of 18 July 1976 was a milestone.",
            "18 July 1976",
            "contradiction",
        ),
        ("The Treaty of Amity and Cooperation of 18 July 1977 was a milestone.", "18 July 1977", "ok"),
        # a person's birth after an apposition that names a body
        (
            "Chủ tịch Cay-xỏn Phôm-vi-hản, Tổng Bí thư đầu tiên của Đảng Nhân dân Cách mạng Lào, sinh ngày 13/12/1921.",
            "ngày 13/12/1921",
            "contradiction",
        ),
    ],
)
def test_more_forms_date_a_founding_birth_or_death(text: str, said: str, verdict: str) -> None:
    assert [(t, v) for t, v, _r in dates(text) if t == said] == [(said, verdict)]


def test_a_body_is_not_born() -> None:
    """Only a person is born: a body before the words, with no person heading an apposition, is no one's birth."""
    text = "Đảng Nhân dân Cách mạng Lào, do Cay-xỏn Phôm-vi-hản lãnh đạo, sinh ngày 13/12/1921."
    assert all(v != "contradiction" for _t, v, _r in dates(text))


# ------------------------------------ timelines in the present, label colons, counts before a bracket
TWO = "Quan hệ Việt Nam – Lào qua các mốc.\n"


@pytest.mark.parametrize(
    ("text", "said", "verdict", "record"),
    [
        # a timeline's entry whose founding words follow the date and a dash, in the present
        (
            "Milestones of Vietnam–Laos relations\n- 5 September 1963 — Vietnam and Laos establish diplomatic relations.",
            "5 September 1963",
            "contradiction",
            "diplomatic-relations",
        ),
        (
            "Timeline\n- 18 July 1977 — The two countries sign the Treaty of Amity and Cooperation.",
            "18 July 1977",
            "ok",
            "treaty-amity-1977",
        ),
        (TWO + "• 02/12/1975 – Hai nước thiết lập quan hệ ngoại giao.", "02/12/1975", "contradiction", None),
        (TWO + "• 03/02/1930 – Thành lập Đảng Cộng sản Việt Nam.", "03/02/1930", "ok", "founding-cpv"),
        # the LPRP under its founding name, run into Lao words after the date
        ("ຂັ້ນຕອນທີ໓:ວັນທີ22ມີນາ1956ສ້າງຕັ້ງພັກປະຊາຊົນລາວ.", "ວັນທີ22ມີນາ1956", "contradiction", "founding-lprp"),
        # "hai nước" after a line that names the two
        (
            TWO + "Ngày 17/7/1977, hai nước ký Hiệp ước Hữu nghị và Hợp tác.",
            "Ngày 17/7/1977",
            "contradiction",
            None,
        ),
        # a timeline's entry after a colon, a person's honorific first, a verb in the present
        ("- ໒໑ພະຈິກ໑໙໙໓: ທ່ານໄກສອນພົມວິຫານເຖິງແກ່ອະສັນຍະກຳ.", "໒໑ພະຈິກ໑໙໙໓", "contradiction", None),
        ("- ໙ມັງກອນ໑໙໙໕: ທ່ານສຸພານຸວົງເຖິງແກ່ອະສັນຍະກຳ.", "໙ມັງກອນ໑໙໙໕", "ok", "death-souphanouvong"),
        (
            "- 21 November 1991 – President Kaysone Phomvihane dies in Vientiane.",
            "21 November 1991",
            "contradiction",
            None,
        ),
        ("- ໑໘ກໍລະກົດ໑໙໗໘: ລົງນາມສົນທິສັນຍາມິດຕະພາບ-ການຮ່ວມມືລາວ-ຫວຽດນາມ.", "໑໘ກໍລະກົດ໑໙໗໘", "contradiction", None),
        # a label that opens its line, then a colon
        (TWO + "• Ngày thiết lập quan hệ ngoại giao: 5/9/1963.", "5/9/1963", "contradiction", None),
        (TWO + "• Quốc khánh Lào: 2/12/1976.", "2/12/1976", "contradiction", "founding-lao-pdr"),
        (
            TWO + "• Ngày thành lập Đảng Nhân dân Cách mạng Lào: 22/3/1955.",
            "22/3/1955",
            "ok",
            "founding-lprp",
        ),
        # an anniversary's count between the name and its bracket; a person's birthday words
        (
            "ປີ 2025: ວັນສ້າງຕັ້ງ ພັກປະຊາຊົນປະຕິວັດລາວ ຄົບຮອບ 70 ປີ (22 ມີນາ 1956).",
            "22 ມີນາ 1956",
            "contradiction",
            "founding-lprp",
        ),
        (
            "• ໑໓ ທັນວາ: ວັນຄ້າຍວັນເກີດ ທ່ານ ໄກສອນ ພົມວິຫານ (໑໓ ທັນວາ ໑໙໒໑), ຄົບຮອບ ໑໐໖ ປີ.",
            "໑໓ ທັນວາ ໑໙໒໑",
            "contradiction",
            "birth-kaysone-phomvihane",
        ),
    ],
)
def test_dates_set_off_from_a_founding_name(text: str, said: str, verdict: str, record: str | None) -> None:
    found = [(v, r) for t, v, r in dates(text) if t == said]
    assert [v for v, _r in found] == [verdict]
    if record is not None and verdict == "ok":
        assert found[0][1] == record


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # "hai nước" with no text before that names the two: not said whose relations
        ("Ngày 17/7/1976, hai nước thiết lập quan hệ ngoại giao.", "Ngày 17/7/1976"),
        # a label's colon after a body with no founding words: a meeting's day, not the founding's
        ("• Đảng Nhân dân Cách mạng Lào: 22/3/1956.", "22/3/1956"),
        # a date near the publication after a national day's label is the celebration's
        (TWO + "• Quốc khánh Lào: 2/12/2025.", "2/12/2025"),
        # a person's name before a bracket without birthday or death words
        ("ທ່ານ ໄກສອນ ພົມວິຫານ (13 ທັນວາ 1921) ແລະ ປະທານ ສຸພານຸວົງ.", "13 ທັນວາ 1921"),
    ],
)
def test_what_is_set_off_without_its_founding_is_not_judged_as_one(text: str, said: str) -> None:
    assert [v for t, v, _r in dates(text) if t == said] in ([], ["unknown"], ["ok"])
    assert all(
        r is None or not r.startswith(("founding-", "birth-", "diplomatic"))
        for t, _v, r in dates(text)
        if t == said
    )


# ------------------------------------------------------------------- a quiz's answer to "when ...?"
@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        (
            "18. On what date did Vietnam and Laos establish diplomatic relations?\n    ANSWER: 5 September 1963.",
            "5 September 1963",
            "contradiction",
        ),
        (
            "Câu 3. Nước Cộng hòa Dân chủ Nhân dân Lào ra đời ngày nào? Ai là Chủ tịch nước đầu tiên?\n"
            "→ Đáp án: ngày 2/12/1976; Chủ tịch nước đầu tiên là Xuphanuvông.",
            "ngày 2/12/1976",
            "contradiction",
        ),
        (
            "Câu 4. Đảng Nhân dân Cách mạng Lào ra đời ngày nào?\n\n→ Đáp án: ngày 22/3/1955.",
            "ngày 22/3/1955",
            "ok",
        ),
        (
            "ຄຳຖາມທີ 2:ສົນທິສັນຍາມິດຕະພາບ-ການຮ່ວມມືລາວ-ຫວຽດນາມລົງນາມເມື່ອໃດ?\nຄຳຕອບ:ວັນທີ 18 ກໍລະກົດ 1978.",
            "ວັນທີ 18 ກໍລະກົດ 1978",
            "contradiction",
        ),
        ("Q: When was Kaysone Phomvihane born?\nA: 13 December 1921.", "13 December 1921", "contradiction"),
    ],
)
def test_an_answer_dates_the_founding_its_question_asks_about(text: str, said: str, verdict: str) -> None:
    assert [v for t, v, _r in dates(text) if t == said] == [verdict]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the question asks for an anniversary's day, not the founding's
        (
            "19. When is the 65th anniversary of diplomatic relations?\nANSWER: 5 September 1963.",
            "5 September 1963",
        ),
        # two foundings asked at once: not said which
        (
            "Q: When were the CPV and the LPRP founded?\nA: 3 February 1931 and 22 March 1955.",
            "3 February 1931",
        ),
        # the question does not ask when
        ("Q: Who founded the LPRP?\nA: 22 March 1956 is the day.", "22 March 1956"),
        # the date does not open the answer
        ("Q: When was the LPRP founded?\nA: It held a congress on 22 March 1956.", "22 March 1956"),
    ],
)
def test_an_answer_that_is_not_the_asked_founding_is_not_judged_as_one(text: str, said: str) -> None:
    assert "contradiction" not in [v for t, v, _r in dates(text) if t == said]


# A life's two dates in one sentence ("born on ... and died on ..."): the second is the same
# person's, after "and" or a comma. Kaysone Phomvihane died on 21 November 1992, Souphanouvong
# on 9 January 1995.
@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        ("Kaysone Phomvihane was born on 13 December 1920 and died on 21 November 1991.", "21 November 1991", "contradiction"),
        ("Kaysone Phomvihane was born on 13 December 1920, died on 21 November 1992.", "21 November 1992", "ok"),
        ("Hoàng thân Xuphanuvông sinh ngày 13/7/1909 và mất ngày 9/1/1996.", "ngày 9/1/1996", "contradiction"),
        ("ທ່ານໄກສອນພົມວິຫານເກີດວັນທີ13ທັນວາ1920,ເສຍຊີວິດວັນທີ21ພະຈິກ1991.", "ວັນທີ21ພະຈິກ1991", "contradiction"),
        ("ທ່ານໄກສອນພົມວິຫານເກີດວັນທີ13ທັນວາ1920ແລະເສຍຊີວິດວັນທີ21ພະຈິກ1992.", "ວັນທີ21ພະຈິກ1992", "ok"),
        # "since" heads a clause whose subject is a country: its founding
        ("Since the Lao PDR was proclaimed on 2 December 1976, students have studied in Vietnam.", "2 December 1976", "contradiction"),
        ("ນັບແຕ່ສປປລາວຖືກສະຖາປະນາໃນວັນທີ໒ທັນວາ໑໙໗໖ນັກສຶກສາລາວໄດ້ໄປຮຽນ.", "ວັນທີ໒ທັນວາ໑໙໗໖", "contradiction"),
    ],
)  # fmt: skip
def test_a_lifes_second_date_and_a_founding_after_since(text: str, said: str, verdict: str) -> None:
    assert (said, verdict) in [(t, v) for t, v, _r in dates(text)]


# A life's years in brackets right after a person's name ("(1909-1995)") are their birth's and
# death's years.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Posters: President Souphanouvong (1909-1994).", "contradiction"),
        ("Posters: President Souphanouvong (1909-1995).", "ok"),
        ("Posters: Ho Chi Minh (1890–1969).", "ok"),
    ],
)
def test_a_lifes_years_in_brackets(text: str, verdict: str) -> None:
    assert [v for _t, v, _r in dates(text)] == [verdict]


# A founding's, a birth's or a death's day set off after its name between commas, or said to be
# its day after a word like "is": the LPRP was founded on 22 March 1955, Kaysone Phomvihane born
# on 13 December 1920, the Lao PDR proclaimed on 2 December 1975.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Lao National Day, 2 December 1975, is a public holiday.", "ok"),
        ("Lao National Day, 2 December 1976, is a public holiday.", "contradiction"),
        ("ສ່ວນ ວັນຊາດ ສປປ ລາວ, ວັນທີ 2 ທັນວາ 1976, ປີນີ້ ຄົບຮອບ 50 ປີ.", "contradiction"),
        ("The founding of the LPRP, 22 March 1956, is marked each year.", "contradiction"),
        ("The founding date of the LPRP is 22 March 1955.", "ok"),
        ("The founding date of the LPRP is 22 March 1956.", "contradiction"),
        ("The LPRP's founding date is 22 March 1956.", "contradiction"),
        ("Ngày thành lập Đảng Nhân dân Cách mạng Lào là 22/3/1956.", "contradiction"),
        ("ວັນເກີດ ປະທານ ໄກສອນ ພົມວິຫານ ແມ່ນ ວັນທີ 13 ທັນວາ 1921.", "contradiction"),
        ("The date of birth of Kaysone Phomvihane is 13 December 1920.", "ok"),
        # a body or a person with no words of its founding or of a life: the day may be anything's
        ("The LPRP, 22 March 1956, is marked.", "unknown"),
        ("Kaysone Phomvihane, 13 December 1921, spoke.", "unknown"),
        # a day nearer the publication than the founding: the celebration's, not the founding's
        # (and "its 50th", a bare ordinal after the founding's name, is that celebration: 2025's)
        ("Lao National Day, 2 December 2025, was its 50th.", "ok"),
    ],
)
def test_a_day_set_off_or_said_to_be_a_foundings(text: str, verdict: str) -> None:
    found = [v for t, v, _r in dates(text) if t[-4:].isdigit()]
    assert found[:1] == [verdict], dates(text)


def test_a_year_counted_as_an_anniversary_is_not_the_foundings() -> None:
    """A year that opens its clause before anniversary words is the anniversary's, not the founding's."""
    found = dates("Câu 4. Năm 2026 là kỷ niệm bao nhiêu năm Ngày thành lập Đảng Nhân dân Cách mạng Lào?")
    assert [(t, v) for t, v, _r in found] == [("Năm 2026", "unknown")]


# Numeric days in an English text are read where they can only be day first (dots, or a first
# number above 12), and a life's days right after a name, a mark closing them, are the life's:
# Kaysone Phomvihane lived from 13 December 1920 to 21 November 1992, Ho Chi Minh from 19 May
# 1890 to 2 September 1969.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Kaysone Phomvihane was born on 13.12.1921.", "contradiction"),
        ("Kaysone Phomvihane was born on 13/12/1920.", "ok"),
        ('The legend reads "Ho Chi Minh 19.5.1890 - 2.9.1969 / Kaysone Phomvihane".', "ok"),
        ('The legend reads "Kaysone Phomvihane 13.12.1921 - 21.11.1992".', "contradiction"),
        ("Souphanouvong 13 July 1909 – 9 January 1995, a prince, led the front.", "ok"),
        # "2/9/1969" may be the 2nd of September or February 9th: not read
        ("Ho Chi Minh died on 2/9/1969.", None),
    ],
)
def test_numeric_days_and_lives_after_a_name(text: str, verdict: str | None) -> None:
    found = [v for t, v, _r in dates(text) if any(c.isdigit() for c in t)]
    assert found == ([verdict] if verdict else [])


# A date followed by a clause of what happened on it: the Treaty of Amity and Cooperation was
# signed on 18 July 1977.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("He was in the hall in Vientiane on 18 July 1978 when the Treaty of Amity and Cooperation was signed.", "contradiction"),
        ("He was in the hall in Vientiane on 18 July 1977 when the Treaty of Amity and Cooperation was signed.", "ok"),
        ("Ông có mặt ở Viêng Chăn ngày 18/7/1978, khi Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào được ký kết.", "contradiction"),
        # no words of its signing: the day may be anything's
        ("He arrived on 18 July 1978 when the Treaty of Amity and Cooperation was still on everyone's mind.", "unknown"),
    ],
)  # fmt: skip
def test_a_date_then_when_a_founding_happened(text: str, verdict: str) -> None:
    assert [v for t, v, _r in dates(text)] == [verdict]


# A question and its answer on one line: Souphanouvong was born on 13 July 1909.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("ຂໍ້ 3. ສະເດັດເຈົ້າ ສຸພານຸວົງ ເກີດ ວັນ ໃດ? ຄຳຕອບ: ວັນທີ 13 ກໍລະກົດ 1910.", "contradiction"),
        ("ຂໍ້ 3. ສະເດັດເຈົ້າ ສຸພານຸວົງ ເກີດ ວັນ ໃດ? ຄຳຕອບ: ວັນທີ 13 ກໍລະກົດ 1909.", "ok"),
        ("Q3. When was Souphanouvong born? Answer: 13 July 1910.", "contradiction"),
        ("Q3. Who was Souphanouvong? Answer: 13 July 1910 is a date.", "unknown"),
    ],
)
def test_an_answer_on_its_questions_line(text: str, verdict: str) -> None:
    assert [v for t, v, _r in dates(text)] == [verdict]


# "died" alone before a year, a timeline's entry that opens with its year, and a day in brackets
# after founding words: Ho Chi Minh died on 2 September 1969, Kaysone Phomvihane on 21 November
# 1992; the Treaty was signed on 18 July 1977 and relations established on 5 September 1962.
@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        ("Ho Chi Minh died in 1968.", "in 1968", "contradiction"),
        ("Kaysone Phomvihane passed away in 1992.", "in 1992", "ok"),
        ("1963 – Vietnam and Laos establish diplomatic relations.", "1963", "contradiction"),
        ("- 1977: Treaty of Amity and Cooperation signed (18 June)", "18 June", "contradiction"),
        ("- 1977: Treaty of Amity and Cooperation signed (18 July)", "18 July", "ok"),
        # a year that heads a line with no founding after it dates nothing
        ("- 2026: a year of anniversaries", "2026", "unknown"),
    ],
)
def test_deaths_timeline_years_and_bracketed_days(text: str, said: str, verdict: str) -> None:
    assert (said, verdict) in [(t, v) for t, v, _r in dates(text)]


# A clause that opens with its date, then the name of what was founded, born or died, then the
# words of it: the Treaty was signed on 18 July 1977, the CPV founded on 3 February 1930,
# Kaysone Phomvihane died on 21 November 1992 and Ho Chi Minh on 2 September 1969.
@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        ("On 18 July 1976 the Treaty of Amity and Cooperation was signed.", "18 July 1976", "contradiction"),
        ("On 18 July 1977 the Treaty of Amity and Cooperation was signed.", "18 July 1977", "ok"),
        (
            "On 3 February 1931, the Communist Party of Vietnam was founded.",
            "3 February 1931",
            "contradiction",
        ),
        ("On 21 November 1991, Kaysone Phomvihane died in Vientiane.", "21 November 1991", "contradiction"),
        ("On 21 November 1992, Kaysone Phomvihane died in Vientiane.", "21 November 1992", "ok"),
        ("Ngày 2/9/1968, Chủ tịch Hồ Chí Minh qua đời.", "Ngày 2/9/1968", "contradiction"),
        ("ວັນທີ 21 ພະຈິກ 1993 ທ່ານ ໄກສອນ ພົມວິຫານ ເຖິງແກ່ອະສັນຍະກຳ.", "ວັນທີ 21 ພະຈິກ 1993", "contradiction"),
        # a date nearer the publication's year than the founding's is another day's
        (
            "On 18 July 2027 the Treaty of Amity and Cooperation signed in 1977 turns 50.",
            "18 July 2027",
            "unknown",
        ),
        # the founding words belong to an aside, not to the name the date opens the clause with
        (
            "On 18 July 1976 the Treaty of Amity and Cooperation, signed a year later, was prepared.",
            "18 July 1976",
            "unknown",
        ),
    ],
)
def test_a_date_then_the_name_then_the_founding_words(text: str, said: str, verdict: str) -> None:
    assert (said, verdict) in [(t, v) for t, v, _r in dates(text)]


def test_a_calendars_entry_of_a_founding_is_the_holiday() -> None:
    # a holiday calendar dates the anniversaries, not the foundings
    text = (
        "Holidays\n2 Dec 2026 – Lao National Day\n3 Feb 2026 – Founding of the Communist Party of Vietnam\n"
    )
    assert {v for _t, v, _r in dates(text)} == {"unknown"}


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # the name heads the sentence: "and died" is its verb too
        (
            "Souphanouvong became President in 1975 and died on 19 January 1995.",
            "19 January 1995",
            "contradiction",
        ),
        ("Souphanouvong became President in 1975 and died on 9 January 1995.", "9 January 1995", "ok"),
        # a relative clause of the name
        (
            'Her portrait of Souphanouvong, the "Red Prince" who became President in 1975 and died on 19 January '
            "1995, is the liveliest in print.",
            "19 January 1995",
            "contradiction",
        ),
        (
            "Xuphanuvông, người trở thành Chủ tịch nước năm 1975 và mất ngày 19/1/1995, là bạn lớn của Việt Nam.",
            "ngày 19/1/1995",
            "contradiction",
        ),
        # the nearest name is not the subject: another person's death is not read into it
        (
            "Kaysone Phomvihane met Souphanouvong in 1975 and died on 21 November 1993.",
            "21 November 1993",
            "unknown",
        ),
    ],
)
def test_a_death_joined_by_and_to_the_subjects_other_verb(text: str, said: str, verdict: str) -> None:
    assert [(t, v) for t, v, _r in dates(text) if t == said] == [(said, verdict)]


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # a Lao subject run into the founding words unspaced, after a date that opens the clause
        ("ວັນທີ 5 ກັນຍາ 1965 ລາວ ແລະ ຫວຽດນາມ ໄດ້ສ້າງຕັ້ງສາຍພົວພັນທາງການທູດ.", "ວັນທີ 5 ກັນຍາ 1965", "contradiction"),
        ("ວັນທີ 5 ກັນຍາ 1962 ລາວ ແລະ ຫວຽດນາມ ໄດ້ສ້າງຕັ້ງສາຍພົວພັນທາງການທູດ.", "ວັນທີ 5 ກັນຍາ 1962", "ok"),
        (
            "ລາວ ແລະ ຫວຽດນາມ ເປັນ ປະເທດ ເພື່ອນບ້ານ. ວັນທີ5ກັນຍາ1965ສອງຝ່າຍສ້າງຕັ້ງສາຍພົວພັນທາງການທູດ.",
            "ວັນທີ5ກັນຍາ1965",
            "contradiction",
        ),
        # "the two sides" with no text naming the two before: whose relations is not said
        ("ວັນທີ5ກັນຍາ1965ສອງຝ່າຍສ້າງຕັ້ງສາຍພົວພັນທາງການທູດ.", "ວັນທີ5ກັນຍາ1965", "unknown"),
    ],
)
def test_a_lao_subject_run_into_the_founding_words_after_an_opening_date(
    text: str, said: str, verdict: str
) -> None:
    assert [(t, v) for t, v, _r in dates(text) if t == said] == [(said, verdict)]


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # the parties that signed a document, in a relative clause of its name
        ("The Treaty of Amity and Cooperation that the two countries signed on 18 June 1977 remains the basis.", "18 June 1977", "contradiction"),
        ("The Treaty of Amity and Cooperation the two countries concluded on 18 June 1977 remains the basis.", "18 June 1977", "contradiction"),
        ("The Treaty of Amity and Cooperation that the two countries signed on 18 July 1977 remains the basis.", "18 July 1977", "ok"),
        ("Hiệp ước Hữu nghị và Hợp tác mà hai nước ký ngày 18/6/1977 là nền tảng.", "ngày 18/6/1977", "contradiction"),
        ("Hiệp ước Hữu nghị và Hợp tác hai nước ký ngày 18/7/1977 là nền tảng.", "ngày 18/7/1977", "ok"),
        ("The Treaty of Amity and Cooperation, concluded in 1978, remains the basis.", "in 1978", "contradiction"),
        # "concluded" is said of a document only: a congress's end dates no founding of its Party
        (
            "He congratulated his host on the 14th National Congress of the Communist Party of Viet Nam, which concluded on 23 January.",
            "23 January",
            "ok",
        ),
    ],
)  # fmt: skip
def test_a_document_signed_by_the_parties_of_a_relative_clause(text: str, said: str, verdict: str) -> None:
    assert [(t, v) for t, v, _r in dates(text) if t == said] == [(said, verdict)]


# A date set off by a comma right after the words of a death, a birth or a founding is theirs, as in
# a bracket: "ngày Chủ tịch Xuphanuvông qua đời, 9/1/1996" (he died on 9 January 1995).
@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        ("Tôi chép bài điếu văn ngày Chủ tịch Xuphanuvông qua đời, 9/1/1996.", "9/1/1996", "contradiction"),
        (
            "I copied the eulogy on the day President Souphanouvong died, 9 January 1995.",
            "9 January 1995",
            "ok",
        ),
        (
            "Vietnam–Laos diplomatic relations established, 5 September 1963",
            "5 September 1963",
            "contradiction",
        ),
    ],
)
def test_a_date_set_off_by_a_comma_after_life_or_founding_words_is_theirs(
    text: str, said: str, verdict: str
) -> None:
    assert (said, verdict) in [(t, v) for t, v, _r in dates(text)]
