"""Resource ``icow_settlements``: how territorial claims were pursued, 1816-2001 (ICOW 1.1).

One row per settlement attempt or militarized dispute over a territorial claim (issue 1) of
ICOWsettle.csv (1,209 of its 2,005 rows). ``kind`` is ICOW's typesetm (bilateral, non-binding
third party, binding third party, MID); ``procedure`` its typesett for peaceful attempts.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _icow
from resources._table import columns, field, foreign_key, require, resource

RAW = [_icow.SETTLE_RAW]

KINDS = {
    1: "bilateral negotiations",
    2: "non-binding third party",
    3: "binding third party",
    4: "militarized dispute",
}
PROCEDURES = {
    1: "bilateral negotiations",
    2: "good offices",
    3: "inquiry or conciliation",
    4: "mediation",
    5: "arbitration",
    6: "adjudication",
    7: "other third party",
    8: "multilateral negotiations",
    9: "peace conference",
}

RESOURCE = resource(
    "icow_settlements",
    order=61,
    title="ICOW settlement attempts and militarized disputes over territorial claims, 1816-2001",
    description=(
        "One row per attempt to settle a territorial claim of icow_claims, peaceful or "
        "militarized (ICOW 1.1, 1,209 rows: 949 over claims in the Western Hemisphere, 260 in "
        "Western Europe): the claim, when the attempt began and ended, its kind (bilateral, "
        "non-binding third party, binding third party, militarized dispute), its procedure "
        "(e.g. mediation, arbitration, adjudication) and whether it produced an agreement."
    ),
    limits=[
        "ICOW 1.1 covers the Western Hemisphere and Western Europe only.",
        (
            "Adjudication includes, but is not limited to, the International Court of Justice; "
            "third_party_type 9 marks a global intergovernmental organisation, the ICJ included."
        ),
        "agreement is empty for militarized disputes and for a few peaceful attempts.",
    ],
    sources=[_icow.SOURCE],
    licenses=[_icow.TERMS],
    fields=[
        field("claimdy", "integer", "The dyadic claim (icow_claims).", required=True),
        field(
            "attempt",
            "integer",
            "Number of the attempt within the claim (ICOW settnumt).",
            required=True,
            minimum=1,
        ),
        field("begin_year", "integer", "Year the attempt began.", unit="year", required=True),
        field(
            "begin_month", "integer", "Month it began (empty: not known).", minimum=1, maximum=12
        ),
        field("end_year", "integer", "Year it ended.", unit="year"),
        field("end_month", "integer", "Month it ended (empty: not known).", minimum=1, maximum=12),
        field(
            "kind",
            "string",
            "Kind of attempt (ICOW typesetm).",
            required=True,
            enum=list(KINDS.values()),
        ),
        field(
            "procedure",
            "string",
            "Procedure of a peaceful attempt (ICOW typesett; empty for a militarized dispute).",
            enum=list(PROCEDURES.values()),
        ),
        field(
            "third_party_type",
            "integer",
            "ICOW typeact: type of third party (9 = global intergovernmental organisation, "
            "the ICJ included; other codes in the ICOW manual).",
        ),
        field(
            "agreement",
            "boolean",
            "Whether the attempt produced an agreement or award (ICOW agree).",
        ),
    ],
    primary_key=["claimdy", "attempt"],
    foreign_keys=[foreign_key("claimdy", "icow_claims")],
)


def build(sources: Path) -> pd.DataFrame:
    """The 1,209 attempts over territorial claims, sorted by claim and attempt."""
    raw = _icow.territorial(_icow.read(sources, _icow.SETTLE_FILE))
    require(len(raw) == 1209, f"{len(raw)} attempts over territorial claims, expected 1209")
    require((raw["typesett"].isna() == (raw["typesetm"] == 4)).all(), "typesett vs typesetm")
    begin_year, begin_month = _icow.year_month(raw["begsett"])
    end_year, end_month = _icow.year_month(raw["endsett"])
    table = pd.DataFrame(
        {
            "claimdy": raw["claimdy"],
            "attempt": raw["settnumt"],
            "begin_year": begin_year,
            "begin_month": begin_month,
            "end_year": end_year,
            "end_month": end_month,
            "kind": raw["typesetm"].map(KINDS),
            "procedure": raw["typesett"].map(PROCEDURES),
            "third_party_type": raw["typeact"].astype("Int64"),
            "agreement": raw["agree"].map({1: True, 0: False}).astype("boolean"),
        }
    )
    return table[columns(RESOURCE)].sort_values(["claimdy", "attempt"]).reset_index(drop=True)
