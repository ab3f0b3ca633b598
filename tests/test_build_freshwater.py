"""freshwater against the World Bank files: rows, values read by hand, the per-person check."""

from __future__ import annotations

import csv
import io

import pytest

from rulac.loading import load
from tests.raw_files import csv_rows, raw

WDI = "resources/worldbank_wdi"
PC = f"{WDI}/API_ER.H2O.INTR.PC_DS2_en_csv_v2_438.csv"
K3 = f"{WDI}/API_ER.H2O.INTR.K3_DS2_en_csv_v2_44524.csv"
META = f"{WDI}/Metadata_Country_API_ER.H2O.INTR.PC_DS2_en_csv_v2_438.csv"


@pytest.fixture(scope="module")
def water():
    return load("freshwater").set_index(["code", "year"])


def wide(relative: str) -> dict[tuple[str, int], str]:
    """A WDI bulk file (four preamble lines) as {(code, year): text of the cell}."""
    lines = raw(relative).read_text(encoding="utf-8-sig").splitlines()[4:]
    cells = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        for year in range(2000, 2023):
            text = row.get(str(year), "")
            if text:
                cells[(row["Country Code"], year)] = text
    return cells


def test_one_row_per_economy_and_year_with_data(water):
    economies = {r["Country Code"] for r in csv_rows(raw(META).read_bytes()) if r["Region"]}
    assert len(economies) == 217
    keys = {key for key in wide(PC).keys() | wide(K3).keys() if key[0] in economies | {"WLD"}}
    assert set(water.index) == keys
    assert len(water) == len(keys) == 4200


def test_values_read_by_hand(water):
    # API_ER.H2O.INTR.PC: Brazil 2022 26917.866485..., Russia 2021 29789.958...
    assert water.loc[("BRA", 2022), "internal_m3_per_person"] == pytest.approx(
        26917.866485, abs=1e-3
    )
    assert water.loc[("ISL", 2021), "internal_m3_per_person"] == pytest.approx(
        456351.3368, abs=1e-3
    )
    # API_ER.H2O.INTR.K3, 2020: Brazil 5661, Russia 4312, United States 2818, World 42808.6021
    assert water.loc[("BRA", 2020), "internal_km3"] == 5661
    assert water.loc[("RUS", 2020), "internal_km3"] == 4312
    assert water.loc[("USA", 2020), "internal_km3"] == 2818
    assert water.loc[("WLD", 2020), "internal_km3"] == pytest.approx(42808.6021)
    # wdi_ER.H2O.FWTL.K3: US withdrawals 444.29 km3 in 2021 and 2022 (carried forward)
    assert water.loc[("USA", 2021), "withdrawal_km3"] == water.loc[("USA", 2022), "withdrawal_km3"]
    assert water.loc[("USA", 2022), "withdrawal_km3"] == pytest.approx(444.29)


def test_every_cell_is_the_raw_cell(water):
    for relative, column in ((PC, "internal_m3_per_person"), (K3, "internal_km3")):
        for key, text in wide(relative).items():
            if key in water.index:
                assert water.loc[key, column] == pytest.approx(float(text), rel=1e-12), key


def test_coverage_and_codes(water):
    frame = water.reset_index()
    economies = frame[frame["code"] != "WLD"]
    per_year = economies.dropna(subset=["internal_m3_per_person"]).groupby("year").size()
    assert per_year[2021] == 183
    assert per_year[2022] == 181
    missing_2022 = set(economies.loc[economies["year"] == 2021, "code"]) - set(
        economies.loc[
            (economies["year"] == 2022) & economies["internal_m3_per_person"].notna(), "code"
        ]
    )
    assert missing_2022 == {"ISR", "PSE"}
    assert set(frame.loc[frame["iso3"].isna(), "code"]) == {"PRI", "PSE", "WLD"}


def test_per_person_equals_total_over_population(water):
    """The World Bank divides by its own population: the same figure for most economies."""
    year = water.xs(2020, level="year").dropna(subset=["internal_km3", "internal_m3_per_person"])
    year = year[year["internal_km3"] > 0]
    ratio = year["internal_km3"] * 1e9 / year["population"] / year["internal_m3_per_person"]
    close = (ratio - 1).abs() < 0.01
    assert close.sum() >= 175, year.index[~close].tolist()
    assert close["BRA"]
    assert close["RUS"]
    assert close["USA"]
