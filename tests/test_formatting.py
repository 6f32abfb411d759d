# SPDX-License-Identifier: MIT
"""Rendering for English, Vietnamese and Lao readers (vnla.render)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnla.model import (
    Event,
    EventKind,
    Horizon,
    HorizonKind,
    Name,
    Participant,
    ParticipantRole,
    Place,
    PlaceKind,
    Precision,
    Side,
    Target,
    When,
    iter_fields,
)
from vnla.record.dataset import Dataset
from vnla.record.loading import dataset as bundled_dataset
from vnla.render.formatting import _locale, _Renderer, format, format_money

LANGS = ("en", "vi", "lo")

# --------------------------------------------------------------------------- strategies
#: Days whose neighbours exist too, so "after"/"before" a bound can be written.
days = st.dates(min_value=date(1, 1, 2), max_value=date(9999, 12, 30))


@st.composite
def bounds(draw: st.DrawFn) -> When:
    """Only-bounds dates: after a day, before a day, or both with a day between."""
    after = draw(st.none() | days)
    before = draw(st.none() | days)
    if after is None and before is None:
        after = draw(days)
    if after is not None and before is not None and before - after < timedelta(days=2):
        before = None
    return When.bounded(after=after, before=before)


whens = st.one_of(
    st.builds(When.on, days),
    st.builds(lambda a, b: When.between(min(a, b), max(a, b)), days, days),
    st.builds(When.in_month, st.integers(1, 9999), st.integers(1, 12)),
    st.builds(When.in_year, st.integers(1, 9999), qualifier=st.sampled_from([None, "early", "mid", "late"])),
    bounds(),
)
amounts = st.decimals(min_value=0, max_value=Decimal("1e30"), places=2)
units = st.sampled_from(["USD", "LAK", "VND", "EUR", "km", "%", "projects"])
horizons = st.one_of(
    st.builds(
        Horizon, kind=st.sampled_from([HorizonKind.NEAR_TERM, HorizonKind.SOON, HorizonKind.UNSPECIFIED])
    ),
    st.builds(Horizon, kind=st.sampled_from([HorizonKind.BY_DATE, HorizonKind.PERIOD]), when=whens),
)
targets = st.builds(
    Target,
    id=st.just("target-x"),
    metric=st.sampled_from(["bilateral-trade-turnover", "no-such-metric"]),
    description=st.just("A target"),
    horizon=horizons,
    value=st.none() | amounts,
    unit=units,
)
events = st.builds(
    Event,
    id=st.just("event-x"),
    kind=st.sampled_from(EventKind),
    title=st.just("Talks"),
    when=whens,
    place=st.sampled_from([None, "vientiane", "no-such-place"]),
    participants=st.lists(
        st.builds(
            Participant,
            role=st.sampled_from(ParticipantRole),
            side=st.sampled_from(Side),
            person=st.sampled_from(["to-lam", "thongloun-sisoulith", "nobody"]),
        ),
        max_size=3,
    ),
)
anything = st.one_of(
    whens,
    days,
    st.datetimes(),
    st.decimals(),
    st.integers(),
    st.floats(),
    targets,
    horizons,
    events,
    st.lists(whens, max_size=3),
    st.none(),
    st.text(max_size=10),
)


def render_strictly(obj: object, lang: str, dataset: Dataset | None = None) -> str:
    """Render without format()'s fallback, so that a failing handler fails the test."""
    renderer = _Renderer(_locale(lang), dataset)
    handler = renderer._handler(obj)
    return str(obj) if handler is None else handler(obj)


# --------------------------------------------------------------------------- laziness
def test_importing_formatting_and_names_imports_neither_babel_nor_rapidfuzz() -> None:
    code = "import sys, vnla.render, vnla.names; print('babel' in sys.modules, 'rapidfuzz' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


# --------------------------------------------------------------------------- dates
@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (date(2025, 12, 2), ("December 2, 2025", "2 tháng 12, 2025", "2 ທັນວາ 2025")),
        (When.on(date(2025, 12, 2)), ("December 2, 2025", "2 tháng 12, 2025", "2 ທັນວາ 2025")),
        (
            When.between(date(2026, 1, 26), date(2026, 1, 27)),
            ("Jan 26\u2009–\u200927, 2026", "26\u2009–\u200927 thg 1, 2026", "26 –\u200927 ມັງກອນ 2026"),
        ),
        (When.in_month(2025, 12), ("December 2025", "tháng 12 năm 2025", "ທັນວາ 2025")),
        (When.in_year(2027), ("2027", "2027", "2027")),
        (When.in_year(2026, qualifier="early"), ("early 2026", "đầu năm 2026", "ຕົ້ນປີ 2026")),
        (When.in_year(2026, qualifier="mid"), ("mid-2026", "giữa năm 2026", "ກາງປີ 2026")),
        (When.in_year(2026, qualifier="late"), ("late 2026", "cuối năm 2026", "ທ້າຍປີ 2026")),
        (
            When.bounded(after=date(2026, 2, 2)),
            ("after February 2, 2026", "sau 2 tháng 2, 2026", "ຫຼັງຈາກ 2 ກຸມພາ 2026"),
        ),
        (
            When.bounded(before=date(2025, 12, 3)),
            ("before December 3, 2025", "trước 3 tháng 12, 2025", "ກ່ອນ 3 ທັນວາ 2025"),
        ),
        (
            When.bounded(after=date(2026, 1, 1), before=date(2026, 2, 1)),
            (
                "within Jan 2\u2009–\u200931, 2026",
                "trong khoảng 2\u2009–\u200931 thg 1, 2026",
                "ໃນລະຫວ່າງ 2 –\u200931 ມັງກອນ 2026",
            ),
        ),
    ],
)
def test_dates_in_three_languages(when: object, expected: tuple[str, str, str]) -> None:
    assert tuple(format(when, lang) for lang in LANGS) == expected


