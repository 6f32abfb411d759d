# SPDX-License-Identifier: MIT
"""One way to write a date: every precision in en, vi and lo, and the same words in every command."""

from __future__ import annotations

import re
from datetime import date

import attrs
import pytest

import vnla
from vnla.cli import main
from vnla.model.records import When
from vnla.render import format_when
from vnla.render.i18n import field_label

LANGS = ("en", "vi", "lo")
D = date

#: (when, with the year, without it), each in en, vi, lo.
CASES: list[tuple[When, tuple[str, str, str], tuple[str, str, str]]] = [
    (
        When.on(D(2025, 12, 2)),
        ("December 2, 2025", "2 tháng 12, 2025", "2 ທັນວາ 2025"),
        ("December 2", "2 tháng 12", "2 ທັນວາ"),
    ),
    (
        When.between(D(2025, 12, 1), D(2025, 12, 2)),
        ("Dec 1 – 2, 2025", "1 – 2 thg 12, 2025", "1 – 2 ທັນວາ 2025"),
        ("Dec 1 – 2", "1 – 2 thg 12", "1 – 2 ທັນວາ"),
    ),
    (  # a range over the new year keeps its years, asked or not
        When.between(D(2025, 12, 30), D(2026, 1, 2)),
        ("Dec 30, 2025 – Jan 2, 2026", "30 thg 12, 2025 – 2 thg 1, 2026", "30 ທັນວາ 2025 – 2 ມັງກອນ 2026"),
        ("Dec 30, 2025 – Jan 2, 2026", "30 thg 12, 2025 – 2 thg 1, 2026", "30 ທັນວາ 2025 – 2 ມັງກອນ 2026"),
    ),
    (
        When.in_month(2025, 12),
        ("December 2025", "tháng 12 năm 2025", "ທັນວາ 2025"),
        ("December", "tháng 12", "ທັນວາ"),
    ),
    (When.in_year(2027), ("2027", "2027", "2027"), ("2027", "2027", "2027")),
    (
        When.in_year(2026, qualifier="early"),
        ("early 2026", "đầu năm 2026", "ຕົ້ນປີ 2026"),
        ("early 2026", "đầu năm 2026", "ຕົ້ນປີ 2026"),
    ),
    (
        When.in_year(2026, qualifier="mid"),
        ("mid-2026", "giữa năm 2026", "ກາງປີ 2026"),
        ("mid-2026", "giữa năm 2026", "ກາງປີ 2026"),
    ),
    (
        When.in_year(2026, qualifier="late"),
        ("late 2026", "cuối năm 2026", "ທ້າຍປີ 2026"),
        ("late 2026", "cuối năm 2026", "ທ້າຍປີ 2026"),
    ),
    (
        When.bounded(after=D(2026, 2, 2)),
        ("after February 2, 2026", "sau 2 tháng 2, 2026", "ຫຼັງຈາກ 2 ກຸມພາ 2026"),
        ("after February 2", "sau 2 tháng 2", "ຫຼັງຈາກ 2 ກຸມພາ"),
    ),
    (
        When.bounded(before=D(2025, 12, 3)),
        ("before December 3, 2025", "trước 3 tháng 12, 2025", "ກ່ອນ 3 ທັນວາ 2025"),
        ("before December 3", "trước 3 tháng 12", "ກ່ອນ 3 ທັນວາ"),
    ),
    (
        When.bounded(not_before=D(2025, 12, 1), not_after=D(2025, 12, 2)),
        ("within Dec 1 – 2, 2025", "trong khoảng 1 – 2 thg 12, 2025", "ໃນລະຫວ່າງ 1 – 2 ທັນວາ 2025"),
        ("within Dec 1 – 2", "trong khoảng 1 – 2 thg 12", "ໃນລະຫວ່າງ 1 – 2 ທັນວາ"),
    ),
    (  # both bounds on one day: that day
        When.bounded(not_before=D(2025, 12, 1), not_after=D(2025, 12, 1)),
        ("December 1, 2025", "1 tháng 12, 2025", "1 ທັນວາ 2025"),
        ("December 1", "1 tháng 12", "1 ທັນວາ"),
    ),
]


