# SPDX-License-Identifier: MIT
"""
A person named as another's spouse (``people.spouse``): the record holds To Lam's spouse, Ngo
Phuong Ly, and Thongloun Sisoulith's, Naly Sisoulith (each on one of the two records; the
index reads them both ways).  A spouse the record holds for neither person is not known.
"""

from __future__ import annotations

from datetime import date

import pytest

import vnla
from vnla.checker import check_text, rules
from vnla.checker.index import _index


def _spouses(text: str, lang: str | None = None) -> list[tuple[str, str, str | None]]:
    report = check_text(text, published=date(2026, 2, 6), lang=lang)
    return [(f.text, f.verdict.value, f.canonical) for f in report.findings if f.rule == "people.spouse"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "General Secretary To Lam and his wife Ngo Phuong Ly arrived in Vientiane.",
            "en",
            [("Ngo Phuong Ly", "ok", None)],
        ),
        (
            "Thongloun Sisoulith's wife, Naly Sisoulith, hosted a banquet for the guests.",
            "en",
            [("Naly Sisoulith", "ok", None)],
        ),
        (
            "Naly Sisoulith, the wife of the Lao General Secretary Thongloun Sisoulith, visited a school.",
            "en",
            [("Naly Sisoulith", "ok", None)],
        ),
        (
            "Tổng Bí thư Tô Lâm và Phu nhân Ngô Phương Ly đã tới Viêng Chăn.",
            "vi",
            [("Ngô Phương Ly", "ok", None)],
        ),
        (
            "Bà Ngô Phương Ly, phu nhân Tổng Bí thư Tô Lâm, thăm một trường học.",
            "vi",
            [("Ngô Phương Ly", "ok", None)],
        ),
        (
            "ທ່ານ ໂຕເລິມ ແລະ ພັນລະຍາ ທ່ານນາງ ໂງເຟືອງລີ ໄດ້ ມາ ຮອດ ວຽງຈັນ.",
            "lo",
            [("ໂງເຟືອງລີ", "ok", None)],
        ),
        (
            "ທ່ານນາງ ນາລີ ສີສຸລິດ ພັນລະຍາ ຂອງ ທ່ານ ທອງລຸນ ສີສຸລິດ ໄດ້ ຕ້ອນຮັບ ແຂກ.",
            "lo",
            [("ນາລີ ສີສຸລິດ", "ok", None)],
        ),
    ],
)
def test_a_spouse_the_record_holds_is_ok(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _spouses(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "said", "canonical"),
    [
        # the partner's spouse is another: the record's is the canonical name
        (
            "General Secretary To Lam and his wife Naly Sisoulith arrived in Vientiane.",
            "en",
            "Naly Sisoulith",
            "Ngo Phuong Ly",
        ),
        (
            "Naly Sisoulith, the wife of General Secretary To Lam, visited a school.",
            "en",
            "Naly Sisoulith",
            "Ngo Phuong Ly",
        ),
        (
            "Tổng Bí thư Tô Lâm cùng phu nhân Naly Sisoulith thăm Lào.",
            "vi",
            "Naly Sisoulith",
            "Ngô Phương Ly",
        ),
        (
            "ຍິນດີຕ້ອນຮັບທ່ານໂຕເລິມເລຂາທິການໃຫຍ່ຄະນະບໍລິຫານງານສູນກາງພັກກອມມູນິດຫວຽດນາມແລະພັນລະຍາທ່ານນາງນາລີສີສຸລິດ!",
            "lo",
            "ນາລີສີສຸລິດ",
            "ໂງເຟືອງລີ",
        ),
        # the one called the spouse is another's: no canonical name to offer
        (
            "Prime Minister Sonexay Siphandone and his wife Ngo Phuong Ly attended.",
            "en",
            "Ngo Phuong Ly",
            None,
        ),
    ],
)
def test_a_spouse_of_another_is_a_contradiction_on_the_spouses_name(
    text: str, lang: str, said: str, canonical: str | None
) -> None:
    assert _spouses(text, lang) == [(said, "contradiction", canonical)]


def test_the_message_says_whose_spouse_the_record_holds() -> None:
    report = check_text("To Lam and his wife Naly Sisoulith landed.", published=date(2026, 2, 6))
    (finding,) = [f for f in report.findings if f.rule == "people.spouse"]
    assert finding.message == (
        "the record has Ngo Phuong Ly as the spouse of To Lam; the text gives Naly Sisoulith"
    )
    assert finding.evidence  # the record's evidence of the spouse


def test_a_spouse_the_record_holds_for_neither_is_unknown() -> None:
    assert _spouses("Pham Minh Chinh and his wife Sonexay Siphandone.", "en") == [
        ("Sonexay Siphandone", "unknown", None)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a verb between: the wife is To Lam's, unnamed; Thongloun is welcomed
        ("To Lam and his wife welcomed Thongloun Sisoulith at the airport.", "en"),
        # a list of guests, each with his wife: the comma and a title open the next name
        (
            "Thongloun Sisoulith và Phu nhân, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam "
            "Tô Lâm và Phu nhân đã dự lễ.",
            "vi",
        ),
        # the wife of a third, unnamed person
        ("To Lam and the wife of the ambassador met Naly Sisoulith.", "en"),
        # a sentence between the names
        ("To Lam came with his wife. Naly Sisoulith met them.", "en"),
    ],
)
def test_names_the_words_do_not_make_spouses_are_not_judged(text: str, lang: str) -> None:
    assert _spouses(text, lang) == []


def test_the_index_reads_a_spouse_from_either_record() -> None:
    spouses = _index(vnla.dataset()).spouses
    assert spouses["to-lam"] == "ngo-phuong-ly"
    assert spouses["ngo-phuong-ly"] == "to-lam"
    assert spouses["thongloun-sisoulith"] == "naly-sisoulith"
    assert all(spouses[spouses[p]] == p for p in spouses)


def test_the_rule_is_listed() -> None:
    assert "people.spouse" in rules()