def test_open_bounds_at_the_end_of_the_calendar_fall_back_to_plain_text() -> None:
    when = When.bounded(not_before=date.min)
    assert format(when, "vi") == str(when)
    assert (
        format(When.bounded(not_after=date.max, not_before=date(2026, 1, 2)), "en") == "after January 1, 2026"
    )


def test_datetimes_and_numbers() -> None:
    assert format(datetime(2026, 1, 26, 9, 30), "en").startswith("Jan 26, 2026")
    assert format(Decimal("1234567.5"), "vi") == "1.234.567,5"
    assert format(Decimal("0.075"), "en") == "0.075"
    assert format(Decimal("NaN"), "lo") == "NaN"
    assert format(1975, "lo") == "1.975"
    assert format(1e25, "en") == "10,000,000,000,000,000,000,000,000"
    assert format(Decimal("1E+999"), "vi") == "1E+999"
    assert format(0.1, "vi") == "0,1"


# --------------------------------------------------------------------------- money
@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        (Decimal("10000000000"), "USD", ("$10 billion", "10 tỷ\xa0US$", "US$10 ຕື້")),
        (Decimal("5630000000"), "USD", ("$5.63 billion", "5,63 tỷ\xa0US$", "US$5,63 ຕື້")),
        (Decimal("1900000"), "USD", ("$1.9 million", "1,9 triệu\xa0US$", "US$1,9 ລ້ານ")),
        (Decimal("-2000000000"), "USD", ("-$2 billion", "-2 tỷ\xa0US$", "US$-2 ຕື້")),
        (Decimal("250"), "USD", ("$250.00", "250,00\xa0US$", "US$250,00")),
        (Decimal("126"), "km", ("126 km", "126 km", "126 km")),
        (
            Decimal("1E+25"),
            "USD",
            ("$10000000000000 trillion", "10000000000000 nghìn tỷ\xa0US$", "US$10000000000000 ລ້ານລ້ານ"),
        ),
    ],
)
def test_money_in_three_languages(amount: Decimal, unit: str, expected: tuple[str, str, str]) -> None:
    assert tuple(format_money(amount, unit, lang) for lang in LANGS) == expected


def test_money_that_is_not_a_number_is_still_text() -> None:
    assert format_money(Decimal("Infinity"), "USD", "vi") == "Infinity USD"


# --------------------------------------------------------------------------- records
@pytest.fixture(scope="module")
def bundled() -> Dataset:
    return bundled_dataset()


def test_country_names_come_from_cldr(bundled: Dataset) -> None:
    assert [format(bundled["LA"], lang) for lang in LANGS] == ["Laos", "Lào", "ລາວ"]
    assert [format(bundled["VN"], lang) for lang in LANGS] == ["Vietnam", "Việt Nam", "ຫວຽດນາມ"]


def test_the_framework_in_three_languages(bundled: Dataset) -> None:
    framework = bundled.framework()
    assert (
        format(framework, "vi")
        == "hữu nghị vĩ đại, đoàn kết đặc biệt, hợp tác toàn diện và gắn kết chiến lược"
    )
    assert format(framework, "en").startswith(
        "great friendship, special solidarity, comprehensive cooperation, and "
    )
    assert format(framework, "lo").startswith("ມິດຕະພາບອັນຍິ່ງໃຫຍ່, ຄວາມສາມັກຄີພິເສດ")


def test_people_and_places_in_three_languages(bundled: Dataset) -> None:
    assert [format(bundled["to-lam"], lang) for lang in LANGS] == ["To Lam", "Tô Lâm", "ໂຕເລິມ"]
    assert [format(bundled["vientiane"], lang) for lang in LANGS] == ["Vientiane", "Viêng Chăn", "ວຽງຈັນ"]
    assert format(bundled["to-lam"].name, "vi") == "Tô Lâm"
    assert format(Name(text="Lâm", lang="vi"), "en") == "Lâm"


def test_one_event_in_three_languages(bundled: Dataset) -> None:
    visit = bundled["visit-2025-12-laos"]
    en, vi, lo = (format(visit, lang) for lang in LANGS)
    assert en.startswith("Dec 1\u2009–\u20092, 2025 · ")
    assert en.endswith(" · Vientiane · To Lam and Thongloun Sisoulith")
    assert vi.startswith("1\u2009–\u20092 thg 12, 2025 · ")
    assert vi.endswith(" · Viêng Chăn · Tô Lâm và Thongloun Sisoulith")
    assert lo.startswith("1 –\u20092 ທັນວາ 2025 · ")
    assert lo.endswith(" · ວຽງຈັນ · ໂຕເລິມ ແລະ ທອງລຸນ ສີສຸລິດ")


