# SPDX-License-Identifier: MIT
"""
The first-holders reader: a person given as the first holder of an office ("Souphanouvong was
the first President of the Lao PDR", "the Lao PDR's first Prime Minister, Prince
Souphanouvong", "Chủ tịch nước đầu tiên của Lào là Xuphanuvông", "ປະທານປະເທດຄົນທຳອິດແມ່ນທ່ານ
ໄກສອນພົມວິຫານ").  The titles reader leaves such titles alone, as they name no office held at the
sentence's date.

The words of "first" are the word files' ``titles.first_before`` (before the office's title:
"first") and ``titles.first_after`` (after it: "đầu tiên", "ຄົນທຳອິດ").  The person is the
one named nearest the title in its clause, a few words away at most, on one side only (not
after a word that opens another clause: ``titles.first_clause_joins``); the country is the one
its clause names (a body's counts), else the person's.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from vnla.checker.mentions import FirstHolderMention
from vnla.checker.vocabulary import _OF, _any_word
from vnla.lang.words import merged

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]

#: "first" before an office's title, then a space ("first President").
_FIRST_BEFORE: Final = re.compile(
    rf"(?:{_any_word(merged('titles', 'first_before') or ['(?!)']).pattern})[^\S\n]++", re.IGNORECASE
)
#: "first" after an office's title ("Chủ tịch nước đầu tiên", "ປະທານປະເທດ ຄົນທຳອິດ").
_FIRST_AFTER: Final = re.compile(
    rf"[^\S\n]*+(?:{_any_word(merged('titles', 'first_after') or ['(?!)']).pattern})", re.IGNORECASE
)
#: After "first" written after a title, "of" before the body's or country's name ("ປະທານປະເທດ
#: ຄົນທຳອິດ ຂອງ ສປປ ລາວ", "Chủ tịch nước đầu tiên của nước CHDCND Lào"; the word files'
#: ``titles.of``, then ``ordinals.state_before``: "the", "nước").
_OF_AFTER: Final = re.compile(
    rf"[^\S\n]*+(?:{_any_word(merged('titles', 'of')).pattern})[^\S\n]*+"
    rf"(?:(?:{_any_word(merged('ordinals', 'state_before') or ['(?!)']).pattern})[^\S\n]++)?",
    re.IGNORECASE,
)


def _as_written(words: list[str]) -> tuple[str, ...]:
    """Words as a text may write them: in lower case, capitalised and in capitals, each once."""
    return tuple(dict.fromkeys(f(w.lower()) for w in words for f in (str.lower, str.capitalize, str.upper)))


#: The words of "first", before a title and after one, as written (looked for in the whole text).
_BEFORE_WORDS: Final = _as_written(merged("titles", "first_before"))
_AFTER_WORDS: Final = _as_written(merged("titles", "first_after"))
#: How far after a title's role word its "first" may stand (a country's name between).
_AFTER_REACH: Final = 60
#: After the title, the words that open another clause (the word files'
#: ``titles.first_clause_joins``: "and", "và", "ແລະ"): a person after them is that clause's.
_CLAUSE_JOIN: Final = re.compile(
    rf"[^\S\n,]*+,?[^\S\n]*+(?:{_any_word(merged('titles', 'first_clause_joins') or ['(?!)']).pattern})",
    re.IGNORECASE,
)
#: What ends a clause: a person beyond it is not the one given the title.
_CLAUSE_END: Final = re.compile(r"[.;:!?()\n]")
#: The most words between the title and the person ("Souphanouvong was the first", "first
#: Prime Minister, Prince Souphanouvong", "ແມ່ນທ່ານ").
_MOST_WORDS: Final = 3
#: How far from the title a person is looked for.
_REACH: Final = 48


def read(ctx: Context) -> list[FirstHolderMention]:
    """Each office's title with "first" and the person its clause gives it to."""
    out = []
    titled = ctx.titled
    starts = ctx.starts(titled)
    text = ctx.text
    for i in _beside_first(ctx, starts):
        start, role_end, _kind, item = titled[i]
        before = _FIRST_BEFORE.search(text, max(0, start - 12), start)
        end = _title_end(ctx, i, starts, role_end)
        after = _FIRST_AFTER.match(text, end)
        if before is not None and before.end() == start:
            span = (before.start(), end)
        elif after is not None and after.end() > after.start():
            span = (start, after.end())
        else:
            continue  # most titles: no "first" beside them
        # the person is looked for after "of" and the country too ("... ຄົນທຳອິດ ຂອງ ສປປ ລາວ ແມ່ນ ທ່ານ ...")
        found = _person(ctx, span[0], _of_body(ctx, span[1]) if after is not None else span[1])
        if found is None:
            continue
        country = _country(ctx, span, found)
        if country is not None:
            out.append(FirstHolderMention(span, found[2], item.pat.role[0], country, (found[0], found[1])))
    return out


