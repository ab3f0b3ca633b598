"""Exercises of notebook 04 (BRICS membership, weight and candidates). Answers are computed from
the data."""

from rulac import brics, load, votes
from rulac.exercises import exercise


def _applied(column: str = "iso3", status: str = "applied") -> int:
    facts = load("brics_facts")
    if status == "applied":
        rows = facts[facts["status"] == "applied"]
    else:  # the display group of the timeline, which holds several statuses
        rows = facts[facts["status"].map(brics.STATUS_GROUPS) == status]
    return int(rows[column].nunique()) if column else len(rows)


exercise(
    "04.1",
    _applied,
    kind="number",
    topics=["applied"],
    hints=[
        (lambda given, _: given == _applied(column=""),
         "Not yet: that counts rows; a state can have more than one 'applied' row. Count states."),
        (lambda given, _: given == _applied(status="applicant or candidate"),
         ("Not yet: that counts the timeline's whole group 'applicant or candidate' (which also "
          "holds 'expressed interest' and requests for partner status); keep status 'applied'.")),
    ],
    fallback="Not yet: keep the rows of facts whose status is 'applied' and count the distinct "
    "iso3 codes.",
)  # fmt: skip


def _china_share(measure: str = "gdp_usd", year: int = 2000, group=None) -> float:
    share = brics.share_of_group("CHN", group or brics.BRICS_5, measure, year)
    return round(100 * share, 1)


exercise(
    "04.2",
    _china_share,
    kind="number",
    tolerance=0.15,
    topics=["China", "CHN"],
    hints=[
        (lambda given, _: 0 < given < 1,
         "Not yet: give a percentage (e.g. 12.3), not a fraction."),
        (lambda given, _: abs(given - _china_share("gdp_ppp")) < 0.15,
         "Not yet: that is China's share at PPP; the question asks for current US$ (gdp_usd)."),
        (lambda given, _: abs(given - _china_share(year=2024)) < 0.15,
         "Not yet: that is 2024; the question asks for 2000."),
    ],
    fallback="Not yet: use brics.share_of_group('CHN', brics.BRICS_5, 'gdp_usd', 2000) and give "
    "it in percent with one decimal.",
)  # fmt: skip


def _lula(state: str = "BRA", reference: str = "RUS", years=(2003, 2010)) -> float:
    table = votes.agreement([state], [reference], years)
    return round(float(table["agreement"].mean()), 2)


exercise(
    "04.3",
    _lula,
    kind="number",
    tolerance=0.006,
    topics=["Lula", "2003"],
    hints=[
        (lambda given, _: given > 1,
         "Not yet: agreement is a share between 0 and 1 (e.g. 0.42), not a percentage."),
        (lambda given, _: abs(given - _lula(reference="USA")) < 0.006,
         ("Not yet: that is Brazil's agreement with the United States; the question asks for "
          "Russia.")),
        (lambda given, _: abs(given - _lula(state="ARG")) < 0.006,
         "Not yet: that is Argentina's agreement with Russia; the question asks for Brazil's."),
        (lambda given, _: abs(given - _lula(years=(2011, 2014))) < 0.006,
         "Not yet: that is 2011-2014 (Rousseff's first term); the question asks for 2003-2010."),
    ],
    fallback="Not yet: compute votes.agreement(['BRA'], ['RUS'], (2003, 2010)) and take the mean "
    "of its agreement column, to two decimals.",
)  # fmt: skip
