# SPDX-License-Identifier: MIT
"""
Which language a text, or one sentence of it, is written in: Lao by its script, English
or Vietnamese by their commonest short words and letters (from their word files).
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import Any, Final

from vnla.checker.folding import _RAW_EXTRA
from vnla.lang.accents import put_back
from vnla.lang.words import words

__all__: list[str] = []

_LETTERS: Final = re.compile(r"[^\W\d_]+")
_LAO_LETTER: Final = re.compile(r"[\u0e80-\u0eff]")  # the Lao script
_VIETNAMESE_LETTER: Final = re.compile(
    f"[{re.escape(words('vi').get('language', 'letters'))}]", re.IGNORECASE
)


def _common_words(lang: str) -> re.Pattern[str]:
    """The commonest short words of ``lang`` (its word file's), as whole words, in any case."""
    alternation = "|".join(map(re.escape, _common(lang)))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])", re.IGNORECASE)


def _common(lang: str) -> list[str]:
    return list(words(lang).get("language", "common_words"))


#: Short words frequent in English and never part of a Vietnamese or Lao name.
_ENGLISH_WORDS: Final = _common_words("en")
#: Short words frequent in Vietnamese and never part of an English text or a person's name.
_VIETNAMESE_WORDS: Final = _common_words("vi")


def _short_words(text: str) -> tuple[int, int]:
    """
    How many of the commonest short English words, and of the Vietnamese ones, ``text`` has.

    A word counts when it is a whole run of letters, in any case.  Most text is counted
    at C speed (:func:`_fast_counts`); a regular expression of the words, tried at every
    position, cost a third of the check of a short article, and counts only the rest.
    """
    fast = _fast_counts(text)
    if fast is not None:
        return fast[0], fast[1]
    return len(_ENGLISH_WORDS.findall(text)), len(_VIETNAMESE_WORDS.findall(text))


@functools.cache
def _word_tables() -> tuple[Any, bytes, re.Pattern[bytes], re.Pattern[bytes]] | None:
    """
    A charmap encoding of ASCII and the commonest other characters of the news (Vietnamese
    letters, quotes, dashes; :data:`~vnla.checker.folding._RAW_EXTRA`), one byte each, and a
    byte translation that lowers each letter and makes each other character a space; with, for
    English and Vietnamese, a pattern of the common words so encoded, each after a space and
    before one (the translated text is read with a space either side, so a word is a whole run
    of letters; a space before a word is no space after the one before, so each is counted).
    ``None`` when a common word cannot be encoded.

    A letter is what :data:`_LETTERS` reads as one, so the runs of letters are the same;
    a letter whose lower case is no character of the table is left out of it (a text with it
    takes the regular expression).
    """
    chars = [chr(b) for b in range(128)] + list(dict.fromkeys(_RAW_EXTRA))
    undefined = "\ufffe"  # what charmap_build reads as "no character"
    decode = chars + [undefined] * (256 - len(chars))
    byte_of = {c: b for b, c in enumerate(chars)}
    translation = bytearray(b" " * 256)
    for byte, char in enumerate(chars):
        if _LETTERS.fullmatch(char):
            lowered = char.lower()
            if lowered not in byte_of or not _LETTERS.fullmatch(lowered):
                decode[byte] = undefined  # not in the table: such a text takes the slow way
                continue
            translation[byte] = byte_of[lowered]
    encoding = codecs.charmap_build("".join(decode))
    encoded: list[re.Pattern[bytes]] = []
    for lang in ("en", "vi"):
        common = dict.fromkeys(w.lower() for w in _common(lang))
        if not all(_LETTERS.fullmatch(w) for w in common):
            return None  # a word of several runs: only the regular expression counts it
        try:
            keys = [codecs.charmap_encode(w, "strict", encoding)[0] for w in common]
        except UnicodeEncodeError:
            return None
        # as a tree of first letters: a plain alternation tried every word at every space
        # (one pattern of both languages' words is no quicker: the engine still tries each space)
        encoded.append(re.compile(b" " + _tree(keys) + b"(?= )"))
    return encoding, bytes(translation), encoded[0], encoded[1]


