"""Resource ``icow_claims``: territorial claims between pairs of states, 1816-2001 (ICOW 1.1).

One row per dyadic territorial claim (issue 1) of ICOWclaimdy.csv (191 of its 416 rows; river
and maritime claims are left out). The file is Mac Roman text ("Amapá"). Codes become labels.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _icow
from resources._table import columns, field, require, resource

RAW = [_icow.CLAIMS_RAW]

RESOLVED = {
    1: "dropped by challenger",
    2: "renounced by challenger",
    3: "third party",
    4: "bilateral",
    5: "independence",
    6: "actor leaves system",
    7: "military occupation",
    8: "dropped by target",
    9: "renounced by target",
    10: "plebiscite",
    11: "no longer relevant",
}


def _count(name: str, what: str) -> dict:
    return field(name, "integer", what, unit="events", required=True, minimum=0)


RESOURCE = resource(
    "icow_claims",
    order=60,
    title="ICOW territorial claims in the Western Hemisphere and Western Europe, 1816-2001",
    description=(
        "One row per territorial claim between a challenger and a target state (ICOW 1.1, 191 "
        "dyadic claims: 128 in the Western Hemisphere, 63 in Western Europe): the territory, "
        "the two states (COW codes), when the claim began and ended, how it ended, and how "
        "often it was pursued by peaceful settlement attempts, militarized disputes and wars."
    ),
    limits=[
        (
            "ICOW 1.1 covers territorial claims in the Western Hemisphere and Western Europe only: "
            "no comparison with Africa, Asia or the Middle East can be made with it."
        ),
        "Claims still open at the end of 2001 have no end (ongoing is true).",
        (
            "region is where the claimed territory lies, not where the claimants are: a claim by "
            "the United Kingdom in the Americas is Western Hemisphere."
        ),
    ],
    sources=[_icow.SOURCE],
    licenses=[_icow.TERMS],
    fields=[
        field(
            "claimdy",
            "integer",
            "ICOW dyadic claim number (claim x 100 + dyad).",
            required=True,
            unique=True,
        ),
        field(
            "claim",
            "integer",
            "ICOW claim number (one territory; several dyads possible).",
            required=True,
        ),
        field("name", "string", "Name of the claimed territory.", required=True),
        field(
            "region",
            "string",
            "Where the claimed territory lies (ICOW region).",
            required=True,
            enum=list(_icow.REGIONS.values()),
        ),
        field("challenger", "integer", "COW code of the state making the claim.", required=True),
        field("target", "integer", "COW code of the state holding the territory.", required=True),
        field("begin_year", "integer", "Year the claim began.", unit="year", required=True),
        field(
            "begin_month",
            "integer",
            "Month the claim began (empty: not known, 00 in ICOW).",
            minimum=1,
            maximum=12,
        ),
        field(
            "end_year",
            "integer",
            "Year the claim ended (empty: ongoing at the end of 2001).",
            unit="year",
        ),
        field(
            "end_month",
            "integer",
            "Month the claim ended (empty: ongoing or not known).",
            minimum=1,
            maximum=12,
        ),
        field(
            "ongoing",
            "boolean",
            "Whether the claim was still open at the end of 2001.",
            required=True,
        ),
        field(
            "duration",
            "integer",
            "Length of the claim as ICOW counts it.",
            unit="years",
            required=True,
            minimum=1,
        ),
        field(
            "how_ended",
            "string",
            "How the claim ended (ICOW resolved; empty if ongoing).",
            enum=list(RESOLVED.values()),
        ),
        field(
            "ended_violently",
            "boolean",
            "Whether the claim ended through organised violence (ICOW endviol).",
        ),
        field(
            "salience",
            "integer",
            "ICOW salience index of the territory (0-12).",
            minimum=0,
            maximum=12,
        ),
        _count("attempts_peaceful", "Peaceful settlement attempts over the claim (attemptsp)."),
        _count("attempts_bilateral", "Bilateral negotiations among them (attbilat)."),
        _count(
            "attempts_nonbinding",
            "Non-binding third-party attempts: good offices, inquiry, "
            "mediation and the like (att3non).",
        ),
        _count(
            "attempts_binding",
            "Binding third-party attempts: arbitration or adjudication (att3bind).",
        ),
        _count("mids", "Militarized interstate disputes over the claim (midsiss)."),
        _count("fatal_mids", "Of which with at least one fatality (midsfat)."),
        _count("wars", "Wars over the claim (warsiss)."),
    ],
    primary_key=["claimdy"],
)


def build(sources: Path) -> pd.DataFrame:
    """The 191 territorial claims, sorted by claimdy."""
    raw = _icow.territorial(_icow.read(sources, _icow.CLAIMS_FILE, encoding="mac_roman"))
    require(len(raw) == 191, f"{len(raw)} territorial dyadic claims, expected 191")
    ongoing = raw["endclaim"] == _icow.ONGOING
    begin_year, begin_month = _icow.year_month(raw["begclaim"])
    end_year, end_month = _icow.year_month(raw["endclaim"].where(~ongoing))
    require((raw["resolved"].isna() == ongoing).all(), "resolved must be empty exactly if ongoing")
    table = pd.DataFrame(
        {
            "claimdy": raw["claimdy"],
            "claim": raw["claim"],
            "name": raw["name"].str.strip(),
            "region": raw["region"].map(_icow.REGIONS),
            "challenger": raw["chal"],
            "target": raw["tgt"],
            "begin_year": begin_year,
            "begin_month": begin_month,
            "end_year": end_year,
            "end_month": end_month,
            "ongoing": ongoing,
            "duration": raw["duration"],
            "how_ended": raw["resolved"].map(RESOLVED),
            "ended_violently": raw["endviol"].map({1: True, 0: False}).astype("boolean"),
            "salience": raw["icowsal"].astype("Int64"),
            "attempts_peaceful": raw["attemptsp"],
            "attempts_bilateral": raw["attbilat"],
            "attempts_nonbinding": raw["att3non"],
            "attempts_binding": raw["att3bind"],
            "mids": raw["midsiss"],
            "fatal_mids": raw["midsfat"],
            "wars": raw["warsiss"],
        }
    )
    return table[columns(RESOURCE)].sort_values("claimdy").reset_index(drop=True)
