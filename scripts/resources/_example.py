"""Template of a resource module (modules starting with "_" are skipped by build_data.py).

Copy it to scripts/resources/<name>.py and fill it in: the schema, the raw sources, the build.
"""

from pathlib import Path

import pandas as pd

from resources._table import field, foreign_key, require, resource

RAW = [  # the raw files build() reads, relative to the sources folder
    {
        "path": "economy/un_m49_unsd_en_2024-09.csv",
        "url": "https://unstats.un.org/unsd/methodology/m49/overview/",  # where to download it
        "sha256": "7f065ee4ee9ef7f1819f2e90bd58850eacd47615fc77f62eb71a6e01d0e7100a",
    },
]

REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"]

RESOURCE = resource(
    "example",  # data/example.csv; give path="example.csv.gz" for a large table
    order=50,  # position in datapackage.json (countries first)
    title="Short title",
    description="What a row is and what the table covers, in two or three sentences.",
    limits=["What a reader must know before using it: gaps, exceptions, coverage."],
    sources=[
        {
            "title": "Standard country or area codes for statistical use (M49)",  # dataset
            "publisher": "United Nations Statistics Division",
            "version": "as downloaded 2024-09",
            "path": "https://unstats.un.org/unsd/methodology/m49/overview/",  # URL as published
        }
    ],
    licenses=[
        {
            "name": "other-at",
            "title": "UNSD terms of use",
            "path": "https://www.un.org/en/about-us/terms-of-use",
        }
    ],
    fields=[
        field("iso3", "string", "ISO 3166-1 alpha-3 code.", required=True, pattern="[A-Z]{3}"),
        field("region", "string", "M49 region.", enum=REGIONS),
        field("m49", "integer", "UN M49 numeric code.", required=True, minimum=1),
        # a measured value names its unit: field("area", "number", "Land area.", unit="km2")
    ],
    primary_key=["iso3"],
    foreign_keys=[foreign_key("iso3", "countries")],
)


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """The table, columns in schema order, rows sorted stably.

    Parameters after ``sources`` name tables this one is built from: build_data.py builds
    ``countries`` first and passes it in (drop the parameter if the table needs none).
    """
    raw = pd.read_csv(sources / RAW[0]["path"], encoding="utf-8-sig", dtype=str)
    table = raw.rename(columns={"ISO-alpha3 Code": "iso3", "Region Name": "region"})
    table = table[table["iso3"].isin(countries["iso3"])]  # the UN members (M49 has territories)
    require(len(table) == 193, f"{len(table)} UN members in M49, expected 193")  # stops the build
    table["m49"] = table["M49 Code"].astype(int)
    return table[["iso3", "region", "m49"]].sort_values("iso3").reset_index(drop=True)
