# SPDX-License-Identifier: MIT
"""
What a reader or a judge may ask about the chunk it works on: the text and its language,
the publication date, the sentence around a span and its language and date, the candidates
the matcher found in a stretch, the countries and foundings a sentence names.

A :class:`Context` is made per chunk by the checker; readers add what they read (dates,
ordinals) for the judges that need it, and judges append their drafts to ``drafts``.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any, Final, TypeVar

from vnla.checker.language import _sentence_lang
from vnla.checker.sentences import Sentences
from vnla.checker.vocabulary import (
    _BILATERAL,
    _COUNTRY_WORD,
    _LAST_YEAR,
    _NATIONAL_DAY,
    _PARTNER_BEFORE,
    _POSSESSIVE_BEFORE,
    _QUALIFIER_COUNTRY,
    _WHOLE,
    other_countries,
)
from vnla.lang.lao import is_lao
from vnla.lang.words import merged
from vnla.model.records import When

if TYPE_CHECKING:
    from datetime import date

    from vnla.checker.drafts import _Match, _NameOutcome, _Proto
    from vnla.checker.index import _Index
    from vnla.checker.scan import Scan
    from vnla.lang.parsing import DateMention, OrdinalMention
    from vnla.model.records import Erratum

__all__ = ["Caches", "Context"]

_T = TypeVar("_T", bound=tuple[Any, ...])

#: Words that make a person's anniversary count from the death (the language files' ``ordinals.death_words``).
_DEATH_WORDS: Final = re.compile(
    "|".join(
        rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w)  # Lao writes no spaces between words
        for w in sorted(merged("ordinals", "death_words"), key=len, reverse=True)
    ),
    re.IGNORECASE,
)

#: Entries a checker's caches of judgments keep before they start again.
_CACHE_SIZE: Final = 50_000


class Caches:
    """A checker's caches of judgments, shared by the chunks it checks (never pickled)."""

    __slots__ = ("befores", "near", "titles")

    def __init__(self) -> None:
        #: (event kinds, ids, bounds of a date) -> the dated records near it
        self.near: dict[tuple[Any, ...], list[Any]] = {}
        #: (person, titles, day, language) -> the verdict on the titles
        self.titles: dict[tuple[Any, ...], _Proto] = {}
        #: the words before a title -> (a deputy's title, a former title)
        self.befores: dict[str, tuple[str | None, bool]] = {}


