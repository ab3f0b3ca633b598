"""rulac.peace: the measures of notebooks 01, 01b and 01c add up to the tables they are computed
from."""

from __future__ import annotations

import pandas as pd
import pytest

from rulac import params, peace
from rulac.loading import load


def test_region_accepts_aliases_and_rejects_the_rest():
    assert peace.region("lac") == peace.region("Latin America") == peace.LAC
    assert peace.region("europe") == "Europe"
    with pytest.raises(params.ParameterError, match="REGION: 'Europa' is not one of the choices"):
        peace.region("Europa")
    with pytest.raises(params.ParameterError, match="give one region"):
        peace.region(["Europe", "Africa"])


def test_periods_split_only_inside_the_years():
    assert peace.periods(1816, 2007, 1946) == [("1816-1945", 1816, 1945), ("1946-2007", 1946, 2007)]
    assert peace.periods(1900, 1950, 2000) == [("1900-1950", 1900, 1950)]
    assert peace.periods(1900, 1950, 1900) == [("1900-1950", 1900, 1950)]


def test_state_years_count_each_membership_year_once():
    years = peace.state_years(1816, 2007)
    assert not years.duplicated(["ccode", "year"]).any()
    paraguay = years[years["ccode"] == 150]["year"]
    assert paraguay.min() == 1846
    assert 1873 not in set(paraguay)
    assert (years["ccode"] == 2).sum() == 2007 - 1816 + 1


def test_war_rates_add_up_to_the_war_table():
    rates = peace.war_rates(1816, 2007, 1946)
    wars = load("cow_wars")
    assert rates["participations"].sum() == len(wars.drop_duplicates(["war_num", "ccode"]))
    assert rates["battle_deaths"].sum() == wars["battle_deaths"].sum()
    assert rates["state_years"].sum() == len(peace.state_years(1816, 2007))
    lac = rates[rates["region"] == peace.LAC].set_index("period")
    assert lac.loc["1816-1945", "participations"] == 27
    assert lac.loc["1946-2007", "wars"] == 6
    assert lac.loc["1816-1945", "per_100_state_years"] == pytest.approx(100 * 27 / 1594)


def test_rank_and_ordinal():
    values = pd.Series({"a": 3.0, "b": 1.0, "c": 1.0})
    assert peace.rank(values, "b") == 1
    assert peace.rank(values, "a") == 3
    assert [peace.ordinal(n) for n in (1, 2, 3, 11, 12, 13, 21, 102)] == [
        "1st",
        "2nd",
        "3rd",
        "11th",
        "12th",
        "13th",
        "21st",
        "102nd",
    ]
    assert peace.least_often(1) == "least often"
    assert peace.least_often(3) == "3rd least often"


def test_wars_of_the_region_and_the_chapters_two():
    wars = peace.wars_of(peace.LAC, 1816, 2007)
    assert len(wars) == 19
    assert wars["war"].iloc[0] == "World War II"
    assert set(wars.loc[wars["named_by_chapter"], "war"]) == {"War of the Pacific", "Chaco"}
    lopez = wars.set_index("war").loc["Lopez"]
    assert lopez["battle_deaths"] == lopez["region_deaths"] == 310000
    assert lopez["only_region"]
    assert peace.wars_of("North America", 1816, 1845).empty


def test_claims_between_sides():
    found = peace.claims_between_sides([124, 40, 217]).set_index("war_num")
    assert found.loc[124, "claims"] == "Chaco Boreal"
    assert found.loc[124, "fought_over"]
    assert not found.loc[40, "claim_open"]  # Franco-Mexican: no territorial claim
    assert found.loc[217, "claim_open"]
    assert not found.loc[217, "fought_over"]


def test_claims_between_sides_follows_the_plain_definition_for_every_war():
    """For each war of COW's list, war by war: the ICOW claims (in the table's order) between a
    state on side 1 and a state on side 2, one of them in the region, open when the war began."""
    wars, claims = load("cow_wars"), load("icow_claims")
    lac = peace.codes_of(peace.LAC)
    found = peace.claims_between_sides(wars["war_num"].unique()).set_index("war_num")
    for war_num, war in wars.groupby("war_num"):
        start = war["start_year"].min()
        one, two = (set(war.loc[war["side"] == side, "ccode"]) for side in (1, 2))
        opposed = (claims["challenger"].isin(one) & claims["target"].isin(two)) | (
            claims["challenger"].isin(two) & claims["target"].isin(one)
        )
        with_lac = claims["challenger"].isin(lac) | claims["target"].isin(lac)
        open_then = (claims["begin_year"] <= start) & (claims["end_year"].fillna(9999) >= start)
        expected = claims[opposed & with_lac & open_then]
        row = found.loc[war_num]
        assert row["claims"] == "; ".join(expected["name"]), war_num
        assert row["claim_open"] == (not expected.empty), war_num
        assert row["fought_over"] == bool((expected["wars"] > 0).any()), war_num
    assert found["claim_open"].sum() >= 10
    assert peace.claims_between_sides([]).empty


def test_claim_rates_match_the_settlement_rows():
    rates = peace.claim_rates()
    attempts = load("icow_settlements").merge(load("icow_claims")[["claimdy", "region"]])
    binding = attempts[attempts["kind"] == "binding third party"].groupby("region").size()
    assert (rates["binding third party"] == binding).all()
    hemisphere = rates.loc["Western Hemisphere"]
    assert (
        hemisphere["claim_years"]
        == load("icow_claims").query("region == 'Western Hemisphere'")["duration"].sum()
    )
    assert hemisphere["binding_share"] == pytest.approx(39 / 771)


