"""Notebook 05 runs to the end for every kind of selection, and says so where a part is empty."""

from __future__ import annotations

import pytest

from tests.slow.test_variants import every_part_ran, outputs, run

SELECTIONS_05 = {
    "one pillar": {"FOCUS_PILLAR": "The Ukraine votes"},
    "two pillars, one notebook by number": {
        "FOCUS_PILLAR": ["Legal culture", "Waning US influence"],
        "FOCUS_NOTEBOOK": "05",
    },
    "empty selection": {"FOCUS_PILLAR": "A peaceful region", "FOCUS_NOTEBOOK": "04_brics"},
    "notebook 04b by number": {"FOCUS_NOTEBOOK": "04b"},
    "one state, years reversed": {"FOCUS_STATES": "Brazil", "YEARS": [2025, 2015]},
    "one year": {"FOCUS_STATES": "Caribbean", "YEARS": 2022},
    "South America before the summit": {"FOCUS_STATES": "South America", "YEARS": [1991, 2020]},
}


@pytest.mark.parametrize("name", SELECTIONS_05)
def test_05_every_selection_runs(tmp_path, name):
    nb = run(tmp_path, "05_seminar", **SELECTIONS_05[name])
    every_part_ran(nb)
    text = outputs(nb)
    if name == "empty selection":
        assert "No figure: no claim is in the selection" in text
        assert "the scorecard is empty" in text
    else:
        assert "claims selected:" in text
    if name == "notebook 04b by number":
        assert "C60" in text and "04b_trade_and_arms" in text
