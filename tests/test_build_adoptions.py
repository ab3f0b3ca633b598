"""unga_adoptions counts what the UN DGACM extract holds, and its coverage is what it says.

The raw-file tests read the DGACM JSON themselves (not through the build code) and are skipped
where the sources folder is absent (``RULAC_SOURCES``, default ``../shared/sources``).
"""

from __future__ import annotations

import gzip
import json
import os
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from rulac.loading import load
from rulac.paths import ROOT

SOURCES = Path(os.environ.get("RULAC_SOURCES", ROOT.parent / "shared" / "sources"))
EXTRACT = SOURCES / "unga_votes" / "raw" / "unxml_dgacm_data_extract"
SESSIONS = ["74", "75", "76", "77", "78", "79", "80", "ES-10", "ES-11"]
COUNTS = ["recorded_vote", "without_vote", "type_not_given"]

# Per session: (without a vote, recorded vote, blank type), counted per unique symbol in
# unga_votes/PROVENANCE.md section 6 ("Resolutions adopted without a vote, per session").
PROVENANCE_TABLE = {
    "74": (176, 90, 0),
    "75": (237, 100, 0),
    "76": (230, 80, 0),
    "77": (255, 88, 0),
    "78": (243, 85, 0),
    "79": (222, 113, 1),
    "80": (94, 166, 3),
    "ES-10": (0, 3, 0),
    "ES-11": (0, 6, 0),
}
COMPLETE = {"75", "76", "77", "79"}  # the first limit of the description
NO_MEMBER_LISTS = ("75", 2020)  # A/RES/75/254 A-C, 2020-12-31: recorded vote, no states listed


@pytest.fixture(scope="module")
def adoptions() -> pd.DataFrame:
    table = load("unga_adoptions")
    return table.assign(session=table["session"].astype(str), year=table["year"].astype(int))


@pytest.fixture(scope="module")
def by_session(adoptions) -> pd.DataFrame:
    return adoptions.groupby("session")[["adopted", *COUNTS]].sum().astype(int)


def test_one_row_per_session_and_year(adoptions):
    assert list(dict.fromkeys(adoptions["session"])) == SESSIONS
    assert not adoptions.duplicated(["session", "year"]).any()
    assert len(adoptions) == 17
    parts = adoptions[COUNTS].sum(axis=1)
    assert (adoptions["adopted"] == parts).all()
    first, last = adoptions["first_adoption"], adoptions["last_adoption"]
    assert (first <= last).all()
    assert (first.dt.year == adoptions["year"]).all()
    assert (last.dt.year == adoptions["year"]).all()


def test_counts_per_session_as_provenance_lists_them(by_session):
    found = {
        s: tuple(
            int(by_session.loc[s, c]) for c in ["without_vote", "recorded_vote", "type_not_given"]
        )
        for s in SESSIONS
    }
    assert found == PROVENANCE_TABLE


def test_complete_sessions(adoptions):
    complete = set(adoptions.loc[adoptions["session_complete"].astype(bool), "session"])
    assert complete == COMPLETE
    # the same value on every row of a session
    assert (adoptions.groupby("session")["session_complete"].nunique() == 1).all()


def test_facts_checked_by_hand(adoptions):
    """Dates read in the extract: the first and last adoption of a session, ES-11/1 and ES-11/6."""
    row = adoptions.set_index(["session", "year"])
    assert str(row.loc[("74", 2019), "last_adoption"].date()) == "2019-12-27"  # A/RES/74/266
    assert str(row.loc[("75", 2020), "first_adoption"].date()) == "2020-09-21"  # A/RES/75/1
    assert str(row.loc[("75", 2021), "last_adoption"].date()) == "2021-09-13"  # A/RES/75/328
    assert str(row.loc[("ES-11", 2022), "first_adoption"].date()) == "2022-03-02"  # ES-11/1
    assert str(row.loc[("ES-11", 2023), "last_adoption"].date()) == "2023-02-23"  # ES-11/6
    assert int(row.loc[("80", 2026), "last_adoption"].year) == 2026


def test_recorded_votes_are_the_rollcalls_but_75_254(adoptions):
    calls = load("unga_rollcalls")
    unxml = calls[calls["source"].astype(str) == "unxml_dgacm"]
    counted = unxml.groupby([unxml["session"].astype(str), unxml["date"].dt.year]).size()
    recorded = adoptions.set_index(["session", "year"])["recorded_vote"].astype(int)
    diff = (recorded - counted.reindex(recorded.index, fill_value=0)).loc[lambda d: d != 0]
    assert diff.to_dict() == {NO_MEMBER_LISTS: 1}


def _year(text: str) -> int:
    """Year of an adoption_date: '2 March 2022', '22\\xa0September 2024', '2019-10-10 00:00:00'."""
    words = text.replace("\xa0", " ").split()
    if len(words) == 3:
        return datetime.strptime(" ".join(words), "%d %B %Y").year
    return datetime.strptime(words[0], "%Y-%m-%d").year


@pytest.mark.skipif(not EXTRACT.is_dir(), reason="raw DGACM extract not available")
def test_counts_equal_the_raw_files(adoptions):
    """Distinct symbols per session, year and adoption_type, read from the JSON directly."""
    kinds = {"By a recorded vote": "recorded_vote", "Without a vote": "without_vote"}
    rows = set()
    for session in SESSIONS:
        with gzip.open(EXTRACT / f"{session}.json.gz", "rt", encoding="utf-8") as handle:
            for line in filter(str.strip, handle):
                rec = json.loads(line)
                kind = kinds.get(rec["adoption_type"], "type_not_given")
                rows.add((session, _year(rec["adoption_date"]), rec["symbol"], kind))
    raw = pd.DataFrame(sorted(rows), columns=["session", "year", "symbol", "kind"])
    assert raw["symbol"].is_unique
    expected = raw.groupby(["session", "year", "kind"]).size().unstack(fill_value=0)
    expected = expected.reindex(columns=COUNTS, fill_value=0)
    table = adoptions.set_index(["session", "year"])[COUNTS].astype(int)
    pd.testing.assert_frame_equal(
        table.sort_index(), expected.sort_index(), check_names=False, check_dtype=False
    )
