# SPDX-License-Identifier: MIT
"""
The titles reader: the chain of titles before each person's name ("Lao Party General
Secretary and President Thongloun Sisoulith"), and titles followed by a name no record has.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Any, Final

from vnla.checker.mentions import TitleMention, UnknownPersonMention
from vnla.checker.readers.capacities import capacity_titles
from vnla.checker.readers.memo import Memo
from vnla.checker.tables import barred_line, row_at
from vnla.checker.vocabulary import (
    _APPOSITIVE_END,
    _APPOSITIVE_LEAD,
    _BRACKET_END,
    _BRACKET_LEAD,
    _CAPITAL_WORDS,
    _HEAD_OF_ORG_KIND,
    _HOST,
    _HOSTED_ROLES,
    _ITEM_END,
    _ITEM_HEAD,
    _JOIN,
    _LINE_HEAD,
    _LIST_END,
    _LIST_LEAD,
    _NEXT_IN_LIST,
    _NOT_A_BODY,
    _NOT_A_NAME,
    _NOT_THE_ROLE,
    _NTH_HOLDER,
    _OF,
    _PREDICATE_END,
    _PREDICATE_LEAD,
    _QUALIFIER,
    _QUALIFIER_COUNTRY,
    _QUALIFIER_ENDS,
    _TAIL,
    _WORD_BEFORE,
    _alternation,
    _any_word,
)
from vnla.lang.lao import is_lao
from vnla.lang.words import merged

if TYPE_CHECKING:
    from collections.abc import Callable

    from vnla.checker.context import Context
    from vnla.checker.drafts import _Match

__all__ = ["read"]

#: Lao: what may stand between a name and the titles after it, a comma ("ທ່ານໄຊສົມພອນພົມວິຫານ,
#: ປະທານສະພາແຫ່ງຊາດ"), a dash between spaces, as a list of who's who writes ("ທ່ານ ທອງສະຫວັນ
#: ພົມວິຫານ — ລັດຖະມົນຕີ..."), or a predicate ("ເປັນ", is).
_LAO_PREDICATES: Final = _alternation(w for w in merged("titles", "predicates") if is_lao(w[0])) or "(?!)"
_LAO_FIRST: Final = re.compile(rf"\s*(?:,\s*|[–—-]\s+)?(?:(?P<said>{_LAO_PREDICATES})\s*)?")
#: Nothing at all between a place and the first title (a cell's or a led chain's start).
_NOTHING: Final = re.compile("")
#: Lao: what may stand between two titles, between a title and its body or country ("of"
#: words and qualifiers of the Lao word file), and before a name (an honorific).
_LAO_JOIN: Final = re.compile(r"\s*+(?:,\s*+)?")
_LAO_OF_WORDS: Final = [w for w in (*merged("titles", "of"), *merged("titles", "qualifiers")) if is_lao(w[0])]
_LAO_OF: Final = re.compile(rf"(?:\s|{_alternation(_LAO_OF_WORDS)})*")
_LAO_BEFORE_NAME: Final = re.compile(
    rf"\s*(?:(?:{_alternation(w for w in merged('names', 'titles') if is_lao(w[0]))})\s*)?"
)

#: Lao: an honorific right before a name, between it and the titles before it (the word files'
#: Lao ``names.titles`` that are no role words: "ນາຍົກລັດຖະມົນຕີ ທ່ານ ສອນໄຊ ສີພັນດອນ",
#: "ປະທານສະພາແຫ່ງຊາດຫວຽດນາມທ່ານເຈິ່ນເກິມຕູ").
_LAO_HONORIFICS: Final = [
    w for w in merged("names", "titles") if is_lao(w[0]) and w not in merged("titles", "roles")
]
_LAO_HONORIFIC_BEFORE: Final = re.compile(rf"(?:{_alternation(_LAO_HONORIFICS) or '(?!)'})[^\S\n]*+\Z")


#: Role words in the plural, in lower case (the word files' ``titles.plural_roles``).
_PLURAL_ROLES: Final = frozenset(w.lower() for w in merged("titles", "plural_roles"))
#: A word of two right before a title ("hai", "two", "ສອງ"; ``titles.plural_before``).
_PLURAL_BEFORE: Final = re.compile(
    rf"(?:{_any_word(merged('titles', 'plural_before') or ['(?!)']).pattern})[^\S\n]*+$", re.IGNORECASE
)
#: How far the next name of a list may start.
_LIST_REACH: Final = 12

#: The dashes that may set titles off after a name, with a space either side.
_DASHES: Final = ("–", "—", "-")


def read(ctx: Context) -> list[TitleMention | UnknownPersonMention]:
    """The chains of titles before persons, then the titles before a name the record does not know."""
    out: list[TitleMention | UnknownPersonMention] = []
    taken: set[int] = set()
    person_at = {s for s, _e, _p in ctx.persons}
    person_ends = {e for _s, e, _p in ctx.persons}
    text = ctx.text
    for s, e, pid in ctx.persons:
        chain, first = _chain(ctx, ctx.titled, s)
        if not chain:  # "The Prime Minister of Laos is Sonexay Siphandone"
            chain, first = _named_as(ctx, s, e)
        if chain and "\n" in text[first:s] and _alone_on_its_line(text, s, e):
            continue  # a signature block: the titles on the line above may be another name's
        if chain and _said_of_the_name_before(ctx, first, e, person_ends):
            continue  # "ທ່ານເລືອງເກື່ອງແມ່ນປະທານປະເທດທ່ານຟ້າມມິງຈິງແມ່ນນາຍົກລັດຖະມົນຕີ"
        if chain:
            taken.update(id(m) for m, _c, _r in chain)
            titles = tuple((m.start, c, r) for m, c, r in chain)
            out.append(TitleMention((first, e), pid, titles))
            if _plural(ctx, chain, first):
                out += [TitleMention(span, other, titles) for span, other in _listed_after(ctx, e)]
    for s, e, pid in ctx.persons:
        chain, last, said = _after_name(ctx, (s, e), taken, person_at)
        if chain and (
            _NTH_HOLDER.match(text, last) or ("\n" in text[e:last] and _alone_on_its_line(text, s, e))
        ):
            # "ທ່ານສຸພານຸວົງເປັນປະທານປະເທດຄົນທຳອິດ": the first President, whenever it is said; a
            # signature block's titles on the line below may be the next name's
            continue
        if chain:
            taken.update(id(m) for m, _c, _r in chain)
            titles = tuple((m.start, c, r) for m, c, r in chain)
            out.append(TitleMention((s, last), pid, titles, said=said))
    for mention, m in capacity_titles(ctx, taken):  # "visited Laos as General Secretary"
        taken.add(id(m))
        out.append(mention)
    ctx.titles = sorted((m for m in out if isinstance(m, TitleMention)), key=lambda m: m.span[1])
    for m in ctx.roles:
        if id(m) not in taken:
            unknown = _unknown_person(ctx, m, person_at)
            if unknown is not None:
                out.append(unknown)
    return out


#: Lao: a predicate right before a chain of titles ("ແມ່ນ", "ເປັນ"), and one right after a name.
_LAO_SAID_BEFORE: Final = re.compile(rf"(?:{_LAO_PREDICATES})\s*+\Z")
_LAO_SAID_AFTER: Final = re.compile(rf"\s*+(?:{_LAO_PREDICATES})")


def _said_of_the_name_before(ctx: Context, first: int, end: int, person_ends: set[int]) -> bool:
    """
    Whether the titles starting at ``first``, before a Lao name ending at ``end``, are said of
    the name before them: a predicate stands between that name and them, and another after this
    name ("ທ່ານເລືອງເກື່ອງແມ່ນປະທານປະເທດ ທ່ານຟ້າມມິງຈິງແມ່ນນາຍົກລັດຖະມົນຕີ", Luong Cuong is
    State President, Pham Minh Chinh is Prime Minister): each name has its own.
    """
    text = ctx.text
    said = _LAO_SAID_BEFORE.search(text, max(0, first - 24), first)
    if said is None or _LAO_SAID_AFTER.match(text, end) is None:
        return False
    at = said.start()
    floor = max(0, at - 3)
    while at not in person_ends:  # the name ends right before the predicate, or 3 spaces before it
        if at == floor or not text[at - 1].isspace():
            return False
        at -= 1
    return True


#: What closes a name set off after its titles by a comma: a comma, a stop, a bracket, or a
#: question's or an exclamation's mark.
_APPOSITION_CLOSES: Final = re.compile(r"[^\S\n]*+[,.;)?!]")
#: Right before a name, the word files' ``titles.named_as`` ("is", "là ông", "ແມ່ນທ່ານ"), after a title.
_NAMED_AS: Final = re.compile(
    rf"(?:{_any_word(merged('titles', 'named_as') or ['(?!)']).pattern})\s*+\Z", re.IGNORECASE
)
#: Words that may open the clause of such a title, before it (``titles.named_as_lead``: "The
#: current President of Laos is ..."); one word alone always may.
_NAMED_AS_LEAD: Final = frozenset(" ".join(w.lower().split()) for w in merged("titles", "named_as_lead"))
#: What opens a clause before a title said of the name after it: a sentence's start or these.
_CLAUSE_OPENS: Final = ",;:(\n"


def _named_as(ctx: Context, at: int, end: int) -> tuple[list[tuple[_Match, str | None, str]], int]:
    """
    The chain of titles that opens its clause ("The" before it at most) and is said of the name
    at ``text[at:end]`` by words of ``titles.named_as`` between ("The Prime Minister of Laos is
    Sonexay Siphandone", "Thủ tướng Lào là ông Sonexay Siphandone"), or that the name is set off
    after by commas ("the Lao Prime Minister, Sonexay Siphandone, said"), and where it starts;
    none else.
    """
    text = ctx.text
    if text[max(0, at - 2) : at] == ", " and _APPOSITION_CLOSES.match(text, end):
        return _chain(ctx, ctx.titled, at - 2)
    found = _NAMED_AS.search(text, max(0, at - 24), at)
    if found is None:
        return [], at  # most names: no such words before them
    chain, first = _chain(ctx, ctx.titled, found.start())
    if not chain:
        return [], at
    s, e = ctx.sentence(first, at)
    opens = max(s, *(text.rfind(c, s, first) + 1 for c in _CLAUSE_OPENS))
    lead = text[opens:first].split()
    if (len(lead) > 1 and " ".join(lead).lower() not in _NAMED_AS_LEAD) or ctx.within(
        ctx.persons, opens, first
    ):
        return [], at
    # a statement of who holds it, of no day but the text's: not in a sentence whose other part
    # states a date its own does not ("... là ông Thongloun Sisoulith; ông được bầu ... tháng 1/2021")
    lo = text.rfind(";", s, first) + 1 or s
    hi = text.find(";", at, e)
    part = (lo, e if hi < 0 else hi)
    if (lo > s or hi >= 0) and not ctx.dated_in(*part) and ctx.dated_in(s, e):
        return [], at
    return chain, first


def _plural(ctx: Context, chain: list[tuple[_Match, str | None, str]], first: int) -> bool:
    """
    Whether a chain of titles is said of each name of the list after it: a role word in the
    plural ("Prime Ministers ...", the word files' ``titles.plural_roles``), or a title after a
    word of two ("hai Thủ tướng ...", "the two Prime Ministers ...": ``titles.plural_before``).
    """
    return len(chain) == 1 and (
        (chain[0][0].pat.role is not None and chain[0][0].pat.role[1].lower() in _PLURAL_ROLES)
        or _PLURAL_BEFORE.search(ctx.text, max(0, first - 16), first) is not None
    )


def _listed_after(ctx: Context, end: int) -> list[tuple[tuple[int, int], str]]:
    """
    The names of the list a name ending at ``end`` opens, each after a comma or "and" (the
    word files' ``countries.joiners``) and nothing else: each name's span (the title the list
    shares is the first name's), and its person.
    """
    out: list[tuple[tuple[int, int], str]] = []
    while True:
        after = ctx.within(ctx.persons, end, end + _LIST_REACH)
        if not after or _NEXT_IN_LIST.fullmatch(ctx.text, end, after[0][0]) is None:
            return out
        s, end, pid = after[0]
        out.append(((s, end), pid))


def _opens_its_line(text: str, s: int) -> bool:
    """Whether a name at ``s`` opens its line, after a bullet or a number at most."""
    return _LINE_HEAD.fullmatch(text, text.rfind("\n", 0, s) + 1, s) is not None


def _alone_on_its_line(text: str, s: int, e: int) -> bool:
    r"""
    Whether the name at ``text[s:e]`` stands alone on its line, an honorific before it at most (a
    signature block's: "ທອງລຸນ ສີສຸລິດ\nເລຂາທິການໃຫຍ່ ...\nສອນໄຊ ສີພັນດອນ\nນາຍົກລັດຖະມົນຕີ ...").

    >>> _alone_on_its_line("Regards,\nTo Lam\nGeneral Secretary", 9, 15)
    True
    >>> _alone_on_its_line("General Secretary\nTo Lam met him.", 18, 24)
    False
    """
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    after = text[e : len(text) if line_end < 0 else line_end].strip(" \t,.;")
    return not after and len(text[line_start:s].split()) <= 1


def _after_name(
    ctx: Context, name: tuple[int, int], taken: set[int], person_at: set[int]
) -> tuple[list[tuple[_Match, str | None, str]], int, bool]:
    """
    The titles said after the name at ``name``, where they end, and whether a predicate led
    them ("is", "là", "ເປັນ": the titles are said of the name, not set off beside it; see
    :func:`read`).
    """
    text = ctx.text
    s, e = name
    said = False
    listed = text.startswith(":", e) and _opens_its_line(text, s)
    if is_lao(text[s]):  # Lao writes titles after the name too: "ທ່ານ ໂຕເລິມ ເລຂາທິການໃຫຍ່"
        at = e + 1 if listed else e
        chain, last, lead = _lao_chain_after(ctx, at, taken, person_at)
        said = lead is not None and lead["said"] is not None
    elif listed:  # "- Saleumxay Kommasith: Deputy Prime Minister; ...", a list of who is who
        item = _ITEM_HEAD.fullmatch(text, text.rfind("\n", 0, s) + 1, s)
        ends = _LIST_END.match if item is None else _ITEM_END.match
        chain, last = _led(ctx, _LIST_LEAD.match(text, e), ends, (e, taken, person_at))
    elif "," in text[e : e + 2] or text[e : e + 3].lstrip()[:1] in _DASHES:
        # "To Lam, general secretary of the Communist Party of Vietnam, ...", "Tô Lâm – Tổng Bí thư"
        chain, last = _appositive(ctx, e, taken, person_at)
    elif text[e : e + 2].lstrip()[:1] == "(":  # "Luong Tam Quang (Minister of Public Security)"
        chain, last = _led(ctx, _BRACKET_LEAD.match(text, e), _BRACKET_END.match, (e, taken, person_at))
    else:  # "Luong Cuong is State President", "Lương Cường là Chủ tịch nước"
        chain, last = _predicative(ctx, e, taken, person_at)
        said = bool(chain)
    if not chain:  # "ໂຕເລິມ | 11/7/2024 | ປະທານປະເທດ", a table of who held what when
        chain, last = _row_titles(ctx, name, taken, person_at)
        said = False
    return chain, last, said


#: Right after a name that fills a table's cell: spaces at most, then the cell's bar.
_BAR_AFTER: Final = re.compile(r"[ \t]*+\|")


def _row_titles(
    ctx: Context, name: tuple[int, int], taken: set[int], person_at: set[int]
) -> tuple[list[tuple[_Match, str | None, str]], int]:
    """
    In a table's row whose cell holds the name at ``name`` and nothing else, the titles of the
    first later cell that holds titles and nothing else (a bracket after them at most: "ເລຂາທິການ
    ໃຫຍ່ (ດຳລົງຕຳແໜ່ງນີ້ແຕ່ 3/8/2025)"), and where they end; nothing, and the name's end, else.
    """
    text = ctx.text
    s, e = name
    if _BAR_AFTER.match(text, e) is None:
        return [], e  # most names: no bar right after them (asked before the row is read)
    row = row_at(text, s)
    i = row.cell_at(s) if row is not None else None
    if row is None or i is None or text[slice(*row.cells[i])].strip() != text[s:e]:
        return [], e
    of = functools.partial(_of_in_apposition, ctx)
    for a, b in row.cells[i + 1 :]:
        if is_lao(text[a : a + 1] or "a"):
            chain, last, _lead = _lao_chain_after(ctx, a, taken, person_at)
        else:
            chain, last, _lead = _titles_after(ctx, a, taken, person_at, first=_NOTHING, join=_JOIN, of=of)
        if chain:
            rest = text[last:b].strip()
            return (chain, last) if not rest or rest.startswith("(") else ([], e)
    return [], e


def _chain(
    ctx: Context, items: list[tuple[int, int, str, Any]], at: int
) -> tuple[list[tuple[_Match, str | None, str]], int]:
    """
    The titles right before ``at`` (a name), nearest first, and where the first of them starts.

    Each is ``(title, country, role id)``.  A title is a role word ("President"),
    or a role word "of" a body or country ("President of Laos"), with
    qualifiers before it ("Lao Party General Secretary"); titles are joined
    by "and", "," or "cum".
    """
    text = ctx.text
    out: list[tuple[_Match, str | None, str]] = []
    i = bisect.bisect_left(ctx.starts(items), at) - 1
    honorific = _LAO_HONORIFIC_BEFORE.search(text, max(0, at - 12), at) if at and is_lao(text[at]) else None
    pos = confirmed = at if honorific is None else honorific.start()
    while i >= 0:
        start, end, kind, item = items[i]
        if (end < pos and not text[pos - 1].isspace()) or ("\n" in text[end:pos] and barred_line(text, pos)):
            # what stands between ends in no space: no title, body or tail of one (a look, not a
            # copy); a row of a table: the title that ends the row above is another row's
            break
        gap = text[end:pos]
        bare = False  # a role word with no body after it: a body right before it may be its own
        if kind == "role" and not gap.strip():
            assert item.pat.role is not None
            out.append((item, None, item.pat.role[0]))
            pos, i = start, i - 1
            bare = True
        elif (sent := _sent_and_hosted(ctx, items, i, gap)) is not None:
            out.append(sent)  # "Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm"
            pos, i = items[i - 2][0], i - 3
        elif (
            kind == "entity"
            and i > 0
            and items[i - 1][2] == "role"
            and (not gap.strip() or _TAIL.match(gap))
            and (
                _OF.match(text[items[i - 1][1] : start])
                # "Vietnamese Ambassador to Laos Nguyen Minh Tam": a host, not the title's country
                or _hosted(items[i - 1][3], text[items[i - 1][1] : start])
                # Vietnamese puts the country or the body after the title, with no word of "of":
                # "Chủ tịch nước Lào Thongloun", "Tổng Bí thư Đảng Nhân dân Cách mạng Lào ..."
                or (
                    ctx.index.kinds.get(item) in ("country", "organization")
                    # (or none between in Lao: "ນາຍົກລັດຖະມົນຕີຫວຽດນາມ", unspaced)
                    and text[items[i - 1][1] : start] in (" ", "" if is_lao(text[start]) else " ")
                )
            )
        ):
            role = items[i - 1][3]
            hosted = _hosted(role, text[items[i - 1][1] : start])
            out.append(
                (role, None if hosted else ctx.index.country_of.get(item), _head_role(ctx, role, item))
            )
            pos, i = items[i - 1][0], i - 2
        else:
            break
        # qualifiers before the title: "Lao", "Party", a body ("Lao Party")
        pos, i, bare = _qualified(ctx, items, out, (pos, i), bare=bare)
        if bare and out[-1][2] == "president" and pos == out[-1][0].start and _body_before(text, pos):
            out[-1] = (out[-1][0], out[-1][1], "")  # the head of a body the record does not name
        confirmed = pos
        if i < 0 or not _JOIN.match(text[items[i][1] : pos]):
            break
        pos = items[i][1]
    return out, confirmed if out else at


def _qualified(
    ctx: Context,
    items: list[tuple[int, int, str, Any]],
    out: list[tuple[_Match, str | None, str]],
    at: tuple[int, int],
    *,
    bare: bool,
) -> tuple[int, int, bool]:
    """
    The qualifiers before the last title of ``out`` ("Lao", "Party", a body: "Lao Party"), read
    back from ``at`` (a position, and the index of the item before it): each gives the title its
    country, a body before a bare role word makes it the body's head.  Where the reading stops,
    and whether the title is still bare.
    """
    text = ctx.text
    pos, i = at
    while True:
        q = _qualifier(ctx, pos)
        if q is not None:
            country = _QUALIFIER_COUNTRY.get(" ".join(q[0].lower().split()))
            if country and out[-1][1] is None:
                out[-1] = (out[-1][0], country, out[-1][2])
            pos -= q[1]
            continue
        if i >= 0 and items[i][2] == "entity" and items[i][1] <= pos and not text[items[i][1] : pos].strip():
            body = items[i][3]
            country = ctx.index.country_of.get(body)
            if country and out[-1][1] is None:
                out[-1] = (out[-1][0], country, out[-1][2])
            if bare and ctx.index.kinds.get(body) != "country":
                # "Lao National Assembly President": the head of the body, as "President of ..."
                out[-1] = (out[-1][0], out[-1][1], _head_role(ctx, out[-1][0], body))
            bare = False
            pos, i = items[i][0], i - 1
            continue
        while i >= 0 and items[i][1] > pos:  # a body a qualifier cut into
            pos, i = min(pos, items[i][0]), i - 1
        break
    return pos, i, bare


def _body_before(text: str, pos: int) -> bool:
    """
    Whether a capitalised word or an acronym right before ``pos`` (a title) may name a body the
    title heads ("NA President", "LFND President"), rather than stand before it as "Outgoing",
    "Former" or "Lao" do.
    """
    word = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return word is not None and word[1].lower() not in _NOT_A_BODY


def _lao_chain_after(
    ctx: Context, at: int, taken: set[int], person_at: set[int]
) -> tuple[list[tuple[_Match, str | None, str]], int, re.Match[str] | None]:
    """
    The titles right after a name in Lao (``at`` is its end), where the last of them ends, and
    what stood before the first (its ``said`` group a predicate, if one led them).

    A title follows the name with nothing, spaces or a predicate ("ເປັນ", is; the titles'
    ``predicates``) between; a body or country after a title
    gives it its country ("ເລຂາທິການໃຫຍ່ ຄະນະບໍລິຫານງານສູນກາງ ພັກກອມມູນິດ ຫວຽດນາມ"), words
    of the titles' ``of`` and ``qualifiers`` standing between; a comma or nothing joins the
    next title.
    """
    return _titles_after(
        ctx,
        at,
        taken,
        person_at,
        first=_LAO_FIRST,
        join=_LAO_JOIN,
        of=lambda gap, _item: bool(_LAO_OF.fullmatch(gap)),
    )


def _appositive(
    ctx: Context, at: int, taken: set[int], person_at: set[int]
) -> tuple[list[tuple[_Match, str | None, str]], int]:
    """
    The titles set off by commas after a name (``at`` is its end), and where the last ends.

    A comma, maybe a lead ("who is also", "then", "hiện là") and a country's adjective, then
    titles as before a name (a role, maybe "of" a body or country; joined by "and", ","), and
    then the apposition's end: a comma or the sentence's.  Anything else after them ("since
    2022", "'s wife") and there is none: a title is read only where it is surely the name's.
    """
    return _led(ctx, _APPOSITIVE_LEAD.match(ctx.text, at), _APPOSITIVE_END.match, (at, taken, person_at))


def _predicative(
    ctx: Context, at: int, taken: set[int], person_at: set[int]
) -> tuple[list[tuple[_Match, str | None, str]], int]:
    """
    The titles a name is said to hold, right after it (``at`` is its end): "is", "là" (the
    titles' ``predicates``), maybe a country's adjective, then titles as in an apposition, up to
    its end or an "and" before the next clause ("Luong Cuong is State President and To Lam ...").
    Anything else after them ("is President Thongloun's host") and there is none.
    """
    return _led(ctx, _PREDICATE_LEAD.match(ctx.text, at), _PREDICATE_END.match, (at, taken, person_at))


def _led(
    ctx: Context,
    lead: re.Match[str] | None,
    end: Callable[[str, int], re.Match[str] | None],
    where: tuple[int, set[int], set[int]],
) -> tuple[list[tuple[_Match, str | None, str]], int]:
    """
    The titles after a name's ``lead`` (its ``q`` group a country's adjective or another
    qualifier) that ``end`` matches right after; ``where`` is the name's end, the titles other
    chains took and where names start.
    """
    at, taken, person_at = where
    if lead is None:
        return [], at
    country = _QUALIFIER_COUNTRY.get(" ".join(lead["q"].lower().split())) if lead["q"] else None
    of = functools.partial(_of_in_apposition, ctx)
    # the titles after the qualifier ("Lao President"), or from it where it starts a title's own
    # words ("State President")
    out: list[tuple[_Match, str | None, str]] = []
    pos = at
    for start in (lead.end(), lead.start("q")) if lead["q"] else (lead.end(),):
        out, pos, _lead = _titles_after(
            ctx, start, taken, person_at, first=_NOTHING, join=_JOIN, of=of, country=country
        )
        if out:
            break
    if not out or end(ctx.text, pos) is None:
        return [], at
    return out, pos


def _sent_and_hosted(
    ctx: Context, items: list[tuple[int, int, str, Any]], i: int, gap: str
) -> tuple[_Match, str | None, str] | None:
    """
    The ambassador's title that ends with ``items[i]``, right before a name (``gap`` between):
    a role word, the sending country, a host word and the host ("Đại sứ Việt Nam tại Lào
    Nguyễn Minh Tâm"), with the sending country's; ``None`` for other words.
    """
    if (
        i < 2
        or gap.strip()
        or [k for _s, _e, k, _item in items[i - 2 : i + 1]] != ["role", "entity", "entity"]
    ):
        return None
    text = ctx.text
    role, sender = items[i - 2][3], items[i - 1][3]
    if (
        ctx.index.kinds.get(sender) != "country"
        or text[items[i - 2][1] : items[i - 1][0]] != " "
        or not _hosted(role, text[items[i - 1][1] : items[i][0]])
    ):
        return None
    return role, ctx.index.country_of.get(sender), role.pat.role[0]


def _hosted(role: Any, gap: str) -> bool:
    """Whether ``gap`` after the title ``role`` leads to the country that hosts its holder ("to", "tại")."""
    return role.pat.role is not None and role.pat.role[0] in _HOSTED_ROLES and _HOST.match(gap) is not None


def _of_in_apposition(ctx: Context, gap: str, item: Any) -> bool:
    """Whether a body or country after a title is its own ("of"; Vietnamese's "Chủ tịch nước Lào")."""
    return bool(_OF.match(gap)) or (gap == " " and ctx.index.kinds.get(item) == "country")


def _titles_after(
    ctx: Context,
    pos: int,
    taken: set[int],
    person_at: set[int],
    *,
    first: re.Pattern[str],
    join: re.Pattern[str],
    of: Callable[[str, Any], bool],
    country: str | None = None,
) -> tuple[list[tuple[_Match, str | None, str]], int, re.Match[str] | None]:
    """
    The titles that follow ``pos`` (each ``(title, country, role id)``), where the last ends,
    and ``first``'s match before the first title (none if there is no title).

    ``first`` is what may stand between ``pos`` and the first title, ``join`` what joins the
    next, and ``of(gap, body)`` whether a body or country after a title is the one it heads
    (giving the title its country).  ``country`` is the first title's, if something before
    it said so.  A title another name's chain took, or one right before a name (maybe after
    an honorific), is not these.
    """
    text = ctx.text
    items = ctx.titled
    out: list[tuple[_Match, str | None, str]] = []
    lead: re.Match[str] | None = None
    i = bisect.bisect_left(ctx.starts(items), pos)
    while i < len(items):
        start, end, kind, item = items[i]
        gap = text[pos:start]
        if kind == "role":
            joined = (join if out else first).fullmatch(gap)
            if id(item) in taken or joined is None:
                break
            honorific = _LAO_BEFORE_NAME.match(text, end)
            if (
                honorific is not None
                and honorific.end() in person_at
                and not ("\n" in honorific[0] and barred_line(text, honorific.end()))
            ):
                break  # a title right before a name is that name's (not one that ends a row above)
            assert item.pat.role is not None
            lead = lead or joined
            out.append((item, None if out else country, item.pat.role[0]))
        elif kind == "entity" and out and _hosted(out[-1][0], gap):
            pass  # the country that hosts an ambassador ("..., Ambassador to Laos,"): not the title's
        elif kind == "entity" and out and of(gap, item):
            role = out[-1][0]
            out[-1] = (role, out[-1][1] or ctx.index.country_of.get(item), _head_role(ctx, role, item))
        else:
            break
        pos = end
        i += 1
    return out, pos, lead


def _qualifier(ctx: Context, pos: int) -> tuple[str, int] | None:
    """
    The qualifier that ends right before ``pos`` (with the spaces after it), if any: its words,
    and how far before ``pos`` it starts.

    The expression is searched only when the word before the spaces ends as one of its
    words does: a search that goes back 40 characters costs more than this look.  What it
    finds depends on those 40 characters and the one before them (a word's start), so it is
    kept by them: the same words before a title are met again and again.
    """
    text = ctx.text
    floor = max(0, pos - 40)
    last = pos - 1
    while last >= floor and text[last].isspace():
        last -= 1
    if last == pos - 1 or last < floor or text[last] not in _QUALIFIER_ENDS:
        return None
    key = text[floor - 1 if floor else 0 : pos]
    if key in _QUALIFIERS:
        return _QUALIFIERS[key]
    m = _QUALIFIER.search(text, floor, pos)
    found = None if m is None else (m["q"], pos - m.start())
    return _QUALIFIERS.keep(key, found)


#: What :func:`_qualifier` found, by the characters it looked at (the text's first 40 are keyed
#: without a character before them, a longer key never meets a shorter one's text).  Emptied
#: when full.
_QUALIFIERS: Memo[str, tuple[str, int] | None] = Memo(8192)


def _head_role(ctx: Context, role: _Match, entity: str) -> str:
    """The role a title names with the body after it: "Chairman" of an assembly chairs it."""
    assert role.pat.role is not None
    named = role.pat.role[0]
    if named and named != "president":
        return named
    org_kind = ctx.index.org_kind.get(entity)
    if org_kind in _HEAD_OF_ORG_KIND:
        return _HEAD_OF_ORG_KIND[org_kind]
    if ctx.index.kinds.get(entity) == "country":
        return "president" if named == "president" else named
    return named


#: Longer than any name or title the matcher finds (keys are a few words).
_LONGEST_KEY: Final = 512


def _start_of(m: _Match) -> int:
    return m.start


def _past_country(ctx: Context, end: int) -> int:
    """
    Where the country named right after a title ending at ``end`` ends ("Thủ tướng Campuchia",
    "Prime Minister of Cambodia": "of" between at most), or ``end`` when none is.
    """
    for start, stop, rid in ctx.within(ctx.entities, end, end + 40):
        gap = ctx.text[end:start]
        if ctx.index.kinds.get(rid) == "country" and (not gap.strip() or _OF.match(gap) is not None):
            return stop
        break
    return end


def _unknown_person(ctx: Context, m: _Match, person_at: set[int]) -> UnknownPersonMention | None:
    """A title followed by capitalised words no record names: a person the record does not know."""
    text = ctx.text
    at = _past_country(ctx, m.end)  # "Thủ tướng Campuchia Hun Manet", "Prime Minister of Cambodia ..."
    found = _CAPITAL_WORDS.match(text, at, min(len(text), at + 80))
    if found is None:
        return None
    words = []
    for word in found[1].split(" "):
        if not word[:1].isupper() or word in _NOT_A_NAME:
            break
        words.append(word)
    name_start = found.start(1)
    if len(words) < 2 or name_start in person_at or any(w.endswith("-") or "-\n" in w for w in words):
        return None  # (a word broken at a line's end, "Phom-\nvihane": a name the scan could not read)
    name_end = name_start + len(" ".join(words))
    # only the names and titles that start shortly before: a scan of all of them per title was
    # quadratic ("President Abc Def, " 16,000 times took seconds)
    near = max(0, name_start - _LONGEST_KEY)
    roles = ctx.roles
    first = bisect.bisect_left(roles, near, key=_start_of)
    last = bisect.bisect_left(roles, name_end, lo=first, key=_start_of)
    if any(s < name_end and name_start < e for s, e, _r in ctx.within(ctx.entities, near, name_end)) or any(
        r.start < name_end and name_start < r.end for r in roles[first:last]
    ):
        return None
    title = text[m.start : at] if m.pat.role else "by a title"
    # the modifier stays with the title: "Deputy Foreign Minister" is not the Foreign Minister
    modifier = _NOT_THE_ROLE.search(text, max(0, m.start - 24), m.start)
    if modifier is not None:
        title = text[modifier.start() : m.end]
    return UnknownPersonMention((name_start, name_end), " ".join(title.split()))
