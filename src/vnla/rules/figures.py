# SPDX-License-Identifier: MIT
"""
Consistency of measured figures: sources against each other, changes, parts and periods.

Four rules over the :class:`~vnla.model.figures.Figure` records of a dataset:

* ``figures.sources-agree``: two figures for the same metric and period agree
  within the precision each is written with, widened by its qualifier
  ("2.2" allows 2.246; "almost 3" allows 2.98; "2.3" does not allow "2.56");
* ``figures.change-stated``: a stated change ("+32.7% on 2024") agrees with the
  figures it relates, within their rounding; when it does not, the finding
  says which base would make it true and which recorded figure that is;
* ``figures.parts-sum``: parts add up to their whole (exports each way make the
  turnover; exports less imports make a surplus);
* ``figures.period-contains``: a figure for a period is not more than the
  figure of the same metric for a period that contains it (January–October
  is not more than the year).

Each comparison has three outcomes.  Figures that say the same thing give no
finding.  Figures whose written values differ but whose ranges meet are
reported as ``info``: they agree only within rounding, and the finding shows
the arithmetic.  Figures that cannot both be true are an ``error``, or
``info`` when one of them lists the other in ``conflicts`` (a disagreement
the data records, as an erratum records a slip).  Every message shows its
arithmetic: ``2.98 / 2.2 = +35.5%, the source says +32.7%``.

The arithmetic itself is :mod:`vnla.model.arithmetic`.  The rules here yield
:class:`Issue` records; :mod:`vnla.rules.checks` registers them and turns each
into a :class:`~vnla.rules.checks.Finding`.

>>> import vnla
>>> [r.id for r in RULES]
['figures.sources-agree', 'figures.change-stated', 'figures.parts-sum', 'figures.period-contains']
>>> issues = list(change_stated(vnla.dataset()))
>>> message = next(i for i in issues if "trade-2025-2.98bn" in i.records).message
>>> computed, said = message.split(": within")[0].split("; ")
>>> computed.split("2024: ")[1]
'2.98 / 2.25 = +32.4%, 2.98 / 2.2 = +35.5%'
>>> said
'the source says +32.7%, which fits a 2024 base of 2.246 (2.98 / 1.327)'

.. versionadded:: 0.2
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol

from attrs import field, frozen

from vnla.lang.dates import format_when, parse_locale
from vnla.model.arithmetic import (
    Interval,
    base_for,
    change_percent,
    divide,
    percent_text,
    read_number,
    signed_sum,
)
from vnla.model.figures import PARTS, Change, ChangeKind, Figure, FigureStatus, Metric
from vnla.model.records import Evidence, Precision, When

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from datetime import date

    from vnla.record.dataset import Dataset

__all__ = [  # noqa: RUF022 - plain sorted(), which tests/test_api.py checks
    "FigureRule",
    "Issue",
    "RULES",
    "change_stated",
    "parts_sum",
    "period_contains",
    "sources_agree",
]

#: The severity of an issue: the value of a :class:`vnla.rules.checks.Severity`.
Level = Literal["error", "warning", "info"]

#: Metrics whose figure for a period cannot be less than for a part of it.
_GROWING: Final = frozenset(Metric) - {Metric.TRADE_SURPLUS_LA, Metric.TRADE_SURPLUS_VN}


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _evidence(values: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(values)


@frozen(kw_only=True)
class Issue:
    """
    What a figure rule found; :mod:`vnla.rules.checks` reports it as a ``Finding``.

    >>> Issue(rule="figures.parts-sum", severity="error", message="346 + 633 = 979").severity
    'error'
    """

    rule: str
    severity: Level
    message: str
    records: tuple[str, ...] = field(default=(), converter=_strings)
    evidence: tuple[Evidence, ...] = field(default=(), converter=_evidence)
    path: str | None = None


class _Run(Protocol):
    """A rule's function: the issues of a dataset, with dates written in ``lang``."""

    def __call__(self, ds: Any, /, *, lang: str = ...) -> Iterator[Issue]: ...


@frozen(kw_only=True)
class FigureRule:
    """A rule over measured figures: its id, what it checks, and the function that does."""

    id: str
    description: str
    #: Takes a :class:`~vnla.record.dataset.Dataset` (typed ``Any``: the rules only read it) and
    #: the language its messages write dates in, ``lang=``.
    run: _Run = field(eq=False, repr=False)


