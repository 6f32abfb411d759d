# SPDX-License-Identifier: MIT
"""
Sentences that once gave false contradictions, and the slips next to them that must still be
caught: other countries' figures and anniversaries (the record holds Vietnam's and Laos's
only), one country's trade with the world, anniversaries of nothing named, horizons of two
targets in one sentence, titles in sentences dated by a month or a year, and events elsewhere.
When the record does not know, the verdict is ``unknown``, with its reason.
"""

from __future__ import annotations

from datetime import date

import pytest

import vnla
from vnla.checker import Checker, Verdict
from vnla.checker.index import _bare_foundings
from vnla.checker.vocabulary import other_countries

CHECKER = Checker()


def judged(
    text: str, kinds: tuple[str, ...] = ("amount", "change", "figure", "ratio"), **kwargs: object
) -> list[tuple[str, str, str]]:
    report = CHECKER.check_text(text, published=kwargs.get("published", date(2026, 1, 20)))  # type: ignore[arg-type]
    return [(f.text, f.verdict.value, f.message) for f in report.findings if f.kind in kinds]


@pytest.mark.parametrize(
    ("text", "figure", "country"),
    [
        (
            "Vietnam-Cambodia trade reached 10 billion USD in 2025, officials said.",
            "10 billion USD",
            "Cambodia",
        ),
        (
            "Trade between Vietnam and Thailand is expected to reach 25 billion USD soon.",
            "25 billion USD",
            "Thailand",
        ),
        (
            "Unlike China, whose trade with Laos topped 8 billion USD in 2025, Vietnam lagged.",
            "8 billion USD",
            "China",
        ),
        (
            "Vietnam's trade with ASEAN partners topped 80 billion U.S. dollars in 2025.",
            "80 billion U.S. dollars",
            "ASEAN",
        ),
        ("Thương mại Việt Nam - Thái Lan đạt 20 tỷ USD năm 2025.", "20 tỷ USD", "Thái Lan"),
        ("ມູນຄ່າການຄ້າ ລາວ-ຈີນ ປີ 2025 ບັນລຸປະມານ 8 ຕື້ໂດລາສະຫະລັດ.", "ປະມານ 8 ຕື້ໂດລາສະຫະລັດ", "ຈີນ"),
    ],
)
def test_another_countrys_figure_is_unknown_and_says_why(text: str, figure: str, country: str) -> None:
    [(_said, verdict, message)] = [f for f in judged(text) if f[0] == figure]
    assert verdict == "unknown"
    assert message.startswith(f"its sentence names {country}: it may be that country's figure")


def test_the_same_figures_of_vietnam_and_laos_are_judged() -> None:
    """The planted slips the rule must not hide: Vietnam and Laos named, no other country."""
    assert (
        judged("Bilateral trade between Vietnam and Laos reached 10 billion USD in 2025.")[0][1]
        == "contradiction"
    )
    assert judged("Kim ngạch thương mại Việt Nam - Lào năm 2025 đạt 20 tỷ USD.")[0][1] == "contradiction"
    # another country in another clause, and the figure's own clause names both: judged
    said = judged("Laos' trade with Vietnam reached 2.98 billion USD in 2025, second only to China.")
    assert said[0][:2] == ("2.98 billion USD", "ok")
    said = judged("Laos' trade with Vietnam reached 9.8 billion USD in 2025, second only to China.")
    assert said[0][:2] == ("9.8 billion USD", "contradiction")


def test_a_currency_named_for_a_country_is_no_other_country() -> None:
    found = other_countries()
    for text in ("12 billion U.S. dollars", "đạt 3 tỷ đô la Mỹ", "ບັນລຸ 12 ຕື້ໂດລາສະຫະລັດ", "US$10 billion"):
        assert found.find(text, 0, len(text)) == [], text
    assert found.find("the U.S. and Laos", 0, 17) == [(4, "U.S.")]
    assert (
        judged("The two sides aim to raise bilateral trade to 12 billion U.S. dollars.")[0][1]
        == "contradiction"
    )


def test_a_common_word_cldr_names_a_country_with_is_not_one() -> None:
    """Lao "ຊາດ" (nation, in "ວັນຊາດ", National Day) is also CLDR's name of Chad."""
    text = "ວັນຊາດ ສປປ ລາວ ຄົບຮອບ 50 ປີ"
    assert other_countries().find(text, 0, len(text)) == []


def test_horizon_words_after_a_figure_are_its_own() -> None:
    text = "The two neighbours aim to lift their two-way trade to 5 billion USD in the near term and to {} in the longer term."
    assert [v for _t, v, _m in judged(text.format("10 billion USD"))] == ["ok", "ok"]
    assert [v for _t, v, _m in judged(text.format("12 billion USD"))] == ["ok", "contradiction"]


@pytest.mark.parametrize(
    ("text", "verdict", "reason"),
    [
        (
            "The Japan-Vietnam partnership marked its 50th anniversary in 2023.",
            "unknown",
            "its sentence names Japan",
        ),
        (
            "Cambodia celebrated the 72nd anniversary of its National Day in 2025.",
            "unknown",
            "its sentence names Cambodia",
        ),
        (
            "Japan and Laos marked the 70th anniversary of their diplomatic relations in 2025.",
            "unknown",
            "its sentence names Japan",
        ),
        (
            "The club marked its 50th anniversary in 2023.",
            "unknown",
            "no founding the record holds is named with it",
        ),
        # the two's founding named without them, in a sentence that names both and no other country
        (
            "They marked the 63rd anniversary of diplomatic relations between Vietnam and Laos in 2025.",
            "ok",
            "",
        ),
        (
            "They marked the 64th anniversary of diplomatic relations between Vietnam and Laos in 2025.",
            "contradiction",
            "1962-09-05",
        ),
        (
            "Laos marked the 63rd anniversary of diplomatic relations with Japan in 2025.",
            "unknown",
            "its sentence names Japan",
        ),
        (
            "The two sides marked the 64th anniversary of diplomatic relations in 2025.",
            "unknown",
            "no founding",
        ),
        ("Receptions marked the 63rd anniversary of Vietnam-Laos diplomatic relations in 2025.", "ok", ""),
        (
            "Receptions marked the 65th anniversary of Vietnam-Laos diplomatic relations in 2025.",
            "contradiction",
            "1962-09-05",
        ),
        (
            "Năm 2025 kỷ niệm 65 năm thiết lập quan hệ ngoại giao Việt Nam - Lào.",
            "contradiction",
            "1962-09-05",
        ),
        ("Laos marked the 50th anniversary of its National Day on 2 December 2025.", "ok", ""),
        (
            "Laos marked the 51st anniversary of its National Day on 2 December 2025.",
            "contradiction",
            "1975-12-02",
        ),
        (
            "Today the Lao People's Revolutionary Party marks its 75th anniversary.",
            "contradiction",
            "1955-03-22",
        ),
        ("Today the Lao People's Revolutionary Party marks its 70th anniversary.", "ok", ""),
    ],
)
def test_anniversaries_count_from_what_is_named(text: str, verdict: str, reason: str) -> None:
    [(_said, got, message)] = judged(text, ("ordinal",), published=date(2025, 3, 22))
    assert got == verdict, message
    assert reason in message


def test_every_unknown_anniversary_says_why() -> None:
    text = "The club marked its 50th anniversary, and the school its 20th anniversary, in 2023."
    ordinals = [f for f in CHECKER.check_text(text).findings if f.kind == "ordinal"]
    assert [f.text for f in ordinals] == ["50th anniversary", "20th anniversary"]
    assert all(f.verdict is Verdict.UNKNOWN and f.message for f in ordinals)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Laos' total trade reached 15 billion USD in 2025.", "Laos"),
        ("Vietnam's total import-export turnover reached 930 billion USD in 2025.", "Vietnam"),
        ("Tổng kim ngạch xuất nhập khẩu của Việt Nam năm 2025 đạt 930 tỷ USD.", "Việt Nam"),
        ("Global trade grew 3 percent in 2025.", "Global"),
        ("Laos' foreign trade turnover was about 14 billion USD in 2024.", "foreign trade"),
        ("ມູນຄ່າການຄ້າຕ່າງປະເທດ ຂອງ ລາວ ປີ 2025 ບັນລຸ ປະມານ 15 ຕື້ໂດລາສະຫະລັດ.", "ຕ່າງປະເທດ"),
    ],
)
def test_one_countrys_trade_with_the_world_is_unknown_and_says_why(text: str, words: str) -> None:
    [(_said, verdict, message)] = judged(text)
    assert verdict == "unknown"
    assert message.startswith(f"its sentence says {words!r} and names no trade partner")


@pytest.mark.parametrize(
    "text",
    [
        "Trade reached 9.98 billion USD in 2025.",  # no country: the article's trade
        "Trade with Laos reached 9.98 billion USD in 2025.",
        "Laos' trade with Vietnam reached 9.98 billion USD in 2025.",
        "Total two-way trade reached 9.98 billion USD in 2025.",
        "Thương mại Việt – Lào năm 2025 đạt 9,98 tỷ USD.",
        "Kim ngạch thương mại song phương năm 2025 đạt 9,98 tỷ USD.",
        "Cụ thể, tổng kim ngạch đạt 9,98 tỷ USD năm 2025.",
        "ມູນຄ່າການຄ້າສອງຝ່າຍ ປີ 2025 ບັນລຸ 9,98 ຕື້ໂດລາສະຫະລັດ.",
        "We have agreed with our Lao friends to push trade to 7 billion dollars as soon as possible.",
    ],
)
def test_trade_between_the_two_is_still_judged(text: str) -> None:
    """A planted slip in trade the sentence makes bilateral, or leaves to its article: caught."""
    assert [v for _t, v, _m in judged(text)] == ["contradiction"]


# the Lao trade surplus with Vietnam in 2024 was about 732.7 million USD
BILATERAL_2024 = {
    "en": "Trade between Vietnam and Laos reached 2.2 billion USD in 2024. ",
    "vi": "Thương mại Việt Nam - Lào năm 2024 đạt 2,2 tỷ USD. ",
    "lo": "ມູນຄ່າການຄ້າ ລາວ - ຫວຽດນາມ ປີ 2024 ບັນລຸ 2,2 ຕື້ໂດລາ. ",
}
SURPLUS = {
    "en": "Laos posted a surplus of about {} million USD.",
    "vi": "Lào xuất siêu khoảng {} triệu USD.",
    "lo": "ລາວ ເກີນດຸນການຄ້າ ປະມານ {} ລ້ານໂດລາ.",
}
DECIMAL = {"en": "{}.7", "vi": "{},7", "lo": "{},7"}


@pytest.mark.parametrize("lang", sorted(SURPLUS))
@pytest.mark.parametrize(("whole", "verdict"), [("732", "ok"), ("372", "contradiction")])
def test_a_sentence_of_one_country_goes_on_with_the_two_countries_trade(
    lang: str, whole: str, verdict: str
) -> None:
    """ "Trade between Vietnam and Laos ... Laos posted a surplus of ...": the surplus with Vietnam."""
    figure = DECIMAL[lang].format(whole)
    text = BILATERAL_2024[lang] + SURPLUS[lang].format(figure)
    report = CHECKER.check_text(text, published=date(2025, 12, 10), lang=lang)
    found = [f.verdict.value for f in report.findings if f.kind == "amount" and figure in f.text]
    assert found == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        # another paragraph
        BILATERAL_2024["en"] + "\n\n" + SURPLUS["en"].format("372.7"),
        # a country's total trade
        BILATERAL_2024["en"] + "Laos' total trade reached about 15 billion USD in 2025.",
        BILATERAL_2024["vi"] + "Tổng kim ngạch xuất nhập khẩu của Lào năm 2025 đạt khoảng 15 tỷ USD.",
        # another country between
        BILATERAL_2024["en"] + "Laos exported 1.4 billion USD to Thailand. " + SURPLUS["en"].format("372.7"),
    ],
)
def test_a_sentence_of_one_country_is_still_its_own_elsewhere(text: str) -> None:
    report = CHECKER.check_text(text, published=date(2025, 12, 10))
    assert "contradiction" not in [f.verdict.value for f in report.findings]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("President Tô Lâm visited Laos in July 2024.", "ok"),  # President from May to October 2024
        ("In 2024, President To Lam visited Laos.", "ok"),
        ("President To Lam visited Laos on July 11, 2024.", "ok"),
        ("President To Lam visited Laos in 2023.", "contradiction"),  # a period wholly outside his term
        ("President To Lam visited Laos.", "contradiction"),  # on the publication day he was not
        ("President To Lam visited Laos on March 11, 2023.", "contradiction"),
        ("Năm 2024, Chủ tịch nước Tô Lâm thăm chính thức Lào.", "ok"),  # a year at a sentence's start
        ("Chủ tịch nước Tô Lâm thăm Lào tháng 7/2024.", "ok"),
    ],
)
def test_a_title_in_a_sentence_dated_by_a_month_or_a_year_is_that_times(text: str, verdict: str) -> None:
    """Judged on the publication day, "President To Lam ... in July 2024" was a false contradiction."""
    [(_said, got, message)] = judged(text, ("title",), published=date(2026, 2, 5))
    assert got == verdict, message


def test_an_event_elsewhere_is_not_the_one_a_date_means() -> None:
    """The talks in Vientiane on 5 February are not the Hanoi meeting of 26 January."""
    text = "On January 26, Prime Minister Pham Minh Chinh met Lao counterpart Sonexay Siphandone in Hanoi."
    [(_said, verdict, _message)] = judged(text, ("date",), published=date(2026, 2, 5))
    assert verdict == "unknown"
    # the same date with the talks that were in Hanoi that day, and a planted day
    text = "On January {}, To Lam and Thongloun Sisoulith held talks in Hanoi."
    assert judged(text.format(26), ("date",))[0][1] == "ok"
    assert judged(text.format(27), ("date",))[0][1] == "contradiction"


@pytest.mark.parametrize(
    ("text", "published", "verdict"),
    [
        ("Last year, President To Lam visited Laos.", date(2025, 3, 1), "ok"),  # 2024: President then
        ("Năm ngoái, Chủ tịch nước Tô Lâm thăm Lào.", date(2025, 3, 1), "ok"),
        ("Last year, President To Lam visited Laos.", date(2026, 2, 5), "contradiction"),  # 2025: not
        ("President To Lam visited Laos.", date(2025, 3, 1), "contradiction"),
    ],
)
def test_last_year_dates_a_title_by_the_year_before_the_text(
    text: str, published: date, verdict: str
) -> None:
    [(_said, got, message)] = judged(text, ("title",), published=published)
    assert got == verdict, message


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # published on Monday 2 February 2026; the talks in Vientiane were on Thursday 5 February
        ("To Lam will hold talks with Thongloun Sisoulith in Vientiane on Thursday.", "ok"),
        ("Tô Lâm sẽ hội đàm với Thongloun Sisoulith tại Viêng Chăn vào thứ Năm.", "ok"),
        ("To Lam will hold talks with Thongloun Sisoulith in Vientiane on Wednesday.", "contradiction"),
        ("To Lam held talks with Thongloun Sisoulith in Vientiane on Thursday.", "contradiction"),
    ],
)
def test_a_bare_weekday_after_a_verb_in_the_future_is_the_coming_one(text: str, verdict: str) -> None:
    [(_said, got, message)] = judged(text, ("date",), published=date(2026, 2, 2))
    assert got == verdict, message


