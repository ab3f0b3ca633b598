"""The figures of notebook 03 draw what they are given: every row, marker, bar and label."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from rulac import plots


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_nir_dots_one_marker_per_value_bounds_as_triangles():
    usgs = pd.DataFrame({
        "label": ["a", "a", "b", "b"], "year": [2024, 2025, 2024, 2025],
        "x": [40.0, 50.0, 75.0, 75.0], "kind": ["=", "=", ">", ">"],
        "published": ["40", "50", ">75", ">75"],
    })  # fmt: skip
    fig = plots.nir_dots(usgs, pd.Series({"a": 48.0, "b": 100.0}))
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b"]
    points = sum(len(c.get_offsets()) for c in ax.collections)
    assert points == 4 + 2  # four USGS values and two chapter diamonds
    assert {t.get_text() for t in ax.texts} >= {"50", ">75"}
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "more than (a bound)" in legend
    assert "the chapter" in legend


def test_nir_dots_says_so_when_there_is_nothing():
    empty = pd.DataFrame(columns=["label", "year", "x", "kind", "published"])
    fig = plots.nir_dots(empty, pd.Series(dtype=float))
    assert "No mineral" in fig.axes[0].texts[0].get_text()


def test_share_bars_a_bar_per_measure_and_each_row_names_its_missing_shares():
    shares = pd.DataFrame(
        {"US imports 2021-24": [0.5, 0.1], "world mine production": [0.9, None],
         "world reserves": [None, 0.3]}, index=["niobium", "tantalum"])  # fmt: skip
    fig = plots.share_bars(shares, group="X")
    ax = fig.axes[0]
    assert len(ax.patches) == 6
    assert {p.get_hatch() or "" for p in ax.patches} == {"", "//", ".."}
    assert [t.get_text() for t in ax.texts] == ["no data: reserves", "no data: production"]
    # each note sits beside its row's longest bar, not on the bars
    positions = [t.get_position() for t in ax.texts]
    assert positions == [(pytest.approx(0.91), 0), (pytest.approx(0.31), 1)]


def test_water_ranking_marks_and_labels_every_row():
    values = pd.Series([100.0, 50.0, 10.0], index=["1 A", "2 B", "9 C"])
    fig = plots.water_ranking(values, ["2 B"], world=20.0)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["1 A", "2 B", "9 C"]
    assert sum(len(c.get_offsets()) for c in ax.collections) == 3
    assert {t.get_text() for t in ax.texts} == {"100", "50", "world"}  # first row and marked
    assert ax.get_xscale() == "log"
