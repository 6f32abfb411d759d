# SPDX-License-Identifier: MIT
"""
A word of "of" sets a place in a region where a region word stands with the region (the word
files' ``places.of_region``): "Vinh, a city of Ha Tinh province" and "thành phố Vinh của tỉnh
Thanh Hóa" put Vinh, which the record puts in Nghe An, in another province.  "of" with no
region word says whose, not where, and sets nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _places(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 4, 9), lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "place"]


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        (
            "The expressway runs from Vinh, a city of {p} province, to the border.",
            "en",
            ("Ha Tinh", "Nghe An"),
        ),
        ("Đoạn cao tốc bắt đầu từ thành phố Vinh của tỉnh {p}.", "vi", ("Thanh Hóa", "Nghệ An")),
    ],
)
def test_a_place_of_another_region_is_a_slip(text: str, lang: str, region: tuple[str, str]) -> None:
    wrong, right = region
    assert (wrong, "contradiction") in _places(text.format(p=wrong), lang)
    assert (right, "ok") in _places(text.format(p=right), lang)


def test_of_without_a_region_word_sets_nothing() -> None:
    text = "The expressway runs from Vinh, a city of Ha Tinh's neighbours, to the border."
    assert all(verdict != "contradiction" for _t, verdict in _places(text, "en"))
