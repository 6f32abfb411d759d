# SPDX-License-Identifier: MIT
"""
The venues reader: a place said to be where an event named right before it was held, a
locative between, and the word files' ``places.time_words`` and ``places.held_words`` at most
("the 12th National Congress of the Lao People's Revolutionary Party was held in Hanoi", "Lễ
mở ký Công ước ... tổ chức tại Viêng Chăn", "the 14th Congress, held in Hanoi", "Cuộc gặp cấp
cao ... cùng ngày tại Hà Nội"). Only an event held in one place: not a visit,
which holds events in several, nor a year named for the relations; and not one named as another
thing's complement (``places.thing_of``: "the briefing on the results of the 12th Congress").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from vnla.checker.mentions import VenueMention
from vnla.checker.vocabulary import _any_word
from vnla.lang.words import merged
from vnla.model.records import Event, EventKind

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]

#: Words of time that may stand by what says an event was held (``places.time_words``: "the same day").
_TIME: Final = rf"(?:{_any_word(merged('places', 'time_words')).pattern})"
#: Between an event's name and its place: a comma at most, words saying it was held at most,
#: words of time before or after them at most ("cùng ngày tại", "opened the same day in"), and
#: a locative ("was held in", ", held in", "tổ chức tại", "ໄດ້ຈັດຂຶ້ນທີ່").
_HELD_AT: Final = re.compile(
    rf"[^\S\n]*+,?[^\S\n]*+(?:{_TIME}[^\S\n]*+,?[^\S\n]*+)?"
    rf"(?:(?:{_any_word(merged('places', 'held_words')).pattern})[^\S\n]*+)?(?:{_TIME}[^\S\n]*+)?"
    rf"(?P<locative>{_any_word(merged('places', 'locatives')).pattern})[^\S\n]*+",
    re.IGNORECASE,
)

#: Right before an event's name, an article at most after them, words that make it another thing's
#: complement (``places.thing_of``: "the briefing on the results of the 12th Congress").
_THING_OF: Final = re.compile(
    rf"(?:{_any_word(merged('places', 'thing_of') or ['(?!)']).pattern})[^\S\n]*+(?:the[^\S\n]++)?\Z",
    re.IGNORECASE,
)


def read(ctx: Context) -> list[VenueMention]:
    """Each place said to be where the event named right before it was held, in order of position."""
    kinds, records = ctx.index.kinds, ctx.index.records
    text = ctx.text
    out = []
    last: tuple[int, str] | None = None  # the end and the id of the last event named
    for ns, ne, rid in ctx.named:
        kind = kinds.get(rid)
        if kind == "place" and last is not None and last[0] <= ns:
            held = _HELD_AT.fullmatch(text, last[0], ns)
            if held is not None:
                out.append(VenueMention((ns, ne), held.start("locative"), last[1], rid))
        if kind == "event":
            event = records.get(rid)
            one_place = isinstance(event, Event) and not (
                event.kind.is_visit or event.kind is EventKind.COMMEMORATIVE_YEAR
            )
            last = (ne, rid) if one_place and _its_clauses(ctx, ns) else None
        elif last is None or ne > last[0]:
            last = None  # another name after the event's, not one inside it ("... of the LPRP")
    return out


def _its_clauses(ctx: Context, start: int) -> bool:
    """
    Whether the event named at ``start`` is its clause's, not another thing's complement ("the
    briefing on the results of the 12th Congress took place in Hanoi": the briefing did; "trong
    đó có Hội nghị ... tổ chức tại ...": the meeting was).
    """
    return _THING_OF.search(ctx.text, max(0, start - 40), start) is None
