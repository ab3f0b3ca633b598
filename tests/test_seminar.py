"""Notebook 05's scorecard: every claim of the register appears with the register's verdict.

The scorecard is generated from data/claims.csv; the last test reads the table stored in the
notebook, so that it fails when a notebook changes a verdict and notebook 05 was not re-run.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from rulac import seminar
from rulac.loading import load
from rulac.paths import NOTEBOOKS


@pytest.fixture(scope="module")
def claims():
    return load("claims")


def test_scorecard_has_every_claim_with_its_verdict(claims):
    card = seminar.scorecard(claims)
    assert list(card["id"]) == list(claims["id"])
    assert (card.set_index("id")["verdict"] == claims.set_index("id")["verdict"]).all()
    counts = seminar.verdict_counts(card)
    assert counts.to_numpy().sum() == len(claims)
    assert list(counts.index) == seminar.pillars(claims)
    for pillar, row in counts.iterrows():
        assert row.sum() == (claims["pillar"] == pillar).sum()


def test_selection_and_its_sentence(claims):
    card = seminar.scorecard(claims)
    picked = seminar.select(card, ["The Ukraine votes"], ["05_seminar"])
    assert set(picked["id"]) == set(
        claims.loc[
            (claims["pillar"] == "The Ukraine votes") & (claims["notebook"] == "05_seminar"), "id"
        ]
    )
    empty = seminar.select(card, ["A peaceful region"], ["04_brics"])
    assert empty.empty
    assert "the scorecard is empty" in seminar.selection_sentence(empty, ["x"], ["y"])
    assert seminar.by_number("02", claims) == "02_ukraine_votes"
    assert seminar.by_number([5, "all"], claims) == ["05_seminar", "all"]


def test_every_claim_for_discussion_has_its_row(claims):
    table = seminar.discussion_table(claims)
    assert set(table["id"]) == set(claims.loc[claims["verdict"] == "discussion", "id"])
    own = claims[(claims["notebook"] == "05_seminar") & (claims["verdict"] == "discussion")]
    assert set(own["id"]) <= set(seminar.DISCUSSION), "a claim of notebook 05 has no entry"
    assert set(seminar.DISCUSSION) <= set(own["id"]), "an entry for a claim not discussed here"
    for entry in seminar.DISCUSSION.values():
        assert all(text.strip() for text in entry)
        assert "?" in entry[3] or entry[3].startswith("Write")


def test_words_and_shares():
    assert seminar.sentence_list(["a", "b", "c"]) == "a, b and c"
    assert seminar.sentence_list([]) == "none"
    row = pd.Series({"supports": 2, "nuance": 0, "contradicts": 1})
    assert seminar.describe_counts(row) == "2 supports, 1 contradicts"
    table = pd.DataFrame({"verdict": ["supported", "discussion", "contradicted", "untested"]})
    assert seminar.tested_share(table) == 0.5


def test_show_or_say_says_why(capsys):
    seminar.show_or_say(None, None, None, why="nothing to draw")
    assert capsys.readouterr().out == "No figure: nothing to draw.\n"


def test_the_stored_scorecard_equals_the_register(claims):
    nb = json.loads((NOTEBOOKS / "05_seminar.ipynb").read_text("utf-8"))
    tables = [
        "".join(o["data"]["text/markdown"])
        for c in nb["cells"]
        for o in c.get("outputs", [])
        if "| id | pillar | kind | verdict | notebook | evidence |"
        in "".join(o.get("data", {}).get("text/markdown", ""))
    ]
    assert len(tables) == 1, "the scorecard table is not in notebook 05's outputs"
    shown = {}
    for line in tables[0].splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        shown[cells[0]] = cells[3]
    stale = {i: (shown.get(i), v) for i, v in claims.set_index("id")["verdict"].items()
             if shown.get(i) != v}  # fmt: skip
    assert not stale, f"notebook 05's scorecard differs from data/claims.csv: re-run it ({stale})"
    assert all(re.fullmatch(r"C\d\d", i) for i in shown)
