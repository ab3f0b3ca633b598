"""Exercises of notebook 02d (legal culture and the Ukraine votes). Answers are computed from the
vote records and the countries table."""

from rulac import countries, votes
from rulac.exercises import exercise


def _lac_scores():
    """The 33 states and each one's mean position on every Ukraine-related resolution."""
    lac = countries.lac()
    matrix = votes.vote_matrix(votes.ukraine_resolutions()["rollcall_id"], lac.index.tolist())
    return lac, votes.position_score(matrix)


def _p_value(column: str) -> float:
    lac, score = _lac_scores()
    _, p_value = votes.permutation_test(score, lac[column], "civil", "common")
    return round(p_value, 3)


exercise(
    "02d.1",
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


def _difference(subregion: str | None = "Caribbean", column: str = "legal_system") -> float:
    """Civil-law minus common-law mean position, within ``subregion`` (None: all 33 states)."""
    lac, score = _lac_scores()
    if subregion:
        inside = lac["lac_subregion"] == subregion
        lac, score = lac[inside], score[inside]
    means = score.groupby(lac[column]).mean()
    return round(float(means["civil"] - means["common"]), 2)


def _near(*arguments):
    """A hint's test: the answer is within rounding of ``_difference(*arguments)``."""
    return lambda given, _: abs(given - _difference(*arguments)) < 0.0051


exercise(
    "02d.2",
    _difference,
    kind="number",
    tolerance=0.0051,
    topics=["Caribbean"],
    hints=[
        (
            _near(None),
            "Not yet: that is the difference over all 33 states; keep only the Caribbean ones.",
        ),
        (
            lambda given, expected: abs(given + expected) < 0.0051,
            "Not yet: the sign is reversed; subtract the common-law mean from the civil-law mean.",
        ),
        (
            _near("Caribbean", "legal_system_juriglobe"),
            (
                "Not yet: that is what JuriGlobe's coding gives (and, by chance, the whole "
                "region's gap before 2022 in part 2's table); use legal_system, the Caribbean's "
                "states only and every resolution."
            ),
        ),
    ],
    fallback="Not yet: keep the 13 Caribbean states (lac_subregion), score each on every Ukraine "
    "resolution with votes.position_score, and subtract the common-law mean from the civil-law "
    "mean.",
)
