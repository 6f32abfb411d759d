# SPDX-License-Identifier: MIT
"""
The ordinals reader: ordinals and anniversaries ("50th National Day", "Đại hội XIV",
"40 years of Đổi mới"), read around digits and ordinal words and heads.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from vnla.checker.readers.figures import _unique, anchors, windows
from vnla.checker.readers.memo import Memo
from vnla.checker.vocabulary import _alternation, _any_word
from vnla.lang.lao import has_lao, regions
from vnla.lang.parsing import (
    OrdinalMention,
    _lao_ordinals,
    _ordinals_any_case,
    _overlaps_any,
    _roman_congresses,
)
from vnla.lang.words import merged

#: Words of this, next or last year (the "…-year" meanings of ``dates.month_suffixes``).
_YEAR_WORDS: Final = [
    w for w, meaning in merged("dates", "month_suffixes").items() if meaning.endswith("-year")
] or ["(?!)"]

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]


def read(ctx: Context) -> list[OrdinalMention]:
    """Every ordinal of the chunk, once each, in order; kept on ``ctx`` for the judges that ask."""
    text = ctx.text
    found: list[OrdinalMention] = []
    for lo, hi in windows(ctx, anchors(ctx)["ordinal"], "ordinal"):
        found += _read_window(text[lo:hi], lo)
    # a Roman numeral before a congress ("the LPRP's XII Congress"), which no anchor marks
    roman = _roman_congresses(text)
    if roman:
        taken = [o.span for o in found]
        found += [o for o in roman if not _overlaps_any(taken, o.span)]
    # Lao ordinals start at their head, which the windows may not reach
    if not ctx.scan.lao_free and has_lao(text):
        for lo, hi in regions(text):
            found += _lao_ordinals(text[lo:hi], lo)
    found += _bare_anniversaries(ctx, found)
    ctx.set_ordinals(sorted(_unique(found), key=lambda o: o.span))
    return ctx.ordinals


#: A bare ordinal that ends its phrase ("the 71st.", "(136th)", "its 66th,", "the 51st this
#: year", "| 65th |"): digits, a suffix of the word files' ``ordinals.suffixes``, then a mark, the
#: line's end, or words of this, next or last year (``dates.month_suffixes``) or "of".
_BARE: Final = re.compile(
    rf"(?<![\w.,-])(?P<n>\d{{1,3}})(?:{_alternation(merged('ordinals', 'suffixes') or ['(?!)'])})"
    rf"(?=[^\S\n]*+(?:[.,;:)\]|?]|$|(?:{_alternation(_YEAR_WORDS)})(?!\w)))",
    re.MULTILINE,
)
#: The words of what else is counted (``ordinals.counted``, not an anniversary's or a national
#: day's: "congress", "meeting", "term"), which make a bare ordinal after them theirs.
_OTHER_COUNTED: Final = _any_word(
    [w for w, kind in merged("ordinals", "counted").items() if kind not in ("anniversary", "national-day")]
    or ["(?!)"]
)
#: How far before a bare ordinal an anniversary of its sentence may stand, to make it one too.
_BARE_REACH: Final = 200


def _bare_anniversaries(ctx: Context, found: list[OrdinalMention]) -> list[OrdinalMention]:
    """
    Bare ordinals read as anniversaries (:data:`_BARE`), where an anniversary or a founding's own
    name stands before them in their sentence or just before it ("Ho Chi Minh birth anniversary
    (136th)", "... this year's anniversary is the 63rd", "Lao National Day (51st)"), and no
    congress, meeting or term is numbered in their sentence ("the Party's 12th, as you say": a
    congress's).  Only the stretches after those are looked at.
    """
    text = ctx.text
    foundings = ctx.index.foundings
    # (a founding named by its own name: "Lao National Day (51st)"; the scan found them already)
    heads = sorted(
        [
            *(o.span[0] for o in found if o.noun in ("anniversary", "national-day")),
            *(ns for ns, _ne, rid in ctx.named if rid in foundings),
        ]
    )
    if not heads:
        return []  # most texts: no anniversary, no founding named
    # (starts in order, looked up by halves: a long text has thousands of ordinals)
    other = sorted(o.span[0] for o in found if o.noun not in ("anniversary", "national-day", "years"))
    spans = sorted(o.span for o in found)
    starts = [a for a, _b in spans]
    out: list[OrdinalMention] = []
    for lo, hi in _stretches(text, heads):
        for m in _BARE.finditer(text, lo, hi):
            span = m.span()
            if hi < len(text) and text[hi] != "\n" and not text[span[1] : hi].strip():
                continue  # the stretch's end, not the line's: the words after are unseen
            i = bisect.bisect_left(starts, span[1])
            if any(b > span[0] for _a, b in spans[max(0, i - 3) : i]):
                continue  # another ordinal's words, read already
            s, e = ctx.sentence(*span)
            if not _starts_in(heads, max(0, s - _BARE_REACH), span[0]):
                continue  # the anniversary or founding is farther back than the sentence before
            if _starts_in(other, s, e) or _OTHER_COUNTED.search(text, s, span[0]):
                continue  # a congress's, a meeting's, a term's
            if ctx.in_a_date(span[0]):
                continue  # a day's ("on February 3rd")
            out.append(OrdinalMention(number=int(m["n"]), noun="anniversary", span=span, text=m[0]))
    return out


def _stretches(text: str, heads: list[int]) -> list[tuple[int, int]]:
    """
    The stretches of ``text`` after each of ``heads`` (sorted) where a bare ordinal of theirs
    may stand, merged: to the end of the line when that is near (a line's end closes a bare
    ordinal), else a little farther than one may stand.
    """
    out: list[tuple[int, int]] = []
    for head in heads:
        hi = text.find("\n", head + 2 * _BARE_REACH, head + 4 * _BARE_REACH)
        hi = min(len(text), head + 4 * _BARE_REACH) if hi < 0 else hi
        if out and head <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((head, hi))
    return out


def _starts_in(positions: list[int], lo: int, hi: int) -> bool:
    """Whether a position of the sorted ``positions`` lies in ``[lo, hi)``."""
    i = bisect.bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi


#: The ordinals of windows of text, by the window's words (spans from its start): news repeat
#: "the 50th anniversary of ..." and "Đại hội XIV" with the same words around them.  An ordinal
#: depends on nothing but the words.  Emptied when full.
_READ: Memo[str, list[tuple[int, str, int, int, str]]] = Memo(4096)


def _read_window(window: str, shift: int) -> list[OrdinalMention]:
    """
    :func:`vnla.lang.parsing._ordinals_any_case` of a window (its lines in capitals read in
    lower case too), read once per window's words.
    """
    read = _READ.get(window)
    if read is None:
        read = _READ.keep(window, [(o.number, o.noun, *o.span, o.text) for o in _ordinals_any_case(window)])
    return [
        OrdinalMention(number=number, noun=noun, span=(start + shift, end + shift), text=words)
        for number, noun, start, end, words in read
    ]
