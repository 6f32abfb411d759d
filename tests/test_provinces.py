# SPDX-License-Identifier: MIT
"""
The Vietnamese provinces bordering Laos the record holds besides Nghe An and Ha Tinh (Quang Binh,
Quang Tri, Thanh Hoa): each is a sourced place, and a recorded place said to lie in one of
them is a contradiction of where it lies ("cảng Vũng Áng (Quảng Bình)": the port is in Ha Tinh).
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla import dataset
from vnla.checker import Checker
from vnla.model import Place, PlaceKind

CHECKER = Checker()


def verdicts(text: str, lang: str) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=date(2026, 3, 1), lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "place"]


@pytest.mark.parametrize(
    ("pid", "en", "vi"),
    [
        ("quang-binh", "Quang Binh", "Quảng Bình"),
        ("quang-tri", "Quang Tri", "Quảng Trị"),
        ("thanh-hoa", "Thanh Hoa", "Thanh Hóa"),
    ],
)
def test_each_province_is_a_sourced_vietnamese_province(pid: str, en: str, vi: str) -> None:
    place = dataset().get(pid)
    assert isinstance(place, Place)
    assert place.kind is PlaceKind.PROVINCE and place.country == "VN" and place.within is None
    assert place.name.preferred("en") == en and place.name.preferred("vi") == vi
    assert place.evidence and all(n.evidence for n in place.names)


@pytest.mark.parametrize(
    ("text", "lang", "region", "verdict"),
    [
        ("Hàng đi qua cảng Vũng Áng (Quảng Bình) để ra biển.", "vi", "Quảng Bình", "contradiction"),
        ("Nó nối Viêng Chăn ra cảng Vũng Áng ở Quảng Bình.", "vi", "Quảng Bình", "contradiction"),
        (
            "Lược đồ: cảng Vũng Áng (Quảng Trị), cửa khẩu Thanh Thủy (Nghệ An).",
            "vi",
            "Quảng Trị",
            "contradiction",
        ),
        ("Kho mới ở thành phố Vinh, tỉnh Thanh Hóa, sẽ mở năm sau.", "vi", "Thanh Hóa", "contradiction"),
        ("The railway reaches Vung Ang port in Quang Tri province.", "en", "Quang Tri", "contradiction"),
        # the provinces named on their own, or with places the record does not hold
        ("Các doanh nghiệp tại Hà Tĩnh và Quảng Trị cho biết xe qua cửa khẩu tăng.", "vi", "Quảng Trị", "ok"),
        ("Quảng Bình, ngày 10 tháng 2 năm 2026", "vi", "Quảng Bình", "ok"),
        ("The Cha Lo border gate in Quang Binh reopened.", "en", "Quang Binh", "ok"),
        ("Thanh Hoa and Houaphanh renewed their partnership.", "en", "Thanh Hoa", "ok"),
    ],
)
def test_a_recorded_place_in_another_province_is_a_contradiction(
    text: str, lang: str, region: str, verdict: str
) -> None:
    assert (region, verdict) in verdicts(text, lang)


# The Thanh Thủy gate under the ranks texts give it ("cửa khẩu quốc tế", "cửa khẩu quốc gia"), and a
# glossary's definition after a colon, say where a recorded place lies.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Đèn đỏ là cửa khẩu quốc tế Thanh Thủy, thuộc tỉnh Hà Tĩnh.",
            "vi",
            [("cửa khẩu quốc tế Thanh Thủy", "ok"), ("Hà Tĩnh", "contradiction")],
        ),
        (
            "Cửa khẩu quốc gia Thanh Thủy ở tỉnh Nghệ An.",
            "vi",
            [("Cửa khẩu quốc gia Thanh Thủy", "ok"), ("Nghệ An", "ok")],
        ),
        (
            "Vung Ang Port: deep-water port in Nghe An province.",
            "en",
            [("Vung Ang Port", "ok"), ("Nghe An", "contradiction")],
        ),
        (
            "Vung Ang Port: deep-water port in Ha Tinh province.",
            "en",
            [("Vung Ang Port", "ok"), ("Ha Tinh", "ok")],
        ),
    ],
)
def test_a_gates_ranks_and_a_definitions_colon_say_where_a_place_lies(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert verdicts(text, lang) == expected
