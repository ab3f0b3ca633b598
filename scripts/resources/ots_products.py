"""Resource ``ots_products``: what Russia exports to the 33 states, and to the world, by HS
section, 1992-2018 (Open Trade Statistics, from UN Comtrade).

Aggregates only. UN Comtrade's terms limit the redistribution of its bulk data, so the course
commits no partner-by-product rows: it sums Russia's exports over the 33 Latin American and
Caribbean partners (``trade/ots_rus_to_lac_by_community_1992-2018.csv``) and takes Russia's
exports to all partners (``trade/ots_rus_world_by_community_1992-2018.csv``, summed by the data
scout), by year and HS section, with each section's share of the year's total.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, require, resource

LAC_FILE = "trade/ots_rus_to_lac_by_community_1992-2018.csv"
WORLD_FILE = "trade/ots_rus_world_by_community_1992-2018.csv"
RAW = [
    {
        "path": LAC_FILE,
        "url": "https://tradestatistics.io (API table yrpc, via github.com/jbkunst/trd-sttstcs "
        "data/country/rus.rds)",
        "sha256": "fff16217a9afa559aa3d88bd6a346172ff9dee16018cdadc22153e16c8310bfa",
    },
    {
        "path": WORLD_FILE,
        "url": "https://tradestatistics.io (API table yrpc, via github.com/jbkunst/trd-sttstcs "
        "data/country/rus.rds)",
        "sha256": "036a404ffd932b7c1dac1df2d2f4c60e01d1e717cb9ddbaf21a464615cab05b1",
    },
]
SECTIONS = {  # OTS community -> HS chapters (standard HS nomenclature; trade/PROVENANCE.md)
    "Animal Products": "01-05", "Vegetable Products": "06-14",
    "Animal and Vegetable Bi-Products": "15", "Foodstuffs": "16-24",
    "Mineral Products": "25-27", "Chemical Products": "28-38", "Plastics and Rubbers": "39-40",
    "Animal Hides": "41-43", "Wood Products": "44-46", "Paper Goods": "47-49",
    "Textiles": "50-63", "Footwear and Headwear": "64-67", "Stone And Glass": "68-70",
    "Precious Metals": "71", "Metals": "72-83", "Machines": "84-85", "Transportation": "86-89",
    "Instruments": "90-92", "Weapons": "93", "Miscellaneous": "94-96",
    "Arts and Antiques": "97", "Unspecified": "98-99",
}  # fmt: skip
DESTINATIONS = {"LAC33": "the 33 Latin American and Caribbean states together", "WLD": "world"}

RESOURCE = resource(
    "ots_products",
    order=63,
    title="Russia's exports to Latin America and the Caribbean and to the world by HS section, "
    "1992-2018 (aggregates)",
    description=(
        "One row per destination (the 33 states together, or the world), year and HS section: "
        "the value of Russia's exports as Russia reported them to UN Comtrade, processed by Open "
        "Trade Statistics, and the section's share of the year's total. Aggregates only."
    ),
    limits=[
        "Ends in 2018 (the OTS API as served in March 2020).",
        (
            "OTS values are higher than Russia's DOTS figures (US$556 bn against 449 bn for 2018): "
            "use "
            "them for product shares, DOTS for levels."
        ),
        "'Unspecified' (HS 98-99) is large; HS 93 'Weapons' leaves out most arms transfers.",
        "No partner-by-product rows: UN Comtrade's terms limit redistribution of its bulk data.",
    ],
    sources=[
        {
            "title": "Open Trade Statistics, table yrpc (year, reporter, partner, commodity), "
            "Russia, summed to HS sections (communities)",
            "publisher": "Open Trade Statistics (M. Vargas Sepúlveda et al.), processed from UN "
            "Comtrade",
            "version": "API as served about March 2020; latest year 2018",
            "path": "https://tradestatistics.io",
        }
    ],
    licenses=[
        {
            "name": "other-at",
            "path": "https://comtradeplus.un.org/",
            "title": "UN Comtrade terms of use (no bulk redistribution): aggregates only, credited "
            "'Open Trade Statistics, based on UN Comtrade'",
        }
    ],
    fields=[
        field(
            "destination",
            "string",
            "LAC33: the 33 Latin American and Caribbean states together; WLD: all partners.",
            required=True,
            enum=list(DESTINATIONS),
        ),
        field("year", "integer", "Calendar year.", required=True, minimum=1992, maximum=2018),
        field(
            "hs_section",
            "string",
            "The HS section (OTS 'community').",
            required=True,
            enum=list(SECTIONS),
        ),
        field("hs_chapters", "string", "The HS chapters the section covers.", required=True),
        field(
            "export_value_usd",
            "number",
            "Russia's exports to the destination in the section, summed over partners.",
            required=True,
            unit="US$",
            minimum=0,
        ),
        field(
            "share",
            "number",
            "The section's share of the year's exports to the destination.",
            required=True,
            unit="fraction (0-1)",
            minimum=0,
            maximum=1,
        ),
    ],
    primary_key=["destination", "year", "hs_section"],
)


def build(sources: Path) -> pd.DataFrame:
    """Sums over the 33 partners (and the world file as given), with shares of each year."""
    lac = pd.read_csv(sources / LAC_FILE)
    world = pd.read_csv(sources / WORLD_FILE)
    require(lac["partner_iso3"].nunique() == 33, "the LAC file does not have 33 partners")
    require(set(lac["community_name"]) | set(world["community_name"]) <= set(SECTIONS),
            "a community outside the 22 HS sections")  # fmt: skip
    parts = []
    for destination, frame in (("LAC33", lac), ("WLD", world)):
        sums = frame.groupby(["year", "community_name"], as_index=False)["export_value_usd"].sum()
        sums = sums.rename(columns={"community_name": "hs_section"})
        sums["destination"] = destination
        parts.append(sums)
    table = pd.concat(parts, ignore_index=True)
    table = table[table["export_value_usd"] > 0].copy()
    total = table.groupby(["destination", "year"])["export_value_usd"].transform("sum")
    table["share"] = (table["export_value_usd"] / total).round(6)
    table["hs_chapters"] = table["hs_section"].map(SECTIONS)
    table["export_value_usd"] = table["export_value_usd"].astype(float)
    table = table[columns(RESOURCE)]
    return table.sort_values(["destination", "year", "hs_section"], ignore_index=True)
