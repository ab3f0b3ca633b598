"""BRICS membership, economic weight, trade and arms: the computations of notebooks 04 and 04b.

Every function reads a resource of ``data/`` through :func:`rulac.load` and returns a small
pandas table; the notebooks, their exercises and their verdict tests share them.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from rulac.loading import load

#: The founding five and the G7, as the notebook's default groups.
BRICS_5 = ["BRA", "RUS", "IND", "CHN", "ZAF"]
G7 = ["USA", "CAN", "GBR", "FRA", "DEU", "ITA", "JPN"]

#: Display groups of the membership statuses: label, marker, colour index (style.CYCLE).
STATUS_GROUPS = {
    "founding member": "member",
    "member": "member",
    "invited": "invited",
    "undecided": "invited",
    "partner": "partner",
    "invited as partner": "applicant or candidate",
    "applied": "applicant or candidate",
    "expressed interest": "applicant or candidate",
    "asked for partner status": "applicant or candidate",
    "declined": "declined, blocked or not applying",
    "blocked": "declined, blocked or not applying",
    "not applying": "declined, blocked or not applying",
    "New Development Bank applicant": "New Development Bank only",
    "New Development Bank member": "New Development Bank only",
}

MEASURES = {
    "gdp_usd": "GDP, current US$",
    "gdp_ppp": "GDP at PPP",
    "population": "population",
}


def members_on(date: str, *, with_contested: bool = True) -> list[str]:
    """ISO3 codes of the full members on ``date`` (a member row dated on or before it).

    Saudi Arabia's membership is contested (its own government has not confirmed it);
    ``with_contested=False`` leaves out every state whose member row is contested.

    >>> members_on("2010-01-01")
    ['BRA', 'CHN', 'IND', 'RUS']
    """
    facts = load("brics_facts")
    rows = facts[facts["status"].isin(["founding member", "member"])]
    rows = rows[rows["date"] <= pd.Timestamp(date)]
    if not with_contested:
        disputed = facts.loc[facts["contested"] & (facts["status"] == "undecided"), "iso3"]
        rows = rows[~rows["iso3"].isin(set(disputed))]
    return sorted(set(rows["iso3"]))


def status_on(date: str) -> pd.DataFrame:
    """Each state's latest status on ``date``: iso3, status, since (date), contested.

    Where one date carries two statuses (a contested point), both are listed, joined by " / ".
    A state with no event by then has no row.
    """
    facts = load("brics_facts")
    facts = facts[facts["date"] <= pd.Timestamp(date)]
    latest = facts[facts["date"] == facts.groupby("iso3")["date"].transform("max")]
    table = latest.groupby("iso3").agg(
        status=("status", lambda s: " / ".join(sorted(set(s)))),
        since=("date", "max"),
        contested=("contested", "any"),
    )
    return table.reset_index()


def world_shares(groups: dict[str, Sequence[str]], years: tuple[int, int]) -> pd.DataFrame:
    """Each group's share of the world's GDP (US$, PPP) and population, by year.

    Long table: year, group, measure (a key of :data:`MEASURES`), share (0-1), and
    ``members_with_data``/``members`` (a missing value counts as nothing, so a share with
    fewer members than the group is a floor). The world is the World Bank's aggregate WLD.
    """
    economy = load("wdi_economy")
    economy = economy[economy["year"].between(*years)]
    world = economy[economy["code"] == "WLD"].set_index("year")
    rows = []
    for group, codes in groups.items():
        block = economy[economy["code"].isin(list(codes))]
        for measure in MEASURES:
            total = block.groupby("year")[measure].sum(min_count=1)
            counted = block.groupby("year")[measure].count()
            frame = pd.DataFrame(
                {"share": total / world[measure], "members_with_data": counted}
            ).dropna(subset=["share"])
            rows.append(frame.assign(group=group, measure=measure, members=len(codes)))
    table = pd.concat(rows).rename_axis("year").reset_index()
    return table[["year", "group", "measure", "share", "members_with_data", "members"]]


def share_of_group(state: str, codes: Sequence[str], measure: str, year: int) -> float:
    """``state``'s share of the group's total ``measure`` in ``year`` (0-1).

    >>> 0 < share_of_group("CHN", BRICS_5, "gdp_usd", 2020) < 1
    True
    """
    economy = load("wdi_economy")
    block = economy[(economy["year"] == year) & economy["code"].isin(list(codes))]
    values = block.set_index("code")[measure]
    return float(values.get(state, float("nan")) / values.sum())


def _trade(reporters, flow: str, partners) -> pd.DataFrame:
    table = load("dots_trade")
    keep = (
        table["reporter"].isin(list(reporters))
        & (table["flow"] == flow)
        & table["partner"].isin(list(partners))
    )
    return table[keep]


def russia_exports(partners: Sequence[str]) -> pd.DataFrame:
    """Russia's exports (FOB, as Russia reports them) to each partner: years by partners, US$ m."""
    rows = _trade(["RUS"], "exports_fob", partners)
    wide = rows.pivot(index="year", columns="partner", values="value_usd_million")
    return wide.reindex(columns=[p for p in partners if p in wide.columns])


