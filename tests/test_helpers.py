"""Style, exercise feedback and course navigation behave as the notebooks rely on."""

from __future__ import annotations

import matplotlib
import pytest

from rulac import course, style
from rulac.display import Caption, caption_markdown
from rulac.exercises import exercise, feedback


def test_votes_differ_in_colour_marker_and_symbol():
    votes = [style.VOTES[c] for c in style.VOTE_ORDER]
    for attribute in ("color", "marker", "symbol", "label"):
        values = [getattr(v, attribute) for v in votes]
        assert len(set(values)) == 4, f"two votes share a {attribute}"
    assert set(style.VOTE_ORDER) == {"Y", "N", "A", "X"}


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_symbols_are_readable_on_their_colour():
    for vote in style.VOTES.values():
        a, b = sorted([_luminance(vote.color), _luminance(vote.text_color)])
        assert (b + 0.05) / (a + 0.05) >= 3.0, f"{vote.label}: symbol contrast below 3:1"


def test_palette_is_okabe_ito_and_type_is_projector_size():
    assert set(style.CYCLE) <= set(style.OKABE_ITO.values())
    with matplotlib.rc_context(style.rc()):
        smallest = min(matplotlib.rcParams[k] for k in style.FONT_SIZES)
        # 13 pt at 100 dpi is 18 px: the smallest label a back row reads on a 1280x720 slide
        assert smallest * matplotlib.rcParams["figure.dpi"] / 72 >= 18
        width, height = matplotlib.rcParams["figure.figsize"]
        assert 1.6 < width / height < 2.4, "figures are drawn for a 16:9 slide"


def test_reference_states_never_take_a_vote_colour_and_all_differ():
    vote_colours = {v.color for v in style.VOTES.values()}
    looks = [style.reference_style(i) for i in range(12)]
    assert not {look.color for look in looks} & vote_colours
    assert len(set(looks)) == 12, "twelve reference states, twelve distinct looks"


def test_caption_has_source_and_text_description():
    words = Caption(
        title="T", caption="Most voted yes.", source="UN voting records", alt="Bars of ..."
    )
    text = caption_markdown(words, number=2)
    assert text.startswith("**Figure 2.** Most voted yes.")
    assert "*Data: UN voting records*" in text
    assert "<summary>Text description</summary>" in text and "Bars of ..." in text


def test_a_figure_without_words_is_refused():
    with pytest.raises(ValueError, match="A figure needs a alt"):
        Caption(title="T", caption="c", source="s", alt=" ")


@pytest.fixture
def counting_exercise():
    return exercise(
        "99.1",
        lambda: 7,
        kind="number",
        hints=[
            (lambda given, expected: given == expected + 3, "Not yet: you counted abstentions too.")
        ],
    )


def test_feedback_right_wrong_and_placeholder(counting_exercise):
    assert feedback("99.1", 7) == "Correct."
    assert feedback("99.1", 10) == "Not yet: you counted abstentions too."
    assert feedback("99.1", ...).startswith("Not yet: replace ...")
    for wrong in (1, 8, 10, 100):
        assert "7" not in feedback("99.1", wrong), "feedback reveals the answer"


def test_set_feedback_neither_names_nor_counts():
    exercise("99.2", lambda: ["BOL", "CUB", "NIC"], kind="set")
    assert feedback("99.2", ["cub", "nic", "bol"]) == "Correct."
    swapped = feedback("99.2", ["CUB", "NIC", "VEN"])
    short = feedback("99.2", ["CUB", "NIC"])
    long = feedback("99.2", ["CUB", "NIC", "BOL", "VEN"])
    assert "some are missing" in short and "do not belong" in long
    for message in (swapped, short, long):
        assert "BOL" not in message and not any(ch.isdigit() for ch in message), message


def test_unknown_exercise():
    with pytest.raises(KeyError, match=r"No exercise '98\.9'"):
        feedback("98.9", 1)


def test_navigation_links_the_next_published_notebook():
    text = course.navigation_markdown("00_reading_the_chapter")
    assert "Previous" not in text and "Next: " in text
    following = next(i for i in course.IDS[1:] if course.published(i))
    assert f"({following}.ipynb)" in text, "the next link skips notebooks in preparation"
    assert "in preparation" not in text
    with pytest.raises(KeyError):
        course.navigation_markdown("07_nowhere")


def test_data_table_names_each_publisher_once_and_every_version():
    from rulac import data_table

    row = data_table(["usgs_import_reliance"]).loc["usgs_import_reliance"]
    assert row["source"] == "U.S. Geological Survey, National Minerals Information Center"
    assert [v.split(",")[0] for v in row["version"].split("; ")] == [
        "MCS 2023",
        "MCS 2024",
        "MCS 2025",
        "MCS 2026",
    ]


def test_navigation_names_a_lettered_notebook_by_its_number_and_letter():
    """01b follows 01: its link reads "01b. ...", not "01. ..." (the number of the one before)."""
    text = course.navigation_markdown("01_peace_and_borders")
    assert f"Next: [01b. {course.TITLES['01b_borders_and_law']}](01b_borders_and_law.ipynb)" in text
    assert "← Previous: [01. " in course.navigation_markdown("01b_borders_and_law")


def _text_heavy_figure():
    import matplotlib.pyplot as plt

    with plt.rc_context(style.rc()):
        fig, ax = plt.subplots()
        ax.plot([0, 1, 2], [1, 3, 2], label="a line")
        ax.set_xticks(range(4), ["ARG", "BRA", "a longer label", "two\nlines"], rotation=90)
        ax.set_title("A bold axes title")
        ax.set_ylabel("a y label")
        ax.text(0.5, 2.5, "a note in 20 pt", fontsize=20)
        ax.annotate("0.31", (1, 3), xytext=(12, 0), textcoords="offset points", va="center")
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), title="legend")
        fig.suptitle("A figure title\nover two lines", fontweight="bold", x=0.01, ha="left")
    return fig


def test_png_bytes_font_heights_draw_the_same_pixels_and_are_used():
    """png_bytes gives the renderer matplotlib's font-height hook for one draw (a speed-up):
    the picture must be the one matplotlib draws without it, and matplotlib must still ask."""
    import io

    import matplotlib.pyplot as plt
    import numpy as np
    from PIL import Image

    from rulac.display import _font_heights_once, png_bytes

    plain = _text_heavy_figure()
    plain.canvas.draw()
    expected = np.asarray(plain.canvas.buffer_rgba())[..., :3].copy()
    hooked = _text_heavy_figure()
    drawn = np.asarray(Image.open(io.BytesIO(png_bytes(hooked))))
    assert drawn.shape == expected.shape
    assert np.array_equal(drawn, expected), "the font-height hook moved some text"
    assert not hasattr(hooked.canvas.get_renderer(), "_get_font_height_metrics"), "left behind"

    fig = _text_heavy_figure()
    renderer, asked = fig.canvas.get_renderer(), []
    with _font_heights_once(renderer, fig.dpi):
        hook = renderer._get_font_height_metrics
        renderer._get_font_height_metrics = lambda prop: asked.append(prop) or hook(prop)
        fig.canvas.draw()
    assert asked, "matplotlib no longer asks the renderer for font heights: the hook is dead code"
    plt.close("all")
