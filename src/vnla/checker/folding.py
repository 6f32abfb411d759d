# SPDX-License-Identifier: MIT
"""
Folding for the matcher: a folded copy of a chunk with one folded character per original one.

Names are found in a folded copy of each chunk of text, so that a span in the copy is the
same span in the text (or maps back through an offset array): lower case, Latin diacritics
stripped (đ -> d), every space a " ", every dash a "-", every apostrophe a "'" and every
double quote a '"'.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from array import array
from typing import Any, Final

from vnla.lang.fold import fold

__all__: list[str] = []

#
# Names are found in a folded copy of each chunk of text, one folded character
# per original character, so that a span in the copy is the same span in the
# text: lower case, Latin diacritics stripped (đ -> d), every space a " ",
# every dash a "-", every apostrophe a "'" and every double quote a '"'.
# Most text goes through a charmap codec and bytes.translate, both at C speed
# (without being lowered first when it holds no character beyond ASCII but
# those of _RAW_EXTRA); a line with anything else (Lao, decomposed accents,
# zero-width characters) goes through a per-character table, with an offset map
# when folding changes its length.

_APOSTROPHES: Final = "'`´ʻʼ‘’‛′＇"
_QUOTES: Final = '"“”„«»‹›″'
_DASHES: Final = "-‐‑‒–—―−﹘﹣－"
#: The byte every character that can be no part of a name folds to.
_OTHER: Final = "\x1a"
#: The combining marks Latin letters carry (the "Inherited" script blocks).
_LATIN_MARKS: Final = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_FAST_EXTRA: Final = (
    # Vietnamese vowels with their marks, and đ (lower case: the text is lowered first).
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    # Other Latin letters that fold to one ASCII letter.
    "äåçëîïñöøûüÿāēīōūčšžćłńśźżęąřěůğşıőűţșțľĺŕ"
    # Separators, quotes and signs.
    "’‘‛ʼʻ´′–—‐‑‒―−“”„«»‹›\u00a0\u2002\u2003\u2009\u200a\u202f\u205f\u3000\u2028\u2029"
    "…•·°§¶€£¥₫₭©®™±×÷¿¡"
)


#: Zero-width characters (space, non-joiner, joiner, word joiner, byte order mark) are dropped,
#: as :func:`~vnla.lang.fold.fold` drops them ("Vien\u200btiane" is Vientiane), except before a
#: capital, where a new word starts: there they fold to a space ("Tô\u200dLâm" is Tô Lâm).  A
#: soft hyphen is treated the same way.
_ZERO_WIDTH: Final = "\u200b\u200c\u200d\u2060\ufeff"
#: What a written name is compared without: the zero-width characters and the soft hyphen.
_INVISIBLE: Final = dict.fromkeys(map(ord, _ZERO_WIDTH + "\u00ad"))

_FIXED_FOLDS: Final = {
    **dict.fromkeys(_APOSTROPHES, "'"),
    **dict.fromkeys(_QUOTES, '"'),
    **dict.fromkeys(_DASHES, "-"),
}


@functools.lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """What one character folds to: usually one character; empty for marks and format characters."""

    fixed = _FIXED_FOLDS.get(char)
    if fixed is None:
        category = unicodedata.category(char)
        if category == "Pd":
            fixed = "-"
        elif char.isspace():
            fixed = " "
        elif category == "Cf" or _LATIN_MARKS.match(char):
            fixed = ""  # a format character, a decomposed accent: dropped, as fold() drops them
        elif category[0] in "LMN":
            fixed = fold(char) or char
        else:
            fixed = char if char.isascii() else _OTHER
    return fixed


@functools.cache
def _fast_tables() -> tuple[Any, bytes]:
    """The charmap encoding and the byte translation of the fast path."""
    undefined = "\ufffe"  # what charmap_build reads as "no character"
    decode = [chr(b) for b in range(128)] + [undefined] * 128
    translation = bytearray(range(128)) + bytearray(128)
    for b in range(128):
        translation[b] = ord(_fold_char(chr(b)) or _OTHER) if not chr(b).isalnum() else ord(chr(b).lower())
    slots = list(range(128, 256)) + list(range(ord("A"), ord("Z") + 1))
    for char in dict.fromkeys(_FAST_EXTRA):
        folded = _fold_char(char)
        if char.lower() != char or len(folded) != 1 or not slots:
            continue
        byte = slots.pop(0)
        decode[byte] = char
        translation[byte] = ord(folded) if folded.isascii() else ord(_OTHER)
    return codecs.charmap_build("".join(decode)), bytes(translation)


#: What a text not lowered first may hold beyond ASCII to be folded by :func:`_raw_tables`, most
#: wanted first: Vietnamese letters, common quotes and dashes, Vietnamese capitals.
_RAW_EXTRA: Final = (
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    "Đ’‘“”–—…\u00a0"
    "ÀÁẢÃẠĂẰẮẶÂẦẤẨẬÈÉẺẸÊỀẾỂỆÌÍỈỊÒÓỎÕỌÔỒỐỔỘƠỜỚỞỢÙÚỦỤƯỪỨỬỰÝ"
)


@functools.cache
def _raw_tables() -> tuple[Any, bytes]:
    """
    A charmap encoding and byte translation that fold text as it is, without lowering it first.

    Lowering a chunk costs as much as folding it.  These tables hold ASCII and the 128
    characters of :data:`_RAW_EXTRA`, each folded as the fast path folds it lowered, so that a
    text of only these characters folds the same either way; a text with any other character
    is lowered and folded as before (see :func:`_fold_line`).
    """
    encoding, translation = _fast_tables()
    extra = list(dict.fromkeys(_RAW_EXTRA))
    assert len(extra) <= 128  # one byte each
    decode = [chr(b) for b in range(128)] + extra
    raw = bytearray(len(decode))
    for byte, char in enumerate(decode):
        lowered = char.lower()
        assert len(lowered) == 1  # each lowered alone, as a text is: no context changes them
        (lowered_byte,) = codecs.charmap_encode(lowered, "strict", encoding)[0]
        raw[byte] = translation[lowered_byte]
    return codecs.charmap_build("".join(decode)), bytes(raw)


class _SlowTable(dict[int, str]):
    """A ``str.translate`` table that folds any character, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_SLOW: Final = _SlowTable()


