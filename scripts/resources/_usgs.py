"""What the USGS resources share: the raw files, how a published value is read, country names.

USGS publishes its Mineral Commodity Summaries (MCS) figures as text: ``100``, ``>75`` (more
than 75 percent import reliant), ``<25``, ``E`` (net exporter), ``W`` (withheld to avoid
disclosing company proprietary data), ``NA`` (not available), words such as ``Large``, a dash
``—`` and thousands separators (``5,300``). The definitions of E, W, NA, ``>25`` and ``>50`` are
those of the MCS 2025 data release's metadata (``mcs2025-*_meta.xml``); the dash is not defined
there. :func:`published_value` keeps the text as published and takes a number from it only where
the text is a plain number (``value``) or a bound (``bound``, with ``qualifier`` saying which way):
a qualified value never becomes a number silently.

The courses's minerals are the chapter's eight (bauxite, graphite, cesium, mica, niobium,
tantalum, lithium, copper) and silver, which the region is known for; :data:`COMMODITIES` names
the USGS commodities that stand for each.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from io import BytesIO
from pathlib import Path

import pandas as pd

from resources._table import field, require

FOLDER = "resources/usgs_mcs"
SCIENCEBASE = "https://www.sciencebase.gov/catalog/item/"
MCS_PAGE = (
    "https://www.usgs.gov/centers/national-minerals-information-center/mineral-commodity-summaries"
)

#: Each raw file: where it is staged, where USGS publishes it, its sha256 (PROVENANCE.md).
FILES = {
    "fig2_2023": (
        "mcs2023/MCS2023_Fig2_Net_Import_Reliance.csv",
        SCIENCEBASE + "63b5f411d34e92aad3caa57f",
        "ceeca4ea841be9cc37912080525a8d60efe805093433c5655377c12234c479a7",
    ),
    "fig3_2023": (
        "mcs2023/MCS2023_Fig3_Major_Import_Sources.csv",
        SCIENCEBASE + "63b5f411d34e92aad3caa57f",
        "4aa92101802cd5843fa985367b791a4983a6000b7654ed7c57ce497de594a839",
    ),
    "fig2_2024": (
        "mcs2024/MCS2024_Fig2_Net_Import_Reliance.csv",
        SCIENCEBASE + "65a6e45fd34e5af967a46749",
        "69389a0188f65c5d3a5746d9d002d114fdef6e9e97f60f7daaa114eeec802bef",
    ),
    "fig3_2024": (
        "mcs2024/MCS2024_Fig3_Major_Import_Sources.csv",
        SCIENCEBASE + "65a6e45fd34e5af967a46749",
        "09bff53a4a3c00749cd542bd30a788be03b3be35eb6745c9a6d38207bef2a2de",
    ),
    "trends_2025": (
        "mcs2025/original_zips/Industry_Trends.zip",
        SCIENCEBASE + "677eaf95d34e760b392c4970",
        "0bcdc87298b0a3d01a72d5403886caee318c1afb0ac50f974f346477714924a1",
    ),
    "salient_2025": (
        "mcs2025/original_zips/Salient_Commodity.zip",
        SCIENCEBASE + "677eaf95d34e760b392c4970",
        "54b00a9a852e25238865c3bd5640fa9f1fcc4d1a4a850b0e8705bc8a454bd743",
    ),
    "world_2025": (
        "mcs2025/original_zips/World_Data.zip",
        SCIENCEBASE + "677eaf95d34e760b392c4970",
        "c8d4f62366cfce698ce701948608efdbf321fe1e105e0acd41313f1c814292d8",
    ),
    "fig2_2026": (
        "mcs2026/MCS2026_Fig2_Net_Import_Reliance.csv",
        SCIENCEBASE + "696a75d5d4be0228872d3bf8",
        "b13c361a68c648d54d36ac2fc521fb9b7167c06468e9d2ad301cbd60a99474f7",
    ),
    "fig3_2026": (
        "mcs2026/MCS2026_Fig3_Major_Import_Sources.csv",
        SCIENCEBASE + "696a75d5d4be0228872d3bf8",
        "1b3bb8b7a2b95c087ad6648c62c245a29dfcbb1dc251c293816900be9190fd8d",
    ),
    "commodities_2026": (
        "mcs2026/MCS2026_Commodities_Data.csv",
        SCIENCEBASE + "696a75d5d4be0228872d3bf8",
        "582a0aa231aea53d8a97dc8d1cd3dfa5f885cf3760353e3d029d7f0ae4fbaaf5",
    ),
}
#: Member of the MCS 2025 Industry Trends zip that is the 2024 map file again (see FIG3_REPEAT).
FIG3_2025_MEMBER = "MCS2025_Fig3_Major_Import_Sources.csv"


def raw(*keys: str) -> list[dict]:
    """The RAW entries (path, url, sha256) of the files named by ``keys``."""
    return [
        {"path": f"{FOLDER}/{FILES[k][0]}", "url": FILES[k][1], "sha256": FILES[k][2]} for k in keys
    ]


EDITIONS = {
    2023: ("Mineral Commodity Summaries 2023 Data Release", "10.5066/P9WCYUI6"),
    2024: (
        "Mineral Commodity Summaries 2024 Data Release (ver. 2.0, March 2024)",
        "10.5066/P144BA54",
    ),
    2025: ("Mineral Commodity Summaries 2025 Data Release (files of ver. 1.0)", "10.5066/P13XCP3R"),
    2026: ("Mineral Commodity Summaries 2026 Data Release", "10.5066/P1WKQ63T"),
}


def sources(*editions: int) -> list[dict]:
    """The Frictionless source entries of the given MCS editions."""
    return [
        {
            "title": EDITIONS[year][0],
            "publisher": "U.S. Geological Survey, National Minerals Information Center",
            "version": f"MCS {year}, published {year} (DOI {EDITIONS[year][1]})",
            "path": f"https://doi.org/{EDITIONS[year][1]}",
        }
        for year in editions
    ]


LICENSES = [
    {
        "name": "other-pd",
        "title": "U.S. public domain (USGS-authored data); USGS asks to be acknowledged as the "
        "source",
        "path": "https://www.usgs.gov/information-policies-and-instructions/copyrights-and-credits",
    }
]

# ---------------------------------------------------------------- minerals and commodities

#: The course's minerals: the chapter's eight in its order, then silver.
MINERALS = [
    "bauxite",
    "graphite",
    "cesium",
    "mica",
    "niobium",
    "tantalum",
    "lithium",
    "copper",
    "silver",
]
#: The USGS commodity (course key) that stands for each mineral, with the names under which
#: each file publishes it (Fig2 names upper-case the element; the MCS 2026 long file and the
#: MCS 2025 salient files name chapters and forms).
COMMODITIES = {
    "bauxite": "bauxite",
    "alumina": "bauxite",
    "graphite (natural)": "graphite",
    "cesium": "cesium",
    "mica (natural), sheet": "mica",
    "mica (natural), scrap and flake": "mica",
    "niobium (columbium)": "niobium",
    "tantalum": "tantalum",
    "lithium": "lithium",
    "copper, refined": "copper",
    "silver": "silver",
}


def fold(text: str) -> str:
    """Lower case, accents and footnote digits dropped, spaces collapsed: a key for names."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().split())