def mirror(partners: Sequence[str], year: int) -> pd.DataFrame:
    """One flow, both records: Russia's exports (FOB) and each partner's imports from Russia (CIF).

    Columns ``russia_reports`` and ``partner_reports`` (US$ million; missing where a side has no
    record) and ``gap`` (partner minus Russia), one row per partner with either record.
    """
    russia = _trade(["RUS"], "exports_fob", partners)
    theirs = _trade(partners, "imports_cif", ["RUS"])
    table = pd.DataFrame(
        {
            "russia_reports": russia[russia["year"] == year].set_index("partner")[
                "value_usd_million"
            ],
            "partner_reports": theirs[theirs["year"] == year].set_index("reporter")[
                "value_usd_million"
            ],
        }
    )
    table["gap"] = table["partner_reports"] - table["russia_reports"]
    return table.rename_axis("partner")


def import_origins(states: Sequence[str], origins: Sequence[str] = ("USA", "CHN", "RUS")):
    """The share of the states' combined imports (CIF, as they report them) from each origin.

    Years by origins, 0-1. A year counts only the states that report both their imports from
    the world and from the origin, so the shares compare like with like.
    """
    rows = _trade(states, "imports_cif", ["WLD", *origins])
    wide = rows.pivot_table(
        index=["year", "reporter"], columns="partner", values="value_usd_million"
    )
    shares = {}
    for origin in origins:
        if origin not in wide.columns:
            continue
        both = wide[["WLD", origin]].dropna()
        sums = both.groupby(level="year").sum()
        shares[origin] = sums[origin] / sums["WLD"]
    return pd.DataFrame(shares)


def product_mix(destination: str = "LAC33") -> pd.DataFrame:
    """Shares of Russia's exports by HS section (years by sections, 0-1), from ``ots_products``."""
    table = load("ots_products")
    table = table[table["destination"] == destination]
    return table.pivot(index="year", columns="hs_section", values="share").fillna(0.0)


def arms_by_period(states: Sequence[str]) -> pd.DataFrame:
    """Soviet and Russian deliveries to the states and their imports from all suppliers, by period.

    Columns soviet_union_tiv, russia_tiv, all_suppliers_tiv (million TIV, summed over the
    states) and ``moscow_share`` (Soviet plus Russian over all suppliers; missing where the
    states imported nothing recorded). Periods with no record for the states have no row.
    """
    arms = load("arms_transfers")
    arms = arms[arms["recipient"].isin(list(states))]
    sums = arms.groupby("period")[["soviet_union_tiv", "russia_tiv", "all_suppliers_tiv"]].sum()
    moscow = sums["soviet_union_tiv"] + sums["russia_tiv"]
    sums["moscow_share"] = moscow / sums["all_suppliers_tiv"].where(sums["all_suppliers_tiv"] > 0)
    return sums
