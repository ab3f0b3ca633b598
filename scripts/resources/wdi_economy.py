"""Resource ``wdi_economy``: GDP (current US$), GDP at PPP and population, by state and year.

From three World Development Indicators files of one mirror commit (``economy/``): GDP in
current US$ (NY.GDP.MKTP.CD), GDP per capita at PPP in current international $
(NY.GDP.PCAP.PP.CD) and population (SP.POP.TOTL). Rows are the UN member states of the
``countries`` table and the World Bank's world aggregate (code WLD), 1990-2025.

GDP at PPP is not in the mirror: it is *derived* as GDP per capita at PPP times population, for
the same code and year (WDI computes the per-capita series as the total divided by SP.POP.TOTL,
so the product gives the total back; economy/PROVENANCE.md checks it against an independent
copy of NY.GDP.MKTP.PP.CD).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, require, resource, year_field

FILES = {
    "gdp_usd": ("economy/wdi_NY.GDP.MKTP.CD_gdp_current_usd.csv", "NY.GDP.MKTP.CD",
                "f488630ac53a04503f6c4164bd2737d18f7ac7fdecb07dc56042b0e1adc11cf7"),
    "gdp_per_capita_ppp": ("economy/wdi_NY.GDP.PCAP.PP.CD_gdp_per_capita_ppp.csv",
                           "NY.GDP.PCAP.PP.CD",
                           "361ab014e883ce6881142acaf0bed29eda5aa6897ed51a6c230e58180145a96c"),
    "population": ("economy/wdi_SP.POP.TOTL_population.csv", "SP.POP.TOTL",
                   "cd7856b882884a41b3473cf74e8c85eb58d7d663d818a07e03f42ebdfb2c6b34"),
}  # fmt: skip
RAW = [
    {"path": path, "url": f"https://data.worldbank.org/indicator/{code}", "sha256": sha}
    for path, code, sha in FILES.values()
]
FIRST_YEAR, LAST_YEAR = 1990, 2025
WORLD = "WLD"

RESOURCE = resource(
    "wdi_economy",
    path="wdi_economy.csv.gz",
    order=61,
    title="GDP (current US$ and at PPP) and population of every UN member state and the world, "
    "1990-2025",
    description=(
        "One row per state (or the world, WLD) and year: GDP in current US$, GDP per capita at "
        "purchasing-power parity (PPP, current international $), population, and GDP at PPP "
        "derived as per-capita GDP at PPP times population. From the World Bank's World "
        "Development Indicators (mirror of 2026-07-01)."
    ),
    limits=[
        "gdp_ppp is derived (per-capita PPP x population), not published as such in this mirror.",
        (
            "PPP values start in 1990 and end in 2024; Venezuela's stop in 2011; Cuba and "
            "North Korea "
            "have none."
        ),
        "GDP in current US$ has no Cuba after 2020 and no North Korea; 2025 is incomplete.",
        "WDI revises past values between vintages; one vintage (the mirror commit) is used.",
        "WLD is the World Bank's world aggregate, not the sum of the rows.",
    ],
    sources=[
        {
            "title": "World Development Indicators: NY.GDP.MKTP.CD, NY.GDP.PCAP.PP.CD, "
            "SP.POP.TOTL (mirror datasets/world-development-indicators, commit 4ebec5a2)",
            "publisher": "World Bank",
            "version": "mirror's automated pull of 2026-07-01",
            "path": "https://data.worldbank.org/indicator/NY.GDP.MKTP.CD",
        }
    ],
    licenses=[
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 (World Bank data; gdp_ppp derived by the "
            "course)",
        }
    ],
    fields=[
        field(
            "code",
            "string",
            "ISO 3166-1 alpha-3 code of the state, or WLD for the World Bank's world aggregate.",
            required=True,
            pattern="[A-Z]{3}",
        ),
        year_field(FIRST_YEAR, LAST_YEAR),
        field(
            "gdp_usd",
            "number",
            "GDP at market prices in current US dollars (NY.GDP.MKTP.CD); empty if not published.",
            unit="US$",
        ),
        field(
            "gdp_per_capita_ppp",
            "number",
            "GDP per capita at purchasing-power parity, "
            "current international dollars (NY.GDP.PCAP.PP.CD); empty if not published.",
            unit="international $ per person",
        ),
        field("population", "number", "Mid-year population (SP.POP.TOTL).", unit="persons"),
        field(
            "gdp_ppp",
            "number",
            "GDP at PPP, derived: gdp_per_capita_ppp x population (empty if either is).",
            unit="international $",
        ),
    ],
    primary_key=["code", "year"],
)


def _read(path: Path, name: str) -> pd.Series:
    raw = pd.read_csv(path, dtype={"Country Code": str})
    require(list(raw.columns) == ["Country Name", "Country Code", "Year", "Value"],
            f"{path.name}: unexpected columns {list(raw.columns)}")  # fmt: skip
    require(not raw.duplicated(["Country Code", "Year"]).any(), f"{path.name}: repeated rows")
    return raw.set_index(["Country Code", "Year"])["Value"].rename(name)


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """The three series joined on (code, year) for UN members and WLD, with gdp_ppp derived."""
    series = [_read(sources / path, name) for name, (path, _, _) in FILES.items()]
    table = pd.concat(series, axis=1).reset_index()
    table.columns = ["code", "year", *FILES]
    members = set(countries.loc[countries["un_member"], "iso3"])
    keep = table["code"].isin(members | {WORLD}) & table["year"].between(FIRST_YEAR, LAST_YEAR)
    table = table[keep & table[list(FILES)].notna().any(axis=1)].copy()
    table["gdp_ppp"] = table["gdp_per_capita_ppp"] * table["population"]
    require(table["population"].notna().all(), "a row without population")
    require(len(set(table["code"])) >= 190, "fewer than 190 states found")
    table["year"] = table["year"].astype(int)
    return table[columns(RESOURCE)].sort_values(["code", "year"], ignore_index=True)
