"""Resource ``cow_wars``: the participants of every inter-state war, 1816-2007 (COW v4.0).

One row per state and war as published (337 rows, 95 wars); a state that changed sides has one
row per side (Italy, Romania and Bulgaria in the Second World War). Codes are replaced by their
labels from conflict/PROVENANCE.md (COW codebook "Inter-state Wars (Version 4.0): Definitions
and Variables"); -9 battle deaths (unknown) become empty.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _cow
from resources._table import columns, field, foreign_key, require, resource

RAW = [_cow.WARS_RAW]

OUTCOMES = {
    1: "winner",
    2: "loser",
    3: "compromise or tie",
    4: "transformed into another type of war",
    5: "ongoing",
    6: "stalemate",
    7: "continues below war level",
    8: "changed sides",
}
WHERE = {
    1: "Western Hemisphere",
    2: "Europe",
    4: "Africa",
    6: "Middle East",
    7: "Asia",
    9: "Oceania",
}
SEVERAL = "several regions (codes 11-19)"

RESOURCE = resource(
    "cow_wars",
    order=52,
    title="Correlates of War inter-state wars, 1816-2007: participants, sides and battle deaths",
    description=(
        "One row per state taking part in an inter-state war of the Correlates of War list, "
        "version 4.0 (95 wars, 337 participations, wars starting 1823-2003): the war, the state "
        "(COW code), its side, the dates of its participation, where the war was fought, "
        "whether it initiated, its outcome and the battle deaths it suffered."
    ),
    limits=[
        (
            "A war is sustained combat between states with at least 1,000 battle deaths within 12 "
            "months; a state takes part with 1,000 troops committed or 100 battle deaths "
            "(conflict/PROVENANCE.md, after the COW codebook). Civil, extra-state and non-state "
            "wars are in other COW lists, not here."
        ),
        (
            "Battle deaths are COW's estimate of the deaths each state suffered in battle "
            "(BatDeath); one participation has no estimate (-9 in the file)."
        ),
        (
            "Every participant is a member of the COW state system when it fights (the tests check "
            "it against cow_states), so fighting by states that COW does not count yet is not here."
        ),
        "where_fought codes 11-19 combine several regions; the codebook lists each combination.",
    ],
    sources=[_cow.WARS_SOURCE],
    licenses=[_cow.COW_TERMS],
    fields=[
        field("war_num", "integer", "COW war number.", required=True, minimum=1),
        field("war_name", "string", "COW's name of the war.", required=True),
        field("ccode", "integer", "COW code of the participant (see cow_codes).", required=True),
        field(
            "state_name",
            "string",
            "The participant's name as the war file writes it.",
            required=True,
        ),
        field("side", "integer", "The side it fought on (1 or 2).", required=True, enum=[1, 2]),
        field("start_year", "integer", "Year its participation began.", unit="year", required=True),
        field(
            "start_month", "integer", "Month it began (empty if unknown).", minimum=1, maximum=12
        ),
        field("start_day", "integer", "Day it began (empty if unknown).", minimum=1, maximum=31),
        field(
            "end_year",
            "integer",
            "Year its (first phase of) participation ended.",
            unit="year",
            required=True,
        ),
        field("end_month", "integer", "Month it ended (empty if unknown).", minimum=1, maximum=12),
        field("end_day", "integer", "Day it ended (empty if unknown).", minimum=1, maximum=31),
        field("start_year2", "integer", "Year a second phase began, if any.", unit="year"),
        field("end_year2", "integer", "Year a second phase ended, if any.", unit="year"),
        field("where_fought", "integer", "COW's code of where the war was fought.", required=True),
        field(
            "where_fought_label",
            "string",
            "The region of where_fought; codes 11-19 are combinations of regions.",
            required=True,
            enum=[*WHERE.values(), SEVERAL],
        ),
        field("initiator", "boolean", "Whether the state initiated the war.", required=True),
        field(
            "outcome",
            "string",
            "The war's outcome for this state.",
            required=True,
            enum=list(OUTCOMES.values()),
        ),
        field(
            "battle_deaths",
            "integer",
            "Battle deaths this state suffered (empty: unknown).",
            unit="deaths",
            minimum=0,
        ),
    ],
    primary_key=["war_num", "ccode", "side"],
    foreign_keys=[foreign_key("ccode", "cow_codes")],
)


def build(sources: Path) -> pd.DataFrame:
    """The 337 participations, sorted by war, side and code."""
    raw = pd.read_csv(sources / _cow.WARS_FILE)
    require(len(raw) == 337 and raw["WarNum"].nunique() == 95, "expected 337 rows, 95 wars")
    require((raw["WarType"] == 1).all(), "a war that is not inter-state (WarType 1)")
    require(raw["WhereFought"].isin([*WHERE, *range(11, 20)]).all(), "unknown WhereFought code")
    require(set(raw["BatDeath"][raw["BatDeath"] < 0]) <= {-9}, "a negative BatDeath not -9")
    table = pd.DataFrame(
        {
            "war_num": raw["WarNum"],
            "war_name": raw["WarName"].str.strip(),
            "ccode": raw["ccode"],
            "state_name": raw["StateName"].str.strip(),
            "side": raw["Side"],
            "start_year": raw["StartYear1"],
            "start_month": _cow.nullable(raw["StartMonth1"]),
            "start_day": _cow.nullable(raw["StartDay1"]),
            "end_year": raw["EndYear1"],
            "end_month": _cow.nullable(raw["EndMonth1"]),
            "end_day": _cow.nullable(raw["EndDay1"]),
            "start_year2": _cow.nullable(raw["StartYear2"]),
            "end_year2": _cow.nullable(raw["EndYear2"]),
            "where_fought": raw["WhereFought"],
            "where_fought_label": raw["WhereFought"].map(WHERE).fillna(SEVERAL),
            "initiator": raw["Initiator"] == 1,
            "outcome": raw["Outcome"].map(OUTCOMES),
            "battle_deaths": _cow.nullable(raw["BatDeath"]),
        }
    )
    require(table["outcome"].notna().all(), "an Outcome code without a label")
    require((table["start_year"] > 0).all() and (table["end_year"] > 0).all(), "missing year")
    table = table[columns(RESOURCE)].sort_values(["war_num", "side", "ccode"], kind="stable")
    return table.reset_index(drop=True)
