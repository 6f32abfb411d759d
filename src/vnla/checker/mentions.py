# SPDX-License-Identifier: MIT
"""
Mentions: what a reader read, as plain frozen objects with a span, the words read and the value.

Dates, amounts and ordinals are the parsers' own mentions (:class:`~vnla.lang.parsing.DateMention`,
:class:`~vnla.lang.parsing.Amount`, :class:`~vnla.lang.parsing.OrdinalMention`); the other
readers make the classes below.  Spans are offsets in the chunk a reader works on.

>>> TitleMention(span=(0, 28), person="to-lam", titles=((0, "LA", "general-secretary"),)).person
'to-lam'
"""

from __future__ import annotations

from attrs import frozen

from vnla.lang.parsing import Amount, DateMention, OrdinalMention
from vnla.model.records import Erratum

__all__ = [
    "AddedElementMention",
    "Amount",
    "DateMention",
    "ErratumMention",
    "FieldWordingMention",
    "ListingMention",
    "OrdinalMention",
    "SpouseMention",
    "TitleMention",
    "UnknownPersonMention",
    "UnknownWordingMention",
    "WordingElsewhereMention",
]


@frozen
class TitleMention:
    """
    The chain of titles before a person's name ("Lao Party General Secretary and President").

    ``span`` runs from the first title to the end of the name; ``titles`` holds, nearest the
    name first, each title's start, the country a qualifier or body gives it (or ``None``),
    and the role it names (``""`` for a head of a body the record does not type).
    """

    span: tuple[int, int]
    person: str
    titles: tuple[tuple[int, str | None, str], ...]
    #: said as the capacity in which the person acted ("visited Laos as State President"): the
    #: title of the time its sentence states, not the one of the day of writing
    at_the_time: bool = False
    #: said of the name before it ("Lương Cường là Chủ tịch nước", "ທ່ານ ... ເປັນ ..."): a claim of
    #: the office, as a capacity is, not a name a late leader is remembered by
    said: bool = False


@frozen
class UnknownPersonMention:
    """Capitalised words after a title that no record names: ``title`` is the title's text."""

    span: tuple[int, int]
    title: str


@frozen
class UnknownWordingMention:
    """
    A wording that ends a listing of the framework's elements but is none of them, and the
    elements listed before it (``after``, in order).
    """

    span: tuple[int, int]
    text: str
    after: tuple[str, ...] = ()


@frozen
class SwappedWordingMention:
    """
    A wording in a listing of the framework that joins one element's own word with another's
    qualifier ("special friendship"), and the elements whose word it has (``elements``).
    """

    span: tuple[int, int]
    text: str
    elements: tuple[str, ...]


@frozen
class AddedElementMention:
    """
    A framework element its sentence, naming no other, says the framework gained ("the addition
    of strategic cohesion", "The element added on 2 December 2025 was ..."): ``newest`` when only
    words of the newest element say so ("Cụm từ mới nhất là ..."), of the framework of its day.
    """

    span: tuple[int, int]
    element: str
    newest: bool = False


@frozen
class WordingElsewhereMention:
    """
    A framework wording in a sentence that may be about another country's relations: the
    element it names (``record``) and that country as written (``country``).
    """

    span: tuple[int, int]
    record: str
    country: str


@frozen
class ListingMention:
    """
    A listing of three or more of the framework's elements (their spans and element ids, in
    order): the elements must be those of the framework in force when its sentence is dated.
    """

    span: tuple[int, int]
    items: tuple[tuple[int, int, str], ...]


@frozen
class FieldWordingMention:
    """
    A translation variant of a framework wording, alone in its sentence and limited to a field
    ("a strategic partnership in energy"): maybe a partnership of that field, not the element.
    ``field`` is the words that limit it, as written.
    """

    span: tuple[int, int]
    record: str
    field: str


@frozen
class ErratumMention:
    """A passage that reproduces a slip a source made, recorded as an erratum."""

    span: tuple[int, int]
    erratum: Erratum


@frozen
class DenialMention:
    """Words that deny the claim right after them ("not", "chứ không phải", "ບໍ່ແມ່ນ")."""

    span: tuple[int, int]


@frozen
class ReportedMention:
    """
    A sentence that says what another text said ("A report of 27 January gave the dates of the
    visit as 25-26 January."): ``span`` is the sentence.
    """

    span: tuple[int, int]


@frozen
class RatingMention:
    """
    A fact check's rating of the claim in the line before it as false ("RATING: FALSE", "Kết
    luận: Sai"): ``span`` is the rating's words, ``claim`` the line it rates.
    """

    span: tuple[int, int]
    claim: tuple[int, int]


@frozen
class AskedMention:
    """
    A question that asks whether what it says is so ("..., is that right?", "... phải không?"):
    ``span`` is the words that ask, ``claim`` what the question says before them.
    """

    span: tuple[int, int]
    claim: tuple[int, int]


@frozen
class RemovedMention:
    """
    A line a diff removes ("− The Treaty ... was signed in 1976." above "+ The Treaty ... was
    signed on 18 July 1977."): ``span`` is its mark, ``claim`` the rest of the line.
    """

    span: tuple[int, int]
    claim: tuple[int, int]


@frozen
class PeriodNameMention:
    """
    A document's name that ends in a span of years ("Protocol on training cooperation between the
    two governments for the period 2021 - 2027"), or its shorter form: ``span`` is the name and
    its years, ``years`` the first and last year written.
    """

    span: tuple[int, int]
    document: str
    years: tuple[int, int]
    #: whether the name is written in its shorter form ("Protocol on training cooperation for
    #: 2022 - 2027"), which the names matcher does not know
    short: bool = False


@frozen
class FirstHolderMention:
    """
    A person given as the first holder of an office ("Souphanouvong, the first President of
    the Lao PDR", "ປະທານປະເທດຄົນທຳອິດແມ່ນທ່ານໄກສອນພົມວິຫານ"): ``span`` is the title with its
    "first", ``person`` the person the text gives it, ``role`` the office's role and ``country``
    whose office it is, ``name`` the words of the person's name.
    """

    span: tuple[int, int]
    person: str
    role: str
    country: str
    name: tuple[int, int]


@frozen
class SpouseMention:
    """
    A person named as another's spouse ("To Lam and his wife Ngo Phuong Ly", "Naly Sisoulith,
    the wife of Thongloun Sisoulith"): ``span`` is the name of the one the text calls the
    spouse, ``spouse`` that person, and ``partner`` the other one's name and person (start,
    end, id).

    >>> SpouseMention(span=(20, 33), spouse="ngo-phuong-ly", partner=(0, 6, "to-lam")).partner[2]
    'to-lam'
    """

    span: tuple[int, int]
    spouse: str
    partner: tuple[int, int, str]


@frozen
class CorrectionMention:
    """
    Words that correct what the text said before them ("Correction:", "Xin phép đính chính"):
    ``span`` is the words, ``sentence`` the sentence that says what is right.
    """

    span: tuple[int, int]
    sentence: tuple[int, int]


@frozen
class PlaceInMention:
    """A place said to lie in another ("cửa khẩu Thanh Thủy ở Hà Tĩnh"): the span of the other."""

    span: tuple[int, int]
    inner: str
    outer: str


@frozen
class VenueMention:
    """
    A place said to be where an event named right before it was held ("the 12th National
    Congress of the Lao People's Revolutionary Party was held in Hanoi"): ``span`` is the place's
    (the locative before it from ``locative``), ``event`` and ``place`` the records named.
    """

    span: tuple[int, int]
    locative: int
    event: str
    place: str
