# SPDX-License-Identifier: MIT
"""
Places the record does not hold, named with a word of their kind ("Bac Ninh province", "tỉnh
Bắc Ninh", "Ho Chi Minh City", "TP Hồ Chí Minh", "ແຂວງ..."; the word files'
``places.region_before`` and ``places.region_after``): an event said to be in one is not an
event the record places elsewhere, and a date that misses that event may be another's.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Final

from vnla.checker.vocabulary import _alternation
from vnla.lang.lao import is_lao
from vnla.lang.words import merged

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["unrecorded_place"]

#: A word of a place's kind before its name ("tỉnh", "province of", "ແຂວງ"), and after it
#: ("province", "City"); the name: one to four words that open with a capital (in Lao, the
#: letters right after the word).
_LATIN_NAME: Final = r"(?:[^\W\d_][\w'’.-]*+(?:[^\S\n]++(?=[^\W\d_]))?){1,4}+"
_HEADS: Final = merged("places", "region_before")
_BEFORE: Final = re.compile(
    rf"(?:(?<!\w)(?i:{_alternation([w for w in _HEADS if not is_lao(w[0])] or ['(?!)'])})"
    rf"|{_alternation([w for w in _HEADS if is_lao(w[0])] or ['(?!)'])})"
    rf"(?:[^\S\n]++(?P<name>{_LATIN_NAME}|[\u0e80-\u0eff]++)|(?P<glued>[\u0e80-\u0eff]++))"
)
_AFTER: Final = re.compile(rf"(?<=\s)(?:{_alternation(merged('places', 'region_after') or ['(?!)'])})(?!\w)")
#: The words a name is looked for in before a word of its kind, and the most it has.
_BACK: Final = 60
_MOST_WORDS: Final = 4


def unrecorded_place(ctx: Context, lo: int, hi: int) -> str | None:
    """
    The first place in ``ctx.text[lo:hi]`` named with a word of its kind whose name no
    recorded name covers, as written ("Bac Ninh province"), or ``None``.

    Every word of a Latin name opens with a capital ("the province" names no place).
    """
    text = ctx.text
    found: list[tuple[int, int, int, int]] = []  # the whole's start and end, the name's
    for m in _BEFORE.finditer(text, lo, hi):
        found.append((*m.span(), *m.span("glued" if m["glued"] else "name")))
    for m in _AFTER.finditer(text, lo, hi):
        start = _capitals_before(text, max(lo, m.start() - _BACK), m.start())
        if start is not None:
            found.append((start, m.end(), start, m.start()))
    kinds = ctx.index.kinds
    for start, whole_end, ns, name_end in sorted(found):
        end = ne = name_end
        if whole_end != name_end:
            end = whole_end  # the word of its kind after the name
        elif not is_lao(text[ns]):
            # the word of its kind before the name: the name is the words that open with a capital
            capitals = list(itertools.takewhile(lambda w: w[0][0].isupper(), _WORD.finditer(text, ns, ne)))
            if not capitals:
                continue
            end = ne = capitals[-1].end()
        if " " not in text[ns:ne].strip() and _SENTENCE_OPENS.search(text, max(0, ns - 3), ns):
            continue  # one word that opens its sentence or line: a capital of its place ("The province")
        if any(
            kinds.get(rid) in _PLACES
            for _a, _b, rid in ctx.within(ctx.named, max(lo, ns - 1), min(hi, ne + 1))
        ):
            continue  # a recorded place (not a person's name in a city's: "Ho Chi Minh City")
        return text[start:end].strip().rstrip(".")
    return None


def _capitals_before(text: str, lo: int, at: int) -> int | None:
    """Where the words that open with a capital right before ``at`` start (four at most), or ``None``."""
    start = None
    for m in reversed(list(_WORD.finditer(text, lo, at))):
        if not m[0][0].isupper():
            break
        start = m.start()
        if len(text[start:at].split()) >= _MOST_WORDS:
            break
    return start


_WORD: Final = re.compile(r"\S++")
#: Right before a word that opens its sentence or line.
_SENTENCE_OPENS: Final = re.compile(r"(?:\A|[.!?:\n][\"'“”‘’]?)[^\S\n]*+\Z")
#: The kinds of record a place's name may be.
_PLACES: Final = frozenset({"place", "country"})
