"""Exercises of notebook 02c (states, ideal points, the Cuba embargo). Answers come from the vote
records and the ideal points."""

from rulac import countries, votes
from rulac.exercises import exercise


def _above_brazil(year: int = 2024) -> int:
    points = votes.ideal_points(countries.lac_codes(), (year, year)).set_index("iso3")
    return int((points["ideal_point"] > points.loc["BRA", "ideal_point"]).sum())


exercise(
    "02c.1",
    _above_brazil,
    kind="number",
    topics=["2024"],
    hints=[
        (
            lambda given, expected: given == len(countries.lac_codes()) - 1 - expected,
            "Not yet: that counts the states *below* Brazil; the question asks for those above it.",
        ),
    ],
    fallback="Not yet: use votes.ideal_points for the 33 states in 2024 and compare each "
    "ideal_point with Brazil's.",
)


def _outside_region(vote: str, year: int = 2025) -> list[str]:
    """Members outside the 33 that cast ``vote`` on the embargo resolution of ``year``."""
    embargo = votes.cuba_embargo_rollcalls()
    call = embargo.loc[embargo["date"].dt.year == year, "rollcall_id"]
    record = votes.vote_matrix(call, countries.regions().index).iloc[:, 0]
    return sorted(set(record[record == vote].index) - set(countries.lac_codes()))


exercise(
    "02c.2",
    lambda: _outside_region("N"),
    kind="set",
    topics=["2025"],
    hints=[
        (
            lambda given, _: bool(given & set(countries.lac_codes())),
            "Not yet: some of those are among the 33; the question asks about the others.",
        ),
        (
            lambda given, _: given == frozenset(_outside_region("A")),
            "Not yet: those abstained; the question asks who voted no.",
        ),
        (
            lambda given, _: "USA" not in given,
            "Not yet: the United States voted on the resolution too.",
        ),
    ],
    fallback="Not yet: take the 2025 row of votes.cuba_embargo_rollcalls(), build its vote "
    "matrix for every member (countries.regions().index), keep the 'N' votes and leave out "
    "countries.lac_codes().",
)