# --------------------------------------------------------------------------- words
def period_text(when: When, *, cumulative: bool = False, lang: str = "en") -> str:
    """
    A period as a person writes it: ``2024``, ``April 2025``, ``January–October 2025``.

    Months are CLDR's (through babel), in ``lang``; another language than English writes a span
    of months by CLDR's pattern for one, and any other date as :func:`vnla.lang.dates.format_when`
    does.  ``cumulative`` puts "as of" before it (the messages around it are English).

    >>> from datetime import date
    >>> period_text(When.between(date(2025, 1, 1), date(2025, 10, 31)))
    'January–October 2025'
    >>> period_text(When.in_month(2025, 4), cumulative=True)
    'as of April 2025'
    >>> period_text(When.between(date(2025, 1, 1), date(2025, 10, 31)), lang="vi")
    'tháng 1\u2009–\u2009tháng 10 năm 2025'
    >>> period_text(When.in_month(2025, 4), lang="lo")
    'ເມສາ 2025'
    """
    lead = "as of " if cumulative else ""
    lo, hi = when.earliest, when.latest
    if when.precision is Precision.YEAR or lo is None or hi is None:
        return f"{lead}{format_when(when, lang)}"
    if when.precision is Precision.MONTH:
        return f"{lead}{format_when(when, lang)}"
    if lo.day == 1 and When.in_month(hi.year, hi.month).latest == hi and lo.year == hi.year:
        return f"{lead}{_months(lo, hi, lang)}"
    return f"{lead}{format_when(when, lang)}"  # as every command writes a date


def _months(first: date, last: date, lang: str) -> str:
    """Whole months of one year: "January–October 2025" in English, CLDR's range of months elsewhere."""
    from babel.dates import format_date, format_interval  # delayed: babel loads when a message needs it

    locale = parse_locale(lang)
    if lang == "en":  # the form every English message and report has written
        months = (format_date(day, "MMMM", locale=locale) for day in (first, last))
        return f"{'–'.join(months)} {last.year}"
    return format_interval(first, last, skeleton="yMMMM", locale=locale)


def _units(figure: Figure, value: Decimal) -> str:
    return figure.in_units(value)


def _shown(figure: Figure, unit_of: Figure) -> str:
    """A figure's value in the unit ``unit_of`` is written in, as written when the units agree: ``3.0``."""
    if figure.upper is None and figure.scale == unit_of.scale:
        return format(read_number(figure.written), "f")
    return unit_of.in_units(figure.point)


def _range(figure: Figure, ranges: Interval, unit_of: Figure | None = None) -> str:
    """An interval in the unit ``unit_of`` (default ``figure``) is written in: ``2.15–2.25``."""
    scale = (unit_of or figure).scale
    return str(ranges.scaled(1 / scale)) if scale != 1 else str(ranges)


def _cited(figure: Figure) -> str:
    return f"{figure.amount_text()} ({figure.source or figure.id})"


def _allows(figure: Figure) -> str:
    return f"{_lead(figure)}{figure.written} allows {_range(figure, figure.interval)}"


def _lead(figure: Figure) -> str:
    return f"{figure.qualifier.value} " if figure.qualifier is not None else ""


def _known(a: Figure, b: Figure) -> bool:
    """Whether the data records that ``a`` and ``b`` disagree."""
    return b.id in a.conflicts or a.id in b.conflicts


def _judge(*, same: bool, meet: bool, known: bool) -> Level | None:
    if same:
        return None
    if meet or known:
        return "info"
    return "error"


def _period_key(figure: Figure) -> tuple[Any, ...]:
    return (figure.period.earliest, figure.period.latest, figure.cumulative, figure.unit)


def _first_evidence(figures: Iterable[Figure]) -> tuple[Evidence, ...]:
    return tuple(f.evidence[0] for f in figures if f.evidence)