def test_a_future_verb_in_another_clause_leaves_the_weekday_past() -> None:
    text = "To Lam, who will visit Japan, held talks with Thongloun Sisoulith in Hanoi on Monday."
    assert judged(text, ("date",), published=date(2026, 1, 27))[0][1] == "ok"


@pytest.mark.parametrize(
    ("text", "wordings", "country"),
    [
        (
            "Vietnam and the United States upgraded ties to a comprehensive strategic partnership in 2023.",
            ["strategic partnership"],
            "United States",
        ),
        (
            "Japan and Vietnam elevated relations to a Comprehensive Strategic Partnership for peace and "
            "prosperity in Asia.",
            ["Strategic Partnership"],
            "Japan",
        ),
        (
            "Vietnam and Cambodia pledged to deepen their traditional friendship and comprehensive cooperation.",
            ["traditional friendship", "comprehensive cooperation"],
            "Cambodia",
        ),
        (
            "Việt Nam và Hoa Kỳ nâng cấp quan hệ lên Đối tác chiến lược toàn diện vào năm 2023.",
            ["Đối tác chiến lược"],
            "Hoa Kỳ",
        ),
        ("ລາວ ແລະ ຈີນ ເປັນຄູ່ຮ່ວມຍຸດທະສາດ ແລະ ມິດຕະພາບອັນຍິ່ງໃຫຍ່.", ["ມິດຕະພາບອັນຍິ່ງໃຫຍ່"], "ຈີນ"),
    ],
)
def test_a_wording_of_another_countrys_relations_is_unknown_not_a_variant(
    text: str, wordings: list[str], country: str
) -> None:
    """A framework wording in a sentence about another country's ties: no warning, a reason."""
    said = judged(text, kinds=("framework",))
    assert [w for w, _v, _m in said] == wordings
    for _wording, verdict, message in said:
        assert verdict == "unknown"
        assert message.startswith(
            f"its sentence names {country}: the wording may be of that country's relations"
        )


def test_the_framework_of_vietnam_and_laos_is_judged_beside_other_countries() -> None:
    """Both countries named, no other in the wording's clause: the variant is still caught."""
    said = judged(
        "Vietnam and Laos enjoy a comprehensive strategic partnership, the Cambodian envoy said.",
        kinds=("framework",),
    )
    assert said[0][:2] == ("strategic partnership", "variant")
    said = judged(
        "Việt Nam và Lào có tình hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện, Đại sứ Campuchia nhận định.",
        kinds=("framework",),
    )
    assert [(w, v) for w, v, _m in said] == [
        ("hữu nghị vĩ đại", "ok"),
        ("đoàn kết đặc biệt", "ok"),
        ("hợp tác toàn diện", "ok"),
    ]
    # the other country in the wording's own clause: it may be that country's partnership
    said = judged(
        "Vietnam treasures its special solidarity with Laos and its comprehensive strategic partnership with China.",
        kinds=("framework",),
    )
    assert {v for _w, v, _m in said} == {"unknown"}


def test_a_wording_judged_again_is_one_finding_in_every_output() -> None:
    """The name's own verdict gives way to the judge's: one finding a span, counted once."""
    report = CHECKER.check_text(
        "Japan and Vietnam elevated relations to a Comprehensive Strategic Partnership."
    )
    spans = [f.span for f in report.findings]
    assert len(spans) == len(set(spans))
    assert report.counts()["variant"] == 0
    [many] = CHECKER.check_texts(
        ["Japan and Vietnam elevated relations to a Comprehensive Strategic Partnership."]
    )
    assert [(f.span, f.verdict) for f in many.findings] == [(f.span, f.verdict) for f in report.findings]


@pytest.mark.parametrize(
    "text",
    [
        "Trade between the two countries in January 2026 reached 300 million USD, up 15 percent year on year.",
        "Kim ngạch thương mại hai nước tháng 1 năm 2026 đạt 300 triệu USD, tăng 15% so với cùng kỳ.",
        "ມູນຄ່າການຄ້າສອງປະເທດເດືອນມັງກອນ 2026 ບັນລຸ 300 ລ້ານໂດລາ, ເພີ່ມຂຶ້ນ 15%.",
    ],
)
def test_a_months_figure_is_that_months_not_the_years(text: str) -> None:
    """ "January 2026" is a month: its change is not compared with the year 2025 as a whole."""
    said = judged(text, published=date(2026, 2, 10))
    assert [v for _t, v, _m in said] == ["unknown", "unknown"]
    assert "2026-01" in said[0][2]


def test_a_months_figure_against_the_record_is_still_judged() -> None:
    """A month range the record holds is still compared, right and wrong."""
    assert (
        judged("Trade between the two countries in January-March 2025 reached 979 million USD.")[0][1] == "ok"
    )
    assert (
        judged("Trade between the two countries in January-March 2025 reached 1.5 billion USD.")[0][1]
        == "contradiction"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lao National Assembly President Saysomphone Phomvihane welcomed the delegation.",
        "Lao National Assembly Chairman Saysomphone Phomvihane welcomed the delegation.",
        "National Assembly President Saysomphone Phomvihane welcomed the delegation.",
    ],
)
def test_a_bodys_president_before_a_name_is_the_bodys_head(text: str) -> None:
    assert [v for _t, v, _m in judged(text, kinds=("title",))] == ["ok"]


def test_a_bodys_president_is_still_compared_with_the_persons_offices() -> None:
    said = judged("Lao National Assembly President Thongloun Sisoulith spoke.", kinds=("title",))
    assert [v for _t, v, _m in said] == ["contradiction"]
    assert judged("Lao President Saysomphone Phomvihane spoke.", kinds=("title",))[0][1] == "contradiction"
    assert (
        judged("Outgoing President Saysomphone Phomvihane spoke.", kinds=("title",))[0][1] == "contradiction"
    )


@pytest.mark.parametrize(
    "text",
    [
        "NA President Saysomphone Phomvihane welcomed the delegation.",
        "LFND President Saysomphone Phomvihane welcomed the delegation.",
        "Lao Front for National Development President Saysomphone Phomvihane spoke.",
        "Chairman Saysomphone Phomvihane spoke.",
    ],
)
def test_the_head_of_a_body_the_record_does_not_name_is_unknown_and_says_why(text: str) -> None:
    [(_title, verdict, message)] = judged(text, kinds=("title",))
    assert verdict == "unknown"
    assert message.startswith("the title does not say which office it is")


def test_a_former_title_in_vietnamese_with_cuu() -> None:
    """ "Cựu" is "former", as "nguyên" is: the title once held is no contradiction."""
    said = judged(
        "Cựu Thủ tướng Lào Thongloun Sisoulith nay là Tổng Bí thư, Chủ tịch nước Lào.", kinds=("title",)
    )
    assert [v for _t, v, _m in said] == ["ok"]
    said = judged("Thủ tướng Lào Thongloun Sisoulith phát biểu.", kinds=("title",))
    assert [v for _t, v, _m in said] == ["contradiction"]


def test_a_congress_the_record_does_not_hold_is_not_another_partys() -> None:
    """The LPRP's 11th Congress (January 2021) is not the CPV's 13th of the same month."""
    said = judged("The 11th Congress of the LPRP was held in January 2021.", kinds=("date",))
    assert [v for _t, v, _m in said] == ["ok"]
    assert all("Lao" in m and "13th" not in m for _t, _v, m in said)
    # the party named picks its congress, whose wrong day is still caught
    said = judged("The congress of the LPRP opened on January 11, 2026.", kinds=("date",))
    assert [v for _t, v, _m in said] == ["contradiction"]
    assert "congress-lprp-12" in said[0][2]
    said = judged("The CPV 13th Congress opened on January 20, 2021.", kinds=("date",))
    assert [v for _t, v, _m in said] == ["contradiction"]


def test_a_month_that_holds_part_of_an_event_is_its_month() -> None:
    """A congress of January 25 to February 1 was held "in January 2021"."""
    said = judged("The 13th Congress of the CPV was held in January 2021.", kinds=("date",))
    assert [v for _t, v, _m in said] == ["ok"]


def test_the_founding_date_beside_an_anniversary_is_not_its_day() -> None:
    """ "founded on March 22, 1955, marks its 71st anniversary this month": 1955 is the founding's."""
    text = "The Lao People's Revolutionary Party was founded on March 22, 1955, and marks its {} anniversary this month."
    assert judged(text.format("71st"), kinds=("ordinal",), published=date(2026, 3, 5))[0][1] == "ok"
    assert (
        judged(text.format("75th"), kinds=("ordinal",), published=date(2026, 3, 5))[0][1] == "contradiction"
    )
    said = judged(
        "The Lao People's Revolutionary Party was founded on March 22, 1955, and marked its 71st anniversary in 2025.",
        kinds=("ordinal",),
    )
    assert [v for _t, v, _m in said] == ["contradiction"]


def test_a_congress_dated_on_a_recorded_congress_has_its_number() -> None:
    """The day a sentence gives names the congress: "the 11th Congress ... on January 8" (2026) is the 12th."""
    text = (
        "Thongloun Sisoulith was re-elected at the close of the {} Congress of the Lao People's "
        "Revolutionary Party in Vientiane on January 8."
    )
    [(_t, verdict, message)] = judged(text.format("11th"), kinds=("ordinal",), published=date(2026, 1, 9))
    assert verdict == "contradiction"
    assert "is the 12th (congress-lprp-12)" in message
    assert judged(text.format("12th"), kinds=("ordinal",), published=date(2026, 1, 9))[0][1] == "ok"
    # no day stated: the 11th, which the record holds (January 2021)
    [(_t, verdict, _m)] = judged("The 11th Congress of the LPRP was held in 2021.", kinds=("ordinal",))
    assert verdict == "ok"
    # an earlier congress the record does not hold says so
    [(_t, verdict, message)] = judged("The 10th Congress of the LPRP was held in 2016.", kinds=("ordinal",))
    assert verdict == "unknown"
    assert message.startswith("an earlier congress of the Lao People's Revolutionary Party than the")


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "The two sides agreed to build a strategic partnership in digital transformation.",
            "in digital transformation",
        ),
        (
            "The two countries pledged to strengthen their strategic partnership in energy and transport.",
            "in energy and transport",
        ),
        (
            "Hai bên nhất trí tăng cường quan hệ đối tác chiến lược trong lĩnh vực năng lượng.",
            "trong lĩnh vực năng lượng",
        ),
        ("ສອງຝ່າຍ ຕົກລົງ ເສີມຂະຫຍາຍ ຫຸ້ນສ່ວນຍຸດທະສາດດ້ານພະລັງງານ.", "ດ້ານພະລັງງານ"),
    ],
)
def test_a_variant_limited_to_a_field_is_unknown_not_a_variant(text: str, field: str) -> None:
    """A sectoral "strategic partnership", alone in its sentence, is no wording of the fourth element."""
    [(_w, verdict, message)] = judged(text, kinds=("framework",))
    assert verdict == "unknown"
    assert message.startswith(f"limited to a field ({field!r})")


def test_a_variant_in_a_listing_or_alone_is_still_a_variant() -> None:
    """The framework's own wordings: in a listing ("... in all fields") or with no field, judged as before."""
    said = judged(
        "Laos and Vietnam pledged special solidarity, comprehensive cooperation and strategic connectivity in all fields.",
        kinds=("framework",),
    )
    assert [v for _w, v, _m in said] == ["ok", "ok", "variant"]
    assert [
        v for _w, v, _m in judged("Vietnam and Laos enjoy a strategic partnership.", kinds=("framework",))
    ] == ["variant"]
    # a variant that is no common term stays a variant, limited or not (seed 004's first words)
    said = judged(
        "Strategic alignment in political relations remains the core pillar of Laos–Vietnam cooperation.",
        kinds=("framework",),
    )
    assert [v for _w, v, _m in said] == ["variant"]
    # a recorded wording (not a variant) limited to a field stays as it is
    said = judged("The two sides expanded comprehensive cooperation in education.", kinds=("framework",))
    assert [v for _w, v, _m in said] == ["ok"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Vietnam is Laos' third largest trading partner, with two-way trade of 9.8 billion USD in 2025, "
            "behind Thailand and China.",
            "contradiction",
        ),
        (
            "Vietnam is Laos' third largest trading partner, with two-way trade of 2.98 billion USD in 2025, "
            "behind Thailand and China.",
            "ok",
        ),
        (
            "Việt Nam là đối tác thương mại lớn thứ ba của Lào, với kim ngạch hai chiều năm 2025 đạt 9,8 tỷ USD, "
            "chỉ sau Thái Lan và Trung Quốc.",
            "contradiction",
        ),
    ],
)
def test_countries_a_figure_is_ranked_against_leave_it_the_two_countries(text: str, verdict: str) -> None:
    """ "..., behind Thailand and China." ranks the figure's subject: judged, the slip caught."""
    assert [v for _t, v, _m in judged(text)] == [verdict]


@pytest.mark.parametrize(
    ("text", "figure", "country"),
    [
        (
            "Vietnam's investment in Laos reached 5.7 billion USD, after China's 10 billion USD.",
            "10 billion USD",
            "China",
        ),
        (
            "Vietnam-Cambodia trade reached 10 billion USD in 2025, behind Thailand.",
            "10 billion USD",
            "Cambodia",
        ),
        ("Trade with Thailand reached 8 billion USD, ahead of China.", "8 billion USD", "Thailand"),
    ],
)
def test_a_ranking_word_does_not_hide_another_countrys_figure(text: str, figure: str, country: str) -> None:
    [(_t, verdict, message)] = [f for f in judged(text) if f[0] == figure]
    assert verdict == "unknown"
    assert message.startswith(f"its sentence names {country}")


def test_the_first_month_of_a_year_is_its_january() -> None:
    """ "the first month of 2026" is January 2026, not the year: its change is not the year's."""
    said = judged(
        "Trade in the first month of 2026 rose 25 percent from a year earlier to 290 million USD.",
        published=date(2026, 2, 10),
    )
    assert [v for _t, v, _m in said] == ["unknown", "unknown"]
    assert "2026-01" in said[1][2]


