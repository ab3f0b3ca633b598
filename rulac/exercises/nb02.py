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
        (lambda given, _: given == int(_lac_votes_on("68/262").isin(["A", "X"]).sum()),
         "Not yet: you counted the states with no recorded vote (X) as abstentions too."),
        (lambda given, _: given == int((load("chapter_votes").query("claim_id == 'C36'")
                                        ["vote_in_chapter"] == "A").sum()),
         "Not yet: that is how many abstainers the chapter names. Count the abstentions in the record."),
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
        (lambda given, expected: "NIC" in given and "NIC" not in expected,
         "Not yet: look again at Nicaragua's vote on ES-11/6."),
        (lambda given, expected: "VEN" in given,
         "Not yet: Venezuela has no recorded vote (X) on either; X is not an abstention."),
    ],
)


def _mean_agreement(reference: str, year: int) -> float:
    table = votes.agreement_by_year(countries.lac_codes(), [reference], (year, year))
    return round(float(table["agreement"].mean()), 2)


exercise(
    "02.3",
    lambda: _mean_agreement("USA", 2025),
    kind="number",
    tolerance=0.006,
    hints=[
        (lambda given, _: given > 1, "Not yet: agreement is a share between 0 and 1, not a percentage."),
        (lambda given, _: abs(given - _mean_agreement("RUS", 2025)) <= 0.006,
         "Not yet: that is the region's agreement with Russia; the question asks about the United States."),
    ],
)


def _juriglobe_p_value() -> float:
    lac = countries.lac()
    matrix = votes.vote_matrix(votes.ukraine_resolutions()["rollcall_id"], lac.index.tolist())
    score = votes.position_score(matrix)
    _, p_value = votes.permutation_test(score, lac["legal_system_juriglobe"].astype(str), "civil", "common")
    return round(p_value, 3)


exercise(
    "02.4",
    _juriglobe_p_value,
    kind="number",
    tolerance=0.0015,
    hints=[
        (lambda given, _: given > 1, "Not yet: a p-value is a share between 0 and 1."),
    ],
    fallback="Not yet: use the column legal_system_juriglobe, every Ukraine resolution, and the "
             "function's default permutations and seed.",
)
