"""Write student copies of the notebooks: no solution cells, no text that promises them.

    make handouts                 # into handouts/
    make handouts OUT=week3       # into another folder

Cells tagged ``solution`` are removed; a Markdown cell tagged ``solutions-note`` (the text that
tells a reader where the collapsed solutions are) is replaced by :data:`STUDENT_NOTE`. The
originals are never touched, and an existing file in the folder is never overwritten (a
student's work may be there).
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

from rulac.paths import NOTEBOOKS, ROOT

STUDENT_NOTE = (
    "**This copy has no solutions.** Write your answer in the cell under each exercise and run "
    "`check(...)`: it tells you whether you are right without showing the answer. Your "
    "instructor has the solutions."
)


def strip(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The student copy of ``notebook``: solutions out, the note about them rewritten."""
    kept = []
    for cell in notebook.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if "solution" in tags:
            continue
        if "solutions-note" in tags:
            cell.source = STUDENT_NOTE
        kept.append(cell)
    notebook.cells = kept
    return notebook


def main(argv: list[str]) -> int:
    outdir = Path(argv[0]) if argv else ROOT / "handouts"
    if outdir.resolve() == NOTEBOOKS.resolve():
        print("Not written: the student copies never go into notebooks/. Choose another folder: "
              "make handouts OUT=handouts-2", file=sys.stderr)  # fmt: skip
        return 1
    sources = sorted(NOTEBOOKS.glob("*.ipynb"))
    clashes = [outdir / p.name for p in sources if (outdir / p.name).exists()]
    if clashes:
        print(
            "Not written: these files exist already and may hold someone's work:", file=sys.stderr
        )
        for path in clashes:
            print(f"  {path}", file=sys.stderr)
        print("Move them away, or write the copies elsewhere: make handouts OUT=handouts-2",
              file=sys.stderr)  # fmt: skip
        return 1
    outdir.mkdir(parents=True, exist_ok=True)
    for path in sources:
        nbformat.write(strip(nbformat.read(path, as_version=4)), outdir / path.name)
        print(f"wrote {outdir.name}/{path.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
