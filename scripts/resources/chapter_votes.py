"""Resource ``chapter_votes``: how the chapter says each Latin American state voted on Ukraine.

Curated from the chapter's section "Latin America and the Ukrainian crisis": every row
restates one sentence of the chapter for one state, and carries the claim id of the
register (data/claims.csv), whose ``quote`` column holds the chapter's words. Where the
chapter says "the rest voted in favor", the rows for the states it does not name are
marked ``basis = the rest``. Where the chapter only names some states ("among those
abstained were ..."), the others get no row. The chapter names no resolution symbols; the
``resolution`` column is the course's identification, explained in ``note``.

The table is generated from SPEC below and the 33 states of the ``countries`` table, which the
build passes in (``build(sources, countries)``), so that "the rest" is expanded by code, not
by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, foreign_key, require, resource

RAW: list[dict] = []  # curated: the source is the chapter, through the claims register

# Each entry: the claim, the resolution the course identifies it with, the chapter's own date
# words, the states it names for each vote, the vote it gives "the rest" (None if it does not),
# and how the course identified the resolution.
SPEC = [
    {
        "claim_id": "C36",
        "resolution": "A/RES/68/262",
        "date_in_chapter": "March 24, 2014",
        "named": {"A": ["BRA", "ARG", "PRY", "URY", "ECU"], "N": ["VEN", "CUB", "BOL"]},
        "rest": "Y",
        "note": "The chapter describes the resolution 'concerning the violation of the territorial "
        "integrity of Ukraine' of 2014: resolution 68/262, 'Territorial integrity of Ukraine'.",
    },
    {
        "claim_id": "C38",
        "resolution": "A/RES/72/190",
        "date_in_chapter": "After three years",
        "named": {
            "N": ["BOL", "CUB", "NIC", "VEN"],
            "A": ["PER", "COL", "MEX", "CHL", "DOM", "TTO"],
        },
        "rest": None,
        "note": "The chapter names neither symbol nor date: 'after three years', a resolution 'on "
        "the violation of human rights in Crimea'. The course takes 72/190 (December 2017), three "
        "years after 2014, and shows 71/205 (December 2016), the first of the series, beside it.",
    },
    {
        "claim_id": "C39",
        "resolution": "A/RES/ES-11/1",
        "date_in_chapter": "March 2, 2022",
        "named": {"A": ["BOL", "CUB", "NIC", "SLV"], "X": ["VEN"]},
        "rest": "Y",
        "note": "The resolution of 2 March 2022 that 'condemned Russian invasion': ES-11/1, "
        "'Aggression against Ukraine'. The chapter's 'absent' is coded X (no vote recorded).",
    },
    {
        "claim_id": "C43",
        "resolution": "A/RES/ES-11/6",
        "date_in_chapter": "The first anniversary of the "
        "beginning of the Special Military Operation",
        "named": {"N": ["NIC"], "A": ["BOL", "CUB", "SLV"]},
        "rest": "not N",
        "note": "The resolution adopted on the first anniversary of the invasion, calling for the "
        "withdrawal of Russian troops: ES-11/6 of 23 February 2023. 'Only Nicaragua voted "
        "against' is coded 'not N' for the states the chapter does not name.",
    },
]
VOTES = ["Y", "N", "A", "X", "not N"]

RESOURCE = resource(
    "chapter_votes",
    order=40,
    title="How the chapter says Latin American and Caribbean states voted on four Ukraine "
    "resolutions",
    description=(
        "One row per claim and state: the vote the chapter gives a Latin American or Caribbean "
        "state on one of four UN General Assembly votes on Ukraine (2014, 'after three years', "
        "2 March 2022, February 2023). Curated from the chapter's section 'Latin America and the "
        "Ukrainian crisis'; each row cites its claim in the claims register, which quotes the "
        "chapter."
    ),
    limits=[
        "States the chapter does not name get a row only where it gives 'the rest' a vote.",
        (
            "The resolution symbols are the course's identification (see note); the chapter gives "
            "none."
        ),
    ],
    sources=[
        {
            "title": "Chapter 14. Russia and Latin America: New Perspectives and Modalities of "
            "Cooperation, section 'Latin America and the Ukrainian crisis'",
            "publisher": "not named in the text (document code E16/MIN – 24/04/15)",
            "version": "April 15, 2024",
        },
    ],
    licenses=[
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 (the table; the chapter's words are in the "
            "claims register as short quotations)",
        }
    ],
    fields=[
        field(
            "claim_id",
            "string",
            "The claim in the claims register (data/claims.csv) that this row restates.",
            required=True,
        ),
        field(
            "resolution",
            "string",
            "The resolution the course identifies the chapter's vote with (see note).",
            required=True,
        ),
        field(
            "date_in_chapter",
            "string",
            "The date, or the words for it, as the chapter gives them.",
            required=True,
        ),
        field(
            "iso3",
            "string",
            "The state (ISO 3166-1 alpha-3).",
            required=True,
            pattern="[A-Z]{3}",
        ),
        field(
            "vote_in_chapter",
            "string",
            "The vote the chapter gives: Y yes, N no, A abstain, X absent (no vote), or 'not N' "
            "where the chapter says only the states it names voted against.",
            required=True,
            enum=VOTES,
        ),
        field(
            "basis",
            "string",
            "'named': the chapter names the state; 'the rest': the chapter gives the vote to all "
            "the states it does not name.",
            required=True,
            enum=["named", "the rest"],
        ),
        field(
            "note",
            "string",
            "How the course identified the resolution from the chapter's words.",
            required=True,
        ),
    ],
    primary_key=["claim_id", "iso3"],
    foreign_keys=[
        foreign_key("iso3", "countries"),
        foreign_key("claim_id", "claims", "id"),
        foreign_key("resolution", "ukraine_resolutions"),
    ],
)


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """The rows of SPEC, with "the rest" expanded over the 33 states of ``countries``."""
    states = sorted(countries.loc[countries["lac"], "iso3"])
    rows = []
    for claim in SPEC:
        named = {iso3: vote for vote, codes in claim["named"].items() for iso3 in codes}
        unknown = sorted(set(named) - set(states))
        require(not unknown, f"{claim['claim_id']}: {unknown} are not among the 33 states")
        for iso3 in states:
            if iso3 in named:
                vote, basis = named[iso3], "named"
            elif claim["rest"] is not None:
                vote, basis = claim["rest"], "the rest"
            else:
                continue
            rows.append(
                {
                    "claim_id": claim["claim_id"],
                    "resolution": claim["resolution"],
                    "date_in_chapter": claim["date_in_chapter"],
                    "iso3": iso3,
                    "vote_in_chapter": vote,
                    "basis": basis,
                    "note": claim["note"],
                }
            )
    return pd.DataFrame(rows, columns=columns(RESOURCE))
