"""Resource ``chapter_events``: events the chapter cites, with what the record says.

Curated in ../shared/sources/facts/chapter_events.csv (README.md there), one row per event,
each with a source as stored (and a second where found). This version holds the four events
of the section "The most peaceful region" that notebook 01b checks (EVENTS below, each tied to
its claim in the claims register); the file holds more, for other sections, which a notebook
that needs them adds here. ``source_publisher`` names the publisher shown in each source's
title (the course's reading of it).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, foreign_key, require, resource

FILE = "facts/chapter_events.csv"
RAW = [
    {
        "path": FILE,
        "url": "(curated for the course: each row gives its source_url)",
        "sha256": "f28ba877839976d43ae6e339940f43440e1240ad61319187a53493b57a74bd1b",
    }
]
#: event_id -> (claim it bears on, publisher of the source, publisher of the second source)
EVENTS = {
    "pacts_of_may_1902": ("C10", "Universidad de Chile (historia.uchile.cl)", "limite5308 blog"),
    "bolivia_chile_1904": ("C12", "Scribd (copy of the promulgation text)", "vLex Perú"),
    "zpcsa_1986": ("C16", "United Nations", "United Nations"),
    "brasilia_act_1998": (
        "C11",
        "PA-X Peace Agreements Database, University of Edinburgh",
        "raulmendessilva.com.br (text by Ambassador Ivan Cannabrava)",
    ),
}

RESOURCE = resource(
    "chapter_events",
    order=82,
    title="Events the chapter cites in 'The most peaceful region', beside the record",
    description=(
        "One row per event the chapter cites as evidence of a peaceful region (the Pacts of May "
        "1902, the Chile-Bolivia treaty of 1904, the South Atlantic zone of peace of 1986, the "
        "Brasilia Presidential Act of 1998): date, place, actors, what the record says (quoted "
        "where the wording matters), the chapter's claim, the curators' assessment, and the "
        "sources as stored, with the claim of the register it bears on."
    ),
    limits=[
        (
            "The curators' assessment is a reading of the sources, kept beside the course's own "
            "verdict in the claims register."
        ),
        (
            "Some sources are copies or mirrors of the primary text (a blog, Scribd); the "
            "confidence "
            "column says how far each row rests on a primary text."
        ),
    ],
    sources=[
        {
            "title": "Treaty texts and records (Universidad de Chile archive, Scribd and vLex "
            "copies, UN General Assembly resolution 41/11, PA-X Peace Agreements Database), one "
            "or two per row",
            "publisher": "several (per row: source_publisher)",
            "version": "as stored, curated for the course",
        }
    ],
    licenses=[
        {
            "name": "CC-BY-4.0",
            "title": "Creative Commons Attribution 4.0 (the course's compilation of facts; "
            "quotations are short and attributed)",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        }
    ],
    fields=[
        field("event_id", "string", "Short key of the event.", required=True, unique=True),
        field(
            "claim_id", "string", "The claim in data/claims.csv the event bears on.", required=True
        ),
        field("event", "string", "The event.", required=True),
        field("date", "date", "Date of the event.", required=True),
        field("place", "string", "Where it happened.", required=True),
        field("actors", "string", "Who took part.", required=True),
        field(
            "what_the_record_says",
            "string",
            "Summary of the sources, quoted where the wording matters.",
            required=True,
        ),
        field("chapter_claim", "string", "How the chapter uses the event.", required=True),
        field(
            "assessment", "string", "The curators' assessment of the chapter's use.", required=True
        ),
        field("source_publisher", "string", "Publisher of the main source.", required=True),
        field("source_title", "string", "Main source, its title as stored.", required=True),
        field("source_url", "string", "Its URL as stored.", required=True),
        field("source2_publisher", "string", "Publisher of the second source."),
        field("source2_title", "string", "Second source."),
        field("source2_url", "string", "Its URL as stored."),
        field("confidence", "string", "The curators' confidence.", required=True),
        field("notes", "string", "Caveats, extra sources, what was not found."),
    ],
    primary_key=["event_id"],
    foreign_keys=[foreign_key("claim_id", "claims", "id")],
)


def build(sources: Path) -> pd.DataFrame:
    """The four events, in order of date."""
    raw = pd.read_csv(sources / FILE, dtype=str, keep_default_na=False)
    require(len(raw) == 18, f"{len(raw)} events in the file, expected 18")
    rows = raw[raw["event_id"].isin(list(EVENTS))].copy()
    require(len(rows) == len(EVENTS), "an event of EVENTS is missing from the file")
    require((rows["source_url"] != "").all(), "an event without a source")
    rows["claim_id"] = rows["event_id"].map(lambda e: EVENTS[e][0])
    rows["source_publisher"] = rows["event_id"].map(lambda e: EVENTS[e][1])
    rows["source2_publisher"] = rows["event_id"].map(lambda e: EVENTS[e][2])
    return rows[columns(RESOURCE)].sort_values("date").reset_index(drop=True)
