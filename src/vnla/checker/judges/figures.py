# SPDX-License-Identifier: MIT
"""
The figures judge: each figure the amounts reader read, compared only with its own kind.

* An **actual** (or estimate) against the recorded actual figures of its metric and period,
  with the tolerance of :mod:`vnla.model.arithmetic` (the precision each states, widened by
  its qualifier).  It is ``ok`` when it can be one of them (sources disagree: any will do),
  a ``contradiction`` when it can be none, and ``unknown`` when the record has no figure of
  that metric and period (never a contradiction), nor one it can be worked out from (a
  surplus from the other side's).  Without a period, it is ``ok`` when it fits a recorded
  figure published before the text, else ``unknown``; "currently" means the last full year
  the record has (or the latest stock of a cumulative metric).
* A **forecast** is never judged: ``unknown``, with the recorded figure for its period.
* A **target** against the recorded targets of its metric, horizon included; a range whose
  ends are targets of different horizons merges them: a contradiction.
* A **change** ("up 32.7%") or a **ratio** ("one and a half times") against the values it
  relates: those of the same text (internal arithmetic), the text's value over a recorded
  base, the recorded values, and the recorded changes of its period.  ``ok`` when any fits,
  a contradiction when there is something to compare and nothing fits; but ``unknown`` when
  the text's value is a recorded one whose source states no change, the stated changes are
  of other values, and the text's value over a recorded base fits (the record's sources
  disagree, and the text follows one of them).

Every finding shows its arithmetic and the evidence of the records it was compared with.

>>> from vnla.checker import check_text
>>> text = (
...     "Bilateral trade reached almost US$3 billion in 2025, "
...     "one and a half times the 2024 level of US$2.2 billion."
... )
>>> findings = [f for f in check_text(text).findings if f.kind in ("amount", "ratio")]
>>> [(f.text, f.verdict.value) for f in findings]
[('almost US$3 billion', 'ok'), ('one and a half times', 'contradiction'), ('US$2.2 billion', 'ok')]
>>> [ratio] = [f for f in findings if f.kind == "ratio"]
>>> "almost US$3 billion (the text) / US$2.2 billion (the text) = ×1.27 to ×1.40" in ratio.message
True
"""

from __future__ import annotations

import functools
import re
import weakref
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from vnla.checker.canonical import render_money
from vnla.checker.drafts import _Proto
from vnla.checker.report import Verdict
from vnla.checker.sentences import bracketed
from vnla.checker.vocabulary import _RESULT, _alternation
from vnla.lang.words import merged
from vnla.model.arithmetic import (
    SLACK,
    Interval,
    Qualifier,
    base_for,
    divide,
    interval,
    percent_text,
    precision_of,
)
from vnla.model.figures import PARTS, Change, Figure, FigureStatus, Metric
from vnla.model.records import HorizonKind, Target
from vnla.render.messages import Amount, Message, Named, Qualified, Quoted, Word, horizon_message, joined
from vnla.rules.checks import Severity

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.index import _Index
    from vnla.checker.readers.amounts import FigureMention, Period
    from vnla.model.records import Evidence

__all__ = ["judge"]

_ZERO: Final = Decimal(0)
_HUNDRED: Final = Decimal(100)
#: How far "almost" or "about" lets a ratio in words stray: a quarter, half the step of the
#: words themselves ("one and a half", "double").
_WORD_STEP: Final = Decimal("0.25")
#: How far apart a unit slip puts a figure: a thousand, a million, a billion times.
_UNIT_STEPS: Final = frozenset({Decimal(1000), Decimal(10**6), Decimal(10**9)})
#: A stock (a cumulative figure) with no date is compared with the latest recorded one when
#: that is at most this many months older than the text.
_STOCK_MONTHS: Final = 6


class _Figures:
    """The record's figures and targets, by metric, for one dataset."""

    def __init__(self, index: _Index) -> None:
        self.by_metric: dict[str, list[Figure]] = defaultdict(list)
        self.targets: dict[str, list[Target]] = defaultdict(list)
        for record in index.records.values():
            if isinstance(record, Figure):
                self.by_metric[record.metric.value].append(record)
            elif isinstance(record, Target):
                self.targets[record.metric].append(record)
        #: growth targets: the range of yearly growth each states, read from its words
        self.growth: list[tuple[Target, Interval]] = []
        for target in self.targets.get("bilateral-trade-growth", ()):
            found = _PERCENT_RANGE.search(target.description)
            if found:
                low, high = Decimal(found[1]), Decimal(found[2])
                self.growth.append((target, Interval(low=low - Decimal("0.5"), high=high + Decimal("0.5"))))


#: A range of percentages in a target's description ("10–15%"): the record states the growth
#: target in words only, as its sources do.
_PERCENT_RANGE: Final = re.compile(r"(?<!\d)(\d++(?:\.\d++)?)\s*+[–-]\s*+(\d++(?:\.\d++)?)\s*+%")

_CACHE: weakref.WeakKeyDictionary[_Index, _Figures] = weakref.WeakKeyDictionary()


def _record(ctx: Context) -> _Figures:
    found = _CACHE.get(ctx.index)
    if found is None:
        found = _CACHE[ctx.index] = _Figures(ctx.index)
    return found


def judge(ctx: Context, f: FigureMention, out: list[_Proto]) -> None:
    """Judge a figure against the record's figures or targets of its kind (see the module)."""
    other = ctx.scope.other_country(*f.span)
    other_trade = trade_not_judged(ctx, f.span) if other is None and f.metric in _BILATERAL_METRICS else None
    if other is not None:  # maybe another country's figure: the record knows only the two
        out.append(_proto(f, Verdict.UNKNOWN, _rule(f), other_country(ctx, f.span, other)))
    elif other_trade is not None:  # a part of the two countries' trade, or trade with the world
        out.append(_proto(f, Verdict.UNKNOWN, _rule(f), other_trade))
    elif f.shape == "percent":
        out.append(_rate(ctx, f) if f.rate else _change(ctx, f))
    elif f.shape == "ratio":
        out.append(_ratio(ctx, f))
    elif f.by:  # "rose by USD 780 million": what the sums changed by, which the record does not hold
        out.append(_proto(f, Verdict.UNKNOWN, "figures.actual", _BY_A_SUM))
    elif f.status == "target":
        out.append(_target(ctx, f))
    elif f.status == "forecast":
        out.append(_forecast(ctx, f))
    else:
        out.append(_actual(ctx, f))


#: Why a sum a metric changed by is not judged.
_BY_A_SUM: Final = Message(
    "a sum the figure changed by, not one it came to: the record holds the sums, not their differences"
)


