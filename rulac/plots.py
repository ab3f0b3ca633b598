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


def _hbars(ax, left, width, *, height: float = 0.8, **looks) -> None:
    """Horizontal bars at y = 0, 1, 2, ... as one collection: drawn as ``ax.barh`` draws them,
    without one patch object per bar (a vote-share chart has nearly two hundred)."""
    from matplotlib.collections import PolyCollection

    y = np.arange(len(left), dtype=float)
    right = np.asarray(left) + np.asarray(width)
    low, high = y - height / 2, y + height / 2
    corners = [np.c_[left, low], np.c_[left, high], np.c_[right, high], np.c_[right, low]]
    ax.add_collection(PolyCollection(np.stack(corners, axis=1), **looks))


@functools.cache
def _glyph(symbol: str):
    """A letter in bold as a marker path, centred on its middle.

    The same shape as the mathtext marker ``$\\mathbf{Y}$``, without building matplotlib's
    mathtext parser (a quarter of a second, once per kernel).
    """
    from matplotlib.font_manager import FontProperties
    from matplotlib.path import Path
    from matplotlib.textpath import TextPath

    outline = TextPath((0, 0), symbol, size=1, prop=FontProperties(weight="bold"))
    (x0, y0), (x1, y1) = outline.get_extents().get_points()
    return Path(outline.vertices - [(x0 + x1) / 2, (y0 + y1) / 2], outline.codes)


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
        glyph, size = (_glyph(vote.symbol), 110) if code != "X" else ("o", 10)
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
    width, height = style.FIGSIZE
    fig, ax = plt.subplots(
        figsize=(min(width, 4.2 + 0.22 * states), min(height, 1.4 + 0.2 * count))
    )
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
    # Not sharey: the other panels would carry a hidden tick for every resolution (a tick costs
    # about a millisecond to make and lay out); they take the first panel's limits instead.
    fig, axes = plt.subplots(1, len(shares), squeeze=False)
    for ax, (group, block) in zip(axes.flat, shares.items(), strict=True):
        left = np.zeros(len(block))
        for vote in style.VOTE_ORDER:
            _hbars(ax, left, block[vote].to_numpy(), facecolor=style.VOTES[vote].color,
                   hatch=style.VOTE_HATCH[vote], edgecolor=EDGE, linewidth=0.6)  # fmt: skip
            left += block[vote].to_numpy()
        ax.autoscale_view()
        ax.set_title(textwrap.fill(group, 34))
        ax.set_xlim(0, 1)
        _percent_axis(ax.xaxis)
        ax.grid(axis="y", visible=False)
    first = axes.flat[0]
    first.set_yticks(range(len(labels)), labels)
    first.invert_yaxis()
    for ax in axes.flat[1:]:
        ax.set_ylim(first.get_ylim())
        ax.set_yticks([])
    axes.flat[-1].legend(handles=vote_legend_handles(hatches=style.VOTE_HATCH), loc="upper left",
                         bbox_to_anchor=(1.01, 1), frameon=False)  # fmt: skip
    return fig


@styled
def group_dots(values: pd.Series, groups: pd.Series, *, xlabel: str):
    """One row of markers per group (shape and colour by group), with each group's mean marked."""
    present = [g for g in GROUP_MARKER if (groups == g).any()]
    fig, ax = plt.subplots(
        figsize=(style.FIGSIZE[0], min(style.FIGSIZE[1], 2.2 + 1.1 * len(present)))
    )
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
    for position, (ax, (reference, panel_title)) in enumerate(
        zip(axes.flat, panels.items(), strict=False)
    ):
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
    fig, ax = plt.subplots(
        figsize=(style.FIGSIZE[0], min(style.FIGSIZE[1], 1.6 + 0.45 * len(values)))
    )
    ax.barh([str(i) for i in values.index], values.to_numpy(), color=style.CYCLE[0], edgecolor=EDGE)
    ax.bar_label(ax.containers[0], fmt="%g", padding=4)
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    return fig


