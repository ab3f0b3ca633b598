"""Resource ``events``: the diplomatic record behind the chapter's event claims, with sources.

One row per documented event or statement, restated from two hand-curated fact tables of the
course's data scouts (``facts/chapter_events.csv`` and ``facts/c44_sanctions_arms_visas.csv``,
documented in ``facts/README.md`` and ``facts/PROVENANCE.md``). Nothing is added here: every row,
quote and URL comes from those files, and the build checks it.

Rules of the curation
    * A row of the staged files becomes one row here; the row whose only source is a course
      dataset, not a web page (``brazil_unga_votes_ukraine``), is left out: notebook 05 computes
      Brazil's votes from ``unga_votes`` instead.
    * Dates: the event's date in ISO form. A month (``2022-06``) becomes its first day
      (precision ``month``); two days the sources disagree on or a meeting over several days
      (``2022-03-12/13``, ``2022-06-06/10``) become the first day (precision ``range``). The
      staged form is kept in ``date_as_published``.
    * Actors: ISO3 codes. chapter_events.csv names actors in words; the codes below restate them.
      ``LAC`` stands for the region's 33 states as a whole.
    * Publisher: c44_sanctions_arms_visas.csv gives it; chapter_events.csv gives it in brackets
      after the title, which the build splits off (or takes from ``PUBLISHERS`` where the bracket
      does not name one).
    * Quote: c44_sanctions_arms_visas.csv gives one; for chapter_events.csv a short verbatim
      excerpt of the row's record (``QUOTES``), which the build finds in that row.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd

from resources._table import columns, field, require, resource

CHAPTER_EVENTS = "facts/chapter_events.csv"
C44_FILE = "facts/c44_sanctions_arms_visas.csv"
RAW = [
    {
        "path": CHAPTER_EVENTS,
        "url": "no single download: the course's compilation of stored public web pages "
        "(each row's source_url is the page it restates); see facts/README.md",
        "sha256": "f28ba877839976d43ae6e339940f43440e1240ad61319187a53493b57a74bd1b",
    },
    {
        "path": C44_FILE,
        "url": "no single download: the course's compilation of stored public web pages "
        "(each row's source_url is the page it restates); see facts/PROVENANCE.md",
        "sha256": "fe60d354fe6a40563846bb92d53e2ec46eee684baec02c565e6960d48d32d975",
    },
]
#: Rows of chapter_events.csv whose source is not a published page.
LEFT_OUT = {"brazil_unga_votes_ukraine": "its source is a course dataset, not a web page"}

#: chapter_events.csv names actors in words; the same actors as ISO3 codes.
ACTORS = {
    "pacts_of_may_1902": "ARG;CHL;GBR",
    "bolivia_chile_1904": "CHL;BOL",
    "zpcsa_1986": "BRA",
    "brasilia_act_1998": "PER;ECU;ARG;BRA;CHL;USA",
    "soa2022_not_invited": "USA;CUB;VEN;NIC",
    "soa2022_mexico": "MEX",
    "soa2022_honduras": "HND",
    "soa2022_bolivia": "BOL",
    "soa2022_guatemala": "GTM",
    "soa2022_el_salvador": "SLV",
    "soa2022_uruguay": "URY",
    "soa2022_attendance": "USA",
    "eu_celac_2023_para15": "LAC",
    "eu_celac_2023_nonsignatory": "NIC;CUB;VEN",
    "lula_crimea_2023-04-06": "BRA",
    "ukraine_reply_2023-04": "UKR;BRA",
    "lula_crimea_2023-04-26": "BRA;ESP",
}
#: The register's claim each chapter_events.csv row bears on (empty: cited as context).
CLAIMS = {
    **{key: "C50" for key in ACTORS if key.startswith("soa2022")},
    **{key: "C48" for key in ACTORS if key.startswith("eu_celac")},
    "lula_crimea_2023-04-06": "C46",
    "ukraine_reply_2023-04": "C46",
    "lula_crimea_2023-04-26": "C46",
}
#: Category of each chapter_events.csv row (c44_sanctions_arms_visas.csv gives its own).
CATEGORIES = {
    "pacts_of_may_1902": "treaty",
    "bolivia_chile_1904": "treaty",
    "zpcsa_1986": "resolution",
    "brasilia_act_1998": "treaty",
    "eu_celac_2023_para15": "declaration",
    "eu_celac_2023_nonsignatory": "statement",
    "lula_crimea_2023-04-06": "statement",
    "ukraine_reply_2023-04": "statement",
    "lula_crimea_2023-04-26": "statement",
}
#: Short verbatim excerpts of chapter_events.csv rows ('what_the_record_says').
QUOTES = {
    "zpcsa_1986": "solemnly declares the Atlantic Ocean, in the region situated between Africa and "
    "South America, a Zone of peace and co-operation of the South Atlantic",
    "brasilia_act_1998": "that what makes South America different is that it is a region of peace",
    "soa2022_mexico": "There cannot be a summit if all countries are not invited",
    "soa2022_attendance": "on par with",
    "eu_celac_2023_para15": "We express deep concern on the ongoing war against Ukraine",
    "eu_celac_2023_nonsignatory": "did not sign, approve or accompany",
    "lula_crimea_2023-04-06": "Putin não pode ficar com o terreno da Ucrânia. Talvez se discuta a "
    "Crimeia.",
    "ukraine_reply_2023-04": "Ukraine does not trade its territories",
    "lula_crimea_2023-04-26": "A mim não cabe decidir de quem é a Crimeia ou o Donbass",
}
#: Publishers that the bracket after a chapter_events.csv title does not name, by URL.
PUBLISHERS = {
    "https://de.scribd.com/document/329658635/Tratado-de-Paz-Chile-Bolivia": "Scribd (copy of "
    "the promulgation text)",
    "http://www.un.org/documents/ga/res/41/a41r011.htm": "United Nations General Assembly",
    "http://www.un.org/en/ga/63/plenary/A_south_atlantic.shtml": "United Nations General Assembly",
    "https://limite5308.blogspot.com/2008/05/pactos-de-mayo-santiago-de-chile-28-de.html": (
        "limite5308 (blog; copy of the text)"
    ),
}
BEARINGS = ["supports", "contradicts", "nuance", "open question", "context"]
CATEGORY_MEANING = {
    "summit": "attendance at or exclusion from a summit",
    "declaration": "a text adopted by a summit",
    "statement": "a statement by a government or leader",
    "treaty": "a treaty or presidential act",
    "resolution": "a UN General Assembly resolution",
    "sanctions": "sanctions, or a refusal of them",
    "unfriendly_list": "Russia's official lists of 'unfriendly' states",
    "restrictive_measure": "a measure short of sanctions (citizenship-by-investment bans)",
    "arms": "arms for Ukraine: requests, refusals, agreements",
    "visas": "visa-free travel with Russia",
}


def _bearing(text: str) -> str:
    """The staged assessment in one word of BEARINGS (the staged words stay beside it)."""
    text = text.strip().lower()
    if text.startswith(("supported", "supports", "consistent")):
        return "supports"
    if text.startswith(("contradicts", "overstated", "does not support")):
        return "contradicts"
    for word in ("nuance", "open question", "context"):
        if text.startswith(word):
            return word
    require(text in ("n.a.", "n.a"), f"unknown assessment {text!r}")
    return "context"


def _date(text: str) -> tuple[str, str]:
    """(ISO date, precision) from a staged date: 2022-06-06, 2022-06 or 2022-03-12/13."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text, "day"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return text + "-01", "month"
    found = re.fullmatch(r"(\d{4}-\d{2}-\d{2})/\d{2}", text)
    require(found is not None, f"date {text!r} is not in a form the build knows")
    return found.group(1), "range"


