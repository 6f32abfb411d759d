# SPDX-License-Identifier: MIT
"""
Markdown tables in a text: a row's cells, the header's cells above them, and the caption before
the table.  A data note or a bulletin puts its figures in tables, and a row names no metric:
"| Jan–Sep 2025 | 2.63 billion | +57% |" says what it counts in its column's header ("| Period
| Two-way trade | Change |") or the caption above ("Bảng 1. Kim ngạch thương mại hàng hóa Việt
Nam – Lào").

A table is a run of lines that start with "|" (or part their cells with bars set off by
spaces, none at their ends: "2024 | 2,2 tỷ USD | tăng 34%"), its first line the header and its
second a separator ("|---|:---:|"); a row is any later line of the run.  A run without the separator is
a table too where its first line, with as many cells as the row, holds no digit: a header of
words.  The caption is the paragraph
right before the table (one blank line may stand between), of three lines at most.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

import attrs

__all__: list[str] = []

#: A separator line under a table's header: cells of dashes, each with a colon either side at most.
_SEPARATOR: Final = re.compile(r"[ \t]*+\|(?:[ \t]*+:?-++:?[ \t]*+\|)++[ \t]*+")
#: The longest caption read, in characters and in lines.
_CAPTION_CHARACTERS: Final = 400
_CAPTION_LINES: Final = 3

Span = tuple[int, int]


@attrs.frozen
class Row:
    """
    A table's row: its cells, the header's cells, and the caption's span (``None``: none).

    >>> text = "Trade (USD)\\n\\n| Year | Trade |\\n|---|---|\\n| 2024 | 2.2 billion |\\n"
    >>> row = row_at(text, text.index("| 2024"))
    >>> [text[a:b] for a, b in row.cells], [text[a:b] for a, b in row.header], text[slice(*row.caption)]
    (['2024', '2.2 billion'], ['Year', 'Trade'], 'Trade (USD)')
    >>> text[slice(*row.header_over(text.index("2.2")))]
    'Trade'
    """

    cells: tuple[Span, ...]
    header: tuple[Span, ...]
    caption: Span | None

    def cell_at(self, at: int) -> int | None:
        """The number of the cell that holds ``at`` (from 0), or ``None`` (a bar, a space)."""
        return next((i for i, (a, b) in enumerate(self.cells) if a <= at <= b), None)

    def header_over(self, at: int) -> Span | None:
        """The header's cell over the cell that holds ``at``, if the header has one there."""
        i = self.cell_at(at)
        return self.header[i] if i is not None and i < len(self.header) else None

    def leads(self, at: int) -> list[Span]:
        """Where to look for what a figure at ``at`` counts: its column's header cell, then the caption."""
        return [span for span in (self.header_over(at), self.caption) if span is not None]


def row_at(text: str, at: int) -> Row | None:
    """The table row whose line holds ``text[at]``, or ``None`` (no table, its header or separator)."""
    start = text.rfind("\n", 0, at) + 1
    end = _line_end(text, start)
    if not _is_row(text, start, end) or _SEPARATOR.fullmatch(text, start, end):
        return None
    first, style = start, _bar_first(text, start, end)
    while first > 0:
        above = text.rfind("\n", 0, first - 1) + 1
        # (a line of the other style is no row of this table: "A sentence | with a bar." below it)
        if not _is_row(text, above, first - 1) or _bar_first(text, above, first - 1) != style:
            break
        first = above
    header_end = _line_end(text, first)
    separator = header_end + 1
    cells, header = _cells(text, start, end), _cells(text, first, header_end)
    separated = start > separator and _SEPARATOR.fullmatch(text, separator, _line_end(text, separator))
    # a table written without the separator line: a header of words alone, with as many cells as
    # the row ("| Năm / kỳ | Kim ngạch | Tăng so với cùng kỳ |")
    if not separated and (
        start <= first or len(header) != len(cells) or any(c.isdigit() for c in text[first:header_end])
    ):
        return None
    return Row(cells, header, _caption(text, first))


