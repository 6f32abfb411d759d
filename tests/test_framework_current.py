# SPDX-License-Identifier: MIT
"""
A whole earlier framework given as the current one (``framework.listing``, the word files'
``framework.current_words``: "hiện nay", "current", "ປະຈຸບັນ"): since 2 December 2025 the
framework has four elements, so "great friendship, special solidarity and comprehensive
cooperation" called current in 2026 is a slip.  Without such words the three elements may
describe the relationship in part, and pass; so do they in a sentence of an earlier year.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 3, 1)


def _listing(text: str, lang: str) -> list[str]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [f.verdict.value for f in report.findings if f.rule == "framework.listing"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Mối quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện hiện nay giữa Việt Nam và Lào là tài sản vô giá.",
            "vi",
        ),
        ("The current formula is great friendship, special solidarity and comprehensive cooperation.", "en"),
        ('ສາຍພົວພັນ "ມິດຕະພາບອັນຍິ່ງໃຫຍ່, ຄວາມສາມັກຄີພິເສດ ແລະ ການຮ່ວມມືຮອບດ້ານ" ເຊິ່ງ ເປັນ ຄຳນິຍາມ ໃນປະຈຸບັນ.', "lo"),
    ],
)
def test_an_earlier_framework_given_as_current_is_a_slip(text: str, lang: str) -> None:
    assert _listing(text, lang) == ["contradiction"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no word that makes it the current framework: a description in part
        (
            "Mối quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện giữa Việt Nam và Lào là tài sản vô giá.",
            "vi",
        ),
        # the current framework, whole
        (
            "The current formula is great friendship, special solidarity, comprehensive cooperation and strategic cohesion.",
            "en",
        ),
        # the framework of an earlier year
        (
            "In 2020 the current formula was great friendship, special solidarity and comprehensive cooperation.",
            "en",
        ),
    ],
)
def test_otherwise_a_listing_of_the_first_elements_passes(text: str, lang: str) -> None:
    assert "contradiction" not in _listing(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # given as what the document that made the four-element framework set out
        (
            'The Vietnam–Laos Joint Statement of 2 December 2025 set out the formula "great friendship, '
            'special solidarity and comprehensive cooperation".',
            "en",
            ["contradiction"],
        ),
        (
            "Tuyên bố chung Việt Nam – Lào ngày 2/12/2025, trong đó hai bên nâng quan hệ lên tầm mới với công "
            'thức "hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện".',
            "vi",
            ["contradiction"],
        ),
        # what it added to, with the fourth element named
        (
            'The Vietnam–Laos Joint Statement of 2 December 2025 added "strategic cohesion" to "great '
            'friendship, special solidarity and comprehensive cooperation".',
            "en",
            [],
        ),
        # what it corrects, named after a semicolon
        (
            'Dự thảo còn dùng cụm từ "hữu nghị truyền thống, đoàn kết đặc biệt và hợp tác toàn diện"; đề '
            "nghị cập nhật theo Tuyên bố chung Việt Nam – Lào ngày 2/12/2025.",
            "vi",
            [],
        ),
    ],
)
def test_an_earlier_framework_given_as_the_documents(text: str, lang: str, expected: list[str]) -> None:
    assert [v for v in _listing(text, lang) if v == "contradiction"] == expected


# Elements may be set off by semicolons, dashes between spaces, middle dots or slashes, as by commas.
@pytest.mark.parametrize("sep", ["; ", " – ", " · ", " / "])
def test_a_listings_elements_may_be_set_off_by_other_marks(sep: str) -> None:
    text = (
        'Ngày 2/12/2025, Tuyên bố chung nâng tầm quan hệ thành "'
        + sep.join(["hữu nghị truyền thống", "đoàn kết đặc biệt", "hợp tác toàn diện", "gắn kết chiến lược"])
        + '".'
    )
    report = check_text(text, published=PUBLISHED, lang="vi")
    found = {f.text: f.verdict.value for f in report.findings if f.kind == "framework"}
    # the 2025 formula opens with great friendship: "traditional" in it is right on no day
    assert found["hữu nghị truyền thống"] == "contradiction", found


def test_what_the_fourth_element_joined_is_not_given_as_current() -> None:
    text = (
        "Definition: fourth element of the relationship, written into the Joint Statement of 2 December "
        "2025 after great friendship, special solidarity and comprehensive cooperation."
    )
    assert _listing(text, "en") == []
