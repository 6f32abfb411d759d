# SPDX-License-Identifier: MIT
"""
A person given as the first holder of an office (``titles.first-holder``): the record holds
every President and Prime Minister of the Lao PDR with the day each began, the first of each in
1975, the year of the state's founding, so it knows the first President was Souphanouvong and
the first Prime Minister Kaysone Phomvihane.  For Vietnam's offices it holds no holder that
far back, and does not know.
"""

from __future__ import annotations

from datetime import date

import pytest

import vnla
from vnla.checker import check_text, rules
from vnla.checker.index import _index
from vnla.checker.judges.first_holders import first_holder


def _first(text: str, lang: str | None = None) -> list[tuple[str, str, str | None]]:
    report = check_text(text, published=date(2026, 2, 5), lang=lang)
    return [
        (f.text, f.verdict.value, f.canonical) for f in report.findings if f.rule == "titles.first-holder"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "said", "verdict"),
    [
        (
            "Souphanouvong was the first President of the Lao PDR.",
            "en",
            "first President of the Lao PDR",
            "ok",
        ),
        (
            "The portrait shows the Lao PDR's first Prime Minister, Prince Souphanouvong, in uniform.",
            "en",
            "first Prime Minister, Prince Souphanouvong",
            "contradiction",
        ),
        (
            "2 December 1975: the Lao PDR is proclaimed; Kaysone Phomvihane becomes its first President.",
            "en",
            "Kaysone Phomvihane becomes its first President",
            "contradiction",
        ),
        ("Chủ tịch nước đầu tiên của Lào là Xuphanuvông.", "vi", "Chủ tịch nước đầu tiên", "ok"),
        (
            "Cay-xỏn Phôm-vi-hản là Chủ tịch nước đầu tiên của nước Cộng hòa Dân chủ Nhân dân Lào.",
            "vi",
            "Cay-xỏn Phôm-vi-hản là Chủ tịch nước đầu tiên",
            "contradiction",
        ),
        (
            "ວັນທີ2ທັນວາ1975ສະຖາປະນາສປປລາວ;ປະທານປະເທດຄົນທຳອິດແມ່ນທ່ານໄກສອນພົມວິຫານ.",
            "lo",
            "ປະທານປະເທດຄົນທຳອິດແມ່ນທ່ານໄກສອນພົມວິຫານ",
            "contradiction",
        ),
        # the record holds no holder of Vietnam's presidency as far back as 1945
        ("Ho Chi Minh was the first President of Vietnam.", "en", "first President of Vietnam", "unknown"),
    ],
)
def test_the_first_holder_of_an_office(text: str, lang: str, said: str, verdict: str) -> None:
    assert [(t, v) for t, v, _c in _first(text, lang)] == [(said, verdict)]


def test_a_slip_holds_the_title_and_the_name_and_names_the_records_first_holder() -> None:
    # either words may be the slip (the first President was Souphanouvong; Kaysone was the first
    # Prime Minister): the finding holds both, names the record's first holder, and offers no
    # words to put in their place
    text = "Kaysone Phomvihane, the first President of the Lao PDR, died in 1992."
    report = check_text(text, published=date(2026, 2, 5), lang="en")
    [slip] = [f for f in report.findings if f.rule == "titles.first-holder"]
    assert (slip.text, slip.verdict.value, slip.canonical) == (
        "Kaysone Phomvihane, the first President of the Lao PDR",
        "contradiction",
        None,
    )
    assert "Souphanouvong" in slip.message
    [(_t, verdict, canonical)] = _first("ປະທານປະເທດຄົນທຳອິດແມ່ນທ່ານໄກສອນພົມວິຫານ.", "lo")
    assert (verdict, canonical) == ("contradiction", None)


