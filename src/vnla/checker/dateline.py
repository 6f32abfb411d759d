# SPDX-License-Identifier: MIT
"""
The date line near the top of a text ("HANOI, Dec. 3 (VNA) –", "Published: ...", a page's
header): read once per text, it gives the publication date when none is given.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from vnla.checker.vocabulary import _alternation
from vnla.lang.lao import has_lao
from vnla.lang.parsing import parse_dates, parse_lao_dates
from vnla.lang.words import merged
from vnla.model.records import Precision

if TYPE_CHECKING:
    from datetime import date

__all__: list[str] = []

#: A date line with a label: "Published: December 3, 2025", "Ngày đăng: 03/12/2025".
_DATELINE_LABEL: Final = re.compile(
    rf"[ \t]*+(?:{_alternation(merged('dates', 'dateline_labels'))})(?:[ \t]*+:)?[ \t]++", re.IGNORECASE
)
#: The place of a news date line: one to four words, each capitalized, then a comma ("HANOI, ", "Hà Nội, ").
_DATELINE_PLACE: Final = re.compile(
    r"[ \t]*+((?:[^\W\d_][\w.'’-]*+[ \t]++){0,3}[^\W\d_][\w.'’-]*+)[ \t]*+,[ \t]*+"
)
#: What ends a news date line: an agency in brackets, then a dash or a colon ("Dec. 3 (VNA) –").
_DATELINE_END: Final = re.compile(r"[ \t]*+(?:\([^()\n]{1,40}\)[ \t]*+)?[-–—:]")
#: What may follow the date of a page's header on its line: a time, maybe after a word of its
#: own, and a time zone ("Thứ Hai, 26/01/2026, 14:30 (GMT+7)", "December 3, 2025 | 10:15 AM",
#: "ວັນພະຫັດທີ 29 ມັງກອນ 2026,ເວລາ 10:00").
_DATELINE_REST: Final = re.compile(
    r"[\s,|·–—-]*+(?:(?:[^\s\d,|]++[ \t]*+)?\d{1,2}[:h]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)?[\s,|·]*+"
    r"(?:\(?(?:GMT|UTC|ICT)\s?(?:[+−-]\s?\d{1,2})?\)?)?\s*+"
)
_BLANKS: Final = re.compile(r"[ \t]*+")
#: A weekday's short form before a date line's date ("Fri 16 Jan 2026"): three letters and a
#: space, or a comma.
_SHORT_WEEKDAY: Final = re.compile(r"[^\W\d_]{3}\.?,?[ \t]")
#: How far past its start a date line's date is read.
_DAY_REACH: Final = 48
#: Every character :data:`_DATELINE_REST` may match: a page's header line has no other after
#: its date, so a line with another past :data:`_DAY_REACH` is no header (and is not parsed).
_REST_CHARS: Final = re.compile(r"[\s\d,|·–—:hAaPpMm.()GMTUCI+−-]*+")
#: How far into a text a date line is looked for: a headline and a byline may come first.
_DATELINE_REACH: Final = 1000


def _dateline(text: str, published: date | None = None) -> tuple[tuple[int, int], date | None] | None:
    """
    The date line near the top of a text, if any: its date's span and day.

    Three kinds are read, each at the start of a line in the first
    :data:`_DATELINE_REACH` characters: a labelled one ("Published: December
    3, 2025", or a label after a bar: ``No. 03/2026 | Issued: ...``), a news
    agency's ("HANOI, Dec. 3 (VNA) –", "Vientiane, February 6 -", "Hà Nội,
    ngày 3/12/2025 –"), and a page's header, a line with only a date and a
    time ("Thứ Hai, 26/01/2026, 14:30 (GMT+7)").  A date line without a year
    takes it from ``published``; without that, its
    day is ``None``.

    >>> from datetime import date
    >>> _dateline("Laos and Viet Nam\\nHANOI, Dec. 3, 2025 (VNA) – Talks were held.")
    ((25, 37), datetime.date(2025, 12, 3))
    >>> _dateline("Vientiane, February 6 - Talks.", date(2026, 2, 6))
    ((11, 21), datetime.date(2026, 2, 6))
    >>> _dateline("Thứ Hai, 26/01/2026, 14:30 (GMT+7)\\nTổng Bí thư Tô Lâm hội đàm")
    ((0, 19), datetime.date(2026, 1, 26))
    >>> _dateline("In Vientiane, on December 2, talks were held.") is None
    True
    >>> _dateline("December 2, 2025 was the day of the meeting.") is None
    True
    """
    at = 1 if text.startswith("\ufeff") else 0  # a byte order mark is no part of the first line
    while at < min(len(text), _DATELINE_REACH):
        end_of_line = text.find("\n", at)
        end_of_line = len(text) if end_of_line < 0 else end_of_line
        found = None
        label = _label(text, at, end_of_line)
        if label is not None:
            found = _day_at(text, label, end_of_line, published, news=False)
        else:
            place = _DATELINE_PLACE.match(text, at, end_of_line)
            if place is not None and all(word[0].isupper() for word in place.group(1).split()):
                found = _day_at(text, place.end(), end_of_line, published, news=True)
            if found is None:  # a page's header: a date with its year, and at most a time after it
                lead = _BLANKS.match(text, at, end_of_line)
                assert lead is not None  # "[ \t]*" matches anywhere
                # the date is read in its first 48 characters: what follows them is all the time's
                past = lead.end() + _DAY_REACH
                if past < end_of_line and _REST_CHARS.fullmatch(text, past, end_of_line) is None:
                    at = end_of_line + 1  # a line of prose: no date and time only
                    continue
                found = _day_at(text, lead.end(), end_of_line, published, news=False)
                if found is not None and (
                    found[1] is None or _DATELINE_REST.fullmatch(text, found[0][1], end_of_line) is None
                ):
                    found = None
        if found is not None:
            return found
        at = end_of_line + 1
    return None


def _label(text: str, at: int, end: int) -> int | None:
    """
    Where the date after a date line's label starts, the label at the start of the line
    ``text[at:end]`` or of a part of it after a bar (``Series: trade | Issued: Fri 16 Jan 2026``).

    >>> text = "Series: trade | No. 03/2026 | Issued: Fri 16 Jan 2026"
    >>> text[_label(text, 0, len(text)) :]
    'Fri 16 Jan 2026'
    """
    label = _DATELINE_LABEL.match(text, at, end)
    bar = text.find("|", at, end)
    while label is None and bar >= 0:
        label = _DATELINE_LABEL.match(text, bar + 1, end)
        bar = text.find("|", bar + 1, end)
    return None if label is None else label.end()


def _day_at(
    text: str, start: int, stop: int, published: date | None, *, news: bool
) -> tuple[tuple[int, int], date | None] | None:
    """
    A day written at ``text[start]`` (for a news date line, followed by its end), with its span;
    a short weekday before it ("Fri 16 Jan 2026", which the parser does not read) is passed over.
    """
    piece = text[start : min(stop, start + _DAY_REACH)]
    found = (parse_lao_dates if has_lao(piece) else parse_dates)(piece, published=published)
    if not found or (
        found[0].span[0] != 0 and not _SHORT_WEEKDAY.fullmatch(text, start, start + found[0].span[0])
    ):
        return None
    mention = found[0]
    start, end = start + mention.span[0], start + mention.span[1]
    if mention.when is None:
        if not (news and mention.needs_year):
            return None
        day = None
    elif mention.when.precision is Precision.DAY and mention.when.earliest is not None:
        day = mention.when.earliest
    else:
        return None
    if news and _DATELINE_END.match(text, end, stop) is None:
        return None
    return (start, end), day
