"""arms_transfers: SIPRI aggregates against the raw extracts and military/PROVENANCE.md."""

from __future__ import annotations

import pandas as pd
import pytest

from rulac.loading import load
from tests._raw04 import raw


@pytest.fixture(scope="module")
def arms():
    return load("arms_transfers")


def test_small_aggregates_only(arms):
    assert len(arms) == 181
    assert arms["period"].nunique() == 8
    assert set(arms.columns) >= {"soviet_union_tiv", "russia_tiv", "all_suppliers_tiv"}


def test_sums_against_the_raw_tiv_tables(arms):
    exports = pd.read_csv(
        raw("military/sipri_tiv_tables_russia_ussr_exports_to_lac_1950-2021_long.csv")
    )
    exports = exports[exports["recipient"] != "Total"]
    for supplier, column in (("Soviet Union", "soviet_union_tiv"), ("Russia", "russia_tiv")):
        assert (
            arms[column].sum() == exports.loc[exports["supplier"] == supplier, "tiv_million"].sum()
        )
    venezuela = exports.query("supplier == 'Russia' and recipient == 'Venezuela'")
    row = arms.query("recipient == 'VEN' and period == '2000-2009'").iloc[0]
    assert row["russia_tiv"] == venezuela.query("2000 <= year <= 2009")["tiv_million"].sum()


def test_facts_from_the_provenance(arms):
    """military/PROVENANCE.md: Venezuela's imports 2006-2014 total 4,924 TIV (file 4); Russian
    deliveries in 1996 and 1997 of 24 each (file 3); Bolivia has no Russian delivery; the 2024
    release of delivery rows records no Russian delivery to the region after 2017."""
    imports = pd.read_csv(
        raw("military/sipri_tiv_import_export_totals_selected_1950-2023_long.csv")
    )
    venezuela = imports.query(
        "flow == 'imports' and country == 'Venezuela' and 2006 <= year <= 2014"
    )
    assert venezuela["tiv_million"].sum() == 4924
    nineties = arms.query("recipient == 'VEN' and period == '1990-1999'")["russia_tiv"].iloc[0]
    assert nineties == 48
    assert arms.loc[arms["recipient"] == "BOL", "russia_tiv"].sum() == 0
    rows = pd.read_csv(raw("military/sipri_at_delivery_rows_lac_2000-2023.csv"))
    russian = rows[rows["Supplier"] == "Russia"]
    assert russian["Delivery year"].max() == 2017
