"""Notebook 05b runs to the end for every kind of selection, and says so where a part is empty."""

from __future__ import annotations

import pytest

from tests.slow.test_variants import every_part_ran, outputs, run

SELECTIONS_05B = {
    "one pillar": {"FOCUS_PILLAR": "The Ukraine votes"},
    "two pillars, one notebook by number": {
        "FOCUS_PILLAR": ["Legal culture", "Waning US influence"],
        "FOCUS_NOTEBOOK": "05b",
    },
    "empty selection": {"FOCUS_PILLAR": "A peaceful region", "FOCUS_NOTEBOOK": "04_brics"},
    "every brief of notebook 05": {"FOCUS_NOTEBOOK": 5, "BRIEFS": "all"},
    "notebook 04b by number": {"FOCUS_NOTEBOOK": "04b"},
    "a brief outside the selection": {"FOCUS_PILLAR": "Legal culture", "BRIEFS": "c47"},
    "one state, years reversed": {"FOCUS_STATES": "Brazil", "YEARS": [2025, 2015]},
    "one year": {"FOCUS_STATES": "Caribbean", "YEARS": 2022},
    "South America before the summit": {"FOCUS_STATES": "South America", "YEARS": [1991, 2020]},
}


@pytest.mark.parametrize("name", SELECTIONS_05B)
def test_05b_every_selection_runs(tmp_path, name):
    nb = run(tmp_path, "05b_weighing_the_argument", **SELECTIONS_05B[name])
    text = outputs(nb)
    if name == "empty selection":
        every_part_ran(nb, figures=1)
        assert "No figure: no claim is in the selection" in text
        assert "the scorecard is empty" in text
        assert "0 claims of the selection are for discussion" in text
        assert "No brief shown: no claim of BRIEFS is in the selection." in text
        return
    every_part_ran(nb)
    assert "claims selected:" in text
    if name == "every brief of notebook 05":
        assert "**C46.**" in text and "*Strongest reading against:*" in text
        assert "**C47.**" not in text, "C47 is weighed in 05b, not in the selection"
    if name == "notebook 04b by number":
        assert "C60" in text and "04b_trade_and_arms" in text
    if name == "a brief outside the selection":
        assert "No brief shown" in text
    if name == "two pillars, one notebook by number":
        assert all(f"**{claim}.**" in text for claim in ("C47", "C51", "C65"))
