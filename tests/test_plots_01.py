"""The figures of notebook 01 draw what they are given: every region, period and war."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

from rulac import peace, plots


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_war_rate_bars_one_bar_per_region_period_and_panel():
    rates = peace.war_rates(1816, 2007, 1946)
    fig = plots.war_rate_bars(rates, "Europe")
    assert len(fig.axes) == 2
    for ax in fig.axes:
        assert len(ax.patches) == 6 * 2
    bold = [t.get_text() for t in fig.axes[0].get_yticklabels() if t.get_fontweight() == "bold"]
    assert bold == ["Europe"]
    hatches = {p.get_hatch() or "" for p in fig.axes[0].patches}
    assert hatches == {"", "//"}, "the second period differs by hatching, not colour alone"


def test_war_timeline_one_marker_per_war_and_labels_for_the_large():
    wars = peace.wars_of(peace.LAC, 1816, 2007)
    ax = plots.war_timeline(wars, focus=peace.LAC).axes[0]
    assert sum(len(c.get_offsets()) for c in ax.collections) == len(wars)
    labels = {t.get_text() for t in ax.texts}
    assert {"Lopez", "Chaco", "War of the Pacific"} <= labels
    assert "Football War" not in labels
    markers = {c.get_label().split(" (")[0] for c in ax.collections}
    assert "named by the chapter" in markers
    empty = plots.war_timeline(wars.iloc[:0], focus=peace.LAC).axes[0]
    assert [t.get_text() for t in empty.texts] == ["no war in the selection"]
