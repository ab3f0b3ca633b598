"""The verdicts notebook 02d (legal culture and the Ukraine votes) wrote into the claims register
still follow from the data.

Each test recomputes the facts a verdict note states, so a change in data/ that would make a
note wrong fails here instead of going unnoticed.
"""

from __future__ import annotations

import pytest

from rulac import countries, votes
from rulac.loading import load
from tests.verdict_notes import note, says


@pytest.fixture(scope="module")
def claims():
    return load("claims").set_index("id")


def test_c19_supported(claims):
    text = note(claims, "C19", "supported")
    lac = countries.lac()
    by_language = lac.groupby(lac["main_language"])["legal_system"].agg(set)
    assert by_language["Spanish"] == by_language["Portuguese"] == {"civil"}
    assert by_language["English"] == {"common"}
    assert (
        (lac["main_language"] == "Spanish") | (lac["main_language"] == "Portuguese")
    ).sum() == 19
    assert (lac["main_language"] == "English").sum() == 12
    mixed = lac.index[lac["legal_system_juriglobe"] == "mixed"]
    assert set(mixed) == {"GUY", "LCA"}
    assert lac.loc[["HTI", "SUR"], "legal_system"].eq("civil").all()
    says(text, "all 19 Spanish- or Portuguese-speaking", "all 12 English-speaking",
         "Guyana and Saint Lucia as mixed", "Haiti and Suriname")  # fmt: skip
    assert claims.loc["C19", "notebook"] == "02d_legal_culture"


def test_c20_discussed_and_its_note_states_what_the_votes_show(claims):
    """As notebook 02d computes it for the default selection (33 states, every Ukraine-related
    resolution, states with at least 5 votes cast in a period): in every period the civil-law
    states sit further from yes, and no difference is clear of chance."""
    text = note(claims, "C20", "discussion")
    lac = countries.lac()
    chosen = votes.ukraine_resolutions("all")
    matrix = votes.vote_matrix(chosen["rollcall_id"], lac.index)
    since = (chosen["date"].dt.year >= 2022).to_numpy()
    for block in (matrix, matrix.loc[:, ~since], matrix.loc[:, since]):
        score = votes.position_score(block).where((block != "X").sum(axis=1) >= 5)
        row = votes.compare_groups(score, lac["legal_system"], "civil", "common")
        assert row["difference"] < 0 and row["p-value"] > 0.05, row
    says(text, "Notebook 02d compares", "no difference is clear of chance",
         "runs against the claim's direction")  # fmt: skip
    assert claims.loc["C20", "notebook"] == "02d_legal_culture"
