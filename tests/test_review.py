"""Notebook changes stay reviewable: no run-only metadata is committed, and the configuration
that strips it on commit (nbstripout) and hides it from diffs (nbdime) is in the repository.

`make git-setup` turns both on in a clone (README, "Reviewing a change to a notebook").
"""

from __future__ import annotations

import json
import subprocess
import sys

from rulac.paths import NOTEBOOKS, ROOT

STRIP = ["--keep-output", "--keep-count", "--keep-id"]


def test_committed_notebooks_pass_through_nbstripout_unchanged():
    """With the course's options nbstripout keeps outputs, counts and ids: a committed notebook
    is exactly what the git filter would commit (no execution timestamps, outputs intact)."""
    paths = sorted(str(p) for p in NOTEBOOKS.glob("*.ipynb"))
    done = subprocess.run(
        [sys.executable, "-m", "nbstripout", *STRIP, "--verify", *paths],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, (
        "nbstripout would change these notebooks (run-only metadata such as execution "
        f"timestamps): {done.stdout.strip()} Strip them: .venv/bin/nbstripout {' '.join(STRIP)} "
        "notebooks/*.ipynb (make git-setup does it on every commit)"
    )


def test_filter_and_diff_driver_are_declared_with_the_same_options():
    attributes = (ROOT / ".gitattributes").read_text(encoding="utf-8")
    assert "*.ipynb filter=nbstripout diff=jupyternotebook merge=jupyternotebook" in attributes
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    hooks = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert f"-m nbstripout {' '.join(STRIP)}" in makefile
    assert f"nbstripout {' '.join(STRIP)}" in hooks
    ignored = json.loads((ROOT / "nbdime_config.json").read_text(encoding="utf-8"))
    for kind in ("Diff", "Merge"):
        assert "execution" in ignored[kind]["Ignore"]["/cells/*/metadata"]