@styled
def line_panels(panels: dict[str, pd.DataFrame], *, ylabel: str, percent: bool = True,
                lines: dict[float, str] | None = None):  # fmt: skip
    """Side-by-side panels of lines: in each, one line per column of its table (index = x).

    Each series has its own colour, marker and line style (the same series keeps its look in
    every panel), and a legend names it, so colour never carries meaning alone. ``lines`` maps
    an x value to a label: a black vertical line there, named in the legend.
    """
    fig, axes = plt.subplots(1, len(panels), sharey=True, squeeze=False)
    names = list(dict.fromkeys(c for table in panels.values() for c in table.columns))
    looks = {name: style.reference_style(i) for i, name in enumerate(names)}
    dashes = [":", "--", "-."]
    for ax, (panel_title, table) in zip(axes.flat, panels.items(), strict=True):
        for name in table.columns:
            look = looks[name]
            ax.plot(table.index, table[name], color=look.color, marker=look.marker,
                    linestyle=look.linestyle, markersize=6, label=name)  # fmt: skip
        for (where, label), dash in zip((lines or {}).items(), dashes, strict=False):
            # The legend names each line (its dash tells them apart), once for all panels.
            ax.axvline(where, color="black", linestyle=dash, linewidth=1.4, label=label)
        ax.set_title(panel_title)
        ax.set_xlabel("year")
        if percent:
            _percent_axis(ax.yaxis)
    axes.flat[0].set_ylabel(ylabel)
    handles, labels = axes.flat[0].get_legend_handles_labels()
    seen = dict(zip(labels, handles, strict=True))
    for ax in axes.flat[1:]:
        for handle, label in zip(*ax.get_legend_handles_labels(), strict=True):
            seen.setdefault(label, handle)
    if len(seen) > 1:
        fig.legend(seen.values(), seen.keys(), loc="outside lower center", frameon=False,
                   ncol=min(len(seen), 4))  # fmt: skip
    return fig


@styled
def net_dumbbell(first: pd.Series, second: pd.Series, *, labels: tuple[str, str], ylabel: str):
    """For each state (columns, ISO3), a value in two years joined by a line: circle, then square.

    ``first`` and ``second`` are indexed by ISO3; states are ordered by ``second``. A line at
    zero separates states on either side.
    """
    order = second.reindex(first.index.union(second.index)).sort_values(ascending=False).index
    x = np.arange(len(order))
    fig, ax = plt.subplots()
    if not len(order):
        ax.text(0.5, 0.5, "No focus state cast a vote in these years", ha="center",
                transform=ax.transAxes)  # fmt: skip
        return fig
    a, b = first.reindex(order).to_numpy(float), second.reindex(order).to_numpy(float)
    ax.vlines(x, np.fmin(a, b), np.fmax(a, b), color="#777777", linewidth=1.5)
    colours = style.reference_style(0).color, style.reference_style(1).color
    ax.scatter(x, a, marker="o", s=70, color=colours[0], edgecolor=EDGE, label=labels[0], zorder=3)
    ax.scatter(x, b, marker="s", s=70, color=colours[1], edgecolor=EDGE, label=labels[1], zorder=3)
    ax.axhline(0, color="black", linewidth=1.2)
    ax.set_xticks(x, order, rotation=90, fontsize=13)
    ax.set_xlim(-0.7, len(order) - 0.3)
    _percent_axis(ax.yaxis)
    ax.set_ylabel(ylabel)
    ax.legend(loc="upper right", frameon=False)
    return fig


@styled
def ideal_point_lines(references: pd.DataFrame, focus: pd.DataFrame, names: dict[str, str], *,
                      focus_label: str = "Focus states",
                      order: Sequence[str] | None = None):  # fmt: skip
    """Ideal points over time: each reference state a line with its 5-95% band, and the focus
    states' median with the band of their middle half (grey). ``order`` gives the reference
    states' order, so that each keeps the look it has in the other figures."""
    fig, ax = plt.subplots()
    ax.fill_between(
        focus.index, focus["25%"], focus["75%"], color="#BBBBBB", alpha=0.6, linewidth=0
    )
    ax.plot(focus.index, focus["50%"], color="black", linewidth=2.5, label=f"{focus_label}: median")
    order = list(order) if order is not None else list(dict.fromkeys(references["iso3"]))
    for code, block in references.groupby("iso3"):
        look = style.reference_style(order.index(code))
        ax.fill_between(block["year"], block["low"], block["high"], color=look.color, alpha=0.2,
                        linewidth=0)  # fmt: skip
        ax.plot(block["year"], block["ideal_point"], color=look.color, marker=look.marker,
                markevery=5, linestyle=look.linestyle, label=names.get(code, code))  # fmt: skip
    ax.axhline(0, color="#777777", linewidth=0.8)
    ax.set_xlabel("year")
    ax.set_ylabel("ideal point (higher:\ncloser to the US)")
    fig.legend(
        loc="outside lower center", frameon=False, ncol=min(len(references["iso3"].unique()) + 1, 5)
    )
    return fig


