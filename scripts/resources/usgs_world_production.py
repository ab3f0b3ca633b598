"""Resource ``usgs_world_production``: world mine (or refinery) production and reserves by country.

From the MCS 2025 world data file (``MCS2025_World_Data.csv`` in ``World_Data.zip``: production
2023 and 2024, reserves as of the 2025 edition's data year 2024) and the world sections of the
MCS 2026 long file (production 2024 and 2025, reserves 2025), the rows of the course's minerals:
bauxite (mine) and alumina (refinery), copper (mine and refinery), natural graphite, lithium,
mica (sheet, scrap and flake), niobium, silver and tantalum (mine), and cesium (reserves only:
USGS publishes no cesium production table).

Reading rules, each checked by the build:

* an empty cell is no data (no row); a value is kept as published, with a number only where it
  is a plain number (``value``) or a bound (``value_bound``; ``>17,000,000``);
* MCS 2025 puts some values in the notes columns instead: a production note 'W for 23-24'
  (withheld, both years) or 'NA', and reserves written as a word ('Large', 'Moderate', 'Very
  small') or 'NA' in the reserve notes; those become the published value;
* the production of 2024 in MCS 2025 is an estimate (its column is 'PROD_EST_ 2024'), and so is a
  2023 value noted 'estimated 2023'; in MCS 2026 a value noted 'Estimated'.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _usgs
from resources._table import columns, field, foreign_key, require, resource

RAW = _usgs.raw("world_2025", "commodities_2026")
MEASURES = ["mine production", "refinery production", "reserves"]

# MCS 2025: (COMMODITY stripped, TYPE stripped) -> (commodity key, production measure)
TYPES_2025 = {
    ("Bauxite", "Mine production, bauxite, dry tons"): ("bauxite", "mine production"),
    ("Bauxite", "Refinery production, alumina - calcined equivalent weights"): (
        "alumina",
        "refinery production",
    ),
    ("Copper", "Mine production, recoverable copper content"): ("copper", "mine production"),
    ("Copper", "Refinery production, copper"): ("copper", "refinery production"),
    ("Graphite", "Mine production"): ("graphite (natural)", "mine production"),
    ("Lithium", "Mine production, lithium content"): ("lithium", "mine production"),
    ("Mica (Natural)", "Mine production, mica scrap and flake"): (
        "mica (natural), scrap and flake",
        "mine production",
    ),
    ("Mica (Natural)", "Mine production, mica sheet"): ("mica (natural), sheet", "mine production"),
    ("Niobium", "Mine production, niobium content"): ("niobium (columbium)", "mine production"),
    ("Silver", "Mine production, silver content"): ("silver", "mine production"),
    ("Tantalum", "Mine production, tantalum content"): ("tantalum", "mine production"),
}
# MCS 2026: (MCS chapter, Statistics_detail without ': rounded') -> (commodity key, measure)
DETAILS_2026 = {
    ("BAUXITE AND ALUMINA", "Bauxite, mine production"): ("bauxite", "mine production"),
    ("BAUXITE AND ALUMINA", "Bauxite reserves"): ("bauxite", "reserves"),
    ("BAUXITE AND ALUMINA", "Alumina, refinery production"): ("alumina", "refinery production"),
    ("COPPER", "Mine production"): ("copper", "mine production"),
    ("COPPER", "Refinery production"): ("copper", "refinery production"),
    ("COPPER", "Reserves"): ("copper", "reserves"),
    ("GRAPHITE (NATURAL)", "Mine production"): ("graphite (natural)", "mine production"),
    ("GRAPHITE (NATURAL)", "Reserves"): ("graphite (natural)", "reserves"),
    ("LITHIUM", "Mine production"): ("lithium", "mine production"),
    ("LITHIUM", "Reserves"): ("lithium", "reserves"),
    ("MICA (NATURAL)", "Mica (Scrap and flake): production"): (
        "mica (natural), scrap and flake",
        "mine production",
    ),
    ("MICA (NATURAL)", "Mica (Scrap and flake): Reserves"): (
        "mica (natural), scrap and flake",
        "reserves",
    ),
    ("MICA (NATURAL)", "Mica (Sheet): Mine production"): (
        "mica (natural), sheet",
        "mine production",
    ),
    ("MICA (NATURAL)", "Mica (Sheet): Reserves"): ("mica (natural), sheet", "reserves"),
    ("NIOBIUM (COLUMBIUM)", "Mine production"): ("niobium (columbium)", "mine production"),
    ("NIOBIUM (COLUMBIUM)", "Reserves"): ("niobium (columbium)", "reserves"),
    ("SILVER", "Mine production"): ("silver", "mine production"),
    ("SILVER", "Reserves"): ("silver", "reserves"),
    ("TANTALUM", "Mine production"): ("tantalum", "mine production"),
    ("TANTALUM", "Reserves"): ("tantalum", "reserves"),
}
COMMODITY_MINERAL = {
    "bauxite": "bauxite",
    "alumina": "bauxite",
    "copper": "copper",
    "graphite (natural)": "graphite",
    "lithium": "lithium",
    "mica (natural), scrap and flake": "mica",
    "mica (natural), sheet": "mica",
    "niobium (columbium)": "niobium",
    "silver": "silver",
    "tantalum": "tantalum",
    "cesium": "cesium",
}
CESIUM_RESERVES = "Australia, Canada, China, and Namibia were estimated to have reserves"

RESOURCE = resource(
    "usgs_world_production",
    order=64,
    title="World mine and refinery production and reserves by country for the course's "
    "minerals (USGS MCS 2025-2026)",
    description=(
        "One row per edition, commodity, measure (mine production, refinery production, "
        "reserves), year and country (or the remainder 'Other countries' and the world total), "
        "as published in the world tables of the USGS Mineral Commodity Summaries 2025 and 2026 "
        "for the course's minerals: production 2023-2025, reserves as of 2024 and 2025."
    ),
    limits=[
        (
            "Each table lists the main producers only; the others are summed in 'Other "
            "countries'. A share computed from the listed states is a share of the world total "
            "published in the same table."
        ),
        (
            "The last year of each edition is an estimate and the next edition revises it: for a "
            "year in both editions take the later one."
        ),
        (
            "Reserves are what USGS counts as economically extractable now, not all resources: "
            "Bolivia, for example, has no lithium reserves in these tables."
        ),
        (
            "US lithium production is withheld ('W') and left out of the world total; some "
            "reserves are given only as words ('Large', 'Moderate') or 'NA'. Cesium has only a "
            "sentence on reserves (less than 200,000 tons in Australia, Canada, China and "
            "Namibia)."
        ),
        (
            "MCS 2025 writes some values in its notes columns (a production note 'W for 23-24', "
            "reserves such as 'Large'); the build moves them into the value."
        ),
    ],
    sources=_usgs.sources(2025, 2026),
    licenses=_usgs.LICENSES,
    fields=[
        _usgs.edition_field(2025, 2026),
        field(
            "commodity",
            "string",
            "The commodity (course key): bauxite, alumina, copper, graphite (natural), lithium, "
            "mica (natural), sheet or scrap and flake, niobium (columbium), silver, tantalum, "
            "cesium.",
            required=True,
            enum=list(COMMODITY_MINERAL),
        ),
        field("mineral", "string", "The course's mineral.", required=True, enum=_usgs.MINERALS),
        field(
            "measure",
            "string",
            "Mine production (content of the commodity in the ore mined), refinery production, "
            "or reserves.",
            required=True,
            enum=MEASURES,
        ),
        field("year", "integer", "The data year.", required=True, minimum=2020, maximum=2030),
        field(
            "country_published", "string", "The country or entry as USGS spells it.", required=True
        ),
        field(
            "iso3",
            "string",
            "The state (ISO 3166-1 alpha-3); empty for 'Other countries' and the world total.",
            pattern="[A-Z]{3}",
        ),
        field(
            "entry_kind",
            "string",
            "'state', 'other countries' or 'world total'.",
            required=True,
            enum=_usgs.ENTRY_KINDS,
        ),
        field("value_published", "string", "The value as published.", required=True),
        field(
            "qualifier",
            "string",
            "How to read value_published: '' a plain number, '>' or '<' a bound, W withheld, NA "
            "not available, 'words' (Large, Moderate, Very small), '—' a dash.",
            enum=list(_usgs.QUALIFIERS),
        ),
        field("value", "number", "The number, where value_published is a plain number.", minimum=0),
        field("value_bound", "number", "The bound of a '>N' or '<N' value.", minimum=0),
        field(
            "unit",
            "string",
            "The unit, as published (e.g. 'metric tons', 'thousand metric tons').",
            required=True,
        ),
        field(
            "estimated", "boolean", "True where USGS marks the value as an estimate.", required=True
        ),
        field("note", "string", "USGS's note on the value, as published (may be empty)."),
    ],
    primary_key=["edition", "commodity", "measure", "year", "country_published"],
    foreign_keys=[foreign_key("iso3", "countries")],
)

WITHHELD_NOTE = "W for 23-24"


def rows_2025(sources: Path) -> pd.DataFrame:
    """Production 2023 and 2024 and reserves 2024 of the course's minerals, from MCS 2025."""
    world = _usgs.read_csv(sources, "world_2025", "MCS2025_World_Data.csv")
    require("PROD_EST_ 2024" in world.columns, "MCS 2025 world data: no column 'PROD_EST_ 2024'")
    world = world.rename(columns={"PROD_EST_ 2024": "PROD_EST_2024"})
    world["COMMODITY"] = world["COMMODITY"].str.strip()
    world["TYPE"] = world["TYPE"].str.strip()
    keys = list(zip(world["COMMODITY"], world["TYPE"], strict=True))
    world = world[[key in TYPES_2025 for key in keys]]
    require(
        len({*zip(world["COMMODITY"], world["TYPE"], strict=True)}) == len(TYPES_2025),
        "MCS 2025 world data: a commodity table is missing",
    )
    out = []
    for row in world.itertuples(index=False):
        commodity, measure = TYPES_2025[(row.COMMODITY, row.TYPE)]
        note = row.PROD_NOTES.strip()
        for year, cell in ((2023, row.PROD_2023), (2024, row.PROD_EST_2024)):
            value = cell.strip()
            if not value and note == WITHHELD_NOTE:
                value, note_used = "W", note
            elif not value and note == "NA":
                value, note_used = "NA", ""
            else:
                note_used = note if note.lower() != "estimated 2023" else ""
            if value:
                estimated = year == 2024 or note.lower() == "estimated 2023"
                out.append(
                    (
                        2025,
                        commodity,
                        measure,
                        year,
                        row.COUNTRY,
                        value,
                        row.UNIT_MEAS,
                        estimated,
                        note_used,
                    )
                )
        if measure == "mine production":
            value, note = row.RESERVES_2024.strip(), row.RESERVE_NOTES.strip()
            if not value and (note in _usgs.WORDS or note == "NA"):
                value, note = note, ""
            if value:
                out.append(
                    (
                        2025,
                        commodity,
                        "reserves",
                        2024,
                        row.COUNTRY,
                        value,
                        row.UNIT_MEAS,
                        False,
                        note,
                    )
                )
    return pd.DataFrame(out, columns=COLUMNS_RAW)


