# SPDX-License-Identifier: MIT
"""
Generate the data reference (``docs/reference/data/*.md``) from the bundled dataset.

On ``builder-inited`` Sphinx calls :func:`write_pages`, which renders every
record of :func:`vnla.dataset` into MyST Markdown pages and draws the
timeline of visits and meetings as an SVG, before Sphinx reads any source.
Nothing in these pages is written by hand: change the data and the next
build shows it.  A file is rewritten only when its text changes, so an
unchanged dataset does not make Sphinx re-read the pages.

Every record gets a label ``<kind>-<id>`` (``person-to-lam``,
``event-visit-2025-12-laos``) that other pages may cite with
``{ref}`person-to-lam```.
"""

from __future__ import annotations

import html
import re
import string
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from vnla.model import (
    Anniversary,
    DateConstraint,
    Document,
    DocumentKind,
    Event,
    EventKind,
    Evidence,
    Figure,
    Name,
    Source,
    Target,
    Vocabulary,
    When,
)
from vnla.rules.checks import check
from vnla.rules.figures import period_text

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from sphinx.application import Sphinx

    from vnla import Dataset

__all__ = ["label_of", "md", "ref", "render_pages", "setup", "timeline_svg", "write_pages"]

#: Where each kind of record is described (a page name without ``.md``).
PAGE_OF_KIND: Final = {
    "source": "sources",
    "term": "vocabulary",
    "country": "organizations",
    "organization": "organizations",
    "person": "people",
    "place": "places",
    "framework-element": "framework",
    "framework-stage": "framework",
    "mechanism": "mechanisms",
    "event": "timeline",
    "document": "documents",
    "target": "targets",
    "figure": "figures",
    "project": "projects",
    "founding": "anniversaries",
    "anniversary": "anniversaries",
    "erratum": "errata",
}
#: The three languages every name table shows, in this order.
LANGS: Final = ("en", "vi", "lo")
_LANG_NAMES: Final = {"en": "English", "vi": "Vietnamese", "lo": "Lao"}
_GENERATED: Final = (
    "% This file is generated from the bundled dataset by docs/_ext/vnla_dataref.py"
    " at every build. Do not edit it; edit src/vnla/data/*.toml instead."
)


# --------------------------------------------------------------------------- Markdown helpers
# Backslash-escaping any ASCII punctuation is valid CommonMark, so escaping all
# of it is the one rule that cannot miss a construct (emphasis, roles, links,
# MyST targets, comments).  Letters, digits and spaces pass through.
_PUNCTUATION: Final = frozenset(string.punctuation) - {"'", '"', ",", ";", "/", "?", "=", "@", "^"}


def md(text: str) -> str:
    """``text`` as literal inline Markdown, on one line."""
    flat = " ".join(text.split())
    return "".join(f"\\{c}" if c in _PUNCTUATION else c for c in flat)


def code(text: str) -> str:
    """``text`` as inline code (a literal; backticks never occur in ids)."""
    return f"``{text}``" if "`" in text else f"`{text}`"


def label_of(kind: str, id: str) -> str:
    """The Sphinx label of a record: ``person-to-lam``, ``source-web-vns-1764911``."""
    return f"{kind}-{re.sub(r'[^a-z0-9]+', '-', id.lower()).strip('-')}"


def ref(label: str, title: str) -> str:
    """A ``{ref}`` role to ``label`` showing ``title``."""
    return f"{{ref}}`{_role_title(title)} <{label}>`"


