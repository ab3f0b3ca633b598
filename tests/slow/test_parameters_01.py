"""Notebook 01 runs to the end for a selection far from the default (a region with no war in the
years chosen, a split year), and stops on a bad value with a message."""

from __future__ import annotations

import pytest
from nbclient.exceptions import CellExecutionError

from rulac import params
from tests.slow.test_parameters import printed, run_with

NOTEBOOK = "01_peace_and_borders"


def markdown_of(nb) -> str:
    return "\n".join(
        "".join(o.get("data", {}).get("text/markdown", ""))
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
    )


def test_01_runs_for_a_region_without_wars_in_the_years():
    nb = run_with(NOTEBOOK, 'REGION = "north america"\nYEARS = (1845, 1816)\nSPLIT_YEAR = 1830\n')
    out, shown = printed(nb), markdown_of(nb)
    assert "Region: North America; wars that began 1816-1845, split at 1830" in out
    assert "No war of the selection was fought in the Western Hemisphere." in shown
    assert "**1816-1829:** North America's states fought 0 times" in shown
    assert out.count("Correct.") == 3


def test_01_a_bad_region_stops_in_the_set_up_cell_with_the_choices():
    with pytest.raises(CellExecutionError) as caught:
        run_with(NOTEBOOK, 'REGION = "Latin Americas"\n', upto_setup=True)
    assert "REGION: 'Latin Americas' is not one of the choices" in str(caught.value)


def test_01_years_are_read_forgivingly():
    """The set-up cell's year readers (the same calls, without a kernel)."""
    assert params.years((2007, 1816), within=(1816, 2007)) == (1816, 2007)
    with pytest.raises(params.ParameterError, match="the data cover 1816-2007"):
        params.years((1800, 1900), within=(1816, 2007))