# ---------------------------------------------------------------- notebooks 04 and 04b

STATUS_LOOK = {  # display group -> (colour, marker); markers differ so colour is never alone
    "member": (style.OKABE_ITO["blue"], "s"),
    "invited": (style.OKABE_ITO["sky blue"], "D"),
    "partner": (style.OKABE_ITO["bluish green"], "o"),
    "applicant or candidate": (style.OKABE_ITO["orange"], "^"),
    "declined, blocked or not applying": (style.OKABE_ITO["vermillion"], "X"),
    "New Development Bank only": (style.OKABE_ITO["reddish purple"], "P"),
}
HATCHES = ["", "//", "..", "xx", "\\\\", "oo", "--", "++"]


@styled
def membership_timeline(events: pd.DataFrame, labels: dict[str, str], *, end, lines: dict,
                        split="2021-07-01"):  # fmt: skip
    """One row per state (in ``labels`` order, top down): a marker at each status event, shaped
    and coloured by its display group, and a bar from it to the next event (or ``end``).

    ``events`` has columns iso3, date, group (a key of :data:`STATUS_LOOK`); ``labels`` maps
    ISO3 to the row label; ``lines`` maps a date to a label for a vertical dashed line. The time
    axis is split at ``split``: 2006 to it in a narrow panel, the busy years after it wide.
    """
    rows = list(labels)
    height = min(style.FIGSIZE[1], 1.9 + 0.22 * len(rows))
    fig, axes = plt.subplots(1, 2, sharey=True, figsize=(style.FIGSIZE[0], height),
                             gridspec_kw={"width_ratios": [1, 2.6], "wspace": 0.02})  # fmt: skip
    end, split = pd.Timestamp(end), pd.Timestamp(split)
    drawn = events[events["iso3"].isin(rows)].sort_values(["iso3", "date"])
    drawn = drawn.assign(
        y=drawn["iso3"].map({iso3: y for y, iso3 in enumerate(rows)}),
        stop=drawn.groupby("iso3")["date"].shift(-1).fillna(end),
    )
    for group, block in drawn.groupby("group", sort=False):  # one call per kind, not per event
        colour, marker = STATUS_LOOK[group]
        for ax in axes:
            ax.hlines(block["y"], block["date"], block["stop"], color=colour, linewidth=5,
                      alpha=0.45)  # fmt: skip
            ax.scatter(block["date"], block["y"], marker=marker, s=100, color=colour,
                       edgecolor=EDGE, zorder=3)  # fmt: skip
    dashes = ["--", ":"]
    for (date, _), dash in zip(lines.items(), dashes, strict=False):
        axes[1].axvline(pd.Timestamp(date), color="black", linestyle=dash, linewidth=1.6)
    import matplotlib.dates as mdates

    axes[0].set_xlim(pd.Timestamp("2006-01-01"), split)
    axes[1].set_xlim(split, end + pd.Timedelta(days=45))
    for ax, step in zip(axes, (5, 1), strict=True):
        ax.xaxis.set_major_locator(mdates.YearLocator(step))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    axes[0].set_yticks(range(len(rows)), [labels[r] for r in rows], fontsize=13)
    axes[0].set_ylim(len(rows) - 0.5, -0.5)
    axes[1].spines["left"].set_linestyle((0, (4, 4)))
    axes[1].tick_params(axis="y", length=0)
    for ax in axes:
        ax.grid(axis="y", visible=False)
    handles = [
        plt.Line2D([], [], linestyle="", marker=m, color=c, markeredgecolor=EDGE, markersize=10,
                   label=g)
        for g, (c, m) in STATUS_LOOK.items()
    ]  # fmt: skip
    handles += [
        plt.Line2D([], [], color="black", linestyle=dash, linewidth=1.6, label=label)
        for (_, label), dash in zip(lines.items(), dashes, strict=False)
    ]
    fig.legend(handles=handles, loc="outside lower center", ncol=4, frameon=False)
    return fig


