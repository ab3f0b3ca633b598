"""Exercises of notebook 02d. Each answer is computed from the course data."""

from rulac import countries
from rulac.exercises import exercise


def _civil_law_count() -> int:
    return int((countries.lac()["legal_system"] == "civil").sum())


exercise(
    "02d.1",
    _civil_law_count,
    kind="number",
    topics=["civil"],
    hints=[
        (lambda given, _: given == len(countries.lac()) - _civil_law_count(),
         "Not yet: that is the number of the other states; count the civil-law ones."),
    ],
)
