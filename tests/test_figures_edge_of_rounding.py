# SPDX-License-Identifier: MIT
"""
A figure at the very edge of a period's rounded figure that is another period's figure to the
digit (``figures.actual``): "1.65 billion" for 2023, whose recorded figure is "1.6 billion"
(1.55 to 1.65 billion), is the record's 2022 figure and is caught, in English, Vietnamese and
Lao; the rounded figure itself, the other period's own figure, and a figure at the edge that is
also the period's own exact figure (2.25 billion for 2024) pass.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 5, 20)


def _figures(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [(f.verdict.value, f.rule) for f in report.findings if f.kind == "amount"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Bilateral trade reached USD 1.65 billion in 2023."),
        ("vi", "Kim ngạch thương mại song phương năm 2023 đạt 1,65 tỷ USD."),
        ("lo", "ໃນປີ 2023, ມູນຄ່າການຄ້າ ສອງຝ່າຍ ແມ່ນ 1,65 ຕື້ ໂດລາ."),
    ],
)
def test_another_periods_figure_at_the_edge_of_the_rounding_is_caught(lang: str, text: str) -> None:
    assert _figures(text, lang) == [("contradiction", "figures.actual")]


@pytest.mark.parametrize(
    "text",
    [
        "Bilateral trade reached USD 1.6 billion in 2023.",
        "Bilateral trade reached USD 1.65 billion in 2022.",
        "Bilateral trade reached USD 2.25 billion in 2024.",
        "Bilateral trade reached USD 1.62 billion in 2023.",
    ],
)
def test_a_figure_inside_the_rounding_or_the_periods_own_passes(text: str) -> None:
    assert _figures(text, "en") == [("ok", "figures.actual")]


def test_the_message_names_both_figures() -> None:
    report = check_text("Bilateral trade reached USD 1.65 billion in 2023.", published=PUBLISHED, lang="en")
    (finding,) = [f for f in report.findings if f.kind == "amount"]
    assert "edge of its rounding" in finding.message
    assert "2022" in finding.message
