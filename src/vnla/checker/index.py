# SPDX-License-Identifier: MIT
"""
The index of one dataset: every key the matcher looks for (names, titles, event words,
anchors of figures and dates, errata) and the lookups the judges use, built once per dataset.
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from typing import TYPE_CHECKING, Any, Final

import ahocorasick  # type: ignore[import-not-found]
from attrs import frozen

from vnla.checker.folding import _WORD_CHARS, _bare_key, _key_variants, _pattern_key
from vnla.checker.readers.amounts import grammar as _amount_grammar
from vnla.checker.swaps import swapped_pattern, swapped_wordings
from vnla.checker.vocabulary import (
    _CUE_WORDS,
    _METRIC_EXTRA,
    _ORDINAL_HEADS,
    _ORDINAL_WORDS,
    _ROLE_WORDS,
    _WEEKDAY_WORDS,
    _alternation,
)
from vnla.lang.lao import LAO_DIGITS, is_lao, unspaced
from vnla.lang.lao import spellings as _spellings
from vnla.lang.months import anchor_phrases
from vnla.lang.words import LANGUAGES, merged
from vnla.lang.words import words as _words_of
from vnla.model.records import Erratum, Event, EventKind, NameKind, ParticipantRole, Target

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from vnla.model.records import HolderList, Name, When
    from vnla.record.dataset import Dataset

__all__: list[str] = []

#: The parts at an event beside its principals' (:attr:`_Index.principals_of`).
_BESIDE: Final = frozenset(
    {ParticipantRole.ATTENDEE, ParticipantRole.WITNESS, ParticipantRole.DELEGATION, ParticipantRole.SPOUSE}
)


class _Pat:
    """One key of the automaton and everything it may be: names, a title, an event word, an anchor…"""

    __slots__ = (
        "amount_word",
        "anchor",
        "cue_texts",
        "cues",
        "errata",
        "events",
        "exact",
        "key",
        "left",
        "length",
        "names",
        "right",
        "role",
        "role_exact",
        "selectable",
        "transparent",
    )

    def __init__(self, key: str) -> None:
        self.key = key
        self.length = len(key)
        self.left = key[0] in _WORD_CHARS
        self.right = key[-1] in _WORD_CHARS
        self.exact = " " not in key and "-" not in key  # one word: matched as written
        #: (record id, record kind, name) for each record with a name of this key.
        self.names: list[tuple[str, str, Name]] = []
        #: The role a title of this key names ("" for a head of a body), and its text.
        self.role: tuple[str, str] | None = None
        self.role_exact = False
        self.cues: frozenset[str] = frozenset()
        #: The event words of this key as the word files write them (a one-word one matches only
        #: so: "thăm", a visit, is not "Tham mưu").
        self.cue_texts: tuple[str, ...] = ()
        self.anchor: str | None = None
        self.errata: list[Erratum] = []
        self.selectable = False
        #: The events, mechanisms and documents with a name of this key: what a date near it may mean.
        self.events: tuple[str, ...] = ()
        #: A key of several words that names events only: a title written like a headline
        #: ("Tổng Bí thư Tô Lâm hội đàm với …"), inside which people, titles, bodies and places
        #: are still read and judged, so a title in the record never hides what it names.
        self.transparent = False
        #: A word of an amount or a ratio in words ("billion", "twice"): where the amounts reader
        #: reads, found wherever it stands, even inside a longer word.
        self.amount_word = False


#: The words of a key (a Lao word runs on to the next space).
_WORDS: Final = re.compile(r"\w+")

_NAMED_KINDS: Final = frozenset(
    {
        "person",
        "organization",
        "place",
        "country",
        "framework-element",
        "project",
        "document",
        "mechanism",
        "founding",
        "event",
    }
)


def _holder_lists(ds: Dataset) -> dict[tuple[str, str], tuple[tuple[str, HolderList], ...]]:
    """The bodies' lists of every holder of a role, by the role and the body's country."""
    out: dict[tuple[str, str], tuple[tuple[str, HolderList], ...]] = {}
    for org in ds.organizations:
        for listed in org.holder_lists:
            key = (listed.role, org.country or "")
            out[key] = (*out.get(key, ()), (org.id, listed))
    return out


def _shape(p: _Pat) -> int:
    if p.amount_word:
        return 3
    if p.anchor is None and not p.errata:
        return 1 if p.selectable else 0
    return 2 if p.anchor == "digit" and not p.selectable and not p.errata else 0


class _Index:
    """Everything the checker needs from one dataset, built once per dataset."""

    def __init__(self, ds: Dataset) -> None:
        self.records: dict[str, Any] = {rid: ds.get(rid) for rid in ds.ids}
        self.kinds: dict[str, str] = {rid: ds.kind_of(rid) or "" for rid in ds.ids}
        self.role_names: dict[str, str] = {
            t.id: t.name.preferred("en") for t in ds.terms if t.vocabulary.value == "role"
        }
        #: (role, language) -> the role's title in that language, for canonical forms outside English
        self.role_titles: dict[tuple[str, str], str] = {
            (t.id, n.lang): n.text
            for t in ds.terms
            if t.vocabulary.value == "role"
            for n in reversed(t.names)  # the first name of a language wins
            if n.lang != "en"
        }
        # a role the record names in no other language: the title word of that language's file
        for lang in LANGUAGES[1:]:
            for word, role in _words_of(lang).get("titles", "roles").items():
                if role:
                    self.role_titles.setdefault((role, lang), word)
        one_holder = {t.id for t in ds.terms if t.one_holder}
        #: the roles one person holds at a time in each body (``Term.one_holder``)
        self.one_holder: frozenset[str] = frozenset(one_holder)
        #: the roles that head their body (``Term.head``): who holds one is no deputy besides
        self.heads: frozenset[str] = frozenset(t.id for t in ds.terms if t.head)
        #: a deputy's role -> the role of its body's head (``Term.deputy_of``)
        self.deputy_of: dict[str, str] = {t.id: t.deputy_of for t in ds.terms if t.deputy_of is not None}
        #: (role, body) of an office one person holds at a time -> each term the record has of
        #: it: (the holder, the term's start, its end)
        self.holders: dict[tuple[str, str], list[tuple[str, When | None, When | None]]] = defaultdict(list)
        for person in ds.people:
            for office in person.offices:
                if office.role in one_holder:
                    self.holders[office.role, office.organization] += [
                        (person.id, t.start, t.end) for t in office.all_terms
                    ]
        #: the framework's swapped wordings (one element's word, another's qualifier) -> the
        #: elements whose word they have, and a pattern of them
        self.swaps = swapped_wordings(tuple(ds.framework_elements))
        self.swapped = swapped_pattern(self.swaps)
        self.org_kind = {o.id: o.kind.value for o in ds.organizations}
        self.person_country = {p.id: p.country for p in ds.people if p.country}
        #: each person's spouse, as either of the two records holds it
        self.spouses = {p.id: p.spouse for p in ds.people if p.spouse} | {
            p.spouse: p.id for p in ds.people if p.spouse
        }
        #: the framework's stages (:meth:`FrameworkStage.in_force` says which held on a day)
        self.framework_stages = tuple(ds.framework_stages)
        self._countries(ds)
        self._events(ds)
        self._anniversaries(ds)
        self._targets(ds)
        self.pats: list[_Pat] = []
        self._by_key: dict[str, _Pat] = {}
        self._keys(ds)
        # What the automaton gives for a key: (length, check the left edge, check the right edge,
        # what it is, index in ``pats``), what it is being 1 for a name, title or event word only,
        # 0 for anything else (an anchor, an erratum, or several), 3 for an amount's word (and
        # maybe more: its edges are checked by the matcher, as the word counts inside others too);
        # a digit only (2) is no key.
        automaton = ahocorasick.Automaton()
        # The keys that start with an ASCII character, for a folded text that is ASCII (most): no
        # other key matches there, and the matches come in the same order; pyahocorasick tries a
        # state's letters in turn, and half the first letters are Lao or Thai.
        ascii_automaton = ahocorasick.Automaton()
        for i, p in enumerate(self.pats):
            shape = _shape(p)
            if shape != 2:  # a digit is found by the matcher's regular expression, not one call each
                edges = shape != 3
                automaton.add_word(p.key, (p.length, p.left and edges, p.right and edges, shape, i))
                if p.key[:1].isascii():
                    ascii_automaton.add_word(p.key, (p.length, p.left and edges, p.right and edges, shape, i))
        automaton.make_automaton()
        self.automaton = automaton
        ascii_automaton.make_automaton()
        self.ascii_automaton = ascii_automaton if len(ascii_automaton) else automaton
        #: What the matcher's selection asks of each key (by index in ``pats``): whether it is one
        #: word (matched as written), an event's title read through, a name; its events, whether
        #: it is a title, its event words' kinds.
        self.select_flags: list[tuple[bool, bool, bool, tuple[str, ...], bool, frozenset[str]]] = [
            (p.exact, p.transparent, bool(p.names), p.events, p.role is not None, p.cues) for p in self.pats
        ]
        #: Runs of the keys that are digits only (found by this, not by the automaton), and of
        #: Lao digits ("໒,໓໖ ຕື້ ໂດລາ": text with Lao is read this way); written "[0-9][0-9]*",
        #: not "[0-9]+", so that the regex engine skips ahead to a digit.
        keys = [p.key for p in self.pats if _shape(p) == 2]
        digits = "".join(re.escape(key) for key in keys) + (LAO_DIGITS if keys else "")
        self.digits = re.compile(f"[{digits}][{digits}]*" if digits else "(?!)")
        #: The same in ASCII text, many times faster: with every digit made the first by
        #: ``digit_table`` (a ``bytes.translate`` table), a run is a run of that one byte, which
        #: the regex engine finds with a plain search for a byte.
        self.digit_table: bytes | None = None
        self.digit_runs: re.Pattern[bytes] = re.compile(b"(?!)")
        if keys and all(len(key) == 1 and key.isascii() for key in keys):
            table = bytearray(range(256))
            for key in keys:
                table[ord(key)] = ord(keys[0])
            self.digit_table = bytes(table)
            first = re.escape(keys[0].encode("ascii"))
            self.digit_runs = re.compile(first + first + b"*")

    def _countries(self, ds: Dataset) -> None:
        """The country of each country, body, place, and event of a body."""
        self.country_of: dict[str, str] = {c.id: c.id for c in ds.countries}
        #: the countries' state names (formal names and abbreviations: "Lao PDR", "CHDCND Lào"),
        #: by :func:`_bare_key`: an anniversary of one counts from the state's founding
        self.state_names: dict[str, str] = {
            _bare_key(n.text): c.id
            for c in ds.countries
            for n in c.names
            if n.kind in (NameKind.FORMAL, NameKind.ABBREVIATION)
        }
        #: the short names of documents ("Joint Statement", "Tuyên bố chung"), by
        #: :func:`_bare_key`: a kind of document anyone may issue, the recorded one only when
        #: nothing says another is meant (:func:`vnla.checker.judges.dates._belongs`)
        self.generic_documents: frozenset[str] = frozenset(
            _bare_key(n.text) for d in ds.documents for n in d.names if n.kind is NameKind.SHORT
        )
        #: the parties of each document (countries and bodies)
        self.parties_of: dict[str, frozenset[str]] = {d.id: frozenset(d.parties) for d in ds.documents}
        #: a body's lists of every holder of a role over a span (``Organization.holder_lists``), by
        #: the role and the body's country: (the body, the list)
        self.holder_lists = _holder_lists(ds)
        for org in ds.organizations:
            if org.country:
                self.country_of[org.id] = org.country
        for place in ds.places:
            if place.country:
                self.country_of[place.id] = place.country
        for event in ds.events:
            if event.organization and event.organization in self.country_of:
                self.country_of[event.id] = self.country_of[event.organization]

    def _events(self, ds: Dataset) -> None:
        """Events by kind and mechanism, who took part, congresses by party."""
        self.events_by_kind: dict[str, list[Event]] = defaultdict(list)
        self.events_by_mechanism: dict[str, list[Event]] = defaultdict(list)
        self.active: dict[str, list[date]] = defaultdict(list)
        self.people_of = {e.id: frozenset(e.people()) for e in ds.events}
        #: the people who led an event, not only attended it (a host, a visitor, a co-chair ...)
        self.principals_of = {
            e.id: frozenset(p.person for p in e.participants if p.person and p.role not in _BESIDE)
            for e in ds.events
        }
        #: by person, the events that two or more people led, this person among them
        self.co_led_by: dict[str, list[str]] = defaultdict(list)
        for rid, principals in self.principals_of.items():
            if len(principals) >= 2:
                for pid in sorted(principals):
                    self.co_led_by[pid].append(rid)
        #: the countries whose unnamed people an event has ("meets other high-ranking
        #: Vietnamese leaders": a participant that is a country, not a person)
        self.unnamed_of = {
            e.id: frozenset(p.country for p in e.participants if p.country and not p.person)
            for e in ds.events
        }
        #: by event, the people of the visit it was part of (or it is) and of that visit's events
        family: dict[str, set[str]] = defaultdict(set)
        for e in ds.events:
            family[e.parent or e.id] |= self.people_of[e.id]
        self.visit_people = {e.id: frozenset(family[e.parent or e.id]) for e in ds.events}
        self.congresses: dict[str, dict[int, Event]] = defaultdict(dict)
        #: the years named for the relations ("Solidarity Year"), which a year written right
        #: after their name dates (:mod:`vnla.checker.readers.dates`)
        self.named_years: frozenset[str] = frozenset(
            e.id for e in ds.events if e.kind is EventKind.COMMEMORATIVE_YEAR
        )
        for event in ds.events:
            self.events_by_kind[event.kind.value].append(event)
            if event.mechanism:
                self.events_by_mechanism[event.mechanism].append(event)
            day = event.when.earliest or event.when.latest
            for person in event.people():
                if day is not None:
                    self.active[person].append(day)
            if event.kind is EventKind.CONGRESS and event.ordinal and event.organization:
                self.congresses[event.organization][event.ordinal] = event
        self.party_of_country = {
            self.country_of[org]: org for org in self.congresses if org in self.country_of
        }
        #: the fewest days between two congresses of a party in a row (five years when the record
        #: holds no two): a congress dated less than half of it from the one of its number is
        #: that congress misdated, more is another congress misnumbered
        gaps = [
            (b.when.earliest - a.when.earliest).days
            for by_number in self.congresses.values()
            for n, a in by_number.items()
            if (b := by_number.get(n + 1)) is not None and a.when.earliest and b.when.earliest
        ]
        self.congress_cycle = min(gaps, default=5 * 365)

    def _anniversaries(self, ds: Dataset) -> None:
        """Foundings, what counts from them, and each country's national day."""
        self.foundings = {f.id: f for f in ds.foundings}
        self.founding_of_org = {o.id: o.founding for o in ds.organizations if o.founding}
        # a document counts from the founding that shares one of its names and is dated on its
        # signing: the Treaty of Amity and Cooperation's anniversaries from 18 July 1977
        named_foundings = {(_pattern_key(n.text), f.when): f.id for f in ds.foundings for n in f.names}
        for document in ds.documents:
            for name in document.names:
                if document.signed is None:
                    break
                signing = named_foundings.get((_pattern_key(name.text), document.signed))
                if signing is not None:
                    self.founding_of_org.setdefault(document.id, signing)
        #: A person's birth, which that person's anniversaries count from.
        self.birth_of = {f.person: f.id for f in ds.foundings if f.person}
        #: A person's death, which the anniversaries of their death count from.
        self.death_of = {f.death_of: f.id for f in ds.foundings if f.death_of}
        self.national_day: dict[str, str] = {}
        for founding in ds.foundings:
            if founding.country and any("national day" in n.text.lower() for n in founding.names):
                self.national_day.setdefault(founding.country, founding.id)
        #: what a founding of the two countries is called without them (:func:`_bare_foundings`),
        #: by :func:`_bare_key`, and where such a name is written
        self.bare_foundings, self.bare_pattern, self.bare_langs = _bare_foundings(ds, self.founding_of_org)
        self.anniversaries = {(a.founding, a.ordinal): a for a in ds.anniversaries}
        #: the foundings an event marks, by ordinal: a ceremony may mark two (the 50th National Day
        #: and the 105th birth anniversary of Kaysone Phomvihane)
        self.anniversaries_of_event: dict[str, dict[int, str]] = defaultdict(dict)
        for a in ds.anniversaries:
            if a.event:
                self.anniversaries_of_event[a.event][a.ordinal] = a.founding

    def _targets(self, ds: Dataset) -> None:
        """Targets with an amount, by metric, and targets with a date, with what a sentence must name."""
        self.targets: dict[str, list[Target]] = defaultdict(list)
        for target in ds.targets:
            if target.value is not None:
                self.targets[target.metric].append(target)
        self.metric_words = self._metric_words(ds)
        #: (target, the ids a sentence must name, how many of them) for targets with a date.
        self.dated_targets: list[tuple[Target, frozenset[str], int]] = []
        #: the count of the anniversary a dated target is due by ("the 100th anniversary of ...")
        self.target_counts: dict[str, int] = {}
        for target in ds.targets:
            if target.horizon.when is None:
                continue
            links: set[str] = set()
            enough = 1
            for pid in target.projects:
                places = set(getattr(ds.get(pid), "places", ()))
                if len(places) >= 2:  # "from Vinh to Thanh Thuy border": two of its places
                    links |= places
                    enough = 2
                links.add(pid)
            anniversary = ds.anniversary(target.anniversary) if target.anniversary else None
            if anniversary is not None:
                links.add(anniversary.founding)
                self.target_counts[target.id] = anniversary.ordinal
            if links:
                self.dated_targets.append((target, frozenset(links), enough))
        #: the documents whose names end in their period ("... for the period 2022 - 2027"), as
        #: the periods reader looks for them (:class:`PeriodName`)
        self.period_names: list[PeriodName] = _period_names(ds)

    def _pat(self, key: str) -> _Pat:
        found = self._by_key.get(key)
        if found is None:
            found = self._by_key[key] = _Pat(key)
            self.pats.append(found)
        return found

    def _anchors(self) -> None:
        """
        The words the readers start from: weekdays, ordinal words and heads, words that name an
        anniversary ("centenary"), denials, ratings, other texts ("report", "bài báo"), the
        words that may stand for a document named before ("treaty", "Hiệp ước":
        :mod:`vnla.checker.references`).
        """
        for words, anchor in (
            ((*_WEEKDAY_WORDS, *merged("dates", "day_words"), *anchor_phrases()), "weekday"),
            (_ORDINAL_WORDS, "ordinal"),
            ((*_ORDINAL_HEADS, *merged("ordinals", "age_heads")), "head"),
            (merged("ordinals", "anniversaries"), "anniversary"),
            (merged("sentences", "denials"), "denial"),
            (merged("sentences", "not_denials"), "not-denial"),
            (merged("sentences", "rating_labels"), "rating"),
            (merged("sentences", "correction_words"), "correction"),
            ((*merged("sentences", "denying_sentences"), *merged("sentences", "error_sentences")), "denying"),
            (merged("sentences", "other_texts"), "other-text"),
            (merged("references", "heads"), "reference"),
        ):
            for word in words:
                for key in _scanned([_pattern_key(word)]):
                    p = self._pat(key)
                    if p.anchor is not None and p.anchor != anchor:
                        msg = f"{word!r} is both a {p.anchor!r} and a {anchor!r} word of the word files"
                        raise ValueError(msg)
                    p.anchor = anchor

    def _keys(self, ds: Dataset) -> None:
        """Every key the automaton looks for: names, titles, event words, anchors, errata."""
        for record, name in ds.named():
            kind = self.kinds.get(record.id, "")
            if kind in _NAMED_KINDS:
                for key in _scanned(_key_variants(_pattern_key(name.text))):
                    if len(key) >= 2 and not key.isdigit():
                        p = self._pat(key)
                        p.names.append((record.id, kind, name))
                        p.selectable = True
        role_words = [(n.text, t) for t in self.role_names for n in ds.term(t).names]
        #: the keys of every title's role words ("president", "chu tich nuoc"), folded
        self.role_keys: frozenset[str] = frozenset(
            key
            for text, _role in [*role_words, *_ROLE_WORDS]
            for key in _spellings(_key_variants(_pattern_key(text)))
        )
        for text, role in [*role_words, *_ROLE_WORDS]:
            for key in _scanned(_key_variants(_pattern_key(text))):
                p = self._pat(key)
                if p.role is None:
                    p.role = (role, text)
                    p.role_exact = " " not in key
                p.selectable = True
        for text in merged("names", "others"):  # another's name holding one the record has: nobody's
            for key in _scanned(_key_variants(_pattern_key(text))):
                self._pat(key).selectable = True
        _cue_keys(self)
        for digit in "0123456789":
            p = self._pat(digit)
            p.anchor = "digit"
            p.left = p.right = False  # a digit anchors wherever it stands

        self._anchors()
        _errata_keys(self, ds)
        for word in _amount_grammar().folded_words:
            self._pat(word).amount_word = True
        dated = ("event", "mechanism", "document")
        places = _where_keys(ds)
        for p in self.pats:
            p.events = tuple(dict.fromkeys(r for r, k, _n in p.names if k in dated))
            if len(p.events) == 1:
                p.events = (*p.events, *_alike(self, p.events[0], p.key, places))
            p.transparent = (
                bool(p.names)
                and not p.exact
                and p.role is None
                and all(k == "event" for _r, k, _n in p.names)
            )

    def founding_of(self, rid: str, number: int | None = None) -> str | None:
        """
        The founding a record counts from: itself, a body's, a country's national day, an
        event's (the one of its anniversaries with ``number``, or its only one).
        """
        if rid in self.foundings:
            return rid
        if rid in self.founding_of_org:
            return self.founding_of_org[rid]
        if rid in self.birth_of:
            return self.birth_of[rid]
        if self.kinds.get(rid) == "country":
            return self.national_day.get(rid)
        return self._marked(rid, number)

    def _marked(self, event: str, number: int | None) -> str | None:
        """The founding of an event's anniversary: the one with ``number``, or its only one."""
        marked = self.anniversaries_of_event.get(event)
        if not marked:
            return None
        if number is not None and number in marked:
            return marked[number]
        return next(iter(marked.values())) if len(marked) == 1 else None

    def _metric_words(self, ds: Dataset) -> dict[str, re.Pattern[str]]:
        out: dict[str, re.Pattern[str]] = {}
        for metric in self.targets:
            term = ds.get(metric)
            words = [n.text for n in getattr(term, "names", ())]
            words += list(_METRIC_EXTRA.get(metric, ()))
            keys = sorted({_pattern_key(w) for w in words if w}, key=len, reverse=True)
            out[metric] = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b")
        return out