def test_targets_in_three_languages(bundled: Dataset) -> None:
    target = bundled["target-trade-10bn-usd"]
    assert format(target, "vi").endswith(": 10 tỷ\xa0US$")
    assert format(target, "en").endswith(": $10 billion")
    assert format(target, "lo").endswith(": US$10 ຕື້")


def test_figures_in_three_languages(bundled: Dataset) -> None:
    # written "2,5" by a Vietnamese page: each reader gets the locale's decimal mark and words
    figure = bundled["trade-2025-jan-oct-almost-2.5bn"]
    assert render_strictly(figure, "en", bundled) == (
        "bilateral trade turnover · Jan 1\u2009–\u2009Oct 31, 2025 · almost $2.5 billion"
    )
    assert render_strictly(figure, "vi", bundled).endswith(" · gần 2,5 tỷ\xa0US$")
    assert render_strictly(figure, "lo", bundled).endswith(" · ເກືອບ US$2,5 ຕື້")
    assert render_strictly(figure.changes[0], "en", bundled) == "up 50.4% on Jan 1\u2009–\u2009Oct 31, 2024"
    assert render_strictly(figure.changes[0], "vi", bundled).startswith("tăng 50,4% so với ")
    # a range, an estimate, a count
    assert render_strictly(bundled["trade-2019-vietnamplus"], "en", bundled).endswith(
        " · $1.1 billion – $1.2 billion (estimate)"
    )
    projects = bundled["investment-vn-in-la-projects-2025-04"]
    assert render_strictly(projects, "vi", bundled).endswith(" · 267 dự án")


def test_every_bundled_record_has_its_own_renderer(bundled: Dataset) -> None:
    # none falls back to str(), which is English and ISO dates in every locale
    renderer = _Renderer(_locale("vi"), bundled)
    missing = set()
    for record in bundled:
        for value in (record, *(v for _p, _a, v in iter_fields(record))):
            if (attrs.has(type(value)) or isinstance(value, date | Decimal)) and renderer._handler(
                value
            ) is None:
                missing.add(type(value).__name__)
    assert not missing


def test_references_use_the_given_dataset() -> None:
    own = Dataset(
        places=(
            Place(
                id="vinh",
                kind=PlaceKind.CITY,
                names=(Name(text="Vinh", lang="en"), Name(text="TP Vinh", lang="vi")),
            ),
        )
    )
    event = Event(id="e", kind=EventKind.MEETING, title="Meeting", when=When.in_month(2026, 3), place="vinh")
    # no Vietnamese title is recorded: the English one is marked as English
    assert format(event, "vi", dataset=own) == "tháng 3 năm 2026 · [en: Meeting] · TP Vinh"
    elsewhere = Event(
        id="e", kind=EventKind.MEETING, title="Meeting", when=When.in_year(2026), place="nowhere"
    )
    assert format(elsewhere, "en", dataset=own) == "2026 · Meeting · nowhere"


def test_unknown_locales_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown locale 'xx'"):
        format(date(2026, 1, 1), "xx")
    with pytest.raises(ValueError, match="unknown locale"):
        format_money(1, "USD", "")


def test_locale_variants_are_accepted() -> None:
    assert format(date(2025, 12, 2), "vi_VN") == format(date(2025, 12, 2), "vi-VN") == "2 tháng 12, 2025"


def test_broken_objects_fall_back_to_plain_text() -> None:
    class Broken:
        def __str__(self) -> str:
            msg = "no"
            raise RuntimeError(msg)

    assert format(Broken(), "en").startswith("<")
    assert format([Broken()], "vi").startswith("<")


@given(anything, st.sampled_from(LANGS))
def test_format_never_raises_for_generated_objects(obj: object, lang: str) -> None:
    text = render_strictly(obj, lang, bundled_dataset())
    assert isinstance(text, str)
    assert format(obj, lang) == text


@given(whens, st.sampled_from(LANGS))
def test_generated_dates_are_localized_not_iso(when: When, lang: str) -> None:
    text = render_strictly(when, lang)
    if when.precision is Precision.YEAR:
        # A year is its number; only the qualifier ("early") is translated.
        assert str(when.year) in text
        if when.qualifier is not None and lang != "en":
            assert when.qualifier not in text
    else:
        assert text != str(when)


@pytest.mark.parametrize("lang", LANGS)
def test_every_bundled_object_renders_in_every_language(bundled: Dataset, lang: str) -> None:
    rendered = 0
    for record in bundled:
        assert render_strictly(record, lang, bundled)
        rendered += 1
        for _path, _attribute, value in iter_fields(record):
            if attrs.has(type(value)) or isinstance(value, date | Decimal):
                render_strictly(value, lang, bundled)
                rendered += 1
    assert rendered > 500
