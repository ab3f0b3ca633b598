"""Resource ``surface_area``: surface area of the Latin American and Caribbean states and France.

World Development Indicator AG.SRF.TOTL.K2 (sq. km, land and inland water), every year with a
value, for the 33 states and France (the chapter compares Brazil's gains with France's size).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, foreign_key, require, resource, year_field

FILE = "economy/wdi_AG.SRF.TOTL.K2.csv"
RAW = [
    {
        "path": FILE,
        "url": "https://data.worldbank.org/indicator/AG.SRF.TOTL.K2",
        "sha256": "f90118fa334838e43799234145106b690275c853565bb90d65baed5deaa62c40",
    }
]

RESOURCE = resource(
    "surface_area",
    order=72,
    title="Surface area of the Latin American and Caribbean states and France, 1961-2023",
    description=(
        "One row per state and year with a value of the World Development Indicator 'Surface "
        "area (sq. km)' (AG.SRF.TOTL.K2: land area plus inland water) for the 33 Latin "
        "American and Caribbean states and France."
    ),
    limits=[
        (
            "The series changes from year to year for some states: France is 549,087 km2 to 2019 "
            "and 606,410 km2 from 2020, Mexico 1,964,380 km2 in 2019 and 1,960,647 km2 in 2020; "
            "the World Bank's reasons are not in the course data."
        ),
        (
            "Present-day borders: an earlier territory has to be reconstructed from the changes "
            "since (territorial_change)."
        ),
    ],
    sources=[
        {
            "title": "World Development Indicators: Surface area (sq. km), AG.SRF.TOTL.K2",
            "publisher": "World Bank",
            "version": "mirror datasets/world-development-indicators, commit 4ebec5a (2026-07-01)",
            "path": "https://data.worldbank.org/indicator/AG.SRF.TOTL.K2",
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
        field("iso3", "string", "The state (ISO3).", required=True, pattern="[A-Z]{3}"),
        year_field(unit="year"),
        field("area_km2", "number", "Surface area.", unit="km2", required=True, minimum=0),
    ],
    primary_key=["iso3", "year"],
    foreign_keys=[foreign_key("iso3", "countries")],
)


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """The rows with a value, sorted by state and year."""
    raw = pd.read_csv(sources / FILE)
    wanted = set(countries.loc[countries["lac"], "iso3"]) | {"FRA"}
    rows = raw[raw["Country Code"].isin(wanted) & raw["Value"].notna()]
    require(rows["Country Code"].nunique() == len(wanted), "a state has no surface area")
    table = pd.DataFrame(
        {"iso3": rows["Country Code"], "year": rows["Year"], "area_km2": rows["Value"]}
    )
    return table[columns(RESOURCE)].sort_values(["iso3", "year"]).reset_index(drop=True)