def test_a_title_the_record_never_lists_beside_one_it_lists_is_unknown() -> None:
    """ "Deputy Prime Minister and Foreign Minister X": the record may lack the first office."""
    [(_t, verdict, message)] = judged(
        "Lao Deputy Prime Minister and Foreign Minister Thongsavanh Phomvihane met him.",
        kinds=("title",),
        published=date(2026, 2, 10),
    )
    assert verdict == "unknown"
    # a deputy's office: one several people hold at once, which the record may lack alone too
    assert message.startswith("the record has no Deputy Prime Minister office for Thongsavanh Phomvihane")
    [(_t, verdict, _m)] = judged(
        "Deputy Prime Minister Thongsavanh Phomvihane met him.", kinds=("title",), published=date(2026, 2, 10)
    )
    assert (
        verdict == "unknown"
    )  # a foreign minister may be a deputy prime minister too (Saleumxay Kommasith was)
    # an office of one holder at a time, held once with other dates, is still a contradiction
    for text in (
        "General Secretary and Prime Minister Thongloun Sisoulith spoke.",
        "President and Prime Minister Saysomphone Phomvihane spoke.",
    ):
        assert [v for _t, v, _m in judged(text, kinds=("title",), published=date(2026, 2, 10))] == [
            "contradiction"
        ], text


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # found by probing: "the founding of the Lao PDR" named no founding the record holds
        ("Laos will mark the 50th anniversary of the founding of the Lao PDR on December 2, 2025.", "ok"),
        (
            "Laos will mark the 48th anniversary of the founding of the Lao PDR on December 2, 2025.",
            "contradiction",
        ),
        ("Hà Nội kỷ niệm 50 năm thành lập nước CHDCND Lào vào ngày 2/12/2025.", "ok"),
        ("Hà Nội kỷ niệm 45 năm thành lập nước CHDCND Lào vào ngày 2/12/2025.", "contradiction"),
        ("ວັນສ້າງຕັ້ງ ສປປ ລາວ ຄົບຮອບ 50 ປີ ໃນວັນທີ 2 ທັນວາ 2025.", "ok"),
        ("ວັນສ້າງຕັ້ງ ສປປ ລາວ ຄົບຮອບ 40 ປີ ໃນວັນທີ 2 ທັນວາ 2025.", "contradiction"),
        # a country inside a longer name is not the country's founding
        ("Hanoi marked the 81st anniversary of the founding of Vietnam's People's Army in 2025.", "unknown"),
        ("Hanoi marked the 81st anniversary of the founding of Vietnam People's Army in 2025.", "unknown"),
        ("Kỷ niệm 81 năm ngày thành lập Quân đội nhân dân Việt Nam năm 2025.", "unknown"),
        ("ວັນສ້າງຕັ້ງກອງທັບປະຊາຊົນລາວ ຄົບຮອບ 76 ປີ ໃນປີ 2025.", "unknown"),
    ],
)
def test_the_founding_of_a_country_is_its_national_day(text: str, verdict: str) -> None:
    [(_said, got, _message)] = judged(text, ("ordinal",), published=date(2025, 12, 3))
    assert got == verdict


def test_a_past_anniversary_with_no_year_is_unknown_and_says_why() -> None:
    [(_said, verdict, message)] = judged(
        "ວັນສ້າງຕັ້ງ ສປປ ລາວ ຄົບຮອບ 45 ປີ.", ("ordinal",), published=date(2025, 12, 3)
    )
    assert verdict == "unknown"
    assert message == (
        "the text states no year, and the 45th anniversary of Lao National Day fell in 2020: it may recall that one"
    )


def test_lao_pdr_names_laos() -> None:
    [finding] = [
        f for f in CHECKER.check_text("The Lao PDR joined ASEAN in 1997.").findings if f.text == "Lao PDR"
    ]
    assert finding.verdict is Verdict.OK and finding.record == "LA"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # found by the golden output of seed-like news: the country in the later clause was taken
        (
            "Tổng Bí thư chúc mừng nhân dân Lào đã tổ chức thành công lễ kỷ niệm 50 năm Quốc khánh, "
            "đồng thời khẳng định Việt Nam luôn coi trọng quan hệ với Lào.",
            "ok",
        ),
        ("Laos marked its 50th National Day, and Vietnam sent a delegation.", "ok"),
        ("Kỷ niệm 40 năm Quốc khánh nước CHDCND Lào vào ngày 2/12/2025.", "contradiction"),
        ("Vietnam celebrated its 81st National Day on September 2, 2025, with Lao guests.", "contradiction"),
    ],
)
def test_a_national_day_is_the_country_named_with_it(text: str, verdict: str) -> None:
    [(_said, got, _message)] = judged(text, ("ordinal",), published=date(2025, 12, 3))
    assert got == verdict


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # found by probing: a Lao trade surplus was read as the two-way trade (a false contradiction)
        ("ລາວ ເກີນດຸນການຄ້າກັບຫວຽດນາມ ປະມານ 732,7 ລ້ານໂດລາ ໃນປີ 2024.", "ປະມານ 732,7 ລ້ານໂດລາ", "ok"),
        ("ລາວ ເກີນດຸນການຄ້າກັບຫວຽດນາມ ປະມານ 832,7 ລ້ານໂດລາ ໃນປີ 2024.", "ປະມານ 832,7 ລ້ານໂດລາ", "contradiction"),
        # whose exports: the country after "of" ("của", "ຂອງ"), and a Lao quarter
        ("Xuất khẩu của Việt Nam sang Lào trong quý I/2025 đạt 346 triệu USD.", "346 triệu USD", "ok"),
        (
            "Xuất khẩu của Việt Nam sang Lào trong quý I/2025 đạt 446 triệu USD.",
            "446 triệu USD",
            "contradiction",
        ),
        ("ການສົ່ງອອກຂອງລາວ ໄປຫວຽດນາມ ໃນໄຕມາດ 1 ປີ 2025 ບັນລຸ 633 ລ້ານໂດລາ.", "633 ລ້ານໂດລາ", "ok"),
        ("ການສົ່ງອອກຂອງລາວ ໄປຫວຽດນາມ ໃນໄຕມາດທີ 1 ປີ 2025 ບັນລຸ 733 ລ້ານໂດລາ.", "733 ລ້ານໂດລາ", "contradiction"),
        # one country's exports with no partner stay the world's
        ("Kim ngạch xuất khẩu của Việt Nam năm 2025 đạt hơn 470 tỷ USD.", "hơn 470 tỷ USD", "unknown"),
        # "between 2022 and 2025": 2022 is the base (the change was compared with 2022 on 2021)
        ("Bilateral trade rose 80 percent between 2022 and 2025.", "80 percent", "ok"),
        ("Bilateral trade rose 30 percent between 2022 and 2025.", "30 percent", "contradiction"),
        ("Trade between Vietnam and Laos in 2025 rose 32.7 percent.", "32.7 percent", "ok"),
    ],
)
def test_whose_flow_and_which_base_a_figure_has(text: str, figure: str, verdict: str) -> None:
    [(_said, got, _message)] = [f for f in judged(text, published=date(2026, 1, 27)) if f[0] == figure]
    assert got == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # found by probing: "Former" before a country's adjective, "Nguyên" before a chain of titles
        ("Former Lao President Bounnhang Vorachith received the delegation.", "ok"),
        ("Nguyên Tổng Bí thư, Chủ tịch nước Lào Bounnhang Vorachith tiếp đoàn.", "ok"),
        ("Former General Secretary and President Bounnhang Vorachith received the delegation.", "ok"),
        ("Lao President Bounnhang Vorachith received the delegation.", "contradiction"),
        ("General Secretary and President Bounnhang Vorachith received the delegation.", "contradiction"),
    ],
)
def test_former_covers_a_countrys_adjective_and_a_chain_of_titles(text: str, verdict: str) -> None:
    [(_said, got, _message)] = judged(text, ("title",), published=date(2026, 1, 27))
    assert got == verdict


def test_an_event_with_a_countrys_unnamed_leaders_may_be_a_named_leaders() -> None:
    # found by probing: the record's meeting of the Lao leader with "other Vietnamese leaders"
    # (26-27 January 2026) names no one, and the Prime Minister's meeting was compared with
    # the talks of 5 February instead
    text = "Vietnamese Prime Minister Pham Minh Chinh met the Lao leader on Tuesday."
    [(_said, verdict, message)] = judged(text, ("date",), published=date(2026, 1, 27))
    assert verdict == "ok" and "other high-ranking Vietnamese leaders" in message


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # found by probing: any Vietnamese leader may have met anyone on another day, so the
        # meeting with "other Vietnamese leaders" (26-27 January 2026) is not the one misdated
        ("On 5 February 2026 Vuong Dinh Hue met the delegation.", "unknown"),
        ("On 5 February 2026 the National Assembly Chairman, Vuong Dinh Hue, met the delegation.", "unknown"),
        ("On 27 January 2026 Vuong Dinh Hue met the guests.", "ok"),
        # the Lao leader named with him makes it the meeting, and the day its slip
        ("On 29 January 2026 Vuong Dinh Hue met Thongloun Sisoulith in Hanoi.", "contradiction"),
    ],
)
def test_an_event_with_unnamed_leaders_dates_no_slip_of_theirs_alone(text: str, verdict: str) -> None:
    [(_said, got, _message)] = judged(text, ("date",), published=date(2026, 2, 10))
    assert got == verdict


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # titles set off by commas after a name are read (they were not)
        (
            "To Lam, general secretary of the Communist Party of Vietnam, hailed the visit.",
            "To Lam, general secretary of the Communist Party of Vietnam",
            "ok",
        ),
        (
            "On December 2, 2025, Sonexay Siphandone, Lao Prime Minister, said trade would grow.",
            "Sonexay Siphandone, Lao Prime Minister",
            "ok",
        ),
        (
            "Ông Phạm Minh Chính, Chủ tịch nước, chủ trì tiệc chiêu đãi.",
            "Phạm Minh Chính, Chủ tịch nước",
            "contradiction",
        ),
        (
            "Pham Minh Chinh, General Secretary, met the Lao leader.",
            "Pham Minh Chinh, General Secretary",
            "contradiction",
        ),
        # the Vietnamese country after its title, in the chain ("Chủ tịch nước Lào")
        (
            "Ông Tô Lâm hội đàm với ông Thongloun Sisoulith, Tổng Bí thư, Chủ tịch nước Lào.",
            "Thongloun Sisoulith, Tổng Bí thư, Chủ tịch nước Lào",
            "ok",
        ),
        (
            "Ông Tô Lâm hội đàm với ông Thongloun Sisoulith, Thủ tướng Lào.",
            "Thongloun Sisoulith, Thủ tướng Lào",
            "contradiction",
        ),
        # "since" after the titles starts their tenure, which the tenure rule reads
        ("To Lam, general secretary since 2024, said.", "To Lam, general secretary", "ok"),
    ],
)
def test_titles_after_a_name_between_commas_are_the_names(text: str, said: str, verdict: str) -> None:
    assert (said, verdict) in [(t, v) for t, v, _m in judged(text, ("title",), published=date(2026, 1, 27))]


@pytest.mark.parametrize(
    "text",
    [
        "To Lam, the general secretary's wife Ngo Phuong Ly attended.",  # not an apposition
        "Sonexay Siphandone, prime minister in the photograph, said.",  # more words after the title
        "Thongloun Sisoulith, General Secretary To Lam said, is a friend.",  # the title is To Lam's
    ],
)
def test_a_title_after_a_comma_that_may_not_be_the_names_is_not_read_as_its(text: str) -> None:
    titled = [t for t, _v, _m in judged(text, ("title",), published=date(2026, 1, 27))]
    assert not any(t.startswith(("To Lam,", "Sonexay", "Thongloun")) for t in titled)


# A list of who is who: a line opens with a name, a colon and the name's titles, judged at the
# publication (or at the tenure's start a "since" gives).
@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        ("Who's who:\n- Bounnhang Vorachith: current President of Laos.\n", "Bounnhang Vorachith: current "
         "President of Laos", "contradiction"),
        ("Guests\n1. Thongloun Sisoulith: General Secretary and President\n2. Others", "Thongloun Sisoulith: "
         "General Secretary and President", "ok"),
        ("• Tô Lâm: Tổng Bí thư\n• Lương Cường: Chủ tịch nước\n", "Tô Lâm: Tổng Bí thư", "unknown"),
        ("- Luong Cuong: Prime Minister; Party Politburo member\n", "Luong Cuong: Prime Minister", "contradiction"),
        ("- Sonexay Siphandone: Prime Minister since 30 December 2022.", "Sonexay Siphandone: Prime Minister",
         "unknown"),
        # a list's item (a bullet or a number opens its line): a comma ends the titles too
        ("- Luong Cuong: Prime Minister, in the delegation of January 2026.\n", "Luong Cuong: Prime Minister",
         "contradiction"),
        ("2. Lương Cường: Chủ tịch nước, dự hội đàm ngày 26/1/2026.\n", "Lương Cường: Chủ tịch nước", "ok"),
        # "both" before the titles of an apposition
        ("He was received by To Lam, then both General Secretary and State President, on 1 December 2025.",
         "To Lam, then both General Secretary and State President", "contradiction"),
    ],
)  # fmt: skip
def test_titles_after_a_listed_name_and_its_colon_are_the_names(text: str, said: str, verdict: str) -> None:
    assert (said, verdict) in [(t, v) for t, v, _m in judged(text, ("title",), published=date(2026, 2, 10))]


@pytest.mark.parametrize(
    "text",
    [
        "TO LAM: President, thank you for coming.",  # a speaker's label, then a title he addresses
        "Luong Cuong: Prime Minister, welcome to Hanoi.",  # no bullet: a speaker's label, not a list's item
        "The guest list: President Thongloun Sisoulith and others.",  # no name before the colon
        "As To Lam put it: Prime Minister of a friendly nation.",  # the name does not open its line
    ],
)
def test_a_colon_after_a_name_that_is_no_list_of_who_is_who_gives_it_no_title(text: str) -> None:
    titled = [t for t, _v, _m in judged(text, ("title",), published=date(2026, 2, 10))]
    assert not any(t.startswith(("TO LAM:", "To Lam:", "Luong Cuong:")) for t in titled)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # found by probing: a weekday that opens the sentence was cut off from its main clause
        ("On Thursday, To Lam and Thongloun Sisoulith held talks.", "ok"),
        ("On Wednesday, To Lam and Thongloun Sisoulith held talks in Vientiane.", "contradiction"),
        # the day of a saying is not the day of what was said
        ("On Tuesday, officials said the talks had gone well.", "unknown"),
        ("Officials said on Tuesday, meeting a goal, that talks went well.", "unknown"),
    ],
)
def test_a_weekday_that_opens_a_sentence_dates_its_main_clause(text: str, verdict: str) -> None:
    [(_said, got, _message)] = judged(text, ("date",), published=date(2026, 2, 6))
    assert got == verdict