# --------------------------------------------------------------------------- rules
def sources_agree(ds: Dataset, *, lang: str = "en") -> Iterator[Issue]:
    """Figures for the same metric, period and status agree within their stated precision."""
    rule = "figures.sources-agree"
    groups: dict[tuple[Any, ...], list[Figure]] = defaultdict(list)
    for figure in ds.figures:
        groups[(figure.metric, figure.status, *_period_key(figure))].append(figure)
    for figures in groups.values():
        for a, b in itertools.combinations(sorted(figures, key=lambda f: f.id), 2):
            same = (a.value, a.upper, a.qualifier) == (b.value, b.upper, b.qualifier)
            meet = a.interval.overlaps(b.interval)
            level = _judge(same=same, meet=meet, known=_known(a, b))
            if level is None:
                continue
            head = (
                f"{period_text(a.period, cumulative=a.cumulative, lang=lang)} {a.metric.words}: "
                f"{_cited(a)} and {_cited(b)}"
            )
            ranges = f"{_allows(a)}, {_allows(b)}"
            if meet:
                message = f"{head} differ, but agree within the precision stated: {ranges}"
            else:
                known = "; a known disagreement, recorded in 'conflicts'" if _known(a, b) else ""
                message = f"{head} disagree: {ranges}, and no value fits both{known}"
            yield Issue(
                rule=rule,
                severity=level,
                message=message,
                records=(a.id, b.id),
                evidence=_first_evidence((a, b)),
                path="$.value",
            )


def _computed(figure: Figure, base: Figure, change: Change) -> str:
    """``2.98 / 2.2 = +35.5%`` (or ``= ×1.35`` for a ratio)."""
    later, earlier = figure.point, base.point
    head = f"{_shown(figure, figure)} / {_shown(base, figure)}"
    if earlier == 0:
        return f"{head} has no value"
    if change.kind is ChangeKind.RATIO:
        return f"{head} = ×{(later / earlier).quantize(Decimal('0.01'))}"
    return f"{head} = {percent_text(change_percent(earlier, later))}"


def change_stated(ds: Dataset, *, lang: str = "en") -> Iterator[Issue]:
    """A stated change agrees with the figures it relates, within rounding; else say which base fits."""
    rule = "figures.change-stated"
    by_period: dict[tuple[Any, ...], list[Figure]] = defaultdict(list)
    for figure in ds.figures:
        if figure.status is not FigureStatus.FORECAST:
            by_period[(figure.metric, *_period_key(figure))].append(figure)
    for figure in sorted(ds.figures, key=lambda f: f.id):
        for i, change in enumerate(figure.changes):
            key = (figure.metric, change.base.earliest, change.base.latest, figure.cumulative, figure.unit)
            bases = sorted(by_period.get(key, ()), key=lambda f: f.id)
            if not bases:
                continue
            factors = change.factors
            same = all(b.point != 0 and factors.contains(figure.point / b.point) for b in bases)
            meets = [b for b in bases if (r := divide(figure.interval, b.interval)) and r.overlaps(factors)]
            known = any(_known(figure, b) for b in bases)
            level = _judge(same=same, meet=bool(meets), known=known)
            if level is None:
                continue
            implied = divide(figure.interval, factors)
            fitting = [b for b in bases if implied is not None and implied.overlaps(b.interval)]
            base_value = base_for(figure.point, change.factor) if change.factor else None
            computed = ", ".join(dict.fromkeys(_computed(figure, b, change) for b in bases))
            said = f"the source says {change.text()}"
            if base_value is not None:
                # one digit more than the figure is written with: 2.98 -> 2.246
                shown = (base_value / figure.scale).quantize(figure.precision / 10)
                said += (
                    f", which fits a {period_text(change.base, lang=lang)} base of {shown} "
                    f"({_shown(figure, figure)} / {change.factor.normalize()})"
                )
            if fitting:
                within = " and of ".join(
                    f"{_shown(b, figure)} ({_range(b, b.interval, figure)}, {b.id!r})" for b in fitting
                )
                said += f": within the rounding of {within}"
            else:
                said += f": no recorded {period_text(change.base, lang=lang)} figure fits it"
            head = (
                f"{period_text(figure.period, cumulative=figure.cumulative, lang=lang)} "
                f"{figure.metric.words} {_cited(figure)}, {change}"
            )
            yield Issue(
                rule=rule,
                severity=level,
                message=f"{head}: {computed}; {said}",
                records=(figure.id, *(b.id for b in bases)),
                evidence=_first_evidence((figure, *bases)),
                path=f"$.changes[{i}]",
            )


