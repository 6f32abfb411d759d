# SPDX-License-Identifier: MIT
"""
A sentence of two dates and two places (``places.event``): the place nearest the date of a
numbered event is that event's, though another place of the sentence is where the event took
place. "... in Vientiane on 2 December 2025, and the next day the 48th meeting ..., held in
Hanoi on 3 December 2025": the 48th meeting was in Vientiane, and Hanoi is the slip, in
English, Vietnamese and Lao; with the right place, nothing is.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 8, 25)

CASES = [
    (
        "en",
        "The two Parties' leaders set both targets in Vientiane on 2 December 2025, and the next day the "
        "48th meeting of the Intergovernmental Committee, held in {p} on 3 December 2025, was co-chaired "
        "by the two Prime Ministers.",
        ("Hanoi", "Vientiane"),
    ),
    (
        "vi",
        "Lãnh đạo hai Đảng hội đàm tại Viêng Chăn ngày 2/12/2025, và hôm sau Kỳ họp lần thứ 48 Ủy ban "
        "liên Chính phủ Việt Nam - Lào diễn ra tại {p} ngày 3/12/2025.",
        ("Hà Nội", "Viêng Chăn"),
    ),
]


def _places(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "place"]


@pytest.mark.parametrize(("lang", "template", "places"), CASES)
def test_the_place_of_the_numbered_events_date_is_judged(
    lang: str, template: str, places: tuple[str, str]
) -> None:
    wrong, right = places
    assert _places(template.format(p=wrong), lang)[-1] == (wrong, "contradiction")
    assert all(v == "ok" for _t, v in _places(template.format(p=right), lang))
