"""Time every notebook against the floor, and measure each kernel's peak memory.

    make bench                                 # every notebook in notebooks/
    .venv/bin/python scripts/bench.py 02         # notebooks whose name starts with 02
    .venv/bin/python scripts/bench.py --repeat 5 # more runs of each (the default is 3)

Each notebook runs top to bottom in a fresh kernel, as nbval runs it; nothing is written. The
floor is what no notebook can beat: start a kernel, import pandas, matplotlib, seaborn and the
course helpers. For each notebook: its run time, the floor's (measured right after it, so both
see the same machine), their ratio (the course's limit is 2.0) and the kernel's peak resident
memory (the limit is 300 MiB). Each is run several times, alternating with the floor, and the
fastest run of each counts (as timeit does): on a shared machine, the slower runs measure the
neighbours. Then the cost of reading the vote table as plain strings
against compact categories (load's default and compact=True).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from rulac.paths import NOTEBOOKS

FLOOR_CODE = "import pandas, matplotlib.pyplot, seaborn, rulac\n%matplotlib inline"
PEAK_CODE = (
    "import resource\nusage = resource.getrusage(resource.RUSAGE_SELF)\n"
    "print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime)"
)
MAX_RATIO, MAX_MIB = 2.0, 300
LOAD_COST = """
import resource, time
from rulac import load
started = time.perf_counter()
load("unga_votes", compact={compact})
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{{seconds:.2f}} s, peak {{peak:.0f}} MiB")
"""


def run(notebook: nbformat.NotebookNode) -> tuple[float, float, float]:
    """Seconds to run the notebook, the kernel's peak memory in MiB and the kernel's CPU
    seconds (start-up included; measured after the last cell)."""
    notebook.cells.append(nbformat.v4.new_code_cell(PEAK_CODE))
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    started = time.perf_counter()
    client.execute(stderr=subprocess.DEVNULL)  # the kernel's start-up notices, not the outputs
    seconds = time.perf_counter() - started
    printed = "".join(output.get("text", "") for output in notebook.cells[-1].outputs)
    peak_kib, cpu = printed.split()
    return seconds, int(peak_kib) / 1024, float(cpu)


def floor_notebook() -> nbformat.NotebookNode:
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_CODE)])


def in_fresh_process(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return done.stdout.strip()


def _cpu_ticks() -> list[int]:
    first = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0]
    return [int(x) for x in first.split()[1:9]]


_START = _cpu_ticks() if sys.platform == "linux" else None


def steal_share() -> float:
    """The share of CPU time 'stolen' by the host (a virtual machine's neighbours) so far."""
    if _START is None:
        return 0.0
    delta = [b - a for a, b in zip(_START, _cpu_ticks(), strict=True)]
    return delta[7] / max(1, sum(delta))


def main(argv: list[str]) -> int:
    repeat = 3
    if "--repeat" in argv:
        at = argv.index("--repeat")
        repeat = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    prefixes = argv or [""]
    paths = sorted(
        p for p in NOTEBOOKS.glob("*.ipynb") if any(p.name.startswith(x) for x in prefixes)
    )
    if not paths:
        print(f"no notebook matches {prefixes}", file=sys.stderr)
        return 1
    rows = []
    for path in paths:
        runs, floors = [], []
        for _ in range(repeat):
            runs.append(run(nbformat.read(path, as_version=4)))
            floors.append(run(floor_notebook()))
        best, floor = min(runs), min(floors)
        cpu, floor_cpu = min(r[2] for r in runs), min(f[2] for f in floors)
        rows.append((path.stem, best[0], floor[0], max(r[1] for r in runs), cpu, floor_cpu))
    width = max(len(name) for name, *_ in rows)
    print(
        f"{'notebook':<{width}}  {'run (s)':>8}  {'floor (s)':>9}  {'ratio':>6}  {'peak MiB':>8}"
        f"  {'kernel CPU ratio':>16}"
    )
    for name, seconds, floor, peak, cpu, floor_cpu in rows:
        over = " over" if seconds / floor > MAX_RATIO or peak > MAX_MIB else ""
        ratio = seconds / floor
        print(
            f"{name:<{width}}  {seconds:8.2f}  {floor:9.2f}  {ratio:6.2f}  {peak:8.0f}"
            f"  {cpu / floor_cpu:16.2f}{over}"
        )
    suite, floor = sum(r[1] for r in rows), sum(r[2] for r in rows)
    print(f"{'total':<{width}}  {suite:8.2f}  {floor:9.2f}  {suite / floor:6.2f}")
    print(f"limits: ratio {MAX_RATIO}, peak {MAX_MIB} MiB per kernel; fastest of {repeat} runs")
    print(
        "kernel CPU ratio: the kernel's CPU seconds against the floor kernel's; on a shared "
        "machine it moves less than wall time (time taken by other machines is not counted)."
    )
    print(f"CPU time taken by the host from this machine during the runs: {steal_share():.0%}")
    for compact in (False, True):
        label = "compact=True (categories)" if compact else "plain strings (default)"
        print(f"load('unga_votes'), {label}: {in_fresh_process(LOAD_COST.format(compact=compact))}")
    started = time.perf_counter()
    in_fresh_process("import nbformat")
    print(f"import nbformat in a fresh process: {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
