# SPDX-License-Identifier: MIT
"""
The trade of a generated dataset: its targets, one per horizon, and a year's figures with their change.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from vnla.model.arithmetic import change_percent
from vnla.model.figures import Change, ChangeKind, Figure, Metric
from vnla.model.records import (
    Horizon,
    HorizonKind,
    Target,
    When,
)

if TYPE_CHECKING:
    from vnla.testing.world.core import World

__all__ = ["add_targets", "add_trade_series"]


def add_targets(w: World) -> None:
    """A trade target for each drawn horizon (near-term, longer-term, by a year), each stated."""
    p, pre = w.p, w.pre
    for kind, value in zip(p["targets"], p["values"], strict=True):
        amount = f"{value} billion USD"
        if kind == "near":
            horizon, words = Horizon(kind=HorizonKind.NEAR_TERM), f"a near-term target of {amount}"
        elif kind == "longer":
            horizon, words = Horizon(kind=HorizonKind.LONGER_TERM), f"a longer-term target of {amount}"
        else:
            year = w.start.year + 5
            horizon = Horizon(kind=HorizonKind.BY_DATE, when=When.in_year(year))
            words = f"{amount} by {year}"
        w.add(
            "targets",
            Target(
                id=f"{pre}-target-{kind}",
                metric=f"{pre}-trade",
                description=f"Trade target ({kind})",
                horizon=horizon,
                value=Decimal(value) * 10**9,
                unit="USD",
                evidence=(w.said(words),),
            ),
        )


def add_trade_series(w: World, total: int, share: int, earlier: int) -> None:
    """A year's turnover (in millions of USD), its two parts, its first quarter and its change."""
    pre, year = w.pre, w.start.year
    exports = total * share // 100
    percent = change_percent(Decimal(earlier), Decimal(total)).quantize(Decimal("0.1"))
    kind = ChangeKind.INCREASE if percent >= 0 else ChangeKind.DECREASE
    first_quarter = When.between(date(year, 1, 1), date(year, 3, 31))
    series = (
        ("trade", Metric.TRADE_TURNOVER, When.in_year(year), total, f"up {abs(percent)}%"),
        ("trade-before", Metric.TRADE_TURNOVER, When.in_year(year - 1), earlier, ""),
        ("exports-vn", Metric.EXPORTS_VN_TO_LA, When.in_year(year), exports, "exports to Laos"),
        ("exports-la", Metric.EXPORTS_LA_TO_VN, When.in_year(year), total - exports, "imports from Laos"),
        ("trade-q1", Metric.TRADE_TURNOVER, first_quarter, total // 4, "in the first quarter"),
    )
    for slug, metric, period, value, words in series:
        stated = (Change(kind=kind, value=abs(percent), base=When.in_year(year - 1)),)
        quote = f"{value} million USD for {slug.replace('-', ' ')} in {period}"
        w.add(
            "figures",
            Figure(
                id=f"{pre}-figure-{slug}",
                metric=metric,
                period=period,
                value=Decimal(value).scaleb(6),
                unit="USD",
                written=str(value),
                changes=stated if slug == "trade" else (),
                evidence=(w.said(f"{quote}, {words}" if words else quote),),
            ),
        )
