# SPDX-License-Identifier: MIT
"""
A date that misses its event may be another event's, when its sentence names people only by an
office none of the event's people held ("the two foreign ministers met on ..."); but a record
that names no people (a document: the Joint Statement, whose signers the record does not list)
gives that test nothing to go on, and the date is judged as the document's.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

_TEXT = (
    "Hai Tổng Bí thư hội đàm tại Viêng Chăn, thống nhất ưu tiên triển khai các thỏa thuận cấp cao "
    "và Tuyên bố chung ký ngày {day}/12/2025."
)


@pytest.mark.parametrize(("day", "verdict"), [(3, "contradiction"), (2, "ok")])
def test_a_document_signed_on_a_day_is_judged_by_office_words_too(day: int, verdict: str) -> None:
    report = check_text(_TEXT.format(day=day), published=date(2026, 2, 6), lang="vi")
    assert [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"] == [
        (f"ngày {day}/12/2025", verdict)
    ]


def test_an_events_people_by_office_still_tell_another_event() -> None:
    # To Lam's visit to former leaders of 1 December 2025: no foreign minister of the two was there
    text = "On 3 December 2025 the two foreign ministers met former senior leaders in Vientiane."
    report = check_text(text, published=date(2026, 2, 6), lang="en")
    assert all(f.verdict.value != "contradiction" for f in report.findings if f.kind == "date")