def _beside_first(ctx: Context, starts: list[int]) -> list[int]:
    """
    Where in ``ctx.titled`` the role words stand that "first" stands right before, or a little
    after (a country's name between at most): the words are found first, by string search (a
    search of the expressions tries every character of a long text), as most texts hold few.
    """
    text, titled = ctx.text, ctx.titled
    if not titled:
        return []  # no title: nothing for "first" to stand beside
    found: set[int] = set()
    for at in _occurrences(text, _BEFORE_WORDS):
        word = _FIRST_BEFORE.match(text, at)
        if word is None or (at > 0 and text[at - 1].isalnum()):
            continue
        i = bisect.bisect_left(starts, word.end())
        if i < len(titled) and titled[i][0] == word.end():
            found.add(i)
    for at in _occurrences(text, _AFTER_WORDS):
        i = bisect.bisect_left(starts, at) - 1
        while i >= 0 and at - titled[i][1] <= _AFTER_REACH:
            found.add(i)
            i -= 1
    return sorted(i for i in found if titled[i][2] == "role" and titled[i][3].pat.role is not None)


def _occurrences(text: str, words: tuple[str, ...]) -> list[int]:
    """Where the words stand in ``text``."""
    out = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + 1)
    return out


def _title_end(ctx: Context, i: int, starts: list[int], end: int) -> int:
    """
    Where the title at ``ctx.titled[i]`` ends: with a country right after it ("Chủ tịch nước
    Lào"), or a body or country after "of" ("President of the Lao PDR").
    """
    titled = ctx.titled
    j = bisect.bisect_left(starts, end, i + 1)
    if j >= len(titled) or titled[j][2] != "entity":
        return end
    gap = ctx.text[end : titled[j][0]]
    country = ctx.index.kinds.get(titled[j][3]) == "country"
    return titled[j][1] if (country and not gap.strip()) or _OF.match(gap) else end


def _of_body(ctx: Context, end: int) -> int:
    """Where a title ending at ``end`` with "first" ends, with "of" and a body's or country's name after."""
    of = _OF_AFTER.match(ctx.text, end)
    if of is None:
        return end  # most titles: no "of" after them
    named = ctx.within(ctx.named, of.end(), of.end() + 80)
    return named[0][1] if named and named[0][0] == of.end() else end


def _person(ctx: Context, start: int, end: int) -> tuple[int, int, str] | None:
    """
    The one person named nearest the title at ``text[start:end]`` in its clause, at most
    :data:`_MOST_WORDS` words away, on one side only.
    """
    text = ctx.text
    near = []
    for ps, pe, pid in ctx.within(ctx.persons, max(0, start - _REACH), end + _REACH):
        gap = text[pe:start] if pe <= start else text[end:ps] if ps >= end else None
        if gap is None or _CLAUSE_END.search(gap) or len(gap.split()) > _MOST_WORDS:
            continue
        if ps >= end and _CLAUSE_JOIN.match(gap) is not None:
            continue  # "... its first President and Kaysone its Prime Minister": another clause's
        near.append((ps, pe, pid))
    return near[0] if len({pid for _s, _e, pid in near}) == 1 else None


def _country(ctx: Context, span: tuple[int, int], person: tuple[int, int, str]) -> str | None:
    """The one country the title's clause names (a body's counts), else the person's; ``None`` if two."""
    text = ctx.text
    start, end = span
    s, e = ctx.sentences.sentence(start, end)
    countries = {
        country
        for ns, ne, rid in ctx.within(ctx.named, s, e)
        if (country := ctx.index.country_of.get(rid)) is not None
        and not _CLAUSE_END.search(text[ne:start] if ne <= start else text[end:ns])
    }
    if not countries:
        own = ctx.index.person_country.get(person[2])
        return own or None
    return countries.pop() if len(countries) == 1 else None
