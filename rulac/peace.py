"""Wars, borders, claims and arms: the measures of notebooks 01, 01b and 01c (COW, ICOW, ICJ, WDI).

States in the Correlates of War (COW) tables are COW codes; ``cow_codes`` gives each its region
(by code range) and, where there is one, its ISO3 code. A *state-year* is a calendar year in
which a state was a member of the COW state system on at least one day; it is the denominator
of war rates, so that regions with many or few states, or states that joined late, compare
fairly. All functions read nothing but :func:`rulac.load`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from rulac import params
from rulac.loading import enum, load

LAC = "Latin America and the Caribbean"
#: Names a seminar leader may type for a region, beside the regions themselves.
REGION_ALIASES = {"LAC": LAC, "Latin America": LAC, "Americas without the US and Canada": LAC}
#: The two wars the chapter names ("The most peaceful region"), as COW numbers them.
CHAPTER_WARS = {64: "War of the Pacific", 124: "Chaco"}
#: The course's region of COW states -> the region the ICJ table uses (None: no equivalent).
ICJ_REGION = {
    "North America": ["Northern America"],
    LAC: [LAC],
    "Europe": ["Europe"],
    "Africa": ["Africa"],
    "Middle East": None,
    "Asia and Oceania": ["Asia", "Oceania"],
}
WESTERN_HEMISPHERE = 1  # COW where_fought code


def regions() -> list[str]:
    """The course's regions of COW states, in the order of the ``cow_codes`` schema."""
    return enum("cow_codes", "region")


def region(value, *, name: str = "REGION") -> str:
    """One region from what a seminar leader types ("LAC", "europe", "Asia and Oceania").

    >>> region("lac")
    'Latin America and the Caribbean'
    """
    groups = {alias: [target] for alias, target in REGION_ALIASES.items()}
    chosen = params.choices(value, name=name, valid=regions(), groups=groups)
    if len(chosen) != 1:
        raise params.ParameterError(f"{name}: give one region, e.g. {name} = {LAC!r}.")
    return chosen[0]


def periods(first: int, last: int, split: int) -> list[tuple[str, int, int]]:
    """(label, first, last) of the years before ``split`` and from it; one period if outside.

    >>> periods(1816, 2007, 1946)
    [('1816-1945', 1816, 1945), ('1946-2007', 1946, 2007)]
    """
    if first < split <= last:
        return [(f"{first}-{split - 1}", first, split - 1), (f"{split}-{last}", split, last)]
    return [(f"{first}-{last}", first, last)]


def state_years(first: int, last: int) -> pd.DataFrame:
    """One row per COW state and year of membership from ``first`` to ``last``, with region."""
    spells = load("cow_states")
    years = [
        (row.ccode, year)
        for row in spells.itertuples()
        for year in range(max(row.start.year, first), min(row.end.year, last) + 1)
    ]
    table = pd.DataFrame(years, columns=["ccode", "year"]).drop_duplicates()
    table["region"] = table["ccode"].map(load("cow_codes").set_index("ccode")["region"])
    return table.reset_index(drop=True)


def participations(first: int, last: int) -> pd.DataFrame:
    """One row per state and war that began from ``first`` to ``last``, with the state's region.

    A state that changed sides (two rows in ``cow_wars``) counts once, with its deaths summed.
    """
    wars = load("cow_wars")
    wars = wars[wars["start_year"].between(first, last)]
    wars = wars.assign(year=wars.groupby("war_num")["start_year"].transform("min"))
    table = wars.groupby(["war_num", "ccode"], as_index=False).agg(
        war_name=("war_name", "first"),
        year=("year", "first"),
        battle_deaths=("battle_deaths", lambda s: s.sum(min_count=1)),
    )
    table["region"] = table["ccode"].map(load("cow_codes").set_index("ccode")["region"])
    return table


