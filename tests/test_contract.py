# SPDX-License-Identifier: MIT
"""
The data contract, case by case (issue 12): each bad input gets its own DataError naming file
and path; files that are not regular, links out of the folder, hidden and oversized files.
"""

from __future__ import annotations

import os
import pickle
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

import vnla
from vnla.lang.fold import fold, fold_with_offsets
from vnla.model import Name, Place, PlaceKind
from vnla.model.errors import MAX_SHOWN, DataError, Problem
from vnla.record import loading

PLACE = """
[[places]]
id = "my-town"
kind = "city"
names = [{ text = "My Town", lang = "en" }]
"""


def problems(tmp_path: Path, text: str, name: str = "mine.toml") -> list[Problem]:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    with pytest.raises(DataError) as info:
        vnla.load(path)
    for problem in info.value.problems:
        assert problem.file.endswith(name) and problem.path.startswith("$")
    return list(info.value.problems)


def one(tmp_path: Path, text: str) -> Problem:
    found = problems(tmp_path, text)
    assert len(found) == 1, found
    return found[0]


EVENT = """
[[events]]
id = "my-meeting"
kind = "meeting"
title = "A meeting"
"""


@pytest.mark.parametrize(
    ("text", "path", "reason"),
    [
        (EVENT + 'when = { month = "2026-02-05" }', "$.events[0].when.month", "a month is written 'YYYY-MM'"),
        (EVENT + 'when = "٢٠٢٦"', "$.events[0].when", "bad date '٢٠٢٦'"),
        (EVENT + 'when = "٢٠٢٦-٠٢-٠٥"', "$.events[0].when", "bad date"),
        (EVENT + 'when = "2026"\nid2 = 1', "$.events[0]", "unknown field(s) id2"),
        (EVENT.replace('"my-meeting"', '"my\\n"') + 'when = "2026"', "$.events[0].id", "id must be an id"),
        (EVENT + 'when = "2026"\nordinal = true', "$.events[0].ordinal", "expected an integer, got bool"),
        (
            EVENT + 'when = "2026"\nordinal = 123456789012345678901',
            "$.events[0].ordinal",
            "more than 18 digits",
        ),
        (EVENT + 'when = "2026"\nparticipants = { person = "to-lam" }', "$.events[0].participants", "array"),
        (
            EVENT + 'when = "2026"\nparticipants = ["to-lam"]',
            "$.events[0].participants[0]",
            "expected a table",
        ),
        (
            EVENT + 'when = "2026"\nsummary = "A summary\\n"',
            "$.events[0].summary",
            "summary must not start or end",
        ),
        (
            '[[targets]]\nid = "t"\nmetric = "bilateral-trade-turnover"\ndescription = "d"\n'
            'horizon = { kind = "soon" }\nset_by = { VN = 1, LA = 2 }',
            "$.targets[0].set_by",
            "expected an array, got a table",
        ),
        (
            '[[targets]]\nid = "t"\nmetric = "bilateral-trade-turnover"\ndescription = "d"\n'
            'horizon = { kind = "soon" }\nvalue = "١٠"\nunit = "USD"',
            "$.targets[0].value",
            "bad amount '١٠'",
        ),
        ('[[places]]\nid = "p"\nkind = "city"\nnames = []', "$.places[0].names", "names is empty"),
        (
            '[[places]]\nid = "p"\nkind = "city"\nnames = [{ text = "Phố", lang = "vi" }]',
            "$.places[0].names",
            "no preferred English name",
        ),
        ("schema_version = true\n" + PLACE, "$.schema_version", "unsupported schema_version True"),
        ("places = 5", "$.places", "expected an array of tables, got int"),
    ],
)
def test_each_bad_input_has_its_own_error(tmp_path: Path, text: str, path: str, reason: str) -> None:
    found = problems(tmp_path, text)
    assert any(p.path == path and reason in p.reason for p in found), found


def test_deep_nesting_is_a_data_error(tmp_path: Path) -> None:
    problem = one(tmp_path, "x = " + "[" * 5000 + "]" * 5000)
    assert "nested too deeply" in problem.reason
    problem = one(tmp_path, PLACE + "evidence = " + "[" * 60 + "]" * 60)
    assert "nested more than" in problem.reason and problem.path.startswith("$.places[0].evidence")


