# SPDX-License-Identifier: MIT
"""
Lao script: digits, orthographic syllables and the optional spaces of Lao text.

Lao is written without spaces between words (a space ends a phrase or stands around a name),
so a name is found in Lao text where it starts and ends at a *syllable boundary*.  A Lao
syllable is an optional leading vowel (ເ ແ ໂ ໃ ໄ), a consonant or a cluster (ຫ before a
sonorant, a consonant with ຼ), vowel signs and tone marks, and an optional final consonant.
:func:`is_boundary` tells whether a position may be such a boundary, from the letters around
it only: no dictionary, and the same answer whether the text has spaces or not.

The rule forbids a boundary only where the script makes one impossible:

* before a vowel sign, a tone mark or a following vowel (ະ າ ຳ ຽ ໆ), which belong to the
  syllable before them;
* after a leading vowel, which belongs to the consonant after it;
* inside ຫ + a sonorant (ຫວ, ຫນ, ຫມ ...), one consonant sound;
* before a final consonant (ກ ງ ຍ ດ ນ ບ ມ ວ) that no vowel follows (it closes the syllable
  before it), and before ອ as the vowel "o" (ທອງ).

>>> is_boundary("ທອງລຸນສີສຸລິດ", 6)  # ທອງລຸນ|ສີສຸລິດ
True
>>> is_boundary("ທອງລຸນສີສຸລິດ", 5)  # ທອງລຸ|ນ: ນ closes ລຸນ
False
>>> to_ascii_digits("໒ ທັນວາ ໒໐໒໕")
'2 ທັນວາ 2025'
>>> unspaced("ທອງລຸນ ສີສຸລິດ, ວຽງຈັນ")
'ທອງລຸນສີສຸລິດ, ວຽງຈັນ'
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from vnla.lang.words import words

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = [
    "LAO_DIGITS",
    "LAO_FIRST",
    "LAO_LAST",
    "NON_LAO_LETTER",
    "NON_LAO_WORD",
    "date_pattern",
    "has_lao",
    "horizon_pattern",
    "is_boundary",
    "is_lao",
    "ordinal_heads",
    "ordinal_pattern",
    "ordinal_text",
    "ordinals",
    "range_words",
    "regions",
    "repetition_mark",
    "spellings",
    "syllables",
    "to_ascii_digits",
    "unspaced",
]

#: The Lao digits ໐–໙, in order.
LAO_DIGITS: Final = "".join(chr(c) for c in range(0x0ED0, 0x0EDA))
_TO_ASCII: Final = str.maketrans(LAO_DIGITS, "0123456789")

#: The first and last code points of the Lao block.
LAO_FIRST: Final = "\u0e80"
LAO_LAST: Final = "\u0eff"
_FIRST, _LAST = LAO_FIRST, LAO_LAST
#: Leading vowels: written before the consonant they follow in speech.
_LEADING: Final = frozenset("\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
#: Vowel signs and tone marks above and below (combining), and the following vowels
#: ະ າ ຳ ຽ and the repetition mark ໆ: they end the syllable they stand in, never start one.
_ATTACHED: Final = frozenset(
    "\u0eb1\u0eb4\u0eb5\u0eb6\u0eb7\u0eb8\u0eb9\u0ebb\u0ebc\u0ec8\u0ec9\u0eca\u0ecb\u0ecc\u0ecd"
    "\u0eb0\u0eb2\u0eb3\u0ebd\u0ec6"
)
#: Consonants (ກ–ຮ, ໜ, ໝ, ໞ, ໟ).
_CONSONANTS: Final = frozenset(chr(c) for c in range(0x0E81, 0x0EAF)) | frozenset("\u0edc\u0edd\u0ede\u0edf")
#: The consonant ຫ, silent before a sonorant (ຫວຽດ, ຫນອງ).
_HO: Final = "\u0eab"
_SONORANTS: Final = frozenset("\u0e87\u0e8d\u0e99\u0ea1\u0ea5\u0ea7\u0ea3")  # ງ ຍ ນ ມ ລ ວ ຣ
_WO: Final = "\u0ea7"  # ວ, second of a cluster before າ (ຄວາມ, ກວ່າ)
_AA: Final = "\u0eb2"  # າ
_TONES: Final = frozenset("\u0ec8\u0ec9\u0eca\u0ecb")
#: The consonants that may close a syllable (ກ ງ ຍ ດ ນ ບ ມ ວ); any other starts one.
_FINALS: Final = frozenset("\u0e81\u0e87\u0e8d\u0e94\u0e99\u0e9a\u0ea1\u0ea7")
_O: Final = "\u0ead"  # ອ, the vowel "o" after a consonant (ທອງ), or a syllable's silent onset


def is_lao(char: str) -> bool:
    """
    Whether ``char`` is in the Lao block (U+0E80–U+0EFF).

    >>> is_lao("ກ"), is_lao("a")
    (True, False)
    """
    return _FIRST <= char <= _LAST


_ANY: Final = re.compile("[\u0e80-\u0eff]")
#: A regular-expression class: a word character that is not Lao.  Lao has no spaces between
#: words, so a word's edge is tested against the other scripts' letters only.
NON_LAO_WORD: Final = "[^\\W\u0e80-\u0eff]"
#: A regular-expression class: a letter of another script than Lao.  Unspaced Lao runs its
#: words into digits too ("ມູນຄ່າການຄ້າ9ເດືອນ", "ປີ2025"), so a Lao word's edge is tested
#: against these only.
NON_LAO_LETTER: Final = "[^\\W\\d_\u0e80-\u0eff]"


def has_lao(text: str) -> bool:
    """
    Whether ``text`` has a Lao character.

    >>> has_lao("Vientiane, ວຽງຈັນ"), has_lao("Vientiane")
    (True, False)
    """
    return _ANY.search(text) is not None


_RUN: Final = re.compile("[\u0e80-\u0eff]+")


def regions(text: str, margin: int = 64) -> list[tuple[int, int]]:
    """
    The stretches of ``text`` around its Lao letters (``margin`` characters either side, to a
    space), merged: where a Lao grammar has something to read in a text mostly in another script.

    >>> regions("Talks in Vientiane. " * 10 + "ວຽງຈັນ, 1 ທັນວາ 2025." + " Talks in Hanoi." * 10)
    [(129, 285)]
    """
    out: list[list[int]] = []
    size = len(text)
    for m in _RUN.finditer(text):
        lo, hi = max(0, m.start() - margin), min(size, m.end() + margin)
        if out and lo <= out[-1][1]:
            out[-1][1] = hi
        else:
            out.append([lo, hi])
    spans = []
    for first, last in out:
        lo, hi = first, last
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < size and not text[hi].isspace():
            hi += 1
        spans.append((lo, hi))
    return spans


def is_boundary(text: str, i: int) -> bool:
    """
    Whether a syllable may end before ``text[i]`` and another start there.

    The ends of the text, and a position with no Lao letter on one side, are boundaries
    unless a vowel sign or tone mark follows (it belongs to the letter before it).

    >>> is_boundary("ລາວ", 2), is_boundary("ລາວ", 3), is_boundary("ເລຂາ", 1), is_boundary("ເມື່ອ", 4)
    (False, True, False, False)
    """
    if i <= 0 or i >= len(text):
        return True
    after, before = text[i], text[i - 1]
    if after in _ATTACHED:
        return False
    if not (is_lao(after) and is_lao(before)):
        return True
    return not (
        before in _LEADING
        or (before == _HO and after in _SONORANTS)
        # ລາ|ວ: a consonant no vowel follows closes the syllable before it
        or (after in _CONSONANTS and _closes(text, i))
        # ທ|ອງ: ອ is the vowel of the consonant before it, and so is a last ອ (ເມື່ອ)
        or (after == _O and (i + 1 == len(text) or _closes(text, i + 1)))
    )


def _closes(text: str, i: int) -> bool:
    """Whether the consonant ``text[i]`` can only be a final: no vowel, ອ or cluster after it."""
    if text[i] not in _FINALS:
        return False
    following = text[i + 1] if i + 1 < len(text) else ""
    if following in _ATTACHED or following == _O:
        return False
    if following == _WO:  # ຄວາມ, ກວ່າ: a cluster with ວ
        rest = text[i + 2 : i + 4]
        return not (rest[:1] == _AA or (rest[:1] in _TONES and rest[1:] == _AA))
    return True


def syllables(text: str) -> list[str]:
    """
    ``text`` cut at every syllable boundary :func:`is_boundary` allows (spaces kept as parts).

    >>> syllables("ທອງລຸນສີສຸລິດ")
    ['ທອງ', 'ລຸນ', 'ສີ', 'ສຸ', 'ລິດ']
    """
    out: list[str] = []
    start = 0
    for i in range(1, len(text)):
        if is_boundary(text, i):
            out.append(text[start:i])
            start = i
    if text:
        out.append(text[start:])
    return out


def to_ascii_digits(text: str) -> str:
    """``text`` with Lao digits written as ASCII ones: one character for one, so offsets hold."""
    return text.translate(_TO_ASCII)


_LAO_SPACE: Final = re.compile(r"(?<=[\u0e80-\u0eff]) +(?=[\u0e80-\u0eff])")


def unspaced(text: str) -> str:
    """``text`` without the spaces between two Lao letters (the spaces Lao may leave out)."""
    return _LAO_SPACE.sub("", text)


def optional_spaces(text: str) -> list[tuple[int, int]]:
    """
    Where the spaces :func:`unspaced` leaves out stand in ``text``.

    >>> optional_spaces("ທອງລຸນ ສີສຸລິດ, To Lam")
    [(6, 7)]
    """
    return [m.span() for m in _LAO_SPACE.finditer(text)]


def spellings(keys: Iterable[str]) -> list[str]:
    """
    Each key, then the same key without its optional Lao spaces where it has some.

    >>> spellings(["ທອງລຸນ ສີສຸລິດ", "to lam"])
    ['ທອງລຸນ ສີສຸລິດ', 'ທອງລຸນສີສຸລິດ', 'to lam']
    """
    out: list[str] = []
    for key in keys:
        out.append(key)
        tight = unspaced(key)
        if tight != key:
            out.append(tight)
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------- words
@functools.cache
def _words() -> _LaoWords:
    """The words of this grammar, from the ``[lao]`` section of ``vnla/data/lang/lo.toml``."""
    lao = words("lo")

    def listed(key: str) -> tuple[str, ...]:
        return tuple(lao.get("lao", key))

    return _LaoWords(
        heads=dict(lao.get("lao", "ordinal_heads")),
        mark=lao.get("lao", "ordinal_mark"),
        nth=lao.get("lao", "ordinal_nth"),
        anniversary=lao.get("lao", "anniversary"),
        full=listed("full_years"),
        year=lao.get("lao", "year"),
        day=listed("day_words"),
        since=listed("from_words"),
        since_year=listed("since_year"),
        month=listed("month_words"),
        range_to=listed("range_words"),
        near=listed("near_term"),
        longer=listed("longer_term"),
        soon=listed("soon"),
        by=listed("by_year"),
        repetition=lao.get("lao", "repetition"),
    )


class _LaoWords(NamedTuple):
    heads: dict[str, str]
    mark: str
    nth: str
    anniversary: str
    full: tuple[str, ...]
    year: str
    day: tuple[str, ...]
    since: tuple[str, ...]
    since_year: tuple[str, ...]
    month: tuple[str, ...]
    range_to: tuple[str, ...]
    near: tuple[str, ...]
    longer: tuple[str, ...]
    soon: tuple[str, ...]
    by: tuple[str, ...]
    repetition: str


def _alternation(words: Iterable[str]) -> str:
    """
    The words as one alternation, the longest first (so none stops at a shorter one); a Lao
    word with any spaces between its syllables, or none, as Lao writes it ("ໄລຍະຍາວ", "ໄລຍະ ຍາວ").
    """
    return "|".join(_spaced(w) for w in sorted(dict.fromkeys(words), key=len, reverse=True))


def _spaced(word: str) -> str:
    """A word as a pattern; a Lao one taking spaces, or none, between its syllables."""
    if not word or not is_lao(word[0]):
        return re.escape(word)
    return " *".join(re.escape(part) for part in syllables(unspaced(word)))


# ---------------------------------------------------------------------------- ordinals
@functools.cache
def ordinal_pattern() -> re.Pattern[str]:
    """
    The Lao ordinal grammar: a head, up to 40 Lao letters (no digit) of what it is of, the
    ordinal marker ("ຄັ້ງທີ", "ທີ") and a number or Roman numeral; or an anniversary, the
    anniversary word, a number and the year word ("ຄົບຮອບ 50 ປີ"; or a word of full years,
    "ຄົບ 30 ປີ").  The words are the ``[lao]`` section's of ``lo.toml``.

    >>> ordinal_pattern().match("ສະໄໝທີ XI")["num"]
    'XI'
    >>> ordinal_pattern().match("ກອງປະຊຸມໃຫຍ່ ໄດ້ດຳເນີນ ແຕ່ວັນທີ 6 ຫາ 8 ມັງກອນ") is None
    True
    >>> ordinal_pattern().match("ກອງປະຊຸມໃຫຍ່໖-໘ມັງກອນ໒໐໒໖") is None
    True
    """
    w = _words()
    # what it is of runs to the marker, never over a day's ("ກອງປະຊຸມໃຫຍ່ ໄດ້ດຳເນີນ ແຕ່ວັນທີ 6": a date);
    # a body's name may hold a dash ("ກອງປະຊຸມ ຄະນະກຳມະການຮ່ວມມື ລາວ-ຫວຽດນາມ ຄັ້ງທີ 48")
    return re.compile(
        rf"(?P<head>{_alternation(w.heads)})"
        rf"(?P<of>(?:(?!{_alternation(w.day)})[\u0e80-\u0ecf\u0eda-\u0eff \-–]){{0,40}}?)"
        rf"(?P<mark>{re.escape(w.mark)}|{re.escape(w.nth)})? ?"
        # (not a day's number: "ກອງປະຊຸມໃຫຍ່໖-໘ມັງກອນ", the congress of 6-8 January, unspaced)
        r"(?P<num>[IVXLC]+|\d{1,3})(?![\dA-Za-z])(?!\s*+[-–]\s*+\d)"
        rf"|(?:{_alternation((w.anniversary, *w.full))}) ?(?P<years>\d{{1,4}}) ?{re.escape(w.year)}"
    )


def repetition_mark() -> str:
    """
    The mark that repeats the word before it ("ມື້ອື່ນໆ", other days; the ``[lao]`` section's).

    >>> repetition_mark() == "\u0ec6"
    True
    """
    return _words().repetition


@functools.cache
def _heads_pattern() -> re.Pattern[str]:
    """The ordinal heads alone, the longest first ("ກອງປະຊຸມໃຫຍ່" before "ກອງປະຊຸມ")."""
    return re.compile(_alternation(_words().heads))


def ordinal_heads() -> tuple[str, ...]:
    """
    Where a Lao ordinal may start: its heads, and the anniversary word.

    >>> "ຄົບຮອບ" in ordinal_heads()
    True
    """
    w = _words()
    return (*w.heads, w.anniversary, *w.full)


def ordinals(text: str) -> list[tuple[str, str, int, int]]:
    """
    The Lao ordinals of ``text``: (numeral as written, noun, start, end).

    >>> ordinals("ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XII ຂອງພັກ, ກອງປະຊຸມຄັ້ງທີ48, ກອງປະຊຸມ 5 ຄົນ, ວັນຊາດຄົບຮອບ 50 ປີ")
    [('XII', 'congress', 0, 23), ('48', 'meeting', 32, 48), ('50', 'anniversary', 72, 84)]
    >>> [noun for _n, noun, _s, _e in ordinals("ກອງປະຊຸມແຈ້ງຜົນ ຂອງກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XII")]
    ['congress']
    """
    w = _words()
    out: list[tuple[str, str, int, int]] = []
    for m in ordinal_pattern().finditer(text):
        if m["years"]:
            out.append((m["years"], "anniversary", m.start(), m.end()))
            continue
        # the head nearest the marker says what is counted ("ກອງປະຊຸມແຈ້ງຜົນ ຂອງກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XII":
        # the briefing meeting on the 12th Congress counts the congress)
        inner = _heads_pattern().findall(m["of"] or "")
        noun = w.heads[unspaced(inner[-1] if inner else m["head"])]  # however it is spaced
        if noun == "meeting" and m["mark"] != w.mark:
            continue  # "ກອງປະຊຸມ 5 ຄົນ" counts people, not meetings
        if noun == "term" and not m["mark"]:
            continue
        out.append((m["num"], noun, m.start(), m.end()))
    return out


def ordinal_text(number: int, noun: str) -> str:
    """
    An ordinal as Lao writes it: "ຄົບຮອບ 50 ປີ" for an anniversary, "ຄັ້ງທີ 48" otherwise.

    >>> ordinal_text(50, "anniversary"), ordinal_text(12, "congress")
    ('ຄົບຮອບ 50 ປີ', 'ຄັ້ງທີ 12')
    """
    w = _words()
    if noun in ("anniversary", "national-day", "years"):
        return f"{w.anniversary} {number} {w.year}"
    return f"{w.mark} {number}"


# ---------------------------------------------------------------------------- dates
def range_words() -> tuple[str, ...]:
    """
    The words between the two ends of a range (besides a dash).

    >>> "ຫາ" in range_words()
    True
    """
    return _words().range_to


def date_pattern(
    months: Iterable[str],
    weekdays: Iterable[str],
    short_weekdays: Iterable[str] = (),
    eras: Iterable[str] = (),
    *,
    counts: Iterable[str] = (),
) -> re.Pattern[str]:
    """
    The Lao date grammar, with the month and weekday names given (CLDR's, through babel), and
    the ``counts`` (number words) after which a short weekday is a word of weeks.

    Spaces are optional everywhere (unspaced Lao has none); the day word "ວັນທີ" and a
    weekday may stand first (a short weekday, "ເສົາ", only with its comma and after no Lao
    letter).  Groups: ``w`` or ``ws`` the weekday; ``d``, ``d2``, ``m``, ``y`` (a day or a
    range within a month, "1-2 ທັນວາ 2025", "6 ຫາ 8 ມັງກອນ 2026"), ``d3``, ``m3``, ``y3`` (the end of a range
    across months or years); ``nd``, ``nm``, ``ny`` and ``nd2``, ``nm2``, ``ny2`` (numeric
    day/month/year, "03/02/2026", "30/11 – 2/12/2025"); ``mm``, ``my`` (a month,
    "ທັນວາ 2025"); ``yy`` (a year, "ປີ 2024"), from its start on with ``ys`` ("ຕັ້ງແຕ່ປີ
    2016"), of another era with ``ye``, one of ``eras`` ("ປີ ພ.ສ. 2520"), to ``yy2`` (a span of
    years, "ປີ 2016 ຫາ 2021").  The day, "from",
    since, month, range and year words are the ``[lao]`` section's of ``lo.toml``.
    """
    w = _words()
    month, wide, short = _alternation(months), _alternation(weekdays), _alternation(short_weekdays)
    sp = "[ \u00a0\u2009\u202f\u200b]?"  # a space, no-break or thin (CLDR's ranges), or none
    era = rf"(?:(?P<ye>{_alternation(eras)}){sp})?" if eras else ""
    to = rf"(?:[-–—]|{_alternation(w.range_to)})"
    day = rf"(?:(?:{_alternation(w.day)}){sp})?"
    # a short weekday is a word of its own: "ຈັນ" ends "ວຽງຈັນ" (Vientiane); and no count stands
    # right before it: "ສອງ ອາທິດ" is two weeks ("ອາທິດ" is Sunday's short name and a week)
    alone = "(?<![\u0e80-\u0eff])(?<![\\d\u0ed0-\u0ed9][ \n])" + "".join(
        f"(?<!{re.escape(c)}[ \n])" for c in counts
    )
    lead = rf"(?:(?P<w>{wide})[ ,]*|{alone}(?P<ws>{short}), ?)?" if short else rf"(?:(?P<w>{wide})[ ,]*)?"
    again = rf"(?:(?:{wide})[ ,]*|{alone}(?:{short}), ?)?" if short else rf"(?:(?:{wide})[ ,]*)?"
    return re.compile(
        rf"{lead}(?:(?:{_alternation(w.since)}){sp})?{day}(?:"
        rf"(?P<d>\d{{1,2}}){sp}(?:{to}{sp}{day}(?P<d2>\d{{1,2}}){sp})?(?P<m>{month})"
        rf"(?:{sp}(?P<y>\d{{4}}))?(?!\d)"
        rf"(?:{sp}{to}{sp}{again}{day}(?P<d3>\d{{1,2}}){sp}(?P<m3>{month})(?:{sp}(?P<y3>\d{{4}}))?(?!\d))?"
        rf"|(?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})(?:/(?P<ny>\d{{4}}))?(?![\d/])"
        rf"(?:{sp}{to}{sp}{again}{day}(?P<nd2>\d{{1,2}})/(?P<nm2>\d{{1,2}})/(?P<ny2>\d{{4}})(?!\d))?"
        rf")|(?:(?:{_alternation(w.month)}){sp})?(?P<mm>{month}){sp}(?P<my>\d{{4}})(?!\d)"
        # the year: "ປີ 2024", "ຕັ້ງແຕ່ປີ 2016"; a sum may run into it ("ປີ20252,98ຕື້ໂດລາ")
        rf"|(?:(?P<ys>{_alternation(w.since_year)}){sp})?{re.escape(w.year)}{sp}{era}(?P<yy>\d{{4}})"
        # to a later year ("ປີ 2016 ຫາ 2021", "ປີ2016ຫາປີ2021"): a span of years
        rf"(?:{sp}{to}{sp}(?:{re.escape(w.year)}{sp})?(?P<yy2>(?:19|20|\u0ed1\u0ed9|\u0ed2\u0ed0)\d\d)(?![\d/]|[.,]\d))?"
        r"(?:(?![\d/])|(?=\d{1,3}[.,]\d))"
    )


# ---------------------------------------------------------------------------- horizons
@functools.cache
def horizon_pattern() -> re.Pattern[str]:
    """
    The horizon of a target: ``near`` (the short, near term), ``longer`` (the long term),
    ``soon``, ``by`` with ``by_year`` ("ຮອດປີ 2030", by 2030); the words are the ``[lao]``
    section's of ``lo.toml``.

    >>> horizon_pattern().search("ຮອດປີ 2030")["by_year"]
    '2030'
    """
    w = _words()
    return re.compile(
        rf"(?P<near>{_alternation(w.near)})"
        rf"|(?P<longer>{_alternation(w.longer)})"
        rf"|(?P<soon>{_alternation(w.soon)})"
        rf"|(?P<by>(?:{_alternation(w.by)}) ?{re.escape(w.year)} ?(?P<by_year>\d{{4}}))(?!\d)"
    )


#: The names this module once bound to its patterns and words, built now on first use.
_BUILT: Final[dict[str, Callable[[], object]]] = {
    "HORIZON": horizon_pattern,
    "ORDINAL": ordinal_pattern,
    "ORDINAL_HEADS": ordinal_heads,
    "RANGE_WORDS": range_words,
}


def __getattr__(name: str) -> Any:
    """``HORIZON``, ``ORDINAL``, ``ORDINAL_HEADS``, ``RANGE_WORDS``: built from the word file on first use."""
    build = _BUILT.get(name)
    if build is None:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    return build()
