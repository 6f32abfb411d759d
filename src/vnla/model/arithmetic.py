# SPDX-License-Identifier: MIT
"""
The arithmetic of figures as sources state them: rounding, qualifiers, changes, parts.

A source that writes "2.2 billion" states a value between 2.15 and 2.25
billion; "almost 3 billion" one a little under 3 billion.  This module turns
such statements into :class:`Interval` s and compares them, so that a rule
(or a reader of news text) can tell a figure that only looks different
("2.2" against 2.246) from one that cannot be the same ("2.3" against
"2.56").  Pure functions over :class:`~decimal.Decimal`; it imports nothing
else of vnla.

>>> two_two = interval(Decimal("2.2"), precision_of("2.2"))
>>> str(two_two), two_two.contains(Decimal("2.246"))
('2.15–2.25', True)
>>> interval(Decimal("3"), Decimal(1), Qualifier.ALMOST).contains(Decimal("2.98"))
True
>>> percent_text(change_percent(Decimal("2.2"), Decimal("2.98")))
'+35.5%'
>>> base_for(Decimal("2.98"), percent_factor(Decimal("32.7"))).quantize(Decimal("0.001"))
Decimal('2.246')

.. versionadded:: 0.2
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Final

from vnla.model.classes import frozen

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [  # noqa: RUF022 - plain sorted(), which tests/test_api.py checks
    "Interval",
    "Qualifier",
    "SLACK",
    "amount_problem",
    "base_for",
    "change_percent",
    "divide",
    "interval",
    "percent_factor",
    "percent_text",
    "precision_of",
    "read_number",
    "scale_between",
    "signed_sum",
    "sum_of",
]

#: How far a qualifier lets a figure stray from the number written, as a share of it.
#: A convention of vnla's, not something the sources state: "about 3" is 2.85–3.15,
#: "almost 3" is 2.85–3.
SLACK: Final = Decimal("0.05")

_NUMBER: Final = re.compile(r"^(\d+)(?:[.,](\d+))?$")
#: An amount as the data files write it (ASCII digits, "_" between them, an exponent of two digits).
_AMOUNT: Final = re.compile(r"-?[0-9][0-9_]*(?:\.[0-9]+)?(?:[eE][-+]?[0-9]{1,2})?")
#: The most characters an amount's text may have (a guard against a huge input).
_AMOUNT_CHARS: Final = 60
_HUNDRED: Final = Decimal(100)
_TWO: Final = Decimal(2)


class Qualifier(enum.Enum):
    """
    A word that makes a figure approximate or a bound.

    The words are examples of each kind, in English and Vietnamese.
    """

    #: "about", "around", "some", "approximately", "~", "khoảng", "chừng", "xấp xỉ".
    ABOUT = "about"
    #: "almost", "nearly", "close to", "gần", "gần như": a little under the number.
    ALMOST = "almost"
    #: "over", "more than", "above", "hơn", "trên", "vượt": at least the number.
    OVER = "over"
    #: "under", "less than", "below", "dưới", "chưa đến": at most the number.
    UNDER = "under"


@frozen(kw_only=True)
class Interval:
    """
    The values a statement allows, both ends included; ``high`` is ``None`` when unbounded.

    >>> Interval(low=Decimal("2.15"), high=Decimal("2.25")).overlaps(
    ...     Interval(low=Decimal("2.245"), high=Decimal("2.255"))
    ... )
    True
    >>> str(Interval(low=Decimal(3), high=None))
    'at least 3'
    """

    low: Decimal
    high: Decimal | None

    def __attrs_post_init__(self) -> None:
        if not self.low.is_finite() or (self.high is not None and not self.high.is_finite()):
            msg = f"an interval's ends must be finite, got {self.low!r} and {self.high!r}"
            raise ValueError(msg)
        if self.high is not None and self.high < self.low:
            msg = f"an interval's high end is below its low end: {self.high} < {self.low}"
            raise ValueError(msg)

    def __repr__(self) -> str:
        # attrs' repr, written out: vnla.model.classes.frozen does not compile one
        return f"{type(self).__qualname__}(low={self.low!r}, high={self.high!r})"

    def contains(self, value: Decimal) -> bool:
        """Whether ``value`` is one of the values allowed."""
        return self.low <= value and (self.high is None or value <= self.high)

    def overlaps(self, other: Interval) -> bool:
        """Whether the two allow a common value: the statements can both be true."""
        if self.high is not None and self.high < other.low:
            return False
        return not (other.high is not None and other.high < self.low)

    def scaled(self, factor: Decimal) -> Interval:
        """Both ends multiplied by a positive ``factor`` (a change of units)."""
        return Interval(low=self.low * factor, high=None if self.high is None else self.high * factor)

    def __str__(self) -> str:
        if self.high is None:
            return f"at least {_plain(self.low)}"
        if self.high == self.low:
            return _plain(self.low)
        return f"{_plain(self.low)}–{_plain(self.high)}"


def amount_problem(value: Decimal) -> str | None:
    """
    Why an exact amount cannot be written as its text and read back, or ``None``.

    An amount is written as ``str(value)``, which the reader takes back only within its
    guards: at most 60 characters, an exponent of at most two digits, at most 30 digits
    before the point.  A figure that breaks them is refused when it is made, not when a
    file of it is read again.

    >>> amount_problem(Decimal("2.98E+9")) is None
    True
    >>> amount_problem(Decimal("1E-100"))[:39]
    "its text '1E-100' cannot be read back: "
    """
    text = str(value)
    if not value.is_finite() or value.adjusted() > 30:
        return f"{text} is not finite, or has more than 30 digits before the point"
    if not _AMOUNT.fullmatch(text) or len(text) > _AMOUNT_CHARS:
        return (
            f"its text {text!r} cannot be read back: an amount is at most {_AMOUNT_CHARS} characters, "
            "with an exponent of two digits"
        )
    return None


def _plain(value: Decimal) -> str:
    """A decimal without an exponent or trailing zeros: ``2.250`` -> ``2.25``, ``1E+1`` -> ``10``."""
    return format(value.normalize(), "f")


def read_number(written: str) -> Decimal:
    """
    The number a source writes, with a decimal point or a decimal comma and no thousands separator.

    Raises:
        ValueError: ``written`` is not digits with at most one decimal mark.

    >>> read_number("2.98"), read_number("2,5"), read_number("979")
    (Decimal('2.98'), Decimal('2.5'), Decimal('979'))
    """
    match = _NUMBER.match(written.strip())
    if match is None:
        msg = f"expected a number written with digits and at most one decimal mark, got {written!r}"
        raise ValueError(msg)
    whole, fraction = match.groups()
    return Decimal(f"{whole}.{fraction}" if fraction else whole)


def precision_of(written: str) -> Decimal:
    """
    The unit of the last digit written: what the source rounded to.

    >>> precision_of("2.98"), precision_of("2,5"), precision_of("979")
    (Decimal('0.01'), Decimal('0.1'), Decimal('1'))
    """
    number = read_number(written)
    exponent = number.as_tuple().exponent
    # read_number gives finite numbers, whose exponent is an int ('n', 'N', 'F' are not).
    return Decimal(1).scaleb(min(int(exponent), 0))


def scale_between(value: Decimal, number: Decimal, *, largest: int = 15) -> int | None:
    """
    The power of ten ``k`` with ``value == number * 10**k`` (0 to ``largest``), or ``None``.

    It says in which unit a written number is given: 2.98 for 2,980,000,000 is in billions.

    >>> scale_between(Decimal(2_980_000_000), Decimal("2.98")), scale_between(Decimal(5), Decimal(3))
    (9, None)
    """
    for k in range(largest + 1):
        if number.scaleb(k) == value:
            return k
    return None


def interval(value: Decimal, precision: Decimal, qualifier: Qualifier | None = None) -> Interval:
    """
    The values a figure stated as ``value`` (not negative) to ``precision`` allows, widened by ``qualifier``.

    Without a qualifier the value was rounded: half the precision either side.
    "about" adds :data:`SLACK` of the value either side (or keeps the rounding when that
    is wider); "almost" runs from :data:`SLACK` below the value up to it; "over" and
    "under" are bounds.

    >>> [str(interval(Decimal("2.5"), Decimal("0.1"), q)) for q in (None, Qualifier.ALMOST)]
    ['2.45–2.55', '2.375–2.5']
    >>> str(interval(Decimal("34"), Decimal(1), Qualifier.ABOUT))
    '32.3–35.7'
    >>> (
    ...     str(interval(Decimal(2), Decimal(1), Qualifier.OVER)),
    ...     str(interval(Decimal(2), Decimal(1), Qualifier.UNDER)),
    ... )
    ('at least 2', '0–2')
    """
    if precision <= 0 or not precision.is_finite():
        msg = f"precision must be a positive amount, got {precision!r}"
        raise ValueError(msg)
    if value < 0 or not value.is_finite():
        # Sources state a fall as a positive number with a word ("down 5%", "giảm 5%").
        msg = f"a stated value is a finite amount, not negative, got {value!r}"
        raise ValueError(msg)
    half = precision / _TWO
    if qualifier is None:
        return Interval(low=max(value - half, Decimal(0)), high=value + half)
    slack = abs(value) * SLACK
    if qualifier is Qualifier.ABOUT:
        wide = max(half, slack)
        return Interval(low=max(value - wide, Decimal(0)), high=value + wide)
    if qualifier is Qualifier.ALMOST:
        return Interval(low=max(value - slack, Decimal(0)), high=value)
    if qualifier is Qualifier.OVER:
        return Interval(low=value, high=None)
    return Interval(low=Decimal(0), high=value)


def sum_of(*parts: Interval) -> Interval:
    """
    The values a sum of parts allows.

    >>> str(sum_of(interval(Decimal(346), Decimal(1)), interval(Decimal(633), Decimal(1))))
    '978–980'
    """
    low = sum((p.low for p in parts), Decimal(0))
    highs = [p.high for p in parts]
    high = None if any(h is None for h in highs) else sum((h for h in highs if h is not None), Decimal(0))
    return Interval(low=low, high=high)


def signed_sum(terms: Iterable[tuple[Interval, int]]) -> Interval | None:
    """
    The values ``Σ sign × term`` allows (signs are +1 or -1), or ``None`` when unbounded below.

    A surplus is exports less imports:

    >>> exports, imports = interval(Decimal(633), Decimal(1)), interval(Decimal(346), Decimal(1))
    >>> str(signed_sum([(exports, 1), (imports, -1)]))
    '286–288'
    """
    low, high = Decimal(0), Decimal(0)
    bounded_above = True
    for term, sign in terms:
        if sign not in (1, -1):
            msg = f"a sign is 1 or -1, got {sign!r}"
            raise ValueError(msg)
        if sign == 1:
            low += term.low
            if term.high is None:
                bounded_above = False
            else:
                high += term.high
        else:
            if term.high is None:
                return None
            low -= term.high
            high -= term.low
    return Interval(low=low, high=high if bounded_above else None)


def divide(numerator: Interval, denominator: Interval) -> Interval | None:
    """
    The ratios ``numerator / denominator`` allows, for non-negative intervals.

    ``None`` when the denominator may be zero (the ratio is then unbounded).

    >>> r = divide(interval(Decimal("2.98"), Decimal("0.01")), interval(Decimal("2.2"), Decimal("0.1")))
    >>> r is not None and (r.low.quantize(Decimal("0.0001")), r.high.quantize(Decimal("0.0001")))
    (Decimal('1.3222'), Decimal('1.3884'))
    """
    if denominator.low <= 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        low = numerator.low / denominator.high if denominator.high is not None else Decimal(0)
        high = None if numerator.high is None else numerator.high / denominator.low
    return Interval(low=low, high=high)


def percent_factor(percent: Decimal) -> Decimal:
    """
    The factor a change of ``percent`` per cent applies: +32.7% is ×1.327, -5% is ×0.95.

    >>> percent_factor(Decimal("32.7")), percent_factor(Decimal("-5"))
    (Decimal('1.327'), Decimal('0.95'))
    """
    return 1 + percent / _HUNDRED


def change_percent(earlier: Decimal, later: Decimal) -> Decimal:
    """
    The change from ``earlier`` to ``later`` in per cent; applying it to ``earlier`` gives ``later``.

    Raises:
        ZeroDivisionError: ``earlier`` is zero.

    >>> change_percent(Decimal("1.6"), Decimal("2.2"))
    Decimal('37.500')
    """
    if earlier == 0:
        msg = "no change in per cent from zero"
        raise ZeroDivisionError(msg)
    return (later / earlier - 1) * _HUNDRED


def base_for(later: Decimal, factor: Decimal) -> Decimal:
    """
    The earlier value that a stated factor (``percent_factor(p)`` or a ratio) makes ``later``.

    Raises:
        ZeroDivisionError: ``factor`` is zero.

    >>> base_for(Decimal("3.0"), Decimal("1.5"))
    Decimal('2')
    """
    if factor == 0:
        msg = "no base for a factor of zero"
        raise ZeroDivisionError(msg)
    return later / factor


def percent_text(percent: Decimal, places: int = 1) -> str:
    """
    A change in per cent as a person reads it, signed: ``+35.5%``, ``-4.0%``.

    >>> percent_text(Decimal("35.4545")), percent_text(Decimal("-4"))
    ('+35.5%', '-4.0%')
    """
    rounded = percent.quantize(Decimal(1).scaleb(-places))
    sign = "-" if rounded < 0 else "+"
    return f"{sign}{abs(rounded)}%"
