# SPDX-License-Identifier: MIT
"""
A party's founding named without the party ("kỷ niệm 96 năm Ngày thành lập Đảng", "the 71st
anniversary of the Party", "ວັນສ້າງຕັ້ງພັກ ຄົບຮອບ 71 ປີ"; the word files'
``dates.party_founding_words``): which party's it is, for
:class:`~vnla.checker.foundings.Foundings`.
"""

from __future__ import annotations

import re
from typing import Final

from vnla.checker.scope import ScopeReader
from vnla.checker.vocabulary import _WRITERS_COUNTRY, _alternation
from vnla.lang.lao import is_lao, unspaced
from vnla.lang.words import LANGUAGES, merged, words

__all__ = ["UnnamedParties"]

#: Words of a party's founding that name no party (``dates.party_founding_words``, as written),
#: a word of a year ("năm", "ປີ", "of"; ``amounts.year_words``) before them at most, and the
#: language of each.
_PARTY_WORDS: Final = {
    w: lang for lang in LANGUAGES for w in words(lang).get("dates", "party_founding_words")
}


def _key(found: str) -> str:
    """Words as they are looked up: one space between words, none between Lao letters."""
    return unspaced(" ".join(found.split()))


#: The language of such words by their key: as read, with any spaces ("ວັນ ສ້າງຕັ້ງ ພັກ").
_PARTY_LANGS: Final = {_key(w): lang for w, lang in _PARTY_WORDS.items()}

_PARTY_FOUNDING: Final = re.compile(
    rf"\s*+(?:(?:{_alternation(merged('amounts', 'year_words'))})\s*+)?"
    rf"(?P<words>{_alternation(_PARTY_WORDS)})(?![^\W\d_])"
)
#: Such words right before a Lao ordinal ("ວັນສ້າງຕັ້ງພັກ ຄົບຮອບ 71 ປີ"), a space at most between.
_PARTY_FOUNDING_BEFORE: Final = re.compile(rf"(?P<words>{_alternation(_PARTY_WORDS)})\s*+$")
#: How far before such words' sentence the party named last may be the one they mean.
_PARTY_REACH: Final = 400
#: After such a word, what makes it another body's ("Đảng bộ", a party committee).
_PARTY_NOT_AFTER: Final = re.compile(
    rf"\s++(?:{_alternation(merged('dates', 'party_not_after')) or '(?!)'})(?![^\W\d_])", re.IGNORECASE
)


class UnnamedParties(ScopeReader):
    """The foundings of parties named without their names, read in a sentence scope's chunk."""

    __slots__ = ()

    def of_ordinal(self, start: int, end: int, sentence: tuple[int, int]) -> str | None:
        """
        The founding of the party that words of a party's founding right after an anniversary's
        count at ``text[start:end]`` (in Lao right before it) mean without naming it
        (``dates.party_founding_words``: "kỷ niệm 96 năm Ngày thành lập Đảng", "the 71st
        anniversary of the Party", "ວັນສ້າງຕັ້ງພັກ ຄົບຮອບ 71 ປີ"), no name of a party after
        them: the party of the one of the two countries the sentence names before them, and no
        other country; where it names none, the party named last in the :data:`_PARTY_REACH`
        characters before it, else, in Vietnamese and Lao, the writer's own (Vietnam's, Laos'),
        whose party "Đảng", "ພັກ" is.
        """
        s, e = sentence
        text = self.text
        found = _PARTY_FOUNDING.match(text, end, e)
        if found is None and is_lao(text[start]):
            found = _PARTY_FOUNDING_BEFORE.search(text, max(s, start - 24), start)
        if (
            found is None
            or _PARTY_NOT_AFTER.match(text, found.end())
            or self.positions.within(self.named, found.start("words"), found.end() + 3)
        ):
            return None
        countries = self.scope.countries_in(s, found.start())
        if self.scope.others_in(s, e) or len(countries) > 1:
            return None
        index = self.index
        parties = set(index.party_of_country.values())
        # else the party named last before, near ("Đảng Nhân dân Cách mạng Lào ra đời ngày nào?
        # ... Năm 2025 là tròn 70 năm thành lập Đảng"), else the writer's
        before = [
            rid
            for _ns, _ne, rid in self.positions.within(self.named, max(0, s - _PARTY_REACH), s)
            if rid in parties
        ]
        country = next(iter(countries), None)
        own = _WRITERS_COUNTRY.get(_PARTY_LANGS.get(_key(found["words"]), ""), "")  # the writer's
        party = (
            index.party_of_country.get(country)
            if country
            # (both parties named before: "the Party" is the writer's own, as where none is)
            else before[-1]
            if len(set(before)) == 1
            else index.party_of_country.get(own)
        )
        return index.founding_of_org.get(party) if party else None
