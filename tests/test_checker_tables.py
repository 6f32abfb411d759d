# SPDX-License-Identifier: MIT
"""
Figures in markdown tables (``vnla.checker.tables``): a row names no metric, and takes it from
its column's header or the table's caption; its first cell is its period; a signed percentage
is a change.  Each language's table catches a planted slip and passes its clean rows.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker
from vnla.checker.tables import row_at

CHECKER = Checker()

TABLES = {
    "en": (
        "Vietnam–Laos goods trade. Values are in US dollars.\n\n"
        "| Period | Two-way trade | Change |\n|---|---|---|\n"
        "| 2022 | 1.65 billion | +24.1% |\n| Jan–Sep 2025 | {figure} | +57% |\n| 2025, full year | 2.98 billion | +32.7% |\n"
    ),
    "vi": (
        "Bảng 1. Kim ngạch thương mại hàng hóa Việt Nam – Lào\n\n"
        "| Kỳ | Kim ngạch | So với cùng kỳ |\n|---|---|---|\n"
        "| Năm 2022 | 1.650 triệu USD | +24,1% |\n| 9 tháng đầu năm 2025 | {figure} | +57% |\n"
    ),
    "lo": (
        "ຕາຕະລາງສະຫຼຸບ:ມູນຄ່າການຄ້າລາວ-ຫວຽດນາມ(ໂດລາສະຫະລັດ)\n\n"
        "|ໄລຍະ|ມູນຄ່າ|ທຽບໃສ່ໄລຍະດຽວກັນ|\n|---|---|---|\n"
        "|ປີ 2022|1,65ຕື້|+24,1%|\n|9ເດືອນປີ 2025|{figure}|+57%|\n"
    ),
}
# January-September 2025 trade was 2.36 billion USD; 2.63 billion transposes two digits
FIGURES = {
    "en": ("2.36 billion", "2.63 billion"),
    "vi": ("2.360 triệu USD", "2.630 triệu USD"),
    "lo": ("2,36ຕື້", "2,63ຕື້"),
}


def _verdicts(text: str, lang: str) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=date(2026, 1, 20), lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind in ("amount", "change")]


@pytest.mark.parametrize("lang", ["en", "vi", "lo"])
def test_a_tables_rows_take_their_metric_from_its_header_or_caption(lang: str) -> None:
    right, wrong = FIGURES[lang]
    clean = _verdicts(TABLES[lang].format(figure=right), lang)
    assert clean and all(v == "ok" for _t, v in clean), clean
    assert len(clean) >= 4, clean  # every figure and change of the rows is read
    slipped = _verdicts(TABLES[lang].format(figure=wrong), lang)
    assert [t for t, v in slipped if v == "contradiction"] == [wrong], slipped


def test_a_row_without_a_metric_above_it_is_not_read() -> None:
    text = "Our figures.\n\n| Period | Value |\n|---|---|\n| 2022 | 2.63 billion |\n"
    assert all(v != "contradiction" for _t, v in _verdicts(text, "en"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("| 2022 | 1.65 billion |", True),
        ("| Period | Two-way trade |", False),  # the header
        ("|---|---|", False),  # the separator
        ("A sentence | with a bar.", False),
    ],
)
def test_only_a_tables_rows_are_rows(line: str, expected: bool) -> None:
    text = (
        "Trade.\n\n| Period | Two-way trade |\n|---|---|\n| 2022 | 1.65 billion |\nA sentence | with a bar.\n"
    )
    assert (row_at(text, text.index(line)) is not None) is expected


def test_a_full_year_beside_its_year_is_that_year() -> None:
    text = "In 2025, full year, two-way trade between Vietnam and Laos reached US$2.98 billion."
    assert _verdicts(text, "en") == [("US$2.98 billion", "ok")]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("ມູນຄ່າການຄ້າລາວ-ຫວຽດນາມ ປີ 2022 ແມ່ນ 1,56ຕື້ໂດລາ.", "contradiction"),  # 1.65 billion
        ("ມູນຄ່າການຄ້າລາວ-ຫວຽດນາມ ປີ 2022 ແມ່ນ 1,65ຕື້ໂດລາ.", "ok"),
        ("ມູນຄ່າການຄ້າລາວ-ຫວຽດນາມ 9ເດືອນປີ 2025 ແມ່ນ 2,36ຕື້ໂດລາ.", "ok"),  # not the whole year's
    ],
)
def test_unspaced_lao_scales_and_months(text: str, verdict: str) -> None:
    assert [v for _t, v in _verdicts(text, "lo")] == [verdict]


# A row's other cells are other figures': a note beside a sum ("Laos' surplus") neither gives the
# sum its metric nor makes it trade with the world; a caption of the two countries' trade makes
# every cell's theirs.  In 2024 trade was 2.2 billion USD and Laos' surplus about 732.7 million.
NOTES = {
    "en": (
        "Table 1. Vietnam–Laos trade\n\n| Year | Two-way trade | Note |\n|---|---|---|\n"
        "| 2023 | 1.6 billion USD | |\n| 2024 | {trade} | Laos ran a surplus of about {surplus} |\n"
    ),
    "vi": (
        "Bảng 1. Thương mại Việt Nam - Lào\n\n| Năm | Kim ngạch thương mại | Ghi chú |\n|---|---|---|\n"
        "| 2023 | 1,6 tỷ USD | |\n| 2024 | {trade} | Lào xuất siêu khoảng {surplus} |\n"
    ),
}
NOTE_FIGURES = {
    "en": (("2.2 billion USD", "2.52 billion USD"), ("732.7 million USD", "532.7 million USD")),
    "vi": (("2,2 tỷ USD", "2,52 tỷ USD"), ("732,7 triệu USD", "532,7 triệu USD")),
}


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("slip", [None, "trade", "surplus"])
def test_a_rows_other_cells_are_other_figures(lang: str, slip: str | None) -> None:
    (trade, wrong_trade), (surplus, wrong_surplus) = NOTE_FIGURES[lang]
    text = NOTES[lang].format(
        trade=wrong_trade if slip == "trade" else trade,
        surplus=wrong_surplus if slip == "surplus" else surplus,
    )
    report = CHECKER.check_text(text, published=date(2026, 2, 1), lang=lang)
    expected = {
        "trade": (wrong_trade if slip == "trade" else trade, "trade-2024"),
        "surplus": (wrong_surplus if slip == "surplus" else surplus, "surplus-la-2024"),
    }
    for which, (words, record) in expected.items():
        found = [f for f in report.findings if f.kind == "amount" and f.text.endswith(words)]
        assert len(found) == 1, (which, [(f.text, f.verdict.value) for f in report.findings])
        assert found[0].verdict.value == ("contradiction" if slip == which else "ok"), (
            which,
            found[0].message,
        )
        assert (found[0].record or "").startswith(record), found[0].record


# A row's first cell names its metric by its most specific flow word: "Laos' trade surplus with
# Vietnam" counts a surplus (about 732.7 million USD in 2024), not the trade its first word names.
INDICATORS = (
    "| Indicator | Period | Value | Change |\n|---|---|---|---|\n"
    "| Laos' trade surplus with Vietnam | 2024 | about USD {surplus} million | n/a |\n"
    "| Thặng dư thương mại của Lào với Việt Nam | 2024 | khoảng {surplus} triệu USD | n/a |\n"
)


@pytest.mark.parametrize(("surplus", "verdict"), [("732.7", "ok"), ("832.7", "contradiction")])
def test_a_rows_label_names_its_most_specific_metric(surplus: str, verdict: str) -> None:
    report = CHECKER.check_text(INDICATORS.format(surplus=surplus), published=date(2025, 12, 10), lang="en")
    found = [(f.verdict.value, str(f.message)) for f in report.findings if f.kind == "amount"]
    assert [v for v, _m in found] == [verdict, verdict]
    assert all("surplus" in m for _v, m in found)


# A table written without its separator line, its header of words alone, is a table; a
# percentage in a column whose header says an increase ("Tăng so với cùng kỳ") is a change. The
# 2022 turnover (1.65 billion USD) rose 24.1%.
NO_SEPARATOR = (
    "Bảng 1. Kim ngạch thương mại Việt Nam – Lào (số liệu sơ bộ)\n"
    "| Năm / kỳ | Kim ngạch | Tăng so với cùng kỳ |\n"
    "| 2022 | 1,65 tỷ USD | {change} |\n"
)


@pytest.mark.parametrize(("change", "verdict"), [("24,1%", "ok"), ("42,1%", "contradiction")])
def test_a_table_without_a_separator_and_a_headers_word_of_change(change: str, verdict: str) -> None:
    report = CHECKER.check_text(NO_SEPARATOR.format(change=change), published=date(2026, 6, 30), lang="vi")
    assert [(f.kind, f.verdict.value) for f in report.findings if f.kind in ("amount", "change")] == [
        ("amount", "ok"),
        ("change", verdict),
    ]


def test_a_first_line_with_digits_is_no_header() -> None:
    text = "| 2022 | 1,65 tỷ USD | 42,1% |\n| 2023 | 1,6 tỷ USD | 3% |\n"
    assert row_at(text, text.index("| 2023")) is None