def parts_sum(ds: Dataset, *, lang: str = "en") -> Iterator[Issue]:
    """Parts add up to their whole: exports each way make the turnover, within rounding."""
    rule = "figures.parts-sum"
    index: dict[tuple[Any, ...], list[Figure]] = defaultdict(list)
    for figure in ds.figures:
        index[(figure.metric, figure.status, *_period_key(figure))].append(figure)
    for (metric, status, *period), wholes in sorted(index.items(), key=lambda kv: str(kv[0])):
        relation = next((parts for whole, parts in PARTS if whole is metric), None)
        if relation is None:
            continue
        options = [sorted(index.get((part, status, *period), ()), key=lambda f: f.id) for part, _ in relation]
        if not all(options):
            continue
        for whole in sorted(wholes, key=lambda f: f.id):
            for chosen in itertools.product(*options):
                signed = list(zip(chosen, (sign for _, sign in relation), strict=True))
                total = sum((sign * f.point for f, sign in signed), Decimal(0))
                ranges = signed_sum((f.interval, sign) for f, sign in signed)
                same = whole.interval.contains(total)
                meet = ranges is not None and ranges.overlaps(whole.interval)
                known = any(_known(whole, f) for f in chosen)
                level = _judge(same=same, meet=meet, known=known)
                if level is None:
                    continue
                terms = " ".join(f"{'+' if sign > 0 else '-'} {_shown(f, whole)}" for f, sign in signed)
                terms = terms.removeprefix("+ ")
                parts_words = ", ".join(f"{f.metric.words} {_cited(f)}" for f in chosen)
                verdict = "within rounding" if meet else "which no rounding explains"
                message = (
                    f"{period_text(whole.period, cumulative=whole.cumulative, lang=lang)}: {parts_words} "
                    f"make {terms} = {_units(whole, total)}, but {whole.metric.words} is {_cited(whole)}, "
                    f"{verdict} ({_allows(whole)})"
                )
                yield Issue(
                    rule=rule,
                    severity=level,
                    message=message,
                    records=(whole.id, *(f.id for f in chosen)),
                    evidence=_first_evidence((whole, *chosen)),
                    path="$.value",
                )


def period_contains(ds: Dataset, *, lang: str = "en") -> Iterator[Issue]:
    """A figure for part of a period is not more than the figure for the whole period."""
    rule = "figures.period-contains"
    groups: dict[tuple[Any, ...], list[Figure]] = defaultdict(list)
    for figure in ds.figures:
        if figure.metric in _GROWING and not figure.cumulative:
            groups[(figure.metric, figure.unit)].append(figure)
    for figures in groups.values():
        ordered = sorted(figures, key=lambda f: f.id)
        for inner, outer in itertools.permutations(ordered, 2):
            if inner.period == outer.period or not inner.period.within(outer.period):
                continue
            high = outer.interval.high
            same = inner.point <= outer.point
            meet = high is None or inner.interval.low <= high
            level = _judge(same=same, meet=meet, known=_known(inner, outer))
            if level is None:
                continue
            arithmetic = (
                f"{_shown(inner, inner)} > {_shown(outer, inner)} "
                f"({_range(inner, inner.interval)} against {_range(outer, outer.interval, inner)})"
            )
            verdict = "only within rounding" if meet else "beyond rounding"
            message = (
                f"{inner.metric.words} for {period_text(inner.period, lang=lang)}, {_cited(inner)}, is more "
                f"than for {period_text(outer.period, lang=lang)}, which contains it, {_cited(outer)}: "
                f"{arithmetic}, {verdict}"
            )
            if not meet and _known(inner, outer):
                message += "; a known disagreement, recorded in 'conflicts'"
            yield Issue(
                rule=rule,
                severity=level,
                message=message,
                records=(inner.id, outer.id),
                evidence=_first_evidence((inner, outer)),
                path="$.value",
            )


RULES: Final[tuple[FigureRule, ...]] = (
    FigureRule(
        id="figures.sources-agree",
        description="Figures for the same metric and period agree within the precision each is written "
        "with, widened by its qualifier ('2.2' allows 2.246; '2.3' does not allow '2.56').",
        run=sources_agree,
    ),
    FigureRule(
        id="figures.change-stated",
        description="A stated change agrees with the figures it relates, within their rounding; the finding "
        "says which base would make it true.",
        run=change_stated,
    ),
    FigureRule(
        id="figures.parts-sum",
        description="Parts add up to their whole: exports each way make the turnover, exports less imports "
        "a surplus.",
        run=parts_sum,
    ),
    FigureRule(
        id="figures.period-contains",
        description="A figure for part of a period is not more than the figure for the whole period "
        "(January–October against the year).",
        run=period_contains,
    ),
)