# --------------------------------------------------------------------------- helpers
def _rule(f: FigureMention) -> str:
    """The rule a figure is judged under, by its shape and status."""
    if f.shape == "percent":
        return "figures.growth" if f.rate else "figures.change"
    if f.shape == "ratio":
        return "figures.ratio"
    return {"target": "figures.target", "forecast": "figures.forecast"}.get(f.status, "figures.actual")


def other_country(ctx: Context, span: tuple[int, int], name: str) -> Message:
    """Why a figure next to another country's name is not judged."""
    return Message(
        "its sentence names {country}: it may be that country's figure, and the record holds "
        "only Vietnam's and Laos's",
        country=Quoted(name, ctx.lang_at(*span)),
    )


def trade_not_judged(ctx: Context, span: tuple[int, int]) -> Message | None:
    """
    Why a figure of trade at ``span`` is not the two countries' trade, or ``None``: its sentence
    speaks of a part of it (a province's, a border gate's) or of trade with the world.
    """
    part = ctx.scope.part_trade(*span)
    if part is not None:
        return part_trade(ctx, span, part)
    whole = ctx.scope.whole_trade(*span)
    return None if whole is None else whole_trade(ctx, span, whole)


def part_trade(ctx: Context, span: tuple[int, int], words: str) -> Message:
    """Why a trade figure of a part of the two countries' trade is not judged."""
    return Message(
        "its sentence says {words!r}: it may be a part of the trade between Vietnam and Laos (a "
        "province's, a border gate's), which the record does not hold",
        words=Quoted(words, ctx.lang_at(*span)),
    )


def whole_trade(ctx: Context, span: tuple[int, int], words: str) -> Message:
    """Why a trade figure of one country's trade, or of trade as a whole, is not judged."""
    return Message(
        "its sentence says {words!r} and names no trade partner: it may be trade with the world, "
        "and the record holds only trade between Vietnam and Laos",
        words=Quoted(words, ctx.lang_at(*span)),
    )


#: The metrics of trade between the two countries (not investment): what a sentence about one
#: country's trade with the world ("Vietnam's exports rose 8%") may be mistaken for.
_BILATERAL_METRICS: Final = frozenset(
    {
        "bilateral-trade-turnover",
        "bilateral-trade-growth",
        "exports-vn-to-la",
        "exports-la-to-vn",
        "trade-surplus-vn",
        "trade-surplus-la",
    }
)


def _kind(f: FigureMention) -> str:
    return {"money": "amount", "count": "figure", "percent": "change", "ratio": "ratio"}[f.shape]


def _proto(f: FigureMention, verdict: Verdict, rule: str, message: str | Message, **extra: object) -> _Proto:
    return _Proto(
        f.span[0],
        f.span[1],
        _kind(f),
        verdict,
        rule,
        value=_value_text(f),
        message=message,
        **extra,  # type: ignore[arg-type]
    )


def _value_text(f: FigureMention) -> str:
    number = _plain(f.value) + (f"..{_plain(f.upper)}" if f.upper is not None else "")
    lead = f"{f.qualifier.value} " if f.qualifier is not None else ""
    unit = f.unit or "?"
    text = f"{lead}{number} {unit}"
    if f.horizon is not None:
        text += f" {f.horizon.kind.value}"
    return text


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _stated(f: FigureMention) -> Interval:
    """The values a figure of the text allows."""
    precision = f.precision if f.precision > 0 else Decimal(1)
    q = f.qualifier
    if f.in_words and f.shape == "ratio" and q in (Qualifier.ABOUT, Qualifier.ALMOST):
        wide = max(f.value * SLACK, _WORD_STEP)
        return Interval(
            low=max(f.value - wide, _ZERO), high=f.value if q is Qualifier.ALMOST else f.value + wide
        )
    first = interval(f.value, precision, q)
    if f.upper is None:
        return first
    return Interval(low=first.low, high=interval(f.upper, precision, q).high)


def _months(period: Period) -> str:
    y1, m1, y2, m2 = period
    if (m1, m2) == (1, 12) and y1 == y2:
        return str(y1)
    if y1 == y2 and m1 == m2:
        return f"{y1}-{m1:02d}"
    return f"{y1}-{m1:02d}/{y2}-{m2:02d}"


def _period_of(fig: Figure) -> Period:
    lo, hi = fig.period.earliest, fig.period.latest
    assert lo is not None
    assert hi is not None
    return (lo.year, lo.month, hi.year, hi.month)


def _year_before(period: Period) -> Period:
    y1, m1, y2, m2 = period
    return (y1 - 1, m1, y2 - 1, m2)


def _money(value: Decimal, unit: str | None = None) -> str:
    """``2.98 bn``, ``732.7 m``, ``267``: an amount as a reader compares it."""
    for power, word in ((12, "tn"), (9, "bn"), (6, "m")):
        scale = Decimal(10) ** power
        if abs(value) >= scale:
            return f"{_plain((value / scale).quantize(Decimal('0.001')))} {word}" + (
                f" {unit}" if unit else ""
            )
    return _plain(value) + (f" {unit}" if unit else "")


def _amount(value: Decimal, unit: str | None = None) -> Amount:
    """An amount as :func:`_money` writes it in English, in the reader's number words elsewhere."""
    return Amount(_money(value, unit), value, unit)


@functools.lru_cache(maxsize=4096)
def _span_text(i: Interval, unit: str | None = None) -> Message:
    """A range as a reader compares it ("2.15 bn–2.25 bn USD"), made once per range."""
    if i.high is None:
        return Message("at least {amount}", amount=_amount(i.low, unit))
    if i.low == i.high:
        return joined("", [_amount(i.low, unit)])
    return joined("–", [_amount(i.low), _amount(i.high, unit)])


def _figure_amount(fig: Figure) -> Amount:
    """A recorded figure as written ("about 2.2 bn USD")."""
    qualifier = fig.qualifier.value if fig.qualifier is not None else None
    return Amount(fig.amount_text(), fig.point, fig.unit, qualifier=qualifier)


def _figure_text(fig: Figure) -> Message:
    """A recorded figure with its id and source, made once per figure (by identity: its hash is dear)."""
    known = _FIGURE_TEXTS.get(id(fig))
    if known is not None and known[0] is fig:
        return known[1]
    if len(_FIGURE_TEXTS) > _CACHE_SIZE:
        _FIGURE_TEXTS.clear()
    text = Message("{amount} ({id}, {source})", amount=_figure_amount(fig), id=fig.id, source=fig.source)
    _FIGURE_TEXTS[id(fig)] = (fig, text)
    return text


#: The explanations' text of recorded figures, by the figure's identity (the figure is kept, so
#: its id is not reused while the entry lives).
_FIGURE_TEXTS: dict[int, tuple[Figure, Message]] = {}
_CACHE_SIZE: Final = 4096


def _metric(metric: str) -> Word | str:
    """A metric's words ("bilateral trade turnover") in the reader's language; an unknown one as it is."""
    return Word(metric, english=Metric(metric).words) if metric in _METRICS else metric


