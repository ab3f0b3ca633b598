"""The claims register: what the chapter claims, where, in its own words and in ours.

A curated resource, edited by hand (through a script that writes it with Python's csv
module): ``build_data.py`` only re-hashes it. Each quote is checked verbatim against the
chapter by the tests; the chapter itself is not part of the project.

The ``evidence`` column names resources: those built by scripts/resources, and the ``PLANNED``
ones that notebooks in preparation will add (listed in the field's ``planned`` property).
"""

from resources._table import field, require, resource, resource_names
from rulac.course import IDS

RAW = []
build = None

SECTIONS = [
    "Introduction",
    "Foreign Policy Concept excerpt",
    "The most peaceful region",
    "Legal root causes and legal preferences",
    "Sovereignty and non-interference",
    "Latin America and the Ukrainian crisis",
    "Civilizations and cultures",
    "Some shifts to make",
]
#: Evidence names of resources that a notebook in preparation will add. Each moves out of this
#: list when its resource lands in scripts/resources (the build refuses a name in both places).
PLANNED = []
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
_built = set(resource_names())
require(not _built & set(PLANNED), f"planned and built: {sorted(_built & set(PLANNED))}")
_name = "(" + "|".join([*sorted(_built), *PLANNED]) + ")"

RESOURCE = resource(
    "claims",
    order=20,
    title="Claims register: what the chapter claims, and how the course tests it",
    description=(
        "One row per claim made in the chapter 'Russia and Latin America: New Perspectives and "
        "Modalities of Cooperation' (April 15, 2024), in the order the chapter makes them: the "
        "section, a short verbatim quotation (at most 40 words, the chapter's spelling kept), the "
        "claim restated in neutral words, its kind (empirical, interpretive, normative), the "
        "notebook that tests or discusses it, the course's data resources that bear on it, and "
        "the verdict the notebook reaches. Curated by hand; quotations are short and attributed."
    ),
    limits=[
        (
            "Claims made only in the chapter's footnotes are filed under the section the footnote "
            "belongs to."
        ),
        (
            "Figure 18 (Russia's exports to Latin America, 2020) carries no claim in the text and "
            "has no row."
        ),
        (
            "The quotations were checked against the course's reference copy of the chapter, which "
            "is not redistributed."
        ),
        (
            "evidence may name planned resources that are not in data/ yet (the field's planned "
            "list); a verdict cites only resources that exist."
        ),
    ],
    sources=[
        {
            "title": "Chapter 14. Russia and Latin America: New Perspectives and Modalities of "
            "Cooperation",
            "publisher": "not named in the text (document code E16/MIN – 24/04/15; Figure 18 "
            "compiled by PIR Center)",
            "version": "April 15, 2024",
        }
    ],
    licenses=[
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 (the register); quotations are short, "
            "attributed quotations from the chapter, under its authors' rights",
        }
    ],
    fields=[
        field(
            "id",
            "string",
            "Stable identifier of the claim, C01, C02, ... in the chapter's order; never reused.",
            required=True,
            unique=True,
            pattern="C[0-9]{2}",
        ),
        field(
            "section",
            "string",
            "The chapter section the claim is made in, by its heading. The opening paragraphs "
            "and the boxed excerpt of the 2023 Russian Foreign Policy Concept, which have no "
            "heading, are 'Foreign Policy Concept excerpt'.",
            required=True,
            enum=SECTIONS,
        ),
        field(
            "pillar",
            "string",
            "The pillar of the chapter's argument the claim supports (the course's reading, "
            "drawn as a map in notebook 00): a peaceful region; legal culture as the root of "
            "its diplomacy; sovereignty and resources under US pressure; the Ukraine votes and "
            "'benevolent' neutrality; waning US influence; a partnership with Russia.",
            required=True,
            enum=PILLARS,
        ),
        field(
            "quote",
            "string",
            "A short verbatim quotation from the chapter (at most 40 words, its spelling and "
            "typing slips kept); '...' marks an elision.",
            required=True,
            maxLength=300,
        ),
        field(
            "claim",
            "string",
            "The claim restated in neutral words; where the chapter's vocabulary is contested, "
            "the event is named neutrally and the chapter's term given beside it.",
            required=True,
            maxLength=400,
        ),
        field(
            "kind",
            "string",
            "empirical: a statement of fact that evidence can confirm or refute (forecasts "
            "included); interpretive: an explanation or characterisation of facts; normative: "
            "a value judgement or a recommendation.",
            required=True,
            enum=["empirical", "interpretive", "normative"],
        ),
        field(
            "notebook",
            "string",
            "The notebook (file name without .ipynb) that tests or discusses the claim.",
            required=True,
            enum=IDS,
        ),
        {
            **field(
                "evidence",
                "string",
                "The data resources that bear on the claim, separated by ';': names of "
                "resources in datapackage.json, or of planned resources (listed in this "
                "field's 'planned' property) that a notebook in preparation will add; empty when "
                "no data in the course can reach it.",
                pattern=_name + "(;" + _name + ")*",
            ),
            "planned": PLANNED,
        },
        field(
            "verdict",
            "string",
            "What the notebook concludes: 'untested' until it has been tested; 'discussion' "
            "for interpretive and normative claims turned into seminar questions.",
            required=True,
            enum=VERDICTS,
        ),
        field(
            "verdict_note",
            "string",
            "One or two sentences: the reasons for the verdict and the limits of the evidence, "
            "or why a claim is a question for discussion; empty while untested.",
            maxLength=400,
        ),
    ],
    primary_key=["id"],
)
