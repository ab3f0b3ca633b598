"""Resource ``nwfz_treaties``: nuclear-weapon-free zone treaties and related instruments.

Curated in ../shared/sources/facts (README.md there): the five regional nuclear-weapon-free
zone treaties, the Antarctic Treaty (a denuclearized area, not a zone treaty) and Mongolia's
single-state status, each with its dates and sources as published. Copied as curated; dates
that sources give differently are explained in ``eif_note``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, require, resource

FILE = "facts/nwfz_treaties.csv"
RAW = [
    {
        "path": FILE,
        "url": "https://www.un.org/disarmament/WMD/Nuclear/NWFZ3.shtml?lang=en",
        "sha256": "2e5cafac187901f059d554dd995b8b4f25b0e42dfc88c78f98e3ca0a98ba8def",
    }
]
TEXT = [
    "official_name",
    "region",
    "instrument_type",
    "signature_place",
    "eif_note",
    "source2_title",
    "source2_url",
    "notes",
]

RESOURCE = resource(
    "nwfz_treaties",
    order=81,
    title="Nuclear-weapon-free zone treaties, the Antarctic Treaty and Mongolia's status",
    description=(
        "One row per instrument (7): the five regional nuclear-weapon-free zone treaties "
        "(Tlatelolco, Rarotonga, Bangkok, Pelindaba, Semipalatinsk), the Antarctic Treaty "
        "(which bans nuclear explosions in Antarctica) and Mongolia's single-state status, with "
        "the region, the kind of instrument, when and where it was opened for signature, and "
        "its entry into force. Curated by hand with two sources on most rows."
    ),
    limits=[
        (
            "opened_for_signature and entry_into_force are text: Mongolia's row holds a "
            "declaration "
            "(1992) and a national law, and Tlatelolco's entry into force differs between sources "
            "(eif_note). signed_year is the year in opened_for_signature."
        ),
        (
            "Only these seven: other treaties that deal with the denuclearization of certain areas "
            "(the UN page on nuclear-weapon-free zones lists them) are not included."
        ),
    ],
    sources=[
        {
            "title": "IAEA, Arms Control Association, AFCONE, UN Office for Disarmament Affairs, "
            "ILPI Nuclear Weapons Project, NUS Centre for International Law, Te Ara, Ministry "
            "of Foreign Affairs of Mongolia (one or two per row; see source_url)",
            "publisher": "several (per row)",
            "version": "as stored, curated for the course",
        }
    ],
    licenses=[
        {
            "name": "CC-BY-4.0",
            "title": "Creative Commons Attribution 4.0 (the course's compilation of facts)",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        }
    ],
    fields=[
        field("short_name", "string", "Common name of the instrument.", required=True, unique=True),
        field("official_name", "string", "Official name.", required=True),
        field("region", "string", "Region or state covered.", required=True),
        field(
            "instrument_type",
            "string",
            "Regional NWFZ treaty, denuclearized area, or single-state status.",
            required=True,
        ),
        field(
            "regional_zone_treaty",
            "boolean",
            "Whether it is a regional nuclear-weapon-free zone treaty (instrument_type "
            "'regional NWFZ').",
            required=True,
        ),
        field(
            "opened_for_signature",
            "string",
            "Date opened for signature (ISO, or as curated).",
            required=True,
        ),
        field(
            "signed_year", "integer", "Year of opened_for_signature.", unit="year", required=True
        ),
        field("signature_place", "string", "Where it was opened for signature.", required=True),
        field(
            "entry_into_force",
            "string",
            "Date of entry into force (ISO, or as curated).",
            required=True,
        ),
        field("eif_note", "string", "How sources differ on entry into force."),
        field("source_title", "string", "Main source.", required=True),
        field("source_url", "string", "Its URL as stored.", required=True),
        field("source2_title", "string", "Second source."),
        field("source2_url", "string", "Its URL as stored."),
        field("confidence", "string", "The curators' confidence.", required=True),
        field("notes", "string", "Caveats and extra sources."),
    ],
    primary_key=["short_name"],
)


def build(sources: Path) -> pd.DataFrame:
    """The 7 instruments in order of signature."""
    raw = pd.read_csv(sources / FILE, dtype=str, keep_default_na=False)
    require(len(raw) == 7, f"{len(raw)} rows, expected 7")
    require((raw["source_url"] != "").all(), "a row without a source")
    table = raw.assign(
        regional_zone_treaty=raw["instrument_type"] == "regional NWFZ",
        signed_year=raw["opened_for_signature"].str[:4].astype(int),
    )
    return table[columns(RESOURCE)].sort_values("signed_year", kind="stable").reset_index(drop=True)
