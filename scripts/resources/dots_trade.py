"""Resource ``dots_trade``: Russia's goods trade with each of the 33 states, and the 33 states'
imports from the world, the United States, China and Russia, 1992-2020 (IMF DOTS).

From the tidy extract ``trade/imf_dots_lac_rus_1960-2020.csv``, which the data scout derived from
the IMF's per-reporter DOTS Excel exports (see trade/PROVENANCE.md). Kept:

* reporter RUS: exports (FOB) and imports (CIF) with each of the 33 states and with the world
  (WLD), as Russia reports them;
* reporter each of the 33 states: imports (CIF) from WLD, USA, CHN (mainland) and RUS, and
  exports (FOB) to RUS, as that state reports them (the mirror of Russia's records).

Years 1992-2020 (Russia's records start in 1992; the USSR is left out). Values are US$ millions
as DOTS gives them, including the IMF's estimates for late or missing reporters, which the files
do not flag.

Terms: the IMF's Copyright and Usage page (effective 2 January 2020) restricts the content of its
sites to personal, non-commercial use, but sets special terms for statistical Data, naming
Direction of Trade (DOT) among them, under which users "may download, extract, copy, create
derivative works, publish, distribute and sell Data", subject to conditions (the stored copies
seen by the course do not show those conditions in full). The course therefore commits only this
small derived extract, the flows the notebook uses, credited "IMF, Direction of Trade
Statistics" on every figure, and marks it as derived.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, foreign_key, require, resource, year_field

RAW_FILE = "trade/imf_dots_lac_rus_1960-2020.csv"
RAW = [
    {
        "path": RAW_FILE,
        "url": "https://data.imf.org/ (legacy portal, Direction of Trade Statistics; per-reporter "
        "Excel exports mirrored in github.com/SamLeBlanc/Direction-of-Trade-Map)",
        "sha256": "7a670736f48b592a67d3d2dd5c44d70157fdfa86dac798a2ce4fd83cad1435f9",
    }
]
FIRST_YEAR, LAST_YEAR = 1992, 2020
FLOWS = ["exports_fob", "imports_cif"]
LAC_PARTNERS = ["WLD", "USA", "CHN", "RUS"]

RESOURCE = resource(
    "dots_trade",
    order=62,
    title="Russia's goods trade with the 33 states, and their imports by origin, 1992-2020 "
    "(IMF Direction of Trade Statistics)",
    description=(
        "One row per reporter, flow, partner and year, in US$ millions as the IMF's Direction of "
        "Trade Statistics gives them: Russia's exports and imports with each of the 33 Latin "
        "American and Caribbean states and the world, and each of the 33 states' imports from the "
        "world, the United States, China and Russia and exports to Russia. A small derived "
        "extract, credited to the IMF."
    ),
    limits=[
        "Exports are valued FOB and imports CIF, so the two sides' records of one flow differ.",
        (
            "The IMF fills late or missing reports with estimates (often from partner records) "
            "and the "
            "files do not flag them."
        ),
        "Ends in 2020; Russia stopped publishing trade statistics in 2022.",
        (
            "China means mainland China (Hong Kong and Macao excluded); empty cells in DOTS have "
            "no "
            "row, zeros are kept."
        ),
        "Not BACI: the chapter's Figure 18 (PIR Center, from CEPII BACI) will not match exactly.",
    ],
    sources=[
        {
            "title": "Direction of Trade Statistics (DOTS), per-reporter Excel exports, as "
            "extracted in trade/imf_dots_lac_rus_1960-2020.csv",
            "publisher": "International Monetary Fund",
            "version": "exported about January-February 2022; latest year 2020",
            "path": "https://data.imf.org/",
        }
    ],
    licenses=[
        {
            "name": "other-at",
            "path": "https://www.imf.org/external/terms.htm",
            "title": "IMF Copyright and Usage, special terms for Data (derivative works allowed, "
            "with attribution: 'IMF, Direction of Trade Statistics'); a derived extract",
        }
    ],
    fields=[
        field(
            "reporter",
            "string",
            "The state whose records these are (ISO3): RUS or one of the 33.",
            required=True,
            pattern="[A-Z]{3}",
        ),
        field(
            "flow",
            "string",
            "exports_fob: the reporter's exports to the partner, valued free "
            "on board; imports_cif: its imports from the partner, valued with cost, insurance "
            "and freight.",
            required=True,
            enum=FLOWS,
        ),
        field(
            "partner",
            "string",
            "The partner (ISO3), or WLD for the world.",
            required=True,
            pattern="[A-Z]{3}",
        ),
        year_field(FIRST_YEAR, LAST_YEAR),
        field(
            "value_usd_million",
            "number",
            "The value as DOTS gives it.",
            required=True,
            unit="US$ million",
            minimum=0,
        ),
    ],
    primary_key=["reporter", "flow", "partner", "year"],
    foreign_keys=[foreign_key("reporter", "countries", "iso3")],
)


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """Russia's rows with the 33 and WLD; the 33's imports by origin and exports to Russia."""
    raw = pd.read_csv(sources / RAW_FILE)
    lac = set(countries.loc[countries["lac"], "iso3"])
    require(set(raw["reporter_iso3"]) == lac | {"RUS"}, "reporters are not RUS and the 33")
    raw = raw[raw["year"].between(FIRST_YEAR, LAST_YEAR)]
    russia = (raw["reporter_iso3"] == "RUS") & raw["partner_iso3"].isin(lac | {"WLD"})
    region = raw["reporter_iso3"].isin(lac) & (
        ((raw["indicator"] == "imports_cif") & raw["partner_iso3"].isin(LAC_PARTNERS))
        | ((raw["indicator"] == "exports_fob") & (raw["partner_iso3"] == "RUS"))
    )
    table = raw[russia | region].rename(
        columns={"reporter_iso3": "reporter", "indicator": "flow", "partner_iso3": "partner",
                 "value_usd_millions": "value_usd_million"}
    )  # fmt: skip
    require(not table.duplicated(["reporter", "flow", "partner", "year"]).any(), "repeated rows")
    table = table[columns(RESOURCE)].astype({"year": int})
    return table.sort_values(["reporter", "flow", "partner", "year"], ignore_index=True)
