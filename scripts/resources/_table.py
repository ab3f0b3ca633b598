"""One way to declare a table: ``field``, ``foreign_key``, ``resource``, and the check ``require``.

A resource module (see ``_example.py``) holds only its schema, its raw sources and its build
function. This module fills in everything that is the same for every table:

* :func:`resource` gives the Frictionless defaults (``profile`` tabular-data-resource, ``format``
  csv, ``mediatype`` text/csv, ``encoding`` utf-8, ``compression`` gz for a ``.csv.gz`` path,
  ``missingValues`` ``[""]``) and keeps the keys in one order, so datapackage.json reads the same
  for every table;
* ``description`` is a short summary; ``limits`` is the list of what a reader must know before
  using the table (coverage, gaps, exceptions). It is a custom property of the resource (the Data
  Package standard allows them; rulac and the Frictionless validator read past it), and
  data/README.md shows it as a bulleted list;
* :func:`require` is the one check a build makes: it stops the build with a message when a
  cross-check between sources does not hold (build_data.py prints it with the resource's name).
"""

from __future__ import annotations

import pkgutil
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

TYPES = {"string", "integer", "number", "boolean", "date", "year"}
CONSTRAINTS = {"required", "unique", "pattern", "enum", "minimum", "maximum", "maxLength"}
MISSING_VALUES = [""]


class BuildError(ValueError):
    """A cross-check of a build failed: the raw files are not what the module expects."""


def require(condition: bool, message: str) -> None:
    """Stop the build with ``message`` unless ``condition`` holds."""
    if not condition:
        raise BuildError(message)


def field(
    name: str, kind: str, description: str, *, unit: str | None = None, **constraints
) -> dict:
    """One Table Schema field.

    ``kind`` is the Table Schema type (string, integer, number, boolean, date, year); ``unit``
    (optional) what a number counts or measures, e.g. ``"resolutions"`` (a custom field
    property, shown in data/README.md); ``constraints`` are Table Schema constraints by their
    standard names: ``required``, ``unique``, ``pattern``, ``enum`` (the allowed values),
    ``minimum``, ``maximum``, ``maxLength``.

    >>> field("yes", "integer", "Votes in favour.", unit="votes", required=True, minimum=0)
    ... # doctest: +NORMALIZE_WHITESPACE
    {'name': 'yes', 'type': 'integer', 'description': 'Votes in favour.', 'unit': 'votes',
     'constraints': {'required': True, 'minimum': 0}}
    """
    require(kind in TYPES, f"field {name!r}: type {kind!r} is not one of {sorted(TYPES)}")
    unknown = sorted(set(constraints) - CONSTRAINTS)
    require(not unknown, f"field {name!r}: unknown constraint(s) {unknown}")
    out = {"name": name, "type": kind, "description": description}
    if unit:
        out["unit"] = unit
    if constraints:
        out["constraints"] = constraints
    return out


def foreign_key(fields: str | Sequence[str], resource: str, to: str | Sequence[str] | None = None):
    """``fields`` of this table point to ``to`` (by default the same names) in ``resource``."""
    fields = [fields] if isinstance(fields, str) else list(fields)
    to = fields if to is None else [to] if isinstance(to, str) else list(to)
    return {"fields": fields, "reference": {"resource": resource, "fields": to}}


def resource(
    name: str,
    *,
    title: str,
    description: str,
    limits: Sequence[str] = (),
    sources: Sequence[dict],
    licenses: Sequence[dict],
    fields: Sequence[dict],
    primary_key: Sequence[str],
    foreign_keys: Sequence[dict] = (),
    path: str | None = None,
    order: int = 100,
) -> dict:
    """A tabular resource descriptor with the package's defaults (without ``hash`` and ``bytes``).

    ``path`` defaults to ``<name>.csv`` (give ``<name>.csv.gz`` for a large table); ``order`` is
    the resource's place in datapackage.json (build_data.py drops it from the file).
    """
    path = path or f"{name}.csv"
    require(path.endswith((".csv", ".csv.gz")), f"{name}: path {path!r} is not .csv or .csv.gz")
    names = [f["name"] for f in fields]
    require(len(set(names)) == len(names), f"{name}: a field name is repeated")
    keys = [*primary_key, *(f for key in foreign_keys for f in key["fields"])]
    require(set(keys) <= set(names), f"{name}: key field(s) {sorted(set(keys) - set(names))}")
    return {
        "order": order,
        "name": name,
        "path": path,
        "profile": "tabular-data-resource",
        "format": "csv",
        **({"compression": "gz"} if path.endswith(".gz") else {}),
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "title": title,
        "description": description,
        **({"limits": list(limits)} if limits else {}),
        "sources": list(sources),
        "licenses": list(licenses),
        "schema": {
            "fields": list(fields),
            "primaryKey": list(primary_key),
            **({"foreignKeys": list(foreign_keys)} if foreign_keys else {}),
            "missingValues": MISSING_VALUES,
        },
    }


def columns(descriptor: dict) -> list[str]:
    """The field names of a resource, in schema order."""
    return [f["name"] for f in descriptor["schema"]["fields"]]


def conform(frame: pd.DataFrame, descriptor: dict) -> pd.DataFrame:
    """Check that a built table has the schema's columns in order and only allowed enum values."""
    name = descriptor["name"]
    require(
        list(frame.columns) == columns(descriptor),
        f"{name}: built columns {list(frame.columns)} differ from the schema {columns(descriptor)}",
    )
    for spec in descriptor["schema"]["fields"]:
        enum = spec.get("constraints", {}).get("enum")
        if enum:
            values = set(frame[spec["name"]].dropna()) - {""}
            extra = values - set(enum)
            require(not extra, f"{name}.{spec['name']}: values outside the enum {sorted(extra)}")
    return frame


def resource_names() -> list[str]:
    """The names of the resource modules in scripts/resources (those not starting with "_")."""
    folder = Path(__file__).parent
    return sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if not m.name.startswith("_"))


def year_field(first: int | None = None, last: int | None = None, **options) -> dict:
    """The ``year`` column (a calendar year, required), bounded by ``first`` and ``last``."""
    bounds = {k: v for k, v in (("minimum", first), ("maximum", last)) if v is not None}
    return field("year", "integer", "Calendar year.", required=True, **bounds, **options)
