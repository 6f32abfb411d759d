# SPDX-License-Identifier: MIT
"""
Resolving and searching names: any language, spelling or title, to the one record it names.

:func:`resolve` maps a name, in any language, with or without a title in
front, to the one entity it names; :func:`search` ranks the candidates for a
partial or misspelt query.

>>> import vnla
>>> from vnla.names import resolve
>>> resolve(vnla.dataset(), "President Thongloun").id
'thongloun-sisoulith'
>>> resolve(vnla.dataset(), "ທອງລຸນ ສີສຸລິດ").name.display("vi", style="short")
'Thongloun'

.. versionadded:: 0.1
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from typing import TYPE_CHECKING, Any, Final

from attrs import frozen

from vnla.lang import fold as _folding
from vnla.lang.fold import fold
from vnla.lang.words import merged
from vnla.model.collections import COLLECTIONS
from vnla.model.errors import AmbiguousName, UnknownName
from vnla.model.records import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from vnla.record.dataset import Dataset

__all__ = ["Match", "clear_caches", "resolve", "search"]


# =========================================================================== resolving
#: Record kinds ``kind=`` accepts.
_KINDS: Final = tuple(kind for _key, _cls, kind in COLLECTIONS)
#: Punctuation a name key leaves out, so "H.E." = "HE" and "Laos," = "Laos".
_KEY_PUNCTUATION: Final = dict.fromkeys(map(ord, '.,;:!?()[]{}"“”„«»‹›·/'))
#: Inputs whose key is longer than any name can be are unknown without further work.
_MAX_KEY: Final = 256
#: Inputs longer than this (in characters, before folding) are unknown without being folded:
#: room for a key of :data:`_MAX_KEY` with titles, spaces and marks around it.
_MAX_NAME: Final = 4096
#: Only so many characters of an unknown name go to fuzzy matching.
_MAX_FUZZY: Final = 64
#: Tells a cache miss from every cached answer.
_MISSING: Final = object()
#: "Thongloun's" names Thongloun.
_POSSESSIVE: Final = re.compile(r"['’ʼ]s\s*$")
#: Answers kept per dataset (raw input -> entity); cleared when full.
_MAX_ANSWERS: Final = 8192

# Titles and honorifics stripped from the front of a name, besides those the data records
# (role names, office titles, participants' ``title_used``), and the words that may stand
# before a title but are no titles: ``names.titles`` and ``names.qualifiers`` of the word
# files (vnla/data/lang/*.toml), read when the first index is built.


def _key(text: str) -> str:
    """The index key of a name: folded, without the punctuation around words."""
    return fold(text).translate(_KEY_PUNCTUATION)


def _pieces(text: str) -> tuple[str, list[int]]:
    """A name's key and the offsets in it where words end (no key for a text over :data:`_MAX_NAME`)."""
    if len(text) > _MAX_NAME:
        return "", []
    pieces: list[str] = []
    boundaries: list[int] = []
    length = 0
    for word in text.split():
        piece = _key(word)
        if piece:
            pieces.append(piece)
            length += len(piece)
            boundaries.append(length)
    return "".join(pieces), boundaries


def _is_lao(char: str) -> bool:
    return "\u0e80" <= char <= "\u0eff"


@frozen
class _Miss:
    """A cached failure: the candidates of an ambiguous name, or suggestions for an unknown one."""

    candidates: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()

    def error(self, name: str, kinds: tuple[str, ...] | None) -> LookupError:
        shown = name if len(name) <= 100 else name[:100] + "…"
        if self.candidates:
            return AmbiguousName(shown, self.candidates)
        return UnknownName(shown, self.suggestions, " or ".join(kinds) if kinds else None)


