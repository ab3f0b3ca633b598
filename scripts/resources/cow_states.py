"""Resource ``cow_states``: spells of membership in the Correlates of War state system.

One row per spell of states2016.csv, as published (dates joined from year, month and day).
A state that left the system and re-entered has several spells (Paraguay 1846-1870 and
1876-2016). The notebooks count state-years from these spells (rulac.peace.state_years).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _cow
from resources._table import columns, field, foreign_key, resource

RAW = [_cow.STATES_RAW]

RESOURCE = resource(
    "cow_states",
    order=51,
    title="Correlates of War state system membership, 1816-2016 (spells)",
    description=(
        "One row per spell of membership in the international system as the Correlates of War "
        "Project defines it (State System Membership List v2016): 243 spells of 217 state "
        "codes, from 1 January 1816 to 31 December 2016. Used to count state-years, the "
        "denominator of war rates."
    ),
    limits=[
        (
            "Membership follows COW's criteria (see its codebook), which leave out many states of "
            "the 19th century: Honduras enters in 1899, Nicaragua in 1900, Costa Rica in 1920."
        ),
        (
            "A spell that ends on 31 December 2016 means the state was a member when the list "
            "ends, "
            "not that it ceased to be one."
        ),
        (
            "Cuba (1906-1909), Haiti (1915-1934) and the Dominican Republic (1916-1924) have gaps "
            "between spells; CShapes 2.0 codes those years as occupation by the United States."
        ),
    ],
    sources=[_cow.STATES_SOURCE],
    licenses=[_cow.COW_TERMS],
    fields=[
        field("ccode", "integer", "COW state code (see cow_codes).", required=True),
        field("start", "date", "First day of the spell.", required=True),
        field("end", "date", "Last day of the spell (2016-12-31: end of the list).", required=True),
    ],
    primary_key=["ccode", "start"],
    foreign_keys=[foreign_key("ccode", "cow_codes")],
)


def _date(frame: pd.DataFrame, prefix: str) -> pd.Series:
    parts = {
        "year": frame[f"{prefix}year"],
        "month": frame[f"{prefix}month"],
        "day": frame[f"{prefix}day"],
    }
    return pd.to_datetime(pd.DataFrame(parts)).dt.strftime("%Y-%m-%d")


def build(sources: Path) -> pd.DataFrame:
    """The 243 spells, sorted by code and start."""
    states = _cow.read_states(sources)
    table = pd.DataFrame(
        {"ccode": states["ccode"], "start": _date(states, "st"), "end": _date(states, "end")}
    )
    return table[columns(RESOURCE)].sort_values(["ccode", "start"]).reset_index(drop=True)
