"""Resource ``usgs_import_sources``: the major US import sources USGS names for each commodity.

One row per name in the 'Major import sources' list of the Fig2 figure of each MCS edition
2023-2026 (every commodity), in the published order (descending import share; USGS gives no
shares in these lists). Names are matched to ISO3 through the countries table; entries that are
not one state (Europe, Taiwan) keep an empty ``iso3`` and say what they are in ``entry_kind``.
Lists published as 'NA' (xenon, krypton, neon in MCS 2026) have no rows.

The editions also ship a Fig3 file. Up to MCS 2025 it is a map (for each country, the number
of commodities for which it is a major source); the MCS 2025 release's Fig3 is the MCS 2024
file byte for byte (its Source column reads MCS2024). The course therefore reads no map file:
counts per country are made from each edition's own Fig2 lists. The build checks that the two
files are still identical, so that the limit below stays true.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _usgs
from resources._table import columns, field, foreign_key, require, resource

RAW = _usgs.raw("fig2_2023", "fig2_2024", "trends_2025", "fig2_2026", "fig3_2024")
PERIODS = {2023: "2018-2021", 2024: "2019-2022", 2025: "2020-2023", 2026: "2021-2024"}
LIST_COLUMNS = {
    2023: "Major_Import_Sources_2018_2021",
    2024: "Major_Import_Sources_2019_2022",
    2025: "Major_Import_Sources_2020_2023",
    2026: "Major_Import_Sources_2021_24",
}

RESOURCE = resource(
    "usgs_import_sources",
    order=62,
    title="Major US import sources by mineral commodity, as USGS lists them (MCS 2023-2026)",
    description=(
        "One row per country (or other entry) in the list of major US import sources that the "
        "net-import-reliance figure (Fig2) of each USGS Mineral Commodity Summaries edition "
        "2023-2026 gives for each commodity, in the published order (descending import share "
        "over the four years before the data year). The lists give no shares: see "
        "usgs_import_shares for the percentages of MCS 2026."
    ),
    limits=[
        (
            "A list names the largest sources only (up to four); a country missing from it may "
            "still supply some of US imports."
        ),
        (
            "The MCS 2025 release's Fig3 map file (number of commodities per source country) is "
            "the MCS 2024 file byte for byte, its Source column reading MCS2024: a map of 2025 "
            "drawn from it would show 2024's counts. The course uses no Fig3 map file and counts "
            "sources from each edition's Fig2 lists."
        ),
        (
            "MCS 2025 glues a footnote number to two names ('China3'); it is dropped. MCS 2023 "
            "lists 'Europe' as a source of scandium (entry_kind 'group of states')."
        ),
        "Imports from Hong Kong are included with China where the edition says so.",
        "Taiwan is not in the course's countries table: its iso3 is empty.",
    ],
    sources=_usgs.sources(2023, 2024, 2025, 2026),
    licenses=_usgs.LICENSES,
    fields=[
        _usgs.edition_field(2023, 2026),
        field(
            "period",
            "string",
            "The years whose imports the list ranks, as the edition's column name gives them.",
            required=True,
            enum=list(PERIODS.values()),
        ),
        field(
            "commodity",
            "string",
            "The commodity as Fig2 names it, in lower case (the key of usgs_import_reliance).",
            required=True,
        ),
        field(
            "mineral",
            "string",
            "The course's mineral the commodity stands for; empty for other commodities.",
            enum=_usgs.MINERALS,
        ),
        field(
            "rank",
            "integer",
            "Place in the published list (1 = largest import share).",
            required=True,
            minimum=1,
        ),
        field("source_published", "string", "The entry as USGS spells it.", required=True),
        field(
            "iso3",
            "string",
            "The state (ISO 3166-1 alpha-3); empty when the entry is not one state of the "
            "countries table.",
            pattern="[A-Z]{3}",
        ),
        field(
            "entry_kind",
            "string",
            "'state', or what else the entry is.",
            required=True,
            enum=_usgs.ENTRY_KINDS,
        ),
    ],
    primary_key=["edition", "commodity", "rank"],
    foreign_keys=[foreign_key("iso3", "countries")],
)


def fig2_lists(sources: Path) -> pd.DataFrame:
    """edition, commodity and the published list of sources, one row per commodity."""
    frames = []
    for edition, column in LIST_COLUMNS.items():
        if edition == 2025:
            table = _usgs.read_csv(sources, "trends_2025", "MCS2025_Fig2_Net_Import_Reliance.csv")
        else:
            table = _usgs.read_csv(sources, f"fig2_{edition}")
        require(column in table.columns, f"Fig2 {edition}: no column {column}")
        frames.append(
            pd.DataFrame(
                {
                    "edition": edition,
                    "commodity": table["Commodity"].map(_usgs.commodity_key),
                    "listed": table[column],
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def check_fig3_repeat(sources: Path) -> None:
    """The MCS 2025 Fig3 map file is still the MCS 2024 file byte for byte (see limits)."""
    fig3_2025 = _usgs.zip_bytes(sources, "trends_2025", _usgs.FIG3_2025_MEMBER)
    require(
        fig3_2025 == _usgs.path(sources, "fig3_2024").read_bytes(),
        "the MCS 2025 Fig3 file is no longer the MCS 2024 one: update the limits",
    )


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """One row per listed source, in edition, commodity and published order."""
    check_fig3_repeat(sources)
    lists = fig2_lists(sources)
    lists = lists[lists["listed"].str.strip() != "NA"]
    rows = []
    for item in lists.itertuples():
        names = [name.strip() for name in item.listed.split(",") if name.strip()]
        for rank, name in enumerate(names, start=1):
            rows.append((item.edition, item.commodity, rank, _usgs.clean_name(name)))
    table = pd.DataFrame(rows, columns=["edition", "commodity", "rank", "source_published"])
    table = pd.concat([table, _usgs.entries(table["source_published"], countries)], axis=1)
    table["period"] = table["edition"].map(PERIODS)
    table["mineral"] = table["commodity"].map(_usgs.COMMODITIES).fillna("")
    return (
        table[columns(RESOURCE)]
        .sort_values(["edition", "commodity", "rank"])
        .reset_index(drop=True)
    )