def _codes(text: str) -> str:
    """'CARICOM (ATG;BHS)' -> 'ATG;BHS'; 'RUS;GBR (territories)' -> 'RUS;GBR'."""
    return ";".join(dict.fromkeys(re.findall(r"\b[A-Z]{3}\b", text.replace("CARICOM", ""))))


def _split_title(title: str, url: str) -> tuple[str, str]:
    """(publisher, title) from 'Title (Publisher)', or the publisher in PUBLISHERS."""
    if url in PUBLISHERS:
        return PUBLISHERS[url], title
    found = re.fullmatch(r"(.+) \(([^()]+)\)", title.strip())
    require(found is not None, f"no publisher in {title!r}; add {url} to PUBLISHERS")
    return found.group(2), found.group(1)


RESOURCE = resource(
    "events",
    order=70,
    title="The diplomatic record: events and statements behind the chapter's claims (curated)",
    description=(
        "One row per documented event or statement that the chapter cites or that bears on its "
        "claims about the region's stance on the war in Ukraine (sanctions, visas, arms, the 2022 "
        "Summit of the Americas, the EU-CELAC summit of 2023, Lula's remarks on Crimea) and a few "
        "historic settlements it cites: the date, the actors (ISO3), what was said or done, a "
        "short quote where one exists, and the source as published (publisher, title, date, URL; a "
        "second source where the compilation gives one). Restated from the course's two curated "
        "fact tables; every URL is in them."
    ),
    limits=[
        (
            "Found with read-only search tools in stored copies of public web pages; not checked "
            "against the live web. URLs are as stored (mirrors, AMP pages, a 'preprod' host)."
        ),
        (
            "Official texts are few: the EU-CELAC declaration (as hosted by Brazil's foreign "
            "ministry), a UN resolution, the Bahamas' foreign ministry statement; most rows rest "
            "on the press."
        ),
        (
            "Absence of a row is not proof of absence: small Caribbean states are thinly covered, "
            "and no systematic source of visa-policy changes was found."
        ),
        "chapter_events.csv gives no publication date: source_date is empty on its rows.",
        (
            "The compilation has no row for Fernández de Kirchner's remarks on the Falklands "
            "(Malvinas) and Crimea (C37) or for the Jeddah meeting of August 2023 (C49)."
        ),
        (
            "One staged row is left out: Brazil's UN votes on Ukraine, whose source is a course "
            "dataset (unga_votes), not a published page."
        ),
    ],
    sources=[
        {
            "title": "Hand-curated fact tables: the chapter's cited events (facts/chapter_events"
            ".csv) and claim C44 on sanctions, arms and visas (facts/c44_sanctions_arms_visas.csv)",
            "publisher": "course data scouts, from the publishers named in source_publisher",
            "version": "stored material up to November 2025",
        }
    ],
    licenses=[
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 (the curated table: facts and citations; "
            "quotes are short excerpts, each with its source, for non-commercial teaching)",
        }
    ],
    fields=[
        field("event_id", "string", "Short key, as in the staged file.", required=True),
        field(
            "claim",
            "string",
            "The claim of the register (data/claims.csv) the row bears on; empty where the "
            "chapter cites the event as context.",
            pattern=r"C\d\d",
        ),
        field(
            "date",
            "date",
            "The date of the event (not of the article), ISO 8601; the first day of the month or "
            "of the range when only those are known (see date_precision).",
            required=True,
        ),
        field(
            "date_precision",
            "string",
            "'day'; 'month' (only the month is known); 'range' (several days, or sources "
            "disagree between two days).",
            required=True,
            enum=["day", "month", "range"],
        ),
        field("date_as_published", "string", "The date as staged.", required=True),
        field(
            "actors_iso3",
            "string",
            "The states concerned, ISO3 codes separated by ';' ('LAC' = the region's 33 states).",
            required=True,
            pattern=r"[A-Z]{3}(;[A-Z]{3})*",
        ),
        field(
            "category",
            "string",
            "Kind of event: "
            + "; ".join(f"'{k}' = {v}" for k, v in CATEGORY_MEANING.items())
            + ".",
            required=True,
            enum=list(CATEGORY_MEANING),
        ),
        field(
            "what",
            "string",
            "What was said or done, as the compilation summarises its sources.",
            required=True,
        ),
        field(
            "quote",
            "string",
            "A short verbatim quote from the source (original language, English gloss in "
            "brackets where the compilation gives one); empty where none.",
        ),
        field(
            "bearing",
            "string",
            "How the row bears on its claim, in the compilation's words reduced to one: "
            "'supports', 'contradicts', 'nuance', 'open question', 'context'.",
            required=True,
            enum=BEARINGS,
        ),
        field(
            "assessment_as_published",
            "string",
            "The compilation's own assessment of the row, verbatim.",
            required=True,
        ),
        field("source_publisher", "string", "Who published the main source.", required=True),
        field(
            "source_title",
            "string",
            "Its title as stored, or [a description] where none was stored.",
            required=True,
        ),
        field(
            "source_date",
            "string",
            "The source's date as published (YYYY-MM-DD or YYYY-MM); empty where the compilation "
            "gives none.",
            pattern=r"\d{4}-\d{2}(-\d{2})?",
        ),
        field(
            "source_url",
            "string",
            "The URL exactly as stored.",
            required=True,
            pattern="https?://.+",
        ),
        field("source2_publisher", "string", "Publisher of a second source (may be empty)."),
        field("source2_title", "string", "Title of the second source (may be empty)."),
        field(
            "source2_url",
            "string",
            "URL of the second source (may be empty).",
            pattern="https?://.+",
        ),
        field(
            "confidence",
            "string",
            "The compilation's rating: 'high' = an official text, a wire agency, or two "
            "independent outlets; 'medium' = one outlet, a partisan outlet or a copy of uncertain "
            "provenance; qualifiers say which part of the row it covers.",
            required=True,
        ),
        field(
            "staged_file",
            "string",
            "The staged file the row restates.",
            required=True,
            enum=[CHAPTER_EVENTS, C44_FILE],
        ),
    ],
    primary_key=["event_id"],
)


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _from_chapter_events(row: dict) -> dict:
    key = row["event_id"]
    quote = QUOTES.get(key, "")
    require(quote in row["what_the_record_says"], f"{key}: quote not in the staged record")
    publisher, title = _split_title(row["source_title"], row["source_url"])
    second = ("", "")
    if row["source2_url"]:
        second = _split_title(row["source2_title"], row["source2_url"])
    date, precision = _date(row["date"])
    return {
        "event_id": key,
        "claim": CLAIMS.get(key, ""),
        "date": date,
        "date_precision": precision,
        "date_as_published": row["date"],
        "actors_iso3": ACTORS[key],
        "category": CATEGORIES.get(key, "summit"),
        "what": f"{row['event']}: {row['what_the_record_says']}",
        "quote": quote,
        "bearing": _bearing(row["assessment"]),
        "assessment_as_published": row["assessment"],
        "source_publisher": publisher,
        "source_title": title,
        "source_date": "",
        "source_url": row["source_url"],
        "source2_publisher": second[0],
        "source2_title": second[1],
        "source2_url": row["source2_url"],
        "confidence": row["confidence"],
        "staged_file": CHAPTER_EVENTS,
    }