def _fold_line(line: str) -> tuple[str, list[int] | None]:
    """Fold one line; the offset map is ``None`` when each character folds to one."""
    encoding, translation = _raw_tables()
    try:
        encoded, _ = codecs.charmap_encode(line, "strict", encoding)
    except UnicodeEncodeError:
        pass
    else:
        return encoded.translate(translation).decode("latin-1"), None
    lowered = line.lower()
    if len(lowered) == len(line):
        encoding, translation = _fast_tables()
        try:
            encoded, _ = codecs.charmap_encode(lowered, "strict", encoding)
        except UnicodeEncodeError:
            pass
        else:
            return encoded.translate(translation).decode("latin-1"), None
        folded = lowered.translate(_SLOW)
        if len(folded) == len(line):
            return folded, None
    pieces: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(line):
        folded = _fold_char(char.lower()) if len(char.lower()) == 1 else _fold_char(char)
        if (
            ord(char) in _INVISIBLE
            and 0 < i < len(line) - 1
            and line[i - 1].isalpha()
            and line[i + 1].isupper()
        ):
            folded = " "  # between a word and a capital: a break between words
        pieces.append(folded)
        offsets.extend([i] * len(folded))
    return "".join(pieces), offsets


def _fold_text(text: str) -> tuple[str, array[int] | None]:
    """
    Fold a chunk: the folded text, and the original offset of each folded character (or ``None``).

    With an offset map, ``offsets[len(folded)] == len(text)``.
    """
    folded, offsets = _fold_line(text)
    if offsets is None:
        return folded, None
    pieces: list[str] = []
    mapping: array[int] = array("q")
    start = 0
    for line in text.splitlines(keepends=True):
        piece, line_offsets = _fold_line(line)
        pieces.append(piece)
        if line_offsets is None:
            mapping.extend(range(start, start + len(line)))
        else:
            mapping.extend(start + o for o in line_offsets)
        start += len(line)
    mapping.append(len(text))
    return "".join(pieces), mapping


def _pattern_key(text: str) -> str:
    """The key a name is looked up by: folded, spaces squeezed."""
    folded, _ = _fold_line(unicodedata.normalize("NFC", text))
    return " ".join(folded.split(" ")).strip()


def _bare_key(text: str) -> str:
    """What a founding's bare name is looked up by: folded, no spaces (Lao may write none)."""
    return "".join(_pattern_key(text).split())


def _key_variants(key: str) -> list[str]:
    """A key with each dash written tight ("a-b") and spaced ("a - b"), for up to three dashes."""
    parts = re.split(r" ?- ?", key)
    if len(parts) == 1 or len(parts) > 4:
        return [key]
    out = [parts[0]]
    for part in parts[1:]:
        out = [f"{o}{sep}{part}" for o in out for sep in ("-", " - ")]
    return list(dict.fromkeys([key, *out]))


_WORD_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789" + _OTHER)


def _nfc_fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_TIGHT)


_TIGHT: Final = {**{ord(c): "'" for c in _APOSTROPHES}, **_INVISIBLE}


@functools.lru_cache(maxsize=4096)
def _exact_ok(written: str, name: str) -> bool:
    """
    Whether a one-word name is written as recorded: with its diacritics, and its capitals.

    A one-word name matches only as written ("Lâm" is not "làm", "DOC" is not
    "doc", "Renewal" is not "renewal"), in capitals throughout (a headline),
    or, for a name recorded in lower case, in any case.
    """
    written, name = _nfc_fold(written), _nfc_fold(name)
    if written == name:
        return True
    if written.casefold() != name.casefold():
        return False
    return written.isupper() or name.islower()
