# SPDX-License-Identifier: MIT
"""
A document named once and spoken of again by a word of its name ("the Treaty", "Hiệp ước
này", "ສົນທິສັນຍາ ສະບັບ ນີ້") is dated as its name would be (:mod:`vnla.checker.references`),
and only when nothing else may be meant.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text
from vnla.checker.references import _HEAD, references
from vnla.lang.words import words


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 7, 1), lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"]


_NAMED = {
    "en": "The Treaty of Amity and Cooperation between Vietnam and Laos is the bedrock of their ties. ",
    "vi": "Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào là nền tảng của quan hệ hai nước. ",
    "lo": "ສົນທິສັນຍາ ມິດຕະພາບ-ການຮ່ວມມື ລາວ-ຫວຽດນາມ ແມ່ນ ພື້ນຖານ ຂອງ ສາຍພົວພັນ. ",
}


@pytest.mark.parametrize(
    ("lang", "again", "wrong", "right"),
    [
        ("en", "The Treaty was signed on {}.", "18 July 1979", "18 July 1977"),
        (
            "en",
            "Forty-nine years on, this treaty, signed on {}, still guides them.",
            "18 July 1975",
            "18 July 1977",
        ),
        ("vi", "Hiệp ước này được ký ngày {} tại Viêng Chăn.", "18/7/1979", "18/7/1977"),
        ("vi", "Hiệp ước nói trên được ký ngày {}.", "18/7/1976", "18/7/1977"),
        # alone, with the capital of a name, not opening its sentence
        ("vi", "Ngày {}, tại Viêng Chăn, hai nước ký Hiệp ước.", "18/7/1976", "18/7/1977"),
        ("lo", "ສົນທິສັນຍາ ສະບັບ ນີ້ ລົງນາມ ໃນ ວັນທີ {}.", "18 ກໍລະກົດ 1979", "18 ກໍລະກົດ 1977"),
        ("lo", "ສົນທິສັນຍາດັ່ງກ່າວລົງນາມໃນວັນທີ{}.", "18ກໍລະກົດ1978", "18ກໍລະກົດ1977"),
    ],
)
def test_a_document_spoken_of_again_is_dated_as_its_name(
    lang: str, again: str, wrong: str, right: str
) -> None:
    slip = _dates(_NAMED[lang] + again.format(wrong), lang)
    assert [verdict for text, verdict in slip if wrong in text] == ["contradiction"]
    clean = _dates(_NAMED[lang] + again.format(right), lang)
    assert [verdict for text, verdict in clean if right in text] == ["ok"]


@pytest.mark.parametrize(
    "text",
    [
        # the word stands for another treaty between the name and the words
        "The Treaty of Amity and Cooperation was signed in 1977. In 1990 a border treaty followed. "
        "The treaty was signed on 18 July 1979.",
        # the start of another name
        "The Treaty of Amity and Cooperation was signed in 1977. The Treaty of Paris was signed on 18 July 1979.",
        # no word that points back
        "The Treaty of Amity and Cooperation was signed in 1977. A treaty was signed on 18 July 1979.",
        # words that pick out which treaty is meant: another, maybe
        "Vietnam and Laos signed the Treaty of Amity and Cooperation in 1977. The treaty signed on "
        "18 July 1979 fixed the border.",
        "Vietnam and Laos signed the Treaty of Amity and Cooperation in 1977. On 18 July 1979 they signed "
        "the treaty delimiting the border.",
        # a capital word opening the sentence, or starting another name
        "The Treaty of Amity and Cooperation was signed in 1977. Treaty signed on 18 July 1979, a border one.",
        "The Treaty of Amity and Cooperation was signed in 1977. A Treaty Council met on 18 July 1979.",
        # nothing named before them
        "The treaty was signed on 18 July 1979, a year before the Treaty of Amity and Cooperation was cited.",
    ],
)
def test_words_that_may_mean_another_document_date_nothing(text: str) -> None:
    assert ("18 July 1979", "unknown") in _dates(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # Vietnamese writes a name's descriptor in lower case: "Hiệp ước hoạch định biên giới" is
        # another treaty, and so may any word after a capital head be
        "Hai nước ký Hiệp ước Hữu nghị và Hợp tác năm 1977. Năm 1990, hai bên ký Hiệp ước hoạch định biên giới.",
        "Hai nước ký Hiệp ước Hữu nghị và Hợp tác năm 1977. Năm 1990, hai bên ký Hiệp ước bổ sung.",
    ],
)
def test_a_capital_head_with_words_after_it_may_name_another_document(text: str) -> None:
    assert ("Năm 1990", "unknown") in _dates(text, "vi")


def _heads(text: str) -> list[tuple[int, int]]:
    """Where the head words stand (the scan's automaton finds them in a check)."""
    return [m.span() for m in _HEAD.finditer(text)]


def test_two_documents_named_with_the_word_leave_it_open() -> None:
    cues = [
        (0, 31, frozenset(), ("treaty-amity-cooperation-1977",)),
        (36, 60, frozenset(), ("another-treaty",)),
    ]
    kinds = {"treaty-amity-cooperation-1977": "document", "another-treaty": "document"}
    text = "Treaty of Amity and Cooperation and the Border Treaty of 1986. The Treaty was signed in 1977."
    hits = [(0, 31, None), (36, 60, None)]
    assert references(text, cues, hits, kinds, _heads(text)) == []
    # with one named, the word standing between for another unnamed one still leaves it open
    assert references(text, cues[:1], hits[:1], kinds, _heads(text)) == []
    alone = "Treaty of Amity and Cooperation, 1977. The Treaty was signed in Vientiane."
    one = references(alone, cues[:1], hits[:1], kinds, _heads(alone))
    assert [(alone[s:e], ids) for s, e, _k, ids in one] == [("Treaty", ("treaty-amity-cooperation-1977",))]


def test_an_event_named_with_the_word_is_no_document() -> None:
    cues = [(0, 15, frozenset(), ("some-event",))]
    text = "The Convention of the year was opened. The Convention was signed in 2025."
    assert references(text, cues, [(0, 15, None)], {"some-event": "event"}, _heads(text)) == []


@pytest.mark.parametrize("lang", ["en", "vi", "lo"])
def test_each_language_has_its_words(lang: str) -> None:
    found = words(lang)
    assert found.get("references", "heads")
    assert found.get("references", "before") or found.get("references", "after")