def _evidence(figs: list[Figure] | tuple[Figure, ...]) -> tuple[Evidence, ...]:
    out: list[Evidence] = []
    for fig in figs:
        out += fig.evidence[:1]
    return tuple(out[:4])


def _actuals(rec: _Figures, metric: str, period: Period | None) -> list[Figure]:
    return [
        fig
        for fig in rec.by_metric.get(metric, ())
        if fig.status is not FigureStatus.FORECAST and (period is None or _period_of(fig) == period)
    ]


def _same_unit(f: FigureMention, fig: Figure) -> bool:
    return f.unit is None or fig.unit == f.unit


# --------------------------------------------------------------------------- actual figures
def _actual(ctx: Context, f: FigureMention) -> _Proto:  # noqa: PLR0911 - one verdict per case
    if f.metric is None:
        return _proto(f, Verdict.UNKNOWN, "figures.actual", Message("no metric named near the figure"))
    rec = _record(ctx)
    metric = f.metric
    stated = _stated(f)
    period = f.period
    note: Message | str = ""
    if f.latest or (period is None and f.cumulative):
        period, note = _latest(ctx, rec, f)
        if period is None:
            lang = ctx.lang_at(*f.span)  # the period's words are quoted in the text's language
            stated_as = (
                Message("no period stated ({words}); {note}", words=Quoted(f.period_text, lang), note=note)
                if f.period_text
                else Message("no period stated; {note}", note=note)
            )
            swapped = _digits_swapped(rec, f, stated_as)
            return swapped or _proto(f, Verdict.UNKNOWN, "figures.actual", stated_as)
    if period is None:
        return _undated(ctx, rec, f, stated)
    recorded = [fig for fig in _actuals(rec, metric, period) if _same_unit(f, fig)]
    words = _metric(metric)
    if not recorded:
        derived = _derived(rec, metric, period)
        if derived is not None:
            low, high, how, used = derived
            worked = (
                Message("{how} = {low} to {high}", how=how, low=_amount(low), high=_amount(high))
                if low != high
                else Message("{how} = {low}", how=how, low=_amount(low))
            )
            if high >= 0 and Interval(low=max(low, _ZERO), high=high).overlaps(stated):
                return _proto(f, Verdict.OK, "figures.actual", worked, evidence=_evidence(used))
            return _proto(
                f,
                Verdict.CONTRADICTION,
                "figures.actual",
                Message(
                    "{worked}; the text says {said} for {metric} in {period}",
                    worked=worked,
                    said=_span_text(stated, f.unit),
                    metric=words,
                    period=_months(period),
                ),
                evidence=_evidence(used),
                record=used[0].id,
            )
        none = Message(
            "the record has no figure of {metric} for {period}{note}",
            metric=words,
            period=_months(period),
            note=note,
        )
        # a stock said as of a month the record does not hold: its digits may still be a slip
        return _digits_swapped(rec, f, none) or _proto(f, Verdict.UNKNOWN, "figures.actual", none)
    fitting = [fig for fig in recorded if fig.interval.overlaps(stated)]
    shown = joined("; ", [joined(": ", [_figure_text(fig), _span_text(fig.interval)]) for fig in recorded])
    rounded_only = _fits_only_rounded(fitting, recorded, stated)
    if rounded_only:
        note = joined(
            "", [note, Message("; it fits only a rounded figure, and is as precise as the exact one")]
        )
    elif fitting and all(_other_digits(f, fig) for fig in fitting):
        # "about 723.7 million" for a source's "about 732.7 million": as precise, other digits
        rounded_only = True
        note = joined("", [note, Message("; it is as precise as the record's figure, with other digits")])
    other = _another_periods(rec, metric, period, fitting, stated) if fitting and not rounded_only else None
    if other is not None:
        # "USD 1.65 billion in 2023": at the very edge of the 2023 figure's rounding (1.6 billion),
        # and the 2022 figure to the digit: the year of another figure
        return _proto(
            f,
            Verdict.CONTRADICTION,
            "figures.actual",
            Message(
                "{said} fits the record's {period} figure only at the edge of its rounding ({shown}), "
                "and is the record's {other_period} figure: {other}",
                said=_span_text(stated, f.unit),
                period=_months(period),
                shown=shown,
                other_period=_months(_period_of(other)),
                other=_figure_text(other),
            ),
            record=fitting[0].id,
            evidence=_evidence([*fitting[:1], other]),
        )
    if fitting and not rounded_only:
        return _proto(
            f,
            Verdict.OK,
            "figures.actual",
            Message(
                "{said} fits the record's {period} figure{note}: {shown}",
                said=_span_text(stated, f.unit),
                period=_months(period),
                note=note,
                shown=shown,
            ),
            record=fitting[0].id,
            evidence=_evidence(fitting),
        )
    target = _a_targets_value(rec, f) if f.unmarked else None
    if target is not None:
        # "... and the leaders now speak of USD 10 billion": no word says it was reached
        return _proto(
            f,
            Verdict.UNKNOWN,
            "figures.actual",
            Message(
                "no word says it was reached, and it is the value of a recorded target ({id}): "
                "the text may speak of the target",
                id=target.id,
            ),
            record=target.id,
        )
    elsewhere = [
        fig
        for fig in rec.by_metric.get(metric, ())
        if fig.interval.overlaps(stated) and _period_of(fig) != period and _same_unit(f, fig)
    ]
    hint = (
        Message(
            "; {figure} is the figure of {period}",
            figure=_figure_text(elsewhere[0]),
            period=_months(_period_of(elsewhere[0])),
        )
        if elsewhere
        else ""
    )
    return _proto(
        f,
        Verdict.CONTRADICTION,
        "figures.actual",
        Message(
            "the record's {metric} for {period}{note}: {shown}; the text says {said}{hint}",
            metric=words,
            period=_months(period),
            note=note,
            shown=shown,
            said=_span_text(stated, f.unit),
            hint=hint,
        ),
        record=recorded[0].id,
        canonical=recorded[0].amount_text(),
        evidence=_evidence(recorded),
    )


def _a_targets_value(rec: _Figures, f: FigureMention) -> Target | None:
    """A recorded target of the figure's metric and unit whose value the figure states, if any."""
    if f.upper is not None:
        return None  # a range states no one value
    return next(
        (t for t in rec.targets.get(f.metric or "", ()) if t.unit == f.unit and t.value == f.value), None
    )


