# SPDX-License-Identifier: MIT
"""
Vietnam's registered investment in Laos, a stock, said in more forms: "projects worth" names
its metric, and "as of April" with no year is the last April by the publication date.  A
wrong sum is caught and the right one passes; a flow "by the end of July" is not placed so.
"""

from __future__ import annotations

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def amounts(text: str) -> list[tuple[str, str, str | None]]:
    report = CHECKER.check_text(text, published="2025-12-05", lang="en")
    return [(f.text, f.verdict.value, f.rule) for f in report.findings if f.kind == "amount"]


@pytest.mark.parametrize(
    "text",
    [
        "Vietnamese firms held 267 projects worth {} in Laos as of April 2025.",
        "Vietnamese companies held 267 projects in Laos with registered capital of {} as of April.",
    ],
)
def test_the_stock_of_investment_is_judged(text: str) -> None:
    assert ("US$5.63 billion", "ok", "figures.actual") in amounts(text.format("US$5.63 billion"))
    assert ("US$5.36 billion", "contradiction", "figures.actual") in amounts(text.format("US$5.36 billion"))


def test_a_countrys_capital_city_is_no_capital_invested() -> None:
    found = amounts("The capital of Laos, Vientiane, drew visitors who spent 2.98 billion USD in 2025.")
    assert all(v != "contradiction" for _t, v, _r in found)


def test_a_flow_by_the_end_of_a_month_is_no_month_of_its_own() -> None:
    """Trade "by the end of July" is the months to then, which the record may hold as a span."""
    found = amounts("By the end of July, bilateral trade reached 2 billion USD.")
    assert all(v != "contradiction" for _t, v, _r in found)


@pytest.mark.parametrize(
    ("count", "verdict"),
    [("267", "ok"), ("276", "contradiction")],
)
def test_investors_name_the_investment(count: str, verdict: str) -> None:
    # "Vietnamese investors held ... projects in Laos": the investment's owner, its metric
    report = CHECKER.check_text(
        f"Vietnamese investors held {count} projects in Laos in April 2025 worth USD 5.63 billion.",
        published="2025-12-05",
        lang="en",
    )
    found = {(f.text, f.verdict.value) for f in report.findings}
    assert (f"{count} projects", verdict) in found
    assert ("USD 5.63 billion", "ok") in found


@pytest.mark.parametrize(
    ("sum_", "verdict"),
    [("5,63", "ok"), ("5,36", "contradiction")],
)
def test_lao_total_capital_names_the_investment(sum_: str, verdict: str) -> None:
    # "ທຶນ ລວມ" (total capital), spaced or not
    for text in (
        f"ຮອດ ເດືອນ ເມສາ 2025 ວິສາຫະກິດ ຫວຽດນາມ ມີ 267 ໂຄງການ ຢູ່ ລາວ, ທຶນ ລວມ {sum_} ຕື້ ໂດລາ.",
        f"ຮອດເດືອນເມສາ2025ວິສາຫະກິດຫວຽດນາມມີ267ໂຄງການຢູ່ລາວ,ທຶນລວມ{sum_}ຕື້ໂດລາ.",
    ):
        report = CHECKER.check_text(text, published="2025-12-05", lang="lo")
        assert [f.verdict.value for f in report.findings if f.kind == "amount"] == [verdict]
