"""Fresh water: renewable internal freshwater by country, per person and as a share of the world.

The data (resource ``freshwater``, World Bank WDI from FAO AQUASTAT) measure an annual *flow*
generated inside each country, not a stock of "reserves", and leave out water that flows in
from upstream states. Per-person values are the World Bank's own; totals end in 2020 and, being
long-term averages, are the same in most years. All functions read nothing but
:func:`rulac.load`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import pandas as pd

from rulac import params
from rulac.loading import load

WORLD = "WLD"


@functools.cache
def _loaded() -> pd.DataFrame:
    return load("freshwater")


def table() -> pd.DataFrame:
    """A copy of the ``freshwater`` resource, read once per session."""
    return _loaded().copy()


def years() -> tuple[int, int]:
    """The first and last year with per-person data."""
    data = table().dropna(subset=["internal_m3_per_person"])
    return int(data["year"].min()), int(data["year"].max())


def coverage() -> pd.Series:
    """Number of economies (the world aggregate left out) with per-person data, by year."""
    data = table()
    data = data[(data["code"] != WORLD) & data["internal_m3_per_person"].notna()]
    return data.groupby("year").size()


def latest_full_year() -> int:
    """The latest year in which every economy that ever has per-person data has it."""
    counts = coverage()
    return int(counts[counts == counts.max()].index.max())


def per_person(year: int) -> pd.DataFrame:
    """Every economy with per-person data in ``year``, largest first, with its rank (1 = most)
    and its name (the world aggregate left out: see :func:`world_per_person`)."""
    data = table()
    data = data[(data["year"] == year) & data["internal_m3_per_person"].notna()]
    data = data[data["code"] != WORLD].sort_values("internal_m3_per_person", ascending=False)
    data = data.assign(rank=range(1, len(data) + 1))
    return data.set_index("code")[["name", "iso3", "rank", "internal_m3_per_person"]]


def choose_year(value, *, name: str = "WATER_YEAR") -> int:
    """One year with per-person data: a year, or "latest" (the latest year with every country).

    >>> choose_year("latest")
    2021
    """
    if isinstance(value, str) and value.strip().lower() == "latest":
        return latest_full_year()
    first, last = params.years(value, name=name, within=years())
    if first != last:
        raise params.ParameterError(
            f'{name}={value!r}: give one year, e.g. {name} = {last}, or "latest".'
        )
    return first


def world_per_person(year: int) -> float | None:
    """The World Bank's world figure per person in ``year`` (None if it has none)."""
    data = table()
    value = data.loc[(data["code"] == WORLD) & (data["year"] == year), "internal_m3_per_person"]
    return float(value.iloc[0]) if not value.empty and pd.notna(value.iloc[0]) else None


def totals_year(year: int) -> int:
    """The latest year up to ``year`` with total (km3) data: totals end in 2020."""
    data = table().dropna(subset=["internal_km3"])
    return int(data.loc[data["year"] <= year, "year"].max())


def shares_of_world(year: int) -> pd.DataFrame:
    """Each economy's renewable internal freshwater (km3) and its share of the world total in
    the latest year up to ``year`` with totals, largest first."""
    at = totals_year(year)
    data = table()
    data = data[(data["year"] == at) & data["internal_km3"].notna()]
    world = data.loc[data["code"] == WORLD, "internal_km3"].iloc[0]
    data = data[data["code"] != WORLD].sort_values("internal_km3", ascending=False)
    data = data.assign(share=data["internal_km3"] / world, year=at)
    return data.set_index("code")[["name", "iso3", "year", "internal_km3", "share"]]


def group_share(codes: Sequence[str], year: int) -> float:
    """The share of the world's renewable internal freshwater held by ``codes`` together."""
    shares = shares_of_world(year)
    return float(shares.loc[shares.index.isin(codes), "share"].sum())


def ratio_to_next(code: str, year: int) -> dict:
    """How ``code`` compares with the others in per-person water: its rank, the highest other
    value and the next value below its own, and the ratios to them."""
    ranked = per_person(year)
    own = ranked.loc[code, "internal_m3_per_person"]
    others = ranked.drop(index=code)
    below = others[others["internal_m3_per_person"] < own]
    top = others.iloc[0]
    return {
        "rank": int(ranked.loc[code, "rank"]),
        "of": len(ranked),
        "value": float(own),
        "highest other": others.index[0],
        "highest other value": float(top["internal_m3_per_person"]),
        "ratio to highest other": float(own / top["internal_m3_per_person"]),
        "next below": below.index[0] if not below.empty else None,
        "ratio to next below": float(own / below["internal_m3_per_person"].iloc[0])
        if not below.empty
        else None,
    }


def withdrawal_share(code: str, year: int) -> float | None:
    """Annual freshwater withdrawals as a share of renewable internal resources (totals of the
    latest year up to ``year`` that has them)."""
    data = table().set_index(["code", "year"])
    at = totals_year(year)
    if (code, year) not in data.index or (code, at) not in data.index:
        return None
    withdrawn = data.loc[(code, year), "withdrawal_km3"]
    internal = data.loc[(code, at), "internal_km3"]
    if pd.isna(withdrawn) or pd.isna(internal) or internal == 0:
        return None
    return float(withdrawn / internal)


def profile(codes: Sequence[str], year: int) -> pd.DataFrame:
    """For each state of ``codes`` with data in ``year``: name, rank in water per person, m3 per
    person, withdrawals (km3) and withdrawals as a share of internal renewable resources."""
    ranked = per_person(year)
    data = table().set_index(["code", "year"])
    rows = []
    for code in codes:
        if code not in ranked.index:
            continue
        rows.append({
            "code": code,
            "name": ranked.loc[code, "name"],
            "rank": int(ranked.loc[code, "rank"]),
            "m3 per person": round(float(ranked.loc[code, "internal_m3_per_person"])),
            "withdrawals km3": data.loc[(code, year), "withdrawal_km3"],
            "withdrawals % of internal": _percent(withdrawal_share(code, year)),
        })  # fmt: skip
    return pd.DataFrame(rows).set_index("code") if rows else pd.DataFrame()


def _percent(share: float | None) -> float | None:
    return None if share is None else round(100 * share, 1)