def list_row(text: str, at: int) -> Row | None:
    r"""
    The item of a list whose line holds ``text[at]``, as a row of one cell under the list's
    heading as its caption: the line right above the list's first item, ending with a colon
    ("Kim ngạch thương mại Việt Nam - Lào:\n- 7 tháng đầu năm 2025: 2 tỷ USD"), which names
    what every item counts.  ``None`` for a line that is no list item, or a list with no such
    heading.

    >>> text = "Two-way trade:\n- 2024: 2.2 billion USD\n- 2025: 2.98 billion USD\n"
    >>> row = list_row(text, text.index("2.98"))
    >>> text[slice(*row.cells[0])], text[slice(*row.caption)]
    ('2025: 2.98 billion USD', 'Two-way trade:')
    >>> list_row("Trade grew.\n- 2024: 2.2 billion USD\n", 20) is None
    True
    """
    start = text.rfind("\n", 0, at) + 1
    item = _LIST_ITEM.match(text, start)
    heading = _line_above_items(text, start) if item is not None else None
    if item is None or heading is None or not text[slice(*heading)].endswith(":"):
        return None  # (a paragraph that ends with a colon names more than its list counts)
    return Row(((item.end(), _line_end(text, start)),), (), heading)


#: The head of a list's item: a bullet or a number, then a space; or a year and a colon that open
#: the line, which the item holds ("2022: USD 1.65 billion, up 24.1%"), one short word before the
#: year at most ("Năm 2022: 1,65 tỷ USD"); or a year a sum follows, a table's row laid out with
#: spaces ("  2022        USD 1.56 billion   +24.1%", its gaps one space in the normal form).
_LIST_ITEM: Final = re.compile(
    r"[^\S\n]*+(?:(?:[-–•*+▪◦·]|\d{1,2}[.)])[^\S\n]++"
    r"|(?=(?:[^\W\d_]{2,8}[^\S\n]++)?(?:19|20)\d\d[^\S\n]*+:[^\S\n])"
    r"|(?=(?:19|20)\d\d[^\S\n]++(?:[A-Z]{3}[^\S\n]?|US\$|\$)?\d))"
)
#: A list's heading with no colon: a title line, which ends with no stop ("Bảng 2.1. Kim ngạch
#: thương mại Việt Nam – Lào"); a sentence above a list may be of something else.
_TITLE_LINE: Final = re.compile(r"[^\S\n]*+\S[^\n]*+(?<![.!?;,…])")
#: The most items above an item that a list's heading may stand over.
_LIST_ITEMS: Final = 12
#: The longest heading of a list, in characters.
_HEADING: Final = 100


def item_heading(text: str, at: int) -> Span | None:
    r"""
    The heading over the list whose item's line holds ``text[at]``: the line right above the
    list's first item, when it ends with a colon or is a title line that ends with no stop
    ("Bảng 2.1. Kim ngạch thương mại Việt Nam – Lào\n  Năm 2019: 1,1–1,2 tỷ USD"); ``None``
    for a line that is no list item, or a list with a blank line or a sentence above it.

    >>> text = "Table 2. Two-way trade\n  Year 2022: 1.65 billion USD\n  Year 2023: 1.6 billion USD\n"
    >>> text[slice(*item_heading(text, text.index("1.6 ")))]
    'Table 2. Two-way trade'
    >>> item_heading("Trade grew.\n- 2024: 2.2 billion USD\n", 20) is None
    True
    >>> text = "2) Trade kept rising:\n   - 2022: 1.65 billion\n   - 2023: 1.6 billion\n"
    >>> text[slice(*item_heading(text, text.index("1.6 ")))]
    '2) Trade kept rising:'
    """
    first = text.rfind("\n", 0, at) + 1
    heading = _line_above_items(text, first) if _LIST_ITEM.match(text, first) is not None else None
    if heading is None:
        return None
    words = text[slice(*heading)]
    return heading if words.endswith(":") or _TITLE_LINE.fullmatch(words) is not None else None


def _line_above_items(text: str, first: int) -> Span | None:
    """
    The line right above the list whose item's line starts at ``first``, past the items above
    it, trailing spaces cut, when it is no longer than a heading may be; ``None`` at the text's
    start, or past too many items.  An item less indented than the list's, ending with a colon,
    is its heading: the list is that item's ("2) Trade kept rising:\n   - 2022: ...").
    """
    indent = _indent(text, first)
    for _ in range(_LIST_ITEMS):
        if first == 0:
            return None
        above = text.rfind("\n", 0, first - 1) + 1
        heading = text[above : first - 1].rstrip()
        if _LIST_ITEM.match(text, above) is None or (_indent(text, above) < indent and heading.endswith(":")):
            return (above, above + len(heading)) if len(heading) <= _HEADING else None
        first = above
    return None