def _role_title(text: str) -> str:
    # Inside a role's explicit title, only the backtick and the angle brackets
    # have a meaning; a backslash escapes them for docutils.
    flat = " ".join(text.split()).replace("`", "'")
    return re.sub(r"([<>\\])", r"\\\1", flat)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Writer:
    """Renders records of one dataset as Markdown, linking every id to its entry."""

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds

    # titles and links ----------------------------------------------------------------
    def title(self, id: str) -> str:
        """A short human title for any record."""
        record = self.ds.get(id)
        if isinstance(record, Event):
            title = record.title
        elif isinstance(record, Target):
            title = record.description
        elif isinstance(record, Figure):
            title = f"{record.metric.words}, {period_text(record.period, cumulative=record.cumulative)}"
        elif isinstance(record, Anniversary):
            founding = self.title(record.founding)
            title = (
                f"{record.ordinal} years of {founding} ({record.year})"
                if record.wording == "years"
                else f"{_ordinal(record.ordinal)} anniversary of {founding} ({record.year})"
            )
        elif record is not None and hasattr(record, "names"):
            title = record.name.preferred("en")
        else:  # sources, framework stages, errata: the id is the best short title
            title = id
        return str(title)

    def link(self, id: str, title: str | None = None) -> str:
        """A cross-reference to the entry of ``id``."""
        kind = self.ds.kind_of(id)
        if kind is None:
            return code(id)
        return ref(label_of(kind, id), title or self.title(id))

    def links(self, ids: Iterable[str]) -> str:
        return ", ".join(self.link(i) for i in ids)

    def source_link(self, id: str) -> str:
        return self.link(id, id)

    # pieces --------------------------------------------------------------------------------
    def evidence_item(self, evidence: Evidence) -> str:
        note = f" ({md(evidence.note)})" if evidence.note else ""
        return f"{self.source_link(evidence.source)}: “{md(evidence.quote)}”{note}"

    def evidence(self, items: Sequence[Evidence], heading: str = "Evidence") -> list[str]:
        """A bulleted list of quotes with their sources; a plain statement when there is none."""
        if not items:
            return [f"*{heading}: none recorded.*", ""]
        out = [f"**{heading}**", ""]
        out.extend(f"- {self.evidence_item(e)}" for e in items)
        return [*out, ""]

    def constraints(self, items: Sequence[DateConstraint]) -> list[str]:
        if not items:
            return []
        out = ["**Date constraints** (what sources imply about the date, checked, never substituted)", ""]
        for c in items:
            note = f" — {md(c.note)}" if c.note else ""
            out.append(f"- {md(str(c.when))}{note}")
            out.extend(f"  - {self.evidence_item(e)}" for e in c.evidence)
        return [*out, ""]

    def names(self, names: Sequence[Name]) -> list[str]:
        """A table of every name: language, kind, text and the quotes behind it."""
        if not names:
            return []
        out = ["| language | kind | name | evidence |", "| --- | --- | --- | --- |"]
        for n in names:
            quotes = "; ".join(self.evidence_item(e) for e in n.evidence) or "—"
            out.append(f"| {code(n.lang)} | {n.kind.value} | {md(n.text)} | {quotes} |")
        return [*out, ""]

    def facts(self, rows: Iterable[tuple[str, str | None]]) -> list[str]:
        """A bulleted list of ``label: value`` facts, leaving out the empty ones."""
        out = [f"- **{label}**: {value}" for label, value in rows if value]
        return [*out, ""] if out else []

    @staticmethod
    def when(when: When | None) -> str | None:
        if when is None:
            return None
        return f"{md(str(when))} ({when.precision.value})"

    @staticmethod
    def anchor(kind: str, id: str, level: int, heading: str) -> list[str]:
        return [f"({label_of(kind, id)})=", f"{'#' * level} {md(heading)}", ""]

    def trilingual(self, records: Iterable[Any]) -> list[str]:
        """A table of preferred names in English, Vietnamese and Lao, linked to their entries."""
        out = ["| id | " + " | ".join(_LANG_NAMES[lang] for lang in LANGS) + " |"]
        out.append("| --- " * (len(LANGS) + 1) + "|")
        for r in records:
            cells = []
            for lang in LANGS:
                preferred = [n.text for n in r.names if n.lang == lang and n.kind.value == "preferred"]
                cells.append(md(preferred[0]) if preferred else "—")
            out.append(f"| {self.link(r.id, r.id)} | " + " | ".join(cells) + " |")
        return [*out, ""]


# --------------------------------------------------------------------------- pages
def _page(title: str, intro: str, body: list[str]) -> str:
    lines = [_GENERATED, "", f"# {title}", "", intro, "", *body]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).rstrip() + "\n"


def _people(w: Writer) -> str:
    ds = w.ds
    body = ["## Names in three languages", "", *w.trilingual(ds.people)]
    for p in ds.people:
        body += w.anchor("person", p.id, 2, p.name.preferred("en"))
        parts = None
        if p.given_name or p.family_name:
            order = f", written {p.name_order.value}" if p.name_order else ""
            parts = f"given name {md(p.given_name or '—')}, family name {md(p.family_name or '—')}{order}"
        body += w.facts(
            [
                ("id", code(p.id)),
                ("country", w.link(p.country) if p.country else None),
                ("name parts", parts),
                ("born", w.when(p.born)),
                ("spouse", w.link(p.spouse) if p.spouse else None),
                ("note", md(p.note) if p.note else None),
            ]
        )
        body += w.names(p.names)
        if p.offices:
            body += ["**Offices**", ""]
            for o in p.offices:
                bits = [f"{w.link(o.role)} of {w.link(o.organization)}"]
                if o.term:
                    bits.append(md(o.term))
                bits.append(f"held {w.when(o.held)}" if o.held else "dates not recorded")
                body.append(f"- {md(o.title)} ({'; '.join(bits)})")
                body.extend(f"  - {w.evidence_item(e)}" for e in o.evidence)
            body.append("")
        body += w.evidence(p.evidence)
        events = [r for r in ds.referencing(p.id) if isinstance(r, Event)]
        if events:
            body += ["**Takes part in**: " + w.links(e.id for e in events), ""]
    return _page(
        "People",
        "Every person in the dataset with their names in English, Vietnamese and Lao, "
        "their offices and the evidence for each.",
        body,
    )


def _organizations(w: Writer) -> str:
    ds = w.ds
    body = ["## Countries", "", *w.trilingual(ds.countries)]
    for c in ds.countries:
        body += w.anchor("country", c.id, 3, c.name.preferred("en"))
        body += w.facts([("id", code(c.id))])
        body += w.names(c.names)
        body += w.evidence(c.evidence)
    body += ["## Organizations", "", *w.trilingual(ds.organizations)]
    for o in ds.organizations:
        body += w.anchor("organization", o.id, 3, o.name.preferred("en"))
        children = [c.id for c in ds.organizations if c.parent == o.id]
        body += w.facts(
            [
                ("id", code(o.id)),
                ("kind", o.kind.value),
                ("country", w.link(o.country) if o.country else None),
                ("part of", w.link(o.parent) if o.parent else None),
                ("bodies within", w.links(children) if children else None),
                ("founding", w.link(o.founding) if o.founding else None),
            ]
        )
        body += w.names(o.names)
        for listed in o.holder_lists:
            # a list of every holder of a role over a span: anyone else given the role then is wrong
            body += [
                f"**Every {w.link(listed.role)}, {w.when(listed.start)} to {w.when(listed.end)}**: "
                + w.links(listed.holders),
                "",
            ]
            body.extend(f"- {w.evidence_item(e)}" for e in listed.evidence)
            body.append("")
        body += w.evidence(o.evidence)
    return _page(
        "Countries and organizations",
        "Countries (by ISO 3166-1 code) and the parties, committees, governments, assemblies, "
        "ministries and other bodies the sources name.",
        body,
    )


