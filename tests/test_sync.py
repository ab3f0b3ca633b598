"""The files derived from the notebooks, the data and the site settings are up to date.

`make sync` writes them (scripts/sync.py): the jupytext text form of every notebook in
notebooks/py/ (what a reviewer reads), the generated parts of INSTRUCTORS.md, LICENSES.md and the
Binder badge in README.md. After re-running or editing a notebook, run `make sync` and commit.
"""

from __future__ import annotations

import importlib.util
import re

import pytest

from rulac.course import IDS, published
from rulac.paths import NOTEBOOKS, ROOT


@pytest.fixture(scope="module")
def sync():
    spec = importlib.util.spec_from_file_location("sync", ROOT / "scripts" / "sync.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def expected(sync):
    return sync.expected()


def test_every_notebook_has_its_text_form_in_sync(sync, expected):
    """notebooks/py/<id>.py is jupytext's py:percent rendering of notebooks/<id>.ipynb."""
    for notebook in sorted(NOTEBOOKS.glob("*.ipynb")):
        paired = sync.PAIRED / f"{notebook.stem}.py"
        assert paired.is_file(), f"{notebook.name} has no text form: run `make sync`"
        assert paired.read_text(encoding="utf-8") == expected[paired], (
            f"{paired.relative_to(ROOT)} is out of sync with {notebook.name}: run `make sync` "
            "and commit both"
        )
    orphans = [p.name for p in sync.PAIRED.glob("*.py") if p not in expected]
    assert not orphans, f"text forms without a notebook (make sync removes them): {orphans}"


def test_generated_documents_are_up_to_date(sync, expected):
    for name in ("INSTRUCTORS.md", "LICENSES.md", "README.md"):
        path = ROOT / name
        assert path.read_text(encoding="utf-8") == expected[path], (
            f"{name} is out of date (a notebook, the data package or site/_config.yml changed): "
            "run `make sync` and commit it"
        )


def test_the_guide_covers_every_published_notebook():
    guide = (ROOT / "INSTRUCTORS.md").read_text(encoding="utf-8")
    for notebook_id in IDS:
        if published(notebook_id):
            assert f"`notebooks/{notebook_id}.ipynb`" in guide, f"no section for {notebook_id}"
    assert "Discussion questions" in guide and "make handouts" in guide and "make variant" in guide


def test_the_repository_address_is_set_in_one_place(sync):
    """README's badge and the guide's links come from site/_config.yml; nowhere else names it."""
    repo = sync.repository()
    assert f"mybinder.org/v2/gh/{repo}/HEAD" in (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("README.md", "INSTRUCTORS.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        others = set(re.findall(r"mybinder\.org/v2/gh/([^/\s]+/[^/\s]+)/", text)) - {repo}
        assert not others, f"{name} names another repository: {others}"


def test_every_data_resource_has_its_licence_listed():
    import json

    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    licences = (ROOT / "LICENSES.md").read_text(encoding="utf-8")
    for resource in package["resources"]:
        assert f"| `{resource['name']}` |" in licences
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert "CC BY 4.0" in (ROOT / "LICENSE-CONTENT.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("notebook_id", [i for i in IDS if published(i)])
def test_each_notebook_fits_an_hour_and_says_so(sync, notebook_id):
    """STYLE: a notebook longer than 60 minutes by the count is split or trimmed, and its
    "Time needed" line gives the time the count gives (words, exercises and figures)."""
    import nbformat

    notebook = nbformat.read(NOTEBOOKS / f"{notebook_id}.ipynb", as_version=4)
    counted = sync.measure(notebook)["minutes"]
    assert counted <= 60, f"{notebook_id} counts {counted} minutes: split or trim it"
    assert sync.stated_minutes(notebook) == str(counted), (
        f"{notebook_id} says about {sync.stated_minutes(notebook)} minutes; the count gives "
        f"{counted}: correct its 'Time needed' line"
    )
