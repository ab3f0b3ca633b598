"""Showing things in a notebook: figures with their caption and text description, tables.

A figure's words (the title that states the finding, the caption, the data source and the
text description for readers who cannot see it) are a :class:`Caption`, written from the
computed numbers in a cell of its own; the figure cell is then one short line::

    show(plots.vote_heatmap(matrix), heatmap_caption, number=1)

so that a slide shows the figure whole, and the words travel with the image: the text
description is stored as the image's ``alt`` text and printed, collapsed, under the caption.
"""

from __future__ import annotations

import base64
import contextlib
import io
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Caption:
    """The words of one figure.

    ``title`` states the finding ("Most of the region voted yes in March 2022") and is drawn
    at the top of the figure; ``caption`` says what is drawn; ``source`` names the data;
    ``alt`` describes the figure in words for readers who cannot see it.
    """

    title: str
    caption: str
    source: str
    alt: str

    def __post_init__(self):
        for name in ("title", "caption", "source", "alt"):
            if not str(getattr(self, name)).strip():
                raise ValueError(f"A figure needs a {name}: it is empty.")


def markdown_text(frame: pd.DataFrame, index: bool = True) -> str:
    """A DataFrame as the text of a Markdown table (long text wraps, ``|`` escaped).

    >>> print(markdown_text(pd.DataFrame({"a": ["x|y"]}), index=False))
    | a |
    |---|
    | x\\|y |
    """
    frame = frame.reset_index() if index else frame

    def cell(value) -> str:
        missing = value is None or (isinstance(value, float) and value != value)
        return "" if missing else str(value).replace("|", "\\|").replace("\n", " ")

    lines = [
        "| " + " | ".join(str(c) for c in frame.columns) + " |",
        "|" + "---|" * len(frame.columns),
    ]
    lines += [
        "| " + " | ".join(cell(v) for v in row) + " |" for row in frame.itertuples(index=False)
    ]
    return "\n".join(lines)


def markdown_table(frame: pd.DataFrame, index: bool = True):
    """Show a DataFrame as a Markdown table: long text (quotes, notes) wraps and reads well."""
    from IPython.display import Markdown

    return Markdown(markdown_text(frame, index=index))


def caption_markdown(text: Caption, number: int | str | None = None) -> str:
    """The text printed under a figure: its caption and source, then its text description.

    The description sits in a collapsed ``<details>`` block: one line on a slide, open on a
    click, and always in the image's alt text for screen readers.
    """
    label = f"**Figure {number}.** " if number is not None else ""
    return (
        f"{label}{text.caption.strip()} *Data: {text.source.strip()}*\n\n"
        f"<details><summary>Text description</summary>\n\n{text.alt.strip()}\n\n</details>"
    )


def wrap_title(title: str, fig) -> str:
    """The title broken into lines that fit the figure's width at the course's title size."""
    import textwrap

    from rulac import style

    width_px = fig.get_figwidth() * fig.dpi
    char_px = style.FONT_SIZES["figure.titlesize"] * fig.dpi / 72 * 0.6  # bold sans, on average
    width = max(20, int(width_px / char_px))
    return "\n".join(textwrap.fill(line, width) for line in title.split("\n"))


@contextlib.contextmanager
def _font_heights_once(renderer, dpi: float):
    """During one draw, look up each font's ascent, descent and line gap once.

    matplotlib 3.11 lays out every text several times per draw (constrained layout, tick label
    boxes, the draw itself) and each time finds the font file and reads two of its tables for
    these three numbers: about a third of a figure's text work. It asks the renderer for them
    first if the renderer has ``_get_font_height_metrics`` (a hook it keeps for its PDF and PS
    backends). This gives our Agg renderer that hook for the length of one draw, computed as
    matplotlib computes them and kept per font and size. Fonts and settings cannot change
    during a draw; the pictures are identical (``tests/test_helpers.py`` compares them).
    """
    from matplotlib.font_manager import fontManager, get_font

    if getattr(renderer, "dpi", None) != dpi or hasattr(renderer, "_get_font_height_metrics"):
        yield  # not the renderer this was written for: draw as matplotlib does
        return
    known: dict[tuple, tuple] = {}

    def heights(prop) -> tuple:
        key = (tuple(prop.get_family()), prop.get_style(), prop.get_variant(), prop.get_weight(),
               prop.get_stretch(), prop.get_size_in_points(), prop.get_file(),
               prop.get_math_fontfamily())  # fmt: skip
        if key not in known:
            font = get_font(fontManager._find_fonts_by_props(prop))
            known[key] = (None, None, None)
            for table_name, gap, ascent, descent in (
                ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
                ("hhea", "lineGap", "ascent", "descent"),
            ):
                table = font.get_sfnt_table(table_name)
                if table is not None:
                    size = prop.get_size_in_points()
                    scale = 1 / font.get_sfnt_table("head")["unitsPerEm"] * size * dpi / 72
                    known[key] = (table[ascent] * scale, -table[descent] * scale,
                                  table[gap] * scale)  # fmt: skip
                    break
        return known[key]

    renderer._get_font_height_metrics = heights
    try:
        yield
    finally:
        del renderer._get_font_height_metrics


def png_bytes(fig) -> bytes:
    """The figure as an RGB PNG, with no metadata (no timestamp: files stay identical).

    One draw (which lays the figure out) and the pixels straight to PIL: ``savefig`` would lay
    it out in a first pass, draw it again and write an RGBA file, at about 1.4 times the time.
    The course's figures have an opaque background; any other is flattened onto white.
    """
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    with _font_heights_once(canvas.get_renderer(), fig.dpi):
        canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())
    if pixels[..., 3].min() < 255:  # a see-through background: flatten it onto white
        alpha = pixels[..., 3:] / 255
        pixels = (pixels[..., :3] * alpha + 255 * (1 - alpha)).round().astype("uint8")
    buffer = io.BytesIO()
    # Light compression: the same pixels, a few percent more bytes, and faster to write.
    Image.fromarray(pixels[..., :3]).save(buffer, format="png", compress_level=1)
    return buffer.getvalue()


def show(fig, text: Caption, *, number: int | str | None = None) -> None:
    """Show ``fig`` with the title of ``text`` at its top, then its caption under it.

    The image carries the text description as ``alt`` metadata and no ``<Figure size ...>``
    text, so the stored outputs stay identical between machines.
    """
    import matplotlib.pyplot as plt
    from IPython.display import Markdown, display

    from rulac import style

    with plt.rc_context(style.rc()):
        fig.suptitle(wrap_title(text.title, fig), fontweight="bold", x=0.01, ha="left")
        payload = base64.b64encode(png_bytes(fig)).decode("ascii")
    display({"image/png": payload}, raw=True, metadata={"image/png": {"alt": text.alt.strip()}})
    plt.close(fig)
    display(Markdown(caption_markdown(text, number)))
