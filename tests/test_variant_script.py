"""`make variant NB=...` finds the notebook by its number, also where a split added 02b or 04b."""

from __future__ import annotations

import importlib.util

import pytest

from rulac.paths import ROOT


@pytest.fixture(scope="module")
def variant():
    spec = importlib.util.spec_from_file_location("variant", ROOT / "scripts" / "variant.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("asked", "found"),
    [
        ("02", "02_ukraine_votes"),
        ("02b", "02b_voting_alignment"),
        ("02c", "02c_states_and_ideal_points"),
        ("04", "04_brics"),
        ("04b", "04b_trade_and_arms"),
        ("04b_trade_and_arms", "04b_trade_and_arms"),
        ("02_u", "02_ukraine_votes"),
    ],
)
def test_a_number_names_one_notebook(variant, asked, found):
    assert variant.notebook_for(asked).stem == found


def test_an_ambiguous_prefix_lists_the_choices(variant):
    with pytest.raises(SystemExit, match="choose one of: 00_reading_the_chapter, 01_"):
        variant.notebook_for("0")
