"""The UNGA vote tables (unga_votes, unga_rollcalls, ukraine_resolutions) do what their
descriptions say.

Every table is loaded once per module (``rulac.load`` checks hashes, types, keys and foreign
keys); the tests below assert the facts the course relies on and the documented exceptions,
each as exactly that exception, so a rebuild that changes any of them fails here.
"""

from __future__ import annotations

import pandas as pd
import pytest

from rulac.loading import load

COUNTS = {"Y": "yes", "N": "no", "A": "abstain"}
OFFICIAL = [f"official_{name}" for name in COUNTS.values()]
# Documented exceptions (the unga_votes limits on A/RES/71/205 and A/RES/77/293, and the
# ukraine_resolutions note).
CRIMEA_2016 = "A/RES/71/205"  # Voeten lacks one 'no': counted 70-25-77, published 70-26-77
CRIMEA_2016_COUNTED = (70, 25, 77)
CRIMEA_2016_OFFICIAL = (70, 26, 77)
UNXML_SHORT = "A/RES/77/293"  # the DGACM lists give 58 abstentions against an official 59
FULL_MEMBERSHIP_FROM = "2011-07-14"  # South Sudan admitted: 193 members
VENEZUELA_SILENT_FROM = "2022-01-01"
COMPARED = ["RUS", "USA", "CHN", "BRA"]  # the four votes the course compares against
LIMITS = (
    "update the documented limits (the unga_votes limit 'No per-country data', the "
    "unga_rollcalls and "
    "ukraine_resolutions descriptions) and this test"
)


# ---------------------------------------------------------------- fixtures (one load per table)


@pytest.fixture(scope="module")
def votes() -> pd.DataFrame:
    return load("unga_votes")


@pytest.fixture(scope="module")
def rollcalls() -> pd.DataFrame:
    return load("unga_rollcalls")


@pytest.fixture(scope="module")
def ukraine() -> pd.DataFrame:
    return load("ukraine_resolutions")


@pytest.fixture(scope="module")
def countries() -> pd.DataFrame:
    return load("countries")


@pytest.fixture(scope="module")
def tally(votes) -> pd.DataFrame:
    """Rows of unga_votes per roll call and vote: columns Y, N, A, X (0 where none)."""
    table = (
        votes.groupby(["rollcall_id", "vote"], observed=True).size().unstack("vote", fill_value=0)
    )
    table.index = table.index.astype(str)
    table.columns = table.columns.astype(str)
    return table.reindex(columns=["Y", "N", "A", "X"], fill_value=0)


@pytest.fixture(scope="module")
def dated(votes, rollcalls) -> pd.DataFrame:
    """unga_votes with the date of each roll call."""
    dates = votes["rollcall_id"].map(rollcalls.set_index("rollcall_id")["date"])
    return votes.assign(date=dates.to_numpy())


def _counted(tally: pd.DataFrame, rollcall_id: str) -> tuple[int, int, int]:
    row = tally.loc[rollcall_id]
    return int(row["Y"]), int(row["N"]), int(row["A"])


# ---------------------------------------------------------------- totals


def test_ukraine_totals_match_official_except_71_205(ukraine, tally, votes):
    unknown = set(ukraine["rollcall_id"]) - set(tally.index)
    assert not unknown, f"Ukraine resolutions without rows in unga_votes: {sorted(unknown)}"
    differ = {}
    for row in ukraine.itertuples(index=False):
        counted = _counted(tally, row.rollcall_id)
        official = (row.official_yes, row.official_no, row.official_abstain)
        if counted != official:
            differ[row.resolution] = (counted, official)
    assert differ == {CRIMEA_2016: (CRIMEA_2016_COUNTED, CRIMEA_2016_OFFICIAL)}, (
        f"counted vs official totals differ on {differ}; only {CRIMEA_2016} is documented"
    )
    # exactly one 'no' missing, nothing else
    ((counted, official),) = differ.values()
    assert [o - c for c, o in zip(counted, official, strict=False)] == [0, 1, 0]
    # Zimbabwe, the probable missing voter, stays X (nothing imputed)
    rid = ukraine.loc[ukraine["resolution"] == CRIMEA_2016, "rollcall_id"].item()
    zwe = votes.loc[(votes["rollcall_id"] == rid) & (votes["iso3"] == "ZWE"), "vote"]
    assert zwe.tolist() == ["X"]
    # the documented exception is the only row with a note
    noted = ukraine.loc[ukraine["note"].notna(), "resolution"].tolist()
    assert noted == [CRIMEA_2016]