def _places(w: Writer) -> str:
    ds = w.ds
    body = ["## Names in three languages", "", *w.trilingual(ds.places)]
    for p in ds.places:
        body += w.anchor("place", p.id, 2, p.name.preferred("en"))
        inside = [q.id for q in ds.places if q.within == p.id]
        events = [e.id for e in ds.timeline() if e.place == p.id]
        body += w.facts(
            [
                ("id", code(p.id)),
                ("kind", p.kind.value),
                ("country", w.link(p.country) if p.country else None),
                ("within", w.link(p.within) if p.within else None),
                ("places within", w.links(inside) if inside else None),
                ("events here", w.links(events) if events else None),
            ]
        )
        body += w.names(p.names)
        body += w.evidence(p.evidence)
    return _page(
        "Places", "Capitals, ports, border gates, memorials and the other places the data names.", body
    )


def _event_entry(w: Writer, event: Event, level: int) -> list[str]:
    ds = w.ds
    body = w.anchor("event", event.id, level, f"{event.when} · {event.title}")
    body += w.facts(
        [
            ("id", code(event.id)),
            ("kind", event.kind.value),
            ("when", w.when(event.when)),
            ("place", w.link(event.place) if event.place else None),
            ("host country", w.link(event.host_country) if event.host_country else None),
            ("part of", w.link(event.parent) if event.parent else None),
            ("mechanism", w.link(event.mechanism) if event.mechanism else None),
            ("organization", w.link(event.organization) if event.organization else None),
            ("ordinal", str(event.ordinal) if event.ordinal else None),
            ("documents", w.links(event.documents) if event.documents else None),
            ("summary", md(event.summary) if event.summary else None),
        ]
    )
    body += w.names(event.names)
    if event.participants:
        body += ["**Participants**", ""]
        for p in event.participants:
            who = [w.link(i) for i in (p.person, p.organization, p.country) if i]
            if p.description:
                who.append(md(p.description))
            used = f", called “{md(p.title_used)}”" if p.title_used else ""
            body.append(f"- {', '.join(who)}: {p.role.value}, {p.side.value} side{used}")
            body.extend(f"  - {w.evidence_item(e)}" for e in p.evidence)
        body.append("")
    body += w.evidence(event.evidence)
    if event.date_evidence:
        body += w.evidence(event.date_evidence, "Evidence for the date")
    body += w.constraints(event.date_constraints)
    for child in _ordered(ds, ds.subevents(event.id)):
        body += _event_entry(w, child, min(level + 1, 6))
    return body


def _ordered(ds: Dataset, events: Iterable[Event]) -> list[Event]:
    order = {e.id: i for i, e in enumerate(ds.timeline())}
    return sorted(events, key=lambda e: order[e.id])


def _timeline(w: Writer) -> str:
    ds = w.ds
    roots = [e for e in ds.timeline() if e.parent is None]
    summary = ["| when | precision | event | sub-events |", "| --- | --- | --- | --- |"]
    for e in roots:
        n = len(ds.subevents(e.id, recursive=True))
        summary.append(f"| {md(str(e.when))} | {e.when.precision.value} | {w.link(e.id)} | {n or '—'} |")
    figure = [
        "```{figure} timeline.svg",
        ":alt: A timeline of every event in the dataset, one row per event, sub-events indented "
        "under their visit.",
        ":width: 100%",
        "",
        "Every event, one row each, sub-events indented under the visit they belong to. "
        "Solid bars are exact days; pale dashed bars are events known only to fall somewhere "
        "in a month, a year or between bounds; an arrow marks an open bound (only “not before” "
        "or “not after” is known). Periods of more than a week with no events are cut out of "
        "the axis (marked ≈); within each stretch the scale is linear, in days.",
        "```",
        "",
    ]
    body = [*figure, "## Events at a glance", "", *summary, ""]
    body += ["## Every event", ""]
    for e in roots:
        body += _event_entry(w, e, 3)
    return _page(
        "Timeline of visits and meetings",
        "Visits, talks, meetings, ceremonies and congresses in time order, each with its "
        "sub-events, participants and evidence. Dates are as precise as the sources make them "
        "and no more.",
        body,
    )


def _document_facts(w: Writer, d: Document) -> list[str]:
    return w.facts(
        [
            ("id", code(d.id)),
            ("kind", d.kind.value),
            ("parties", w.links(d.parties) if d.parties else None),
            ("signed", w.when(d.signed)),
            ("place", w.link(d.place) if d.place else None),
            ("period", w.when(d.period)),
            ("event", w.link(d.event) if d.event else None),
            ("source", w.source_link(d.source) if d.source else None),
            ("sections", str(len(d.clauses)) if d.clauses else None),
            ("note", md(d.note) if d.note else None),
        ]
    )


_MENTION_FIELDS: Final = (
    ("people", "People"),
    ("organizations", "Organizations"),
    ("places", "Places"),
    ("events", "Events"),
    ("projects", "Projects"),
    ("documents", "Documents"),
    ("targets", "Targets"),
    ("mechanisms", "Mechanisms"),
)


