# SPDX-License-Identifier: MIT
"""
The reported reader: sentences that say what another text said ("A report of 27 January gave
the dates of the visit as 25-26 January.", "Bài báo ngày 16/1 viết rằng ..."): one of the word
files' ``sentences.other_texts``, then a verb of ``sentences.report_verbs`` or
``dates.speech_words``.  The reported judge (:mod:`vnla.checker.judges.reported`) asks whether
the text then sets the claim right.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from vnla.checker.mentions import ReportedMention
from vnla.checker.vocabulary import _any_word
from vnla.lang.words import merged

if TYPE_CHECKING:
    from collections.abc import Callable

    from vnla.checker.context import Context

__all__ = ["read"]


@functools.cache
def _verbs() -> re.Pattern[str]:
    """The verbs that report what another text said."""
    return _any_word((*merged("sentences", "report_verbs"), *merged("dates", "speech_words")))


#: A line that quotes another text whole: a short label at most ("AQ1 (p. 211)", "Draft:"), then
#: a passage in quotation marks to the end of the line.
_QUOTED_LINE: Final = re.compile(r'[^\S\n]*+[^"“”\n]{0,40}?(["“])[^"“”\n]{20,}["”][^\S\n]*+(?=\n|\Z)')


def read(ctx: Context) -> list[ReportedMention]:
    """
    Each sentence that says what another text said, once, in order: where the matcher found
    another text's word (an ``other-text`` anchor; see :func:`reported`); and each line that
    quotes another text whole (a manuscript's passage in an author-query sheet, a draft's in a
    review), as the passage in its quotation marks.
    """
    starts = [(start, end) for start, end, anchor in ctx.scan.anchors if anchor == "other-text"]
    spans = reported(ctx.text, ctx.sentence, starts) if starts else []
    if '"' in ctx.text or "“" in ctx.text:
        spans = sorted({*spans, *_quoted_lines(ctx.text)})
    return [ReportedMention(span) for span in spans]


def _quoted_lines(text: str) -> list[tuple[int, int]]:
    """
    The passages of the lines of ``text`` that quote another text whole (:data:`_QUOTED_LINE`),
    each line tried from its start where a quotation mark opens near it (found at C speed: most
    lines are not tried at all).
    """
    out: list[tuple[int, int]] = []
    for quote in re.finditer(r'["“]', text):
        at = quote.start()
        if out and at < out[-1][1]:
            continue  # inside a passage read already
        line = text.rfind("\n", 0, at) + 1
        if at - line > _LABEL or (out and line < out[-1][1]):
            continue  # a quotation mark far into its line, or on a line tried already
        found = _QUOTED_LINE.match(text, line)
        if found is not None:
            out.append((found.start(1), found.end()))
    return out


#: The longest label before a quoted line's quotation mark.
_LABEL: Final = 48


def reported(
    text: str, sentence: Callable[[int, int], tuple[int, int]], words: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """
    The sentences of ``text`` (found by ``sentence``) in which another text's word (at
    ``words``, in order) stands before a verb that reports what it said.

    >>> from vnla.checker.sentences import Sentences
    >>> text = "A report of 27 January gave the visit's dates as 25-26 January. It was 26-27."
    >>> [text[slice(*span)] for span in reported(text, Sentences(text, None).sentence, [(2, 8)])]
    ["A report of 27 January gave the visit's dates as 25-26 January."]
    >>> reported("The report is out.", Sentences("The report is out.", None).sentence, [(4, 10)])
    []
    """
    verbs = _verbs()
    out: list[tuple[int, int]] = []
    end = -1
    for start, stop in words:
        if start < end:
            continue  # in a sentence looked at already
        s, e = sentence(start, stop)
        end = e
        if verbs.search(text, stop, e) is not None:
            out.append((s, e))
    return out
