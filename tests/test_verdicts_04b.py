"""The verdict notebook 04b wrote into the claims register still follows from the data.

The test recomputes the facts its verdict note states (SIPRI's arms transfers, summed by the
course).
"""

from __future__ import annotations

import pytest

from rulac import brics, countries
from rulac.loading import limits, load


@pytest.fixture(scope="module")
def claims():
    return load("claims").set_index("id")


def test_the_register_sends_the_arms_forecast_to_notebook_04b(claims):
    assert claims.index[claims["notebook"] == "04b_trade_and_arms"].tolist() == ["C60"]
    assert "arms_transfers" in claims.loc["C60", "evidence"].split(";")


def test_c60_not_testable_trend(claims):
    region = brics.arms_by_period(countries.lac_codes())
    assert region.loc["2000-2009", "russia_tiv"] == 2311
    assert region.loc["2010-2019", "russia_tiv"] == 2373
    assert round(region.loc["2000-2009", "moscow_share"] * 100) == 18
    assert round(region.loc["2010-2019", "moscow_share"] * 100) == 21
    assert region.loc["2020-2021", "russia_tiv"] == 0
    arms = load("arms_transfers")
    recent = arms[arms["period"].isin(["2000-2009", "2010-2019"])]
    venezuela = recent.loc[recent["recipient"] == "VEN", "russia_tiv"].sum()
    assert round(100 * venezuela / recent["russia_tiv"].sum()) == 82
    assert arms.loc[arms["recipient"] == "BOL", "russia_tiv"].sum() == 0
    # "none after 2017 in SIPRI's 2024 release": the resource's documented limit says so.
    stated = limits(["arms_transfers"])["limit"]
    assert stated.str.contains("no Russian delivery to the region after 2017").any()
    assert claims.loc["C60", "verdict"] == "not testable with these data"