def test_violent_endings_and_endings_table():
    violent = peace.violent_endings()
    assert violent.loc["Western Hemisphere", ["ended", "violent"]].tolist() == [109, 10]
    endings = peace.claim_endings()
    assert endings.sum().sum() == len(load("icow_claims"))


def test_icj_sentence_for_a_region_without_an_icj_match():
    icj = peace.icj_by_region()
    assert "no region of the ICJ table" in peace.icj_sentence(icj, "Middle East")
    assert peace.icj_sentence(icj, "Asia and Oceania").count("contentious cases") == 2


def test_spending_pivot_and_codes():
    shares = peace.spending(["LCN", "RUS", "XXX"], 2000, 2001)
    assert list(shares.columns) == ["LCN", "RUS"]
    assert list(shares.index) == [2000, 2001]
    assert {"BRA", "RUS", "USA", "CHN"} <= set(peace.spending_codes())
    assert peace.great_power_codes() == {2, 200, 220, 365, 710}


def test_territory_before_rebuilds_mexico():
    mexico = peace.territory_before(70, "MEX", 1848, 2019)
    assert mexico["surface_area"] == 1964380
    assert mexico["lost_since"] == 1370153 + 76768 + 5  # 1848, 1853 and 1932 (to France)
    assert mexico["gained_since"] == 5 + 2  # 1897 (from France) and 1963 (from the US)
    assert mexico["territory_before"] == 1964380 + 1370153 + 76768 + 5 - 7


def test_dispute_record_joins_five_tables():
    record = peace.dispute_record(145, 155)
    assert set(record["table"]) == {
        "icow_claims",
        "territorial_change",
        "cow_wars",
        "icj_cases",
        "chapter_events",
    }
    assert record["year"].is_monotonic_increasing
    assert record["record"].str.contains("ICJ case no. 153").any()
    assert peace.dispute_record(135, 130)["record"].str.contains("Cenepa Valley").any()


def test_dispute_record_finds_every_war_with_the_two_on_opposite_sides():
    """The lookup by the two states agrees with the plain definition, for every pair of the
    region's states that fought in one war (on either side) and for pairs that never did: a war
    in which both fought, each on the first side COW lists for it, and not on the same side."""
    wars = load("cow_wars")
    lac = peace.codes_of(peace.LAC)
    sides = {  # war -> {state: its first side}
        war_num: dict(rows.groupby("ccode")["side"].first())
        for war_num, rows in wars.groupby("war_num")
    }
    names = wars.groupby("war_num")["war_name"].first()
    pairs = {
        (a, b) for states in sides.values() for a in states for b in states if a < b and a in lac
    }
    pairs |= {(a, b) for a in (41, 42, 52) for b in (150, 165)}  # never in one war
    opposed = 0
    for a, b in sorted(pairs):
        expected = [
            names[n] for n, side in sides.items() if a in side and b in side and side[a] != side[b]
        ]
        found = [text.split(" (")[0] for _, _, text in peace._wars_between(a, b)]
        assert found == expected, (a, b)
        opposed += bool(expected)
    assert opposed >= 10, "pairs of the region's states fought each other"


def test_mapped_transfers_mark_conflict_from_tc_or_a_war():
    moved = peace.mapped_transfers().set_index("label")
    chaco = moved.loc["1938 BOL→PRY"]
    assert chaco["war"] == "Chaco"
    assert not chaco["tc_conflict"]
    assert chaco["conflict"]
    assert moved.loc["1903 BOL→BRA", "tc_area_km2"] == 191000
    assert not moved.loc["1903 BOL→BRA", "conflict"]
    assert pd.isna(moved.loc["1922 PER→COL", "conflict"])
    assert len(moved) == len(load("border_transfers").drop_duplicates(["date", "loser", "gainer"]))


def test_sentences_state_the_numbers():
    rates = peace.war_rates(1816, 2007, 1946).set_index("region")
    early = peace.rates_sentence(rates[rates["period"] == "1816-1945"], peace.LAC, "1816-1945")
    assert "27 times in 13 wars" in early
    assert "fewest deaths per state-year: Africa" in early
    france = pd.Series({2019: 500.0, 2020: 1000.0})
    assert "100% of France's" in peace.france_sentence(500, 400, france)
    assert peace.wars_sentence(pd.DataFrame()).startswith("No war")


def test_transfers_sentence_weighs_the_secessions():
    # COW tc2018: Uruguay (165) from Brazil (140) 1828, 269,810 km²; Peru (135) from Bolivia (145)
    # 1839, 1,559,891 km²; Panama (95) from Colombia (100) 1903, 75,690 km² are coded secessions.
    lac = peace.codes_of(peace.LAC)
    text = peace.transfers_sentence(peace.transfers_between(lac, lac, 1816, 2015))
    assert "3 of them as secessions (Uruguay from Brazil, 1828; Peru from Bolivia, " in text
    assert "Panama from Colombia, 1903): 48% of the area" in text
    assert "Without them, 23% of the area changed hands with military conflict" in text
    none = peace.transfers_between(set(), set(), 1816, 2015)
    assert peace.transfers_sentence(none).startswith("No transfer")
