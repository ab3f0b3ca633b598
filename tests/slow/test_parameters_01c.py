"""Notebook 01c runs to the end for a selection far from the default (another region for the
arms races, other reference states, a few years of spending), and stops on a bad value with a
message."""

from __future__ import annotations

import pytest
from nbclient.exceptions import CellExecutionError

from rulac import params, peace
from tests.slow.test_parameters import printed, run_with
from tests.slow.test_parameters_01 import markdown_of

NOTEBOOK = "01c_arms_and_zones"


def test_01c_runs_for_another_region_references_and_years():
    nb = run_with(
        NOTEBOOK,
        'REGION = "middle east"\nREFERENCE_STATES = ["Brazil", "CHN"]\n'
        "SPENDING_YEARS = (2000, 1990)\n",
    )
    out, shown = printed(nb), markdown_of(nb)
    assert "Region: Middle East; reference states: BRA, CHN" in out
    assert "Military spending 1990-2000" in out
    assert "involve a state of Middle East" in shown
    assert "Military expenditure as a share of GDP, 1990-2000" in shown
    assert "In 2000 the region's aggregate spent" in shown
    assert "Brazil" in shown
    assert "China" in shown
    assert "The first regional zone treaty in the table is Treaty of Tlatelolco" in shown
    assert out.count("Correct.") == 2


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ('REGION = "Latin Americas"', "REGION: 'Latin Americas' is not one of the choices"),
        ('REFERENCE_STATES = ["Brasil"]', "'Brasil' is not a state or region"),
        ("SPENDING_YEARS = (1950, 2024)", "the data cover 1960-2024"),
    ],
)
def test_01c_bad_parameters_stop_in_the_set_up_cell(parameters, message):
    with pytest.raises(CellExecutionError) as caught:
        run_with(NOTEBOOK, parameters + "\n", upto_setup=True)
    assert message in str(caught.value)


def test_01c_reference_states_are_read_forgivingly():
    """The set-up cell's state reader (the same call, without a kernel)."""
    allowed = peace.spending_codes()
    assert params.states(["Brazil", "CHN"], name="REFERENCE_STATES", allowed=allowed) == [
        "BRA",
        "CHN",
    ]
    with pytest.raises(params.ParameterError, match="'Brasil' is not a state or region"):
        params.states(["Brasil"], name="REFERENCE_STATES", allowed=allowed)
