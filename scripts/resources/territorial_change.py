"""Resource ``territorial_change``: transfers of territory, 1816-2015 (COW Territorial Change v6).

One row per change as published in tc2018.csv (842 rows). Codes become labels or booleans;
COW's -9 (not applicable or unknown) and "." become empty. Gainer and loser are COW state codes
where their ``*_member`` flag is true, otherwise COW entity codes (listed in the dataset's
Entities.pdf, not staged).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _cow
from resources._table import columns, field, require, resource

RAW = [_cow.TC_RAW]

PROCEDURES = {
    1: "conquest",
    2: "annexation",
    3: "cession",
    4: "secession",
    5: "unification",
    6: "mandated territory",
}


def _flag(values: pd.Series) -> pd.Series:
    """1/0 as True/False, -9 as missing."""
    return values.map({1: True, 0: False}).astype("boolean")


RESOURCE = resource(
    "territorial_change",
    order=53,
    title="Correlates of War territorial changes, 1816-2015",
    description=(
        "One row per transfer of territory recorded by the COW Territorial Change data, v6 "
        "(842 changes, 1816-2015): year, gainer and loser, the procedure (conquest, "
        "annexation, cession, secession, unification, mandate), the area and population "
        "transferred, and whether the transfer involved military conflict."
    ),
    limits=[
        (
            "Cession covers plebiscite, purchase, compensating agreement or a consequence of "
            "hostilities (the coding manual); use conflict to tell peaceful from violent transfers."
        ),
        (
            "Only territory that changed hands is recorded: an arbitral award that confirmed the "
            "status quo leaves no row (conflict/PROVENANCE.md)."
        ),
        (
            "A state's entry into the system (independence) is a row too: filter on independence "
            "or system_entry to count transfers between existing states."
        ),
        "Area is in km2 as COW estimates it; 5 rows have no area and 212 no population.",
    ],
    sources=[_cow.TC_SOURCE],
    licenses=[_cow.COW_TERMS],
    fields=[
        field("number", "integer", "COW's change ID.", required=True, unique=True, minimum=1),
        field("year", "integer", "Year of the transfer.", unit="year", required=True),
        field(
            "month", "integer", "Month of the transfer (empty if unknown).", minimum=1, maximum=12
        ),
        field("gainer", "integer", "COW code (state) or entity code of the gainer.", required=True),
        field(
            "gainer_member",
            "boolean",
            "Whether the gainer is a state-system member (COW gaintype; empty if -9).",
        ),
        field("loser", "integer", "COW code (state) or entity code of the loser (empty if none)."),
        field(
            "loser_member",
            "boolean",
            "Whether the loser is a state-system member (COW losetype; empty if -9).",
        ),
        field(
            "procedure",
            "string",
            "How the territory changed hands (empty: -9, not applicable, e.g. an independence).",
            enum=list(PROCEDURES.values()),
        ),
        field("entity", "integer", "Code of the unit transferred (state or entity code)."),
        field("area_km2", "number", "Area transferred.", unit="km2", minimum=0),
        field("population", "number", "Population transferred.", unit="persons", minimum=0),
        field(
            "whole_unit",
            "boolean",
            "True: a whole unit changed hands; false: a part.",
            required=True,
        ),
        field(
            "independence", "boolean", "Whether the gainer became independent by it.", required=True
        ),
        field("system_entry", "boolean", "Whether the gainer entered the state system by it."),
        field(
            "conflict",
            "boolean",
            "Whether the transfer involved military conflict between organised forces.",
            required=True,
        ),
        field(
            "version",
            "integer",
            "Data version of the row (5, or 6: added or revised in v6).",
            required=True,
            enum=[5, 6],
        ),
    ],
    primary_key=["number"],
)


def build(sources: Path) -> pd.DataFrame:
    """The 842 changes, sorted by year, month and number."""
    raw = pd.read_csv(sources / _cow.TC_FILE, na_values=["."])
    require(len(raw) == 842, f"tc2018.csv has {len(raw)} rows, expected 842")
    require(raw["procedur"].isin([*PROCEDURES, -9]).all(), "unknown procedure code")
    table = pd.DataFrame(
        {
            "number": raw["number"],
            "year": raw["year"],
            "month": raw["month"].astype("Int64"),
            "gainer": raw["gainer"],
            "gainer_member": _flag(raw["gaintype"]),
            "loser": _cow.nullable(raw["loser"]),
            "loser_member": _flag(raw["losetype"]),
            "procedure": raw["procedur"].map(PROCEDURES),
            "entity": raw["entity"].astype("Int64"),
            "area_km2": raw["area"],
            "population": raw["pop"],
            "whole_unit": raw["portion"] == 1,
            "independence": raw["indep"] == 1,
            "system_entry": _flag(raw["entry"]),
            "conflict": raw["conflict"] == 1,
            "version": raw["version"],
        }
    )
    require(raw["conflict"].isin([0, 1]).all(), "conflict not 0/1")
    table = table[columns(RESOURCE)].sort_values(["year", "month", "number"], kind="stable")
    return table.reset_index(drop=True)
