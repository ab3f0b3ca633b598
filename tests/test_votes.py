"""The vote helpers compute what their docstrings say, on the real records."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from rulac import countries, votes
from rulac.loading import load


def test_ukraine_resolutions_selects_and_rejects():
    chosen = votes.ukraine_resolutions(["ES-11/1", "A/RES/68/262"])
    assert chosen["short"].tolist() == ["68/262", "ES-11/1"]  # date order
    with pytest.raises(ValueError, match=r"RESOLUTIONS: '99/999' is not one of the choices"):
        votes.ukraine_resolutions(["99/999"])


def test_vote_matrix_marks_missing_states_x():
    es11_1 = votes.ukraine_resolutions(["ES-11/1"])["rollcall_id"]
    matrix = votes.vote_matrix(es11_1, ["RUS", "VEN", "BRA"])
    assert matrix.iloc[:, 0].tolist() == ["N", "X", "Y"]


def test_position_score_and_shares():
    matrix = pd.DataFrame({"r1": ["Y", "N", "X"], "r2": ["A", "N", "X"]}, index=["a", "b", "c"])
    score = votes.position_score(matrix)
    assert score["a"] == 0.5 and score["b"] == -1 and pd.isna(score["c"])
    share = votes.shares(matrix)
    assert (share.sum(axis=1) == 1).all()
    assert share.loc["r1", "Y"] == pytest.approx(1 / 3)


@pytest.mark.parametrize("whole", [True, False])
def test_agreement_matches_a_direct_count(whole):
    table = votes.agreement(["MEX"], ["USA"], (2010, 2010), whole_resolutions=whole)
    record = load("unga_votes")
    calls = load("unga_rollcalls")
    calls = calls[calls["date"].dt.year == 2010]
    part = calls["amendment"].fillna(False) | calls["paragraph"].fillna(False)
    assert part.any(), "2010 has amendment or paragraph votes, so the two counts differ"
    ids = calls.loc[~part if whole else part | ~part, "rollcall_id"]
    pair = record[record["rollcall_id"].isin(ids) & record["iso3"].isin(["MEX", "USA"])]
    wide = pair.pivot(index="rollcall_id", columns="iso3", values="vote").astype(str)
    both = wide.isin(["Y", "N", "A"]).all(axis=1)
    expected = (wide.loc[both, "MEX"] == wide.loc[both, "USA"]).mean()
    row = table.iloc[0]
    assert (row["year"], row["reference"], row["iso3"]) == (2010, "USA", "MEX")
    assert row["agreement"] == pytest.approx(expected)
    assert row["roll_calls"] == both.sum()


def test_agreement_skips_self_and_covers_every_year():
    table = votes.agreement(["BRA", "ARG"], ["BRA"], (1991, 2026))
    assert set(table["iso3"]) == {"ARG"}
    assert table["year"].tolist() == list(range(1991, 2027))
    assert table["agreement"].between(0, 1).all()


def test_permutation_test_is_repeatable_and_sensible():
    values = pd.Series([0.0, 0.1, 0.2, 0.1, 0.9, 1.0, 0.8, 0.95])
    groups = pd.Series(["a"] * 4 + ["b"] * 4)
    diff, p = votes.permutation_test(values, groups, "a", "b", permutations=2000)
    assert diff == pytest.approx(-0.8125)
    assert p < 0.05
    assert votes.permutation_test(values, groups, "a", "b", permutations=2000) == (diff, p)
    mixed = pd.Series(["a", "b"] * 4)
    _, p_mixed = votes.permutation_test(values, mixed, "a", "b", permutations=2000)
    assert p_mixed > 0.5


def test_permutation_test_needs_two_groups():
    values = pd.Series([0.1, 0.2, 0.3])
    with pytest.raises(ValueError, match="at least two cases in each group"):
        votes.permutation_test(values, pd.Series(["a", "a", "b"]), "a", "b")


def test_lac_states_all_present_on_every_ukraine_vote():
    matrix = votes.vote_matrix(votes.ukraine_resolutions()["rollcall_id"], countries.lac_codes())
    assert matrix.shape == (33, len(votes.ukraine_resolutions()))
    assert set(matrix.stack()) <= {"Y", "N", "A", "X"}


# A hand-made case: five roll calls, a state and a reference, coded 1 yes, 2 no, 3 abstain, 0 none.
#   call:       1    2    3    4    5
#   state:      Y    N    A    Y    -
#   reference:  Y    Y    A    A    Y
STATE = np.array([[1], [2], [3], [1], [0]])
REFERENCE = np.array([[1], [1], [3], [3], [1]])


@pytest.mark.parametrize(
    ("method", "points", "counted"),
    [
        ("identical", 2.0, 4),  # calls 1 and 3 the same, of 1-4 (call 5: no vote)
        ("votes only", 1.0, 2),  # yes/no pairs only: calls 1 (same) and 2 (opposite)
        ("half for abstention", 2.5, 4),  # call 4: exactly one abstained, half a point
    ],
)
def test_agreement_methods_on_a_hand_made_case(method, points, counted):
    scored, counts = votes._points(STATE, REFERENCE, method)
    assert scored.sum() == points and counts.sum() == counted


def test_every_method_runs_on_the_record_and_stays_a_share():
    for method in votes.METHODS:
        table = votes.agreement(["BRA", "MEX"], ["USA"], (2019, 2021), method=method)
        assert not table.empty and table["agreement"].between(0, 1).all(), method
    identical = votes.agreement(["BRA"], ["USA"], (2020, 2020))["agreement"].iloc[0]
    half = votes.agreement(["BRA"], ["USA"], (2020, 2020), method="half for abstention")
    assert half["agreement"].iloc[0] >= identical, "half points can only add"


def test_unknown_method_and_absent_reference():
    with pytest.raises(ValueError, match="method='pairs': choose one of 'identical'"):
        votes.agreement(["BRA"], ["USA"], (2020, 2020), method="pairs")
    assert votes.agreement(["BRA"], ["VEN"], (2023, 2023)).empty, "no votes: no rows, no error"


def test_can_compare_needs_two_scored_cases_per_group():
    values = pd.Series([0.1, 0.2, float("nan"), 0.4])
    assert votes.can_compare(values, pd.Series(["a", "a", "b", "b"]), "a", "b") is False
    assert votes.can_compare(values.fillna(0), pd.Series(["a", "a", "b", "b"]), "a", "b") is True


def test_permutation_test_pairs_values_with_their_own_labels():
    """A notebook sorts scores by position; the labels must follow each state, not the row order."""
    values = pd.Series({"a": -1.0, "b": -0.9, "c": 0.9, "d": 1.0})
    groups = pd.Series({"d": "common", "c": "common", "b": "civil", "a": "civil"})
    difference, _ = votes.permutation_test(values, groups, "civil", "common", permutations=100)
    assert difference == pytest.approx(-1.9)
    row = votes.compare_groups(values.sort_values(ascending=False), groups, "civil", "common")
    assert row["difference"] == pytest.approx(-1.9) and row["civil (n)"] == 2


def test_consensus_years_need_both_sessions_complete_and_add_to_both_sides():
    adoptions = load("unga_adoptions")
    complete = set(adoptions.loc[adoptions["session_complete"], "session"])
    counts = votes.consensus_adoptions()
    for year in counts.index:
        assert {str(year - 1946), str(year - 1945)} <= complete, year
    assert 2020 not in counts.index, "session 74's adoptions of 2020 are missing from the source"
    year = int(counts.index[0])
    half = votes.agreement(["BRA"], ["USA"], (year, year), method="half for abstention").iloc[0]
    full = votes.agreement(["BRA"], ["USA"], (year, year), method="with consensus").iloc[0]
    extra = int(counts.loc[year])
    assert full["roll_calls"] == half["roll_calls"] + extra
    assert full["agreement"] == pytest.approx(
        (half["agreement"] * half["roll_calls"] + extra) / (half["roll_calls"] + extra)
    )


def test_with_consensus_gives_no_score_to_a_state_that_cast_no_vote():
    """Venezuela cast no vote in 2022: it must not score 100% by the consensus adoptions alone."""
    table = votes.agreement(["VEN", "BRA"], ["USA"], (2022, 2022), method="with consensus")
    assert table["iso3"].tolist() == ["BRA"]


def test_permutation_test_does_not_depend_on_row_order():
    values = pd.Series({"a": -1.0, "b": 0.2, "c": 0.9, "d": 1.0, "e": 0.1, "f": 0.5})
    groups = pd.Series({"a": "x", "b": "x", "c": "y", "d": "y", "e": "x", "f": "y"})
    forward = votes.permutation_test(values, groups, "x", "y", permutations=500)
    backward = votes.permutation_test(values[::-1], groups, "x", "y", permutations=500)
    assert forward == backward


def test_vote_grid_holds_every_recorded_vote_and_nothing_else():
    states, calls, grid = votes.vote_grid()
    record = load("unga_votes", compact=True)
    for code, letter in enumerate(votes.LETTERS):
        if letter != "X":
            assert int((grid == code).sum()) == int((record["vote"] == letter).sum())
    assert len(states) == record["iso3"].nunique() and len(calls) == record["rollcall_id"].nunique()
    unknown = votes.vote_matrix(["no such roll call", calls[0]], ["ZZZ", states[0]])
    assert unknown.loc["ZZZ"].tolist() == ["X", "X"] and unknown.iloc[1, 0] == "X"


def test_keep_voting_leaves_out_silent_states_and_names_them():
    from rulac import params

    # Venezuela cast no recorded vote in 2023 (no vote recorded on every roll call of the year).
    assert "VEN" not in votes.voting_states(["VEN", "BRA"], (2023, 2023))
    focus, references, silent = votes.keep_voting(["VEN", "BRA"], ["USA", "VEN"], (2023, 2023))
    assert (focus, references, silent) == (["BRA"], ["USA"], ["Venezuela"])
    with pytest.raises(params.ParameterError, match="REFERENCE_STATES: none cast a vote in 2023"):
        votes.keep_voting(["BRA"], ["VEN"], (2023, 2023))
