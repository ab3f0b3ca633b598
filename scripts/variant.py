"""Run a notebook with other parameters (a seminar variant), with papermill.

    make variant NB=02 PARAMS=my_params.yaml            # writes variants/02_..._my_params.ipynb
    make variant NB=02 PARAMS=my_params.yaml OUT=week3  # into another folder

PARAMS is a YAML file of the notebook's parameters, e.g. ``FOCUS_STATES: Caribbean``. The
variant is written to ``variants/`` (never to ``notebooks/``), and an existing file is never
overwritten. A value the data do not allow stops the run with the parameters cell's message.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rulac.paths import NOTEBOOKS, ROOT


def notebook_for(prefix: str) -> Path:
    """The notebook whose number or name is ``prefix`` ("02", "02b" or "02_ukraine_votes"), or
    else the one notebook whose name starts with it ("02_u")."""
    paths = sorted(NOTEBOOKS.glob("*.ipynb"))
    matches = [p for p in paths if prefix in (p.stem, p.stem.split("_")[0])]
    matches = matches or [p for p in paths if p.stem.startswith(prefix)]
    if len(matches) != 1:
        names = ", ".join(p.stem for p in sorted(NOTEBOOKS.glob("*.ipynb")))
        raise SystemExit(f"NB={prefix!r} names {len(matches)} notebooks; choose one of: {names}")
    return matches[0]


def main(argv: list[str]) -> int:
    import papermill
    import yaml

    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, params_file = notebook_for(argv[0]), Path(argv[1])
    outdir = Path(argv[2]) if len(argv) > 2 else ROOT / "variants"
    if not params_file.is_file():
        print(f"No parameters file {params_file}: write one, e.g. 'FOCUS_STATES: Caribbean'.",
              file=sys.stderr)  # fmt: skip
        return 1
    parameters = yaml.safe_load(params_file.read_text(encoding="utf-8")) or {}
    if not isinstance(parameters, dict):
        print(f"{params_file} must hold NAME: value lines.", file=sys.stderr)
        return 1
    if outdir.resolve() == NOTEBOOKS.resolve():
        print(
            "Not written: variants never go into notebooks/; choose another OUT.", file=sys.stderr
        )
        return 1
    target = outdir / f"{source.stem}_{params_file.stem}.ipynb"
    if target.exists():
        print(f"Not written: {target} exists and may hold someone's work. Move it away or give "
              "another OUT=folder.", file=sys.stderr)  # fmt: skip
        return 1
    outdir.mkdir(parents=True, exist_ok=True)
    try:
        papermill.execute_notebook(str(source), str(target), parameters=parameters,
                                   cwd=str(NOTEBOOKS), kernel_name="python3",
                                   progress_bar=False)  # fmt: skip
    except papermill.PapermillExecutionError as error:
        target.unlink(missing_ok=True)  # written by this run only: nothing of anyone's is lost
        print(f"Stopped in cell {error.exec_count}: {error.ename}: {error.evalue}", file=sys.stderr)
        return 1
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
