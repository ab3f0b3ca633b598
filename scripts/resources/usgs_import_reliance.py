"""Resource ``usgs_import_reliance``: US net import reliance by commodity and year, as published.

Rows come from three kinds of USGS file:

* ``Fig2``: the net-import-reliance figure of each MCS edition 2023-2026, every commodity it
  lists, one data year each (the year before the edition: 2022-2025);
* ``salient``: the MCS 2025 salient-statistics files (data years 2020-2024) of the course's
  minerals (bauxite and alumina, natural graphite, mica, niobium, tantalum, lithium, copper,
  silver; MCS 2025 has no cesium chapter);
* ``commodities``: the MCS 2026 long file (``MCS2026_Commodities_Data.csv``, data years
  2021-2025) for the same minerals and cesium (2025 only).

The published text is kept (``nir_published``); ``nir_pct`` holds a number only where the text
is a plain number, and ``nir_bound_pct`` the bound of ``>75`` or ``<25``. In the MCS 2026 long
file the rows of sheet mica and of scrap and flake mica carry the same label; they come in the
order flake, sheet in every year, which the build checks against the Fig2 values for 2025.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _usgs
from resources._table import columns, field, require, resource

RAW = _usgs.raw(
    "fig2_2023", "fig2_2024", "trends_2025", "fig2_2026", "salient_2025", "commodities_2026"
)

# (salient file in the MCS 2025 zip, its NIR column, course commodity key)
SALIENT = [
    ("mcs2025-bauxi_salient.csv", "Bauxite_NIR_pct", "bauxite"),
    ("mcs2025-bauxi_salient.csv", "Alumina_NIR_pct", "alumina"),
    ("mcs2025-graph_salient.csv", "NIR_pct", "graphite (natural)"),
    ("mcs2025-mica_salient.csv", "NIR_Sheet_pct", "mica (natural), sheet"),
    ("mcs2025-mica_salient.csv", "NIR_Flake_pct", "mica (natural), scrap and flake"),
    ("mcs2025-niobi_salient.csv", "NIR_pct", "niobium (columbium)"),
    ("mcs2025-tanta_salient.csv", "NIR_pct", "tantalum"),
    ("mcs2025-lithium_salient.csv", "NIR_pct", "lithium"),
    ("mcs2025-coppe_salient.csv", "NIR_pct", "copper, refined"),
    ("mcs2025-silve_salient.csv", "NIR_pct", "silver"),
]
# MCS 2026 long file: (MCS chapter, Commodity column) -> course commodity key
LONG = {
    ("BAUXITE AND ALUMINA", "Bauxite"): "bauxite",
    ("BAUXITE AND ALUMINA", "Alumina"): "alumina",
    ("GRAPHITE (NATURAL)", "Graphite (Natural)"): "graphite (natural)",
    ("CESIUM", "Cesium"): "cesium",
    ("NIOBIUM (COLUMBIUM)", "Niobium (Columbium)"): "niobium (columbium)",
    ("TANTALUM", "Tantalum"): "tantalum",
    ("LITHIUM", "Lithium"): "lithium",
    ("COPPER", "Copper"): "copper, refined",
    ("SILVER", "Silver"): "silver",
}
MICA_ORDER = ["mica (natural), scrap and flake", "mica (natural), sheet"]
TABLES = ["Fig2", "salient", "commodities"]

RESOURCE = resource(
    "usgs_import_reliance",
    order=61,
    title="US net import reliance by mineral commodity and year (USGS MCS 2023-2026)",
    description=(
        "US net import reliance (net imports as a percentage of apparent consumption) as USGS "
        "published it in its Mineral Commodity Summaries: every commodity of the Fig2 figure of "
        "the editions 2023-2026 (data years 2022-2025), and the yearly series of the course's "
        "minerals from the MCS 2025 salient files (2020-2024) and the MCS 2026 long file "
        "(2021-2025). Qualified values ('>75', '<25', 'E' net exporter, 'W' withheld) are kept "
        "as published; a number is taken only from a plain number."
    ),
    limits=[
        (
            "No edition before MCS 2023 is in the course: the values of about 2010-2012, when the "
            "chapter's source was written, cannot be checked here."
        ),
        (
            "The same data year can differ between editions (USGS revises; the latest year of an "
            "edition is an estimate): compare like with like, edition by edition."
        ),
        (
            "'>75' or '>50' is a bound, not a value: nir_pct is empty for it and nir_bound_pct "
            "holds the bound. USGS gives lithium only as '>25' or '>50' because US production is "
            "withheld."
        ),
        (
            "The MCS 2026 long file labels sheet and scrap-and-flake mica alike; the build tells "
            "them apart by their order, checked against the MCS 2026 Fig2 values for 2025."
        ),
        (
            "The MCS 2025 mica salient file repeats the column name USprod_Flake_t; the NIR "
            "columns are unaffected."
        ),
        "MCS 2025 has no cesium chapter: cesium has Fig2 values and the MCS 2026 value for 2025.",
    ],
    sources=_usgs.sources(2023, 2024, 2025, 2026),
    licenses=_usgs.LICENSES,
    fields=[
        _usgs.edition_field(2023, 2026),
        field(
            "source_table",
            "string",
            "Which file of the edition: Fig2 (the net-import-reliance figure), salient (MCS 2025 "
            "salient statistics of one commodity) or commodities (the MCS 2026 long file).",
            required=True,
            enum=TABLES,
        ),
        field(
            "commodity",
            "string",
            "The commodity as Fig2 names it, in lower case with spaces collapsed (e.g. 'copper, "
            "refined', 'mica (natural), sheet'); the salient and long-file rows use the same key.",
            required=True,
        ),
        field(
            "commodity_published",
            "string",
            "The commodity as the file names it (Fig2: 'COPPER, refined'; salient: file and "
            "column; long file: chapter and commodity).",
            required=True,
        ),
        field(
            "mineral",
            "string",
            "The course's mineral the commodity stands for (bauxite covers bauxite and alumina, "
            "mica covers sheet and scrap and flake); empty for other commodities.",
            enum=_usgs.MINERALS,
        ),
        field("year", "integer", "The data year.", required=True, minimum=2000, maximum=2030),
        field(
            "nir_published",
            "string",
            "Net import reliance as published: a number, '>N' or '<N' (more or less than N "
            "percent import reliant), 'E' (net exporter), 'W' (withheld), 'NA' (not available).",
            unit="percent of apparent consumption",
            required=True,
        ),
        field(
            "qualifier",
            "string",
            "How to read nir_published: '' a plain number, '>' or '<' a bound, or the code "
            "itself (E, W, NA).",
            enum=list(_usgs.QUALIFIERS),
        ),
        field(
            "nir_pct",
            "number",
            "The number, where nir_published is a plain number; empty otherwise.",
            unit="percent of apparent consumption",
            minimum=0,
            maximum=100,
        ),
        field(
            "nir_bound_pct",
            "number",
            "The bound of a '>N' or '<N' value (N); empty otherwise.",
            unit="percent of apparent consumption",
            minimum=0,
            maximum=100,
        ),
        field(
            "estimated",
            "boolean",
            "True where USGS marks the value as estimated (the last data year of each edition; "
            "its 'Estimated' note in the MCS 2026 long file).",
            required=True,
        ),
    ],
    primary_key=["edition", "source_table", "commodity", "year"],
)


def fig2(sources: Path) -> pd.DataFrame:
    """Every row of the four Fig2 files: edition, commodity, data year and published NIR."""
    frames = []
    for edition in (2023, 2024, 2025, 2026):
        if edition == 2025:
            table = _usgs.read_csv(sources, "trends_2025", "MCS2025_Fig2_Net_Import_Reliance.csv")
        else:
            table = _usgs.read_csv(sources, f"fig2_{edition}")
        value = f"Net_Import_Reliance_pct_{edition - 1}"
        require(value in table.columns, f"Fig2 {edition}: no column {value}")
        require((table["Source"] == f"MCS{edition}").all(), f"Fig2 {edition}: Source column")
        frames.append(
            pd.DataFrame(
                {
                    "edition": edition,
                    "source_table": "Fig2",
                    "commodity": table["Commodity"].map(_usgs.commodity_key),
                    "commodity_published": table["Commodity"].str.strip(),
                    "year": edition - 1,
                    "nir": table[value],
                    "estimated": True,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def salient(sources: Path) -> pd.DataFrame:
    """The NIR columns of the MCS 2025 salient files of the course's minerals (2020-2024)."""
    frames = []
    for member, column, commodity in SALIENT:
        table = _usgs.read_csv(sources, "salient_2025", member)
        table = table[table["Year"].str.strip() != ""]
        require(len(table) == 5, f"{member}: {len(table)} years, expected 2020-2024")
        frames.append(
            pd.DataFrame(
                {
                    "edition": 2025,
                    "source_table": "salient",
                    "commodity": commodity,
                    "commodity_published": f"{member}: {column}",
                    "year": table["Year"].astype(int),
                    "nir": table[column],
                    "estimated": table["Year"].astype(int) == 2024,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def long_file(sources: Path, fig2_rows: pd.DataFrame) -> pd.DataFrame:
    """The NIR rows of the MCS 2026 long file for the course's minerals (2021-2025)."""
    data = _usgs.commodities_2026(sources)
    nir = data[data["Statistics"] == "Net import reliance"]
    rows = []
    for (chapter, name), commodity in LONG.items():
        block = nir[(nir["MCS chapter"] == chapter) & (nir["Commodity"] == name)]
        require(len(block) > 0, f"long file: no NIR rows for {chapter} / {name}")
        rows.append(block.assign(commodity=commodity))
    mica = nir[nir["MCS chapter"] == "MICA (NATURAL)"].copy()
    require((mica.groupby("Year").size() == 2).all(), "long file: mica has not two rows a year")
    mica["commodity"] = [MICA_ORDER[i % 2] for i in range(len(mica))]
    fig2_2025 = fig2_rows[(fig2_rows["edition"] == 2026)].set_index("commodity")["nir"]
    for commodity in MICA_ORDER:
        said = mica.loc[(mica["Year"] == "2025") & (mica["commodity"] == commodity), "Value"]
        require(
            said.tolist() == [fig2_2025[commodity]],
            f"long file: mica order does not match Fig2 for {commodity}",
        )
    table = pd.concat([*rows, mica])
    return pd.DataFrame(
        {
            "edition": 2026,
            "source_table": "commodities",
            "commodity": table["commodity"],
            "commodity_published": table["MCS chapter"] + ": " + table["Commodity"],
            "year": table["Year"].astype(int),
            "nir": table["Value"],
            "estimated": table["Notes"].str.startswith("Estimated"),
        }
    )


def build(sources: Path) -> pd.DataFrame:
    """Fig2 rows of every edition, then the yearly series; sorted by edition, table, commodity."""
    fig2_rows = fig2(sources)
    table = pd.concat(
        [fig2_rows, salient(sources), long_file(sources, fig2_rows)], ignore_index=True
    )
    table["mineral"] = table["commodity"].map(_usgs.COMMODITIES).fillna("")
    parsed = _usgs.value_columns(table["nir"], "nir_pct")
    table["nir_published"] = parsed["nir_pct_published"]
    table["qualifier"] = parsed["qualifier"]
    table["nir_pct"] = parsed["nir_pct"]
    table["nir_bound_pct"] = parsed["nir_pct_bound"]
    course = table[table["source_table"] != "Fig2"]["commodity"]
    require(set(course) <= set(_usgs.COMMODITIES), f"unknown commodities {set(course)}")
    order = {name: i for i, name in enumerate(TABLES)}
    table = table.sort_values(
        ["edition", "source_table", "commodity", "year"],
        key=lambda s: s.map(order) if s.name == "source_table" else s,
        kind="stable",
    )
    return table[columns(RESOURCE)].reset_index(drop=True)
