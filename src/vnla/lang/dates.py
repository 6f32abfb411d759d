# SPDX-License-Identifier: MIT
"""
One way to write a date: every :class:`~vnla.model.records.When` in English, Vietnamese or Lao.

:func:`format_when` is the only place vnla turns a ``When`` into words for a
reader.  It lives in the language room, below everything that writes a date:
:func:`vnla.render.to_text`, ``vnla summary``, ``vnla events``, ``vnla show``,
the consistency rules' findings (``vnla validate``) and the reports all call it
(:mod:`vnla.render.dates` re-exports it), so the same date reads the same
everywhere.  Days, months and ranges are CLDR's (through :mod:`babel`); the
only words are those CLDR has no pattern for ("after", "before", "early",
"within"), and they are data: ``dates.written`` in each language's word file
(:mod:`vnla.lang.words`).

========= ======================== ================================= =================================
precision English                  Vietnamese                        Lao
========= ======================== ================================= =================================
day       December 2, 2025         2 tháng 12, 2025                  2 ທັນວາ 2025
range     Dec 1 – 2, 2025          1 – 2 thg 12, 2025                1 – 2 ທັນວາ 2025
month     December 2025            tháng 12 năm 2025                 ທັນວາ 2025
year      early 2026               đầu năm 2026                      ຕົ້ນປີ 2026
bounds    after February 2, 2026   sau 2 tháng 2, 2026               ຫຼັງຈາກ 2 ກຸມພາ 2026
          within Dec 1 – 2, 2025   trong khoảng 1 – 2 thg 12, 2025   ໃນລະຫວ່າງ 1 – 2 ທັນວາ 2025
========= ======================== ================================= =================================

Bounds are stored inclusive (``earliest``, ``latest``).  One bound reads as
sources say it, "after" the day before or "before" the day after; two bounds
read as the days the date lies "within", written as CLDR writes a range.  Where CLDR's
range is all numbers though its single day names the month (Lao: "1/12/2025 – 2/12/2025"),
the range is written with CLDR's month names instead, as Lao news writes it.

babel is imported when the first date is written, never by ``import vnla`` or
by loading the data.

>>> from datetime import date
>>> from vnla.model.records import When
>>> format_when(When.bounded(after=date(2026, 2, 2)))
'after February 2, 2026'
>>> format_when(When.bounded(not_before=date(2025, 12, 1), not_after=date(2025, 12, 2)), "vi")
'trong khoảng 1\\u2009–\\u20092 thg 12, 2025'
>>> format_when(When.on(date(2025, 12, 2)), "lo", year=False)
'2 ທັນວາ'

.. versionadded:: 0.2
   in :mod:`vnla.render.dates`; here since 0.3.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import TYPE_CHECKING

from vnla.lang.words import LANGUAGES, words
from vnla.model.records import Precision, When

if TYPE_CHECKING:
    from collections.abc import Mapping

    from babel import Locale

__all__ = ["format_day", "format_when", "parse_locale"]


def parse_locale(locale: str | Locale) -> Locale:
    """
    The babel :class:`~babel.Locale` of ``"en"``, ``"vi"``, ``"lo"``, ``"vi-VN"``…

    Raises:
        ValueError: not a locale CLDR knows (not babel's own error).

    >>> parse_locale("vi-VN").territory
    'VN'
    >>> parse_locale("xx")
    Traceback (most recent call last):
    ...
    ValueError: unknown locale 'xx'; expected a CLDR locale such as 'en', 'vi' or 'lo'
    """
    # Delayed: babel and its CLDR data load only when a date is written (``import vnla`` stays light).
    from babel import Locale, UnknownLocaleError

    if isinstance(locale, Locale):
        return locale
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError, AttributeError):
        msg = f"unknown locale {locale!r}; expected a CLDR locale such as 'en', 'vi' or 'lo'"
        raise ValueError(msg) from None


def _words(locale: Locale) -> Mapping[str, str]:
    """The words around dates CLDR has no pattern for; a language without a word file has English's."""
    lang = locale.language if locale.language in LANGUAGES else "en"
    written: Mapping[str, str] = words(lang).get("dates", "written") or words("en").get("dates", "written")
    return written


def format_day(day: date, locale: str | Locale = "en", *, year: bool = True) -> str:
    """
    One day in the locale's long form, with or without its year.

    >>> from datetime import date
    >>> [format_day(date(2026, 1, 26), lang) for lang in ("en", "vi", "lo")]
    ['January 26, 2026', '26 tháng 1, 2026', '26 ມັງກອນ 2026']
    >>> format_day(date(2026, 1, 26), "vi", year=False)
    '26 tháng 1'
    """
    from babel.dates import format_date, format_skeleton  # delayed: see parse_locale

    where = parse_locale(locale)
    if year:
        return format_date(day, "long", locale=where)
    return format_skeleton("MMMMd", day, locale=where)


def format_when(when: When, locale: str | Locale = "en", *, year: bool = True) -> str:
    """
    ``when`` as a reader of ``locale`` writes it, as precisely as it is known and no more.

    Args:
        when: the date.
        locale: a CLDR locale: ``"en"``, ``"vi"``, ``"lo"``, ``"vi_VN"``…
        year: ``False`` leaves the year out where the reader knows it (a table
            under a year's heading); a year-precision date always shows its year.

    Returns:
        The text; bounds at the ends of the calendar, which no reader can use,
        fall back to ``str(when)``.

    Raises:
        ValueError: ``locale`` is not a locale babel knows.

    >>> from datetime import date
    >>> from vnla.model.records import When
    >>> days = When.between(date(2026, 1, 26), date(2026, 1, 27))
    >>> [format_when(days, lang) for lang in ("en", "vi", "lo")]
    ['Jan 26\\u2009–\\u200927, 2026', '26\\u2009–\\u200927 thg 1, 2026', '26 –\\u200927 ມັງກອນ 2026']
    >>> format_when(days, "en", year=False)
    'Jan 26\\u2009–\\u200927'
    >>> format_when(When.in_month(2025, 12), "vi")
    'tháng 12 năm 2025'
    >>> format_when(When.in_year(2026, qualifier="late"), "lo")
    'ທ້າຍປີ 2026'
    """
    if isinstance(locale, str):
        return _written(when, locale, year)
    return _format_when(when, locale, year=year)


@functools.lru_cache(maxsize=4096)
def _written(when: When, locale: str, year: bool) -> str:
    """:func:`format_when` of a locale named by a string, made once: checks write the same dates often."""
    return _format_when(when, locale, year=year)


def _format_when(when: When, locale: str | Locale, *, year: bool) -> str:
    where = parse_locale(locale)
    first, last = when.earliest, when.latest
    if when.precision is Precision.BOUNDS or first is None or last is None:
        return _bounds(when, where, year=year)
    if when.precision is Precision.DAY:
        return format_day(first, where, year=year)
    if when.precision is Precision.RANGE:
        return _days(first, last, where, year=year)
    return _month_or_year(when, first, where, year=year)


def _month_or_year(when: When, first: date, locale: Locale, *, year: bool) -> str:
    from babel.dates import format_date, format_skeleton  # delayed: see parse_locale

    if when.precision is Precision.MONTH:
        return (
            format_skeleton("yMMMM", first, locale=locale)
            if year
            else format_date(first, "MMMM", locale=locale)
        )
    number = format_skeleton("y", first, locale=locale)
    return _words(locale)[when.qualifier].format(year=number) if when.qualifier else number


def _bounds(when: When, locale: Locale, *, year: bool) -> str:
    written = _words(locale)
    first, last = when.earliest, when.latest
    low = first if first is not None and first > date.min else None
    high = last if last is not None and last < date.max else None
    if low is not None and high is not None:
        if low == high:  # both bounds on one day: the day is known
            return format_day(low, locale, year=year)
        return written["within"].format(days=_days(low, high, locale, year=year))
    if low is not None:
        return written["after"].format(date=format_day(low - timedelta(days=1), locale, year=year))
    if high is not None:
        return written["before"].format(date=format_day(high + timedelta(days=1), locale, year=year))
    return str(when)


def _days(first: date, last: date, locale: Locale, *, year: bool) -> str:
    from babel.dates import format_interval  # delayed: see parse_locale

    skeleton = "yMMMd" if year or first.year != last.year else "MMMd"
    if _spells_months(locale) and not _interval_spells_months(locale, skeleton):
        return _worded_days(first, last, locale, year=year)
    return format_interval(first, last, skeleton=skeleton, locale=locale)


def _spells_months(locale: Locale) -> bool:
    """The locale writes one day with its month's name ("2 ທັນວາ 2025")."""
    return "MMM" in locale.date_formats["long"].pattern


def _interval_spells_months(locale: Locale, skeleton: str) -> bool:
    """CLDR's range pattern for ``skeleton`` names the month (Lao's is numeric: 1/12/2025 – 2/12/2025)."""
    patterns = locale.interval_formats.get(skeleton)
    return patterns is None or all("MMM" in "".join(parts) for parts in patterns.values())


def _worded_days(first: date, last: date, locale: Locale, *, year: bool) -> str:
    """
    A range with the month's name where CLDR has only a numeric one, as the news writes it.

    The days and months come from CLDR's range of day and month name (``MMMMd``), the year
    from its long date pattern, where the year ends it ("d MMMM y"); a range across years
    is two long dates.
    """
    from babel.dates import format_date, format_interval  # delayed: see parse_locale

    pattern = locale.date_formats["long"].pattern
    if first.year != last.year or not pattern.endswith(" y"):
        return f"{format_day(first, locale)} – {format_day(last, locale)}"
    days = format_interval(first, last, skeleton="MMMMd", locale=locale)
    return f"{days} {format_date(last, 'y', locale=locale)}" if year else days
