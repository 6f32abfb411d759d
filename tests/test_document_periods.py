# SPDX-License-Identifier: MIT
"""
A document's name written with another span of years than the one it covers
(``documents.period``): the Protocol on training cooperation covers 2022 - 2027 and the education
Project 2021 - 2030.  A span that shares its first or last year with the recorded one, or two
years or more of it, is a slip; one that shares neither, and a year at most, may be another
document of the kind (the protocol of 2017 - 2022 came before), and is unknown; the recorded span
is the name's, and passes.  The name's shorter form, its parties left out or written otherwise
("Protocol on training cooperation for 2021 - 2025", "Nghị định thư về hợp tác đào tạo giữa hai
Chính phủ giai đoạn 2022 - 2026"), is read the same way.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text, rules

PROTOCOL = (
    "We are implementing the Protocol on training cooperation between the two governments for the period {}."
)
PROJECT = (
    "The Project to improve the quality and effectiveness of Vietnam - Laos education cooperation "
    "for the period {} is under way."
)


def _documents(text: str) -> list[tuple[str, str | None]]:
    report = check_text(text, published=date(2026, 1, 20), lang="en")
    return [(f.verdict.value, f.rule) for f in report.findings if f.kind == "document"]


@pytest.mark.parametrize(
    ("text", "years", "expected"),
    [
        (PROTOCOL, "2022 - 2027", ("ok", "names.recorded")),
        (PROTOCOL, "2021 - 2027", ("contradiction", "documents.period")),
        (PROTOCOL, "2022–2026", ("contradiction", "documents.period")),
        (PROTOCOL, "2017 - 2022", ("unknown", "documents.period")),
        # sharing neither end, but four years of the recorded span: no other protocol of the kind
        (PROTOCOL, "2021 - 2025", ("contradiction", "documents.period")),
        (PROTOCOL, "2012 - 2016", ("unknown", "documents.period")),
        (PROJECT, "2021 - 2030", ("ok", "names.recorded")),
        (PROJECT, "2021 - 2025", ("contradiction", "documents.period")),
    ],
)
def test_a_documents_name_with_another_span_of_years(
    text: str, years: str, expected: tuple[str, str]
) -> None:
    assert _documents(text.format(years)) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Pupils study under the Protocol on training cooperation for 2021–2025.", "en", "contradiction"),
        (
            "Pupils study under the Protocol on training cooperation for 2021–2026 between the two governments.",
            "en",
            "contradiction",
        ),
        ("Pupils study under the Protocol on training cooperation for 2022–2027.", "en", "ok"),
        (
            "Pupils study under the Protocol on training cooperation for the period 2017-2022.",
            "en",
            "unknown",
        ),
        (
            "Căn cứ Nghị định thư về hợp tác đào tạo giữa hai Chính phủ giai đoạn 2022–2026;",
            "vi",
            "contradiction",
        ),
        ("Căn cứ Nghị định thư về hợp tác đào tạo giai đoạn 2021 – 2025;", "vi", "contradiction"),
        ("Căn cứ Nghị định thư về hợp tác đào tạo giữa hai Chính phủ giai đoạn 2022 - 2027;", "vi", "ok"),
        # the Foreign Ministry's full name of it
        (
            "Nghị định thư về hợp tác đào tạo giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và "
            "Chính phủ nước Cộng hòa dân chủ nhân dân Lào giai đoạn 2022 - 2027 có hiệu lực từ ngày ký.",
            "vi",
            "ok",
        ),
    ],
)
def test_a_shorter_form_of_the_name(text: str, lang: str, expected: str) -> None:
    report = check_text(text, published=date(2026, 1, 20), lang=lang)
    assert [f.verdict.value for f in report.findings if f.kind == "document"] == [expected]


def test_the_slip_says_what_the_record_has() -> None:
    report = check_text(PROTOCOL.format("2021 - 2027"), published=date(2026, 1, 20), lang="en")
    [finding] = [f for f in report.findings if f.kind == "document"]
    assert finding.record == "protocol-training-2022-2027"
    assert "covers 2022–2027; the text says 2021–2027" in str(finding.message)
    assert finding.canonical == "2022 - 2027"


def test_other_words_before_a_span_of_years_are_no_document() -> None:
    text = "The five-year plan for the period 2021 - 2025 was met."
    assert _documents(text) == []


def test_the_rule_is_listed() -> None:
    assert "documents.period" in rules()


# The place of a document's signing may stand between its name and its day: the Joint Statement
# was signed in Vientiane on 2 December 2025.
@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("- Căn cứ Tuyên bố chung Việt Nam – Lào ký tại Viêng Chăn ngày 3/12/2025;", "vi", "contradiction"),
        ("- Căn cứ Tuyên bố chung Việt Nam – Lào ký tại Viêng Chăn ngày 2/12/2025;", "vi", "ok"),
        (
            "The Vietnam–Laos Joint Statement, signed in Vientiane on 2 December 2025, sets the goals.",
            "en",
            "ok",
        ),
        # issued, as signed, with the place between
        ("The Joint Statement was issued in Vientiane on 1 December 2025.", "en", "contradiction"),
        ("The Joint Statement was issued in Vientiane on 2 December 2025.", "en", "ok"),
        # a place that is no signing's, and a day far from the document's: another thing's day
        ("The Vietnam–Laos Joint Statement is on show in Hanoi from 3 March 2026.", "en", "unknown"),
    ],
)
def test_a_documents_day_after_the_place_of_its_signing(text: str, lang: str, verdict: str) -> None:
    report = check_text(text, published=date(2026, 3, 1), lang=lang)
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == [verdict]
