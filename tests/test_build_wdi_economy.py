"""wdi_economy: rows against the raw WDI files, and GDP at PPP derived as documented."""

from __future__ import annotations

import pandas as pd
import pytest

from rulac.loading import load
from tests._raw04 import raw


@pytest.fixture(scope="module")
def economy():
    return load("wdi_economy").set_index(["code", "year"])


def test_rows_against_the_raw_files(economy):
    members = set(load("countries").query("un_member")["iso3"])
    gdp = pd.read_csv(raw("economy/wdi_NY.GDP.MKTP.CD_gdp_current_usd.csv"))
    keep = gdp["Country Code"].isin(members | {"WLD"}) & gdp["Year"].between(1990, 2025)
    assert economy["gdp_usd"].notna().sum() == keep.sum()
    population = pd.read_csv(raw("economy/wdi_SP.POP.TOTL_population.csv"))
    keep = population["Country Code"].isin(members | {"WLD"}) & population["Year"].between(
        1990, 2025
    )
    assert len(economy) == keep.sum()


def test_gdp_at_ppp_is_per_capita_times_population(economy):
    product = economy["gdp_per_capita_ppp"] * economy["population"]
    assert (economy["gdp_ppp"] - product).abs().max() == 0
    assert economy.loc[("VEN", 2012), "gdp_ppp"] != economy.loc[("VEN", 2012), "gdp_ppp"]  # NaN
    assert "CUB" not in economy["gdp_ppp"].dropna().index.get_level_values("code")


def test_facts_from_the_provenance_sanity_checks():
    """economy/PROVENANCE.md: BRICS-10 in 2024 holds 27.1% of world GDP, 38.5% at PPP, 48.1% of
    population; Brazil's 2023 GDP is 2.191 trillion US$ in this vintage."""
    from rulac import brics

    ten = ["BRA", "RUS", "IND", "CHN", "ZAF", "EGY", "ETH", "IRN", "ARE", "IDN"]
    shares = brics.world_shares({"ten": ten}, (2024, 2024)).set_index("measure")["share"]
    assert [round(100 * shares[m], 1) for m in ("gdp_usd", "gdp_ppp", "population")] == [
        27.1, 38.5, 48.1
    ]  # fmt: skip
    assert round(load("wdi_economy").query("code == 'BRA' and year == 2023")["gdp_usd"].iloc[0]
                 / 1e12, 3) == 2.191  # fmt: skip
