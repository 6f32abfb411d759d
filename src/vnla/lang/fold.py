# SPDX-License-Identifier: MIT
"""
Folding: one comparison key for every spelling of a name, with offsets back to the text.

"Tô Lâm", "TO LAM", "To-Lam" and the decomposed (NFD) "Tô Lâm" all fold to
``"tolam"``, while Lao script keeps its vowel and tone signs.

>>> from vnla.lang.fold import fold
>>> fold("Hà Nội") == fold("HA NOI") == fold("Hanoi")
True

.. versionadded:: 0.1
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from array import array
from typing import Any, Final

from attrs import field, frozen

from vnla.model.normal import normalize

__all__ = ["FoldedText", "clear_caches", "fold", "fold_with_offsets"]

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
    # Where the previous run ended and the base it sat on: a scan back that reaches
    # that run (all marks) stops there, so the marks are scanned once in all (linear).
    previous_end, previous_base = -1, -1
    for run in _INHERITED_MARK_RUN.finditer(text):
        base = run.start() - 1
        while base >= 0 and unicodedata.category(text[base])[0] == "M":
            if base < previous_end:
                base = previous_base
                break
            base -= 1
        previous_end, previous_base = run.end(), base
        if base >= 0 and _is_other_script_letter(text[base]):
            continue
        pieces.append(text[done : run.start()])
        done = run.end()
    pieces.append(text[done:])
    return "".join(pieces)


def _fold_general(text: str) -> str:
    """The definition of folding, for any text: the slow, general path."""
    folded = normalize("NFC", text).casefold()
    if _INHERITED_MARK_RUN.search(folded):
        folded = _drop_latin_marks(folded)
    folded = folded.translate(_general_table())
    return folded if folded.isascii() else normalize("NFC", folded)


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


def _read_only(offsets: Any) -> memoryview:
    """Offsets as a read-only view of 64-bit integers (no copy when they already are one)."""
    if isinstance(offsets, memoryview) and offsets.readonly and offsets.format == "q":
        return offsets
    if isinstance(offsets, bytes):
        return memoryview(offsets).cast("q")
    packed = offsets if isinstance(offsets, array) and offsets.typecode == "q" else array("q", offsets)
    return memoryview(packed.tobytes()).cast("q")


def _unpickle_folded(original: str, text: str, starts: bytes, ends: bytes) -> FoldedText:
    return FoldedText(original=original, text=text, starts=starts, ends=ends)


@frozen(kw_only=True, getstate_setstate=False)
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
    #: Read-only: where each folded character's span starts and ends in :attr:`original`.
    _starts: memoryview = field(eq=False, repr=False, converter=_read_only)
    _ends: memoryview = field(eq=False, repr=False, converter=_read_only)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # memoryviews do not pickle; their bytes do.
        return (_unpickle_folded, (self.original, self.text, self._starts.tobytes(), self._ends.tobytes()))

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


def clear_caches() -> None:
    """Forget the folding caches (they refill on use)."""
    _fold_cluster.cache_clear()
    _joins_previous.cache_clear()
