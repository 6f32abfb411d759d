# SPDX-License-Identifier: MIT
"""
vnla.render.messages: the judges' explanations as English strings that can be written in
Vietnamese and Lao (the catalogs' templates, arguments in the reader's words).
"""

from __future__ import annotations

import json
import pickle
from datetime import date
from decimal import Decimal

import pytest

import vnla
from vnla.checker import check_text
from vnla.model.records import When
from vnla.render.messages import (
    Amount,
    Day,
    English,
    Localized,
    Message,
    Named,
    Ordinal,
    Period,
    Qualified,
    Quoted,
    Weekday,
    Word,
    joined,
    written,
)


def test_a_message_is_its_english_text() -> None:
    m = Message(
        "{day} is a {real}, not a {said}", day=Day(date(2025, 12, 2)), real=Weekday(1), said=Weekday(2)
    )
    assert m == "December 2, 2025 is a Tuesday, not a Wednesday"
    assert hash(m) == hash(str(m))
    assert json.dumps({"message": m}) == json.dumps({"message": str(m)})
    assert m.template == "{day} is a {real}, not a {said}"


def test_a_message_is_written_in_the_readers_language() -> None:
    m = Message(
        "{day} is a {real}, not a {said}", day=Day(date(2025, 12, 2)), real=Weekday(1), said=Weekday(2)
    )
    assert m.written("vi") == "2 tháng 12, 2025 là Thứ Ba, không phải Thứ Tư"
    assert m.written("lo") == "2 ທັນວາ 2025 ແມ່ນວັນອັງຄານ ບໍ່ແມ່ນວັນພຸດ"
    assert m.written("en") == str(m)


def test_nested_messages_and_joined_parts_are_written_too() -> None:
    inner = Message("no office")
    outer = joined(
        "; ", [inner, Message("the record has no office for {name}", name=Named("to-lam", "To Lam"))]
    )
    assert outer == "no office; the record has no office for To Lam"
    assert outer.written("lo", vnla.dataset()) == "ບໍ່ມີຕຳແໜ່ງໃດ; ຂໍ້ມູນບໍ່ມີຕຳແໜ່ງໃດຂອງ ໂຕເລິມ"
    with pytest.raises(ValueError, match="punctuation"):
        joined(" and ", ["a", "b"])


def test_a_template_no_catalog_has_is_english_marked() -> None:
    assert Message("a sentence no catalog has").written("vi") == "[en: a sentence no catalog has]"
    assert Message("{a} ({b})", a="x", b="y").written("lo") == "x (y)"  # no word to translate
    assert written("plain English", "lo") == "[en: plain English]"
    assert written("", "vi") == ""


def test_the_arguments_in_each_language() -> None:
    ds = vnla.dataset()
    assert Named("vientiane", "Vientiane").text("lo", ds) == "ວຽງຈັນ"
    assert Named("no-such-record", "Nowhere").text("vi", ds) == "[en: Nowhere]"
    assert Period(When.on(date(2025, 12, 3)), iso=True).text("en") == "2025-12-03"
    assert Period(When.on(date(2025, 12, 3)), iso=True).text("lo") == "3 ທັນວາ 2025"
    assert Day(date(2025, 12, 3), iso=True).text("en") == "2025-12-03"
    assert (Ordinal(1).text("en"), Ordinal(13).text("en"), Ordinal(13).text("lo")) == ("1st", "13th", "ທີ 13")
    assert Amount("2.98 bn USD", Decimal("2980000000"), "USD").text("vi") == "2,98 tỷ US$"
    assert Amount("450 projects", Decimal(450), "projects").text("lo") == "450 [en: projects]"
    assert Qualified("almost +5%", "almost", "+5%").text("lo") == "ເກືອບ +5%"
    assert Word("near-term").text("en") == "near-term"
    assert Word("bilateral-trade-turnover", english="bilateral trade turnover").text("vi") == (
        "kim ngạch thương mại song phương"
    )
    assert Localized("Prime Minister", (("lo", "ນາຍົກລັດຖະມົນຕີ"),)).text("lo") == "ນາຍົກລັດຖະມົນຕີ"
    assert Quoted("hôm nay", "vi").text("lo") == "[vi: hôm nay]"
    assert English("within the term").text("lo") == "[en: within the term]"


def test_a_message_pickles_and_is_immutable() -> None:
    m = Message("the record dates {event!r} ({id})", event=Named("to-lam", "To Lam"), id="to-lam")
    again = pickle.loads(pickle.dumps(m))
    assert again == m and type(again) is Message and again.args == m.args
    assert again.written("lo", vnla.dataset()) == m.written("lo", vnla.dataset())
    with pytest.raises(AttributeError, match="immutable"):
        m.template = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        m.args["id"] = "someone-else"  # type: ignore[index]
    assert again.written("en") == m


def test_a_checked_finding_keeps_its_template_through_a_pickle() -> None:
    """Findings made in another process (check_files with workers) are written in Lao as well."""
    report = check_text(
        "On Tuesday, December 3, 2025, the committee met in Vientiane.", published=date(2026, 2, 6)
    )
    [weekday] = [f for f in report.findings if f.rule == "dates.weekday"]
    again = pickle.loads(pickle.dumps(report))
    [copy] = [f for f in again.findings if f.rule == "dates.weekday"]
    assert copy == weekday and isinstance(copy.message, Message)
    assert written(copy.message, "lo") == "3 ທັນວາ 2025 ແມ່ນວັນພຸດ ບໍ່ແມ່ນວັນອັງຄານ"
