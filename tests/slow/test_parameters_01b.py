"""Notebook 01b runs to the end for a selection far from the default (a region with no ICJ
region of its own), and stops on a bad value with a message. (Notebook 01c, which took over
the reference states and the spending years, is tested in test_parameters_01c.py.)"""

from __future__ import annotations

import pytest
from nbclient.exceptions import CellExecutionError

from tests.slow.test_parameters import printed, run_with
from tests.slow.test_parameters_01 import markdown_of

NOTEBOOK = "01b_borders_and_law"


def test_01b_runs_for_another_region():
    nb = run_with(NOTEBOOK, 'REGION = "middle east"\n')
    out, shown = printed(nb), markdown_of(nb)
    assert "Region: Middle East" in out
    assert "Middle East: no region of the ICJ table matches it" in shown
    # Part 1 checks the chapter's own examples whatever the region.
    assert "Brazil gained 499,100 km²" in shown
    assert out.count("Correct.") == 2


def test_01b_the_icj_sentence_follows_the_region():
    nb = run_with(NOTEBOOK, 'REGION = "North America"\n')
    assert "Northern America: " in markdown_of(nb)


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ('REGION = "Latin Americas"', "REGION: 'Latin Americas' is not one of the choices"),
        ('REGION = ["Europe", "Africa"]', "REGION: give one region"),
    ],
)
def test_01b_bad_parameters_stop_in_the_set_up_cell(parameters, message):
    with pytest.raises(CellExecutionError) as caught:
        run_with(NOTEBOOK, parameters + "\n", upto_setup=True)
    assert message in str(caught.value)
