# SPDX-License-Identifier: MIT
"""
A document named by the kind of document it is ("the Joint Statement", "Tuyên bố chung",
"ຖະແຫຼງການຮ່ວມ"): a short name the record gives its one document of that kind, which other
documents of the kind share.  Joint statements were issued at other visits too, so the judges
take such a name for the recorded document (:func:`meant`) only when nothing says another is
meant:

* no article makes it any document of the kind ("a joint statement", "một tuyên bố chung");
* no other country or body is named right before or after it ("the Vietnam–Cambodia Joint
  Statement", "Tuyên bố chung Việt Nam – Campuchia", "ASEAN's joint statement"), and no other
  country in its clause ("Việt Nam và Campuchia ra Tuyên bố chung ...");
* no date given to it falls in another year ("the 2019 joint statement", "Tuyên bố chung năm
  2019"); and a date near it in the same year but far from its day (:func:`far_from`) may be
  another statement's too: ``unknown``, with that reason.

The names of the document's own parties right after its name are read through to its date
("ຖະແຫຼງການຮ່ວມລາວ-ຫວຽດນາມລົງວັນທີ 3 ທັນວາ 2025").
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from vnla.checker.folding import _bare_key
from vnla.checker.vocabulary import _DOCUMENT_DATE, _alternation
from vnla.lang.words import merged
from vnla.render.messages import Message, Named, Period, Quoted

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from vnla.checker.context import Context
    from vnla.model.records import When

__all__ = ["far_from", "meant", "past_parties"]

#: What may stand between two names of a chain of countries ("Vietnam–Cambodia", "ລາວ - ຫວຽດນາມ").
_JOINERS: Final = frozenset(" \t-–—")
#: How many days from the recorded document's date a date given to its short name may be and
#: still be taken for a slip in its date rather than another document's.
GENERIC_REACH: Final = 20


#: Right before a short name, a word that makes it any document of its kind (the word files'
#: ``dates.document_indefinite``: "a", "một", "ບັນດາ"), then spaces.
_INDEFINITE: Final = re.compile(
    rf"(?:(?<=\W)|^)(?:{_alternation(merged('dates', 'document_indefinite'))})[ \t]++\Z", re.IGNORECASE
)
#: Right before a short name, a possessive's ending and spaces ("ASEAN's ", "ministers' ").
_POSSESSIVE: Final = re.compile(r"(?<=\w)(?:['’]s|s['’])[ \t]++\Z")
#: How far before a short name such a word, and a possessive's owner, are looked for.
_INDEFINITE_REACH: Final = 12
_POSSESSIVE_REACH: Final = 48
#: How far after a short name (and its parties' names) the date given to it may start.
_DATE_REACH: Final = 40


def _generic(ctx: Context, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a short name of a document ("Joint Statement")."""
    return _bare_key(ctx.text[start:end]) in ctx.index.generic_documents


def _countries_of(ctx: Context, ids: Iterable[str]) -> frozenset[str]:
    """The countries of the parties of the documents ``ids``."""
    index = ctx.index
    return frozenset(
        index.country_of.get(party, party) for rid in ids for party in index.parties_of.get(rid, ())
    )


def _joined(text: str, start: int, end: int) -> bool:
    return all(c in _JOINERS for c in text[start:end])


def _chain(
    ctx: Context, at: int, *, forward: bool, limit: int | None = None
) -> Iterator[tuple[int, int, str]]:
    """
    The names of countries or bodies (records with a country) in a chain joined by dashes or
    spaces, from ``at`` on (``forward``, to ``limit``) or back from it, nearest first.
    """
    text, country_of = ctx.text, ctx.index.country_of
    if forward:
        names = ctx.within(ctx.named, at, at + _CHAIN_REACH if limit is None else limit)
    else:
        names = list(reversed(ctx.within(ctx.named, max(0, at - _CHAIN_REACH), at)))
    for name_start, name_end, rid in names:
        gap = (at, name_start) if forward else (name_end, at)
        if gap[0] > gap[1] or not _joined(text, *gap) or rid not in country_of:
            return
        yield name_start, name_end, rid
        at = name_end if forward else name_start


#: How far a chain of names is looked along.
_CHAIN_REACH: Final = 120


