"""What the Correlates of War (COW) tables share: raw files, citations, terms, regions.

COW files code missing values as -9 (unknown), -8 (not applicable) and -7 (ongoing); the
territorial-change files also use "." (conflict/PROVENANCE.md, "General reading notes").
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import require

STATES_FILE = "conflict/cow_states/states2016.csv"
WARS_FILE = "conflict/cow_wars/Inter-StateWarData_v4.0.csv"
TC_FILE = "conflict/cow_territorial_change/tc2018.csv"

STATES_RAW = {
    "path": STATES_FILE,
    "url": "https://correlatesofwar.org/data-sets/state-system-membership/",
    "sha256": "21822fe1ef67aedf2e64ebe9746e2b875c6175c8ce599750bc0e77e4ce393167",
}
WARS_RAW = {
    "path": WARS_FILE,
    "url": "https://correlatesofwar.org/wp-content/uploads/Inter-StateWarData_v4.0.csv",
    "sha256": "2535e30b145141c331a07d12d91e498ad8bdd3db32ba8d3bd88c4fda54817731",
}
TC_RAW = {
    "path": TC_FILE,
    "url": "https://correlatesofwar.org/wp-content/uploads/terr-changes-v6.zip",
    "sha256": "6ed3f92f2ad05122b3541f5dc8b34529d49d73bf563ef58d51045839472220a2",
}

STATES_SOURCE = {
    "title": "State System Membership List, v2016",
    "publisher": "Correlates of War Project",
    "version": "v2016 (1816-2016)",
    "path": "https://correlatesofwar.org/data-sets/state-system-membership/",
}
WARS_SOURCE = {
    "title": "Inter-State War Data, version 4.0 (Sarkees and Wayman 2010, Resort to War: "
    "1816-2007, CQ Press)",
    "publisher": "Correlates of War Project",
    "version": "4.0 (1816-2007)",
    "path": "https://correlatesofwar.org/data-sets/cow-war/",
}
TC_SOURCE = {
    "title": "Territorial Change, 1816-2018 (Tir, Schafer, Diehl and Goertz 1998, Conflict "
    "Management and Peace Science 16: 89-97)",
    "publisher": "Correlates of War Project",
    "version": "v6 (tc2018)",
    "path": "https://correlatesofwar.org/data-sets/territorial-change/",
}
COW_TERMS = {
    "name": "other-at",
    "title": "Correlates of War terms: free for academic and public use with citation of the "
    "dataset and its version",
    "path": "https://correlatesofwar.org/data-sets/",
}

#: The course's regions of COW states, by COW code range: COW numbers states roughly by region,
#: and conflict/PROVENANCE.md gives the ranges as a rule of thumb (2-199 Americas, 200-399
#: Europe, 400-626 Africa, 630-698 Middle East, 700-999 Asia and Oceania). The Americas are
#: split at 31: codes 2 and 20 are the United States and Canada; 31-165 are the 33 Latin
#: American and Caribbean states (tests/test_build_cow.py checks both against M49).
REGION_RANGES = [
    ("North America", 2, 30),
    ("Latin America and the Caribbean", 31, 199),
    ("Europe", 200, 399),
    ("Africa", 400, 626),
    ("Middle East", 630, 698),
    ("Asia and Oceania", 700, 999),
]
REGIONS = [name for name, _, _ in REGION_RANGES]


def region(ccode: int) -> str:
    """The course's region of a COW state code (see REGION_RANGES)."""
    for name, low, high in REGION_RANGES:
        if low <= ccode <= high:
            return name
    raise ValueError(f"COW code {ccode} is in no region range")


def read_states(sources: Path) -> pd.DataFrame:
    """states2016.csv as published: 243 spells of 217 state codes."""
    states = pd.read_csv(sources / STATES_FILE)
    require(len(states) == 243, f"states2016.csv has {len(states)} rows, expected 243")
    require(states["ccode"].nunique() == 217, "states2016.csv: expected 217 state codes")
    return states


def nullable(values: pd.Series) -> pd.Series:
    """COW's -9/-8/-7 codes as missing, the rest as whole numbers (pandas Int64)."""
    return values.where(values >= 0).astype("Int64")
