# SPDX-License-Identifier: MIT
"""
The data contract, as a property: a mutation fuzzer over copies of the bundled data.

Each example takes a few bundled records and everything they refer to (so the copy
loads as it is), mutates it (delete, retype, duplicate, nest, truncate, swap enum
values, break references, inflate), and loads it.  Whatever the mutant, either it
loads into a dataset on which every public call works (``str``, :func:`vnla.format`,
``check``, export and read back), or :func:`vnla.load` raises one
:class:`~vnla.DataError` whose problems name the file and a path.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import vnla
from vnla.model.collections import COLLECTIONS
from vnla.model.errors import DataError
from vnla.record.integrity import references as _references
from vnla.record.loading import _converter

MUTANTS = 500
_KIND_KEY = {kind: key for key, _cls, kind in COLLECTIONS}


@functools.cache
def _bundled() -> tuple[vnla.Dataset, dict[str, tuple[str, dict[str, Any]]]]:
    """The bundled dataset and each record's (collection, plain data) by id."""
    ds = vnla.dataset()
    plain: dict[str, tuple[str, dict[str, Any]]] = {}
    for key, cls, _kind in COLLECTIONS:
        for record in getattr(ds, key):
            plain[record.id] = (key, _converter().unstructure(record, cls))
    return ds, plain


def _closure(ds: vnla.Dataset, seeds: list[str]) -> list[str]:
    """The seeds and every record they refer to, directly or not (in loading order)."""
    wanted: set[str] = set()
    stack = list(seeds)
    while stack:
        id = stack.pop()
        if id in wanted or id not in ds:
            continue
        wanted.add(id)
        stack.extend(target for _at, target, _allowed in _references(ds[id], "$"))
    return [id for id in ds.ids if id in wanted]


def _paths(value: Any) -> list[tuple[Any, ...]]:
    """Every path into ``value`` (not below 20 levels, where mutants nest their own values)."""
    out: list[tuple[Any, ...]] = []
    stack: list[tuple[Any, tuple[Any, ...]]] = [(value, ())]
    while stack:
        here, path = stack.pop()
        out.append(path)
        if len(path) > 20:
            continue
        if isinstance(here, dict):
            stack.extend((v, (*path, k)) for k, v in here.items())
        elif isinstance(here, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(here))
    return out