@styled
def exports_by_partner(latest: pd.Series, trend: pd.Series, *, year: int):
    """Left: Russia's exports to each partner in ``year`` (bars, largest on top, labelled);
    right: the total to all the partners by year (line), ``year`` marked. US$ million. Bars
    keep the order of ``latest`` from the top (e.g. largest first, "others" last)."""
    fig, (left, right) = plt.subplots(1, 2, gridspec_kw={"width_ratios": [1.1, 1]})
    latest = latest.iloc[::-1]
    left.barh([str(i) for i in latest.index], latest.to_numpy(), color=style.CYCLE[0],
              edgecolor=EDGE)  # fmt: skip
    left.bar_label(left.containers[0], fmt="%.0f", padding=3, fontsize=13)
    left.set_xlabel(f"US$ million, {year}")
    left.grid(axis="y", visible=False)
    left.set_xlim(0, latest.max() * 1.25 if len(latest) else 1)
    right.plot(trend.index, trend.to_numpy(), color=style.CYCLE[1], marker="o", markersize=6)
    if year in trend.index:
        right.plot([year], [trend[year]], linestyle="", marker="D", markersize=12,
                   color=style.CYCLE[3], markeredgecolor=EDGE, label=str(year))  # fmt: skip
        right.legend(loc="upper left", frameon=False)
    right.set_xlabel("year")
    right.set_ylabel("US$ million, all selected partners")
    right.set_ylim(0, None)
    return fig


@styled
def origin_lines(shares: pd.DataFrame, labels: dict[str, str]):
    """Share of the selected states' imports from each origin (columns of ``shares``), by year;
    one colour, marker and line style per origin, each line labelled at its end."""
    fig, ax = plt.subplots()
    for position, origin in enumerate(shares.columns):
        look = style.reference_style(position)
        line = shares[origin].dropna()
        ax.plot(line.index, line.to_numpy(), color=look.color, marker=look.marker,
                linestyle=look.linestyle, markersize=6,
                label=labels.get(origin, origin))  # fmt: skip
        if len(line):
            ax.annotate(labels.get(origin, origin), (line.index[-1], line.iloc[-1]),
                        xytext=(6, 0), textcoords="offset points", va="center",
                        fontsize=13)  # fmt: skip
    ax.set_xlabel("year")
    ax.set_ylabel("share of the states' imports")
    ax.set_ylim(0, None)
    _percent_axis(ax.yaxis)
    ax.set_xlim(None, shares.index.max() + 2.5)
    return fig


@styled
def product_bars(mix: pd.DataFrame):
    """Stacked horizontal bars, one per row of ``mix`` (years), each section a colour and a
    hatch; columns are sections (shares 0-1), drawn left to right in column order."""
    fig, ax = plt.subplots()
    left = np.zeros(len(mix))
    rows = [str(i) for i in mix.index]
    colours = [*style.CYCLE, style.GREY]
    for position, section in enumerate(mix.columns):
        values = mix[section].to_numpy()
        ax.barh(rows, values, left=left, color=colours[position % len(colours)],
                hatch=HATCHES[position % len(HATCHES)], edgecolor=EDGE, linewidth=0.6,
                label=section)  # fmt: skip
        for y, (start, width) in enumerate(zip(left, values, strict=True)):
            if width >= 0.08:
                ax.text(start + width / 2, y, f"{width:.0%}", ha="center", va="center",
                        fontsize=13, bbox={"facecolor": "white", "edgecolor": "none",
                                           "alpha": 0.8, "pad": 1})  # fmt: skip
        left += values
    ax.set_xlim(0, 1)
    _percent_axis(ax.xaxis)
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig


@styled
def arms_panels(table: pd.DataFrame):
    """Left: Soviet (plain) and Russian (hatched) deliveries by period, stacked bars, million
    TIV; right: their share of the states' imports from all suppliers, bars labelled."""
    fig, (left, right) = plt.subplots(1, 2)
    periods = [str(p) for p in table.index]
    left.bar(periods, table["soviet_union_tiv"], color=style.CYCLE[0], edgecolor=EDGE,
             label="Soviet Union")  # fmt: skip
    left.bar(periods, table["russia_tiv"], bottom=table["soviet_union_tiv"], color=style.CYCLE[1],
             edgecolor=EDGE, hatch="//", label="Russia")  # fmt: skip
    left.set_ylabel("million TIV (volume, not price)")
    left.legend(loc="upper right", frameon=False)
    right.bar(periods, table["moscow_share"].fillna(0), color=style.CYCLE[2], edgecolor=EDGE)
    right.bar_label(right.containers[0], labels=[f"{v:.0%}" if v == v else "n/a"
                                                 for v in table["moscow_share"]], padding=3,
                    fontsize=13)  # fmt: skip
    right.set_ylabel("share of all arms imports")
    right.set_ylim(0, max(0.1, float(table["moscow_share"].max(skipna=True) or 0) * 1.2))
    _percent_axis(right.yaxis)
    for ax in (left, right):
        ax.tick_params(axis="x", rotation=45)
        ax.grid(axis="x", visible=False)
    return fig


