"""Write copies of the notebooks without their solution cells, for handing out.

    python scripts/handout.py [OUTDIR]      # default: handouts/

Cells tagged ``solution`` are removed. The originals are never touched, and an existing
file in OUTDIR is never overwritten (a student's work may be there): remove it first or
choose another folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent


def strip(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    notebook.cells = [
        c for c in notebook.cells if "solution" not in c.get("metadata", {}).get("tags", [])
    ]
    return notebook


def main(argv: list[str]) -> int:
    outdir = Path(argv[0]) if argv else ROOT / "handouts"
    sources = sorted((ROOT / "notebooks").glob("*.ipynb"))
    clashes = [outdir / p.name for p in sources if (outdir / p.name).exists()]
    if clashes:
        print(
            "Not written: these files exist already and may hold someone's work:", file=sys.stderr
        )
        for path in clashes:
            print(f"  {path}", file=sys.stderr)
        print(
            "Move them away or give another folder: python scripts/handout.py OUTDIR",
            file=sys.stderr,
        )
        return 1
    outdir.mkdir(parents=True, exist_ok=True)
    for path in sources:
        nbformat.write(strip(nbformat.read(path, as_version=4)), outdir / path.name)
        print(f"wrote {outdir.name}/{path.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
