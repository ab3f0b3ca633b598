"""Every figure, shown as a RISE slide, fits the screen whole, with its caption, at legible size.

For each notebook and each screen size, chromium opens the slideshow that instructors project
(``/rise/NAME.ipynb``, jupyterlab-rise with the notebook's own ``rise`` metadata), steps through
every slide and, on each slide that shows a figure (an ``image/png`` output), measures:

- the image and its caption (the next output, whose text starts "Figure") lie wholly in the part
  of the screen that is visible without scrolling: inside the window and inside any scrolling
  box (RISE turns a slide taller than 95% of the window into one);
- reveal's navigation arrows cover neither the caption's text nor the image;
- the image is not shrunk so much that the course's smallest label type becomes small: a
  ``SMALLEST_LABEL_PT`` label in the PNG (18 px at 13 pt and 100 dpi) must show at
  ``MIN_LABEL_PX`` or more (rendered width / natural width is the display scale).

A failure names the notebook, slide, figure and screen size, what was measured and what to
change. Set RULAC_SLIDE_SCREENSHOTS to a folder to save a screenshot of every figure slide, and
RULAC_SLIDE_NOTEBOOKS to a folder to check the notebooks there instead (a draft, an old version).
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path

import pytest

from .conftest import NOTEBOOKS

pytestmark = pytest.mark.browser

#: The course's smallest type in a figure (tick and legend labels), in points.
SMALLEST_LABEL_PT = 13
#: Resolution assumed when a PNG does not say its own (the course saves at 100 dpi).
DEFAULT_DPI = 100
#: The smallest label, in screen pixels, that reads from the back of a room.
MIN_LABEL_PX = 18
#: Allowance for rounding (pixels of label height).
TOLERANCE_PX = 0.5
#: Screen sizes: a common projector (1280x720) and full HD.
VIEWPORTS = [(1280, 720), (1920, 1080)]

NOTEBOOK_PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
SCREENSHOTS = os.environ.get("RULAC_SLIDE_SCREENSHOTS")

#: Measures the slide on screen (reveal's ``section.present``): every figure image, its caption,
#: the part of the screen where each is visible without scrolling, and reveal's arrows.
MEASURE = r"""
() => {
  const rect = b => ({left: b.left, top: b.top, right: b.right, bottom: b.bottom});
  const shown = e => e.checkVisibility({opacityProperty: true, visibilityProperty: true});
  // The window, cut by every ancestor that hides part of its content (RISE's scrolling slide).
  const visibleArea = e => {
    const area = {left: 0, top: 0, right: innerWidth, bottom: innerHeight};
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      if (a.scrollHeight <= a.clientHeight + 1 && a.scrollWidth <= a.clientWidth + 1) continue;
      const b = a.getBoundingClientRect();
      const left = b.left + a.clientLeft, top = b.top + a.clientTop;
      area.left = Math.max(area.left, left);
      area.top = Math.max(area.top, top);
      area.right = Math.min(area.right, left + a.clientWidth);
      area.bottom = Math.min(area.bottom, top + a.clientHeight);
    }
    return area;
  };
  const textLines = root => {
    const lines = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim() || !shown(n.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const b of range.getClientRects()) if (b.width > 0 && b.height > 0) lines.push(rect(b));
    }
    return lines;
  };
  const pngDpi = src => {  // the pHYs chunk of a data: URL PNG, if any
    const m = /^data:image\/png;base64,/.exec(src);
    if (!m) return null;
    let head;
    try { head = atob(src.slice(m[0].length, m[0].length + 8000)); } catch (e) { return null; }
    const at = head.indexOf('pHYs');
    if (at < 0 || head.length < at + 13 || head.charCodeAt(at + 12) !== 1) return null;
    const ppm = ((head.charCodeAt(at + 4) << 24) | (head.charCodeAt(at + 5) << 16)
      | (head.charCodeAt(at + 6) << 8) | head.charCodeAt(at + 7)) >>> 0;
    return ppm * 0.0254;
  };
  const slide = [...document.querySelectorAll('.reveal .slides section.present')].pop();
  const arrows = [...document.querySelectorAll('.reveal .controls button')]
    .filter(shown).map(e => ({name: e.className.split(' ')[0], ...rect(e.getBoundingClientRect())}))
    .filter(e => e.right > e.left && e.bottom > e.top);
  const images = [...slide.querySelectorAll('.jp-OutputArea-output.jp-RenderedImage img')];
  const figures = images.map(img => {
    const child = img.closest('.jp-OutputArea-child');
    const next = child && child.nextElementSibling;
    const nextOutput = next && (next.querySelector('.jp-OutputArea-output') || next);
    const nextText = nextOutput ? nextOutput.innerText.trim() : '';
    const isCaption = /^Figure\b/.test(nextText);
    const cell = img.closest('.jp-Cell');
    const input = cell && cell.querySelector('.jp-InputArea');
    const codeLines = cell ? [...cell.querySelectorAll('.jp-InputArea .cm-line')] : [];
    const maxWidth = getComputedStyle(img).maxWidth;
    const parentWidth = img.parentElement.clientWidth;
    const widthCap = maxWidth.endsWith('%') ? parseFloat(maxWidth) / 100 * parentWidth
      : maxWidth.endsWith('px') ? parseFloat(maxWidth) : parentWidth;
    return {
      natural: [img.naturalWidth, img.naturalHeight],
      dpi: pngDpi(img.currentSrc || img.src),
      image: rect(img.getBoundingClientRect()),
      imageArea: visibleArea(img),
      widthCap,
      codeInput: input && input.offsetParent ? {
        height: input.getBoundingClientRect().height,
        lines: codeLines.length,
        lineHeight: codeLines.length ? codeLines[0].getBoundingClientRect().height : 0,
      } : null,
      caption: isCaption ? {
        text: nextText.split('\n')[0].slice(0, 80),
        lines: textLines(nextOutput),
        area: visibleArea(nextOutput),
      } : null,
      next: isCaption ? null : nextText.slice(0, 60),
    };
  });
  return {id: slide.id, figures, arrows, window: [innerWidth, innerHeight]};
}
"""

#: Waits until RISE has turned the notebook into reveal slides with every image decoded.
READY = """
() => document.body.classList.contains('rise-enabled')
  && document.querySelector('.reveal .slides section.present') !== null
  && [...document.querySelectorAll('.reveal .jp-OutputArea-output.jp-RenderedImage img')]
    .every(i => i.complete && i.naturalWidth > 0)