def _get(root: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        root = root[step]
    return root


def _set(root: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(root, path[:-1])[path[-1]] = value


_ODD_VALUES = [
    None,
    True,
    0,
    -1,
    10**25,
    1.5,
    "",
    " ",
    "x\n",
    "my\n",
    "٢٠٢٦",
    "٢٠٢٦-٠٢-٠٥",
    "2026-02-30",
    "2026-13",
    "early 0000",
    "NaN",
    "1e999",
    "\u0301" * 40,
    "Ｔô Lâm",
    "T\u006f\u0302",  # decomposed: not NFC
    "x" * 5000,
    [],
    {},
    [1, 2],
    {"month": "2026-02-05"},
    {"VN": 1, "LA": 2},
    {"start": "2026-02-05"},
    {"year": True},
]


def _mutate(data: Any, draw: Any) -> None:  # noqa: PLR0912
    """One mutation, in place, at a path drawn from ``data``."""
    paths = [p for p in _paths(data) if len(p) >= 2]  # inside a collection
    if not paths:
        return
    path = draw(st.sampled_from(paths))
    op = draw(
        st.sampled_from(
            ["delete", "retype", "duplicate", "nest", "truncate", "swap", "reference", "odd", "empty-names"]
        )
    )
    parent = _get(data, path[:-1])
    value = _get(data, path)
    if op == "delete":
        if isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent.pop(path[-1])
    elif op == "retype":
        if isinstance(value, str):
            _set(data, path, draw(st.sampled_from([len(value), [value], {"text": value}, value == "x"])))
        elif isinstance(value, list):
            _set(data, path, dict(enumerate(value)) if value else "[]")
        elif isinstance(value, dict):
            _set(data, path, list(value.values()))
        else:
            _set(data, path, str(value))
    elif op == "duplicate":
        records = _get(data, path[:1])
        records.append(json.loads(json.dumps(records[path[1]])))
    elif op == "nest":
        depth = draw(st.sampled_from([1, 3, 60, 400]))
        for _ in range(depth):
            value = [value] if draw(st.booleans()) or depth > 100 else {"x": value}
        _set(data, path, value)
    elif op == "truncate":
        if isinstance(value, str):
            _set(data, path, value[: draw(st.integers(0, max(0, len(value) - 1)))])
        elif isinstance(value, list):
            del value[draw(st.integers(0, len(value))) :]
        elif isinstance(value, dict):
            for key in list(value)[draw(st.integers(0, len(value))) :]:
                del value[key]
    elif op == "swap":
        if isinstance(value, str):
            others = [v for p in _paths(data) if isinstance(v := _get(data, p), str) and v != value]
            _set(data, path, draw(st.sampled_from(others or ["x"])))
    elif op == "reference":
        if isinstance(value, str):
            ds, _plain = _bundled()
            _set(
                data, path, draw(st.sampled_from(["no-such-id", "VN", "to-lam", value + "-x", *ds.ids[:40]]))
            )
    elif op == "odd":
        _set(data, path, draw(st.sampled_from(_ODD_VALUES)))
    elif op == "empty-names":
        record = _get(data, path[:2])
        if isinstance(record, dict) and "names" in record:
            record["names"] = draw(
                st.sampled_from(
                    [[], [{"text": "Only Vietnamese", "lang": "vi"}], [{"text": "x", "lang": "en"}] * 2]
                )
            )


def _check_error(error: DataError) -> None:
    """One DataError that names file and path for every problem, and shortens long values."""
    assert error.problems
    for problem in error.problems:
        assert problem.file and problem.path.startswith("$"), problem
        assert len(problem.reason) <= 1000, problem.reason[:200]
    assert len(str(error)) <= 1100 * len(error.problems) + 100


def _assert_contract(path: Path) -> None:
    """Load ``path``: a DataError naming file and path, or a dataset every public call works on."""
    try:
        ds = vnla.load(path, bundled=False)
    except DataError as error:
        event("refused with a DataError")
        _check_error(error)
        return
    event("loaded")
    for record in ds:
        assert str(record)
        assert vnla.to_text(record, dataset=ds)
        assert vnla.to_text(record, "vi", dataset=ds)
    ds.check()
    text = vnla.to_json(ds)
    assert vnla.from_json(text, vnla.Dataset) == ds


@settings(
    max_examples=MUTANTS,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
    derandomize=True,
)
@given(data=st.data())
def test_every_mutant_keeps_the_contract(tmp_path_factory: Any, data: Any) -> None:
    ds, plain = _bundled()
    seeds = data.draw(st.lists(st.sampled_from(ds.ids), min_size=1, max_size=3, unique=True))
    content: dict[str, list[dict[str, Any]]] = {}
    for id in _closure(ds, seeds):
        key, record = plain[id]
        content.setdefault(key, []).append(json.loads(json.dumps(record)))
    for _ in range(data.draw(st.integers(1, 3))):
        _mutate(content, data.draw)
    folder = tmp_path_factory.mktemp("mutant")
    path = folder / "mutant.json"
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    _assert_contract(path)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(data=st.data())
def test_truncated_toml_keeps_the_contract(tmp_path_factory: Any, data: Any) -> None:
    """Text-level mutants: a bundled TOML file cut anywhere, or with bytes spliced in."""
    from vnla.record.snapshot import data_files

    source = Path(data.draw(st.sampled_from(sorted(data_files())))).read_bytes()
    cut = data.draw(st.integers(0, len(source)))
    splice = data.draw(st.sampled_from([b"", b"[[", b"\n[[events]]\n", b'"', b"\xff", b"= 1" * 3, b"\n" * 3]))
    folder = tmp_path_factory.mktemp("cut")
    path = folder / "cut.toml"
    path.write_bytes(source[:cut] + splice + source[cut:][: data.draw(st.integers(0, 2000))])
    try:
        vnla.load(path, bundled=True)
    except DataError as error:
        _check_error(error)
    except Exception as exc:  # pragma: no cover - a contract violation, shown in full
        msg = f"{type(exc).__name__}: {str(exc)[:500]}"
        raise AssertionError(msg) from exc