# ---------------------------------------------------------------- notebook 05

#: How each verdict of the claims register looks: colour and hatching (never colour alone).
VERDICT_LOOK = {
    "supported": (style.OKABE_ITO["bluish green"], ""),
    "partly supported": (style.OKABE_ITO["sky blue"], "//"),
    "contradicted": (style.OKABE_ITO["vermillion"], "xx"),
    "not testable with these data": (style.GREY, ".."),
    "discussion": (style.OKABE_ITO["orange"], "\\\\"),
    "untested": ("#FFFFFF", "--"),
}
#: How each bearing of an ``events`` row on its claim looks.
BEARING_LOOK = {
    "supports": (style.OKABE_ITO["bluish green"], ""),
    "nuance": (style.OKABE_ITO["sky blue"], "//"),
    "open question": (style.OKABE_ITO["yellow"], ".."),
    "contradicts": (style.OKABE_ITO["vermillion"], "xx"),
    "context": (style.GREY, "\\\\"),
}


def _stacked_counts(counts: pd.DataFrame, looks: dict, *, xlabel: str):
    """Horizontal bars of counts, one per row of ``counts``, stacked by its columns.

    Each column has the colour and hatching of ``looks`` (in that order); each segment is
    labelled with its count, and the legend names every kind, so colour carries no meaning alone.
    """
    from matplotlib.patches import Patch

    kinds = [k for k in looks if k in counts.columns]
    fig, ax = plt.subplots()
    left = np.zeros(len(counts))
    rows = np.arange(len(counts))
    for kind in kinds:
        colour, hatch = looks[kind]
        values = counts[kind].to_numpy()
        bars = ax.barh(rows, values, left=left, color=colour, hatch=hatch, edgecolor=EDGE,
                       linewidth=0.8)  # fmt: skip
        labels = [f"{v:g}" if v else "" for v in values]
        ax.bar_label(
            bars,
            labels=labels,
            label_type="center",
            fontweight="bold",
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "linewidth": 0},
        )
        left += values
    ax.set_yticks(rows, [textwrap.fill(str(i), 26) for i in counts.index])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_xlim(0, max(1, left.max()) * 1.02)
    ax.grid(axis="y", visible=False)
    handles = [Patch(facecolor=looks[k][0], hatch=looks[k][1], edgecolor=EDGE, label=k)
               for k in kinds]  # fmt: skip
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig


@styled
def verdict_bars(counts: pd.DataFrame):
    """Claims of the register by pillar (rows) and verdict (columns), stacked and labelled."""
    return _stacked_counts(counts, VERDICT_LOOK, xlabel="claims of the register")


