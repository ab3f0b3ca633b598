"""usgs_import_shares against the Import Sources section of the MCS 2026 long file."""

from __future__ import annotations

import pytest

from rulac.loading import load
from tests.raw_files import csv_rows, raw

LONG = "resources/usgs_mcs/mcs2026/MCS2026_Commodities_Data.csv"
CHAPTERS = {"BAUXITE AND ALUMINA", "COPPER", "GRAPHITE (NATURAL)", "LITHIUM", "MICA (NATURAL)",
            "NIOBIUM (COLUMBIUM)", "SILVER", "TANTALUM"}  # fmt: skip


@pytest.fixture(scope="module")
def shares():
    return load("usgs_import_shares")


def share(shares, fig2_commodity, source):
    block = shares[(shares["fig2_commodity"] == fig2_commodity)]
    return block.set_index("source_published").loc[source, "share_published"]


def test_one_row_per_raw_row(shares):
    rows = csv_rows(raw(LONG).read_bytes(), encoding="cp1252")
    ours = [r for r in rows if r["Section"] == "Import Sources" and r["MCS chapter"] in CHAPTERS]
    assert len(shares) == len(ours) == 87


def test_named_facts(shares):
    assert share(shares, "lithium", "Chile") == "54"
    assert share(shares, "lithium", "Argentina") == "43"
    assert share(shares, "copper, refined", "Chile") == "68"
    assert share(shares, "niobium (columbium)", "Brazil") == "67"
    assert share(shares, "bauxite", "Jamaica") == "60"
    assert share(shares, "alumina", "Brazil") == "71"
    assert share(shares, "mica (natural), sheet", "Brazil") == "5"
    ore = shares[shares["form"] == "Copper content of ore and concentrate"].set_index("rank")
    assert ore.loc[1, ["share_published", "qualifier", "share_bound_pct"]].tolist() == [
        ">99",
        ">",
        99,
    ]
    assert ore["share_pct"].isna().all()


def test_headline_shares_add_up_to_100(shares):
    headline = shares[shares["fig2_commodity"].notna()]
    totals = headline.groupby("fig2_commodity")["share_pct"].sum()
    assert (totals == 100).all(), totals[totals != 100]
    assert set(totals.index) == {"alumina", "bauxite", "copper, refined", "graphite (natural)",
                                 "lithium", "mica (natural), scrap and flake",
                                 "mica (natural), sheet", "niobium (columbium)", "silver",
                                 "tantalum"}  # fmt: skip
