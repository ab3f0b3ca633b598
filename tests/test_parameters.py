"""A seminar leader changes the parameters cell and re-runs: it works, or stops with valid choices."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from rulac.paths import NOTEBOOKS


def run_with(notebook: str, parameters: str, *, upto_setup: bool = False) -> nbformat.NotebookNode:
    nb = nbformat.read(NOTEBOOKS / f"{notebook}.ipynb", as_version=4)
    index = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    nb.cells[index].source = parameters
    if upto_setup:
        nb.cells = nb.cells[: index + 2]
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    return nb


def printed(nb) -> str:
    return "".join(
        o.get("text", "")
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "stream" and o.name == "stdout"
    )


def test_02_runs_for_another_selection():
    nb = run_with(
        "02_ukraine_votes",
        (
            'FOCUS_STATES = ["BRA", "ARG", "MEX", "JAM", "TTO", "BRB"]\n'
            'RESOLUTIONS = ["68/262", "ES-11/1", "ES-11/4", "78/316"]\n'
            'REFERENCE_STATES = ["RUS", "USA"]\n'
            "YEARS = (2010, 2020)\n"
        ),
    )
    text = printed(nb)
    assert "6 focus states, 4 resolutions, reference states: RUS, USA" in text
    assert "permutation p-value" in text
    stderr = [
        o
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "stream" and o.name == "stderr"
    ]
    assert not stderr, "a custom selection printed warnings"


@pytest.mark.parametrize(
    "parameters, message",
    [
        ('FOCUS_STATES = ["BRA", "XXX"]', r"Unknown ISO3 code(s): XXX. Valid choices: AFG"),
        ('RESOLUTIONS = ["99/999"]', r"Unknown resolution(s): 99/999. Valid choices: 68/262"),
        ('REFERENCE_STATES = ["SUN"]', r"Unknown ISO3 code(s): SUN. Valid choices:"),
        ("YEARS = (1946, 2026)", r"must lie within 1991-2026"),
    ],
)
def test_02_bad_parameters_stop_with_valid_choices(parameters, message):
    defaults = (
        'FOCUS_STATES = "LAC"\nRESOLUTIONS = "all"\nREFERENCE_STATES = ["RUS", "USA", "CHN", "BRA"]\n'
        "YEARS = (1991, 2026)\n"
    )
    with pytest.raises(CellExecutionError) as caught:
        run_with("02_ukraine_votes", defaults + parameters + "\n", upto_setup=True)
    assert message in str(caught.value)


def test_00_bad_focus_notebook():
    with pytest.raises(CellExecutionError) as caught:
        run_with(
            "00_reading_the_chapter",
            'FOCUS_NOTEBOOK = "07_nowhere"\nTESTABLE_KINDS = ["empirical"]\n',
            upto_setup=True,
        )
    assert "is not a notebook of the course; choose from" in str(caught.value)