def _of_others(ctx: Context, ids: tuple[str, ...], cue: tuple[int, int]) -> bool:
    """
    Whether another's document is meant by the short name at ``cue``: a country that is none of
    the parties of the documents ``ids`` is named in its clause ("Việt Nam và Campuchia ra Tuyên
    bố chung ..."), or a country or body in the chain of names (joined by dashes or spaces)
    right before or right after it ("the Vietnam–Cambodia Joint Statement"), or it follows a
    possessive of anything but a party ("ASEAN's joint statement", "the ministers' joint
    statement").
    """
    start, end = cue
    parties = _countries_of(ctx, ids)
    text, country_of = ctx.text, ctx.index.country_of
    owner = _POSSESSIVE.search(text, max(0, start - _POSSESSIVE_REACH), start)
    if owner is not None:
        named = ctx.within(ctx.named, max(0, owner.start() - 120), owner.start() + 1)
        own = named[-1] if named and named[-1][1] == owner.start() else None
        if own is None or country_of.get(own[2]) not in parties:
            return True
    before, after = ctx.sentences.clause(start, end)
    s, e = ctx.sentence(start, end)
    kinds = ctx.index.kinds
    if any(
        kinds.get(rid) == "country" and country_of.get(rid) not in parties
        for _s, _e, rid in ctx.within(ctx.named, max(s, before), min(e, after))
    ):
        return True
    return any(
        country_of.get(rid) not in parties
        for chain in (_chain(ctx, start, forward=False), _chain(ctx, end, forward=True))
        for _s, _e, rid in chain
    )


def _dated_otherwise(ctx: Context, ids: tuple[str, ...], cue: tuple[int, int]) -> bool:
    """
    Whether a date given to the document named at ``cue`` (right after it, with the words of
    its date between, or a year right before it) is of a year none of the documents ``ids`` was
    signed in.
    """
    start, end = cue
    text = ctx.text
    after = past_parties(ctx, ids, end, end + 120)
    i = bisect.bisect_left(ctx.date_starts, max(0, start - 12))
    years = {
        when.earliest.year
        for rid in ids
        if (when := getattr(ctx.index.records.get(rid), "signed", None)) is not None and when.earliest
    }
    while i < len(ctx.dates) and ctx.date_starts[i] < after + _DATE_REACH:
        mention = ctx.dates[i]
        i += 1
        m_start, m_end = mention.span
        given = (m_end <= start and not text[m_end:start].strip()) or (
            m_start >= after and _DOCUMENT_DATE.fullmatch(text, after, m_start) is not None
        )
        when = mention.when
        if given and when is not None and when.earliest is not None and when.latest is not None:
            return not any(when.earliest.year <= year <= when.latest.year for year in years)
    return False


def meant(ctx: Context, ids: tuple[str, ...], cue: tuple[int, int]) -> bool:
    """
    Whether the name at ``cue`` of the documents ``ids`` names them: any name but a short one
    does; a short one ("the Joint Statement") does unless its words say another document of its
    kind is meant (see the module's docstring).
    """
    start, end = cue
    if not _generic(ctx, start, end):
        return True
    before = ctx.text[max(0, start - _INDEFINITE_REACH) : start]
    return not (
        _INDEFINITE.search(before) is not None or _of_others(ctx, ids, cue) or _dated_otherwise(ctx, ids, cue)
    )


def past_parties(ctx: Context, ids: tuple[str, ...], end: int, limit: int) -> int:
    """
    Where the names of the documents' own parties right after a document's name (ending at
    ``end``) end, before ``limit``: "ຖະແຫຼງການຮ່ວມ | ລາວ-ຫວຽດນາມ | ລົງວັນທີ ..." reads to its date.
    """
    parties, index = _countries_of(ctx, ids), ctx.index
    for _s, name_end, rid in _chain(ctx, end, forward=True, limit=limit):
        if index.kinds.get(rid) != "country" or index.country_of[rid] not in parties:
            break
        end = name_end
    return end


def far_from(
    ctx: Context, record: object, when: When, cues: list[tuple[int, int, frozenset[str], tuple[str, ...]]]
) -> Message | None:
    """
    Why a date far from a document's recorded one may be another document's, when only its
    short name names it (``cues``: the words of the events the date may be), or ``None``.
    """
    rid: str = getattr(record, "id", "")
    recorded: When | None = getattr(record, "when", None)
    naming = [(s, e) for s, e, _kinds, ids in cues if rid in ids]
    if recorded is None or not naming or not all(_generic(ctx, s, e) for s, e in naming):
        return None
    if recorded.earliest is None or when.earliest is None or when.latest is None:
        return None
    gap = max(
        (recorded.earliest - when.latest).days, (when.earliest - (recorded.latest or recorded.earliest)).days
    )
    if gap <= GENERIC_REACH or _swapped(when, recorded):
        return None  # near its day, or its day and month swapped ("12/2/2025" for 2/12/2025): a slip
    return Message(
        "the text names the document only by its kind ({name}), and the record holds one so named, "
        "{document} ({recorded}): a date this far from its own may be another's",
        name=Quoted(ctx.text[naming[0][0] : naming[0][1]], ctx.lang_at(*naming[0])),
        document=Named(rid, getattr(record, "title", rid)),
        recorded=Period(recorded),
    )


def _swapped(when: When, recorded: When) -> bool:
    """Whether a day is the recorded one with its day and month swapped, in the same year."""
    said, day = when.earliest, recorded.earliest
    return (
        when.is_exact
        and said is not None
        and day is not None
        and said == when.latest
        and (said.year, said.month, said.day) == (day.year, day.day, day.month)
    )