#: id(dataset) -> its index; entries go when their dataset does.
_INDEXES: dict[int, tuple[weakref.ref[Dataset], _Index]] = {}


#: The fewest words of a slip that reproduce it alone, without the rest of its source's quote.
_ERRATUM_WORDS: Final = 3
#: Words a name's other words may stand between in lower case ("Ministry of History").
_NAME_JOINERS: Final = frozenset({"of", "and", "the", "on", "in", "for"})


def _a_wrong_name(says: str) -> bool:
    """
    Whether a slip's words are a name, three words or more, each capitalized but the joiners
    between them ("International Mekong Commission", "12th National Assembly Congress").

    >>> (
    ...     _a_wrong_name("International Mekong Commission"),
    ...     _a_wrong_name("a developing country with high average income"),
    ... )
    (True, False)
    """
    words = says.split()
    return len(words) >= _ERRATUM_WORDS and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_JOINERS or not w[0].isalnum() for w in words
    )


#: The kinds of recorded event a numbered meeting may be ("the 48th meeting", "kỳ họp thứ 48").
MEETING_KINDS: Final = ("committee-session", "meeting", "party-meeting")


def _alike(
    index: _Index, event: str, key: str, places: dict[str, tuple[frozenset[tuple[str, ...]], frozenset[str]]]
) -> tuple[str, ...]:
    """
    The other events a name of ``event`` (looked up by ``key``) may mean: a name that says
    neither where it was held (its place, its host country) nor a number, such as a
    headline's "Tổng Bí thư Tô Lâm hội đàm với … Thongloun Sisoulith", names each event of
    its kind that the same people led just as well (the talks in Hanoi and in Vientiane).
    """
    record = index.records.get(event)
    principals = index.principals_of.get(event)
    if not isinstance(record, Event) or not principals or any(c.isdigit() for c in key):
        return ()
    if _says_where(key, places[event]):
        return ()
    return tuple(
        e.id
        for e in index.events_by_kind.get(record.kind.value, ())
        if e.id != event and index.principals_of[e.id] == principals
    )