COLUMNS_RAW = [
    "edition",
    "commodity",
    "measure",
    "year",
    "country_published",
    "value_raw",
    "unit",
    "estimated",
    "note",
]


def rows_2026(sources: Path) -> pd.DataFrame:
    """Production 2024 and 2025 and reserves 2025 of the course's minerals, from MCS 2026."""
    data = _usgs.commodities_2026(sources)
    world = data[data["Section"].str.startswith("World")].copy()
    world["detail"] = world["Statistics_detail"].str.replace(r"[:,] rounded$", "", regex=True)
    keys = list(zip(world["MCS chapter"], world["detail"], strict=True))
    cesium = world[(world["MCS chapter"] == "CESIUM")]
    world = world[[key in DETAILS_2026 for key in keys]]
    require(
        len({*zip(world["MCS chapter"], world["detail"], strict=True)}) == len(DETAILS_2026),
        "MCS 2026 world data: a commodity table is missing",
    )
    mapped = [DETAILS_2026[key] for key in zip(world["MCS chapter"], world["detail"], strict=True)]
    table = pd.DataFrame(
        {
            "edition": 2026,
            "commodity": [c for c, _ in mapped],
            "measure": [m for _, m in mapped],
            "year": world["Year"].astype(int),
            "country_published": world["Country"],
            "value_raw": world["Value"],
            "unit": world["Unit"],
            "estimated": world["Notes"].str.startswith("Estimated"),
            "note": world["Notes"].str.replace(r"^Estimated\.( -- )?", "", regex=True),
        }
    )
    require(
        len(cesium) == 1 and cesium["Statistics_detail"].iloc[0].startswith(CESIUM_RESERVES),
        "MCS 2026: the cesium reserves sentence changed",
    )
    row = cesium.iloc[0]
    extra = pd.DataFrame(
        [
            (
                2026,
                "cesium",
                "reserves",
                int(row["Year"]),
                row["Country"],
                row["Value"],
                row["Unit"],
                False,
                row["Statistics_detail"],
            )
        ],
        columns=COLUMNS_RAW,
    )
    return pd.concat([table, extra], ignore_index=True)


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """Both editions' rows, with ISO3, parsed values; sorted by edition, commodity, measure."""
    table = pd.concat([rows_2025(sources), rows_2026(sources)], ignore_index=True)
    table["country_published"] = table["country_published"].str.strip()
    table = table[table["value_raw"].str.strip() != ""].reset_index(drop=True)
    parsed = _usgs.value_columns(table["value_raw"], "value")
    table = pd.concat([table, parsed], axis=1)
    table = pd.concat([table, _usgs.entries(table["country_published"], countries)], axis=1)
    table["mineral"] = table["commodity"].map(COMMODITY_MINERAL)
    table["unit"] = table["unit"].str.strip()
    table["note"] = table["note"].fillna("").str.strip()
    keys = ["edition", "commodity", "measure", "year", "country_published"]
    require(not table.duplicated(keys).any(), "two values for one country, year and measure")
    return table[columns(RESOURCE)].sort_values(keys, kind="stable").reset_index(drop=True)
