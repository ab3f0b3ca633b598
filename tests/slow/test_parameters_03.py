"""Notebook 03 runs to the end for selections at the edges of what the data allow, and stops in
the parameters with a helpful message for values they do not allow."""

from __future__ import annotations

import pytest
from nbclient.exceptions import CellExecutionError

from tests.slow.test_parameters import printed, run_with


def test_03_runs_for_a_mineral_outside_the_table_a_year_without_production_and_no_water_data():
    nb = run_with("03_resources", 'MINERALS = "silver"\nYEAR = 2022\nSUPPLIER_GROUP = "Chile"\n'
                  'WATER_YEAR = 2000\nWATER_STATES = "Monaco"\n')  # fmt: skip
    out = printed(nb)
    assert "1 minerals (silver); USGS data year 2022; group: Chile" in out
    assert "None of the selected minerals is in the chapter's table" in out
    assert "No water data for Monaco in 2000: left out." in out
    assert "Brazil: " in out
    assert "rank" in out


def test_03_runs_for_cesium_a_sub_region_and_the_last_water_year():
    nb = run_with("03_resources", 'MINERALS = ["cesium"]\nYEAR = "latest"\n'
                  'SUPPLIER_GROUP = "Caribbean"\nWATER_YEAR = 2022\n'
                  'WATER_STATES = ["Brazil", "Iceland"]\n')  # fmt: skip
    out = printed(nb)
    assert "Cesium: USGS publishes no world production table" in out
    assert "Brazil and Iceland together" in out


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ('MINERALS = "gold"', "MINERALS: 'gold' is not one of the choices"),
        ("YEAR = 2019", "YEAR=2019: the data cover 2022-2025"),
        ("WATER_YEAR = (2010, 2012)", "give one year"),
        ('SUPPLIER_GROUP = "Chili"', "SUPPLIER_GROUP: 'Chili' is not a state or region"),
    ],
)
def test_03_bad_parameters_stop_with_a_message(parameters, message):
    with pytest.raises(CellExecutionError) as caught:
        run_with("03_resources", parameters + "\n", upto_setup=True)
    assert message in str(caught.value)
