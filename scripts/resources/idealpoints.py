"""Resource ``idealpoints``: UN General Assembly ideal points by state and year, 1946-2024.

Bailey, Strezhnev and Voeten's estimates, July 2025 release (the first by calendar year), read
from the publisher's Stata file. Kept: the final-passage (fp) and all-votes (all) estimates with
their 5th, 10th, 50th, 90th and 95th posterior percentiles and vote counts. The publisher's
country codes are kept as published (``iso3c``); ``iso3``, the key into ``countries``, is
filled only where the code names the same state (see :func:`course_codes`).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _unga
from resources._table import columns, field, foreign_key, require, resource

FILE = "unga_votes/idealpoints/IdealpointsJuly2025.dta"
RAW = [
    {
        "path": FILE,
        "url": "https://github.com/lucasbuildsapps/Masterthesis/raw/"
        "5298218d5b57e5b09223b124b25c03dc37ed646e/IdealpointsJuly2025.dta",
        "sha256": "fea7fa9414e3643586dbdf95baa1100ceb418e56684d79d801a146cad79443ce",
        "note": "the publisher's file (Stata 118) as found in this repository; the publisher's "
        "page is the Harvard Dataverse dataset doi:10.7910/DVN/LEJUQZ",
    },
]
SERBIA_CCODE = 345  # the publisher codes the seat YUG in every year
QUANTILES = [5, 10, 50, 90, 95]
ESTIMATES = {
    "fp": "final-passage votes only (votes on whole resolutions)",
    "all": "all votes, including votes on paragraphs and amendments",
}


def _estimate_fields(kind: str) -> list[dict]:
    what = ESTIMATES[kind]
    return [
        field(
            f"idealpoint_{kind}",
            "number",
            f"Ideal point estimated from {what} (publisher's idealpoint{kind}).",
        ),
        *[
            field(
                f"q{q}_{kind}",
                "number",
                f"{q}th percentile of the posterior distribution of idealpoint_{kind} "
                f"(publisher's q{q}{kind}).",
            )
            for q in QUANTILES
        ],
        field(
            f"nvotes_{kind}",
            "integer",
            f"Number of votes idealpoint_{kind} is based on (publisher's nvotes{kind}).",
            unit="votes",
            minimum=0,
        ),
    ]


RESOURCE = resource(
    "idealpoints",
    path="idealpoints.csv.gz",
    order=34,
    title="UN General Assembly ideal points by state and year, 1946-2024 (Bailey, Strezhnev "
    "and Voeten)",
    description=(
        "One row per state (Correlates of War code) and year: its position on one dimension "
        "estimated from its UN General Assembly votes by the model of Bailey, Strezhnev and "
        "Voeten (2017), comparable across years, from final-passage votes (fp) and from all "
        "votes (all), with posterior percentiles for the uncertainty and the number of votes "
        "behind each estimate. July 2025 release, the first estimated by calendar year; 11,423 "
        "rows. In 2024 idealpoint_fp is 2.206 for the USA, -0.598 for Russia, -0.854 for China."
    ),
    limits=[
        (
            "idealpoint_all (with its percentiles and vote count) is empty for all of 2024: the "
            "release has only final-passage estimates for that year. A series that reaches 2024 "
            "uses idealpoint_fp; the codebook gives a correlation of .9846 between the two."
        ),
        (
            "No year 1964 (the 19th session held no recorded votes). Venezuela has no rows after "
            "2021 (it cast no recorded vote from 2022, see unga_votes) and Afghanistan none for "
            "2024: 193 states a year in 2011-2021, 192 in 2022-2023, 191 in 2024."
        ),
        (
            "The votes behind the estimates are the publisher's (the UNGA-DM database of Fjelstul, "
            "Hug and Kilby 2025), not unga_votes."
        ),
        (
            "iso3 joins countries only where the publisher's code (iso3c) names a state in it: "
            "empty for TWN (the Republic of China's seat, 1946-1971), DDR (1973-1989) and the two "
            "Yemens of 1947-1989 (the publisher codes both YAR: ccode 678 Yemen Arab Republic and "
            "680 Yemen People's Republic), 107 rows that ccode and country identify."
        ),
        (
            "Serbia's seat (ccode 345) is YUG in every year in iso3c; iso3 follows the date chain "
            "of unga_votes: YUG to 2002, SCG 2003-2005 (unga_rollcalls has no roll call from 1 "
            "January to 3 February 2003), SRB from 2007, and empty for 2006, when the seat passed "
            "from SCG to SRB (28 June) between roll calls."
        ),
        (
            "As the publisher codes them, RUS (ccode 365) covers the Soviet Union's seat 1946-1991 "
            "and DEU the Federal Republic of Germany 1973-1989 (ccode 260) as well as Germany from "
            "1990 (ccode 255)."
        ),
        (
            "Left out: idealpointlegacy (session-based, year = session + 1945; equal to the June "
            "2024 release) and the 17 rows that carry only it (no code or name); the posterior "
            "minimum and maximum (q0, q100). Values are single precision as published (about 7 "
            "significant digits)."
        ),
    ],
    sources=[
        {
            "title": "United Nations General Assembly Voting Data: ideal point estimates "
            "(IdealpointsJuly2025)",
            "publisher": "Michael A. Bailey, Anton Strezhnev, Erik Voeten (Harvard Dataverse); "
            "method: Bailey, Strezhnev and Voeten, 'Estimating Dynamic State Preferences from "
            "United Nations Voting Data', Journal of Conflict Resolution 61(2), 2017",
            "version": "July 2025 release (codebook version July 28, 2025), file "
            "IdealpointsJuly2025.dta as found in GitHub lucasbuildsapps/Masterthesis (commit "
            "00de4ce7f259894dd3f9c1ea7006b192be4dcb74)",
            "path": "https://dataverse.harvard.edu/dataset.xhtml?persistentId=doi:10.7910/DVN/LEJUQZ",
        }
    ],
    licenses=[_unga.VOETEN_LICENSE],
    fields=[
        field(
            "ccode", "integer", "Correlates of War country code (publisher's ccode).", required=True
        ),
        field("year", "integer", "Year of the votes.", required=True, minimum=1946),
        field(
            "iso3",
            "string",
            "The state in countries (ISO 3166-1 alpha-3): the publisher's code where countries "
            "has it, Serbia's seat by date (see limits); empty otherwise.",
            pattern="[A-Z]{3}",
        ),
        field("iso3c", "string", "The publisher's ISO3 code, as published.", required=True),
        field("country", "string", "The publisher's country name.", required=True),
        *_estimate_fields("fp"),
        *_estimate_fields("all"),
    ],
    primary_key=["ccode", "year"],
    foreign_keys=[foreign_key("iso3", "countries")],
)


def serbia_codes(years: pd.Series, rollcall_dates: pd.Series) -> pd.Series:
    """The code of Serbia's seat for each year: the one in force on every GA roll call of that
    year (unga_rollcalls), or before 1991 on every day of it; empty if the seat changed hands."""
    dates = pd.to_datetime(rollcall_dates)
    held = _unga.serbia_code(dates).groupby(dates.dt.year).agg(set)
    result = {}
    for year in years.unique():
        codes = held.get(year)
        if codes is None:  # no roll call in unga_rollcalls: the codes in force that year
            span = pd.Series(pd.to_datetime([f"{year}-01-01", f"{year}-12-31"]))
            codes = set(_unga.serbia_code(span))
        result[year] = codes.pop() if len(codes) == 1 else None
    return years.map(result)


def course_codes(raw: pd.DataFrame, countries: pd.DataFrame, rollcalls: pd.DataFrame):
    """iso3 for each row: the publisher's code if countries has it, Serbia's seat by date."""
    code = raw["iso3c"].where(raw["iso3c"].isin(countries["iso3"]))
    serbia = raw["ccode"] == SERBIA_CCODE
    require((raw.loc[serbia, "iso3c"] == "YUG").all(), "Serbia's seat is no longer coded YUG")
    code[serbia] = serbia_codes(raw.loc[serbia, "year"], rollcalls["date"])
    return code


def build(sources: Path, countries: pd.DataFrame, unga_rollcalls: pd.DataFrame) -> pd.DataFrame:
    """Every row with an estimate, sorted by ccode and year, columns in schema order."""
    raw = pd.read_stata(sources / FILE)
    require(len(raw) == 11440, f"{len(raw)} rows in {FILE}, expected 11,440")
    legacy_only = raw["iso3c"].eq("") & raw["idealpointfp"].isna() & raw["idealpointall"].isna()
    require(legacy_only.sum() == 17, "the rows without a code are not the 17 legacy-only ones")
    raw = raw[~legacy_only].copy()
    require((raw["iso3c"] != "").all(), "a row with an estimate but no code")
    raw["ccode"] = raw["ccode"].astype(int)
    raw["year"] = raw["year"].astype(int)
    require(not raw.duplicated(["ccode", "year"]).any(), "a state twice in one year")
    out = pd.DataFrame(
        {
            "ccode": raw["ccode"],
            "year": raw["year"],
            "iso3": course_codes(raw, countries, unga_rollcalls),
            "iso3c": raw["iso3c"].astype(str),
            "country": raw["countryname"].astype(str),
        }
    )
    for kind in ESTIMATES:
        out[f"idealpoint_{kind}"] = raw[f"idealpoint{kind}"]
        for q in QUANTILES:
            out[f"q{q}_{kind}"] = raw[f"q{q}{kind}"]
        out[f"nvotes_{kind}"] = raw[f"nvotes{kind}"].astype("Int64")
    linked = out.dropna(subset=["iso3"])
    require(not linked.duplicated(["iso3", "year"]).any(), "two rows share an iso3 and year")
    out = out.sort_values(["ccode", "year"]).reset_index(drop=True)
    return out[columns(RESOURCE)]