class Context:
    """
    One chunk of text and what has been found in it, with the questions readers and judges ask.

    Positions are offsets in ``text`` (the chunk).
    """

    def __init__(
        self,
        scan: Scan,
        *,
        caches: Caches,
        published: date | None,
        dateline: tuple[int, int] | None = None,
    ) -> None:
        self.scan = scan
        self.index: _Index = scan.index
        self.caches = caches
        self.text = scan.text
        self.lang = scan.lang
        self.published = published
        self.dateline = dateline
        # the matcher's candidates, read directly by readers and judges
        self.named: list[tuple[int, int, str]] = scan.named
        self.persons: list[tuple[int, int, str]] = scan.persons
        self.entities: list[tuple[int, int, str]] = scan.entities
        self.framework: list[tuple[int, int, str]] = scan.framework
        self.cues: list[tuple[int, int, frozenset[str], tuple[str, ...]]] = scan.cues
        self.roles: list[_Match] = scan.roles
        self.titled: list[tuple[int, int, str, Any]] = scan.titled
        self.errata: list[tuple[int, int, Erratum]] = scan.errata
        self.hits: list[tuple[int, int, _NameOutcome]] = scan.hits
        self.sentences = Sentences(scan.text, dateline)
        self.sentence = self.sentences.sentence
        #: what the figures readers found (dates and ordinals are asked about by other judges)
        self.dates: list[DateMention] = []
        self.date_starts: list[int] = []
        self.ordinals: list[OrdinalMention] = []
        self.ordinal_starts: list[int] = []
        self.anchors: dict[str, list[tuple[int, int]]] | None = None
        #: day words read against the day of the speech they stand in (span -> that day)
        self.speech_days: dict[tuple[int, int], date] = {}
        #: the judges' drafts of findings
        self.drafts: list[_Proto] = []
        #: where the drafts start, once sorted for a judge that revises them (errata)
        self.draft_starts: list[int] | None = None
        self._starts: dict[int, list[int]] = {}  # id of a list -> where its items start, for within()
        #: by sentence, the other countries it names, and what makes its trade other than the two's
        self._others: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self._whole: dict[tuple[int, int], str | None] = {}

    def within(self, items: list[_T], start: int, end: int) -> list[_T]:
        """The items (tuples sorted by start) that start in ``[start, end)``."""
        starts = self.starts(items)
        i = bisect.bisect_left(starts, start)
        return items[i : bisect.bisect_left(starts, end, i)]

    def starts(self, items: list[_T]) -> list[int]:
        """
        Where the items of a list (tuples sorted by start) start, to search with :mod:`bisect`.

        The lists asked about are complete and sorted once the figures are read; their starts
        are kept, as plain numbers search fastest.
        """
        starts = self._starts.get(id(items))
        if starts is None or len(starts) != len(items):
            starts = self._starts[id(items)] = [item[0] for item in items]
        return starts

    def lang_at(self, start: int, end: int) -> str:
        """
        The language of the sentence around ``text[start:end]``: the text's, unless its words say otherwise.

        A canonical form is written for the sentence it would replace: the
        Vietnamese quote in an English report gets a Vietnamese date.
        """
        s, e = self.sentence(start, end)
        return _sentence_lang(self.text[s:e], self.lang)

    def sentence_date(self, start: int, end: int) -> date | None:
        """The day a sentence states (a day, or the first of a range), else the publication date."""
        s, e = self.sentence(start, end)
        i = bisect.bisect_left(self.date_starts, s)
        while i < len(self.dates) and self.date_starts[i] < e:
            when = self.dates[i].when
            if when is not None and when.is_exact:
                return when.earliest
            i += 1
        return self.published

    def sentence_period(self, start: int, end: int) -> When | None:
        """
        The period a sentence states when it states no exact day: its first month, year or
        range ("in July 2024", "in 2019"), or the year before the publication date ("last
        year"), before the publication date (one that holds the publication date says no
        more than it); else ``None``.
        """
        s, e = self.sentence(start, end)
        i = bisect.bisect_left(self.date_starts, s)
        found: When | None = None
        while i < len(self.dates) and self.date_starts[i] < e:
            when = self.dates[i].when
            if when is not None and when.is_exact:
                return None  # a day: sentence_date gives it
            if found is None and when is not None and when.earliest is not None and when.latest is not None:
                found = when
            i += 1
        if found is None and self.published is not None and _LAST_YEAR.search(self.text, s, e):
            found = When.in_year(self.published.year - 1)  # "Last year, President To Lam ..."
        if found is None or (self.published is not None and found.contains(self.published)):
            return None
        return found

    def countries_near(self, start: int, end: int) -> list[str]:
        """Countries a sentence names (a country, body, place, event, person or adjective), nearest first."""
        s, e = self.sentence(start, end)
        found: list[tuple[int, str]] = []
        for ns, ne, rid in self.within(self.named, s, e):
            country = self.index.country_of.get(rid)
            penalty = 0
            if country is None:
                country, penalty = self.index.person_country.get(rid), 1000  # a person says less than a body
            if country:
                found.append((min(abs(ns - end), abs(start - ne)) + penalty, country))
        for m in _COUNTRY_WORD.finditer(self.text, s, e):
            country = _QUALIFIER_COUNTRY.get(" ".join(m[1].lower().split()))
            if country:
                found.append((min(abs(m.start() - end), abs(start - m.end())), country))
        return list(dict.fromkeys(c for _d, c in sorted(found)))

    def other_country(self, start: int, end: int) -> str | None:
        """
        The nearest country or bloc other than Vietnam and Laos that the sentence around
        ``text[start:end]`` names ("Vietnam-Cambodia trade", "Thái Lan", "ASEAN"), as written;
        ``None`` when it names none, or when only other clauses do and the span's own clause
        names both Vietnam and Laos ("Laos' trade with Vietnam reached ..., second after China").

        What stands next to such a name may be about that country, which the record does not
        know: a judge says so (``unknown``) rather than compare it with Vietnam's and Laos's.
        """
        s, e = self.sentence(start, end)
        others = self._others.get((s, e))
        if others is None:  # found once a sentence: its figures and ordinals ask in turn
            others = self._others[s, e] = other_countries().find(self.text, s, e)
        if not others:
            return None
        before, after = self.sentences.clause(start, end)
        clause = (max(s, before + 1), min(e, after))
        inside = [(at, name) for at, name in others if clause[0] <= at < clause[1]]
        if not inside and {"VN", "LA"} <= self._countries_in(*clause):
            return None
        return min(
            inside or others, key=lambda o: (min(abs(o[0] - end), abs(start - o[0] - len(o[1]))), o[0])
        )[1]

    def whole_trade(self, start: int, end: int) -> str | None:
        """
        The words that make the trade of the sentence around ``text[start:end]`` other than
        Vietnam–Laos trade, as written, or ``None``.

        Trade is the two countries' when the sentence names both, has a bilateral word
        ("two-way", "song phương") or a partner word before one of them ("trade with Laos",
        "with our Lao friends").  Otherwise a word of the world ("global trade", "ngoại
        thương") or a single country ("Laos' total trade", "Vietnam's import-export turnover")
        makes it trade with the world, which the record does not hold.  A sentence that names
        neither is read in its article's context: ``None``.
        """
        s, e = self.sentence(start, end)
        key = (s, e)
        if key not in self._whole:  # the same for every figure of the sentence
            self._whole[key] = self._whole_trade(s, e)
        return self._whole[key]

    def _whole_trade(self, s: int, e: int) -> str | None:
        """:meth:`whole_trade` of the sentence ``text[s:e]``."""
        text = self.text
        named = self._two_named(s, e)
        if (
            len({country for _ns, _ne, country in named}) == 2
            or _BILATERAL.search(text, s, e)
            or any(_PARTNER_BEFORE.search(text, max(s, ns - 24), ns) for ns, _ne, _c in named)
        ):
            return None
        whole = _WHOLE.search(text, s, e)
        if whole is not None:
            return whole[0]
        return text[named[0][0] : named[0][1]] if named else None

    def _countries_in(self, start: int, end: int) -> set[str]:
        """Vietnam and Laos, as named in ``text[start:end]`` by name or by adjective."""
        return {country for _s, _e, country in self._two_named(start, end)}

    def _two_named(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Where ``text[start:end]`` names Vietnam or Laos, by name or adjective ("Lao", "Việt"), in order."""
        found = [(ns, ne, rid) for ns, ne, rid in self.within(self.named, start, end) if rid in ("VN", "LA")]
        for m in _COUNTRY_WORD.finditer(self.text, start, end):
            country = _QUALIFIER_COUNTRY.get(" ".join(m[1].lower().split()))
            if country:
                found.append((m.start(1), m.end(1), country))
        return sorted(found)

    def foundings_near(self, ordinal: OrdinalMention) -> list[str]:
        """
        The foundings an anniversary counts from: named with it or right after it (or the
        subject's, after "its"), else a national day's.

        A country stands for its national day only where national-day words stand with the
        ordinal ("the 50th National Day", "the 50th anniversary of its National Day") and no
        other country is named: "the 63rd anniversary of relations between Vietnam and Laos"
        and "Japan marks its 70th anniversary of ties with Laos" count from nothing the record
        holds.
        """
        start, end = ordinal.span
        s, e = self.sentence(start, end)
        national = (
            ordinal.noun == "national-day"
            or _NATIONAL_DAY.search(self.text, max(s, start - 60), min(e, end + 60)) is not None
        ) and self.other_country(start, end) is None
        named = self._named_founding(start, end, (s, e), countries=national)
        if named is not None:
            return named
        if ordinal.noun == "years" or not national:
            return []
        index = self.index
        countries = self.countries_near(start, end) or list(index.national_day)
        return [index.national_day[c] for c in countries if c in index.national_day]

    def _named_founding(
        self, start: int, end: int, sentence: tuple[int, int], *, countries: bool
    ) -> list[str] | None:
        """The founding a name near an ordinal gives (a country's only when ``countries``), or ``None``."""
        s, e = sentence
        index = self.index

        def founding_of(rid: str) -> str | None:
            return None if not countries and rid in index.national_day else index.founding_of(rid)

        if is_lao(self.text[start]):  # Lao names what it counts first: "ວັນຊາດ ສປປ ລາວ ຄົບຮອບ 50 ປີ"
            for ns, _ne, rid in reversed(self.within(self.named, max(s, start - 60), start)):
                founding = founding_of(rid)
                if founding is not None:
                    return self._death_or(founding, max(s, ns - 24), start)
        for _ns, ne, rid in self.within(self.named, max(s, start - 200), min(e, end + 90)):
            founding = founding_of(rid) if ne > start else None
            if founding is not None:
                return self._death_or(founding, start, min(e, ne + 16))
        if _POSSESSIVE_BEFORE.search(self.text, max(s, start - 12), start):
            # "the Party marks its 75th anniversary": the founding of the subject, the last one named
            for ns, _ne, rid in reversed(self.within(self.named, s, start)):
                founding = founding_of(rid)
                if founding is not None:
                    return self._death_or(founding, ns, start)
        return None

    def _death_or(self, founding: str, lo: int, hi: int) -> list[str]:
        """
        A person's death instead of their birth when a death word stands with the anniversary
        ("the 56th anniversary of President Ho Chi Minh's death", "56 năm ngày mất"); nothing
        when the record has no such death (the birth would give a wrong year).
        """
        birth = self.index.foundings[founding]
        if birth.person is None or not _DEATH_WORDS.search(self.text, lo, hi):
            return [founding]
        for fid, other in self.index.foundings.items():  # a dozen foundings: no index needed
            if other.death_of == birth.person:
                return [fid]
        return []

    # titles ------------------------------------------------------------------------------------
