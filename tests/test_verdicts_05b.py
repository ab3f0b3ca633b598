"""What notebook 05b (weighing the argument) records in the claims register still holds.

05b reaches no verdict of its own: its claims are for discussion (each with a brief in
rulac/seminar.py) or untested, and the claims about events stay with the record in notebook 05.
The agreement proxy it shows for C47, C51 and C65 is recomputed from the votes.
"""

from __future__ import annotations

import pytest

from rulac import countries, seminar
from rulac.loading import load

HERE = "05b_weighing_the_argument"


@pytest.fixture(scope="module")
def claims():
    return load("claims").set_index("id")


def test_05b_weighs_the_discussion_claims_and_05_the_record(claims):
    here = claims[claims["notebook"] == HERE]
    assert set(here["verdict"]) == {"discussion", "untested"}
    assert list(here.index[here["verdict"] == "untested"]) == ["C27"]
    assert set(here.index[here["verdict"] == "discussion"]) == set(seminar.DISCUSSION) - {"C46"}
    record = claims[claims["notebook"] == "05_seminar"]
    assert set(record.index) == {"C37", "C44", "C46", "C48", "C49", "C50"}


def test_proxies_are_discussion(claims):
    for claim in ("C47", "C51", "C65"):
        assert claims.loc[claim, "verdict"] == "discussion"
        assert claims.loc[claim, "notebook"] == HERE
        assert "unga_votes" in claims.loc[claim, "evidence"]
    lac = countries.lac_codes()
    proxy = seminar.mean_agreement(lac, ["USA", "RUS"], (2000, 2025))
    assert list(proxy.columns) == ["USA", "RUS"] and list(proxy.index) == list(range(2000, 2026))
    assert proxy.stack().between(0, 1).all()
    # what the notebook's text says of 2025: agreement with the United States at its lowest
    assert proxy["USA"].idxmin() == 2025
