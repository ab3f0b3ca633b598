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
