"""chapter_minerals restates the chapter's table exactly: every row against the reference copy."""

from __future__ import annotations

import re

import pytest

from rulac.loading import load
from tests.raw_files import chapter_text


@pytest.fixture(scope="module")
def table():
    return load("chapter_minerals")


def table_lines(text: str) -> dict[int, str]:
    """The eight lines of the chapter's table ('1.Bauxite 100%Australia, ...'), spaces removed."""
    start = text.index("Natural resourcesDependenceCountries-donors of them")
    lines = text[start:].splitlines()[1:9]
    found = {}
    for line in lines:
        number, rest = line.split(".", 1)
        found[int(number)] = re.sub(r"\s", "", rest)
    return found


def test_every_row_is_the_chapter_s_line(table):
    lines = table_lines(chapter_text())
    assert sorted(lines) == list(range(1, 9))
    for row, block in table.groupby("row"):
        first = block.iloc[0]
        suppliers = ",".join(block.sort_values("supplier_order")["supplier_in_chapter"])
        restated = f"{first['resource_in_chapter']}{first['dependence_in_chapter']}{suppliers}"
        assert re.sub(r"\s", "", restated) == lines[row], f"row {row}"


def test_counts_and_named_facts(table):
    assert len(table) == 27  # 4 + 4 + 3 + 3 + 3 + 4 + 3 + 3 suppliers in the chapter's table
    per_row = table.groupby("row").size().tolist()
    assert per_row == [4, 4, 3, 3, 3, 4, 3, 3]
    tantalum = table[table["row"] == 6].iloc[0]
    assert (tantalum["resource_in_chapter"], tantalum["mineral"]) == ("Tantalus", "tantalum")
    percent = table.drop_duplicates("row").set_index("mineral")["dependence_pct"]
    assert percent["lithium"] == 99
    assert percent["copper"] == 48
    assert (percent.drop(["lithium", "copper"]) == 100).all()
    codes = dict(zip(table["supplier_in_chapter"], table["iso3"], strict=True))
    assert codes["Guatemala"] == "GTM"
    assert codes["Afghanistan"] == "AFG"
    assert codes["South Africa"] == "ZAF"