def test_rollcall_counts_equal_the_vote_rows(rollcalls, tally):
    assert set(tally.index) == set(rollcalls["rollcall_id"])
    counted = tally.loc[rollcalls["rollcall_id"], list(COUNTS)].to_numpy()
    stored = rollcalls[list(COUNTS.values())].astype(int).to_numpy()
    mismatch = rollcalls.loc[(counted != stored).any(axis=1), "rollcall_id"].tolist()
    assert not mismatch, f"unga_rollcalls yes/no/abstain differ from unga_votes on {mismatch[:10]}"


def test_unxml_counts_equal_official_except_77_293(rollcalls):
    unxml = rollcalls[rollcalls["source"] == "unxml_dgacm"]
    assert unxml[OFFICIAL].notna().all().all()
    counted = unxml[list(COUNTS.values())].to_numpy()
    official = unxml[OFFICIAL].to_numpy()
    gaps = {
        row.resolution: tuple(int(o - c) for c, o in zip(cnt, off, strict=False))
        for row, cnt, off in zip(unxml.itertuples(index=False), counted, official, strict=False)
        if (cnt != off).any()
    }
    # 77/293: yes and no agree, one abstention fewer in the lists (58 against 59)
    assert gaps == {UNXML_SHORT: (0, 0, 1)}, f"counted vs official differ on {gaps}"
    row = unxml.loc[unxml["resolution"] == UNXML_SHORT].iloc[0]
    assert (int(row["abstain"]), int(row["official_abstain"])) == (58, 59)


def test_voeten_rollcalls_have_no_official_totals(rollcalls):
    voeten = rollcalls[rollcalls["source"] == "voeten_unvotes"]
    assert voeten[OFFICIAL].isna().all().all()


# ---------------------------------------------------------------- keys


def test_one_vote_per_state_per_rollcall(votes):
    doubled = votes[votes.duplicated(["rollcall_id", "iso3"], keep=False)]
    assert doubled.empty, (
        f"states with two rows in one roll call: {doubled.head().to_dict('records')}"
    )


def test_every_code_is_a_country(votes, countries):
    unknown = set(votes["iso3"].unique()) - set(countries["iso3"])
    assert not unknown, f"iso3 codes of unga_votes missing from countries: {sorted(unknown)}"


def test_votes_and_rollcalls_cover_each_other(votes, rollcalls):
    in_votes = set(votes["rollcall_id"].unique())
    listed = set(rollcalls["rollcall_id"])
    assert not in_votes - listed, f"votes on unknown roll calls: {sorted(in_votes - listed)[:10]}"
    assert not listed - in_votes, f"roll calls without votes: {sorted(listed - in_votes)[:10]}"


# ---------------------------------------------------------------- coverage


def test_all_33_lac_states_have_a_row_on_every_ukraine_resolution(ukraine, votes, countries):
    lac = set(countries.loc[countries["lac"], "iso3"])
    assert len(lac) == 33
    rows = votes[votes["rollcall_id"].isin(ukraine["rollcall_id"]) & votes["iso3"].isin(lac)]
    for row in ukraine.itertuples(index=False):
        present = rows[rows["rollcall_id"] == row.rollcall_id]
        assert set(present["iso3"]) == lac, (
            f"{row.resolution}: no row for {sorted(lac - set(present['iso3']))}"
        )
        assert present["vote"].isin(["Y", "N", "A", "X"]).all()


def test_193_members_on_every_rollcall_from_july_2011(dated, countries, rollcalls):
    members = set(countries.loc[countries["un_member"], "iso3"])
    assert len(members) == 193
    recent = dated[dated["date"] >= FULL_MEMBERSHIP_FROM]
    sizes = recent.groupby("rollcall_id", observed=True).size()
    n_calls = (rollcalls["date"] >= FULL_MEMBERSHIP_FROM).sum()
    assert len(sizes) == n_calls
    wrong = sizes[sizes != 193]
    assert wrong.empty, (
        f"roll calls since {FULL_MEMBERSHIP_FROM} without 193 rows: {wrong.head().to_dict()}"
    )
    assert set(recent["iso3"].unique()) == members  # 193 rows, unique per roll call: the members