@pytest.mark.parametrize(
    ("text", "published", "verdict"),
    [
        # found by probing: a recorded event's Vietnamese title (the January 2026 talks) used for
        # the talks of December 2025 hid the word "hội đàm" in it, and the date was unknown
        (
            "Chiều 1/12, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.",
            date(2025, 12, 3),
            "ok",
        ),
        (
            "Ngày 25/1, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.",
            date(2026, 1, 27),
            "contradiction",
        ),
    ],
)
def test_a_far_events_title_describes_its_kind(text: str, published: date, verdict: str) -> None:
    [(_said, got, _message)] = judged(text, ("date",), published=published)
    assert got == verdict


# Found by the held-out corpus heldout2 (its first measure: 14 false contradictions), each a
# general cause; the slips next to them are still caught.
@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # a scale written onto the number was not read ("US$2.98bn" was 2.98 dollars)
        ("Two-way trade reached US$2.98bn in 2025.", "US$2.98bn", "ok"),
        ("Two-way trade reached US$2.48bn in 2025.", "US$2.48bn", "contradiction"),
        ("Two-way trade hit $3b in 2025.", "$3b", "ok"),
        # a flow word after a comma is the next figure's, not this one's
        (
            "Năm 2024, con số này là 2,2 tỷ USD, trong đó Việt Nam xuất siêu khoảng 732,7 triệu USD sang Lào.",
            "2,2 tỷ USD",
            "unknown",
        ),
        # "hàng Việt Nam xuất sang Lào": the goods' flow after the figure
        (
            "Quý I/2025, thương mại song phương đạt 979 triệu USD, gồm 346 triệu USD hàng Việt Nam "
            "xuất sang Lào và 633 triệu USD hàng nhập khẩu từ Lào.",
            "346 triệu USD",
            "ok",
        ),
        (
            "Quý I/2025, thương mại song phương đạt 979 triệu USD, gồm 346 triệu USD hàng Việt Nam "
            "xuất sang Lào và 633 triệu USD hàng nhập khẩu từ Lào.",
            "633 triệu USD",
            "ok",
        ),
        # Lao: export and import verbs, "the quarter of the year", "the first six months of the year"
        (
            "ໃນໄຕມາດທີ 1 ຂອງ ປີ 2025, ລາວ ສົ່ງອອກ ໄປ ຫວຽດນາມ 633 ລ້ານ ໂດລາ ແລະ ນຳເຂົ້າ ຈາກ ຫວຽດນາມ 346 ລ້ານ ໂດລາ.",
            "633 ລ້ານ ໂດລາ",
            "ok",
        ),
        (
            "ໃນໄຕມາດທີ 1 ຂອງ ປີ 2025, ລາວ ສົ່ງອອກ ໄປ ຫວຽດນາມ 733 ລ້ານ ໂດລາ.",
            "733 ລ້ານ ໂດລາ",
            "contradiction",
        ),
        ("ໃນ 6 ເດືອນຕົ້ນປີ 2025, ມູນຄ່າການຄ້າ ລາວ-ຫວຽດນາມ ຢູ່ທີ່ ປະມານ 1,6 ຕື້ ໂດລາ.", "ປະມານ 1,6 ຕື້ ໂດລາ", "unknown"),
    ],
)
def test_held_out_figures(text: str, figure: str, verdict: str) -> None:
    [(_said, got, _message)] = [f for f in judged(text, published=date(2026, 1, 16)) if f[0] == figure]
    assert got == verdict


def test_a_period_that_cannot_be_placed_is_not_the_sentence_befores() -> None:
    # "Sau chín tháng" (after nine months) and "by the end of July" named periods the reader
    # could not place; the figures took the sentence before's (Q1 2025, 2024)
    text = (
        "Riêng quý I/2025, thương mại song phương đạt 979 triệu USD. Sau chín tháng, kim ngạch đạt "
        "2,36 tỷ USD, tăng 57% so với cùng kỳ năm 2024."
    )
    found = {t: v for t, v, _m in judged(text, published=date(2026, 1, 17))}
    assert found["2,36 tỷ USD"] == "ok" and found["57%"] == "ok"
    text = (
        "The ministry put 2024 turnover at US$2.25bn. By the end of July trade had already reached "
        "some $2 billion, up 79 percent year on year."
    )
    found = {t: v for t, v, _m in judged(text, published=date(2026, 1, 16))}
    # "some $2 billion" fits several recorded periods: the change relates to none of them
    assert found["79 percent"] == "unknown"


def test_a_founding_named_after_the_next_ordinal_is_the_nexts() -> None:
    text = (
        "The visit comes weeks before the 62nd anniversary of diplomatic relations in September and "
        "coincides with the 47th anniversary of the Treaty of Amity and Cooperation."
    )
    found = {t: v for t, v, _m in judged(text, ("ordinal",), published=date(2024, 7, 13))}
    assert found == {"62nd anniversary": "unknown", "47th anniversary": "ok"}


@pytest.mark.parametrize(
    ("text", "published", "element", "verdict"),
    [
        # the framework as it stood on the listing's day: found by the held-out corpus
        (
            "Both leaders hailed the great friendship, special solidarity, comprehensive cooperation "
            "and strategic cohesion between the two nations.",
            date(2024, 7, 13),
            "strategic cohesion",
            "contradiction",
        ),
        (
            "Both leaders hailed the great friendship, special solidarity, comprehensive cooperation "
            "and strategic cohesion between the two nations.",
            date(2026, 1, 27),
            "strategic cohesion",
            "ok",
        ),
        (
            "Hai bên khẳng định quan hệ hữu nghị truyền thống, đoàn kết đặc biệt và hợp tác toàn diện.",
            date(2026, 1, 27),
            "hữu nghị truyền thống",
            "variant",
        ),
        (
            "In 2017, the two sides described their ties as traditional friendship, special solidarity "
            "and comprehensive cooperation.",
            date(2026, 1, 27),
            "traditional friendship",
            "ok",
        ),
        # an earlier stage's element beside one no stage held with it: right on no day
        (
            "Hai bên khẳng định quan hệ hữu nghị truyền thống, đoàn kết đặc biệt, hợp tác toàn diện và gắn kết "
            "chiến lược.",
            date(2026, 1, 27),
            "hữu nghị truyền thống",
            "contradiction",
        ),
        (
            "The relationship is one of traditional friendship, special solidarity, comprehensive cooperation "
            "and strategic cohesion.",
            date(2026, 1, 27),
            "traditional friendship",
            "contradiction",
        ),
        # a year after the listing is another clause's, not the listing's day
        (
            "The two leaders spoke of deepening the great friendship, special solidarity, comprehensive "
            "cooperation and strategic cohesion between their nations, the last element having been "
            "added only in 2024.",
            date(2026, 1, 28),
            "strategic cohesion",
            "ok",
        ),
    ],
)
def test_a_listing_of_the_framework_is_of_its_day(
    text: str, published: date, element: str, verdict: str
) -> None:
    found = {t: v for t, v, _m in judged(text, ("framework",), published=published)}
    assert found[element] == verdict
    # one finding per span, whichever gave it
    report = CHECKER.check_text(text, published=published)
    assert len({f.span for f in report.findings}) == len(report.findings)


@pytest.mark.parametrize(
    ("text", "published", "verdict"),
    [
        # a country after the ordinal says whose congress it is ("ở Lào", "in Laos"): found by the
        # held-out corpus, where "Đại hội XIII ở Lào" was the Vietnamese party's 13th, ok
        (
            "Cả hai Đảng đang chuẩn bị cho kỳ Đại hội mới: Đại hội XIV ở Việt Nam và Đại hội XIII ở "
            "Lào, dự kiến diễn ra vào đầu năm 2026.",
            date(2025, 3, 22),
            "contradiction",
        ),
        ("Đại hội XII ở Lào diễn ra đầu năm 2026.", date(2026, 1, 27), "ok"),
        # a numbered congress dated far from the record's
        (
            "The 12th Congress of the Lao party took place in January 2021.",
            date(2026, 1, 27),
            "contradiction",
        ),
        ("The 12th Congress of the Lao party took place in January 2026.", date(2026, 1, 27), "ok"),
        # nearer its recorded date than half the time between two congresses, it is that
        # congress misdated: the date is the slip (see the next test), and the number is right
        ("The 14th National Congress of the CPV opened on January 19, 2025.", date(2026, 1, 27), "ok"),
        ("The 14th National Congress of the CPV opened on January 19, 2026.", date(2026, 1, 27), "ok"),
        # two dates in the sentence: which is the congress's is not read
        ("The 13th Congress of the CPV in 2021 set goals for 2030.", date(2026, 1, 27), "ok"),
    ],
)
def test_a_congress_is_the_countrys_named_with_it_and_of_its_date(
    text: str, published: date, verdict: str
) -> None:
    found = [v for t, v, _m in judged(text, ("ordinal",), published=published) if "XIV" not in t]
    assert found[-1] == verdict


@pytest.mark.parametrize(
    ("text", "published", "verdicts"),
    [
        # the congress its number names, misdated (heldout3): the date is the slip
        (
            "The 14th National Congress of the CPV opened on January 19, 2025.",
            date(2026, 1, 27),
            {"14th National Congress": "ok", "January 19, 2025": "contradiction"},
        ),
        (
            "Trước nữa, công cuộc Đổi mới do Đại hội VI của Đảng Cộng sản Việt Nam khởi xướng vào tháng "
            "12/1987 đã mở ra một giai đoạn mới.",
            date(2025, 12, 10),
            {"Đại hội VI": "ok", "tháng 12/1987": "contradiction"},
        ),
        (
            "Trước nữa, công cuộc Đổi mới do Đại hội VI của Đảng Cộng sản Việt Nam khởi xướng vào tháng "
            "12/1986 đã mở ra một giai đoạn mới.",
            date(2025, 12, 10),
            {"Đại hội VI": "ok", "tháng 12/1986": "ok"},
        ),
        # farther than half the time between two congresses, another congress misnumbered
        (
            "The 12th Congress of the Lao party took place in January 2021.",
            date(2026, 1, 27),
            {"12th Congress": "contradiction", "January 2021": "ok"},  # the 11th's month
        ),
        # a numbered meeting is that meeting wherever the text places it: the date is judged
        # against it, not moved to another meeting of another place
        (
            "Dec 3, 2025 – 48th meeting of the Intergovernmental Committee, Hanoi.",
            date(2025, 12, 10),
            {"Dec 3, 2025": "ok", "48th meeting": "ok"},
        ),
        (
            "Dec 4, 2025 – 48th meeting of the Intergovernmental Committee, Hanoi.",
            date(2025, 12, 10),
            {"Dec 4, 2025": "contradiction", "48th meeting": "unknown"},
        ),
    ],
)
def test_a_numbered_meeting_or_congress_dates_by_its_number(
    text: str, published: date, verdicts: dict[str, str]
) -> None:
    assert {t: v for t, v, _m in judged(text, ("ordinal", "date"), published=published)} == verdicts


def test_a_numbered_meeting_dated_by_a_year_is_not_that_years_recorded_one() -> None:
    # a committee meets more than once in some years: only a stated day says which meeting
    text = "Kỳ họp lần thứ 47 của Ủy ban được tổ chức vào đầu năm 2025, cũng do hai Thủ tướng đồng chủ trì."
    [(_said, verdict, _message)] = judged(text, ("ordinal",), published=date(2025, 12, 4))
    assert verdict == "unknown"


# Another thing's name that holds a name the record has ([names] others of the word files) is
# nobody's: ASEAN's Treaty of Amity and Cooperation in Southeast Asia (1976) is not the
# Vietnam–Laos treaty of 1977, and its 50th anniversary in 2026 is no slip.
@pytest.mark.parametrize(
    ("text", "published", "verdict"),
    [
        (
            "ASEAN leaders marked the 50th anniversary of the Treaty of Amity and Cooperation in "
            "Southeast Asia on Tuesday.",
            date(2026, 2, 24),
            "unknown",
        ),
        (
            "Laos and Vietnam marked the 48th anniversary of the Treaty of Amity and Cooperation in 2025.",
            date(2025, 7, 18),
            "ok",
        ),
        (
            "Laos and Vietnam marked the 50th anniversary of the Treaty of Amity and Cooperation in 2025.",
            date(2025, 7, 18),
            "contradiction",
        ),
    ],
)
def test_another_things_name_holding_a_recorded_name_is_nobodys(
    text: str, published: date, verdict: str
) -> None:
    [(_said, got, _message)] = judged(text, ("ordinal",), published=published)
    assert got == verdict


