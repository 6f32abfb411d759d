# SPDX-License-Identifier: MIT
"""
Luang Prabang, a recorded Lao province, as the wrong place of events held in Vientiane; and a
visit's place, where it was based, which does not bound where the visit went in that country.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla import dataset
from vnla.checker import Checker
from vnla.model import Place, PlaceKind

CHECKER = Checker()


def verdicts(text: str, kind: str, lang: str) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=date(2026, 2, 10), lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


def test_luang_prabang_is_a_sourced_lao_province_in_three_languages() -> None:
    place = dataset().get("luang-prabang")
    assert isinstance(place, Place)
    assert place.kind is PlaceKind.PROVINCE and place.country == "LA"
    assert [place.name.preferred(lang) for lang in ("en", "vi", "lo")] == [
        "Luang Prabang",
        "Luông Pha Băng",
        "ຫຼວງພະບາງ",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Our first concert was at the ceremony for the 50th anniversary of the Lao National Day, "
            "held in Luang Prabang last December.",
            "en",
        ),
        ("6-8 Jan 2026. 12th National Congress of the LPRP in Luang Prabang; he was re-elected.", "en"),
    ],
)
def test_an_event_held_in_vientiane_said_to_be_in_luang_prabang_is_a_contradiction(
    text: str, lang: str
) -> None:
    assert ("Luang Prabang", "contradiction") in verdicts(text, "place", lang)


@pytest.mark.parametrize(
    ("text", "lang", "date_text", "verdict"),
    [
        # a visit to Laos may have gone to Luang Prabang: its day stands, and the place is no slip
        (
            "Chuyến thăm cấp Nhà nước chỉ kéo dài một ngày, thứ Năm 5/2/2026, tại Luông Pha Băng.",
            "vi",
            "thứ Năm 5/2/2026",
            "ok",
        ),
        # a visit to Laos said to be in Hanoi: the day or the place may be the slip
        (
            "Chuyến thăm cấp Nhà nước của Tổng Bí thư Tô Lâm ngày 5/2/2026 tới Hà Nội.",
            "vi",
            "ngày 5/2/2026",
            "unknown",
        ),
    ],
)
def test_a_visit_may_have_gone_anywhere_in_its_country(
    text: str, lang: str, date_text: str, verdict: str
) -> None:
    assert (date_text, verdict) in verdicts(text, "date", lang)
    assert not [v for _t, v in verdicts(text, "place", lang) if v == "contradiction"]
