"""Exercises of notebook 01b (borders, courts and arms), answered from the course data."""

from rulac import peace
from rulac.exercises import exercise
from rulac.loading import load


def _cases_with(iso3: str = "NIC", kind: str | None = "contentious") -> int:
    cases = load("icj_cases")
    if kind is not None:
        cases = cases[cases["case_type"] == kind]
    parties = cases["party_iso3"].fillna("").str.split(";")
    return int(parties.map(lambda codes: iso3 in codes).sum())


exercise(
    "01b.1",
    _cases_with,
    kind="number",
    topics=["Nicaragua", "NIC"],
    hints=[
        (
            lambda given, _: (
                given
                == int(load("icj_cases")["case_name"].fillna("").str.contains("Nicaragua").sum())
            ),
            (
                "Not yet: searching the case names also finds cases where Nicaragua only "
                "intervened or is named in the title; count the party codes in party_iso3."
            ),
        ),
    ],
    fallback="Not yet: split party_iso3 at ';' and count the contentious cases that list NIC.",
)


def _years_above(multiple: float = 2.0, first: int = 1992, last: int = 2024) -> int:
    shares = peace.spending(["RUS", "WLD"], first, last).dropna()
    return int((shares["RUS"] > multiple * shares["WLD"]).sum())


exercise(
    "01b.2",
    _years_above,
    kind="number",
    topics=["Russia", "RUS", "twice"],
    hints=[
        (
            lambda given, _: given == _years_above(1.0),
            (
                "Not yet: that counts the years in which Russia spent more than the world at "
                "all; the question asks for more than twice the world's share."
            ),
        ),
        (
            lambda given, expected: given == 2024 - 1992 + 1 - expected,
            "Not yet: that is the number of years in which it was not more than twice.",
        ),
    ],
    fallback="Not yet: use peace.spending(['RUS', 'WLD'], 1992, 2024) and compare the two "
    "columns year by year.",
)
