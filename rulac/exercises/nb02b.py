"""Exercises of notebook 02b (with whom the region votes, by which measure). Answers come from
the vote records."""

from rulac import countries, votes
from rulac.exercises import exercise


def _least_with(reference: str, year: int, count: int = 2) -> list[str]:
    table = votes.agreement(countries.lac_codes(), [reference], (year, year))
    return table.nsmallest(count, "agreement")["iso3"].tolist()


exercise(
    "02b.1",
    lambda: _least_with("RUS", 2025),
    kind="set",
    topics=["2025"],
    hints=[
        (
            lambda given, _: "VEN" in given,
            "Not yet: Venezuela cast no vote in 2025, so it has no agreement score that year.",
        ),
        (
            lambda given, _: given == frozenset(_least_with("USA", 2025)),
            "Not yet: those agreed least with the United States; the question asks about Russia.",
        ),
    ],
)


def _votes_only_mean(year: int = 2016) -> float:
    table = votes.agreement(countries.lac_codes(), ["USA"], (year, year), method="votes only")
    return round(float(table["agreement"].mean()), 2)


exercise(
    "02b.2",
    _votes_only_mean,
    kind="number",
    tolerance=0.006,
    topics=["2016"],
    hints=[
        (
            lambda given, _: (
                abs(
                    given
                    - round(
                        float(
                            votes.agreement(countries.lac_codes(), ["USA"], (2016, 2016))[
                                "agreement"
                            ].mean()
                        ),
                        2,
                    )
                )
                < 0.006
            ),
            "Not yet: that is the 'identical' measure; use method=\"votes only\".",
        ),
        (lambda given, _: given > 1, "Not yet: give a share between 0 and 1, e.g. 0.25."),
    ],
)
