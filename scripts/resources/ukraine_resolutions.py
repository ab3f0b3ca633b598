"""Resource ``ukraine_resolutions``: the Ukraine-related GA resolutions in ``unga_rollcalls``.

Selection: the roll calls on whole resolutions (Voeten amendment and paragraph flags not set)
whose title names Ukraine, Crimea, Sevastopol or Zaporizhzhia, plus every roll call of the
eleventh emergency special session (ES-11, agenda item 'Letter dated 28 February 2014 from the
Permanent Representative of Ukraine ...'; ES-11/3's title does not name Ukraine). Each selected
row must match exactly one rule of SUBJECTS, and each resolution must have exactly one roll
call, or the build stops (so a new kind of resolution is reviewed, not silently coded).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from resources import _unga
from resources._table import BuildError, columns, field, foreign_key, require, resource

RAW = _unga.RAW

TITLE_PATTERN = r"Ukrain|Crimea|Sevastopol|Zaporizhzhia"

# (pattern on the title, subject, short label); checked in this order, first match wins.
SUBJECTS = [
    (
        r"^Territorial integrity of Ukraine$",
        "territorial_integrity",
        "Territorial integrity of Ukraine",
    ),
    (
        r"^Territorial integrity of Ukraine: defending the principles",
        "territorial_integrity",
        "Territorial integrity of Ukraine: defending the principles of the Charter",
    ),
    (
        r"^Situation of human rights in the (temporarily occupied )?Autonomous Republic of Crimea",
        "crimea_human_rights",
        "Human rights in Crimea",
    ),
    (
        r"^Situation of human rights in the temporarily occupied territories of Ukraine",
        "crimea_human_rights",
        "Human rights in the occupied territories of Ukraine, incl. Crimea",
    ),
    (
        r"^Problem of the militarization of the Autonomous Republic of Crimea",
        "crimea_militarization",
        "Militarization of Crimea, the Black Sea and the Sea of Azov",
    ),
    (r"^Aggression against Ukraine$", "aggression", "Aggression against Ukraine"),
    (
        r"^Humanitarian consequences of the aggression against Ukraine$",
        "humanitarian",
        "Humanitarian consequences of the aggression against Ukraine",
    ),
    (
        (
            r"^Suspension of the rights of membership of the Russian Federation "
            r"in the Human Rights Council$"
        ),
        "human_rights_council",
        "Suspension of Russia from the Human Rights Council",
    ),
    (
        r"^Furtherance of remedy and reparation for aggression against Ukraine$",
        "reparations",
        "Remedy and reparation for aggression against Ukraine",
    ),
    (
        r"comprehensive, just and lasting peace in Ukraine$",
        "peace",
        "Principles of the Charter for a comprehensive, just and lasting peace",
    ),
    (
        r"^Safety and security of nuclear facilities of Ukraine",
        "nuclear_safety",
        "Safety and security of Ukraine's nuclear facilities, incl. Zaporizhzhia",
    ),
]
SUBJECT_ENUM = list(dict.fromkeys(subject for _, subject, _ in SUBJECTS))

DGACM = "UN DGACM extract"
PROVENANCE = " (cited in unga_votes/PROVENANCE.md, section 4)"
# Totals published at adoption for the Voeten-era votes: unga_votes/PROVENANCE.md, section 4.
PUBLISHED = {
    "A/RES/68/262": (
        (100, 11, 58),
        [
            "https://unwatch.org/unga-adopts-resolution-calling-on-states-not-to-recognize-changes-in-status-of-crimea/",
            "https://business-standard.com/article/pti-stories/unga-adopts-resolution-backing-ukraine-s-territorial-integrity-114032701266_1.html",
        ],
    ),
    "A/RES/71/205": ((70, 26, 77), ["https://zmina.info/?p=22094"]),
    "A/RES/72/190": (
        (70, 26, 76),
        [
            "http://asiaplustj.info/en/news/world/20171220/un-officially-recognizes-russia-as-an-occupying-power",
            "https://rusreality.com/2017/12/20/unga-adopted-resolution-of-kiev-on-the-situation-of-human-rights-in-crimea/",
        ],
    ),
    "A/RES/73/194": (
        (66, 19, 72),
        [
            "https://ukranews.com/en/news/603049-un-general-assembly-adopts-resolution-on-militarization-of-crimea-black-sea-and-sea-of-azov-by"
        ],
    ),
    "A/RES/73/263": ((65, 27, 70), ["https://en.interfax.com.ua/news/general/555430.html"]),
}

RESOURCE = resource(
    "ukraine_resolutions",
    order=32,
    title="Ukraine-related UN General Assembly resolutions, 2014-2025, with official totals",
    description=(
        "One row per Ukraine-related resolution with per-country votes in unga_votes (22), sorted "
        "by date: 68/262 (2014); the Crimea human-rights series 71/205, 72/190, 73/263, 74/168, "
        "75/192, 76/179, 77/229, 78/221, 79/184, 80/223 (from 78/221 the title covers all "
        "temporarily occupied territories of Ukraine); Crimea militarisation 73/194, 74/17, 75/29, "
        "76/70; ES-11/1 to ES-11/6 (2022-2023); 78/316 (Zaporizhzhia, 2024). Selected from "
        "unga_rollcalls as the votes on whole resolutions whose title names Ukraine, Crimea, "
        "Sevastopol or Zaporizhzhia, plus all ES-11 resolutions (ES-11/3, on the Human Rights "
        "Council, is under the Ukraine agenda item but its title does not name Ukraine). Official "
        "totals: the DGACM tallies for 2019 onwards; for the five Voeten-era votes the totals "
        "published at adoption (the URL is on each row)."
    ),
    limits=[
        (
            "Not included: resolutions that the UN library only indexes under the subject UKRAINE "
            "(Chornobyl A/RES/80/111, cooperation with the OPCW 77/272 and 79/134), and ES-11/7, "
            "ES-11/8 (24 Feb 2025) and ES-11/9, for which no per-country record exists in the "
            "sources."
        ),
        (
            "Each of the five Voeten-era resolutions (2014-2018) has exactly one Voeten roll call, "
            "and it carries neither the amendment nor the paragraph flag, so it is the vote on the "
            "resolution as a whole (the build stops if a resolution ever has several)."
        ),
        (
            "The published totals of 2014-2018 come from press and mission reports cited in the "
            "source's provenance notes, not from a UN document."
        ),
        (
            "Counted totals (unga_rollcalls yes/no/abstain) equal the official ones except 71/205 "
            "(see note)."
        ),
        (
            "Venezuela (VEN) has no recorded vote from 2022, so it is X on ES-11/1-6, 77/229, "
            "78/221, 78/316, 79/184 and 80/223."
        ),
    ],
    sources=[
        *_unga.SOURCES,
        {
            "title": "Totals of the 2014-2018 votes as published at adoption (UN Watch, Business "
            "Standard/PTI, ZMINA quoting the Permanent Mission of Ukraine, Asia-Plus, RusReality, "
            "Ukrainian News, Interfax-Ukraine)",
            "publisher": "news and NGO sites listed in totals_source",
            "version": "articles of 2014-03-27 to 2018-12-24, as cited in the source's "
            "PROVENANCE.md",
            "path": PUBLISHED["A/RES/68/262"][1][0],
        },
    ],
    licenses=_unga.LICENSES,
    fields=[
        field(
            "rollcall_id",
            "string",
            "The roll call in unga_rollcalls and unga_votes.",
            required=True,
            unique=True,
        ),
        field("resolution", "string", "Symbol, e.g. A/RES/ES-11/1.", required=True, unique=True),
        field(
            "label",
            "string",
            "Short label for tables and charts: the symbol without 'A/RES/' and a shortened "
            "title, e.g. 'ES-11/1 Aggression against Ukraine'.",
            required=True,
            unique=True,
        ),
        field("date", "date", "Date of the vote.", required=True),
        field(
            "subject",
            "string",
            "territorial_integrity (68/262, ES-11/4), crimea_human_rights, crimea_militarization, "
            "aggression (ES-11/1), humanitarian (ES-11/2), human_rights_council (ES-11/3), "
            "reparations (ES-11/5), peace (ES-11/6), nuclear_safety (78/316); coded from the "
            "title.",
            required=True,
            enum=SUBJECT_ENUM,
        ),
        field("official_yes", "integer", "Official votes in favour.", required=True, minimum=0),
        field("official_no", "integer", "Official votes against.", required=True, minimum=0),
        field("official_abstain", "integer", "Official abstentions.", required=True, minimum=0),
        field(
            "totals_source",
            "string",
            "Where the official totals come from: 'UN DGACM extract' (the tallies in the DGACM "
            "JSON), or for 2014-2018 the URL(s) of the published report(s).",
            required=True,
        ),
        field(
            "note",
            "string",
            "Documented exception, e.g. where counted and official totals differ; empty otherwise.",
        ),
    ],
    primary_key=["rollcall_id"],
    foreign_keys=[foreign_key("rollcall_id", "unga_rollcalls")],
)


def _subject(title: str) -> tuple[str, str]:
    for pattern, subject, label in SUBJECTS:
        if re.search(pattern, title):
            return subject, label
    raise BuildError(f"no subject rule for the title {title!r}; add one to SUBJECTS")


def _note_71_205(votes: pd.DataFrame, calls: pd.DataFrame, counted, official) -> str:
    session = calls.loc[calls["session"] == "71", "rollcall_id"]
    zwe = votes[votes["rollcall_id"].isin(session) & (votes["iso3"] == "ZWE")]
    missing = int((zwe["vote"] == "X").sum())
    return (
        f"Counted {'-'.join(map(str, counted))} vs published {'-'.join(map(str, official))}: "
        "one 'no' is missing in the Voeten data. Zimbabwe (ZWE, X here) is probably the "
        f"missing voter (no recorded vote in {missing} of the {len(session)} session-71 roll "
        "calls), but this is not confirmed, so nothing is imputed."
    )


def build(sources: Path) -> pd.DataFrame:
    bundle = _unga.bundle(sources)
    calls, votes = bundle["rollcalls"], bundle["votes"]
    whole = calls[~calls["amendment"] & ~calls["paragraph"]]
    named = whole["title"].fillna("").str.contains(TITLE_PATTERN, case=False, regex=True)
    picked = whole[named | whole["session"].eq("ES-11")].copy()
    require(
        picked["resolution"].notna().all() and picked["resolution"].is_unique,
        "a Ukraine resolution with several roll calls (or none): choose one by hand",
    )
    for sym in picked["resolution"]:  # the chosen roll call is the only one with that symbol
        require((calls["resolution"] == sym).sum() == 1, f"{sym} has several roll calls")

    rows = []
    for call in picked.itertuples(index=False):
        subject, label = _subject(call.title)
        counted = (call.yes, call.no, call.abstain)
        if call.source == "unxml_dgacm":
            official = (call.official_yes, call.official_no, call.official_abstain)
            totals_source = DGACM
        else:
            require(call.resolution in PUBLISHED, f"no published totals for {call.resolution}")
            official, urls = PUBLISHED[call.resolution]
            totals_source = "Published at adoption: " + " ; ".join(urls) + PROVENANCE
        official = tuple(int(n) for n in official)
        note = None
        if counted != official:
            require(
                call.resolution == "A/RES/71/205",
                f"{call.resolution}: counted {counted} != official {official}; document it",
            )
            note = _note_71_205(votes, calls, counted, official)
        rows.append(
            {
                "rollcall_id": call.rollcall_id,
                "resolution": call.resolution,
                "label": f"{call.resolution.removeprefix('A/RES/')} {label}",
                "date": call.date.strftime("%Y-%m-%d"),
                "subject": subject,
                "official_yes": official[0],
                "official_no": official[1],
                "official_abstain": official[2],
                "totals_source": totals_source,
                "note": note,
            }
        )
    frame = pd.DataFrame(rows, columns=columns(RESOURCE))
    return frame.sort_values(["date", "rollcall_id"], kind="stable").reset_index(drop=True)
