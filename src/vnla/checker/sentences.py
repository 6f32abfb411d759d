# SPDX-License-Identifier: MIT
"""
The sentence stage: the sentence around a span, found on demand and remembered.

A sentence ends at a line break that does not only wrap a line, or at ".", "!" or "?"
(closing quotes may follow) before a space, except for the full stop of an abbreviation
("Dec. 2", "Mr.", "U.S."; the abbreviations come from the language files).
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from vnla.checker.normal import wraps
from vnla.checker.vocabulary import _ABBREVIATION, _ABBREVIATION_ENDS, _LAO_ABBREVIATION
from vnla.lang.lao import LAO_FIRST, LAO_LAST, has_lao, unspaced
from vnla.lang.words import merged

__all__ = ["Sentences", "bracketed", "list_heading", "quotations", "semicolon_part"]


def _lao_stop(text: str, at: int) -> bool:
    """
    Whether the full stop at ``text[at]``, between Lao letters (or after a closing bracket or
    quote), ends a sentence: it does unless it is an abbreviation's
    (:data:`~vnla.checker.vocabulary._LAO_ABBREVIATION`).

    >>> _lao_stop("ກອງປະຊຸມໃຫຍ່ຄັ້ງທີ XII.ທ່ານ", 22), _lao_stop("ໄດ້ລົງນາມ.ທ່ານ", 9)
    (True, True)
    >>> _lao_stop('ຄື"ຜູກມັດ".ທ່ານ', 10)  # after a closing quote
    True
    >>> _lao_stop("ວັນຊາດສປປ.ລາວ", 9), _lao_stop("ພ.ສ.ລາວ", 1), _lao_stop("U.S.A", 1)
    (False, False, False)
    >>> _lao_stop("ບັນລຸ\u0ed2.\u0ed9\u0ed8ຕື້", 6)  # a decimal mark between Lao digits
    False
    """
    before = text[at - 1] if at else " "
    if before.isdigit() and text[at + 1].isdigit():
        return False  # a decimal mark between Lao digits ("໒.໙໘ ຕື້": 2.98 billion)
    if not (
        LAO_FIRST <= text[at + 1] <= LAO_LAST
        and (before.isalnum() or before in ')"”’»' or LAO_FIRST <= before <= LAO_LAST)
    ):
        return False
    return not any(
        m.start() <= at < m.end() for m in _LAO_ABBREVIATION.finditer(text, max(0, at - 8), at + 8)
    )


#: After a run of dots, spaces or tabs and then more of the line.
_GOES_ON: Final = re.compile(r"[ \t]++\S")


def _leader(text: str, at: int) -> bool:
    """
    Whether the full stop at ``text[at]`` is one of a run of three or more with a space or a
    tab either side, the line going on after them: dots that lead the eye along a line to its
    value ("Arrival ........... Monday, 16 March 2026", "April 2025 ... 267 projects"), not an
    ellipsis that ends a sentence ("He waited... Then").

    >>> _leader("Arrival ...... Monday", 10), _leader("He waited... Then", 10), _leader("End ...\\nNext", 5)
    (True, False, False)
    """
    size = len(text)
    if not ((at > 0 and text[at - 1] == ".") or (at + 1 < size and text[at + 1] == ".")):
        return False  # most full stops: no dot beside them
    first, last = at, at
    while first > 0 and text[first - 1] == ".":
        first -= 1
    while last + 1 < size and text[last + 1] == ".":
        last += 1
    return (
        last - first >= 2
        and first > 0
        and text[first - 1] in " \t"
        and _GOES_ON.match(text, last + 1) is not None
    )


def _abbreviations_stop(text: str, at: int) -> bool:
    """
    Whether the full stop at ``text[at]``, before a space, is an abbreviation's ("Dec.", "Mr.",
    "U.S.", "ສປປ.").

    >>> _abbreviations_stop("on Dec. 2", 6), _abbreviations_stop("ວັນສະຖາປະນາປະເທດສປປ. ລາວ", 19)
    (True, True)
    >>> _abbreviations_stop("in December. The", 11), _abbreviations_stop("ໄດ້ລົງນາມ. ທ່ານ", 9)
    (False, False)
    """
    if not at or text[at - 1] not in _ABBREVIATION_ENDS:
        return False  # no abbreviation ends with this character (a digit, a space…)
    if LAO_FIRST <= text[at - 1] <= LAO_LAST:
        # Lao runs its words together: an abbreviation's full stop after the word before it
        return any(
            m.start() <= at < m.end() for m in _LAO_ABBREVIATION.finditer(text, max(0, at - 8), at + 1)
        )
    if at >= 5 and text[at - 5 : at].isalnum():
        return False  # an abbreviation is at most four letters long, after no letter or dot
    return _ABBREVIATION.search(text, max(0, at - 5), at) is not None


def bracketed(text: str, span: tuple[int, int]) -> bool:
    """
    Whether words stand in brackets: an opening one before them, unclosed, and a closing one
    after them (each within 40 characters).

    >>> text = "đạt 2,98 tỷ USD, tăng 32,7% so với năm 2024 (2,52 tỷ USD)"
    >>> bracketed(text, (45, 56)), bracketed(text, (4, 15))
    (True, False)
    """
    start, end = span
    opening = text.rfind("(", max(0, start - 40), start)
    return opening >= 0 and text.find(")", opening, start) < 0 and text.find(")", end, end + 40) >= 0


#: A list's entry: a bullet (group ``bullet``) or a number at the start of its line ("- ", "• ",
#: "3. "), or a letter with a bracket ("a) ", and Lao's "ກ)", which may run into its words); a
#: to-do's box is a bullet ("[ ] ", "[x] ", "☐ ").
_ENTRY: Final = re.compile(
    r"[ \t]*(?:(?:(?P<bullet>[-–•*+▪◦·]|\[[ xX✓]\]|[☐☑☒✓✔])|\d{1,2}[.)])[ \t]"
    r"|(?P<letter>[a-z\u0e81-\u0eae])\)[ \t]?)"
)
#: The most entries of a list looked back over for its heading.
_ENTRIES: Final = 40


def list_heading(text: str, at: int) -> tuple[int, int] | None:
    """
    The heading line over the list whose entry holds ``at``: the first line before the entries
    that is none of them, or one of another kind (a numbered line heads a list of bullets or
    letters: "5. LỊCH KỶ NIỆM NĂM 2026" over "- 5/9: ..."); ``None`` for a line that is no entry,
    or a blank line or the text's start before any heading.

    >>> text = "Calendar 2027\\n- 22 March\\n- 2 December"
    >>> list_heading(text, 28), list_heading(text, 3)
    ((0, 13), None)
    """
    line = text.rfind("\n", 0, at) + 1
    entry = _ENTRY.match(text, line)
    if entry is None:
        return _days_heading(text, line)
    for _ in range(_ENTRIES):
        if line == 0:
            return None
        before = text.rfind("\n", 0, line - 1) + 1
        if not text[before : line - 1].strip():
            return None  # a blank line: no heading right over the list
        other = _ENTRY.match(text, before)
        if other is None or _entry_kind(other) != _entry_kind(entry):
            return before, line - 1
        line = before
    return None


def _days_heading(text: str, line: int) -> tuple[int, int] | None:
    """
    The heading line over a calendar's lines that each open with a day ("22 ມີນາ - ...", "5/9:
    ..."), the one starting at ``line`` among them, when they are two or more; else ``None``.

    >>> text = "Calendar 2027\\n22 March - LPRP, 72 years\\n18 July - the Treaty, 50 years"
    >>> _days_heading(text, 40), _days_heading("22 March - one line alone", 0)
    ((0, 13), None)
    """
    if _DAY_ENTRY.match(text, line) is None:
        return None
    below = text.find("\n", line) + 1
    entries = 1 + bool(below and _DAY_ENTRY.match(text, below))
    for _ in range(_ENTRIES):
        if line == 0:
            return None
        before = text.rfind("\n", 0, line - 1) + 1
        if not text[before : line - 1].strip():
            return None
        if _DAY_ENTRY.match(text, before) is None:
            return (before, line - 1) if entries > 1 else None
        entries += 1
        line = before
    return None


#: A line that opens with a day of a month, as a calendar's do ("22 ມີນາ - ...", "5/9: ...").
_DAY_ENTRY: Final = re.compile(r"[ \t]*+\d{1,2}(?:/\d{1,2})?[ \t:–-]")


def heading_year(text: str, heading: tuple[int, int]) -> int | None:
    """
    The one year a list's heading line names (in any digits, Lao's too; not a date's: "2/12/2025"),
    or ``None`` when it names none or several.

    >>> heading_year("5. LỊCH KỶ NIỆM NĂM 2026", (0, 24)), heading_year("2025 and 2026:", (0, 14))
    (2026, None)
    """
    years = {int(y) for y in _HEADING_YEAR.findall(text, *heading) if 1800 <= int(y) <= 2099}
    return years.pop() if len(years) == 1 else None


def heading_years_from(text: str, heading: tuple[int, int]) -> int | None:
    """
    How many years from the publication's a list's heading line names with words of a year
    counted from it (the word files' ``amounts.period_words`` and ``dates.month_suffixes`` of
    this, last and next year: "Important days of this year:", "ວັນ ສຳຄັນ ຂອງ ປີ ນີ້:"), or
    ``None`` when it names no such year, or several.

    >>> heading_years_from("Important days of this year:", (0, 28)), heading_years_from("Days:", (0, 5))
    (0, None)
    """
    line = text[heading[0] : heading[1]].lower()
    if has_lao(line):
        line = unspaced(line)
    shifts = {shift for word, shift in _YEAR_WORDS.items() if word in line and _whole(line, word)}
    return shifts.pop() if len(shifts) == 1 else None


def _whole(line: str, word: str) -> bool:
    """Whether ``word`` stands in ``line`` as a word of its own (Lao's anywhere: no spaces part them)."""
    if has_lao(word):
        return True
    return re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", line) is not None


#: The words of a year counted from the publication's, and how many years from it.
_YEAR_WORDS: Final = {
    unspaced(word.lower()) if has_lao(word) else word.lower(): {
        "this-year": 0,
        "last-year": -1,
        "next-year": 1,
    }[kind]
    for table in (merged("amounts", "period_words"), merged("dates", "month_suffixes"))
    for word, kind in table.items()
    if kind in ("this-year", "last-year", "next-year")
}


#: A year in a heading, and no day's: not after a day or a month's number ("2/12/2025").
_HEADING_YEAR: Final = re.compile(r"(?<![\d/.-])(\d{4})(?![\d/.-]\d|\d)")


def _entry_kind(entry: re.Match[str]) -> tuple[str, int]:
    """
    What marks a list's entry: a bullet, a letter ("a)", "ກ)") or a number ("3."), and how far
    it is indented (an entry indented less heads a list of its own: a to-do's sub-tasks).
    """
    mark = "bullet" if entry["bullet"] else "letter" if entry["letter"] else "number"
    indent = entry[0]
    return mark, len(indent) - len(indent.lstrip(" \t"))


#: The marks that may end a sentence.
_MARK: Final = re.compile(r"[.!?\n]")
#: How far (in characters) a sentence is looked for either side of a finding.
_REACH: Final = 600
#: What may follow the mark that ends a sentence before the space: more marks, closing quotes.
_CLOSERS: Final = frozenset(".!?\"'”’)]»")
#: A day or days of a month (a word), with its year at most, opening a line after a list's
#: bullet at most ("* 19-25 January", "- February 3, 2026"), and the longest such opening.
_ENTRY_DATE: Final = re.compile(
    r"[^\S\n]*+(?:[-*•·][^\S\n]*+)?"
    r"(?:\d{1,2}(?:[^\S\n]?[-–][^\S\n]?\d{1,2})?[^\S\n]+[^\W\d_]{3,}+|[^\W\d_]{3,}+[^\S\n]+\d{1,2}(?:[^\S\n]?[-–][^\S\n]?\d{1,2})?)"
    r"(?:,?[^\S\n]+\d{4})?"
)
_ENTRY_DATE_LENGTH: Final = 32
#: A note's number in brackets, as encyclopedias put it after a sentence's full stop ("[5]", "[12]").
_NOTE_MARK: Final = re.compile(r"\[\d{1,3}\]")
#: What ends a clause: a comma, colon, semicolon, bracket or dash (one character)...
_CLAUSE_MARKS: Final = ",;:()[]–—"
#: ... or a hyphen between spaces, three characters, found by its hyphen: a pattern that starts
#: with a plain character is searched for at C speed, where one that starts with a space (or a
#: lookahead) is tried at every position, 37 times slower.  Overlapping ones are found too; a
#: match starts one after the space that starts the three characters.
_CLAUSE_DASH: Final = re.compile(r"-(?<=\s-)(?=\s)")


def positions(text: str, marks: str) -> list[int]:
    """
    Where the characters of ``marks`` stand in ``text``, in order.

    A string search for each character, about ten times faster than a regular expression
    of them all, which tries every character of the text (on text with a letter beyond
    Latin-1, ten nanoseconds each).

    >>> positions("a, b; c, d", ",;")
    [1, 4, 7]
    """
    at: list[int] = []
    for mark in marks:
        found = text.find(mark)
        while found >= 0:
            at.append(found)
            found = text.find(mark, found + 1)
    at.sort()
    return at


#: Quotation marks: curly and guillemets open and close; a straight quote does both.
_MARKS: Final = '"“”«»„'
_OPENS: Final = frozenset("“«„")
#: The longest quotation read as one (a quoted communiqué of a few sentences).
_LONGEST_QUOTE: Final = 3000


def quotations(text: str) -> list[tuple[int, int]]:
    """
    The quotations of a text, outermost, as (after the opening mark, at the closing mark): curly
    marks pair as they open and close, straight ones in turn; none spans a blank line.

    >>> quotations('He said "yes" and “no”.')
    [(9, 12), (19, 21)]
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for at in positions(text, _MARKS):
        mark = text[at]
        if opened is not None and (at - opened > _LONGEST_QUOTE or "\n\n" in text[opened:at]):
            opened = None  # a stray mark: what follows is no quotation of it
        if opened is None:
            if mark in _OPENS or mark == '"':
                opened = at + 1
        elif mark not in _OPENS:
            spans.append((opened, at))
            opened = None
    return spans


class Sentences:
    """The sentences of one chunk of text; ``dateline`` (a span) is a sentence of its own."""

    __slots__ = ("_dashes", "_marks", "_sentence", "dateline", "text")

    def __init__(self, text: str, dateline: tuple[int, int] | None = None) -> None:
        self.text = text
        self.dateline = dateline
        self._sentence: tuple[int, int] = (-1, -1)  # the last sentence found
        # where the clause breaks start, found once when first asked for (see same_clause)
        self._marks: list[int] | None = None
        self._dashes: list[int] = []

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """
        The sentence around ``text[start:end]``: after the end of the one before, to its own end.

        A sentence ends at a line break, or at ".", "!" or "?" (closing quotes
        may follow) before a space, except for the full stop of an
        abbreviation ("Dec. 2", "Mr.", "U.S.").  The search reaches at most
        :data:`_REACH` characters either way.
        """
        s0, e0 = self._sentence
        text = self.text
        floor = max(0, start - _REACH)
        if self.dateline is not None and start >= self.dateline[1]:
            floor = max(floor, self.dateline[1])
        if floor <= s0 <= start and end < e0:
            # (the last sentence found, unless it runs from before the date line's end: a span
            # after the date line is in a sentence of its own, whatever was asked before)
            return s0, e0
        s = floor
        at = start
        while at > floor:
            at = max(
                text.rfind(".", floor, at),
                text.rfind("!", floor, at),
                text.rfind("?", floor, at),
                text.rfind("\n", floor, at),
            )
            if at < floor:
                break
            if self.ends_sentence(at):
                s = at + 1
                break
        ceiling = min(len(text), end + _REACH)
        e = ceiling
        mark = _MARK.search(text, end, ceiling)
        while mark is not None:
            if self.ends_sentence(mark.start()):
                e = mark.end()
                break
            mark = _MARK.search(text, mark.end(), ceiling)
        if e - s < _REACH and _MARK.search(text, start, end) is None:
            # kept for the next question only when it is the sentence of every span before its
            # end mark: not a span's across a sentence's end ("2 December." is two sentences'
            # words), nor a stretch that the reach may cut short
            self._sentence = (s, e)
        return s, e

    def same_clause(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        """
        Whether two spans stand in one clause: no comma, colon, bracket or dash between them.

        >>> sentences = Sentences("visited Vientiane on 3 December, and - later - Hanoi")
        >>> sentences.same_clause((0, 7), (21, 31)), sentences.same_clause((0, 7), (47, 52))
        (True, False)
        """
        before, after = self.clause(*a)
        return b[0] < after if a[1] <= b[0] else b[1] > before

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """
        Where the clause of ``text[start:end]`` is broken: ``(before, after)``.

        ``before`` is where the last break that ends by ``start`` starts (-1 if none), ``after``
        where the first break that starts at ``end`` or later ends (past the text if none).  A
        span ``(s, e)`` is in the clause when ``s < after`` if it starts at ``end`` or later,
        else when ``e > before``: the same answer as :meth:`same_clause`, with the breaks
        looked up once for all the spans asked about.  The breaks of the whole text are found
        once, so this costs four bisections however long the text or far apart the spans.

        >>> Sentences("talks, on 3 December and - later - visits").clause(10, 20)
        (5, 27)
        """
        marks = self._marks
        if marks is None:
            marks = self._marks = positions(self.text, _CLAUSE_MARKS)
            self._dashes = [m.start() - 1 for m in _CLAUSE_DASH.finditer(self.text)]
        dashes = self._dashes
        before = max(
            marks[i - 1] if (i := bisect.bisect_right(marks, start - 1)) else -1,
            dashes[j - 1] if (j := bisect.bisect_right(dashes, start - 3)) else -1,
        )
        i, j = bisect.bisect_left(marks, end), bisect.bisect_left(dashes, end)
        after = min(
            marks[i] + 1 if i < len(marks) else len(self.text) + 1,
            dashes[j] + 3 if j < len(dashes) else len(self.text) + 1,
        )
        return before, after

    def ends_sentence(self, at: int) -> bool:
        """Whether the mark at ``at`` ends a sentence (a full stop after an abbreviation does not)."""
        text = self.text
        char = text[at]
        if char == "\n":
            return not self.wraps(at)
        if char == "." and _leader(text, at):
            return False  # "Group name ........ Hanoi Club", "April 2025 ... 267 projects": a leader
        after = at + 1
        while after < len(text) and text[after] in _CLOSERS:
            after += 1
        if text.startswith("[", after):  # a reference's number after the full stop: "in July 2024.[5] In ..."
            note = _NOTE_MARK.match(text, after)
            after = after if note is None else note.end()
        if after < len(text) and not text[after].isspace():
            # Lao written without spaces goes on at once: a full stop between Lao letters ends a
            # sentence, but an abbreviation's ("ວັນຊາດສປປ.ລາວ", "ພ.ສ.")
            return char == "." and _lao_stop(text, at)
        # "* 19-25 January. The 14th Congress met ...": the entry's date heads its sentence (most
        # full stops: no line starts a short way before them, asked at C speed first)
        if (
            char == "."
            and (at <= _ENTRY_DATE_LENGTH or "\n" in text[at - _ENTRY_DATE_LENGTH - 1 : at])
            and self._entry_date(at)
        ):
            return False
        return char != "." or not _abbreviations_stop(text, at)

    def _entry_date(self, at: int) -> bool:
        """
        Whether the full stop at ``at`` ends a day (or days) of a month that opens its line, a
        list's bullet before it at most: "* 3 February. The Embassy marked ...".

        >>> Sentences("* 19-25 January. The Congress met.").ends_sentence(15)
        False
        >>> Sentences("We met on 3 February. The Congress met.").ends_sentence(20)
        True
        """
        text = self.text
        line = text.rfind("\n", max(0, at - _ENTRY_DATE_LENGTH - 1), at) + 1
        return (line > 0 or at <= _ENTRY_DATE_LENGTH) and _ENTRY_DATE.fullmatch(text, line, at) is not None

    def wraps(self, at: int) -> bool:
        """Whether the line break at ``at`` only wraps a sentence (:func:`vnla.checker.normal.wraps`)."""
        return wraps(self.text, at)


def semicolon_part(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """
    The part of a sentence ``(s, e)`` between the semicolons around ``text[start:end]``: a
    timeline's or a digest's sentence joins its facts with them ("in December ... in Vientiane;
    in January ... visited Vietnam"), and what one part says is not another's.

    >>> semicolon_part("a in Hanoi; b in 2026; c", 0, 24, 14, 18)
    (11, 21)
    """
    before = text.rfind(";", s, start)
    after = text.find(";", end, e)
    return (s if before < 0 else before + 1, e if after < 0 else after)
