# SPDX-License-Identifier: MIT
"""
Measured figures: what trade or investment *was*, as one source states it.

A :class:`~vnla.model.records.Target` is what the two sides aim at; a
:class:`Figure` is what a source says was measured (or estimated, or
forecast) for a period: "bilateral trade reached US$2.2 billion in 2024".
Each source's figure is its own record, written as the source writes it
("2.2", "gần 2,5"), so that the precision it was given with is kept and
figures that disagree are recorded side by side, never averaged.

>>> from decimal import Decimal
>>> from vnla.model.records import Evidence, When
>>> f = Figure(
...     id="trade-2024",
...     metric=Metric.TRADE_TURNOVER,
...     period=When.in_year(2024),
...     value=Decimal("2200000000"),
...     unit="USD",
...     written="2.2",
...     evidence=(Evidence(source="s", quote="2.2 bn"),),
... )
>>> (f.precision, f.scale, str(f.interval.scaled(1 / f.scale)))
(Decimal('0.1'), Decimal('1E+9'), '2.15–2.25')
>>> f.amount_text()
'2.2 bn USD'

.. versionadded:: 0.2
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from vnla.model.arithmetic import (
    Interval,
    Qualifier,
    interval,
    precision_of,
    read_number,
    scale_between,
)
from vnla.model.classes import field, frozen
from vnla.model.records import (
    Evidence,
    When,
    _check_id,
    _check_ids,
    _check_optional_amount,
    _check_optional_text,
    _check_text,
    _evidence_field,
    _ref,
    _tuple,
    _when_token,
    record_html,
)

if TYPE_CHECKING:
    import attrs

__all__ = [
    "Change",
    "ChangeKind",
    "Figure",
    "FigureStatus",
    "Metric",
    "Qualifier",
]

_CURRENCY: Final = re.compile(r"^[A-Z]{3}$")
_RANGE: Final = re.compile(r"^\s*([\d.,]+)\s*[–-]\s*([\d.,]+)\s*$")
_SCALE_WORDS: Final = {12: "tn", 9: "bn", 6: "m", 3: "k", 0: ""}
_HUNDRED: Final = Decimal(100)


class Metric(enum.Enum):
    """
    What a figure measures.

    The trade metrics are goods trade between Vietnam and Laos in a currency;
    ``bilateral-trade-turnover`` is also the metric term of the trade targets.
    """

    #: Two-way trade: exports of each to the other ("kim ngạch thương mại song phương").
    TRADE_TURNOVER = "bilateral-trade-turnover"
    #: Vietnam's exports to Laos (Laos' imports from Vietnam).
    EXPORTS_VN_TO_LA = "exports-vn-to-la"
    #: Laos' exports to Vietnam (Vietnam's imports from Laos).
    EXPORTS_LA_TO_VN = "exports-la-to-vn"
    #: Laos' trade surplus with Vietnam: its exports to Vietnam less its imports from it.
    TRADE_SURPLUS_LA = "trade-surplus-la"
    #: Vietnam's trade surplus with Laos.
    TRADE_SURPLUS_VN = "trade-surplus-vn"
    #: Capital registered by Vietnamese investors for projects in Laos.
    INVESTMENT_VN_IN_LA_CAPITAL = "investment-vn-in-la-capital"
    #: The number of Vietnamese investment projects in Laos.
    INVESTMENT_VN_IN_LA_PROJECTS = "investment-vn-in-la-projects"

    @property
    def is_money(self) -> bool:
        """Whether the metric is an amount of money (else a count)."""
        return self is not Metric.INVESTMENT_VN_IN_LA_PROJECTS

    @property
    def words(self) -> str:
        """The metric in a few English words, for messages."""
        return _METRIC_WORDS[self]


_METRIC_WORDS: Final = {
    Metric.TRADE_TURNOVER: "bilateral trade turnover",
    Metric.EXPORTS_VN_TO_LA: "Vietnam's exports to Laos",
    Metric.EXPORTS_LA_TO_VN: "Laos' exports to Vietnam",
    Metric.TRADE_SURPLUS_LA: "Laos' trade surplus with Vietnam",
    Metric.TRADE_SURPLUS_VN: "Vietnam's trade surplus with Laos",
    Metric.INVESTMENT_VN_IN_LA_CAPITAL: "Vietnamese investment capital registered in Laos",
    Metric.INVESTMENT_VN_IN_LA_PROJECTS: "Vietnamese investment projects in Laos",
}

#: Metrics that are sums of others: whole = Σ sign × part.  Code reads these;
#: :mod:`vnla.rules.figures` checks that recorded parts add up to their whole.
PARTS: Final[tuple[tuple[Metric, tuple[tuple[Metric, int], ...]], ...]] = (
    (Metric.TRADE_TURNOVER, ((Metric.EXPORTS_VN_TO_LA, 1), (Metric.EXPORTS_LA_TO_VN, 1))),
    (Metric.TRADE_SURPLUS_LA, ((Metric.EXPORTS_LA_TO_VN, 1), (Metric.EXPORTS_VN_TO_LA, -1))),
    (Metric.TRADE_SURPLUS_VN, ((Metric.EXPORTS_VN_TO_LA, 1), (Metric.EXPORTS_LA_TO_VN, -1))),
)


class FigureStatus(enum.Enum):
    """Whether a figure was measured, estimated or forecast."""

    #: Measured: "reached", "totalled", "đạt".
    ACTUAL = "actual"
    #: Estimated before the final count: "estimated at", "ước đạt", "(est.)".
    ESTIMATE = "estimate"
    #: Expected for a period not yet over: "expected to reach", "dự kiến".
    FORECAST = "forecast"


class ChangeKind(enum.Enum):
    """How a source states a change against an earlier period."""

    #: Up by a percentage: "up 32.7%", "tăng 50,4%".
    INCREASE = "increase"
    #: Down by a percentage: "down 5%", "giảm 5%".
    DECREASE = "decrease"
    #: A multiple of the earlier value: "1.5 times", "gấp rưỡi", "doubled" (2).
    RATIO = "ratio"


def _check_period(_inst: object, attribute: attrs.Attribute[Any], value: When) -> None:
    if value.earliest is None or value.latest is None:
        msg = f"{attribute.name} must have both bounds (a year, a month, a range of days), got {value}"
        raise ValueError(msg)


def _check_amount(_inst: object, attribute: attrs.Attribute[Any], value: Decimal | None) -> None:
    if value is not None and (not isinstance(value, Decimal) or not value.is_finite() or value < 0):
        msg = f"{attribute.name} must be a finite, non-negative amount, got {value!r}"
        raise ValueError(msg)
    _check_optional_amount(_inst, attribute, value)  # one the data files can write and read back


def _split_written(written: str) -> tuple[str, str | None]:
    """``"1.1–1.2"`` -> ``("1.1", "1.2")``; ``"2.98"`` -> ``("2.98", None)``."""
    match = _RANGE.match(written)
    if match is None:
        return written.strip(), None
    return match[1], match[2]


def _number_text(value: Decimal) -> str:
    return format(value.normalize(), "f")


_QUALIFIER_WORDS: Final = {
    Qualifier.ABOUT: "about ",
    Qualifier.ALMOST: "almost ",
    Qualifier.OVER: "over ",
    Qualifier.UNDER: "under ",
}


@frozen(kw_only=True)
class Change:
    """
    A change against an earlier period, as a source states it: "+32.7%", "1.5 times".

    ``value`` is the percentage (for an increase or a decrease) or the
    multiple (for a ratio), as written; ``written`` keeps the source's form
    when it differs ("50,4"); ``base`` is the earlier period.

    >>> c = Change(kind=ChangeKind.INCREASE, value=Decimal("32.7"), base=When.in_year(2024))
    >>> (c.factor, c.precision, str(c))
    (Decimal('1.327'), Decimal('0.1'), '+32.7% on 2024')
    """

    kind: ChangeKind
    value: Decimal = field(validator=_check_amount)
    base: When = field(validator=_check_period)
    written: str | None = field(default=None, validator=_check_optional_text)
    qualifier: Qualifier | None = None

    def __attrs_post_init__(self) -> None:
        if self.written is not None and read_number(self.written) != self.value:
            msg = f"written {self.written!r} is not the value {self.value}"
            raise ValueError(msg)
        if self.kind is ChangeKind.DECREASE and self.value > _HUNDRED:
            msg = f"a decrease is at most 100%, got {self.value}"
            raise ValueError(msg)

    @property
    def precision(self) -> Decimal:
        """The unit of the last digit the source wrote: 0.1 for "32.7"."""
        return precision_of(self.written if self.written is not None else _number_text(self.value))

    @property
    def factor(self) -> Decimal:
        """What the earlier value is multiplied by: 1.327 for +32.7%, 0.95 for -5%."""
        if self.kind is ChangeKind.INCREASE:
            return 1 + self.value / _HUNDRED
        if self.kind is ChangeKind.DECREASE:
            return 1 - self.value / _HUNDRED
        return self.value

    @property
    def factors(self) -> Interval:
        """The factors the change allows, given its rounding and qualifier."""
        stated = interval(self.value, self.precision, self.qualifier)
        if self.kind is ChangeKind.RATIO:
            return stated
        if self.kind is ChangeKind.INCREASE:
            return Interval(
                low=1 + stated.low / _HUNDRED,
                high=None if stated.high is None else 1 + stated.high / _HUNDRED,
            )
        low = Decimal(0) if stated.high is None else max(1 - stated.high / _HUNDRED, Decimal(0))
        return Interval(low=low, high=1 - stated.low / _HUNDRED)

    def text(self) -> str:
        """The change as a person reads it: ``+32.7%``, ``-5%``, ``×1.5``."""
        number = self.written if self.written is not None else _number_text(self.value)
        lead = _QUALIFIER_WORDS[self.qualifier] if self.qualifier is not None else ""
        if self.kind is ChangeKind.RATIO:
            return f"{lead}×{number}"
        sign = "+" if self.kind is ChangeKind.INCREASE else "-"
        return f"{lead}{sign}{number}%"

    def __str__(self) -> str:
        return f"{self.text()} on {self.base}"


@frozen(kw_only=True)
class Figure:
    """
    A figure one source gives for a metric and a period: a value, the way it was written, its sources.

    ``value`` is in ``unit`` (``Decimal("2980000000")`` US dollars);
    ``written`` is the number as the source writes it, without its unit
    word ("2.98", "2,5", "979", or a range "1.1–1.2" whose upper end is
    ``upper``): it gives the figure's precision and must be ``value`` in
    some power of ten.  ``qualifier`` is the word that makes it approximate
    ("about", "gần").  ``cumulative`` figures are totals as of the period
    ("267 projects as of April 2025"), not flows during it.  ``conflicts``
    lists other figures this one is known to disagree with: the rules then
    report the disagreement as information, as they do a recorded erratum.
    A figure's evidence cites one source.

    .. versionadded:: 0.2
    """

    id: str = field(validator=_check_id)
    metric: Metric
    period: When = field(validator=_check_period)
    value: Decimal = field(validator=_check_amount)
    unit: str = field(validator=_check_text)
    written: str = field(validator=_check_text)
    upper: Decimal | None = field(default=None, validator=_check_amount)
    qualifier: Qualifier | None = None
    status: FigureStatus = FigureStatus.ACTUAL
    cumulative: bool = False
    changes: tuple[Change, ...] = field(default=(), converter=_tuple)
    announced: When | None = None
    conflicts: tuple[str, ...] = field(
        default=(), converter=_tuple, validator=_check_ids, metadata=_ref("figure")
    )
    note: str | None = field(default=None, validator=_check_optional_text)
    evidence: tuple[Evidence, ...] = _evidence_field()

    def __attrs_post_init__(self) -> None:
        first, second = _split_written(self.written)
        number = read_number(first)
        k = self._exponent()
        if k is None or number.scaleb(k) != self.value:
            msg = f"value {_number_text(self.value)} is not the written {first!r} in any power of ten"
            raise ValueError(msg)
        if (second is None) != (self.upper is None):
            msg = f"a range needs both a written range like '1.1–1.2' and an upper end, got {self.written!r}"
            raise ValueError(msg)
        if second is not None and self.upper is not None:
            if read_number(second).scaleb(k) != self.upper:
                msg = (
                    f"upper {_number_text(self.upper)} is not the written {second!r} in the unit of {first!r}"
                )
                raise ValueError(msg)
            if self.upper <= self.value:
                msg = (
                    f"a range's upper end must exceed its value, "
                    f"got {_number_text(self.value)} to {_number_text(self.upper)}"
                )
                raise ValueError(msg)
        if self.metric.is_money and not _CURRENCY.match(self.unit):
            msg = (
                f"{self.metric.value} is an amount of money: unit must be a currency code, got {self.unit!r}"
            )
            raise ValueError(msg)
        if len({e.source for e in self.evidence}) > 1:
            msg = "a figure is what one source says: its evidence cites one source, got " + ", ".join(
                sorted({e.source for e in self.evidence})
            )
            raise ValueError(msg)
        if self.id in self.conflicts:
            msg = f"figure {self.id!r} lists itself in conflicts"
            raise ValueError(msg)
        for change in self.changes:
            base, period = change.base, self.period
            if base.earliest is not None and period.earliest is not None and base.earliest >= period.earliest:
                msg = f"a change's base ({base}) must start before the figure's period ({period})"
                raise ValueError(msg)

    def _exponent(self) -> int | None:
        """The power of ten ``written`` is in; a range's upper end decides it when the value is 0."""
        first, second = _split_written(self.written)
        if second is not None and self.upper is not None and self.value == 0:
            return scale_between(self.upper, read_number(second))
        return scale_between(self.value, read_number(first))

    # views ----------------------------------------------------------------------
    @property
    def scale(self) -> Decimal:
        """The unit of ``written``: ``Decimal("1E+9")`` when "2.98" stands for 2,980,000,000."""
        return Decimal(1).scaleb(self._exponent() or 0)

    @property
    def precision(self) -> Decimal:
        """The unit of the last digit written, in the unit of ``written``: 0.01 for "2.98"."""
        return precision_of(_split_written(self.written)[0])

    @property
    def point(self) -> Decimal:
        """One value for arithmetic: ``value``, or the middle of a range."""
        return self.value if self.upper is None else (self.value + self.upper) / 2

    @property
    def interval(self) -> Interval:
        """The values in ``unit`` the figure allows, given its rounding and qualifier."""
        step = self.precision * self.scale
        low = interval(self.value, step, self.qualifier)
        if self.upper is None:
            return low
        high = interval(self.upper, step, self.qualifier)
        return Interval(low=low.low, high=high.high)

    @property
    def source(self) -> str | None:
        """The id of the source the figure's evidence cites."""
        return self.evidence[0].source if self.evidence else None

    def in_units(self, value: Decimal) -> str:
        """``value`` in the unit the figure is written in: ``2.246`` for 2,246,000,000 and "2.98"."""
        return _number_text(value / self.scale)

    def amount_text(self) -> str:
        """The figure as written, with its scale and unit: ``2.98 bn USD``, ``about 732.7 m USD``."""
        k = scale_between(self.scale, Decimal(1)) or 0
        word = _SCALE_WORDS.get(k, f"×10^{k}")
        lead = _QUALIFIER_WORDS[self.qualifier] if self.qualifier is not None else ""
        return " ".join(part for part in (f"{lead}{self.written}", word, self.unit) if part)

    def change_texts(self) -> tuple[str, ...]:
        """Each stated change as text: ``("+32.7% on 2024",)``."""
        return tuple(str(c) for c in self.changes)


# --------------------------------------------------------------------------- reprs
def _figure_repr(self: Figure) -> str:
    return f"<Figure {self.id} {self.metric.value} {_when_token(self.period)} {self.amount_text()!r}>"


def _figure_str(self: Figure) -> str:
    status = "" if self.status is FigureStatus.ACTUAL else f" ({self.status.value})"
    return f"{self.metric.value}, {self.period}: {self.amount_text()}{status}"


def _change_repr(self: Change) -> str:
    return f"<Change {self.text()} on {_when_token(self.base)}>"


# One line each, as every model class (vnla.model.records.short_repr); str(figure) reads as a sentence.
setattr(Figure, "__repr__", _figure_repr)  # noqa: B010 - mypy refuses assigning to a method
setattr(Figure, "__str__", _figure_str)  # noqa: B010
setattr(Change, "__repr__", _change_repr)  # noqa: B010
setattr(Figure, "_repr_html_", record_html)  # noqa: B010