def _another_periods(
    rec: _Figures, metric: str, period: Period, fitting: list[Figure], stated: Interval
) -> Figure | None:
    """
    The figure of another period that a figure fitting ``period``'s only at the edge of their
    rounding is, to the digit: "1.65 billion" for 2023, whose figure is "1.6 billion" (1.55 to
    1.65 billion), is the record's 2022 figure, 1.65 billion. ``None`` where the figure's value
    (the middle of what it allows) lies inside a fitting figure's, or no other period's exact
    figure is that value.
    """
    if stated.high is None:
        return None
    middle = (stated.low + stated.high) / 2
    for fig in fitting:
        high = fig.interval.high
        if high is None or fig.interval.low < middle < high:
            return None  # most figures: well inside a recorded one
    for fig in rec.by_metric.get(metric, ()):
        if (
            fig.status is not FigureStatus.FORECAST
            and fig.qualifier is None
            and fig.upper is None
            and fig.value == middle
            and _period_of(fig) != period
        ):
            return fig
    return None


def _fits_only_rounded(fitting: list[Figure], recorded: list[Figure], stated: Interval) -> bool:
    """
    Whether a figure fits only figures a source rounded ("almost 3 bn USD") while it is as
    precise as a figure the record has exactly for the period, which it does not fit: "2.89
    billion" is not the 2.98 billion that "almost 3 billion" rounds.  Several exact figures
    (sources that differ) each count; a figure rounded as much as the exact ones ("2.9
    billion") fits the rounded one.
    """
    if not fitting or stated.high is None:
        return False
    exact = [fig for fig in recorded if fig.qualifier is None and fig.upper is None]
    if not exact or any(fig in fitting for fig in exact):
        return False
    width = stated.high - stated.low
    return all(
        fig.interval.high is not None and width <= fig.interval.high - fig.interval.low for fig in exact
    )


def _another_year(f: FigureMention, same: list[Target]) -> _Proto | None:
    """
    A target of a recorded value said to be due by another year than every such target's ("4
    billion USD by 2025" for the target of 2020): a slip of the year, a warning, as a target
    may be set again for a later year.  ``None`` when the years meet or either is not stated.
    """
    said = f.horizon.when if f.horizon is not None and f.horizon.kind is HorizonKind.BY_DATE else None
    dated = [t for t in same if t.horizon.kind is HorizonKind.BY_DATE and t.horizon.when is not None]
    if (
        said is None
        or said.year is None
        or not dated
        or any(t.horizon.when.year == said.year for t in dated if t.horizon.when)
    ):
        return None
    target = dated[0]
    return _proto(
        f,
        Verdict.CONTRADICTION,
        "figures.target",
        Message(
            "the record's target of {value} ({id}) is {horizon}; the text says by {said}",
            value=_amount(f.value, f.unit),
            id=target.id,
            horizon=horizon_message(target.horizon),
            said=said.year,
        ),
        record=target.id,
        evidence=target.evidence[:2],
        severity=Severity.WARNING,
    )


def _dated_otherwise(f: FigureMention, targets: list[Target]) -> _Proto | None:
    """
    A target said to be due by a year for which the record has targets of the metric, none of
    them of its value ("5 billion USD by 2020", the target for 2020 being 4 billion): a slip of
    the value, a warning, as another target for that year may have been set.  ``None`` when the
    text gives no year, or the record has none for it, or one of the value.
    """
    said = f.horizon.when if f.horizon is not None and f.horizon.kind is HorizonKind.BY_DATE else None
    if said is None or said.year is None:
        return None
    dated = [
        t
        for t in targets
        if t.horizon.kind is HorizonKind.BY_DATE
        and t.horizon.when is not None
        and t.horizon.when.year == said.year
    ]
    if not dated or any(t.value == f.value for t in dated):
        return None
    target = dated[0]
    assert target.value is not None
    return _proto(
        f,
        Verdict.CONTRADICTION,
        "figures.target",
        Message(
            "the record's target by {year} is {recorded} ({id}); the text says {said}",
            year=said.year,
            recorded=Amount(f"{target.value} {target.unit}", target.value, target.unit),
            id=target.id,
            said=Amount(f"{f.value} {f.unit}", f.value, f.unit),
        ),
        record=target.id,
        evidence=target.evidence[:2],
        severity=Severity.WARNING,
    )


def _other_digits(f: FigureMention, fig: Figure) -> bool:
    """
    Whether a figure of the text fits a source's only by the slack of "about", while both are
    written to the same unit with four or more digits and they differ by ten units of the last
    digit and half a percent or more ("723.7" for "732.7" million): a slip of the digits, not
    another source's rounding or revision ("732.6"); or the text's "about" for an exact figure
    written as precisely, three digits or more, ten units of the last and two percent apart.
    """
    if fig.upper is not None or f.upper is not None or f.precision <= 0:
        return False
    step = precision_of(fig.written) * fig.scale
    if fig.qualifier is None:
        # the text's "about" for an exact figure, written as precisely, other digits ("khoảng
        # 5,36 tỷ USD" for 5.63 billion): a slip of the digits, not a rounding
        return (
            f.qualifier is not None
            and f.precision == step
            and fig.value >= 100 * step
            and abs(f.value - fig.value) >= max(10 * step, fig.value / 50)
        )
    return (
        f.precision == step
        and fig.value >= 1000 * step
        and abs(f.value - fig.value) >= max(10 * step, fig.value / 200)
    )


def _swapped(f: FigureMention, fig: Figure) -> bool:
    """
    Whether a figure of the text is a recorded one's digits with two neighbours swapped, written
    as precisely and with three digits or more ("5.36" for 5.63 billion, "276 projects" for 267,
    "372.7" for 732.7 million): a slip of the keyboard, not another period's figure.
    """
    if fig.upper is not None or f.upper is not None or f.precision <= 0 or not _same_unit(f, fig):
        return False
    step = precision_of(fig.written) * fig.scale
    if f.precision != step:
        return False
    said, recorded = str(int(f.value / step)), str(int(fig.value / step))
    if len(said) != len(recorded) or len(said) < 3:
        return False
    apart = [i for i, (a, b) in enumerate(zip(said, recorded, strict=True)) if a != b]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and said[apart[0]] == recorded[apart[1]]
        and said[apart[1]] == recorded[apart[0]]
    )


def _digits_swapped(rec: _Figures, f: FigureMention, why: Message) -> _Proto | None:
    """
    A contradiction for a stock the record cannot date (``why``: no period stated, or none the
    record holds) that is one recorded figure of its metric with two digits swapped.  Not a
    flow's: a flow over some months the text does not name may have any value, and meet a
    recorded one's swapped digits by chance ("exports to Laos were US$436 million").
    """
    assert f.metric is not None
    if not f.cumulative:
        return None
    swapped = {fig.value: fig for fig in _actuals(rec, f.metric, None) if _swapped(f, fig)}
    if len(swapped) != 1:
        return None
    (fig,) = swapped.values()
    return _proto(
        f,
        Verdict.CONTRADICTION,
        "figures.actual",
        Message(
            "{why}; but {said} is the record's {period} figure {figure} with two digits swapped",
            why=why,
            said=_span_text(Interval(low=f.value, high=f.value), f.unit),
            period=_months(_period_of(fig)),
            figure=_figure_text(fig),
        ),
        record=fig.id,
        canonical=fig.amount_text(),
        evidence=_evidence([fig]),
    )