def _where_keys(ds: Dataset) -> dict[str, tuple[frozenset[tuple[str, ...]], frozenset[str]]]:
    """
    By event, the keys of where it was held, its place's names and its host country's in every
    language: the words of each spaced one, and each Lao one without its spaces (Lao writes none).
    """
    named: dict[str, list[str]] = defaultdict(list)
    for record, name in ds.named():
        named[record.id].append(_pattern_key(name.text))
    out: dict[str, tuple[frozenset[tuple[str, ...]], frozenset[str]]] = {}
    for event in ds.events:
        keys = {k for rid in (event.place, event.host_country) if rid for k in named.get(rid, ())}
        out[event.id] = (
            frozenset(tuple(_WORDS.findall(k)) for k in keys if not is_lao(k[0])),
            frozenset("".join(k.split()) for k in keys if is_lao(k[0])),
        )
    return out


def _says_where(key: str, where: tuple[frozenset[tuple[str, ...]], frozenset[str]]) -> bool:
    """
    Whether a key names one of the places of :func:`_where_keys`: its words in a row, or a Lao
    one anywhere in it ("hanoi" is not in "ha noi ca", nor "lao" in "laos").

    >>> _says_where("talks in ha noi", (frozenset({("ha", "noi")}), frozenset()))
    True
    >>> _says_where("talks in laos", (frozenset({("lao",)}), frozenset({"ລາວ"})))
    False
    """
    spaced, lao = where
    words = _WORDS.findall(key)
    if any(tuple(words[i : i + len(w)]) == w for w in spaced for i in range(len(words) - len(w) + 1)):
        return True
    bare = "".join(key.split())
    return any(w in bare for w in lao)