# A founding of the two countries named without them ("diplomatic ties", "quan hệ ngoại giao",
# "Hiệp ước Hữu nghị và Hợp tác": a recorded name with "Vietnam–Laos" cut off) counts where
# its sentence names both countries and no other; in Lao, a founding named after an ordinal is
# that ordinal's, and one past "and" is the next's.
@pytest.mark.parametrize(
    ("text", "published", "verdicts"),
    [
        (
            "Vietnam and Laos mark the 63rd anniversary of their diplomatic ties today.",
            date(2025, 9, 5),
            ["ok"],
        ),
        (
            "Vietnam and Laos mark the 64th anniversary of their diplomatic ties today.",
            date(2025, 9, 5),
            ["contradiction"],
        ),
        (
            "Malaysia and Laos mark the 64th anniversary of their diplomatic ties today.",
            date(2025, 9, 5),
            ["unknown"],
        ),
        (
            "Năm 2025, Việt Nam và Lào kỷ niệm 48 năm ký Hiệp ước Hữu nghị và Hợp tác.",
            date(2025, 7, 18),
            ["ok"],
        ),
        (
            "Năm 2024, Việt Nam và Lào kỷ niệm 48 năm ký Hiệp ước Hữu nghị và Hợp tác.",
            date(2024, 7, 18),
            ["contradiction"],
        ),
        (
            "ປີ 2027 ລາວ ແລະ ຫວຽດນາມ ສະເຫຼີມສະຫຼອງ ຄົບຮອບ 65 ປີ ແຫ່ງການສ້າງຕັ້ງສາຍພົວພັນທາງການທູດ.",
            date(2026, 1, 10),
            ["ok"],
        ),
        (
            "ປີ 2027 ລາວ ແລະ ຫວຽດນາມ ສະເຫຼີມສະຫຼອງ ຄົບຮອບ 60 ປີ ແຫ່ງການສ້າງຕັ້ງສາຍພົວພັນທາງການທູດ.",
            date(2026, 1, 10),
            ["contradiction"],
        ),
        # the 50th after "and" is not the diplomatic relations' but the Treaty's, named after it
        (
            "ປີ 2027 ເປັນປີແຫ່ງຄວາມສາມັກຄີລາວ-ຫວຽດນາມ, ຄົບຮອບ 65 ປີແຫ່ງການສ້າງຕັ້ງສາຍພົວພັນທາງການທູດ "
            "ລາວ-ຫວຽດນາມ ແລະ ຄົບຮອບ 50 ປີແຫ່ງການລົງນາມສົນທິສັນຍາມິດຕະພາບແລະການຮ່ວມມື.",
            date(2026, 1, 10),
            ["ok", "ok"],
        ),
        (
            "ປີ 2027 ເປັນປີແຫ່ງຄວາມສາມັກຄີລາວ-ຫວຽດນາມ, ຄົບຮອບ 65 ປີແຫ່ງການສ້າງຕັ້ງສາຍພົວພັນທາງການທູດ "
            "ລາວ-ຫວຽດນາມ ແລະ ຄົບຮອບ 51 ປີແຫ່ງການລົງນາມສົນທິສັນຍາມິດຕະພາບແລະການຮ່ວມມື.",
            date(2026, 1, 10),
            ["ok", "contradiction"],
        ),
        # ... while a name past "and" and before the next ordinal is the next's
        (
            "ປີ 2025 ສປປລາວສະເຫຼີມສະຫຼອງວັນຊາດຄົບຮອບ 50 ປີແລະພັກປະຊາຊົນປະຕິວັດລາວຄົບຮອບ 70 ປີ.",
            date(2025, 12, 14),
            ["ok", "ok"],
        ),
        (
            "ປີ 2025 ສປປລາວສະເຫຼີມສະຫຼອງວັນຊາດຄົບຮອບ 50 ປີແລະພັກປະຊາຊົນປະຕິວັດລາວຄົບຮອບ 71 ປີ.",
            date(2025, 12, 14),
            ["ok", "contradiction"],
        ),
    ],
)
def test_the_two_countries_foundings_named_without_them(
    text: str, published: date, verdicts: list[str]
) -> None:
    assert [v for _t, v, _m in judged(text, ("ordinal",), published=published)] == verdicts


# Found by the held-out corpus heldout3 (its first measure: 11 false contradictions), each a
# general cause; the slips next to them are still caught.
@pytest.mark.parametrize(
    ("text", "published", "verdicts"),
    [
        # horizon words after a figure, past "as a", are its own, not the next figure's
        (
            "Both governments have set two-way trade goals of 5 billion USD as a near-term goal and "
            "10 billion USD as a longer-term one.",
            date(2025, 12, 4),
            ["ok", "ok"],
        ),
        (
            "Both governments have set two-way trade goals of 10 billion USD as a near-term goal and "
            "5 billion USD as a longer-term one.",
            date(2025, 12, 4),
            ["contradiction", "contradiction"],
        ),
        # in English, horizon words past a comma are the next figure's; "could" makes a forecast
        (
            "Full-year two-way trade could top 3.4 billion USD, which would bring the near-term goal "
            "of 5 billion USD into view.",
            date(2025, 12, 4),
            ["unknown", "ok"],
        ),
        (
            "Full-year two-way trade could top 3.4 billion USD, which would bring the near-term goal "
            "of 6 billion USD into view.",
            date(2025, 12, 4),
            ["unknown", "contradiction"],
        ),
        # Vietnamese "đưa" gives a figure ("đưa con số"); "đưa ... lên" sets a target
        (
            "Một số trang khác đưa con số 2,56 tỷ USD cho kim ngạch thương mại 10 tháng năm 2025.",
            date(2025, 11, 20),
            ["ok"],
        ),
        (
            "Một số trang khác đưa con số 2,65 tỷ USD cho kim ngạch thương mại 10 tháng năm 2025.",
            date(2025, 11, 20),
            ["contradiction"],
        ),
        ("Hai bên phấn đấu đưa kim ngạch thương mại song phương lên 5 tỷ USD.", date(2025, 11, 20), ["ok"]),
        (
            "Hai bên phấn đấu đưa kim ngạch thương mại song phương lên 6 tỷ USD.",
            date(2025, 11, 20),
            ["contradiction"],
        ),
        # Lao forecast words
        ("ຄາດວ່າ ມູນຄ່າການຄ້າ ລາວ-ຫວຽດນາມ ປີ 2025 ຈະບັນລຸ 3,5 ຕື້ໂດລາ.", date(2025, 12, 10), ["unknown"]),
        ("ມູນຄ່າການຄ້າ ລາວ-ຫວຽດນາມ ປີ 2025 ບັນລຸ 3,5 ຕື້ໂດລາ.", date(2026, 1, 10), ["contradiction"]),
    ],
)
def test_figures_and_their_horizons_found_by_heldout3(
    text: str, published: date, verdicts: list[str]
) -> None:
    assert [v for _t, v, _m in judged(text, ("amount",), published=published)] == verdicts


@pytest.mark.parametrize(
    ("text", "published", "kinds", "verdicts"),
    [
        # "ວັນທີ 6" is a day, not the 6th congress
        (
            "ກອງປະຊຸມໃຫຍ່ ໄດ້ດຳເນີນ ແຕ່ວັນທີ 6 ຫາ 8 ມັງກອນ ຢູ່ ນະຄອນຫຼວງ ວຽງຈັນ.",
            date(2026, 1, 10),
            ("ordinal", "date"),
            ["ok"],
        ),
        (
            "ກອງປະຊຸມໃຫຍ່ ໄດ້ດຳເນີນ ແຕ່ວັນທີ 16 ຫາ 18 ມັງກອນ ຢູ່ ນະຄອນຫຼວງ ວຽງຈັນ.",
            date(2026, 1, 20),
            ("ordinal", "date"),
            ["contradiction"],
        ),
        # a date in brackets after a founding's name is its date when its year is the founding's
        # more than the publication's ...
        (
            "ປີ 2025 ແມ່ນປີຄົບຮອບ 80 ປີວັນຊາດຫວຽດນາມ (2 ກັນຍາ 1945).",
            date(2025, 12, 10),
            ("ordinal", "date"),
            ["unknown", "ok", "ok"],
        ),
        (
            "ປີ 2025 ແມ່ນປີຄົບຮອບ 80 ປີວັນຊາດຫວຽດນາມ (2 ກັນຍາ 1946).",
            date(2025, 12, 10),
            ("ordinal", "date"),
            ["unknown", "ok", "contradiction"],
        ),
        (
            "Laos marked the 63rd anniversary of Vietnam–Laos diplomatic relations (5 September 1963).",
            date(2025, 9, 6),
            ("ordinal", "date"),
            ["ok", "contradiction"],
        ),
        # ... not the celebration's
        (
            "Laos marked the 50th anniversary of its National Day (December 2, 2025).",
            date(2025, 12, 3),
            ("ordinal", "date"),
            ["ok", "ok"],
        ),
        # a year nearer the founding's than the anniversary's dates the founding, not the anniversary
        ("ສ່ວນ ວັນຊາດ ສປປ ລາວ, ວັນທີ 2 ທັນວາ 1976, ປີນີ້ ຄົບຮອບ 50 ປີ.", date(2025, 12, 10), ("ordinal",), ["ok"]),
        (
            "ສ່ວນ ວັນຊາດ ສປປ ລາວ, ວັນທີ 2 ທັນວາ 1976, ປີນີ້ ຄົບຮອບ 51 ປີ.",
            date(2025, 12, 10),
            ("ordinal",),
            ["contradiction"],
        ),
    ],
)
def test_dates_and_ordinals_found_by_heldout3(
    text: str, published: date, kinds: tuple[str, ...], verdicts: list[str]
) -> None:
    assert [v for _t, v, _m in judged(text, kinds, published=published)] == verdicts


@pytest.mark.parametrize(
    ("text", "published", "verdicts"),
    [
        # a founding named without the two countries right after the ordinal is nearer than a
        # name farther on (heldout3: the 65th took the Treaty's date)
        (
            "Năm 2027 là Năm Đoàn kết hữu nghị Việt Nam – Lào, dịp kỷ niệm 65 năm quan hệ ngoại giao và "
            "50 năm Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào.",
            date(2026, 1, 10),
            ["ok", "ok"],
        ),
        # ... and an anniversary coordinated after it ("và 45 năm", "and the 45th") is read
        (
            "Năm 2027 là Năm Đoàn kết hữu nghị Việt Nam – Lào, dịp kỷ niệm 65 năm quan hệ ngoại giao và "
            "45 năm Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào.",
            date(2026, 1, 10),
            ["ok", "contradiction"],
        ),
        (
            "In 2027 Vietnam and Laos mark the 65th anniversary of Vietnam–Laos diplomatic relations and "
            "the 50th of the Treaty of Amity and Cooperation.",
            date(2026, 1, 10),
            ["ok", "ok"],
        ),
        (
            "In 2027 Vietnam and Laos mark the 65th anniversary of Vietnam–Laos diplomatic relations and "
            "the 45th of the Treaty of Amity and Cooperation.",
            date(2026, 1, 10),
            ["ok", "contradiction"],
        ),
        # a number after "and the" with no ordinal's ending counts no anniversary
        (
            "In 2027 Vietnam and Laos mark the 65th anniversary of Vietnam–Laos diplomatic relations and "
            "the 45 delegates of the Treaty commission met.",
            date(2026, 1, 10),
            ["ok"],
        ),
    ],
)
def test_anniversaries_named_together(text: str, published: date, verdicts: list[str]) -> None:
    assert [v for _t, v, _m in judged(text, ("ordinal",), published=published)] == verdicts


# A claim the text denies is not its claim (heldout3's correction notice): contradicted by the
# record, the text agrees with it; held by the record, it is left unknown, with its reason.
@pytest.mark.parametrize(
    ("text", "published", "verdicts"),
    [
        (
            "Correction: The visit took place from January 26 to 27, not from January 25 to 26 as "
            "originally reported.",
            date(2026, 1, 30),
            ["ok", "ok"],
        ),
        (
            "Correction: The visit took place from January 25 to 26, not from January 26 to 27 as "
            "originally reported.",
            date(2026, 1, 30),
            ["contradiction", "unknown"],
        ),
        # the denied claim in quotation marks (heldout5's correction notice)
        (
            'Correction: the visit took place from January 26 to 27, not "January 25 to 27" as '
            "originally reported.",
            date(2026, 1, 30),
            ["ok", "ok"],
        ),
        (
            'Correction: the visit took place from January 25 to 27, not "January 26 to 27" as '
            "originally reported.",
            date(2026, 1, 30),
            ["contradiction", "unknown"],
        ),
        # "not only" denies nothing
        (
            "The 48th meeting of the Intergovernmental Committee took place not only on December 4, "
            "2025 but also online.",
            date(2025, 12, 10),
            ["contradiction"],
        ),
        # the longest denial is the one ("chứ không phải", not "không phải" inside it)
        (
            "Chuyến thăm diễn ra từ ngày 26 đến 27/1, chứ không phải từ ngày 25 đến 26/1 như đã đưa tin.",
            date(2026, 1, 30),
            ["ok", "ok"],
        ),
        (
            "ກອງປະຊຸມ ຄັ້ງທີ 48 ຈັດຂຶ້ນວັນທີ 3 ທັນວາ 2025, ບໍ່ແມ່ນວັນທີ 4 ທັນວາ 2025.",
            date(2025, 12, 10),
            ["ok", "ok"],
        ),
    ],
)
def test_a_denied_claim_is_not_the_texts(text: str, published: date, verdicts: list[str]) -> None:
    assert [v for _t, v, _m in judged(text, ("date",), published=published)] == verdicts


def test_a_denied_title_agrees_with_the_record_and_says_so() -> None:
    text = (
        "Correction: Le Hoai Trung attended as Minister of Foreign Affairs, not as Acting Foreign "
        "Minister Le Hoai Trung, at the talks on December 3, 2025."
    )
    found = {t: (v, m) for t, v, m in judged(text, ("title",), published=date(2025, 12, 10))}
    verdict, message = found["Acting Foreign Minister Le Hoai Trung"]
    assert verdict == "ok"
    assert message.startswith("the text denies it (not), as the record does:")


@pytest.mark.parametrize(
    ("text", "published", "kind", "verdict"),
    [
        # Vietnamese "Quyền" (acting) is its own office, as "Acting" is (heldout3)
        (
            "Quyền Bộ trưởng Ngoại giao Lê Hoài Trung trao đổi với Bộ trưởng Ngoại giao Lào Thongsavanh "
            "Phomvihane bên lề chuyến thăm.",
            date(2025, 12, 3),
            "title",
            "contradiction",
        ),
        (
            "Bộ trưởng Ngoại giao Lê Hoài Trung trao đổi với Bộ trưởng Ngoại giao Lào Thongsavanh "
            "Phomvihane bên lề chuyến thăm.",
            date(2025, 12, 3),
            "title",
            "ok",
        ),
        # "immediate" is the near term
        (
            "A: Our immediate target is two-way trade of 10 billion USD.",
            date(2025, 12, 3),
            "amount",
            "contradiction",
        ),
        ("A: Our immediate target is two-way trade of 5 billion USD.", date(2025, 12, 3), "amount", "ok"),
    ],
)
def test_acting_and_immediate(text: str, published: date, kind: str, verdict: str) -> None:
    assert next(v for _t, v, _m in judged(text, (kind,), published=published)) == verdict


# A place said of an event the sentence names surely (by its name or number, or with two or
# more of its people) where it did not take place is a contradiction of the place (heldout2
# and heldout3); a person's other meeting that day, or a place said of someone, is not.
@pytest.mark.parametrize(
    ("text", "published", "verdicts"),
    [
        (
            "Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào diễn ra hôm qua (3/12) tại Hà Nội.",
            date(2025, 12, 4),
            {"hôm qua (3/12)": "ok", "Hà Nội": "contradiction"},
        ),
        (
            "Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào diễn ra hôm qua (3/12) tại Viêng Chăn.",
            date(2025, 12, 4),
            {"hôm qua (3/12)": "ok", "Viêng Chăn": "ok"},
        ),
        (
            "To Lam held talks with Thongloun Sisoulith in Vientiane on January 26.",
            date(2026, 1, 28),
            {"January 26": "ok", "Vientiane": "contradiction"},
        ),
        (
            "To Lam held talks with Thongloun Sisoulith in Hanoi on January 26.",
            date(2026, 1, 28),
            {"January 26": "ok", "Hanoi": "ok"},
        ),
        (
            "Meanwhile in Hanoi, on December 2, Pham Minh Chinh chaired a government meeting.",
            date(2025, 12, 4),
            {"Hanoi": "ok"},
        ),
        (
            "On January 26, To Lam held talks with Thongloun Sisoulith, who had arrived in Hanoi a day earlier.",
            date(2026, 1, 28),
            {"January 26": "ok", "Hanoi": "ok"},
        ),
    ],
)
def test_a_place_said_of_an_event(text: str, published: date, verdicts: dict[str, str]) -> None:
    found = {t: v for t, v, _m in judged(text, ("date", "place"), published=published)}
    assert {t: found.get(t) for t in verdicts} == verdicts


