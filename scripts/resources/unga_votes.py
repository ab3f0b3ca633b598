"""Resource ``unga_votes``: one row per UN General Assembly roll call and member state, 1991-2026.

Built by ``_unga.assemble`` (Voeten/unvotes ``.rda`` for sessions 46-73, UN DGACM ``data_extract``
JSON for sessions 74-80, ES-10 and ES-11), with X rows for members that have no recorded vote,
from the membership rule in ``_unga.membership``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _unga
from resources._table import field, foreign_key, resource

RAW = _unga.RAW

RESOURCE = resource(
    "unga_votes",
    path="unga_votes.csv.gz",
    order=30,
    title="UN General Assembly roll-call votes by member state, Oct 1991 - Jun 2026",
    description=(
        "One row per roll call (see unga_rollcalls) and UN member state: its vote Y (yes), N (no), "
        "A (abstain) or X (a member at the time with no recorded vote). 608,516 rows: 543,910 "
        "Y/N/A votes and 64,606 X, sorted by roll-call date, rollcall_id, iso3. Voeten et al. "
        "(via the R package unvotes) for the 2,474 roll calls dated 1991-10-03 to 2018-12-22 "
        "(sessions 46-73); the UN DGACM machine-readable resolutions for the 730 resolutions "
        "adopted by recorded vote from 2019-11-07 to 2026-06-04 (sessions 74-80, ES-10, ES-11). "
        "Both list only Y/N/A; the X rows come from the membership rule (first limit)."
    ),
    limits=[
        (
            "X rule: a state counts as a member from its first recorded vote in the Voeten data "
            "(which go back to 1946) to its last recorded vote here; the 193 states listed in the "
            "UNxml records of 2019-2026 (the current members) count to the end of the data; "
            "Serbia's seat is one chain YUG (to 2003-02-03), SCG (2003-02-04 to 2006-06-27), SRB "
            "(from 2006-06-28). Every member without a Y/N/A row for a roll call gets X."
        ),
        (
            "X means absent, present but not voting, or without a vote under Charter Art. 19: the "
            "data show the absence, not the reason."
        ),
        (
            "Members missed by the X rule: a state admitted some time before its first recorded "
            "vote is not counted (and gets no X) in between, so the member count of some "
            "early-1990s and 1999-2002 roll calls is a few states short (e.g. GEO's first vote is "
            "1993-12-02); a state that left before its last possible vote is not counted after its "
            "last vote (CSK ends 1992-12-06); YUG counts as a member, X, through its long run "
            "without any vote (1992-09 to 2000-11), whatever its legal status then. From "
            "2011-07-14 every roll call lists 193 states; for the Ukraine resolutions the X lists "
            "equal the non-voting lists of the source's verification (e.g. 68/262: BLZ and GRD "
            "among LAC states)."
        ),
        (
            "The 2019 source change: Voeten has every recorded plenary vote, including separate "
            "votes on amendments, paragraphs and procedural motions; UNxml has only resolutions "
            "adopted by recorded vote, so filter unga_rollcalls (amendment, paragraph) before "
            "building time series across 2019."
        ),
        (
            "A/RES/71/205 (Crimea, 2016): one 'no' is missing in Voeten (counted 70-25-77, "
            "published 70-26-77); Zimbabwe is probably the missing voter but stays X, nothing is "
            "imputed."
        ),
        (
            "Venezuela (VEN) has no recorded vote at all from 2022 (X on all 464 roll calls since "
            "2022-01-01)."
        ),
        (
            "No per-country data: ES-11/7 and ES-11/8 (24 Feb 2025), ES-11/9, ES-10/23, and Cuba "
            "2018 (A/RES/73/8, missing in Voeten); A/RES/75/254 A-C is marked recorded vote but "
            "lists no states and is left out."
        ),
        "A/RES/77/293 lists 58 abstentions against an official 59.",
    ],
    sources=_unga.SOURCES,
    licenses=_unga.LICENSES,
    fields=[
        _unga.rollcall_field(
            "Roll-call key, joins unga_rollcalls: 'voeten:<rcid>' (Voeten roll-call id) or "
            "'unxml:<resolution symbol>' (e.g. 'unxml:A/RES/ES-11/1')."
        ),
        field(
            "iso3",
            "string",
            "Member state, ISO 3166-1 alpha-3 code (joins countries): Voeten ISO2 codes and UN "
            "names mapped with pycountry plus a four-name alias table (Namibia's ISO2 'NA' is "
            "mapped to NAM by code, or by name if a reader turns it into a missing value). "
            "Serbia, labelled Yugoslavia in every year by Voeten, is recoded by date: YUG before "
            "2003-02-04, SCG to 2006-06-27, SRB from 2006-06-28. CSK, YUG and SCG are former "
            "members (in countries with un_member false).",
            required=True,
            pattern="[A-Z]{3}",
        ),
        field(
            "vote",
            "string",
            "Y = yes, N = no, A = abstain, X = member at the time with no recorded vote (derived "
            "from the membership rule in the limits, not from the sources).",
            required=True,
            enum=["Y", "N", "A", "X"],
        ),
    ],
    primary_key=["rollcall_id", "iso3"],
    foreign_keys=[
        foreign_key("iso3", "countries"),
        foreign_key("rollcall_id", "unga_rollcalls"),
    ],
)


def build(sources: Path) -> pd.DataFrame:
    votes = _unga.bundle(sources)["votes"]
    return votes[["rollcall_id", "iso3", "vote"]].reset_index(drop=True)
