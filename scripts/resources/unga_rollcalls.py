"""Resource ``unga_rollcalls``: one row per UN General Assembly roll call in ``unga_votes``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _unga

RAW = _unga.RAW

COLUMNS = [
    "rollcall_id",
    "resolution",
    "resolution_raw",
    "date",
    "session",
    "title",
    "yes",
    "no",
    "abstain",
    "official_yes",
    "official_no",
    "official_abstain",
    "amendment",
    "paragraph",
    "importantvote",
    *_unga.ISSUES,
    "source",
]

ISSUE_NAMES = {  # the issue labels of un_roll_call_issues.rda
    "me": "Palestinian conflict",
    "nu": "Nuclear weapons and nuclear material",
    "di": "Arms control and disarmament",
    "hr": "Human rights",
    "co": "Colonialism",
    "ec": "Economic development",
}


def _issue(code: str) -> dict:
    return {
        "name": code,
        "type": "boolean",
        "description": f"Voeten issue flag '{code}' ({ISSUE_NAMES[code]}): true if the roll "
        "call is coded with this issue in un_roll_call_issues. Empty for UNxml roll calls.",
    }


def _count(name: str, what: str) -> dict:
    return {
        "name": name,
        "type": "integer",
        "description": what,
        "constraints": {"required": True, "minimum": 0},
    }


def _official(name: str, what: str) -> dict:
    return {
        "name": name,
        "type": "integer",
        "description": f"Official number of {what} in the DGACM extract (MS_*_count; 'N.A.' "
        "read as 0). Empty for Voeten roll calls (see ukraine_resolutions for published "
        "totals of the Ukraine votes).",
        "constraints": {"minimum": 0},
    }


RESOURCE = {
    "order": 31,
    "name": "unga_rollcalls",
    "path": "unga_rollcalls.csv.gz",
    "profile": "tabular-data-resource",
    "format": "csv",
    "compression": "gz",
    "mediatype": "text/csv",
    "encoding": "utf-8",
    "title": "UN General Assembly roll calls, Oct 1991 - Jun 2026",
    "description": (
        "One row per roll call in unga_votes (3,204), sorted by date and rollcall_id. 2,474 come "
        "from Voeten et al. (un_roll_calls.rda; dated 1991-01-01 or later, sessions 46-73, "
        "1991-10-03 to 2018-12-22) and 730 from the UN DGACM extract (every resolution adopted by "
        "recorded vote in sessions 74-80, ES-10 and ES-11, 2019-11-07 to 2026-06-04; repeated "
        "records in sessions 79 and 80 kept once after checking they hold the same votes; "
        "A/RES/75/254 A-C left out because it lists no states; A/RES/75/290 A lists every state "
        "twice in the same list, the repeat is dropped). "
        "THE 2019 SOURCE CHANGE: Voeten has every recorded plenary vote, so one resolution can "
        "have several roll calls (votes on amendments, separate paragraphs, procedural motions; "
        "209 Voeten symbols have 2 or more roll calls), while UNxml has one row per adopted "
        "resolution. For series that cross 2019 keep amendment == false and paragraph == false; "
        "Voeten's flags are not complete (22 symbols still have 2 or more unflagged roll calls, "
        "e.g. A/RES/61/11, and 8 procedural votes have no symbol). "
        "yes/no/abstain are counted from unga_votes; official_* are the DGACM tallies. Counted "
        "and official totals agree for 729 of the 730 UNxml roll calls; A/RES/77/293 lists 58 "
        "abstentions against an official 59. For Voeten, A/RES/71/205 lacks one 'no' (see "
        "ukraine_resolutions). No rows exist for ES-11/7, ES-11/8 (24 Feb 2025), ES-11/9, ES-10/23 "
        "or A/RES/73/8 (no per-country record in the sources). GAPS: no roll calls between "
        "2018-12-22 and 2019-11-07 (Voeten has none in that span) or between 2019-12-27 and "
        "2020-11-05 (the UNxml session-74 extract ends at 74/266; Voeten's A/RES/74/267 of "
        "2020-01-14, rcid 9079, is outside the Voeten selection and not used). "
        "Left out as provenance detail: Voeten's descr where it is not the title, UNxml agenda "
        "item, draft symbol and meeting record (see the raw files)."
    ),
    "sources": _unga.SOURCES,
    "licenses": _unga.LICENSES,
    "schema": {
        "fields": [
            {
                "name": "rollcall_id",
                "type": "string",
                "description": "Roll-call key: 'voeten:<rcid>' or 'unxml:<resolution symbol>'.",
                "constraints": {
                    "required": True,
                    "unique": True,
                    "pattern": "voeten:[0-9]+|unxml:A/RES/.+",
                },
            },
            {
                "name": "resolution",
                "type": "string",
                "description": "Resolution symbol normalised to 'A/RES/<session>/<number>' (Voeten "
                "'R/68/262' -> 'A/RES/68/262'; letters and parts kept, e.g. 'A/RES/46/47B', "
                "'A/RES/75/250 B'). Several Voeten roll calls can share one symbol. Empty for 8 "
                "procedural Voeten votes without a symbol.",
            },
            {
                "name": "resolution_raw",
                "type": "string",
                "description": "The symbol as written in the source (Voeten unres, UNxml symbol).",
            },
            {
                "name": "date",
                "type": "date",
                "description": "Date of the vote (Voeten date; UNxml adoption_date). Some Voeten "
                "dates of the 1990s-2000s look approximate: check exact dates against UN documents.",
                "constraints": {"required": True},
            },
            {
                "name": "session",
                "type": "string",
                "description": "GA session: '46' ... '80', 'ES-10' or 'ES-11' (emergency special "
                "sessions in UNxml). Voeten gives the regular session, so its ES-10/19 (2017) is '72'.",
                "constraints": {"required": True, "pattern": "[0-9]{2}|ES-1[01]"},
            },
            {
                "name": "title",
                "type": "string",
                "description": "UNxml: the resolution title. Voeten: the text of short or descr, taking "
                "in order (1) a library-catalogue title '<title> : resolution / adopted by the General "
                "Assembly' from either field, cut before ' : resolution'; (2) descr when short is its "
                "first 60 characters; (3) short unless it is an upper-case keyword list; (4) descr. "
                "For some Voeten amendment, paragraph and procedural votes this is an excerpt of the "
                "meeting record. Non-breaking spaces replaced by spaces.",
            },
            _count("yes", "Number of Y rows in unga_votes."),
            _count("no", "Number of N rows in unga_votes."),
            _count("abstain", "Number of A rows in unga_votes."),
            _official("official_yes", "votes in favour"),
            _official("official_no", "votes against"),
            _official("official_abstain", "abstentions"),
            {
                "name": "amendment",
                "type": "boolean",
                "description": "True if Voeten flags a vote on an amendment (amend = 1); false "
                "otherwise (Voeten leaves the flag blank for other roll calls of 1991-2018; UNxml "
                "rows are adoptions of whole resolutions).",
                "constraints": {"required": True},
            },
            {
                "name": "paragraph",
                "type": "boolean",
                "description": "True if Voeten flags a separate vote on a paragraph (para = 1); false "
                "otherwise (as for amendment).",
                "constraints": {"required": True},
            },
            {
                "name": "importantvote",
                "type": "boolean",
                "description": "Voeten's importantvote flag (1 -> true, 0 -> false); empty where "
                "Voeten leaves it blank and for UNxml roll calls.",
            },
            *[_issue(code) for code in _unga.ISSUES],
            {
                "name": "source",
                "type": "string",
                "description": "voeten_unvotes (Voeten et al. via unvotes) or unxml_dgacm (UN DGACM "
                "machine-readable resolutions).",
                "constraints": {"required": True, "enum": ["voeten_unvotes", "unxml_dgacm"]},
            },
        ],
        "primaryKey": ["rollcall_id"],
        "missingValues": [""],
    },
}


def build(sources: Path) -> pd.DataFrame:
    meta = _unga.assemble(str(Path(sources).resolve()))["rollcalls"].copy()
    meta["date"] = meta["date"].dt.strftime("%Y-%m-%d")
    return meta[COLUMNS].reset_index(drop=True)