def _joint_statement(w: Writer) -> str:
    ds = w.ds
    body: list[str] = []
    statements = [d for d in ds.documents if d.kind is DocumentKind.JOINT_STATEMENT]
    for d in statements:
        body += w.anchor("document", d.id, 2, d.name.preferred("en"))
        body += _document_facts(w, d)
        body += w.names(d.names)
        body += w.evidence(d.evidence)
        if d.clauses:
            body += ["| section | topics | mentions |", "| --- | --- | --- |"]
            for c in d.clauses:
                topics = w.links(c.topics) or "—"
                n = len(c.mentions.all_ids())
                section = ref(label_of("clause", f"{d.id}-{c.number}"), f"Section {c.number}")
                body.append(f"| {section} | {topics} | {n} |")
            body.append("")
        for c in d.clauses:
            body += [f"({label_of('clause', f'{d.id}-{c.number}')})=", f"### Section {c.number}", ""]
            body += w.facts([("topics", w.links(c.topics) if c.topics else None)])
            mentions = [
                (title, w.links(getattr(c.mentions, key)))
                for key, title in _MENTION_FIELDS
                if getattr(c.mentions, key)
            ]
            if mentions:
                body += ["**Mentions**", ""]
                body += [f"- {title}: {links}" for title, links in mentions]
                body.append("")
            body += ["**Full text**", ""]
            for paragraph in c.paragraphs:
                body += [f"> {md(paragraph)}", ">"]
            if body[-1] == ">":
                body.pop()
            body.append("")
    return _page(
        "The joint statement, section by section",
        "Each joint statement in the dataset, section by section: its topics, what it mentions "
        "(linked to the entries) and its full text as the source gives it, slips included "
        "(see {doc}`errata`).",
        body,
    )


def _documents(w: Writer) -> str:
    ds = w.ds
    body: list[str] = []
    statements = [d for d in ds.documents if d.kind is DocumentKind.JOINT_STATEMENT]
    if statements:
        body += [
            "Joint statements are on {doc}`joint-statement`: " + w.links(d.id for d in statements) + ".",
            "",
        ]
    for d in ds.documents:
        if d.kind is DocumentKind.JOINT_STATEMENT:
            continue
        body += w.anchor("document", d.id, 2, d.name.preferred("en"))
        body += _document_facts(w, d)
        body += w.names(d.names)
        body += w.evidence(d.evidence)
        referring = [r.id for r in ds.referencing(d.id) if not isinstance(r, Document)]
        if referring:
            body += ["**Referred to by**: " + w.links(referring), ""]
    return _page(
        "Agreements and documents",
        "Agreements, protocols, conventions, plans, programmes and the other documents the "
        "sources name, with what is known of when and where they were signed.",
        body,
    )


def _targets(w: Writer) -> str:
    ds = w.ds
    body = ["| target | value | horizon | set by |", "| --- | --- | --- | --- |"]
    for t in ds.targets:
        value = f"{t.value:,} {md(t.unit or '')}".strip() if t.value is not None else "—"
        body.append(f"| {w.link(t.id, t.id)} | {value} | {md(str(t.horizon))} | {w.links(t.set_by) or '—'} |")
    body.append("")
    for t in ds.targets:
        body += w.anchor("target", t.id, 2, t.id)
        body += [md(t.description), ""]
        body += w.facts(
            [
                ("metric", w.link(t.metric)),
                ("value", f"{t.value:,}" if t.value is not None else None),
                ("unit", md(t.unit) if t.unit else None),
                ("horizon", md(str(t.horizon))),
                ("set by", w.links(t.set_by) if t.set_by else None),
                ("at events", w.links(t.events) if t.events else None),
                ("in documents", w.links(t.documents) if t.documents else None),
                ("projects", w.links(t.projects) if t.projects else None),
                ("country", w.link(t.country) if t.country else None),
                ("anniversary", w.link(t.anniversary) if t.anniversary else None),
            ]
        )
        body += w.evidence(t.evidence)
    return _page(
        "Targets",
        "Goals the two sides set: the metric, the amount and unit where there is one, the "
        "horizon, who set it and where, with the quotes that state it.",
        body,
    )


