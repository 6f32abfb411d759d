# SPDX-License-Identifier: MIT
"""Loading: the bundled data, users' files, and every kind of malformed input."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import vnla
from vnla.model.errors import DataError

GOOD = """
[[events]]
id = "my-meeting"
kind = "meeting"
title = "A meeting I track"
when = "2026-03"
place = "vientiane"
participants = [{ person = "to-lam", role = "attendee", side = "guest" }]
"""


def write(tmp_path: Path, text: str, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(path: Path, *, bundled: bool = True) -> list[str]:
    with pytest.raises(DataError) as info:
        vnla.load(path, bundled=bundled)
    assert info.value.problems, "a DataError must list its problems"
    return [str(p) for p in info.value.problems]


def test_bundled_dataset_loads_and_is_cached() -> None:
    ds = vnla.dataset()
    assert ds is vnla.dataset()
    assert len(ds.people) >= 10 and len(ds.events) >= 20


def test_users_data_merges_with_the_bundled_set(tmp_path: Path) -> None:
    ds = vnla.load(write(tmp_path, GOOD))
    assert ds.get("my-meeting").place == "vientiane"
    assert ds.get("to-lam") == vnla.dataset().get("to-lam")
    assert len(ds) == len(vnla.dataset()) + 1


def test_users_data_alone_cannot_refer_to_bundled_ids(tmp_path: Path) -> None:
    problems = problems_of(write(tmp_path, GOOD), bundled=False)
    assert any(
        "dangling reference" in p and "'vientiane'" in p and "$.events[0].place" in p for p in problems
    )


def test_folder_of_files(tmp_path: Path) -> None:
    write(tmp_path, GOOD, "a.toml")
    write(
        tmp_path,
        '[[events]]\nid = "second"\nkind = "talks"\ntitle = "T"\nwhen = 2026-03-02\nparent = "my-meeting"\n',
        "b.toml",
    )
    ds = vnla.load(tmp_path)
    assert [e.id for e in ds.subevents("my-meeting")] == ["second"]


@pytest.mark.parametrize(
    ("text", "path", "reason"),
    [
        (
            '[[events]]\nid = "e"\nkind = "talks"\nwhen = 2026-01-01\n',
            "$.events[0].title",
            "required field missing",
        ),
        (
            '[[events]]\nid = "e"\nkind = "talks"\ntitle = 5\nwhen = 2026-01-01\n',
            "$.events[0].title",
            "expected a string, got int 5",
        ),
        (
            '[[events]]\nid = "e"\nkind = "parade"\ntitle = "t"\nwhen = 2026-01-01\n',
            "$.events[0].kind",
            "'parade' is not a valid EventKind",
        ),
        (
            '[[events]]\nid = "e"\nkind = "talks"\ntitle = "t"\nwhen = "2026-02-30"\n',
            "$.events[0].when",
            "no such day",
        ),
        (
            '[[events]]\nid = "e"\nkind = "talks"\ntitle = "t"\nwhen = "last week"\n',
            "$.events[0].when",
            "bad date",
        ),
        (
            '[[events]]\nid = "e"\nkind = "talks"\ntitle = "t"\nwhen = { start = 2026-01-27, end = 2026-01-26 }\n',
            "$.events[0].when.end",
            "end before start",
        ),
        (
            '[[events]]\nid = "e"\nkind = "talks"\ntitle = "t"\nwhen = 2026-01-01\nparent = "ghost"\n',
            "$.events[0].parent",
            "dangling reference",
        ),
        (
            '[[events]]\nid = "e"\nkind = "talks"\ntitle = "t"\nwhen = 2026-01-01\nplace = "to-lam"\n',
            "$.events[0].place",
            "'to-lam' is a person, expected a place",
        ),
        (
            '[[events]]\nid = "to-lam"\nkind = "talks"\ntitle = "t"\nwhen = 2026-01-01\n',
            "$.events[0].id",
            "duplicate id 'to-lam'",
        ),
        (
            '[[events]]\nid = "e"\nkind = "talks"\ntitle = "t"\nwhen = 2026-01-01\ncolour = "red"\n',
            "$.events[0]",
            "unknown field(s) colour",
        ),
        ('[[parades]]\nid = "e"\n', "$.parades", "unknown top-level key 'parades'"),
        ('events = "none"\n', "$.events", "expected an array of tables"),
        ("schema_version = 9\n", "$.schema_version", "unsupported schema_version 9"),
        (
            '[[targets]]\nid = "t"\nmetric = "bilateral-trade-turnover"\ndescription = "d"\nhorizon = { kind = "near-term" }\nvalue = 1.5\nunit = "USD"\n',
            "$.targets[0].value",
            "to stay exact",
        ),
        (
            '[[targets]]\nid = "t"\nmetric = "general-secretary"\ndescription = "d"\nhorizon = { kind = "near-term" }\n',
            "$.targets[0].metric",
            "is a role, expected a metric",
        ),
    ],
)
def test_malformed_input_names_file_path_and_reason(
    tmp_path: Path, text: str, path: str, reason: str
) -> None:
    file = write(tmp_path, text)
    problems = problems_of(file)
    wanted = [p for p in problems if f"@ {path}" in p and reason in p]
    assert wanted, f"no problem at {path} about {reason!r} in {problems}"
    assert all(p.startswith(str(file)) for p in problems)


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    file = write(
        tmp_path,
        """
        [[events]]
        id = "a"
        kind = "parade"
        title = "t"
        when = 2026-01-01

        [[events]]
        id = "b"
        kind = "talks"
        title = "t"
        when = { start = 2026-01-02, end = 2026-01-01 }

        [[events]]
        id = "c"
        kind = "talks"
        title = "t"
        when = 2026-01-01
        place = "atlantis"
        """,
    )
    problems = problems_of(file)
    assert len(problems) == 3
    assert {p.split(" @ ")[1] for p in problems} == {
        "$.events[0].kind",
        "$.events[1].when.end",
        "$.events[2].place",
    }


def test_parent_cycles_are_refused(tmp_path: Path) -> None:
    file = write(
        tmp_path,
        """
        [[events]]
        id = "a"
        kind = "talks"
        title = "t"
        when = 2026-01-01
        parent = "b"

        [[events]]
        id = "b"
        kind = "talks"
        title = "t"
        when = 2026-01-01
        parent = "a"
        """,
    )
    assert any("loops back" in p for p in problems_of(file, bundled=False))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xff\xfe\x00binary", "not UTF-8"),
        (b"[[events]\nid=", "invalid TOML"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, reason: str) -> None:
    file = tmp_path / "bad.toml"
    file.write_bytes(content)
    assert any(reason in p for p in problems_of(file))


def test_a_byte_order_mark_is_no_part_of_the_data(tmp_path: Path) -> None:
    """An editor on Windows may start a UTF-8 file with a byte order mark: the file loads as it would without."""
    text = '[[sources]]\nid = "my-notes"\ntitle = "My notes"\nkind = "reference-notes"\n'
    (tmp_path / "plain.toml").write_text(text, encoding="utf-8")
    (tmp_path / "marked.toml").write_text(text, encoding="utf-8-sig")
    assert (tmp_path / "marked.toml").read_bytes().startswith(b"\xef\xbb\xbf")
    plain, marked = vnla.load(tmp_path / "plain.toml"), vnla.load(tmp_path / "marked.toml")
    assert marked.source("my-notes") == plain.source("my-notes")


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    assert any("no such file" in p for p in problems_of(tmp_path / "nope.toml"))
    assert any("no .toml files" in p for p in problems_of(tmp_path))


def test_data_error_is_a_value_error_and_vnla_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="problem"):
        vnla.load(write(tmp_path, "[[parades]]\n"))
    with pytest.raises(vnla.VnlaError):
        vnla.load(write(tmp_path, "[[parades]]\n"))


def test_nothing_a_user_receives_changes_the_bundled_dataset() -> None:
    ds = vnla.dataset()
    before = vnla.to_json(ds)
    person = ds.get("to-lam")
    with pytest.raises(AttributeError):
        person.names = ()
    with pytest.raises(AttributeError):
        person.names.append(None)  # tuples have no append
    with pytest.raises(TypeError):
        ds.origins[("people", 0)] = ("x", "y")  # type: ignore[index]
    with pytest.raises(AttributeError):
        ds.people = ()
    people = list(ds.people)
    people.clear()
    assert vnla.to_json(vnla.dataset()) == before
    assert vnla.dataset() is ds


def test_clear_caches_reparses() -> None:
    first = vnla.dataset()
    vnla.clear_caches()
    second = vnla.dataset()
    assert first is not second and first == second


def test_import_is_light() -> None:
    code = (
        "import sys, vnla;"
        "heavy = [m for m in ('babel', 'hypothesis', 'tomllib', 'cattrs', 'vnla.record.loading', 'vnla.model', 'rapidfuzz')"
        " if m in sys.modules];"
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_a_first_load_gives_the_garbage_collector_back_as_it_found_it() -> None:
    """The first load pauses the cyclic GC while it builds (issue 11, point 6), and only then."""
    code = (
        "import gc, vnla\n"
        "{before}\n"
        "was = gc.isenabled(); ds = vnla.dataset(); vnla.Dataset; vnla.load\n"
        "print(was, gc.isenabled(), len(ds) > 400)"
    )
    for before, expected in (("", "True True True"), ("gc.disable()", "False False True")):
        result = subprocess.run(
            [sys.executable, "-c", code.format(before=before)], capture_output=True, text=True, check=True
        )
        assert result.stdout.strip() == expected


def test_good_records_may_refer_to_bundled_ids_while_others_fail(tmp_path: Path) -> None:
    file = write(
        tmp_path,
        """
        [[events]]
        id = "broken"
        kind = "parade"
        title = "t"
        when = 2026-01-01

        [[events]]
        id = "fine"
        kind = "talks"
        title = "t"
        when = 2026-01-01
        place = "vientiane"
        """,
    )
    problems = problems_of(file)
    assert len(problems) == 1 and "$.events[0].kind" in problems[0]
