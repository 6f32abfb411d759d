# SPDX-License-Identifier: MIT
"""
Forgiving, strict arguments: the one place a query turns what a user passes into what it needs.

Every public query that takes a date, an enum member or a language reads its
argument through these functions, so the same input means the same thing
everywhere, and a wrong one raises the same clear error.

Dates
    A :class:`datetime.date`, or an ISO string: a day ``"2026-01-26"``, a month
    ``"2026-01"`` or a year ``"2026"``.  A partial date is the *period* it names;
    each query says which end of the period it uses (see :func:`as_period`):

    ==============================  =============================================
    argument                        a month or year means
    ==============================  =============================================
    ``find_events(start=)``         its first day (events from the month on)
    ``find_events(end=)``           its last day (events up to the month's end)
    ``framework(as_of)``,           its last day (the framework as it stood at
    ``framework_stage(as_of)``      the end of the month or year)
    ``offices_of(on=)``             any day of it (offices that may have been
                                    held at some time in the month or year)
    ``check_text(published=)``      refused: a text's date must be a day, since
                                    "Monday" or "yesterday" are read from it
    ==============================  =============================================

Enums
    The member or its value (``EventKind.TALKS`` or ``"talks"``); a wrong value
    is a ``ValueError`` that lists the valid ones and suggests the nearest.

Languages
    ISO 639-1 codes (``"lo"``), ISO 639-2/3 codes (``"lao"`` is read as
    ``"lo"``), and BCP 47 or POSIX locale tags built on them (``"vi-VN"``,
    ``"lo_LA"``); anything else is a :class:`~vnla.model.errors.UnknownLanguage`.

>>> from datetime import date
>>> as_period("2026-01")
(datetime.date(2026, 1, 1), datetime.date(2026, 1, 31))
>>> as_period(date(2026, 1, 26))
(datetime.date(2026, 1, 26), datetime.date(2026, 1, 26))
>>> as_language("lo_LA"), as_language("lao"), as_language("vi-VN")
('lo', 'lo', 'vi')

.. versionadded:: 0.2
"""

from __future__ import annotations

import enum
import functools
import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Final, TypeVar

from vnla.model.errors import UnknownLanguage

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["DateLike", "as_day", "as_enum", "as_language", "as_period", "suggest"]

#: What a date argument accepts: a ``date`` or an ISO string (``"2026-01-26"``, ``"2026-01"``, ``"2026"``).
DateLike = date | str

E = TypeVar("E", bound=enum.Enum)

_ISO: Final = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
#: The languages whose tags need no look-up: those of the bundled data.
_COMMON: Final = frozenset({"en", "vi", "lo"})


