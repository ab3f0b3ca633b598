"""Notebook 05b's scorecard: every claim of the register appears with the register's verdict;
every claim for discussion keeps its brief (in the notebook's questions and the instructor's guide).

The scorecard is generated from data/claims.csv; the stored-table test reads the table stored in
the notebook, so that it fails when a notebook changes a verdict and notebook 05b was not re-run.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from rulac import seminar
from rulac.loading import load
from rulac.paths import NOTEBOOKS, ROOT

HERE = "05b_weighing_the_argument"


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
    picked = seminar.select(card, ["Waning US influence"], [HERE])
    assert set(picked["id"]) == set(
        claims.loc[(claims["pillar"] == "Waning US influence") & (claims["notebook"] == HERE), "id"]
    )
    assert {"C47", "C51", "C65"} <= set(picked["id"])
    empty = seminar.select(card, ["A peaceful region"], ["04_brics"])
    assert empty.empty
    assert "the scorecard is empty" in seminar.selection_sentence(empty, ["x"], ["y"])
    assert seminar.by_number("02", claims) == "02_ukraine_votes"
    assert seminar.by_number([5, "all"], claims) == ["05_seminar", "all"]
    assert seminar.by_number(["05b", "05B"], claims) == [HERE, HERE]


def test_every_claim_for_discussion_has_its_row(claims):
    table = seminar.discussion_table(claims)
    assert set(table["id"]) == set(claims.loc[claims["verdict"] == "discussion", "id"])
    seminar_ids = ["05_seminar", HERE]
    own = claims[claims["notebook"].isin(seminar_ids) & (claims["verdict"] == "discussion")]
    assert set(own["id"]) <= set(seminar.DISCUSSION), "a claim of notebook 05 or 05b has no entry"
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
    nb = json.loads((NOTEBOOKS / f"{HERE}.ipynb").read_text("utf-8"))
    tables = [
        "".join(o["data"]["text/markdown"])
        for c in nb["cells"]
        for o in c.get("outputs", [])
        if "| id | pillar | kind | verdict | notebook | evidence |"
        in "".join(o.get("data", {}).get("text/markdown", ""))
    ]
    assert len(tables) == 1, "the scorecard table is not in notebook 05b's outputs"
    shown = {}
    for line in tables[0].splitlines()[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        shown[cells[0]] = cells[3]
    stale = {i: (shown.get(i), v) for i, v in claims.set_index("id")["verdict"].items()
             if shown.get(i) != v}  # fmt: skip
    assert not stale, f"notebook 05b's scorecard differs from data/claims.csv: re-run it ({stale})"
    assert all(re.fullmatch(r"C\d\d", i) for i in shown)


def test_a_brief_shows_its_parts_or_points_to_its_notebook(claims):
    table = seminar.discussion_table(claims).set_index("id", drop=False)
    curated = seminar.brief_markdown(table.loc["C47"])
    assert curated.startswith("**C47.** ")
    for label in seminar.BRIEF_PARTS.values():
        assert f"- *{label}:* " in curated
    assert seminar.DISCUSSION["C47"][3] in curated
    elsewhere = seminar.brief_markdown(table.loc["C20"])
    assert "*The register's note:*" in elsewhere
    assert "notebook 02d (`02d_legal_culture`)" in elsewhere
    assert "Strongest reading" not in elsewhere


def test_briefs_show_the_chosen_claims_of_the_selection_or_say_why(claims):
    table = seminar.discussion_table(claims)
    shown = seminar.briefs(table, ["C51", "C47"]).data
    assert shown.index("**C47.**") < shown.index("**C51.**"), "briefs follow the table's order"
    assert "**C65.**" not in shown
    none = seminar.briefs(table[table["id"] == "C02"], ["C47"], why="C47 is not selected").data
    assert none == "No brief shown: C47 is not selected."


def test_every_claim_for_discussion_keeps_its_brief_in_the_guide(claims):
    """Nothing is lost in the split: each brief is in INSTRUCTORS.md, which 05b links to."""
    guide = (ROOT / "INSTRUCTORS.md").read_text(encoding="utf-8")
    section = guide.split("## Briefs for the claims for discussion", 1)[1].split("\n## ", 1)[0]
    for _, row in seminar.discussion_table(claims).iterrows():
        assert f"**{row['id']}.** " in section, f"no brief for {row['id']} in INSTRUCTORS.md"
    for claim_id, entry in seminar.DISCUSSION.items():
        assert all(" ".join(part.split()) in section for part in entry), claim_id
    assert "## A seminar in a box" in guide and "**Plan C: 120 minutes.**" in guide
    notebook = json.loads((NOTEBOOKS / f"{HERE}.ipynb").read_text("utf-8"))
    text = "\n".join("".join(c["source"]) for c in notebook["cells"])
    assert "](../INSTRUCTORS.md#briefs-for-the-claims-for-discussion)" in text
    assert "](../INSTRUCTORS.md#a-seminar-in-a-box)" in text


def test_the_summit_title_says_what_the_shares_allow():
    assert "is lower than before it (80%)" in seminar.summit_title(0.8, 0.45)
    assert "is the same as before it" in seminar.summit_title(0.5, 0.5)
    only_after = seminar.summit_title(float("nan"), 0.45)
    assert (
        "45% of the Ukraine texts after" in only_after and "no text on the other side" in only_after
    )
    assert "texts before the EU-CELAC" in seminar.summit_title(0.6, float("nan"))


def test_the_two_seminar_notebooks_link_to_each_other():
    from rulac import course

    assert course.IDS.index(HERE) == course.IDS.index("05_seminar") + 1, "05b follows 05"
    after_05 = course.navigation_markdown("05_seminar")
    assert f"Next: [05b. {course.TITLES[HERE]}]({HERE}.ipynb) →" in after_05
    before_05b = course.navigation_markdown(HERE)
    assert f"← Previous: [05. {course.TITLES['05_seminar']}](05_seminar.ipynb)" in before_05b
