# SPDX-License-Identifier: MIT
"""
Names in every language and script: folding, resolving, searching and display.

:func:`fold` turns any spelling into one comparison key: "Tô Lâm", "TO LAM",
"To-Lam" and the decomposed (NFD) "Tô Lâm" all fold to ``"tolam"``, while
Lao script keeps its vowel and tone signs.  :func:`resolve` maps a name, in
any language, with or without a title in front, to the one entity it names;
:func:`search` ranks the candidates for a partial or misspelt query;
:func:`display` picks the form of a :class:`~vnla.models.Label` a reader of a
language expects.

>>> import vnla
>>> from vnla.names import fold, resolve
>>> fold("Hà Nội") == fold("HA NOI") == fold("Hanoi")
True
>>> resolve(vnla.dataset(), "President Thongloun").id
'thongloun-sisoulith'
>>> resolve(vnla.dataset(), "ທອງລຸນ ສີສຸລິດ").name.display("vi", style="short")
'Thongloun'

.. versionadded:: 0.1
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
import weakref
from array import array
from typing import TYPE_CHECKING, Any, Final

from attrs import field, frozen

from vnla._dataset import COLLECTIONS
from vnla.errors import AmbiguousName, UnknownName
from vnla.models import Label, NameKind, NameOrder, Vocabulary

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from vnla._dataset import Dataset

__all__ = [
    "FoldedText",
    "Match",
    "clear_caches",
    "display",
    "fold",
    "fold_with_offsets",
    "resolve",
    "search",
]

# =========================================================================== folding
#
# fold() has three paths that give the same result (tests check that they do):
#
# * ASCII text (most news text): str.lower + str.translate, both at C speed.
# * Text whose characters all lie in a small "fast alphabet" (ASCII, Vietnamese
#   letters, common marks and punctuation): str.lower, then a charmap codec
#   maps each character to one byte, bytes.translate folds and deletes, and
#   the charmap decoder turns the bytes back into text.  str.translate on
#   non-ASCII text costs a dictionary lookup per character (about 20 MB/s);
#   the codec path runs at more than 100 MB/s.
# * Anything else (Lao, Thai, Greek…), one line at a time: the general path,
#   which defines what folding means.

#: Apostrophe look-alikes; folding deletes them ("People’s" = "People's" = "Peoples").
_APOSTROPHES: Final = "'`´ʻʼ‘’‛′＇"
#: Whitespace, dashes, connectors (underscore) and format characters (zero-width
#: spaces and joiners, soft hyphens, byte order marks) are deleted.
_DELETED_CATEGORIES: Final = frozenset({"Zs", "Zl", "Zp", "Pd", "Pc", "Cf"})
#: The combining marks of the "Inherited" script (U+0300…, U+1AB0…, U+1DC0…,
#: U+20D0…, U+FE20…): the diacritics Latin letters carry.  Lao, Thai and other
#: scripts have marks of their own in their own blocks, which folding keeps.
_INHERITED_MARKS: Final = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_INHERITED_MARK_RUN: Final = re.compile(f"[{_INHERITED_MARKS}]+")
#: Blocks holding Latin letters with diacritics or modifiers.
_LATIN_BLOCKS: Final = (
    (0x00C0, 0x0250),
    (0x1D00, 0x1DC0),
    (0x1E00, 0x1F00),
    (0x2C60, 0x2C80),
    (0xA720, 0xA800),
    (0xAB30, 0xAB70),
    (0x1DF00, 0x1E000),
)
#: "LATIN SMALL LETTER D WITH STROKE" folds to "d"; so do hooks, bars and curls.
_LATIN_LETTER_NAME: Final = re.compile(
    r"LATIN (?:SMALL|CAPITAL) LETTER (?:([A-Z]{1,2})(?: WITH .+)?|DOTLESS ([IJ]))"
)
#: Planes with assigned format and separator characters: BMP, SMP and tags.
_SCAN_RANGES: Final = ((0x0000, 0x20000), (0xE0000, 0xE1000))


def _is_deleted(char: str) -> bool:
    """Whether folding deletes ``char`` wherever it stands."""
    return char.isspace() or unicodedata.category(char) in _DELETED_CATEGORIES or char in _APOSTROPHES


_ASCII_DELETED: Final = frozenset(c for c in map(chr, range(128)) if _is_deleted(c))
_ASCII_TABLE: Final[dict[int, None]] = dict.fromkeys(map(ord, _ASCII_DELETED))


def _latin_base(char: str) -> str | None:
    """The folded base letter(s) of a Latin letter with diacritics, or ``None``."""
    if not unicodedata.name(char, "").startswith("LATIN "):
        return None
    stripped = _INHERITED_MARK_RUN.sub("", unicodedata.normalize("NFD", char))
    out = []
    for piece in stripped:
        match = None if piece.isascii() else _LATIN_LETTER_NAME.fullmatch(unicodedata.name(piece, ""))
        out.append((match.group(1) or match.group(2)) if match else piece)
    folded = "".join(out).casefold()
    return None if folded == char else folded


@functools.cache
def _general_table() -> dict[int, str | None]:
    """The translation table of the general path, built on first use (about 50 ms)."""
    table: dict[int, str | None] = {}
    for start, stop in _SCAN_RANGES:
        for code in range(start, stop):
            if _is_deleted(chr(code)):
                table[code] = None
    for start, stop in _LATIN_BLOCKS:
        for code in range(start, stop):
            base = _latin_base(chr(code))
            if base is not None:
                table[code] = base
    return table


@functools.lru_cache(maxsize=1024)
def _is_other_script_letter(char: str) -> bool:
    """Whether ``char`` is a letter of a script other than Latin (Greek, Cyrillic…)."""
    return unicodedata.category(char)[0] == "L" and "LATIN" not in unicodedata.name(char, "LATIN")


def _drop_latin_marks(text: str) -> str:
    """
    Delete runs of inherited marks unless they sit on a letter of another script.

    A run sits on the letter before it, skipping other marks; a run with no
    letter under it (at the start, after a space or a digit) is dropped too.
    """
    pieces = []
    done = 0
    for run in _INHERITED_MARK_RUN.finditer(text):
        base = run.start() - 1
        while base >= 0 and unicodedata.category(text[base])[0] == "M":
            base -= 1
        if base >= 0 and _is_other_script_letter(text[base]):
            continue
        pieces.append(text[done : run.start()])
        done = run.end()
    pieces.append(text[done:])
    return "".join(pieces)


def _fold_general(text: str) -> str:
    """The definition of folding, for any text: the slow, general path."""
    folded = unicodedata.normalize("NFC", text).casefold()
    if _INHERITED_MARK_RUN.search(folded):
        folded = _drop_latin_marks(folded)
    folded = folded.translate(_general_table())
    return folded if folded.isascii() else unicodedata.normalize("NFC", folded)


# The fast alphabet, in order of priority (what does not fit in 154 slots is
# left to the general path).  Every character is checked against the general
# path when the tables are built; one that would fold differently is left out.
_FAST_CANDIDATES: Final = (
    # Vietnamese vowels with their marks, and đ.
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    # The combining marks of decomposed (NFD) Vietnamese and of common Latin letters.
    "\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u0309\u030a\u030b\u030c\u031b\u0323\u0327\u0328"
    # Deleted: apostrophes, dashes, spaces, zero-width and format characters.
    "’‘‛ʼʻ´′–—‐‑‒―\u00a0\u2002\u2003\u2009\u200a\u202f\u205f\u3000"
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u2028\u2029"
    # Kept as they are: quotes, ellipsis, bullets, currency and other signs.
    "“”„«»‹›…•·°§¶€£¥₫₭©®™±×÷¿¡"
    # Other Latin letters news text meets.
    "äåçëîïñöøûüÿāēīōūčšžćłńśźżęąřěůğşıőű"
)


@frozen
class _FastAlphabet:
    """The codec tables of the fast path."""

    encoding: Any  # codecs.charmap_build's EncodingMap
    translation: bytes
    deleted: bytes
    decoding: str


@functools.cache
def _fast_alphabet() -> _FastAlphabet:
    """Assign each fast character a byte; uppercase ASCII slots are free after ``lower()``."""
    undefined = "\ufffe"  # what charmap_build and charmap_decode read as "no character"
    encode = [chr(b) for b in range(128)] + [undefined] * 128
    decode = list(encode)
    translation = bytearray(range(256))
    deleted = bytearray(b for b in range(128) if chr(b) in _ASCII_DELETED)
    free_ascii = list(range(ord("A"), ord("Z") + 1))  # only for letters that fold to ASCII
    free_high = list(range(128, 256))
    for char in dict.fromkeys(_FAST_CANDIDATES):
        if char.lower() != char or char.casefold() != char:
            continue
        folded = _fold_general(char)
        to_ascii = len(folded) == 1 and folded.isascii()
        kept = folded == char and unicodedata.category(char)[0] not in "LM"
        if not (to_ascii or kept or folded == ""):
            continue
        slots = free_ascii if to_ascii and free_ascii else free_high
        if not slots:
            continue
        byte = slots.pop(0)
        encode[byte] = char
        if to_ascii:
            translation[byte] = ord(folded)
        elif folded == "":
            deleted.append(byte)
        else:
            decode[byte] = char
    return _FastAlphabet(
        encoding=codecs.charmap_build("".join(encode)),
        translation=bytes(translation),
        deleted=bytes(deleted),
        decoding="".join(decode),
    )


def _fold_fast(text: str) -> str:
    """Fold text of the fast alphabet; :class:`UnicodeEncodeError` if ``text`` has anything else."""
    alphabet = _fast_alphabet()
    encoded, _ = codecs.charmap_encode(text.lower(), "strict", alphabet.encoding)
    return codecs.charmap_decode(
        encoded.translate(alphabet.translation, alphabet.deleted), "strict", alphabet.decoding
    )[0]


def _fold_line(line: str) -> str:
    if line.isascii():
        return line.lower().translate(_ASCII_TABLE)
    try:
        return _fold_fast(line)
    except UnicodeEncodeError:
        return _fold_general(line)


def fold(text: str) -> str:
    """
    The comparison key of ``text``: one key for every way of writing the same name.

    Folding is the same whatever the Unicode normal form (NFC or NFD), the
    case, the diacritics on Latin letters (Đ/đ fold to ``d``), old- or
    new-style Vietnamese tone placement (hoà = hòa, thuý = thúy, khoẻ = khỏe),
    spaces, hyphens and underscores between syllables, zero-width and other
    format characters, and apostrophe look-alikes: all of those are removed.
    Marks on letters of other scripts are kept (Lao vowel and tone signs are
    combining marks too), as is all other punctuation.  A combining mark with
    no letter under it is dropped.  ``fold(fold(x)) == fold(x)``.

    The key is for comparing and indexing, not for showing: it has no spaces.

    Args:
        text: any text.

    Returns:
        The folded text, in NFC.

    >>> fold("Tô Lâm") == fold("TO LAM") == fold("To-Lam") == "tolam"
    True
    >>> fold("Đà Nẵng"), fold("Việt Nam"), fold("hoà") == fold("hòa")
    ('danang', 'vietnam', True)
    >>> fold("ທອງລຸນ ສີສຸລິດ")
    'ທອງລຸນສີສຸລິດ'
    >>> fold("Lao People’s Revolutionary Party")
    'laopeoplesrevolutionaryparty'

    .. versionadded:: 0.1
    """
    if text.isascii():
        return text.lower().translate(_ASCII_TABLE)
    try:
        return _fold_fast(text)
    except UnicodeEncodeError:
        # Fold line by line so that one Lao word sends only its own line down
        # the general path; newlines are deleted, so joining loses nothing.
        return "".join(map(_fold_line, text.split("\n")))


# --------------------------------------------------------------------------- offsets
@functools.lru_cache(maxsize=4096)
def _joins_previous(char: str) -> bool:
    """
    Whether ``char`` belongs to the character before it when folding.

    Marks, deleted characters and Hangul vowel and final jamo do: folding
    a piece that starts elsewhere would not give the piece's share of the
    folded whole.
    """
    code = ord(char)
    return (
        unicodedata.category(char)[0] == "M"
        or unicodedata.combining(char) != 0
        or _is_deleted(char)
        or 0x1161 <= code <= 0x1175
        or 0x11A8 <= code <= 0x11C2
    )


_fold_cluster: Final = functools.lru_cache(maxsize=4096)(_fold_general)


@frozen(kw_only=True)
class FoldedText:
    """
    Folded text that remembers where each of its characters came from.

    Search the folded :attr:`text`, then map a match back with
    :meth:`original_span`: the span it returns, folded, is the match.  A
    character that folds to several (``"ß"`` to ``"ss"``) can only be
    mapped whole, so a span that cuts one is widened to it.

    >>> folded = fold_with_offsets("Party General Secretary Tô Lâm said")
    >>> start = folded.text.index("tolam")
    >>> folded.original_span(start, start + len("tolam"))
    (24, 30)
    >>> folded.locate("to lam")
    ((24, 30),)

    .. versionadded:: 0.1
    """

    #: The text as given.
    original: str
    #: ``fold(original)``.
    text: str
    _starts: array[int] = field(eq=False, repr=False)
    _ends: array[int] = field(eq=False, repr=False)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """
        The span of :attr:`original` that folds to ``text[start:end]``.

        Args:
            start: where the span starts in the folded text.
            end: where it ends (exclusive); ``start <= end <= len(text)``.

        Returns:
            ``(start, end)`` in the original, without the spaces or other
            deleted characters around it.

        Raises:
            IndexError: the span does not lie inside the folded text.

        >>> fold_with_offsets("Hà-Nội, Việt Nam").original_span(0, 5)
        (0, 6)
        """
        size = len(self.text)
        if not 0 <= start <= end <= size:
            msg = f"span ({start}, {end}) is not inside the folded text (0, {size})"
            raise IndexError(msg)
        if start == end:
            where = self._starts[start] if start < size else len(self.original)
            return (where, where)
        return (self._starts[start], self._ends[end - 1])

    def locate(self, query: str) -> tuple[tuple[int, int], ...]:
        """
        Where ``query`` occurs in the original, whatever the spelling: non-overlapping spans.

        >>> fold_with_offsets("ທ່ານ ທອງລຸນ ສີສຸລິດ").locate("ທອງລຸນ")
        ((5, 11),)
        >>> fold_with_offsets("Viêng Chăn, Vieng Chan").locate("VIENG-CHAN")
        ((0, 10), (12, 22))
        """
        needle = fold(query)
        if not needle:
            return ()
        spans = []
        at = self.text.find(needle)
        while at != -1:
            spans.append(self.original_span(at, at + len(needle)))
            at = self.text.find(needle, at + len(needle))
        return tuple(spans)


def fold_with_offsets(text: str) -> FoldedText:
    """
    :func:`fold` ``text``, keeping for each folded character the span it came from.

    ``fold_with_offsets(text).text == fold(text)``.  Slower than
    :func:`fold` (about a microsecond a character for non-ASCII text).

    Args:
        text: any text.

    Returns:
        A :class:`FoldedText`.

    >>> folded = fold_with_offsets("Cộng hoà, Lào")
    >>> folded.text
    'conghoa,lao'
    >>> folded.original_span(folded.text.index("lao"), len(folded.text))
    (10, 13)

    .. versionadded:: 0.1
    """
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    if text.isascii():
        for i, char in enumerate(text):
            if char not in _ASCII_DELETED:
                starts.append(i)
                ends.append(i + 1)
        return FoldedText(original=text, text=fold(text), starts=starts, ends=ends)
    pieces = []
    size = len(text)
    start = 0
    while start < size:
        stop = start + 1
        while stop < size and _joins_previous(text[stop]):
            stop += 1
        folded = _fold_cluster(text[start:stop])
        if folded:
            # The span ends after the base and its marks, before any deleted
            # character, whenever that part alone folds to the same.
            core = start + 1
            while core < stop and unicodedata.category(text[core])[0] == "M":
                core += 1
            if core < stop and _fold_cluster(text[start:core]) != folded:
                core = stop
            pieces.append(folded)
            starts.extend([start] * len(folded))
            ends.extend([core] * len(folded))
        start = stop
    return FoldedText(original=text, text="".join(pieces), starts=starts, ends=ends)


# =========================================================================== resolving
#: Record kinds ``kind=`` accepts.
_KINDS: Final = tuple(kind for _key, _cls, kind in COLLECTIONS)
#: Punctuation a name key leaves out, so "H.E." = "HE" and "Laos," = "Laos".
_KEY_PUNCTUATION: Final = dict.fromkeys(map(ord, '.,;:!?()[]{}"“”„«»‹›·/'))
#: Inputs whose key is longer than any name can be are unknown without further work.
_MAX_KEY: Final = 256
#: Only so many characters of an unknown name go to fuzzy matching.
_MAX_FUZZY: Final = 64
#: Tells a cache miss from every cached answer.
_MISSING: Final = object()
#: "Thongloun's" names Thongloun.
_POSSESSIVE: Final = re.compile(r"['’ʼ]s\s*$")
#: Answers kept per dataset (raw input -> entity); cleared when full.
_MAX_ANSWERS: Final = 8192

# Titles and honorifics stripped from the front of a name, besides those the
# data records (role names, office titles, participants' ``title_used``).
# English glosses follow the Vietnamese and Lao ones.
_BUILT_IN_TITLES: Final = (
    "Mr", "Mrs", "Ms", "Miss", "Madam", "Madame", "Mme", "Dr", "Prof", "Sir", "H.E.",
    "His Excellency", "Her Excellency", "Comrade", "Uncle", "Prince", "late", "former",
    "President", "State President", "Vice President", "Prime Minister", "Deputy Prime Minister",
    "PM", "Chairman", "Chairwoman", "Chair", "General Secretary", "Secretary General",
    "Secretary-General", "Party General Secretary", "Party chief", "Party leader", "top leader",
    "leader", "Minister", "Foreign Minister", "FM", "Deputy", "Ambassador", "General", "Senior",
    "National Assembly Chairman", "National Assembly Chairwoman", "National Assembly President",
    "NA Chairman", "Permanent Member", "Politburo member", "Secretary",
    "ông",  # Mr
    "bà",  # Mrs
    "đồng chí",  # comrade
    "Bác",  # Uncle (Ho)
    "cố",  # the late
    "nguyên",  # former
    "Hoàng thân",  # Prince
    "Tổng Bí thư",  # General Secretary
    "Chủ tịch nước",  # President (of the State)
    "Chủ tịch",  # President, Chairman
    "Thủ tướng",  # Prime Minister
    "Phó Thủ tướng",  # Deputy Prime Minister
    "Chủ tịch Quốc hội",  # National Assembly Chairman
    "Bộ trưởng",  # Minister
    "Đại sứ",  # Ambassador
    "ທ່ານ",  # Mr, His Excellency
    "ທ່ານນາງ",  # Mrs, Madam
    "ສະຫາຍ",  # comrade
    "ປອ.",  # Dr
    "ເລຂາທິການໃຫຍ່",  # General Secretary
    "ປະທານປະເທດ",  # President (of the State)
    "ປະທານ",  # President, Chairman
    "ນາຍົກລັດຖະມົນຕີ",  # Prime Minister
    "ປະທານສະພາແຫ່ງຊາດ",  # President of the National Assembly
    "ສະເດັດເຈົ້າ",  # Prince
)  # fmt: skip
# Words that may stand before a title but are not titles themselves: a name
# stripped down to right after one of these does not count ("Vietnam Laos"
# is not Laos), one stripped to right after the title that follows does.
_BUILT_IN_QUALIFIERS: Final = (
    "the", "his", "her", "and", "&", "cum", "Party", "State", "Lao", "Laos", "Laotian",
    "Vietnamese", "Vietnam", "Viet Nam",
    "và",  # and
    "Lào",  # Lao
    "Việt Nam",  # Vietnam
    "ແລະ",  # and
    "ລາວ",  # Lao
    "ຫວຽດນາມ",  # Vietnam
)  # fmt: skip


def _key(text: str) -> str:
    """The index key of a name: folded, without the punctuation around words."""
    return fold(text).translate(_KEY_PUNCTUATION)


def _pieces(text: str) -> tuple[str, list[int]]:
    """A name's key and the offsets in it where words end."""
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
        texts: list[str] = list(_BUILT_IN_TITLES)
        for term in dataset.terms:
            if term.vocabulary is Vocabulary.ROLE:
                texts.extend(n.text for n in term.names)
        for person in dataset.people:
            texts.extend(office.title for office in person.offices)
        for event in dataset.events:
            texts.extend(p.title_used for p in event.participants if p.title_used)
        titles = frozenset(k for k in map(_key, texts) if k)
        qualifiers = frozenset(k for k in map(_key, _BUILT_IN_QUALIFIERS) if k) - titles
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
        UnknownName: nothing has this name (also for an empty name, or one
            of only marks and punctuation); ``suggestions`` holds close names.
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
    vnla.errors.AmbiguousName: 'Phomvihane' may mean any of 'xaysomphone-phomvihane', ...

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
    >>> [(m.id, m.how) for m in search(vnla.dataset(), "Thong", kind="person")]
    [('thongloun-sisoulith', 'prefix'), ('thongsavanh-phomvihane', 'prefix')]
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
    _fold_cluster.cache_clear()
    _joins_previous.cache_clear()