"""

#: Every slide, in order, as reveal's (horizontal, vertical) indices and its id.
SLIDES = """
() => [...document.querySelectorAll('.reveal .slides > section')].flatMap((stack, h) => {
  const inner = [...stack.querySelectorAll(':scope > section')];
  return (inner.length ? inner : [stack]).map((s, v) => ({h, v, id: s.id,
    figures: s.querySelectorAll('.jp-OutputArea-output.jp-RenderedImage img').length}));
})
"""

NO_ANIMATION = "*, *::before, *::after { transition: none !important; animation: none !important; }"


def stored_figures(path: Path) -> int:
    """How many image/png outputs a slideshow of ``path`` shows (skipped and notes cells hidden)."""
    count = 0
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        kind = cell["metadata"].get("slideshow", {}).get("slide_type", "-")
        if cell["cell_type"] == "code" and kind not in {"skip", "notes"}:
            count += sum("image/png" in o.get("data", {}) for o in cell.get("outputs", []))
    return count


def _union(rects):
    return {
        "left": min(r["left"] for r in rects),
        "top": min(r["top"] for r in rects),
        "right": max(r["right"] for r in rects),
        "bottom": max(r["bottom"] for r in rects),
    }


def _inside(box, area, slack=1.0) -> bool:
    return (
        box["left"] >= area["left"] - slack
        and box["top"] >= area["top"] - slack
        and box["right"] <= area["right"] + slack
        and box["bottom"] <= area["bottom"] + slack
    )


def _overlap(a, b) -> bool:
    return (
        min(a["right"], b["right"]) - max(a["left"], b["left"]) > 1
        and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 1
    )


def _span(box) -> str:
    return f"y {box['top']:.0f}-{box['bottom']:.0f}, x {box['left']:.0f}-{box['right']:.0f} px"


def _rise_needed(pieces, area, arrows) -> float:
    """How far the image's bottom edge, and everything under it, must move up so that every
    piece ends inside the visible area and above any arrow that shares its columns."""
    needed = [0.0]
    for piece in pieces:
        needed.append(piece["bottom"] - area["bottom"])
        for arrow in arrows:
            if min(piece["right"], arrow["right"]) - max(piece["left"], arrow["left"]) > 1:
                needed.append(piece["bottom"] - arrow["top"])
    return max(needed)


def check_figure(fig: dict, arrows: list[dict]) -> tuple[dict, list[str]]:
    """The measurements of one figure slide and what is wrong with it (empty when nothing is)."""
    natural_w, natural_h = fig["natural"]
    image = fig["image"]
    shown_w = image["right"] - image["left"]
    shown_h = image["bottom"] - image["top"]
    scale = shown_w / natural_w
    dpi = round(fig["dpi"]) if fig["dpi"] else DEFAULT_DPI
    label_natural = SMALLEST_LABEL_PT / 72 * dpi
    label_shown = label_natural * scale
    caption = fig["caption"]
    problems = []

    area = fig["imageArea"]
    if not _inside(image, area):
        problems.append(
            f"the image ({_span(image)}) is not wholly in the part of the slide visible without "
            f"scrolling ({_span(area)})"
        )
    covering = sorted({a["name"] for a in arrows if _overlap(image, a)})
    if covering:
        problems.append(f"reveal's arrows ({', '.join(covering)}) cover the image")

    if caption is None:
        problems.append(
            'no caption under the image (the next output should start "Figure N."; '
            f"it reads {fig['next']!r})"
        )
    elif caption["lines"]:
        text = _union(caption["lines"])
        if not _inside(text, caption["area"]):
            problems.append(
                f"the caption ({_span(text)}) is not wholly visible without scrolling "
                f"({_span(caption['area'])})"
            )
        covering = sorted({a["name"] for a in arrows for ln in caption["lines"] if _overlap(ln, a)})
        if covering:
            problems.append(
                f"reveal's arrows ({', '.join(covering)}, from y "
                f"{min(a['top'] for a in arrows):.0f} px) cover the caption"
            )
    if label_shown < MIN_LABEL_PX - TOLERANCE_PX:
        problems.append(
            f"the image is shown at {shown_w:.0f} of its {natural_w} px width (scale {scale:.2f}), "
            f"so a {SMALLEST_LABEL_PT} pt label ({label_natural:.1f} px in the PNG at {dpi} dpi) "
            f"shows at {label_shown:.1f} px, under {MIN_LABEL_PX} px"
        )

    measured = {
        "natural": f"{natural_w}x{natural_h}",
        "inches": f"{natural_w / dpi:.2f}x{natural_h / dpi:.2f}",
        "shown": f"{shown_w:.0f}x{shown_h:.0f}",
        "top": round(image["top"]),
        "bottom": round(image["bottom"]),
        "caption_bottom": round(_union(caption["lines"])["bottom"]) if caption else None,
        "visible": f"{area['top']:.0f}-{area['bottom']:.0f}",
        "scale": round(scale, 3),
        "label_px": round(label_shown, 1),
        "fits": not problems,
    }
    if problems:
        too_low = _rise_needed([image, *(caption["lines"] if caption else [])], area, arrows)
        code = fig["codeInput"]
        spare_code = 0.0
        if code and code["lines"] > 1:
            spare_code = (code["lines"] - 1) * code["lineHeight"]
            problems.append(
                f"the code cell above it is {code['lines']} lines ({code['height']:.0f} px): "
                "make it one line"
            )
        width_in = math.floor(min(natural_w, fig["widthCap"]) / dpi * 10) / 10
        height_in = math.floor(max(0.0, shown_h - too_low + spare_code) / dpi * 10) / 10
        problems.append(
            f"make the figure at most about {width_in:.1f} in wide and {height_in:.1f} in high at "
            f"{dpi} dpi (it is {natural_w / dpi:.1f} x {natural_h / dpi:.1f} in)"
        )
    return measured, problems


def figure_name(fig: dict, position: int) -> str:
    match = re.match(r"Figure (\d+)", fig["caption"]["text"]) if fig["caption"] else None
    return f"Figure {match.group(1)}" if match else f"image {position} on the slide"


PRESENT = (
    "([h, v]) => { const s = document.querySelectorAll('.reveal .slides > section')[h];"
    " const inner = s.querySelectorAll(':scope > section');"
    " return (inner.length ? inner[v] : s).classList.contains('present'); }"
)


def go_to(page, h: int, v: int, tries: int = 3) -> None:
    """Show slide (h, v). On a loaded machine Reveal can miss a hash change: ask again."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(tries):
        page.evaluate("([h, v]) => { location.hash = `#/${h}/${v}`; }", [h, v])
        try:
            page.wait_for_function(PRESENT, arg=[h, v], timeout=15_000)
            return
        except PlaywrightTimeout:
            if attempt == tries - 1:
                raise
            page.evaluate("() => { location.hash = '#/0/0'; }")
            page.wait_for_timeout(500)


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=lambda v: f"{v[0]}x{v[1]}")
@pytest.mark.parametrize("path", NOTEBOOK_PATHS, ids=lambda p: p.stem)
def test_figure_slides_fit_and_are_legible(path, viewport, browser, lab_server, tmp_path):
    url, _ = lab_server
    width, height = viewport
    page = browser.new_page()
    try:
        page.set_viewport_size({"width": width, "height": height})
        page.goto(f"{url}/rise/{path.name}")
        page.wait_for_function(READY, timeout=90_000)
        page.add_style_tag(content=NO_ANIMATION)  # final layout only, no slide transitions
        page.wait_for_timeout(1000)  # RISE's start-up: Reveal.sync at 250 ms, selection at 450 ms
        slides = page.evaluate(SLIDES)
        assert slides, f"{path.stem}: RISE made no slides"

        report, failures, seen = [], [], 0
        for number, slide in enumerate(slides, 1):
            go_to(page, slide["h"], slide["v"])
            if not slide["figures"]:
                continue
            # RISE settles a slide in steps (scrolling box at once, cell selection after 450 ms):
            # wait past them, then until two measurements 150 ms apart agree.
            page.wait_for_timeout(600)
            measured = page.evaluate(MEASURE)
            for _ in range(20):
                page.wait_for_timeout(150)
                again = page.evaluate(MEASURE)
                if again == measured:
                    break
                measured = again
            where = f"#/slide-{slide['h']}-{slide['v']}"
            if SCREENSHOTS:
                Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
                page.screenshot(
                    path=str(Path(SCREENSHOTS) / f"{path.stem}-{width}x{height}-slide{number}.png")
                )
            for position, fig in enumerate(measured["figures"], 1):
                seen += 1
                name = figure_name(fig, position)
                numbers, problems = check_figure(fig, measured["arrows"])
                report.append(f"{path.stem} slide {number} {name} {width}x{height}: {numbers}")
                if problems:
                    shot = tmp_path / f"{path.stem}-{width}x{height}-slide{number}.png"
                    page.screenshot(path=str(shot))
                    failures.append(
                        f"{path.stem}, slide {number} ({where}), {name}, {width}x{height}: "
                        + "; ".join(problems)
                        + f". Screenshot: {shot}"
                    )
        print("\n".join(report))
        expected = stored_figures(path)
        assert seen == expected, (
            f"{path.stem} at {width}x{height}: the slideshow showed {seen} figure images, the "
            f"notebook stores {expected} outside skipped cells"
        )
        assert not failures, (
            f"{len(failures)} figure slide(s) of {path.stem} do not fit a {width}x{height} screen "
            "legibly:\n- " + "\n- ".join(failures)
        )
    finally:
        page.close()


def test_lab_does_not_ask_about_news(browser, lab_server):
    """The course's settings (jupyter/overrides.json) turn JupyterLab's news question off."""
    url, _ = lab_server
    page = browser.new_page()
    try:
        page.set_viewport_size({"width": 1280, "height": 720})
        page.goto(f"{url}/lab")
        page.wait_for_function("() => window.jupyterapp !== undefined", timeout=90_000)
        page.evaluate("() => window.jupyterapp.restored")
        schema = page.evaluate(
            "() => fetch('/lab/api/settings/@jupyterlab/apputils-extension:notification')"
            ".then(r => r.json()).then(j => j.schema.properties.fetchNews.default)"
        )
        assert schema == "false", f"fetchNews defaults to {schema!r}: jupyter/overrides.json unused"
        # The question is a toast raised once the app is restored and its settings are loaded.
        page.wait_for_timeout(3000)
        text = page.evaluate("() => document.body.innerText")
        assert "Jupyter news" not in text, "JupyterLab still asks about official Jupyter news"
    finally:
        page.close()