class _NameIndex:
    """Every name of one dataset by key, with the titles its data records; built once."""

    __slots__ = ("__weakref__", "answers", "dataset", "names", "parts", "qualifiers", "titles", "wordless")

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = weakref.ref(dataset)
        #: (raw input, kind) -> the record, or a _Miss.
        self.answers: dict[tuple[str, Any], Any] = {}
        names: dict[str, dict[str, str]] = {}
        parts: dict[str, dict[str, str]] = {}
        for record, name in dataset.named():
            names.setdefault(_key(name.text), {}).setdefault(record.id, name.text)
        for person in dataset.people:
            for part in (person.given_name, person.family_name):
                if part:
                    parts.setdefault(_key(part), {}).setdefault(person.id, part)
        #: key -> ids with a recorded name (of any kind) of that key.
        self.names: dict[str, tuple[str, ...]] = {key: tuple(ids) for key, ids in names.items() if key}
        #: key -> ids of people whose given or family name has that key.
        self.parts: dict[str, tuple[str, ...]] = {key: tuple(ids) for key, ids in parts.items() if key}
        self.titles, self.qualifiers, self.wordless = self._titles(dataset)

    @staticmethod
    def _titles(dataset: Dataset) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
        texts: list[str] = list(merged("names", "titles"))
        for term in dataset.terms:
            if term.vocabulary is Vocabulary.ROLE:
                texts.extend(n.text for n in term.names)
        for person in dataset.people:
            texts.extend(office.title for office in person.offices)
        for event in dataset.events:
            texts.extend(p.title_used for p in event.participants if p.title_used)
        titles = frozenset(k for k in map(_key, texts) if k)
        qualifiers = frozenset(k for k in map(_key, merged("names", "qualifiers")) if k) - titles
        # Lao writes words without spaces ("ທ່ານທອງລຸນ"): Lao titles may end anywhere.
        wordless = tuple(sorted((t for t in titles | qualifiers if _is_lao(t[-1])), key=len, reverse=True))
        return titles, qualifiers, wordless

    # lookups ---------------------------------------------------------------------------
    def lookup(self, key: str, kinds: tuple[str, ...] | None) -> tuple[str, ...]:
        """Ids named ``key``: recorded names first, then given and family names."""
        dataset = self.dataset()
        for table in (self.names, self.parts):
            ids = table.get(key, ())
            if kinds is not None and dataset is not None:
                ids = tuple(i for i in ids if dataset.kind_of(i) in kinds)
            if ids:
                return ids
        return ()

    def stripped(self, key: str, boundaries: list[int]) -> Iterator[str]:
        """
        What is left of ``key`` after stripping titles from its front, longest titles first.

        Only remainders right after a title (not after a qualifier) are yielded,
        and never an empty one.
        """
        ends = set(boundaries)
        stack: list[tuple[int, bool]] = [(0, False)]
        seen: set[tuple[int, bool]] = set()
        while stack:
            at, after_title = stack.pop()
            if (at, after_title) in seen:
                continue
            seen.add((at, after_title))
            if after_title:
                yield key[at:]
            steps: dict[int, bool] = {}
            for end in boundaries:
                if end > at and end < len(key):
                    word = key[at:end]
                    if word in self.titles:
                        steps[end] = True
                    elif word in self.qualifiers:
                        steps.setdefault(end, False)
            for title in self.wordless:
                end = at + len(title)
                if end < len(key) and end not in ends and key.startswith(title, at):
                    steps[end] = title in self.titles
            # The stack pops the last pushed first: push the shortest strip first.
            stack.extend(sorted(steps.items()))

    def answer(self, name: str, kinds: tuple[str, ...] | None) -> Any:
        """The record ``name`` names, or a :class:`_Miss`: the uncached path of :func:`resolve`."""
        key, boundaries = _pieces(name)
        if not key or len(key) > _MAX_KEY:
            return _Miss()
        ids = self.lookup(key, kinds)
        if not ids:
            first: tuple[str, ...] = ()
            for remainder in self.stripped(key, boundaries):
                found = self.lookup(remainder, kinds)
                if len(found) == 1:
                    ids = found
                    break
                first = first or found
            else:
                ids = first
        if not ids:
            possessive = _POSSESSIVE.sub("", name)
            if possessive != name:
                return self.answer(possessive, kinds)
            return _Miss(suggestions=self.suggest(key, kinds))
        if len(ids) > 1:
            return _Miss(candidates=ids)
        dataset = self.dataset()
        return dataset[ids[0]] if dataset is not None else _Miss()

    def keys_for(self, kinds: tuple[str, ...] | None) -> dict[str, tuple[str, ...]]:
        """Every key with its ids, recorded names first, restricted to ``kinds``."""
        out: dict[str, tuple[str, ...]] = {}
        for table in (self.names, self.parts):
            for key in table:
                if key not in out:
                    ids = self.lookup(key, kinds)
                    if ids:
                        out[key] = ids
        return out

    def text_of(self, key: str, id: str, query: str = "") -> str:
        """
        The name as written that gave ``key`` for ``id``.

        Of several ("To Lam", "Tô Lâm"), the one written as in ``query``, else the first.
        """
        dataset = self.dataset()
        record = dataset.get(id) if dataset is not None else None
        texts = [str(n.text) for n in getattr(record, "names", ())]
        texts += [
            str(p) for p in (getattr(record, "given_name", None), getattr(record, "family_name", None)) if p
        ]
        matching = [text for text in texts if _key(text) == key]
        wanted = unicodedata.normalize("NFC", query).casefold()
        for text in matching:
            if text.casefold() in wanted:
                return text
        return matching[0] if matching else key

    def suggest(self, key: str, kinds: tuple[str, ...] | None) -> tuple[str, ...]:
        """Up to five names close to ``key``, one per entity, best first."""
        from rapidfuzz import fuzz, process

        keyed = self.keys_for(kinds)
        found = process.extract(key[:_MAX_FUZZY], list(keyed), scorer=fuzz.ratio, limit=20, score_cutoff=70)
        out: dict[str, str] = {}
        for choice, _score, _index in found:
            for id in keyed[choice]:
                out.setdefault(id, self.text_of(choice, id))
        return tuple(dict.fromkeys(out.values()))[:5]


