"""military_spending, surface_area and ucdp_conflicts against their raw files (World Bank WDI,
UCDP/PRIO 22.1); facts from economy/PROVENANCE.md and conflict/PROVENANCE.md."""

from __future__ import annotations

import pandas as pd
import pytest

from rulac.loading import load
from tests.raw_sources import check_raw_hashes, raw_path


@pytest.mark.parametrize("name", ["military_spending", "surface_area", "ucdp_conflicts"])
def test_raw_files_are_the_documented_ones(name):
    check_raw_hashes(name)


def test_spending_rows_are_the_raw_rows():
    table = load("military_spending")
    raw = pd.read_csv(raw_path("economy/wdi_MS.MIL.XPND.GD.ZS.csv"))
    lac = set(load("countries").query("lac")["iso3"])
    wanted = raw[raw["Country Code"].isin(lac | {"CHN", "FRA", "GBR", "RUS", "USA", "LCN", "WLD"})]
    assert len(table) == wanted["Value"].notna().sum()
    merged = table.merge(wanted, left_on=["code", "year"], right_on=["Country Code", "Year"])
    assert (merged["share_of_gdp"] == merged["Value"]).all()
    assert table.query("code == 'LCN'")["year"].agg(["min", "max", "size"]).tolist() == [
        1960,
        2024,
        65,
    ]
    assert sorted(lac - set(table["code"])) == [
        "ATG",
        "BHS",
        "BRB",
        "CRI",
        "DMA",
        "GRD",
        "KNA",
        "LCA",
        "SUR",
        "VCT",
    ]


def test_spending_in_dollars_is_share_times_gdp():
    table = load("military_spending").dropna(subset=["gdp_usd"])
    derived = (table["share_of_gdp"] / 100 * table["gdp_usd"] / 1e6).round(1)
    assert (derived - table["spending_usd_m"]).abs().max() < 0.051
    gdp = pd.read_csv(raw_path("economy/wdi_NY.GDP.MKTP.CD_gdp_current_usd.csv"))
    brazil = gdp.query("`Country Code` == 'BRA' and Year == 2023")["Value"].iloc[0]
    assert table.query("code == 'BRA' and year == 2023")["gdp_usd"].iloc[0] == brazil


def test_surface_area_and_the_change_of_2020():
    area = load("surface_area").set_index(["iso3", "year"])["area_km2"]
    raw = pd.read_csv(raw_path("economy/wdi_AG.SRF.TOTL.K2.csv"))
    assert (
        len(area)
        == raw[raw["Country Code"].isin(set(load("countries").query("lac")["iso3"]) | {"FRA"})][
            "Value"
        ]
        .notna()
        .sum()
    )
    assert area[("FRA", 2019)] == 549087
    assert area[("FRA", 2020)] == 606410
    assert area[("MEX", 2019)] == 1964380


def test_ucdp_counts_from_provenance():
    """49 interstate conflicts 1946-2021; 5 of them in the Americas only (Honduras-Nicaragua
    1957, El Salvador-Honduras 1969, Grenada-USA 1983, Panama-USA 1989, Ecuador-Peru 1995)."""
    table = load("ucdp_conflicts")
    assert len(table) == len(pd.read_csv(raw_path("conflict/ucdp/ucdp-prio-acd-221.csv"))) == 2568
    assert table["conflict_id"].nunique() == 294
    assert table["year"].agg(["min", "max"]).tolist() == [
        1946,
        2021,
    ]
    interstate = table[table["type"] == "interstate"]
    assert interstate["conflict_id"].nunique() == 49
    americas = interstate[interstate["regions"] == "Americas"].groupby("conflict_id")["year"].min()
    assert sorted(americas) == [1957, 1969, 1983, 1989, 1995]