def _from_c44(row: dict) -> dict:
    date, precision = _date(row["date"])
    return {
        "event_id": row["fact_id"],
        "claim": "C44",
        "date": date,
        "date_precision": precision,
        "date_as_published": row["date"],
        "actors_iso3": _codes(row["actors_iso3"]) or row["actors_iso3"],
        "category": row["category"],
        "what": row["what_happened"],
        "quote": row["quote"],
        "bearing": _bearing(row["bearing_on_c44"]),
        "assessment_as_published": row["bearing_on_c44"],
        "source_publisher": row["source_publisher"],
        "source_title": row["source_title"],
        "source_date": row["source_date"],
        "source_url": row["source_url"],
        "source2_publisher": row["source2_publisher"],
        "source2_title": row["source2_title"],
        "source2_url": row["source2_url"],
        "confidence": row["confidence"],
        "staged_file": C44_FILE,
    }


def build(sources: Path) -> pd.DataFrame:
    """Both staged tables, one row per event, every URL and quote checked against them."""
    staged = _read(sources / CHAPTER_EVENTS)
    require(set(LEFT_OUT) <= {r["event_id"] for r in staged}, "a left-out row is not staged")
    rows = [_from_chapter_events(r) for r in staged if r["event_id"] not in LEFT_OUT]
    rows += [_from_c44(r) for r in _read(sources / C44_FILE)]
    raw = (sources / CHAPTER_EVENTS).read_text("utf-8") + (sources / C44_FILE).read_text("utf-8")
    for row in rows:
        for column in ("source_url", "source2_url", "quote"):
            require(row[column] in raw, f"{row['event_id']}: {column} is not in the staged files")
        require(row["source_url"].startswith("http"), f"{row['event_id']}: no web source")
    table = pd.DataFrame(rows, columns=columns(RESOURCE))
    return table.sort_values(["date", "event_id"], ignore_index=True)
