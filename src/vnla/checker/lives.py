# SPDX-License-Identifier: MIT
"""
A person's life by an anniversary: the words of a death or a birth with it ("the 56th
anniversary of President Ho Chi Minh's death", "56 năm ngày mất"), and the death an
anniversary then counts from instead of the birth.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from vnla.checker.vocabulary import _JOINER, _LIFE_PRONOUNS, _OF_AFTER
from vnla.lang.words import merged

if TYPE_CHECKING:
    from collections.abc import Callable

    from vnla.checker.index import _Index

__all__ = ["LIFE_REACH", "death_or", "lives_only", "of_a_life", "of_its_one_person"]


def _life_words(key: str) -> re.Pattern[str]:
    """The word files' ``ordinals`` words of ``key``, whole (Lao ones anywhere: Lao writes no spaces)."""
    return re.compile(
        "|".join(
            rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w)
            for w in sorted(merged("ordinals", key), key=len, reverse=True)
        ),
        re.IGNORECASE,
    )


#: Words that make a person's anniversary count from the death (the language files' ``ordinals.death_words``).
_DEATH_WORDS: Final = _life_words("death_words")
#: Words of a birth after an anniversary's "of" ("of his birth"; the word files' ``ordinals.birth_words``).
_BIRTH_WORDS: Final = _life_words("birth_words")
#: How far after an anniversary's "of" the words of a life may stand ("of his death").
LIFE_REACH: Final = 40
#: What ends a clause, for a look after an anniversary.
_CLAUSE_END: Final = re.compile(r"[,;:.!?()\n]")


def of_a_life(text: str, end: int, e: int, names_within: Callable[[int, int], bool]) -> bool:
    """
    Whether the "of" right after an anniversary ending at ``end`` (its sentence ending at
    ``e``) is of a life's words and no name, ``names_within`` telling whether a span names
    anything: the anniversary of a person the text named before, not of a thing named after it.

    >>> nothing = lambda lo, hi: False
    >>> text = "2026 marks the 31st anniversary of his death."
    >>> of_a_life(text, text.index(" of his"), len(text), nothing)
    True
    >>> text = "2026 marks the 50th anniversary of the Treaty."
    >>> of_a_life(text, text.index(" of the"), len(text), nothing)
    False
    """
    of = _OF_AFTER.match(text, end)
    if of is None:
        return False
    stop = _CLAUSE_END.search(text, of.end(), min(e, of.end() + LIFE_REACH))
    hi = min(e, of.end() + LIFE_REACH) if stop is None else stop.start()
    life = _DEATH_WORDS.search(text, of.end(), hi) or _BIRTH_WORDS.search(text, of.end(), hi)
    return life is not None and not names_within(of.end(), hi)


def death_or(index: _Index, text: str, founding: str, lo: int, hi: int) -> list[str]:
    """
    A person's death instead of their birth ``founding`` when a death word stands in
    ``text[lo:hi]`` ("the 56th anniversary of President Ho Chi Minh's death", "56 năm ngày
    mất"); nothing when the record has no such death (the birth would give a wrong year).
    """
    birth = index.foundings[founding]
    if birth.person is None or not _DEATH_WORDS.search(text, lo, hi):
        return [founding]
    death = index.death_of.get(birth.person)
    return [death] if death is not None else []


#: How far before an anniversary the words of a birth or a death stand with it ("ວັນເກີດ ຄົບຮອບ").
_LIFE_BEFORE: Final = 24


def of_its_one_person(
    index: _Index, text: str, names: list[tuple[int, int, str]], span: tuple[int, int], e: int
) -> list[str]:
    """
    The birth (or, with death words, the death) of the one person an anniversary's sentence
    names, before it and nothing else (``names``: the sentence's, ending at ``e``), where the
    words of a birth or a death stand with the anniversary and a person's pronoun after it:
    "Kaysone Phomvihane was born on 13 December 1920; this December marks the 107th
    anniversary of his birth", "ທ່ານ ໄກສອນ ພົມວິຫານ ເກີດ ...; ປີ 2025 ເປັນ ວັນເກີດ ຄົບຮອບ 106 ປີ
    ຂອງ ທ່ານ".  Else nothing.
    """
    start, end = span
    people = {rid for _s, _e, rid in names}
    if len(people) != 1 or any(ns >= start for ns, _e, _r in names):
        return []
    [pid] = people
    founding = index.founding_of(pid) if index.kinds.get(pid) == "person" else None
    hi = min(e, end + LIFE_REACH)
    lo = max(names[-1][1], start - _LIFE_BEFORE)
    if founding is None or _LIFE_PRONOUNS.search(text, end, hi) is None:
        return []
    if not (_BIRTH_WORDS.search(text, lo, hi) or _DEATH_WORDS.search(text, lo, hi)):
        return []
    return death_or(index, text, founding, lo, hi)


#: How far after an anniversary the words of a birth or a death make it a life's ("106 năm ngày sinh").
_RIGHT_AFTER: Final = 16


def lives_only(index: _Index, text: str, span: tuple[int, int], e: int, foundings: list[str]) -> list[str]:
    """
    Of ``foundings``, those of a person's birth or death, where the words of a birth or a death
    stand right after the anniversary at ``span``, before its clause ends or an "and" (its
    sentence ending at ``e``): "Năm 2026 đánh dấu 106 năm ngày sinh" is a person's, never the
    founding of a party named before; all of them otherwise ("the Lao party celebrates its
    seventieth birthday": the words in the anniversary's own may be said of a body).
    """
    _start, end = span
    hi = min(e, end + _RIGHT_AFTER)
    for stop in (_CLAUSE_END.search(text, end, hi), _JOINER.search(text, end, hi)):
        hi = hi if stop is None else min(hi, stop.start())
    if not (_BIRTH_WORDS.search(text, end, hi) or _DEATH_WORDS.search(text, end, hi)):
        return foundings
    records = index.foundings
    return [f for f in foundings if f in records and (records[f].person or records[f].death_of)]
