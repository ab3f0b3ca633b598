"""`make new` gives a newcomer a notebook that runs and passes the course's tests as a draft,
and a clear failure listing the template text still to write once it is published."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from rulac.paths import ROOT

COPIED = [
    "rulac",
    "notebooks",
    "templates",
    "data",
    "scripts",
    "tests",
    "pyproject.toml",
    "GLOSSARY.md",
]


def test_make_new_registers_a_draft_that_passes_then_asks_for_its_text(tmp_path):
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, tmp_path / name, ignore=shutil.ignore_patterns("slow", "__pycache__")
            )
        else:
            shutil.copy2(source, tmp_path / name)
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}  # the copy's rulac, data and notebooks
    made = subprocess.run([sys.executable, "scripts/new_notebook.py", "06_my_topic", "My topic"],
                          cwd=tmp_path, env=env, capture_output=True, text=True)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "draft" in made.stdout and "Next:" in made.stdout
    outline = json.loads((tmp_path / "notebooks" / "outline.json").read_text())
    assert {"id": "06_my_topic", "title": "My topic", "draft": True} in outline
    assert (tmp_path / "rulac" / "exercises" / "nb06.py").is_file()

    tests = [
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-o",
        "addopts=",
        "tests/test_notebooks.py",
    ]
    as_draft = subprocess.run([sys.executable, *tests, "-k", "06_my_topic"], cwd=tmp_path, env=env,
                              capture_output=True, text=True)  # fmt: skip
    assert as_draft.returncode == 0, as_draft.stdout[-3000:]
    nbval = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                            "--nbval",
                            "--nbval-current-env", "notebooks/06_my_topic.ipynb", "-o", "addopts="],
                           cwd=tmp_path, env=env, capture_output=True, text=True)  # fmt: skip
    assert nbval.returncode == 0, nbval.stdout[-3000:]

    again = subprocess.run([sys.executable, "scripts/new_notebook.py", "06_other", "Other"],
                           cwd=tmp_path, env=env, capture_output=True, text=True)  # fmt: skip
    assert again.returncode == 1 and "exists already" in again.stderr

    for entry in outline:
        entry.pop("draft", None)
    (tmp_path / "notebooks" / "outline.json").write_text(json.dumps(outline), encoding="utf-8")
    published = subprocess.run([sys.executable, *tests, "-k", "placeholder and 06_my_topic"],
                               cwd=tmp_path, env=env, capture_output=True, text=True)  # fmt: skip
    assert published.returncode == 1
    assert "still has template placeholders" in published.stdout
