"""Template of a resource module (modules starting with "_" are skipped by build_data.py).

Copy it to scripts/resources/<name>.py and fill it in.
"""

from pathlib import Path

import pandas as pd

RAW = [
    {
        "path": "economy/un_m49_unsd_en_2024-09.csv",  # relative to the sources folder
        "url": "https://unstats.un.org/unsd/methodology/m49/overview/",  # where a maintainer downloads it
        "sha256": "7f065ee4ee9ef7f1819f2e90bd58850eacd47615fc77f62eb71a6e01d0e7100a",
    },
]

RESOURCE = {
    "order": 50,  # position in datapackage.json (countries first)
    "name": "example",
    "path": "example.csv",  # relative to data/; use .csv.gz for large tables
    "profile": "tabular-data-resource",
    "format": "csv",
    "mediatype": "text/csv",
    "encoding": "utf-8",
    "title": "Short title",
    "description": "What a row is, what it covers, what it leaves out.",
    "sources": [
        {
            "title": "Standard country or area codes for statistical use (M49)",  # dataset
            "publisher": "United Nations Statistics Division",
            "version": "as downloaded 2024-09",
            "path": "https://unstats.un.org/unsd/methodology/m49/overview/",  # URL as published
        }
    ],
    "licenses": [
        {
            "name": "other-at",
            "title": "UNSD terms of use",
            "path": "https://www.un.org/en/about-us/terms-of-use",
        }
    ],
    "schema": {
        "fields": [
            {
                "name": "iso3",
                "type": "string",
                "description": "ISO 3166-1 alpha-3 code",
                "constraints": {"required": True, "unique": True, "pattern": "[A-Z]{3}"},
            },
            {
                "name": "region",
                "type": "string",
                "description": "...",
                "constraints": {"required": True, "enum": ["Africa", "Americas"]},
            },
            {
                "name": "year",
                "type": "integer",
                "description": "...",
                "constraints": {"minimum": 1900},
            },
        ],
        "primaryKey": ["iso3"],
        "foreignKeys": [
            {"fields": ["iso3"], "reference": {"resource": "countries", "fields": ["iso3"]}}
        ],
        "missingValues": [""],
    },
}


def build(sources: Path) -> pd.DataFrame:
    raw = pd.read_csv(sources / RAW[0]["path"], encoding="utf-8-sig", dtype=str)
    return raw  # columns exactly the schema's fields, in that order; rows sorted stably