def war_rates(first: int, last: int, split: int) -> pd.DataFrame:
    """Per region and period: state-years, war participations, battle deaths, and the rates.

    Columns: region, period, state_years, participations, wars (with a participant from the
    region), battle_deaths (suffered by the region's states), per_100_state_years,
    deaths_per_state_year. A war counts in the period of the year it began.
    """
    years, joined = state_years(first, last), participations(first, last)
    rows = []
    for label, low, high in periods(first, last, split):
        denominators = years[years["year"].between(low, high)].groupby("region").size()
        wars = joined[joined["year"].between(low, high)].groupby("region")
        block = pd.DataFrame(
            {
                "state_years": denominators,
                "participations": wars.size(),
                "wars": wars["war_num"].nunique(),
                "battle_deaths": wars["battle_deaths"].sum(),
            }
        ).reindex(regions())
        rows.append(block.fillna(0).astype(int).assign(period=label))
    table = pd.concat(rows).rename_axis("region").reset_index()
    table["per_100_state_years"] = 100 * table["participations"] / table["state_years"]
    table["deaths_per_state_year"] = table["battle_deaths"] / table["state_years"]
    return table[["region", "period", "state_years", "participations", "wars",
                  "battle_deaths", "per_100_state_years", "deaths_per_state_year"]]  # fmt: skip


def rank(values: pd.Series, key) -> int:
    """Rank (1 = lowest) of the entry ``key`` among ``values``, ties sharing the lower rank."""
    return int(values.rank(method="min")[key])


def tied(values: pd.Series, key) -> int:
    """How many other entries of ``values`` equal the entry ``key``."""
    return int((values == values[key]).sum()) - 1


def wars_of(focus: str, first: int, last: int) -> pd.DataFrame:
    """One row per war that began from ``first`` to ``last`` with a participant from ``focus``.

    Columns: war_num, war, start, end, where (where fought), battle_deaths (all participants),
    region_deaths (those of ``focus``'s states), participants (names), only_region (every
    participant from ``focus``), named_by_chapter; sorted by battle deaths, largest first.
    """
    wars = load("cow_wars")
    wars = wars[wars["start_year"].between(first, last)]
    wars = wars.assign(region=wars["ccode"].map(load("cow_codes").set_index("ccode")["region"]))
    chosen = wars[wars["war_num"].isin(wars.loc[wars["region"] == focus, "war_num"])]
    in_region = chosen["region"] == focus
    table = (
        chosen.assign(region_deaths=chosen["battle_deaths"].where(in_region, 0))
        .groupby("war_num")
        .agg(
            war=("war_name", "first"),
            start=("start_year", "min"),
            end=("end_year", "max"),
            where=("where_fought_label", "first"),
            battle_deaths=("battle_deaths", "sum"),
            region_deaths=("region_deaths", "sum"),
            participants=("state_name", lambda s: ", ".join(sorted(set(s)))),
            only_region=("region", lambda s: bool((s == focus).all())),
        )
    )
    table["named_by_chapter"] = table.index.isin(list(CHAPTER_WARS))
    return table.sort_values(["battle_deaths", "start"], ascending=[False, True]).reset_index()


def claims_between_sides(war_nums: Sequence[int]) -> pd.DataFrame:
    """For each war, the ICOW territorial claims between opposing belligerents open when it began.

    Columns: war_num, claims (names, ';'-separated, empty if none), claim_open (bool),
    fought_over (some such claim has at least one war over it in ICOW). Only pairs with a Latin
    American or Caribbean state are looked at, and ICOW covers the Western Hemisphere and
    Western Europe only: a war elsewhere has no claim by construction.
    """
    wars = load("cow_wars")
    wars = wars[wars["war_num"].isin(list(war_nums))]
    starts = wars.groupby("war_num")["start_year"].min()
    sides = wars.loc[wars["side"].isin([1, 2]), ["war_num", "ccode", "side"]].drop_duplicates()
    codes = load("cow_codes")
    lac = set(codes.loc[codes["region"] == LAC, "ccode"])
    claims = load("icow_claims")[["name", "challenger", "target", "begin_year", "end_year", "wars"]]
    claims = claims[claims["challenger"].isin(lac) | claims["target"].isin(lac)]
    # Every (claim, war) in which the challenger and the target fought on opposite sides, in one
    # join (a loop over the wars, filtering the claims once per war, took a tenth of a second).
    pairs = (
        claims.reset_index(names="order")
        .merge(sides.rename(columns={"ccode": "challenger"}), on="challenger")
        .merge(sides.rename(columns={"ccode": "target"}), on=["war_num", "target"])
    )
    start = pairs["war_num"].map(starts)
    found = pairs[
        (pairs["side_x"] != pairs["side_y"])
        & (pairs["begin_year"] <= start)
        & (pairs["end_year"].fillna(9999) >= start)
    ]
    found = found.drop_duplicates(["war_num", "order"]).sort_values(["war_num", "order"])
    names = found.groupby("war_num")["name"].agg("; ".join)
    fought = (found["wars"] > 0).groupby(found["war_num"]).any()
    rows = [
        {
            "war_num": war_num,
            "claims": names.get(war_num, ""),
            "claim_open": war_num in names.index,
            "fought_over": bool(fought.get(war_num, False)),
        }
        for war_num in war_nums
    ]
    return pd.DataFrame(rows, columns=["war_num", "claims", "claim_open", "fought_over"])


