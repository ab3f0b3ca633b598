"""Resource ``unga_adoptions``: resolutions the General Assembly adopted, with and without a vote.

Counted from the UN DGACM machine-readable resolutions (``data_extract`` JSON, sessions 74-80,
ES-10, ES-11; the same files as ``unga_rollcalls``), one row per session and calendar year of
adoption, by the ``adoption_type`` of each record ('By a recorded vote', 'Without a vote', or
blank). See ``unga_votes/PROVENANCE.md`` section 6 of the sources folder.

Which sessions are complete follows a rule on the extract (:func:`coverage`); the build stops if
the extract's gaps ever differ from the ones the description states (``GAPS``), so a new
extract is reviewed, not silently described with old words.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _unga
from resources._table import columns, field, require, resource

RAW = _unga.UNXML_RAW

TYPES = {
    "By a recorded vote": "recorded_vote",
    "Without a vote": "without_vote",
    "": "type_not_given",
}
# What the extract lacks, as the limits state it: regular sessions, resolution numbers missing
# below the highest number in the extract; the build checks these against the files.
GAPS = {
    "74": [],
    "75": [],
    "76": [],
    "77": [],
    "78": [258, 327],
    "79": [],
    "80": [2, 107, 251, 263],
}
CLOSES_FROM = "08-01"  # a regular session N closes in the August-September of year 1946 + N

RESOURCE = resource(
    "unga_adoptions",
    order=33,
    title="Resolutions adopted by the UN General Assembly, by recorded vote and without a vote, "
    "by session and year, Oct 2019 - Jun 2026",
    description=(
        "One row per General Assembly session and calendar year of adoption: how many "
        "resolutions the Assembly adopted, how many by recorded vote and how many without a "
        "vote, counted from the UN DGACM machine-readable resolutions (sessions 74-80, ES-10 and "
        "ES-11; adoptions from 2019-10-10 to 2026-06-04). Sum a session's rows for its totals, "
        "or a year's rows for calendar-year counts, as the US State Department's voting-"
        "coincidence reports use from 2017."
    ),
    limits=[
        (
            "Complete sessions (session_complete): 75, 76, 77 and 79. The rule: a regular session "
            "is complete when the extract has every resolution number from 1 to its highest and "
            "its last adoption falls on or after 1 August of the year the session closes. "
            "Emergency special sessions are never complete here."
        ),
        (
            "Session 74: the extract ends at A/RES/74/266 (2019-12-27); the adoptions of 2020, "
            "those by silence procedure included, are missing."
        ),
        "Session 78: A/RES/78/258 and A/RES/78/327 are not in the extract.",
        (
            "Session 80 was still running: the extract ends on 2026-06-04 and lacks A/RES/80/2, "
            "80/107, 80/251 and 80/263."
        ),
        (
            "ES-10 has only ES-10/21, ES-10/22 and ES-10/24 (2023-2024; ES-10/1 to ES-10/20 and "
            "ES-10/23 are missing); ES-11 has ES-11/1 to ES-11/6 (ES-11/7 and ES-11/8 of 24 "
            "February 2025, and ES-11/9, are missing)."
        ),
        (
            "No counts before session 74: the DGACM extract starts there, and no other source "
            "staged for the course gives them."
        ),
        (
            "One count per symbol: parts adopted separately count separately (A/RES/75/290 A and "
            "B), a record covering several parts counts once (A/RES/79/259 A-C). The extract "
            "repeats 33 symbols in session 79 (36 extra records) and 3 in session 80; each counts "
            "once (the repeats agree on adoption type and date)."
        ),
        (
            "Four records give no adoption type (A/RES/79/259 A-C, 80/84 A-B, 80/236 A-B, 80/244 "
            "A-C): they count in adopted and type_not_given, in neither recorded_vote nor "
            "without_vote."
        ),
        (
            "recorded_vote includes A/RES/75/254 A-C, which lists no states and so has no roll "
            "call in unga_rollcalls; otherwise it equals the unga_rollcalls rows of that session "
            "and year."
        ),
        (
            "Resolutions only: decisions of the Assembly and votes in its Main Committees are not "
            "counted."
        ),
    ],
    sources=[_unga.UNXML_SOURCE],
    licenses=[_unga.UNXML_LICENSE],
    fields=[
        field(
            "session",
            "string",
            "GA session: '74' ... '80', 'ES-10' or 'ES-11' (as in unga_rollcalls).",
            required=True,
            pattern="[0-9]{2}|ES-1[01]",
        ),
        field(
            "year",
            "integer",
            "Calendar year of adoption (adoption_date in the extract).",
            required=True,
            minimum=2019,
        ),
        field(
            "adopted",
            "integer",
            "Resolutions adopted in this session and year: distinct symbols in the extract. "
            "Equals recorded_vote + without_vote + type_not_given.",
            unit="resolutions",
            required=True,
            minimum=0,
        ),
        field(
            "recorded_vote",
            "integer",
            "Of these, adopted by recorded vote (adoption_type 'By a recorded vote').",
            unit="resolutions",
            required=True,
            minimum=0,
        ),
        field(
            "without_vote",
            "integer",
            "Of these, adopted without a vote (adoption_type 'Without a vote'). The State "
            "Department's consensus-inclusive voting coincidence (from its 2019 report) counts "
            "each as a 'same' vote for every state.",
            unit="resolutions",
            required=True,
            minimum=0,
        ),
        field(
            "type_not_given",
            "integer",
            "Of these, records whose adoption_type is blank in the extract.",
            unit="resolutions",
            required=True,
            minimum=0,
        ),
        field("first_adoption", "date", "Earliest adoption date in the row.", required=True),
        field("last_adoption", "date", "Latest adoption date in the row.", required=True),
        field(
            "session_complete",
            "boolean",
            "True if the extract holds the whole session (rule in the limits); the same for "
            "every row of a session.",
            required=True,
        ),
    ],
    primary_key=["session", "year"],
)


def records(sources: Path) -> pd.DataFrame:
    """One row per symbol: session, symbol, number, adoption date and type (repeats dropped)."""
    rows = [
        {
            "session": session,
            "symbol": rec["symbol"],
            "date": _unga.parse_un_date(rec["adoption_date"]),
            "type": rec["adoption_type"],
        }
        for session in _unga.UNXML_SESSIONS
        for rec in _unga.read_unxml(sources, session)
    ]
    table = pd.DataFrame(rows).drop_duplicates()
    require(table["symbol"].is_unique, "a symbol repeated with another adoption type or date")
    require(set(table["type"]) <= set(TYPES), f"adoption types {sorted(set(table['type']))}")
    pattern = r"A/RES/(?:ES-1[01]|\d{2})/(\d+)(?: ?[A-Z](?:-[A-Z])?)?"
    numbers = table["symbol"].str.fullmatch(pattern)
    require(numbers.all(), f"unexpected symbols {table.loc[~numbers, 'symbol'].tolist()[:5]}")
    table["number"] = table["symbol"].str.extract(pattern, expand=False).astype(int)
    return table


def coverage(table: pd.DataFrame) -> dict[str, bool]:
    """Whether each session is complete in the extract (the rule of the first limit)."""
    complete = {}
    for session, rows in table.groupby("session"):
        if session.startswith("ES-"):
            complete[session] = False
            continue
        numbers = set(rows["number"])
        missing = sorted(set(range(1, max(numbers) + 1)) - numbers)
        require(missing == GAPS[session], f"session {session} lacks {missing}; update GAPS")
        closes = pd.Timestamp(f"{1946 + int(session)}-{CLOSES_FROM}")
        complete[session] = not missing and rows["date"].max() >= closes
    return complete


def build(sources: Path) -> pd.DataFrame:
    """Counts per session and year, sessions in extract order, years ascending."""
    table = records(sources).assign(kind=lambda t: t["type"].map(TYPES))
    table["year"] = table["date"].dt.year
    counts = table.pivot_table(
        index=["session", "year"], columns="kind", values="symbol", aggfunc="count", fill_value=0
    ).reindex(columns=list(TYPES.values()), fill_value=0)
    dates = table.groupby(["session", "year"])["date"].agg(["min", "max"])
    frame = counts.join(dates).reset_index()
    frame["adopted"] = frame[list(TYPES.values())].sum(axis=1)
    frame["first_adoption"] = frame["min"].dt.strftime("%Y-%m-%d")
    frame["last_adoption"] = frame["max"].dt.strftime("%Y-%m-%d")
    frame["session_complete"] = frame["session"].map(coverage(table))
    rank = {session: i for i, session in enumerate(_unga.UNXML_SESSIONS)}
    frame = frame.sort_values(
        ["session", "year"], key=lambda c: c.map(rank) if c.name == "session" else c
    )
    return frame[columns(RESOURCE)].reset_index(drop=True)
