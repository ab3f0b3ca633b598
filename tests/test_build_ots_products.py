"""ots_products: aggregates only, against the raw OTS extracts and trade/PROVENANCE.md."""

from __future__ import annotations

import pandas as pd

from rulac import brics
from rulac.loading import load
from tests._raw04 import raw


def test_aggregates_against_the_raw_files():
    table = load("ots_products")
    lac = pd.read_csv(raw("trade/ots_rus_to_lac_by_community_1992-2018.csv"))
    sums = lac.groupby(["year", "community_name"])["export_value_usd"].sum()
    assert (table["destination"] == "LAC33").sum() == (sums > 0).sum()
    mine = table[table["destination"] == "LAC33"].set_index(["year", "hs_section"])
    assert mine.loc[(2018, "Metals"), "export_value_usd"] == sums[(2018, "Metals")]
    assert not {"partner", "partner_iso3"} & set(table.columns), "no partner-level rows"
    shares = table.groupby(["destination", "year"])["share"].sum()
    assert (shares.round(3) == 1).all()


def test_product_mix_of_2018_as_in_the_provenance():
    """trade/PROVENANCE.md: Chemical Products 34%, Metals 26%, Mineral Products 22%,
    Vegetable Products 4% of Russia's exports to the 33 in 2018."""
    mix = brics.product_mix("LAC33").loc[2018]
    assert [round(100 * mix[s]) for s in ("Chemical Products", "Metals", "Mineral Products",
                                          "Vegetable Products")] == [34, 26, 22, 4]  # fmt: skip
