"""Notebook conventions that nbval does not check: shape, tags, captions, portable outputs,
exercises that no output answers, and student copies that keep no solution.

Every failure message says what to change, in the notebook or in rulac/exercises/.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys

import pytest

from rulac import course
from rulac.exercises import _lookup
from rulac.paths import NOTEBOOKS, ROOT

PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
PUBLISHED = [p for p in PATHS if p.stem not in course.DRAFTS]
MACHINE = re.compile(
    r"(/(?:root|work|tmp|home|Users)/|site-packages|ipykernel_\d+|0x[0-9a-f]{6,}"
    r"|<Figure size|\b20\d\d-\d\d-\d\d[ T]\d\d:\d\d)"
)
PLACEHOLDER = re.compile(r"TODO|\bNN\b|NN_name")
EXERCISE = re.compile(r'check\("(\d\d[a-z]?\.\d+)"')


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def cells(path):
    return load(path)["cells"]


def number(path) -> str:
    return path.stem.split("_")[0]


def text_of(cell) -> str:
    """What a reader sees of a cell: its Markdown, or a code cell's printed and shown outputs."""
    if cell["cell_type"] == "markdown":
        return "".join(cell["source"])
    parts = []
    for output in cell.get("outputs", []):
        parts.append("".join(output.get("text", "")))
        data = output.get("data", {})
        parts.append("".join(data.get("text/markdown", "")) + "".join(data.get("text/plain", "")))
    return "\n".join(parts)


def test_notebooks_follow_the_outline():
    assert PATHS, "no notebooks"
    for path in PATHS:
        assert path.stem in course.IDS, (
            f"{path.name} is not in notebooks/outline.json: add it there (make new does it for you)"
        )


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_shape(path):
    nb = load(path)
    assert nb["metadata"]["kernelspec"]["name"] == "python3", "the kernel must be python3"
    first = "".join(nb["cells"][0]["source"])
    assert first.startswith(f"# {number(path)}. "), (
        f"{path.name}: the first cell's heading must start with '# {number(path)}. ' and a title"
    )
    for part in ("**You will learn**", "**Time needed:**", "**Before you start:**"):
        assert part in first, f"{path.name}: the first cell needs a '{part}' line"
    tagged = [i for i, c in enumerate(nb["cells"]) if "parameters" in c["metadata"].get("tags", [])]
    assert len(tagged) == 1, (
        f"{path.name}: tag exactly one code cell 'parameters' (found {len(tagged)})"
    )
    assert tagged[0] <= 5, (
        f"{path.name}: the parameters cell is cell {tagged[0]}; keep it near the top"
    )
    text = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    for heading in ("## What the chapter says", "## The data", "## Verdict", "## Exercises",
                    "## Discussion questions", "## Sources and further reading"):  # fmt: skip
        assert heading in text, f"{path.name}: add a Markdown section '{heading}'"
    assert "Run All Above" in text, f"{path.name}: say near the top how to recover after an error"
    last = "".join(nb["cells"][-1]["source"])
    assert f'navigation("{path.stem}")' in last, (
        f'{path.name}: end with a code cell navigation("{path.stem}")'
    )


@pytest.mark.parametrize("path", PUBLISHED, ids=lambda p: p.stem)
def test_no_placeholder_text(path):
    """A published notebook holds no TODO, NN or NN_name left from the template."""
    left = [f"cell {i}: {m.group(0)!r}" for i, c in enumerate(cells(path))
            for m in [PLACEHOLDER.search("".join(c["source"]))] if m]  # fmt: skip
    assert not left, (
        f"{path.name} still has template placeholders ({'; '.join(left[:5])}). Write them, or "
        'keep the notebook a draft ("draft": true in notebooks/outline.json).'
    )


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_slides_and_speaker_notes(path):
    """RISE's default theme fetches web fonts; 'white' fetches nothing. Each part has notes."""
    nb = load(path)
    rise = nb["metadata"].get("rise", {})
    assert rise.get("theme") == "white" and rise.get("scroll") is True, (
        f'{path.name}: set notebook metadata "rise": {{"theme": "white", "scroll": true}}'
    )
    kinds = [c["metadata"].get("slideshow", {}).get("slide_type") for c in nb["cells"]]
    assert kinds.count("slide") >= 5, f"{path.name}: mark each part's first cell as a slide"
    if path.stem not in course.DRAFTS:
        assert kinds.count("notes") >= 3, f"{path.name}: add speaker notes (slide type 'notes')"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_figure_slides_show_one_short_line_of_code(path):
    """On a slide the figure, not the code that words its caption, fills the screen."""
    for i, cell in enumerate(cells(path)):
        shown = any("image/png" in o.get("data", {}) for o in cell.get("outputs", []))
        if not shown:
            continue
        kind = cell["metadata"].get("slideshow", {}).get("slide_type")
        lines = "".join(cell["source"]).strip().splitlines()
        assert kind == "slide", f"{path.name} cell {i}: a figure cell starts its own slide"
        assert len(lines) <= 2, (
            f"{path.name} cell {i}: a figure cell has {len(lines)} lines; build the Caption in the "
            "cell before it (slide type 'skip') and keep show(...) to one line"
        )


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_solutions_are_collapsed_checked_and_in_their_own_variable(path):
    solutions = [c for c in cells(path) if "solution" in c["metadata"].get("tags", [])]
    assert solutions, f"{path.name}: every notebook has at least one exercise with a solution"
    for cell in solutions:
        source = "".join(cell["source"])
        hidden = cell["metadata"].get("jupyter", {})
        assert hidden.get("source_hidden") and hidden.get("outputs_hidden"), (
            f"{path.name}: collapse each solution's input and output (jupyter.source_hidden and "
            "outputs_hidden), so that 'Correct.' does not show under a student's 'Not yet'"
        )
        assert cell["metadata"].get("slideshow", {}).get("slide_type") == "skip"
        exercise = EXERCISE.search(source)
        assert exercise, f"{path.name}: a solution ends with check(...)"
        variable = "answer_" + exercise.group(1).replace(".", "_")
        assert re.search(rf"^{variable} = ", source, re.M), (
            f"{path.name}: the solution of {exercise.group(1)} assigns {variable} (graders read it)"
        )
        printed = "".join("".join(o.get("text", "")) for o in cell["outputs"])
        assert "Correct" in printed, f"{path.name}: a stored solution that does not pass its check"


