"""The verdicts notebook 02 wrote into the claims register still follow from the data (those
of notebook 02d, on legal culture, are tested in test_verdicts_02d.py).

Each test recomputes the facts a verdict note states, so a change in data/ that would make a
note wrong fails here instead of going unnoticed.
"""

from __future__ import annotations

import pytest

from rulac import countries, votes
from rulac.loading import load


@pytest.fixture(scope="module")
def claims():
    return load("claims").set_index("id")


def lac_votes(short: str):
    rollcall = votes.ukraine_resolutions([short])["rollcall_id"]
    return votes.vote_matrix(rollcall, countries.lac_codes()).iloc[:, 0]


def chapter(claim_id: str, basis: str | None = None):
    table = load("chapter_votes")
    table = table[(table["claim_id"] == claim_id) & ((table["basis"] == basis) if basis else True)]
    return table.set_index("iso3")["vote_in_chapter"]


def test_c36_partly_supported(claims):
    named, rest, record = chapter("C36", "named"), chapter("C36", "the rest"), lac_votes("68/262")
    assert (record[named.index] == named).all(), "the states the chapter names voted as it says"
    assert (rest == "Y").all()
    wrong = record[rest.index][record[rest.index] != "Y"]
    assert (wrong == "A").sum() == 9
    assert wrong.get("NIC") == "N"
    assert set(wrong[wrong == "X"].index) == {"BLZ", "GRD"}
    date = votes.ukraine_resolutions(["68/262"])["date"].iloc[0]
    assert f"{date.day} {date:%B %Y}" == "27 March 2014"
    assert claims.loc["C36", "verdict"] == "partly supported"


def test_c38_supported(claims):
    said = chapter("C38")
    for short in ("72/190", "71/205"):
        record = lac_votes(short)
        assert (record[said.index] == said).all(), short
    assert (lac_votes("68/262")[said.index[said == "A"]] == "Y").all()
    assert claims.loc["C38", "verdict"] == "supported"


@pytest.mark.parametrize(("claim_id", "short"), [("C39", "ES-11/1"), ("C43", "ES-11/6")])
def test_c39_c43_supported(claims, claim_id, short):
    said, record = chapter(claim_id), lac_votes(short)
    for iso3, vote in said.items():
        assert record[iso3] != "N" if vote == "not N" else record[iso3] == vote, iso3
    assert claims.loc[claim_id, "verdict"] == "supported"


def test_c39_totals_and_c43_non_voters(claims):
    row = votes.ukraine_resolutions(["ES-11/1"]).iloc[0]
    assert (row["official_yes"], row["official_no"], row["official_abstain"]) == (141, 5, 35)
    said = (
        f"{row['official_yes']} countries, with {row['official_no']} against and "
        f"{row['official_abstain']} abstained"
    )
    assert said in claims.loc["C39", "quote"], "the chapter's totals equal the official ones"
    assert (lac_votes("ES-11/1") == "Y").sum() == 28
    assert set(lac_votes("ES-11/6").pipe(lambda s: s[s == "X"]).index) == {"DMA", "GRD", "VEN"}


def test_c26_not_testable_and_its_note_names_no_count(claims):
    assert claims.loc["C26", "verdict"] == "not testable with these data"
    note = claims.loc["C26", "verdict_note"]
    assert (
        "68/262" in note
        and "ES-11/4" in note
        and not any(ch.isdigit() for ch in note.split("(")[0])
    )


def test_c39_reads_absent_as_no_vote_recorded(claims):
    assert lac_votes("ES-11/1")["VEN"] == "X"
    assert "no recorded vote" in claims.loc["C39", "verdict_note"]
    record = votes.vote_matrix(
        load("unga_rollcalls").query("date.dt.year >= 2022")["rollcall_id"], ["VEN"]
    )
    assert (record == "X").all(axis=None), "Venezuela: no recorded vote at all from 2022"


def test_c17_partly_supported_as_the_embargo_votes_show(claims):
    embargo = votes.cuba_embargo_rollcalls()
    years = embargo["date"].dt.year
    matrix = votes.vote_matrix(embargo["rollcall_id"], countries.lac_codes()).set_axis(
        years, axis=1
    )
    against = matrix.isin(["N", "A"])
    assert len(embargo) == 32 and years.min() == 1992 and years.max() == 2025
    assert 2018 not in set(years), "73/8 of 2018 is missing from the sources"
    assert int((~against.any()).sum()) == 18
    exceptions = {int(y): set(matrix.index[against[y]]) for y in matrix.columns if against[y].any()}
    assert max(y for y in exceptions if y < 2019) == 2002
    assert {y for y, s in exceptions.items() if "BRA" in s} == {2019, 2021, 2022}
    assert {y for y, s in exceptions.items() if "COL" in s} == {2019, 2021}
    assert len(exceptions[2025]) == 4
    note = claims.loc["C17", "verdict_note"]
    assert matrix.loc["BRA", 2019] == "N" and (matrix[2025] == "N").sum() == 2
    for fact in ("32 roll calls, 1992-2025", "yes on 18", "1992-2002", "Brazil (no 2019",
                 "Colombia (2019, 2021)", "four states in 2025 (two no)"):  # fmt: skip
        assert fact in note, fact
    assert claims.loc["C17", "verdict"] == "partly supported"
    assert claims.loc["C17", "notebook"] == "02c_states_and_ideal_points"


def test_interpretive_and_normative_claims_are_discussed_never_untested(claims):
    others = claims[claims["kind"] != "empirical"]
    assert (others["verdict"] == "discussion").all(), others.index[
        others["verdict"] != "discussion"
    ].tolist()


def test_claims_about_events_are_weighed_in_the_seminar(claims):
    for claim_id in ("C37", "C44", "C46", "C48", "C49", "C50"):
        assert claims.loc[claim_id, "notebook"] == "05_seminar", claim_id
