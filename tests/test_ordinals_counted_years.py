# SPDX-License-Identifier: MIT
"""
Years counted from a founding named right after them, with no anniversary word before: in
Vietnamese "65 năm quan hệ ngoại giao" and "50 năm Hiệp ước ..." (``ordinals.anniversary_tails``),
as "65 years of diplomatic relations" in English. And a count said loosely, after the amount
files' qualifiers ("more than 60 years of", "hơn 60 năm", "gần 65 năm"): ``ok`` where the
record's count fits it, else ``unknown``; never a contradiction of an exact count it did not say.

Diplomatic relations date from 5 September 1962, the Treaty from 18 July 1977.
"""

from __future__ import annotations

import pytest

from vnla import check_text


def _ordinals(text: str, lang: str) -> list[tuple[str, str, str]]:
    report = check_text(text, published="2026-02-23", lang=lang)
    return [(f.text, f.verdict.value, str(f.message)) for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        ("Năm 2027 là dịp 65 năm quan hệ ngoại giao Việt Nam - Lào.", "65 năm", "ok"),
        ("Năm 2022 là dịp 65 năm quan hệ ngoại giao Việt Nam - Lào.", "65 năm", "contradiction"),
        (
            "| thứ Bảy, 5/9/2027 | 66 năm quan hệ ngoại giao Việt Nam - Lào | đêm giao lưu |",
            "66 năm",
            "contradiction",
        ),
        ("• 18/7/2027: 50 năm Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào.", "50 năm", "ok"),
        ("• 18/7/2026: 50 năm Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào.", "50 năm", "contradiction"),
        # a party named in full after the years: its founding's (the CPV's, 3 February 1930)
        ("Triển lãm ảnh 96 năm Đảng Cộng sản Việt Nam (3/2/2026).", "96 năm", "ok"),
        ("Triển lãm ảnh 94 năm Đảng Cộng sản Việt Nam (3/2/2026).", "94 năm", "contradiction"),
    ],
)
def test_years_before_a_foundings_name_count_from_it(text: str, said: str, verdict: str) -> None:
    assert [(t, v) for t, v, _m in _ordinals(text, "vi")] == [(said, verdict)]


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "In 2026, more than 60 years of diplomatic relations between Vietnam and Laos have passed.",
            "en",
            "60 years of",
        ),
        (
            "In 2026, nearly 65 years of diplomatic relations between Vietnam and Laos have passed.",
            "en",
            "65 years of",
        ),
        ("Năm 2026, hơn 60 năm quan hệ ngoại giao Việt Nam - Lào đã qua.", "vi", "60 năm"),
        ("Năm 2026 đánh dấu gần 65 năm thiết lập quan hệ ngoại giao Việt Nam - Lào.", "vi", "65 năm"),
        ("Năm 2026, khoảng 63 năm quan hệ ngoại giao Việt Nam - Lào đã qua.", "vi", "63 năm"),
    ],
)
def test_a_count_said_loosely_that_the_records_fits_is_ok(text: str, lang: str, said: str) -> None:
    assert [(t, v) for t, v, _m in _ordinals(text, lang)] == [(said, "ok")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2026, over 70 years of diplomatic relations between Vietnam and Laos have passed.", "en"),
        ("Năm 2026, hơn 70 năm quan hệ ngoại giao Việt Nam - Lào đã qua.", "vi"),
        ("In 2026, nearly 60 years of diplomatic relations between Vietnam and Laos have passed.", "en"),
    ],
)
def test_a_count_said_loosely_that_the_record_does_not_fit_is_unknown(text: str, lang: str) -> None:
    [(_said, verdict, message)] = _ordinals(text, lang)
    assert verdict == "unknown"
    assert "said loosely" in message and "64" in message


def test_an_exact_count_is_still_judged() -> None:
    [(_said, verdict, _message)] = _ordinals(
        "In 2026, 60 years of diplomatic relations between Vietnam and Laos have passed.", "en"
    )
    assert verdict == "contradiction"


def test_a_bracketed_founding_day_after_the_party_is_judged_as_its_founding() -> None:
    text = 'Triển lãm ảnh "96 năm Đảng Cộng sản Việt Nam (3/2/1931 – 3/2/2026)" được mang sang Lào.'
    report = check_text(text, published="2026-02-23", lang="vi")
    dates = [(f.verdict.value, f.rule) for f in report.findings if f.kind == "date"]
    assert dates == [("contradiction", "dates.anniversary")]