_METRICS: Final = frozenset(m.value for m in Metric)
_MEASURED: Final = frozenset({"actual", "estimate"})


def _latest(ctx: Context, rec: _Figures, f: FigureMention) -> tuple[Period | None, Message]:
    """The period "currently" means: the last full year recorded, or the latest stock."""
    published = ctx.published
    assert f.metric is not None
    figs = [fig for fig in _actuals(rec, f.metric, None) if fig.cumulative == f.cumulative]
    if published is None or not figs:
        return None, Message("the record has no figure to compare it with")
    now = published.year * 12 + published.month
    if f.cumulative:
        older = [fig for fig in figs if _ends(fig) <= now]
        if not older:
            return None, Message("the record has no earlier stock")
        last = max(older, key=_ends)
        if now - _ends(last) > _STOCK_MONTHS:
            return (
                None,
                Message(
                    "the latest recorded stock ({period}) is more than {months} months older than the text",
                    period=_months(_period_of(last)),
                    months=_STOCK_MONTHS,
                ),
            )
        return _period_of(last), Message(
            " (no date stated: the latest recorded stock, {period})", period=_months(_period_of(last))
        )
    year = published.year - 1
    lang = ctx.lang_at(*f.span)  # the period's words are quoted in the text's language
    if any(_period_of(fig) == (year, 1, year, 12) for fig in figs):
        return (year, 1, year, 12), Message(
            ' ("{words}": the last full year, {year})', words=Quoted(f.period_text or "", lang), year=year
        )
    return None, Message("the record has no figure for the last full year ({year})", year=year)


def _ends(fig: Figure) -> int:
    p = _period_of(fig)
    return p[2] * 12 + p[3]


def _undated(ctx: Context, rec: _Figures, f: FigureMention, stated: Interval) -> _Proto:
    """A figure with no period: ``ok`` when it fits a recorded figure that came before the text."""
    fitting = _fitting(ctx, rec, f, stated)
    if fitting:
        last = fitting[-1]
        # a change or ratio next to it relates to that period, if it fits one period only ("some
        # $2 billion" fits the first seven months and the first ten: a change says nothing then)
        f.period = _one_period(fitting)
        return _proto(
            f,
            Verdict.OK,
            "figures.actual",
            Message(
                "no period stated; {said} fits the record's {period} figure {figure}: {span}",
                said=_span_text(stated, f.unit),
                period=_months(_period_of(last)),
                figure=_figure_text(last),
                span=_span_text(last.interval),
            ),
            record=last.id,
            evidence=_evidence([last]),
        )
    why = Message("no period stated, and no recorded figure of this metric fits it")
    return _digits_swapped(rec, f, why) or _proto(f, Verdict.UNKNOWN, "figures.actual", why)


def _one_period(figures: list[Figure]) -> Period | None:
    """The period of ``figures`` when they all have the same, else ``None``."""
    periods = {_period_of(fig) for fig in figures}
    return periods.pop() if len(periods) == 1 else None


def _fitting(ctx: Context, rec: _Figures, f: FigureMention, stated: Interval) -> list[Figure]:
    """The recorded flows of a figure's metric that it fits, of periods over before the text, oldest first."""
    assert f.metric is not None
    published = ctx.published
    now = published.year * 12 + published.month if published else None
    found = [
        fig
        for fig in _actuals(rec, f.metric, None)
        if fig.interval.overlaps(stated) and _same_unit(f, fig) and (now is None or _ends(fig) < now)
    ]
    # the latest last, and of those the nearest to the value stated
    return sorted(found, key=lambda fig: (_ends(fig), -abs(fig.point - f.value)))


def _derived(
    rec: _Figures, metric: str, period: Period
) -> tuple[Decimal, Decimal, Message, list[Figure]] | None:
    """
    A metric's value for a period worked out from recorded figures of others, if it can be.

    A whole from its parts (:data:`~vnla.model.figures.PARTS`), or a surplus from the other
    side's (both are differences of the same parts, with opposite signs).  The result is the
    lowest and highest value (which may be negative), the arithmetic, and the figures used.
    """

    def one(m: Metric) -> Figure | None:
        figs = _actuals(rec, m.value, period)
        return figs[0] if figs else None

    for whole, parts in PARTS:
        if whole.value != metric:
            continue
        found = [(one(p), sign) for p, sign in parts]
        used = [fig for fig, _sign in found if fig is not None]
        if len(used) != len(found):
            continue
        low, high = _ZERO, _ZERO
        for fig, sign in found:
            assert fig is not None
            i = fig.interval
            top = i.high if i.high is not None else i.low
            low, high = (low + i.low, high + top) if sign == 1 else (low - top, high - i.low)
        terms: list[Any] = []
        for fig, sign in found:
            if fig is not None:
                terms += ["+" if sign == 1 else "-", _amount(fig.value)]
        how = joined(" ", terms[1:] if terms[:1] == ["+"] else terms)
        return low, high, Message("{metric} = {how}", metric=_metric(whole.value), how=how), used
    mirror = {"trade-surplus-vn": Metric.TRADE_SURPLUS_LA, "trade-surplus-la": Metric.TRADE_SURPLUS_VN}
    if metric in mirror:
        other = one(mirror[metric])
        if other is not None:
            i = other.interval
            top = i.high if i.high is not None else i.low
            return (
                -top,
                -i.low,
                Message("{metric} is minus {figure}", metric=_metric(metric), figure=_figure_text(other)),
                [other],
            )
    return None


# --------------------------------------------------------------------------- forecasts
def _forecast(ctx: Context, f: FigureMention) -> _Proto:
    rec = _record(ctx)
    recorded = _actuals(rec, f.metric, f.period) if f.metric and f.period else []
    message = Message("a forecast: judged neither against targets nor as a measured figure")
    if recorded:
        message = Message(
            "a forecast: judged neither against targets nor as a measured figure; "
            "the record's figure for {period}: {seen}",
            period=_months(f.period or (0, 0, 0, 0)),
            seen=joined("; ", [_figure_text(fig) for fig in recorded]),
        )
    return _proto(f, Verdict.UNKNOWN, "figures.forecast", message, evidence=_evidence(recorded))