@pytest.mark.parametrize(
    "text",
    [
        # no person beside the title, or one too far from it
        "It was the first President of the two countries to visit, To Lam said.",
        "The first Prime Minister of the Lao PDR, as the museum's long and detailed label says, was Kaysone Phomvihane.",
        # two persons, one on each side: not said which
        "Souphanouvong, first President, Kaysone Phomvihane and others attended.",
        # a full stop between the title and the person
        "He was the first President of the Lao PDR. Kaysone Phomvihane came later.",
    ],
)
def test_no_person_or_two_is_no_claim(text: str) -> None:
    assert _first(text, "en") == []


def test_the_record_knows_the_first_only_for_a_whole_line() -> None:
    index = _index(vnla.dataset())
    assert first_holder(index, "president", "LA") is not None
    assert first_holder(index, "president", "LA")[0] == "souphanouvong"
    assert first_holder(index, "prime-minister", "LA")[0] == "kaysone-phomvihane"
    assert first_holder(index, "president", "VN") is None  # its earliest holder began after 1945
    assert first_holder(index, "general-secretary", "LA") is None  # a holder with no day of beginning


def test_the_rule_is_listed() -> None:
    assert "titles.first-holder" in rules()


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In 1975 Souphanouvong became its first President and Kaysone its Prime Minister.", "ok"),
        ("In 1975 Kaysone became its first President and Souphanouvong its Prime Minister.", "contradiction"),
        ("In 1975 Souphanouvong became its first President, while Kaysone became Prime Minister.", "ok"),
    ],
)
def test_a_person_after_a_word_that_opens_another_clause_is_not_the_first_holder(
    text: str, verdict: str
) -> None:
    assert [v for _t, v, _c in _first(f"{text} The Lao PDR was proclaimed on 2 December 1975.", "en")] == [
        verdict
    ]


@pytest.mark.parametrize(
    ("text", "lang", "said", "verdict"),
    [
        # "first" after the title, then "of" and the country before the person
        (
            "ປະທານປະເທດ ຄົນທຳອິດ ຂອງ ສປປ ລາວ ແມ່ນ ທ່ານ ໄກສອນ ພົມວິຫານ.",
            "lo",
            "ປະທານປະເທດ ຄົນທຳອິດ ຂອງ ສປປ ລາວ ແມ່ນ ທ່ານ ໄກສອນ ພົມວິຫານ",
            "contradiction",
        ),
        ("ປະທານປະເທດຄົນທຳອິດຂອງສປປລາວແມ່ນທ່ານສຸພານຸວົງ.", "lo", "ປະທານປະເທດຄົນທຳອິດ", "ok"),
        (
            "Chủ tịch nước đầu tiên của nước Cộng hòa Dân chủ Nhân dân Lào là Cay-xỏn Phôm-vi-hản.",
            "vi",
            "Chủ tịch nước đầu tiên của nước Cộng hòa Dân chủ Nhân dân Lào là Cay-xỏn Phôm-vi-hản",
            "contradiction",
        ),
        (
            "Thủ tướng đầu tiên của nước CHDCND Lào là ông Kaysone Phomvihane.",
            "vi",
            "Thủ tướng đầu tiên",
            "ok",
        ),
    ],
)
def test_first_after_the_title_then_of_the_country(text: str, lang: str, said: str, verdict: str) -> None:
    assert [(t, v) for t, v, _c in _first(text, lang)] == [(said, verdict)]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Lao written with spaces between words: "ຄົນ ທຳອິດ" as "ຄົນທຳອິດ"
        ("ທ່ານ ສຸພານຸວົງ ເປັນ ນາຍົກລັດຖະມົນຕີ ຄົນ ທຳອິດ.", "contradiction"),
        ("ທ່ານ ສຸພານຸວົງ ເປັນ ປະທານປະເທດ ຄົນ ທຳອິດ.", "ok"),
    ],
)
def test_a_lao_first_written_with_spaces(text: str, verdict: str) -> None:
    report = check_text(text, published=date(2026, 10, 20), lang="lo")
    assert [f.verdict.value for f in report.findings if f.kind == "title"] == [verdict]