def _scanned(keys: Iterable[str]) -> list[str]:
    """
    Keys as the scanner reads a text: without the spaces between two Lao letters, which it
    leaves out of the text it reads (Lao may write them or not).
    """
    return list(dict.fromkeys(unspaced(key) for key in keys))


def _cue_keys(index: _Index) -> None:
    """The event words of the word files (Lao ones without their spaces too)."""
    for text, kinds in _CUE_WORDS:
        for key in _scanned([_pattern_key(text)]):
            p = index._pat(key)
            p.cues = p.cues | frozenset(kinds)
            p.cue_texts = (*p.cue_texts, text)
            p.selectable = True


def _errata_keys(index: _Index, ds: Dataset) -> None:
    """The words of the sources' slips (Lao ones without their spaces too)."""
    for erratum in ds.errata:
        for key in _scanned([_pattern_key(erratum.quote)]):
            index._pat(key).errata.append(erratum)
        if _a_wrong_name(erratum.says) and _pattern_key(erratum.says) != _pattern_key(erratum.quote):
            # a slip's own words that are a wrong name ("International Mekong Commission")
            # reproduce it wherever they stand; other words may be right elsewhere ("pat", "a
            # developing country with high average income" of 2030's goal, not 2045's)
            for key in _scanned([_pattern_key(erratum.says)]):
                index._pat(key).errata.append(erratum)


