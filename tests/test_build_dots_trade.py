"""dots_trade: rows against the IMF DOTS extract, and facts from trade/PROVENANCE.md."""

from __future__ import annotations

import pandas as pd
import pytest

from rulac import brics, countries
from rulac.loading import load
from tests._raw04 import raw


@pytest.fixture(scope="module")
def trade():
    return load("dots_trade")


def test_rows_against_the_raw_extract(trade):
    extract = pd.read_csv(raw("trade/imf_dots_lac_rus_1960-2020.csv"))
    extract = extract[extract["year"].between(1992, 2020)]
    russia = extract[(extract["reporter_iso3"] == "RUS") & (extract["partner_iso3"] != "WHEM")]
    assert (trade["reporter"] == "RUS").sum() == len(russia)
    region = extract[extract["reporter_iso3"] != "RUS"]
    region = region[region["partner_iso3"] != "SUN"]
    region = region[~((region["indicator"] == "exports_fob") & (region["partner_iso3"] != "RUS"))]
    assert (trade["reporter"] != "RUS").sum() == len(region)


def test_facts_from_the_provenance(trade):
    """trade/PROVENANCE.md: Russia -> the 33 in 2020 US$4.68 bn (1.38% of 337.9 bn), Brazil 2.05,
    Mexico 1.16; as the 33 record it US$5.60 bn; peak 8.07 bn in 2013."""
    lac = countries.lac_codes()
    exports = brics.russia_exports(lac).sum(axis=1)
    assert round(exports[2020] / 1000, 2) == 4.68
    assert round(exports[2013] / 1000, 2) == 8.07
    assert exports.idxmax() == 2013
    assert round(brics.russia_exports(["BRA"]).loc[2020, "BRA"] / 1000, 2) == 2.05
    world = trade.query("reporter == 'RUS' and flow == 'exports_fob' and partner == 'WLD'")
    assert round(world.set_index("year").loc[2020, "value_usd_million"] / 1000, 1) == 337.9
    assert round(brics.mirror(lac, 2020)["partner_reports"].sum() / 1000, 2) == 5.60
    brazil = brics.import_origins(["BRA"]).loc[2020]
    assert (round(brazil["CHN"] * 100, 1), round(brazil["USA"] * 100, 1)) == (21.4, 15.4)
