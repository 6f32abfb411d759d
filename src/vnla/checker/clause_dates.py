# SPDX-License-Identifier: MIT
"""
The founding a date is of when a clause right after it says what was founded on it: "on 18
July 1977, when the Treaty of Amity and Cooperation was signed", "ngày 5/9/1962, khi quan hệ
ngoại giao được thiết lập"; or when words after its comma set the founding day of a name beside
it: "on 2 December 1975, the founding day of the Lao PDR".
:class:`~vnla.checker.founding_dates.FoundingDates` asks.
"""

from __future__ import annotations

import re
from typing import Final

from vnla.checker.foundings import founding_kind, founding_of
from vnla.checker.named_dates import nearer_the_founding
from vnla.checker.scope import ScopeReader
from vnla.checker.vocabulary import _FOUNDED_AFTER, _WHEN_AFTER, _any_word
from vnla.lang.words import merged

__all__ = ["ClauseDates"]

#: Right after a date, its comma and words that set the founding day of the name after them
#: beside it (the word files' ``dates.founding_appositions``: "the founding day of", "ngày Quốc
#: khánh", "ວັນສ້າງຕັ້ງ").
_APPOSITIONS: Final = _any_word(merged("dates", "founding_appositions") or ["(?!)"]).pattern
_FOUNDING_APPOSED: Final = re.compile(
    rf"[^\S\n]*+,[^\S\n]*+(?:{_APPOSITIONS})[^\S\n]*+",
    re.IGNORECASE,
)
#: An article at most (the word files' ``dates.name_articles``: "the").
_ARTICLE_ONLY: Final = re.compile(
    rf"(?:(?:{_any_word(merged('dates', 'name_articles') or ['(?!)']).pattern})[^\S\n]++)?", re.IGNORECASE
)


class ClauseDates(ScopeReader):
    """The foundings of dates a clause after them names, read in a sentence scope's chunk."""

    __slots__ = ()

    def of_date(self, end: int) -> str | None:
        """
        The founding said right after a date ending at ``end`` by a clause of what happened on
        it (the word files' ``dates.when_words``), its name and its passive founding words (a
        body's, a document's or a starting point's founding, no person's birth or death).
        """
        text = self.text
        when = _WHEN_AFTER.match(text, end)
        if when is None:
            return None  # most dates: no such clause after them
        names = self.positions.within(self.named, when.end(), when.end() + 120)
        if not names or _ARTICLE_ONLY.fullmatch(text, when.end(), names[0][0]) is None:
            return None
        _ns, ne, rid = names[0]
        verb = _FOUNDED_AFTER.match(text, ne)
        if verb is None or founding_kind(verb) != "founded" or self.index.kinds.get(rid) == "person":
            return None
        return founding_of(self.index, rid, "founded")

    def apposed(self, end: int, year: int, now: int | None, *, yearless: bool = False) -> str | None:
        """
        The founding whose day words after a date ending at ``end`` and its comma set beside
        it, the name right after them (the word files' ``dates.founding_appositions``: "2
        December 1974, the founding day of the Lao PDR", "ngày 2/12/1974, ngày Quốc khánh
        Lào"), when the date's ``year`` is nearer the founding's than the publication's
        (``now``): a founding day's anniversary is set beside its day too ("2 December 2025,
        the National Day of Laos").  A date without its year (``yearless``) is the day only.
        """
        text = self.text
        words = _FOUNDING_APPOSED.match(text, end)
        if words is None:
            return None  # most dates: no such words after them
        names = self.positions.within(self.named, words.end(), words.end() + 80)
        if not names or names[0][0] != words.end():
            return None
        founding = founding_of(self.index, names[0][2], "founded")
        if founding is None or self.index.kinds.get(names[0][2]) == "person":
            return None
        return founding if yearless or nearer_the_founding(self.index, founding, year, now) else None
