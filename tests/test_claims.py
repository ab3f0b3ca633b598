"""The claims register: ids, kinds, sections, quotes and notebooks are consistent."""

from __future__ import annotations

import re

import pytest

from rulac import course
from rulac.loading import enum, load, package


@pytest.fixture(scope="module")
def claims():
    return load("claims")


def test_ids_unique_and_kinds_allowed(claims):
    assert claims["id"].is_unique
    assert set(claims["kind"]) <= {"empirical", "interpretive", "normative"}
    assert len(claims) >= 25


def test_every_section_is_covered(claims):
    # the sections the schema allows are the chapter's (test_quotes_are_short_and_verbatim
    # checks each quote against the chapter); every one of them holds at least one claim
    assert set(claims["section"]) == set(enum("claims", "section"))


def test_every_notebook_is_in_the_outline_and_verdicts_come_from_published_ones(claims):
    assert set(claims["notebook"]) <= set(course.IDS)
    tested = claims[~claims["verdict"].isin(["untested", "discussion"])]
    for notebook in tested["notebook"]:
        assert course.published(notebook), f"a verdict cites {notebook}, which does not exist"
    for _, row in tested.iterrows():
        assert isinstance(row["verdict_note"], str) and row["verdict_note"].strip(), (
            f"{row['id']}: a verdict needs a note with its evidence"
        )


def test_evidence_names_resources_or_planned_ones(claims):
    known = {r["name"] for r in package()["resources"]}
    evidence = claims["evidence"].dropna().str.split(";").explode().str.strip()
    tested = claims[~claims["verdict"].isin(["untested", "discussion"])]
    for cell in tested["evidence"].dropna():
        for name in cell.split(";"):
            assert name.strip() in known, f"verdict cites {name.strip()!r}, not in data/"
    assert evidence.str.fullmatch(r"[a-z_]+").all()


def test_quotes_are_short_and_verbatim(claims, chapter_text):
    flat = re.sub(r"\s+", " ", chapter_text)
    for _, row in claims.iterrows():
        assert len(row["quote"].split()) <= 40, f"{row['id']}: quote over 40 words"
        for part in row["quote"].split("..."):
            part = re.sub(r"\s+", " ", part).strip()
            if part:
                assert part in flat, f"{row['id']}: quote not found verbatim: {part[:60]!r}"