def transfers_between(gainers: set[int], losers: set[int], first: int, last: int) -> pd.DataFrame:
    """Territorial changes from ``losers`` to ``gainers`` (COW codes) in the years given."""
    changes = load("territorial_change")
    keep = (
        changes["gainer"].isin(gainers)
        & changes["loser"].isin(losers)
        & changes["year"].between(first, last)
    )
    return changes[keep].reset_index(drop=True)


def names_by_code() -> dict[int, str]:
    """COW's name of each state code."""
    return load("cow_codes").set_index("ccode")["name"].to_dict()


def claim_rates() -> pd.DataFrame:
    """ICOW territorial claims by region: counts, claim-years and events per 100 claim-years.

    Rows: the two ICOW regions. Columns: claims, claim_years, then for bilateral, non-binding,
    binding (third-party) attempts, militarized disputes and wars: the count and the rate per
    100 claim-years (``*_per_100``), and binding_share (of all peaceful attempts).
    """
    claims = load("icow_claims")
    counts = {
        "bilateral": "attempts_bilateral",
        "non-binding third party": "attempts_nonbinding",
        "binding third party": "attempts_binding",
        "militarized disputes": "mids",
        "wars": "wars",
    }
    grouped = claims.groupby("region")
    table = pd.DataFrame({"claims": grouped.size(), "claim_years": grouped["duration"].sum()})
    for label, column in counts.items():
        table[label] = grouped[column].sum()
        table[f"{label} per 100"] = 100 * table[label] / table["claim_years"]
    table["binding_share"] = table["binding third party"] / grouped["attempts_peaceful"].sum()
    return table


def claim_endings() -> pd.DataFrame:
    """How ICOW territorial claims ended, by region: counts, with 'ongoing' for open claims."""
    claims = load("icow_claims")
    ended = claims["how_ended"].fillna("ongoing (end of 2001)")
    return pd.crosstab(ended, claims["region"]).rename_axis(
        index="how the claim ended", columns=None
    )


def icj_by_region() -> pd.DataFrame:
    """Contentious ICJ cases by region of the parties, and per state of the region today.

    A case counts once for each region of its parties. Columns: cases, within_region (all
    parties from the region), states (UN members today in the region, from ``countries``:
    M49 regions, with the Americas split as the ICJ table splits them), cases_per_state.
    """
    cases = load("icj_cases")
    contentious = cases[cases["case_type"] == "contentious"]
    rows = contentious.assign(region=contentious["party_regions"].str.split(";")).explode("region")
    table = (
        pd.DataFrame(
            {
                "cases": rows.groupby("region").size(),
                "within_region": rows[rows["all_same_region"].astype(bool)]
                .groupby("region")
                .size(),
            }
        )
        .fillna(0)
        .astype(int)
    )
    members = load("countries").query("un_member")
    split = np.where(
        members["lac"], LAC, np.where(members["region"] == "Americas", "Northern America",
                                      members["region"])
    )  # fmt: skip
    table["states"] = pd.Series(split).value_counts().reindex(table.index)
    table["cases_per_state"] = table["cases"] / table["states"]
    return table.sort_values("cases", ascending=False)


def spending(codes: Sequence[str], first: int, last: int) -> pd.DataFrame:
    """Military expenditure as a share of GDP (%) by year (rows) and code (columns)."""
    table = load("military_spending")
    table = table[table["code"].isin(codes) & table["year"].between(first, last)]
    wide = table.pivot(index="year", columns="code", values="share_of_gdp")
    return wide.reindex(columns=[c for c in codes if c in wide.columns])


