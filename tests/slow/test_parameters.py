"""A seminar leader changes the parameters cell and re-runs: it works, or stops with a message
that names the parameter and the closest valid values. (Many more selections run in
tests/slow/test_variants.py.)"""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from rulac.paths import NOTEBOOKS


def run_with(notebook: str, parameters: str, *, upto_setup: bool = False) -> nbformat.NotebookNode:
    nb = nbformat.read(NOTEBOOKS / f"{notebook}.ipynb", as_version=4)
    index = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    nb.cells[index].source += "\n" + parameters
    if upto_setup:
        nb.cells = nb.cells[: index + 2]
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()  # fmt: skip
    return nb


def printed(nb) -> str:
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs
                   if o.output_type == "stream" and o.name == "stdout")  # fmt: skip


def test_02_setup_accepts_names_strings_and_groups():
    nb = run_with("02_ukraine_votes", 'FOCUS_STATES = ["Brazil", "ARG", "mexico"]\n'
                  'RESOLUTIONS = "emergency session"\n', upto_setup=True)  # fmt: skip
    assert "3 focus states; 6 resolutions, 2022-2023" in printed(nb)


def test_02d_setup_accepts_a_region_in_lower_case_and_a_group_of_resolutions():
    nb = run_with("02d_legal_culture", 'FOCUS_STATES = "caribbean"\n'
                  'RESOLUTIONS = "since 2022"\nMIN_VOTES = 3\n', upto_setup=True)  # fmt: skip
    assert "13 focus states; 11 resolutions, 2022-2025" in printed(nb)


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        (
            'FOCUS_STATES = ["BRA", "Brasil"]',
            "FOCUS_STATES: 'Brasil' is not a state or region. Did you mean BRA (Brazil)",
        ),
        ('RESOLUTIONS = ["99/999"]', "RESOLUTIONS: '99/999' is not one of the choices"),
        ("FOCUS_STATES = []", "FOCUS_STATES is empty"),
    ],
)
def test_02_bad_parameters_stop_with_the_closest_choices(parameters, message):
    with pytest.raises(CellExecutionError) as caught:
        run_with("02_ukraine_votes", parameters + "\n", upto_setup=True)
    assert message in str(caught.value)


def test_00_accepts_a_number_and_stops_on_an_unknown_notebook():
    nb = run_with("00_reading_the_chapter", 'FOCUS_NOTEBOOK = "01"\n', upto_setup=True)
    assert "Focus: 01_peace_and_borders" in printed(nb)
    with pytest.raises(CellExecutionError) as caught:
        run_with("00_reading_the_chapter", 'FOCUS_NOTEBOOK = "07_nowhere"\n', upto_setup=True)
    assert "FOCUS_NOTEBOOK: '07_nowhere' is not one of the choices" in str(caught.value)
