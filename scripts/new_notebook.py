"""Start a new notebook from the template: make new NB=06_my_topic TITLE="My topic".

Copies ``templates/notebook_template.ipynb`` to ``notebooks/NB.ipynb`` with its number, id
and title filled in, writes an example exercise module ``rulac/exercises/nbNN.py``, adds the
notebook to ``notebooks/outline.json`` as a *draft* (tested, but left out of the navigation),
records the new id in the data package (the claims register may name it) and runs it once
so that its stored outputs are there for nbval. Nothing that exists is ever
overwritten. When the TODO text is written, remove ``"draft": true`` from the outline: from
then on a test fails while any TODO is left.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import nbformat
from nbclient import NotebookClient

from rulac.paths import NOTEBOOKS, ROOT

TEMPLATE = ROOT / "templates" / "notebook_template.ipynb"
OUTLINE = NOTEBOOKS / "outline.json"
NAME = re.compile(r"^(\d\d[a-z]?)_[a-z0-9_]+$")
EXERCISES = '''"""Exercises of notebook {number}. Each answer is computed from the course data."""

from rulac import countries
from rulac.exercises import exercise


def _civil_law_count() -> int:
    return int((countries.lac()["legal_system"] == "civil").sum())


exercise(
    "{number}.1",
    _civil_law_count,
    kind="number",
    topics=["civil"],
    hints=[
        (lambda given, _: given == len(countries.lac()) - _civil_law_count(),
         "Not yet: that is the number of the other states; count the civil-law ones."),
    ],
)
'''


def main(argv: list[str]) -> int:
    notebook_id = argv[0].removesuffix(".ipynb") if argv else ""
    title = (argv[1] if len(argv) > 1 else "").strip() or "TODO: a title that names the question"
    match = NAME.match(notebook_id)
    if not match:
        print(f"NB={notebook_id!r}: give a number and a name in lower case, e.g. NB=06_my_topic.",
              file=sys.stderr)  # fmt: skip
        return 1
    number = match.group(1)
    target = NOTEBOOKS / f"{notebook_id}.ipynb"
    module = ROOT / "rulac" / "exercises" / f"nb{number}.py"
    outline = json.loads(OUTLINE.read_text(encoding="utf-8"))
    taken = [e["id"] for e in outline if e["id"].split("_")[0] == number]
    if target.exists() or taken or module.exists():
        print(f"Not written: notebook {number} exists already ({', '.join(taken) or module.name}). "
              "Choose another number.", file=sys.stderr)  # fmt: skip
        return 1
    text = TEMPLATE.read_text(encoding="utf-8")
    text = text.replace("NN_name", notebook_id).replace("TITLE", title.replace('"', "'"))
    text = (
        text.replace("NN.", f"{number}.")
        .replace("NN_", f"{number}_")
        .replace("# NN", f"# {number}")
    )
    text = text.replace("nbNN", f"nb{number}")
    notebook = nbformat.reads(text, as_version=4)
    module.write_text(EXERCISES.format(number=number), encoding="utf-8")
    outline.append({"id": notebook_id, "title": title, "draft": True})
    outline.sort(key=lambda e: e["id"])
    OUTLINE.write_text(
        "[\n" + ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in outline) + "\n]\n",
        encoding="utf-8",
    )
    # The claims register's notebook column allows the outline's ids: record the new one.
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_data.py"), "claims"], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()  # fmt: skip
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(notebook, target)
    print(f"wrote notebooks/{target.name} (a draft in notebooks/outline.json) and "
          f"rulac/exercises/{module.name}.")  # fmt: skip
    print("Next: replace every TODO, run Restart Kernel and Run All Cells, save, then remove "
          '"draft": true from notebooks/outline.json and run make test.')  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
