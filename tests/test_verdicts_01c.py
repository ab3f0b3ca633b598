"""The verdicts notebook 01c (arms: limitation, races, spending, nuclear-weapon-free zones) wrote
into the claims register still follow from the data.

Each test recomputes every fact its verdict note states (the numbers are asserted to appear in
the note as well), so a change in data/ that would make a note wrong fails here.
"""

from __future__ import annotations

import pandas as pd
import pytest

from rulac import peace
from rulac.loading import load
from tests.verdict_notes import note, says


@pytest.fixture(scope="module")
def claims():
    return load("claims").set_index("id")


def test_c07_not_testable(claims):
    text = note(claims, "C07", "not testable with these data")
    races = load("arms_races")
    lac = peace.codes_of(peace.LAC)
    mine = races[races["ccode1"].isin(lac) | races["ccode2"].isin(lac)]
    assert (len(races), races["start_year"].min(), races["end_year"].max()) == (71, 1854, 1984)
    assert len(mine) == 9
    found = {(r.state1, r.state2, r.start_year, r.end_year) for r in mine.itertuples()}
    assert {
        ("Chile", "Argentina", 1977, 1981),
        ("Bolivia", "Chile", 1978, 1981),
        ("Argentina", "United Kingdom", 1978, 1980),
    } <= found
    says(
        text,
        "71 races, 1854-1984",
        "9 involve",
        "Chile-Argentina (1977-1981)",
        "Bolivia-Chile (1978-1981)",
        "Argentina-United Kingdom (1978-1980)",
    )


def test_c10_partly_supported(claims):
    text = note(claims, "C10", "partly supported")
    pacts = load("chapter_events").set_index("event_id").loc["pacts_of_may_1902"]
    assert pacts["date"] == pd.Timestamp("1902-05-28")
    record = pacts["what_the_record_says"]
    assert "give up warships under construction" in record
    assert "five years" in record
    assert "four" not in record, "the source gives no number of cruisers"
    assert "cruiser" not in record
    says(text, "28 May 1902", "four")


def test_c15_supported(claims):
    text = note(claims, "C15", "supported")
    nwfz = load("nwfz_treaties").sort_values("signed_year")
    zones = nwfz[nwfz["regional_zone_treaty"]]
    assert zones.iloc[0]["short_name"] == "Treaty of Tlatelolco"
    earlier = nwfz[nwfz["signed_year"] < zones.iloc[0]["signed_year"]]
    assert earlier["short_name"].tolist() == ["Antarctic Treaty"]
    says(text, "14 February 1967", "Antarctic Treaty (1959)")
    assert zones.iloc[0]["opened_for_signature"] == "1967-02-14"


def test_c16_supported(claims):
    text = note(claims, "C16", "supported")
    zone = load("chapter_events").set_index("event_id").loc["zpcsa_1986"]
    assert zone["date"] == pd.Timestamp("1986-10-27")
    assert "41/11" in zone["event"]
    assert "requested by Brazil (A/41/143)" in zone["actors"]
    says(text, "41/11", "27 October 1986", "A/41/143")


def test_c23_partly_supported(claims):
    text = note(claims, "C23", "partly supported")
    shares = peace.spending(["LCN", "WLD", "RUS", "USA"], 1960, 2024)
    assert (shares["LCN"] < shares["WLD"]).all()
    assert len(shares) == 65
    latest = shares.loc[2024]
    says(
        text,
        f"2024: {latest['LCN']:.1f}% against {latest['WLD']:.1f}%",
        f"Russia {latest['RUS']:.1f}%",
        f"United States {latest['USA']:.1f}%",
    )
    dollars = load("military_spending").query("year == 2024").set_index("code")["spending_usd_m"]
    says(
        text,
        f"about {dollars['LCN'] / 1000:,.0f} billion",
        f"{dollars['RUS'] / 1000:,.0f} billion for Russia",
    )


def test_every_claim_of_the_notebook_has_a_verdict(claims):
    ours = claims[claims["notebook"] == "01c_arms_and_zones"]
    assert set(ours.index) == {"C07", "C10", "C15", "C16", "C23"}
    assert (ours["verdict"] != "untested").all()
