"""usgs_import_sources against the Fig2 lists of MCS 2023-2026, and the Fig3 file USGS repeated."""

from __future__ import annotations

import zipfile

import pandas as pd
import pytest

from rulac.loading import load
from tests.raw_files import csv_rows, raw
from tests.test_build_usgs_import_reliance import TRENDS_2025, fig2_raw

LISTS = {
    2023: "Major_Import_Sources_2018_2021",
    2024: "Major_Import_Sources_2019_2022",
    2025: "Major_Import_Sources_2020_2023",
    2026: "Major_Import_Sources_2021_24",
}


@pytest.fixture(scope="module")
def sources():
    return load("usgs_import_sources")


def listed(sources, edition, commodity):
    block = sources[(sources["edition"] == edition) & (sources["commodity"] == commodity)]
    return block.sort_values("rank")["source_published"].tolist()


@pytest.mark.parametrize("edition", list(LISTS))
def test_one_row_per_listed_name(sources, edition):
    names = [name for row in fig2_raw(edition) if row[LISTS[edition]].strip() != "NA"
             for name in row[LISTS[edition]].split(",") if name.strip()]  # fmt: skip
    assert (sources["edition"] == edition).sum() == len(names)


def test_named_facts(sources):
    # MCS2023_Fig2, BAUXITE: "Jamaica, Brazil, Guyana, Australia"
    assert listed(sources, 2023, "bauxite") == ["Jamaica", "Brazil", "Guyana", "Australia"]
    # MCS2025_Fig2, GARNET: "South Africa, Australia, India, China3 " (a footnote digit)
    garnet = sources[(sources["edition"] == 2025) & (sources["commodity"] == "garnet (industrial)")]
    assert garnet.set_index("rank").loc[4, ["source_published", "iso3"]].tolist() == [
        "China",
        "CHN",
    ]
    # MCS2023_Fig2, SCANDIUM lists "Europe"; MCS2024_Fig2, MAGNESIUM METAL lists "Taiwan"
    europe = sources[sources["source_published"] == "Europe"]
    assert europe[["edition", "commodity", "entry_kind"]].values.tolist() == [
        [2023, "scandium", "group of states"]
    ]
    taiwan = sources[sources["source_published"] == "Taiwan"].iloc[0]
    assert taiwan["commodity"] == "magnesium metal"
    assert pd.isna(taiwan["iso3"])
    # lithium: Argentina, Chile, China, Russia (2023, 2024); Chile, Argentina (2025, 2026)
    assert listed(sources, 2024, "lithium") == ["Argentina", "Chile", "China", "Russia"]
    assert listed(sources, 2026, "lithium") == ["Chile", "Argentina"]
    lithium = sources[sources["mineral"] == "lithium"]
    assert not lithium["iso3"].isin(["BOL", "AFG"]).any()
    # MCS2026_Fig2: XENON, KRYPTON and NEON have no list ("NA")
    assert not sources["commodity"].isin(["xenon", "krypton", "neon"]).any()


def test_the_2025_map_file_is_the_2024_one():
    """The limit the resource states: MCS 2025's Fig3 is MCS 2024's byte for byte."""
    with zipfile.ZipFile(raw(TRENDS_2025)) as archive:
        fig3_2025 = archive.read("MCS2025_Fig3_Major_Import_Sources.csv")
    fig3_2024 = raw("resources/usgs_mcs/mcs2024/MCS2024_Fig3_Major_Import_Sources.csv").read_bytes()
    assert fig3_2025 == fig3_2024
    assert {row["Source"] for row in csv_rows(fig3_2025)} == {"MCS2024"}
