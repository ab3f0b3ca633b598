"""events: every row has an ISO date and a web source; counts and facts against the staged files."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from rulac.loading import load
from tests._raw04 import raw


@pytest.fixture(scope="module")
def events():
    return load("events")


def _staged(path: str) -> list[dict]:
    with raw(path).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_row_has_an_iso_date_and_a_source_with_a_url(events):
    assert events["date"].notna().all()
    assert (events["date"].dt.strftime("%Y-%m-%d").str.len() == 10).all()
    assert (events.loc[events["date_precision"] == "month", "date"].dt.day == 1).all()
    for column in ("source_publisher", "source_title", "source_url", "what", "actors_iso3"):
        assert events[column].fillna("").str.strip().str.len().gt(0).all(), column
    assert events["source_url"].str.match(r"https?://").all()
    assert events["actors_iso3"].str.fullmatch(r"[A-Z]{3}(;[A-Z]{3})*").all()


def test_row_counts_against_the_staged_files(events):
    chapter = _staged("facts/chapter_events.csv")
    c44 = _staged("facts/c44_sanctions_arms_visas.csv")
    assert len(chapter) == 18 and len(c44) == 33  # facts/README.md and PROVENANCE.md
    web = [r for r in chapter if r["source_url"].startswith("http")]
    assert len(events) == len(web) + len(c44) == 50
    assert (events["claim"] == "C44").sum() == 33
    assert set(events["event_id"]) == {r["event_id"] for r in web} | {r["fact_id"] for r in c44}


def test_every_url_and_quote_is_in_the_staged_files(events):
    text = raw("facts/chapter_events.csv").read_text("utf-8")
    text += raw("facts/c44_sanctions_arms_visas.csv").read_text("utf-8")
    for column in ("source_url", "source2_url", "quote"):
        values = events[column].dropna()
        assert all(value in text for value in values), column


def test_facts_checked_by_hand_against_the_staged_files(events):
    """Named facts from facts/README.md and facts/PROVENANCE.md."""
    row = events.set_index("event_id")
    # The Bahamas: measures of 12/13 March 2022 (MFA statement of 13 March), contradicts C44
    assert row.loc["bhs_sanctions_directives", "date"] == pd.Timestamp("2022-03-12")
    assert row.loc["bhs_sanctions_directives", "date_as_published"] == "2022-03-12/13"
    assert row.loc["bhs_sanctions_directives", "bearing"] == "contradicts"
    assert row.loc["bhs_sanctions_directives", "source_date"] == "2022-03-13"
    # Russia added The Bahamas to its 'unfriendly' list on 24 July 2022 (TASS)
    assert row.loc["rus_adds_bahamas_unfriendly", "source_publisher"] == "TASS"
    assert row.loc["rus_adds_bahamas_unfriendly", "date"] == pd.Timestamp("2022-07-24")
    # Ecuador's reversal: Monday 19 February 2024 (FM Sommerfeld)
    assert row.loc["ecu_reversal", "date"] == pd.Timestamp("2024-02-19")
    # Lula, 6 April 2023, Poder360; Madrid, 26 April 2023
    assert row.loc["lula_crimea_2023-04-06", "source_publisher"] == "Poder360"
    assert "Talvez se discuta a Crimeia" in row.loc["lula_crimea_2023-04-06", "quote"]
    assert row.loc["lula_crimea_2023-04-26", "actors_iso3"] == "BRA;ESP"
    # EU-CELAC: Nicaragua's foreign ministry did not sign; the declaration does not name Russia
    assert row.loc["eu_celac_2023_nonsignatory", "quote"] == "did not sign, approve or accompany"
    assert row.loc["eu_celac_2023_para15", "source_url"].startswith("https://gov.br/mre/")
    # Russian MFA: visa-free with 27 of 33 (June 2023); six still need visas
    assert len(row.loc["rus_visa_free_27_of_33", "actors_iso3"].split(";")) == 7  # RUS + six
    # Summit of the Americas: six rows on who stayed away and one on the count
    assert (events["claim"] == "C50").sum() == 8


def test_claims_cited_exist_in_the_register(events):
    register = set(load("claims")["id"])
    assert set(events["claim"].dropna()) <= register
