"""The figures of notebooks 01b and 01c draw what they are given: every piece of land, event and
series."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from rulac import peace, plots


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_transfer_map_draws_every_piece_and_the_licence():
    borders, moved = peace.shapes("borders_today"), peace.mapped_transfers()
    fig = plots.transfer_map(borders, moved, licence="CC BY-NC-SA 4.0 licence text")
    ax = fig.axes[0]
    labels = {t.get_text() for t in ax.texts}
    assert set(moved["label"]) <= labels
    assert any("CC BY-NC-SA" in t for t in labels)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert sum(int(t.split("(")[-1].rstrip(")")) for t in legend) == len(moved)


def test_claim_rate_dots_one_marker_per_event_and_region_and_no_bars():
    rates = peace.claim_rates()
    columns = [c for c in rates.columns if c.endswith(" per 100")]
    ax = plots.claim_rate_dots(rates, columns).axes[0]
    assert not ax.patches  # no bars: on a log scale their length would mean nothing
    markers = [line for line in ax.lines if line.get_marker() not in (None, "None", "")]
    assert len(markers) == len(rates)
    assert len({(m.get_marker(), m.get_color()) for m in markers}) == len(rates)
    assert all(len(m.get_xdata()) == len(columns) for m in markers)
    assert [t.get_text() for t in ax.get_yticklabels()] == [c[:-8] for c in columns]
    written = sorted(float(t.get_text()) for t in ax.texts)
    assert written == sorted(round(v, 2) for v in rates[columns].to_numpy().ravel())


def test_spending_lines_one_line_per_series_each_its_own_look():
    shares = pd.DataFrame({"A": [1.0, 2.0], "B": [2.0, None], "C": [0.5, 0.7]}, index=[2000, 2001])
    ax = plots.spending_lines(shares, {"A": "first"}).axes[0]
    assert len(ax.lines) == 3
    assert len({(line.get_color(), line.get_marker()) for line in ax.lines}) == 3
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["first", "B", "C"]
