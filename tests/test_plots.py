"""The figure helpers draw what they are given: every row, column, bar, marker and panel."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from rulac import plots, style
from rulac.display import markdown_table
from rulac.loading import enum as load_enum
from rulac.loading import load


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_vote_heatmap_draws_every_cell_with_its_letter():
    matrix = pd.DataFrame(
        [["Y", "N", "A"], ["X", "Y", "Y"]], index=["a", "b"], columns=["r1", "r2", "r3"]
    )
    fig = plots.vote_heatmap(matrix, ["r1", "r2", "r3"], split_before=1)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["a", "b"], "states across"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["r1", "r2", "r3"], "resolutions down"
    markers = sum(len(c.get_offsets()) for c in ax.collections)
    assert markers == matrix.size
    assert len(ax.get_legend().get_texts()) == 4
    assert any(line.get_linestyle() == "--" for line in ax.lines)


def test_vote_share_bars_one_bar_per_vote_and_resolution():
    block = pd.DataFrame({"Y": [0.5, 0.2], "N": [0.1, 0.3], "A": [0.3, 0.4], "X": [0.1, 0.1]})
    fig = plots.vote_share_bars({"Region": block, "Rest": block}, ["r1", "r2"])
    for ax in fig.axes[:2]:
        kinds = ax.collections  # one collection of bars per kind of vote, in VOTE_ORDER
        assert [c.get_hatch() or "" for c in kinds] == [style.VOTE_HATCH[v] for v in "YNAX"]
        assert all(len(c.get_paths()) == 2 for c in kinds), "one bar per resolution"
        spans = [[(p.vertices[:, 0].min(), p.vertices[:, 0].max()) for p in c.get_paths()]
                 for c in kinds]  # fmt: skip
        # stacked: each vote's bar starts where the one before ends, and the row sums to 1
        assert spans[0][0] == (0, 0.5) and spans[1][0] == (0.5, 0.6)
        assert spans[3][1][1] == pytest.approx(1.0)
        assert ax.get_ylim()[0] > 1.4 and ax.get_ylim()[1] < -0.4, "first resolution on top"


def test_group_dots_one_marker_per_state_and_a_mean_per_group():
    values = pd.Series([0.1, 0.5, 0.9, -1.0, 0.2])
    groups = pd.Series(["civil", "civil", "common", "civil", "common"])
    fig = plots.group_dots(values, groups, xlabel="x")
    ax = fig.axes[0]
    assert sum(len(c.get_offsets()) for c in ax.collections if hasattr(c, "get_offsets")) >= 5
    labels = [t.get_text() for t in ax.texts]
    assert "mean -0.13" in labels and "mean +0.55" in labels


def test_agreement_panels_one_panel_per_reference():
    index = pd.MultiIndex.from_product(
        [["RUS", "USA", "CHN"], [2000, 2001]], names=["reference", "year"]
    )
    summary = pd.DataFrame({"mean": 0.5, "25%": 0.4, "75%": 0.6}, index=index)
    fig = plots.agreement_panels(
        summary,
        {"RUS": "with Russia", "USA": "with US", "CHN": "with China"},
        lines={2000.5: "event"},
    )
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert [ax.get_title("left") for ax in visible] == ["with Russia", "with US", "with China"]
    assert visible[0].lines[0].get_xdata().tolist() == [2000.5, 2001.5]


def test_argument_map_places_every_claim():
    claims = load("claims")
    fig = plots.argument_map(claims, thesis="T", pillars=load_enum("claims", "pillar"))
    texts = " ".join(t.get_text() for t in fig.axes[0].texts)
    assert all(claim_id in texts for claim_id in claims["id"])


def test_markdown_table_keeps_full_text():
    long = "word " * 60
    text = markdown_table(pd.DataFrame({"quote": [long.strip()]})).data
    assert long.strip() in text and text.count("\n") == 2


def test_agreement_panels_draw_eight_reference_states():
    """style.CYCLE has six colours: the eighth panel once came out blank and untitled."""
    codes = [f"S{i}" for i in range(8)]
    index = pd.MultiIndex.from_product([codes, [2000, 2001]], names=["reference", "year"])
    summary = pd.DataFrame({"mean": 0.5, "25%": 0.4, "75%": 0.6}, index=index)
    fig = plots.agreement_panels(summary, {c: f"with {c}" for c in codes}, lines={})
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert [ax.get_title("left") for ax in visible] == [f"with {c}" for c in codes]
    assert all(len(ax.lines) == 1 and len(ax.lines[0].get_xdata()) == 2 for ax in visible)
    colours = [(ax.lines[0].get_color(), ax.lines[0].get_marker()) for ax in visible]
    assert len(set(colours)) == 8


def test_bars_label_every_value():
    fig = plots.bars(pd.Series({"a": 3, "b": 5}), xlabel="n")
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert sorted(labels) == ["3", "5"]
