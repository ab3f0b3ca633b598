"""The course's figures, drawn in one place so that notebook cells stay short.

Each function takes tidy inputs, draws one figure in the course style (colour-blind-safe
palette, votes shown by colour *and* letter or hatching, projector-size type) and returns it;
the notebook adds the caption and text description with :func:`rulac.style.show`.
"""

from __future__ import annotations

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


def argument_map(claims: pd.DataFrame, thesis: str, title: str):
    """The thesis, the pillars under it, and each claim's id under its pillar, marked by kind."""
    pillars = list(claims["pillar"].cat.categories)
    fig, ax = plt.subplots(figsize=(15, 8))
    ax.set_axis_off()
    ax.set_xlim(0, len(pillars))
    ax.set_ylim(1.4, 10)
    ax.text(
        len(pillars) / 2,
        9.4,
        thesis,
        ha="center",
        va="center",
        fontsize=17,
        fontweight="bold",
        bbox=dict(boxstyle="round,pad=0.5", facecolor="#F2F2F2", edgecolor="#333333"),
    )
    for i, pillar in enumerate(pillars):
        ax.annotate(
            "",
            xy=(i + 0.5, 8.15),
            xytext=(len(pillars) / 2, 8.85),
            arrowprops=dict(arrowstyle="-", color="#777777"),
        )
        ax.text(
            i + 0.5,
            7.6,
            textwrap.fill(pillar, 13),
            ha="center",
            va="center",
            fontsize=14,
            fontweight="bold",
            bbox=dict(boxstyle="round,pad=0.4", facecolor="white", edgecolor="#333333"),
        )
        under = claims[claims["pillar"] == pillar]
        for j, row in enumerate(under.itertuples()):
            kind = str(row.kind)
            ax.text(
                i + 0.2 + 0.32 * (j % 2),
                6.6 - 0.62 * (j // 2),
                f"{KIND_MARK[kind][0]} {row.id}",
                ha="left",
                va="center",
                fontsize=13,
                color=KIND_COLOUR[kind],
                fontweight="bold",
            )
    legend = [
        plt.Line2D(
            [],
            [],
            linestyle="",
            marker=KIND_MARK[k][1],
            color=KIND_COLOUR[k],
            markersize=12,
            label=k,
        )
        for k in KIND_MARK
    ]
    ax.legend(
        handles=legend, loc="lower center", ncol=3, frameon=False, bbox_to_anchor=(0.5, -0.02)
    )
    ax.set_title(title)
    return fig


def vote_heatmap(
    matrix: pd.DataFrame,
    row_labels: Sequence[str],
    col_labels: Sequence[str],
    *,
    split_before: int | None,
    title: str,
):
    """States (rows) by resolutions (columns), each cell coloured and lettered by its vote.

    ``split_before`` draws a dashed line before that column (e.g. the first vote after an event).
    """
    rows, cols = matrix.shape
    fig, ax = plt.subplots(figsize=(max(9, 0.55 * cols + 7), max(5, 0.31 * rows + 2.8)))
    style.vote_grid(ax, matrix)
    ax.set_xticks(range(cols), col_labels, rotation=90, fontsize=12)
    ax.set_yticks(range(rows), row_labels, fontsize=12)
    if split_before is not None and 0 < split_before < cols:
        ax.axvline(split_before - 0.5, color="black", linewidth=2.5, linestyle="--")
    ax.legend(
        handles=style.vote_legend_handles(),
        loc="upper left",
        bbox_to_anchor=(1.01, 1),
        frameon=False,
    )
    ax.set_title(title)
    return fig


def vote_share_bars(shares: dict[str, pd.DataFrame], labels: Sequence[str], title: str):
    """Side-by-side panels of stacked horizontal bars: the share of each vote per resolution.

    ``shares`` maps a panel title to a table with one row per resolution (in ``labels`` order)
    and columns Y, N, A, X summing to 1.
    """
    fig, axes = plt.subplots(
        1, len(shares), figsize=(16, max(5, 0.42 * len(labels) + 2.5)), sharey=True
    )
    for ax, (group, block) in zip(np.atleast_1d(axes), shares.items()):
        left = np.zeros(len(block))
        for vote in style.VOTE_ORDER:
            ax.barh(
                range(len(block)),
                block[vote],
                left=left,
                color=style.VOTES[vote].color,
                hatch=style.VOTE_HATCH[vote],
                edgecolor="#333333",
                linewidth=0.6,
            )
            left += block[vote].to_numpy()
        ax.set_title(textwrap.fill(group, 34))
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda x, _: f"{x:.0%}"))
        ax.grid(axis="y", visible=False)
    first = np.atleast_1d(axes)[0]
    first.set_yticks(range(len(labels)), labels)
    first.invert_yaxis()
    np.atleast_1d(axes)[-1].legend(
        handles=style.vote_legend_handles(hatches=style.VOTE_HATCH),
        loc="upper left",
        bbox_to_anchor=(1.01, 1),
        frameon=False,
    )
    fig.suptitle(title, fontweight="bold", x=0.02, ha="left")
    return fig


