# SPDX-License-Identifier: MIT
"""
Figures in a list: the items of a list under a heading that ends with a colon take the metric
the heading names ("Kim ngạch thương mại Việt Nam - Lào:\\n- 7 tháng ...: 2 tỷ USD"); an item
right after another item that names one takes it too ("- Two-way trade in ...: 2 billion
USD\\n- January-September 2025: 2.36 billion USD"); and a change or ratio said over several
years ("nearly doubled over two years") is not judged as a year on the year before. A title
line with no colon over lines that open with a year's label ("Bảng 2.1. Kim ngạch thương mại
Việt Nam – Lào\n  Năm 2019: ...") names its items' metric too, when it names one flow. An item
of an outer list that ends with a colon heads the indented list under it ("2) Trade kept
rising:\n   - 2022: ..."). A table laid out with spaces is such a list: its rows open with a
year and a sum, under a header line ("  Year        Two-way trade      Change on prior year").
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text
from vnla.checker.tables import list_row, next_items


def _figures(text: str, lang: str) -> list[tuple[str, str, str]]:
    report = check_text(text, published=date(2026, 3, 15), lang=lang)
    return [
        (f.kind, f.text, f.verdict.value) for f in report.findings if f.kind in {"amount", "change", "ratio"}
    ]


def test_the_heading_of_a_list_names_its_items_metric() -> None:
    text = (
        "Kim ngạch thương mại Việt Nam - Lào:\n"
        "- 7 tháng đầu năm 2025: 2 tỷ USD, tăng 97% so với cùng kỳ.\n"
        "- 9 tháng đầu năm 2025: 2,36 tỷ USD, tăng 57% so với cùng kỳ.\n"
    )
    found = _figures(text, "vi")
    assert ("amount", "2 tỷ USD", "ok") in found
    assert ("change", "97%", "contradiction") in found  # the record has +79%
    assert ("amount", "2,36 tỷ USD", "ok") in found
    assert ("change", "57%", "ok") in found


def test_an_item_after_one_that_names_the_metric_takes_it() -> None:
    text = (
        "3.4. ຕົວເລກທີ່ລູກຄ້າມັກຖາມ\n"
        "- ມູນຄ່າການຄ້າສອງຝ່າຍໄລຍະ7ເດືອນຕົ້ນປີ2025: 2ຕື້ໂດລາສະຫະລັດ, ເພີ່ມຂຶ້ນ79%.\n"
        "- ໄລຍະ9ເດືອນຕົ້ນປີ2025: 2,36ຕື້ໂດລາສະຫະລັດ, ເພີ່ມຂຶ້ນ75%.\n"
    )
    found = _figures(text, "lo")
    assert ("amount", "2,36ຕື້ໂດລາສະຫະລັດ", "ok") in found
    assert ("change", "75%", "contradiction") in found  # the record has +57%


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph that ends with a colon is no heading: it names other quantities
        "Q1 2025 total is US$979 million: Vietnam's exports to Laos were US$633 million and its imports "
        "from Laos US$346 million. Checkpoints for the layer:\n- January-July 2025: US$2.0 billion, up 97 per cent\n",
        # a heading that names no metric lends none
        "Figures:\n- January-July 2025: US$2.0 billion, up 97 per cent\n",
        # two items apart: the second is not right after the first
        "- Two-way trade, January-July 2025: US$2.0 billion, up 79 per cent\n\nNotes\n"
        "- January-September 2025: US$2.36 billion, up 75 per cent\n",
    ],
)
def test_no_metric_is_lent_without_a_heading_or_a_sibling_that_names_it(text: str) -> None:
    found = _figures(text, "en")
    assert ("change", "up 97 per cent", "contradiction") not in found
    assert ("change", "up 75 per cent", "contradiction") not in found


def test_a_ratio_over_several_years_is_not_a_year_on_the_year_before() -> None:
    text = "SLIDE 7\n• Thương mại hai chiều năm 2025: 2,98 tỷ USD\n• Năm 2023: 1,6 tỷ USD → tăng gần gấp đôi sau hai năm\n"
    assert ("ratio", "gần gấp đôi", "unknown") in _figures(text, "vi")
    text = "Two-way trade was 1.6 billion USD in 2023, and nearly doubled over two years."
    assert all(v != "contradiction" for k, _t, v in _figures(text, "en") if k == "ratio")


def test_list_rows_and_items() -> None:
    text = "Two-way trade:\n- 2024: 2.2 billion USD\n* 2025: 2.98 billion USD\n"
    row = list_row(text, text.index("2.2"))
    assert row is not None
    assert text[slice(*row.caption)] == "Two-way trade:"  # type: ignore[misc]
    assert list_row("Two-way trade:\n\n- 2024: 2.2 billion USD\n", 20) is None  # a blank line between
    assert list_row("Two-way trade\n- 2024: 2.2 billion USD\n", 20) is None  # no colon
    assert next_items("- 2024: 2.2\n- 2025: 2.98\n", 3, 15)
    assert not next_items(text, text.index("2.2"), text.index("2.98"))


def test_a_title_line_over_labelled_years_names_their_metric() -> None:
    # a table's caption with no colon, over lines that open with a year's label
    text = (
        "Bảng 2.1. Kim ngạch thương mại Việt Nam – Lào\n"
        "  Năm 2019: 1,1–1,2 tỷ USD (ước), tăng 21,6%\n"
        "  Năm 2022: 1,65 tỷ USD, tăng 24,1%\n"
        "  Năm 2023: 1,6 tỷ USD\n"
    )
    found = _figures(text, "vi")
    assert ("amount", "1,65 tỷ USD", "ok") in found
    assert ("change", "21,6%", "contradiction") in found  # the record has +12.6%
    assert ("change", "24,1%", "ok") in found


@pytest.mark.parametrize(
    "heading",
    [
        "Trade and investment",  # two flows: which one each item counts is not said
        "Trade grew fast.",  # a sentence, not a title line
    ],
)
def test_a_heading_of_several_flows_or_a_sentence_names_no_metric(heading: str) -> None:
    text = f"{heading}\n- 2023: USD 1.9 billion\n- 2024: USD 2.2 billion\n"
    assert ("amount", "USD 1.9 billion", "contradiction") not in _figures(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        # a base the sentence opens with: 2025 on 2023, not on 2024
        ("Compared with USD 1.6 billion in 2023, trade in 2025 nearly doubled.", "en", "ok"),
        ("So với 1,6 tỷ USD của năm 2023, thương mại năm 2025 đã gần gấp đôi.", "vi", "ok"),
        # over two years, "only" between: no year on the year before
        ("Năm 2025 kim ngạch đạt 2,98 tỷ USD. So với năm 2023 thì thương mại đã gần gấp đôi chỉ sau hai năm.", "vi", "unknown"),
        ("Trade reached USD 2.98 billion in 2025 and nearly doubled in just two years.", "en", "unknown"),
        # a base that opens the sentence, and a ratio that does not fit it
        ("Compared with 2024, trade in 2025 nearly doubled.", "en", "contradiction"),
    ],
)  # fmt: skip
def test_a_base_the_sentence_opens_with_or_a_span_of_years(text: str, lang: str, verdict: str) -> None:
    assert [v for k, _t, v in _figures(text, lang) if k == "ratio"] == [verdict]


NESTED = {
    "en": "1) Politics: excellent.\n2) Trade kept rising:\n   - 2022: USD 1.65 billion\n   - 2023: USD {n} billion\n",
    "vi": "1) Chính trị: rất tốt.\n2) Thương mại tăng đều:\n   - Năm 2022: 1,65 tỷ USD\n   - Năm 2023: {n} tỷ USD\n",
    "lo": "1) ການເມືອງດີເລີດ.\n2) ຕົວເລກການຄ້າເພີ່ມຂຶ້ນຢ່າງຕໍ່ເນື່ອງ:\n   - ປີ2022: 1,65ຕື້ໂດລາ\n   - ປີ2023: {n}ຕື້ໂດລາ\n",
}


@pytest.mark.parametrize("lang", sorted(NESTED))
@pytest.mark.parametrize(("n", "verdict"), [("1.6", "ok"), ("1.65", "contradiction")])
def test_an_outer_item_ending_with_a_colon_heads_the_list_under_it(lang: str, n: str, verdict: str) -> None:
    n = n if lang == "en" else n.replace(".", ",")
    found = _figures(NESTED[lang].format(n=n), lang)
    assert [v for _k, _t, v in found] == ["ok", verdict], found


def test_an_outer_item_with_no_colon_or_as_indented_heads_no_list() -> None:
    # a sibling item at the same depth, or an outer item that is a sentence, names no metric
    for text in (
        "- Trade kept rising:\n- 2023: USD 1.65 billion\n",
        "2) Trade kept rising.\n   - 2023: USD 1.65 billion\n",
    ):
        assert [v for _k, _t, v in _figures(text, "en")] in ([], ["unknown"]), text


SPACED = {
    "en": "  Year        Two-way trade      Change on prior year\n"
    "  2022        USD 1.65 billion   +24.1%\n  2023        USD {n} billion    -\n",
    "vi": "  Năm     Kim ngạch thương mại   Tăng so với năm trước\n"
    "  2022    1,65 tỷ USD            +24,1%\n  2023    {n} tỷ USD             -\n",
}


@pytest.mark.parametrize("lang", sorted(SPACED))
@pytest.mark.parametrize(("n", "verdict"), [("1.6", "ok"), ("1.8", "contradiction")])
def test_a_table_laid_out_with_spaces_takes_its_header_metric(lang: str, n: str, verdict: str) -> None:
    n = n if lang == "en" else n.replace(".", ",")
    found = [(k, v) for k, _t, v in _figures(SPACED[lang].format(n=n), lang)]
    assert found == [("amount", "ok"), ("change", "ok"), ("amount", verdict)], found


def test_rows_that_open_with_a_year_under_a_header_of_no_flow_take_no_metric() -> None:
    text = "  Year        Visits      Budget\n  2022        3           USD 1.56 billion\n"
    assert [v for _k, _t, v in _figures(text, "en")] in ([], ["unknown"])


# A sum written without its currency ("2.2 billion") is read where no currency is near it too: a
# table's rows under a header that names the metric and the currency ("Two-way trade (USD)").
@pytest.mark.parametrize(("n", "verdict"), [("1.6", "ok"), ("2.2", "contradiction")])
def test_a_tables_sums_without_a_currency_are_read(n: str, verdict: str) -> None:
    text = (
        "Pupils will fill in a short table:\nYear | Two-way trade (USD)\n2022 | 1.65 billion\n"
        f"2023 | {n} billion\n2025 | 2.98 billion\n"
    )
    found = _figures(text, "en")
    assert ("amount", f"{n} billion", verdict) in found, found
