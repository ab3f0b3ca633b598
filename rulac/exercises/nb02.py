"""Exercises of notebook 02 (votes on Ukraine). Answers are computed from the vote records."""

from rulac import countries, votes
from rulac.exercises import exercise
from rulac.loading import load


def _lac_votes_on(short: str):
    resolution = votes.ukraine_resolutions([short])
    return votes.vote_matrix(resolution["rollcall_id"], countries.lac_codes()).iloc[:, 0]


exercise(
    "02.1",
    lambda: int((_lac_votes_on("68/262") == "A").sum()),
    kind="number",
    hints=[
        (
            lambda given, _: given == int(_lac_votes_on("68/262").isin(["A", "X"]).sum()),
            "Not yet: you counted the states with no recorded vote (X) as abstentions too.",
        ),
        (
            lambda given, _: (
                given
                == int(
                    (
                        load("chapter_votes").query("claim_id == 'C36'")["vote_in_chapter"] == "A"
                    ).sum()
                )
            ),
            "Not yet: that is how many abstainers the chapter names. Count the abstentions in the record.",
        ),
    ],
)


def _abstained_on_both() -> list[str]:
    first, second = _lac_votes_on("ES-11/1"), _lac_votes_on("ES-11/6")
    return sorted(first.index[(first == "A") & (second == "A")])


exercise(
    "02.2",
    _abstained_on_both,
    kind="set",
    hints=[
        (
            lambda given, expected: "NIC" in given and "NIC" not in expected,
            "Not yet: look again at Nicaragua's vote on ES-11/6.",
        ),
        (
            lambda given, expected: "VEN" in given,
            "Not yet: Venezuela has no recorded vote (X) on either; X is not an abstention.",
        ),
    ],
)


def _least_with(reference: str, year: int, count: int = 2) -> list[str]:
    table = votes.agreement_by_year(countries.lac_codes(), [reference], (year, year)).dropna()
    return table.nsmallest(count, "agreement")["iso3"].tolist()


exercise(
    "02.3",
    lambda: _least_with("RUS", 2025),
    kind="set",
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


def _p_value(column: str) -> float:
    lac = countries.lac()
    matrix = votes.vote_matrix(votes.ukraine_resolutions()["rollcall_id"], lac.index.tolist())
    score = votes.position_score(matrix)
    _, p_value = votes.permutation_test(score, lac[column].astype(str), "civil", "common")
    return round(p_value, 3)


def _juriglobe_p_value() -> float:
    return _p_value("legal_system_juriglobe")


def _factbook_p_value() -> float:
    return _p_value("legal_system")


exercise(
    "02.4",
    _juriglobe_p_value,
    kind="number",
    tolerance=0.0015,
    hints=[
        (lambda given, _: given > 1, "Not yet: a p-value is a share between 0 and 1."),
        (
            lambda given, _: abs(given - _factbook_p_value()) < 0.0015,
            "Not yet: that is the p-value with the Factbook's coding (part 4); use legal_system_juriglobe.",
        ),
    ],
    fallback="Not yet: use the column legal_system_juriglobe, every Ukraine resolution, and the "
    "function's default permutations and seed.",
)