GROUP_MARKER = {"civil": "o", "common": "s", "mixed": "D", "other": "^"}
GROUP_COLOUR = {
    "civil": style.OKABE_ITO["blue"],
    "common": style.OKABE_ITO["orange"],
    "mixed": style.OKABE_ITO["bluish green"],
    "other": style.OKABE_ITO["reddish purple"],
}


def group_dots(values: pd.Series, groups: pd.Series, *, xlabel: str, title: str):
    """One row of markers per group (shape and colour by group), with each group's mean marked."""
    present = [g for g in GROUP_MARKER if (groups == g).any()]
    fig, ax = plt.subplots(figsize=(14, 3 + 1.6 * len(present)))
    for level, group in enumerate(present):
        scores = values[groups == group].dropna().sort_values()
        stack = (
            scores.round(1).groupby(scores.round(1)).cumcount()
        )  # lift markers that would overlap
        ax.scatter(
            scores,
            level + 0.12 * stack,
            marker=GROUP_MARKER[group],
            s=110,
            color=GROUP_COLOUR[group],
            edgecolor="#333333",
            label=f"{group} law (n = {len(scores)})",
            zorder=3,
        )
        ax.vlines(scores.mean(), level - 0.3, level + 0.7, color="black", linewidth=2.5)
        ax.text(
            scores.mean(),
            level - 0.38,
            f"mean {scores.mean():+.2f}",
            ha="center",
            va="top",
            fontsize=13,
        )
    ax.set_yticks(range(len(present)), [f"{g} law" for g in present])
    ax.set_ylim(-0.8, len(present) - 0.1)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel(xlabel)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set_title(title)
    return fig


def agreement_panels(
    summary: pd.DataFrame, panels: dict[str, str], *, lines: dict[float, str], title: str
):
    """One panel per reference state: the yearly mean agreement (line) and its middle half (band).

    ``summary`` is indexed by (reference, year) with columns mean, 25%, 75%; ``panels`` maps a
    reference code to its panel title; ``lines`` maps an x position to a label for a vertical line.
    Each year is drawn at its middle (year + 0.5), so a line at a date falls between the right years.
    """
    count = len(panels)
    ncols = 2 if count > 1 else 1
    nrows = -(-count // ncols)
    fig, axes = plt.subplots(
        nrows, ncols, figsize=(16, 5 * nrows), sharex=True, sharey=True, squeeze=False
    )
    styles = [":", "--", "-."]
    for ax, (reference, panel_title), colour in zip(axes.flat, panels.items(), style.CYCLE):
        block = summary.loc[reference]
        x = block.index.to_numpy() + 0.5
        ax.fill_between(x, block["25%"], block["75%"], color=colour, alpha=0.25, linewidth=0)
        ax.plot(x, block["mean"], color=colour, marker="o", markersize=5)
        for (position, _), linestyle in zip(lines.items(), styles):
            ax.axvline(position, color="black", linestyle=linestyle, linewidth=1.8)
        ax.set_title(panel_title)
        ax.set_ylim(0, 1)
        ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda y, _: f"{y:.0%}"))
    for ax in axes.flat[count:]:
        ax.set_visible(False)
    for (position, label), linestyle in zip(lines.items(), styles):
        axes.flat[0].text(
            position - 0.25, 0.04, label, fontsize=12, rotation=90, va="bottom", ha="right"
        )
    for ax in axes[-1]:
        ax.set_xlabel("year")
    fig.suptitle(title, fontweight="bold", x=0.02, ha="left")
    return fig
