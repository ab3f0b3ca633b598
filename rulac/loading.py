"""Load the course data: checked against its sha256 and validated against its Table Schema.

Every resource in ``data/datapackage.json`` (a Frictionless Data Package) is read with
:func:`load`. Loading never writes anything. When a file is not what the package
describes, :class:`DataError` says which file, which column or row, and how to fix it.
"""

from __future__ import annotations

import csv
import difflib
import gzip
import hashlib
import io
import json
from functools import lru_cache
from pathlib import Path

import pandas as pd

from rulac.paths import DATA, ROOT

RESTORE = "restore it with: git checkout -- {rel}"
REBUILD = (
    "or, if you changed it on purpose, record it with: "
    ".venv/bin/python scripts/build_data.py {name}"
)


class DataError(ValueError):
    """A data file does not match data/datapackage.json. The message says how to fix it."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | None = None,
        field: str | None = None,
        row: int | None = None,
    ):
        super().__init__(message)
        self.path, self.field, self.row = path, field, row


def _rel(path: Path) -> str:
    """A path as the user types it from the repository root (never a machine path)."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return f"data/{path.name}"


def _fix(path: Path, name: str) -> str:
    rel = _rel(path)
    return f"To fix it, {RESTORE.format(rel=rel)}, {REBUILD.format(name=name)}."


@lru_cache(maxsize=8)
def _package_cached(path: str, mtime_ns: int) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def package(data_dir: Path | str | None = None) -> dict:
    """The data package descriptor (data/datapackage.json) as a dictionary."""
    data_dir = Path(data_dir) if data_dir is not None else DATA
    path = data_dir / "datapackage.json"
    if not path.is_file():
        raise DataError(
            f"{_rel(path)} is missing. To fix it, restore it with: git checkout -- {_rel(path)}",
            path=path,
        )
    return _package_cached(str(path), path.stat().st_mtime_ns)