# A listing that names the first and the last element of its day's framework and leaves out
# one between is a slip (heldout3); the first elements alone, or all, are not.
@pytest.mark.parametrize(
    ("text", "published", "verdict"),
    [
        (
            "Both leaders hailed the great friendship, special solidarity and strategic cohesion between "
            "Vietnam and Laos.",
            date(2026, 1, 27),
            "contradiction",
        ),
        (
            "ສອງຝ່າຍ ເນັ້ນໜັກເຖິງ ມິດຕະພາບອັນຍິ່ງໃຫຍ່, ຄວາມສາມັກຄີພິເສດ ແລະ ຜູກມັດຍຸດທະສາດ ລາວ-ຫວຽດນາມ.",
            date(2025, 12, 10),
            "contradiction",
        ),
        (
            "Both leaders hailed the great friendship, special solidarity and comprehensive cooperation "
            "between Vietnam and Laos.",
            date(2026, 1, 27),
            None,
        ),
        (
            "ສອງຝ່າຍ ເນັ້ນໜັກເຖິງ ມິດຕະພາບອັນຍິ່ງໃຫຍ່, ຄວາມສາມັກຄີພິເສດ, ການຮ່ວມມືຮອບດ້ານແລະຜູກມັດຍຸດທະສາດ ລາວ-ຫວຽດນາມ.",
            date(2025, 12, 10),
            None,
        ),
        # in 2024 the framework had three elements: a listing of them is whole
        (
            "In 2024, both leaders hailed the great friendship, special solidarity and comprehensive "
            "cooperation between Vietnam and Laos.",
            date(2026, 1, 27),
            None,
        ),
    ],
)
def test_a_listing_that_leaves_out_an_element(text: str, published: date, verdict: str | None) -> None:
    listing = [v for t, v, _m in judged(text, ("framework",), published=published) if "," in t]
    assert listing == ([verdict] if verdict else [])


# A place said to lie in a region of the kind the record puts it in, but another (heldout3).
@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        (
            "Khi thông tuyến, hàng hóa Lào có thể qua cửa khẩu Thanh Thủy ở Hà Tĩnh để ra cảng Vũng Áng.",
            {"Hà Tĩnh": "contradiction"},
        ),
        (
            "Hàng hóa qua cửa khẩu Thanh Thủy ở tỉnh Nghệ An để ra cảng Vũng Áng ở Hà Tĩnh.",
            {"Nghệ An": "ok", "Hà Tĩnh": "ok"},
        ),
        ("Goods cross at the Thanh Thuy border gate in Ha Tinh.", {"Ha Tinh": "contradiction"}),
        ("Goods cross at the Thanh Thuy border gate in the province of Nghe An.", {"Nghe An": "ok"}),
        # a region of a kind the record's chain does not hold is the name's to judge
        ("Vinh, in Nghe An, will be linked to the Thanh Thuy border gate in Vietnam.", {"Nghe An": "ok"}),
    ],
)
def test_a_place_said_to_lie_in_another_region(text: str, verdicts: dict[str, str]) -> None:
    found = {t: v for t, v, _m in judged(text, ("place",), published=date(2025, 12, 10))}
    assert {t: found.get(t) for t in verdicts} == verdicts


def test_a_denied_place_agrees_with_the_record() -> None:
    text = "The 48th meeting of the Intergovernmental Committee was {}held in Hanoi on December 3."
    said = {t: v for t, v, _m in judged(text.format(""), ("place",), published=date(2025, 12, 10))}
    denied = {t: v for t, v, _m in judged(text.format("not "), ("place",), published=date(2025, 12, 10))}
    assert said == {"Hanoi": "contradiction"}
    assert denied == {"Hanoi": "ok"}


def test_a_dataset_without_the_two_countries_has_no_bare_founding_names() -> None:
    foundings, pattern, langs = _bare_foundings(vnla.Dataset(), {})
    assert foundings == langs == {}
    assert pattern.search("diplomatic relations (?!)") is None
    bundled, _, bundled_langs = _bare_foundings(vnla.dataset(), {})
    assert bundled["diplomaticrelations"] == "diplomatic-relations"
    assert bundled_langs["diplomaticrelations"] == "en"


# --------------------------------------------------------------------------- found by heldout4
# The fourth held-out corpus's first measure (commit 20accae) gave 9 false contradictions; each
# is traced to a general cause here, the clean sentence next to a planted slip.
@pytest.mark.parametrize(
    ("text", "published", "kinds", "verdicts"),
    [
        # unspaced Lao: a full stop between Lao words (or after "XII") ends a sentence, so the
        # 8 January of the LPRP's congress is not judged against the CPV congress of the next
        (
            "ທ່ານທອງລຸນສີສຸລິດໄດ້ຮັບການເລືອກຕັ້ງຄືນໃນວັນທີ 8 ມັງກອນ 2026 ທີ່ກອງປະຊຸມໃຫຍ່ຄັ້ງທີ XII."
            "ທ່ານໂຕເລິມໄດ້ຮັບການເລືອກຕັ້ງຄືນທີ່ກອງປະຊຸມໃຫຍ່ພັກກອມມູນິດຫວຽດນາມຄັ້ງທີ XIV (19-23 ມັງກອນ 2026).",
            date(2026, 3, 1),
            ("date",),
            {"ວັນທີ 8 ມັງກອນ 2026": ("ok", "unknown"), "19-23 ມັງກອນ 2026": ("ok",)},
        ),
        (
            "ທ່ານໂຕເລິມໄດ້ຮັບການເລືອກຕັ້ງຄືນທີ່ກອງປະຊຸມໃຫຍ່ພັກກອມມູນິດຫວຽດນາມຄັ້ງທີ XIV (19-25 ມັງກອນ 2026).",
            date(2026, 3, 1),
            ("date",),
            {"19-25 ມັງກອນ 2026": ("contradiction",)},
        ),
        # Lao names what it counts before "ຄົບຮອບ N ປີ", a semicolon parts the clauses
        (
            "ປີ 2025 ແມ່ນປີແຫ່ງວັນປະຫວັດສາດ:ໃນເດືອນມີນາ,ພັກປະຊາຊົນປະຕິວັດລາວຄົບຮອບ {lprp} ປີ;"
            "ໃນເດືອນກໍລະກົດ,ສົນທິສັນຍາມິດຕະພາບ-ການຮ່ວມມືລາວ-ຫວຽດນາມຄົບຮອບ {treaty} ປີ;"
            "ແລະອີກບໍ່ເທົ່າໃດເດືອນ,ວັນຊາດສປປ.ລາວຈະຄົບຮອບ 50 ປີ.",
            date(2025, 9, 5),
            ("ordinal",),
            {
                "70/48": ("ok", "ok", "ok"),
                "71/48": ("contradiction", "ok", "ok"),
                "70/47": ("ok", "contradiction", "ok"),
            },
        ),
    ],
)
def test_lao_sentences_and_clauses_found_by_heldout4(
    text: str, published: date, kinds: tuple[str, ...], verdicts: dict[str, tuple[str, ...]]
) -> None:
    if "{lprp}" in text:
        for numbers, expected in verdicts.items():
            lprp, treaty = numbers.split("/")
            found = [
                v for _t, v, _m in judged(text.format(lprp=lprp, treaty=treaty), kinds, published=published)
            ]
            assert tuple(found) == expected, numbers
        return
    found = {t: v for t, v, _m in judged(text, kinds, published=published)}
    for words, allowed in verdicts.items():
        assert found.get(words) in allowed, (words, found)


def test_lao_abbreviations_end_no_sentence() -> None:
    from vnla.checker.sentences import Sentences

    text = "ວັນຊາດສປປ.ລາວຈະຄົບຮອບ 50 ປີ ໃນ ພ.ສ.2568.ທ່ານໂຕເລິມໄດ້ມາ."
    s, e = Sentences(text).sentence(5, 8)
    assert text[s:e] == "ວັນຊາດສປປ.ລາວຈະຄົບຮອບ 50 ປີ ໃນ ພ.ສ.2568."


@pytest.mark.parametrize(
    ("text", "published", "verdicts"),
    [
        # Lao "the first N months", spaced, and "of this year" written onto it
        (
            "ໃນ 9 ເດືອນ ຕົ້ນປີ 2025, ມູນຄ່າການຄ້າ ສອງຝ່າຍ ບັນລຸ {v} ຕື້ ໂດລາ.",
            date(2025, 11, 1),
            {"2,36": "ok", "2,63": "contradiction"},
        ),
        (
            "ໃນ 7 ເດືອນຕົ້ນປີນີ້,ມູນຄ່າການຄ້າສອງຝ່າຍບັນລຸ 2 ຕື້ໂດລາ,ເພີ່ມຂຶ້ນ {v}% ທຽບໃສ່ໄລຍະດຽວກັນຂອງປີກາຍ.",
            date(2025, 9, 5),
            {"79": "ok", "7,9": "contradiction"},
        ),
        # a sum in brackets is the base of another comparison; "gấp đôi mức X của năm Y": Y is the base
        (
            "Kim ngạch thương mại Việt Nam – Lào năm 2025 đạt 2,98 tỷ USD, tăng 32,7% so với năm 2024 "
            "(2,25 tỷ USD) và {v} mức 1,6 tỷ USD của năm 2023.",
            date(2026, 1, 20),
            {"gần gấp đôi": "ok", "gấp ba": "contradiction"},
        ),
    ],
)
def test_figures_found_by_heldout4(text: str, published: date, verdicts: dict[str, str]) -> None:
    for value, verdict in verdicts.items():
        found = judged(text.format(v=value), published=published)
        said = [v for t, v, _m in found if value.split()[-1] in t or t.startswith(value)]
        assert said == [verdict], (value, found)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # days that hold a one-day event's, said of several: the days of them all
        (
            "On 1–2 December he attended the 50th anniversary of the Lao National Day and co-chaired "
            "the high-level meeting of the two parties.",
            "ok or unknown",
        ),
        # ... but a one-day event's own days, said wrong, are a slip
        ("The high-level meeting of the two parties was held in Vientiane on 3 December.", "contradiction"),
        # ... and so are a visit's days
        (
            "ຄັ້ງທຳອິດ, ທ່ານໂຕເລິມໄດ້ມາຢ້ຽມຢາມສປປລາວແຕ່ວັນທີ 1 ຫາ 3 ທັນວາ 2025 ແລະເຂົ້າຮ່ວມພິທີສະເຫຼີມສະຫຼອງວັນຊາດຄົບຮອບ 50 ປີ.",
            "contradiction",
        ),
    ],
)
def test_days_said_of_several_events(text: str, verdict: str) -> None:
    found = [v for _t, v, _m in judged(text, ("date",), published=date(2025, 12, 10))]
    assert found[0] in verdict.split(" or "), found
    later = [v for _t, v, _m in judged(text, ("date",), published=date(2026, 2, 5))]
    assert later[0] in verdict.split(" or "), later


@pytest.mark.parametrize(
    ("rating", "verdict"),
    [
        ("RATING: FALSE. Figures show 32.7 percent.", "ok"),
        ("Our verdict - misleading: trade grew by a third.", "ok"),
        ("RATING: TRUE.", "contradiction"),  # no denial
        ("The rating: false claims spread fast.", "contradiction"),  # no label opening its line
    ],
)
def test_a_fact_checks_false_rating_denies_the_claim_before_it(rating: str, verdict: str) -> None:
    for gap in ("\n", "\n\n"):  # a blank line may stand between the claim and its rating
        text = f'CLAIM 3: "Trade between the two countries doubled last year."{gap}{rating}\n'
        found = [v for t, v, _m in judged(text, ("ratio",), published=date(2026, 2, 10)) if t == "doubled"]
        assert found == [verdict], gap


def test_a_vietnamese_fact_check() -> None:
    text = "Thông tin: Kim ngạch thương mại Việt Nam – Lào năm 2025 đạt 5 tỷ USD.\nKết luận: Sai.\n"
    assert [v for _t, v, _m in judged(text, published=date(2026, 2, 10))] == ["ok"]
    assert [v for _t, v, _m in judged(text.replace("Sai", "Đúng"), published=date(2026, 2, 10))] == [
        "contradiction"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "verdicts"),
    [
        # a weekday with its day: Lao "ວັນອາທິດ ທີ 1 ທັນວາ", Vietnamese "Chủ nhật, ngày 1/12"
        ("lo", "ທ່ານ ໄດ້ເດີນທາງ ມາຮອດ ມື້ວານນີ້, ວັນ{w} ທີ 1 ທັນວາ.", {"ຈັນ": "ok", "ອາທິດ": "contradiction"}),
        ("vi", "Ông đến Viêng Chăn hôm {w}, ngày 1/12.", {"thứ Hai": "ok", "Chủ nhật": "contradiction"}),
    ],
)
def test_a_weekday_with_its_day_found_by_heldout4(lang: str, text: str, verdicts: dict[str, str]) -> None:
    for weekday, verdict in verdicts.items():
        report = CHECKER.check_text(text.format(w=weekday), published=date(2025, 12, 2), lang=lang)
        weekday_findings = [f for f in report.findings if f.kind == "date" and weekday in f.text]
        worst = "contradiction" if any(f.verdict.value == "contradiction" for f in weekday_findings) else "ok"
        assert weekday_findings
        assert worst == verdict, [(f.text, f.verdict.value, f.message) for f in weekday_findings]


@pytest.mark.parametrize(
    ("text", "published", "verdicts"),
    [
        # the subject's founding, named by the words right after the ordinal
        (
            "Tháng Ba, Đảng Nhân dân Cách mạng Lào kỷ niệm {n} năm ngày thành lập.",
            date(2025, 7, 1),
            {"70": "ok", "75": "contradiction"},
        ),
        (
            "The Lao People's Revolutionary Party marked the {n}th anniversary of its founding in March.",
            date(2025, 7, 1),
            {"70": "ok", "75": "contradiction"},
        ),
        # Lao "ເຊິ່ງ" (which) links the ordinal's clause to the sentence's subject
        (
            "ສາຍພົວພັນທາງການທູດລາວ-ຫວຽດນາມໄດ້ສ້າງຕັ້ງຂຶ້ນໃນວັນທີ 5 ກັນຍາ 1962,ເຊິ່ງໃນເດືອນກັນຍາປີນີ້ຈະຄົບຮອບ {n} ປີ.",
            date(2025, 7, 13),
            {"63": "ok", "62": "contradiction"},
        ),
    ],
)
def test_the_subjects_founding_found_by_heldout4(
    text: str, published: date, verdicts: dict[str, str]
) -> None:
    for number, verdict in verdicts.items():
        found = [v for _t, v, _m in judged(text.format(n=number), ("ordinal",), published=published)]
        assert found == [verdict], (number, found)


