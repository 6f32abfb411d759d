# SPDX-License-Identifier: MIT
"""
A birth or death told with a pronoun for the person (the word files' ``dates.life_pronouns``:
"his death on", "Ho Chi Minh's death on", "Bác mất ngày", "ທ່ານໄດ້ເສຍຊີວິດ") is the one person's
named before it in its sentence, or in the sentence before when the pronoun opens its own; with
none, or two, or across a semicolon, it is not said whose.  A second birth or death joined by
"and" shares the first's pronoun ("He was born in 1909 and died on ..."); "Bác" (Uncle Ho), said
of one person only, stands for the one person of the sentence before wherever it names him.

Ho Chi Minh died on 2 September 1969, Kaysone Phomvihane on 21 November 1992.
"""

from __future__ import annotations

import pytest

from vnla import check_text


def _dates(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    report = check_text(text, published="2026-03-01", lang=lang)
    return [(f.text, f.verdict.value, f.record) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "said", "verdict", "record"),
    [
        (
            "Ho Chi Minh led the struggle until his death on 2 September 1969.",
            "en",
            "2 September 1969",
            "ok",
            "death-ho-chi-minh",
        ),
        (
            "Ho Chi Minh led the struggle until his death on 2 September 1968.",
            "en",
            "2 September 1968",
            "contradiction",
            "death-ho-chi-minh",
        ),
        (
            "After Ho Chi Minh's death on 2 September 1968, the struggle went on.",
            "en",
            "2 September 1968",
            "contradiction",
            "death-ho-chi-minh",
        ),
        (
            "Kaysone Phomvihane served as Prime Minister until he died in 1991.",
            "en",
            "in 1991",
            "contradiction",
            "death-kaysone-phomvihane",
        ),
        (
            "Chủ tịch Hồ Chí Minh sinh năm 1890, Bác mất ngày 2/9/1968.",
            "vi",
            "ngày 2/9/1968",
            "contradiction",
            "death-ho-chi-minh",
        ),
        (
            "ທ່ານ ໄກສອນ ພົມວິຫານ ເປັນນາຍົກລັດຖະມົນຕີ ແລະ ທ່ານໄດ້ເສຍຊີວິດໃນວັນທີ 21 ພະຈິກ 1992.",
            "lo",
            "ວັນທີ 21 ພະຈິກ 1992",
            "ok",
            "death-kaysone-phomvihane",
        ),
    ],
)
def test_a_pronoun_stands_for_the_one_person_named_before(
    text: str, lang: str, said: str, verdict: str, record: str
) -> None:
    assert (said, verdict, record) in _dates(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        # two people before the pronoun: whose death is not said
        "Kaysone Phomvihane met Souphanouvong before his death on 21 November 1991.",
        # another part after a semicolon: "his" may be the author's
        "Ho Chi Minh wrote the poem; the author of the book recalled his death on 2 September 1968.",
        # "'s" after a word that is no person's name
        "The country's death on 2 September 1968 was mourned by Ho Chi Minh.",
        # no person named before it
        "His death on 2 September 1968 was mourned.",
    ],
)
def test_a_pronoun_that_stands_for_no_one_person_dates_nothing(text: str) -> None:
    assert [v for _t, v, _r in _dates(text, "en")] == ["unknown"]


@pytest.mark.parametrize(
    ("text", "lang", "said", "record"),
    [
        (
            "In 1991 Kaysone succeeded to the presidency himself. He died in Vientiane on 21 November 1992.",
            "en",
            "21 November 1992",
            "death-kaysone-phomvihane",
        ),
        (
            "Bác Hồ sinh ngày 19/5/1890 tại làng Kim Liên. Bác mất ngày 2/9/1969, đúng ngày Quốc khánh.",
            "vi",
            "ngày 2/9/1969",
            "death-ho-chi-minh",
        ),
    ],
)
def test_a_pronoun_that_opens_its_sentence_stands_for_the_person_of_the_one_before(
    text: str, lang: str, said: str, record: str
) -> None:
    assert (said, "ok", record) in _dates(text, lang)
    slip = said.replace("1992", "1991").replace("1969", "1968")
    assert (slip, "contradiction", record) in _dates(text.replace(said, slip), lang)


@pytest.mark.parametrize(
    "text",
    [
        "To Lam met Thongloun Sisoulith. He died on 21 November 1991.",
        # the person the sentence before speaks of, not its subject
        "The ambassador spoke warmly about Kaysone Phomvihane. She died on 21 November 1991.",
    ],
)
def test_a_pronoun_may_stand_for_someone_the_sentence_before_does_not_open_with(text: str) -> None:
    assert _dates(text, "en") == [("21 November 1991", "unknown", None)]


