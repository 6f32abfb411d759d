# SPDX-License-Identifier: MIT
"""
The founding, birth or death a date is of when a noun of it stands before the name of what it
dates, and the date right after the name: "the founding of the LPRP on 22 March 1955", "the
birth of Kaysone Phomvihane on 13 December 1920", "Ngày sinh của Chủ tịch Kaysone Phomvihane
13/12/1920", "ວັນເກີດຂອງທ່ານໄກສອນພົມວິຫານ ວັນທີ 13 ທັນວາ 1920"; or a founding's own name right
before the date ("the Lao National Day on 2 December 1975").  The noun is the word files'
``ordinals.founding_words``, ``dates.birthday_words`` or ``ordinals.death_words``, then an "of"
(``ordinals.of_words``) and titles (``names.titles``) at most.
:class:`~vnla.checker.founding_dates.FoundingDates` asks.
"""

from __future__ import annotations

import re
from typing import Final

from vnla.checker.foundings import founding_of
from vnla.checker.named_dates import nearer_the_founding
from vnla.checker.scope import ScopeReader
from vnla.checker.vocabulary import _AFTER_PLACE, _HONORIFICS_ONLY, _alternation, _any_word
from vnla.lang.words import merged

__all__ = ["NounDates"]

#: Before a name, ending right before it: a noun of a death, a birth or a founding, an "of" and
#: titles at most ("the death of President ...", "ngày sinh của Chủ tịch ...", "ການສ້າງຕັ້ງ ...").
_NOUN_BEFORE: Final = re.compile(
    rf"(?:(?P<died>{_any_word(merged('ordinals', 'death_words')).pattern})"
    rf"|(?P<born>{_any_word(merged('dates', 'birthday_words')).pattern})"
    rf"|(?P<founded>{_any_word(merged('ordinals', 'founding_words')).pattern}))"
    rf"(?:\s*+(?:{_alternation(merged('ordinals', 'of_words'))})(?![^\W\u0e80-\u0eff]))?"
    rf"(?:{_HONORIFICS_ONLY.pattern})$",
    re.IGNORECASE,
)
#: How far before a name its noun may start.
_REACH: Final = 80


class NounDates(ScopeReader):
    """The foundings, births and deaths of dates after a noun of them and a name, read in a scope's chunk."""

    __slots__ = ()

    def of_date(self, start: int, year: int | None, now: int | None) -> str | None:
        """
        The founding, birth or death of a date at ``start`` (of the ``year``; ``now``: the
        publication's) that stands right after a name on its line, "on" or day words between at most: the
        name's own founding, or the one a noun before it says; ``None`` for a date without its
        year, or one nearer the publication's year than the founding's ("the birth anniversary of
        Kaysone Phomvihane on 13 December 2025" dates the anniversary).
        """
        if year is None:
            return None
        text, index = self.text, self.index
        names = self.positions.within(self.named, max(0, start - 160), start)
        if not names:
            return None
        ns, ne, rid = names[-1]
        if "\n" in text[ne:start] or _AFTER_PLACE.fullmatch(text, ne, start) is None:
            return None  # (a date on the next line is the next row's: "birth of Ho Chi Minh\n1909-07-13")
        fid = rid if rid in index.foundings else None
        if fid is None:
            s, _e = self.sentences.sentence(start, start)
            noun = _NOUN_BEFORE.search(text, max(s, ns - _REACH), ns)
            if noun is None:
                return None
            kind = "died" if noun["died"] else "born" if noun["born"] else "founded"
            if (kind == "founded") == (index.kinds.get(rid) == "person"):
                return None  # only a person is born or dies; a person is not founded
            fid = founding_of(index, rid, kind)
        return fid if fid is not None and nearer_the_founding(index, fid, year, now) else None
