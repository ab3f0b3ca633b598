"""Exercises of notebook 00 (reading the chapter). Answers are computed from data/claims.csv."""

from rulac.exercises import exercise
from rulac.loading import load


def _claims():
    return load("claims")


def _count(kind=None, notebook=None) -> int:
    claims = _claims()
    keep = claims["id"].notna()
    if kind is not None:
        keep &= claims["kind"] == kind
    if notebook is not None:
        keep &= claims["notebook"] == notebook
    return int(keep.sum())


def _without_evidence(kind: str | None = "empirical") -> int:
    claims = _claims()
    keep = claims["evidence"].isna()
    if kind is not None:
        keep &= claims["kind"] == kind
    return int(keep.sum())


exercise(
    "00.1",
    _without_evidence,
    kind="number",
    topics=["evidence", "empirical"],
    hints=[
        (
            lambda given, _: given == _without_evidence(None),
            (
                "Not yet: you counted interpretive and normative claims too; keep only the "
                "empirical ones."
            ),
        ),
        (
            lambda given, _: (
                given == int((_claims()["kind"] == "empirical").sum()) - _without_evidence()
            ),
            "Not yet: that is the number of empirical claims that do list evidence.",
        ),
    ],
)


def _most_normative_section() -> str:
    claims = _claims()
    counts = claims[claims["kind"] == "normative"]["section"].value_counts()
    return counts.index[0]


exercise(
    "00.2",
    _most_normative_section,
    kind="text",
    hints=[
        (
            lambda given, _: given in {p.casefold() for p in load("claims")["pillar"]},
            (
                "Not yet: that is a pillar of the argument map, not a section of the chapter. "
                "Use the "
                "'section' column."
            ),
        ),
        (
            lambda given, _: given in {s.casefold() for s in _claims()["section"]},
            (
                "Not yet: that is a section of the chapter, but not the one with the most "
                "normative claims. "
                "Filter on kind first, then count by section."
            ),
        ),
    ],
    fallback="Not yet: give the section's heading exactly as it appears in the 'section' column.",
)