def resource(name: str, data_dir: Path | str | None = None) -> dict:
    """The descriptor of one resource, by name."""
    resources = {r["name"]: r for r in package(data_dir)["resources"]}
    if name not in resources:
        close = difflib.get_close_matches(name, resources, n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise DataError(
            f"No resource called {name!r} in data/datapackage.json.{hint} "
            f"Choose from: {', '.join(sorted(resources))}."
        )
    return resources[name]


# ---------------------------------------------------------------- reading the bytes


def _content(path: Path, payload: bytes, name: str) -> bytes:
    """The file's UTF-8 bytes (unzipped), after the checks that a spreadsheet re-save or a cut
    file fail. Bytes, not text: the CSV reader parses bytes faster."""
    if path.name.endswith(".gz"):
        try:
            payload = gzip.decompress(payload)
        except (OSError, EOFError) as exc:
            raise DataError(
                f"{_rel(path)} is not a complete gzip file ({exc}): it looks truncated "
                f"or damaged. {_fix(path, name)}",
                path=path,
            ) from exc
    if payload.startswith(b"\xef\xbb\xbf"):
        raise DataError(
            f"{_rel(path)} starts with a byte-order mark (BOM), as a spreadsheet program "
            f"writes when it re-saves a CSV. The course reads plain UTF-8. "
            f"{_fix(path, name)}",
            path=path,
        )
    try:
        payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(
            f"{_rel(path)} is not UTF-8 text (byte {exc.start}): it was probably re-saved "
            f"in another encoding. {_fix(path, name)}",
            path=path,
        ) from exc
    if payload and not payload.endswith(b"\n"):
        line = payload.count(b"\n") + 1
        raise DataError(
            f"{_rel(path)} ends in the middle of line {line}: the file looks truncated. "
            f"{_fix(path, name)}",
            path=path,
            row=line,
        )
    return payload


def _check_header(path: Path, content: bytes, fields: list[dict], name: str) -> None:
    header = content.split(b"\n", 1)[0].decode("utf-8").rstrip("\r")
    expected = [f["name"] for f in fields]
    if ";" in header and "," not in header:
        raise DataError(
            f"{_rel(path)} is separated by semicolons, as a spreadsheet program writes "
            f"in some locales; the course reads comma-separated files. "
            f"{_fix(path, name)}",
            path=path,
        )
    found = next(csv.reader([header]))
    missing = [f for f in expected if f not in found]
    extra = [f for f in found if f not in expected]
    if missing:
        field = missing[0]
        close = difflib.get_close_matches(field, extra, n=1, cutoff=0.5)
        seen = f" (found {close[0]!r} instead: was it renamed?)" if close else ""
        raise DataError(
            f"{_rel(path)} has no column {field!r}{seen}. Expected columns: "
            f"{', '.join(expected)}. {_fix(path, name)}",
            path=path,
            field=field,
        )
    if extra or found != expected:
        raise DataError(
            f"{_rel(path)} has columns {found}, expected {expected} in that order. "
            f"{_fix(path, name)}",
            path=path,
            field=(extra or [None])[0],
        )


# ---------------------------------------------------------------- types


#: The Table Schema types that the CSV reader parses itself, and the pandas type of each.
NUMERIC = {"integer": "Int64", "year": "Int64", "number": "float64"}


def _convert(frame: pd.DataFrame, fields: list[dict], path: Path, name: str) -> pd.DataFrame:
    """Give each column its schema type; a value that does not fit is named by row and column."""
    for field in fields:
        col, kind = field["name"], field.get("type", "string")
        values = frame[col]
        if kind in NUMERIC and values.dtype == NUMERIC[kind]:
            continue  # parsed as numbers by the reader
        if kind == "string" and not field.get("constraints", {}).get("enum"):
            continue  # text stays as the reader gave it
        present = values.notna()
        try:
            if kind == "integer" or kind == "year":
                converted = pd.to_numeric(values, errors="raise")
                if (converted[present] % 1 != 0).any():
                    raise ValueError("not a whole number")
                converted = converted.astype("Int64")
            elif kind == "number":
                converted = pd.to_numeric(values, errors="raise").astype("float64")
            elif kind == "boolean":
                mapping = {
                    "true": True,
                    "false": False,
                    "True": True,
                    "False": False,
                    "TRUE": True,
                    "FALSE": False,
                    "1": True,
                    "0": False,
                }
                converted = values.map(mapping)
                if converted[present].isna().any():
                    raise ValueError("not true/false")
                converted = converted.astype("boolean")
            elif kind == "date":
                converted = pd.to_datetime(values, format="%Y-%m-%d", errors="raise")
            elif field.get("constraints", {}).get("enum"):
                enum = field["constraints"]["enum"]
                if isinstance(values.dtype, pd.CategoricalDtype):  # read as codes
                    # (astype would keep the reader's order: unordered dtypes compare equal)
                    converted = values.cat.set_categories(enum)
                else:
                    converted = values.astype(pd.CategoricalDtype(enum))
                if converted[present].isna().any():
                    continue  # left as text: validation names the value that is not allowed
            else:
                converted = values
        except (ValueError, TypeError):
            bad = _first_bad(values[present], kind)
            row = int(bad) + 2 if bad is not None else None
            value = values[bad] if bad is not None else "?"
            raise DataError(
                f"{_rel(path)}, column {col!r}, line {row}: {value!r} is not a valid "
                f"{kind}. {_fix(path, name)}",
                path=path,
                field=col,
                row=row,
            ) from None
        frame[col] = converted
    return frame


def _first_bad(values: pd.Series, kind: str):
    for index, value in values.items():
        try:
            if kind in ("integer", "year"):
                if float(value) % 1:
                    return index
            elif kind == "number":
                float(value)
            elif kind == "boolean":
                if value not in {"true", "false", "True", "False", "TRUE", "FALSE", "1", "0"}:
                    return index
            elif kind == "date":
                pd.to_datetime(value, format="%Y-%m-%d")
        except (ValueError, TypeError):
            return index
    return None


# ---------------------------------------------------------------- validation


def _schema(descriptor: dict, data_dir: Path | None):
    """A pandera DataFrameSchema built from the resource's Table Schema."""
    import pandera.pandas as pa

    table = descriptor["schema"]
    columns = {}
    for field in table["fields"]:
        rules = field.get("constraints", {})
        checks = []
        if "enum" in rules:
            checks.append(pa.Check.isin(rules["enum"], error=f"one of {rules['enum']}"))
        if "pattern" in rules:
            checks.append(
                pa.Check(
                    lambda s, p=rules["pattern"]: _fullmatch(s, p),
                    element_wise=False,
                    ignore_na=True,
                    error=f"matches {rules['pattern']}",
                )
            )
        if "minimum" in rules:
            checks.append(pa.Check.ge(rules["minimum"], error=f">= {rules['minimum']}"))
        if "maximum" in rules:
            checks.append(pa.Check.le(rules["maximum"], error=f"<= {rules['maximum']}"))
        if "maxLength" in rules:
            checks.append(
                pa.Check.str_length(
                    max_value=rules["maxLength"], error=f"at most {rules['maxLength']} characters"
                )
            )
        columns[field["name"]] = pa.Column(
            checks=checks,
            nullable=not rules.get("required", False),
            unique=bool(rules.get("unique")),
            coerce=False,
        )
    for key in table.get("foreignKeys", []):
        ref = key["reference"]
        parent = load(ref["resource"], data_dir=data_dir)
        for child_field, parent_field in zip(
            _list(key["fields"]), _list(ref["fields"]), strict=False
        ):
            allowed = set(parent[parent_field].dropna().astype(str))
            columns[child_field].checks.append(
                pa.Check(
                    lambda s, allowed=allowed: s.astype(str).isin(allowed),  # integer keys too
                    element_wise=False,
                    ignore_na=True,
                    error=f"a {parent_field} of the resource '{ref['resource']}'",
                )
            )
    primary = _list(table.get("primaryKey", []))
    return pa.DataFrameSchema(
        columns, strict=True, ordered=True, unique=primary if len(primary) > 1 else None
    )


def _fullmatch(values: pd.Series, pattern: str) -> pd.Series:
    """Whether each value matches ``pattern`` (tested once per distinct value: codes repeat)."""
    distinct = pd.Series(values.dropna().unique()).astype(str)
    bad = distinct[~distinct.str.fullmatch(pattern)]
    if bad.empty:
        return pd.Series(True, index=values.index)
    return ~values.isin(set(bad))


def _list(value) -> list:
    return [value] if isinstance(value, str) else list(value)


def _validate(frame: pd.DataFrame, descriptor: dict, path: Path, data_dir: Path | None) -> None:
    import pandera.errors

    try:
        _schema(descriptor, data_dir).validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        first = cases.iloc[0]
        col = first["column"] if isinstance(first["column"], str) else None
        index = first["index"]
        row = int(index) + 2 if pd.notna(index) else None
        check = str(first["check"])
        value = first["failure_case"]
        where = f"column {col!r}" if col else "the table"
        at = f", line {row}" if row is not None else ""
        if check.startswith("field_uniqueness") or check == "multiple_fields_uniqueness":
            expect = "unique (it is the table's key)"
        elif check == "not_nullable":
            expect = "filled in (the field is required)"
        else:
            expect = check
        more = (
            f" ({len(cases) - 1} more problem(s) of this kind or others)" if len(cases) > 1 else ""
        )
        raise DataError(
            f"{_rel(path)}, {where}{at}: value {value!r} should be {expect}{more}. "
            f"{_fix(path, descriptor['name'])}",
            path=path,
            field=col,
            row=row,
        ) from None


# ---------------------------------------------------------------- public entry point

# Tables already read in this process, by file and sha256: a notebook asks for the same table
# many times, and bytes already checked need not be parsed again. Both forms are kept (compact
# and plain), so that a repeated load is a copy, not a conversion.
_CACHE: dict[tuple[str, str], dict[bool, pd.DataFrame]] = {}


def load(
    name: str, *, data_dir: Path | str | None = None, compact: bool = False, validate: bool = False
) -> pd.DataFrame:
    """Read the resource ``name`` of data/datapackage.json as a typed, validated DataFrame.

    Columns get their Table Schema types: integer -> Int64, number -> float, boolean ->
    boolean, date -> datetime64, and every text column (codes and allowed values included)
    -> plain strings, with a missing value as a real missing value (never the text "nan").
    The order of a column's allowed values is :func:`enum`. The file must match its recorded
    sha256 and its schema (required fields, enums, patterns, unique keys, foreign keys to
    other resources); otherwise :class:`DataError` names the file, the column or line, and
    the fix. Nothing is ever written.

    The schema is checked with pandera whenever the file's bytes differ from the ones recorded
    in the package (so a damaged file gets an error naming its column), and always with
    ``validate=True`` (the tests do); a file identical to the recorded one was validated when it
    was built and is not validated again, which keeps a notebook's start fast.

    ``compact=True`` keeps code columns (allowed values and foreign keys) as pandas
    categories: the 608,516-row vote table takes 3 MB instead of 114 MB and filters several
    times faster. The helpers in :mod:`rulac.votes` use it; ``make bench`` prints the cost.

    >>> countries = load("countries")
    >>> int(countries["lac"].sum())
    33
    """
    data_dir = Path(data_dir) if data_dir is not None else DATA
    descriptor = resource(name, data_dir)
    path = data_dir / descriptor["path"]
    if not path.is_file():
        raise DataError(
            f"{_rel(path)} is missing (the resource {name!r} needs it). {_fix(path, name)}",
            path=path,
        )
    payload = path.read_bytes()
    digest = hashlib.sha256(payload).hexdigest()
    key = (str(path.resolve()), digest)
    if key in _CACHE and not validate:
        return _cached(key, compact)

    fields = descriptor["schema"]["fields"]
    content = _content(path, payload, name)
    _check_header(path, content, fields, name)
    missing = descriptor["schema"].get("missingValues", [""])
    try:
        # Columns that point into another table repeat a few values: categories keep them small
        # and make the checks on large tables fast.
        coded = {
            f for key in descriptor["schema"].get("foreignKeys", []) for f in _list(key["fields"])
        }
        # Text columns with a list of allowed values are codes too (e.g. the vote: Y, N, A).
        coded |= {
            f["name"]
            for f in fields
            if f.get("type", "string") == "string" and f.get("constraints", {}).get("enum")
        }
        dtypes = {f["name"]: ("category" if f["name"] in coded else str) for f in fields}
        # Numbers are parsed by the reader itself, which is several times faster than
        # converting text; a file with a value that is not a number is read again as text,
        # so that _convert can name the line and the column.
        typed = {
            **dtypes,
            **{f["name"]: NUMERIC[f["type"]] for f in fields if f.get("type") in NUMERIC},
        }
        options = {"keep_default_na": False, "na_values": missing, "on_bad_lines": "error"}
        try:
            frame = pd.read_csv(io.BytesIO(content), dtype=typed, **options)
        except (ValueError, TypeError, OverflowError):
            frame = pd.read_csv(io.BytesIO(content), dtype=dtypes, **options)
    except pd.errors.ParserError as exc:
        raise DataError(
            f"{_rel(path)} cannot be read as CSV ({exc}). {_fix(path, name)}", path=path
        ) from None
    frame = _convert(frame, fields, path, name)
    expected = descriptor.get("hash", "").removeprefix("sha256:")
    if validate or digest != expected:
        # A file whose bytes are the ones recorded (and validated) at build time needs no second
        # validation; any other file is validated first, so that its error names the column.
        _validate(frame, descriptor, path, data_dir)
    if digest != expected:
        size = (
            f" ({len(payload)} bytes, expected {descriptor.get('bytes')})"
            if descriptor.get("bytes") not in (None, len(payload))
            else ""
        )
        raise DataError(
            f"{_rel(path)} has changed since data/datapackage.json was written: its sha256 "
            f"does not match{size}. {_fix(path, name)}",
            path=path,
        )
    _CACHE[key] = {True: frame}
    return _cached(key, compact)


_DIGESTS: dict[tuple, str] = {}


def digest(name: str, data_dir: Path | str | None = None) -> str:
    """The sha256 of the resource's file as it is now (a key for tables derived from it).

    Hashed again whenever the file's size, modification time or inode changes.
    """
    data_dir = Path(data_dir) if data_dir is not None else DATA
    path = data_dir / resource(name, data_dir)["path"]
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns, stat.st_ino)
    if key not in _DIGESTS:
        _DIGESTS[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return _DIGESTS[key]


def _cached(key: tuple[str, str], compact: bool) -> pd.DataFrame:
    """A copy of a table read before, in the form asked for (made once, on first demand)."""
    forms = _CACHE[key]
    if compact not in forms:
        forms[compact] = _plain(forms[True])
    return forms[compact].copy()


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """The table with its category columns as plain strings."""
    coded = [col for col in frame.columns if isinstance(frame[col].dtype, pd.CategoricalDtype)]
    return frame.astype(dict.fromkeys(coded, "str"))


def enum(name: str, field: str, data_dir: Path | str | None = None) -> list[str]:
    """The allowed values of a column, in the order the schema lists them.

    >>> enum("claims", "kind")
    ['empirical', 'interpretive', 'normative']
    """
    fields = {f["name"]: f for f in resource(name, data_dir)["schema"]["fields"]}
    if field not in fields:
        raise DataError(
            f"The resource {name!r} has no column {field!r}. Its columns: {', '.join(fields)}."
        )
    values = fields[field].get("constraints", {}).get("enum")
    if values is None:
        raise DataError(f"The column {field!r} of {name!r} has no list of allowed values.")
    return list(values)


def data_table(names: list[str], data_dir: Path | str | None = None) -> pd.DataFrame:
    """A table of resources (title, source, version, licence) for a notebook's "The data"."""
    rows = []
    for name in names:
        res = resource(name, data_dir)
        versions = [s.get("version", "") for s in res["sources"] if s.get("version")]
        rows.append(
            {
                "resource": name,
                "what it holds": res["title"],
                # each publisher once, however many of its files the resource is built from
                "source": "; ".join(
                    dict.fromkeys(s.get("publisher", s["title"]) for s in res["sources"])
                ),
                "version": "; ".join(versions),
                "licence": "; ".join(lic.get("title", lic["name"]) for lic in res["licenses"]),
            }
        )
    return pd.DataFrame(rows).set_index("resource")


def limits(names: list[str], data_dir: Path | str | None = None) -> pd.DataFrame:
    """What each resource leaves out, as its entry in data/datapackage.json lists it."""
    rows = [{"resource": name, "limit": text}
            for name in names for text in resource(name, data_dir).get("limits", [])]  # fmt: skip
    return pd.DataFrame(rows, columns=["resource", "limit"])
