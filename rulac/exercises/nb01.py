"""Exercises of notebook 01 (peace and borders). Answers are computed from the course data."""

from rulac import peace
from rulac.exercises import exercise
from rulac.loading import load

LOPEZ = 49  # COW war number of the Lopez (Paraguayan) War, 1864-1870


def _lac_deaths(war_num: int | None = None, *, region: str = peace.LAC) -> float:
    wars = load("cow_wars")
    states = peace.codes_of(region)
    mine = wars[wars["ccode"].isin(states)]
    if war_num is not None:
        mine = mine[mine["war_num"] == war_num]
    return float(mine["battle_deaths"].sum())


def _lopez_share() -> float:
    return round(_lac_deaths(LOPEZ) / _lac_deaths(), 2)


def _lopez_share_all_participants() -> float:
    """The wrong denominator a student may use: every participant's deaths in every LAC war."""
    wars = peace.wars_of(peace.LAC, 1816, 2007)
    return round(_lac_deaths(LOPEZ) / float(wars["battle_deaths"].sum()), 2)


exercise(
    "01.1",
    _lopez_share,
    kind="number",
    tolerance=0.006,
    topics=["Lopez", "Paraguayan"],
    hints=[
        (lambda given, _: given > 1, "Not yet: give a share between 0 and 1, not a percentage."),
        (
            lambda given, _: abs(given - _lopez_share_all_participants()) < 0.006,
            (
                "Not yet: you divided by every participant's deaths, World War II's too; divide "
                "by the deaths of the region's states only."
            ),
        ),
    ],
    fallback="Not yet: divide the battle deaths of the region's states in the Lopez War by the "
    "battle deaths of the region's states in all wars, 1816-2007 (cow_wars, cow_codes).",
)


def _cases_with(iso3: str = "NIC", kind: str | None = "contentious") -> int:
    cases = load("icj_cases")
    if kind is not None:
        cases = cases[cases["case_type"] == kind]
    parties = cases["party_iso3"].fillna("").str.split(";")
    return int(parties.map(lambda codes: iso3 in codes).sum())


exercise(
    "01.2",
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
    "01.3",
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
