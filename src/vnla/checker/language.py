# SPDX-License-Identifier: MIT
"""
Which language a text, or one sentence of it, is written in: Lao by its script, English
or Vietnamese by their commonest short words and letters (from their word files).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from vnla.lang.words import words

__all__: list[str] = []

_LETTERS: Final = re.compile(r"[^\W\d_]+")
_LAO_LETTER: Final = re.compile(r"[\u0e80-\u0eff]")  # the Lao script
_VIETNAMESE_LETTER: Final = re.compile(
    f"[{re.escape(words('vi').get('language', 'letters'))}]", re.IGNORECASE
)


def _common_words(lang: str) -> frozenset[str]:
    """The commonest short words of ``lang`` (its word file's), lower case."""
    return frozenset(w.lower() for w in words(lang).get("language", "common_words"))


#: Short words frequent in English and never part of a Vietnamese or Lao name.
_ENGLISH_WORDS: Final = _common_words("en")
#: Short words frequent in Vietnamese and never part of an English text or a person's name.
_VIETNAMESE_WORDS: Final = _common_words("vi")


def _counts(runs: list[str]) -> tuple[int, int]:
    """How many of the runs of letters are the commonest short English words, and Vietnamese ones."""
    lowered = " ".join(runs).lower().split(" ")  # lowered at once: no call per word
    return sum(map(_ENGLISH_WORDS.__contains__, lowered)), sum(map(_VIETNAMESE_WORDS.__contains__, lowered))


def _short_words(text: str) -> tuple[int, int]:
    """
    How many of the commonest short English words, and of the Vietnamese ones, ``text`` has.

    A word counts when it is a whole run of letters, in any case: the runs are found
    once, and looked up in a set (a regular expression of the words, tried at every
    position, costs a third of the check of a short article).
    """
    return _counts(_LETTERS.findall(text))


def _detect_lang(text: str) -> str:
    """
    The language of a text: ``lo`` for Lao script; else ``en`` or ``vi`` by its commonest short words.

    A text with too few of them (a headline, a list of names) is ``vi`` when
    more than 3% of its letters are Vietnamese ones.  Names written with
    Vietnamese letters do not make an English text Vietnamese.

    >>> _detect_lang("General Secretary Tô Lâm met Thongloun Sisoulith in Vientiane on Tuesday.")
    'en'
    >>> _detect_lang("Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.")
    'vi'
    """
    sample = text[:8000]
    runs = _LETTERS.findall(sample)
    letters = sum(map(len, runs)) or 1  # counted by runs: fewer strings made
    if _LAO_LETTER.search(sample) and len(_LAO_LETTER.findall(sample)) / letters > 0.3:
        return "lo"
    english, vietnamese = _counts(runs)
    if english + vietnamese >= 2:
        return "vi" if vietnamese > english else "en"
    return "vi" if len(_VIETNAMESE_LETTER.findall(sample)) / letters > 0.03 else "en"


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
