# SPDX-License-Identifier: MIT
"""
The spouses reader: a person named as another's spouse, two names of the record apart by the
words of a spouse and little else.

Two shapes are read, titles and honorifics anywhere between (a body's name in a title too):

- the partner first, then words that join ("and his", "'s", "và", "ພ້ອມດ້ວຍ": the word files'
  ``spouses.links``), the word for a spouse (``spouses.words``) and the spouse's name: "To Lam
  and his wife Ngo Phuong Ly", "Tổng Bí thư Tô Lâm và Phu nhân Ngô Phương Ly", "ທ່ານ ໂຕເລິມ ແລະ
  ພັນລະຍາ ທ່ານນາງ ໂງເຟືອງລີ";
- the spouse first, then the word and "of" (``spouses.of``), or a comma before the word, and
  the partner's name: "Naly Sisoulith, the wife of Thongloun Sisoulith", "bà Ngô Phương Ly,
  phu nhân Tổng Bí thư Tô Lâm".

Nothing else may stand between the names (no verb: "To Lam and his wife welcomed Thongloun"
names no spouse of Thongloun), and no sentence may end there.  A comma and a title after the
word for a spouse open the next name of a list ("Thongloun Sisoulith và Phu nhân, Tổng Bí thư
... Tô Lâm và Phu nhân": each with his wife).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING, Final

from vnla.checker.mentions import SpouseMention
from vnla.checker.vocabulary import _HONORIFICS_ONLY, _QUALIFIER_WORDS, _alternation
from vnla.lang.words import merged

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]

_SPOUSE: Final = _alternation(merged("spouses", "words"))
_OF: Final = _alternation(merged("spouses", "of"))
_LINK: Final = _alternation(merged("spouses", "links"))
#: Honorifics and the titles the record does not hold as a role ("Madam", "bà", "ທ່ານນາງ"),
#: with spaces and commas: what may stand beside a name besides the titles the scan found.
_HONOURS: Final = _HONORIFICS_ONLY.pattern
#: The same, and the words between a title and its body: "of", "Central Committee"
#: ("General Secretary of the CPV", "ເລຂາທິການໃຫຍ່ຄະນະບໍລິຫານງານສູນກາງພັກ..."), a country's name.
_BETWEEN_TITLES: Final = (*merged("spouses", "of"), *merged("titles", "of"), *_QUALIFIER_WORDS)
_FILLER: Final = (
    rf"(?:[\s,]*+(?:the|{_alternation(_BETWEEN_TITLES)}"
    rf"|{_alternation(merged('names', 'titles'))})(?![^\W\u0e80-\u0eff]))*+[\s,]*+"
)
#: Between the partner and the spouse: "and his wife", "'s wife", "và Phu nhân".
_PARTNER_FIRST: Final = re.compile(
    rf"{_FILLER}(?:{_LINK}){_HONOURS}(?:{_SPOUSE}){_HONOURS}:?+\s*+", re.IGNORECASE
)
#: Between the spouse and the partner: ", the wife of", "phu nhân của", ", phu nhân".
_SPOUSE_FIRST: Final = re.compile(
    rf"{_HONOURS}(?:{_SPOUSE})\s*+(?:{_OF}){_FILLER}|\s*+,{_HONOURS}(?:{_SPOUSE}){_FILLER}", re.IGNORECASE
)
#: A quick test of a gap: does it hold the word for a spouse at all.
_ANY_SPOUSE: Final = re.compile(_SPOUSE, re.IGNORECASE)
#: The longest gap between two names read (a Lao title and its body may be long).
_REACH: Final = 160


def read(ctx: Context) -> list[SpouseMention]:
    """Each pair of names the words between make spouses, the one called the spouse first."""
    out = []
    for (ps, pe, pid), (qs, qe, qid) in pairwise(ctx.persons):
        if pid == qid or qs < pe or qs - pe > _REACH:
            continue
        gap = _bare(ctx, pe, qs)
        if _ANY_SPOUSE.search(gap) is None:
            continue  # most pairs of names
        if _PARTNER_FIRST.fullmatch(gap):
            if not _listed(ctx, pe, qs):
                out.append(SpouseMention((qs, qe), qid, (ps, pe, pid)))
        elif _SPOUSE_FIRST.fullmatch(gap):
            out.append(SpouseMention((ps, pe), pid, (qs, qe, qid)))
    return out


def _listed(ctx: Context, lo: int, hi: int) -> bool:
    """
    Whether the name at ``hi`` is the next of a list, not the spouse the words before name: a
    comma after the word for a spouse, then a title ("Thongloun Sisoulith và Phu nhân, Tổng Bí
    thư ... Tô Lâm": "and his wife, [and] the General Secretary ...").
    """
    last = None
    for last in _ANY_SPOUSE.finditer(ctx.text, lo, hi):  # noqa: B007 (the last one)
        pass
    comma = ctx.text.find(",", last.end() if last else lo, hi)
    return comma >= 0 and bool(ctx.within(ctx.titled, comma, hi))


def _bare(ctx: Context, lo: int, hi: int) -> str:
    """``text[lo:hi]`` without the titles and bodies the scan found there (each left as a space)."""
    text = ctx.text
    parts = []
    at = lo
    for ts, te, *_ in ctx.within(ctx.titled, lo, hi):
        if ts >= at:
            parts.append(text[at:ts])
            at = min(te, hi)
    parts.append(text[at:hi])
    return " ".join(parts)
