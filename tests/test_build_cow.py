"""The Correlates of War tables (cow_codes, cow_states, cow_wars, territorial_change).

Row counts are checked against the raw files; the facts named in each test were read by hand
from the raw files and conflict/PROVENANCE.md ("Sanity checks run against the staged data").
"""

from __future__ import annotations

import pandas as pd
import pytest

from rulac.loading import load
from tests.raw_sources import check_raw_hashes, raw_path

LAC_CODES = {
    31,
    40,
    41,
    42,
    51,
    52,
    53,
    54,
    55,
    56,
    57,
    58,
    60,
    70,
    80,
    90,
    91,
    92,
    93,
    94,
    95,
    100,
    101,
    110,
    115,
    130,
    135,
    140,
    145,
    150,
    155,
    160,
    165,
}


@pytest.fixture(scope="module")
def codes():
    return load("cow_codes").set_index("ccode")


@pytest.fixture(scope="module")
def wars():
    return load("cow_wars")


@pytest.mark.parametrize("name", ["cow_codes", "cow_states", "cow_wars", "territorial_change"])
def test_raw_files_are_the_documented_ones(name):
    check_raw_hashes(name)


def test_row_counts_match_the_raw_files(codes, wars):
    states = pd.read_csv(raw_path("conflict/cow_states/states2016.csv"))
    raw_wars = pd.read_csv(raw_path("conflict/cow_wars/Inter-StateWarData_v4.0.csv"))
    changes = pd.read_csv(raw_path("conflict/cow_territorial_change/tc2018.csv"))
    assert len(load("cow_states")) == len(states) == 243
    assert len(codes) == states["ccode"].nunique() == 217
    assert len(wars) == len(raw_wars) == 337
    assert wars["war_num"].nunique() == 95
    assert len(load("territorial_change")) == len(changes) == 842


def test_the_33_lac_states_map_to_their_iso3(codes):
    lac = codes[codes["region"] == "Latin America and the Caribbean"]
    assert set(lac.index) == LAC_CODES
    countries = load("countries")
    assert set(lac["iso3"]) == set(countries.loc[countries["lac"], "iso3"])
    assert codes.loc[140, "iso3"] == "BRA"
    assert codes.loc[145, "iso3"] == "BOL"
    assert codes.loc[[2, 20], "region"].eq("North America").all()


def test_current_and_historical_states_are_documented(codes):
    """Every code has an ISO3 or a note saying why not; exceptions are marked as such."""
    assert codes.loc[365, "iso3"] == "RUS"  # the USSR and Russia keep one code
    assert codes.loc[345, ["iso3", "iso3_mapping"]].tolist() == ["SRB", "course exception"]
    assert pd.isna(codes.loc[680, "iso3"])
    assert codes.loc[680, "iso3_mapping"] == "course exception"
    assert codes.loc[[255, 260], "iso3"].eq("DEU").all()
    for historical in (245, 300, 329, 730, 817):  # Bavaria, Austria-Hungary, Two Sicilies, ...
        assert pd.isna(codes.loc[historical, "iso3"])
        assert codes.loc[historical, "iso3_note"]
    unmapped = codes[codes["iso3"].isna()]
    assert unmapped["iso3_note"].notna().all()
    current = codes[codes["last_year"] == 2016]
    assert set(current.index[current["iso3"].isna()]) == {347, 713}  # Kosovo, Taiwan


def test_regions_agree_with_m49_except_the_documented_states(codes):
    countries = load("countries").set_index("iso3")
    current = codes[(codes["last_year"] == 2016) & codes["iso3"].notna()]
    m49 = current["iso3"].map(countries["region"])
    expected = {
        "North America": "Americas",
        "Latin America and the Caribbean": "Americas",
        "Europe": "Europe",
        "Africa": "Africa",
        "Asia and Oceania": ("Asia", "Oceania"),
    }
    differ = sorted(
        current.loc[c, "iso3"]
        for c in current.index
        if current.loc[c, "region"] != "Middle East"
        and m49[c] not in expected[current.loc[c, "region"]]
    )
    # Cyprus and the three states of the southern Caucasus carry codes in COW's European range.
    assert differ == ["ARM", "AZE", "CYP", "GEO"]


def test_paraguay_left_and_reentered_the_system():
    spells = load("cow_states").query("ccode == 150")
    assert spells["start"].dt.year.tolist() == [1846, 1876]
    assert spells["end"].dt.year.tolist() == [1870, 2016]


def test_war_facts_from_provenance(wars):
    deaths = wars.groupby("war_name")["battle_deaths"].sum()
    assert deaths["War of the Pacific"] == 13868
    assert deaths["Chaco"] == 92661
    assert deaths["Football War"] == 1900
    assert deaths["Falkland Islands"] == 1001
    lopez = wars[wars["war_name"] == "Lopez"].set_index("state_name")["battle_deaths"]
    assert lopez.to_dict() == {"Argentina": 10000, "Paraguay": 200000, "Brazil": 100000}
    cenepa = wars[wars["war_num"] == 217]
    assert cenepa["battle_deaths"].sum() == 1500
    assert set(cenepa["outcome"]) == {"compromise or tie"}


def test_twelve_wars_among_western_hemisphere_states_only(wars):
    only = wars.groupby("war_num").filter(lambda w: (w["ccode"] < 200).all())
    assert only["war_num"].nunique() == 12
    assert only["battle_deaths"].sum() == 448512


def test_every_participant_is_a_member_when_it_fights(wars):
    spells = load("cow_states")
    for row in wars.itertuples():
        mine = spells[spells["ccode"] == row.ccode]
        inside = (mine["start"].dt.year <= row.start_year) & (mine["end"].dt.year >= row.start_year)
        assert inside.any(), f"{row.state_name} in {row.war_name}"


def test_brazil_cessions_1895_1909():
    changes = load("territorial_change")
    brazil = changes[(changes["gainer"] == 140) & changes["year"].between(1895, 1909)]
    assert brazil[["year", "loser", "area_km2"]].values.tolist() == [
        [1895, 150, 13000.0],
        [1903, 145, 191000.0],
        [1904, 130, 67600.0],
        [1907, 100, 162500.0],
        [1907, 145, 65000.0],
    ]
    assert set(brazil["procedure"]) == {"cession"}
    assert not brazil["conflict"].any()
    back = changes[(changes["loser"] == 140) & changes["year"].between(1895, 1909)]
    assert back["area_km2"].tolist() == [3108.0]


def test_codes_become_labels_and_missing_values():
    changes = load("territorial_change")
    raw = pd.read_csv(raw_path("conflict/cow_territorial_change/tc2018.csv"), na_values=["."])
    assert changes["procedure"].isna().sum() == (raw["procedur"] == -9).sum() == 131
    assert changes["conflict"].sum() == (raw["conflict"] == 1).sum() == 229
    assert changes["area_km2"].isna().sum() == 5
