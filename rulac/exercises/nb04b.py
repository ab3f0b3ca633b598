"""Exercises of notebook 04b (Russia's trade and arms with the region). Answers are computed from
the data."""

import pandas as pd

from rulac import brics, countries, load
from rulac.exercises import exercise


def _yearly(side: str) -> pd.Series:
    """Each year's total over the 33 states: Russia's record of its exports to them ("RUS") or
    their own records of imports from Russia ("partners"), US$ million."""
    lac = countries.lac_codes()
    if side == "RUS":
        return brics.russia_exports(lac).sum(axis=1)
    table = load("dots_trade")
    mine = table[
        table["reporter"].isin(lac) & (table["flow"] == "imports_cif") & (table["partner"] == "RUS")
    ]
    return mine.groupby("year")["value_usd_million"].sum()


def _peak_year(side: str = "RUS") -> int:
    return int(_yearly(side).idxmax())


exercise(
    "04b.1",
    _peak_year,
    kind="number",
    topics=["peak", "highest"],
    hints=[
        (lambda given, _: given == _peak_year("partners"),
         ("Not yet: that is the peak of the 33 states' own records of imports from Russia; the "
         "question asks for Russia's record of its exports (reporter RUS, exports_fob).")),
        (lambda given, _: given == 2020,
         "Not yet: 2020 is the last year of the data, not the highest."),
    ],
    fallback="Not yet: sum brics.russia_exports(countries.lac_codes()) over the partners for each "
    "year, then find the year with the largest total.",
)  # fmt: skip


def _partners_higher(reverse: bool = False) -> int:
    russia, partners = _yearly("RUS"), _yearly("partners")
    years = russia.index.intersection(partners.index)
    higher = partners[years] < russia[years] if reverse else partners[years] > russia[years]
    return int(higher.sum())


exercise(
    "04b.2",
    _partners_higher,
    kind="number",
    topics=["years"],
    hints=[
        (lambda given, _: given == _partners_higher(reverse=True),
         ("Not yet: that counts the years in which Russia's record was the larger; the question "
         "asks for the years in which the 33 states' records were.")),
        (lambda given, _: given == len(_yearly("RUS")),
         "Not yet: that is every year of the data; compare the two totals year by year."),
    ],
    fallback="Not yet: for each year, sum brics.russia_exports(countries.lac_codes()) over the "
    "partners, and the 33 states' imports_cif rows with partner RUS in dots_trade; then count the "
    "years in which the states' sum is the larger.",
)  # fmt: skip


def _russian_recipients(column: str = "russia_tiv") -> int:
    arms = load("arms_transfers")
    return int(arms.loc[arms[column] > 0, "recipient"].nunique())


exercise(
    "04b.3",
    _russian_recipients,
    kind="number",
    topics=["received"],
    hints=[
        (lambda given, _: given == _russian_recipients("soviet_union_tiv"),
         ("Not yet: that counts the Soviet Union's recipients (to 1991); the question asks for "
         "Russia's, from 1992 (column russia_tiv).")),
        (lambda given, _: given == 33,
         "Not yet: count only the states with some Russian deliveries recorded (russia_tiv > 0)."),
    ],
    fallback="Not yet: in load('arms_transfers'), keep the rows with russia_tiv > 0 and count the "
    "distinct recipients.",
)  # fmt: skip
