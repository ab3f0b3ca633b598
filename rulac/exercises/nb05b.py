"""Exercises of notebook 05b (weighing the argument). Answers are computed from the course data."""

from rulac import countries, load
from rulac.exercises import exercise

_NOT_CAST = ("untested", "discussion")


def _discussed(notebook: str = "02_ukraine_votes") -> int:
    claims = load("claims")
    return int(((claims["notebook"] == notebook) & (claims["verdict"] == "discussion")).sum())


def _tested(notebook: str = "02_ukraine_votes", *, count_all: bool = False) -> int:
    claims = load("claims")
    mine = claims[claims["notebook"] == notebook]
    return len(mine) if count_all else int((~mine["verdict"].isin(_NOT_CAST)).sum())


exercise(
    "05b.1",
    _tested,
    kind="number",
    topics=["02_ukraine_votes"],
    hints=[
        (lambda given, _: given == _tested(count_all=True),
         ("Not yet: that is every claim of the notebook; count only those with a verdict other "
          "than 'untested' and 'discussion'.")),
        (lambda given, _: given == _tested() + _discussed(),
         "Not yet: 'discussion' is not a test; leave those claims out."),
    ],
    fallback="Not yet: filter data/claims.csv (load('claims')) on notebook == '02_ukraine_votes' "
    "and count the verdicts that are neither 'untested' nor 'discussion'.",
)  # fmt: skip


def _agreement(years=(2000, 2025)):
    from rulac import seminar

    return seminar.mean_agreement(countries.lac_codes(), ["USA", "RUS"], years)


def _closest_to_russia() -> int:
    return int(_agreement()["RUS"].idxmax())


exercise(
    "05b.2",
    _closest_to_russia,
    kind="number",
    topics=["Russia", "RUS"],
    hints=[
        (lambda given, _: given == int(_agreement()["USA"].idxmax()),
         ("Not yet: that is the year of the highest agreement with the United States; the "
          "question asks about Russia.")),
        (lambda given, _: given == int(_agreement()["RUS"].idxmin()),
         ("Not yet: in that year the region agreed least with Russia; the question asks for "
          "the most.")),
        (lambda given, _: given == int(_agreement()["RUS"].tail(8).idxmax()),
         ("Not yet: that is the highest of the last eight years, which the table in part 3 "
          "shows; look at every year from 2000.")),
        (lambda given, _: not 2000 <= given <= 2025,
         "Not yet: give a year from 2000 to 2025, e.g. 2010."),
    ],
    fallback="Not yet: compute seminar.mean_agreement(countries.lac_codes(), ['USA', 'RUS'], "
    "(2000, 2025)) and find the year in which the 'RUS' column is highest (idxmax).",
)  # fmt: skip
