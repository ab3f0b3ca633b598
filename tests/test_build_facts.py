"""The curated fact tables (icj_cases, nwfz_treaties, chapter_events) and the arms races: counts
against the curated files, the counts the curators' README gives, and a source on every row."""

from __future__ import annotations

import pandas as pd
import pytest

from rulac import peace
from rulac.loading import load
from tests.raw_sources import check_raw_hashes, raw_path


@pytest.mark.parametrize("name", ["icj_cases", "nwfz_treaties", "chapter_events", "arms_races"])
def test_raw_files_are_the_documented_ones(name):
    check_raw_hashes(name)


def test_icj_counts_from_the_curators_readme():
    """facts/README.md: 195 entries, 164 contentious; 37 with a LAC party, 28 all-LAC; 17
    territorial or maritime; by region Europe 80 (36 all-European), Asia 38 (14), LAC 37 (28),
    Africa 35 (20), Northern America 30 (1), Oceania 10 (1)."""
    cases = load("icj_cases")
    assert len(cases) == len(pd.read_csv(raw_path("facts/icj_general_list_regions.csv"))) == 195
    assert (cases["case_type"] == "contentious").sum() == 164
    lac = cases[cases["has_lac_party"].fillna(False)]
    assert len(lac) == 37
    assert lac["intra_lac"].sum() == 28
    assert lac["territorial_or_maritime"].sum() == 17
    regions = peace.icj_by_region()
    assert regions[["cases", "within_region"]].T.to_dict("list") == {
        "Europe": [80, 36],
        "Asia": [38, 14],
        "Latin America and the Caribbean": [37, 28],
        "Africa": [35, 20],
        "Northern America": [30, 1],
        "Oceania": [10, 1],
    }


def test_icj_bolivia_v_chile():
    case = load("icj_cases").set_index("number").loc[153]
    assert case["party_iso3"] == "BOL;CHL"
    assert case["year_instituted"] == 2013
    assert case["outcome_year"] == 2018
    assert "2018-10-01 judgment" in case["key_decisions"]


def test_nwfz_treaties():
    table = load("nwfz_treaties").set_index("short_name")
    assert len(table) == len(pd.read_csv(raw_path("facts/nwfz_treaties.csv"))) == 7
    assert table.loc["Treaty of Tlatelolco", "opened_for_signature"] == "1967-02-14"
    assert table.loc["Antarctic Treaty", "signed_year"] == 1959
    assert not table.loc["Antarctic Treaty", "regional_zone_treaty"]
    assert table["regional_zone_treaty"].sum() == 5
    assert table["source_url"].str.startswith("http").all()


def test_chapter_events_have_claims_dates_and_sources():
    events = load("chapter_events").set_index("event_id")
    assert len(pd.read_csv(raw_path("facts/chapter_events.csv"))) == 18
    assert events["claim_id"].to_dict() == {
        "pacts_of_may_1902": "C10",
        "bolivia_chile_1904": "C12",
        "zpcsa_1986": "C16",
        "brasilia_act_1998": "C11",
    }
    assert events["date"].dt.strftime("%Y-%m-%d").tolist() == [
        "1902-05-28",
        "1904-10-20",
        "1986-10-27",
        "1998-10-26",
    ]
    for column in ("source_publisher", "source_title", "source_url"):
        assert events[column].str.len().gt(0).all(), column
    assert "A/41/143" in events.loc["zpcsa_1986", "actors"]


def test_arms_races_involving_the_region():
    """conflict/PROVENANCE.md lists the races with a Latin American state."""
    races = load("arms_races")
    assert (
        len(races)
        == len(pd.read_excel(raw_path("conflict/arms_rivalry/grh_arms_races.xlsx")))
        == 71
    )
    lac = peace.codes_of(peace.LAC)
    mine = races[races["ccode1"].isin(lac) | races["ccode2"].isin(lac)]
    pairs = {(r.state1, r.state2, r.start_year, r.end_year) for r in mine.itertuples()}
    assert pairs == {
        ("Brazil", "Paraguay", 1864, 1866),
        ("Ecuador", "Peru", 1964, 1966),
        ("Ecuador", "Peru", 1972, 1975),
        ("Chile", "Argentina", 1977, 1981),
        ("Bolivia", "Chile", 1978, 1981),
        ("Argentina", "United Kingdom", 1978, 1980),
        ("Nicaragua", "Colombia", 1979, 1983),
        ("Colombia", "Venezuela", 1979, 1982),
        ("Honduras", "El Salvador", 1982, 1984),
    }
