"""The course website (``make site``) in headless chromium: offline, figures described, solutions
collapsed, and no accessibility violation that axe finds (WCAG 2.1 A and AA).

The site is built once per session into a temporary folder by ``scripts/build_site.py`` (about
12 s), or taken from RULAC_SITE (a folder holding a built ``index.html``, e.g. ``build/site/html``
after ``make site``). A loopback HTTP server serves it; chromium opens every page and records every
request it makes. Like the other browser tests it skips with the reason when chromium or
Playwright is missing.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from rulac.course import IDS, published
from rulac.paths import NOTEBOOKS, ROOT

pytestmark = pytest.mark.browser

NOTEBOOK_IDS = [n for n in IDS if published(n)]
#: Every page of the site (a test fails if the build makes one that is not listed here).
PAGES = [
    "index",
    *(f"notebooks/{n}" for n in NOTEBOOK_IDS),
    "claims",
    "data/README",
    "GLOSSARY",
    "INSTRUCTORS",
    "LICENSES",
    "LICENSE-CONTENT",
    "search",
    "genindex",
]
#: axe-core's rules for WCAG 2.0 and 2.1, levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def site_html(tmp_path_factory) -> Path:
    """The built site's folder of HTML: RULAC_SITE, or built now into a temporary folder."""
    given = os.environ.get("RULAC_SITE")
    if given:
        html = Path(given).resolve()
        if not (html / "index.html").is_file():
            pytest.fail(f"RULAC_SITE={given} holds no index.html: run `make site` first")
        return html
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_site.py"), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"make site failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    print(done.stdout.strip())
    return out / "html"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(site_html):
    """A loopback HTTP server for the built site; yields its base URL (ending in /)."""
    handler = functools.partial(_QuietHandler, directory=str(site_html))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _open(browser, url: str):
    """A page at ``url`` once loaded, and every request it made on the way."""
    page = browser.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    requests: list[str] = []
    failed: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on(
        "response",
        lambda response: (
            failed.append(f"{response.url} ({response.status})") if response.status >= 400 else None
        ),
    )
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    return page, requests, failed


def stored_images(notebook_id: str) -> int:
    """How many image/png outputs the notebook stores."""
    notebook = json.loads((NOTEBOOKS / f"{notebook_id}.ipynb").read_text(encoding="utf-8"))
    return sum(
        "image/png" in output.get("data", {})
        for cell in notebook["cells"]
        for output in cell.get("outputs", [])
    )


def solution_cells(notebook_id: str) -> int:
    notebook = json.loads((NOTEBOOKS / f"{notebook_id}.ipynb").read_text(encoding="utf-8"))
    return sum("solution" in c["metadata"].get("tags", []) for c in notebook["cells"])


def test_every_page_is_checked(site_html):
    """The list of pages above is every page the build makes (so none escapes the checks)."""
    built = {
        p.relative_to(site_html).with_suffix("").as_posix()
        for p in site_html.rglob("*.html")
        if not p.relative_to(site_html).parts[0].startswith("_")
    }
    assert built == set(PAGES)


@pytest.mark.parametrize("name", PAGES)
def test_page_loads_everything_from_this_machine(name, browser, site_url):
    page, requests, failed = _open(browser, f"{site_url}{name}.html")
    try:
        outside = [u for u in requests if not u.startswith((site_url, "data:", "blob:"))]
        assert not outside, f"{name}: requests that leave the machine: {outside}"
        assert not failed, f"{name}: requests that failed: {failed}"
        assert page.title(), f"{name}: the page has no title"
        footer = page.locator(".rulac-licences")
        assert footer.count() == 1 and footer.is_visible(), f"{name}: no licence in the footer"
        assert "CC BY 4.0" in footer.inner_text() and "MIT" in footer.inner_text()
        text = page.locator("body").inner_text()
        assert "|---|" not in text, f"{name}: a Markdown table shown as text, not as a table"
    finally:
        page.close()


IMAGES = """
() => [...document.querySelectorAll('.cell_output img')].map(img => ({
  alt: img.getAttribute('alt'),
  src: img.getAttribute('src'),
  shown: img.complete && img.naturalWidth > 0,
}))
"""


@pytest.mark.parametrize("notebook_id", NOTEBOOK_IDS)
def test_every_figure_is_shown_with_its_alt_text(notebook_id, browser, site_url):
    page, _, _ = _open(browser, f"{site_url}notebooks/{notebook_id}.html")
    try:
        images = page.evaluate(IMAGES)
    finally:
        page.close()
    expected = stored_images(notebook_id)
    assert len(images) == expected, (
        f"{notebook_id}: the page shows {len(images)} figures, the notebook stores {expected}"
    )
    for image in images:
        alt = (image["alt"] or "").strip()
        assert image["shown"], f"{notebook_id}: {image['src']} does not load"
        assert alt, f"{notebook_id}: {image['src']} has no alt text"
        assert not alt.lower().endswith((".png", ".svg")) and "_images/" not in alt, (
            f"{notebook_id}: the alt text of {image['src']} is a file name ({alt!r}); "
            "scripts/build_site.py copies the notebook's alt text into mystnb.image.alt"
        )
        assert len(alt.split()) >= 5, f"{notebook_id}: alt text too short to describe: {alt!r}"


def test_notebook_02_has_every_figure(browser, site_url):
    """The page of notebook 02 shows each figure the notebook has, with the same alt texts."""
    notebook = json.loads((NOTEBOOKS / "02_ukraine_votes.ipynb").read_text(encoding="utf-8"))
    alts = [
        output["metadata"]["image/png"]["alt"]
        for cell in notebook["cells"]
        for output in cell.get("outputs", [])
        if "image/png" in output.get("data", {})
    ]
    page, _, _ = _open(browser, f"{site_url}notebooks/02_ukraine_votes.html")
    try:
        shown = [image["alt"] for image in page.evaluate(IMAGES)]
    finally:
        page.close()
    assert alts and shown == alts


@pytest.mark.parametrize("notebook_id", NOTEBOOK_IDS)
def test_solutions_are_collapsed_until_asked_for(notebook_id, browser, site_url):
    page, _, _ = _open(browser, f"{site_url}notebooks/{notebook_id}.html")
    try:
        solutions = page.locator(".cell.tag_solution")
        assert solutions.count() == solution_cells(notebook_id) > 0
        for index in range(solutions.count()):
            solution = solutions.nth(index)
            code = solution.locator(".cell_input")
            control = solution.locator("summary")
            where = f"{notebook_id}, solution {index + 1}"
            assert not code.is_visible(), f"{where} is shown open"
            assert "Show solution" in control.inner_text(), f"{where}: no 'Show solution' control"
            control.click()
            code.wait_for(state="visible", timeout=5000)
            assert "# Solution" in code.inner_text(), f"{where}: the control opens something else"
    finally:
        page.close()


@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_violation(name, browser, site_url):
    from axe_playwright_python.sync_playwright import Axe

    page, _, _ = _open(browser, f"{site_url}{name}.html")
    try:
        results = Axe().run(
            page,
            options={
                "runOnly": {"type": "tag", "values": WCAG_TAGS},
                "resultTypes": ["violations"],
            },
        )
    finally:
        page.close()
    violations = results.response["violations"]
    report = [
        f"{v['id']} ({v['impact']}, {len(v['nodes'])} element(s)): {v['help']}; first: "
        f"{v['nodes'][0]['target']} {v['nodes'][0].get('failureSummary', '')[:300]}"
        for v in violations
    ]
    assert not violations, f"{name}: axe reports\n- " + "\n- ".join(report)
