# SPDX-License-Identifier: MIT
"""
Vietnamese written without its accents, as phone notes, GPS devices, old systems and quick
messages write it ("Tong Bi thu To Lam tham Lao ngay 5/2/2026, kim ngach dat 2,98 ty USD"):
telling such text (:func:`unaccented`), and putting the accents of the words the readers know
back in place (:func:`restored`), so that it is read as the same words with their accents are.

Every Vietnamese letter is one character with its accents or without them, so a word put back
keeps the text's length and every offset: findings still point into the text as written. What
is put back is data: every phrase of two words or more in the Vietnamese word file, CLDR's
Vietnamese weekday names (through babel), and the file's ``unaccented`` section, which lists
the single words put back wherever they stand (``words``), those put back only beside a number
(``beside_numbers``: "64 nam", "nam 2026", not the "Nam" of "Viet Nam") and the phrases never put
back (``never``). A phrase two accented spellings share without their accents is left as written.

>>> restored("Tong Bi thu To Lam tham Lao ngay 5/2/2026; kim ngach dat 2,98 ty USD, tang 32,7%.")
'Tổng Bí thư To Lam tham Lao ngày 5/2/2026; kim ngạch đạt 2,98 tỷ USD, tăng 32,7%.'
>>> restored("ky niem 64 nam quan he ngoai giao Viet Nam - Lao")
'kỷ niệm 64 năm quan hệ ngoại giao Việt Nam - Lao'
>>> unaccented("Tong Bi thu To Lam tham Lao ngay 5/2/2026"), unaccented("Tổng Bí thư Tô Lâm thăm Lào")
(True, False)

.. versionadded:: 0.2
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Final

from vnla.lang.words import words
from vnla.model.errors import DataError, Problem

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["plain", "put_back", "restored", "unaccented"]

#: Of a text's letters, the most that may be Vietnamese-only letters (the word file's
#: ``language.letters``) in Vietnamese written without its accents: a name or two copied with
#: theirs ("To Lam gap Thongloun o Hà Nội") leaves it so. Written with them, a quarter or more are.
_MOST_ACCENTED: Final = 0.05
#: The letters a text is told by: its first ones (the rest are written alike).
_SAMPLE: Final = 4000
#: The fewest letters a text must have to be told unaccented.
_FEWEST_LETTERS: Final = 20
#: The fewest letters a line of a text with accents must have to be read as written without
#: them when it holds no Vietnamese-only letter ("chuyen tham ngan ma nhieu viec qua"): a
#: shorter one is as often a name, a code or a label.
_LINE_LETTERS: Final = 12
_LETTER_RUN: Final = re.compile(r"[^\W\d_]++")
#: A number beside a word that :data:`beside_numbers` lists: digits, or a Roman numeral ("quy I/2025").
_NUMBER: Final = r"(?:\d|[IVX]++(?![^\W\d_]))"


def plain(text: str) -> str:
    """
    ``text`` without its accents, character by character (so of the same length): "đ" is "d",
    and a letter with accents its base letter; a character whose base is no ASCII letter stays.

    >>> plain("Đại hội lần thứ XIV"), plain("ສປປ ລາວ")
    ('Dai hoi lan thu XIV', 'ສປປ ລາວ')
    """
    if text.isascii():
        return text
    return "".join(_plain_char(c) for c in text)


@functools.cache
def _plain_char(char: str) -> str:
    if char in "đĐ":
        return "d" if char == "đ" else "D"
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() and base.isalpha() else char


def unaccented(text: str) -> bool:
    """
    Whether ``text`` (Vietnamese) is written without its accents: among its first letters, at
    most :data:`_MOST_ACCENTED` are letters only Vietnamese writes.
    """
    sample = text[:_SAMPLE]
    letters = _letters(sample)
    if letters < _FEWEST_LETTERS:
        return False
    accented = 0 if sample.isascii() else len(_table().own_letter.findall(sample))
    return accented <= _MOST_ACCENTED * letters


def put_back(text: str) -> str:
    """
    ``text`` (Vietnamese) with the accents of the words the readers know put back where it is
    written without them: the whole text when it is (:func:`unaccented`), else each line of
    :data:`_LINE_LETTERS` letters or more with no letter only Vietnamese writes, as a page with
    accents holds its readers' comments written without them.

    >>> put_back("Bình luận (2)\\nTBT To Lam tham Lao ngay 5/2, hai nuoc ky nhieu van kien.")
    'Bình luận (2)\\nTBT To Lam tham Lao ngày 5/2, hai nước ky nhieu van kien.'
    """
    if unaccented(text):
        return restored(text)
    found = [m for m in _table().bare_line.finditer(text) if _letters(m.group(0)) >= _LINE_LETTERS]
    if not found:
        return text  # most text: every line of words has its accents
    pieces = []
    at = 0
    for line in found:
        pieces += [text[at : line.start()], restored(line.group(0))]
        at = line.end()
    pieces.append(text[at:])
    return "".join(pieces)


def _letters(text: str) -> int:
    return sum(map(len, _LETTER_RUN.findall(text)))


def restored(text: str) -> str:
    """
    ``text`` with the accents of the words the readers know put back, as :data:`__doc__` says;
    of the same length as ``text``, each letter in its case.
    """
    table = _table()
    text = table.anywhere.sub(table.put_back, text)
    return table.beside.sub(table.put_back, text)


class _Table:
    """The words put back: unaccented and lower case -> accented, and the patterns that find them."""

    __slots__ = ("accented", "anywhere", "bare_line", "beside", "own_letter")

    def __init__(self) -> None:
        vi = words("vi")
        letters = vi.get("language", "letters")
        own = re.escape("".join(sorted(set(letters) | set(letters.upper()))))
        #: a letter only Vietnamese writes, in either case; a line with none of them
        self.own_letter = re.compile(f"[{own}]")
        self.bare_line = re.compile(rf"^[^{own}\n]++$", re.MULTILINE)
        never = {" ".join(w.lower().split()) for w in vi.get("unaccented", "never")}
        accented: dict[str, str] = {}
        shared: set[str] = set()
        for phrase in _phrases():
            key = plain(phrase)
            if key != phrase and key not in never and accented.setdefault(key, phrase) != phrase:
                shared.add(key)  # two spellings without their accents: which one is meant is not known
        for key in shared:
            del accented[key]
        singles, beside = (
            _singles(vi.get("unaccented", "words"), "words"),
            _singles(vi.get("unaccented", "beside_numbers"), "beside_numbers"),
        )
        accented.update(singles)
        accented.update(beside)
        self.accented = accented
        anywhere = sorted((k for k in accented if k not in beside), key=len, reverse=True)
        self.anywhere = re.compile(rf"(?<![^\W_])(?:{_alternation(anywhere)})(?![^\W_])", re.IGNORECASE)
        self.beside = re.compile(
            rf"(?:(?<=\d)|(?<=\d[^\S\n]))(?:{_alternation(list(beside))})(?![^\W_])"
            rf"|(?<![^\W_])(?:{_alternation(list(beside))})(?=[^\S\n]?{_NUMBER})",
            re.IGNORECASE,
        )

    def put_back(self, match: re.Match[str]) -> str:
        """The words of ``match`` with their accents, each letter in the case it is written in."""
        written = match.group(0)
        accented = self.accented.get(" ".join(written.lower().split()))
        if accented is None:
            return written
        letters = iter(accented.replace(" ", ""))
        return "".join(c if c.isspace() else _cased(next(letters), c) for c in written)


def _cased(letter: str, like: str) -> str:
    return letter.upper() if like.isupper() else letter


def _alternation(keys: list[str]) -> str:
    return "|".join(re.escape(k).replace(r"\ ", r"[^\S\n]++") for k in keys) or "(?!)"


def _singles(listed: tuple[str, ...], key: str) -> dict[str, str]:
    """The words of ``unaccented.<key>``, unaccented -> accented; a word with no accent is an error."""
    problems = [
        Problem(file="vi.toml", path=f"$.unaccented.{key}[{i}]", reason=f"{word!r} has no accent to put back")
        for i, word in enumerate(listed)
        if plain(word) == word
    ]
    if problems:
        raise DataError(problems)
    return {plain(word.lower()): word.lower() for word in listed}


def _phrases() -> Iterator[str]:
    """The Vietnamese word file's phrases of two words or more, and CLDR's weekday names, in lower case."""
    from babel.dates import get_day_names  # delayed: babel's data loads slowly

    for value in words("vi").strings():
        if " " in value.strip():
            yield " ".join(unicodedata.normalize("NFC", value).lower().split())
    for name in get_day_names("wide", locale="vi").values():
        yield " ".join(name.lower().split())


@functools.cache
def _table() -> _Table:
    return _Table()
