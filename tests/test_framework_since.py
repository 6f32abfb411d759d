# SPDX-License-Identifier: MIT
"""
A listing of the framework said to hold since a year ("Since 2019 the relationship has been
called ...", "... mà hai nước xác lập từ năm 2019") held at that start: an element added on a
known day after the start's period is a slip ("strategic cohesion" joined on 2 December 2025),
one in force then is not, whatever came after, nor one of a stage whose start the record knows
only roughly (the great friendship wording, attested by October 2019; the traditional one was
in use in 2017).
"""

from __future__ import annotations

import pytest

from vnla import check_text


def _framework(text: str, lang: str) -> dict[str, str]:
    report = check_text(text, published="2026-04-10", lang=lang)
    return {f.text: f.verdict.value for f in report.findings if f.kind == "framework"}


@pytest.mark.parametrize(
    ("text", "lang", "element"),
    [
        (
            'Since 2019 the relationship has officially been called "great friendship, special solidarity, '
            'comprehensive cooperation and strategic cohesion".',
            "en",
            "strategic cohesion",
        ),
        (
            'Các bộ ảnh thể hiện nội hàm của khuôn khổ "hữu nghị vĩ đại, đoàn kết đặc biệt, hợp tác toàn diện, '
            'gắn kết chiến lược" mà hai nước xác lập từ năm 2019.',
            "vi",
            "gắn kết chiến lược",
        ),
    ],
)
def test_an_element_added_after_the_start_of_since_is_a_slip(text: str, lang: str, element: str) -> None:
    found = _framework(text, lang)
    assert found.pop(element) == "contradiction"
    assert set(found.values()) == {"ok"}


@pytest.mark.parametrize(
    "text",
    [
        'Since 2019 the relationship has officially been called "great friendship, special solidarity and '
        'comprehensive cooperation".',
        'Since December 2025 the relationship has been called "great friendship, special solidarity, '
        'comprehensive cooperation and strategic cohesion".',
        # the great friendship wording is attested by October 2019, its start known only roughly:
        # it may have been in use soon after 2017
        'Since 2017 the two sides have spoken of "great friendship, special solidarity and comprehensive '
        'cooperation".',
    ],
)
def test_a_listing_in_force_at_the_start_is_ok(text: str) -> None:
    assert set(_framework(text, "en").values()) == {"ok"}
