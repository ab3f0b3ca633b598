"""Notebook conventions that nbval does not check: shape, tags, captions, portable outputs."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from rulac import course
from rulac.paths import NOTEBOOKS, ROOT

PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
MACHINE = re.compile(
    r"(/(?:root|work|tmp|home|Users)/|site-packages|ipykernel_\d+|0x[0-9a-f]{6,}"
    r"|<Figure size|\b20\d\d-\d\d-\d\d[ T]\d\d:\d\d)"
)


def cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def test_notebooks_follow_the_outline():
    assert PATHS, "no notebooks"
    for path in PATHS:
        assert path.stem in course.IDS, f"{path.name} is not in rulac/course.py OUTLINE"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_shape(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    first = "".join(nb["cells"][0]["source"])
    assert (
        first.startswith(f"# {path.stem[:2]}. ")
        and "**You will learn**" in first
        and "**Time needed:**" in first
    )
    tagged = [i for i, c in enumerate(nb["cells"]) if "parameters" in c["metadata"].get("tags", [])]
    assert len(tagged) == 1 and tagged[0] <= 4, "one parameters cell near the top"
    text = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    for heading in (
        "## The data",
        "## Verdict",
        "## Exercises",
        "## Discussion questions",
        "## Sources and further reading",
    ):
        assert heading in text, f"{path.name}: no '{heading}' section"
    assert f'navigation("{path.stem}")' in "".join(nb["cells"][-1]["source"])


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_slideshow_works_offline(path):
    """RISE's default theme fetches web fonts; 'white' fetches nothing. Long cells scroll on a slide."""
    rise = json.loads(path.read_text(encoding="utf-8"))["metadata"].get("rise", {})
    assert rise.get("theme") == "white" and rise.get("scroll") is True
    slides = [
        c for c in cells(path) if c["metadata"].get("slideshow", {}).get("slide_type") == "slide"
    ]
    assert len(slides) >= 5


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_solutions_are_collapsed_and_checked(path):
    solutions = [c for c in cells(path) if "solution" in c["metadata"].get("tags", [])]
    assert solutions, "every notebook has at least one exercise with a solution"
    for cell in solutions:
        assert cell["metadata"].get("jupyter", {}).get("source_hidden") is True
        assert "check(" in "".join(cell["source"])
        printed = "".join("".join(o.get("text", "")) for o in cell["outputs"])
        assert "Correct" in printed, "a stored solution that does not pass its own check"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_outputs_are_executed_portable_and_captioned(path):
    for number, cell in enumerate(cells(path)):
        if cell["cell_type"] != "code":
            continue
        assert cell["execution_count"] is not None, f"cell {number} was not executed"
        kinds = []
        for output in cell["outputs"]:
            assert output["output_type"] != "error", f"cell {number} stored an error"
            assert output.get("name") != "stderr", f"cell {number} printed to stderr"
            text = json.dumps(output.get("text", "")) + json.dumps(
                output.get("data", {}).get("text/plain", "")
            )
            match = MACHINE.search(text)
            assert not match, (
                f"cell {number}: output holds {match.group(0)!r}, which differs between machines"
            )
            data = output.get("data", {})
            kinds.append(
                "image"
                if "image/png" in data
                else "caption"
                if "**Figure" in "".join(data.get("text/markdown", ""))
                else "other"
            )
        for at, kind in enumerate(kinds):
            if kind == "image":
                assert kinds[at + 1 : at + 2] == ["caption"], (
                    f"cell {number}: a figure without its caption"
                )
        for output in cell["outputs"]:
            caption = "".join(output.get("data", {}).get("text/markdown", ""))
            if caption.startswith("**Figure"):
                assert "*Data:" in caption and "*Text description:*" in caption


def test_handouts_drop_solutions_and_never_overwrite(tmp_path):
    script = [sys.executable, str(ROOT / "scripts" / "handout.py"), str(tmp_path)]
    subprocess.run(script, check=True, capture_output=True)
    for path in PATHS:
        copy = json.loads((tmp_path / path.name).read_text(encoding="utf-8"))
        assert not [c for c in copy["cells"] if "solution" in c["metadata"].get("tags", [])]
        assert len(copy["cells"]) < len(cells(path))
    mine = tmp_path / PATHS[0].name
    mine.write_text("my own notes", encoding="utf-8")
    again = subprocess.run(script, capture_output=True, text=True)
    assert again.returncode == 1 and "may hold someone's work" in again.stderr
    assert mine.read_text(encoding="utf-8") == "my own notes"