# =========================================================================== display
_STYLES: Final = ("full", "short", "formal")


def _language(locale: str) -> str:
    """The language of a locale tag: ``"vi"`` for ``"vi_VN"`` or ``"vi-VN"``."""
    return locale.replace("_", "-").split("-", maxsplit=1)[0].lower()


def _has_preferred(label: Label, lang: str) -> bool:
    return any(n.kind is NameKind.PREFERRED and n.lang == lang for n in label.names)


def _short(label: Label, lang: str) -> str:
    full = label.preferred(lang)
    if label.order is not None:
        # A person: the given name, which Vietnamese write last and Lao first.
        words = full.split()
        if len(words) > 1:
            return words[0] if label.order is NameOrder.GIVEN_FIRST else words[-1]
        if _has_preferred(label, lang) or label.given is None:
            return full  # "ໂຕເລິມ" is written as one word: keep the reader's script
        return label.given
    recorded = label.of_kind(NameKind.SHORT, lang) or label.of_kind(NameKind.SHORT, "en")
    return recorded[0].text if recorded else full


def display(label: Label, locale: str = "en", style: str = "full") -> str:
    """
    The form of a name a reader of ``locale`` expects.

    ``style`` is:

    * ``"full"``: the preferred name in the locale's language, else English;
    * ``"short"``: for a person, the given name, which each culture uses on
      its own: the last word of a Vietnamese name ("Lâm"), the first of a Lao
      one ("Thongloun"), in Lao script for ``lo`` where the Lao name has
      its words apart; otherwise a recorded short name, else the full name;
    * ``"formal"``: the formal name in the locale's language if one is
      recorded, else the full name.

    Args:
        label: the names of an entity (``record.name``).
        locale: a locale or language tag: ``"en"``, ``"vi"``, ``"lo"``, ``"vi_VN"``…
        style: ``"full"``, ``"short"`` or ``"formal"``.

    Returns:
        The name to show.

    Raises:
        ValueError: ``style`` is not one of the three.

    >>> import vnla
    >>> to_lam = vnla.dataset().get("to-lam").name
    >>> [display(to_lam, lang, "short") for lang in ("en", "vi", "lo")]
    ['Lam', 'Lâm', 'ໂຕເລິມ']
    >>> thongloun = vnla.dataset().get("thongloun-sisoulith").name
    >>> [display(thongloun, lang, "short") for lang in ("en", "vi", "lo")]
    ['Thongloun', 'Thongloun', 'ທອງລຸນ']
    >>> laos = vnla.dataset().get("LA").name
    >>> display(laos, "vi", "formal")
    'Cộng hòa Dân chủ Nhân dân Lào'

    .. versionadded:: 0.1
    """
    lang = _language(locale)
    if style == "full":
        return label.preferred(lang)
    if style == "short":
        return _short(label, lang)
    if style == "formal":
        formal = label.of_kind(NameKind.FORMAL, lang)
        return formal[0].text if formal else label.preferred(lang)
    msg = f"unknown display style {style!r}; expected one of {', '.join(_STYLES)}"
    raise ValueError(msg)
