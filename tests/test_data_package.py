"""data/ is a valid Frictionless Data Package: every file described, hashed, typed and sourced."""

from __future__ import annotations

import hashlib
import re

import pytest

from rulac.loading import load, package
from rulac.paths import DATA, ROOT

RESOURCES = [r["name"] for r in package()["resources"]]
TYPES = {"string", "integer", "number", "boolean", "date", "year"}
COUNTRY_COLUMNS = {"iso3", "ms_code"}


def test_every_file_in_data_is_a_resource():
    described = {r["path"] for r in package()["resources"]}
    present = {p.name for p in DATA.iterdir() if p.is_file()} - {"datapackage.json", "README.md"}
    assert present == described


@pytest.mark.parametrize("name", RESOURCES)
def test_resource_loads_validated(name):
    frame = load(name)  # checks sha256, types, required, enums, keys and foreign keys
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
    for source in res["sources"]:
        assert source.get("title") and source.get("publisher"), (
            f"{name}: source without title/publisher"
        )
        assert source.get("version"), f"{name}: source {source['title']!r} has no version or date"
    for licence in res["licenses"]:
        assert licence.get("name") and licence.get("title")
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
