"""Rebuild data/ from the publishers' raw files and write data/datapackage.json.

Usage (from the repository root, in the course environment; `make env` installs the ``build``
extra)::

    python scripts/build_data.py                 # every resource
    python scripts/build_data.py countries       # one or more resources by name
    python scripts/build_data.py --sources DIR   # raw files somewhere else
    python scripts/build_data.py --check         # rebuild in memory, compare, write nothing

Each resource is described by a module in ``scripts/resources/`` (``_example.py`` shows one).
A module holds

* ``RESOURCE``: the Frictionless Data Package resource descriptor, declared with
  ``resources._table.resource`` and ``field`` (name, path, title, description, limits,
  sources, licenses, schema) *without* ``hash`` and ``bytes``, which this script computes
  from the file it writes;
* ``RAW``: the raw files it reads, relative to the sources folder, each with the URL
  where a maintainer downloads it from the publisher;
* ``build(sources: Path, ...) -> pandas.DataFrame``: the tidy table, columns in schema order,
  rows in a stable order. Parameters after ``sources`` name other resources the table is
  built from (``build(sources, countries)``): this script builds those first and passes their
  tables in, and rebuilding one resource rebuilds what it needs. A curated resource (edited
  by hand, e.g. ``claims``) has ``build = None`` and is only re-hashed.

A failed cross-check (``resources._table.require``) stops the build with the resource's name
and the message.

The raw files are never committed to the project (see data/README.md). The default
sources folder is ``../shared/sources`` beside the repository; ``--sources`` or the
environment variable ``RULAC_SOURCES`` point elsewhere.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib
import inspect
import io
import json
import os
import sys
from pathlib import Path

import pandas as pd

# ``resources`` is the package beside this script: Python puts the script's folder first on
# sys.path, so it imports without any path edit.
from resources._table import BuildError, conform, resource_names

from rulac.display import markdown_text
from rulac.paths import DATA, ROOT

PACKAGE = {
    "name": "russia-latin-america-course",
    "title": "Data for the course on 'Russia and Latin America: New Perspectives and Modalities "
    "of Cooperation' (2024)",
    "description": (
        "Tidy derivatives of public datasets used by the course notebooks. Every resource is "
        "rebuilt by scripts/build_data.py from the publisher's raw file, or curated by hand with a "
        "source on every row."
    ),
    "licenses": [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 (the package metadata and curated tables); "
            "each resource states the terms of its own source",
        }
    ],
    "version": "1.0.0",
}


def resource_modules():
    """Every module in scripts/resources as (name, module), in datapackage.json order."""
    found = [(name, importlib.import_module(f"resources.{name}")) for name in resource_names()]
    return sorted(found, key=lambda pair: pair[1].RESOURCE.get("order", 100))


def needs(module) -> list[str]:
    """The resources a module's table is built from: the parameters of build after sources."""
    if module.build is None:
        return []
    return list(inspect.signature(module.build).parameters)[1:]


def selection(modules, names: list[str]) -> list[str]:
    """``names`` (all built resources if empty) and every resource they need, in build order."""
    by_name = dict(modules)
    wanted = list(names) or [name for name, module in modules if module.build is not None]
    ordered: list[str] = []

    def visit(name: str, chain: tuple[str, ...]) -> None:
        if name in ordered:
            return
        if name in chain:
            raise BuildError(f"circular needs: {' -> '.join((*chain, name))}")
        module = by_name.get(name)
        if module is None or module.build is None:
            raise BuildError(f"{chain[-1]} needs {name!r}, which is not a built resource")
        for other in needs(module):
            visit(other, (*chain, name))
        ordered.append(name)

    for name in wanted:
        if by_name[name].build is not None:
            visit(name, ())
    return ordered


def to_bytes(frame, path: str) -> bytes:
    """Serialise a table exactly one way: UTF-8, comma, LF, no index; gzip with mtime 0."""
    text = frame.to_csv(index=False, lineterminator="\n")
    raw = text.encode("utf-8")
    if path.endswith(".gz"):
        buffer = io.BytesIO()
        with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9, filename="") as gz:
            gz.write(raw)
        return buffer.getvalue()
    return raw