def test_a_5000_digit_integer_is_a_data_error(tmp_path: Path) -> None:
    problem = one(tmp_path, EVENT + 'when = "2026"\nordinal = ' + "9" * 5000)
    assert "an integer with more than" in problem.reason


def test_long_values_are_shortened(tmp_path: Path) -> None:
    problem = one(tmp_path, EVENT + 'when = "2026"\nordinal = "' + "x" * 6_000_000 + '"')
    assert len(problem.reason) <= MAX_SHOWN + 60
    assert "characters left out" in problem.reason
    assert len(str(Problem(file="f", path="$", reason="y" * 10_000))) < 600


def test_trailing_newline_in_an_id_is_refused() -> None:
    with pytest.raises(ValueError, match="must be an id"):
        Place(id="my\n", kind=PlaceKind.CITY, names=(Name(text="My", lang="en"),))


# --------------------------------------------------------------------------- files
def test_a_fifo_is_named_and_never_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.toml")
    (tmp_path / "good.toml").write_text(PLACE, encoding="utf-8")
    (tmp_path / "bad.toml").write_text("[[places]]\nid = 1\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        vnla.load(tmp_path)  # would hang if the FIFO were opened
    by_file = {Path(p.file).name: p.reason for p in info.value.problems}
    assert "FIFO" in by_file["pipe.toml"] and "not a regular file" in by_file["pipe.toml"]
    assert "bad.toml" in by_file  # the other files are still checked
    with pytest.raises(DataError, match="FIFO"):
        vnla.load(tmp_path / "pipe.toml")


def test_a_device_and_a_folder_named_toml(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="character device"):
        vnla.load("/dev/null")
    (tmp_path / "dir.toml").mkdir()
    with pytest.raises(DataError, match="a folder, not a regular file"):
        vnla.load(tmp_path)


def test_links_out_of_the_folder_are_refused_unless_allowed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "data.toml").write_text(PLACE, encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "link.toml").symlink_to(outside / "data.toml")
    (folder / "zero.toml").symlink_to("/dev/zero")
    with pytest.raises(DataError) as info:
        vnla.load(folder)
    reasons = " ".join(p.reason for p in info.value.problems)
    assert "outside the folder" in reasons and "follow_symlinks=True" in reasons
    (folder / "zero.toml").unlink()
    assert vnla.load(folder, follow_symlinks=True).get("my-town") is not None
    inside = tmp_path / "inside"
    inside.mkdir()
    (inside / "real.toml").write_text(PLACE, encoding="utf-8")
    (inside / "sub").mkdir()
    (inside / "sub" / "other.toml").write_text(PLACE.replace("my-town", "my-village"), encoding="utf-8")
    (inside / "link.toml").symlink_to(inside / "sub" / "other.toml")
    assert vnla.load(inside).get("my-village") is not None  # a link inside the folder is read


def test_a_link_to_a_device_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "zero.toml").symlink_to("/dev/zero")
    with pytest.raises(DataError, match="character device"):
        vnla.load(tmp_path, follow_symlinks=True)


def test_hidden_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(PLACE, encoding="utf-8")
    (tmp_path / ".mine.toml").write_text("this is an editor's broken copy [[", encoding="utf-8")
    assert vnla.load(tmp_path).get("my-town") is not None


def test_files_over_the_limit_are_refused_with_their_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.toml"
    path.write_text(PLACE * 3, encoding="utf-8")
    with pytest.raises(DataError, match=f"too large: {path.stat().st_size:,} bytes"):
        vnla.load(path)


