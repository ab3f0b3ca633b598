"""One look for every figure: a colour-blind-safe palette, fixed vote styles, projector-size type.

Call :func:`use` once at the top of a notebook; end each figure cell with :func:`show`, which
draws the figure and prints its caption, source and a text description under it.

The palette is Okabe and Ito's (2008) eight colours, safe for the common colour-vision
deficiencies. Votes always carry a colour *and* a symbol, so colour never carries meaning alone.
"""

from __future__ import annotations

from dataclasses import dataclass

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
}
GREY = "#BBBBBB"

#: Colours for series in a fixed order (black kept for text and reference lines).
CYCLE = [
    OKABE_ITO[c]
    for c in (
        "blue",
        "orange",
        "bluish green",
        "vermillion",
        "reddish purple",
        "sky blue",
        "yellow",
    )
]


@dataclass(frozen=True)
class VoteStyle:
    """How one kind of vote looks everywhere in the course."""

    code: str
    label: str
    color: str
    marker: str  # matplotlib marker for scatter and line plots
    symbol: str  # one character printed in heatmap cells
    text_color: str  # colour of ``symbol`` on ``color``


VOTES = {
    "Y": VoteStyle("Y", "Yes", OKABE_ITO["blue"], "o", "Y", "#FFFFFF"),
    "N": VoteStyle("N", "No", OKABE_ITO["vermillion"], "X", "N", "#FFFFFF"),
    "A": VoteStyle("A", "Abstain", OKABE_ITO["yellow"], "^", "A", "#000000"),
    "X": VoteStyle("X", "No vote recorded", GREY, "s", "·", "#000000"),
}
VOTE_ORDER = ["Y", "N", "A", "X"]

#: Type sizes that stay legible from the back of a room at the default figure size.
FONT_SIZES = {
    "font.size": 15,
    "axes.titlesize": 18,
    "axes.labelsize": 16,
    "xtick.labelsize": 14,
    "ytick.labelsize": 14,
    "legend.fontsize": 14,
    "legend.title_fontsize": 14,
    "figure.titlesize": 19,
}


def rc() -> dict:
    """The matplotlib settings of the course (also usable with ``plt.rc_context``)."""
    from cycler import cycler

    settings = {
        "figure.figsize": (11, 6),
        "figure.dpi": 100,
        "savefig.dpi": 100,
        "figure.constrained_layout.use": True,
        "axes.prop_cycle": cycler(color=CYCLE),
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
        "axes.grid": True,
        "grid.color": "#DDDDDD",
        "grid.linewidth": 0.8,
        "lines.linewidth": 2.5,
        "lines.markersize": 8,
        "svg.hashsalt": "rulac",  # stable ids in SVG output
    }
    settings.update(FONT_SIZES)
    return settings


def use() -> None:
    """Apply the course style to matplotlib (and seaborn's defaults)."""
    import matplotlib as mpl

    mpl.rcParams.update(rc())


def vote_legend_handles(kind: str = "patch", hatches: dict | None = None):
    """Legend entries for the four vote kinds.

    ``kind="patch"``: a coloured square (with the hatch of ``hatches`` if given), as in heatmaps
    and bars, labelled with the vote's symbol and name; ``kind="marker"``: the vote's marker, for
    scatter and line plots.
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    if kind == "marker":
        return [
            Line2D(
                [],
                [],
                linestyle="",
                marker=VOTES[c].marker,
                markersize=11,
                markerfacecolor=VOTES[c].color,
                markeredgecolor="#333333",
                label=VOTES[c].label,
            )
            for c in VOTE_ORDER
        ]
    hatches = hatches or {}
    return [
        Patch(
            facecolor=VOTES[c].color,
            edgecolor="#333333",
            hatch=hatches.get(c, ""),
            label=f"{VOTES[c].symbol}  {VOTES[c].label}",
        )
        for c in VOTE_ORDER
    ]


#: Hatching for vote shares in bar charts, so that no meaning rests on colour alone.
VOTE_HATCH = {"Y": "", "N": "//", "A": "..", "X": "xx"}


def markdown_table(frame, index: bool = True):
    """A DataFrame as a Markdown table: long text wraps and reads left-aligned (quotes, notes)."""
    from IPython.display import Markdown

    frame = frame.reset_index() if index else frame

    def cell(value) -> str:
        text = "" if value is None or (isinstance(value, float) and value != value) else str(value)
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [
        "| " + " | ".join(str(c) for c in frame.columns) + " |",
        "|" + "---|" * len(frame.columns),
    ]
    lines += [
        "| " + " | ".join(cell(v) for v in row) + " |" for row in frame.itertuples(index=False)
    ]
    return Markdown("\n".join(lines))


def vote_grid(ax, matrix) -> None:
    """Draw a table of vote codes (Y/N/A/X) as coloured cells, each with its symbol.

    Rows and columns keep the order of ``matrix``; tick labels are left to the caller. The
    symbols are drawn as scatter markers, one call per kind of vote, which is many times
    faster than one text object per cell.
    """
    import numpy as np
    from matplotlib.colors import ListedColormap

    values = matrix.to_numpy() if hasattr(matrix, "to_numpy") else np.asarray(matrix)
    codes = np.vectorize(VOTE_ORDER.index)(values)
    ax.imshow(
        codes,
        cmap=ListedColormap([VOTES[v].color for v in VOTE_ORDER]),
        vmin=-0.5,
        vmax=3.5,
        aspect="auto",
        interpolation="nearest",
    )
    for number, code in enumerate(VOTE_ORDER):
        rows, cols = np.nonzero(codes == number)
        vote = VOTES[code]
        glyph, size = (r"$\mathbf{%s}$" % vote.symbol, 130) if code != "X" else ("o", 12)
        ax.scatter(cols, rows, marker=glyph, s=size, color=vote.text_color, linewidths=0)
    ax.grid(False)


def caption_markdown(caption: str, source: str, alt: str, number: int | None = None) -> str:
    """The text printed under a figure: caption, data source and a text description."""
    label = f"**Figure {number}.** " if number is not None else ""
    return f"{label}{caption.strip()} *Data: {source.strip()}*\n\n*Text description:* {alt.strip()}"


def png_bytes(fig) -> bytes:
    """The figure as PNG, without the timestamped metadata that would make files differ."""
    import io

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def show(fig=None, *, caption: str, source: str, alt: str, number: int | None = None) -> None:
    """Draw the current (or given) figure, then its caption, source and text description.

    The image is displayed with its text description as ``alt`` metadata (which HTML exports
    use as the image's alt text) and without a ``<Figure size ...>`` text repr, so the stored
    outputs stay identical between machines; the caption follows as Markdown.
    """
    import base64

    import matplotlib.pyplot as plt
    from IPython.display import Markdown, display

    fig = fig if fig is not None else plt.gcf()
    payload = base64.b64encode(png_bytes(fig)).decode("ascii")
    display({"image/png": payload}, raw=True, metadata={"image/png": {"alt": alt.strip()}})
    plt.close(fig)
    display(Markdown(caption_markdown(caption, source, alt, number)))