def spending_codes() -> list[str]:
    """ISO3 codes of the states in ``military_spending`` (for REFERENCE_STATES)."""
    return sorted(load("military_spending")["iso3"].dropna().unique())


def codes_of(focus: str) -> set[int]:
    """COW codes of the states of a region."""
    codes = load("cow_codes")
    return set(codes.loc[codes["region"] == focus, "ccode"])


def ordinal(number: int) -> str:
    """1 -> '1st', 2 -> '2nd', 11 -> '11th'.

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 22)]
    ['1st', '2nd', '3rd', '4th', '11th', '22nd']
    """
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def shapes(name: str):
    """A map table of ``data/`` (``borders_today``, ``border_transfers``) as a GeoDataFrame."""
    import geopandas as gpd

    table = load(name)
    geometry = gpd.GeoSeries.from_wkt(table.pop("geometry"), crs="EPSG:4326")
    return gpd.GeoDataFrame(table, geometry=geometry)


def mapped_transfers(window: int = 5):
    """``border_transfers`` with labels, the matching COW territorial change and war, if any.

    Pieces with the same date, loser and gainer are joined into one transfer. A transfer
    matches the ``territorial_change`` rows with the same gainer and loser in the year nearest
    to the CShapes date, if within ``window`` years (tc_year, tc_area_km2, procedure,
    tc_conflict); and a COW war with the two on opposite sides that ended at most ``window``
    years before that date (war). ``conflict`` is true if either records fighting, false if a
    territorial change matched and records none, and missing if nothing matched.
    """
    pieces = shapes("border_transfers")
    first = {"loser_iso3": "first", "gainer_iso3": "first", "area_km2": "sum"}
    moved = pieces.dissolve(by=["date", "loser", "gainer"], aggfunc=first).reset_index()
    # The two tables as lists of plain rows, grouped once: filtering whole tables for each of
    # the transfers cost a fifth of a second.
    changes = load("territorial_change")
    by_pair: dict[tuple, list[tuple]] = {}
    for row in zip(changes["gainer"], changes["loser"], changes["year"], changes["area_km2"],
                   changes["procedure"], changes["conflict"], strict=True):  # fmt: skip
        by_pair.setdefault(row[:2], []).append(row[2:])
    wars = load("cow_wars")
    by_state: dict[int, list[tuple]] = {}
    columns = ["ccode", "war_num", "side", "end_year", "war_name"]
    for position, row in enumerate(zip(*(wars[c] for c in columns), strict=True)):
        by_state.setdefault(row[0], []).append((position, *row))
    matched = []
    for row in moved.itertuples():
        year = row.date.year
        same = by_pair.get((row.gainer, row.loser), [])
        gaps = [abs(change[0] - year) for change in same]
        closest = min(gaps, default=window + 1)
        near = [c for c, gap in zip(same, gaps, strict=True) if gap == closest <= window]
        # Wars with the two on opposite sides (two states, two sides), in the table's order.
        pair = sorted(by_state.get(row.gainer, []) + by_state.get(row.loser, []))
        sides: dict[int, tuple[set, set]] = {}
        for _, code, number, side, _, _ in pair:
            sides.setdefault(number, (set(), set()))[0].add(code)
            sides[number][1].add(side)
        recent = [
            name
            for _, _, number, _, end, name in pair
            if all(len(kind) == 2 for kind in sides[number]) and year - window <= end <= year
        ]
        tc_conflict = any(bool(c[3]) for c in near if not pd.isna(c[3])) if near else pd.NA
        known = len(near) > 0 or len(recent) > 0
        matched.append(
            {
                "tc_year": near[0][0] if near else pd.NA,
                "tc_area_km2": sum(c[1] for c in near) if near else pd.NA,
                "procedure": near[0][2] if near else pd.NA,
                "tc_conflict": tc_conflict,
                "war": recent[0] if recent else pd.NA,
                "conflict": (tc_conflict is True or len(recent) > 0) if known else pd.NA,
            }
        )
    moved = moved.join(pd.DataFrame(matched, index=moved.index))
    pairs = zip(moved["date"], moved["loser_iso3"], moved["gainer_iso3"], strict=True)
    moved["label"] = [f"{date.year} {loser}→{gainer}" for date, loser, gainer in pairs]
    return moved