@pytest.mark.parametrize(
    ("text", "lang", "said", "record"),
    [
        (
            "Kaysone Phomvihane was born in Savannakhet. He studied law in Hanoi. He died on 21 November 1992.",
            "en",
            "21 November 1992",
            "death-kaysone-phomvihane",
        ),
        (
            "Chủ tịch Hồ Chí Minh là lãnh tụ. Bác sinh ngày 19/5/1890 tại làng Kim Liên; năm nay kỷ niệm 136 năm "
            "ngày sinh của Bác. Bác mất ngày 2/9/1969, đúng ngày Quốc khánh.",
            "vi",
            "ngày 2/9/1969",
            "death-ho-chi-minh",
        ),
    ],
)
def test_a_pronoun_reaches_back_over_sentences_a_pronoun_opens(
    text: str, lang: str, said: str, record: str
) -> None:
    assert (said, "ok", record) in _dates(text, lang)
    slip = said.replace("1992", "1993").replace("1969", "1968")
    assert (slip, "contradiction", record) in _dates(text.replace(said, slip), lang)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence between that a pronoun does not open: the topic may have moved on
        "Kaysone Phomvihane was born in Savannakhet. The party grew. He died on 21 November 1993.",
        # one a pronoun opens that names someone else, who does not open it
        "Kaysone Phomvihane was born in Savannakhet. His son met Souphanouvong. He died on 21 November 1993.",
        # over more than three sentences a pronoun opens
        "Kaysone Phomvihane was born in Savannakhet. He studied. He wrote. He taught. He read. He died on 21 "
        "November 1993.",
    ],
)
def test_a_pronoun_does_not_reach_over_other_sentences(text: str) -> None:
    assert _dates(text, "en") == [("21 November 1993", "unknown", None)]


@pytest.mark.parametrize(
    ("year", "verdict"),
    [("1993", "contradiction"), ("1992", "ok")],
)
def test_a_death_after_until_is_the_sentences_one_person(year: str, verdict: str) -> None:
    # "đến khi mất" (until dying, the word files' ``dates.until_words``): no pronoun right before
    # the death words, and the one person the sentence names is whose death it is
    text = f"Thủ tướng Cay-xỏn Phôm-vi-hản (từ 1975 đến 1991), sau đó ông làm Chủ tịch nước đến khi mất ngày 21/11/{year}."
    assert _dates(text, "vi")[-1] == (f"ngày 21/11/{year}", verdict, "death-kaysone-phomvihane")


def test_a_death_after_until_with_two_people_before_is_no_ones() -> None:
    text = "Cay-xỏn Phôm-vi-hản và Xuphanuvông làm việc đến khi mất ngày 21/11/1993."
    assert _dates(text, "vi") == [("ngày 21/11/1993", "unknown", None)]


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "Souphanouvong led the front. He was born in 1909 and died on 9 January {y}.",
            "en",
            "9 January {y}",
        ),
        (
            "Lời giải: Chủ tịch Cay-xỏn Phôm-vi-hản. Ghi chú: ông sinh ngày 13/12/1920 và mất năm {y}.",
            "vi",
            "năm {y}",
        ),
        ("ສຸພານຸວົງ ນຳພາ ແນວລາວຮັກຊາດ. ທ່ານ ເກີດ ປີ 1909 ແລະ ເສຍຊີວິດ ວັນທີ 9 ມັງກອນ {y}.", "lo", "ວັນທີ 9 ມັງກອນ {y}"),
    ],
)
@pytest.mark.parametrize(("year", "verdict"), [("right", "ok"), ("wrong", "contradiction")])
def test_a_death_joined_by_and_to_a_birth_shares_its_pronoun(
    text: str, lang: str, said: str, year: str, verdict: str
) -> None:
    death = {"Souphanouvong": 1995, "ສຸພານຸວົງ": 1995}.get(text.split(maxsplit=1)[0], 1992)
    y = death if year == "right" else death + 1
    assert _dates(text.format(y=y), lang)[-1][:2] == (said.format(y=y), verdict)


def test_a_death_joined_by_and_with_another_subject_is_that_ones() -> None:
    text = "Souphanouvong led the front. He was born in 1909 and Kaysone died on 21 November 1992."
    assert _dates(text, "en")[-1] == ("21 November 1992", "ok", "death-kaysone-phomvihane")


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        (
            "Quý khách đang ở Vinh, quê hương của Chủ tịch Hồ Chí Minh. Bác sinh ngày 19/5/1891 tại Kim Liên.",
            "ngày 19/5/1891",
            "contradiction",
        ),
        (
            "Bà kể năm 1968, khi Bác Hồ còn sống. Bác sinh ngày 19/5/1890 và mất ngày 2/9/1968.",
            "ngày 2/9/1968",
            "contradiction",
        ),
        # "ông" stands only for the one the sentence before opens with
        (
            "Đoàn đến quê hương của Chủ tịch Hồ Chí Minh. Ông sinh ngày 19/5/1891.",
            "ngày 19/5/1891",
            "unknown",
        ),
        # "Bác" reaches back over sentences that name no one (heldout33's pioneers' plan)
        (
            "Ngày 2/9/1945, Bác Hồ đọc Tuyên ngôn độc lập. Năm nay là lễ Quốc khánh lần thứ 80. "
            "Bác sinh ngày 19/5/1890 và mất ngày 2/9/1968.",
            "ngày 2/9/1968",
            "contradiction",
        ),
        # ... nor "ông" over one that names no one
        (
            "Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập. Năm nay là lễ Quốc khánh lần thứ 80. Ông mất ngày 2/9/1968.",
            "ngày 2/9/1968",
            "unknown",
        ),
    ],
)
def test_bac_stands_for_the_one_person_named_before_wherever_named(
    text: str, said: str, verdict: str
) -> None:
    assert _dates(text, "vi")[-1][:2] == (said, verdict)
