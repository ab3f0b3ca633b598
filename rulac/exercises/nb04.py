"""Exercises of notebook 04 (BRICS, trade and arms). Answers are computed from the data."""

from rulac import brics, countries, load
from rulac.exercises import exercise


def _peak_year(flow_reporter: str = "RUS") -> int:
    lac = countries.lac_codes()
    if flow_reporter == "RUS":
        totals = brics.russia_exports(lac).sum(axis=1)
    else:  # the same flow as the 33 record it: their imports from Russia
        table = load("dots_trade")
        mine = table[(table["flow"] == "imports_cif") & (table["partner"] == "RUS")]
        totals = mine.groupby("year")["value_usd_million"].sum()
    return int(totals.idxmax())


exercise(
    "04.1",
    _peak_year,
    kind="number",
    topics=["peak", "highest"],
    hints=[
        (lambda given, _: given == _peak_year("LAC"),
         ("Not yet: that is the peak of the 33 states' own records of imports from Russia; the "
         "question asks for Russia's record of its exports (reporter RUS, exports_fob).")),
        (lambda given, _: given == 2020,
         "Not yet: 2020 is the last year of the data, not the highest."),
    ],
    fallback="Not yet: sum brics.russia_exports(countries.lac_codes()) over the partners for each "
    "year, then find the year with the largest total.",
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


def _russian_recipients(column: str = "russia_tiv") -> int:
    arms = load("arms_transfers")
    return int(arms.loc[arms[column] > 0, "recipient"].nunique())


exercise(
    "04.3",
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
