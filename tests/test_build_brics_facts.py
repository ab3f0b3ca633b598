"""brics_facts: every row has an ISO date and a source as published, found in the raw file."""

from __future__ import annotations

import pandas as pd
import pytest

from rulac.loading import load
from tests._raw04 import raw


@pytest.fixture(scope="module")
def facts():
    return load("brics_facts")


def test_every_row_has_an_iso_date_and_a_source(facts):
    assert len(facts) == 62
    assert facts["date"].notna().all()
    assert (facts["date"].dt.strftime("%Y-%m-%d").str.len() == 10).all()
    month = facts["date_precision"] == "month"
    assert (facts.loc[month, "date"].dt.day == 1).all()
    for column in ("source_publisher", "source_title", "source_url", "date_as_published"):
        assert facts[column].str.strip().str.len().gt(0).all(), column
    assert facts["source_url"].str.match(r"https?://").all()


def test_every_source_url_is_in_the_raw_compilation(facts):
    text = raw("brics/brics_facts.md").read_text(encoding="utf-8")
    missing = sorted(set(facts["source_url"]) - {u for u in facts["source_url"] if u in text})
    assert not missing


def test_contested_points_keep_both_sides(facts):
    contested = facts[facts["contested"]]
    assert contested["contested_note"].str.len().gt(0).all()
    assert not facts.loc[~facts["contested"], "contested_note"].fillna("").str.len().any()
    saudi = contested[contested["iso3"] == "SAU"]
    assert {"member", "undecided"} <= set(saudi["status"])
    assert saudi["source_url"].nunique() >= 2
    venezuela = contested[(contested["iso3"] == "VEN") & (contested["status"] == "blocked")]
    assert venezuela["source_publisher"].nunique() == 2  # "veto" and "not necessarily a veto"
    honduras = facts[facts["iso3"] == "HND"]
    assert set(honduras["status"]) == {"applied", "New Development Bank applicant"}


def test_facts_checked_by_hand_against_the_compilation(facts):
    """Section A and B of brics_facts.md: dates as the compilation gives them."""

    def dated(iso3, status):
        return set(facts.loc[(facts["iso3"] == iso3) & (facts["status"] == status), "date"])

    assert pd.Timestamp("2009-06-16") in dated("RUS", "founding member")  # Yekaterinburg
    assert dated("IDN", "member") == {pd.Timestamp("2025-01-06")}
    assert dated("NGA", "partner") == {pd.Timestamp("2025-01-17")}
    assert dated("ARG", "declined") == {pd.Timestamp("2023-12-22")}
    assert dated("VNM", "partner") == {pd.Timestamp("2025-06-13"), pd.Timestamp("2025-06-14")}
    assert dated("URY", "New Development Bank member") == {pd.Timestamp("2021-09-02")}
