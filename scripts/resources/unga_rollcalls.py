"""Resource ``unga_rollcalls``: one row per UN General Assembly roll call in ``unga_votes``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _unga
from resources._table import columns, field, resource

RAW = _unga.RAW

ISSUE_NAMES = {  # the issue labels of un_roll_call_issues.rda
    "me": "Palestinian conflict",
    "nu": "Nuclear weapons and nuclear material",
    "di": "Arms control and disarmament",
    "hr": "Human rights",
    "co": "Colonialism",
    "ec": "Economic development",
}


def _issue(code: str) -> dict:
    return field(
        code,
        "boolean",
        f"Voeten issue flag '{code}' ({ISSUE_NAMES[code]}): true if the roll call is coded with "
        "this issue in un_roll_call_issues. Empty for UNxml roll calls.",
    )


def _count(name: str, what: str) -> dict:
    return field(name, "integer", what, required=True, minimum=0)


def _official(name: str, what: str) -> dict:
    return field(
        name,
        "integer",
        f"Official number of {what} in the DGACM extract (MS_*_count; 'N.A.' read as 0). Empty "
        "for Voeten roll calls (see ukraine_resolutions for published totals of the Ukraine "
        "votes).",
        minimum=0,
    )


RESOURCE = resource(
    "unga_rollcalls",
    path="unga_rollcalls.csv.gz",
    order=31,
    title="UN General Assembly roll calls, Oct 1991 - Jun 2026",
    description=(
        "One row per roll call in unga_votes (3,204), sorted by date and rollcall_id: 2,474 from "
        "Voeten et al. (un_roll_calls.rda; dated 1991-01-01 or later, sessions 46-73, 1991-10-03 "
        "to 2018-12-22) and 730 from the UN DGACM extract (every resolution adopted by recorded "
        "vote in sessions 74-80, ES-10 and ES-11, 2019-11-07 to 2026-06-04). yes/no/abstain are "
        "counted from unga_votes; official_* are the DGACM tallies."
    ),
    limits=[
        (
            "The 2019 source change: Voeten has every recorded plenary vote, so one resolution can "
            "have several roll calls (votes on amendments, separate paragraphs, procedural "
            "motions; 209 Voeten symbols have 2 or more roll calls), while UNxml has one row per "
            "adopted resolution. For series that cross 2019 keep amendment == false and paragraph "
            "== false; Voeten's flags are not complete (22 symbols still have 2 or more unflagged "
            "roll calls, e.g. A/RES/61/11, and 8 procedural votes have no symbol)."
        ),
        (
            "Counted and official totals agree for 729 of the 730 UNxml roll calls; A/RES/77/293 "
            "lists 58 abstentions against an official 59. For Voeten, A/RES/71/205 lacks one 'no' "
            "(see ukraine_resolutions)."
        ),
        (
            "No rows for ES-11/7, ES-11/8 (24 Feb 2025), ES-11/9, ES-10/23 or A/RES/73/8: no "
            "per-country record in the sources."
        ),
        (
            "Gaps in time: no roll calls between 2018-12-22 and 2019-11-07 (Voeten has none in "
            "that span) or between 2019-12-27 and 2020-11-05 (the UNxml session-74 extract ends at "
            "74/266; Voeten's A/RES/74/267 of 2020-01-14, rcid 9079, is outside the Voeten "
            "selection and not used)."
        ),
        (
            "UNxml records: repeated records in sessions 79 and 80 are kept once after checking "
            "they hold the same votes; A/RES/75/254 A-C is left out because it lists no states; "
            "A/RES/75/290 A lists every state twice in the same list, the repeat is dropped."
        ),
        (
            "Left out as provenance detail: Voeten's descr where it is not the title, UNxml agenda "
            "item, draft symbol and meeting record (see the raw files)."
        ),
    ],
    sources=_unga.SOURCES,
    licenses=_unga.LICENSES,
    fields=[
        _unga.rollcall_field(
            "Roll-call key: 'voeten:<rcid>' or 'unxml:<resolution symbol>'.", unique=True
        ),
        field(
            "resolution",
            "string",
            "Resolution symbol normalised to 'A/RES/<session>/<number>' (Voeten 'R/68/262' -> "
            "'A/RES/68/262'; letters and parts kept, e.g. 'A/RES/46/47B', 'A/RES/75/250 B'). "
            "Several Voeten roll calls can share one symbol. Empty for 8 procedural Voeten votes "
            "without a symbol.",
        ),
        field(
            "resolution_raw",
            "string",
            "The symbol as written in the source (Voeten unres, UNxml symbol).",
        ),
        field(
            "date",
            "date",
            "Date of the vote (Voeten date; UNxml adoption_date). Some Voeten dates of the "
            "1990s-2000s look approximate: check exact dates against UN documents.",
            required=True,
        ),
        field(
            "session",
            "string",
            "GA session: '46' ... '80', 'ES-10' or 'ES-11' (emergency special sessions in UNxml). "
            "Voeten gives the regular session, so its ES-10/19 (2017) is '72'.",
            required=True,
            pattern="[0-9]{2}|ES-1[01]",
        ),
        field(
            "title",
            "string",
            "UNxml: the resolution title. Voeten: the text of short or descr, taking in order (1) "
            "a library-catalogue title '<title> : resolution / adopted by the General Assembly' "
            "from either field, cut before ' : resolution'; (2) descr when short is its first 60 "
            "characters; (3) short unless it is an upper-case keyword list; (4) descr. For some "
            "Voeten amendment, paragraph and procedural votes this is an excerpt of the meeting "
            "record. Non-breaking spaces replaced by spaces.",
        ),
        _count("yes", "Number of Y rows in unga_votes."),
        _count("no", "Number of N rows in unga_votes."),
        _count("abstain", "Number of A rows in unga_votes."),
        _official("official_yes", "votes in favour"),
        _official("official_no", "votes against"),
        _official("official_abstain", "abstentions"),
        field(
            "amendment",
            "boolean",
            "True if Voeten flags a vote on an amendment (amend = 1); false otherwise (Voeten "
            "leaves the flag blank for other roll calls of 1991-2018; UNxml rows are adoptions of "
            "whole resolutions).",
            required=True,
        ),
        field(
            "paragraph",
            "boolean",
            "True if Voeten flags a separate vote on a paragraph (para = 1); false otherwise (as "
            "for amendment).",
            required=True,
        ),
        field(
            "importantvote",
            "boolean",
            "Voeten's importantvote flag (1 -> true, 0 -> false); empty where Voeten leaves it "
            "blank and for UNxml roll calls.",
        ),
        *[_issue(code) for code in _unga.ISSUES],
        field(
            "source",
            "string",
            "voeten_unvotes (Voeten et al. via unvotes) or unxml_dgacm (UN DGACM machine-readable "
            "resolutions).",
            required=True,
            enum=["voeten_unvotes", "unxml_dgacm"],
        ),
    ],
    primary_key=["rollcall_id"],
)


def build(sources: Path) -> pd.DataFrame:
    meta = _unga.bundle(sources)["rollcalls"].copy()
    meta["date"] = meta["date"].dt.strftime("%Y-%m-%d")
    return meta[columns(RESOURCE)].reset_index(drop=True)
