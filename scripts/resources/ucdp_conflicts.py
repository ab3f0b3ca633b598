"""Resource ``ucdp_conflicts``: state-based armed conflicts by year, 1946-2021 (UCDP/PRIO 22.1).

One row per conflict and year of ucdp-prio-acd-221.csv (2,568 rows), with the columns the
course uses. Codes become labels; a conflict listed in several regions keeps all of them,
';'-separated.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, require, resource, year_field

FILE = "conflict/ucdp/ucdp-prio-acd-221.csv"
RAW = [
    {
        "path": FILE,
        "url": "https://ucdp.uu.se/downloads/",
        "sha256": "232fe10e37367580c488021fb6f3bc1907b61cf4c1ac6eb84134348628a6c2ec",
    }
]
TYPES = {1: "extrasystemic", 2: "interstate", 3: "intrastate", 4: "internationalized intrastate"}
REGIONS = {1: "Europe", 2: "Middle East", 3: "Asia", 4: "Africa", 5: "Americas"}
INCOMPATIBILITY = {1: "territory", 2: "government", 3: "territory and government"}

RESOURCE = resource(
    "ucdp_conflicts",
    order=55,
    title="UCDP/PRIO armed conflicts by year, 1946-2021",
    description=(
        "One row per state-based armed conflict and year in the UCDP/PRIO Armed Conflict "
        "Dataset 22.1 (2,568 conflict-years, 294 conflicts): the governments and other parties, "
        "what was contested (territory, government), the type of conflict (extrasystemic, "
        "interstate, intrastate, internationalized intrastate), its intensity and its region."
    ),
    limits=[
        (
            "Armed conflicts in which at least one party is the government of a state, with at "
            "least 25 battle-related deaths in the year ('war': 1,000 or more); violence without "
            "a government party is not in this dataset."
        ),
        (
            "location names the governments involved, not where the fighting was; region is UCDP's "
            "(1 Europe, 2 Middle East, 3 Asia, 4 Africa, 5 Americas), several for some conflicts."
        ),
        (
            "UCDP's regions are not the course's COW regions: the Americas include the United "
            "States and Canada."
        ),
    ],
    sources=[
        {
            "title": "UCDP/PRIO Armed Conflict Dataset version 22.1 (Gleditsch et al. 2002, "
            "Journal of Peace Research 39(5); Davies, Pettersson and Öberg 2022)",
            "publisher": "Uppsala Conflict Data Program and Peace Research Institute Oslo",
            "version": "22.1",
            "path": "https://ucdp.uu.se/downloads/",
        }
    ],
    licenses=[
        {
            "name": "other-at",
            "title": "UCDP terms: free of charge; cite the dataset and its version",
            "path": "https://ucdp.uu.se/downloads/",
        }
    ],
    fields=[
        field("conflict_id", "integer", "UCDP conflict identifier.", required=True),
        year_field(unit="year"),
        field("location", "string", "The government(s) whose state is party.", required=True),
        field("side_a", "string", "Side A (a government).", required=True),
        field("side_b", "string", "Side B (a government or a rebel group).", required=True),
        field(
            "incompatibility",
            "string",
            "What was contested.",
            required=True,
            enum=list(INCOMPATIBILITY.values()),
        ),
        field("territory_name", "string", "The contested territory, if any."),
        field(
            "intensity",
            "string",
            "'minor' (25-999 battle-related deaths in the year) or 'war' (1,000 or more).",
            required=True,
            enum=["minor", "war"],
        ),
        field(
            "type",
            "string",
            "Type of conflict (UCDP type_of_conflict).",
            required=True,
            enum=list(TYPES.values()),
        ),
        field("regions", "string", "UCDP region(s), ';'-separated.", required=True),
    ],
    primary_key=["conflict_id", "year"],
)


def build(sources: Path) -> pd.DataFrame:
    """The 2,568 conflict-years, sorted by conflict and year."""
    raw = pd.read_csv(sources / FILE, dtype={"region": str})
    require(len(raw) == 2568 and raw["conflict_id"].nunique() == 294, "expected 2,568 rows")
    require((raw["version"].astype(str) == "22.1").all(), "not version 22.1")
    regions = (
        raw["region"].str.split(", ").map(lambda codes: ";".join(REGIONS[int(c)] for c in codes))
    )
    table = pd.DataFrame(
        {
            "conflict_id": raw["conflict_id"],
            "year": raw["year"],
            "location": raw["location"],
            "side_a": raw["side_a"],
            "side_b": raw["side_b"],
            "incompatibility": raw["incompatibility"].map(INCOMPATIBILITY),
            "territory_name": raw["territory_name"].fillna(""),
            "intensity": raw["intensity_level"].map({1: "minor", 2: "war"}),
            "type": raw["type_of_conflict"].map(TYPES),
            "regions": regions,
        }
    )
    require(table.notna().all().all(), "a code without a label")
    return table[columns(RESOURCE)].sort_values(["conflict_id", "year"]).reset_index(drop=True)