def test_venezuela_is_x_on_every_rollcall_from_2022(dated, rollcalls):
    since = dated[(dated["date"] >= VENEZUELA_SILENT_FROM) & (dated["iso3"] == "VEN")]
    n_calls = (rollcalls["date"] >= VENEZUELA_SILENT_FROM).sum()
    assert n_calls > 0
    assert len(since) == n_calls, "Venezuela lacks a row on some roll call since 2022"
    assert (since["vote"] == "X").all(), (
        f"Venezuela has a Y/N/A vote since {VENEZUELA_SILENT_FROM}: the documented limit "
        "(the unga_votes limit on Venezuela) no longer holds; update it"
    )
    before = dated[(dated["date"] < VENEZUELA_SILENT_FROM) & (dated["iso3"] == "VEN")]
    assert before["vote"].isin(["Y", "N", "A"]).any()  # the limit starts in 2022, not earlier


def test_compared_states_vote_on_every_ukraine_resolution(ukraine, votes):
    rows = votes[votes["rollcall_id"].isin(ukraine["rollcall_id"]) & votes["iso3"].isin(COMPARED)]
    table = rows.astype(str).pivot(index="rollcall_id", columns="iso3", values="vote")
    table = table.reindex(index=ukraine["rollcall_id"], columns=COMPARED)
    missing = table[~table.isin(["Y", "N", "A"]).all(axis=1)]
    assert missing.empty, f"no Y/N/A vote of {COMPARED} on: {missing.to_dict('index')}"
    es11_1 = ukraine.loc[ukraine["resolution"] == "A/RES/ES-11/1", "rollcall_id"]
    assert len(es11_1) == 1
    assert table.loc[es11_1.item(), "RUS"] == "N"


# ---------------------------------------------------------------- sources and documented limits


def test_source_switch_at_session_74(rollcalls):
    voeten = rollcalls[rollcalls["source"] == "voeten_unvotes"]
    unxml = rollcalls[rollcalls["source"] == "unxml_dgacm"]
    assert len(voeten) and len(unxml)
    assert voeten["session"].astype(int).le(73).all()
    regular = unxml.loc[~unxml["session"].str.startswith("ES-"), "session"].astype(int)
    assert regular.ge(74).all()
    assert set(unxml["session"]) - set(regular.astype(str)) <= {"ES-10", "ES-11"}
    assert voeten["date"].max() < unxml["date"].min()
    assert voeten["rollcall_id"].str.startswith("voeten:").all()
    assert unxml["rollcall_id"].str.startswith("unxml:").all()
    # only Voeten rows carry amendment/paragraph flags (and Voeten uses them)
    assert not unxml[["amendment", "paragraph"]].any().any()
    assert voeten["amendment"].any() and voeten["paragraph"].any()


def _es11_number(symbols: pd.Series) -> pd.Series:
    """n of 'A/RES/ES-11/<n>', NaN for any other symbol (same index as ``symbols``)."""
    return symbols.str.extract(r"^A/RES/ES-11/(\d+)$")[0].astype(float)


def test_es11_7_and_8_are_absent(ukraine, rollcalls):
    later = ukraine[_es11_number(ukraine["resolution"]) > 6]
    in_2025 = later[later["date"].dt.year == 2025]
    assert in_2025.empty, (
        f"ukraine_resolutions now has per-country data for {in_2025['resolution'].tolist()} "
        f"(2025): {LIMITS}"
    )
    assert later.empty, f"ukraine_resolutions now has {later['resolution'].tolist()}: {LIMITS}"
    listed = rollcalls.loc[_es11_number(rollcalls["resolution"]) > 6, "resolution"].tolist()
    assert not listed, f"unga_rollcalls now has per-country data for {listed}: {LIMITS}"
    assert _es11_number(ukraine["resolution"]).dropna().astype(int).tolist() == [1, 2, 3, 4, 5, 6]
