"""Resource ``arms_transfers``: arms delivered by the Soviet Union and Russia to each state of the
region, and its arms imports from all suppliers, by decade, 1950-2021 (SIPRI TIV, aggregates).

Small aggregates only, under SIPRI's terms (fair use for teaching, under 10 per cent of a data
set, credited "Information from the SIPRI Arms Transfers Database"; calculations are the
course's, not SIPRI's). From two extracts in ``military/``:

* ``sipri_tiv_tables_russia_ussr_exports_to_lac_1950-2021_long.csv``: SIPRI's TIV tables of
  exports from the Soviet Union (1950-1991) and Russia (1992-2021) by recipient (2022 release);
* ``sipri_tiv_import_export_totals_selected_1950-2023_long.csv``: each state's imports from all
  suppliers by year (2024 release, data generated 13 October 2024).

Each row sums SIPRI's yearly figures for one recipient and one period (a decade, and 2020-2021,
where the Russian table ends). SIPRI prints figures rounded to whole millions and '0' for less
than 0.5 million, so sums can differ from SIPRI's own totals by rounding. The two extracts come
from different releases (SIPRI revises back years), so a share computed from them is
approximate.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, foreign_key, require, resource

EXPORTS_FILE = "military/sipri_tiv_tables_russia_ussr_exports_to_lac_1950-2021_long.csv"
IMPORTS_FILE = "military/sipri_tiv_import_export_totals_selected_1950-2023_long.csv"
RAW = [
    {
        "path": EXPORTS_FILE,
        "url": "https://www.sipri.org/databases/armstransfers (TIV tables, generated 28 July "
        "2022, via github.com/360-info/report-arms-trade)",
        "sha256": "54f8f8e4bae1fe27e28b7486a63233d28d4fe70d81cc1e3e63bb1b37e401bdde",
    },
    {
        "path": IMPORTS_FILE,
        "url": "https://www.sipri.org/databases/armstransfers (import/export values, generated "
        "13 October 2024, via github.com/MJHofmann/SIPRI_BRICS)",
        "sha256": "c7e655602e4019aacfb8d6cd770c4c34e2d9e66fa851c4e212ffdf564afdfcc7",
    },
]
FIRST_YEAR, LAST_YEAR = 1950, 2021
#: SIPRI's spellings that differ from the course's short names.
SIPRI_NAMES = {
    "Antigua and Barbuda": "ATG",
    "Saint Kitts and Nevis": "KNA",
    "Trinidad and Tobago": "TTO",
}

RESOURCE = resource(
    "arms_transfers",
    order=64,
    title="Arms deliveries from the Soviet Union and Russia to each Latin American and Caribbean "
    "state, and its imports from all suppliers, by decade, 1950-2021 (SIPRI TIV, aggregates)",
    description=(
        "One row per recipient and period (a decade, and 2020-2021): the volume of major "
        "conventional arms delivered by the Soviet Union and by Russia, and imported from all "
        "suppliers, in SIPRI trend-indicator values (TIV), summed by the course from SIPRI's "
        "yearly figures. Information from the SIPRI Arms Transfers Database; the sums are the "
        "course's calculations, not SIPRI's."
    ),
    limits=[
        (
            "TIV measure the volume of transfers of major conventional arms, not their price or "
            "financial value; small arms and most services are not covered."
        ),
        "Sums of SIPRI's rounded yearly figures ('0' is less than 0.5 million).",
        "Exports from the 2022 release, imports from the 2024 release: shares are approximate.",
        (
            "States with no recorded imports in a period have no row (Dominica, Saint Lucia and "
            "Saint Vincent and the Grenadines have none at all)."
        ),
        (
            "The Russian table ends in 2021; SIPRI's 2024 release of delivery rows (2000-2023) "
            "records no Russian delivery to the region after 2017."
        ),
    ],
    sources=[
        {
            "title": "SIPRI Arms Transfers Database: TIV of arms exports from the Soviet Union and "
            "Russia, 1950-2021, and volume of arms imports by recipient, 1950-2023",
            "publisher": "Stockholm International Peace Research Institute (SIPRI)",
            "version": "TIV tables generated 28 July 2022; import values generated 13 October 2024",
            "path": "https://www.sipri.org/databases/armstransfers",
        }
    ],
    licenses=[
        {
            "name": "other-at",
            "path": "https://www.sipri.org/databases/armstransfers",
            "title": "SIPRI terms: fair use for non-commercial teaching of less than 10 per cent "
            "of a data set, credited 'Information from the SIPRI Arms Transfers Database'; "
            "calculations not attributed to SIPRI",
        }
    ],
    fields=[
        field(
            "recipient", "string", "The importing state (ISO3).", required=True, pattern="[A-Z]{3}"
        ),
        field(
            "period",
            "string",
            "The period: a decade (1950-1959 ...) or 2020-2021.",
            required=True,
            pattern=r"\d{4}-\d{4}",
        ),
        field("first_year", "integer", "First year of the period.", required=True),
        field("last_year", "integer", "Last year of the period.", required=True),
        field(
            "soviet_union_tiv",
            "integer",
            "Deliveries from the Soviet Union (to 1991), sum of SIPRI's yearly figures.",
            required=True,
            unit="million TIV",
            minimum=0,
        ),
        field(
            "russia_tiv",
            "integer",
            "Deliveries from Russia (from 1992), sum of SIPRI's yearly figures.",
            required=True,
            unit="million TIV",
            minimum=0,
        ),
        field(
            "all_suppliers_tiv",
            "integer",
            "Imports from all suppliers, sum of SIPRI's yearly figures.",
            required=True,
            unit="million TIV",
            minimum=0,
        ),
    ],
    primary_key=["recipient", "period"],
    foreign_keys=[foreign_key("recipient", "countries", "iso3")],
)


def _period(year: int) -> tuple[str, int, int]:
    first = year // 10 * 10
    last = min(first + 9, LAST_YEAR)
    return f"{first}-{last}", first, last


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """Per recipient and period: Soviet, Russian and all-supplier TIV, summed from yearly values."""
    lac = countries[countries["lac"]]
    iso3 = {**dict(zip(lac["short_name"], lac["iso3"], strict=True)), **SIPRI_NAMES}
    exports = pd.read_csv(sources / EXPORTS_FILE)
    imports = pd.read_csv(sources / IMPORTS_FILE)
    imports = imports[(imports["flow"] == "imports") & imports["country"].isin(iso3)]
    exports = exports[exports["recipient"] != "Total"]
    unknown = sorted(set(exports["recipient"]) - set(iso3))
    require(not unknown, f"recipients not among the 33: {unknown}")
    require(imports["country"].nunique() == 30, "imports should cover 30 of the 33 states")
    frames = {
        "soviet_union_tiv": exports[exports["supplier"] == "Soviet Union"],
        "russia_tiv": exports[exports["supplier"] == "Russia"],
        "all_suppliers_tiv": imports.rename(columns={"country": "recipient"}),
    }
    sums = []
    for name, frame in frames.items():
        frame = frame[frame["year"].between(FIRST_YEAR, LAST_YEAR)]
        period = frame["year"].map(lambda y: _period(y)[0])
        total = frame.groupby([frame["recipient"].map(iso3), period])["tiv_million"].sum()
        sums.append(total.rename(name))
    table = pd.concat(sums, axis=1).fillna(0).astype(int).reset_index()
    table.columns = ["recipient", "period", *frames]
    table["first_year"] = table["period"].str[:4].astype(int)
    table["last_year"] = table["period"].str[5:].astype(int)
    from_moscow = table["soviet_union_tiv"] + table["russia_tiv"]
    require((from_moscow <= table["all_suppliers_tiv"]).all(), "Soviet/Russian TIV above all")
    return table[columns(RESOURCE)].sort_values(["recipient", "period"], ignore_index=True)