def _figures(w: Writer) -> str:
    """Measured figures, by metric and period, each source's figure in its own row; then the checks."""
    ds = w.ds
    ordered = sorted(
        ds.figures,
        key=lambda f: (
            f.metric.value,
            f.cumulative,
            f.period.earliest or date.min,
            f.period.latest or date.max,
            f.id,
        ),
    )
    body = [
        "| metric | period | as written | value | status | source | figure |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for f in ordered:
        value = f"{f.value:,}" + (f"–{f.upper:,}" if f.upper is not None else "") + f" {md(f.unit)}"
        body.append(
            f"| {md(f.metric.words)} | {md(period_text(f.period, cumulative=f.cumulative))} "
            f"| {md(f.amount_text())} | {value} | {f.status.value} "
            f"| {w.source_link(f.source) if f.source else '—'} | {w.link(f.id, f.id)} |"
        )
    body.append("")
    report = check(ds, rules="figures")
    checked = [x for x in report.findings if x.rule != "figures.consistent"]
    if checked:
        body += [
            "## What the checks say",
            "",
            "The figure rules (`vnla validate --rule figures`) compare figures across sources, "
            "changes with the figures they relate, parts with their whole and periods with the "
            "periods that contain them; each finding shows its arithmetic.",
            "",
        ]
        body += [f"- **{x.severity.value}** `{x.rule}`: {md(x.message)}" for x in checked]
        body.append("")
    for f in ordered:
        body += w.anchor("figure", f.id, 2, f.id)
        body += w.facts(
            [
                ("metric", f"{md(f.metric.words)} ({code(f.metric.value)})"),
                ("period", md(period_text(f.period, cumulative=f.cumulative))),
                ("as written", md(f.amount_text())),
                ("value", f"{f.value:,}" + (f" to {f.upper:,}" if f.upper is not None else "")),
                ("precision stated", f"{f.precision} (the written number's last digit)"),
                ("status", f.status.value),
                ("changes", md("; ".join(f.change_texts())) if f.changes else None),
                ("announced", w.when(f.announced)),
                ("known to disagree with", w.links(f.conflicts) if f.conflicts else None),
            ]
        )
        if f.note:
            body += [md(f.note), ""]
        body += w.evidence(f.evidence)
    return _page(
        "Measured figures",
        "What trade and investment were, as each source states it: one row per source and "
        "figure, written as the source writes it, so that the precision it was given with is "
        "kept and figures that disagree stand side by side, never averaged.",
        body,
    )


def _projects(w: Writer) -> str:
    ds = w.ds
    body = ["## Names in three languages", "", *w.trilingual(ds.projects)]
    for p in ds.projects:
        body += w.anchor("project", p.id, 2, p.name.preferred("en"))
        sections = [q.id for q in ds.projects if q.parent == p.id]
        body += w.facts(
            [
                ("id", code(p.id)),
                ("kind", p.kind.value),
                ("part of", w.link(p.parent) if p.parent else None),
                ("sections", w.links(sections) if sections else None),
                ("places", w.links(p.places) if p.places else None),
                ("countries", w.links(p.countries) if p.countries else None),
                ("status", md(p.status) if p.status else None),
            ]
        )
        body += w.names(p.names)
        body += w.evidence(p.evidence)
    return _page(
        "Projects", "Infrastructure and cooperation projects, and the sections they are built in.", body
    )


def _mechanisms(w: Writer) -> str:
    ds = w.ds
    body: list[str] = []
    for m in ds.mechanisms:
        body += w.anchor("mechanism", m.id, 2, m.name.preferred("en"))
        sittings = [e.id for e in ds.timeline() if e.mechanism == m.id]
        body += w.facts(
            [
                ("id", code(m.id)),
                ("kind", m.kind.value),
                ("status", m.status),
                ("frequency", md(m.frequency) if m.frequency else None),
                ("agreed at", w.link(m.agreed_at) if m.agreed_at else None),
                ("parties", w.links(m.parties) if m.parties else None),
                ("sittings", w.links(sittings) if sittings else None),
            ]
        )
        body += w.names(m.names)
        body += w.evidence(m.evidence)
    return _page(
        "Mechanisms",
        "Standing mechanisms of cooperation (existing, or agreed and to be set up); their "
        "sittings are events on the {doc}`timeline`.",
        body,
    )


def _framework(w: Writer) -> str:
    ds = w.ds
    body = ["## Stages", ""]
    stages = sorted(ds.framework_stages, key=lambda s: (s.since.earliest or date.min, s.id))
    for s in stages:
        body += w.anchor("framework-stage", s.id, 3, f"Since {s.since}")
        body += w.facts(
            [
                ("id", code(s.id)),
                ("since", w.when(s.since)),
                ("elements, in order", w.links(s.elements)),
                ("event", w.link(s.event) if s.event else None),
                ("document", w.link(s.document) if s.document else None),
                ("note", md(s.note) if s.note else None),
            ]
        )
        body += w.evidence(s.evidence)
    body += ["## Elements and their translation variants", ""]
    for e in ds.framework_elements:
        body += w.anchor("framework-element", e.id, 3, e.name.preferred("en"))
        body += w.facts([("id", code(e.id))])
        body += w.names(e.names)
        body += w.evidence(e.evidence)
    return _page(
        "The relationship framework",
        "The framework of the relationship as it stood from each stage on, and every element "
        "with the names and English translation variants the sources use.",
        body,
    )


def _anniversaries(w: Writer) -> str:
    ds = w.ds
    body: list[str] = []
    for f in ds.foundings:
        body += w.anchor("founding", f.id, 2, f.name.preferred("en"))
        body += w.facts(
            [
                ("id", code(f.id)),
                ("when", w.when(f.when)),
                ("country", w.link(f.country) if f.country else None),
            ]
        )
        body += w.names(f.names)
        body += w.evidence(f.evidence)
        for a in (a for a in ds.anniversaries if a.founding == f.id):
            body += w.anchor("anniversary", a.id, 3, w.title(a.id))
            expected = a.expected_year(ds)
            agrees = (
                None
                if expected is None
                else f"{expected} ({'agrees' if expected == a.year else 'does not agree'} with {a.year})"
            )
            body += w.facts(
                [
                    ("id", code(a.id)),
                    ("ordinal", str(a.ordinal)),
                    ("year", str(a.year)),
                    ("wording", a.wording),
                    ("year from the founding's date", agrees),
                    ("event", w.link(a.event) if a.event else None),
                ]
            )
            body += w.evidence(a.evidence)
    return _page(
        "Foundings and anniversaries",
        "What anniversaries count from, and each anniversary with the year its ordinal implies.",
        body,
    )


def _errata(w: Writer) -> str:
    ds = w.ds
    body = ["| erratum | kind | source | says | means |", "| --- | --- | --- | --- | --- |"]
    for e in ds.errata:
        body.append(
            f"| {w.link(e.id, e.id)} | {e.kind.value} | {w.source_link(e.source)} | "
            f"{md(e.says)} | {md(e.correction)} |"
        )
    body.append("")
    for e in ds.errata:
        body += w.anchor("erratum", e.id, 2, e.id)
        body += w.facts(
            [
                ("kind", e.kind.value),
                ("source", w.source_link(e.source)),
                ("the source says", f"“{md(e.quote)}”"),
                ("the slip", md(e.says)),
                ("what is meant", md(e.correction)),
                ("about", w.link(e.about) if e.about else None),
                ("note", md(e.note) if e.note else None),
            ]
        )
        body += w.evidence(e.evidence, "Why")
    return _page(
        "Errata in the sources",
        "Slips in the sources: typos, mistranslations, wrong names. The data quotes the "
        "sources as they are and records each slip here with what is meant.",
        body,
    )


def _sources(w: Writer) -> str:
    ds = w.ds
    body = ["| source | kind | published | file or address |", "| --- | --- | --- | --- |"]
    for s in ds.sources:
        body.append(
            f"| {w.source_link(s.id)} | {s.kind.value} | {md(str(s.published or '—'))} | {_where(s)} |"
        )
    body.append("")
    for s in ds.sources:
        body += w.anchor("source", s.id, 2, s.id)
        body += [md(s.title), ""]
        body += w.facts(
            [
                ("kind", s.kind.value),
                ("language", code(s.lang)),
                ("publisher", md(s.publisher) if s.publisher else None),
                ("byline", md(s.byline) if s.byline else None),
                ("published", w.when(s.published)),
                ("dateline", w.link(s.dateline) if s.dateline else None),
                ("file", code(s.file) if s.file else None),
                ("address", _url(s.url) if s.url else None),
                ("full text bundled", "yes" if s.text_bundled else None),
                ("note", md(s.note) if s.note else None),
            ]
        )
        body += w.evidence(s.evidence)
        body += w.constraints(s.date_constraints)
        cited = sorted({c.record for c in ds.citations() if c.evidence.source == s.id})
        if cited:
            body += ["**Cited by**: " + w.links(cited), ""]
    return _page(
        "Sources",
        "Every document the data cites, by file name or web address, with what is known of "
        "its date and publisher, the evidence for that, and every record that quotes it.",
        body,
    )


def _url(url: str) -> str:
    if re.fullmatch(r"https?://[^\s<>]+", url):
        return f"<{url}>"
    return code(url)


def _where(s: Source) -> str:
    if s.file:
        return code(s.file)
    if s.url:
        return _url(s.url)
    return "—"


def _vocabulary(w: Writer) -> str:
    ds = w.ds
    body: list[str] = []
    for vocabulary in Vocabulary:
        terms = [t for t in ds.terms if t.vocabulary is vocabulary]
        if not terms:
            continue
        body += [f"## {vocabulary.value.capitalize()}s", ""]
        for t in terms:
            body += w.anchor("term", t.id, 3, t.name.preferred("en"))
            used = len(ds.referencing(t.id))
            body += w.facts(
                [
                    ("id", code(t.id)),
                    ("unit", md(t.unit) if t.unit else None),
                    ("note", md(t.note) if t.note else None),
                    ("used by", f"{used} record{'s' if used != 1 else ''}" if used else None),
                ]
            )
            body += w.names(t.names)
    return _page(
        "Vocabulary",
        "The closed word lists code interprets: office roles, the topics of joint-statement "
        "sections, and the metrics of targets.",
        body,
    )


#: (page name, title, renderer, collections shown), in the order of the toctree.
PAGES: Final[tuple[tuple[str, str, Callable[[Writer], str], tuple[str, ...]], ...]] = (
    ("people", "People", _people, ("people",)),
    ("organizations", "Countries and organizations", _organizations, ("countries", "organizations")),
    ("places", "Places", _places, ("places",)),
    ("timeline", "Timeline of visits and meetings", _timeline, ("events",)),
    ("joint-statement", "The joint statement, section by section", _joint_statement, ()),
    ("documents", "Agreements and documents", _documents, ("documents",)),
    ("targets", "Targets", _targets, ("targets",)),
    ("figures", "Measured figures", _figures, ("figures",)),
    ("projects", "Projects", _projects, ("projects",)),
    ("mechanisms", "Mechanisms", _mechanisms, ("mechanisms",)),
    ("framework", "The relationship framework", _framework, ("framework_elements", "framework_stages")),
    ("anniversaries", "Foundings and anniversaries", _anniversaries, ("foundings", "anniversaries")),
    ("errata", "Errata in the sources", _errata, ("errata",)),
    ("sources", "Sources", _sources, ("sources",)),
    ("vocabulary", "Vocabulary", _vocabulary, ("terms",)),
)


def _index(ds: Dataset) -> str:
    counts = ds.counts()
    table = ["| page | records |", "| --- | --- |"]
    for name, _title, _render, keys in PAGES:
        shown = ", ".join(f"{counts[k]} {k.replace('_', ' ')}" for k in keys) or "—"
        table.append(f"| {{doc}}`{name}` | {shown} |")
    toctree = ["```{toctree}", ":maxdepth: 1", "", *(name for name, *_ in PAGES), "```"]
    return _page(
        "Data reference",
        "Generated at build time from the dataset bundled with vnla (`vnla.dataset()`): every "
        "record, its links to other records and the evidence behind it. A change to "
        "`src/vnla/data/*.toml` changes these pages; no page is written by hand.",
        [*table, "", *toctree],
    )


# --------------------------------------------------------------------------- the timeline picture
_ROW: Final = 18
_LABEL_W: Final = 390
_WIDTH: Final = 1000
_PLOT_LEFT: Final = _LABEL_W + 10
_PLOT_RIGHT: Final = _WIDTH - 10
_BREAK: Final = 22
_PAD: Final = 12
_GAP_DAYS: Final = 7
_HEADER: Final = 46
#: Kinds drawn in one colour, with the legend's words.
_COLOURS: Final = (
    ("visits", "#1f6fb4", frozenset({EventKind.STATE_VISIT, EventKind.OFFICIAL_VISIT})),
    (
        "party meetings and congresses",
        "#c0392b",
        frozenset({EventKind.PARTY_MEETING, EventKind.CONGRESS, EventKind.COMMITTEE_SESSION}),
    ),
    (
        "talks and meetings",
        "#2e8b57",
        frozenset({EventKind.TALKS, EventKind.MEETING, EventKind.COURTESY_VISIT, EventKind.BRIEFING}),
    ),
)
_OTHER_COLOUR: Final = ("ceremonies, signings and the rest", "#7d5ba6")


def _colour(kind: EventKind) -> str:
    for _words, colour, kinds in _COLOURS:
        if kind in kinds:
            return colour
    return _OTHER_COLOUR[1]


def _span(when: When) -> tuple[date, date]:
    """The days a When covers, as a half-open interval; an open bound collapses to the known one."""
    lo = when.earliest if when.earliest is not None else when.latest
    hi = when.latest if when.latest is not None else when.earliest
    if lo is None or hi is None:  # When refuses bounds with neither end
        msg = f"a date with no bound: {when!r}"
        raise ValueError(msg)
    return lo, hi + timedelta(days=1)


class _Axis:
    """A time axis with the empty stretches cut out: linear inside each cluster of events."""

    def __init__(self, spans: Iterable[tuple[date, date]], left: float, right: float) -> None:
        clusters: list[list[date]] = []
        for lo, hi in sorted(spans):
            if clusters and (lo - clusters[-1][1]).days <= _GAP_DAYS:
                clusters[-1][1] = max(clusters[-1][1], hi)
            else:
                clusters.append([lo, hi])
        self.clusters = [(c[0], c[1]) for c in clusters]
        available = right - left - _BREAK * (len(self.clusters) - 1) - 2 * _PAD * len(self.clusters)
        weights = [(hi - lo).days + 4 for lo, hi in self.clusters]
        total = sum(weights)
        self.boxes: list[tuple[float, float]] = []
        x = left
        for weight in weights:
            width = available * weight / total + 2 * _PAD
            self.boxes.append((x, x + width))
            x += width + _BREAK

    def cluster_of(self, day: date) -> int:
        for i, (lo, hi) in enumerate(self.clusters):
            if lo <= day <= hi:
                return i
        msg = f"{day} is outside every cluster"
        raise ValueError(msg)

    def x(self, day: date) -> float:
        i = self.cluster_of(day)
        lo, hi = self.clusters[i]
        left, right = self.boxes[i]
        return left + _PAD + (right - left - 2 * _PAD) * (day - lo).days / max((hi - lo).days, 1)

    def per_day(self, i: int) -> float:
        lo, hi = self.clusters[i]
        left, right = self.boxes[i]
        return (right - left - 2 * _PAD) / max((hi - lo).days, 1)


def _text(x: float, y: float, text: str, *, size: int = 11, anchor: str = "start", **attrs: str) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{html.escape(v)}"' for k, v in attrs.items())
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}"{extra}>'
        f"{html.escape(text)}</text>"
    )