# --------------------------------------------------------------------------- targets
def _target(ctx: Context, f: FigureMention) -> _Proto:  # noqa: PLR0911 - one verdict per case
    if f.metric is None or f.shape != "money":
        return _proto(f, Verdict.UNKNOWN, "figures.target", Message("a target of no recorded metric"))
    targets = [t for t in _record(ctx).targets.get(f.metric, ()) if t.value is not None and t.unit == f.unit]
    if not targets:
        return _proto(f, Verdict.UNKNOWN, "figures.target", Message("no recorded target"))
    horizon = f.horizon.kind if f.horizon is not None else None
    if f.upper is not None:
        low = [t for t in targets if t.value == f.value]
        high = [t for t in targets if t.value == f.upper]
        kinds_low = {t.horizon.kind for t in low}
        kinds_high = {t.horizon.kind for t in high}
        if low and high and not kinds_low & kinds_high:
            a, b = low[0], high[0]
            return _proto(
                f,
                Verdict.CONTRADICTION,
                "figures.target",
                Message(
                    "{low}–{high} merges two targets of different horizons: {a} {a_horizon} ({a_id}) and "
                    "{b} {b_horizon} ({b_id})",
                    low=_amount(f.value),
                    high=_amount(f.upper, f.unit),
                    a=_amount(a.value or _ZERO, a.unit),
                    a_horizon=Word(a.horizon.kind.value),
                    a_id=a.id,
                    b=_amount(b.value or _ZERO, b.unit),
                    b_horizon=Word(b.horizon.kind.value),
                    b_id=b.id,
                ),
                record=a.id,
                evidence=(*a.evidence[:1], *b.evidence[:1]),
            )
        if not low or not high:
            nearest = min(targets, key=lambda t: (abs((t.value or _ZERO) - f.value), t.id))
            return _proto(
                f,
                Verdict.CONTRADICTION,
                "figures.target",
                Message(
                    "no recorded target is {low}–{high}; the nearest is {nearest} ({id})",
                    low=_amount(f.value),
                    high=_amount(f.upper, f.unit),
                    nearest=_amount(nearest.value or _ZERO, nearest.unit),
                    id=nearest.id,
                ),
                record=nearest.id,
                evidence=nearest.evidence[:3],
            )
    dated = _dated_otherwise(f, targets)
    if dated is not None:
        return dated
    same = [t for t in targets if t.value == f.value]
    if horizon in (HorizonKind.NEAR_TERM, HorizonKind.LONGER_TERM):
        fitting = [t for t in targets if t.horizon.kind is horizon]
        same = [t for t in same if t.horizon.kind is horizon]
    else:
        fitting = targets
    if same:
        return _another_year(f, same) or _proto(f, Verdict.OK, "figures.target", "", record=same[0].id)
    if not fitting or (f.assumed and horizon not in _SAID_HORIZONS):
        # a target by a year that names no metric ("US$3 billion by 2030") may be another's
        return _proto(f, Verdict.UNKNOWN, "figures.amount", Message("no recorded target"))
    slipped = [t for t in fitting if _unit_slip(f.value, t.value or _ZERO)]
    target = min(slipped or fitting, key=lambda t: (abs((t.value or _ZERO) - f.value), t.id))
    assert target.value is not None
    slip = (
        Message(
            " ({recorded} written as {said}: a unit slip?)",
            recorded=_amount(target.value),
            said=_amount(f.value),
        )
        if slipped
        else ""
    )
    if f.assumed:  # "a near-term target of US$10 billion", in a text on trade
        slip = Message(
            "{slip} (its sentence names no metric: the record's targets in money are trade's)", slip=slip
        )
    recorded_as = Amount(f"{target.value} {target.unit}", target.value, target.unit)
    said_as = Amount(f"{f.value} {f.unit}", f.value, f.unit)
    shown = render_money(target.value, target.unit or "", ctx.lang_at(*f.span))
    return _proto(
        f,
        Verdict.CONTRADICTION,
        "figures.target",
        Message(
            "the record's {horizon} target is {recorded} ({id}); the text says {said}{slip}",
            horizon=Word(target.horizon.kind.value),
            recorded=recorded_as,
            id=target.id,
            said=said_as,
            slip=slip,
        ),
        record=target.id,
        canonical=shown,
        evidence=target.evidence[:3],
    )


#: The horizons the record's trade targets are said with, which make a target that names no
#: metric trade's when its value is another (:func:`_target`).
_SAID_HORIZONS: Final = frozenset({HorizonKind.NEAR_TERM, HorizonKind.LONGER_TERM, HorizonKind.SOON})


def _unit_slip(stated: Decimal, recorded: Decimal) -> bool:
    """Whether ``stated`` is ``recorded`` in the wrong unit: thousands, millions, billions apart."""
    if stated <= 0 or recorded <= 0:
        return False
    return max(stated, recorded) / min(stated, recorded) in _UNIT_STEPS


def _rate(ctx: Context, f: FigureMention) -> _Proto:
    """A yearly growth rate: a target against the recorded growth targets, else unknown."""
    if f.status != "target":
        return _proto(
            f,
            Verdict.UNKNOWN,
            "figures.growth",
            Message("a yearly rate that is no target; the record has none"),
        )
    growth = _record(ctx).growth
    if not growth:
        return _proto(f, Verdict.UNKNOWN, "figures.growth", Message("no recorded growth target"))
    stated = Interval(low=f.value, high=f.upper if f.upper is not None else f.value)
    for target, allowed in growth:
        if (
            allowed.low <= stated.low
            and stated.high is not None
            and allowed.high is not None
            and stated.high <= allowed.high
        ):
            return _proto(
                f,
                Verdict.OK,
                "figures.growth",
                Message(
                    "the record's growth target: {description}",
                    description=Named(target.id, target.description),
                ),
                record=target.id,
            )
    target = growth[0][0]
    recorded = f"{growth[0][1].low + Decimal('0.5')}–{(growth[0][1].high or _ZERO) - Decimal('0.5')}"
    said = _plain(f.value) + (f"–{_plain(f.upper)}" if f.upper is not None else "")
    return _proto(
        f,
        Verdict.CONTRADICTION,
        "figures.growth",
        Message(
            "the record's yearly growth target is {recorded}% ({id}); the text says {said}%",
            recorded=recorded,
            id=target.id,
            said=said,
        ),
        record=target.id,
        evidence=target.evidence[:2],
    )


# --------------------------------------------------------------------------- changes and ratios
def _factors(f: FigureMention) -> Interval:
    """The factors a change or ratio of the text allows (+32.7% is ×1.3265–1.3275)."""
    stated = _stated(f)
    if f.shape == "ratio":
        return stated
    if f.direction == "decrease":
        low = _ZERO if stated.high is None else max(1 - stated.high / _HUNDRED, _ZERO)
        return Interval(low=low, high=1 - stated.low / _HUNDRED)
    return Interval(
        low=1 + stated.low / _HUNDRED, high=None if stated.high is None else 1 + stated.high / _HUNDRED
    )