def plain(text: str) -> str:
    """CLDR's thin and no-break spaces read as plain spaces."""
    return re.sub(r"[\u00a0\u2009\u202f]", " ", text)


@pytest.mark.parametrize(("when", "with_year", "without_year"), CASES, ids=[str(c[0]) for c in CASES])
def test_every_precision_in_every_language(
    when: When, with_year: tuple[str, str, str], without_year: tuple[str, str, str]
) -> None:
    assert tuple(plain(format_when(when, lang)) for lang in LANGS) == with_year
    assert tuple(plain(format_when(when, lang, year=False)) for lang in LANGS) == without_year


@pytest.mark.parametrize("lang", LANGS)
def test_format_writes_a_when_as_format_when_does(lang: str) -> None:
    for when, *_ in CASES:
        assert vnla.to_text(when, lang) == format_when(when, lang)


def test_an_unknown_locale_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown locale 'xx_YY'"):
        format_when(When.in_year(2026), "xx_YY")


@pytest.mark.parametrize("lang", LANGS)
def test_the_same_when_reads_the_same_in_summary_events_and_show(
    capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    ds = vnla.dataset()
    event = ds.get("talks-2025-12-vientiane")  # bounds only: some day of the visit
    assert event is not None
    words = format_when(event.when, lang)
    for argv in (["summary"], ["events"], ["show", event.id]):
        assert main([*argv, "--lang", lang]) == 0
        out = capsys.readouterr().out
        line = next(line for line in out.splitlines() if event.id in line or event.title in line)
        if argv[0] == "show":  # the field's name is in the output's language ("thời gian:", "ເວລາ:")
            label = field_label("when", lang)
            line = next(line for line in out.splitlines() if line.strip().startswith(f"{label}:"))
        assert words in line, (argv, line)
        # and no other way of writing those bounds
        assert "not before" not in out and "not_before" not in out and " and before " not in out


# --------------------------------------------------------------------------- reports and examples
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
ISO_MONTH = re.compile(r"\b\d{4}-\d{2}\b")


def _planted(when: When) -> vnla.Dataset:
    """The bundled talks, given a constraint that no day of theirs can meet (dates.constraints)."""
    from vnla.model.records import DateConstraint, Evidence

    ds = vnla.dataset()
    talks = ds.get("talks-2025-12-vientiane")
    assert talks is not None and talks.when == when
    source = talks.date_evidence[0].source
    constraint = DateConstraint(
        when=When.in_year(2030),
        evidence=(Evidence(source=source, quote="planted", note="a planted constraint"),),
    )
    planted = attrs.evolve(talks, date_constraints=(constraint,))
    return attrs.evolve(ds, events=tuple(planted if e.id == talks.id else e for e in ds.events))


def test_the_date_writer_lives_below_the_rules_and_render_re_exports_it() -> None:
    import vnla.lang.dates
    import vnla.render.dates

    assert vnla.render.dates.format_when is vnla.lang.dates.format_when
    assert vnla.render.dates.format_day is vnla.lang.dates.format_day
    assert vnla.render.format_when is vnla.lang.dates.format_when
    assert set(vnla.render.dates.__all__) <= set(vnla.lang.dates.__all__)


@pytest.mark.parametrize("lang", LANGS)
def test_a_rule_finding_writes_its_dates_as_every_command_does(lang: str) -> None:
    from vnla.rules.checks import check

    ds = vnla.dataset()
    talks = ds.get("talks-2025-12-vientiane")
    assert talks is not None
    report = check(_planted(talks.when), rules=["dates.constraints"], lang=lang)
    [finding] = [f for f in report.findings if f.records == (talks.id,)]
    assert finding.rule == "dates.constraints"
    # both dates of the message, the record's and the constraint's, as format_when writes them
    assert format_when(talks.when, lang) in finding.message
    assert format_when(When.in_year(2030), lang) in finding.message
    assert not ISO_DAY.search(finding.message), finding.message
    assert format_when(talks.when, lang) in report.to_text()
    assert format_when(talks.when, lang) in report.to_json()


def test_a_report_is_in_english_unless_asked_and_refuses_an_unknown_language() -> None:
    from vnla.rules.checks import check

    planted = _planted(vnla.dataset().get("talks-2025-12-vientiane").when)  # type: ignore[union-attr]
    [finding] = [
        f for f in check(planted, rules=["dates.constraints"]).findings if f.severity.value == "error"
    ]
    assert "is dated within Dec 1 – 2, 2025, but a constraint puts it at 2030" in plain(finding.message)
    assert finding in planted.check(rules=["dates.constraints"]).findings
    with pytest.raises(ValueError, match="unknown locale 'xx'"):
        check(planted, rules=["dates.constraints"], lang="xx")


def test_no_rule_of_the_bundled_data_writes_an_iso_date() -> None:
    from vnla.rules.checks import check

    for lang in LANGS:
        for finding in check(vnla.dataset(), lang=lang).findings:
            # the message's own words: no quotes (in quote marks), no ids (words with letters in them),
            # no note after "derived:"
            words = re.sub(r"'[^']*'|\"[^\"]*\"", "", finding.message.split("it is derived:")[0])
            words = re.sub(r"\S*[^\W\d_]\S*", "", words)
            assert not ISO_DAY.search(words) and not ISO_MONTH.search(words), finding


@pytest.mark.parametrize("lang", LANGS)
def test_vnla_validate_writes_dates_in_its_language(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    ds = vnla.dataset()
    document = ds.get("politburo-agreement-2025-12-02")  # its date is derived: an info finding says so
    assert document is not None and document.signed is not None
    assert main(["validate", "--min-severity", "info", "--lang", lang]) in (0, 1)  # 1: a finding
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "politburo-agreement-2025-12-02 $.signed" in line)
    assert f"is dated {format_when(document.signed, lang)}," in line


def test_the_timeline_example_writes_the_same_words(capsys: pytest.CaptureFixture[str]) -> None:
    import runpy
    from pathlib import Path

    ds = vnla.dataset()
    event = ds.get("talks-2025-12-vientiane")
    assert event is not None
    example = Path(__file__).resolve().parents[1] / "examples" / "timeline.py"
    runpy.run_path(str(example), run_name="__main__")
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if event.title in line)
    assert line.startswith(format_when(event.when, "en"))


