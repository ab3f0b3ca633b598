"""Exercises of notebook 01 (wars between the region's states), answered from the course data."""

import pandas as pd

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


#: The period of exercise 01.2: wars that began in the 19th century (COW starts in 1816).
CENTURY = "1816-1899"


def _rates_in_century() -> pd.Series:
    rates = peace.war_rates(1816, 2007, 1900)
    return rates[rates["period"] == CENTURY].set_index("region")["per_100_state_years"]


def _least_often_in_century() -> str:
    return str(_rates_in_century().idxmin())


exercise(
    "01.2",
    _least_often_in_century,
    kind="text",
    topics=[CENTURY],
    hints=[
        (
            lambda given, _: given in {"lac", "latin america", peace.LAC.casefold()},
            (
                "Not yet: that is the region the chapter speaks of; compare the rates of all six "
                "regions in the period 1816-1899."
            ),
        ),
        (
            lambda given, _: given == str(_rates_in_century().idxmax()).casefold(),
            "Not yet: that region took part *most* often; the question asks for the least.",
        ),
    ],
    fallback="Not yet: in peace.war_rates(1816, 2007, 1900), keep the rows of the period "
    "1816-1899 and find the region with the smallest per_100_state_years.",
)


def _wars_per_state() -> pd.Series:
    wars = load("cow_wars")
    mine = wars[wars["ccode"].isin(peace.codes_of(peace.LAC))]
    return mine.groupby("state_name")["war_num"].nunique()


def _most_wars() -> str:
    counts = _wars_per_state()
    assert (counts == counts.max()).sum() == 1, "the exercise needs one state with the most wars"
    return str(counts.idxmax())


def _most_deaths() -> str:
    wars = load("cow_wars")
    mine = wars[wars["ccode"].isin(peace.codes_of(peace.LAC))]
    return str(mine.groupby("state_name")["battle_deaths"].sum().idxmax())


exercise(
    "01.3",
    _most_wars,
    kind="text",
    hints=[
        (
            lambda given, _: given == _most_deaths().casefold(),
            (
                "Not yet: that state suffered the most battle deaths; the question asks for the "
                "most wars."
            ),
        ),
        (
            lambda given, _: given in {s.casefold() for s in _wars_per_state().index},
            (
                "Not yet: that state took part in fewer wars than another; count the distinct "
                "war_num of every state of the region, not only the largest."
            ),
        ),
    ],
    fallback="Not yet: keep the rows of cow_wars whose ccode is in peace.codes_of(peace.LAC), "
    "then count the distinct war_num of each state_name.",
)
