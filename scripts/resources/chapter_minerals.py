"""Resource ``chapter_minerals``: the chapter's table of US dependence on Latin American resources.

Curated from the table "Dependence of the United States on Latin America's Natural Resources"
in the chapter's section "Sovereignty and non-interference" (compiled by the author after
Bruckmann 2012). One row per resource and supplier the table names, in the table's order, with
the chapter's spelling kept ('Tantalus' for tantalum) and the percentage exactly as printed.
The tests compare every row with the course's reference copy of the chapter, which is not part
of the project.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, foreign_key, require, resource

RAW: list[dict] = []  # curated: the source is the chapter

# (number, resource as printed, course mineral, dependence as printed, suppliers as printed)
TABLE = [
    (1, "Bauxite", "bauxite", "100%", ["Australia", "Brazil", "Guatemala", "Jamaica"]),
    (2, "Graphite", "graphite", "100%", ["Brazil", "Mexico", "China", "Canada"]),
    (3, "Cesium", "cesium", "100%", ["Mexico", "China", "South Africa"]),
    (4, "Mica", "mica", "100%", ["Brazil", "China", "India"]),
    (5, "Niobium", "niobium", "100%", ["Brazil", "Germany", "Canada"]),
    (6, "Tantalus", "tantalum", "100%", ["Brazil", "Australia", "China", "Japan"]),
    (7, "Lithium", "lithium", "99%", ["Bolivia", "Chile", "Afghanistan"]),
    (8, "Copper", "copper", "48%", ["Mexico", "Peru", "Chile"]),
]
SOURCE = (
    "Chapter 14. Russia and Latin America: New Perspectives and Modalities of Cooperation "
    "(April 15, 2024), section 'Sovereignty and non-interference', table 'Dependence of the "
    "United States on Latin America's Natural Resources' (compiled by the author based on "
    "Bruckmann M., Recursos naturales y geopolítica de la integración sudamericana, Caracas, 2012)"
)

RESOURCE = resource(
    "chapter_minerals",
    order=60,
    title="The chapter's table: US dependence on Latin America's natural resources, and the "
    "suppliers it names",
    description=(
        "One row per resource and named supplier of the chapter's table 'Dependence of the "
        "United States on Latin America's Natural Resources' (section 'Sovereignty and "
        "non-interference', compiled by the author after a 2012 book by Mónica Bruckmann): the "
        "resource as printed, the dependence as printed and as a number, and each supplier in "
        "the table's order with its ISO3 code."
    ),
    limits=[
        (
            "The table gives no year and no definition of 'dependence'; the course compares it "
            "with USGS net import reliance, which is the usual measure of US import dependence."
        ),
        "'Mica' in the table may mean sheet or scrap and flake mica, which USGS treats apart.",
        (
            "The chapter's heading calls the suppliers 'Countries-donors of them'; it gives no "
            "shares and does not say how they were chosen."
        ),
    ],
    sources=[
        {
            "title": "Chapter 14. Russia and Latin America: New Perspectives and Modalities of "
            "Cooperation, section 'Sovereignty and non-interference'",
            "publisher": "not named in the text (document code E16/MIN – 24/04/15)",
            "version": "April 15, 2024",
        }
    ],
    licenses=[
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 (the table as restated by the course; "
            "the chapter's own text remains under its authors' rights)",
        }
    ],
    fields=[
        field(
            "row",
            "integer",
            "The resource's number in the chapter's table (1-8).",
            required=True,
            minimum=1,
            maximum=8,
        ),
        field(
            "resource_in_chapter",
            "string",
            "The resource as the chapter prints it ('Tantalus' for tantalum).",
            required=True,
        ),
        field(
            "mineral",
            "string",
            "The course's name of the mineral (the key of the USGS tables' mineral column).",
            required=True,
            enum=[entry[2] for entry in TABLE],
        ),
        field(
            "dependence_in_chapter", "string", "The dependence as printed ('100%').", required=True
        ),
        field(
            "dependence_pct",
            "number",
            "The printed dependence as a number.",
            unit="percent",
            required=True,
            minimum=0,
            maximum=100,
        ),
        field(
            "supplier_order",
            "integer",
            "The supplier's place in the chapter's list.",
            required=True,
            minimum=1,
        ),
        field(
            "supplier_in_chapter", "string", "The supplier as the chapter names it.", required=True
        ),
        field(
            "iso3",
            "string",
            "The supplier (ISO 3166-1 alpha-3).",
            required=True,
            pattern="[A-Z]{3}",
        ),
        field(
            "source",
            "string",
            "Where the row comes from: the chapter, its section and table.",
            required=True,
        ),
    ],
    primary_key=["row", "supplier_order"],
    foreign_keys=[foreign_key("iso3", "countries")],
)


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """The rows of TABLE, suppliers matched to ISO3 by the countries table's short names."""
    codes = dict(zip(countries["short_name"], countries["iso3"], strict=True))
    rows = []
    for number, printed, mineral, dependence, suppliers in TABLE:
        for order, supplier in enumerate(suppliers, start=1):
            require(supplier in codes, f"{supplier!r} is not a short name in the countries table")
            rows.append(
                {
                    "row": number,
                    "resource_in_chapter": printed,
                    "mineral": mineral,
                    "dependence_in_chapter": dependence,
                    "dependence_pct": float(dependence.rstrip("%")),
                    "supplier_order": order,
                    "supplier_in_chapter": supplier,
                    "iso3": codes[supplier],
                    "source": SOURCE,
                }
            )
    return pd.DataFrame(rows, columns=columns(RESOURCE))
