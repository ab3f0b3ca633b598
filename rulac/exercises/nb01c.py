"""Exercises of notebook 01c (arms: limitation, races, spending, nuclear-weapon-free zones),
answered from the course data."""

from rulac import countries, peace
from rulac.exercises import exercise
from rulac.loading import load


def _years_above(multiple: float = 2.0, first: int = 1992, last: int = 2024) -> int:
    shares = peace.spending(["RUS", "WLD"], first, last).dropna()
    return int((shares["RUS"] > multiple * shares["WLD"]).sum())


exercise(
    "01c.1",
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


def _region_in(year: int = 2024):
    spending = load("military_spending")
    mine = spending["code"].isin(countries.lac_codes()) & (spending["year"] == year)
    return spending[mine].dropna(subset=["share_of_gdp"]).set_index("name")


def _largest(column: str = "share_of_gdp") -> str:
    return str(_region_in()[column].idxmax())


exercise(
    "01c.2",
    _largest,
    kind="text",
    topics=["2024"],
    hints=[
        (
            lambda given, _: given == _largest("spending_usd_m").casefold(),
            (
                "Not yet: that state spent the most US dollars; the question asks for the "
                "largest share of its GDP."
            ),
        ),
        (
            lambda given, _: len(given) == 3,
            "Not yet: give the state's name as the column `name` spells it, not a code.",
        ),
        (
            lambda given, _: given in {"latin america & caribbean", "world"},
            "Not yet: that is an aggregate of many states; the question asks for one state.",
        ),
        (
            lambda given, _: (
                given in {n.casefold() for n in load("military_spending")["name"]}
                and given not in {n.casefold() for n in _region_in().index}
            ),
            (
                "Not yet: that is not one of the region's 33 states (or it has no figure for "
                "2024); keep the rows whose code is in lac_codes()."
            ),
        ),
    ],
    fallback="Not yet: keep the rows of load('military_spending') for 2024 whose code is in "
    "lac_codes(), and find the largest share_of_gdp.",
)
