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


# ---------------------------------------------------------------- notebook 01

PERIOD_HATCH = ["", "//", ".."]


def _plain_log_ticks(axis) -> None:
    """Tick labels of a log axis as plain numbers (1, 10, 1,000), not 10^n: readable from the back
    of a room, and drawn without the math-text parser (which costs half a second per figure)."""
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    axis.set_major_locator(LogLocator(base=10))
    axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.10g}"))
    axis.set_minor_formatter(NullFormatter())


def _bold_label(ax, focus: str) -> None:
    """Make the tick label ``focus`` bold on the y axis (the region in focus)."""
    for label in ax.get_yticklabels():
        if label.get_text() == focus:
            label.set_fontweight("bold")


@styled
def war_rate_bars(rates: pd.DataFrame, focus: str):
    """Two panels, one row per region: war participations per 100 state-years (left) and
    battle deaths per state-year (right, log scale), one bar per period (hatched after the
    first). ``rates`` is :func:`rulac.peace.war_rates`; ``focus`` is printed in bold.
    """
    wide = rates.pivot(index="region", columns="period")
    order = rates["region"].drop_duplicates().tolist()[::-1]
    period_labels = rates["period"].drop_duplicates().tolist()
    fig, axes = plt.subplots(1, 2, sharey=True)
    panels = [
        ("per_100_state_years", "war participations per 100 state-years", "%.1f"),
        ("deaths_per_state_year", "battle deaths per state-year (log scale)", "%.0f"),
    ]
    height = 0.8 / len(period_labels)
    for ax, (column, label, fmt) in zip(axes, panels, strict=True):
        for i, period in enumerate(period_labels):
            values = wide[column][period].reindex(order).fillna(0).to_numpy()
            where = (
                np.arange(len(order))
                + (len(period_labels) - 1 - i - 0.5 * (len(period_labels) - 1)) * height
            )
            bars = ax.barh(where, values, height=height, color=style.CYCLE[i],
                           hatch=PERIOD_HATCH[i % len(PERIOD_HATCH)], edgecolor=EDGE,
                           label=period)  # fmt: skip
            ax.bar_label(bars, fmt=fmt, padding=3, fontsize=13)
        ax.set_xlabel(label)
        ax.grid(axis="y", visible=False)
        ax.margins(x=0.18)
    axes[1].set_xscale("symlog", linthresh=1)
    axes[1].xaxis.set_major_formatter(plt.FuncFormatter(lambda value, _: f"{value:,.0f}"))
    axes[0].set_yticks(range(len(order)), [textwrap.fill(r, 22) for r in order])
    _bold_label(axes[0], textwrap.fill(focus, 22))
    axes[0].legend(loc="lower right", frameon=False)
    return fig


#: Where a label may go beside its point, in points: right above, right below, left, further.
LABEL_OFFSETS = [(8, 8), (8, -8), (-8, 8), (-8, -8), (8, 24), (8, -24), (-8, 24), (-8, -24)]