def _svg_axis(axis: _Axis, bottom: int) -> list[str]:
    """A header per cluster with its months and day ticks; a break mark between clusters."""
    out = []
    for i, ((lo, hi), (left, right)) in enumerate(zip(axis.clusters, axis.boxes, strict=True)):
        out.append(
            f'<line x1="{left:.1f}" y1="{_HEADER - 2}" x2="{right:.1f}" y2="{_HEADER - 2}" stroke="#555"/>'
        )
        per_day = axis.per_day(i)
        step = next(s for s in (1, 2, 5, 7, 10, 15, 30, 61, 91, 183, 365, 3650) if s * per_day >= 16)
        last_month_x = -1e9
        day = lo
        while day < hi:
            x = axis.x(day)
            if (day == lo or day.day == 1) and x - last_month_x > 52:
                out.append(_text(x, 14, f"{day.year}-{day.month:02d}", size=10, fill="#333"))
                last_month_x = x
            if (day - lo).days % step == 0:
                out.append(
                    f'<line x1="{x:.1f}" y1="{_HEADER - 6}" x2="{x:.1f}" y2="{_HEADER - 2}" stroke="#555"/>'
                )
                out.append(_text(x + per_day / 2, _HEADER - 10, str(day.day), size=9, anchor="middle"))
                out.append(
                    f'<line x1="{x:.1f}" y1="{_HEADER}" x2="{x:.1f}" y2="{bottom}" stroke="#e2e2e2"'
                    ' stroke-width="0.5"/>'
                )
            day += timedelta(days=1)
        if i:
            mid = left - _BREAK / 2
            out.append(_text(mid, _HEADER - 4, "≈", size=14, anchor="middle", fill="#555"))
            out.append(
                f'<line x1="{mid:.1f}" y1="{_HEADER}" x2="{mid:.1f}" y2="{bottom}" stroke="#999"'
                ' stroke-dasharray="2 3"/>'
            )
    return out


