"""usgs_world_production against the MCS 2025 world file and the MCS 2026 long file."""

from __future__ import annotations

import zipfile

import pandas as pd
import pytest

from rulac.loading import load
from tests.raw_files import csv_rows, raw

WORLD_2025 = "resources/usgs_mcs/mcs2025/original_zips/World_Data.zip"
LONG = "resources/usgs_mcs/mcs2026/MCS2026_Commodities_Data.csv"
CHAPTERS_2026 = {"BAUXITE AND ALUMINA", "COPPER", "GRAPHITE (NATURAL)", "LITHIUM",
                 "MICA (NATURAL)", "NIOBIUM (COLUMBIUM)", "SILVER", "TANTALUM"}  # fmt: skip
COMMODITIES_2025 = {"Bauxite", "Copper", "Graphite", "Lithium", "Mica (Natural)", "Niobium",
                    "Silver", "Tantalum"}  # fmt: skip


@pytest.fixture(scope="module")
def world():
    return load("usgs_world_production")


def value(world, edition, commodity, measure, year, country):
    row = world[(world["edition"] == edition) & (world["commodity"] == commodity)
                & (world["measure"] == measure) & (world["year"] == year)
                & (world["country_published"] == country)]  # fmt: skip
    assert len(row) == 1, (edition, commodity, measure, year, country)
    return row.iloc[0]


def test_2026_rows_are_the_raw_rows(world):
    rows = csv_rows(raw(LONG).read_bytes(), encoding="cp1252")
    world_rows = [r for r in rows if r["Section"].startswith("World")]
    kept = [r for r in world_rows if r["MCS chapter"] in CHAPTERS_2026 and r["Value"].strip()]
    cesium = [r for r in world_rows if r["MCS chapter"] == "CESIUM"]
    assert len(cesium) == 1
    assert (world["edition"] == 2026).sum() == len(kept) + 1


def test_2025_rows_are_the_filled_cells(world):
    with zipfile.ZipFile(raw(WORLD_2025)) as archive:
        rows = csv_rows(archive.read("MCS2025_World_Data.csv"))
    ours = [r for r in rows if r["COMMODITY"].strip() in COMMODITIES_2025]
    production = sum(bool(r[c].strip()) for r in ours for c in ("PROD_2023", "PROD_EST_ 2024"))
    from_notes = sum(2 for r in ours if not r["PROD_2023"].strip()
                     and r["PROD_NOTES"].strip() in ("W for 23-24", "NA"))  # fmt: skip
    mine = [r for r in ours if r["TYPE"].strip().startswith("Mine production")]
    reserves = sum(bool(r["RESERVES_2024"].strip()) or r["RESERVE_NOTES"].strip()
                   in ("Large", "Moderate", "Very small", "NA") for r in mine)  # fmt: skip
    assert (world["edition"] == 2025).sum() == production + from_notes + reserves


def test_named_facts(world):
    # MCS2026: lithium mine production 2025e, world 290,000 t, Chile 56,000, Argentina 23,000
    assert value(world, 2026, "lithium", "mine production", 2025, "World total")["value"] == 290_000
    assert value(world, 2026, "lithium", "mine production", 2025, "Chile")["value"] == 56_000
    assert value(world, 2026, "lithium", "mine production", 2025, "Argentina")["value"] == 23_000
    us = value(world, 2026, "lithium", "mine production", 2025, "United States")
    assert (us["value_published"], us["qualifier"]) == ("W", "W")
    assert pd.isna(us["value"])
    # niobium 2025e: Brazil 104,000 of a world total of 112,000 t
    brazil = value(world, 2026, "niobium (columbium)", "mine production", 2025, "Brazil")
    total = value(world, 2026, "niobium (columbium)", "mine production", 2025, "World total")
    assert (brazil["value"], total["value"]) == (104_000, 112_000)
    reserves = value(world, 2026, "niobium (columbium)", "reserves", 2025, "World total")
    assert reserves["value_published"] == ">21,000,000"
    assert reserves["value_bound"] == 21_000_000
    # MCS 2025: the US bauxite value is in the notes ('W for 23-24'); mica reserves as words
    assert (
        value(world, 2025, "bauxite", "mine production", 2023, "United States")["qualifier"] == "W"
    )
    flake = value(world, 2025, "mica (natural), scrap and flake", "reserves", 2024, "United States")
    assert flake["value_published"] == "Large"
    # Bolivia has no lithium reserves in either edition's table
    lithium = world[(world["commodity"] == "lithium") & (world["measure"] == "reserves")]
    assert "BOL" not in set(lithium["iso3"].dropna())
    # cesium: one sentence on reserves, '<200,000' tons
    cesium = world[world["commodity"] == "cesium"].iloc[0]
    assert cesium["value_published"] == "<200,000"
    assert cesium["qualifier"] == "<"


def test_world_totals_are_close_to_the_sum_of_rows(world):
    """Where every row is a plain number, the rows add up to the (rounded) world total."""
    checked = 0
    for _, block in world.groupby(["edition", "commodity", "measure", "year"]):
        total = block.loc[block["entry_kind"] == "world total", "value"]
        parts = block.loc[block["entry_kind"] != "world total", "value"]
        if block["qualifier"].isna().all() and len(total) == 1:
            assert abs(parts.sum() - total.iloc[0]) <= 0.05 * total.iloc[0]
            checked += 1
    assert checked >= 10