#: id(dataset) -> the dataset's index.  Not a WeakKeyDictionary: that would hash
#: the dataset, and a Dataset hashes all its records.
_INDEXES: dict[int, _NameIndex] = {}


def _index(dataset: Dataset) -> _NameIndex:
    """The name index of ``dataset``, built on first use and dropped with the dataset."""
    index = _INDEXES.get(id(dataset))
    if index is not None and index.dataset() is dataset:
        return index
    index = _NameIndex(dataset)
    key = id(dataset)

    def forget(_ref: object) -> None:
        if _INDEXES.get(key) is index:
            del _INDEXES[key]

    weakref.finalize(dataset, forget, None)
    _INDEXES[key] = index
    return index


def _kinds(kind: str | Iterable[str] | None) -> tuple[str, ...] | None:
    if kind is None:
        return None
    kinds = (kind,) if isinstance(kind, str) else tuple(kind)
    for one in kinds:
        if one not in _KINDS:
            msg = f"unknown record kind {one!r}; expected one of {', '.join(_KINDS)}"
            raise ValueError(msg)
    return kinds


def resolve(dataset: Dataset, name: str, *, kind: str | tuple[str, ...] | None = None) -> Any:
    """
    The one entity ``name`` names, in any language, spelling or script.

    Full names, recorded variants, romanizations and misspellings match
    whatever their case, diacritics, spacing or normal form (see
    :func:`fold`).  Titles and honorifics in front are stripped ("Lao PM
    Sonexay Siphandone", "Party General Secretary Tô Lâm", "ທ່ານ ທອງລຸນ"):
    those the data records (role names, office titles, the titles
    participants were given) and a built-in list in English, Vietnamese and
    Lao.  Short forms match too: recorded ones ("Lâm", "Sisoulith") before a
    person's bare given or family name.  Answers are cached per dataset, so
    a repeated name costs a dictionary lookup.

    Args:
        dataset: the dataset to look in.
        name: the name as written.
        kind: only records of this kind (``"person"``, ``"place"``,
            ``"organization"``…) or of any of a tuple of kinds.

    Returns:
        The record.

    Raises:
        UnknownName: nothing has this name (also for an empty name, one of
            only marks and punctuation, or one longer than 4,096 characters,
            which is refused before it is folded); ``suggestions`` holds close names.
        AmbiguousName: several entities have this name; ``candidates`` holds their ids.
        ValueError: ``kind`` is not a record kind.

    >>> import vnla
    >>> ds = vnla.dataset()
    >>> resolve(ds, "National Assembly Chairman Tran Thanh Man").id
    'tran-thanh-man'
    >>> resolve(ds, "Tổng Bí thư Tô Lâm").name.preferred("lo")
    'ໂຕເລິມ'
    >>> resolve(ds, "ວຽງຈັນ").name.preferred("vi")
    'Viêng Chăn'
    >>> resolve(ds, "Phomvihane")
    Traceback (most recent call last):
    ...
    vnla.model.errors.AmbiguousName: 'Phomvihane' may mean any of 'xaysomphone-phomvihane', ...

    .. versionadded:: 0.1
    """
    if kind is not None and type(kind) is not str and type(kind) is not tuple:
        kind = tuple(kind)  # a list or another iterable: make it a cache key
    index = _INDEXES.get(id(dataset))
    if index is None or index.dataset() is not dataset:
        index = _index(dataset)
    answer = index.answers.get((name, kind), _MISSING)
    if answer is _MISSING:
        unchecked: object = name  # from callers that do not type-check
        if not isinstance(unchecked, str):
            msg = f"a name is a string, got {unchecked!r}"
            raise TypeError(msg)
        answer = index.answer(name, _kinds(kind))
        if len(name) <= 200:
            if len(index.answers) >= _MAX_ANSWERS:
                index.answers.clear()
            index.answers[(name, kind)] = answer
    if type(answer) is _Miss:
        raise answer.error(name, _kinds(kind))
    return answer