def test_source_file_must_stay_in_its_folder(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "mine.toml").write_text(
        '[[sources]]\nid = "mine"\ntitle = "Mine"\nkind = "web-page"\nfile = "../secret.txt"\n',
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"file must name a file inside its folder") as info:
        vnla.load(tmp_path / "mine.toml")
    assert info.value.problems[0].path == "$.sources[0].file"
    (tmp_path / "mine.toml").write_text(
        '[[sources]]\nid = "mine"\ntitle = "Mine"\nkind = "web-page"\nfile = "link.txt"\n', encoding="utf-8"
    )
    (texts / "link.txt").symlink_to(tmp_path / "secret.txt")
    ds = vnla.load(tmp_path / "mine.toml")
    with pytest.raises(DataError, match="leads outside"):
        loading.texts_from_folder(ds, texts)
    os.mkfifo(texts / "pipe.txt")
    (tmp_path / "mine.toml").write_text(
        '[[sources]]\nid = "mine"\ntitle = "Mine"\nkind = "web-page"\nfile = "pipe.txt"\n', encoding="utf-8"
    )
    with pytest.raises(DataError, match="FIFO"):
        loading.texts_from_folder(vnla.load(tmp_path / "mine.toml"), texts)


# --------------------------------------------------------------------------- shared state
def test_exports_ignore_hooks_on_the_users_converter() -> None:
    target = vnla.dataset().get("target-trade-5bn-usd")
    before = vnla.to_json(target)
    vnla.converter.register_unstructure_hook(Decimal, float)
    try:
        assert vnla.converter.unstructure(target)["value"] == 5e9
        assert vnla.to_json(target) == before
        vnla.clear_caches()
        assert vnla.to_json(vnla.dataset().get("target-trade-5bn-usd")) == before
    finally:
        vnla.converter.register_unstructure_hook(Decimal, str)


def test_folded_offsets_cannot_be_changed() -> None:
    folded = fold_with_offsets("Tô Lâm")
    with pytest.raises(TypeError):
        folded._starts[0] = 3  # type: ignore[index]
    with pytest.raises(TypeError):
        folded._ends[0] = 3  # type: ignore[index]
    assert pickle.loads(pickle.dumps(folded)).original_span(0, 5) == folded.original_span(0, 5)


def test_dataset_indices_cannot_be_changed() -> None:
    ds = vnla.dataset()
    with pytest.raises(TypeError):
        ds._by_id["x"] = None  # type: ignore[index]
    with pytest.raises(TypeError):
        ds.origins[("places", 0)] = ("x", "y")  # type: ignore[index]


# --------------------------------------------------------------------------- linear time
def test_resolve_refuses_a_huge_name_before_folding_it() -> None:
    calls = []
    import vnla.names.index as names

    original = names.fold

    def counting(text: str) -> str:
        calls.append(len(text))
        return original(text)

    names.fold = counting  # type: ignore[assignment]
    try:
        with pytest.raises(vnla.UnknownName) as info:
            vnla.resolve("Tô Lâm " * 1_000_000)
    finally:
        names.fold = original
    assert max(calls, default=0) <= 4096
    assert len(str(info.value)) < 400


def test_a_chain_of_16000_nested_places_loads() -> None:
    count = 16_000
    places = [
        Place(
            id=f"p{i}",
            kind=PlaceKind.CITY,
            names=(Name(text=f"P {i}", lang="en"),),
            within=f"p{i + 1}" if i + 1 < count else None,
        )
        for i in range(count)
    ]
    ds = vnla.Dataset(places=places)
    assert len(ds) == count
    looped = [
        *places[:-1],
        Place(id=f"p{count - 1}", kind=PlaceKind.CITY, names=places[0].names, within="p0"),
    ]
    with pytest.raises(DataError) as info:
        vnla.Dataset(places=looped)
    assert len(info.value.problems) == count


def test_fold_of_long_mark_runs_completes() -> None:
    text = "a" + "\u0e48\u0301" * 100_000
    assert fold(text) == fold_with_offsets(text).text
    assert fold("Tô Lâm") == "tolam"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[" * 100_000, "nested too deeply"),
        ('{"id": ' + "9" * 5000 + "}", "an integer with more than"),
        (b"\xff", "not UTF-8"),
        ("{" + '"a": {' * 60 + "}" * 61, "nested more than"),
    ],
)
def test_from_json_keeps_the_contract(text: str | bytes, reason: str) -> None:
    for cls in (vnla.Dataset, vnla.model.records.Target):
        with pytest.raises(DataError, match=reason):
            vnla.from_json(text, cls)