def _place_labels(ax, xs, ys, labels) -> None:
    """Write each label beside its point at the first offset where it stays inside the axes and
    overlaps no label already written and no other point (greedy, in the order given; the last
    offset if none is free)."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    points = ax.transData.transform(np.column_stack([np.asarray(xs, float), np.asarray(ys, float)]))
    frame = ax.get_window_extent(renderer)
    taken = []
    for (x, y), label in zip(zip(xs, ys, strict=True), labels, strict=True):
        for dx, dy in LABEL_OFFSETS:
            leader = {"arrowstyle": "-", "color": "#777777", "linewidth": 0.8}
            line = leader if abs(dy) > 10 else None
            text = ax.annotate(label, (x, y), xytext=(dx, dy), textcoords="offset points",
                               fontsize=13, ha="left" if dx > 0 else "right",
                               va="bottom" if dy > 0 else "top", arrowprops=line)  # fmt: skip
            box = text.get_window_extent(renderer).expanded(1.02, 1.1)
            inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0
            clear = inside and not any(box.overlaps(other) for other in taken) and not any(
                box.contains(px, py) for px, py in points
            )
            if clear or (dx, dy) == LABEL_OFFSETS[-1]:
                taken.append(box)
                break
            text.remove()


@styled
def war_timeline(wars: pd.DataFrame, *, focus: str, label_min: int = 5000,
                 named_label: str = "named by the chapter"):  # fmt: skip
    """Each war as a marker: start year (x) by all participants' battle deaths (y, log scale).

    ``wars`` is :func:`rulac.peace.wars_of`. Stars mark wars the chapter names, circles wars
    fought only among ``focus``'s states, squares wars with states from elsewhere. Wars the
    chapter names and wars with at least ``label_min`` battle deaths carry their name (the table
    beside the figure lists them all).
    """
    fig, ax = plt.subplots()
    if wars.empty:
        ax.text(0.5, 0.5, "no war in the selection", transform=ax.transAxes, ha="center")
        ax.set_axis_off()
        return fig
    kinds = [
        (wars["named_by_chapter"], "*", 420, style.OKABE_ITO["vermillion"], named_label),
        (~wars["named_by_chapter"] & wars["only_region"], "o", 150, style.OKABE_ITO["blue"],
         f"only states of {focus}"),
        (~wars["named_by_chapter"] & ~wars["only_region"], "s", 150, style.OKABE_ITO["orange"],
         "with states from other regions"),
    ]  # fmt: skip
    for chosen, marker, size, colour, label in kinds:
        block = wars[chosen]
        if not block.empty:
            ax.scatter(block["start"], block["battle_deaths"], marker=marker, s=size, color=colour,
                       edgecolor=EDGE, zorder=3, label=f"{label} ({len(block)})")  # fmt: skip
    ax.set_yscale("log")
    _plain_log_ticks(ax.yaxis)
    ax.margins(x=0.12, y=0.3)
    labelled = wars[wars["named_by_chapter"] | (wars["battle_deaths"] >= label_min)]
    _place_labels(ax, labelled["start"], labelled["battle_deaths"], labelled["war"].tolist())
    ax.set_ylabel("battle deaths, all participants")
    ax.set_xlabel("year the war began")
    ax.legend(loc="upper left", frameon=False)
    return fig


def _side_labels(ax, shapes, *, gap: float = 3.2) -> None:
    """Write each shape's ``label`` beside the map, west or east of the shape, with a leader line.

    Labels on each side are spread vertically in the order of the shapes' latitudes, at least
    ``gap`` degrees apart, so that neither labels nor lines cross.
    """
    from matplotlib.collections import LineCollection

    points = shapes.geometry.representative_point()
    minx, _, maxx, _ = shapes.total_bounds
    middle = (minx + maxx) / 2
    for west in (True, False):
        chosen = points[(points.x < middle) == west]
        chosen = chosen.iloc[(-chosen.y.to_numpy()).argsort(kind="stable")]
        ys = []
        for point in chosen:
            wanted = point.y if not ys else min(point.y, ys[-1] - gap)
            ys.append(wanted)
        x = minx - 4 if west else maxx + 4
        segments = []
        for (index, point), y in zip(chosen.items(), ys, strict=True):
            ax.text(x, y, shapes.loc[index, "label"], fontsize=13, va="center",
                    ha="right" if west else "left")  # fmt: skip
            segments.append([(x + (0.4 if west else -0.4), y), (point.x, point.y)])
        ax.add_collection(LineCollection(segments, colors=EDGE, linewidths=0.8))


@styled
def transfer_map(borders, transfers, *, licence: str):
    """Today's borders (grey) with the land that changed hands drawn over them.

    ``borders`` and ``transfers`` are geopandas GeoDataFrames in degrees; ``transfers`` has the
    columns label (written on the map) and conflict (True: with military conflict; False: without;
    missing: no matching record), shown by colour and hatching. ``licence`` is printed in the
    corner (CShapes 2.0 is CC BY-NC-SA 4.0: every map drawn from it says so).
    """
    from matplotlib.patches import Patch

    looks = {
        True: (style.OKABE_ITO["vermillion"], "////", "with military conflict"),
        False: (style.OKABE_ITO["sky blue"], "", "without military conflict"),
        None: (style.OKABE_ITO["yellow"], "..", "no COW record of a transfer or war"),
    }
    fig, ax = plt.subplots()
    borders.plot(ax=ax, color="#E6E6E6", edgecolor="#8C8C8C", linewidth=0.6)
    handles = []
    for key, (colour, hatch, label) in looks.items():
        chosen = transfers["conflict"].isna() if key is None else transfers["conflict"] == key
        block = transfers[chosen.fillna(False).astype(bool) if key is not None else chosen]
        if block.empty:
            continue
        block.plot(ax=ax, color=colour, edgecolor=EDGE, linewidth=0.8, hatch=hatch)
        handles.append(Patch(facecolor=colour, edgecolor=EDGE, hatch=hatch,
                             label=f"{label} ({len(block)})"))  # fmt: skip
    _side_labels(ax, transfers)
    ax.set_axis_off()
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(1.0, 0.45), frameon=False,
              title="land that changed hands")  # fmt: skip
    ax.text(1.02, 0.4, textwrap.fill(licence, 42), transform=ax.transAxes, fontsize=13,
            va="top", ha="left", color="#333333")  # fmt: skip
    return fig


@styled
def claim_rate_bars(rates: pd.DataFrame, columns: Sequence[str], *,
                    xlabel: str = "events per 100 claim-years (log scale)"):  # fmt: skip
    """Grouped horizontal bars: one group per kind of event (``columns`` of ``rates``), one bar
    per region (the rows of ``rates``, hatched after the first), log scale, values labelled."""
    fig, ax = plt.subplots(figsize=(style.FIGSIZE[0], 5.0))
    height = 0.8 / len(rates)
    for i, (name, row) in enumerate(rates.iterrows()):
        where = np.arange(len(columns)) + (0.5 * (len(rates) - 1) - i) * height
        bars = ax.barh(where, row[list(columns)].astype(float), height=height,
                       color=style.CYCLE[i], hatch=PERIOD_HATCH[i % len(PERIOD_HATCH)],
                       edgecolor=EDGE, label=name)  # fmt: skip
        ax.bar_label(bars, fmt="%.2f", padding=3, fontsize=13)
    ax.set_yticks(range(len(columns)), [c.removesuffix(" per 100") for c in columns])
    ax.invert_yaxis()
    ax.set_xscale("log")
    _plain_log_ticks(ax.xaxis)
    ax.set_xlabel(xlabel)
    ax.margins(x=0.15)
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right", frameon=False)
    return fig


@styled
def spending_lines(shares: pd.DataFrame, labels: dict[str, str], *,
                   ylabel: str = "military expenditure, % of GDP"):  # fmt: skip
    """One line per column of ``shares`` (years down the index), each with its own colour,
    marker and line style (``style.reference_style``) and its label from ``labels``."""
    fig, ax = plt.subplots()
    for position, code in enumerate(shares.columns):
        look = style.reference_style(position)
        series = shares[code].dropna()
        ax.plot(series.index, series.to_numpy(), color=look.color, marker=look.marker,
                linestyle=look.linestyle, markersize=5, label=labels.get(code, code))  # fmt: skip
    ax.set_ylabel(ylabel)
    ax.set_xlabel("year")
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig
