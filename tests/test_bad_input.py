"""Damaged data gets an error that names the file, the place and the fix, and nothing is written."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from rulac.loading import DataError, load
from tests.conftest import snapshot

FIX = "git checkout -- data/"


def _expect_error(data_dir: Path, name: str, *fragments: str) -> DataError:
    before = snapshot(data_dir)
    with pytest.raises(DataError) as caught:
        load(name, data_dir=data_dir)
    message = str(caught.value)
    for fragment in (*fragments, FIX):
        assert fragment in message, f"{fragment!r} not in: {message}"
    assert snapshot(data_dir) == before, "loading wrote to the data folder"
    return caught.value


def test_missing_file(data_copy):
    (data_copy / "countries.csv").unlink()
    _expect_error(data_copy, "countries", "data/countries.csv", "is missing")


def test_renamed_column(data_copy):
    path = data_copy / "countries.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("short_name", "display_name", 1), encoding="utf-8")
    error = _expect_error(
        data_copy, "countries", "data/countries.csv", "'short_name'", "'display_name'"
    )
    assert error.field == "short_name"


def test_value_of_wrong_type(data_copy):
    path = data_copy / "countries.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines[0].split(",")
    column = header.index("lac")
    cells = lines[5].split(",")
    cells[column] = "maybe"
    lines[5] = ",".join(cells)
    path.write_text("\n".join(lines), encoding="utf-8")
    error = _expect_error(
        data_copy, "countries", "data/countries.csv", "'lac'", "line 6", "'maybe'"
    )
    assert (error.field, error.row) == ("lac", 6)


def test_text_in_a_number_column_is_named(data_copy):
    # Numbers are parsed by the CSV reader; a file where that fails is read again as text so
    # that the error still names the column and the line.
    path = data_copy / "icj_cases.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    column = rows[0].index("number")
    rows[3][column] = "three"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    error = _expect_error(
        data_copy, "icj_cases", "data/icj_cases.csv", "'number'", "line 4", "'three'"
    )
    assert (error.field, error.row) == ("number", 4)


def test_unknown_country_code(data_copy):
    """A table whose country column has a code that is not in ``countries``."""
    source = (data_copy / "countries.csv").read_text(encoding="utf-8").split("\n")
    codes = [line.split(",")[0] for line in source[1:4]]
    (data_copy / "focus.csv").write_text(
        "iso3\n" + "\n".join([*codes, "XYZ"]) + "\n", encoding="utf-8"
    )
    pkg = json.loads((data_copy / "datapackage.json").read_text(encoding="utf-8"))
    pkg["resources"].append(
        {
            "name": "focus",
            "path": "focus.csv",
            "hash": "sha256:0",
            "schema": {
                "fields": [{"name": "iso3", "type": "string"}],
                "foreignKeys": [
                    {"fields": ["iso3"], "reference": {"resource": "countries", "fields": ["iso3"]}}
                ],
            },
        }
    )
    (data_copy / "datapackage.json").write_text(json.dumps(pkg), encoding="utf-8")
    error = _expect_error(
        data_copy, "focus", "data/focus.csv", "'iso3'", "line 5", "'XYZ'", "countries"
    )
    assert error.row == 5


def test_truncated_file(data_copy):
    path = data_copy / "countries.csv"
    payload = path.read_bytes()
    path.write_bytes(payload[: len(payload) // 2])
    _expect_error(data_copy, "countries", "data/countries.csv", "truncated")


def test_resaved_with_semicolons(data_copy):
    path = data_copy / "claims.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    _expect_error(data_copy, "claims", "data/claims.csv", "semicolons")


def test_resaved_with_bom(data_copy):
    path = data_copy / "countries.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    _expect_error(data_copy, "countries", "data/countries.csv", "byte-order mark")


def test_checksum_mismatch(data_copy):
    """A change that keeps the table valid is still caught by the recorded sha256."""
    path = data_copy / "claims.csv"
    text = path.read_text(encoding="utf-8")
    assert " the " in text
    path.write_text(text.replace(" the ", " the  ", 1), encoding="utf-8")  # one extra space
    _expect_error(data_copy, "claims", "data/claims.csv", "sha256")


def test_unknown_resource_lists_choices():
    with pytest.raises(DataError, match=r"Choose from: .*countries"):
        load("countrys")


def test_a_valid_file_is_not_validated_twice_but_a_changed_one_is(data_copy, monkeypatch):
    """The recorded sha256 stands for the validation done at build time; any other bytes are
    validated again, so the error names the column and the fix."""
    import rulac.loading as loading

    calls = []
    real = loading._validate
    monkeypatch.setattr(loading, "_validate", lambda *a: calls.append(a[0].shape) or real(*a))
    loading.load("countries", data_dir=data_copy)
    assert calls == [], "an unchanged file was validated again"
    loading.load("countries", data_dir=data_copy, validate=True)
    assert len(calls) == 1, "validate=True always validates"
    path = data_copy / "countries.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace(",True,", ",yes,", 1), encoding="utf-8"
    )
    with pytest.raises(loading.DataError, match="column 'un_member'"):
        loading.load("countries", data_dir=data_copy)
