"""The ICOW tables (icow_claims, icow_settlements): counts against the raw files, and the facts
of conflict/PROVENANCE.md ("Sanity checks run against the staged data") checked by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from rulac.loading import load
from tests.raw_sources import check_raw_hashes, raw_path


@pytest.fixture(scope="module")
def claims():
    return load("icow_claims")


@pytest.fixture(scope="module")
def attempts():
    return load("icow_settlements").merge(load("icow_claims")[["claimdy", "region"]])


@pytest.mark.parametrize("name", ["icow_claims", "icow_settlements"])
def test_raw_files_are_the_documented_ones(name):
    check_raw_hashes(name)


def test_territorial_rows_of_the_raw_files(claims, attempts):
    raw = pd.read_csv(raw_path("conflict/icow_1.1/ICOWclaimdy.csv"), encoding="mac_roman")
    settle = pd.read_csv(raw_path("conflict/icow_1.1/ICOWsettle.csv"))
    assert len(raw) == 416
    assert len(settle) == 2005
    assert len(claims) == (raw["issue"] == 1).sum() == 191
    assert len(attempts) == (settle["issue"] == 1).sum() == 1209
    assert claims["region"].value_counts().to_dict() == {
        "Western Hemisphere": 128,
        "Western Europe": 63,
    }
    assert attempts["region"].value_counts().to_dict() == {
        "Western Hemisphere": 949,
        "Western Europe": 260,
    }


def test_attempt_counts_agree_between_the_two_tables(claims, attempts):
    assert (
        claims["attempts_peaceful"]
        == claims["attempts_bilateral"] + claims["attempts_nonbinding"] + claims["attempts_binding"]
    ).all()
    peaceful = attempts[attempts["kind"] != "militarized dispute"].groupby("claimdy").size()
    mids = attempts[attempts["kind"] == "militarized dispute"].groupby("claimdy").size()
    indexed = claims.set_index("claimdy")
    assert (peaceful.reindex(indexed.index, fill_value=0) == indexed["attempts_peaceful"]).all()
    assert (mids.reindex(indexed.index, fill_value=0) == indexed["mids"]).all()


def test_settlement_procedures_by_region(attempts):
    """PROVENANCE: Western Hemisphere 771 peaceful attempts, 33 arbitration and 6 adjudication;
    Western Europe 233, 3 adjudication."""
    peaceful = attempts[attempts["kind"] != "militarized dispute"]
    by = pd.crosstab(peaceful["region"], peaceful["procedure"])
    assert by.sum(axis=1).to_dict() == {"Western Europe": 233, "Western Hemisphere": 771}
    assert by.loc["Western Hemisphere", ["arbitration", "adjudication"]].tolist() == [33, 6]
    assert by.loc["Western Europe", ["arbitration", "adjudication"]].tolist() == [0, 3]


def test_the_claims_the_notebook_reads(claims):
    named = claims.set_index("name")
    condor = named.loc["Cordillera del Cóndor"]  # Mac Roman text decoded
    assert (
        condor["begin_year"],
        condor["begin_month"],
        condor["end_year"],
        condor["end_month"],
    ) == (1947, 2, 1998, 10)
    assert condor["how_ended"] == "third party"
    assert condor["mids"] == 13
    antofagasta = claims[(claims["name"] == "Antofagasta") & (claims["challenger"] == 145)].iloc[0]
    assert antofagasta["begin_year"] == 1884
    assert antofagasta["ongoing"]
    assert antofagasta["attempts_peaceful"] == 35
    acre = claims[(claims["name"] == "Acre") & (claims["challenger"] == 140)].iloc[0]
    assert (acre["end_year"], acre["end_month"], acre["how_ended"]) == (1909, 11, "bilateral")
    assert acre["ended_violently"]
    assert "Amapá" in set(claims["name"])


def test_ongoing_claims_have_no_end(claims):
    ongoing = claims[claims["ongoing"]]
    assert len(ongoing) == 20
    assert ongoing["end_year"].isna().all()
    assert ongoing["how_ended"].isna().all()
