"""The verdicts notebook 04 wrote into the claims register still follow from the data.

Each test recomputes the facts its verdict note states (membership, trade, votes); the arms
verdict of notebook 04b is tested in test_verdicts_04b.py.
"""

from __future__ import annotations

import pandas as pd
import pytest

from rulac import brics, countries, votes
from rulac.loading import load


@pytest.fixture(scope="module")
def claims():
    return load("claims").set_index("id")


@pytest.fixture(scope="module")
def facts():
    return load("brics_facts")


def rows(facts, iso3, status):
    return facts[(facts["iso3"] == iso3) & (facts["status"] == status)]


def test_c57_partly_supported(claims, facts):
    added = sorted(set(brics.members_on("2024-01-01")) - set(brics.BRICS_5))
    assert added == ["ARE", "EGY", "ETH", "IRN", "SAU"]
    regions = countries.table().loc[added, "region"].to_dict()
    assert {regions["EGY"], regions["ETH"]} == {"Africa"}
    assert {regions["IRN"], regions["ARE"], regions["SAU"]} == {"Asia"}
    assert rows(facts, "SAU", "undecided")["contested"].all()
    ever = brics.members_on(f"{facts['date'].max():%Y-%m-%d}")
    assert [c for c in ever if c in countries.lac_codes()] == ["BRA"], "no new LAC member"
    invited = facts.loc[(facts["status"] == "invited"), "iso3"]
    assert [c for c in invited if c in countries.lac_codes()] == ["ARG"]
    assert rows(facts, "ARG", "declined")["date"].dt.strftime("%Y-%m").eq("2023-12").all()
    for iso3 in ("BOL", "CUB"):
        assert (rows(facts, iso3, "partner")["date"] == pd.Timestamp("2025-01-01")).any()
    assert claims.loc["C57", "verdict"] == "partly supported"


def test_c58_what_it_is_weighed_against(claims, facts):
    assert len(brics.members_on("2025-01-31", with_contested=False)) == 10
    assert len(brics.members_on("2025-01-31")) == 11
    now = brics.status_on("2025-06-30")
    assert (now["status"] == "partner").sum() == 10
    bank = facts[facts["status"] == "New Development Bank member"]["iso3"]
    assert set(bank) == {"URY", "COL"}
    assert facts["contested_note"].str.contains("consensus", na=False).any()
    assert claims.loc["C58", "verdict"] == "discussion"


def test_c59_partly_supported(claims, facts):
    assert (rows(facts, "VEN", "applied")["date"] == pd.Timestamp("2023-08-01")).any()
    assert (rows(facts, "BOL", "applied")["date"] == pd.Timestamp("2023-08-24")).any()
    assert rows(facts, "NIC", "expressed interest")["date"].dt.strftime("%Y-%m").eq("2023-09").all()
    assert (
        rows(facts, "NIC", "asked for partner status")["date"]
        .dt.strftime("%Y-%m")
        .eq("2024-06")
        .all()
    )
    mexico = rows(facts, "MEX", "not applying")["date"].dt.strftime("%Y-%m")
    assert sorted(mexico) == ["2023-08", "2024-03"]
    assert set(facts.loc[facts["iso3"] == "MEX", "status"]) == {"not applying"}
    uruguay = facts[facts["iso3"] == "URY"]
    assert not uruguay["status"].isin(["applied", "expressed interest"]).any()
    assert rows(facts, "URY", "New Development Bank member")["date"].dt.year.eq(2021).all()
    assert claims.loc["C59", "verdict"] == "partly supported"


def test_c61_partly_supported(claims, facts):
    assert set(facts.loc[facts["iso3"] == "BRA", "status"]) == {"founding member"}
    assert facts["source_publisher"].eq("Brazil's 2025 BRICS presidency").any()
    shares = brics.import_origins(["BRA"])["RUS"]
    assert round(shares[2019] * 100, 1) == 2.1
    assert round(shares[2020] * 100, 1) == 1.7
    assert round(shares.loc[2015:2018].min() * 100, 1) == 1.3
    assert round(shares.loc[2015:2018].max() * 100, 1) == 1.9
    agree = votes.agreement(["BRA"], ["RUS", "USA"], (2015, 2022))
    before = agree[agree["year"] <= 2018].groupby("reference")["agreement"].mean()
    during = agree[agree["year"] >= 2019].groupby("reference")["agreement"].mean()
    assert (round(before["RUS"], 2), round(during["RUS"], 2)) == (0.63, 0.47)
    assert (round(before["USA"], 2), round(during["USA"], 2)) == (0.21, 0.28)
    assert claims.loc["C61", "verdict"] == "partly supported"


def test_c62_supported(claims, facts):
    declined = rows(facts, "ARG", "declined")
    assert (declined["date"] == pd.Timestamp("2023-12-22")).all()
    assert declined["date_as_published"].str.contains("made public 29 Dec 2023").all()
    assert declined["event"].str.contains("Lula, Putin, Xi, Modi and Ramaphosa").all()
    assert rows(facts, "ARG", "applied")["date"].dt.year.eq(2022).all()
    assert (rows(facts, "ARG", "invited")["date"] == pd.Timestamp("2023-08-24")).all()
    assert claims.loc["C62", "verdict"] == "supported"


def test_the_register_sends_these_claims_to_notebook_04(claims):
    mine = claims.index[claims["notebook"] == "04_brics"].tolist()
    assert mine == ["C56", "C57", "C58", "C59", "C61", "C62", "C63"]