def describe(module, payload: bytes) -> dict:
    """The resource descriptor with hash and size of the file as written."""
    descriptor = {k: v for k, v in module.RESOURCE.items() if k != "order"}
    descriptor["hash"] = "sha256:" + hashlib.sha256(payload).hexdigest()
    descriptor["bytes"] = len(payload)
    return descriptor


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="resources to rebuild (default: all)")
    default = os.environ.get("RULAC_SOURCES", str(ROOT.parent / "shared" / "sources"))
    parser.add_argument(
        "--sources", default=default, help="folder of raw files (default: %(default)s)"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="rebuild in memory and compare with data/; write nothing; exit 1 on a difference",
    )
    args = parser.parse_args(argv)
    sources = Path(args.sources)

    modules = resource_modules()
    known = [name for name, _ in modules]
    unknown = sorted(set(args.names) - set(known))
    if unknown:
        parser.error(f"unknown resource(s) {unknown}; choose from {known}")

    try:
        order = selection(modules, args.names)
    except BuildError as error:
        parser.error(str(error))
    for name in order:
        module = dict(modules)[name]
        missing = [r["path"] for r in module.RAW if not (sources / r["path"]).is_file()]
        if missing:
            print(f"{name}: raw file(s) missing under {sources}: {missing}", file=sys.stderr)
            print(
                f"  download them from the URLs listed in scripts/resources/{name}.py",
                file=sys.stderr,
            )
            return 1
    for name in [n for n in order if args.names and n not in args.names]:
        users = [other for other in order if name in needs(dict(modules)[other])]
        print(f"{name}: rebuilt too (needed by {', '.join(users)})")

    built, differences = {}, 0
    for name in order:
        module = dict(modules)[name]
        tables = {other: built[other] for other in needs(module)}
        try:
            built[name] = conform(module.build(sources, **tables), module.RESOURCE)
        except BuildError as error:
            print(f"{name}: build stopped: {error}", file=sys.stderr)
            return 1

    descriptors = []
    for name, module in modules:
        target = DATA / module.RESOURCE["path"]
        if name in built:
            frame = built[name]
            payload = to_bytes(frame, module.RESOURCE["path"])
            if args.check:
                same = target.is_file() and target.read_bytes() == payload
                print(
                    f"{name}: {'identical' if same else 'DIFFERS from'} {target.relative_to(ROOT)}"
                )
                differences += not same
                descriptors.append(describe(module, payload))
                continue
            if not target.exists() or target.read_bytes() != payload:
                target.write_bytes(payload)
                print(f"{name}: wrote {target.relative_to(ROOT)} ({len(frame)} rows)")
            else:
                print(f"{name}: unchanged ({len(frame)} rows)")
        if not target.is_file():
            print(
                f"{name}: {target.relative_to(ROOT)} does not exist; build it first",
                file=sys.stderr,
            )
            return 1
        descriptors.append(describe(module, target.read_bytes()))

    if args.check:
        recorded = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
        current = dict(PACKAGE, resources=descriptors)
        if recorded != current:
            print("data/datapackage.json DIFFERS from what the resource modules describe:")
            print("  " + "; ".join(package_differences(recorded, current)))
            differences += 1
        print(
            "rebuild check:",
            "every file identical" if not differences else f"{differences} difference(s)",
        )
        return 1 if differences else 0
    package = dict(PACKAGE, resources=descriptors)
    text = json.dumps(package, indent=2, ensure_ascii=False) + "\n"
    (DATA / "datapackage.json").write_text(text, encoding="utf-8")
    print(f"wrote data/datapackage.json ({len(descriptors)} resources)")
    (DATA / "README.md").write_text(readme(package, modules), encoding="utf-8")
    print("wrote data/README.md")
    return 0


def package_differences(recorded: dict, current: dict) -> list[str]:
    """What differs between two package descriptors: keys, resources, and keys within them."""
    keys = sorted((set(recorded) | set(current)) - {"resources"})
    found = [key for key in keys if recorded.get(key) != current.get(key)]
    old = {r["name"]: r for r in recorded.get("resources", [])}
    new = {r["name"]: r for r in current["resources"]}
    for name in [*new, *(n for n in old if n not in new)]:
        if name not in old or name not in new:
            found.append(f"{name} {'added' if name in new else 'removed'}")
        elif old[name] != new[name]:
            keys = [k for k in {**old[name], **new[name]} if old[name].get(k) != new[name].get(k)]
            if "schema" in keys:
                fields = {f["name"]: f for f in old[name]["schema"]["fields"]}
                keys += [
                    f"field {f['name']}"
                    for f in new[name]["schema"]["fields"]
                    if fields.get(f["name"]) != f
                ]
            found.append(f"{name}: {', '.join(keys)}")
    if [r["name"] for r in recorded.get("resources", [])] != list(new) and not found:
        found.append("the order of the resources")
    return found


