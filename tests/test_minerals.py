"""rulac.minerals: selections, bounds kept as bounds, the supplier check, shares of the world."""

from __future__ import annotations

import doctest

import pandas as pd
import pytest

from rulac import countries, minerals
from rulac.params import ParameterError


def test_doctests():
    assert doctest.testmod(minerals).failed == 0


def test_choose_accepts_groups_names_and_lists():
    assert minerals.choose("all") == minerals.MINERALS
    assert minerals.choose("chapter") == minerals.CHAPTER
    assert minerals.choose(["Copper", "lithium"]) == ["lithium", "copper"]
    assert minerals.choose("silver") == ["silver"]
    with pytest.raises(ParameterError, match="MINERALS: 'coppper' is not one of the choices"):
        minerals.choose("coppper")


def test_data_year_takes_one_year_or_latest():
    assert minerals.nir_years() == (2022, 2025)
    assert minerals.data_year("latest") == 2025
    assert minerals.data_year(2023) == 2023
    with pytest.raises(ParameterError, match="give one year"):
        minerals.data_year((2022, 2024))
    with pytest.raises(ParameterError, match="the data cover 2022-2025"):
        minerals.data_year(2019)


def test_group_name():
    assert minerals.group_name(countries.lac_codes()) == "Latin America and the Caribbean"
    assert minerals.group_name(["CHL"]) == "Chile"
    assert minerals.group_name(["ARG", "BRA", "CHL", "PER", "MEX"]) == "5 selected states"


def test_a_bound_is_drawn_as_a_bound_never_as_a_value():
    table = minerals.drawable(minerals.fig2(["lithium", "bauxite"]))
    table = table[table["commodity"] != "alumina"]
    assert len(table) == 8
    assert set(table["kind"]) == {">"}
    assert (table["x"] == table["nir_bound_pct"]).all()
    assert table["nir_pct"].isna().all()
    assert minerals.position("E", None, None) == (None, "E")
    assert minerals.position("57", 57.0, None) == (57.0, "=")


def test_chapter_values_and_table():
    said = minerals.chapter_values(minerals.fig2(minerals.CHAPTER))
    assert said["mica, sheet"] == said["mica, scrap and flake"] == 100
    assert said["lithium"] == 99
    assert said["copper, refined"] == 48
    wide = minerals.chapter_vs_usgs(["lithium"])
    assert wide.iloc[0][["chapter", "USGS 2022", "USGS 2025"]].tolist() == ["99%", ">25", ">50"]
    assert minerals.chapter_vs_usgs(["silver"]).empty


def test_supplier_check_counts_any_edition_and_any_form():
    check = minerals.supplier_check().set_index(["mineral", "iso3"])
    assert len(check) == 27
    assert check["in USGS"].sum() == 19
    assert not check.loc[("lithium", "BOL"), "in USGS"]
    assert check.loc[("copper", "PER"), "Fig2 editions"] == "2025, 2026"
    assert check.loc[("tantalum", "JPN"), "in USGS"]  # a 12 % share of tantalum waste and scrap


def test_group_import_share():
    table = minerals.group_import_share(countries.lac_codes(), ["lithium", "tantalum"])
    rows = table.set_index("commodity")
    assert rows.loc["lithium", "share of US imports %"] == 97
    assert rows.loc["lithium", "from"] == "Chile 54, Argentina 43"
    assert rows.loc["tantalum", "from"] == "none listed"
    assert minerals.group_import_share(["CHL"], ["cesium"]).empty


def test_world_share_uses_the_latest_edition_and_says_why_not():
    share = minerals.world_share("lithium", "mine production", 2024, ["CHL"])
    assert share["edition"] == 2026
    assert share["world"] == 222_000
    assert share["group"] == 48_900
    assert minerals.world_share("lithium", "mine production", 2022, ["CHL"])["share"] is None
    niobium = minerals.world_share("niobium", "reserves", 2025, ["BRA"])
    assert niobium["share"] is None
    assert "'>21,000,000'" in niobium["why"]


def test_supply_shares_for_any_selection():
    lac = countries.lac_codes()
    table = minerals.supply_shares(minerals.MINERALS, 2025, lac)
    assert "cesium" not in table.index
    assert "mica, scrap and flake" in table.index
    assert table.loc["niobium", "world mine production"] == pytest.approx(104 / 112)
    assert table.loc["lithium", "US imports 2021-24"] == pytest.approx(0.97)
    assert minerals.supply_shares(["cesium"], 2025, lac).empty
    assert minerals.supply_shares(["copper"], 2022, lac)["world mine production"].isna().all()


def test_first_sources_and_any_source():
    first = minerals.first_sources(2025)
    assert len(first) == 53
    assert first.set_index("commodity").loc["lithium", "source_published"] == "Chile"
    lac = countries.lac_codes()
    assert first["iso3"].isin(lac).sum() == 13
    anywhere = minerals.any_source_in(2025, lac, first["commodity"])
    assert anywhere.sum() == 23
    assert anywhere["tin, refined"]
    assert isinstance(anywhere, pd.Series)
