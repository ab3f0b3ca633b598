"""The course's look: one colour-blind-safe palette, fixed vote styles, projector-size type.

Call :func:`use` once at the top of a notebook. Showing a figure with its caption is
:mod:`rulac.display`; drawing the course's figures is :mod:`rulac.plots`.

The palette is Okabe and Ito's (2008) eight colours, safe for the common colour-vision
deficiencies. Votes always carry a colour *and* a letter, marker or hatching, so colour never
carries meaning alone. Reference states (Russia, the United States, ...) get colours of their
own that are never the vote colours, and a marker and line style each.
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
    OKABE_ITO[name]
    for name in ("blue", "orange", "bluish green", "vermillion", "reddish purple", "sky blue")
]

#: Colours, markers and line styles for reference states, none of them a vote colour. They
#: repeat after six, with another marker and line style, so any number of states is drawn.
REFERENCE_COLOURS = [
    OKABE_ITO[name] for name in ("orange", "bluish green", "reddish purple", "sky blue")
] + ["#000000", "#7F7F7F"]
REFERENCE_MARKERS = ["o", "s", "D", "^", "v", "P", "X", "*"]
REFERENCE_LINESTYLES = ["-", "--", "-.", ":"]

#: A figure that fits a 1280x720 slide whole, under a one-line code cell and above its caption,
#: in inches at 100 dpi: jupyterlab-rise shows images at most 1138 px wide there, and about
#: 490 px of height remain (with notebooks/rise.css). tests/slow/test_slides.py measures it in
#: headless Chromium at 1280x720 and 1920x1080.
FIGSIZE = (11.2, 4.8)
DPI = 100

#: Type sizes: at 100 dpi a 13-point label is 18 px, legible from the back of a room.
FONT_SIZES = {
    "font.size": 14,
    "axes.titlesize": 17,
    "axes.labelsize": 15,
    "xtick.labelsize": 13,
    "ytick.labelsize": 13,
    "legend.fontsize": 13,
    "legend.title_fontsize": 13,
    "figure.titlesize": 18,
}
SMALLEST_FONT_PT = min(FONT_SIZES.values())


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

#: Hatching for vote shares in bar charts, so that no meaning rests on colour alone.
VOTE_HATCH = {"Y": "", "N": "//", "A": "..", "X": "xx"}


@dataclass(frozen=True)
class SeriesStyle:
    """Colour, marker and line style of one reference state (or any series)."""

    color: str
    marker: str
    linestyle: str


def reference_style(position: int) -> SeriesStyle:
    """The look of the reference state at ``position`` (0, 1, 2, ...): never a vote colour.

    >>> reference_style(0) == reference_style(0) and reference_style(0) != reference_style(6)
    True
    """
    return SeriesStyle(
        REFERENCE_COLOURS[position % len(REFERENCE_COLOURS)],
        REFERENCE_MARKERS[position % len(REFERENCE_MARKERS)],
        REFERENCE_LINESTYLES[(position // len(REFERENCE_COLOURS)) % len(REFERENCE_LINESTYLES)],
    )


def rc() -> dict:
    """The matplotlib settings of the course (also usable with ``plt.rc_context``)."""
    from cycler import cycler

    settings = {
        "figure.figsize": FIGSIZE,
        "figure.dpi": DPI,
        "savefig.dpi": DPI,
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
        # Text without hinting draws a fifth faster, and at the course's sizes (13 pt and up,
        # 18 px and more) reads as clearly as hinted text.
        "text.hinting": "no_hinting",
    }
    settings.update(FONT_SIZES)
    return settings


def use() -> None:
    """Apply the course style to matplotlib (and so to seaborn's defaults)."""
    import matplotlib as mpl

    mpl.rcParams.update(rc())