def territory_before(ccode: int, iso3: str, year: int, reference_year: int) -> dict:
    """A state's territory just before ``year``, rebuilt from today's and the changes since.

    territory = surface area in ``reference_year`` (World Bank) + land it lost from ``year`` on
    - land it gained from ``year`` on (COW territorial change, changes after ``reference_year``
    excluded). Returns the parts and the changes used.
    """
    changes = load("territorial_change")
    since = changes[changes["year"].between(year, reference_year)]
    lost = since[since["loser"] == ccode]
    gained = since[since["gainer"] == ccode]
    area = load("surface_area").set_index(["iso3", "year"])["area_km2"][(iso3, reference_year)]
    return {
        "surface_area": float(area),
        "lost_since": float(lost["area_km2"].sum()),
        "gained_since": float(gained["area_km2"].sum()),
        "territory_before": float(area + lost["area_km2"].sum() - gained["area_km2"].sum()),
        "changes": pd.concat([lost, gained]).sort_values("year"),
    }


#: Events of ``chapter_events`` that belong to a pair of states' dispute.
DISPUTE_EVENTS = {
    frozenset({130, 135}): ["brasilia_act_1998"],
    frozenset({145, 155}): ["bolivia_chile_1904"],
}


def dispute_record(a: int, b: int) -> pd.DataFrame:
    """What five tables record about the border dispute between states ``a`` and ``b``.

    One row per fact, by year: territorial changes between them (COW), wars with the two on
    opposite sides (COW), the start and end of their ICOW territorial claims with how each was
    pursued, ICJ cases between them, and the chapter's events (``chapter_events``). Columns:
    year, table, record.
    """
    rows = [*_changes_between(a, b), *_wars_between(a, b), *_claims_between(a, b)]
    codes = load("cow_codes").set_index("ccode")["iso3"]
    cases = load("icj_cases")
    both = cases["party_iso3"].fillna("").map(lambda p: {codes[a], codes[b]} <= set(p.split(";")))
    for case in cases[both].itertuples():
        ended = f" {case.outcome_year}" if pd.notna(case.outcome_year) else ""
        text = f"ICJ case no. {case.number}, {case.case_name}: {case.outcome_status}{ended}"
        rows.append((case.year_instituted, "icj_cases", text))
    events = load("chapter_events").set_index("event_id")
    for event_id in DISPUTE_EVENTS.get(frozenset({a, b}), []):
        event = events.loc[event_id]
        rows.append((event["date"].year, "chapter_events", f"{event['event']} ({event['place']})"))
    table = pd.DataFrame(rows, columns=["year", "table", "record"])
    return table.sort_values(["year", "table"], kind="stable").reset_index(drop=True)


def _changes_between(a: int, b: int) -> list[tuple]:
    names = names_by_code()
    rows = []
    for change in transfers_between({a, b}, {a, b}, 1816, 2015).itertuples():
        how = change.procedure if isinstance(change.procedure, str) else "procedure not coded"
        fought = "with" if change.conflict else "without"
        text = (
            f"{names[change.gainer]} gains {change.area_km2:,.0f} km² from "
            f"{names[change.loser]} ({how}, {fought} military conflict)"
        )
        rows.append((change.year, "territorial_change", text))
    return rows


def _wars_between(a: int, b: int) -> list[tuple]:
    wars = load("cow_wars")
    # Each state's first side in each war it fought, for the two states only: grouping every war
    # of the table cost a fifth of a second per pair.
    sides = wars[wars["ccode"].isin([a, b])].groupby(["war_num", "ccode"])["side"].first()
    sides = sides.unstack().reindex(columns=[a, b])
    opposed = sides.index[sides[a].notna() & sides[b].notna() & (sides[a] != sides[b])]
    rows = []
    for _, war in wars[wars["war_num"].isin(opposed)].groupby("war_num"):
        start, end = war["start_year"].min(), war["end_year"].max()
        deaths = war["battle_deaths"].sum()
        text = f"{war['war_name'].iloc[0]} ({start}-{end}): {deaths:,} battle deaths"
        rows.append((int(start), "cow_wars", text))
    return rows


