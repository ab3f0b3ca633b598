"""Where the raw files of notebooks 04 and 04b's resources are (tests skip when they are not
here)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rulac.paths import ROOT

SOURCES = Path(os.environ.get("RULAC_SOURCES", ROOT.parent / "shared" / "sources"))


def raw(path: str) -> Path:
    """The raw file ``path`` under the sources folder, or skip the test."""
    found = SOURCES / path
    if not found.is_file():
        pytest.skip(f"raw file {path} is not beside this checkout")
    return found
