"""Time every notebook against the floor: as many kernels that only import the stack.

    python scripts/bench.py            # every notebook in notebooks/
    python scripts/bench.py 02         # notebooks whose name starts with 02

Each notebook runs top to bottom in a fresh kernel, as nbval runs it; nothing is written.
The floor is what no notebook can beat: start a kernel, import pandas, matplotlib, seaborn
and the course helpers. The last line is the ratio of the two totals.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
FLOOR_CODE = "import pandas, matplotlib.pyplot, seaborn, rulac\n%matplotlib inline"


def run(notebook: nbformat.NotebookNode) -> float:
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    started = time.perf_counter()
    client.execute(
        stderr=subprocess.DEVNULL
    )  # the kernel's start-up notices, not the notebook's output
    return time.perf_counter() - started


def floor_notebook() -> nbformat.NotebookNode:
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_CODE)])


def import_seconds(module: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    prefixes = argv or [""]
    paths = sorted(
        p for p in NOTEBOOKS.glob("*.ipynb") if any(p.name.startswith(x) for x in prefixes)
    )
    if not paths:
        print(f"no notebook matches {prefixes}", file=sys.stderr)
        return 1
    rows = []
    for path in paths:
        seconds = run(nbformat.read(path, as_version=4))
        floor = run(floor_notebook())
        rows.append((path.name, seconds, floor))
    width = max(len(name) for name, _, _ in rows)
    print(f"{'notebook':<{width}}  {'run (s)':>8}  {'floor (s)':>9}  {'ratio':>6}")
    for name, seconds, floor in rows:
        print(f"{name:<{width}}  {seconds:8.2f}  {floor:9.2f}  {seconds / floor:6.2f}")
    suite, floor = sum(r[1] for r in rows), sum(r[2] for r in rows)
    print(f"{'total':<{width}}  {suite:8.2f}  {floor:9.2f}")
    print(
        f"import nbformat in a fresh process: {import_seconds('nbformat'):.2f} s "
        "(jsonschema pinned without rfc3987-syntax; see README)"
    )
    print(f"suite/floor ratio: {suite / floor:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
