# SPDX-License-Identifier: MIT
"""
The matcher stage: one pass of the index's automaton over a folded chunk finds every
candidate (names, titles, event words, digits, weekday and ordinal anchors, errata), and
the leftmost longest names, titles and event words that do not overlap are kept.

A kept name is judged on the spot by the :class:`~vnla.checker.judges.names.NameJudge`,
whose outcomes are cached per key: names are most of the findings.
"""

from __future__ import annotations

import unicodedata
from array import array
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from vnla.checker.drafts import _Match, _NameOutcome
from vnla.checker.folding import _WORD_CHARS, _exact_ok, _fold_text
from vnla.checker.references import references
from vnla.lang.lao import LAO_FIRST, LAO_LAST, is_boundary, is_lao, optional_spaces, unspaced

if TYPE_CHECKING:
    from vnla.checker.index import _Index, _Pat
    from vnla.checker.judges.names import NameJudge
    from vnla.model.records import Erratum

__all__: list[str] = []


def _lao_exact(written: str, p: _Pat) -> bool:
    """Whether a Lao key is written as one of its names, titles or event words is, spaces aside."""
    tight = unspaced(written)
    return (
        any(tight == unspaced(n.text) for _r, _k, n in p.names)
        or (p.role is not None and tight == unspaced(p.role[1]))
        or any(tight == unspaced(cue) for cue in p.cue_texts)
    )


def _tight(folded: str, offsets: array[int] | None, length: int) -> tuple[str, array[int] | None]:
    """
    A folded chunk without the spaces between two Lao letters, and the original offset of each
    character left (``offsets``: those of ``folded``, ``None`` where they are its own; ``length``:
    the chunk's).  The same, unchanged, where it has no such space.
    """
    spaces = optional_spaces(folded)
    if not spaces:
        return folded, offsets
    places = offsets if offsets is not None else array("q", range(length + 1))
    pieces: list[str] = []
    kept: array[int] = array("q")
    last = 0
    for a, b in spaces:
        pieces.append(folded[last:a])
        kept.extend(places[last:a])
        last = b
    pieces.append(folded[last:])
    kept.extend(places[last:])  # (with the chunk's end after its last character)
    return "".join(pieces), kept


def _lao_cut(text: str, start: int, end: int) -> bool:
    """Whether a match cuts a Lao syllable at either end (unspaced Lao: no space marks a word)."""
    return (is_lao(text[start]) and not is_boundary(text, start)) or (
        is_lao(text[end - 1]) and not is_boundary(text, end)
    )


def _read_through(title: list[Any], start: int, end: int, events: tuple[str, ...]) -> bool:
    """
    Whether an event's title at ``start``-``end`` is read (``title``: the end of the title being
    read through and its events, moved on to this one's if it ends later): not a shorter name of
    the same events inside it.

    >>> title = [0, ()]
    >>> _read_through(title, 0, 40, ("year",)), _read_through(title, 0, 30, ("year",)), title
    (True, False, [40, ('year',)])
    """
    if start < title[0] and end <= title[0] and events == title[1]:
        return False
    if end > title[0]:
        title[0], title[1] = end, events
    return True


