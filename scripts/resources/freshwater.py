"""Resource ``freshwater``: renewable internal freshwater by country and year (World Bank WDI).

Rows: every economy the World Bank assigns to a region (its country metadata; aggregates such
as LCN have no region) that has renewable internal freshwater data in a year from 2000 to 2022,
and the World aggregate (WLD). Columns from four WDI indicators:

* ``ER.H2O.INTR.K3`` renewable internal freshwater resources, total (billion m3 = km3), the
  vintage of 2024-03-28, to 2020;
* ``ER.H2O.INTR.PC`` the same per person (m3), the vintage of 2025-12-19, to 2022;
* ``SP.POP.TOTL`` population and ``ER.H2O.FWTL.K3`` annual freshwater withdrawals (km3), both
  from the ``datasets/world-development-indicators`` mirror of 2026-07-01.

The four files are three vintages: the World Bank's per-person figure divides by its own
population estimate of the day, so ``internal_km3 * 1e9 / population`` is close to, but not
always equal to, ``internal_m3_per_person``. The tests measure the gap.

The values come from FAO AQUASTAT; the World Bank republishes them under CC BY 4.0. AQUASTAT's
own files (with *total* renewable water, inflows from upstream included) are CC BY-NC-SA 3.0
IGO: the course does not use them, so that every table can be reused under the same terms.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, foreign_key, require, resource

FIRST_YEAR, LAST_YEAR = 2000, 2022
WDI = "resources/worldbank_wdi"
FILES = {
    "k3": f"{WDI}/API_ER.H2O.INTR.K3_DS2_en_csv_v2_44524.csv",
    "pc": f"{WDI}/API_ER.H2O.INTR.PC_DS2_en_csv_v2_438.csv",
    "meta": f"{WDI}/Metadata_Country_API_ER.H2O.INTR.PC_DS2_en_csv_v2_438.csv",
    "withdrawals": f"{WDI}/wdi_ER.H2O.FWTL.K3.csv",
    "population": "economy/wdi_SP.POP.TOTL_population.csv",
}
RAW = [
    {
        "path": FILES["k3"],
        "url": "https://data.worldbank.org/indicator/ER.H2O.INTR.K3",
        "sha256": "5dade8850d836596e7c65691f60e1b885f2245b0bd5afc453d51e59e46bd1a9c",
    },
    {
        "path": FILES["pc"],
        "url": "https://data.worldbank.org/indicator/ER.H2O.INTR.PC",
        "sha256": "23376786ab5a8d6995918c3309af8a1e227a4175eb48d9cfb7cdafc0033f4a9c",
    },
    {
        "path": FILES["meta"],
        "url": "https://data.worldbank.org/indicator/ER.H2O.INTR.PC",
        "sha256": "caf1c1a977504351412d403d143b78bcf54986697b4c1a90ec41f90a713d6f05",
    },
    {
        "path": FILES["withdrawals"],
        "url": "https://data.worldbank.org/indicator/ER.H2O.FWTL.K3",
        "sha256": "f3de80967dac5b8357f5d82abb1d1951517bfcc0be5ffb160a38de9e1591fc42",
    },
    {
        "path": FILES["population"],
        "url": "https://data.worldbank.org/indicator/SP.POP.TOTL",
        "sha256": "cd7856b882884a41b3473cf74e8c85eb58d7d663d818a07e03f42ebdfb2c6b34",
    },
]
WORLD = "WLD"
WB = "World Bank, World Development Indicators"

RESOURCE = resource(
    "freshwater",
    order=65,
    title="Renewable internal freshwater resources, population and withdrawals by country, "
    "2000-2022 (World Bank WDI, from FAO AQUASTAT)",
    description=(
        "One row per economy (and the world) and year, 2000-2022: renewable internal freshwater "
        "resources in total (km3 a year) and per person (m3 a year), population, and annual "
        "freshwater withdrawals, from the World Bank's World Development Indicators, which take "
        "the water figures from FAO AQUASTAT."
    ),
    limits=[
        (
            "Renewable internal freshwater is an annual flow (river flows and groundwater from "
            "rainfall inside the country, long-term average), not a stock: it says nothing about "
            "'reserves' such as the water held in lakes or aquifers."
        ),
        (
            "Internal means generated inside the country: water that flows in from upstream "
            "states is left out, so downstream countries look poorer in water than their rivers "
            "are."
        ),
        (
            "The totals are long-term averages: most countries have the same km3 in every year of "
            "the series, so per-person values change with population."
        ),
        (
            "Three vintages: totals 2024-03-28 (to 2020), per person 2025-12-19 (to 2022), "
            "population and withdrawals 2026-07-01. Per person is missing for Israel and West Bank "
            "and Gaza in 2022, so 2021 is the latest year with every country."
        ),
        (
            "Withdrawal figures are often carried forward from an older year (e.g. the US in 2021 "
            "and 2022)."
        ),
        (
            "Twelve small UN members have no water data (e.g. Monaco, Tuvalu); two economies that "
            "are not UN members have it (Puerto Rico, West Bank and Gaza): their iso3 is empty."
        ),
    ],
    sources=[
        {
            "title": "Renewable internal freshwater resources, total (billion cubic meters) "
            "(ER.H2O.INTR.K3)",
            "publisher": f"{WB} (original source: FAO AQUASTAT)",
            "version": "WDI bulk file, last updated 2024-03-28",
            "path": "https://data.worldbank.org/indicator/ER.H2O.INTR.K3",
        },
        {
            "title": "Renewable internal freshwater resources per capita (cubic meters) "
            "(ER.H2O.INTR.PC)",
            "publisher": f"{WB} (original source: FAO AQUASTAT, accessed 2024-05-29)",
            "version": "WDI bulk file, last updated 2025-12-19",
            "path": "https://data.worldbank.org/indicator/ER.H2O.INTR.PC",
        },
        {
            "title": "Population, total (SP.POP.TOTL)",
            "publisher": WB,
            "version": "GitHub datasets/world-development-indicators, commit 4ebec5a (2026-07-01)",
            "path": "https://data.worldbank.org/indicator/SP.POP.TOTL",
        },
        {
            "title": "Annual freshwater withdrawals, total (billion cubic meters) (ER.H2O.FWTL.K3)",
            "publisher": f"{WB} (original source: FAO AQUASTAT)",
            "version": "GitHub datasets/world-development-indicators, commit 4ebec5a (2026-07-01)",
            "path": "https://data.worldbank.org/indicator/ER.H2O.FWTL.K3",
        },
    ],
    licenses=[
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 (World Bank WDI); credit the World Bank "
            "and FAO AQUASTAT",
        }
    ],
    fields=[
        field(
            "code",
            "string",
            "The World Bank's code: the ISO3 code of an economy, or WLD for the world.",
            required=True,
            pattern="[A-Z]{3}",
        ),
        field(
            "iso3",
            "string",
            "The UN member state (ISO 3166-1 alpha-3); empty for the world and for economies that "
            "are not UN members.",
            pattern="[A-Z]{3}",
        ),
        field("name", "string", "The name as the World Bank gives it.", required=True),
        field("year", "integer", "The year.", required=True, minimum=FIRST_YEAR, maximum=LAST_YEAR),
        field(
            "internal_km3",
            "number",
            "Renewable internal freshwater resources, total (ER.H2O.INTR.K3); to 2020.",
            unit="km3 (billion m3) a year",
            minimum=0,
        ),
        field(
            "internal_m3_per_person",
            "number",
            "Renewable internal freshwater resources per person (ER.H2O.INTR.PC); to 2022.",
            unit="m3 per person a year",
            minimum=0,
        ),
        field(
            "population", "integer", "Population, total (SP.POP.TOTL).", unit="persons", minimum=0
        ),
        field(
            "withdrawal_km3",
            "number",
            "Annual freshwater withdrawals, total (ER.H2O.FWTL.K3).",
            unit="km3 (billion m3) a year",
            minimum=0,
        ),
    ],
    primary_key=["code", "year"],
    foreign_keys=[foreign_key("iso3", "countries")],
)


def wide(sources: Path, key: str, name: str) -> pd.Series:
    """A WDI bulk file (four preamble lines, one column a year) as a (code, year) series."""
    table = pd.read_csv(sources / FILES[key], skiprows=4, encoding="utf-8-sig")
    years = [c for c in table.columns if c.isdigit()]
    series = table.set_index("Country Code")[years].stack()
    series.index = series.index.set_names(["code", "year"])
    series = series.rename(name).reset_index()
    series["year"] = series["year"].astype(int)
    return series.set_index(["code", "year"])[name]


def long(sources: Path, key: str, name: str) -> pd.Series:
    """A mirror file (Country Name, Country Code, Year, Value) as a (code, year) series."""
    table = pd.read_csv(sources / FILES[key])
    table = table.rename(columns={"Country Code": "code", "Year": "year", "Value": name})
    return table.set_index(["code", "year"])[name]


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """Economies with water data and the world, 2000-2022, sorted by code and year."""
    meta = pd.read_csv(sources / FILES["meta"], encoding="utf-8-sig")
    economies = set(meta.loc[meta["Region"].notna(), "Country Code"])
    require(len(economies) == 217, f"{len(economies)} economies in the WDI metadata, expected 217")
    names = pd.read_csv(sources / FILES["pc"], skiprows=4, encoding="utf-8-sig")
    names = names.set_index("Country Code")["Country Name"]
    water = pd.concat(
        [wide(sources, "k3", "internal_km3"), wide(sources, "pc", "internal_m3_per_person")],
        axis=1,
    ).reset_index()
    water = water[water["code"].isin(economies | {WORLD})]
    water = water[water["year"].between(FIRST_YEAR, LAST_YEAR)]
    water = water.dropna(subset=["internal_km3", "internal_m3_per_person"], how="all")
    extra = pd.concat(
        [long(sources, "population", "population"), long(sources, "withdrawals", "withdrawal_km3")],
        axis=1,
    )
    table = water.join(extra, on=["code", "year"])
    require(table["population"].notna().all(), "an economy with water data has no population")
    table["population"] = table["population"].astype("int64")
    members = set(countries.loc[countries["un_member"], "iso3"])
    table["iso3"] = table["code"].where(table["code"].isin(members), "")
    table["name"] = table["code"].map(names)
    return table[columns(RESOURCE)].sort_values(["code", "year"]).reset_index(drop=True)
