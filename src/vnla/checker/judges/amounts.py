# SPDX-License-Identifier: MIT
"""
The amounts judge: a figure the amounts reader read in a metric's sentence goes to the
figures judge (:mod:`vnla.checker.judges.figures`); a sum of money elsewhere is judged as a
target when target words or a horizon and a metric's words are in its sentence, against the
recorded targets of that metric, horizon included.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from vnla.checker.canonical import render_money
from vnla.checker.drafts import _Proto
from vnla.checker.folding import _pattern_key
from vnla.checker.judges import figures
from vnla.checker.report import Verdict
from vnla.checker.vocabulary import _TARGET_WORDS
from vnla.model.records import HorizonKind
from vnla.render.messages import Amount as Written
from vnla.render.messages import Message, Word

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.readers.amounts import FigureMention
    from vnla.lang.parsing import Amount

__all__ = ["judge"]


def judge(ctx: Context, mention: FigureMention, out: list[_Proto]) -> None:
    """Judge a figure: with the figures judge when it was read in full, else as a sum of money."""
    if mention.amount is None:
        figures.judge(ctx, mention, out)
    else:
        out.append(_judge(ctx, mention.amount))


def _judge(ctx: Context, amount: Amount) -> _Proto:
    start, end = amount.span
    horizon = amount.horizon.kind if amount.horizon is not None else None
    value = f"{amount.value} {amount.unit}" + (f" {horizon.value}" if horizon else "")
    other = ctx.scope.other_country(start, end)
    if other is not None:  # maybe another country's target: the record knows only the two
        message = figures.other_country(ctx, (start, end), other)
        return _Proto(start, end, "amount", Verdict.UNKNOWN, "figures.amount", value=value, message=message)
    s, e = ctx.sentence(start, end)
    folded = _pattern_key(ctx.text[s:e])
    for metric, words in ctx.index.metric_words.items():
        if not words.search(folded):
            continue
        other_trade = (
            figures.trade_not_judged(ctx, (start, end)) if metric == "bilateral-trade-turnover" else None
        )
        if other_trade is not None:  # a province's trade, a country's with the world
            return _Proto(
                start, end, "amount", Verdict.UNKNOWN, "figures.amount", value=value, message=other_trade
            )
        if horizon is None and not _TARGET_WORDS.search(ctx.text, s, e):
            continue
        targets = ctx.index.targets[metric]
        same = [t for t in targets if t.value == amount.value and t.unit == amount.unit]
        if horizon in (HorizonKind.NEAR_TERM, HorizonKind.LONGER_TERM):
            fitting = [t for t in targets if t.horizon.kind is horizon]
            same = [t for t in same if t.horizon.kind is horizon]
        else:
            fitting = targets
        if same:
            return _Proto(start, end, "amount", Verdict.OK, "figures.target", record=same[0].id, value=value)
        if not fitting:
            continue
        target = min(fitting, key=lambda t: (abs((t.value or Decimal(0)) - amount.value), t.id))
        assert target.value is not None
        assert target.unit is not None
        shown = render_money(target.value, target.unit, ctx.lang_at(start, end))
        # the amounts as the English message has always written them, in words elsewhere
        recorded = Written(f"{target.value} {target.unit}", target.value, target.unit)
        said = Written(f"{amount.value} {amount.unit}", amount.value, amount.unit)
        return _Proto(
            start,
            end,
            "amount",
            Verdict.CONTRADICTION,
            "figures.target",
            record=target.id,
            canonical=shown,
            value=value,
            message=Message(
                "the record's {horizon} target is {recorded} ({id}); the text says {said}",
                horizon=Word(target.horizon.kind.value),
                recorded=recorded,
                id=target.id,
                said=said,
            ),
            evidence=target.evidence[:3],
        )
    return _Proto(
        start,
        end,
        "amount",
        Verdict.UNKNOWN,
        "figures.amount",
        value=value,
        message=Message("no recorded target"),
    )
