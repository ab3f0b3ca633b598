"""Exercises of notebook 02 (votes on Ukraine). Answers are computed from the vote records."""

from rulac import countries, votes
from rulac.exercises import exercise


def _lac_votes_on(*shorts: str):
    chosen = votes.ukraine_resolutions(list(shorts))
    matrix = votes.vote_matrix(chosen["rollcall_id"], countries.lac_codes())
    matrix.columns = chosen["short"]
    return matrix


def _switched(first: str = "A", then: str = "Y") -> int:
    both = _lac_votes_on("68/262", "ES-11/1")
    return int(((both["68/262"] == first) & (both["ES-11/1"] == then)).sum())


exercise(
    "02.1",
    _switched,
    kind="number",
    topics=["68/262", "ES-11/1"],
    hints=[
        (
            lambda given, _: given == int((_lac_votes_on("68/262")["68/262"] == "A").sum()),
            (
                "Not yet: that is every abstention on 68/262; keep only the states that then "
                "voted yes "
                "on ES-11/1."
            ),
        ),
        (
            lambda given, _: given == _switched("Y", "A"),
            "Not yet: that is the opposite move (yes in 2014, abstain in 2022).",
        ),
    ],
    fallback="Not yet: compare each state's vote on 68/262 with its vote on ES-11/1.",
)


def _no_record(short: str = "ES-11/4") -> list[str]:
    column = _lac_votes_on(short)[short]
    return sorted(column.index[column == "X"])


exercise(
    "02.2",
    _no_record,
    kind="set",
    topics=["ES-11/4"],
    hints=[
        (
            lambda given, expected: given < expected and "VEN" in given,
            (
                "Not yet: Venezuela is one; look at every state's cell on ES-11/4, not only "
                "Venezuela's."
            ),
        ),
        (
            lambda given, _: bool(given & {"BOL", "CUB", "NIC"}),
            (
                "Not yet: an abstention (A) is a vote cast; the question asks for no recorded "
                "vote (X)."
            ),
        ),
    ],
)


def _p_value(column: str) -> float:
    lac = countries.lac()
    matrix = votes.vote_matrix(votes.ukraine_resolutions()["rollcall_id"], lac.index.tolist())
    score = votes.position_score(matrix)
    _, p_value = votes.permutation_test(score, lac[column], "civil", "common")
    return round(p_value, 3)


exercise(
    "02.3",
    lambda: _p_value("legal_system_juriglobe"),
    kind="number",
    tolerance=0.0015,
    topics=["p-value", "JuriGlobe", "juriglobe"],
    hints=[
        (lambda given, _: given > 1, "Not yet: a p-value is a share between 0 and 1."),
        (
            lambda given, _: abs(given - _p_value("legal_system")) < 0.0015,
            "Not yet: that is the p-value with the Factbook's coding; use legal_system_juriglobe.",
        ),
    ],
    fallback="Not yet: use the column legal_system_juriglobe, all 33 states, every Ukraine "
    "resolution together, and the function's default permutations and seed.",
)