def _bare_foundings(
    ds: Dataset, founding_of_org: dict[str, str]
) -> tuple[dict[str, str], re.Pattern[str], dict[str, str]]:
    """
    What a founding of the two countries is called without them: a name of the founding, or
    of a document that counts from it (``founding_of_org``), with "Vietnam–Laos" (either way
    round, in any of their names) cut from its start or end ("diplomatic relations", "quan hệ
    ngoại giao", "Hiệp ước Hữu nghị và Hợp tác").  Only a founding of no one country has such
    a name.  The founding of each, by :func:`_bare_key`, a pattern of where they are written
    (any case; spaces optional between Lao words), and the language of each (by key).
    """
    pair = _pair_pattern(ds)
    counted = [(f.id, f.names) for f in ds.foundings if f.country is None and f.person is None]
    counted += [(founding_of_org[d.id], d.names) for d in ds.documents if d.id in founding_of_org]
    foundings: dict[str, str] = {}
    langs: dict[str, str] = {}
    texts: set[str] = set()
    for founding, names in counted:
        for name in names:
            bare = pair.sub("", name.text).strip()
            # two words at least ("relations" alone names too much); Lao writes no spaces
            if bare != name.text.strip() and (len(bare.split()) >= 2 or (is_lao(bare[0]) and len(bare) >= 8)):
                foundings.setdefault(_bare_key(bare), founding)
                langs.setdefault(_bare_key(bare), name.lang)
                texts.add(bare)
    pattern = "|".join(_loose(t) for t in sorted(texts, key=len, reverse=True))
    return foundings, re.compile(pattern or "(?!)", re.IGNORECASE), langs