class Scan:
    """
    The candidates of one chunk, in order of position.

    ``hits`` holds every name with its outcome; ``named`` the names with a record, and
    ``persons`` and ``entities`` (bodies, countries, places) and ``framework`` the names of
    each group; ``cues`` the event words and dated names; ``roles`` the titles; ``titled``
    roles and bodies, what chains of titles are made of; ``anchors`` weekdays, ordinal words
    and heads; ``digits`` the runs of digits; ``errata`` the recorded slips found.
    """

    def __init__(self, index: _Index, names: NameJudge, text: str, lang: str) -> None:
        self.index = index
        self.names = names
        self.text = text
        self.lang = lang
        self.persons: list[tuple[int, int, str]] = []  # (start, end, person id)
        self.named: list[tuple[int, int, str]] = []  # every name found, with its record
        self.hits: list[tuple[int, int, _NameOutcome]] = []  # names found, in order
        self.entities: list[tuple[int, int, str]] = []  # organizations, countries, places
        self.cues: list[tuple[int, int, frozenset[str], tuple[str, ...]]] = []  # kinds, record ids
        self.roles: list[_Match] = []
        #: Roles and bodies in order of position: what chains of titles are made of.
        self.titled: list[tuple[int, int, str, Any]] = []
        self.framework: list[tuple[int, int, str]] = []
        self.anchors: list[tuple[int, int, str]] = []  # weekdays, ordinal words and heads
        self.digits: list[list[int]] = [[-1, -1]]  # runs of digits, after a sentinel
        self.folded: str | None = None  # the folded text, when its offsets are the text's
        #: Whether the text the automaton reads is ``folded`` with only its Lao spaces left out.
        self.tight_only = False
        #: Whether the text surely has no Lao letter: its folded copy is ASCII (Lao folds to Lao).
        self.lao_free = False
        self.errata: list[tuple[int, int, Erratum]] = []
        #: Where the words of amounts and ratios ("billion", "twice") start in the folded text,
        #: when its offsets are the text's (found wherever they stand, even inside a word).
        self.amount_words: list[int] = []
        self.groups = {"person": self.persons, "entity": self.entities, "framework": self.framework}

    def run(self) -> Scan:
        """Find and select the candidates; the lists are sorted by position afterwards."""
        self.match()
        self.persons.sort()
        self.entities.sort()
        self.cues.sort(key=itemgetter(0, 1))
        heads = sorted((start, end) for start, end, anchor in self.anchors if anchor == "reference")
        again = references(self.text, self.cues, self.hits, self.index.kinds, heads) if heads else []
        if again:  # words that stand for a document named before them: they name it too
            self.cues.extend(again)
            self.cues.sort(key=itemgetter(0, 1))
            self.named.extend((start, end, ids[0]) for start, end, _kinds, ids in again if len(ids) == 1)
            self.named.sort()
        return self

    def match(self) -> None:
        """Find every key in the folded text; keep the leftmost longest of names, titles and event words."""
        text = self.text
        folded, offsets = _fold_text(text)
        self.lao_free = folded.isascii()  # known without a look at the characters
        self.folded = folded if offsets is None else None
        if not self.lao_free:
            # Lao may put a space between any two words, or none: names are looked for in the
            # text without those spaces (their keys are written so too); the readers still read
            # ``self.folded``, with the text's offsets
            folded, offsets = _tight(folded, offsets, len(text))
            self.tight_only = self.folded is not None and offsets is not None
        found: list[tuple[int, int, int]] = []  # (start, -end, pattern): sorts leftmost longest first
        # Padded with a space either side (no key starts or ends with one), every match has a character
        # before and after it; the automaton gives the index of a match's last character, which is one
        # more in ``padded`` than in ``folded``: the end of the match there.
        padded = f" {folded} "
        if offsets is None and self.lao_free:
            self._plain(padded, found)
        else:
            self._mapped(padded, offsets, found)
        self.select(found)

    def _plain(self, padded: str, found: list[tuple[int, int, int]]) -> None:
        """
        The matches of a chunk whose folded copy keeps its offsets and has no Lao (most text).

        A digit is no key of the automaton: runs of digits are found by a regular expression.
        """
        word = _WORD_CHARS
        append = found.append
        for last, (length, left, right, role, i) in self.index.ascii_automaton.iter(padded):
            start = last - length
            if (left and padded[start] in word) or (right and padded[last + 1] in word):
                continue
            if role == 1:
                append((start, -last, i))
            elif role == 3:
                self._amount(padded, start, last, i, found)
            else:
                self._other(start, last, i, found)
        index = self.index
        if index.digit_table is not None:
            marked = padded.encode("ascii").translate(index.digit_table)
            self.digits.extend([m.start() - 1, m.end() - 1] for m in index.digit_runs.finditer(marked))
        else:
            self.digits.extend([m.start() - 1, m.end() - 1] for m in index.digits.finditer(padded))

    def _mapped(self, padded: str, offsets: array[int] | None, found: list[tuple[int, int, int]]) -> None:
        """The matches of a chunk that folding changed the length of, or with Lao: each mapped back."""
        text = self.text
        word = _WORD_CHARS
        matches = [
            (last - length, last, role, i)
            for last, (length, left, right, role, i) in self.index.automaton.iter(padded)
            if not ((left and padded[last - length] in word) or (right and padded[last + 1] in word))
        ]
        # the digits, one by one, where the automaton would have met them
        runs = self.index.digits.finditer(padded)
        matches += [(at - 1, at, 2, -1) for m in runs for at in range(m.start(), m.end())]
        matches.sort(key=itemgetter(1))
        digits = self.digits
        pats = self.index.pats
        for folded_start, folded_end, shape, i in matches:
            role = shape
            if shape == 3:  # an amount's word: where it stands, then what else its key may be
                if offsets is None:
                    self.amount_words.append(folded_start)
                elif self.tight_only:  # the text's offsets but for Lao spaces left out: mapped back
                    self.amount_words.append(offsets[folded_start])
                p = pats[i]
                if (p.left and padded[folded_start] in word) or (p.right and padded[folded_end + 1] in word):
                    continue
                if not p.selectable and p.anchor is None and not p.errata:
                    continue
                role = 0
            start, end = folded_start, folded_end
            if offsets is not None:
                start, end = offsets[start], offsets[end - 1] + 1
                while end < len(text) and unicodedata.combining(text[end]):
                    end += 1  # the accents of a decomposed last letter belong to the match
            if (
                role != 2
                and (LAO_FIRST <= text[start] <= LAO_LAST or LAO_FIRST <= text[end - 1] <= LAO_LAST)
                and _lao_cut(text, start, end)
            ):
                continue  # Lao has no spaces to test: a key starts and ends at a syllable boundary
            if role == 1:
                found.append((start, -end, i))
            elif role == 2:  # a digit
                if start == digits[-1][1]:
                    digits[-1][1] = end  # the next digit of a number
                else:
                    digits.append([start, end])
            else:
                self._other(start, end, i, found)

    def _amount(self, padded: str, start: int, end: int, i: int, found: list[tuple[int, int, int]]) -> None:
        """An amount's word in a chunk whose folded copy keeps its offsets, and maybe a name too."""
        self.amount_words.append(start)
        p = self.index.pats[i]
        if (p.left and padded[start] in _WORD_CHARS) or (p.right and padded[end + 1] in _WORD_CHARS):
            return
        if p.selectable or p.anchor is not None or p.errata:
            self._other(start, end, i, found)

    def _other(self, start: int, end: int, i: int, found: list[tuple[int, int, int]]) -> None:
        """A key that is an anchor or an erratum, and maybe a name, title or event word too."""
        p = self.index.pats[i]
        if p.selectable:
            found.append((start, -end, i))
        if p.anchor is not None:
            self.anchors.append((start, end, p.anchor))
        if p.errata:
            self.errata.extend((start, end, e) for e in p.errata)

    def select(self, found: list[tuple[int, int, int]]) -> None:
        """Keep the leftmost longest keys that do not overlap: names, titles, event words."""
        text, pats = self.text, self.index.pats
        # what selecting asks of each key, in one tuple: read once a hit, not attribute by attribute
        flags = self.index.select_flags
        found.sort()
        # the end of the last key kept, and of an event's title being read through (its own words are
        # no cues)
        last_end = 0
        title: list[Any] = [0, ()]  # and its events
        # the name judge's caches, read here first: most keys are met again and again
        judge, lang = self.names, self.lang
        outcomes, exact_cache = judge.outcomes, judge.exact
        # by key, the outcome of a key of several words, which does not depend on how it is written
        plain = judge.plain.setdefault(lang, [None] * len(pats))
        hits, named, groups, titled, cues, roles = (
            self.hits,
            self.named,
            self.groups,
            self.titled,
            self.cues,
            self.roles,
        )
        empty: frozenset[str] = frozenset()
        for start, negative_end, i in found:
            if start < last_end:
                continue
            end = -negative_end
            exact, transparent, has_names, events, has_role, key_cues = flags[i]
            written = ""
            if exact:
                written = text[start:end]
                known = exact_cache.get((id(pats[i]), written))
                if not (self.exact(start, end, pats[i]) if known is None else known):
                    continue
            inside_title = start < title[0]
            if not transparent:
                last_end = end
            elif not _read_through(title, start, end, events):  # names inside it are read
                continue  # a shorter name of the events whose title is being read through
            if has_names:
                outcome = outcomes.get((id(pats[i]), written, lang)) if exact else plain[i]
                if outcome is None:
                    outcome = judge.outcome(pats[i], written, lang)
                    if not exact:
                        plain[i] = outcome
                hits.append((start, end, outcome))
                record = outcome.record
                if record is not None:
                    name = (start, end, record)
                    named.append(name)
                    group = outcome.group
                    if group is not None:
                        groups[group].append(name)
                        if group == "entity":
                            titled.append((start, end, "entity", record))
                if events and not inside_title:
                    cues.append((start, end, empty, events))
            elif has_role:
                role = _Match(start, end, pats[i])
                roles.append(role)
                titled.append((start, end, "role", role))
            if key_cues and not inside_title:
                cues.append((start, end, key_cues, ()))

    def exact(self, start: int, end: int, p: _Pat) -> bool:
        """Whether a one-word key is written as one of its names or titles is (cached per spelling)."""
        written = self.text[start:end]
        key = (id(p), written)
        known = self.names.exact.get(key)
        if known is None:
            known = (
                any(_exact_ok(written, n.text) for _r, _k, n in p.names)
                or (p.role is not None and (not p.role_exact or _exact_ok(written, p.role[1])))
                or any(_exact_ok(written, cue) for cue in p.cue_texts)
                # a Lao name of several words written with or without its optional spaces
                or (is_lao(written[0]) and _lao_exact(written, p))
            )
            if len(self.names.exact) < 100_000:
                self.names.exact[key] = known
        return known
