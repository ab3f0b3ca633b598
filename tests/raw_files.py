"""Where the raw files and the chapter are, for the tests that check a table against its raw file.

The raw files are not part of the project: they sit in ``../shared/sources`` beside the checkout
(or wherever ``RULAC_SOURCES`` points, as for scripts/build_data.py). A test that needs one is
skipped when it is not there.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from rulac.paths import ROOT

SOURCES = Path(os.environ.get("RULAC_SOURCES", ROOT.parent / "shared" / "sources"))
CHAPTER = SOURCES.parent / "reference" / "chapter-14-russia-and-latin-america.txt"


def raw(relative: str) -> Path:
    """The raw file at ``relative`` under the sources folder, or skip the test."""
    path = SOURCES / relative
    if not path.is_file():
        pytest.skip(f"raw file {relative} is not in the sources folder")
    return path


def chapter_text() -> str:
    """The course's reference copy of the chapter, or skip the test."""
    if not CHAPTER.is_file():
        pytest.skip("the chapter text (../shared/reference) is not beside this checkout")
    return CHAPTER.read_text(encoding="utf-8")


def csv_rows(data: bytes, encoding: str = "utf-8-sig") -> list[dict]:
    """The rows of a CSV file as dictionaries of text, read with the csv module alone."""
    return list(csv.DictReader(io.StringIO(data.decode(encoding))))
