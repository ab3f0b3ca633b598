"""The course's figures, drawn in one place so that notebook cells stay short.

Each function takes tidy inputs, draws one figure in the course style (colour-blind-safe
palette, votes shown by colour *and* letter or hatching, projector-size type, sized for a
16:9 slide) and returns it without a title: :func:`rulac.display.show` adds the title, the
caption and the text description.
"""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from rulac import style

KIND_MARK = {"empirical": ("■", "s"), "interpretive": ("●", "o"), "normative": ("▲", "^")}
KIND_COLOUR = {
    "empirical": style.OKABE_ITO["blue"],
    "interpretive": style.OKABE_ITO["orange"],
    "normative": style.OKABE_ITO["reddish purple"],
}
GROUP_MARKER = {"civil": "o", "common": "s", "mixed": "D", "other": "^"}
GROUP_COLOUR = {
    "civil": style.OKABE_ITO["blue"],
    "common": style.OKABE_ITO["orange"],
    "mixed": style.OKABE_ITO["bluish green"],
    "other": style.OKABE_ITO["reddish purple"],
}
EDGE = "#333333"


def styled(draw):
    """Draw in the course style whatever the notebook's matplotlib settings."""

    @functools.wraps(draw)
    def wrapper(*args, **kwargs):
        with plt.rc_context(style.rc()):
            return draw(*args, **kwargs)

    return wrapper


def _percent_axis(axis) -> None:
    axis.set_major_formatter(plt.FuncFormatter(lambda value, _: f"{value:.0%}"))


# ---------------------------------------------------------------- building blocks