#: A span of whole years at the end of a name ("for the period 2022 - 2027", "giai đoạn 2021–2030").
_ENDING_YEARS: Final = re.compile(r"(?<!\d)(\d{4})\s*[-–—]\s*(\d{4})\s*$")


def _period_names(ds: Dataset) -> list[PeriodName]:
    """
    The documents whose names end in the span of years they cover, each with the words that may
    end the name right before a span of years (lower case), a pattern of the name's words as they
    end a stretch of text (any case, spaces loose), and one of its shorter form: the words before
    its parties and the words leading to the years (the word files' ``periods.parties``,
    ``periods.connectors``), its parties in any words between ("Protocol on training cooperation for
    2021 - 2025", of the Protocol on training cooperation between the two governments for the
    period 2022 - 2027); ``None`` where those words are fewer than three.
    """
    out = []
    for document in ds.documents:
        period = document.period
        if period is None or period.earliest is None or period.latest is None:
            continue
        for name in document.names:
            years = _ENDING_YEARS.search(name.text)
            if years is None or (int(years[1]), int(years[2])) != (period.earliest.year, period.latest.year):
                continue
            stem = name.text[: years.start()].strip()
            if len(stem.split()) >= 3:  # a name of its own, not "Plan 2021 - 2025"
                pattern = re.compile(rf"(?<!\w){_loose(stem)}\s*+\Z", re.IGNORECASE)
                head = _shorter(stem)
                short = (
                    re.compile(rf"(?<!\w){_loose(head)}{_PERIOD_LEAD}\s*+\Z", re.IGNORECASE)
                    if head != stem and len(head.split()) >= 3
                    else None
                )
                endings = (stem.split()[-1].lower(), *(_PERIOD_ENDINGS if short is not None else ()))
                out.append(PeriodName(document.id, endings, pattern, short))
    return out