def commodity_key(published: str) -> str:
    """The course's key for a commodity as USGS names it in Fig2 ('COPPER, refined' -> ...)."""
    return " ".join(str(published).split()).lower()


# ---------------------------------------------------------------- published values

QUALIFIERS = {
    "": "a plain number",
    ">": "more than the bound",
    "<": "less than the bound",
    "E": "net exporter",
    "W": "withheld to avoid disclosing company proprietary data",
    "NA": "not available",
    "—": "a dash, which the data release does not define",
    "words": "a word instead of a number (Large, Moderate, Very small)",
    "less than 1/2 unit": "less than half the unit",
}
WORDS = {"Large", "Moderate", "Very small"}


def published_value(text) -> tuple[str, str, float | None, float | None]:
    """(text as published, qualifier, value, bound) for one published cell.

    >>> published_value(">75")
    ('>75', '>', None, 75.0)
    >>> published_value("5,300")
    ('5,300', '', 5300.0, None)
    """
    shown = " ".join(str(text).split())
    number = re.fullmatch(r"([<>])?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)", shown)
    if number:
        amount = float(number.group(2).replace(",", ""))
        sign = number.group(1) or ""
        return shown, sign, (None if sign else amount), (amount if sign else None)
    if shown in ("E", "W", "NA", "—"):
        return shown, shown, None, None
    if shown in WORDS:
        return shown, "words", None, None
    if shown.rstrip(".") in ("s", "Less than ½ unit", "Less than 1/2 unit"):
        return shown, "less than 1/2 unit", None, None
    raise ValueError(f"a published value the course cannot read: {text!r}")


