# SPDX-License-Identifier: MIT
"""
Months and weeks named by where they stand from the publication's: "last month", "last
December", "this September", "tháng trước", "hồi tháng 1", "tháng 12 vừa qua", "ເດືອນແລ້ວນີ້",
"ທັນວາທີ່ຜ່ານມາ"; "last week" (the calendar week, Monday to Sunday, before the publication's),
"tuần trước", "ອາທິດແລ້ວນີ້".

The words are the language files' (``dates.relative_months``, ``dates.relative_weeks``,
``dates.month_prefixes``, ``dates.month_suffixes``, ``dates.then_words``); the month names
are CLDR's, through babel, of the locales ``dates.month_names_locales`` names.  The pattern
is built on first use.

>>> from datetime import date
>>> found = relative_months("Last December and tháng trước", date(2026, 2, 10))
>>> [(text, str(when)) for when, _s, _e, text in found]
[('Last December', '2025-12'), ('tháng trước', '2026-01')]
"""

from __future__ import annotations

import functools
import re
from datetime import timedelta
from typing import TYPE_CHECKING, Final

from vnla.lang.lao import is_lao
from vnla.lang.words import LANGUAGES, merged
from vnla.lang.words import words as word_file
from vnla.model.records import When

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from datetime import date

__all__ = ["anchor_phrases", "named_months", "relative_months"]

#: Not after or before a letter or digit of a spaced script: Lao runs its words together.
_WORD_START: Final = r"(?<![^\W\u0e80-\u0eff])"
_WORD_END: Final = r"(?![^\W\u0e80-\u0eff])"
#: A space, or none between two Lao letters.
_GAP: Final = r"(?:\s|(?<=[\u0e80-\u0eff])(?=[\u0e80-\u0eff]))"


class _Months:
    """The pattern of relative months, and what each word of it means."""

    def __init__(self) -> None:
        from babel.dates import get_month_names  # delayed: babel's data loads slowly

        self.names: dict[str, int] = {}
        bare: set[str] = set()  # the names as CLDR writes them, without a word before them
        for lang in LANGUAGES:
            file = word_file(lang)
            before = file.get("dates", "month_names_before")
            for locale in file.get("dates", "month_names_locales"):
                for number, name in get_month_names("wide", locale=locale).items():
                    bare.add(name)
                    for written in (name, *(f"{b}{name}" for b in before), *(f"{b} {name}" for b in before)):
                        self.names[written] = number
                        if not written[0].isupper() and written[0].upper() != written[0]:
                            self.names[written[0].upper() + written[1:]] = number  # at a sentence's start
        self.words = {w.lower(): n for w, n in merged("dates", "relative_months").items()}
        self.weeks = {w.lower(): n for w, n in merged("dates", "relative_weeks").items()}
        self.prefixes = {w.lower(): m for w, m in merged("dates", "month_prefixes").items()}
        self.suffixes = {w.lower(): m for w, m in merged("dates", "month_suffixes").items()}
        then = _alternation(merged("dates", "then_words"))
        names = _alternation(self.names)
        self.pattern = re.compile(
            rf"{_WORD_START}{_first_letters(self.names, [*self.prefixes, *self.words, *self.weeks])}(?:"
            rf"(?P<p>(?i:{_alternation(self.prefixes)})){_GAP}(?P<pm>{names})"
            rf"|(?P<sm>{names}){_GAP}(?P<s>(?i:{_alternation(self.suffixes)}))"
            rf"|(?P<w>(?i:{_alternation(self.words)}))(?!{_GAP}(?:{then}){_WORD_END})"
            rf"|(?P<k>(?i:{_alternation(self.weeks)}))(?!{_GAP}(?:{then}){_WORD_END})"
            rf"){_WORD_END}"
        )
        #: a month named with no year and no day after it ("In July", "tháng 7", "ເດືອນກໍລະກົດ"): a
        #: Lao name only after its month word (a bare "ມີນາ" starts "ມີນາຍົກ"), and not "May", a verb;
        #: a Lao one may run into the next word ("ເດືອນມີນາມີງານ ...", unspaced Lao)
        alone = [w for w in self.names if w != "May" and not (is_lao(w[0]) and w in bare)]
        self.alone = re.compile(
            rf"{_WORD_START}(?:{_alternation(alone)})(?![^\S\n]*[\d/.,-]*\d)(?:(?<=[\u0e80-\u0eff])|(?!\w))"
        )
        counts = merged("amounts", "number_words")
        #: a number right before a month's words: "hai tháng trước" (two months ago)
        self.counted = re.compile(rf"(?:\d|{_WORD_START}(?i:{_alternation(counts)})){_GAP}?\Z")


