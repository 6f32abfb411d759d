# SPDX-License-Identifier: MIT
"""vnla export --format csv|parquet|datapackage|popolo: what the standard tools read, validated by them."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import vnla
from vnla.cli.app import main
from vnla.record.tables import table_names
from vnla.render.datapackage import write_datapackage
from vnla.render.popolo import to_popolo

SCHEMAS = Path(__file__).parent / "fixtures" / "schemas" / "popolo"


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("package") / "vnla"
    assert main(["export", "--format", "datapackage", "-o", str(folder), "-q"]) == 0
    return folder


def test_the_package_has_a_csv_per_table_and_a_descriptor(package: Path) -> None:
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in descriptor["resources"]] == list(table_names())
    for resource in descriptor["resources"]:
        with (package / resource["path"]).open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert header == [f["name"] for f in resource["schema"]["fields"]]
    people = next(r for r in descriptor["resources"] if r["name"] == "people")
    assert {"fields": "spouse", "reference": {"resource": "people", "fields": "id"}} in people["schema"][
        "foreignKeys"
    ]
    assert people["schema"]["primaryKey"] == ["id"]


def test_rows_match_the_dataset(package: Path) -> None:
    ds = vnla.dataset()
    with (package / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert len(rows) == len(ds.events)
    visit = rows["visit-2025-12-laos"]
    assert (visit["start"], visit["end"], visit["precision"], visit["place"]) == (
        "2025-12-01",
        "2025-12-02",
        "range",
        "vientiane",
    )
    with (package / "evidence.csv").open(encoding="utf-8", newline="") as handle:
        assert sum(1 for _ in csv.DictReader(handle)) == len(ds.citations())


def _frictionless() -> str:
    # CI installs frictionless in an environment of its own (frictionless 5 needs jsonschema>=4.20,
    # cffconvert 2.0 in the test extra needs jsonschema<4) and names its command here; then it must run.
    given = os.environ.get("VNLA_FRICTIONLESS")
    if given:
        assert Path(given).is_file(), f"VNLA_FRICTIONLESS={given!r} is not a file"
        return given
    pytest.importorskip(
        "frictionless", reason="frictionless validates the package (pip install frictionless)"
    )
    found = shutil.which("frictionless") or str(Path(sys.executable).with_name("frictionless"))
    if not Path(found).exists():
        pytest.skip("the frictionless command is not installed")
    return found


def _validate(folder: Path) -> dict[str, object]:
    done = subprocess.run(
        [_frictionless(), "validate", "--json", "datapackage.json"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report: dict[str, object] = json.loads(done.stdout)
    return report


def test_frictionless_validate_accepts_the_package(package: Path) -> None:
    report = _validate(package)
    assert report["valid"] is True, json.dumps(report)[:3000]


def test_frictionless_validate_catches_a_broken_reference(package: Path, tmp_path: Path) -> None:
    """The validation can fail: a person whose spouse is no one is refused by the foreign key."""
    broken = tmp_path / "broken"
    shutil.copytree(package, broken)
    people = (broken / "people.csv").read_text(encoding="utf-8").splitlines()
    header = people[0].split(",")
    spouse = header.index("spouse")
    cells = next(csv.reader([people[1]]))
    cells[spouse] = "nobody-at-all"
    out = [people[0], ",".join(f'"{c}"' if "," in c else c for c in cells), *people[2:]]
    (broken / "people.csv").write_text("\n".join(out) + "\n", encoding="utf-8")
    report = _validate(broken)
    assert report["valid"] is False
    assert "foreign-key" in json.dumps(report)


def test_csv_is_the_same_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, ["export", "--format", "csv", "-o", str(tmp_path / "csv")])
    assert code == 0, err
    assert (tmp_path / "csv" / "datapackage.json").exists()


def test_a_folder_format_needs_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, ["export", "--format", "datapackage"])
    assert code == 2
    assert "-o FOLDER" in err and "Traceback" not in err
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code, _, err = run(capsys, ["export", "--format", "csv", "-o", str(tmp_path / "file")])
    assert code == 2
    assert "not a folder" in err
    code, _, err = run(capsys, ["export", "--format", "csv", "-o", "/no/such/folder/out"])
    assert code == 2
    assert "does not exist" in err


def test_a_failed_write_leaves_the_old_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out"
    write_datapackage(vnla.dataset(), folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    def fail(*_args: object, **_kwargs: object) -> list[dict[str, object]]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("vnla.render.datapackage.rows", fail)
    with pytest.raises(OSError, match="No space left"):
        write_datapackage(vnla.dataset(), folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # no temporary file either


def test_parquet_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    code, _, err = run(capsys, ["export", "--format", "parquet", "-o", str(tmp_path / "pq")])
    assert code == 0, err
    figures = pq.read_table(tmp_path / "pq" / "figures.parquet")
    assert figures.num_rows == len(vnla.dataset().figures)
    assert str(figures.schema.field("value").type) == "decimal128(38, 8)"


# --------------------------------------------------------------------------- popolo
def _validator(name: str) -> object:
    """A draft-7 validator of the Popolo schema ``name`` that resolves the schemas' references to each other.

    jsonschema 4.18+ takes a ``referencing`` registry; the 3.2 that CI installs beside cffconvert
    (which pins jsonschema below 4) takes a ``RefResolver`` with a store of the same schemas.
    """
    jsonschema = pytest.importorskip("jsonschema")
    schemas = {}
    for path in SCHEMAS.glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        schemas[schema["$id"]] = schema
    document = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    try:
        import referencing
    except ImportError:
        resolver = jsonschema.RefResolver.from_schema(document, store=schemas)
        return jsonschema.Draft7Validator(document, resolver=resolver)
    registry = referencing.Registry().with_resources(
        (uri, referencing.Resource.from_contents(schema)) for uri, schema in schemas.items()
    )
    return jsonschema.Draft7Validator(document, registry=registry)


@pytest.mark.parametrize(
    ("key", "schema"),
    [
        ("persons", "person"),
        ("organizations", "organization"),
        ("posts", "post"),
        ("memberships", "membership"),
    ],
)
def test_popolo_validates_against_the_schemas(key: str, schema: str) -> None:
    validator: Any = _validator(schema)
    items = to_popolo(vnla.dataset())[key]
    assert items
    for item in items:
        errors = list(validator.iter_errors(item))
        assert not errors, (item.get("id"), [e.message for e in errors])


def test_popolo_schema_can_fail() -> None:
    validator: Any = _validator("membership")
    assert list(validator.iter_errors({"id": "x", "start_date": "December 2025"}))


def test_popolo_references_hold() -> None:
    popolo = to_popolo(vnla.dataset())
    people = {p["id"] for p in popolo["persons"]}
    bodies = {o["id"] for o in popolo["organizations"]}
    posts = {p["id"] for p in popolo["posts"]}
    for membership in popolo["memberships"]:
        assert membership["person_id"] in people
        assert membership["organization_id"] in bodies
        assert membership["post_id"] in posts
    for organization in popolo["organizations"]:
        assert organization.get("parent_id", next(iter(bodies))) in bodies


def test_popolo_never_states_a_bound_as_a_date() -> None:
    """An office known only within bounds has no start_date: Popolo cannot say 'not before'."""
    ds = vnla.dataset()
    popolo = to_popolo(ds)
    for membership in popolo["memberships"]:
        person, index = membership["id"].split("/")
        office = ds.person(person).offices[int(index)]
        terms = getattr(office, "terms", ())
        start = terms[0].start if terms else office.held
        if start is None or start.precision.value == "bounds":
            assert "start_date" not in membership


def test_popolo_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, ["export", "--format", "popolo"])
    assert code == 0
    assert json.loads(out) == json.loads(json.dumps(to_popolo(vnla.dataset())))
    target = tmp_path / "popolo.json"
    code, _, _ = run(capsys, ["--format", "popolo", "export", "-o", str(target)])
    assert code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["persons"]