def _tree(words: list[bytes]) -> bytes:
    """
    A regular expression that matches the same words as their alternation, its branches by first letter.

    Followed by a space, it matches exactly one of the words, as the alternation
    does; but each branch starts with a letter of its own, which the regular
    expression engine tests before it enters the branch, so a word is tried only
    against the words that begin as it does.

    >>> _tree([b"the", b"their", b"to", b"and"])
    b'(?:and|t(?:he(?:ir)?|o))'
    >>> import re
    >>> [
    ...     re.fullmatch(_tree([b"the", b"their", b"to", b"and"]), w) is not None
    ...     for w in (b"the", b"thei", b"")
    ... ]
    [True, False, False]
    """
    by_first: dict[bytes, list[bytes]] = {}
    for word in sorted(set(words)):
        if word:
            by_first.setdefault(word[:1], []).append(word[1:])
    branches = [re.escape(first) + _tree(rests) for first, rests in by_first.items()]
    if not branches:
        return b""
    tree = branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"
    return b"(?:" + tree + b")?" if b"" in words else tree


def _fast_counts(text: str) -> tuple[int, int, int] | None:
    """
    The common English and Vietnamese words of ``text`` and its letters, at C speed: ``None`` for a
    text with a character outside :func:`_word_tables` (Lao, a decomposed accent…).
    """
    data = _translated(text)
    if data is None:
        return None
    english, vietnamese = _tally(data)
    return english, vietnamese, len(data) - data.count(b" ")


def _translated(text: str) -> bytes | None:
    """
    ``text`` as :func:`_word_tables` translates it, a space either side: each letter one byte,
    lowered, and each other character a space; ``None`` for a text with a character outside
    the table.
    """
    tables = _word_tables()
    if tables is None:
        return None
    encoding, translation, *_words = tables
    try:
        # ASCII is its own first 128 bytes in the table, and encoded so at the speed of a copy
        data = text.encode("ascii") if text.isascii() else codecs.charmap_encode(text, "strict", encoding)[0]
    except UnicodeEncodeError:
        return None
    return b" " + data.translate(translation) + b" "