def _first_letters(names: Iterable[str], words: Iterable[str]) -> str:
    """
    A look ahead at the letter a relative month starts with: a name's (as written) or a
    prefix's, month word's or week word's (in any case).  The pattern is tried only where one stands: the
    regular expression engine cannot skip ahead over a pattern that starts by looking behind.
    """
    parts = []
    for flags, group in (("", list(names)), ("i", list(words))):
        if not all(w.split() for w in group):
            return ""  # a blank word would match anywhere
        if group:
            parts.append(f"(?{flags}:[{''.join(sorted({re.escape(w.split()[0][0]) for w in group}))}])")
    return f"(?={'|'.join(parts)})" if parts else ""


def _alternation(words: Iterable[str]) -> str:
    """Words as an alternation, the longest first, any space between words matching any space."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return "|".join(r"\s".join(map(re.escape, w.split())) for w in ordered) or "(?!)"


@functools.cache
def _months() -> _Months:
    return _Months()


def anchor_phrases() -> tuple[str, ...]:
    """
    The phrases the scan finds relative months by (a month's name with its prefix or suffix,
    and the month words): the dates reader reads around them.

    >>> "last december" in {p.lower() for p in anchor_phrases()}
    True
    """
    m = _months()
    out: dict[str, None] = dict.fromkeys([*m.words, *m.weeks])
    for name in m.names:
        lao = "\u0e80" <= name[-1] <= "\u0eff"
        for prefix in m.prefixes:
            out[f"{prefix} {name}"] = None
        for suffix in m.suffixes:
            out[f"{name} {suffix}"] = None
            if lao:
                out[f"{name}{suffix}"] = None
    return tuple(out)


def relative_months(text: str, published: date | None) -> list[tuple[When | None, int, int, str]]:
    """
    Each relative month of ``text``: the month (``None`` without a publication date), where it
    stands and its words.

    >>> from datetime import date
    >>> day = date(2026, 12, 4)
    >>> [str(w) for w, *_ in relative_months("last December, this December, hồi tháng 12, next month", day)]
    ['2025-12', '2026-12', '2026-12', '2027-01']
    >>> relative_months("hai tháng trước, tháng trước đó", day)  # counted from another month
    []
    """
    m = _months()
    out: list[tuple[When | None, int, int, str]] = []
    for found in m.pattern.finditer(text):
        start, end = found.span()
        if found["w"] is not None or found["k"] is not None:
            if m.counted.search(text, max(0, start - 24), start):
                continue
            if found["k"] is not None:
                offset = m.weeks[" ".join(found["k"].lower().split())]
                when = None if published is None else _week(published, offset)
            else:
                offset = m.words[" ".join(found["w"].lower().split())]
                when = None if published is None else _shifted(published, offset)
        else:
            name = found["pm"] or found["sm"]
            meaning = found["p"] if found["p"] is not None else found["s"]
            table = m.prefixes if found["p"] is not None else m.suffixes
            month = m.names[name]
            which = table[" ".join(meaning.lower().split())]
            when = None if published is None else When.in_month(_year(which, month, published), month)
        out.append((when, start, end, found[0]))
    return out


def named_months(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """
    The months ``text[start:end]`` names with no year or day after them: (month, start, end).

    >>> [m for m, _s, _e in named_months("In July, and in tháng 12; not July 18, not tháng 7/2025")]
    [7, 12]
    >>> named_months("ມີນາຍົກ ແລະ ເດືອນກໍລະກົດ")[0][0], named_months("ເດືອນມີນາມີງານ")[0][0]
    (7, 3)
    """
    m = _months()
    names = m.names
    return [
        (names[found[0]], found.start(), found.end())
        for found in m.alone.finditer(text, start, len(text) if end is None else end)
    ]


def _week(published: date, weeks: int) -> When:
    """
    Some day of the week (Monday to Sunday) ``weeks`` after the publication's (before it when
    negative): bounds, as a month is some day of it, not all seven days.
    """
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=weeks)
    return When.bounded(not_before=monday, not_after=monday + timedelta(days=6))


def _shifted(published: date, months: int) -> When:
    """The month ``months`` after the publication's (before it when negative)."""
    year, month = divmod(published.year * 12 + published.month - 1 + months, 12)
    return When.in_month(year, month + 1)


_YEARS: Final[Mapping[str, int]] = {"last-year": -1, "this-year": 0, "next-year": 1}


def _year(which: str, month: int, published: date) -> int:
    """The year of ``month`` named with ``which`` (a meaning of the language files), as published."""
    year, now = published.year, published.month
    if which in _YEARS:
        return year + _YEARS[which]
    if which == "last":
        return year if month < now else year - 1
    if which == "past":
        return year if month <= now else year - 1
    if which == "next":
        return year if month > now else year + 1
    return year  # "this"
