"""Build the course website with Jupyter Book 1, offline, from the outputs stored in the notebooks.

    make site                        # into build/site: open build/site/html/index.html
    python scripts/build_site.py OUT    # elsewhere (tests/slow/test_site.py builds in a temp dir)

Nothing is executed: the pages show the outputs saved in ``notebooks/``. The pages Jupyter Book
reads are written to ``OUTDIR/source`` (generated, never committed), the HTML to ``OUTDIR/html``:

- ``index.md``: the home page, ``site/home.md`` with the list of notebooks from the outline;
- ``notebooks/*.ipynb``: the published notebooks (drafts left out) in outline order, as copies in
  which each figure cell carries its image's alt text where Jupyter Book reads it
  (``mystnb.image.alt``; otherwise it uses the file path), solutions are collapsed behind a
  "Show solution" control, and pandas tables' header cells are tied to their data cells;
- ``claims.md`` from ``data/claims.csv``, ``data/README.md`` (the data package, every resource
  with its sources, licences and columns) from ``data/datapackage.json``;
- ``GLOSSARY.md``, ``INSTRUCTORS.md``, ``LICENSES.md`` and ``LICENSE-CONTENT.md`` as they are.

Settings are in ``site/_config.yml`` (the repository's address is set there, once), the theme's
additions in ``site/_static`` and ``site/_templates``. Sphinx runs with warnings as errors.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import io
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import yaml

from rulac.course import IDS, TITLES, published
from rulac.paths import DATA, NOTEBOOKS, ROOT

SITE = ROOT / "site"
UNUSED_EXTENSIONS = ("sphinx_thebe", "sphinx_comments", "sphinx_jupyterbook_latex")
DEFAULT_OUT = ROOT / "build" / "site"
PLACEHOLDER = "OWNER/REPO"
SITE_SOLUTIONS_NOTE = (
    "## Exercises\n\n"
    "Try each exercise in your own copy of the notebook: write your answer in the cell under it "
    "and run it, and `check` tells you whether it is right without showing the answer. Each "
    "solution is collapsed under its exercise: press *Show solution* only after you have tried."
)
#: Pages copied as they are (the repository's files, one source for the repo and the site).
COPIED = ["GLOSSARY.md", "INSTRUCTORS.md", "LICENSES.md", "LICENSE-CONTENT.md", "LICENSE"]


def config() -> dict:
    """The site's settings (``site/_config.yml``)."""
    return yaml.safe_load((SITE / "_config.yml").read_text(encoding="utf-8"))


def repository_url() -> str:
    """The repository's address: the one place it is set is ``site/_config.yml``."""
    return config()["repository"]["url"].rstrip("/")


def notebook_ids() -> list[str]:
    """The notebooks on the site: every published one, in outline order."""
    return [notebook_id for notebook_id in IDS if published(notebook_id)]


def cell(text: str) -> str:
    """Text for one line or one cell of a Markdown table: '<' is text, never an HTML tag."""
    return " ".join(str(text).split()).replace("|", "\\|").replace("<", "&lt;")


# --- the notebooks -------------------------------------------------------------------------

_EMPTY_CORNER = re.compile(r"<th(\s[^>]*)?>\s*</th>")
_HEADER_ROW = re.compile(r"(<thead>.*?</thead>)", re.S)
_BODY = re.compile(r"(<tbody>.*?</tbody>)", re.S)


def accessible_table(html: str) -> str:
    """A pandas HTML table whose header cells say what they head.

    pandas writes an empty ``<th>`` above the index and a row of index names with empty cells:
    axe reports header cells that head no data cell. Column headers get ``scope="col"``, the
    index cells in the body ``scope="row"``, and empty header cells become empty data cells.
    """
    if "<table" not in html or "dataframe" not in html:
        return html

    def head(match: re.Match) -> str:
        block = _EMPTY_CORNER.sub(lambda m: f"<td{m.group(1) or ''}></td>", match.group(1))
        return re.sub(r"<th(?![^>]*scope=)", '<th scope="col"', block)

    def body(match: re.Match) -> str:
        block = _EMPTY_CORNER.sub(lambda m: f"<td{m.group(1) or ''}></td>", match.group(1))
        return re.sub(r"<th(?![^>]*scope=)", '<th scope="row"', block)

    return _BODY.sub(body, _HEADER_ROW.sub(head, html))


def _links_for_site(text: str) -> str:
    """The notebooks link to the repository's README for the contents; the site's is its home."""
    return text.replace("../README.md#the-notebooks", "../index.md#the-notebooks")