def _shorter(stem: str) -> str:
    """
    The words of a name before its parties and the words that lead to its years ("Protocol on
    training cooperation", of "Protocol on training cooperation between the two governments for
    the period"); the name's words as they are where no such words end them.
    """
    lead = _CONNECTOR_END.search(stem)
    if lead is None:
        return stem
    head = stem[: lead.start()]
    parties = _PARTIES_WORD.search(head)
    return (head if parties is None else head[: parties.start()]).rstrip()


#: The words that lead to a name's years, ending its words (``periods.connectors``: "for the
#: period", "giai đoạn", "ໄລຍະ") ...
_CONNECTOR_END: Final = re.compile(rf"\s(?:{_alternation(merged('periods', 'connectors'))})$", re.IGNORECASE)
#: ... and the word that opens its parties before them (``periods.parties``: "between", "giữa").
_PARTIES_WORD: Final = re.compile(
    rf"\s(?:{_alternation(merged('periods', 'parties'))})(?![^\W\u0e80-\u0eff])", re.IGNORECASE
)
#: Between a shorter form's words and the years: its parties in any words at most ("giữa hai
#: Chính phủ", "between the governments"), and words that lead to the years.
_PERIOD_LEAD: Final = (
    rf"(?:\s*+(?:{_alternation(merged('periods', 'parties'))})(?![^\W\u0e80-\u0eff])[^\d\n]{{0,120}}?)?"
    rf"\s*+(?:{_alternation(merged('periods', 'connectors'))})"
)
#: The last words of those words, in lower case (Lao ones without their spaces).
_PERIOD_ENDINGS: Final = tuple(
    dict.fromkeys(unspaced(w.split()[-1].lower()) for w in merged("periods", "connectors"))
)


