"""Resource ``usgs_import_shares``: shares of US imports by source, 2021-24 (USGS MCS 2026).

The 'Import Sources' section of the MCS 2026 long file (``MCS2026_Commodities_Data.csv``)
gives, for each commodity and product form, the percentage of US imports from each major
source over 2021-24 and a remainder ('Other countries'). This table keeps the rows of the
course's minerals. ``fig2_commodity`` marks the form that matches a commodity of the Fig2
figure (refined copper for 'copper, refined', total niobium imports for niobium, and so on).
The build checks the shares of those forms against the MCS 2026 Fig3 file, which repeats them
for some commodities.

Cesium has no import shares (Fig3 gives its source as 'NA'). Earlier editions publish no
shares in a machine-readable file found for the course.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _usgs
from resources._table import columns, field, foreign_key, require, resource

RAW = _usgs.raw("commodities_2026", "fig3_2026")

# (MCS chapter, Commodity, Statistics_detail) -> the Fig2 commodity that form stands for
HEADLINE = {
    ("BAUXITE AND ALUMINA", "Bauxite", "Bauxite"): "bauxite",
    ("BAUXITE AND ALUMINA", "Alumina", "Alumina"): "alumina",
    ("COPPER", "Copper", "Refined copper"): "copper, refined",
    ("GRAPHITE (NATURAL)", "Graphite (Natural)", "All"): "graphite (natural)",
    ("LITHIUM", "Lithium", "All"): "lithium",
    ("MICA (NATURAL)", "Mica (Natural)", "Sheet"): "mica (natural), sheet",
    ("MICA (NATURAL)", "Mica (Natural)", "Scrap and flake"): "mica (natural), scrap and flake",
    ("NIOBIUM (COLUMBIUM)", "Niobium (Columbium)", "Total imports"): "niobium (columbium)",
    ("SILVER", "Silver", "All"): "silver",
    ("TANTALUM", "Tantalum", "Total"): "tantalum",
}
CHAPTERS = {chapter: _usgs.COMMODITIES[key] for (chapter, _, _), key in HEADLINE.items()}
# Fig3 commodity name -> Fig2 commodity key, for the cross-check
FIG3 = {
    "Copper, refined": "copper, refined",
    "Graphite, natural": "graphite (natural)",
    "Lithium": "lithium",
    "Niobium": "niobium (columbium)",
    "Silver": "silver",
    "Tantalum": "tantalum",
}

RESOURCE = resource(
    "usgs_import_shares",
    order=63,
    title="Shares of US imports by source country, 2021-24, for the course's minerals "
    "(USGS MCS 2026)",
    description=(
        "For each of the course's minerals (bauxite and alumina, natural graphite, mica, niobium, "
        "tantalum, lithium, copper, silver) and each product form USGS distinguishes, the "
        "percentage of US imports over 2021-24 from each major source and from all others "
        "together, as published in the 'Import Sources' section of the Mineral Commodity "
        "Summaries 2026 data release."
    ),
    limits=[
        (
            "Shares are of imports, not of US consumption: for a commodity the US also produces or "
            "exports, a 60 percent share of imports is a smaller share of supply."
        ),
        (
            "One period only (2021-24, MCS 2026); the earlier editions' Fig2 lists give the order "
            "of sources without shares (usgs_import_sources)."
        ),
        "Cesium has no shares: USGS gives its source as 'NA'.",
        (
            "Values such as '>99' or '<1' are kept as published; share_pct is then empty and "
            "share_bound_pct holds the bound."
        ),
    ],
    sources=_usgs.sources(2026),
    licenses=_usgs.LICENSES,
    fields=[
        field(
            "commodity",
            "string",
            "The commodity as the long file names it, in lower case (e.g. 'copper', 'mica "
            "(natural)').",
            required=True,
        ),
        field(
            "form",
            "string",
            "The product form as published (e.g. 'Refined copper', 'Sheet', 'All').",
            required=True,
        ),
        field(
            "fig2_commodity",
            "string",
            "The Fig2 commodity (key of usgs_import_reliance) this form stands for; empty for "
            "forms that match none (e.g. copper scrap).",
        ),
        field(
            "mineral",
            "string",
            "The course's mineral.",
            required=True,
            enum=_usgs.MINERALS,
        ),
        field("period", "string", "The years the shares cover.", required=True, enum=["2021-2024"]),
        field(
            "rank",
            "integer",
            "Place in the published order (the remainder 'Other countries' last).",
            required=True,
            minimum=1,
        ),
        field("source_published", "string", "The source as USGS spells it.", required=True),
        field(
            "iso3",
            "string",
            "The state (ISO 3166-1 alpha-3); empty for 'Other countries'.",
            pattern="[A-Z]{3}",
        ),
        field(
            "entry_kind",
            "string",
            "'state', or what else the entry is.",
            required=True,
            enum=_usgs.ENTRY_KINDS,
        ),
        field(
            "share_published",
            "string",
            "The share as published.",
            unit="percent of US imports of the form",
            required=True,
        ),
        field(
            "qualifier",
            "string",
            "'' for a plain number, '>' or '<' for a bound.",
            enum=list(_usgs.QUALIFIERS),
        ),
        field(
            "share_pct",
            "number",
            "The share, where published as a plain number.",
            unit="percent of US imports of the form",
            minimum=0,
            maximum=100,
        ),
        field(
            "share_bound_pct",
            "number",
            "The bound of a '>N' or '<N' share.",
            unit="percent of US imports of the form",
            minimum=0,
            maximum=100,
        ),
        field("note", "string", "USGS's note on the form, as published (may be empty)."),
    ],
    primary_key=["commodity", "form", "rank"],
    foreign_keys=[foreign_key("iso3", "countries")],
)


def check_against_fig3(sources: Path, table: pd.DataFrame) -> None:
    """Fig3 of MCS 2026 repeats some headline shares: they must be the same numbers."""
    fig3 = _usgs.read_csv(sources, "fig3_2026")
    fig3 = fig3[fig3["Commodity"].isin(FIG3)].assign(key=lambda f: f["Commodity"].map(FIG3))
    fig3["Import_Source_2021_24"] = fig3["Import_Source_2021_24"].replace(
        "Other", "Other countries"
    )
    ours = table[table["fig2_commodity"].isin(FIG3.values())]
    left = set(
        zip(ours["fig2_commodity"], ours["source_published"], ours["share_published"], strict=True)
    )
    right = set(zip(fig3["key"], fig3["Import_Source_2021_24"], fig3["Percent"], strict=True))
    require(left == right, f"long file and Fig3 shares differ: {sorted(left ^ right)[:4]}")


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """The Import Sources rows of the course's minerals, in published order within each form."""
    data = _usgs.commodities_2026(sources)
    shares = data[(data["Section"] == "Import Sources") & data["MCS chapter"].isin(CHAPTERS)]
    shares = shares.copy()
    require((shares["Year"] == "2021–24").all(), "import shares: a period other than 2021-24")
    require((shares["Unit"] == "percent").all(), "import shares: a unit other than percent")
    shares["rank"] = shares.groupby(["Commodity", "Statistics_detail"]).cumcount() + 1
    keys = list(
        zip(shares["MCS chapter"], shares["Commodity"], shares["Statistics_detail"], strict=True)
    )
    parsed = _usgs.value_columns(shares["Value"], "share_pct")
    table = pd.DataFrame(
        {
            "commodity": shares["Commodity"].str.lower(),
            "form": shares["Statistics_detail"],
            "fig2_commodity": [HEADLINE.get(key, "") for key in keys],
            "mineral": shares["MCS chapter"].map(CHAPTERS),
            "period": "2021-2024",
            "rank": shares["rank"],
            "source_published": shares["Country"],
            "share_published": parsed["share_pct_published"],
            "qualifier": parsed["qualifier"],
            "share_pct": parsed["share_pct"],
            "share_bound_pct": parsed["share_pct_bound"],
            "note": shares["Notes"].str.strip(),
        }
    )
    table = pd.concat([table, _usgs.entries(table["source_published"], countries)], axis=1)
    require(set(HEADLINE.values()) <= set(table["fig2_commodity"]), "a headline form is missing")
    check_against_fig3(sources, table)
    return (
        table[columns(RESOURCE)].sort_values(["commodity", "form", "rank"]).reset_index(drop=True)
    )