def _said(f: FigureMention) -> Message:
    if f.shape == "ratio":
        value = f"×{_plain(f.value)}"
    else:
        value = f"{'-' if f.direction == 'decrease' else '+'}{_plain(f.value)}%"
    if f.qualifier is None:
        return joined("", [value])
    return joined("", [Qualified(f"{f.qualifier.value} {value}", f.qualifier.value, value)])


def _factor_text(i: Interval, f: FigureMention) -> Message | str:
    """A factor as the text states its kind: ``×1.35`` or ``+35.5%``, a range when rounding makes one."""

    def one(x: Decimal) -> str:
        if f.shape == "ratio":
            return f"×{x.quantize(Decimal('0.01'))}"
        return percent_text((x - 1) * _HUNDRED)

    if i.high is None:
        return Message("at least {amount}", amount=one(i.low))
    low, high = one(i.low), one(i.high)
    if i.high - i.low <= Decimal("0.01"):
        return one((i.low + i.high) / 2)
    return low if low == high else Message("{low} to {high}", low=low, high=high)


def _change(ctx: Context, f: FigureMention) -> _Proto:
    if f.direction is None:
        return _proto(f, Verdict.UNKNOWN, "figures.change", Message("a percentage with no word of change"))
    return _relation(ctx, f, "figures.change")


def _ratio(ctx: Context, f: FigureMention) -> _Proto:
    return _relation(ctx, f, "figures.ratio")


def _over_years() -> re.Pattern[str]:
    """
    Right after a change or a ratio, words that spread it over more years than one (the word
    files' ``amounts.over_years``, "{n}" a number of two or more, in digits or words).
    """
    numbers = [w for w, n in merged("amounts", "number_words").items() if n.isdigit() and int(n) >= 2]
    n = rf"(?:[2-9]|[1-9]\d|{_alternation(numbers)})"
    forms = [
        re.escape(w).replace(re.escape("{n}"), n).replace(r"\ ", r"\s+")
        for w in merged("amounts", "over_years")
    ]
    return re.compile(
        rf"[^\S\n]*+,?[^\S\n]*+(?:{'|'.join(forms) or '(?!)'})(?![^\W\u0e80-\u0eff])", re.IGNORECASE
    )


#: A change or ratio said over more years than one ("nearly doubled over two years").
_OVER_YEARS: Final = _over_years()


#: Between a sum and a change right after it: a bracket or a comma, and words of a rise or fall
#: ("2.98 billion USD (+32.7%)", "2,98 tỷ USD, tăng 32,7%"; ``amounts.increase_words``,
#: ``decrease_words``).
_RIGHT_AFTER_A_SUM: Final = re.compile(
    rf"[^\S\n]*+[(,]?[^\S\n]*+"
    rf"(?:(?:{_alternation((*merged('amounts', 'increase_words'), *merged('amounts', 'decrease_words')))})"
    rf"[^\S\n]*+)?[+−-]?",
    re.IGNORECASE,
)


def _relation(ctx: Context, f: FigureMention, rule: str) -> _Proto:
    """A change or ratio against each pair of values it may relate (see the module)."""
    later = _later(ctx.text, f)
    rec = _record(ctx)
    metric = f.metric or (later.metric if later is not None else None)
    if (
        later is not None
        and later.metric
        and _RIGHT_AFTER_A_SUM.fullmatch(ctx.text, later.span[1], f.span[0])
    ):
        metric = later.metric  # "2.98 billion USD (+32.7%)", "2,98 tỷ USD, tăng 32,7%": that sum's change
    if later is not None and later.period is None and not later.latest and later.metric:
        fitting = _fitting(ctx, rec, later, _stated(later))
        if fitting:
            later.period = _one_period(fitting)
    period = f.period or (later.period if later is not None else None)
    if metric is None or metric not in _METRICS or period is None:
        return _proto(
            f, Verdict.UNKNOWN, rule, Message("the values it relates are not named (metric or period)")
        )
    if f.base is None and _OVER_YEARS.match(ctx.text, f.span[1]) is not None:
        # (a base the text names, "rose from 1.65 billion in 2023 to ..., nearly doubling in two
        # years", is the span's start: judged on it)
        return _proto(
            f,
            Verdict.UNKNOWN,
            rule,
            Message("it is said of a span of several years, not of a year on the year before"),
        )
    base = f.base
    if base is None:
        base = _year_before(period)
    factors = _factors(f)
    # the changes the sources state for the period and base: where there are any, they decide
    # (2.98 / 2.2 is +35.5%, but the source of 2.98 says +32.7%: "+37.2%" is a slip)
    stated_changes = _stated_changes(rec, f, (metric, period, base), factors)
    # values of the text: the later one and a base one
    text_base = next(
        (
            s
            for s in f.siblings
            if s.shape == "money" and s.metric == metric and s.period == base and s.status in _MEASURED
        ),
        None,
    )
    text_later = later if later is not None and later.period == period else None
    laters: list[tuple[Interval, Message, list[Figure]]] = []
    if text_later is not None:
        said_in = ctx.lang_at(*text_later.span)
        laters.append(
            (_stated(text_later), Message("{value} (the text)", value=Quoted(text_later.text, said_in)), [])
        )
    laters += [(fig.interval, _in_units(fig), [fig]) for fig in _actuals(rec, metric, period)]
    bases: list[tuple[Interval, Message, list[Figure]]] = []
    if text_base is not None:
        said_in = ctx.lang_at(*text_base.span)
        bases.append(
            (_stated(text_base), Message("{value} (the text)", value=Quoted(text_base.text, said_in)), [])
        )
    bases += [(fig.interval, _in_units(fig), [fig]) for fig in _actuals(rec, metric, base)]
    # the text's own values first (internal arithmetic), then the text's against the record's
    laters.sort(key=lambda item: bool(item[2]))
    bases.sort(key=lambda item: bool(item[2]))
    arithmetic = _arithmetic(laters, bases, f, factors, exact=False)
    # what a contradiction shows: the stated changes, then the text's own values' arithmetic
    explained = stated_changes + arithmetic
    if stated_changes:
        # where sources state the change, the arithmetic counts only at the values as written (the
        # text's +35.5% is 2.98 / 2.2; +37.2% fits 2.98 / 2.2 only by 2.2's rounding)
        checks = stated_changes + [c for c in _arithmetic(laters, bases, f, factors, exact=True) if c[0]]
    else:
        checks = arithmetic
    said = _said(f)
    what = Message(
        "{metric}, {period} on {base}", metric=_metric(metric), period=_months(period), base=_months(base)
    )
    if not checks:
        return _proto(
            f, Verdict.UNKNOWN, rule, Message("nothing to compare {said} with ({what})", said=said, what=what)
        )
    fits = [c for c in checks if c[0]]
    if fits:
        return _proto(
            f,
            Verdict.OK,
            rule,
            Message("{check}; the text says {said} ({what})", check=fits[0][1], said=said, what=what),
            record=fits[0][2][0].id if fits[0][2] else None,
            evidence=_evidence(fits[0][2]),
        )
    over_recorded = [
        c for c in _arithmetic(laters[:1], [b for b in bases if b[2]], f, factors, exact=False) if c[0]
    ]
    other = _of_another_value(ctx, (metric, period), text_later, stated_changes, over_recorded[:1])
    if other is not None:
        return _proto(f, Verdict.UNKNOWN, rule, other, evidence=_evidence(over_recorded[0][2]))
    used = [fig for c in explained for fig in c[2]]
    hint = _base_hint(laters, factors)
    return _proto(
        f,
        Verdict.CONTRADICTION,
        rule,
        Message(
            "{checks}; the text says {said} ({what}){hint}",
            checks=joined("; ", [c[1] for c in explained[:4]]),
            said=said,
            what=what,
            hint=hint,
        ),
        record=used[0].id if used else None,
        evidence=_evidence(list(dict.fromkeys(used))),
    )