def value_columns(cells: pd.Series, prefix: str) -> pd.DataFrame:
    """The four columns <prefix>_published, qualifier, <prefix> and <prefix>_bound for cells."""
    parsed = [published_value(cell) for cell in cells]
    return pd.DataFrame(
        parsed,
        columns=[f"{prefix}_published", "qualifier", prefix, f"{prefix}_bound"],
        index=cells.index,
    )


# ---------------------------------------------------------------- country names

#: USGS spellings that differ from the countries table's names.
USGS_NAMES = {
    "congo (kinshasa)": "COD",
    "korea, republic of": "KOR",
    "republic of korea": "KOR",
    "korea, north": "PRK",
    "turkey": "TUR",
    "united states": "USA",
    "the bahamas": "BHS",
    "united kingdom": "GBR",
    "burma": "MMR",
}
#: Entries of USGS lists that are not one state of the countries table, and what they are.
NOT_A_STATE = {
    "other countries": "other countries",
    "other": "other countries",
    "world total": "world total",
    "world total (rounded)": "world total",
    "europe": "group of states",
    "china, germany, and russia": "group of states",
    "taiwan": "economy not in the countries table",
}
ENTRY_KINDS = ["state", *dict.fromkeys(NOT_A_STATE.values())]


def country_lookup(countries: pd.DataFrame) -> dict[str, str]:
    """Folded names (short name, UN name) of the countries table -> ISO3, plus USGS spellings."""
    names = {}
    for row in countries.itertuples():
        for spelling in (row.short_name, row.name, row.iso3):
            if isinstance(spelling, str) and spelling:
                names.setdefault(fold(spelling), row.iso3)
    names.update(USGS_NAMES)
    return names


def clean_name(published: str) -> str:
    """A source name without spaces around it or a footnote digit glued to it ('China3')."""
    return re.sub(r"(?<=[a-z])\d$", "", " ".join(str(published).split()))


def entries(published: pd.Series, countries: pd.DataFrame) -> pd.DataFrame:
    """iso3 (empty when not a state) and entry_kind for each name in a USGS list."""
    lookup = country_lookup(countries)
    rows = []
    for name in published:
        key = fold(clean_name(name))
        if key in NOT_A_STATE:
            rows.append(("", NOT_A_STATE[key]))
        else:
            require(key in lookup, f"USGS name {name!r} matches no state in the countries table")
            rows.append((lookup[key], "state"))
    return pd.DataFrame(rows, columns=["iso3", "entry_kind"], index=published.index)


# ---------------------------------------------------------------- reading the raw files


def path(sources: Path, key: str) -> Path:
    return sources / FOLDER / FILES[key][0]


def read_csv(sources: Path, key: str, member: str | None = None, **options) -> pd.DataFrame:
    """A raw CSV (or a member of a raw zip) as text columns; BOMs dropped, nothing else changed."""
    where = path(sources, key)
    if member is None:
        payload = where.read_bytes()
    else:
        with zipfile.ZipFile(where) as archive:
            payload = archive.read(member)
    encoding = options.pop("encoding", "utf-8-sig")
    return pd.read_csv(
        BytesIO(payload), dtype=str, keep_default_na=False, encoding=encoding, **options
    )


def zip_bytes(sources: Path, key: str, member: str) -> bytes:
    with zipfile.ZipFile(path(sources, key)) as archive:
        return archive.read(member)


def commodities_2026(sources: Path) -> pd.DataFrame:
    """The MCS 2026 long file (cp1252, as USGS ships it)."""
    return read_csv(sources, "commodities_2026", encoding="cp1252")


def edition_field(first: int, last: int) -> dict:
    """The ``edition`` column: the Mineral Commodity Summaries edition (year of publication)."""
    return field(
        "edition", "integer", "The MCS edition (year of publication).", required=True,
        minimum=first, maximum=last,
    )  # fmt: skip
