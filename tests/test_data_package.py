"""data/ is a valid Frictionless Data Package: every file described, hashed, typed and sourced."""

from __future__ import annotations

import gc
import hashlib
import re
import warnings

import pytest

from rulac.loading import load, package
from rulac.paths import DATA, ROOT

RESOURCES = [r["name"] for r in package()["resources"]]
TYPES = {"string", "integer", "number", "boolean", "date", "year"}
COUNTRY_COLUMNS = {"iso3", "ms_code"}
DESCRIPTION_MAX = 1000  # characters: a summary; the rest goes in the resource's limits


def test_every_file_in_data_is_a_resource():
    described = {r["path"] for r in package()["resources"]}
    present = {p.name for p in DATA.iterdir() if p.is_file()} - {"datapackage.json", "README.md"}
    assert present == described


@pytest.mark.parametrize("name", RESOURCES)
def test_resource_loads_validated(name):
    frame = load(
        name, validate=True
    )  # checks sha256, types, required, enums, keys and foreign keys
    assert len(frame) > 0


@pytest.mark.parametrize("name", RESOURCES)
def test_descriptor_is_complete(name):
    res = next(r for r in package()["resources"] if r["name"] == name)
    for key in (
        "name",
        "path",
        "title",
        "description",
        "sources",
        "licenses",
        "hash",
        "bytes",
        "schema",
    ):
        assert res.get(key), f"{name}: '{key}' is missing or empty"
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", res["hash"])
    payload = (DATA / res["path"]).read_bytes()
    assert res["hash"] == "sha256:" + hashlib.sha256(payload).hexdigest()
    assert res["bytes"] == len(payload)
    assert len(res["description"]) <= DESCRIPTION_MAX, (
        f"{name}: the description is a short summary; put coverage, gaps and exceptions in limits"
    )
    limits = res.get("limits", [])
    assert isinstance(limits, list), f"{name}: limits is a list of sentences"
    assert all(isinstance(limit, str) and limit.strip() for limit in limits)
    for source in res["sources"]:
        assert source.get("title"), f"{name}: source without title"
        assert source.get("publisher"), f"{name}: source {source['title']!r} without publisher"
        assert source.get("version"), f"{name}: source {source['title']!r} has no version or date"
    for licence in res["licenses"]:
        assert licence.get("name"), f"{name}: licence without name"
        assert licence.get("title"), f"{name}: licence {licence['name']!r} without title"
    fields = res["schema"]["fields"]
    assert res["schema"].get("primaryKey"), f"{name}: no primary key"
    for field in fields:
        assert field["type"] in TYPES, f"{name}.{field['name']}: type {field['type']!r}"
        assert field.get("description"), f"{name}.{field['name']}: no description"
    linked = {
        f
        for key in res["schema"].get("foreignKeys", [])
        for f in key["fields"]
        if key["reference"]["resource"] == "countries"
    }
    for field in fields:
        if field["name"] in COUNTRY_COLUMNS and name != "countries":
            assert field["name"] in linked, (
                f"{name}.{field['name']} holds country codes without a foreign key"
            )


def test_readme_lists_every_resource():
    text = (DATA / "README.md").read_text(encoding="utf-8")
    for res in package()["resources"]:
        assert f"`{res['name']}`" in text, f"data/README.md does not list {res['name']}"
        for licence in res["licenses"]:
            assert licence["name"] in text, (
                f"data/README.md does not give the licence of {res['name']}"
            )


def test_every_rebuild_script_exists():
    for name in RESOURCES:
        assert (ROOT / "scripts" / "resources" / f"{name}.py").is_file()


def test_package_is_valid_by_the_frictionless_validator():
    """data/datapackage.json passes the Frictionless standard's own validator (frictionless-py).

    The whole descriptor is validated (every resource, custom properties such as ``limits``
    and ``planned`` included). Rows are validated here for the tables under 100 KB (schemas,
    hashes, sizes, foreign keys); the rows of the larger ones (unga_votes alone takes about
    20 s with frictionless) are checked by :func:`test_resource_loads_validated` (rulac.load
    with validate=True: sha256, types, keys, foreign keys), which keeps this test near 2 s.
    """
    from frictionless import Package, validate

    descriptor = package()
    assert not list(Package.metadata_validate(descriptor))
    by_name = {r["name"]: r for r in descriptor["resources"]}
    chosen = {name for name, r in by_name.items() if r["bytes"] < 100_000}
    while True:  # and the tables their foreign keys point to, whatever their size
        targets = {key["reference"]["resource"] for name in chosen
                   for key in by_name[name]["schema"].get("foreignKeys", [])}  # fmt: skip
        if targets <= chosen:
            break
        chosen |= targets
    small = [r for r in descriptor["resources"] if r["name"] in chosen]
    assert len(small) >= 10, "most tables are small enough to validate row by row here"
    with warnings.catch_warnings():
        # frictionless 5.21 leaves the .csv.gz files it reads open: collect them here, quietly.
        warnings.filterwarnings("ignore", "unclosed file", ResourceWarning)
        report = validate(dict(descriptor, resources=small), basepath=str(DATA))
        gc.collect()
    errors = [f"{task.name}: {e.message}" for task in report.tasks for e in task.errors]
    errors += [e.message for e in report.errors]
    assert report.valid, "\n".join(errors[:10])
    assert [task.name for task in report.tasks] == [r["name"] for r in small]