def test_babel_loads_only_when_a_date_is_written() -> None:
    import subprocess
    import sys

    code = (
        "import sys, vnla, vnla.lang.dates, vnla.render.dates, vnla.rules.checks\n"
        "vnla.dataset()\n"
        "print('babel' in sys.modules)\n"
        "from vnla.model.records import When\n"
        "vnla.lang.dates.format_when(When.in_year(2026))\n"
        "print('babel' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_date_written_again_is_written_the_same(lang: str) -> None:
    # format_when keeps what it wrote for a locale named by a string; a Locale object is
    # written afresh: both give the same text, the first time and the next
    from babel import Locale

    whens = (
        When.on(date(2025, 12, 2)),
        When.between(date(2026, 1, 26), date(2026, 1, 27)),
        When.in_month(2025, 12),
        When.in_year(2026, qualifier="late"),
    )
    fresh = [format_when(w, Locale.parse(lang)) for w in whens]
    assert [format_when(w, lang) for w in whens] == fresh
    assert [format_when(w, lang) for w in whens] == fresh
    assert format_when(whens[1], lang, year=False) != format_when(whens[1], lang)


def test_an_unknown_locale_is_refused_every_time() -> None:
    for _ in range(2):
        with pytest.raises(ValueError, match="xx"):
            format_when(When.on(date(2025, 12, 2)), "xx")
