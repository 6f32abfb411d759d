# SPDX-License-Identifier: MIT
"""
Captions and headings: a sentence that is a place and a date alone ("Caption: Vientiane, 11 July
2024.", "Hà Nội, 26/1/2026.") dates the undated sentence after it on its line, as a photograph's
caption or a dateline does; a short line with one date dates the line under it, as a heading does.
The titles and ordinals judges ask.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.model.records import When

__all__ = ["caption_date", "heading_date"]

#: A sentence that is a place and a date alone, a label before them at most: "Caption: Vientiane,
#: 11 July 2024.", "Hà Nội, 26/1/2026." (the place and the date are found apart).
_DATELINE_REST: Final = re.compile(r"[^\S\n]*+,[^\S\n]*+")
_DATELINE_LABEL: Final = re.compile(r"\s*+(?:[^\W\d_]{1,20}[^\S\n]*+:)?[^\S\n]*+")
_DATELINE_END: Final = re.compile(r"[^\S\n]*+[.:]?[^\S\n]*+")


def caption_date(ctx: Context, span: tuple[int, int]) -> When | None:
    """
    The date of the sentence right before the sentence of ``span``, on its line, when that
    sentence is a place and a date alone (a caption's or a dateline's: "Caption: Vientiane, 11
    July 2024. State visit of President To Lam."): the day the sentence after it is of, when it
    states no date of its own (which the caller asks).
    """
    text = ctx.text
    s, _e = ctx.sentence(*span)
    line = text.rfind("\n", 0, s) + 1
    if s <= line or s < 2:
        return None
    ps, pe = ctx.sentence(s - 2, s - 1)
    ps = max(ps, line)
    i = bisect.bisect_left(ctx.date_starts, ps)
    if i >= len(ctx.dates) or ctx.date_starts[i] >= pe:
        return None  # most sentences before another: no date
    mention = ctx.dates[i]
    ds, de = mention.span
    places = [n for n in ctx.within(ctx.named, ps, ds) if ctx.index.kinds.get(n[2]) == "place"]
    if (
        mention.when is None
        or mention.relative
        or not places
        or _DATELINE_LABEL.fullmatch(text, ps, places[0][0]) is None
        or _DATELINE_REST.fullmatch(text, places[-1][1], ds) is None
        or _DATELINE_END.fullmatch(text, de, s) is None
    ):
        return None
    return mention.when


#: The longest line before a mention's that is read as the heading that dates it.
_HEADING: Final = 80


def heading_date(ctx: Context, span: tuple[int, int]) -> When | None:
    """
    The one date of the short line right before the line of a mention at ``span``, a heading
    that dates it, where the mention's sentence opens its line and states no date of its own
    ("Entry 3 | 11-12 July 2024" above "President To Lam pays a state visit to Laos.").
    """
    text = ctx.text
    line = text.rfind("\n", 0, span[0]) + 1
    s, _e = ctx.sentence(*span)
    if line == 0 or s > line or text[line:s].strip():
        return None
    above = text.rfind("\n", 0, max(0, line - 1)) + 1
    heading = text[above : line - 1].strip()
    if line - above > _HEADING or not heading or heading.endswith((".", "!", "?", "。")):
        return None  # no line, or a sentence of its own: no heading
    first, last = bisect.bisect_left(ctx.date_starts, above), bisect.bisect_left(ctx.date_starts, line)
    dated = [m.when for m in ctx.dates[first:last] if m.when is not None and not m.relative]
    return dated[0] if len(dated) == 1 else None
