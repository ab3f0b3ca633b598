"""Country codes, the Latin American and Caribbean group, and names for display.

All of it is read from the ``countries`` resource (UN M49 with the legal-system coding),
so a seminar leader changes groups in data, not in code.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from rulac.loading import digest, load

LAC_SUBREGIONS = ("South America", "Central America", "Caribbean")
#: Short labels for the sub-regions, for figures and tables.
SUBREGION_SHORT = {"South America": "SA", "Central America": "CA", "Caribbean": "Car"}


def table() -> pd.DataFrame:
    """The ``countries`` resource indexed by ISO3."""
    return load("countries").set_index("iso3")


#: The region's table, made once for each version of the countries file (by its sha256).
_LAC: dict[str, pd.DataFrame] = {}


def _lac() -> pd.DataFrame:
    key = digest("countries")
    if key not in _LAC:
        states = table()
        states = states[states["lac"].fillna(False).astype(bool)]
        order = states["lac_subregion"].map({s: i for i, s in enumerate(LAC_SUBREGIONS)})
        _LAC[key] = (
            states.assign(_order=order).sort_values(["_order", "short_name"]).drop(columns="_order")
        )
    return _LAC[key]


def lac() -> pd.DataFrame:
    """The 33 Latin American and Caribbean member states, by sub-region then name."""
    return _lac().copy()


def lac_codes() -> list[str]:
    """ISO3 codes of the 33 Latin American and Caribbean states, in :func:`lac` order."""
    return _lac().index.tolist()


def names(codes: Iterable[str] | None = None) -> dict[str, str]:
    """Short display names by ISO3 (e.g. ``{"BOL": "Bolivia"}``)."""
    short = table()["short_name"]
    if codes is None:
        return short.to_dict()
    return {code: short.get(code, code) for code in codes}


def regions() -> pd.Series:
    """Each UN member state's region for comparisons: M49 regions, with Latin America and the
    Caribbean apart from the United States and Canada ("Northern America")."""
    members = table()[table()["un_member"]]
    label = members["region"].where(~members["lac"], "Latin America and the Caribbean")
    return label.where(label != "Americas", "Northern America").rename("region")
