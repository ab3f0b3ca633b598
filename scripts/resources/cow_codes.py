"""Resource ``cow_codes``: every Correlates of War state code, its region and its ISO3 code.

Rows
    The 217 state codes of the COW State System Membership List v2016, one row each, with the
    name and abbreviation COW gives them (one per code in that file).

ISO3 (how each code is mapped, no name matching)
    1. The Bailey, Strezhnev and Voeten UN General Assembly ideal-point file (July 2025) gives a
       COW code and an ISO3 code for every UN member from 1946. Each pair is taken as published
       where the ISO3 code is in the course's ``countries`` table (193 members and the former
       members CSK, YUG, SCG).
    2. Documented exceptions (EXCEPTIONS below, each with its reason): 345 (Yugoslavia in COW,
       which keeps one code for Serbia, Yugoslavia, Serbia and Montenegro and Serbia) is given
       SRB, the member state that holds it today, where the ideal-point file writes YUG in every
       year; 680 (South Yemen) is left empty, where the ideal-point file writes YAR, North
       Yemen's code.
    3. Every other code (states that left the system before 1946 or never joined the UN, and
       codes whose ISO3 is not in ``countries``: GDR, the Yemen Arab Republic, Taiwan, Kosovo)
       has no ISO3; ``iso3_note`` says why.

Region
    By code range (``_cow.REGION_RANGES``), the rule of thumb conflict/PROVENANCE.md gives for
    COW's numbering, with the Americas split into North America (2, 20) and Latin America and
    the Caribbean (31-165).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _cow
from resources._table import columns, field, foreign_key, require, resource

IDEAL_FILE = "unga_votes/idealpoints/IdealpointsJuly2025.dta"
RAW = [
    _cow.STATES_RAW,
    {
        "path": IDEAL_FILE,
        "url": "https://dataverse.harvard.edu/dataset.xhtml?persistentId=doi:10.7910/DVN/LEJUQZ",
        "sha256": "fea7fa9414e3643586dbdf95baa1100ceb418e56684d79d801a146cad79443ce",
    },
]

#: Codes whose ISO3 is not the ideal-point file's, with the reason.
EXCEPTIONS = {
    345: (
        "SRB",
        (
            "COW keeps code 345 for Serbia (from 1878), Yugoslavia, Serbia and Montenegro and "
            "Serbia; the ideal-point file writes YUG in every year to 2024. The course gives the "
            "code to SRB, the UN member that holds it today."
        ),
    ),
    680: (
        "",
        (
            "Yemen People's Republic (South Yemen, 1967-1990). The ideal-point file writes YAR, "
            "the code of North Yemen (678), so its pair is not used."
        ),
    ),
}
#: Why a code has no ISO3 in the course, for those the ideal-point file has but countries lacks.
NOT_IN_COUNTRIES = {
    265: "German Democratic Republic (1954-1990): its ISO 3166-3 code DDR is not in countries.",
    678: "Yemen Arab Republic (North Yemen, 1926-1990): YAR is not in countries; 679 is Yemen.",
    713: "Taiwan: a UN member as the Republic of China to 1971; TWN is not in countries.",
}
NO_UN_SEAT = "Not in the ideal-point file: left the state system before 1946 or never a UN member."
MAPPING = ["ideal points", "course exception", "none"]

RESOURCE = resource(
    "cow_codes",
    order=50,
    title="Correlates of War state codes with region and ISO3 code",
    description=(
        "One row per state code of the Correlates of War State System Membership List v2016 "
        "(217 codes, 1816-2016): COW's name and abbreviation, the course's region (by code "
        "range) and, for states that are UN members today or former members in the course's "
        "countries table, the ISO3 code from the Bailey-Strezhnev-Voeten ideal-point file, "
        "with two documented exceptions."
    ),
    limits=[
        (
            "Region is the course's grouping by COW code range (2-30 North America, 31-199 Latin "
            "America and the Caribbean, 200-399 Europe, 400-626 Africa, 630-698 Middle East, "
            "700-999 Asia and Oceania), not a COW variable; it differs from M49 for some states "
            "(e.g. Cyprus, Armenia, Georgia and Azerbaijan are Europe here, Egypt the Middle East)."
        ),
        (
            "A code stands for a state through its changes of name and border: 365 is Russia and "
            "the USSR, 255 Prussia and Germany, 345 Serbia and Yugoslavia."
        ),
        (
            "Historical states (the German and Italian states before unification, Korea to 1905, "
            "South Vietnam, Zanzibar and others) have no ISO3; iso3_note says why for each."
        ),
    ],
    sources=[
        _cow.STATES_SOURCE,
        {
            "title": "United Nations General Assembly Voting Data: ideal points (Bailey, "
            "Strezhnev and Voeten 2017), columns ccode and iso3c",
            "publisher": "Erik Voeten, Anton Strezhnev, Michael Bailey (Harvard Dataverse)",
            "version": "July 2025 (IdealpointsJuly2025.dta)",
            "path": "https://dataverse.harvard.edu/dataset.xhtml?persistentId=doi:10.7910/DVN/LEJUQZ",
        },
    ],
    licenses=[
        _cow.COW_TERMS,
        {
            "name": "CC0-1.0",
            "title": "Creative Commons Zero (the ideal-point file's ccode-iso3c pairs)",
            "path": "https://creativecommons.org/publicdomain/zero/1.0/",
        },
    ],
    fields=[
        field("ccode", "integer", "COW state code.", required=True, unique=True, minimum=2),
        field("stateabb", "string", "COW's three-letter abbreviation (not ISO3).", required=True),
        field("name", "string", "The state's name as COW writes it.", required=True),
        field(
            "region",
            "string",
            "The course's region of the code (by code range; see limits).",
            required=True,
            enum=_cow.REGIONS,
        ),
        field(
            "iso3",
            "string",
            "ISO 3166-1 alpha-3 code in the course's countries table; empty where there is none.",
            pattern="[A-Z]{3}",
        ),
        field(
            "iso3_mapping",
            "string",
            "How iso3 was set: 'ideal points' (the ccode-iso3c pair of the ideal-point file), "
            "'course exception' (see iso3_note), or 'none'.",
            required=True,
            enum=MAPPING,
        ),
        field("iso3_note", "string", "Why a code has no ISO3, or why it is an exception."),
        field(
            "first_year",
            "integer",
            "First year of the code's first spell of system membership.",
            unit="year",
            required=True,
        ),
        field(
            "last_year",
            "integer",
            "Last year of its last spell (2016: a member at the end of the list).",
            unit="year",
            required=True,
        ),
    ],
    primary_key=["ccode"],
    foreign_keys=[foreign_key("iso3", "countries")],
)


def ideal_point_pairs(sources: Path) -> pd.Series:
    """ISO3 by COW code, as the ideal-point file pairs them (one ISO3 per code, checked)."""
    ideal = pd.read_stata(sources / IDEAL_FILE, columns=["ccode", "iso3c"])
    ideal = ideal[ideal["iso3c"].fillna("") != ""].astype({"ccode": int})
    pairs = ideal.drop_duplicates()
    require(pairs["ccode"].is_unique, "the ideal-point file gives a COW code two ISO3 codes")
    require(len(pairs) == 199, f"{len(pairs)} ccode-iso3c pairs, expected 199")
    return pairs.set_index("ccode")["iso3c"]


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """One row per COW code, sorted by code."""
    states = _cow.read_states(sources)
    codes = states.groupby("ccode").agg(
        stateabb=("stateabb", "first"),
        name=("statenme", "first"),
        names=("statenme", "nunique"),
        first_year=("styear", "min"),
        last_year=("endyear", "max"),
    )
    require((codes.pop("names") == 1).all(), "a COW code has two names in states2016.csv")
    pairs = ideal_point_pairs(sources)
    require(set(pairs.index) <= set(codes.index), "the ideal-point file has codes COW lacks")
    known = set(countries["iso3"])
    rows = []
    for ccode, row in codes.iterrows():
        iso3, how, note = "", "none", ""
        if ccode in EXCEPTIONS:
            iso3, note = EXCEPTIONS[ccode]
            how = "course exception"
        elif ccode in pairs.index and pairs[ccode] in known:
            iso3, how = pairs[ccode], "ideal points"
        elif ccode in pairs.index:
            require(ccode in NOT_IN_COUNTRIES, f"{ccode}: {pairs[ccode]} is not in countries")
            note = NOT_IN_COUNTRIES[ccode]
        else:
            note = NO_UN_SEAT
        rows.append(
            {
                "ccode": ccode,
                "stateabb": row["stateabb"],
                "name": row["name"],
                "region": _cow.region(ccode),
                "iso3": iso3,
                "iso3_mapping": how,
                "iso3_note": note,
                "first_year": row["first_year"],
                "last_year": row["last_year"],
            }
        )
    table = pd.DataFrame(rows, columns=columns(RESOURCE))
    lac = set(countries.loc[countries["lac"], "iso3"])
    mapped_lac = table.loc[table["region"] == "Latin America and the Caribbean", "iso3"]
    require(set(mapped_lac) == lac and len(mapped_lac) == 33, "the LAC code range is not the 33")
    return table.sort_values("ccode").reset_index(drop=True)
