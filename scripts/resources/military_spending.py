"""Resource ``military_spending``: military expenditure as a share of GDP (World Bank WDI).

Rows: every year with a value of indicator MS.MIL.XPND.GD.ZS for the 33 Latin American and
Caribbean states, the five permanent members of the UN Security Council (China, France,
Russia, the United Kingdom, the United States: the course's "great powers" for claim C23)
and two World Bank aggregates, LCN (Latin America & Caribbean) and WLD (World). GDP in
current US dollars (NY.GDP.MKTP.CD) of the same mirror commit is joined by code and year, and
spending in US dollars is derived from the two (share x GDP), as the limits say.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, foreign_key, require, resource, year_field

MILEX_FILE = "economy/wdi_MS.MIL.XPND.GD.ZS.csv"
GDP_FILE = "economy/wdi_NY.GDP.MKTP.CD_gdp_current_usd.csv"
RAW = [
    {
        "path": MILEX_FILE,
        "url": "https://data.worldbank.org/indicator/MS.MIL.XPND.GD.ZS",
        "sha256": "528177ac488753a7824ae8afe2cbce558231334fb304ee428ccbeff492ad7165",
    },
    {
        "path": GDP_FILE,
        "url": "https://data.worldbank.org/indicator/NY.GDP.MKTP.CD",
        "sha256": "f488630ac53a04503f6c4164bd2737d18f7ac7fdecb07dc56042b0e1adc11cf7",
    },
]
GREAT_POWERS = ["CHN", "FRA", "GBR", "RUS", "USA"]
AGGREGATES = {"LCN": "Latin America & Caribbean", "WLD": "World"}

RESOURCE = resource(
    "military_spending",
    order=70,
    title="Military expenditure as a share of GDP, 1960-2024: Latin America and the "
    "Caribbean, the permanent Security Council members and the world",
    description=(
        "One row per state or World Bank aggregate and year with a value of the World "
        "Development Indicator 'Military expenditure (% of GDP)' (MS.MIL.XPND.GD.ZS, which the "
        "World Bank takes from SIPRI): the 33 Latin American and Caribbean states, China, "
        "France, Russia, the United Kingdom and the United States, and the aggregates Latin "
        "America & Caribbean (LCN) and World (WLD); with GDP in current US dollars and the "
        "spending derived from the two."
    ),
    limits=[
        (
            "Ten of the 33 states have no value in any year (ATG, BHS, BRB, CRI, DMA, GRD, KNA, "
            "LCA, SUR, VCT) and others have gaps (Cuba 2009-2018 only, Panama 1987-1999 only)."
        ),
        (
            "spending_usd_m is derived by the course (share x GDP, current US dollars, in "
            "millions): the World Bank publishes it as another indicator, not staged here. Where "
            "GDP is missing it is empty. Current dollars are not adjusted for inflation."
        ),
        (
            "The aggregates are computed by the World Bank with its own method, not by the course "
            "from the states in this table."
        ),
        "Values are revised between releases; this is the mirror's pull of 2026-07-01.",
    ],
    sources=[
        {
            "title": "World Development Indicators: Military expenditure (% of GDP), "
            "MS.MIL.XPND.GD.ZS (from SIPRI), and GDP (current US$), NY.GDP.MKTP.CD",
            "publisher": "World Bank",
            "version": "mirror datasets/world-development-indicators, commit 4ebec5a (2026-07-01)",
            "path": "https://data.worldbank.org/indicator/MS.MIL.XPND.GD.ZS",
        }
    ],
    licenses=[
        {
            "name": "CC-BY-4.0",
            "title": "Creative Commons Attribution 4.0 (World Bank WDI)",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        }
    ],
    fields=[
        field(
            "code",
            "string",
            "ISO3 code of a state, or World Bank aggregate code (LCN, WLD).",
            required=True,
            pattern="[A-Z]{3}",
        ),
        field(
            "iso3", "string", "ISO3 code for a state; empty for an aggregate.", pattern="[A-Z]{3}"
        ),
        field("name", "string", "The World Bank's name of the state or aggregate.", required=True),
        field(
            "group",
            "string",
            "'Latin America and the Caribbean' (one of the 33 states), 'permanent Security "
            "Council member', or 'World Bank aggregate'.",
            required=True,
            enum=[
                "Latin America and the Caribbean",
                "permanent Security Council member",
                "World Bank aggregate",
            ],
        ),
        year_field(unit="year"),
        field(
            "share_of_gdp",
            "number",
            "Military expenditure as a share of GDP.",
            unit="percent",
            required=True,
            minimum=0,
        ),
        field(
            "gdp_usd",
            "number",
            "GDP in current US dollars (NY.GDP.MKTP.CD).",
            unit="US dollars",
            minimum=0,
        ),
        field(
            "spending_usd_m",
            "number",
            "Military expenditure derived as share_of_gdp / 100 x gdp_usd, in millions of "
            "current US dollars, rounded to 0.1.",
            unit="million US dollars",
            minimum=0,
        ),
    ],
    primary_key=["code", "year"],
    foreign_keys=[foreign_key("iso3", "countries")],
)


def _group(code: str, lac: set[str]) -> str:
    if code in AGGREGATES:
        return "World Bank aggregate"
    return "Latin America and the Caribbean" if code in lac else "permanent Security Council member"


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """The rows with a value, sorted by code and year."""
    milex = pd.read_csv(sources / MILEX_FILE)
    gdp = pd.read_csv(sources / GDP_FILE)
    require(not milex.duplicated(["Country Code", "Year"]).any(), "duplicate code-years")
    lac = set(countries.loc[countries["lac"], "iso3"])
    wanted = lac | set(GREAT_POWERS) | set(AGGREGATES)
    rows = milex[milex["Country Code"].isin(wanted) & milex["Value"].notna()]
    names = rows.groupby("Country Code")["Country Name"].first()
    for code, name in AGGREGATES.items():
        require(names[code] == name, f"{code} is {names[code]!r}, expected {name!r}")
    gdp = gdp.set_index(["Country Code", "Year"])["Value"]
    table = pd.DataFrame(
        {
            "code": rows["Country Code"],
            "iso3": rows["Country Code"].where(~rows["Country Code"].isin(list(AGGREGATES)), ""),
            "name": rows["Country Name"],
            "group": rows["Country Code"].map(lambda code: _group(code, lac)),
            "year": rows["Year"],
            "share_of_gdp": rows["Value"],
            "gdp_usd": gdp.reindex(
                list(zip(rows["Country Code"], rows["Year"], strict=False))
            ).to_numpy(),
        }
    )
    table["spending_usd_m"] = (table["share_of_gdp"] / 100 * table["gdp_usd"] / 1e6).round(1)
    return table[columns(RESOURCE)].sort_values(["code", "year"]).reset_index(drop=True)