def prepare(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The copy of a notebook that the site shows (the original is never changed)."""
    notebook = copy.deepcopy(notebook)
    for each in notebook.cells:
        tags = each.metadata.get("tags", [])
        if each.cell_type == "markdown":
            each.source = SITE_SOLUTIONS_NOTE if "solutions-note" in tags else each.source
            each.source = _links_for_site(each.source)
            if each.metadata.get("slideshow", {}).get("slide_type") == "notes":
                each.source = f"::::{{admonition}} Speaker notes\n:class: note\n\n{each.source}\n"
                each.source += "::::"
            continue
        if each.cell_type != "code":
            continue
        alts = {
            output.get("metadata", {}).get("image/png", {}).get("alt", "")
            for output in each.get("outputs", [])
            if "image/png" in output.get("data", {})
        }
        if len(alts) > 1:
            raise ValueError(
                f"cell {each.get('id')}: several images with different alt texts; Jupyter Book "
                "takes one alt text per cell, so show each figure in its own cell"
            )
        mystnb = each.metadata.setdefault("mystnb", {})
        if alts:
            mystnb.setdefault("image", {})["alt"] = alts.pop()
        if "solution" in tags:
            each.metadata["tags"] = [*tags, "hide-cell"]
            mystnb["code_prompt_show"] = "Show solution"
            mystnb["code_prompt_hide"] = "Hide solution"
        for output in each.get("outputs", []):
            data = output.get("data", {})
            if "text/html" in data:
                data["text/html"] = accessible_table(data["text/html"])
            if "text/markdown" in data:
                data["text/markdown"] = _links_for_site(data["text/markdown"])
        if not mystnb:
            del each.metadata["mystnb"]
    return notebook


# --- generated pages -----------------------------------------------------------------------


def home_page() -> str:
    """``site/home.md``, with the notebooks listed from the outline where it says so."""
    rows = ["| | notebook |", "|---|---|"]
    for notebook_id in notebook_ids():
        number = notebook_id.split("_")[0]
        rows.append(f"| {number} | [{cell(TITLES[notebook_id])}](notebooks/{notebook_id}.ipynb) |")
    text = (SITE / "home.md").read_text(encoding="utf-8")
    return text.replace("{{ notebooks }}", "\n".join(rows))


def claims_page() -> str:
    """The claims register, ``data/claims.csv``, one entry per claim, grouped by notebook."""
    with (DATA / "claims.csv").open(encoding="utf-8", newline="") as handle:
        claims = list(csv.DictReader(handle))
    shown = set(notebook_ids())
    counts: dict[str, int] = {}
    for claim in claims:
        counts[claim["verdict"]] = counts.get(claim["verdict"], 0) + 1
    lines = [
        "# The claims register",
        "",
        (
            f"Every claim of the chapter that the course tests or discusses: {len(claims)} claims, "
            "each with the chapter's words, the claim restated neutrally, the notebook that weighs "
            "it, the data it is tested against and the verdict with its reasons. Generated from "
            "`data/claims.csv` when the site is built."
        ),
        "",
        "| verdict | claims |",
        "|---|---|",
        *(f"| {verdict} | {n} |" for verdict, n in sorted(counts.items(), key=lambda x: -x[1])),
        "",
    ]
    order = {notebook_id: i for i, notebook_id in enumerate(IDS)}
    by_notebook: dict[str, list[dict]] = {}
    for claim in claims:
        by_notebook.setdefault(claim["notebook"], []).append(claim)
    for notebook_id in sorted(by_notebook, key=lambda n: order.get(n, len(order))):
        title = TITLES.get(notebook_id, notebook_id)
        lines += [f"## {notebook_id.split('_')[0]}. {title}", ""]
        if notebook_id in shown:
            lines += [f"Weighed in [the notebook](notebooks/{notebook_id}.ipynb).", ""]
        for claim in by_notebook[notebook_id]:
            evidence = ", ".join(
                f"[`{name}`](data/README.md#{name})"
                for name in claim["evidence"].split(";")
                if name
            )
            lines += [
                f"### {claim['id']}: {claim['verdict']}",
                "",
                f"*{claim['section']}* ({claim['pillar']}; a {claim['kind']} claim)",
                "",
                f"> {cell(claim['quote'])}",
                "",
                f"**The claim.** {cell(claim['claim'])}",
                "",
                f"**Verdict: {claim['verdict']}.** {cell(claim['verdict_note'])}",
                "",
            ]
            if evidence:
                lines += [f"**Data:** {evidence}", ""]
    return "\n".join(lines)


def _source(source: dict) -> str:
    title = cell(source["title"])
    if source.get("path"):
        title = f"[{title}]({source['path']})"
    return f"{cell(source['publisher'])}, {title} ({cell(source['version'])})"


def _licence(licence: dict) -> str:
    name = f"`{licence['name']}`"
    title = cell(licence.get("title", ""))
    if licence.get("path"):
        title = f"[{title}]({licence['path']})"
    return f"{name}: {title}"


def data_page() -> str:
    """The data package: every resource with its source, licence, limits and columns."""
    package = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    lines = [
        "# The data package",
        "",
        cell(package["description"]),
        "",
        (
            f"{len(package['resources'])} resources, each a file in `data/` with a schema, checked "
            "against its sha256 whenever a notebook loads it (`rulac.load(name)`). Generated from "
            "`data/datapackage.json` when the site is built; every licence is also listed on the "
            "[licences](../LICENSES.md) page."
        ),
        "",
        "| resource | what it holds |",
        "|---|---|",
        *(f"| [`{r['name']}`](#{r['name']}) | {cell(r['title'])} |" for r in package["resources"]),
        "",
    ]
    for resource in package["resources"]:
        fields = resource["schema"]["fields"]
        lines += [
            f"## {resource['name']}",
            "",
            f"**{cell(resource['title'])}.** {cell(resource['description'])}",
            "",
            f"File `data/{resource['path']}`, {len(fields)} columns.",
            "",
            "**Sources**",
            "",
            *(f"- {_source(s)}" for s in resource["sources"]),
            "",
            "**Licences**",
            "",
            *(f"- {_licence(licence)}" for licence in resource["licenses"]),
            "",
        ]
        if resource.get("limits"):
            lines += ["**Limits**", "", *(f"- {cell(x)}" for x in resource["limits"]), ""]
        lines += ["| column | type | unit | meaning |", "|---|---|---|---|"]
        lines += [
            f"| `{f['name']}` | {f['type']} | {cell(f.get('unit', ''))} | "
            f"{cell(f.get('description', ''))} |"
            for f in fields
        ]
        lines.append("")
    return "\n".join(lines)


# --- the build -----------------------------------------------------------------------------


def toc() -> dict:
    return {
        "format": "jb-book",
        "root": "index",
        "parts": [
            {
                "caption": "The notebooks",
                "numbered": False,
                "chapters": [{"file": f"notebooks/{n}"} for n in notebook_ids()],
            },
            {
                "caption": "Reference",
                "chapters": [{"file": "claims"}, {"file": "data/README"}, {"file": "GLOSSARY"}],
            },
            {"caption": "For instructors", "chapters": [{"file": "INSTRUCTORS"}]},
            {
                "caption": "Licences",
                "chapters": [{"file": "LICENSES"}, {"file": "LICENSE-CONTENT"}],
            },
        ],
    }


def site_config() -> dict:
    """``site/_config.yml``; the repository and launch buttons only once the address is real."""
    settings = config()
    if PLACEHOLDER not in settings["repository"]["url"]:
        settings["html"]["use_repository_button"] = True
        settings["launch_buttons"] = {"binderhub_url": "https://mybinder.org"}
    return settings


def write_source(source: Path) -> None:
    """Every page Jupyter Book reads, generated into ``source`` (emptied first)."""
    if source.exists():
        shutil.rmtree(source)
    (source / "notebooks").mkdir(parents=True)
    (source / "data").mkdir()
    for name in ("_static", "_templates", "_ext"):
        shutil.copytree(SITE / name, source / name)
    (source / "_config.yml").write_text(yaml.safe_dump(site_config(), sort_keys=False), "utf-8")
    (source / "_toc.yml").write_text(yaml.safe_dump(toc(), sort_keys=False), "utf-8")
    (source / "index.md").write_text(home_page(), "utf-8")
    (source / "claims.md").write_text(claims_page(), "utf-8")
    (source / "data" / "README.md").write_text(data_page(), "utf-8")
    for name in COPIED:
        shutil.copy2(ROOT / name, source / name)
    for notebook_id in notebook_ids():
        notebook = nbformat.read(NOTEBOOKS / f"{notebook_id}.ipynb", as_version=4)
        nbformat.write(prepare(notebook), source / "notebooks" / f"{notebook_id}.ipynb")


def build(out: Path = DEFAULT_OUT) -> Path:
    """Write the pages and build the HTML; returns the folder of ``index.html``."""
    out = out.resolve()
    source, html = out / "source", out / "html"
    write_source(source)
    # Jupyter Book 1 turns _config.yml and _toc.yml into Sphinx's conf.py; Sphinx builds. Both
    # run in this process: two more Python processes importing Sphinx would cost 2-3 s.
    from jupyter_book.cli.main import main as jupyter_book
    from sphinx.cmd.build import build_main

    with contextlib.redirect_stdout(io.StringIO()):
        jupyter_book.main(["config", "sphinx", str(source)], standalone_mode=False)
    conf = source / "conf.py"
    conf.write_text(
        "import sys, pathlib\nsys.path.insert(0, str(pathlib.Path(__file__).parent / '_ext'))\n"
        + conf.read_text(encoding="utf-8")
        # Extensions the site never uses (live code, comments, LaTeX): each costs build time.
        + f"extensions = [e for e in extensions if e not in {UNUSED_EXTENSIONS!r}]\n",
        encoding="utf-8",
    )
    arguments = ["-b", "html", "-W", "--keep-going", "-q", "-j", "1",
                 "-d", str(out / "doctrees"), str(source), str(html)]  # fmt: skip
    status = build_main(arguments)
    if status:
        raise subprocess.CalledProcessError(status, ["sphinx", *arguments])
    return html


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DEFAULT_OUT
    started = time.monotonic()
    try:
        html = build(out)
    except subprocess.CalledProcessError as error:
        print(f"The site was not built (exit {error.returncode}): see the messages above.",
              file=sys.stderr)  # fmt: skip
        return 1
    seconds = time.monotonic() - started
    print(f"Built {len(notebook_ids())} notebooks and the course pages in {seconds:.1f} s: "
          f"{html / 'index.html'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
