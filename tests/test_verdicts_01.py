"""The verdicts notebook 01 (wars) wrote into the claims register still follow from the data.

Each test recomputes every fact its verdict note states (the numbers are asserted to appear in
the note as well), so a change in data/ that would make a note wrong fails here.
"""

from __future__ import annotations

import pytest

from rulac import peace
from rulac.loading import load
from tests.verdict_notes import note, says


@pytest.fixture(scope="module")
def claims():
    return load("claims").set_index("id")


def test_c04_supported(claims):
    text = note(claims, "C04", "supported")
    rates = peace.war_rates(1816, 2007, 1946)
    for period, block in rates.groupby("period"):
        block = block.set_index("region")
        assert block["per_100_state_years"].idxmin() == peace.LAC, period
    late = rates[rates["period"] == "1946-2007"].set_index("region")
    assert late["deaths_per_state_year"].idxmin() == peace.LAC
    lac = rates[rates["region"] == peace.LAC].set_index("period")["per_100_state_years"]
    says(text, f"{lac['1816-1945']:.2f} per 100", f"({lac['1946-2007']:.2f})")
    ucdp = load("ucdp_conflicts")
    americas = ucdp[ucdp["regions"].str.split(";").map(lambda r: "Americas" in r)]
    inside = americas["type"].isin(["intrastate", "internationalized intrastate"]).sum()
    between = (americas["type"] == "interstate").sum()
    assert (inside, between) == (190, 8)
    says(text, "190 conflict-years inside states", "against 8 between states", "1946-2021")


def test_c05_partly_supported(claims):
    text = note(claims, "C05", "partly supported")
    wars = peace.wars_of(peace.LAC, 1816, 2007)
    here = wars[wars["where"] == "Western Hemisphere"]
    links = peace.claims_between_sides(here["war_num"])
    assert (len(here), links["claim_open"].sum(), links["fought_over"].sum()) == (15, 11, 7)
    says(text, "Of the 15 wars", "11 began", "in only 7")


def test_c06_partly_supported(claims):
    text = note(claims, "C06", "partly supported")
    deaths = load("cow_wars").groupby("war_name")["battle_deaths"].sum()
    says(
        text,
        f"Chaco {deaths['Chaco']:,}",
        f"War of the Pacific {deaths['War of the Pacific']:,}",
        f"{deaths['World War I']:,}",
        f"{deaths['World War II']:,}",
        f"({deaths['Lopez']:,})",
    )
    only_lac = peace.wars_of(peace.LAC, 1816, 2007).query("only_region")
    assert only_lac.iloc[0]["war"] == "Lopez", "the deadliest war among the region's states"
    assert deaths["Lopez"] > 3 * deaths["Chaco"]
    here = peace.wars_of(peace.LAC, 1816, 2007).query("where == 'Western Hemisphere'")
    assert here["war"].tolist().index("War of the Pacific") + 1 == 5
    says(text, "ranks 5th by all sides' deaths")


def test_every_claim_of_the_notebook_has_a_verdict(claims):
    ours = claims[claims["notebook"] == "01_peace_and_borders"]
    assert set(ours.index) == {"C04", "C05", "C06"}
    assert (ours["verdict"] != "untested").all()
    for claim_id in ("C08", "C24"):  # discussed in notebook 01 and notebook 05b
        assert claims.loc[claim_id, "verdict"] == "discussion"
