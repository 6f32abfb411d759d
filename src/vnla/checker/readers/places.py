# SPDX-License-Identifier: MIT
"""
The places reader: a recorded place right after another and a locative word ("cửa khẩu
Thanh Thủy ở Hà Tĩnh", "the Thanh Thuy border gate in the province of Nghe An"; the word
files' ``places.locatives`` and ``region_words``), or in brackets after it ("Thanh Thuy border
gate (Ha Tinh province)"), which says where the first one lies.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Final

from vnla.checker.mentions import PlaceInMention
from vnla.checker.vocabulary import _alternation
from vnla.lang.words import merged
from vnla.model.records import Place

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]

#: Between a place and the region it lies in: a comma at most, a locative or words of lying
#: ("lies in", "nằm ở"), a region word.
_IN: Final = re.compile(
    rf"\s*+,?\s*+(?:{_alternation((*merged('places', 'lies_in'), *merged('places', 'locatives')))})\s*+"
    rf"(?:(?:{_alternation(merged('places', 'region_words'))})\s*+)?",
    re.IGNORECASE,
)


#: A region in brackets right after a place ("Thanh Thuy border gate (Ha Tinh province)", "cảng
#: Vũng Áng (tỉnh Nghệ An)"): the opening bracket, a region word at most, then the region and a
#: region word at most before the closing bracket.
_REGION_WORDS: Final = _alternation(merged("places", "region_words"))
_OPENS: Final = re.compile(rf"[^\S\n]*+\([^\S\n]*+(?:(?:{_REGION_WORDS})[^\S\n]*+)?", re.IGNORECASE)
_CLOSES: Final = re.compile(rf"(?:[^\S\n]*+(?:{_REGION_WORDS}))?[^\S\n]*+\)", re.IGNORECASE)


#: Between a place and the region it lies in, an apposition that names what the place is first:
#: a comma, a dash or a definition's colon, two to five words, then the words of :data:`_IN`
#: ("Vung Ang Port, the deep-water harbour in Nghe An province", "cảng Vũng Áng – cảng biển nước
#: sâu thuộc tỉnh Nghệ An", a glossary's "Vung Ang Port: deep-water port in Nghe An province").
_IN_APPOSED: Final = re.compile(
    rf"[^\S\n]*+[,–—:][^\S\n]*+(?:[^\W\d_][\w'’-]*+[^\S\n]++){{2,5}}?"
    rf"(?:{_alternation((*merged('places', 'lies_in'), *merged('places', 'locatives')))})[^\S\n]*+"
    rf"(?:(?:{_alternation(merged('places', 'region_words'))})[^\S\n]*+)?",
    re.IGNORECASE,
)


#: Between a place and the region it lies in, a word of "of" (``places.of_region``: "of", "của",
#: "ຂອງ"), after a comma, a dash and one to five words that say what the place is ("Vinh, a city
#: of Ha Tinh province") or right after the place ("thành phố Vinh của tỉnh Thanh Hóa"), then a
#: region word at most (``region``): with none there, one must follow the region, as "of" alone
#: may say whose, not where.
_OF_REGION: Final = re.compile(
    rf"(?:[^\S\n]*+[,–—][^\S\n]*+(?:[^\W\d_][\w'’-]*+[^\S\n]++){{1,5}}?|[^\S\n]*+)"
    rf"(?:{_alternation(merged('places', 'of_region'))})[^\S\n]*+(?P<region>(?:{_REGION_WORDS})[^\S\n]*+)?",
    re.IGNORECASE,
)
_REGION_AFTER: Final = re.compile(rf"[^\S\n]*+(?:{_REGION_WORDS})(?!\w)", re.IGNORECASE)


#: An address's order: a comma, then a region word before the region ("thành phố Vinh, tỉnh Hà
#: Tĩnh"; the word files' ``places.region_words``).
_ADDRESS: Final = re.compile(
    rf"[^\S\n]*+,[^\S\n]*+(?:{_alternation(merged('places', 'region_words'))})[^\S\n]*+", re.IGNORECASE
)


#: The kinds of place a comma alone may set in a town or a province ("the Unknown Martyrs
#: Memorial, Hanoi, ..."), and those kinds of town and province.
_SITES: Final = frozenset({"memorial", "park", "building", "port", "border-gate", "relic-site"})
_TOWNS: Final = frozenset({"capital", "city", "province"})
#: Between such a site and its town: a comma.
_COMMA: Final = re.compile(r"[^\S\n]*+,[^\S\n]*+")


def read(ctx: Context) -> list[PlaceInMention]:
    """Each place said to lie in another, in order of position."""
    kinds = ctx.index.kinds
    places = [n for n in ctx.named if kinds.get(n[2]) == "place"]
    text = ctx.text
    return [
        PlaceInMention((outer[0], outer[1]), inner[2], outer[2])
        for inner, outer in itertools.pairwise(places)
        if inner[1] <= outer[0]
        and (
            _IN.fullmatch(text, inner[1], outer[0]) is not None
            or _ADDRESS.fullmatch(text, inner[1], outer[0]) is not None
            or (
                _COMMA.fullmatch(text, inner[1], outer[0]) is not None
                and _site_in_town(ctx, inner[2], outer[2])
            )
            or (
                _IN_APPOSED.fullmatch(text, inner[1], outer[0]) is not None
                and not ctx.within(ctx.named, inner[1], outer[0])
            )
            or (
                _OPENS.fullmatch(text, inner[1], outer[0]) is not None
                and _CLOSES.match(text, outer[1]) is not None
            )
            or _of_region(ctx, inner, outer)
        )
    ]


def _of_region(ctx: Context, inner: tuple[int, int, str], outer: tuple[int, int, str]) -> bool:
    """Whether a word of "of" sets the place ``inner`` in the region ``outer`` (:data:`_OF_REGION`)."""
    text = ctx.text
    of = _OF_REGION.fullmatch(text, inner[1], outer[0])
    return (
        of is not None
        and (of["region"] is not None or _REGION_AFTER.match(text, outer[1]) is not None)
        and not ctx.within(ctx.named, inner[1], outer[0])
    )


def _site_in_town(ctx: Context, inner: str, outer: str) -> bool:
    """Whether ``inner`` is a site and ``outer`` a town or a province, which a comma alone joins."""
    records = ctx.index.records
    a, b = records.get(inner), records.get(outer)
    return isinstance(a, Place) and isinstance(b, Place) and a.kind.value in _SITES and b.kind.value in _TOWNS
