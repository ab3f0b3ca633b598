"""idealpoints holds the publisher's estimates, row for row, with the coverage it states.

The raw-file tests read the publisher's Stata file themselves (not through the build code) and
are skipped where the sources folder is absent (``RULAC_SOURCES``, default ``../shared/sources``).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from rulac.loading import load
from rulac.paths import ROOT

SOURCES = Path(os.environ.get("RULAC_SOURCES", ROOT.parent / "shared" / "sources"))
RAW = SOURCES / "unga_votes" / "idealpoints" / "IdealpointsJuly2025.dta"
RAW_ROWS, LEGACY_ONLY = 11440, 17  # unga_votes/PROVENANCE.md section 5b: 11,440 x 24; 17 rows
ROWS = RAW_ROWS - LEGACY_ONLY
QUANTILES = ["q5", "q10", "q50", "q90", "q95"]

# 2024 idealpointfp as listed in unga_votes/PROVENANCE.md section 5b (three decimals).
FP_2024 = {
    "USA": 2.206,
    "ARG": 1.376,
    "MEX": -0.133,
    "BRA": -0.361,
    "RUS": -0.598,
    "CHN": -0.854,
    "CUB": -1.420,
}
# States per year as the codebook and PROVENANCE section 5b give them.
STATES_PER_YEAR = {2011: 193, 2021: 193, 2022: 192, 2023: 192, 2024: 191}
NOT_IN_COUNTRIES = {("DDR", 265), ("TWN", 713), ("YAR", 678), ("YAR", 680)}
SERBIA = 345


@pytest.fixture(scope="module")
def ideal() -> pd.DataFrame:
    table = load("idealpoints")
    text = ["iso3", "iso3c", "country"]
    return table.astype(dict.fromkeys(text, object)).assign(
        iso3=lambda t: t["iso3"].where(t["iso3"].notna(), None),
        ccode=table["ccode"].astype(int),
        year=table["year"].astype(int),
    )


def test_rows_and_years(ideal):
    assert len(ideal) == ROWS
    assert not ideal.duplicated(["ccode", "year"]).any()
    years = set(ideal["year"])
    assert years == set(range(1946, 2025)) - {1964}  # the 19th session held no recorded votes
    per_year = ideal.groupby("year").size()
    assert {y: int(per_year[y]) for y in STATES_PER_YEAR} == STATES_PER_YEAR


def test_2024_final_passage_values_as_published(ideal):
    rows = ideal[(ideal["year"] == 2024)].set_index("iso3")
    found = {code: round(float(rows.loc[code, "idealpoint_fp"]), 3) for code in FP_2024}
    assert found == FP_2024


def test_gaps_the_limits_state(ideal):
    all_missing = ideal["idealpoint_all"].isna()
    assert set(ideal.loc[all_missing, "year"]) == {2024}  # only final passage in 2024
    assert all_missing[ideal["year"] == 2024].all()
    assert ideal.loc[ideal["iso3c"] == "VEN", "year"].max() == 2021
    assert ideal.loc[ideal["iso3c"] == "AFG", "year"].max() == 2023


def test_uncertainty_bands_are_ordered(ideal):
    for kind in ["fp", "all"]:
        bands = ideal[[f"{q}_{kind}" for q in QUANTILES]].dropna().to_numpy()
        assert (np.diff(bands, axis=1) >= 0).all(), f"{kind} percentiles out of order"
        estimate = ideal[f"idealpoint_{kind}"].dropna()
        low, high = (
            ideal.loc[estimate.index, f"q5_{kind}"],
            ideal.loc[estimate.index, f"q95_{kind}"],
        )
        assert ((estimate >= low) & (estimate <= high)).mean() > 0.99


def test_codes_outside_countries_are_left_empty(ideal):
    countries = set(load("countries")["iso3"])
    linked = ideal.dropna(subset=["iso3"])
    assert set(linked["iso3"]) <= countries
    assert not linked.duplicated(["iso3", "year"]).any()
    empty = ideal[ideal["iso3"].isna()]
    outside = empty[empty["ccode"] != SERBIA]
    assert set(zip(outside["iso3c"], outside["ccode"], strict=True)) == NOT_IN_COUNTRIES
    assert len(outside) == 107
    assert not (
        ideal["iso3c"].isin(countries) & ideal["iso3"].isna() & (ideal["ccode"] != SERBIA)
    ).any()


def test_serbia_seat_follows_the_unga_votes_chain(ideal):
    seat = ideal[ideal["ccode"] == SERBIA].set_index("year")
    assert (seat["iso3c"] == "YUG").all()
    codes = seat["iso3"]
    assert set(codes[codes.index <= 2002]) == {"YUG"}
    assert set(codes[(codes.index >= 2003) & (codes.index <= 2005)]) == {"SCG"}
    assert codes[2006] is None  # the seat passed from SCG to SRB on 2006-06-28
    assert set(codes[codes.index >= 2007]) == {"SRB"}


@pytest.mark.skipif(not RAW.is_file(), reason="raw ideal-point file not available")
def test_values_equal_the_raw_file(ideal):
    raw = pd.read_stata(RAW)
    assert len(raw) == RAW_ROWS
    kept = raw[raw["iso3c"] != ""]
    assert len(kept) == ROWS
    kept = kept.assign(ccode=kept["ccode"].astype(int), year=kept["year"].astype(int))
    merged = ideal.merge(kept, on=["ccode", "year"], validate="one_to_one")
    assert len(merged) == ROWS
    assert (merged["iso3c_x"] == merged["iso3c_y"]).all()
    for kind in ["fp", "all"]:
        pairs = [(f"idealpoint_{kind}", f"idealpoint{kind}"), (f"nvotes_{kind}", f"nvotes{kind}")]
        pairs += [(f"{q}_{kind}", f"{q}{kind}") for q in QUANTILES]
        for ours, theirs in pairs:
            mine = merged[ours].astype(float).to_numpy()
            published = merged[theirs].astype(float).to_numpy()
            assert np.array_equal(np.isnan(mine), np.isnan(published)), ours
            assert np.allclose(mine, published, rtol=1e-6, atol=1e-7, equal_nan=True), ours
