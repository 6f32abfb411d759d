# SPDX-License-Identifier: MIT
"""
The text the pipeline reads: each chunk in one normal form, with a map back to the text as
given, so that the readers' patterns, written for one form, meet every way news write it.

- letters composed with their accents (Unicode NFC): "ệ" for "e" and two accents, as text
  pasted from a PDF or a Mac may write it;
- every run of spaces one space: two spaces after a full stop, a no-break space from a web
  page ("10&nbsp;billion"), a tab, a thin or narrow space;
- zero-width characters and soft hyphens dropped (a zero-width space breaks Lao lines on web
  pages), except before a capital, where a new word starts: there they are a space;
- a tie of TeX between two words a space ("signed on 18~July~1977");
- asterisks of emphasis dropped ("**97 năm** Ngày thành lập Đảng", as Markdown and chat
  messages write bold), and a footnote's asterisk after a word; and inline HTML tags of text
  pasted with its markup ("Prime Minister <em>Sonexay Siphandone</em>", "<a href=...>");
- a line break before a row laid out in columns (a gap of four spaces between its words) a
  blank line, when the line before would read as wrapping into it;
- every line break a "\\n" (Windows' "\\r\\n", a lone "\\r", Unicode's line and paragraph
  separators), no space at the end of a line, and a line break that only wraps a sentence
  in a hard-wrapped text a space (:func:`wraps`; an indented line's space dropped, and a line
  read as going on from the line it continues; lines that each open with a label and a colon
  are a list of fields, not one sentence);
- the indentation of a table's row, laid out with spaces, a blank line where the rows would
  otherwise read as one wrapped sentence (:func:`_columns`); a row's leader of dots between its
  label and its value a colon ("Two-way trade, 2024 ........ USD 2.2 billion"), and no row
  with one runs on into the next line.

The findings are mapped back: their spans, lines and columns, and the words they quote, are
those of the text as given.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from typing import Final

from vnla.checker.folding import _ZERO_WIDTH
from vnla.lang.lao import is_lao

__all__: list[str] = []

#: Spaces other than " " that the readers read as one (a tab, no-break and typographic spaces).
_SPACES: Final = (
    "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
#: Characters that are no part of the words: zero-width ones and the soft hyphen.
_INVISIBLE: Final = _ZERO_WIDTH + "\u00ad"
#: Dots that lead a table row's label to its value ("Two-way trade, 2024 ....... USD 2.2 billion").
_DOTS: Final = r"(?:\.[^\S\n]?){5,}"
#: An inline HTML tag (see :data:`_ODD`).
_INLINE_TAG_PATTERN: Final = (
    r"</?(?i:a|b|i|u|em|strong|span|small|mark|abbr|cite|font|ins)(?=[\s>/])[^<>\n]{0,300}>"
)
#: What the normal form changes: a run of spaces and invisible characters with two of them or
#: any but " ", a space at the end of a line, and any line break but "\n".
_ODD: Final = re.compile(
    # a leader of dots between a row's label and its value ("Two-way trade, 2024 ...... USD 2.2
    # billion"): a colon, as "Two-way trade, 2024: USD 2.2 billion" says it (first: with the
    # spaces either side of it, however many)
    rf"(?<=\S)[^\S\n]*+{_DOTS}[^\S\n]*+(?=\S)|"
    f"[ {_SPACES}{_INVISIBLE}]{{2,}}|[{_SPACES}{_INVISIBLE}]| (?=[\r\n\u2028\u2029]|\\Z)|\r\n?|[\u2028\u2029]"
    # asterisks of emphasis ("**97 năm** Ngày thành lập", "*strategic cohesion*"), or of a
    # footnote after a word ("2,98 tỷ USD*"), dropped: at a word's start or end, not between
    # spaces ("5 * 3") nor opening a list item ("* item")
    r"|(?:(?<=[\s(\[\"“])|^)\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?=[\s.,;:!?)\]\"”]|$)"
    # an inline HTML tag in text pasted with its markup ("Prime Minister <em>Sonexay
    # Siphandone</em>", "<a href=...>"), dropped as a page's reader drops it
    f"|{_INLINE_TAG_PATTERN}"
    # a tie of TeX between two words ("18~July~1978"): a space that does not break
    r"|(?<=[^\W_])~(?=[^\W_])"
    # a line break before a row laid out in columns, with a gap of four spaces or more between
    # its words ("M10  2 DECEMBER 2025            [ ]"): no sentence wraps into it (a Windows
    # line break is read so by its own alternative above)
    # (the words before the gap: no run of four spaces, so that nothing is tried twice)
    rf"|\n(?=(?:[^ {_SPACES}\n]|[ {_SPACES}](?![ {_SPACES}]{{3}}))*+(?<=\S)[ {_SPACES}]{{4}})",
    re.MULTILINE,
)
#: One such tag, as a span may end with it in the text as given.
_INLINE_TAG: Final = re.compile(_INLINE_TAG_PATTERN)
#: The characters the normal form changes, one at a time (see :data:`_ODD`).
_ODD_CHARACTER: Final = re.compile(f"[{_SPACES}{_INVISIBLE}\r\u2028\u2029]")
#: Whether no character :data:`_ODD_CHARACTER` finds is printable (none is: each is a space
#: other than " ", a control or a format character), so that printable text has none of them.
_UNPRINTABLE: Final = not any(c.isprintable() for c in _SPACES + _INVISIBLE + "\r\u2028\u2029")
#: What a line that does not wrap a sentence often ends with: a stop, a close, a line break.
_ENDS_A_LINE: Final = frozenset('.!?:;"”»)]\n')
#: What a line may end with when its sentence goes on in the next line.
_WRAPPING: Final = frozenset(",-–—(/&'’")
#: What a rule of plain text is drawn with ("-----", "=====", "_____").
_RULE: Final = "-=_~*—–"
#: What besides a word a wrapped sentence's next line may start with (a sum, a quotation).
_GOING_ON: Final = frozenset("$€£¥₫₭\"“‘'(")
#: The shortest line read as hard-wrapped: text wrapped at 72 or 80 columns breaks later;
#: most headings are shorter.
_WRAPPED_LINE: Final = 60
#: The shortest line that ends with a comma read as hard-wrapped: no heading ends so, and a
#: column of a page's text is narrower than a whole page's ("Năm 2027 là Năm Đoàn kết hữu nghị
#: Việt Nam - Lào,\nLào - Việt Nam, kỷ niệm ...").
_WRAPPED_COMMA_LINE: Final = 30
#: The shortest line of Lao (going on in Lao) read as hard-wrapped: a heading is shorter.
_WRAPPED_LAO_LINE: Final = 20
#: The shortest line that ends with a word and goes on in a small letter read as hard-wrapped:
#: a subtitle's lines are short ("put 2025 trade\nat 2.98 billion dollars"), and a heading or
#: a list is seldom followed by a line that starts in a small letter.
_WRAPPED_LOWER_LINE: Final = 24
#: The number of a list item ("2. ", "3) ", "iv. ").
_LIST_ITEM: Final = re.compile(
    # ("3. ", "iv) ", "b. "; an outline's "4.3 " before a capital: a number of a sum goes on in
    # small letters, "2.98 billion"; a chapter's or a log's time stamp, "18:40 ", "01:02:15 ")
    r"(?:\d{1,3}|[ivx]{1,4}|[a-z])[.)]\s|\d{1,3}(?:\.\d{1,3})+\.?[^\S\n]++(?-i:[A-Z])"
    r"|\d{1,2}:\d\d(?::\d\d)?[^\S\n]",
    re.IGNORECASE,
)
#: What a span's last characters may not be in the text as given (a dropped character is
#: placed with the character after it).
_TRAILING: Final = frozenset(_SPACES + _INVISIBLE + " *")
#: A field's label, one to three words and a colon, that opens a line: "Ngày đăng: ...",
#: "Biên tập: ...", "Published: ..." (a form's or a header's next field, no sentence going on).
_FIELD: Final = re.compile(r"(?<![\w'’.-])[^\W\d_][\w'’.-]*+(?:[ \t][\w'’.-]++){0,2}+[ \t]*+:[ \t]")


def normal(text: str) -> tuple[str, array[int] | None]:
    """
    ``text`` in the form the pipeline reads (see the module's docstring), and where each of its
    characters stands in ``text``, with the length of ``text`` last; ``None`` when each stands
    where it is (most text).

    >>> normal("Tô Lâm")
    ('Tô Lâm', None)
    >>> normal("10\u00a0billion USD")  # one space for another: the places are the same
    ('10 billion USD', None)
    >>> checked, mapping = normal(unicodedata.normalize("NFD", "Hà Nội") + "  ngày")
    >>> checked, list(mapping)
    ('Hà Nội ngày', [0, 1, 3, 4, 5, 8, 9, 11, 12, 13, 14, 15])

    A hard-wrapped line goes on in the next (:func:`wraps`):

    >>> line = "General Secretary To Lam held talks with the Lao leader in the capital with"
    >>> normal(line + "\\nThongloun Sisoulith.")[0] == line + " Thongloun Sisoulith."
    True
    """
    nfc = unicodedata.is_normalized("NFC", text)
    if nfc and not _odd(text):
        checked, mapping = text, None
    else:
        checked, mapping = _plain(text, *((text, None) if nfc else _composed(text)))
        # a dropped asterisk or tag may leave spaces together, or one at a line's end
        if "*" in text or "<" in text:
            again, inner = _plain(checked, checked, None)
            if inner is not None:
                mapping = inner if mapping is None else array("q", [mapping[i] for i in inner])
                checked = again
        if not unicodedata.is_normalized("NFC", checked):  # accents a dropped character parted
            checked, inner = _composed(checked)
            mapping = inner if mapping is None else array("q", [mapping[i] for i in inner])
    return _unwrapped(checked, mapping)


def _odd(text: str) -> bool:
    """
    Whether a composed text has what its normal form changes (:data:`_ODD`): asked at C speed,
    for most text has none of it.
    """
    if "  " in text or " \n" in text or text.endswith(" ") or "*" in text or "<" in text or "~" in text:
        return True
    if "....." in text or ". . . . ." in text:  # a row's leader of dots (:data:`_DOTS`)
        return True
    if text.isascii():
        return "\r" in text or "\t" in text
    if _UNPRINTABLE and text.replace("\n", " ").isprintable():
        return False  # quicker to ask than the pattern, for non-ASCII text
    return _ODD_CHARACTER.search(text) is not None


def _unwrapped(text: str, mapping: array[int] | None) -> tuple[str, array[int] | None]:
    """
    ``text`` with each line break that only wraps a sentence a space, and the space of an
    indented next line dropped (one space between the words), with ``mapping`` for it.
    """
    breaks = []
    line_start = 0  # where the line read so far starts: a wrapped line goes on from the one before
    at = text.find("\n")
    while at >= 0:
        # most lines end a sentence or a heading: a stop or a close before the break (asked here,
        # at once, for each line of a long text)
        if at and text[at - 1] not in _ENDS_A_LINE and wraps(text, at, line_start):
            breaks.append(at)
        else:
            line_start = at + 1
        at = text.find("\n", at + 1)
    if not breaks:
        return text, mapping
    pieces: list[str] = []
    dropped = []  # the indented lines' spaces
    last = 0
    for at in breaks:
        pieces += (text[last:at], " ")
        last = at + 1
        if text.startswith(" ", last):
            dropped.append(last)
            last += 1
    pieces.append(text[last:])
    if not dropped:
        return "".join(pieces), mapping
    places = mapping if mapping is not None else array("q", range(len(text) + 1))
    gone = set(dropped)
    return "".join(pieces), array("q", (place for i, place in enumerate(places) if i not in gone))


def wraps(text: str, at: int, line_start: int | None = None) -> bool:
    """
    Whether the line break at ``text[at]`` only wraps a sentence ("held talks with\\nThongloun…").

    It does when the line before is a long one (a heading or a list item is short, a
    hard-wrapped line seldom is; a subtitle's line may be shorter when the next starts in a
    small letter) that stops mid-sentence, after a letter (or its accent or
    vowel sign), a digit, a comma or a dash, and the next line goes on with a word that is not
    a list item's number (or with a sum or a quotation).
    """
    before = at - 1
    while before >= 0 and text[before] in _BLANK:
        before -= 1
    if (
        before < 0
        or not (
            text[before].isalnum()
            or text[before] in _WRAPPING
            or unicodedata.category(text[before])[0] == "M"
        )
        or _a_rule(text, before)
    ):
        return False
    after = at + 1
    while after < len(text) and text[after] in _BLANK:
        after += 1
    # Lao runs its words together: a wrapped line of Lao breaks where a space allows, often early
    lao = after < len(text) and is_lao(text[after]) and (is_lao(text[before]) or text[before].isdigit())
    shortest = (
        _WRAPPED_LAO_LINE
        if lao
        else _WRAPPED_COMMA_LINE
        if text[before] == ","
        else _WRAPPED_LOWER_LINE
        if after < len(text) and text[after].islower() and text[before].isalpha()
        else _WRAPPED_LINE
    )
    # of the line before (from ``line_start``: where the line it goes on from starts)
    length = at - (text.rfind("\n", 0, before) + 1 if line_start is None else line_start)
    if length < shortest:
        return False
    if after >= len(text) or not (text[after].isalnum() or text[after] in _GOING_ON):
        return False
    if _heading(text, length, before, after):
        return False
    if lao and (
        # a short line with more lines after it: a list's or a signature block's
        _short_lao_line_then_more(text, after)
        or (length < _WRAPPED_LINE and _a_fields_line(text, at - length, at))
    ):
        return False
    # nor a list's item, nor a field's label ("Ngày đăng: 3/12/2025", "Published: ...") opens the next line
    field = text[after].isupper() and _FIELD.match(text, after) is not None
    return (
        not field
        and not (text[after].isdigit() and _DATED_ENTRY.match(text, after))
        and not _LIST_ITEM.match(text, after)
        and not _labelled_lines(text, at, after)
        and not _rows(text, at, after)
        and _PAGE_REFERENCES.search(text, max(0, before - 40), before + 1) is None
    )


#: A line that opens with a date and a dash between spaces: an entry of a listing or a timeline
#: ("6 February 2026 — Yesterday ...", "6 ກຸມພາ 2026 — ..."), no sentence going on.
_DATED_ENTRY: Final = re.compile(
    r"\d{1,2}[^\S\n]*+(?:[^\s\d]{3,12}|[/.-]\d{1,2}[/.-])[^\S\n]*+\d{4}[^\S\n]++[–—-][^\S\n]"
)


#: What ends an index's entry: its last page, after a comma and a space ("..., 276, 292", "...,
#: 250-95"), of up to three digits (a year's four digits end many a wrapped line of prose, and
#: a decimal comma has no space: "đạt 2,2\ntỷ USD").
_PAGE_REFERENCES: Final = re.compile(r",[^\S\n]++\d{1,3}(?:[-–]\d{1,3})?$")


#: A leader between a row's label and its value: of dots (:data:`_DOTS`), or of ellipses,
#: middle dots or underscores.
_LEADER: Final = re.compile(rf"{_DOTS}|…{{2,}}|·{{4,}}|_{{4,}}")


def _rows(text: str, at: int, after: int) -> bool:
    """
    Whether the lines either side of the line break at ``text[at]`` (the next from ``after``)
    are a table's rows, which no sentence runs across: one leads its label to its value with
    dots, or both part their cells with a bar ("2024 | 2,2 tỷ USD | ..."), the next not indented.
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", after)
    end = len(text) if end < 0 else end
    if _LEADER.search(text, start, at) is not None or _LEADER.search(text, after, end) is not None:
        return True
    # (a row's cell that goes on in the next line is indented there: "7 | Tờ báo ... |\n  Tốt | ...")
    return after == at + 1 and text.find("|", start, at) >= 0 and text.find("|", after, end) >= 0


def _labelled_lines(text: str, at: int, after: int) -> bool:
    """
    Whether the lines either side of the line break at ``text[at]`` (the next line's words
    start at ``after``) each open with a label and a colon, in their first
    :data:`_LABEL_REACH` characters: a list of fields ("ໄຕມາດ I / 2025: 979 ລ້ານ ໂດລາ; ..." above
    "ການລົງທຶນ ... ເມສາ 2025: 276 ໂຄງການ"), which no sentence runs across.
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", after)
    end = len(text) if end < 0 else end
    return (
        _LABEL_COLON.search(text, start, min(at, start + _LABEL_REACH)) is not None
        and _LABEL_COLON.search(text, after, min(end, after + _LABEL_REACH)) is not None
    )


def _a_fields_line(text: str, start: int, end: int) -> bool:
    """
    Whether the line at ``text[start:end]`` is a field's: a short label and its colon first
    (:data:`_FIELD_LABEL` characters at most), then a list of short items, two or more, parted
    by commas, each of :data:`_FIELD_ITEM` words at most, with no sentence's stop ("ຄຳ ສຳຄັນ:
    ການຄ້າ, ເປົ້າໝາຍ, ສະຖິຕິ", keywords).  Not a heading run into a sentence that wraps ("ເລື່ອງ
    ທີ ສາມ: ຄຳເວົ້າ. ໃນ ການຢ້ຽມຢາມ ..."), nor a sentence a colon runs into its list, nor a
    speaker's or a caption's words ("ພະນັກງານ: ທ່ານເປັນນາຍົກລັດຖະມົນຕີແຕ່ປີ 2015,", "ຮູບ 5: ທ່ານ
    ໂຕເລິມ ແລະ ...").

    >>> _a_fields_line("Keywords: trade, target", 0, 23), _a_fields_line("Part 3: Words. In the", 0, 21)
    (True, False)
    >>> _a_fields_line("Staff: he was Prime Minister from 2015,", 0, 39)
    False
    """
    colon = _LABEL_COLON.search(text, start, min(end, start + _FIELD_LABEL + 1))
    if colon is None:
        return False
    items = text[colon.end() : end].split(",")
    return len(items) > 1 and all(
        0 < len(item.split()) <= _FIELD_ITEM and not any(mark in item for mark in ".!?") for item in items
    )


#: The longest label of a field's line (:func:`_a_fields_line`), in characters, and the most
#: words of an item of its list.
_FIELD_LABEL: Final = 20
_FIELD_ITEM: Final = 3


#: How far into a line a field's label and its colon may reach.
_LABEL_REACH: Final = 60
#: A label's colon: after a word or a digit, before a space (no time's "10:30", no address's "://").
_LABEL_COLON: Final = re.compile(r"(?<=[^\W_]):[ \t]")


def _columns(text: str, at: int) -> bool:
    """
    Whether the line break at ``text[at]`` parts a table's rows, whose columns the spaces of the
    text as given show: each line has a gap of two spaces or more, after its first words, that
    ends at the same column ("  1-2 Dec 2025  To Lam's state visit ...", "  6-8 Jan 2026  LPRP
    12th Congress").  The normal form writes the next row's indentation as a blank line, which
    no sentence runs across (its spaces would be one, and the columns unseen).

    >>> _columns("  1-2 Dec 2025  Visit; added\\n  6-8 Jan 2026  Congress", 28)
    True
    >>> _columns("He said so.  Then he left the\\nroom.  It was late.", 29)
    False
    >>> _columns("The  talks  were  held  in  the  capital\\nof  Laos  and  went  well  for", 40)
    False
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at + 1)
    gaps = _gaps(text[start:at]) & _gaps(text[at + 1 : len(text) if end < 0 else end])
    return bool(gaps)


def _gaps(line: str) -> set[int]:
    """
    Where the gaps between a row's cells end: runs of spaces between words longer than the
    shortest such run of the line, the one a cell's words are apart by (one space, or as many
    as the text puts between all its words), and tabs in a line whose words spaces part.

    >>> sorted(_gaps("  1-2 Dec 2025  To Lam's visit")), sorted(_gaps("The  talks  were  held"))
    ([16], [])
    """
    runs = [(m.end(), m.end() - m.start(), "\t" in m[0]) for m in _SPACE_RUN.finditer(line)]
    if len(runs) < 2:
        return set()
    shortest = min(length for _end, length, _tab in runs)
    tabbed = not all(tab for _end, _length, tab in runs)  # a tab between words that spaces part
    return {end for end, length, tab in runs if length > shortest or (tab and tabbed)}


#: The spaces a line break's neighbours are read past, of the text as given too (a row's
#: indentation may be no-break spaces).
_BLANK: Final = frozenset(" \r" + _SPACES)
#: A run of spaces (a tab, a no-break space ...) between two characters that are none.
_SPACE_RUN: Final = re.compile(r"(?<=\S)[^\S\n]++(?=\S)")


def _a_rule(text: str, last: int) -> bool:
    """Whether the line that ends at ``text[last]`` is a rule ("-----"), as between a log's entries."""
    return text[last] in _RULE and not text[text.rfind("\n", 0, last) + 1 : last].strip(_RULE + " \t")


def _heading(text: str, length: int, before: int, after: int) -> bool:
    """
    Whether a line break (``before``: the last character of the line before it, ``length`` that
    line's, ``after``: the first of the next line) ends a heading's line or starts a time stamp's,
    which no sentence runs out of or into: a line that ends with a time ("ວັນພະຫັດທີ 29 ມັງກອນ
    2026, ເວລາ 10:00"), a next line that does, or a short line that ends with a year, a date's (a
    diary's or a letter's: "ວັນພຸດ ທີ 28 ມັງກອນ 2026").
    """
    if _TIME_AT_END.search(text, max(0, before - 6), before + 1) or _ends_with_a_time(text, after):
        return True
    return length < _DATE_LINE and _YEAR_AT_END.search(text, max(0, before - 5), before + 1) is not None


def _short_lao_line_then_more(text: str, start: int) -> bool:
    """
    Whether the Lao line at ``text[start]`` is shorter than a wrapped line of Lao, ends no
    sentence, and another line with words follows it: only a paragraph's last line is so short
    in wrapped text, and it ends its sentence or a blank line or the end follows it ("ທອງລຸນ
    ສີສຸລິດ\nເລຂາທິການໃຫຍ່ ...\nສອນໄຊ ສີພັນດອນ" is a signature block's).
    """
    end = text.find("\n", start)
    if end < 0 or end - start >= _WRAPPED_LAO_LINE or text[start:end].rstrip()[-1:] in _ENDS_A_LINE:
        return False
    following = text.find("\n", end + 1)
    return bool(text[end + 1 : len(text) if following < 0 else following].strip())


#: A time of day at the end of a line ("10:00"): the line is a heading or a time stamp, which
#: no sentence runs out of or into.
_TIME_AT_END: Final = re.compile(r"(?<!\d)\d{1,2}:\d\d\Z")
#: A year at the end of a line, and the longest line that ends so that is a date heading's
#: ("Wednesday, 28 January 2026", "Thứ Tư, ngày 28/1/2026"; in Lao digits too, "... ທັນວາ ໒໐໒໕"):
#: no sentence runs out of it into the next.
_YEAR_AT_END: Final = re.compile(r"(?<!\d)(?:19|20|\u0ed1\u0ed9|\u0ed2\u0ed0)\d\d\Z")
_DATE_LINE: Final = 40


def _ends_with_a_time(text: str, start: int) -> bool:
    """Whether the line at ``text[start]`` ends with a time of day."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    return _TIME_AT_END.search(text, max(start, end - 6), end) is not None


def _composed(text: str) -> tuple[str, array[int]]:
    """``text`` in NFC, each letter composed with the accents after it, and the map."""
    out: list[str] = []
    mapping = array("q")
    combining, normalize = unicodedata.combining, unicodedata.normalize
    i, size = 0, len(text)
    while i < size:
        j = i + 1
        while j < size and combining(text[j]):
            j += 1
        cluster = normalize("NFC", text[i:j])
        out.append(cluster)
        mapping.extend(range(i, i + len(cluster)) if len(cluster) <= j - i else [i] * len(cluster))
        i = j
    mapping.append(size)
    return "".join(out), mapping


def _plain(text: str, checked: str, mapping: array[int] | None) -> tuple[str, array[int] | None]:
    """
    ``checked`` (``text`` composed, placed by ``mapping``) with its spaces, invisible
    characters and line breaks in their normal form.
    """
    out: list[str] = []
    moved: array[int] | None = None  # the new map, made once a character is dropped
    last = 0
    for match in _ODD.finditer(checked):
        start, end = match.span()
        new = _written(match[0], checked, end)
        if moved is None and len(new) != end - start:
            moved = _places(mapping, 0, start)  # so far, each character stands where it was
        elif moved is not None:
            moved.extend(_places(mapping, last, start))
        if moved is not None:
            moved.extend([start if mapping is None else mapping[start]] * len(new))
        out += (checked[last:start], new)
        last = end
    out.append(checked[last:])
    if moved is None:
        return "".join(out), mapping
    moved.extend(_places(mapping, last, len(checked)))
    moved.append(len(text))
    return "".join(out), moved


def _written(run: str, checked: str, end: int) -> str:
    """
    What a run of spaces, invisible characters or a line break is written as (asterisks:
    nothing; a table's row's indentation: a blank line, see :func:`_columns`).
    """
    if run[0] in "*<~" or "." in run:
        # a row's leader of dots: a colon; a tie of TeX: a space
        return ": " if "." in run else " " if run == "~" else ""
    if run[0] in "\r\u2028\u2029\n":
        # before a row laid out in columns: a blank line, if a sentence of a line laid out
        # otherwise would wrap into it (lines each in columns are a page's columns of text)
        return "\n\n" if run[-1] == "\n" and _into_a_row(checked, end - 1) else "\n"
    if end == len(checked) or checked[end] in "\r\n\u2028\u2029":
        return ""  # at the end of a line
    start = end - len(run)
    if (
        start
        and checked[start - 1] == "\n"
        and not run.strip(" " + _SPACES)
        and _columns(checked, start - 1)
        and wraps(checked, start - 1)
    ):
        return "\n"  # a table's rows, which would read as a sentence wrapped
    if run.strip(_INVISIBLE):  # a space among them
        return " "
    # invisible characters only: a space before a capital, where a new word starts
    return " " if end < len(checked) and checked[end].isupper() else ""


def _into_a_row(text: str, at: int) -> bool:
    """
    Whether the line break at ``at`` comes before a row laid out in columns and ends a line
    that is no such row and would read as wrapping into it (:func:`wraps`); a Windows line
    break ("\\r\\n") as much as "\\n".
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at + 1)
    stop = len(text) if end < 0 else end
    return _gap_of_columns(text, at + 1, stop) and _GAP.search(text, start, at) is None and wraps(text, at)


def _gap_of_columns(text: str, start: int, end: int) -> bool:
    """
    Whether the line ``text[start:end]`` has a gap of four spaces or more that is more than twice
    as wide as the spaces between its words: a text typed with two spaces for one ("ໜ້າ.  -"
    doubled) has gaps of four, and no columns.

    >>> _gap_of_columns("2024    2.2 billion", 0, 19), _gap_of_columns("he  said.    -  yes", 0, 19)
    (True, False)
    >>> _gap_of_columns("2024    2.2", 0, 11)
    True
    """
    gaps = [len(m[0]) for m in _GAP.finditer(text, start, end)]
    if not gaps:
        return False  # most lines: no such gap
    # the spaces between words: the narrowest of the runs under four (one, with none: "2024    2.2")
    spacing = min((len(m[0]) for m in _SPACE_RUN.finditer(text, start, end) if len(m[0]) < 4), default=1)
    return max(gaps) > 2 * spacing


#: A gap of four spaces or more between two words, of any kind (tabs, no-break spaces): a row
#: laid out in columns (one tab may stand for one space).
_GAP: Final = re.compile(rf"(?<=\S)[ {_SPACES}]{{4,}}(?=\S)")


def _places(mapping: array[int] | None, start: int, end: int) -> array[int]:
    """Where the characters ``start`` to ``end`` of the text read stand in the text as given."""
    return array("q", range(start, end)) if mapping is None else mapping[start:end]


def trimmed(text: str, start: int, end: int, *, tags: bool = False) -> int:
    """
    The end of a span of ``text`` without the spaces, invisible characters, asterisks and inline
    HTML tags (:data:`_ODD`) it ends in, and with ``tags`` (an HTML page's source) without any
    tags either.

    >>> text = "To Lam</td> \u200b"
    >>> trimmed(text, 0, len(text)), trimmed(text, 0, len(text), tags=True)
    (11, 6)
    >>> trimmed("To Lam</b>", 0, 10)
    6
    """
    while end > start:
        if text[end - 1] in _TRAILING:
            end -= 1
        elif text[end - 1] == ">" and (opening := text.rfind("<", start, end - 1)) >= start:
            if not (tags or _INLINE_TAG.fullmatch(text, opening, end)):
                break
            end = opening
        else:
            break
    return end