def suggest(value: str, choices: Iterable[str], *, limit: int = 3) -> tuple[str, ...]:
    """
    The ``choices`` closest to ``value``, best first (none when nothing is close).

    >>> suggest("talk", ["talks", "meeting", "speech"])
    ('talks',)
    """
    # Delayed: rapidfuzz is a C extension loaded only when an argument is wrong.
    from rapidfuzz import fuzz, process

    pool = list(dict.fromkeys(choices))
    # Near spellings first ("to-lamm" -> "to-lam"); only when there are none, the choices that
    # contain the value ("trade" -> "bilateral-trade-turnover"), which would otherwise crowd them out.
    found = process.extract(value, pool, scorer=fuzz.ratio, limit=limit, score_cutoff=75)
    if not found:
        found = process.extract(value, pool, scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
    return tuple(str(choice) for choice, _score, _index in found)


def _describe(value: object) -> str:
    return f"{value!r}" if isinstance(value, str) else f"{value!r} ({type(value).__name__})"


def as_period(value: object, *, argument: str = "date") -> tuple[date, date]:
    """
    The first and last day of what ``value`` names: a ``date``, or an ISO day, month or year.

    Raises:
        ValueError: a string that is not an ISO date, or names no such day
            (the message names ``argument`` and the value).
        TypeError: neither a ``date`` nor a string (a ``datetime`` included: pass its ``.date()``).

    >>> as_period("2024")
    (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    >>> as_period("2026-02-30", argument="start")
    Traceback (most recent call last):
    ...
    ValueError: start: no such day '2026-02-30'
    """
    if isinstance(value, datetime):
        msg = f"{argument}: expected a date, got a datetime {value!r}; pass its .date()"
        raise TypeError(msg)
    if isinstance(value, date):
        return value, value
    if not isinstance(value, str):
        msg = f"{argument}: expected a date or an ISO string like '2026-01-26', got {_describe(value)}"
        raise TypeError(msg)
    match = _ISO.fullmatch(value.strip())
    if match is None:
        msg = f"{argument}: expected an ISO date like '2026-01-26', '2026-01' or '2026', got {value!r}"
        raise ValueError(msg)
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            first = date(year, month, 1)
            if month == 12:  # no "first day of the next month" to step back from: 9999-12 has no next
                return first, date(year, 12, 31)
            return first, date(year, month + 1, 1) - timedelta(days=1)
        exact = date(year, month, day)
    except ValueError:
        msg = f"{argument}: no such day {value!r}"
        raise ValueError(msg) from None
    return exact, exact


def as_day(value: object, *, argument: str = "date") -> date:
    """
    One day: a ``date`` or a full ISO day; a month or a year is refused, naming ``argument``.

    >>> as_day("2026-01-27")
    datetime.date(2026, 1, 27)
    >>> as_day("2026-01", argument="published")
    Traceback (most recent call last):
    ...
    ValueError: published: expected a day like '2026-01-27', got the period '2026-01'
    """
    first, last = as_period(value, argument=argument)
    if first != last:
        msg = f"{argument}: expected a day like '2026-01-27', got the period {value!r}"
        raise ValueError(msg)
    return first


def as_enum(kind: type[E], value: object, *, argument: str | None = None) -> E:
    """
    The member of ``kind`` that ``value`` is or names (its value, or its name in any case).

    Raises:
        ValueError: no member matches; the message lists the valid values and the nearest one.

    >>> from vnla.model.records import EventKind
    >>> as_enum(EventKind, "state-visit") is as_enum(EventKind, EventKind.STATE_VISIT)
    True
    >>> as_enum(EventKind, "talk", argument="kind")
    Traceback (most recent call last):
    ...
    ValueError: kind: unknown event kind 'talk'; did you mean 'talks'? Valid: 'state-visit', ...
    """
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        for member in kind:
            if value == member.value:
                return member
        name = value.strip().upper().replace("-", "_").replace(" ", "_")
        if name in kind.__members__:
            return kind.__members__[name]
    values = [str(m.value) for m in kind]
    label = re.sub(r"(?<!^)(?=[A-Z])", " ", kind.__name__).lower()
    nearest = suggest(value, values, limit=1) if isinstance(value, str) else ()
    hint = f"; did you mean {nearest[0]!r}?" if nearest else ""
    where = f"{argument}: " if argument else ""
    shown = ", ".join(repr(v) for v in values)
    msg = f"{where}unknown {label} {_describe(value)}{hint} Valid: {shown}"
    raise ValueError(msg)


def as_language(tag: object) -> str:
    """
    The ISO 639-1 language (``"lo"``) of a language or locale tag, or the 639-2/3 code when it has none.

    Raises:
        UnknownLanguage: not a language tag, or a language CLDR does not know
            (with the nearest known codes).

    >>> as_language("eng")
    'en'
    >>> as_language("xx")
    Traceback (most recent call last):
    ...
    vnla.model.errors.UnknownLanguage: unknown language 'xx': ...; did you mean 'en', 'lo', 'vi'?
    """
    if not isinstance(tag, str):
        raise UnknownLanguage(repr(tag), tuple(sorted(_COMMON)))
    base = tag.replace("_", "-").split("-", maxsplit=1)[0].lower()
    if base in _COMMON:
        return base
    return _look_up(base, tag)


@functools.cache
def _look_up(base: str, tag: str) -> str:
    # Delayed: CLDR's language list (through babel) is read only for a language beyond en/vi/lo.
    from babel import Locale
    from babel.core import get_global

    known = Locale("en").languages
    aliases = get_global("language_aliases")
    if re.fullmatch(r"[a-z]{2,3}", base):
        alias = aliases.get(base)
        if alias and re.fullmatch(r"[a-z]{2,3}", alias) and alias in known:
            return str(alias)
        if base in known:
            return base
    lower = tag.lower()
    by_name = {str(name).lower(): code for code, name in known.items() if re.fullmatch(r"[a-z]{2,3}", code)}
    if lower in by_name:  # "Lao", "vietnamese": say which code is meant
        raise UnknownLanguage(tag, (by_name[lower],))
    codes = [str(c) for c in known if re.fullmatch(r"[a-z]{2}", str(c))]
    near = [c for c in ("en", "vi", "lo") if c[0] == base[:1]] + list(suggest(base, codes, limit=3))
    # Nothing close: the languages of the bundled data are the useful guess.
    raise UnknownLanguage(tag, tuple(dict.fromkeys(near))[:3] or tuple(sorted(_COMMON)))