def _line(text: str) -> str:
    """A paragraph or list item on one line."""
    return text.replace("\n", " ")


def readme(package: dict, modules) -> str:
    """data/README.md, generated from the package so the two never drift apart."""
    raw_by_name = {name: getattr(module, "RAW", []) for name, module in modules}
    lines = [
        "# The course data",
        "",
        (
            "<!-- Generated by scripts/build_data.py from datapackage.json: edit the resource "
            "modules in scripts/resources/, not this file. -->"
        ),
        "",
        package["description"],
        "",
        (
            'Load any table in a notebook with `rulac.load("<name>")`: it checks the file\'s '
            "sha256, gives every column its type and validates it against the schema below."
        ),
        "",
        markdown_text(pd.DataFrame([_summary(res) for res in package["resources"]]), index=False),
    ]
    lines += [
        "",
        "## Rebuilding",
        "",
        (
            "The raw files are not part of the project. A maintainer downloads each from the URL "
            "below into a sources folder (by default `../shared/sources`), then runs "
            "`make data` (or `python scripts/build_data.py [name ...] --sources DIR`). The script "
            "rewrites the tables, `datapackage.json` (hashes and sizes) and this README."
        ),
        "",
    ]
    for res in package["resources"]:
        lines += [f"## `{res['name']}`", "", _line(res["description"]), ""]
        if res.get("limits"):
            lines += ["Limits:", ""]
            lines += [f"- {_line(limit)}" for limit in res["limits"]]
            lines += ["", "Sources, licences and how it is built:", ""]
        for source in res["sources"]:
            url = f" <{source['path']}>" if source.get("path") else ""
            lines.append(
                f"- Source: {source['publisher']}, *{source['title']}*, {source['version']}.{url}"
            )
        for lic in res["licenses"]:
            url = f" <{lic['path']}>" if lic.get("path") else ""
            lines.append(f"- Licence: {lic['name']} ({lic['title']}).{url}")
        raws = raw_by_name.get(res["name"], [])
        if raws:
            lines.append(f"- Rebuilt by `scripts/resources/{res['name']}.py` from:")
            lines += [
                f"  - `{r['path']}`, downloaded from <{r['url']}> (sha256 `{r['sha256'][:16]}...`)"
                for r in raws
            ]
        else:
            lines.append("- Curated by hand in this repository; every row carries its source.")
        schema = res["schema"]
        lines += ["", f"Primary key: {', '.join(schema['primaryKey'])}."]
        for key in schema.get("foreignKeys", []):
            ref = key["reference"]
            lines.append(
                f"Foreign key: {', '.join(key['fields'])} -> "
                f"`{ref['resource']}`.{', '.join(ref['fields'])}."
            )
        columns = pd.DataFrame([_field_row(field) for field in schema["fields"]])
        lines += ["", markdown_text(columns, index=False), ""]
    return "\n".join(lines)


def _field_row(field: dict) -> dict:
    """One row of a resource's column table: name, type, required, meaning (unit, values)."""
    rules = field.get("constraints", {})
    meaning = field.get("description", "")
    if field.get("unit"):
        meaning += f" Unit: {field['unit']}."
    if rules.get("enum"):
        meaning += " Values: " + ", ".join(f"`{v}`" for v in rules["enum"]) + "."
    if field.get("planned"):
        meaning += " Planned: " + ", ".join(f"`{v}`" for v in field["planned"]) + "."
    required = "yes" if rules.get("required") else ""
    return {
        "column": f"`{field['name']}`",
        "type": field["type"],
        "required": required,
        "meaning": meaning,
    }


def _summary(res: dict) -> dict:
    """One row of the README's table of resources."""
    sources = "; ".join(f"{s['publisher']}, {s['title']} ({s['version']})" for s in res["sources"])
    return {
        "resource": f"`{res['name']}`",
        "file": f"`{res['path']}`",
        "what it holds": res["title"],
        "source": sources,
        "licence": "; ".join(f"{lic['name']}: {lic['title']}" for lic in res["licenses"]),
    }


if __name__ == "__main__":
    raise SystemExit(main())
