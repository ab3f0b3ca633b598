"""Where the publishers' raw files are, for the tests that compare a table with its raw file.

The folder is ``RULAC_SOURCES`` if set, else ``../shared/sources`` beside the repository (as
for scripts/build_data.py). Tests that need a raw file skip when it is not there: the raw files
are not part of the project.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import sys
from pathlib import Path

import pytest

from rulac.paths import ROOT

SOURCES = Path(os.environ.get("RULAC_SOURCES", ROOT.parent / "shared" / "sources"))


def raw_path(relative: str) -> Path:
    """The raw file, or skip the test if it is not beside the checkout."""
    path = SOURCES / relative
    if not path.is_file():
        pytest.skip(f"raw file {relative} is not under {SOURCES} (set RULAC_SOURCES)")
    return path


def resource_module(name: str):
    """The module scripts/resources/<name>.py (its RAW list, constants and build)."""
    scripts = str(ROOT / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    return importlib.import_module(f"resources.{name}")


def check_raw_hashes(name: str) -> None:
    """Every raw file a resource declares has the sha256 its module records."""
    for raw in resource_module(name).RAW:
        payload = raw_path(raw["path"]).read_bytes()
        assert hashlib.sha256(payload).hexdigest() == raw["sha256"], raw["path"]
