"""What the two ICOW tables share: raw files, citation, terms, region and YYYYMM dates.

ICOW 1.1 codes territorial claims in the Western Hemisphere and Western Europe only
(conflict/PROVENANCE.md, section 4): every comparison the course makes with these tables is
between those two regions, never with Africa, Asia or the Middle East.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import require

CLAIMS_FILE = "conflict/icow_1.1/ICOWclaimdy.csv"
SETTLE_FILE = "conflict/icow_1.1/ICOWsettle.csv"
URL = "http://www.paulhensel.org/icowterr.html"
CLAIMS_RAW = {
    "path": CLAIMS_FILE,
    "url": URL,
    "sha256": "240d3a75c14fca4ff0d280b89aa836ad77635b365e705b81eb09ca291c0c02f9",
}
SETTLE_RAW = {
    "path": SETTLE_FILE,
    "url": URL,
    "sha256": "761e5312bc0d2d625675fecb8cd8663450fa98fa7a63bb102868365ea23968ac",
}
SOURCE = {
    "title": "Issue Correlates of War (ICOW) Data, version 1.1: territorial claims (Hensel 2001, "
    "International Studies Quarterly 45(1): 81-109)",
    "publisher": "Issue Correlates of War Project (Paul R. Hensel and Sara McLaughlin Mitchell)",
    "version": "1.1 (user manual of 4 June 2007)",
    "path": "http://www.icow.org",
}
TERMS = {
    "name": "other-at",
    "title": "ICOW terms: freely downloadable; cite Hensel (2001) and the ICOW manual",
    "path": URL,
}
#: ICOW's region of the claimed territory (1 and 2 are the only ones with territorial claims).
REGIONS = {1: "Western Hemisphere", 2: "Western Europe"}
ONGOING = 200199  # "ongoing at 31 Dec 2001" in begclaim/endclaim


def territorial(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows about territorial claims (issue 1), checked to lie in the two regions."""
    rows = frame[frame["issue"] == 1]
    require(rows["region"].isin(list(REGIONS)).all(), "a territorial claim outside regions 1-2")
    return rows


def year_month(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """YYYYMM numbers as (year, month), both Int64; month 00 (not known) becomes missing."""
    numbers = values.astype("Int64")
    month = numbers % 100
    return numbers // 100, month.where(month > 0)


def read(sources: Path, path: str, **options) -> pd.DataFrame:
    return pd.read_csv(sources / path, **options)
