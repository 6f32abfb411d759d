# SPDX-License-Identifier: MIT
"""
What an anniversary's ordinal is owned by, for :class:`~vnla.checker.foundings.Foundings`: a
name with its possessive right before it ("Kaysone Phomvihane's 105th birth anniversary", "the
LPRP's 70th anniversary"), a person's pronoun for the one person named before ("his 105th birth
anniversary"), or a country's state name right after it ("the 51st anniversary of the Lao PDR",
"ຄົບຮອບ 51 ປີ ແຫ່ງ ສປປ ລາວ").
"""

from __future__ import annotations

import re
from typing import Final

from vnla.checker.folding import _bare_key
from vnla.checker.scope import ScopeReader
from vnla.checker.vocabulary import _OF_STATE, _STATE_END, _alternation
from vnla.lang.words import merged

__all__ = ["Owners"]

#: Right before an ordinal, a person's pronoun (the word files' ``ordinals.person_possessives``).
_PERSON_POSSESSIVE: Final = re.compile(
    rf"(?<![^\W\d_])(?:{_alternation(merged('ordinals', 'person_possessives')) or '(?!)'})[^\S\n]++$",
    re.IGNORECASE,
)
#: Between a name and an ordinal it owns ("Kaysone Phomvihane's 105th"): a possessive's ending.
_POSSESSIVE_LINK: Final = re.compile(r"[’']s?[^\S\n]++")


class Owners(ScopeReader):
    """The owners of anniversaries' ordinals, read in a sentence scope's chunk."""

    __slots__ = ()

    def of_ordinal(self, start: int, s: int) -> tuple[int, int, str] | None:
        """
        The name whose possessive stands right before an ordinal at ``start`` ("Kaysone
        Phomvihane's 105th", "the LPRP's 70th"), in its sentence (from ``s``); or the one person
        its sentence or the one before names, a person's pronoun right before the ordinal ("his
        104th birthday"; the word files' ``ordinals.person_possessives``); or ``None``.
        """
        names = self.positions.within(self.named, max(s, start - 80), start)
        if names and _POSSESSIVE_LINK.fullmatch(self.text, names[-1][1], start):
            return names[-1]
        if _PERSON_POSSESSIVE.search(self.text, max(s, start - 8), start) is None:
            return None
        before = self.sentences.sentence(s - 2, s - 1)[0] if s >= 2 else s
        people = [
            n
            for n in self.positions.within(self.named, before, start)
            if self.index.kinds.get(n[2]) == "person"
        ]
        return people[-1] if people and len({rid for _a, _b, rid in people}) == 1 else None

    def states(self, end: int, name: tuple[int, int], country: str) -> bool:
        """
        Whether the country named at ``name`` is written right after an ordinal ending at
        ``end`` ("of" and an article between at most) by a state name of its own that ends its
        noun phrase: "the 51st anniversary of the Lao PDR", "ຄົບຮອບ 51 ປີ ແຫ່ງ ສປປ ລາວ" count
        from the state's founding (not "the 30th anniversary of the Lao PDR joining ASEAN").
        """
        ns, ne = name
        return (
            ns >= end
            and self.is_state(name, country)
            and _OF_STATE.fullmatch(self.text, end, ns) is not None
            and _STATE_END.match(self.text, ne) is not None
        )

    def is_state(self, name: tuple[int, int], country: str) -> bool:
        """Whether ``country`` is named at ``name`` by a state name of its own ("the Lao PDR", not "Laos")."""
        return self.index.state_names.get(_bare_key(self.text[name[0] : name[1]])) == country