def _indent(text: str, start: int) -> int:
    """How many spaces and tabs open the line starting at ``start``."""
    line = text[start : _line_end(text, start)]
    return len(line) - len(line.lstrip(" \t"))


def next_items(text: str, a: int, b: int) -> bool:
    r"""
    Whether ``text[b]`` is on the item of a list right after the item ``text[a]`` is on, both
    with the same bullet (an item may go on over indented lines: a hard-wrapped one).

    >>> text = "- 2024: 2.2 billion\n- 2025: 2.98 billion\n"
    >>> next_items(text, 3, text.index("2025")), next_items(text, text.index("2025"), 3)
    (True, False)
    >>> wrapped = "- 2024: 2.2 billion;\n  a surplus of 732.7 million\n- 2025: 2.98 billion\n"
    >>> next_items(wrapped, wrapped.index("732"), wrapped.index("2.98"))
    True
    """
    first = item_line(text, a)
    second = text.rfind("\n", 0, b) + 1
    if first is None or second <= first or item_line(text, second - 1) != first:
        return False
    one, two = _LIST_ITEM.match(text, first), _LIST_ITEM.match(text, second)
    return one is not None and two is not None and one[0].strip()[:1] == two[0].strip()[:1]


#: The most lines a list's item goes on over.
_ITEM_LINES: Final = 4


def item_line(text: str, at: int) -> int | None:
    r"""
    Where the line of the list's item ``text[at]`` is on starts, past the indented lines it goes
    on over; ``None`` off a list's item.

    >>> text = "- 2024: 2.2 billion;\n  a surplus\nNo item\n"
    >>> item_line(text, text.index("surplus")), item_line(text, text.index("item"))
    (0, None)
    """
    line = text.rfind("\n", 0, at) + 1
    for _ in range(_ITEM_LINES):
        if _LIST_ITEM.match(text, line):
            return line
        if line == 0 or text[line : line + 1] not in (" ", "\t"):
            return None  # a line that is no item, nor goes on with one
        line = text.rfind("\n", 0, line - 1) + 1
    return None


def barred_line(text: str, at: int) -> bool:
    r"""
    Whether the line that holds ``text[at]`` holds a bar: a table's row, or a line laid out as
    one, whose parts are cells (a title that ends it is no title of the name that opens the next).

    >>> text = "To Lam | President\nThongloun Sisoulith | General Secretary"
    >>> barred_line(text, text.index("Thongloun")), barred_line("To Lam, President", 3)
    (True, False)
    """
    return "|" in text[text.rfind("\n", 0, at) + 1 : _line_end(text, at)]


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _is_row(text: str, start: int, end: int) -> bool:
    """
    Whether the line ``text[start:end]`` is a table's: it starts with "|" and has another, or
    it parts its cells with bars set off by spaces, with none at its ends ("2024 | 2,2 tỷ USD |
    tăng 34%", as office documents lay a table out).
    """
    line = text[start:end].strip()
    return (line.startswith("|") and line.count("|") >= 2) or " | " in line


def _bar_first(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` starts with a bar (a Markdown row), not bars between cells."""
    return text[start:end].lstrip().startswith("|")


def _cells(text: str, start: int, end: int) -> tuple[Span, ...]:
    """The cells of a table line, each without the spaces around it (the line's ends bound the outer ones)."""
    pipes = [i for i in range(start, end) if text[i] == "|"]
    if not _bar_first(text, start, end):
        pipes = [start - 1, *pipes, end]
    out: list[Span] = []
    for a, b in itertools.pairwise(pipes):
        cell = text[a + 1 : b]
        lead = len(cell) - len(cell.lstrip())
        out.append((a + 1 + lead, a + 1 + len(cell.rstrip())))
    return tuple(out)


def _caption(text: str, first: int) -> Span | None:
    """The paragraph right before a table that starts at ``first`` (one blank line may stand between)."""
    end = first - 1  # the line break before the table
    if end <= 0:
        return None
    if text[end - 1] == "\n":
        end -= 1  # a blank line between
    start, cursor = end, end
    for _ in range(_CAPTION_LINES):
        line = text.rfind("\n", 0, cursor) + 1
        if not text[line:cursor].strip() or _is_row(text, line, cursor):
            break
        start, cursor = line, line - 1
        if cursor < 0:
            break
    if start >= end or end - start > _CAPTION_CHARACTERS:
        return None
    return start, end