@frozen
class PeriodName:
    """
    A document's name that ends in its span of years, as the periods reader looks for it: the
    words that may stand last before a span (``endings``), its words (``full``) and those of its
    shorter form (``short``, if any), as patterns that end a stretch of text.
    """

    document: str
    endings: tuple[str, ...]
    full: re.Pattern[str]
    short: re.Pattern[str] | None


def _loose(text: str) -> str:
    """A regular expression for ``text`` with any run of spaces and spaces around dashes (none in Lao)."""
    out = []
    for part in re.split(r"(\s+|\s*[-–—]\s*)", text):
        if part.strip() in ("-", "–", "—"):
            out.append(r"\s*[-–—]\s*")
        elif part.isspace():
            out.append(r"\s*" if is_lao(text[0]) else r"\s+")
        elif part:
            out.append(re.escape(part))
    return "".join(out)


def _pair_pattern(ds: Dataset) -> re.Pattern[str]:
    """The two countries named together at either end of a name ("Vietnam–Laos", "Lào - Việt Nam")."""
    names = {c.id: sorted((n.text for n in c.names), key=len, reverse=True) for c in ds.countries}
    if not names.get("VN") or not names.get("LA"):
        return re.compile("(?!)")  # a dataset without the two: no name of theirs to cut
    first, second = ("|".join(map(re.escape, names[c])) for c in ("VN", "LA"))
    one = rf"(?:{first})\s*[-–—]\s*(?:{second})|(?:{second})\s*[-–—]\s*(?:{first})"
    return re.compile(rf"^(?:{one})\s+|\s+(?:{one})$")


def _index(ds: Dataset) -> _Index:
    cached = _INDEXES.get(id(ds))
    if cached is not None and cached[0]() is ds:
        return cached[1]
    index = _Index(ds)
    key = id(ds)
    _INDEXES[key] = (weakref.ref(ds), index)

    def forget(_ignored: object) -> None:
        entry = _INDEXES.get(key)
        if entry is not None and entry[1] is index:
            del _INDEXES[key]

    weakref.finalize(ds, forget, None)
    return index