@styled
def record_bars(counts: pd.DataFrame):
    """Rows of the ``events`` record by claim (rows) and bearing on it (columns), stacked."""
    return _stacked_counts(counts, BEARING_LOOK, xlabel="documented events and statements")


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
    # Each edition also has its own height in a row (the oldest highest): the legend says so,
    # so that the year is told by position as well as by colour.
    place = {years[0]: " (top)", years[-1]: " (bottom)"} if len(years) > 1 else {}
    key += [Line2D([], [], linestyle="", marker="s", markersize=9, color=colour[y],
                   label=f"USGS {y}{place.get(y, '')}") for y in years]  # fmt: skip
    key += [Line2D([], [], linestyle="", marker=NIR_MARKER[k], markersize=9, color="#777777",
                   label=NIR_WORDS[k]) for k in NIR_MARKER]  # fmt: skip
    ax.legend(handles=key, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig


SHARE_SHORT = {  # measure -> the word for it where a share is missing
    "US imports 2021-24": "US imports",
    "world mine production": "production",
    "world reserves": "reserves",
}
SHARE_LOOK = {  # measure -> (colour, hatch)
    "US imports 2021-24": (style.OKABE_ITO["blue"], ""),
    "world mine production": (style.OKABE_ITO["orange"], "//"),
    "world reserves": (style.OKABE_ITO["bluish green"], ".."),
}


@styled
def share_bars(shares: pd.DataFrame, *, group: str):
    """Grouped horizontal bars: for each mineral (row of ``shares``) the share of each measure
    (columns, fractions 0-1) held by ``group``; a row with a missing share says which, as
    "no data: ..." (the values are in the table the notebook prints after the figure)."""
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
    # Only the missing shares are written, once a row beside its longest bar (three bars a row
    # leave no room for every value at projector size); the table after the figure gives each.
    numbers = shares[measures].apply(pd.to_numeric, errors="coerce")
    for row, (_, line) in enumerate(numbers.iterrows()):
        missing = [SHARE_SHORT.get(m, m) for m in measures if pd.isna(line[m])]
        if missing:
            ax.text(np.nan_to_num(line.max()) + 0.01, row, f"no data: {', '.join(missing)}",
                    va="center", fontsize=13)  # fmt: skip
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


# ---------------------------------------------------------------- notebooks 01, 01b and 01c

PERIOD_HATCH = ["", "//", ".."]


def _plain_log_ticks(axis, *, minor: bool = True) -> None:
    """Tick labels of a log axis as plain numbers (1, 10, 1,000), not 10^n: readable from the back
    of a room, and drawn without the math-text parser (which costs half a second per figure).

    ``minor=False`` drops the unlabelled minor ticks, for a chart that writes every value beside
    its marker: on five decades they are some thirty tick objects, a fifth of the figure's time.
    """
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter, NullLocator

    axis.set_major_locator(LogLocator(base=10))
    axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.10g}"))
    axis.set_minor_formatter(NullFormatter())
    if not minor:
        axis.set_minor_locator(NullLocator())


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
            clear = (
                inside
                and not any(box.overlaps(other) for other in taken)
                and not any(box.contains(px, py) for px, py in points)
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
    chapter names, wars in which the region lost at least ``label_min`` and wars 100 times that
    size carry their name (the table beside the figure lists them all).
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
    # Named: the chapter's wars, wars in which the region's states lost at least ``label_min``,
    # and the very largest (a world war), so that no label sits beside another war's marker.
    large = wars["battle_deaths"] >= 100 * label_min
    labelled = wars[wars["named_by_chapter"] | (wars["region_deaths"] >= label_min) | large]
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
        None: (style.OKABE_ITO["yellow"], "..", "no COW record of it"),
    }
    fig, ax = plt.subplots()
    # geopandas draws the whole figure after each layer (canvas.draw_idle); show() draws it once.
    fig.canvas.draw_idle = lambda *args, **kwargs: None
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
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(1.25, 0.45), frameon=False,
              title="land that changed hands")  # fmt: skip
    ax.text(1.27, 0.4, textwrap.fill(licence, 34), transform=ax.transAxes, fontsize=13,
            va="top", ha="left", color="#333333")  # fmt: skip
    del fig.canvas.draw_idle  # the canvas's own method again
    return fig


@styled
def claim_rate_dots(rates: pd.DataFrame, columns: Sequence[str], *,
                    xlabel: str = "events per 100 claim-years (log scale)"):  # fmt: skip
    """A dot plot on a log scale: one row per kind of event (``columns`` of ``rates``), one marker
    per region (the rows of ``rates``: each its own colour and shape), values written beside.

    Dots, not bars: on a log scale a bar's length depends on where the axis happens to start.
    """
    fig, ax = plt.subplots(figsize=(style.FIGSIZE[0], 5.0))
    shapes = ["o", "s", "D", "^"]
    y = np.arange(len(columns))
    values = rates[list(columns)].astype(float)
    low, high = values.min(axis=0).to_numpy(), values.max(axis=0).to_numpy()
    ax.hlines(y, low, high, color="#BBBBBB", linewidth=2, zorder=1)
    for i, (name, row) in enumerate(values.iterrows()):
        ax.plot(row.to_numpy(), y, linestyle="", marker=shapes[i % len(shapes)], markersize=12,
                color=style.CYCLE[i], markeredgecolor=EDGE, label=name, zorder=2)  # fmt: skip
        for where, value, lowest in zip(y, row.to_numpy(), row.to_numpy() == low, strict=True):
            # The lower value is written to the left of its marker, the others to the right
            # (a little lower for each further region), so that close values never overlap.
            left = bool(lowest) and i == int(np.argmax(values.iloc[:, where].to_numpy() == value))
            ax.annotate(f"{value:.2f}", (value, where), xytext=(-12 if left else 12, 0),
                        textcoords="offset points", va="center", ha="right" if left else "left",
                        fontsize=13)  # fmt: skip
    ax.set_yticks(y, [c.removesuffix(" per 100") for c in columns])
    ax.set_ylim(len(columns) - 0.5, -0.5)
    ax.set_xscale("log")
    _plain_log_ticks(ax.xaxis, minor=False)  # every value is written beside its marker
    ax.set_xlabel(xlabel)
    ax.margins(x=0.2)
    ax.grid(axis="y", visible=False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
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
