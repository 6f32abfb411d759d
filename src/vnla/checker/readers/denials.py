# SPDX-License-Identifier: MIT
"""
The denials reader: the words that deny the claim right after them ("not from January 25 to
26", "chứ không phải", "ບໍ່ແມ່ນ"; the word files' ``sentences.denials``), which the matcher
finds; those that start words denying nothing ("not only", ``sentences.not_denials``) are not.

Words that correct what was said before them (``sentences.correction_words``: "Correction:",
"Xin phép đính chính") set right, with what their line says, an earlier slip of the same record.

A fact check's rating denies a whole line: a line that starts with a rating label
(``sentences.rating_labels``: "RATING", "Kết luận") and rates false (``sentences.false_ratings``:
"FALSE", "Sai", "ບໍ່ຖືກຕ້ອງ") denies the claim in the line before it ("CLAIM 3: Trade between
the two countries doubled last year."); so does a reviewer's note in brackets after a sentence
that opens with a label and a colon and rates false ("[GV: Sai năm. ...]", "[Ed.: wrong]").

A question that ends by asking whether it is so (``sentences.truth_questions``: "..., is that
right?", "... phải không?", "... ແມ່ນບໍ່?"), or opens so (``sentences.truth_question_openers``:
"Is it true that ...?", "Có đúng là ...?"), puts its claim rather than making it.

A diff's removed line (a line that opens with a minus mark and a space, right above one that
opens with a plus mark and a space: a wiki's "Difference between revisions") is no claim of
the text's: the line below replaces it.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from vnla.checker.mentions import (
    AskedMention,
    CorrectionMention,
    DenialMention,
    RatingMention,
    RemovedMention,
)
from vnla.checker.vocabulary import _alternation, words_end
from vnla.lang.lao import is_lao
from vnla.lang.words import merged

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]


@functools.cache
def _false_rating() -> re.Pattern[str]:
    """What follows a rating label that rates its claim false: a colon or a dash, then a false rating."""
    ratings = _alternation(merged("sentences", "false_ratings"))
    return re.compile(rf"(?<!\s)\s*+[:：\-–—]\s*+(?:{ratings})(?:(?!\w)|(?<=[\u0e80-\u0eff]))", re.IGNORECASE)


_Mention = DenialMention | RatingMention | CorrectionMention | AskedMention | RemovedMention


def read(ctx: Context) -> list[_Mention]:
    """
    Each denial, in order, then each false rating, then each correction, then each question that
    asks whether it is so, then each line a diff removes; a denial inside a longer one ("không
    phải" in "chứ không phải") is that one.
    """
    anchors = ctx.scan.anchors
    if not anchors:
        return [*_annotations(ctx), *_dismissed_quotes(ctx.text), *_asked(ctx), *_removed(ctx.text)]
    undenied = {start for start, _end, anchor in anchors if anchor == "not-denial"}
    found = sorted(
        (start, -end) for start, end, anchor in anchors if anchor == "denial" and start not in undenied
    )
    out: list[_Mention] = []
    for start, negative_end in found:
        if out and start < out[-1].span[1]:
            continue
        out.append(DenialMention((start, -negative_end)))
    text = ctx.text
    ratings: list[RatingMention | None] = []
    denying: list[RatingMention | None] = []
    corrections: list[CorrectionMention] = []
    for start, end, anchor in anchors:
        if anchor == "rating":
            ratings.append(_rated_false(text, start, end))
        elif anchor == "denying":
            denying.append(_denying_sentence(ctx, start, end))
        elif anchor == "correction":
            # what the words say is right: the rest of their line
            line_end = text.find("\n", end)
            corrections.append(
                CorrectionMention((start, end), (end, len(text) if line_end < 0 else line_end))
            )
    return [
        *out,
        *filter(None, ratings),
        *filter(None, denying),
        *_annotations(ctx),
        *_dismissed_quotes(text),
        *corrections,
        *_asked(ctx),
        *_removed(text),
    ]


#: A diff's removed line: a minus mark and a space at the head of a line, right above a line
#: that opens with a plus mark and a space.
_REMOVED: Final = re.compile(r"^[−-][^\S\n]++([^\n]*+)\n(?=\+[^\S\n])", re.MULTILINE)


def _removed(text: str) -> list[RemovedMention]:
    """
    Each line a diff removes, with the rest of its line.

    >>> _removed("− signed in 1976.\\n+ signed on 18 July 1977.\\n- a list's item\\nnext")
    [RemovedMention(span=(0, 1), claim=(2, 17))]
    """
    if "\n+" not in text:
        return []  # most texts: no line opens with a plus mark
    return [RemovedMention((m.start(), m.start() + 1), m.span(1)) for m in _REMOVED.finditer(text)]


@functools.cache
def _truth_question() -> re.Pattern[str]:
    """Words that ask whether what was said is so, right before a question mark."""
    words = _alternation(merged("sentences", "truth_questions"))
    return re.compile(rf"(?:{words})[^\S\n]*+[?？]", re.IGNORECASE)


@functools.cache
def _truth_opener() -> re.Pattern[str]:
    """Words that open a question asking whether what follows is so ("Is it true that")."""
    words = _alternation(merged("sentences", "truth_question_openers") or ["(?!)"])
    return re.compile(rf"(?<!\w)(?:{words})(?:(?!\w)|(?<=[\u0e80-\u0eff])|(?<=:))", re.IGNORECASE)


#: What may stand before such words at the start of their sentence: a label's colon, a quotation
#: mark, a bracket, a list's mark ('Q: "Is it true that ...').
_BEFORE_OPENER: Final = re.compile(r"[\s\"“‘'(\[*•-]*+(?:[^\W\d_]{1,12}\.?[:：][\s\"“‘'(]*+)?")


def _asked(ctx: Context) -> list[AskedMention]:
    """
    Each question that ends by asking whether what it says is so, with what it says: from its
    sentence's start, or the quotation mark it opens with, to the words that ask; or that opens
    with such words ("Is it true that ...?", "Có đúng là ...?"), with what it says after them
    to its question mark.

    A word that asks must start a word: "right?" in "copyright?" asks nothing.
    """
    text = ctx.text
    if "?" not in text and "？" not in text:
        return []
    out = []
    for found in _truth_opener().finditer(text):
        s, e = ctx.sentence(found.start(), found.end())
        ask = max(text.rfind("?", found.end(), e + 1), text.rfind("？", found.end(), e + 1))
        if ask > found.end() and _BEFORE_OPENER.fullmatch(text, s, found.start()):
            out.append(AskedMention(found.span(), (found.end(), ask)))
    for found in _truth_question().finditer(text):
        at = found.start()
        if at and (text[at - 1].isalnum() and not is_lao(text[at - 1])):
            continue
        s, _e = ctx.sentence(at, found.end())
        if s < at:
            out.append(AskedMention((at, found.end()), (s, at)))
    return out


@functools.cache
def _annotation() -> re.Pattern[str]:
    """
    A reviewer's note in square brackets that rates false: a bracket, a label of three words at
    most and a colon ("[GV:", "[Reviewer:"), then a false rating ("Sai năm", "wrong").
    """
    ratings = _alternation(merged("sentences", "false_ratings"))
    label = r"(?:[^\W\d_][^\s:\[\]()]{0,20}[^\S\n]*+){1,3}"
    return re.compile(
        rf"\[[^\S\n]*+{label}[:：][^\S\n]*+(?:{ratings})(?:(?!\w)|(?<=[\u0e80-\u0eff]))", re.IGNORECASE
    )


def _annotations(ctx: Context) -> list[RatingMention]:
    """
    Each reviewer's note in brackets right after a sentence that rates it false, as a false
    rating of that sentence: a teacher's "[GV: Sai năm. ...]" after a pupil's sentence, an
    editor's "[Ed.: wrong]".
    """
    text = ctx.text
    if "[" not in text:
        return []
    out = []
    for found in _annotation().finditer(text):
        at = found.start()
        before = words_end(text, at)
        if before == 0 or text[before - 1] not in '.!?"”»':
            continue  # a note inside a sentence rates less than the sentence
        s, _e = ctx.sentence(before - 1, before)
        if s < before:
            out.append(RatingMention((at, found.end()), (s, before)))
    return out


#: The opening mark of each closing quotation mark (a straight one is its own).
_OPENING: Final = {'"': '"', "”": "“", "»": "«"}
#: The most characters a dismissed quotation may hold.
_LONGEST_QUOTE: Final = 400


@functools.cache
def _dismissal() -> re.Pattern[str]:
    """
    A closing quotation mark, then words that say the quotation is wrong (the word files'
    ``sentences.dismissals``: 'which is wrong', "– chưa đúng", "ເຊິ່ງບໍ່ຖືກ"), a comma or a
    dash between at most.
    """
    words = _alternation(merged("sentences", "dismissals"))
    corrected = _alternation(merged("sentences", "corrections"))
    return re.compile(
        rf"[\"”»][^\S\n]*+(?:[,;:–—-][^\S\n]*+)?(?P<words>{words})(?:(?!\w)|(?<=[\u0e80-\u0eff]))"
        # or that it was corrected, its sentence's end and a subject of three words at most between
        # ('"President To Lam". The applicant corrected this', '"..."; đơn vị đã sửa thành 50 năm')
        rf"|[\"”»][^\S\n]*+(?:[,;:.–—-][^\S\n]*+)?(?:[^\W\d_]++[^\S\n]++){{0,3}}"
        rf"(?P<corrected>{corrected})(?:(?!\w)|(?<=[\u0e80-\u0eff]))",
        re.IGNORECASE,
    )


def _dismissed_quotes(text: str) -> list[RatingMention]:
    """
    Each quotation that the words right after it say is wrong ('the staff wrote "1.8 billion",
    which is wrong'; 'Thí sinh nói "năm nay kỷ niệm 63 năm" – chưa đúng'), as a false rating of
    the quotation.

    >>> text = 'The staff wrote "trade was 1.8 billion USD", which is wrong.'
    >>> _dismissed_quotes(text)
    [RatingMention(span=(45, 59), claim=(17, 42))]
    """
    if not any(mark in text for mark in _OPENING):
        return []
    out = []
    for found in _dismissal().finditer(text):
        close = found.start()
        line = text.rfind("\n", 0, close) + 1
        opening = text.rfind(_OPENING[text[close]], max(line, close - _LONGEST_QUOTE), close)
        if opening >= 0:
            said = "words" if found["words"] is not None else "corrected"
            out.append(RatingMention((found.start(said), found.end()), (opening + 1, close)))
    return out


@functools.cache
def _error_sentences() -> frozenset[str]:
    """The word files' ``sentences.error_sentences``, in lower case with single spaces."""
    return frozenset(_key(w) for w in merged("sentences", "error_sentences"))


def _key(words: str) -> str:
    return " ".join(words.lower().split())


def _denying_sentence(ctx: Context, start: int, end: int) -> RatingMention | None:
    """
    The denial of the sentence before by a sentence of ``sentences.denying_sentences`` alone
    ("The authors write that trade doubled in 2024. It did not."), or followed by a colon, a
    semicolon, a comma, a dash or a bracket ("That is wrong: ..."), or one that opens with
    ``sentences.error_sentences`` ("That was a typo in the flyer; ..."), as a false rating of it.
    """
    text = ctx.text
    s, e = ctx.sentence(start, end)
    rest = text[end:e].strip(" .!\t")
    if (
        text[s:start].strip()
        or (rest and rest[0] not in ":;,—–(" and _key(text[start:end]) not in _error_sentences())
        or s < 2
    ):
        return None  # more words in its sentence: they may deny less, or something else
    ps, pe = ctx.sentence(s - 2, s - 1)
    return RatingMention((start, end), (ps, pe)) if ps < s else None


def _rated_false(text: str, start: int, end: int) -> RatingMention | None:
    """
    The false rating a rating label at ``text[start:end]`` starts, with the line it rates: the
    label opens its line, and the claim is the last line before it with words (a blank line
    may stand between).

    >>> text = 'CLAIM 3: "Trade doubled last year."\\nRATING: FALSE. Figures show ...'
    >>> _rated_false(text, 36, 42)
    RatingMention(span=(36, 49), claim=(0, 35))
    >>> _rated_false(text.replace("FALSE", "TRUE"), 36, 42) is None
    True
    """
    line = text.rfind("\n", 0, start) + 1
    if line == 0 or text[line:start].strip():
        return None  # no line before, or the label does not open its line
    verdict = _false_rating().match(text, end)
    if verdict is None:
        return None
    lo = max(0, line - 1000)  # the claim's line: the last one with words, not far before
    claim_end = lo + len(text[lo : line - 1].rstrip())
    if claim_end == lo:
        return None
    claim_start = text.rfind("\n", 0, claim_end) + 1
    return RatingMention((start, verdict.end()), (claim_start, claim_end))