@functools.cache
def expected(exercise_id: str):
    """An exercise's answer, computed once per test session."""
    return _lookup(exercise_id).expected()


def _tells(exercise_id: str) -> list[re.Pattern]:
    """Patterns that would show the answer of an exercise, near one of its topics."""
    exercise = _lookup(exercise_id)
    answer = expected(exercise_id)
    if exercise.kind == "number" and isinstance(answer, float) and not float(answer).is_integer():
        return [
            re.compile(re.escape(f"{answer:.3f}")),
            re.compile(re.escape(f"{answer:.2f}") + r"\b"),
        ]
    if exercise.kind in ("number", "value"):
        return [re.compile(rf"(?<![\d./-]){re.escape(str(answer))}(?![\d./])")]
    return []


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_no_exercise_is_answered_on_screen(path):
    """Nothing printed or written before an exercise states its answer (near its topic)."""
    seen: list[str] = []
    for cell in cells(path):
        if "solution" in cell["metadata"].get("tags", []):
            continue
        source = "".join(cell["source"])
        asked = EXERCISE.search(source) if cell["cell_type"] == "code" else None
        if asked:
            exercise = _lookup(asked.group(1))
            answer = expected(asked.group(1))
            for line in "\n".join(seen).splitlines():
                near = not exercise.topics or any(t in line for t in exercise.topics)
                for tell in _tells(asked.group(1)):
                    assert not (near and tell.search(line)), (
                        f"{path.name}: before exercise {asked.group(1)} this line shows its "
                        "answer: "
                        f"{line.strip()[:160]!r}. Move the exercise before it, or change one."
                    )
                if exercise.kind == "set" and exercise.topics and near:
                    members = set(answer)
                    assert not (members and all(m in line for m in members) and len(members) > 1), (
                        f"{path.name}: before exercise {asked.group(1)} a line lists its answer"
                    )
        seen.append(text_of(cell))


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_outputs_are_executed_portable_and_captioned(path):
    for i, cell in enumerate(cells(path)):
        if cell["cell_type"] != "code":
            continue
        assert cell["execution_count"] is not None, (
            f"{path.name} cell {i} was not run: Restart Kernel and Run All Cells, then save"
        )
        kinds = []
        for output in cell["outputs"]:
            assert output["output_type"] != "error", f"{path.name} cell {i} stored an error"
            assert output.get("name") != "stderr", f"{path.name} cell {i} printed to stderr"
            text = json.dumps(output.get("text", "")) + json.dumps(
                output.get("data", {}).get("text/plain", "")
            )
            match = MACHINE.search(text)
            assert not match, (
                f"{path.name} cell {i}: output holds {match.group(0)!r}, which differs between "
                "machines"
            )
            data = output.get("data", {})
            if "image/png" in data:
                alt = output.get("metadata", {}).get("image/png", {}).get("alt", "")
                assert len(alt.split()) >= 8, (
                    f"{path.name} cell {i}: a figure without alt text; show it with rulac.show()"
                )
            caption = "".join(data.get("text/markdown", ""))
            kinds.append("image" if "image/png" in data else "caption"
                         if caption.startswith("**Figure") else "other")  # fmt: skip
            if caption.startswith("**Figure"):
                assert "*Data:" in caption and "<summary>Text description</summary>" in caption
        for at, kind in enumerate(kinds):
            if kind == "image":
                assert kinds[at + 1 : at + 2] == ["caption"], f"{path.name} cell {i}: no caption"


@pytest.fixture(scope="module")
def handouts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("handouts")
    script = [sys.executable, str(ROOT / "scripts" / "handout.py"), str(folder)]
    subprocess.run(script, check=True, capture_output=True)
    return folder, script


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_handouts_keep_no_solution_and_no_answer(handouts, path):
    folder, _ = handouts
    copy = load(folder / path.name)
    assert not [c for c in copy["cells"] if "solution" in c["metadata"].get("tags", [])]
    text = "\n".join(text_of(c) for c in copy["cells"])
    assert "collapsed" not in text, (
        f"{path.name}: the student copy still speaks of collapsed solutions; tag that cell "
        "'solutions-note'"
    )
    asked = sorted(set(EXERCISE.findall("\n".join("".join(c["source"]) for c in copy["cells"]))))
    assert asked, f"{path.name}: the student copy has no exercise"
    for exercise_id in asked:
        for tell in _tells(exercise_id):
            topics = _lookup(exercise_id).topics
            for line in text.splitlines():
                if not topics or any(t in line for t in topics):
                    assert not tell.search(line), (
                        f"{path.name}: the handout shows {exercise_id}'s answer"
                    )


def test_handouts_never_overwrite_and_say_how_to_write_elsewhere(handouts):
    folder, script = handouts
    mine = folder / PATHS[0].name
    mine.write_text("my own notes", encoding="utf-8")
    again = subprocess.run(script, capture_output=True, text=True)
    assert again.returncode == 1 and "may hold someone's work" in again.stderr
    assert "make handouts OUT=" in again.stderr
    assert mine.read_text(encoding="utf-8") == "my own notes"
