# SPDX-License-Identifier: MIT
"""
Hypothesis strategies for every vnla model, for consistent datasets, and for planted inconsistencies.

Install with the ``hypothesis`` extra (``pip install vnla[hypothesis]``); this
is the only vnla module that imports hypothesis.  Every strategy is valid by
construction: dates are ordered, text is non-blank Unicode NFC (drawn in NFC
or NFD and normalised), names carry Vietnamese diacritics and Lao script.
Options are keyword-only; a bad option raises
:class:`hypothesis.errors.InvalidArgument`.

>>> from hypothesis import given
>>> @given(events())
... def test_event_dates_are_ordered(event):
...     assert (
...         event.when.earliest is None
...         or event.when.latest is None
...         or (event.when.earliest <= event.when.latest)
...     )
>>> test_event_dates_are_ordered()

:func:`datasets` draws whole datasets that pass every rule of
:func:`vnla.rules.checks.check`; :func:`datasets_with_violation` draws one with
exactly one planted inconsistency of a chosen rule.  With the entry point
``[project.entry-points.hypothesis] vnla = "vnla.testing.hypothesis_hook:_hypothesis_setup_hook"``
``st.from_type(Event)`` (and every other model class) uses these strategies.

.. versionadded:: 0.1
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, TypeVar

import hypothesis.strategies as st
from hypothesis.errors import InvalidArgument

from vnla.model.arithmetic import Qualifier
from vnla.model.figures import Change, ChangeKind, Figure, FigureStatus, Metric
from vnla.model.records import (
    ID_PATTERN,
    Agreement,
    Anniversary,
    Citation,
    Clause,
    Country,
    DateConstraint,
    Document,
    DocumentKind,
    Erratum,
    ErratumKind,
    Event,
    EventKind,
    Evidence,
    FirstVisit,
    Founding,
    FrameworkElement,
    FrameworkStage,
    HolderList,
    Horizon,
    HorizonKind,
    Invitation,
    Label,
    Mechanism,
    MechanismKind,
    Mentions,
    Name,
    NameKind,
    NameOrder,
    Office,
    OfficeTerm,
    Organization,
    OrgKind,
    Participant,
    ParticipantRole,
    Person,
    Place,
    PlaceKind,
    Precision,
    Project,
    ProjectKind,
    Side,
    Sighting,
    Source,
    SourceKind,
    Target,
    Term,
    Vocabulary,
    When,
)
from vnla.testing.world import PLANTS, World
from vnla.testing.world.pools import PEOPLE, PLACES

if TYPE_CHECKING:
    from hypothesis.strategies import DrawFn, SearchStrategy

    from vnla.record.dataset import Dataset

__all__ = [
    "PLANTABLE_RULES",
    "agreements",
    "anniversaries",
    "changes",
    "citations",
    "clauses",
    "countries",
    "datasets",
    "datasets_with_violation",
    "date_constraints",
    "documents",
    "errata",
    "events",
    "evidence",
    "figures",
    "first_visits",
    "foundings",
    "framework_elements",
    "framework_stages",
    "holder_lists",
    "horizons",
    "ids",
    "invitations",
    "labels",
    "mechanisms",
    "mentions",
    "names",
    "office_terms",
    "offices",
    "organizations",
    "participants",
    "people",
    "places",
    "projects",
    "sightings",
    "sources",
    "targets",
    "terms",
    "texts",
    "whens",
]

T = TypeVar("T")

# --------------------------------------------------------------------------- alphabets and pools
_LATIN: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: Precomposed Vietnamese letters; NFD inputs decompose them into a base and combining marks.
_VIETNAMESE: Final = "ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_LAO: Final = "ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮະັາິີຶືຸູົຼຽເແໂໃໄ່້໊໋"
_PUNCTUATION: Final = " -–,.'’()"
_ALPHABETS: Final = {"latin": _LATIN, "vi": _VIETNAMESE, "lo": _LAO}

_MIN_DAY: Final = date(1800, 1, 1)
_MAX_DAY: Final = date(2200, 12, 31)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _either_form(text: str) -> SearchStrategy[str]:
    """The text in NFC or NFD, normalised back to NFC: inputs come in both forms."""
    forms = (text, unicodedata.normalize("NFD", text))
    return st.sampled_from(forms).map(_nfc)


def _check_type(name: str, value: object, expected: type[Any]) -> None:
    if value is not None and not isinstance(value, expected):
        msg = f"{name} must be a {expected.__name__} or None, got {value!r}"
        raise InvalidArgument(msg)


def _check_size(name: str, low: int, high: int) -> None:
    if low < 0 or high < low:
        msg = f"need 0 <= min_{name} <= max_{name}, got {low} and {high}"
        raise InvalidArgument(msg)


# --------------------------------------------------------------------------- building blocks
def ids() -> SearchStrategy[str]:
    """
    Record ids: one to three lowercase words joined by ``-``, like ``to-lam``.

    Shrinks towards ``"0"``.

    >>> from hypothesis import find
    >>> find(ids(), lambda i: "-" in i)
    '0-0'
    """
    word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)
    return st.lists(word, min_size=1, max_size=3).map("-".join)


def texts(
    *, min_size: int = 1, max_size: int = 30, alphabets: tuple[str, ...] = ("latin", "vi", "lo")
) -> SearchStrategy[str]:
    """
    Non-blank text in Unicode NFC, drawn from Latin letters, Vietnamese letters and Lao script.

    The text is drawn in NFC or NFD and normalised to NFC, which is what the
    models require.  ``alphabets`` picks from ``"latin"``, ``"vi"`` and
    ``"lo"``.  Shrinks towards one letter: ``"A"``, ``"Â"`` or ``"ກ"``.

    >>> import unicodedata
    >>> from hypothesis import find
    >>> [find(texts(alphabets=(a,)), lambda t: True) for a in ("latin", "vi", "lo")]
    ['A', 'Â', 'ກ']
    >>> unicodedata.is_normalized("NFC", find(texts(), lambda t: len(t) > 3))
    True
    """
    _check_size("size", min_size, max_size)
    if min_size < 1:
        msg = f"text must not be empty, so min_size must be at least 1, got {min_size}"
        raise InvalidArgument(msg)
    unknown = sorted(set(alphabets) - set(_ALPHABETS))
    if not alphabets or unknown:
        msg = f"alphabets must name some of {sorted(_ALPHABETS)}, got {alphabets!r}"
        raise InvalidArgument(msg)
    letters = "".join(_ALPHABETS[a] for a in alphabets)
    raw = st.text(alphabet=letters + _PUNCTUATION, min_size=min_size, max_size=max_size)
    return raw.flatmap(_either_form).map(lambda t: " ".join(t.split())).filter(bool)


def _optional(strategy: SearchStrategy[T]) -> SearchStrategy[T | None]:
    return st.none() | strategy


def _id_tuples(*, min_size: int = 0, max_size: int = 3) -> SearchStrategy[tuple[str, ...]]:
    return st.lists(ids(), min_size=min_size, max_size=max_size, unique=True).map(tuple)


def _langs() -> SearchStrategy[str]:
    return st.sampled_from(("en", "vi", "lo", "fr", "th"))


def evidence(*, sources: tuple[str, ...] | None = None) -> SearchStrategy[Evidence]:
    """
    An :class:`~vnla.model.records.Evidence`: a source id (one of ``sources`` if given) and a quote.

    Shrinks towards the quote ``"A"`` of source ``"0"``, with no note.
    """
    if sources is not None and not sources:
        msg = "sources must name at least one source id, or be None"
        raise InvalidArgument(msg)
    source = st.sampled_from(sources) if sources else ids()
    return st.builds(Evidence, source=source, quote=texts(), note=_optional(texts()))


def _evidence_tuples(max_size: int = 2) -> SearchStrategy[tuple[Evidence, ...]]:
    return st.lists(evidence(), max_size=max_size).map(tuple)


def citations() -> SearchStrategy[Citation]:
    """A :class:`~vnla.model.records.Citation`: a record id, a path in it, and evidence."""
    path = st.sampled_from(("$.evidence[0]", "$.names[0].evidence[1]", "$.date_evidence[0]"))
    return st.builds(Citation, record=ids(), path=path, evidence=evidence())


def whens(
    *,
    precisions: tuple[Precision, ...] | None = None,
    min_value: date = _MIN_DAY,
    max_value: date = _MAX_DAY,
) -> SearchStrategy[When]:
    """
    A :class:`~vnla.model.records.When` of the given precisions, its days within ``[min_value, max_value]``.

    Ranges have two different days in order; bounds have at least one end;
    years may be early, mid or late.  Shrinks towards a single day near
    2000-01-01.

    >>> from hypothesis import find
    >>> str(find(whens(), lambda w: True))
    '2000-01-01'
    >>> str(find(whens(precisions=(Precision.RANGE,)), lambda w: True))
    '2000-01-01/2000-01-02'
    """
    if min_value > max_value:
        msg = f"min_value {min_value} is after max_value {max_value}"
        raise InvalidArgument(msg)
    wanted = tuple(Precision) if precisions is None else precisions
    if not wanted or not all(isinstance(p, Precision) for p in wanted):
        msg = f"precisions must be Precision members, got {precisions!r}"
        raise InvalidArgument(msg)
    day = st.dates(min_value=min_value, max_value=max_value)
    options: dict[Precision, SearchStrategy[When]] = {
        Precision.DAY: day.map(When.on),
        Precision.RANGE: st.tuples(day, day)
        .filter(lambda p: p[0] != p[1])
        .map(lambda p: When.between(min(p), max(p))),
        Precision.MONTH: day.map(lambda d: When.in_month(d.year, d.month)),
        Precision.YEAR: st.builds(
            When.in_year,
            day.map(lambda d: d.year),
            qualifier=st.none() | st.sampled_from(("early", "mid", "late")),
        ),
        Precision.BOUNDS: st.tuples(_optional(day), _optional(day))
        .filter(lambda p: p != (None, None))
        .map(lambda p: When.bounded(not_before=_lower(p), not_after=_upper(p))),
    }
    return st.one_of([options[p] for p in wanted]).filter(
        lambda w: (
            (w.earliest is None or w.earliest >= min_value) and (w.latest is None or w.latest <= max_value)
        )
    )


def _lower(pair: tuple[date | None, date | None]) -> date | None:
    lo, hi = pair
    return lo if hi is None or lo is None else min(lo, hi)


def _upper(pair: tuple[date | None, date | None]) -> date | None:
    lo, hi = pair
    return hi if hi is None or lo is None else max(lo, hi)


def date_constraints() -> SearchStrategy[DateConstraint]:
    """A :class:`~vnla.model.records.DateConstraint` with its evidence; shrinks towards a bare day."""
    return st.builds(DateConstraint, when=whens(), evidence=_evidence_tuples(), note=_optional(texts()))


# --------------------------------------------------------------------------- names
def _name_text(lang: str | None) -> SearchStrategy[str]:
    if lang == "vi":
        pool = [p[1] for p in PEOPLE if p[2] == "vi"] + [p[1] for p in PLACES]
        return st.sampled_from(pool).flatmap(_either_form) | texts(alphabets=("latin", "vi"))
    if lang == "lo":
        return st.sampled_from([p[1] for p in PEOPLE if p[2] == "lo"] + [p[2] for p in PLACES]) | texts(
            alphabets=("lo",)
        )
    return st.sampled_from([p[0] for p in PEOPLE] + [p[0] for p in PLACES]) | texts(alphabets=("latin",))


def names(
    *, lang: str | None = None, kind: NameKind | None = None, max_evidence: int = 1
) -> SearchStrategy[Name]:
    """
    A :class:`~vnla.model.records.Name`: a real or random name in ``lang`` (any if ``None``), of ``kind``.

    Vietnamese names come with diacritics (drawn in NFC or NFD), Lao names in
    Lao script.  Shrinks towards ``Name(text="To Lam", lang="en")``.

    >>> from hypothesis import find
    >>> [find(names(lang=lang), lambda n: True).text for lang in ("en", "vi", "lo")]
    ['To Lam', 'Tô Lâm', 'ທອງລຸນ ສີສຸລິດ']
    """
    if max_evidence < 0:
        msg = f"max_evidence must be at least 0, got {max_evidence}"
        raise InvalidArgument(msg)
    _check_type("lang", lang, str)
    _check_type("kind", kind, NameKind)
    language = st.just(lang) if lang is not None else _langs()
    return language.flatmap(
        lambda code: st.builds(
            Name,
            text=_name_text(code),
            lang=st.just(code),
            kind=st.just(kind) if kind is not None else st.sampled_from(NameKind),
            evidence=st.lists(evidence(), max_size=max_evidence).map(tuple),
        )
    )


@st.composite
def _name_lists(draw: DrawFn) -> tuple[Name, ...]:
    """A preferred English name, at most one preferred name per other language, and variants."""
    out = [draw(names(lang="en", kind=NameKind.PREFERRED, max_evidence=0))]
    for lang in draw(st.lists(st.sampled_from(("vi", "lo", "fr")), unique=True, max_size=2)):
        out.append(draw(names(lang=lang, kind=NameKind.PREFERRED, max_evidence=1)))
    others = st.sampled_from([k for k in NameKind if k is not NameKind.PREFERRED])
    out.extend(draw(st.lists(others.flatmap(lambda k: names(kind=k, max_evidence=0)), max_size=2)))
    return tuple(out)


def labels() -> SearchStrategy[Label]:
    """A :class:`~vnla.model.records.Label`: names with one preferred English name; shrinks to that alone."""
    return st.builds(
        Label,
        names=_name_lists(),
        given=_optional(texts()),
        family=_optional(texts()),
        order=_optional(st.sampled_from(NameOrder)),
    )


# --------------------------------------------------------------------------- records
def sources() -> SearchStrategy[Source]:
    """A :class:`~vnla.model.records.Source`; shrinks towards an undated news report with no evidence."""
    return st.builds(
        Source,
        id=ids(),
        title=texts(),
        kind=st.sampled_from(SourceKind),
        lang=_langs(),
        publisher=_optional(texts()),
        byline=_optional(texts()),
        published=_optional(whens()),
        dateline=_optional(ids()),
        url=_optional(ids().map(lambda s: f"https://example.org/{s}.html")),
        file=_optional(ids().map(lambda s: f"{s}.txt")),
        text_bundled=st.booleans(),
        note=_optional(texts()),
        evidence=_evidence_tuples(),
        date_constraints=st.lists(date_constraints(), max_size=1).map(tuple),
    )


def terms(*, vocabulary: Vocabulary | None = None) -> SearchStrategy[Term]:
    """A :class:`~vnla.model.records.Term` of ``vocabulary`` (any if ``None``); shrinks towards a role."""
    _check_type("vocabulary", vocabulary, Vocabulary)
    return st.builds(
        Term,
        id=ids(),
        vocabulary=st.just(vocabulary) if vocabulary else st.sampled_from(Vocabulary),
        names=_name_lists(),
        unit=_optional(st.sampled_from(("USD", "VND", "LAK", "%"))),
        note=_optional(texts()),
    )


def countries() -> SearchStrategy[Country]:
    """A :class:`~vnla.model.records.Country` keyed by two capital letters; shrinks towards ``AA``."""
    code = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)
    return st.builds(Country, id=code, names=_name_lists(), evidence=_evidence_tuples())


def organizations() -> SearchStrategy[Organization]:
    """An :class:`~vnla.model.records.Organization`; shrinks towards a party with no parent."""
    return st.builds(
        Organization,
        id=ids(),
        kind=st.sampled_from(OrgKind),
        names=_name_lists(),
        country=_optional(st.sampled_from(("VN", "LA"))),
        parent=_optional(ids()),
        founding=_optional(ids()),
        holder_lists=st.lists(holder_lists(), max_size=2).map(tuple),
        evidence=_evidence_tuples(),
    )


@st.composite
def holder_lists(draw: st.DrawFn) -> HolderList:
    """A :class:`~vnla.model.records.HolderList`: one holder or more, over a span of days."""
    start = draw(st.dates(date(1945, 1, 1), date(2040, 12, 31)))
    end = draw(st.dates(start, date(2040, 12, 31)))
    return HolderList(
        role=draw(ids()),
        holders=tuple(draw(st.lists(ids(), min_size=1, max_size=3, unique=True))),
        start=When.on(start),
        end=When.on(end),
        evidence=draw(_evidence_tuples(1)),
    )


def office_terms() -> SearchStrategy[OfficeTerm]:
    """An :class:`~vnla.model.records.OfficeTerm`: a start before its end, either may be unknown."""
    return st.builds(
        OfficeTerm,
        label=_optional(texts()),
        start=_optional(st.dates(date(1945, 1, 1), date(2040, 12, 31)).map(When.on)),
        evidence=_evidence_tuples(1),
    )


def sightings() -> SearchStrategy[Sighting]:
    """A :class:`~vnla.model.records.Sighting`: a day a source shows an office held."""
    return st.builds(
        Sighting, on=st.dates(date(1945, 1, 1), date(2040, 12, 31)).map(When.on), evidence=_evidence_tuples(1)
    )


def offices() -> SearchStrategy[Office]:
    """An :class:`~vnla.model.records.Office`; shrinks towards an undated one."""
    return st.builds(
        Office,
        role=ids(),
        organization=ids(),
        title=texts(),
        term=_optional(texts()),
        held=_optional(whens()),
        terms=st.lists(office_terms(), max_size=2).map(tuple),
        seen=st.lists(sightings(), max_size=2).map(tuple),
        evidence=_evidence_tuples(1),
    )


def people() -> SearchStrategy[Person]:
    """
    A :class:`~vnla.model.records.Person` with names in English, Vietnamese or Lao, and offices.

    Shrinks towards a person with only an English name.
    """
    return st.builds(
        Person,
        id=ids(),
        names=_name_lists(),
        country=_optional(st.sampled_from(("VN", "LA"))),
        given_name=_optional(_name_text("vi")),
        family_name=_optional(_name_text("vi")),
        name_order=_optional(st.sampled_from(NameOrder)),
        offices=st.lists(offices(), max_size=2).map(tuple),
        spouse=_optional(ids()),
        born=_optional(whens()),
        note=_optional(texts()),
        evidence=_evidence_tuples(),
    )


def places() -> SearchStrategy[Place]:
    """A :class:`~vnla.model.records.Place`; shrinks towards a capital within nothing."""
    return st.builds(
        Place,
        id=ids(),
        kind=st.sampled_from(PlaceKind),
        names=_name_lists(),
        country=_optional(st.sampled_from(("VN", "LA"))),
        within=_optional(ids()),
        evidence=_evidence_tuples(),
    )


def framework_elements() -> SearchStrategy[FrameworkElement]:
    """A :class:`~vnla.model.records.FrameworkElement`; shrinks towards one with one English name."""
    return st.builds(FrameworkElement, id=ids(), names=_name_lists(), evidence=_evidence_tuples())


def framework_stages() -> SearchStrategy[FrameworkStage]:
    """A :class:`~vnla.model.records.FrameworkStage` of one to four elements; shrinks towards one element."""
    return st.builds(
        FrameworkStage,
        id=ids(),
        since=whens(),
        elements=_id_tuples(min_size=1, max_size=4),
        event=_optional(ids()),
        document=_optional(ids()),
        note=_optional(texts()),
        evidence=_evidence_tuples(),
    )


def mechanisms() -> SearchStrategy[Mechanism]:
    """A :class:`~vnla.model.records.Mechanism`; shrinks towards an existing one."""
    return st.builds(
        Mechanism,
        id=ids(),
        kind=st.sampled_from(MechanismKind),
        names=_name_lists(),
        status=st.sampled_from(("existing", "agreed")),
        frequency=_optional(texts()),
        agreed_at=_optional(ids()),
        parties=_id_tuples(),
        evidence=_evidence_tuples(),
    )


def participants() -> SearchStrategy[Participant]:
    """
    A :class:`~vnla.model.records.Participant`: a person, a body or a description, with a title used.

    Shrinks towards a host person with no title.
    """
    common: dict[str, Any] = {
        "role": st.sampled_from(ParticipantRole),
        "side": st.sampled_from(Side),
        "country": _optional(st.sampled_from(("VN", "LA"))),
        "title_used": _optional(texts()),
        "evidence": _evidence_tuples(1),
    }
    return st.one_of(
        st.builds(Participant, person=ids(), organization=_optional(ids()), **common),
        st.builds(Participant, organization=ids(), **common),
        st.builds(Participant, description=texts(), **common),
    )


def agreements() -> SearchStrategy[Agreement]:
    """An :class:`~vnla.model.records.Agreement`: what was agreed, about which records; shrinks to none."""
    return st.builds(Agreement, summary=texts(), about=_id_tuples(), evidence=_evidence_tuples(1))


def invitations() -> SearchStrategy[Invitation]:
    """
    An :class:`~vnla.model.records.Invitation`: who invited whom, to what level of visit, and the
    visit that answered it; shrinks towards an unanswered invitation of no stated level.
    """
    return st.builds(
        Invitation,
        by=ids(),
        to=ids(),
        country=_optional(st.sampled_from(("VN", "LA"))),
        visit=_optional(st.sampled_from([k for k in EventKind if k.is_visit])),
        accepted=st.booleans(),
        answered_by=_optional(ids()),
        evidence=_evidence_tuples(1),
    )


def first_visits() -> SearchStrategy[FirstVisit]:
    """A :class:`~vnla.model.records.FirstVisit`: a person, the offices of the capacity, its words."""
    return st.builds(
        FirstVisit,
        person=ids(),
        roles=st.lists(ids(), min_size=1, max_size=2, unique=True).map(tuple),
        capacity=texts(),
        evidence=_evidence_tuples(1),
    )


def events(*, min_value: date = _MIN_DAY, max_value: date = _MAX_DAY) -> SearchStrategy[Event]:
    """
    An :class:`~vnla.model.records.Event` dated within ``[min_value, max_value]``, with participants.

    Shrinks towards a state visit on one day with no participants.
    """
    return st.builds(
        Event,
        id=ids(),
        kind=st.sampled_from(EventKind),
        title=texts(),
        when=whens(min_value=min_value, max_value=max_value),
        place=_optional(ids()),
        host_country=_optional(st.sampled_from(("VN", "LA"))),
        participants=st.lists(participants(), max_size=2).map(tuple),
        parent=_optional(ids()),
        mechanism=_optional(ids()),
        organization=_optional(ids()),
        ordinal=_optional(st.integers(1, 200)),
        names=st.lists(names(max_evidence=0), max_size=1).map(tuple),
        documents=_id_tuples(),
        summary=_optional(texts()),
        evidence=_evidence_tuples(),
        date_evidence=_evidence_tuples(1),
        date_constraints=st.lists(date_constraints(), max_size=1).map(tuple),
        invitations=st.lists(invitations(), max_size=1).map(tuple),
        first_visits=st.lists(first_visits(), max_size=1).map(tuple),
        agreed=st.lists(agreements(), max_size=1).map(tuple),
    )


def mentions() -> SearchStrategy[Mentions]:
    """A :class:`~vnla.model.records.Mentions` of ids; shrinks towards mentioning nothing."""
    return st.builds(
        Mentions,
        people=_id_tuples(),
        organizations=_id_tuples(),
        places=_id_tuples(),
        events=_id_tuples(),
        projects=_id_tuples(),
        documents=_id_tuples(),
        targets=_id_tuples(),
        mechanisms=_id_tuples(),
    )


def clauses(*, number: int | None = None) -> SearchStrategy[Clause]:
    """A :class:`~vnla.model.records.Clause` (numbered ``number``, or 1 to 20); shrinks towards clause 1."""
    if number is not None and number < 1:
        msg = f"clauses are numbered from 1, got {number!r}"
        raise InvalidArgument(msg)
    return st.builds(
        Clause,
        number=st.just(number) if number is not None else st.integers(1, 20),
        text=texts(max_size=60),
        topics=_id_tuples(),
        mentions=mentions(),
    )


def documents(*, max_clauses: int = 3) -> SearchStrategy[Document]:
    """
    A :class:`~vnla.model.records.Document` with up to ``max_clauses`` clauses numbered 1, 2, 3…

    Shrinks towards a joint statement with no clauses.
    """
    if max_clauses < 0:
        msg = f"max_clauses must be at least 0, got {max_clauses}"
        raise InvalidArgument(msg)
    numbered = st.integers(0, max_clauses).flatmap(
        lambda n: st.tuples(*(clauses(number=i + 1) for i in range(n)))
    )
    return st.builds(
        Document,
        id=ids(),
        kind=st.sampled_from(DocumentKind),
        names=_name_lists(),
        parties=_id_tuples(),
        signed=_optional(whens()),
        place=_optional(ids()),
        period=_optional(whens()),
        event=_optional(ids()),
        source=_optional(ids()),
        clauses=numbered,
        note=_optional(texts()),
        evidence=_evidence_tuples(),
    )


def horizons() -> SearchStrategy[Horizon]:
    """A :class:`~vnla.model.records.Horizon`; dated kinds get a date.  Shrinks towards near-term."""
    return st.sampled_from(HorizonKind).flatmap(
        lambda kind: st.builds(
            Horizon,
            kind=st.just(kind),
            when=whens() if kind in (HorizonKind.BY_DATE, HorizonKind.PERIOD) else _optional(whens()),
        )
    )


def targets() -> SearchStrategy[Target]:
    """
    A :class:`~vnla.model.records.Target`: an exact non-negative amount with a unit, or no amount.

    Shrinks towards a target with no amount.
    """
    amount = st.decimals(min_value=0, max_value=10**13, allow_nan=False, allow_infinity=False, places=2)
    common: dict[str, Any] = {
        "id": ids(),
        "metric": ids(),
        "description": texts(),
        "horizon": horizons(),
        "set_by": _id_tuples(),
        "events": _id_tuples(),
        "documents": _id_tuples(),
        "projects": _id_tuples(),
        "country": _optional(st.sampled_from(("VN", "LA"))),
        "anniversary": _optional(ids()),
        "evidence": _evidence_tuples(),
    }
    return st.one_of(
        st.builds(Target, value=st.none(), unit=_optional(st.sampled_from(("USD", "%"))), **common),
        st.builds(Target, value=amount, unit=st.sampled_from(("USD", "VND", "LAK")), **common),
    )


def changes(*, before: date | None = None) -> SearchStrategy[Change]:
    """
    A :class:`~vnla.model.figures.Change`: a percentage up or down, or a ratio, against a bounded period.

    ``before`` makes the base period start before that day.  The value has one
    decimal, written as the source would or not at all.  Shrinks towards an
    increase of 0.0% on 1 January 2000, written as such, with no qualifier.
    """
    if before is not None and before <= _MIN_DAY:
        msg = f"before must be after {_MIN_DAY}, got {before}"
        raise InvalidArgument(msg)
    latest = _MAX_DAY if before is None else before - timedelta(days=1)
    bases = whens(
        precisions=(Precision.DAY, Precision.RANGE, Precision.MONTH, Precision.YEAR), max_value=latest
    ).filter(lambda w: w.earliest is not None and (before is None or w.earliest < before))

    def build(kind: ChangeKind) -> SearchStrategy[Change]:
        top = 100 if kind is ChangeKind.DECREASE else 1000
        value = st.decimals(min_value=0, max_value=top, places=1, allow_nan=False, allow_infinity=False)
        return value.flatmap(
            lambda v: st.builds(
                Change,
                kind=st.just(kind),
                value=st.just(v),
                base=bases,
                written=st.sampled_from((format(v, "f"), format(v, "f").replace(".", ","), None)),
                qualifier=_optional(st.sampled_from(Qualifier)),
            )
        )

    return st.sampled_from(ChangeKind).flatmap(build)


_CURRENCIES: Final = ("USD", "VND", "LAK")


@st.composite
def _figure(draw: DrawFn, metrics: tuple[Metric, ...]) -> Figure:
    metric = draw(st.sampled_from(metrics))
    period = draw(
        whens(
            precisions=(Precision.DAY, Precision.RANGE, Precision.MONTH, Precision.YEAR),
            min_value=date(1900, 1, 1),
        )
    )
    places = draw(st.integers(0, 3))
    whole = draw(st.integers(0, 99_999))
    fraction = draw(st.integers(0, 10**places - 1)) if places else 0
    written = f"{whole}.{fraction:0{places}d}" if places else str(whole)
    number = Decimal(written)
    k = draw(st.sampled_from((0, 3, 6, 9))) if metric.is_money else 0
    upper = None
    if draw(st.booleans()):
        top = number + Decimal(draw(st.integers(1, 50))).scaleb(-places)
        top_text = format(top, "f")
        written = f"{written}{draw(st.sampled_from(('–', '-')))}{top_text}"
        upper = top.scaleb(k)
    mark = draw(st.sampled_from((".", ",")))
    before = period.earliest
    source = draw(ids())
    figure_id = draw(ids())
    return Figure(
        id=figure_id,
        metric=metric,
        period=period,
        value=number.scaleb(k),
        upper=upper,
        unit=draw(st.sampled_from(_CURRENCIES)) if metric.is_money else "projects",
        written=written.replace(".", mark),
        qualifier=draw(_optional(st.sampled_from(Qualifier))),
        status=draw(st.sampled_from(FigureStatus)),
        cumulative=draw(st.booleans()),
        changes=draw(st.lists(changes(before=before), max_size=2).map(tuple))
        if before is not None and before > _MIN_DAY
        else (),
        announced=draw(_optional(whens())),
        conflicts=draw(_id_tuples(max_size=2).filter(lambda c: figure_id not in c)),
        note=draw(_optional(texts())),
        evidence=draw(st.lists(evidence(sources=(source,)), max_size=2).map(tuple)),
    )


def figures(*, metrics: tuple[Metric, ...] | None = None) -> SearchStrategy[Figure]:
    """
    A :class:`~vnla.model.figures.Figure`: a value written with 0 to 3 decimals (a point or a comma),
    in units, thousands, millions or billions, perhaps a range, qualified, with changes and one source.

    ``metrics`` limits the metrics drawn.  Shrinks towards an actual figure of
    0 for bilateral trade turnover on 1 January 2000, with no changes.

    >>> from hypothesis import find
    >>> f = find(figures(), lambda f: f.upper is not None)
    >>> (f.written, f.value, f.upper)
    ('0–1', Decimal('0'), Decimal('1'))
    """
    chosen = tuple(Metric) if metrics is None else metrics
    if not chosen or not all(isinstance(m, Metric) for m in chosen):
        msg = f"metrics must be Metric members, got {metrics!r}"
        raise InvalidArgument(msg)
    return _figure(chosen)


def projects() -> SearchStrategy[Project]:
    """A :class:`~vnla.model.records.Project`; shrinks towards an expressway with no parent."""
    return st.builds(
        Project,
        id=ids(),
        kind=st.sampled_from(ProjectKind),
        names=_name_lists(),
        parent=_optional(ids()),
        places=_id_tuples(),
        countries=_id_tuples(),
        status=_optional(texts()),
        evidence=_evidence_tuples(),
    )


def foundings() -> SearchStrategy[Founding]:
    """A :class:`~vnla.model.records.Founding`; shrinks towards one on a single day."""
    return st.builds(
        Founding,
        id=ids(),
        names=_name_lists(),
        when=whens(),
        country=_optional(st.sampled_from(("VN", "LA"))),
        evidence=_evidence_tuples(),
    )


def anniversaries() -> SearchStrategy[Anniversary]:
    """An :class:`~vnla.model.records.Anniversary`; shrinks towards the 1st, in year 1."""
    return st.builds(
        Anniversary,
        id=ids(),
        founding=ids(),
        ordinal=st.integers(1, 200),
        year=st.integers(1, 3000),
        wording=st.sampled_from(("anniversary", "years")),
        event=_optional(ids()),
        evidence=_evidence_tuples(),
    )


def errata() -> SearchStrategy[Erratum]:
    """An :class:`~vnla.model.records.Erratum`; shrinks towards a typo about nothing."""
    return st.builds(
        Erratum,
        id=ids(),
        kind=st.sampled_from(ErratumKind),
        source=ids(),
        quote=texts(),
        says=texts(),
        correction=texts(),
        about=_optional(ids()),
        note=_optional(texts()),
        evidence=_evidence_tuples(),
    )


# --------------------------------------------------------------------------- consistent datasets
@st.composite
def _world_parameters(
    draw: DrawFn,
    *,
    prefix: str,
    min_events: int,
    max_events: int,
    max_people: int,
    max_targets: int,
    figures: bool = False,
) -> dict[str, Any]:
    year = draw(st.integers(2000, 2080))
    start = date(year, draw(st.integers(1, 12)), draw(st.integers(1, 28)))
    length = draw(st.integers(0, 3))
    n_sub = draw(st.integers(max(0, min_events - 1), max(0, max_events - 1)))
    n_people = draw(st.integers(1, max_people))
    people = draw(
        st.lists(st.integers(0, len(PEOPLE) - 1), min_size=n_people, max_size=n_people, unique=True)
    )
    native = [draw(_either_form(PEOPLE[i][1])) for i in people]
    founded = date(year - draw(st.integers(1, 100)), draw(st.integers(1, 12)), draw(st.integers(1, 28)))
    archive_day = start - timedelta(days=draw(st.integers(1, 300)))
    kinds = draw(st.lists(st.sampled_from(("near", "longer", "by")), unique=True, max_size=max_targets))
    place = draw(st.integers(0, len(PLACES) - 1))
    return {
        "prefix": prefix,
        "start": start,
        "length": length,
        "subevents": [draw(st.integers(0, length)) for _ in range(n_sub)],
        "styles": draw(st.lists(st.integers(0, 3), min_size=1, max_size=4)),
        "people": people,
        "native": native,
        "roles": draw(st.lists(st.sampled_from(("gs", "pm")), min_size=n_people, max_size=n_people)),
        "office_from": min(start, archive_day) - timedelta(days=draw(st.integers(0, 2000))),
        "relative": draw(st.booleans()),
        "report_lag": draw(st.integers(0, 6)),
        "report_day": start + timedelta(days=length + draw(st.integers(0, 30))),
        "partial": draw(st.booleans()),
        "congresses": draw(st.integers(0, 2)),
        "first_ordinal": draw(st.integers(1, 30)),
        "founded": founded,
        "archive_day": archive_day,
        "targets": kinds,
        "values": [draw(st.integers(1, 50)) for _ in kinds],
        "place": place,
        "place_vi": draw(_either_form(PLACES[place][1])),
        "trade": draw(st.tuples(st.integers(100, 5000), st.integers(1, 99), st.integers(100, 5000)))
        if figures
        else None,
    }


def _check_dataset_options(
    prefix: str, min_events: int, max_events: int, max_people: int, max_targets: int
) -> None:
    if not isinstance(prefix, str) or not ID_PATTERN.match(prefix):
        msg = f"prefix must be an id like 'gen', got {prefix!r}"
        raise InvalidArgument(msg)
    if min_events < 1 or max_events < min_events:
        msg = f"need 1 <= min_events <= max_events, got {min_events} and {max_events}"
        raise InvalidArgument(msg)
    if not 1 <= max_people <= len(PEOPLE):
        msg = f"max_people must be between 1 and {len(PEOPLE)}, got {max_people}"
        raise InvalidArgument(msg)
    if not 0 <= max_targets <= 3:
        msg = f"max_targets must be between 0 and 3 (one per horizon), got {max_targets}"
        raise InvalidArgument(msg)


def datasets(
    *,
    prefix: str = "gen",
    min_events: int = 1,
    max_events: int = 6,
    max_people: int = 3,
    max_targets: int = 3,
    figures: bool = False,
) -> SearchStrategy[Dataset]:
    """
    Consistent datasets: every reference resolves and :func:`vnla.rules.checks.check` finds nothing.

    Each dataset has a state visit (with ``min_events`` to ``max_events``
    events in all, counting the visit and its talks, plus congresses), up to
    ``max_people`` people holding offices, up to ``max_targets`` trade
    targets, a founding and its anniversary, and a framework of three then
    four elements; three sources state every fact, and the joint statement's
    clauses are the text its quotes are checked against.  With ``figures=True``
    it also has a year's trade turnover, its two parts, its first quarter and
    the year before, with the change between them; they are off by default
    because two datasets' figures for one year disagree when merged.  Every id starts
    with ``prefix``, so datasets drawn with different prefixes merge.

    Shrinks towards a one-day visit on 1 January 2000 by one person, with no
    targets and no congresses.

    >>> from hypothesis import find
    >>> from vnla.rules.checks import check
    >>> ds = find(datasets(), lambda ds: len(ds.targets) == 2)
    >>> str(ds.get("gen-visit").when), check(ds).findings
    ('2000-01-01', ())
    >>> ds.get("gen-capital").name.preferred("lo")
    'ວຽງຈັນ'
    """
    _check_dataset_options(prefix, min_events, max_events, max_people, max_targets)
    parameters = _world_parameters(
        prefix=prefix,
        min_events=min_events,
        max_events=max_events,
        max_people=max_people,
        max_targets=max_targets,
        figures=figures,
    )
    return parameters.map(lambda p: World(p).build().dataset())


# --------------------------------------------------------------------------- planted inconsistencies
#: The rules :func:`datasets_with_violation` can plant a violation of: every rule of :mod:`vnla.rules.checks`.
PLANTABLE_RULES: Final[tuple[str, ...]] = tuple(PLANTS)


def datasets_with_violation(
    rule: str, *, prefix: str = "gen", max_events: int = 4
) -> SearchStrategy[Dataset]:
    """
    A dataset drawn by :func:`datasets` with exactly one inconsistency of ``rule`` planted in it.

    :func:`vnla.rules.checks.check` reports it under ``rule`` and nothing else (for
    ``errata.recorded``, the planted slip is an ``info`` finding).  ``rule``
    is one of :data:`PLANTABLE_RULES`.  Shrinks as :func:`datasets` does.

    >>> from hypothesis import given, settings
    >>> from vnla.rules.checks import check
    >>> @settings(max_examples=10)
    ... @given(datasets_with_violation("dates.weekday-matches"))
    ... def test_weekday_rule_fires(ds):
    ...     assert {f.rule for f in check(ds).findings} == {"dates.weekday-matches"}
    >>> test_weekday_rule_fires()
    """
    if rule not in PLANTS:
        msg = f"no way to plant a violation of {rule!r}; expected one of {', '.join(PLANTABLE_RULES)}"
        raise InvalidArgument(msg)
    _check_dataset_options(prefix, 1, max_events, 3, 3)
    plant = PLANTS[rule]
    parameters = _world_parameters(
        prefix=prefix, min_events=1, max_events=max_events, max_people=3, max_targets=3
    )

    def planted(p: dict[str, Any]) -> Dataset:
        world = World(p).build()
        plant(world)
        return world.dataset()

    return parameters.map(planted)


# --------------------------------------------------------------------------- st.from_type
