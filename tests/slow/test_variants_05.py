"""Notebook 05 runs to the end for every kind of selection; its vote figure shows the texts of the
chosen years, on one side of the summit or on both."""

from __future__ import annotations

import pytest

from tests.slow.test_variants import every_part_ran, outputs, run

SELECTIONS_05 = {
    "one state": {"FOCUS_STATES": "Brazil"},
    "a state with no recorded vote": {"FOCUS_STATES": "Venezuela"},
    "a handful by name": {"FOCUS_STATES": ["Mexico", "ARG", "cuba"]},
    "Caribbean, every year, reversed": {"FOCUS_STATES": "Caribbean", "YEARS": [2025, 2022]},
    "one year": {"FOCUS_STATES": "Central America", "YEARS": 2023},
    "after the summit only": {"FOCUS_STATES": "South America", "YEARS": [2024, 2025]},
    "before the summit only": {"YEARS": 2022},
}


@pytest.mark.parametrize("name", SELECTIONS_05)
def test_05_every_selection_runs(tmp_path, name):
    nb = run(tmp_path, "05_seminar", **SELECTIONS_05[name])
    every_part_ran(nb)
    text = outputs(nb)
    assert "Rows of the events record by the claim they bear on" in text
    # The figure's title (drawn in the image) says what the sides allow: seminar.summit_title,
    # tested in tests/test_seminar.py; here the bars' labels in the alt text show the sides.
    sides = {side for side in ("before", "after") if f"), {side}: " in text}
    if name.endswith("only"):
        assert sides == {"after" if "after" in name else "before"}
    else:
        assert sides == {"before", "after"}
    if name.startswith("Caribbean"):
        assert "one per resolution (11)" in text, "2022-2025 holds 11 texts with a record"
