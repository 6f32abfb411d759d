# SPDX-License-Identifier: MIT
"""
The framework reader: the wordings of the relationship framework are names the matcher finds;
this reader reads their listings, and a listing of three or more elements that ends with a
wording no element has.  It also reads the wordings whose sentence may be about another
country's relations ("Vietnam and the United States upgraded ties to a comprehensive
strategic partnership"), which the record's framework is not.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from typing import TYPE_CHECKING, Final

from vnla.checker.mentions import (
    AddedElementMention,
    FieldWordingMention,
    ListingMention,
    SwappedWordingMention,
    UnknownWordingMention,
    WordingElsewhereMention,
)
from vnla.checker.report import Verdict
from vnla.checker.sentences import semicolon_part
from vnla.checker.vocabulary import (
    _ADDED_AFTER,
    _ADDED_AFTER_WORDS,
    _ADDED_BEFORE,
    _ADDED_BETWEEN,
    _ADDED_LINK,
    _COMMON_TERMS,
    _FIELD_AFTER,
    _LIST_SEP,
    _NEXT_ELEMENT,
    _OPENING,
    _SAID_ADDED,
)
from vnla.lang.lao import is_lao
from vnla.lang.words import merged

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]

_Mention = (
    AddedElementMention
    | UnknownWordingMention
    | WordingElsewhereMention
    | FieldWordingMention
    | ListingMention
    | SwappedWordingMention
)
#: The words after a field word ("digital transformation" after "in"), to quote them: up to
#: three, before any punctuation (a Vietnamese word is a syllable or two).
_NEXT_WORD: Final = re.compile(r"(?:[^\S\n]*[^\s,.;:]+){1,3}")


def read(ctx: Context) -> list[_Mention]:
    """
    The wordings that end a listing of three or more elements and are no element's, the
    recorded wordings in a sentence that names another country, and the listings of three or
    more elements (in order of position).
    """
    out: list[_Mention] = []
    run: list[tuple[int, int, str]] = []
    text = ctx.text
    scope = ctx.scope
    looked_to, others = -1, False
    for item in [*ctx.framework, (len(text) + 1, len(text) + 1, "")]:
        if item[2]:
            if item[0] >= looked_to:  # a new line: does it name another country at all?
                looked_to, others = scope.line_of_others(item[0], item[1])
            country = scope.other_country_of_wording(item[0], item[1]) if others else None
            if country is not None:
                out.append(WordingElsewhereMention((item[0], item[1]), item[2], country))
            elif (limited := _FIELD_AFTER.match(text, item[1])) is not None:
                field = _limited_to_a_field(ctx, item, limited)
                if field is not None:
                    out.append(FieldWordingMention((item[0], item[1]), item[2], field))
        if run and item[2] and _LIST_SEP.fullmatch(text, run[-1][1], item[0]):
            run.append(item)
            continue
        if len({r[2] for r in run}) >= 3:
            unknown = _unknown_element(ctx, run[-1][1], tuple(r[2] for r in run))
            if unknown is not None:
                out.append(unknown)
            out.append(ListingMention((run[0][0], run[-1][1]), tuple(run)))
        run = [item] if item[2] else []
    out += _swapped(ctx)
    out += _added(ctx)
    out.sort(key=lambda m: m.span)
    return out


#: How far before a wording the words of its adding, and a link naming it, are looked for.
_ADDED_REACH: Final = 60
_LINK_REACH: Final = 24


def _added(ctx: Context) -> list[AddedElementMention]:
    """
    The elements a sentence says the framework gained, in the part between its semicolons: right
    after words of their adding and a few words between ("the addition of special solidarity",
    "bổ sung cụm từ '...'"), right before such words ("strategic cohesion, added in December
    2025"), or right after a link that follows such words or words of the newest element ("The
    element added on 2 December 2025 was ...", "Cụm từ mới nhất, được thêm vào tháng 12/2025, là
    '...'"; ``newest`` when only words of the newest element say it).  Where the part names other
    elements, only an element right after words of adding, in no listing ("ໄດ້ເພີ່ມ X ເປັນເສົາໃໝ່
    ຄຽງຄູ່ກັບ Y ແລະ Z": added X beside Y and Z), is read: which one is added is not otherwise
    read from a few words.
    """
    out: list[AddedElementMention] = []
    text = ctx.text
    done = -1
    for start, end, named in ctx.framework:
        if start < done or not named:
            continue
        s, e = semicolon_part(text, *ctx.sentence(start, end), start, end)
        done = e
        items = ctx.within(ctx.framework, s, e)
        alone = len({element for _a, _b, element in items}) == 1
        for i, (a, b, element) in enumerate(items):
            if alone:
                newest = _said_added(ctx, (s, e), (a, b))
            elif not _listed(text, items, i) and _added_before(text, s, a):
                newest = False
            else:
                continue
            if newest is not None:
                out.append(AddedElementMention((a, b), element, newest))
                break
    return out


def _listed(text: str, items: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the ``i``-th wording of ``items`` is joined by a listing's separator to a neighbour."""
    a, b, _element = items[i]
    return (i > 0 and _LIST_SEP.fullmatch(text, items[i - 1][1], a) is not None) or (
        i + 1 < len(items) and _LIST_SEP.fullmatch(text, b, items[i + 1][0]) is not None
    )


def _added_before(text: str, s: int, a: int) -> bool:
    """Whether words of adding, and a few words between, stand right before a wording at ``a``."""
    before = _last(_ADDED_BEFORE, text, max(s, a - _ADDED_REACH), a)
    return before is not None and _ADDED_BETWEEN.fullmatch(text, before.end(), a) is not None


def _said_added(ctx: Context, part: tuple[int, int], span: tuple[int, int]) -> bool | None:
    """
    Whether the wording at ``span``, the only element named in its sentence's ``part``, is said
    to be the element added (``False``), or the newest (``True``), or neither (``None``); see
    :func:`_added`.
    """
    text = ctx.text
    s, e = part
    a, b = span
    if _added_before(text, s, a) or _ADDED_AFTER.match(text, b, e) is not None:
        return False
    link = _last(_ADDED_LINK, text, max(s, a - _LINK_REACH), a)
    if link is None or not _OPENING.fullmatch(text, link.end(), a):
        return None
    if _last(_SAID_ADDED, text, s, link.start()) is None:
        return None
    return _ADDED_BEFORE.search(text, s, a) is None and _ADDED_AFTER_WORDS.search(text, s, a) is None


def _swapped(ctx: Context) -> list[SwappedWordingMention]:
    """
    The swapped wordings in listings of the framework: each joined by a listing's separators
    to the recorded wordings or other swapped ones, in a run of three or more with one recorded.
    """
    pattern, swaps, text = ctx.index.swapped, ctx.index.swaps, ctx.text
    if pattern is None or len(ctx.framework) < 2:
        return []
    out: list[SwappedWordingMention] = []
    done = -1
    for start, end, _rid in ctx.framework:
        if start < done:
            continue
        s, e = ctx.sentence(start, end)
        done = e
        recorded = [(a, b, True) for a, b, _r in ctx.within(ctx.framework, s, e)]
        # a swapped wording stands at an edge of a run of recorded ones, a separator between:
        # only there is it looked for (a listing of the recorded wordings alone has none)
        found: list[tuple[int, int, bool]] = []
        for lo, hi in _edges(text, recorded, s, e):
            found += [
                (m.start(), m.end(), False)
                for m in pattern.finditer(text, lo, hi)
                if not any(a < m.end() and m.start() < b for a, b, _k in recorded)
            ]
        if not found:
            continue
        # (once each: the stretches beside two runs may overlap and find a wording twice)
        items = sorted(set(recorded + found))
        run: list[tuple[int, int, bool]] = []
        for item in [*items, None]:
            if item is not None and run and _LIST_SEP.fullmatch(text, run[-1][1], item[0]):
                run.append(item)
                continue
            if len(run) >= 3 and any(k for _a, _b, k in run):
                for a, b, k in run:
                    if not k:
                        words = " ".join(text[a:b].lower().split())
                        owners = swaps.get(words) or swaps.get(words.replace(" ", ""), ())
                        out.append(SwappedWordingMention((a, b), text[a:b], owners))
            run = [item] if item is not None else []
    return out


#: The words that join a listing's elements (a comma joins too).
_CONNECTORS: Final = tuple(merged("framework", "connectors"))
#: How far from a run of recorded wordings a swapped one is looked for (two wordings and a separator).
_EDGE: Final = 90


def _edges(text: str, recorded: list[tuple[int, int, bool]], s: int, e: int) -> list[tuple[int, int]]:
    """
    The stretches beside each run of recorded wordings (joined by separators) that a separator
    joins to it, within the sentence ``(s, e)``: where a swapped wording may stand.
    """
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(recorded):
        j = i
        while j + 1 < len(recorded) and _LIST_SEP.fullmatch(text, recorded[j][1], recorded[j + 1][0]):
            j += 1
        first, last = recorded[i][0], recorded[j][1]
        if _separator_before(text, max(s, first - 12), first):
            out.append((max(s, first - _EDGE), first))
        if _LIST_SEP.match(text, last, e):
            out.append((last, min(e, last + _EDGE)))
        i = j + 1
    return out


def _separator_before(text: str, lo: int, at: int) -> bool:
    """
    Whether ``text[lo:at]`` ends with a listing's separator: a comma, or a connector after a
    space or a comma (or after a Lao letter: Lao writes none between).

    >>> _separator_before("friendship, ", 0, 12), _separator_before("friendship and ", 0, 15)
    (True, True)
    >>> _separator_before("of ", 0, 3), _separator_before("Rand ", 0, 5)
    (False, False)
    """
    head = text[lo:at].rstrip()
    if head.endswith(","):
        return True
    for word in _CONNECTORS:
        if head.lower().endswith(word.lower()):
            before = head[: len(head) - len(word)]
            if not before or before[-1] in " ,\t" or is_lao(before[-1]) or is_lao(word[0]):
                return True
    return False


def _limited_to_a_field(ctx: Context, item: tuple[int, int, str], field: re.Match[str]) -> str | None:
    """
    The words that limit a wording to a field ("in energy"), when it is a translation variant
    that is also a common term for other things (the word files' ``framework.common_terms``:
    "strategic partnership", not "strategic alignment in political relations") and no other
    framework wording stands in its sentence (a listing of the elements is the framework's,
    "comprehensive cooperation in all fields" among them); else ``None``.  ``field`` is the
    field word's match right after the wording.
    """
    start, end, _rid = item
    if " ".join(ctx.text[start:end].lower().split()) not in _COMMON_TERMS:
        return None
    hits = ctx.hits
    i = bisect.bisect_left(ctx.starts(hits), start)
    if i == len(hits) or hits[i][0] != start or hits[i][2].verdict is not Verdict.VARIANT:
        return None
    s, e = ctx.sentence(start, end)
    if len(ctx.within(ctx.framework, s, e)) > 1:
        return None
    tail = _NEXT_WORD.match(ctx.text, field.end())
    return ctx.text[end : tail.end() if tail else field.end()].strip()


def _unknown_element(ctx: Context, at: int, after: tuple[str, ...]) -> UnknownWordingMention | None:
    """A wording right after a listing (ending at ``at``, of the elements ``after``) that is no element."""
    m = _NEXT_ELEMENT.match(ctx.text, at)
    if m is None:
        return None
    start, end = m.span(1)
    if any(s <= start < e for s, e, _r in ctx.framework):
        return None
    return UnknownWordingMention((start, end), m[1], after)


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[lo:hi]``, or ``None``."""
    found = deque(pattern.finditer(text, lo, hi), maxlen=1)
    return found[0] if found else None