@pytest.mark.parametrize(
    ("text", "published", "verdicts"),
    [
        # a coordinated anniversary after a bracketed aside ("(5/9/2026)")
        (
            "Tháng 3: chuẩn bị kỷ niệm 64 năm quan hệ ngoại giao (5/9/2026) và {n} năm ký Hiệp ước "
            "Hữu nghị và Hợp tác Việt Nam - Lào (18/7/2026).",
            date(2026, 2, 20),
            {"49": ["ok", "ok"], "48": ["ok", "contradiction"]},
        ),
        # "đánh dấu" (marking) heads an anniversary
        (
            "Năm 2027 được chọn là Năm Đoàn kết hữu nghị Việt Nam – Lào, đánh dấu {n} năm quan hệ ngoại giao.",
            date(2026, 2, 20),
            {"65": ["ok"], "60": ["contradiction"]},
        ),
    ],
)
def test_anniversaries_found_by_heldout4(text: str, published: date, verdicts: dict[str, list[str]]) -> None:
    for number, expected in verdicts.items():
        found = [v for _t, v, _m in judged(text.format(n=number), ("ordinal",), published=published)]
        assert found == expected, (number, found)


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        # an anniversary that names nothing counts from the one founding of the sentence before,
        # and "this September" states this year
        (
            "Vietnam and Laos established diplomatic relations on 5 September 1962. "
            "This September therefore marks the {n} anniversary.",
            {"63rd": "ok", "62nd": "contradiction"},
        ),
        # ... not when the sentence before names two
        (
            "Vietnam and Laos established diplomatic relations in 1962 and signed the Treaty of Amity "
            "and Cooperation in 1977. This September therefore marks the {n} anniversary.",
            {"63rd": "unknown", "62nd": "unknown"},
        ),
        # ... nor when the anniversary's own sentence names what it is of
        (
            "Vietnam and Laos established diplomatic relations on 5 September 1962. "
            "This September Japan marks the {n} anniversary of its ties with Laos.",
            {"63rd": "unknown", "62nd": "unknown"},
        ),
    ],
)
def test_an_anniversary_of_the_sentence_before(text: str, verdicts: dict[str, str]) -> None:
    for number, verdict in verdicts.items():
        found = [v for _t, v, _m in judged(text.format(n=number), ("ordinal",), published=date(2025, 7, 1))]
        assert found == [verdict], (number, found)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a clause that opens with its date, then founding words and what was founded
        (
            "Ngày {d}, hai nước Việt Nam và Lào chính thức thiết lập quan hệ ngoại giao.",
            {"5/9/1962": "ok", "9/5/1962": "contradiction"},
        ),
        (
            "Những mốc son: rồi ngày {d} ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào.",
            {"18/7/1977": "ok", "17/8/1977": "contradiction"},
        ),
        (
            "On {d} the two countries signed the Treaty of Amity and Cooperation.",
            {"18 July 1977": "ok", "18 July 1978": "contradiction"},
        ),
        # ... not a date that ends its clause, before another founding, as that founding's: the
        # verb and the founding before it ("lập quan hệ ngoại giao ngày ...") make it theirs
        (
            "Việt Nam và Lào lập quan hệ ngoại giao ngày {d} và ký Hiệp ước Hữu nghị và Hợp tác ngày 18/7/1977.",
            {"5/9/1962": "ok", "5/9/1963": "contradiction"},
        ),
    ],
)
def test_a_founding_dated_first_found_by_heldout4(text: str, verdict: dict[str, str]) -> None:
    for day, expected in verdict.items():
        found = [
            v for t, v, _m in judged(text.format(d=day), ("date",), published=date(2025, 10, 1)) if day in t
        ]
        assert found == [expected], (day, found)


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        # Lao counts of projects
        (
            "ມາຮອດເດືອນເມສາ 2025,ຫວຽດນາມມີ {v} ໂຄງການລົງທຶນຢູ່ລາວ,ມີທຶນຈົດທະບຽນ 5,63 ຕື້ໂດລາ.",
            {"267": "ok", "627": "contradiction"},
        ),
        # Lao "ແມ່ນ" (was) states a figure of the sentence before's series, as Vietnamese "là"
        (
            "ປີ 2024, ມູນຄ່າການຄ້າ ສອງຝ່າຍ ບັນລຸ 2,2 ຕື້ ໂດລາ. ປີ 2023 ແມ່ນ 1,6 ຕື້ ໂດລາ, ສ່ວນ ປີ 2022 ແມ່ນ {v} ຕື້ ໂດລາ.",
            {"1,65": "ok", "1,56": "contradiction"},
        ),
    ],
)
def test_lao_figures_found_by_heldout4(text: str, verdicts: dict[str, str]) -> None:
    for value, verdict in verdicts.items():
        found = [
            v for t, v, _m in judged(text.format(v=value), published=date(2025, 6, 10)) if t.startswith(value)
        ]
        assert found == [verdict], (value, found)


@pytest.mark.parametrize(("change", "verdict"), [("79", "ok"), ("69", "contradiction")])
def test_a_percentage_more_than_the_same_months(change: str, verdict: str) -> None:
    # "N percent more than" is a change; "the same months of 2024" its base (heldout4)
    text = (
        "In 2024 two-way trade reached 2.2 billion USD, and in the first seven months of 2025 alone it "
        f"came to 2.0 billion USD, {change} percent more than in the same months of 2024."
    )
    assert [v for t, v, _m in judged(text, ("change",), published=date(2025, 9, 1))] == [verdict]
    # ... while "more than" before a percentage loosens it
    loose = "In the first seven months of 2025 trade grew by more than 70 percent year on year."
    assert [v for t, v, _m in judged(loose, ("change",), published=date(2025, 9, 1))] == ["ok"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a visit's days with the month slipped (heldout4), or the day and month swapped
        ("the state visit to Vietnam of Thongloun Sisoulith from 10 to 13 September 2024", "ok"),
        ("the state visit to Vietnam of Thongloun Sisoulith from 10 to 13 October 2024", "contradiction"),
        ("President To Lam arrived in Vientiane for his state visit on 11 June 2024", "contradiction"),
        ("President To Lam arrived in Vientiane for his state visit on 11 July 2024", "ok"),
        # ... but days far off that are no slip of the recorded ones stay unknown
        ("the state visit to Vietnam of Thongloun Sisoulith from 3 to 5 December 2024", "unknown"),
    ],
)
def test_a_visits_slipped_month(text: str, verdict: str) -> None:
    found = [v for _t, v, _m in judged(f"We recall {text}.", ("date",), published=date(2025, 6, 1))]
    assert found == [verdict], found


# A date of a target the record holds, beside another date of the sentence that is that
# target's, may be another goal's (heldout5): unknown, not a slip; alone, a wrong year is one.
@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        (
            "Vietnam wants to reach upper-middle income by 2030, the centenary of the Party, and high "
            "income by 2045, the 100th anniversary of the founding of the Socialist Republic of Vietnam.",
            ["unknown", "ok"],
        ),
        (
            "Vietnam aims to reach high income by 2050, the 100th anniversary of the founding of the "
            "Socialist Republic of Vietnam.",
            ["contradiction"],
        ),
    ],
)
def test_a_target_date_beside_the_targets_own_is_another_goals(text: str, verdicts: list[str]) -> None:
    assert [v for _t, v, _m in judged(text, ("date",), published=date(2026, 4, 20))] == verdicts


# A document named with its signing day, said signed elsewhere than the record's place: the
# place is the slip; where the record puts it, it passes (the Joint Statement was signed in
# Vientiane on 2 December 2025).
@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        (
            "Both sides reaffirmed the Vietnam–Laos Joint Statement signed on 2 December 2025 in Hanoi.",
            ["contradiction"],
        ),
        (
            "Both sides reaffirmed the Vietnam–Laos Joint Statement signed on 2 December 2025 in Vientiane.",
            ["ok"],
        ),
        ("Hai bên khẳng định Tuyên bố chung Việt Nam – Lào ký ngày 2/12/2025 tại Hà Nội.", ["contradiction"]),
        ("Hai bên khẳng định Tuyên bố chung Việt Nam – Lào ký ngày 2/12/2025 tại Viêng Chăn.", ["ok"]),
    ],
)
def test_a_documents_signing_place_is_judged(text: str, verdicts: list[str]) -> None:
    found = judged(text, ("place",), published=date(2026, 1, 27))
    assert [v for _t, v, _m in found] == verdicts, found
    if verdicts == ["contradiction"]:
        assert "was signed in" in str(found[0][2])


# --------------------------------------------------------------- found by heldout6 (blind corpus)
@pytest.mark.parametrize(
    "text",
    [
        "Both sides set trade targets of US$5 billion for the near term and US$10 billion for the longer term.",
        "Both sides set trade targets of US$10 billion for the longer term and US$5 billion for the near term.",
        "Both sides set trade targets of US$5 billion as a near-term goal and US$10 billion as a longer-term one.",
    ],
)
def test_horizon_words_after_a_figure_with_for_are_its_own(text: str) -> None:
    assert [v for _t, v, _m in judged(text, published=date(2026, 2, 10))] == ["ok", "ok"]


def test_swapped_horizons_are_still_a_slip() -> None:
    text = "Both sides set trade targets of US$10 billion for the near term and US$5 billion for the longer term."
    assert [v for _t, v, _m in judged(text, published=date(2026, 2, 10))] == [
        "contradiction",
        "contradiction",
    ]


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        # a digest joins its facts with semicolons: Vientiane is the December visit's place
        (
            "tháng 12/2025 Tổng Bí thư Tô Lâm thăm cấp Nhà nước tới Lào, hai bên ra Tuyên bố chung tại "
            "Viêng Chăn; tháng 1/2026 Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith thăm Việt Nam.",
            ["ok"],
        ),
        # in the January visit's own part, it is still the slip
        (
            "The 48th meeting of the Intergovernmental Committee was held in Hanoi on 3 December 2025; "
            "the two sides signed documents.",
            ["contradiction"],
        ),
    ],
)
def test_a_place_is_judged_with_the_date_between_its_semicolons(text: str, verdicts: list[str]) -> None:
    assert [v for _t, v, _m in judged(text, ("place",), published=date(2026, 3, 10))] == verdicts


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Kết quả này phản ánh tinh thần của Tuyên bố chung Việt Nam – Lào ký ngày 12/2/2025 tại Viêng "
            'Chăn, trong đó hai bên thống nhất nâng quan hệ lên tầm "hữu nghị vĩ đại, đoàn kết đặc biệt, '
            'hợp tác toàn diện, gắn kết chiến lược".',
            "ngày 12/2/2025",
        ),
        (
            "The Joint Statement signed on 12 February 2025 lifted ties to great friendship, special "
            "solidarity, comprehensive cooperation and strategic cohesion.",
            "12 February 2025",
        ),
    ],
)
def test_a_day_found_wrong_dates_nothing_else(text: str, said: str) -> None:
    """
    The Joint Statement is dated 2 December 2025: "12/2/2025" is the slip, and the wording it
    added is judged for the statement's own day, not the wrong one (strategic cohesion was no
    element in February 2025).
    """
    report = CHECKER.check_text(text, published=date(2026, 3, 10))
    verdicts = {(f.kind, f.text): f.verdict.value for f in report.findings}
    assert verdicts["date", said] == "contradiction"
    assert "contradiction" not in [f.verdict.value for f in report.findings if f.kind == "framework"]


def test_a_day_found_right_still_dates_its_sentence() -> None:
    report = CHECKER.check_text(
        "In July 2024, the two sides hailed their great friendship, special solidarity, comprehensive "
        "cooperation and strategic cohesion.",
        published=date(2026, 3, 10),
    )
    assert "contradiction" in [f.verdict.value for f in report.findings if f.kind == "framework"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            'ຂໍ້ອ້າງ 2: "ມູນຄ່າການຄ້າ ລາວ - ຫວຽດນາມ ປີ 2025 ເພີ່ມຂຶ້ນ ເທົ່າຕົວ."\nຄຳຕັດສິນ: ຜິດ. ມູນຄ່າ ປີ 2025 ບັນລຸ 2,98 ຕື້ ໂດລາ.',
            "lo",
        ),
        (
            'Thông tin 2: "Thương mại Việt – Lào năm 2025 tăng gấp đôi."\nKết luận: CHƯA CHÍNH XÁC. Kim ngạch đạt 2,98 tỷ USD.',
            "vi",
        ),
        (
            'Claim 2: "Trade between the two countries doubled in 2025."\nVerdict: Unfounded. Trade reached US$2.98 billion.',
            "en",
        ),
    ],
)
def test_a_claim_a_fact_check_rates_false_makes_no_claim(text: str, lang: str) -> None:
    report = CHECKER.check_text(text, published=date(2026, 3, 10), lang=lang)
    assert "contradiction" not in [f.verdict.value for f in report.findings], [
        (f.text, f.verdict.value) for f in report.findings
    ]


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("On 5 February 2026, a Wednesday, To Lam visited Laos.", "en", "contradiction"),
        ("On 5 February 2026, a Thursday, To Lam visited Laos.", "en", None),
        ("On 5 February 2026 (Wednesday), To Lam visited Laos.", "en", "contradiction"),
        ("Ngày 5/2/2026 (thứ Sáu), Tổng Bí thư Tô Lâm thăm Lào.", "vi", "contradiction"),
        ("Ngày 5/2/2026 (thứ Năm), Tổng Bí thư Tô Lâm thăm Lào.", "vi", None),
        # a weekday of another week is no weekday of the day
        ("On 5 February 2026, last Wednesday, To Lam visited Laos.", "en", None),
    ],
)
def test_a_weekday_set_off_after_a_day_must_be_its_own(text: str, lang: str, verdict: str | None) -> None:
    report = CHECKER.check_text(text, published=date(2026, 3, 10), lang=lang)
    weekday = [f.verdict.value for f in report.findings if f.rule == "dates.weekday"]
    assert weekday == ([verdict] if verdict else []), [
        (f.text, f.rule, f.verdict.value) for f in report.findings
    ]