def _svg_row(axis: _Axis, event: Event, depth: int, y: int) -> list[str]:
    """One event: its (shortened) title, then a bar over its days or an arrow from its bound."""
    mid = y + _ROW / 2
    indent = 8 + depth * 14
    room = int((_LABEL_W - indent) / (7.0 if depth == 0 else 6.1))  # bold is wider
    title = event.title if len(event.title) <= room else event.title[: room - 1].rstrip() + "…"
    out = [
        f"<g><title>{html.escape(f'{event.when} · {event.title} ({event.id})')}</title>",
        _text(indent, mid + 4, title, font_weight="bold" if depth == 0 else "normal"),
    ]
    colour = _colour(event.kind)
    when = event.when
    lo, hi = _span(when)
    x0, x1 = axis.x(lo), axis.x(hi)
    if when.earliest is not None and when.latest is not None:
        x1 = max(x1, x0 + 3)
        style = (
            f'fill="{colour}"'
            if when.is_exact
            else f'fill="{colour}" fill-opacity="0.22" stroke="{colour}" stroke-dasharray="3 2"'
        )
        out.append(
            f'<rect x="{x0:.1f}" y="{y + 4}" width="{x1 - x0:.1f}" height="{_ROW - 8}" {style} rx="2"/>'
        )
    else:
        left, right = axis.boxes[axis.cluster_of(lo)]
        # Only "not before" is open to the right; only "not after" to the left.
        start, tip, direction = (x0, right - 2, 1) if when.latest is None else (x1, left + 2, -1)
        back = tip - 6 * direction
        out += [
            f'<line x1="{start:.1f}" y1="{mid}" x2="{tip:.1f}" y2="{mid}" stroke="{colour}" '
            'stroke-width="2" stroke-dasharray="4 2"/>',
            f'<polygon points="{tip:.1f},{mid} {back:.1f},{mid - 4} {back:.1f},{mid + 4}" fill="{colour}"/>',
            f'<circle cx="{start:.1f}" cy="{mid}" r="3" fill="{colour}"/>',
        ]
    out.append("</g>")
    return out


