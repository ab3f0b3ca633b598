"""The verdicts notebook 03 wrote into the claims register still follow from the data.

Each test recomputes every fact its verdict note states (USGS net import reliance and import
sources, World Bank renewable freshwater), so a change in data/ that would make a note wrong fails
here.
"""

from __future__ import annotations

import pytest

from rulac import countries, minerals, water
from rulac.loading import load


@pytest.fixture(scope="module")
def claims():
    return load("claims").set_index("id")


def fig2_values(commodity: str) -> list[str]:
    table = minerals.fig2()
    return table.loc[table["commodity"] == commodity, "nir_published"].tolist()


def test_c29_partly_supported(claims):
    note = claims.loc["C29", "verdict_note"]
    for commodity in ("graphite (natural)", "cesium", "niobium (columbium)", "tantalum",
                      "mica (natural), sheet"):  # fmt: skip
        assert fig2_values(commodity) == ["100"] * 4, commodity
    flake = [int(v) for v in fig2_values("mica (natural), scrap and flake")]
    assert (min(flake), max(flake)) == (24, 41)
    assert "24-41%" in note
    assert fig2_values("bauxite") == [">75"] * 4
    alumina = [int(v) for v in fig2_values("alumina")]
    assert (min(alumina), max(alumina)) == (59, 71)
    assert "alumina 59-71" in note
    assert set(fig2_values("lithium")) == {">25", ">50"}
    copper = [int(v) for v in fig2_values("copper, refined")]
    assert (min(copper), max(copper)) == (41, 57)
    assert "41-57" in note
    nir = load("usgs_import_reliance")
    assert nir["edition"].min() == 2023
    assert nir["year"].min() == 2020
    assert minerals.nir_years() == (2022, 2025)
    assert "2022-2025" in note
    assert claims.loc["C29", "verdict"] == "partly supported"


def test_c30_partly_supported(claims):
    note = claims.loc["C30", "verdict_note"]
    check = minerals.supplier_check()
    assert (int(check["in USGS"].sum()), len(check)) == (19, 27)
    assert "19 of the 27" in note
    missing = check[~check["in USGS"]]
    assert set(zip(missing["supplier_in_chapter"], missing["mineral"], strict=True)) == {
        ("Guatemala", "bauxite"), ("Brazil", "graphite"), ("Brazil", "tantalum"),
        ("Mexico", "cesium"), ("South Africa", "cesium"), ("Germany", "niobium"),
        ("Bolivia", "lithium"), ("Afghanistan", "lithium"),
    }  # fmt: skip
    lists = load("usgs_import_sources")
    first = lists[(lists["edition"] == 2026) & (lists["rank"] == 1)].set_index("commodity")
    lac = set(countries.lac_codes())
    for commodity in ("bauxite", "alumina", "niobium (columbium)", "lithium", "copper, refined"):
        assert first.loc[commodity, "iso3"] in lac, commodity
    for commodity in ("graphite (natural)", "cesium", "mica (natural), sheet",
                      "mica (natural), scrap and flake", "tantalum"):  # fmt: skip
        assert first.loc[commodity, "iso3"] == "CHN", commodity
    assert claims.loc["C30", "verdict"] == "partly supported"


def test_c32_not_testable(claims):
    note = claims.loc["C32", "verdict_note"]
    usa = water.per_person(2021).loc["USA"]
    assert f"{usa['internal_m3_per_person']:,.0f}" == "8,485"
    assert "8,485 m3" in note
    assert (usa["rank"], len(water.per_person(2021))) == (54, 183)
    assert "54th of 183" in note
    assert f"{water.world_per_person(2021):,.0f}" == "5,430"
    assert "world 5,430" in note
    assert f"{water.withdrawal_share('USA', 2021):.1%}" == "15.8%"
    assert "15.8%" in note
    assert claims.loc["C32", "verdict"] == "not testable with these data"


def test_c33_partly_supported(claims):
    note = claims.loc["C33", "verdict_note"]
    shares = water.shares_of_world(2020)
    assert (shares.loc["RUS", "internal_km3"], shares.loc["BRA", "internal_km3"]) == (4312, 5661)
    world = load("freshwater").query("code == 'WLD' and year == 2020")["internal_km3"].iloc[0]
    assert f"{world:,.0f}" == "42,809"
    assert "42,809 km3" in note
    assert f"{water.group_share(['RUS', 'BRA'], 2020):.1%}" == "23.3%"
    assert "23.3%" in note
    assert claims.loc["C33", "verdict"] == "partly supported"


def test_c34_contradicted(claims):
    note = claims.loc["C34", "verdict_note"]
    brazil = water.ratio_to_next("BRA", 2021)
    assert f"{brazil['value']:,.0f}" == "27,015"
    assert "27,015 m3" in note
    assert (brazil["rank"], brazil["of"]) == (24, 183)
    assert "24th of 183" in note
    assert brazil["highest other"] == "ISL"
    assert f"{1 / brazil['ratio to highest other']:.1f}" == "16.9"
    assert "16.9 times" in note
    assert countries.names()[brazil["next below"]] == "Laos"
    assert f"{brazil['ratio to next below']:.2f}" == "1.06"
    assert "1.06 times" in note
    assert claims.loc["C34", "verdict"] == "contradicted"


def test_interpretive_claims_are_for_discussion(claims):
    for claim_id in ("C28", "C31", "C64"):
        assert claims.loc[claim_id, "notebook"] == "03_resources"
        assert claims.loc[claim_id, "verdict"] == "discussion"