_Value = tuple[Interval, "Message", list[Figure]]


def _base_hint(laters: list[_Value], factors: Interval) -> Message | str:
    """The base a contradicted change would fit, from the last later value ("" if none)."""
    mid = factors.low if factors.high is None else (factors.low + factors.high) / 2
    if not laters or mid <= 0:
        return ""
    point = laters[-1][0].low if laters[-1][0].high is None else (laters[-1][0].low + laters[-1][0].high) / 2
    return Message(
        "; it would fit a base of about {base} (from {later})",
        base=_amount(base_for(point, mid)),
        later=laters[-1][1],
    )


def _arithmetic(
    laters: list[_Value], bases: list[_Value], f: FigureMention, factors: Interval, *, exact: bool
) -> list[tuple[bool, Message, list[Figure]]]:
    """
    Each later value over each base value, and whether the quotient fits the text's ``factors``;
    with ``exact``, of the values as written (the middle of each one's rounding), not of every
    value their rounding allows.
    """
    out: list[tuple[bool, Message, list[Figure]]] = []
    for li, lname, lfigs in laters:
        for bi, bname, bfigs in bases:
            ratio = divide(_written(li, lfigs), _written(bi, bfigs)) if exact else divide(li, bi)
            if ratio is not None:
                text = joined("", [lname, " / ", bname, " = ", _factor_text(ratio, f)])
                out.append((ratio.overlaps(factors), text, lfigs + bfigs))
    return out


def _written(i: Interval, figs: list[Figure]) -> Interval:
    """
    The value a statement names, as written: a recorded figure's value (the middle of its
    range), else the middle of the text's interval (its low end if unbounded).
    """
    if len(figs) == 1:
        fig = figs[0]
        mid = fig.value if fig.upper is None else (fig.value + fig.upper) / 2
    else:
        mid = i.low if i.high is None else (i.low + i.high) / 2
    return Interval(low=mid, high=mid)


def _of_another_value(
    ctx: Context,
    of: tuple[str, Period],
    later: FigureMention | None,
    stated: list[tuple[bool, Message, list[Figure]]],
    fitting: list[tuple[bool, Message, list[Figure]]],
) -> Message | None:
    """
    Why the changes the record states (``stated``) do not judge the text's, or ``None``: the
    text states a value (``later``) of ``of`` (metric and period) that a recorded figure has,
    whose source states no change, the stated changes are all of other values, and the text's
    value over a recorded base fits the text's change (``fitting``, that arithmetic).  A
    source's change is of its own value: "2.25 billion USD, up 36.7%" follows the source of 2.25
    billion, not those of 2.2 billion that say about +34%.
    """
    if later is None or not stated or not fitting:
        return None
    told = _stated(later)
    if any(told.contains(fig.value) for _fits, _why, figs in stated for fig in figs):
        return None
    own = [fig for fig in _actuals(_record(ctx), *of) if told.contains(fig.value)]
    if not own:
        return None
    return Message(
        "the text's {value} is {own}, whose source states no change, and {fit}; the "
        "record's changes are of another value: {checks}",
        value=Quoted(later.text, ctx.lang_at(*later.span)),
        own=_in_units(own[0]),
        fit=fitting[0][1],
        checks=joined("; ", [c[1] for c in stated[:2]]),
    )


def _stated_changes(
    rec: _Figures, f: FigureMention, what: tuple[str, Period, Period], factors: Interval
) -> list[tuple[bool, Message, list[Figure]]]:
    """The changes the record's figures of ``what`` (metric, period, base) state, and whether each fits."""
    metric, period, base = what
    out: list[tuple[bool, Message, list[Figure]]] = []
    for fig in _actuals(rec, metric, period):
        for change in fig.changes:
            lo, hi = change.base.earliest, change.base.latest
            if lo is None or hi is None or (lo.year, lo.month, hi.year, hi.month) != base:
                continue
            allowed = change.factors
            out.append(
                (
                    allowed.overlaps(factors),
                    Message(
                        "the record's change {change} ({id}) is {factor}",
                        change=_change_text(change),
                        id=fig.id,
                        factor=_factor_text(allowed, f),
                    ),
                    [fig],
                )
            )
    return out


def _change_text(change: Change) -> Qualified | str:
    """A recorded change as written ("about +34%"): its qualifier in the reader's words."""
    text = change.text()
    if change.qualifier is None:
        return text
    bare = text.removeprefix(f"{change.qualifier.value} ")
    return Qualified(text, change.qualifier.value, bare) if bare != text else text


def _in_units(fig: Figure) -> Message:
    """A recorded value in its figure's units, with its id: ``2.98 (trade-2025-2.98bn)``."""
    return Message("{value} ({id})", value=fig.in_units(fig.value), id=fig.id)


def _later(text: str, f: FigureMention) -> FigureMention | None:
    """
    The sum of money of the sentence a change or ratio relates: the one it came to ("doubled to
    US$2.98 billion"), else the one before it, else after.
    A sum in brackets before it is an aside, the base of another comparison ("đạt 2,98 tỷ USD,
    tăng 32,7% so với năm 2024 (2,52 tỷ USD) và gần gấp đôi mức 1,6 tỷ USD của năm 2023": the
    ratio is 2025's 2,98): it is taken only when the sentence has no other.
    """
    money = [s for s in f.siblings if s.shape == "money" and s.status in ("actual", "estimate")]
    after = [s for s in money if s.span[0] >= f.span[1] and (f.base is None or s.period != f.base)]
    if after and _RESULT.fullmatch(text, f.span[1], after[0].span[0]):
        return after[0]  # "almost doubled to US$2.98 billion": the sum it came to
    before = [s for s in money if s.span[1] <= f.span[0]]
    if before:
        plain = [s for s in before if not bracketed(text, s.span)]
        return (plain or before)[-1]
    return after[0] if after else None
