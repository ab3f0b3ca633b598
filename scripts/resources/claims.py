"""The claims register: what the chapter claims, where, in its own words and in ours.

A curated resource, edited by hand (through a script that writes it with Python's csv
module): ``build_data.py`` only re-hashes it. Each quote is checked verbatim against the
chapter by the tests; the chapter itself is not part of the project.
"""

RAW = []
build = None

SECTIONS = [
    "Foreign Policy Concept excerpt",
    "The most peaceful region",
    "Legal root causes and legal preferences",
    "Sovereignty and non-interference",
    "Latin America and the Ukrainian crisis",
    "Civilizations and cultures",
    "Some shifts to make",
]
NOTEBOOKS = [
    "00_reading_the_chapter",
    "01_peace_and_borders",
    "02_ukraine_votes",
    "03_resources",
    "04_brics",
    "05_seminar",
]
EVIDENCE = [
    "countries",
    "claims",
    "unga_votes",
    "unga_rollcalls",
    "ukraine_resolutions",
    "cow_wars",
    "territorial_change",
    "icow_settlements",
    "icj_cases",
    "nwfz_treaties",
    "military_spending",
    "arms_transfers",
    "usgs_import_reliance",
    "freshwater",
    "brics_facts",
    "chapter_events",
    "chapter_votes",
]
#: The chapter's argument as six pillars (notebook 00 draws them as a map).
PILLARS = [
    "A peaceful region",
    "Legal culture",
    "Sovereignty and resources",
    "The Ukraine votes",
    "Waning US influence",
    "Partnership with Russia",
]
VERDICTS = [
    "untested",
    "supported",
    "partly supported",
    "contradicted",
    "not testable with these data",
    "discussion",
]
_name = "(" + "|".join(EVIDENCE) + ")"

RESOURCE = {
    "order": 20,
    "name": "claims",
    "path": "claims.csv",
    "profile": "tabular-data-resource",
    "format": "csv",
    "mediatype": "text/csv",
    "encoding": "utf-8",
    "title": "Claims register: what the chapter claims, and how the course tests it",
    "description": (
        "One row per claim made in the chapter 'Russia and Latin America: New Perspectives and "
        "Modalities of Cooperation' (April 15, 2024), in the order the chapter makes them: the section, "
        "a short verbatim quotation (at most 40 words, the chapter's spelling kept), the claim restated "
        "in neutral words, its kind (empirical, interpretive, normative), the notebook that tests or "
        "discusses it, the course's data resources that bear on it, and the verdict the notebook reaches. "
        "Curated by hand; quotations are short and attributed. Claims made only in the chapter's "
        "footnotes are filed under the section the footnote belongs to. Figure 18 (Russia's exports to "
        "Latin America, 2020) carries no claim in the text and has no row. The quotations were checked "
        "against the course's reference copy of the chapter, which is not redistributed."
    ),
    "sources": [
        {
            "title": "Chapter 14. Russia and Latin America: New Perspectives and Modalities of Cooperation",
            "publisher": "not named in the text (document code E16/MIN – 24/04/15; Figure 18 compiled by PIR Center)",
            "version": "April 15, 2024",
        }
    ],
    "licenses": [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 (the register); quotations are short, attributed "
            "quotations from the chapter, under its authors' rights",
        }
    ],
    "schema": {
        "fields": [
            {
                "name": "id",
                "type": "string",
                "description": "Stable identifier of the claim, C01, C02, ... in the chapter's order; never reused.",
                "constraints": {"required": True, "unique": True, "pattern": "C[0-9]{2}"},
            },
            {
                "name": "section",
                "type": "string",
                "description": "The chapter section the claim is made in, by its heading. The opening paragraphs "
                "and the boxed excerpt of the 2023 Russian Foreign Policy Concept, which have no "
                "heading, are 'Foreign Policy Concept excerpt'.",
                "constraints": {"required": True, "enum": SECTIONS},
            },
            {
                "name": "pillar",
                "type": "string",
                "description": "The pillar of the chapter's argument the claim supports (the course's reading, "
                "drawn as a map in notebook 00): a peaceful region; legal culture as the root of "
                "its diplomacy; sovereignty and resources under US pressure; the Ukraine votes and "
                "'benevolent' neutrality; waning US influence; a partnership with Russia.",
                "constraints": {"required": True, "enum": PILLARS},
            },
            {
                "name": "quote",
                "type": "string",
                "description": "A short verbatim quotation from the chapter (at most 40 words, its spelling and "
                "typing slips kept); '...' marks an elision.",
                "constraints": {"required": True, "maxLength": 300},
            },
            {
                "name": "claim",
                "type": "string",
                "description": "The claim restated in neutral words; where the chapter's vocabulary is contested, "
                "the event is named neutrally and the chapter's term given beside it.",
                "constraints": {"required": True, "maxLength": 400},
            },
            {
                "name": "kind",
                "type": "string",
                "description": "empirical: a statement of fact that evidence can confirm or refute (forecasts "
                "included); interpretive: an explanation or characterisation of facts; normative: "
                "a value judgement or a recommendation.",
                "constraints": {
                    "required": True,
                    "enum": ["empirical", "interpretive", "normative"],
                },
            },
            {
                "name": "notebook",
                "type": "string",
                "description": "The notebook (file name without .ipynb) that tests or discusses the claim.",
                "constraints": {"required": True, "enum": NOTEBOOKS},
            },
            {
                "name": "evidence",
                "type": "string",
                "description": "The data resources (names in datapackage.json) that bear on the claim, separated "
                "by ';'; empty when no data in the course can reach it.",
                "constraints": {"pattern": _name + "(;" + _name + ")*"},
            },
            {
                "name": "verdict",
                "type": "string",
                "description": "What the notebook concludes: 'untested' until it has been tested; 'discussion' "
                "for interpretive and normative claims turned into seminar questions.",
                "constraints": {"required": True, "enum": VERDICTS},
            },
            {
                "name": "verdict_note",
                "type": "string",
                "description": "One or two sentences: the reasons for the verdict and the limits of the evidence, "
                "or why a claim is a question for discussion; empty while untested.",
                "constraints": {"maxLength": 400},
            },
        ],
        "primaryKey": ["id"],
        "missingValues": [""],
    },
}