@frozen(kw_only=True)
class Match:
    """
    One result of :func:`search`: the record, the name that matched and how well.

    ``how`` is ``"exact"`` (the whole name, after titles), ``"prefix"``
    (the name starts with the query) or ``"fuzzy"``; ``score`` runs from 0
    to 100.

    >>> import vnla
    >>> match = search(vnla.dataset(), "Tổng Bí thư Tô Lâm")[0]
    >>> (match.id, match.name, match.how, match.score)
    ('to-lam', 'Tô Lâm', 'exact', 100.0)
    >>> search(vnla.dataset(), "ວຽງຈັນ")[0].record.name.display("vi")
    'Viêng Chăn'

    .. versionadded:: 0.1
    """

    record: Any
    name: str
    how: str
    score: float

    @property
    def id(self) -> str:
        """The record's id."""
        return str(self.record.id)


_HOW_RANK: Final = {"exact": 0, "prefix": 1, "fuzzy": 2}


def search(
    dataset: Dataset, query: str, *, kind: str | tuple[str, ...] | None = None, limit: int = 10
) -> tuple[Match, ...]:
    """
    Records whose names match ``query``, best first: exact, then prefix, then fuzzy matches.

    Each record appears once, with its best-matching name.  An empty query
    (or one of only spaces and marks) matches nothing.

    Args:
        dataset: the dataset to look in.
        query: a name or the start of one, in any spelling.
        kind: only records of this kind or of any of a tuple of kinds.
        limit: at most this many matches.

    Returns:
        A tuple of :class:`Match`, best first.

    Raises:
        ValueError: ``kind`` is not a record kind.

    >>> import vnla
    >>> [m.id for m in search(vnla.dataset(), "Thong", kind="person") if m.how == "prefix"]
    ['thongloun-sisoulith', 'thongsalith-mangnomek', 'thongsavanh-phomvihane']
    >>> search(vnla.dataset(), "Vieng Chan")[0].name
    'Viêng Chăn'

    .. versionadded:: 0.1
    """
    kinds = _kinds(kind)
    index = _index(dataset)
    key, boundaries = _pieces(query)
    if not key or limit < 1:
        return ()
    key = key[:_MAX_KEY]
    best: dict[str, Match] = {}

    def offer(key_found: str, ids: tuple[str, ...], how: str, score: float) -> None:
        for id in ids:
            match = Match(record=dataset[id], name=index.text_of(key_found, id, query), how=how, score=score)
            old = best.get(id)
            if old is None or (_HOW_RANK[how], -score) < (_HOW_RANK[old.how], -old.score):
                best[id] = match

    for candidate in (key, *index.stripped(key, boundaries)):
        found = index.lookup(candidate, kinds)
        if found:
            offer(candidate, found, "exact", 100.0)
            key = candidate
            break
    keyed = index.keys_for(kinds)
    for name_key, ids in keyed.items():
        if name_key != key and name_key.startswith(key):
            offer(name_key, ids, "prefix", round(100.0 * len(key) / len(name_key), 1))
    if len(best) < limit:
        from rapidfuzz import fuzz, process

        for choice, score, _i in process.extract(
            key[:_MAX_FUZZY], list(keyed), scorer=fuzz.ratio, limit=limit * 3, score_cutoff=70
        ):
            offer(choice, keyed[choice], "fuzzy", round(float(score), 1))
    ranked = sorted(best.values(), key=lambda m: (_HOW_RANK[m.how], -m.score, m.name, m.id))
    return tuple(ranked[:limit])


def clear_caches() -> None:
    """
    Forget every name index and cached answer (they are rebuilt on next use).

    >>> clear_caches()

    .. versionadded:: 0.1
    """
    _INDEXES.clear()
    _folding.clear_caches()