def _claims_between(a: int, b: int) -> list[tuple]:
    names = names_by_code()
    claims = load("icow_claims")
    rows = []
    for claim in claims[
        claims["challenger"].isin([a, b]) & claims["target"].isin([a, b])
    ].itertuples():
        began = f"claim to {claim.name} by {names[claim.challenger]} begins"
        rows.append((claim.begin_year, "icow_claims", began))
        pursued = (
            f"{claim.attempts_peaceful} peaceful settlement attempts "
            f"({claim.attempts_binding} binding), {claim.mids} militarized disputes"
        )
        if claim.ongoing:
            text = f"claim to {claim.name} still open at the end of 2001 (ICOW's last year)"
            rows.append((2001, "icow_claims", f"{text}; {pursued}"))
        else:
            how = "violently" if claim.ended_violently else "without violence"
            text = f"claim to {claim.name} ends: {claim.how_ended}, {how}; {pursued}"
            rows.append((claim.end_year, "icow_claims", text))
    return rows


def great_power_codes() -> set[int]:
    """COW codes of the five permanent members of the UN Security Council (the course's "great
    powers"), from the ``military_spending`` groups and the ISO3 codes of ``cow_codes``."""
    spending_table = load("military_spending")
    members = set(spending_table.loc[spending_table["group"] == "permanent Security Council member",
                                     "iso3"])  # fmt: skip
    codes = load("cow_codes")
    return set(codes.loc[codes["iso3"].isin(members), "ccode"])


# ---------------------------------------------------------- sentences for notebooks 01, 01b, 01c


def least_often(rank_number: int, tied: int = 0) -> str:
    """'least often' for rank 1, '2nd least often' for rank 2, with '(tied with 2 others)'."""
    words = "least often" if rank_number == 1 else f"{ordinal(rank_number)} least often"
    return words + (f" (tied with {tied} other{'s' if tied > 1 else ''})" if tied else "")


def rates_sentence(block: pd.DataFrame, focus: str, period: str) -> str:
    """What part 1 of notebook 01 shows for one period: ``block`` is that period's rows of
    :func:`war_rates` indexed by region."""
    row = block.loc[focus]
    fewest = {column: block[column].idxmin() for column in
              ("per_100_state_years", "deaths_per_state_year", "wars")}  # fmt: skip
    return (
        f"**{period}:** {focus}'s states fought {row['participations']} times in {row['wars']} "
        f"wars over {row['state_years']:,} state-years ({row['per_100_state_years']:.2f} per "
        f"100) and suffered {row['battle_deaths']:,} battle deaths. Fewest participations per "
        f"state-year: {fewest['per_100_state_years']}; fewest deaths per state-year: "
        f"{fewest['deaths_per_state_year']}; fewest wars: {fewest['wars']}."
    )


def wars_sentence(here: pd.DataFrame) -> str:
    """What part 2 shows: ``here`` is :func:`wars_of` joined with :func:`claims_between_sides`,
    wars fought in the Western Hemisphere only, by battle deaths (largest first)."""
    if here.empty:
        return "No war of the selection was fought in the Western Hemisphere."
    ranked = here.reset_index(drop=True)
    named = [f"{w.war} is {ordinal(i + 1)}" for i, w in ranked.iterrows() if w.named_by_chapter]
    opened = int(here["claim_open"].sum())
    return (
        f"Of the {len(here)} wars fought in the Western Hemisphere, {opened} "
        f"began while a territorial claim between the two sides was open, and in "
        f"{int(here['fought_over'].sum())} ICOW counts a war over that claim. Ranked by battle "
        f"deaths among them, {'; '.join(named) or 'the chapter names none of them'}; the "
        f"deadliest is {ranked['war'].iloc[0]} ({ranked['start'].iloc[0]})."
    )