def _tally(data: bytes, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """
    The common English and Vietnamese words of translated text (:func:`_translated`), those
    between ``start`` and ``end`` (default: its end) with the spaces either side.
    """
    tables = _word_tables()
    assert tables is not None  # the text was translated
    end = len(data) if end is None else end
    return len(tables[2].findall(data, start, end)), len(tables[3].findall(data, start, end))


#: The characters of a text that its language is guessed from.
_SAMPLE: Final = 8000
#: The first characters, which decide alone when their common words leave no doubt
#: (:data:`_PLAIN_WORDS` of them or more, and :data:`_PLAIN_RATIO` times as many of one
#: language as of the other): most articles say which language they are in within a paragraph.
_FIRST: Final = 1000
_PLAIN_WORDS: Final = 12
_PLAIN_RATIO: Final = 4


def _plainly(english: int, vietnamese: int) -> str | None:
    """The language that common words make plain, or ``None`` when they leave it open."""
    if english + vietnamese < _PLAIN_WORDS:
        return None
    if vietnamese >= _PLAIN_RATIO * english:
        return "vi"
    if english >= _PLAIN_RATIO * vietnamese:
        return "en"
    return None


def _detect_lang(text: str) -> str:
    """
    The language of a text: ``lo`` for Lao script; else ``en`` or ``vi`` by its commonest short words.

    The words of the first :data:`_FIRST` characters decide when they leave no doubt
    (:func:`_plainly`); else those of the first :data:`_SAMPLE` are counted.  A text with too
    few of them (a headline, a list of names) is ``vi`` when more than 3% of its letters are
    Vietnamese ones.  Names written with Vietnamese letters do not make an English text
    Vietnamese.

    >>> _detect_lang("General Secretary Tô Lâm met Thongloun Sisoulith in Vientiane on Tuesday.")
    'en'
    >>> _detect_lang("Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.")
    'vi'
    """
    sample = text[:_SAMPLE]
    if len(text) > _FIRST:
        head = _translated(text[:_FIRST])
        if head is not None:
            english, vietnamese = _tally(head)
            plain = _plainly(english, vietnamese)
            if plain is not None:
                return plain
            data = _translated(sample)
            if data is not None:  # the sample's words are the head's and the rest's
                english, vietnamese = _with_rest(data, english, vietnamese)
                return _by_words(english, vietnamese, data, sample)
    data = _translated(sample)  # a text of the table's characters has no Lao
    if data is not None:
        english, vietnamese = _tally(data)
        return _by_words(english, vietnamese, data, sample)
    lao = _lao_letters(sample)
    if lao > 0.3 * len(sample):  # then more than 0.3 of its letters, without counting them
        return "lo"
    letters = sum(map(len, _LETTERS.findall(sample)))  # counted by runs: fewer strings made
    if lao / (letters or 1) > 0.3:
        return "lo"
    english, vietnamese = len(_ENGLISH_WORDS.findall(sample)), len(_VIETNAMESE_WORDS.findall(sample))
    return _by_words(english, vietnamese, None, sample, letters)


def _with_rest(data: bytes, english: int, vietnamese: int) -> tuple[int, int]:
    """
    The common words of a whole translated sample, given those of its first :data:`_FIRST`
    characters (read with a space after them): the words after the head's last space are
    counted, and the head's last word, when the cut parted it, is taken back.
    """
    cut = data.rfind(b" ", 0, _FIRST + 2)  # the last space of the head as the sample has it
    if cut < _FIRST + 1:  # the head ends in a part of a word
        part = _tally(b" " + data[cut + 1 : _FIRST + 1] + b" ")
        english, vietnamese = english - part[0], vietnamese - part[1]
    rest = _tally(data, cut)
    return english + rest[0], vietnamese + rest[1]


def _lao_letters(text: str) -> int:
    """The Lao letters of ``text``, counted at C speed (in UTF-8, E0 BA or E0 BB begins each)."""
    data = text.encode("utf-8", "surrogatepass")
    return data.count(b"\xe0\xba") + data.count(b"\xe0\xbb")


def _by_words(english: int, vietnamese: int, data: bytes | None, sample: str, letters: int = -1) -> str:
    """
    The language of a sample of no Lao by its common words: ``vi`` or ``en``; with too few, by its
    Vietnamese letters (``data``: the sample translated, when it could be).
    """
    if english + vietnamese >= 2:
        return "vi" if vietnamese > english else "en"
    if data is not None:
        letters = len(data) - data.count(b" ")
    return "vi" if len(_VIETNAMESE_LETTER.findall(sample)) / (letters or 1) > 0.03 else "en"


@functools.lru_cache(maxsize=4096)
def _sentence_lang(sentence: str, default: str) -> str:
    """
    The language of one sentence when its words make it plain, else ``default``.

    >>> _sentence_lang("Tô Lâm nói: kim ngạch thương mại của hai nước đã tăng.", "en")
    'vi'
    >>> _sentence_lang("Tô Lâm and Thongloun Sisoulith held talks.", "vi")
    'en'
    >>> _sentence_lang("Tô Lâm, Thongloun Sisoulith.", "en")
    'en'
    """
    if _LAO_LETTER.search(sentence) and len(_LAO_LETTER.findall(sentence)) * 3 > len(sentence):
        return "lo"
    english, vietnamese = _short_words(sentence)
    if vietnamese >= 1 and vietnamese > 2 * english:
        return "vi"
    if english >= 1 and english > 2 * vietnamese:
        return "en"
    return default


def _check_lang(lang: str | None) -> str | None:
    if lang is not None and lang not in ("en", "vi", "lo"):
        msg = f"unknown text language {lang!r}; expected 'en', 'vi' or 'lo' (or None to detect it)"
        raise ValueError(msg)
    return lang


def read_as(text: str, lang: str) -> str:
    """
    The text the readers read of a chunk in ``lang``: Vietnamese written without its accents
    (the whole text, or lines of it) with the accents of the words they know put back
    (:func:`vnla.lang.accents.put_back`), of the same length, so every offset stands; any other
    text as it is.

    >>> read_as("Tong Bi thu To Lam tham Lao ngay 5/2/2026.", "vi")
    'Tổng Bí thư To Lam tham Lao ngày 5/2/2026.'
    >>> read_as("Tong Bi thu To Lam tham Lao ngay 5/2/2026.", "en")
    'Tong Bi thu To Lam tham Lao ngay 5/2/2026.'
    """
    return put_back(text) if lang == "vi" else text