def _svg_legend(y: int) -> list[str]:
    out = []
    x = 10.0
    for words, colour in [(w, c) for w, c, _k in _COLOURS] + [_OTHER_COLOUR]:
        out.append(f'<rect x="{x:.1f}" y="{y - 9}" width="12" height="10" fill="{colour}" rx="2"/>')
        out.append(_text(x + 16, y, words, size=10))
        x += 26 + 5.6 * len(words)
    out.append(
        f'<rect x="{x:.1f}" y="{y - 9}" width="12" height="10" fill="#777" fill-opacity="0.22" '
        'stroke="#777" stroke-dasharray="3 2"/>'
    )
    out.append(_text(x + 16, y, "day not known", size=10))
    return out


def timeline_svg(ds: Dataset) -> str:
    """
    Draw every event as an SVG timeline: one row per event, sub-events under their visit.

    Exact days are solid bars; a month, a year or a pair of bounds is a pale
    dashed bar over every day it may be; an open bound is an arrow from the
    known day.  Stretches with no events are cut from the axis.
    """
    rows: list[tuple[Event, int, int]] = []  # event, depth, group number

    def visit(event: Event, depth: int, group: int) -> None:
        rows.append((event, depth, group))
        for child in _ordered(ds, ds.subevents(event.id)):
            visit(child, depth + 1, group)

    for group, root in enumerate(e for e in ds.timeline() if e.parent is None):
        visit(root, 0, group)
    if not rows:
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="40" role="img">'
            f"{_text(10, 24, 'No events in the dataset.')}</svg>\n"
        )
    axis = _Axis((_span(e.when) for e, _d, _g in rows), _PLOT_LEFT, _PLOT_RIGHT)
    bottom = _HEADER + _ROW * len(rows)
    height = bottom + 44
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height}" '
        f'width="{_WIDTH}" height="{height}" font-family="sans-serif" role="img" '
        'aria-labelledby="vnla-timeline-title">',
        '<title id="vnla-timeline-title">Timeline of the events in the vnla dataset</title>',
        f'<rect x="0" y="0" width="{_WIDTH}" height="{height}" fill="#ffffff"/>',
    ]
    # Alternate shading per visit (group) so the sub-events read as one block.
    out += [
        f'<rect x="0" y="{_HEADER + i * _ROW}" width="{_WIDTH}" height="{_ROW}" fill="#f3f5f8"/>'
        for i, (_e, _d, group) in enumerate(rows)
        if group % 2 == 0
    ]
    out += _svg_axis(axis, bottom)
    for i, (event, depth, _group) in enumerate(rows):
        out += _svg_row(axis, event, depth, _HEADER + i * _ROW)
    out += _svg_legend(bottom + 26)
    out.append("</svg>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- writing
def render_pages(ds: Dataset) -> dict[str, str]:
    """Every generated file's name and text: ``index.md``, one page per kind, ``timeline.svg``."""
    w = Writer(ds)
    files = {"index.md": _index(ds)}
    for name, _title, render, _keys in PAGES:
        files[f"{name}.md"] = render(w)
    files["timeline.svg"] = timeline_svg(ds)
    return files


def write_pages(ds: Dataset, outdir: Path) -> list[Path]:
    """
    Write the generated pages into ``outdir``; return the files that changed.

    Files whose text is unchanged are left alone (their times too), and files
    that are no longer generated are removed.
    """
    outdir.mkdir(parents=True, exist_ok=True)
    files = render_pages(ds)
    changed = []
    for name, text in files.items():
        path = outdir / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    for stale in outdir.iterdir():
        if stale.is_file() and stale.suffix in {".md", ".svg"} and stale.name not in files:
            stale.unlink()
    return changed


def _on_builder_inited(app: Sphinx) -> None:
    from sphinx.util import logging

    import vnla

    outdir = Path(app.srcdir) / app.config.vnla_dataref_dir
    changed = write_pages(vnla.dataset(), outdir)
    logging.getLogger(__name__).info("vnla data reference: %d of its files changed", len(changed))


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the generator with Sphinx."""
    app.add_config_value("vnla_dataref_dir", "reference/data", "env", types=[str])
    app.connect("builder-inited", _on_builder_inited)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
