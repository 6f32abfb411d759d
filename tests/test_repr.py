# SPDX-License-Identifier: MIT
"""Objects that read well: one-line reprs, a str a person reads, HTML for notebooks, a tidy dir(vnla)."""

from __future__ import annotations

import warnings

import attrs
import pytest

import vnla
from vnla.model.collections import COLLECTIONS
from vnla.model.records import iter_fields

#: No repr of any model object runs longer than this (the joint statement's was 34,000 characters).
LONGEST = 200


def every_value() -> list[object]:
    ds = vnla.dataset()
    out: list[object] = []
    for record in ds:
        out.append(record)
        for _path, _attribute, value in iter_fields(record):
            if attrs.has(type(value)):
                out.append(value)
            elif isinstance(value, tuple):
                out.extend(v for v in value if attrs.has(type(v)))
    return out


def test_every_repr_is_one_short_line() -> None:
    values = every_value()
    assert len(values) > 1000
    for value in values:
        text = repr(value)
        assert "\n" not in text, text
        assert len(text) <= LONGEST, text
        assert text.startswith("<") and text.endswith(">"), text
        assert type(value).__name__ in text


def test_a_record_repr_names_kind_id_date_and_name() -> None:
    ds = vnla.dataset()
    assert repr(ds["to-lam"]) == "<Person to-lam 'To Lam'>"
    visit = repr(ds["visit-2025-12-laos"])
    assert visit.startswith("<Event visit-2025-12-laos 2025-12-01/2025-12-02 'State visit")
    assert len(repr(ds["joint-statement-2025-12-02"])) < LONGEST
    for key, _cls, _kind in COLLECTIONS:
        for record in getattr(ds, key):
            assert record.id in repr(record)


def test_bounds_read_as_one_of_the_days() -> None:
    talks = vnla.dataset()["talks-2025-12-vientiane"]
    assert "[2025-12-01..2025-12-02]" in repr(talks)


def test_str_is_what_a_person_reads() -> None:
    ds = vnla.dataset()
    target = ds.target("target-trade-10bn-usd")
    assert str(target) == target.description
    assert "Target(" not in str(target)
    assert str(ds["to-lam"]) == "To Lam"
    evidence = ds["to-lam"].evidence[0]
    assert str(evidence) == f"“{evidence.quote}” ({evidence.source})"
    figure = ds.figures[0]
    assert str(figure).startswith(f"{figure.metric.value}, ")
    assert "bn USD" in str(figure)


def test_html_for_notebooks() -> None:
    ds = vnla.dataset()
    page = ds._repr_html_()
    assert page.startswith("<table>") and "<td>people</td>" in page
    person = ds["to-lam"]._repr_html_()  # type: ignore[union-attr]
    assert "<th>offices</th>" in person and "&lt;Person to-lam" in person
    event = ds["visit-2025-12-laos"]._repr_html_()  # type: ignore[union-attr]
    assert "<th>when</th><td>2025-12-01/2025-12-02</td>" in event


def test_dir_is_tidy() -> None:
    names = dir(vnla)
    for helper in ("Any", "TYPE_CHECKING", "importlib", "_importlib", "warnings", "format"):
        assert helper not in names
    assert {"dataset", "to_text", "Unknown", "UnknownId", "UnknownLanguage"} <= set(names)
    assert set(vnla.__all__) <= set(names)
    assert "format" not in vnla.__all__


def test_the_old_format_warns_and_still_works() -> None:
    with pytest.warns(DeprecationWarning, match="vnla.to_text"):
        old = vnla.format
    assert old is vnla.to_text
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert vnla.to_text(vnla.dataset()["VN"], "vi") == "Việt Nam"


def test_star_import_does_not_shadow_the_builtin() -> None:
    namespace: dict[str, object] = {}
    exec("from vnla import *", namespace)
    assert "format" not in namespace


def test_reports_show_as_tables_in_notebooks() -> None:
    report = vnla.dataset().check()
    page = report._repr_html_()
    assert page.count("<tr>") == len(report.findings) + 1
    assert "<th>severity</th>" in page
    text = vnla.check_text("Tô Lâm met Thongloun in Vientiane on <b>December 3</b>", published="2025-12-03")
    page = text._repr_html_()
    assert page.count("<tr>") == len(text.findings) + 1
    assert "<b>" not in page  # escaped
