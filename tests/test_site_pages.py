"""The website's generated pages and notebook copies (scripts/build_site.py), without building.

The built site is checked in a browser by tests/slow/test_site.py (make test-slow).
"""

from __future__ import annotations

import csv
import importlib.util
import json

import nbformat
import pytest

from rulac.paths import DATA, NOTEBOOKS, ROOT


@pytest.fixture(scope="module")
def site():
    spec = importlib.util.spec_from_file_location("build_site", ROOT / "scripts" / "build_site.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_figure_cells_carry_their_alt_text_and_solutions_collapse(site):
    notebook = nbformat.read(NOTEBOOKS / "02_ukraine_votes.ipynb", as_version=4)
    shown = site.prepare(notebook)
    for before, after in zip(notebook.cells, shown.cells, strict=True):
        images = [o for o in before.get("outputs", []) if "image/png" in o.get("data", {})]
        if images:
            alt = images[0]["metadata"]["image/png"]["alt"]
            assert after.metadata["mystnb"]["image"]["alt"] == alt
        if "solution" in before.metadata.get("tags", []):
            assert "hide-cell" in after.metadata["tags"]
            assert after.metadata["mystnb"]["code_prompt_show"] == "Show solution"
    assert "mystnb" not in notebook.cells[-1].metadata, "the original notebook was changed"


def test_pandas_tables_tie_headers_to_cells(site):
    html = (
        '<table border="1" class="dataframe"><thead><tr style="text-align: right;"><th></th>'
        "<th>a</th></tr><tr><th>state</th><th></th></tr></thead><tbody><tr><th>ARG</th>"
        "<td>1</td></tr></tbody></table>"
    )
    fixed = site.accessible_table(html)
    assert '<th scope="col">a</th>' in fixed and '<th scope="row">ARG</th>' in fixed
    assert "<th></th>" not in fixed


def test_generated_pages_cover_every_claim_and_resource(site):
    with (DATA / "claims.csv").open(encoding="utf-8", newline="") as handle:
        claims = [row["id"] for row in csv.DictReader(handle)]
    page = site.claims_page()
    assert all(f"### {claim}:" in page for claim in claims)
    package = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    data = site.data_page()
    for resource in package["resources"]:
        assert f"## {resource['name']}\n" in data
        assert all(f"| `{f['name']}` |" in data for f in resource["schema"]["fields"])
    assert "<rcid>" not in data, "a '<' in a description must not become an HTML tag"


def test_drafts_stay_off_the_site(site):
    from rulac.course import DRAFTS

    assert not set(site.notebook_ids()) & DRAFTS
    chapters = [c["file"] for part in site.toc()["parts"] for c in part["chapters"]]
    assert [c for c in chapters if c.startswith("notebooks/")] == [
        f"notebooks/{n}" for n in site.notebook_ids()
    ]
