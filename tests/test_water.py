"""rulac.water: ranks, shares of the world, the latest year with every country."""

from __future__ import annotations

import doctest

import pytest

from rulac import water
from rulac.params import ParameterError


def test_doctests():
    assert doctest.testmod(water).failed == 0


def test_years_and_the_latest_full_year():
    assert water.years() == (2000, 2022)
    assert water.latest_full_year() == 2021
    assert water.choose_year("latest") == 2021
    assert water.choose_year(2010) == 2010
    with pytest.raises(ParameterError, match="the data cover 2000-2022"):
        water.choose_year(1995)
    with pytest.raises(ParameterError, match="give one year"):
        water.choose_year((2010, 2012))


def test_ranking_and_ratios():
    ranked = water.per_person(2021)
    assert len(ranked) == 183
    assert ranked.iloc[0]["name"] == "Iceland"
    assert list(ranked["rank"]) == list(range(1, 184))
    brazil = water.ratio_to_next("BRA", 2021)
    assert (brazil["rank"], brazil["highest other"], brazil["next below"]) == (24, "ISL", "LAO")
    assert brazil["ratio to next below"] == pytest.approx(27014.994 / 25546.095, rel=1e-6)
    assert water.world_per_person(2021) == pytest.approx(5429.944, rel=1e-6)


def test_shares_use_the_latest_totals():
    assert water.totals_year(2022) == 2020
    shares = water.shares_of_world(2021)
    assert shares["share"].sum() == pytest.approx(1, abs=1e-9)  # the World Bank's world is the sum
    assert water.group_share(["BRA", "RUS"], 2021) == pytest.approx((5661 + 4312) / 42808.6021)


def test_profile_leaves_out_states_without_data():
    profile = water.profile(["USA", "MCO"], 2021)
    assert list(profile.index) == ["USA"]
    assert profile.loc["USA", "withdrawals % of internal"] == pytest.approx(15.8)
    assert water.profile(["MCO"], 2021).empty