def test_n_month_figures_for_a_year_are_its_first_n_months() -> None:
    """ "Ten-month figures for 2025" are January to October: almost 2.5 billion is right for them."""
    said = judged(
        "Ten-month figures for 2025: two-way trade reached almost US$2.5bn.", published=date(2026, 1, 20)
    )
    assert [v for _t, v, _m in said] == ["ok"], said


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In 2025 two-way trade reached US$2.98 billion (+32.7%).", "ok"),
        ("In 2025 two-way trade reached US$2.98 billion (+23.7%).", "contradiction"),
        ("In 2025 two-way trade reached US$2.98 billion (−5%).", "contradiction"),
    ],
)
def test_a_signed_percentage_is_a_change(text: str, verdict: str) -> None:
    said = judged(text, published=date(2026, 1, 20))
    assert said[-1][1] == verdict, said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Both sides hailed their great friendship, special solidarity, comprehensive cooperation and strategic trust.",
            "en",
        ),
        (
            "Hai bên khẳng định quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt, hợp tác toàn diện và tin cậy chiến lược.",
            "vi",
        ),
        ("ສອງຝ່າຍຢືນຢັນສາຍພົວພັນມິດຕະພາບອັນຍິ່ງໃຫຍ່,ຄວາມສາມັກຄີພິເສດ,ການຮ່ວມມືຮອບດ້ານແລະຄວາມໄວ້ວາງໃຈຍຸດທະສາດ.", "lo"),
    ],
)
def test_a_wording_in_the_place_of_the_last_element_is_a_slip(text: str, lang: str) -> None:
    """In 2026 the framework has four elements; a listing of the first three and another wording misnames the fourth."""

    def last(published: date) -> tuple[str, str | None]:
        report = CHECKER.check_text(text, published=published, lang=lang)
        [f] = [f for f in report.findings if f.kind == "framework" and f.rule != "names.recorded"][-1:]
        return f.verdict.value, f.canonical

    verdict, canonical = last(date(2026, 1, 20))
    assert verdict == "contradiction"
    assert canonical  # the fourth element's name, in the text's language
    # in 2024 the framework had three elements: a fourth wording is no slip of the record's
    assert last(date(2024, 6, 1))[0] == "unknown"


@pytest.mark.parametrize(
    ("text", "lang", "swapped"),
    [
        (
            "Ties rest on special friendship, great solidarity, comprehensive cooperation and strategic cohesion.",
            "en",
            ["special friendship", "great solidarity"],
        ),
        (
            "Quan hệ hữu nghị vĩ đại, đoàn kết chiến lược, hợp tác toàn diện, gắn kết đặc biệt.",
            "vi",
            ["đoàn kết chiến lược", "gắn kết đặc biệt"],
        ),
        (
            "ສາຍພົວພັນມິດຕະພາບພິເສດ,ຄວາມສາມັກຄີອັນຍິ່ງໃຫຍ່,ການຮ່ວມມືຮອບດ້ານ ແລະ ຜູກມັດຍຸດທະສາດ.",
            "lo",
            ["ມິດຕະພາບພິເສດ", "ຄວາມສາມັກຄີອັນຍິ່ງໃຫຍ່"],
        ),
    ],
)
def test_a_listing_that_swaps_two_elements_words_is_a_slip(text: str, lang: str, swapped: list[str]) -> None:
    report = CHECKER.check_text(text, published=date(2026, 1, 20), lang=lang)
    flagged = [
        f.text for f in report.findings if f.kind == "framework" and f.verdict.value == "contradiction"
    ]
    assert flagged == swapped
    canonical = {f.text: f.canonical for f in report.findings if f.text in swapped}
    assert all(canonical.values()), canonical


@pytest.mark.parametrize(
    "text",
    [
        # no listing: a swapped pair alone, or beside one element only
        "The two peoples share a special friendship.",
        "Their great friendship rests on special cooperation in energy.",
        # the right wordings
        "Ties rest on great friendship, special solidarity, comprehensive cooperation and strategic cohesion.",
    ],
)
def test_a_swapped_wording_outside_a_listing_is_no_slip(text: str) -> None:
    report = CHECKER.check_text(text, published=date(2026, 1, 20), lang="en")
    assert "contradiction" not in [f.verdict.value for f in report.findings if f.kind == "framework"]


@pytest.mark.parametrize(("year", "verdict"), [("65", "ok"), ("60", "contradiction")])
def test_a_full_number_of_years_is_an_anniversary(year: str, verdict: str) -> None:
    """ "tròn 65 năm" (a full 65 years) counts from the founding as "kỷ niệm 65 năm" does: 1962 + 65 = 2027."""
    text = f"Năm 2027 sẽ tròn {year} năm quan hệ ngoại giao Việt Nam - Lào."
    report = CHECKER.check_text(text, published=date(2026, 1, 20), lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == [verdict]


# A record's fields share its date: a title in a field's line that states none ("Presented by:")
# is judged at the date of the nearest field line above it in its block ("Occasion: ..., 10–13
# September 2024": To Lam was then General Secretary and State President). A blank line ends
# the block; a line of another kind does too.
GIFT = (
    "2024/014 | IN\n"
    "  Occasion: state visit of General Secretary and President Thongloun Sisoulith to Vietnam, Hanoi, "
    "10–13 September 2024\n"
    "{between}"
    "  Presented by: Party General Secretary and State President To Lam\n"
)


@pytest.mark.parametrize(
    ("between", "verdict"),
    [
        ("", "ok"),
        ("  Item: a lacquer painting\n", "ok"),
        ("\n", "contradiction"),  # another block: judged at the publication (2 March 2026)
        ("The painting hangs in the hall today.\n", "contradiction"),
    ],
)
def test_a_fields_title_is_judged_at_its_blocks_date(between: str, verdict: str) -> None:
    text = GIFT.format(between=between)
    found = [(t, v) for t, v, _m in judged(text, ("title",), published=date(2026, 3, 2)) if "To Lam" in t]
    assert found == [("Party General Secretary and State President To Lam", verdict)]


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # an event word after an indefinite article: one of its kind, not the one the text is of
        ("To Lam held talks in Vientiane on 5 February 2026. A trade delegation from Da Nang made a visit"
         " to Vientiane on 3 February 2026.", "3 February 2026", "unknown"),
        ("Students from Hue made a study visit to Vientiane on 4 December 2025.", "4 December 2025", "unknown"),
        ("Tổng Bí thư Tô Lâm hội đàm tại Viêng Chăn ngày 5/2/2026. Một đoàn doanh nghiệp Đà Nẵng có một"
         " chuyến thăm Viêng Chăn ngày 3/2/2026.", "ngày 3/2/2026", "unknown"),
        # ... unless its sentence names who took part; "the visit" is the text's own
        ("To Lam held talks in Vientiane on 5 February 2026. To Lam made a visit to Vientiane on 3 February 2026.",
         "3 February 2026", "contradiction"),
        ("To Lam held talks in Vientiane on 5 February 2026. The visit on 3 February 2026 was short.",
         "3 February 2026", "contradiction"),
    ],
)  # fmt: skip
def test_an_event_word_after_an_indefinite_article_is_one_of_its_kind(
    text: str, said: str, verdict: str
) -> None:
    assert (said, verdict) in [(t, v) for t, v, _m in judged(text, ("date",), published=date(2026, 3, 1))]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # one person alone of a meeting of two: he meets others too
        ("Lao Prime Minister Sonexay Siphandone met Vietnamese businesses in Vientiane on 3 December 2025.", "unknown"),
        ("Thủ tướng Lào Sonexay Siphandone gặp các doanh nghiệp Việt Nam tại Viêng Chăn ngày 3/12/2025.", "unknown"),
        # both of them named: the meeting the record holds, misdated
        ("Lao Prime Minister Sonexay Siphandone met To Lam in Vientiane on 3 December 2025.", "contradiction"),
        # the right day stays right
        ("Lao Prime Minister Sonexay Siphandone met To Lam in Vientiane on 1 December 2025.", "ok"),
    ],
)  # fmt: skip
def test_one_person_alone_of_a_meeting_of_two_may_be_at_another(text: str, verdict: str) -> None:
    [(_said, got, _m)] = judged(text, ("date",), published=date(2026, 3, 1))
    assert got == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # people named by an office none of the event's people held: another event, theirs
        ("On 3 December 2025 the two foreign ministers met in Vientiane.", "unknown"),
        ("Ngày 3/12/2025, Bộ trưởng Ngoại giao hai nước đã có cuộc gặp tại Viêng Chăn.", "unknown"),
        # an office its people held: the event the record holds, misdated
        ("The two General Secretaries held talks in Vientiane on 6 February 2026.", "contradiction"),
        ("Hai Tổng Bí thư hội đàm tại Viêng Chăn ngày 6/2/2026.", "contradiction"),
    ],
)  # fmt: skip
def test_people_named_by_an_office_none_of_the_events_held_are_at_another(text: str, verdict: str) -> None:
    [(_said, got, _m)] = judged(text, ("date",), published=date(2026, 3, 1))
    assert got == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a recorded province's or city's trade: a part of the two countries', which the record lacks
        ("Nghe An's trade with Laos reached 500 million USD in 2025.", "unknown"),
        ("Trade between Hanoi and Vientiane reached 300 million USD in 2025.", "unknown"),
        ("Kim ngạch thương mại giữa Nghệ An và Lào năm 2025 đạt 500 triệu USD.", "unknown"),
        # a place named otherwise leaves the two countries' trade theirs
        ("Vientiane's officials said bilateral trade between Vietnam and Laos reached US$2.98 billion in 2025.", "ok"),
        ("Vientiane's officials said bilateral trade between Vietnam and Laos reached US$5 billion in 2025.",
         "contradiction"),
    ],
)  # fmt: skip
def test_a_recorded_places_trade_is_a_part_of_the_two_countries(text: str, verdict: str) -> None:
    [(_said, got, _m)] = judged(text, ("amount",), published=date(2026, 3, 1))
    assert got == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # an event said to be in a place the record does not hold, named with a word of its kind
        ("On 28 January 2026, Thongloun Sisoulith visited Bac Ninh province.", "unknown"),
        ("Ngày 28/1/2026, Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith thăm tỉnh Bắc Ninh.", "unknown"),
        ("A ceremony marking the 50th anniversary of the Lao National Day was held in Ho Chi Minh City on"
         " 28 November 2025.", "unknown"),
        ("Lễ kỷ niệm 50 năm Quốc khánh Lào được tổ chức tại TP Hồ Chí Minh ngày 28/11/2025.", "unknown"),
        ("ວັນທີ 28 ມັງກອນ 2026 ທ່ານ ທອງລຸນ ສີສຸລິດ ໄດ້ໄປຢ້ຽມຢາມແຂວງບັກນິງ.", "unknown"),
        # a recorded place, or none: the recorded event, misdated
        ("Thongloun Sisoulith visited Hanoi on 28 January 2026.", "contradiction"),
        ("The ceremony marking the 50th anniversary of the Lao National Day was held in Vientiane on"
         " 28 November 2025.", "contradiction"),
    ],
)  # fmt: skip
def test_an_event_in_a_place_the_record_does_not_hold_may_be_another(text: str, verdict: str) -> None:
    [(_said, got, _m)] = judged(text, ("date",), published=date(2026, 3, 1))
    assert got == verdict


@pytest.mark.parametrize(
    ("text", "change", "verdict"),
    [
        # 2.25 billion is the record's other 2024 figure, whose source states no change, and
        # 2.25 / 1.6 (2023) fits: the "about +34%" of the sources of 2.2 billion is not its change
        ("In 2024, trade between the two countries reached 2.25 billion USD, up 36.7%.", "36.7%", "unknown"),
        (
            "Năm 2024, kim ngạch thương mại hai nước đạt 2,25 tỷ USD, tăng 36,7% so với năm 2023.",
            "36,7%",
            "unknown",
        ),
        # the value those sources state: their change decides
        (
            "In 2024, trade between the two countries reached 2.2 billion USD, up 36.7%.",
            "36.7%",
            "contradiction",
        ),
        # 2.25 / 1.6 does not fit either
        (
            "In 2024, trade between the two countries reached 2.25 billion USD, up 52%.",
            "52%",
            "contradiction",
        ),
        # no recorded base to divide by: the period's stated change decides
        (
            "Laos-Vietnam trade reached $2.3 billion in January–October 2025, up 80.4 percent year on year.",
            "80.4 percent",
            "contradiction",
        ),
    ],
)
def test_a_change_of_a_value_whose_source_states_none_is_not_judged_by_others(
    text: str, change: str, verdict: str
) -> None:
    [(_said, found, message)] = [f for f in judged(text, ("change",)) if f[0] == change]
    assert found == verdict, message
    if verdict == "unknown":
        assert "states no change" in message and "1.6 (trade-2023-vietnamplus)" in message


@pytest.mark.parametrize(
    ("text", "published", "said", "verdict"),
    [
        # hailed or briefed on within half a year of the LPRP's 12th Congress (6-8 January 2026)
        (
            "Tổng Bí thư Tô Lâm chúc mừng thành công của Đại hội XI Đảng Nhân dân Cách mạng Lào.",
            "2026-01-27",
            "Đại hội XI",
            "contradiction",
        ),
        (
            "The leaders welcomed the success of the LPRP's 11th Congress.",
            "2026-02-12",
            "11th Congress",
            "contradiction",
        ),
        (
            "ທ່ານ ໂຕເລິມ ໄດ້ສະແດງຄວາມຍິນດີ ຕໍ່ຜົນສຳເລັດ ຂອງ ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XI ຂອງ ພັກປະຊາຊົນປະຕິວັດລາວ.",
            "2026-01-27",
            "ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XI",
            "contradiction",
        ),
        (
            "Tổng Bí thư Tô Lâm chúc mừng thành công của Đại hội XII Đảng Nhân dân Cách mạng Lào.",
            "2026-01-27",
            "Đại hội XII",
            "ok",
        ),
        # its own year stated, or a day near it: that congress's outcome
        (
            "Năm 2021, Việt Nam chúc mừng thành công của Đại hội XI Đảng Nhân dân Cách mạng Lào.",
            "2026-01-27",
            "Đại hội XI",
            "ok",
        ),
        (
            "The leaders welcomed the success of the LPRP's 11th Congress.",
            "2021-02-12",
            "11th Congress",
            "ok",
        ),
        # long after the latest congress, or not its outcome: no news
        (
            "The leaders welcomed the success of the LPRP's 11th Congress.",
            "2026-11-12",
            "11th Congress",
            "ok",
        ),
        (
            "Hai bên đánh giá kết quả thực hiện Nghị quyết Đại hội XI của Đảng Nhân dân Cách mạng Lào.",
            "2026-01-27",
            "Đại hội XI",
            "ok",
        ),
    ],
)
def test_a_congress_whose_outcome_is_news_is_the_partys_latest(
    text: str, published: str, said: str, verdict: str
) -> None:
    report = CHECKER.check_text(text, published=date.fromisoformat(published))
    assert [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"] == [(said, verdict)]