def transfers_sentence(moves: pd.DataFrame) -> str:
    """What the territorial changes between the region's states add up to (notebook 01b)."""
    if moves.empty or moves["area_km2"].sum() <= 0:
        return "No transfer of territory between the region's states is recorded."
    names = names_by_code()
    fought = moves[moves["conflict"]]
    odd = moves[(moves["procedure"] == "conquest") & ~moves["conflict"]]
    oddities = [
        f"COW codes the transfer of {r.year} from {names[r.loser]} to {names[r.gainer]} "
        f"({r.area_km2:,.0f} km²) as a conquest without military conflict."
        for r in odd.itertuples()
    ]
    total = moves["area_km2"].sum()
    share = fought["area_km2"].sum() / total
    summary = (
        f"{len(moves)} transfers between the region's states, {moves['year'].min()}-"
        f"{moves['year'].max()}: {len(fought)} with military conflict, covering {share:.0%} of "
        "the area transferred."
    )
    # Secessions are few but large, and weigh on the share: say how much.
    seceded = moves[moves["procedure"] == "secession"].sort_values("year")
    rest = moves[moves["procedure"] != "secession"]
    if len(seceded) and rest["area_km2"].sum() > 0:
        largest = seceded if len(seceded) <= 4 else seceded.nlargest(3, "area_km2")
        listed = ("" if largest is seceded else "the largest: ") + "; ".join(
            f"{names[r.gainer]} from {names[r.loser]}, {r.year}"
            for r in largest.sort_values("year").itertuples()
        )
        rest_share = rest.loc[rest["conflict"], "area_km2"].sum() / rest["area_km2"].sum()
        oddities.insert(
            0,
            f"COW codes {len(seceded)} of them as secessions ({listed}): "
            f"{seceded['area_km2'].sum() / total:.0%} of the area. Without them, "
            f"{rest_share:.0%} of the area changed hands with military conflict.",
        )
    return " ".join([summary, *oddities])


def france_sentence(gross: float, net: float, france: pd.Series) -> str:
    """Brazil's gains beside France's surface area in the two World Bank figures (notebook 01b)."""
    return (
        f"Brazil gained {gross:,.0f} km² (net of what it ceded, {net:,.0f} km²), none of it "
        f"with military conflict as COW codes it: {gross / france[2019]:.0%} of France's surface "
        f"area as the World Bank gives it for 2019 ({france[2019]:,.0f} km²) and "
        f"{gross / france[2020]:.0%} of its figure from 2020 ({france[2020]:,.0f} km²; the "
        "series changes that year)."
    )


def named(table: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """``table`` with the COW codes in ``columns`` replaced by COW's state names."""
    names = names_by_code()
    return table.assign(**{column: table[column].map(names) for column in columns})


def claims_open(ccode: int, first: int, last: int) -> pd.DataFrame:
    """ICOW territorial claims with ``ccode`` on either side, open at some time in the years."""
    claims = load("icow_claims")
    involved = (claims["challenger"] == ccode) | (claims["target"] == ccode)
    open_then = (claims["begin_year"] <= last) & (claims["end_year"].fillna(2001) >= first)
    return claims[involved & open_then]


def violent_endings() -> pd.DataFrame:
    """Per ICOW region: claims that ended by 2001, of them through organised violence, share."""
    claims = load("icow_claims")
    ended = claims[~claims["ongoing"]].groupby("region")
    table = pd.DataFrame({"ended": ended.size(),
                          "violent": ended["ended_violently"].sum().astype(int)})  # fmt: skip
    table["share"] = table["violent"] / table["ended"]
    return table


def icj_sentence(icj: pd.DataFrame, focus: str) -> str:
    """The ICJ counts of the region(s) matching ``focus`` (:data:`ICJ_REGION`), in words."""
    matching = ICJ_REGION[focus]
    if not matching:
        return f"{focus}: no region of the ICJ table matches it (the table follows M49)."
    return " ".join(
        f"{r.Index}: {r.cases} contentious cases, {r.cases_per_state:.2f} per state, "
        f"{r.within_region} ({r.within_region / r.cases:.0%}) among its own states."
        for r in icj.loc[matching].itertuples()
    )


def billions(value: float) -> str:
    """An amount in billions with as many decimals as it needs: '80 billion', '2.5 billion'.

    >>> billions(80.05), billions(2.46), billions(0.043)
    ('80 billion', '2.5 billion', '0.04 billion')
    """
    decimals = 0 if value >= 10 else 1 if value >= 1 else 2
    return f"{value:,.{decimals}f} billion"
