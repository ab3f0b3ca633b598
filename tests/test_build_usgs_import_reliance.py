"""usgs_import_reliance against the USGS raw files: row counts, values kept as published, and
facts read by hand from the Fig2 files, the MCS 2025 salient files and the MCS 2026 long file."""

from __future__ import annotations

import zipfile

import pandas as pd
import pytest

from rulac.loading import load
from tests.raw_files import csv_rows, raw

FIG2 = {
    2023: "resources/usgs_mcs/mcs2023/MCS2023_Fig2_Net_Import_Reliance.csv",
    2024: "resources/usgs_mcs/mcs2024/MCS2024_Fig2_Net_Import_Reliance.csv",
    2026: "resources/usgs_mcs/mcs2026/MCS2026_Fig2_Net_Import_Reliance.csv",
}
TRENDS_2025 = "resources/usgs_mcs/mcs2025/original_zips/Industry_Trends.zip"


@pytest.fixture(scope="module")
def nir():
    return load("usgs_import_reliance")


def fig2_raw(edition: int) -> list[dict]:
    if edition == 2025:
        with zipfile.ZipFile(raw(TRENDS_2025)) as archive:
            return csv_rows(archive.read("MCS2025_Fig2_Net_Import_Reliance.csv"))
    return csv_rows(raw(FIG2[edition]).read_bytes())


def value(nir, edition, table, commodity, year):
    row = nir[(nir["edition"] == edition) & (nir["source_table"] == table)
              & (nir["commodity"] == commodity) & (nir["year"] == year)]  # fmt: skip
    assert len(row) == 1, (edition, table, commodity, year)
    return row.iloc[0]


@pytest.mark.parametrize("edition", [2023, 2024, 2025, 2026])
def test_fig2_rows_and_values_as_published(nir, edition):
    rows = fig2_raw(edition)
    ours = nir[(nir["edition"] == edition) & (nir["source_table"] == "Fig2")]
    assert len(ours) == len(rows)
    column = f"Net_Import_Reliance_pct_{edition - 1}"
    published = sorted(" ".join(r[column].split()) for r in rows)
    assert sorted(ours["nir_published"]) == published


def test_row_counts_of_the_series(nir):
    counts = nir.groupby("source_table").size()
    assert counts["Fig2"] == 65 + 63 + 64 + 68
    assert counts["salient"] == 10 * 5  # ten NIR columns, 2020-2024
    assert counts["commodities"] == 10 * 5 + 1  # ten series 2021-2025 (as salient), cesium 2025


def test_qualified_values_are_never_numbers(nir):
    bounded = nir[nir["qualifier"].isin([">", "<"])]
    assert len(bounded) > 0
    assert bounded["nir_pct"].isna().all()
    assert bounded["nir_bound_pct"].notna().all()
    plain = nir[nir["qualifier"].isna()]
    assert plain["nir_bound_pct"].isna().all()
    assert (plain["nir_pct"].map("{:g}".format) == plain["nir_published"]).all()


def test_named_facts(nir):
    # MCS2026_Fig2: LITHIUM >50; BAUXITE >75 in every edition; NIOBIUM 100
    lithium = value(nir, 2026, "Fig2", "lithium", 2025)
    assert (lithium["nir_published"], lithium["qualifier"]) == (">50", ">")
    assert pd.isna(lithium["nir_pct"])
    assert lithium["nir_bound_pct"] == 50
    for edition in (2023, 2024, 2025, 2026):
        assert value(nir, edition, "Fig2", "bauxite", edition - 1)["nir_published"] == ">75"
        assert value(nir, edition, "Fig2", "niobium (columbium)", edition - 1)["nir_pct"] == 100
    # refined copper: 41 in MCS2023 (2022), 57 in MCS2026 (2025)
    assert value(nir, 2023, "Fig2", "copper, refined", 2022)["nir_pct"] == 41
    assert value(nir, 2026, "Fig2", "copper, refined", 2025)["nir_pct"] == 57
    # alumina 2024 revised: 59 in the MCS 2025 salient file, 63 in the MCS 2026 long file
    assert value(nir, 2025, "salient", "alumina", 2024)["nir_pct"] == 59
    assert value(nir, 2026, "commodities", "alumina", 2024)["nir_pct"] == 63
    # mica in the long file: flake 34, sheet 100 in 2025, as in MCS2026_Fig2
    assert value(nir, 2026, "commodities", "mica (natural), scrap and flake", 2025)["nir_pct"] == 34
    assert value(nir, 2026, "commodities", "mica (natural), sheet", 2025)["nir_pct"] == 100
    # lithium in MCS 2025 salient: >50 in 2020, >25 in 2021 and 2022
    assert value(nir, 2025, "salient", "lithium", 2020)["nir_published"] == ">50"
    assert value(nir, 2025, "salient", "lithium", 2021)["nir_published"] == ">25"


def test_the_salient_files_read_from_the_zip(nir):
    with zipfile.ZipFile(
        raw("resources/usgs_mcs/mcs2025/original_zips/Salient_Commodity.zip")
    ) as z:
        silver = csv_rows(z.read("mcs2025-silve_salient.csv"))
    published = {int(r["Year"]): r["NIR_pct"] for r in silver}
    ours = nir[(nir["source_table"] == "salient") & (nir["commodity"] == "silver")]
    assert dict(zip(ours["year"], ours["nir_published"], strict=True)) == published
