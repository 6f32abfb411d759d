# SPDX-License-Identifier: MIT
"""
The foundings of Vietnam and Laos named without them ("diplomatic relations", "quan hệ ngoại
giao", "ສາຍພົວພັນທາງການທູດ") whose dates stand right after their founding words: "Hai nước thiết
lập quan hệ ngoại giao ngày 5/9/1963".  :class:`~vnla.checker.founding_dates.FoundingDates` asks
when no founding named in full stands before a date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.folding import _bare_key
from vnla.checker.foundings import founding_kind
from vnla.checker.named_dates import nearer_the_founding
from vnla.checker.scope import ScopeReader
from vnla.checker.vocabulary import (
    _AFTER_PLACE,
    _ARTICLE_BEFORE,
    _BETWEEN,
    _BOTH,
    _FOUNDED_BEFORE,
    _FOUNDING_BEFORE,
    _PAIR_JOINER,
    _SUBJECT_LINK,
    founded_ending,
)

if TYPE_CHECKING:
    import re

__all__ = ["BareFoundings"]


class BareFoundings(ScopeReader):
    """The foundings of the two named without them, read before the dates of a sentence scope's chunk."""

    __slots__ = ()

    def of_date(self, start: int, year: int | None = None, now: int | None = None) -> str | None:
        """
        The founding of the two countries named without them (:attr:`_Index.bare_foundings`)
        right before a date at ``start``, after its founding words: "hai nước thiết lập quan hệ
        ngoại giao ngày 5/9/1962", "Vietnam and Laos established diplomatic relations on 5
        September 1962", or after a noun of the founding ("the establishment of diplomatic
        relations on 5 September 1962"; ``ordinals.founding_words``) when the date's ``year`` is
        nearer the founding's than the publication's (``now``: "marked the establishment of
        diplomatic relations on 5 September 2025" dates the anniversary), with the two after it
        at most ("ການສ້າງຕັ້ງ ສາຍພົວພັນທາງການທູດ ລະຫວ່າງ ສອງປະເທດ ໃນວັນທີ ...",
        "between Vietnam and Laos on"), where the sentence is of the two
        (:meth:`~vnla.checker.scope.SentenceScope.of_the_two`) and names no other country.
        """
        text, index = self.text, self.index
        s, e = self.sentences.sentence(start, start)
        found = self._last_before(max(s, start - 120), start)
        if found is None or not _AFTER_PLACE.fullmatch(text, self._after_the_two(found.end(), start), start):
            return None
        at = found.start()
        article = _ARTICLE_BEFORE.search(text, max(0, at - 8), at)
        if article is not None:
            at = article.start()
        noun = False
        if founded_ending(text, at):
            verb = _FOUNDED_BEFORE.search(text, max(s, at - 40), at)
            founded = verb is not None and founding_kind(verb) == "founded"
        else:  # a noun of it ("the establishment of"), or (most dates) no founding words
            founded = year is not None and _FOUNDING_BEFORE.search(text, max(s, at - 40), at) is not None
            noun = True
        if not founded or not self.scope.of_the_two(s, e, found[0]) or self.scope.other_country(start, start):
            return None
        fid = index.bare_foundings.get(_bare_key(found[0]))
        if noun and fid is not None and year is not None and not nearer_the_founding(index, fid, year, now):
            return None
        return fid

    def of_subject(self, verb: re.Match[str], sentence: tuple[int, int]) -> str | None:
        """
        The founding of the two countries named without them right before founding words
        (``verb``), as their subject, joined to them by links only: "Diplomatic relations were
        established on 5 September 1962", "Quan hệ ngoại giao được thiết lập ngày ...", where the
        sentence is of the two and names no other country.
        """
        text, index = self.text, self.index
        s, e = sentence
        at = verb.start()
        found = self._last_before(max(s, at - 80), at)
        if (
            found is None
            or founding_kind(verb) != "founded"
            or not _SUBJECT_LINK.fullmatch(text, found.end(), at)
            or self.positions.within(self.named, found.end(), at)
            or not self.scope.of_the_two(s, e, found[0])
            or self.scope.other_country(s, e)
        ):
            return None
        return index.bare_foundings.get(_bare_key(found[0]))

    def _last_before(self, lo: int, at: int) -> re.Match[str] | None:
        """The last founding named without the two in ``text[lo:at]``."""
        found = None
        for found in self.index.bare_pattern.finditer(self.text, lo, at):  # noqa: B007
            pass  # the last one
        return found

    def _after_the_two(self, at: int, start: int) -> int:
        """
        Where the words that put the two countries after a founding's name at ``at`` end ("between
        the two countries", "giữa Việt Nam và Lào"), before a date at ``start``; ``at`` without them.
        """
        text = self.text
        between = _BETWEEN.match(text, at, start)
        if between is None:
            return at
        both = _BOTH.match(text, between.end(), start)
        if both is not None:
            return both.end()
        names = self.positions.within(self.named, between.end(), start)[:2]
        if (
            len(names) == 2
            and {rid for _ns, _ne, rid in names} == {"VN", "LA"}
            and not text[between.end() : names[0][0]].strip()
            and _PAIR_JOINER.fullmatch(text, names[0][1], names[1][0])
        ):
            return names[1][1]
        return at
