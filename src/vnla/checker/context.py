# SPDX-License-Identifier: MIT
"""
What a reader or a judge may ask about the chunk it works on: the text and its language,
the publication date, the sentence around a span and its language and date, the candidates
the matcher found in a stretch.  What countries a sentence is about is its ``scope``
(:class:`~vnla.checker.scope.SentenceScope`), what its anniversaries count from its
``foundings`` (:class:`~vnla.checker.foundings.Foundings`), and what foundings, births and
deaths its dates are of its ``founding_dates``
(:class:`~vnla.checker.founding_dates.FoundingDates`).

A :class:`Context` is made per chunk by the checker; readers add what they read (dates,
ordinals) for the judges that need it, and judges append their drafts to ``drafts``.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any, Final

from vnla.checker.founding_dates import FoundingDates
from vnla.checker.foundings import Foundings
from vnla.checker.language import _sentence_lang
from vnla.checker.positions import Positions
from vnla.checker.scope import SentenceScope
from vnla.checker.sentences import Sentences, quotations
from vnla.checker.vocabulary import (
    _COMMA_AND,
    _LAST_YEAR,
    _OPENING_PRONOUN,
    _PRESENT,
    _THAT_TIME,
    _WRITERS_COUNTRY,
    words_end,
)
from vnla.model.records import When

if TYPE_CHECKING:
    from datetime import date

    from vnla.checker.drafts import _Match, _NameOutcome, _Proto
    from vnla.checker.index import _Index
    from vnla.checker.mentions import TitleMention
    from vnla.checker.scan import Scan
    from vnla.lang.parsing import DateMention, OrdinalMention
    from vnla.model.records import Erratum

__all__ = ["Caches", "Context"]

#: Entries a checker's caches of judgments keep before they start again.
_CACHE_SIZE: Final = 50_000
#: A field's line of a record: a label of a few words and a colon ("Presented by: ...").
_FIELD_LINE: Final = re.compile(
    r"[^\S\n]{0,12}+(?<![\w'’.-])[^\W\d_][\w'’.-]*+(?:[^\S\n][\w'’.-]++){0,3}+[^\S\n]*+:[^\S\n]"
)
#: How many lines above a field's line its block's date may stand.
_BLOCK_LINES: Final = 8


def _years_long(when: When) -> bool:
    """
    Whether days run over a year or more: a founding's day and its anniversary's ("(2/12/1975 –
    2/12/2025)"), which date no event of their sentence.
    """
    first, last = when.earliest, when.latest
    return first is not None and last is not None and (last - first).days > 366


def _gap(span: tuple[int, int], start: int, end: int) -> int:
    """How many characters lie between ``span`` and ``text[start:end]`` (0 when they meet)."""
    return max(0, span[0] - end, start - span[1])


#: What a semicolon, or a comma and "and", between a date and words adds to their gap: a date
#: of the words' own clause is nearer than any of another clause.
_ANOTHER_CLAUSE: Final = 1 << 20


def _clause_gap(text: str, span: tuple[int, int], start: int, end: int) -> int:
    """
    :func:`_gap`, and more than any gap within a clause when a semicolon, or a comma and "and",
    lies between: "When To Lam visited Laos in July 2024 he did so as State President; by
    December 2025 ..." dates the title July 2024, not the nearer December 2025.

    >>> text = "in July 2024 he was President; by December 2025"
    >>> _clause_gap(text, (3, 12), 20, 29), _clause_gap(text, (34, 47), 20, 29) > 1000
    (8, True)
    """
    gap = _gap(span, start, end)
    lo, hi = (span[1], start) if span[1] <= start else (end, span[0])
    if lo < hi and (text.find(";", lo, hi) >= 0 or ("," in text[lo:hi] and _COMMA_AND.search(text, lo, hi))):
        return gap + _ANOTHER_CLAUSE
    return gap


#: A short apposition after a person's name: ", the Red Prince " (one to five words).
_APPOSITION: Final = re.compile(r",[^\S\n]++(?:[^\W\d_][\w'’-]*+[^\S\n]++){1,5}")
#: The longest such apposition, in characters.
_APPOSITION_REACH: Final = 48


class Caches:
    """A checker's caches of judgments, shared by the chunks it checks (never pickled)."""

    __slots__ = ("befores", "near", "titles")

    def __init__(self) -> None:
        #: (event kinds, ids, bounds of a date) -> the dated records near it, and whether they
        #: are those of the kind a far event's title describes
        self.near: dict[tuple[Any, ...], tuple[list[Any], bool]] = {}
        #: (person, titles, day, language) -> the verdict on the titles
        self.titles: dict[tuple[Any, ...], _Proto] = {}
        #: the words before a title -> (a deputy's title, a former title, one of that time)
        self.befores: dict[str, tuple[str | None, bool, bool]] = {}


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
        #: the chains of titles with their person, in order of position (a date after one may
        #: say since when the person holds the office: :mod:`vnla.checker.judges.tenure`)
        self.titles: list[TitleMention] = []
        self.anchors: dict[str, list[tuple[int, int]]] | None = None
        #: day words read against the day of the speech they stand in (span -> that day)
        self.speech_days: dict[tuple[int, int], date] = {}
        #: those of them read against the day of the log's or diary's entry they stand in
        self.entry_days: set[tuple[int, int]] = set()
        #: a date the dates judge found wrong for a record with a day of its own: its start ->
        #: the record's first and last day, which date its sentence for the other judges (a
        #: wrong day dates no other claim: "the Joint Statement signed on 12/2/2025, which
        #: added ..."). The dates are judged before every other stage, whose judges read it
        #: (:mod:`vnla.checker.registry`).
        self.corrected_days: dict[int, tuple[date, date]] = {}
        #: dates that say since when a person holds an office (their starts): no day of the
        #: sentence's events ("President Luong Cuong, elected in October 2024, met him"); the
        #: dates judge marks them before the other judges run, as for ``corrected_days``
        self.tenure_dates: set[int] = set()
        #: dates of a founding, a birth or a death the dates judge found (their starts): no day
        #: of the sentence's events either ("The Lao PDR was proclaimed on 2 December 1975, and
        #: the jubilee brought ... General Secretary To Lam": his title is not 1975's)
        #: (where they start, and the founding, birth or death)
        self.founding_days: dict[int, str | None] = {}
        #: dates the dates judge found a recorded event for (where they start, and the event's
        #: id): no day of another event of the sentence ("..., his first trip abroad after the
        #: 11th Congress": the visit's day, which dates no congress)
        self.event_dates: dict[int, str] = {}
        #: the chunk's quotations (see :meth:`quote_around`), found when first asked
        self._quotes: list[tuple[int, int]] | None = None
        #: the judges' drafts of findings
        self.drafts: list[_Proto] = []
        #: where the drafts start, once sorted for a judge that revises them (errata)
        self.draft_starts: list[int] | None = None
        #: the spans of names a judge has judged again: its draft stands for them
        self._again: set[tuple[int, int]] = set()
        positions = Positions()
        #: the items of a sorted list of the chunk's that start in a stretch (see :class:`Positions`)
        self.within = positions.within
        self.starts = positions.starts
        #: the countries a sentence is about
        self.scope = SentenceScope(self.text, self.index, self.named, self.sentences, positions)
        #: what an anniversary counts from
        self.foundings = Foundings(self.scope, day_first=self.lang != "en")
        #: what a date may be the date of: a founding, a birth, a death
        self.founding_dates = FoundingDates(self.scope)

    def quote_around(self, start: int, end: int) -> tuple[int, int] | None:
        """The quotation that holds ``text[start:end]``, if any (see :func:`.sentences.quotations`)."""
        if self._quotes is None:
            self._quotes = quotations(self.text)
        i = bisect.bisect_right(self._quotes, (start, len(self.text) + 1)) - 1
        if i >= 0 and self._quotes[i][0] <= start and end <= self._quotes[i][1]:
            return self._quotes[i]
        return None

    def set_ordinals(self, ordinals: list[OrdinalMention]) -> None:
        """The chunk's ordinals, in order of position, and where they start (for the foundings too)."""
        self.ordinals = ordinals
        self.ordinal_starts = self.foundings.ordinal_starts = [o.span[0] for o in ordinals]
        self.foundings.ordinal_ends = [o.span[1] for o in ordinals]

    def ordinals_in(self, s: int, e: int) -> list[OrdinalMention]:
        """The chunk's ordinals that start in ``text[s:e]``, in order."""
        lo = bisect.bisect_left(self.ordinal_starts, s)
        return self.ordinals[lo : bisect.bisect_left(self.ordinal_starts, e, lo)]

    def person_between(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        """
        Whether a person is named between two spans: a date and a congress with a person
        between are of two clauses ("On 26 January 2026 To Lam recalled the 13th Congress").
        """
        lo, hi = min(a[1], b[1]), max(a[0], b[0])
        return lo < hi and bool(self.within(self.persons, lo, hi))

    def writers_party(self, start: int, end: int) -> str | None:
        """
        The party of the writer's country, by the language of the sentence around
        ``text[start:end]`` (``_WRITERS_COUNTRY``): what "Đảng ta" (our Party) means, the CPV in
        Vietnamese, the LPRP in Lao; ``None`` in another language.
        """
        country = _WRITERS_COUNTRY.get(self.lang_at(start, end))
        return None if country is None else self.index.party_of_country.get(country)

    def judge_name_again(self, start: int, end: int) -> None:
        """
        Leave the name found at ``text[start:end]`` out of the findings: the judge that calls
        this drafts a finding for it instead (a wording in a sentence about another country).
        """
        self._again.add((start, end))

    def judged_again(self, start: int, end: int) -> bool:
        """Whether a judge drafts the name at ``text[start:end]``'s finding (:meth:`judge_name_again`)."""
        return (start, end) in self._again

    def names(self) -> list[tuple[int, int, _NameOutcome]]:
        """The names found, ``(start, end, outcome)`` in order, but those a judge has judged again."""
        if not self._again:
            return self.hits
        again = self._again
        return [hit for hit in self.hits if (hit[0], hit[1]) not in again]

    def person_before(self, at: int) -> str | None:
        """
        The person whose name ends right before ``text[at]`` (spaces between at most), or before
        a short apposition that names nothing ("Souphanouvong, the Red Prince (1909-1995)").
        """
        text = self.text
        end = words_end(text, at)
        found = self.person_ending(end)
        if found is not None:
            return found
        comma = text.rfind(",", max(0, end - _APPOSITION_REACH), end)
        if comma < 0 or _APPOSITION.fullmatch(text + " ", comma, end + 1) is None:
            return None
        return None if self.within(self.named, comma, end) else self.person_ending(comma)

    def person_ending(self, end: int) -> str | None:
        """The person whose name ends at ``end``."""
        names = self.within(self.persons, max(0, end - 80), end)
        return next((pid for _s, e, pid in names if e == end), None)

    def lang_at(self, start: int, end: int) -> str:
        """
        The language of the sentence around ``text[start:end]``: the text's, unless its words say otherwise.

        A canonical form is written for the sentence it would replace: the
        Vietnamese quote in an English report gets a Vietnamese date.
        """
        s, e = self.sentence(start, end)
        return _sentence_lang(self.text[s:e], self.lang)

    def of_no_event(self, start: int) -> bool:
        """
        Whether the date at ``start`` says since when an office is held, or dates a founding or a
        life, or is quoted alone: words cited, not a time its sentence speaks of ('dated the set
        to "July 2023". That was a keying error').
        """
        return start in self.tenure_dates or start in self.founding_days or self.quoted_alone(start)

    def in_a_date(self, at: int) -> bool:
        """Whether a date mention holds ``text[at]`` ("3rd" in "February 3rd", a month in "5 September")."""
        i = bisect.bisect_right(self.date_starts, at) - 1
        return i >= 0 and at < self.dates[i].span[1]

    def quoted_alone(self, start: int) -> bool:
        """
        Whether the date at ``start`` is quoted alone: a quotation holds it and nothing else
        ('to "July 2023".'; :meth:`quote_around`).
        """
        i = bisect.bisect_left(self.date_starts, start)
        if i == len(self.date_starts) or self.date_starts[i] != start:
            return False
        span = self.dates[i].span
        return self.quote_around(*span) == span

    def sentence_date(self, start: int, end: int) -> date | None:
        """
        The day a sentence states (a day, or the first of a range; for a day the dates judge
        found wrong, the day of the record it is wrong for), the nearest to ``text[start:end]``
        of several, else the publication date.
        """
        return self.sentence_day(start, end)[0]

    def sentence_day(self, start: int, end: int) -> tuple[date | None, bool]:
        """
        :meth:`sentence_date`, and whether its year is one the text does not give (a day written
        without its year, "on 11-12 July", whose year is the one nearest the publication).
        """
        s, e = self._dated_by(start, end)
        best: tuple[int, date, bool] | None = None
        i = bisect.bisect_left(self.date_starts, s)
        while i < len(self.dates) and self.date_starts[i] < e:
            mention = self.dates[i]
            when = mention.when
            if (
                when is not None
                and when.is_exact
                and when.earliest is not None
                and not _years_long(when)
                and not self.of_no_event(self.date_starts[i])
            ):
                corrected = self.corrected_days.get(self.date_starts[i])
                gap = _clause_gap(self.text, mention.span, start, end)
                if best is None or gap < best[0]:
                    # a day without its year is a guess, unless the dates judge found the
                    # recorded event of that guess ("on 26-27/1", the visit of 2026)
                    guessed = (
                        corrected is None
                        and mention.needs_year
                        and not mention.relative
                        and not self._of_its_event(self.date_starts[i], when)
                    )
                    best = (gap, when.earliest if corrected is None else corrected[0], guessed)
            i += 1
        return (self.published, False) if best is None else (best[1], best[2])

    def _of_its_event(self, start: int, when: When) -> bool:
        """
        Whether the dates judge found the recorded event of a day written without its year, in
        the year guessed for it: the event's days hold the day ("on 26-27/1", the visit of
        January 2026, in a text of that month).
        """
        found = self.event_dates.get(start)
        event = None if found is None else self.index.records.get(found)
        held = getattr(event, "when", None)
        return (
            isinstance(held, When)
            and held.earliest is not None
            and when.earliest is not None
            and held.earliest <= when.earliest <= (held.latest or held.earliest)
        )

    def dated_in(self, s: int, e: int) -> bool:
        """Whether a date starts in ``text[s:e]``."""
        return self.first_date_in(s, e) is not None

    def first_date_in(self, s: int, e: int) -> int | None:
        """Where the first date that starts in ``text[s:e]`` starts, or ``None``."""
        i = bisect.bisect_left(self.date_starts, s)
        return self.date_starts[i] if i < len(self.date_starts) and self.date_starts[i] < e else None

    def _dated_by(self, start: int, end: int) -> tuple[int, int]:
        """
        The text whose dates date ``text[start:end]``: its sentence, if that states a date; else
        the nearest line above of its block of field lines that does (:meth:`_field_above`), or
        the sentence before, where its own says "that day" or "that year" (the word files'
        ``dates.that_day_words`` and ``ordinals.that_year_words``: "... signed on 18 July 1977.
        The treaty that President Kaysone Phomvihane signed that day ..."); else its sentence.
        """
        s, e = self.sentence(start, end)
        if self.dated_in(s, e):
            return s, e
        field = self._field_above(start)
        if field is not None:
            return field
        if s >= 2 and (
            _THAT_TIME.search(self.text, s, e) is not None
            or (_OPENING_PRONOUN.match(self.text, s) is not None and _PRESENT.search(self.text, s, e) is None)
        ):
            ps, pe = self.sentence(s - 2, s - 1)
            if self.dated_in(ps, pe) and "\n\n" not in self.text[pe:s]:
                return ps, pe
        return s, e

    def _field_above(self, at: int) -> tuple[int, int] | None:
        """
        For a field's line ("Presented by: ...") at ``at``, the nearest line above it in its block
        of field lines that states a date ("Occasion: state visit ..., 10–14 September 2024"): a
        record's fields share its date.  ``None`` for another line, or when the block has none.
        """
        text = self.text
        line = text.rfind("\n", 0, at) + 1
        if _FIELD_LINE.match(text, line) is None:
            return None
        for _ in range(_BLOCK_LINES):
            if line == 0:
                return None
            above = text.rfind("\n", 0, line - 1) + 1
            if _FIELD_LINE.match(text, above, line - 1) is None:
                return None  # a blank line or another line ends the block
            if self.dated_in(above, line - 1):
                return above, line - 1
            line = above
        return None

    def sentence_period(self, start: int, end: int) -> When | None:
        """
        The period a sentence states when the date it states nearest ``text[start:end]`` is no
        exact day: a month, a year or a range ("in July 2024", "in 2019", "26 - 27/1/2026": a
        title is held on one of its days), or the year before the
        publication date ("last year"), before the publication date (one that holds the
        publication date says no more than it); else ``None``.  "... in 2023 ..., and the visits
        of 2024, two months after President To Lam had visited Laos": the title is 2024's.
        """
        s, e = self._dated_by(start, end)
        i = bisect.bisect_left(self.date_starts, s)
        best: tuple[int, When | None] | None = None
        while i < len(self.dates) and self.date_starts[i] < e:
            mention = self.dates[i]
            when = mention.when
            if self.of_no_event(self.date_starts[i]) or when is None:
                i += 1
                continue
            gap = _clause_gap(self.text, mention.span, start, end)
            corrected = self.corrected_days.get(self.date_starts[i])
            if corrected is not None and corrected[0] != corrected[1]:
                # days the dates judge found wrong: the record's days they are wrong for date
                # the sentence ("visited as President on 11-12 July 2023": the visit of 2024)
                when = When.between(*corrected)
            if best is None or gap < best[0]:
                if when.is_exact and (when.earliest == when.latest or _years_long(when)):
                    best = (gap, None)  # a day: sentence_date gives it
                elif when.earliest is not None and when.latest is not None:
                    best = (gap, when)
            i += 1
        if best is not None and best[1] is None:
            return None
        found = None if best is None else best[1]
        if found is None and self.published is not None and _LAST_YEAR.search(self.text, s, e):
            found = When.in_year(self.published.year - 1)  # "Last year, President To Lam ..."
        if found is None or (self.published is not None and found.contains(self.published)):
            return None
        return found