def vote_legend_handles(kind: str = "patch", hatches: dict | None = None):
    """Legend entries for the four vote kinds.

    ``kind="patch"``: a coloured square (with the hatch of ``hatches`` if given), as in heatmaps
    and bars, labelled with the vote's symbol and name; ``kind="marker"``: the vote's marker, for
    scatter and line plots.
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    votes = [style.VOTES[code] for code in style.VOTE_ORDER]
    if kind == "marker":
        return [
            Line2D([], [], linestyle="", marker=v.marker, markersize=11, markerfacecolor=v.color,
                   markeredgecolor=EDGE, label=v.label)
            for v in votes
        ]  # fmt: skip
    hatches = hatches or {}
    return [
        Patch(facecolor=v.color, edgecolor=EDGE, hatch=hatches.get(v.code, ""),
              label=f"{v.symbol}  {v.label}")
        for v in votes
    ]  # fmt: skip


def vote_grid(ax, matrix) -> None:
    """Draw a table of vote codes (Y/N/A/X) as coloured cells, each with its symbol.

    Rows and columns keep the order of ``matrix``; tick labels are left to the caller. The
    symbols are drawn as scatter markers, one call per kind of vote, which is many times
    faster than one text object per cell.
    """
    from matplotlib.colors import ListedColormap

    values = matrix.to_numpy() if hasattr(matrix, "to_numpy") else np.asarray(matrix)
    codes = np.vectorize(style.VOTE_ORDER.index)(values)
    colours = ListedColormap([style.VOTES[v].color for v in style.VOTE_ORDER])
    ax.imshow(codes, cmap=colours, vmin=-0.5, vmax=3.5, aspect="auto", interpolation="nearest")
    for number, code in enumerate(style.VOTE_ORDER):
        rows, cols = np.nonzero(codes == number)
        vote = style.VOTES[code]
        glyph, size = (rf"$\mathbf{{{vote.symbol}}}$", 110) if code != "X" else ("o", 10)
        ax.scatter(cols, rows, marker=glyph, s=size, color=vote.text_color, linewidths=0)
    ax.grid(False)


# ---------------------------------------------------------------- notebook 00


@styled
def argument_map(claims: pd.DataFrame, thesis: str, pillars: Sequence[str]):
    """The thesis, the pillars under it, and each claim's id under its pillar, marked by kind."""
    fig, ax = plt.subplots()
    ax.set_axis_off()
    width = len(pillars)
    ax.set_xlim(0, width)
    ax.set_ylim(0.3, 10)
    box = {"boxstyle": "round,pad=0.4", "edgecolor": EDGE}
    ax.text(width / 2, 9.4, thesis, ha="center", va="center", fontsize=15, fontweight="bold",
            bbox={**box, "facecolor": "#F2F2F2"})  # fmt: skip
    for i, pillar in enumerate(pillars):
        ax.annotate("", xy=(i + 0.5, 8.0), xytext=(width / 2, 8.85),
                    arrowprops={"arrowstyle": "-", "color": "#777777"})  # fmt: skip
        ax.text(i + 0.5, 7.4, textwrap.fill(pillar, 12), ha="center", va="center", fontsize=13,
                fontweight="bold", bbox={**box, "facecolor": "white"})  # fmt: skip
        under = claims[claims["pillar"] == pillar]
        for j, row in enumerate(under.itertuples()):
            mark = KIND_MARK[row.kind][0]
            ax.text(i + 0.12 + 0.42 * (j % 2), 6.2 - 0.72 * (j // 2), f"{mark} {row.id}",
                    ha="left", va="center", fontsize=13, color=KIND_COLOUR[row.kind],
                    fontweight="bold")  # fmt: skip
    legend = [
        plt.Line2D([], [], linestyle="", marker=KIND_MARK[k][1], color=KIND_COLOUR[k],
                   markersize=12, label=k)
        for k in KIND_MARK
    ]  # fmt: skip
    ax.legend(handles=legend, loc="lower center", ncol=3, frameon=False,
              bbox_to_anchor=(0.5, -0.04))  # fmt: skip
    return fig


# ---------------------------------------------------------------- notebook 02


@styled
def vote_heatmap(matrix: pd.DataFrame, resolution_labels: Sequence[str], *,
                 split_before: int | None = None):  # fmt: skip
    """Resolutions (rows, in date order) by states (columns, ISO3), each cell a lettered vote.

    ``matrix`` has states as rows and resolutions as columns (as :func:`rulac.votes.vote_matrix`
    returns it); it is drawn transposed so that 33 states fit the width of a slide.
    ``split_before`` draws a dashed line above that resolution (e.g. the first vote after an
    event).
    """
    states, count = matrix.shape
    fig, ax = plt.subplots(figsize=(min(12.0, 4.2 + 0.24 * states), min(5.6, 1.8 + 0.2 * count)))
    vote_grid(ax, matrix.T)
    ax.set_xticks(range(states), matrix.index, rotation=90, fontsize=13)
    ax.set_yticks(range(count), resolution_labels, fontsize=13)
    ax.tick_params(length=0)
    if split_before is not None and 0 < split_before < count:
        ax.axhline(split_before - 0.5, color="black", linewidth=2.5, linestyle="--")
    ax.legend(handles=vote_legend_handles(), loc="upper left", bbox_to_anchor=(1.01, 1),
              frameon=False)  # fmt: skip
    return fig


@styled
def vote_share_bars(shares: dict[str, pd.DataFrame], labels: Sequence[str]):
    """Side-by-side panels of stacked horizontal bars: the share of each vote per resolution.

    ``shares`` maps a panel title to a table with one row per resolution (in ``labels`` order)
    and columns Y, N, A, X summing to 1.
    """
    fig, axes = plt.subplots(1, len(shares), sharey=True, squeeze=False)
    for ax, (group, block) in zip(axes.flat, shares.items(), strict=True):
        left = np.zeros(len(block))
        for vote in style.VOTE_ORDER:
            ax.barh(range(len(block)), block[vote], left=left, color=style.VOTES[vote].color,
                    hatch=style.VOTE_HATCH[vote], edgecolor=EDGE, linewidth=0.6)  # fmt: skip
            left += block[vote].to_numpy()
        ax.set_title(textwrap.fill(group, 34))
        ax.set_xlim(0, 1)
        _percent_axis(ax.xaxis)
        ax.grid(axis="y", visible=False)
    first = axes.flat[0]
    first.set_yticks(range(len(labels)), labels)
    first.invert_yaxis()
    axes.flat[-1].legend(handles=vote_legend_handles(hatches=style.VOTE_HATCH), loc="upper left",
                         bbox_to_anchor=(1.01, 1), frameon=False)  # fmt: skip
    return fig


@styled
def group_dots(values: pd.Series, groups: pd.Series, *, xlabel: str):
    """One row of markers per group (shape and colour by group), with each group's mean marked."""
    present = [g for g in GROUP_MARKER if (groups == g).any()]
    fig, ax = plt.subplots(figsize=(style.FIGSIZE[0], 2.2 + 1.3 * len(present)))
    for level, group in enumerate(present):
        scores = values[groups == group].dropna().sort_values()
        stack = scores.round(1).groupby(scores.round(1)).cumcount()  # lift overlapping markers
        ax.scatter(scores, level + 0.12 * stack, marker=GROUP_MARKER[group], s=110,
                   color=GROUP_COLOUR[group], edgecolor=EDGE, zorder=3,
                   label=f"{group} law (n = {len(scores)})")  # fmt: skip
        ax.vlines(scores.mean(), level - 0.3, level + 0.7, color="black", linewidth=2.5)
        ax.text(scores.mean(), level - 0.38, f"mean {scores.mean():+.2f}", ha="center",
                va="top", fontsize=13)  # fmt: skip
    ax.set_yticks(range(len(present)), [f"{g} law" for g in present])
    ax.set_ylim(-0.8, len(present) - 0.1)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel(xlabel)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig


@styled
def agreement_panels(summary: pd.DataFrame, panels: dict[str, str], *, lines: dict[float, str],
                     ylabel: str = "agreement"):  # fmt: skip
    """One panel per reference state: the yearly mean agreement (line) and its middle half (band).

    ``summary`` is indexed by (reference, year) with columns mean, 25%, 75%; ``panels`` maps a
    reference code to its panel title; ``lines`` maps an x position to a label for a vertical
    line. Each year is drawn at its middle (year + 0.5), so a line at a date falls between the
    right years. Each reference state has its own colour and marker, never a vote colour, and
    any number of panels is drawn.
    """
    count = len(panels)
    ncols = min(count, 4 if count > 6 else 3 if count > 4 else 2 if count > 1 else 1)
    nrows = -(-count // ncols)
    fig, axes = plt.subplots(nrows, ncols, sharex=True, sharey=True, squeeze=False)
    dashes = [":", "--", "-."]
    for position, (ax, (reference, panel_title)) in enumerate(zip(axes.flat, panels.items())):
        look = style.reference_style(position)
        block = summary.loc[reference]
        x = block.index.to_numpy() + 0.5
        ax.fill_between(x, block["25%"], block["75%"], color=look.color, alpha=0.25, linewidth=0)
        ax.plot(x, block["mean"], color=look.color, marker=look.marker, markersize=5)
        for (where, _), dash in zip(lines.items(), dashes, strict=False):
            ax.axvline(where, color="black", linestyle=dash, linewidth=1.6)
        ax.set_title(panel_title)
        ax.set_ylim(0, 1)
        _percent_axis(ax.yaxis)
    for ax in axes.flat[count:]:
        ax.set_visible(False)
    for ax in axes[:, 0]:
        ax.set_ylabel(ylabel)
    for ax in axes[-1]:
        ax.set_xlabel("year")
    key = [
        plt.Line2D([], [], color="black", linestyle=dash, linewidth=1.6, label=label)
        for (_, label), dash in zip(lines.items(), dashes, strict=False)
    ]
    if key:
        fig.legend(handles=key, loc="outside lower center", ncol=len(key), frameon=False)
    return fig


# ---------------------------------------------------------------- general


@styled
def bars(values: pd.Series, *, xlabel: str):
    """Horizontal bars, largest at the top, each labelled with its value (a general figure)."""
    values = values.sort_values()
    fig, ax = plt.subplots(figsize=(style.FIGSIZE[0], min(style.FIGSIZE[1], 1.6 + 0.45 * len(values))))
    ax.barh([str(i) for i in values.index], values.to_numpy(), color=style.CYCLE[0], edgecolor=EDGE)
    ax.bar_label(ax.containers[0], fmt="%g", padding=4)
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    return fig


# ---------------------------------------------------------------- notebook 03

def _nothing_to_draw(message: str):
    """A figure that says in words why there is nothing to draw for this selection."""
    fig, ax = plt.subplots(figsize=(style.FIGSIZE[0], 2.0))
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=15, transform=ax.transAxes)
    return fig


#: How a published net-import-reliance value is drawn: a plain number as a circle, a bound as a
#: triangle pointing the way the value lies ('>75': more than 75), the chapter's value as a diamond.
NIR_MARKER = {"=": "o", ">": ">", "<": "<"}
NIR_WORDS = {"=": "a number", ">": "more than (a bound)", "<": "less than (a bound)"}


@styled
def nir_dots(usgs: pd.DataFrame, chapter: pd.Series):
    """The chapter's value beside each value USGS published, one row per commodity.

    ``usgs`` has one row per commodity and year with columns ``label``, ``year``, ``x`` (the
    number or the bound), ``kind`` ('=', '>' or '<'; other codes are not drawn) and
    ``published`` (the text); ``chapter`` maps each label to the chapter's percentage. Rows keep
    the order of first appearance in ``usgs``, top to bottom. In each row the chapter's value
    (a diamond) sits on top and the years below it, oldest first, each in its own colour; a grey
    line joins the chapter's value to the latest year's, whose published text is written at
    the right.
    """
    from matplotlib.lines import Line2D

    if usgs.empty:
        return _nothing_to_draw("No mineral of the chapter's table in the selection")
    labels = list(dict.fromkeys(usgs["label"]))
    years = sorted(usgs["year"].unique())
    height = min(style.FIGSIZE[1], max(4.2, 1.9 + 0.45 * len(labels)))
    fig, ax = plt.subplots(figsize=(style.FIGSIZE[0], height))
    top, step = -0.3, 0.55 / max(len(years), 1)
    offset = {year: top + step * (i + 1) for i, year in enumerate(years)}
    colour = {year: style.CYCLE[i % len(style.CYCLE)] for i, year in enumerate(years)}
    rows = {label: row for row, label in enumerate(labels)}
    y = usgs["label"].map(rows) + usgs["year"].map(offset)
    for (year, kind), block in usgs.assign(y=y).groupby(["year", "kind"]):
        if kind in NIR_MARKER:
            ax.scatter(block["x"], block["y"], marker=NIR_MARKER[kind], s=60,
                       color=colour[year], edgecolor=EDGE, zorder=4)  # fmt: skip
    latest = usgs[usgs["year"] == usgs.groupby("label")["year"].transform("max")]
    for item in latest.itertuples():
        row = rows[item.label]
        if pd.notna(item.x):
            ax.plot([chapter[item.label], item.x], [row + top, row + offset[item.year]],
                    color=style.GREY, linewidth=2, zorder=1)  # fmt: skip
        ax.text(104, row, item.published, va="center", fontsize=13)
    heights = [row + top for row in range(len(labels))]
    ax.scatter([chapter[label] for label in labels], heights, marker="D", s=90,
               facecolor="white", edgecolor="black", linewidth=2, zorder=3)  # fmt: skip
    ax.text(104, -0.75, f"USGS\n{years[-1]}", va="bottom", fontsize=13, fontweight="bold")
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.set_xlim(-2, 112)
    ax.set_xticks(range(0, 101, 25))
    ax.set_xlabel("US net import reliance, % of apparent consumption")
    ax.grid(axis="y", visible=False)
    key = [Line2D([], [], linestyle="", marker="D", markersize=9, markerfacecolor="white",
                  markeredgecolor="black", label="the chapter")]  # fmt: skip
    key += [Line2D([], [], linestyle="", marker="s", markersize=9, color=colour[y],
                   label=f"USGS {y}") for y in years]  # fmt: skip
    key += [Line2D([], [], linestyle="", marker=NIR_MARKER[k], markersize=9, color="#777777",
                   label=NIR_WORDS[k]) for k in NIR_MARKER]  # fmt: skip
    ax.legend(handles=key, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig


SHARE_LOOK = {  # measure -> (colour, hatch)
    "US imports 2021-24": (style.OKABE_ITO["blue"], ""),
    "world mine production": (style.OKABE_ITO["orange"], "//"),
    "world reserves": (style.OKABE_ITO["bluish green"], ".."),
}


@styled
def share_bars(shares: pd.DataFrame, *, group: str):
    """Grouped horizontal bars: for each mineral (row of ``shares``) the share of each measure
    (columns, fractions 0-1) held by ``group``; a missing share is written 'n/a'."""
    measures = [m for m in SHARE_LOOK if m in shares.columns]
    count = len(shares)
    if count == 0:
        return _nothing_to_draw("No selected mineral has a world production table")
    height = min(style.FIGSIZE[1], max(3.0, 1.8 + 0.62 * count))
    fig, ax = plt.subplots(figsize=(style.FIGSIZE[0], height))
    width = 0.8 / len(measures)
    for i, measure in enumerate(measures):
        colour, hatch = SHARE_LOOK[measure]
        y = np.arange(count) + (i - (len(measures) - 1) / 2) * width
        values = pd.to_numeric(shares[measure], errors="coerce")
        ax.barh(y, values.fillna(0).to_numpy(), height=width, color=colour, hatch=hatch,
                edgecolor=EDGE, linewidth=0.6, label=measure)  # fmt: skip
        for yy, value in zip(y, values, strict=True):
            text = "n/a" if pd.isna(value) else f"{value:.0%}"
            ax.text((0 if pd.isna(value) else value) + 0.01, yy, text, va="center", fontsize=13)
    ax.set_yticks(range(count), list(shares.index))
    ax.set_ylim(count - 0.5, -0.5)
    ax.set_xlim(0, 1.08)
    _percent_axis(ax.xaxis)
    ax.set_xlabel(f"share held by {group}")
    ax.grid(axis="y", visible=False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig


@styled
def water_ranking(values: pd.Series, marked: Sequence[str], *, world: float | None,
                  xlabel: str = "m3 per person a year (log scale)"):  # fmt: skip
    """One dot per row on a log scale, in the order given (top to bottom); rows named in
    ``marked`` are orange diamonds labelled with their value (as is the first row), the others
    blue circles, and a dashed line marks ``world``. Few labels keep the slide readable and the
    figure fast; the caller gives every value in the text description."""
    fig, ax = plt.subplots()
    labels = [str(i) for i in values.index]
    y = np.arange(len(values), dtype=float)
    mine = np.array([label in set(marked) for label in labels])
    for chosen, marker, size, colour in ((False, "o", 70, "blue"), (True, "D", 120, "orange")):
        where = mine == chosen
        ax.scatter(values.to_numpy()[where], y[where], marker=marker, s=size,
                   color=style.OKABE_ITO[colour], edgecolor=EDGE, zorder=3)  # fmt: skip
    for row, value in enumerate(values):
        if mine[row] or row == 0:
            ax.text(value * 1.12, y[row], f"{value:,.0f}", va="center", fontsize=13,
                    fontweight="bold" if mine[row] else "normal")  # fmt: skip
    ax.set_xscale("log")
    ax.xaxis.set_minor_locator(plt.NullLocator())  # no minor ticks: faster, and a cleaner scale
    low = min(values.min(), world or values.min()) / 2
    ax.set_xlim(low, values.max() * 3)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda value, _: f"{value:,.0f}"))
    ax.set_yticks(y, labels)
    ax.set_ylim(len(values) - 0.4, -0.6)
    if world:
        ax.axvline(world, color="black", linestyle="--", linewidth=1.6)
        ax.text(world * 1.05, -0.5, "world", va="top", fontsize=13)
    ax.tick_params(axis="y", labelsize=13)
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    return fig
