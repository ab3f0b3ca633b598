"""Resource ``icj_cases``: the General List of the International Court of Justice, nos. 1-195.

Curated in ../shared/sources/facts (README.md there): the list with each case's parties and
their regions (derived from the CD-ICJ case list of Seán Fobbe, nos. 1-190, and ICJ documents
for 191-195), joined by General List number with the hand-checked details of the 37 cases with
a Latin American or Caribbean party (filing year, subject, outcome, key decisions). Every row
keeps its source; the LAC rows also their detail source.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, require, resource

LIST_FILE = "facts/icj_general_list_regions.csv"
LAC_FILE = "facts/icj_cases_lac.csv"
RAW = [
    {
        "path": LIST_FILE,
        "url": "https://github.com/SeanFobbe/cd-icj/blob/8211b206fe35dd1e91a746c1171074a59970ebba/"
        "data/CD-ICJ_Source_CaseNames.csv",
        "sha256": "624db21b6e34318812d54d85f9b5a0befb8b037e59abfd0a7a8fb614cb0b3cc0",
    },
    {
        "path": LAC_FILE,
        "url": "https://www.icj-cij.org/list-of-all-cases",
        "sha256": "e21382d124231a9c2700d83f7890374c6fbf7de01db067f4de86edef4307a03a",
    },
]
REGIONS = [
    "Africa",
    "Asia",
    "Europe",
    "Latin America and the Caribbean",
    "Northern America",
    "Oceania",
]
TYPES = ["contentious", "advisory", "no entry in CD-ICJ list", "not identified in stored sources"]


def _yes_no(values: pd.Series) -> pd.Series:
    return values.map({"Y": True, "N": False}).astype("boolean")


RESOURCE = resource(
    "icj_cases",
    order=80,
    title="International Court of Justice: every case on the General List to no. 195 (April "
    "2024), with parties' regions and the Latin American cases in detail",
    description=(
        "One row per General List number of the ICJ, 1 to 195 (22 May 1947 to 29 April 2024): "
        "case name, contentious or advisory, the parties (ISO3) and their regions, whether a "
        "Latin American or Caribbean state is a party, and for those 37 cases the year filed, "
        "whether the dispute is territorial or maritime, the outcome and key decisions. Curated "
        "by hand with a source on every row."
    ),
    limits=[
        (
            "A case counts for every region of its parties; the Court's numbering splits some "
            "disputes into several cases (e.g. ten Legality of Use of Force cases of 1999), which "
            "inflates Europe and Northern America. Distinct disputes are not grouped."
        ),
        (
            "Regions follow CD-ICJ's country table (M49 style, the Americas split into Latin "
            "America and the Caribbean and Northern America); party codes include historic ones "
            "(SUN, YUG, CSK, SCG)."
        ),
        (
            "No. 191 is not identified and no. 2 has no entry; filing years are given only for the "
            "37 LAC cases. The status of pending cases is as of the newest stored source (2025)."
        ),
        (
            "The CD-ICJ case list is published under GPL-3.0; the LAC details were curated from "
            "ICJ "
            "pages and secondary sources (see confidence)."
        ),
    ],
    sources=[
        {
            "title": "Corpus of Decisions: International Court of Justice (CD-ICJ), case names "
            "and country codes",
            "publisher": "Seán Fobbe (GitHub SeanFobbe/cd-icj)",
            "version": "commit 8211b206 (case list of October 2023, nos. 1-190)",
            "path": "https://github.com/SeanFobbe/cd-icj",
        },
        {
            "title": "List of all cases; case pages, press releases and judgments",
            "publisher": "International Court of Justice",
            "version": "as stored, to 29 April 2024 (General List no. 195)",
            "path": "https://www.icj-cij.org/list-of-all-cases",
        },
    ],
    licenses=[
        {
            "name": "GPL-3.0",
            "title": "GNU General Public License 3.0 (the CD-ICJ case list and party codes)",
            "path": "https://www.gnu.org/licenses/gpl-3.0.html",
        },
        {
            "name": "CC-BY-4.0",
            "title": "Creative Commons Attribution 4.0 (the course's curation of the LAC cases)",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        },
    ],
    fields=[
        field(
            "number", "integer", "ICJ General List number.", required=True, unique=True, minimum=1
        ),
        field("case_name", "string", "Official case title (empty: no entry or not identified)."),
        field(
            "case_type",
            "string",
            "Contentious or advisory (or why unknown).",
            required=True,
            enum=TYPES,
        ),
        field("party_iso3", "string", "ISO3 codes of the parties, ';'-separated (contentious)."),
        field(
            "party_regions",
            "string",
            "Regions of the parties, ';'-separated, each once (values of REGIONS).",
        ),
        field(
            "has_lac_party", "boolean", "Whether a Latin American or Caribbean state is a party."
        ),
        field("all_same_region", "boolean", "Whether all parties are from one region."),
        field(
            "year_instituted", "integer", "Year the case was filed (LAC cases only).", unit="year"
        ),
        field(
            "territorial_or_maritime",
            "boolean",
            "Whether the dispute is about land or islands, a land boundary or maritime zones "
            "(LAC cases only; coding in the facts README).",
        ),
        field("intra_lac", "boolean", "Whether every party is a LAC state (LAC cases only)."),
        field(
            "outcome_status", "string", "Judgment, discontinued, removed or pending (LAC cases)."
        ),
        field(
            "outcome_year",
            "integer",
            "Year of the final judgment or removal (LAC cases).",
            unit="year",
        ),
        field("key_decisions", "string", "Dated decisions with a one-line gist (LAC cases)."),
        field("source_title", "string", "Source of the row's listing."),
        field("source_url", "string", "Its URL as stored."),
        field("detail_source_title", "string", "Source of the LAC details."),
        field("detail_source_url", "string", "Its URL as stored."),
        field("confidence", "string", "The curators' confidence in the LAC details."),
        field("notes", "string", "Caveats and corrections."),
    ],
    primary_key=["number"],
)


def build(sources: Path) -> pd.DataFrame:
    """The 195 General List numbers, with the LAC details joined."""
    listing = pd.read_csv(sources / LIST_FILE, dtype=str, keep_default_na=False)
    lac = pd.read_csv(sources / LAC_FILE, dtype=str, keep_default_na=False)
    require(len(listing) == 195 and len(lac) == 37, "expected 195 listed cases and 37 LAC ones")
    marked = set(listing.loc[listing["has_lac_party"] == "Y", "icj_general_list_no"])
    require(marked == set(lac["icj_general_list_no"]), "LAC cases differ between the two files")
    regions = {r for cell in listing["party_regions"] for r in cell.split(";") if r}
    require(regions <= set(REGIONS), f"unknown regions {sorted(regions - set(REGIONS))}")
    detail = lac.set_index("icj_general_list_no").reindex(listing["icj_general_list_no"])
    detail = detail.fillna("").reset_index(drop=True)
    notes = listing["notes"].str.cat(detail["notes"], sep=" ").str.strip()
    table = pd.DataFrame(
        {
            "number": listing["icj_general_list_no"].astype(int),
            "case_name": listing["case_name"],
            "case_type": listing["case_type"],
            "party_iso3": listing["party_iso3"],
            "party_regions": listing["party_regions"],
            "has_lac_party": _yes_no(listing["has_lac_party"]),
            "all_same_region": _yes_no(listing["all_parties_same_region"]),
            "year_instituted": pd.to_numeric(detail["year_instituted"]).astype("Int64"),
            "territorial_or_maritime": _yes_no(detail["territorial_or_maritime"]),
            "intra_lac": _yes_no(detail["intra_lac"]),
            "outcome_status": detail["outcome_status"],
            "outcome_year": pd.to_numeric(detail["outcome_year"]).astype("Int64"),
            "key_decisions": detail["key_decisions"],
            "source_title": listing["source_title"],
            "source_url": listing["source_url"],
            "detail_source_title": detail["source_title"],
            "detail_source_url": detail["source_url"],
            "confidence": detail["confidence"],
            "notes": notes,
        }
    )
    return table[columns(RESOURCE)].sort_values("number").reset_index(drop=True)
