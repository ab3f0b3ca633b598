"""Minerals: the chapter's table of US dependence beside the USGS record (notebook 03).

USGS publishes net import reliance as text ("100", ">75", "E"); the tables keep it so, with a
number only where the text is a plain number (``nir_pct``) or a bound (``nir_bound_pct``).
These helpers never turn a bound into a value: where a figure needs a position, :func:`position`
gives the bound with the direction it points. All functions read nothing but
:func:`rulac.load`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import pandas as pd

from rulac import countries, params
from rulac.loading import enum, load


@functools.cache
def _loaded(name: str) -> pd.DataFrame:
    return load(name)


def _read(name: str) -> pd.DataFrame:
    """A copy of the resource ``name``, read once per session (the helpers call it often)."""
    return _loaded(name).copy()


#: The chapter's eight minerals in its table's order, then silver (the region's other mineral).
MINERALS = enum("usgs_world_production", "mineral")
CHAPTER = MINERALS[:8]
#: Groups a seminar leader may name in MINERALS.
GROUPS = {
    "chapter": CHAPTER,
    "region": ["lithium", "copper", "niobium", "silver"],
}
#: The commodity that stands for each mineral in the world production tables, and its measure.
PRODUCTION = {
    "bauxite": ("bauxite", "mine production"),
    "graphite": ("graphite (natural)", "mine production"),
    "mica": ("mica (natural), scrap and flake", "mine production"),
    "niobium": ("niobium (columbium)", "mine production"),
    "tantalum": ("tantalum", "mine production"),
    "lithium": ("lithium", "mine production"),
    "copper": ("copper", "mine production"),
    "silver": ("silver", "mine production"),
}
#: Short labels for commodities in figures and tables.
LABELS = {
    "bauxite": "bauxite",
    "alumina": "alumina",
    "graphite (natural)": "graphite",
    "cesium": "cesium",
    "mica (natural), sheet": "mica, sheet",
    "mica (natural), scrap and flake": "mica, scrap and flake",
    "niobium (columbium)": "niobium",
    "tantalum": "tantalum",
    "lithium": "lithium",
    "copper, refined": "copper, refined",
    "silver": "silver",
}


def choose(value, *, name: str = "MINERALS") -> list[str]:
    """The minerals named by ``value`` ("chapter", "region", "all", a mineral or a list), in
    the course's order.

    >>> choose("region")
    ['niobium', 'lithium', 'copper', 'silver']
    """
    chosen = params.choices(value, name=name, valid=MINERALS, groups=GROUPS)
    return [m for m in MINERALS if m in chosen]


def nir_years() -> tuple[int, int]:
    """The first and last data year of the Fig2 figures (one per edition)."""
    years = _read("usgs_import_reliance").query("source_table == 'Fig2'")["year"]
    return int(years.min()), int(years.max())


def data_year(value, *, name: str = "YEAR") -> int:
    """One data year of the Fig2 figures (2022-2025): a year, or "latest".

    >>> data_year("latest")
    2025
    """
    if isinstance(value, str) and value.strip().lower() == "latest":
        return nir_years()[1]
    first, last = params.years(value, name=name, within=nir_years())
    if first != last:
        raise params.ParameterError(f"{name}={value!r}: give one year, e.g. {name} = {last}.")
    return first


def and_join(items: Sequence[str]) -> str:
    """Items as a sentence list.

    >>> and_join(["niobium", "silver", "copper"])
    'niobium, silver and copper'
    """
    items = [str(i) for i in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def group_name(codes: Sequence[str]) -> str:
    """Words for a group of states: the region's name for the 33, else their names.

    >>> group_name(["BRA", "CHL"])
    'Brazil and Chile'
    >>> group_name(countries.lac().query("lac_subregion == 'Caribbean'").index)
    'the Caribbean'
    """
    lac = countries.lac()
    if sorted(codes) == sorted(lac.index):
        return "Latin America and the Caribbean"
    for subregion, states in lac.groupby("lac_subregion").groups.items():
        if sorted(codes) == sorted(states):
            return {"Caribbean": "the Caribbean"}.get(subregion, subregion)
    names = list(countries.names(codes).values())
    return f"{len(names)} selected states" if len(names) > 4 else and_join(names)


def one_of(codes: Sequence[str]) -> str:
    """Words for "one state of the group": the state itself if the group has one.

    >>> one_of(["CHL"])
    'Chile'
    >>> one_of(["BRA", "CHL"])
    'Brazil or Chile'
    """
    name = group_name(codes)
    if len(codes) == 1:
        return name
    if name in ("Latin America and the Caribbean", "the Caribbean", "Central America",
                "South America"):  # fmt: skip
        return f"a state of {name}"
    if name.endswith("selected states"):
        return f"one of the {name}"
    return name.replace(" and ", " or ")


def chapter_table() -> pd.DataFrame:
    """The chapter's table, one row per resource: its words, the percentage, the suppliers."""
    table = _read("chapter_minerals")
    suppliers = table.groupby("row")["supplier_in_chapter"].agg(", ".join)
    first = table.drop_duplicates("row").set_index("row")
    return first[["resource_in_chapter", "mineral", "dependence_in_chapter"]].assign(
        suppliers=suppliers
    )


def fig2(minerals: Sequence[str] | None = None) -> pd.DataFrame:
    """The Fig2 net import reliance of the course's commodities, one row per commodity and year."""
    table = _read("usgs_import_reliance")
    table = table[(table["source_table"] == "Fig2") & (table["mineral"].fillna("") != "")]
    if minerals is not None:
        table = table[table["mineral"].isin(minerals)]
    table = table.assign(label=table["commodity"].map(LABELS))
    order = {m: i for i, m in enumerate(MINERALS)}
    return table.sort_values(["mineral", "commodity", "year"], key=_by(order)).reset_index(
        drop=True
    )


def _by(order: dict[str, int]):
    def key(series: pd.Series) -> pd.Series:
        return series.map(order) if series.name == "mineral" else series

    return key


def position(published: str, value, bound) -> tuple[float | None, str]:
    """Where to draw a published NIR and how: (the number, '=') or (the bound, '>' or '<').

    >>> position(">75", None, 75.0)
    (75.0, '>')
    >>> position("E", None, None)
    (None, 'E')
    """
    if pd.notna(value):
        return float(value), "="
    if pd.notna(bound):
        return float(bound), published.strip()[0]
    return None, published.strip()


def drawable(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` (rows of :func:`fig2`) with the columns a figure needs: ``x`` and ``kind`` from
    :func:`position`, and ``published`` (the text as USGS printed it)."""
    columns = zip(table["nir_published"], table["nir_pct"], table["nir_bound_pct"], strict=True)
    points = [position(text, value, bound) for text, value, bound in columns]
    return table.assign(
        x=[x for x, _ in points], kind=[k for _, k in points], published=table["nir_published"]
    )


def chapter_values(table: pd.DataFrame) -> pd.Series:
    """The chapter's percentage for each commodity label of ``table`` (rows of :func:`fig2`)."""
    said = _read("chapter_minerals").drop_duplicates("mineral").set_index("mineral")
    pairs = table.drop_duplicates("label").set_index("label")["mineral"]
    return pairs.map(said["dependence_pct"]).astype(float)


def chapter_vs_usgs(minerals: Sequence[str]) -> pd.DataFrame:
    """One row per USGS commodity of the chapter's minerals: the chapter's value, then the
    value USGS published for each data year (as text, qualifiers kept)."""
    said = chapter_table().set_index("mineral")["dependence_in_chapter"]
    usgs = fig2([m for m in minerals if m in said.index])
    if usgs.empty:
        return pd.DataFrame(columns=["mineral", "label", "chapter"])
    wide = usgs.pivot(index=["mineral", "label"], columns="year", values="nir_published")
    wide.columns = [f"USGS {year}" for year in wide.columns]
    wide.insert(0, "chapter", wide.index.get_level_values("mineral").map(said))
    order = {m: i for i, m in enumerate(MINERALS)}
    return wide.sort_index(key=_by(order)).reset_index()


def listed_sources() -> pd.DataFrame:
    """Every state USGS names as a major source of a course mineral, in any edition's Fig2
    list or in the MCS 2026 shares: mineral, iso3, editions that list it, its best share."""
    lists = _read("usgs_import_sources").dropna(subset=["mineral", "iso3"])
    editions = lists.groupby(["mineral", "iso3"])["edition"].agg(
        lambda e: ", ".join(str(x) for x in sorted(set(e)))
    )
    shares = _read("usgs_import_shares").dropna(subset=["iso3"])
    best = shares.groupby(["mineral", "iso3"])["share_pct"].max()
    found = pd.concat([editions.rename("Fig2 editions"), best.rename("largest share %")], axis=1)
    return found.reset_index()


def supplier_check(minerals: Sequence[str] | None = None) -> pd.DataFrame:
    """Each supplier the chapter names, and whether USGS names it for that mineral anywhere in
    the course's editions (a Fig2 list 2023-2026 or the MCS 2026 shares of any product form)."""
    named = _read("chapter_minerals")
    if minerals is not None:
        named = named[named["mineral"].isin(minerals)]
    found = listed_sources()
    table = named.merge(found, on=["mineral", "iso3"], how="left")
    table["in USGS"] = table["Fig2 editions"].notna() | table["largest share %"].notna()
    table["LAC"] = table["iso3"].isin(countries.lac_codes())
    return table[["mineral", "supplier_in_chapter", "iso3", "LAC", "in USGS", "Fig2 editions",
                  "largest share %"]]  # fmt: skip


def headline_shares(minerals: Sequence[str] | None = None) -> pd.DataFrame:
    """Shares of US imports 2021-24 of each course commodity as Fig2 defines it (headline form)."""
    shares = _read("usgs_import_shares")
    shares = shares[shares["fig2_commodity"].fillna("") != ""]
    if minerals is not None:
        shares = shares[shares["mineral"].isin(minerals)]
    return shares.assign(label=shares["fig2_commodity"].map(LABELS))


def group_import_share(states: Sequence[str], minerals: Sequence[str]) -> pd.DataFrame:
    """Per commodity: the share of US imports 2021-24 from ``states`` (sum of their published
    shares) and the states with their shares, e.g. 'Chile 54, Argentina 43'."""
    shares = headline_shares(minerals)
    names = countries.names()
    rows = []
    for (mineral, label), block in shares.groupby(["mineral", "label"], sort=False):
        mine = block[block["iso3"].isin(states)]
        listed = ", ".join(f"{names[c]} {v:g}" for c, v in zip(mine["iso3"], mine["share_pct"],
                                                                  strict=True))  # fmt: skip
        rows.append({"mineral": mineral, "commodity": label,
                     "share of US imports %": mine["share_pct"].sum(),
                     "from": listed or "none listed"})  # fmt: skip
    return pd.DataFrame(rows, columns=["mineral", "commodity", "share of US imports %", "from"])


def world_table(mineral: str, measure: str, year: int) -> pd.DataFrame | None:
    """The world table of a mineral for one measure and year, from the latest edition that
    publishes it; None if no edition does."""
    commodity, _ = PRODUCTION[mineral]
    table = _read("usgs_world_production")
    table = table[(table["commodity"] == commodity) & (table["measure"] == measure)
                  & (table["year"] == year)]  # fmt: skip
    if table.empty:
        return None
    return table[table["edition"] == table["edition"].max()]


def world_share(mineral: str, measure: str, year: int, states: Sequence[str]) -> dict:
    """The share of the published world total held by ``states`` (states with a plain number
    only), with the edition, the world total and the states' sum; shares are None where the
    world total is not a plain number or no table exists."""
    table = world_table(mineral, measure, year)
    if table is None:
        return {"share": None, "edition": None, "why": f"no {measure} table for {year}"}
    world = table.loc[table["entry_kind"] == "world total", "value"]
    if world.empty or world.isna().all():
        published = table.loc[table["entry_kind"] == "world total", "value_published"]
        shown = published.iloc[0] if not published.empty else "none"
        return {"share": None, "edition": int(table["edition"].iloc[0]),
                "why": f"world total published as {shown!r}"}  # fmt: skip
    mine = table.loc[table["iso3"].isin(states), "value"].sum()
    return {
        "share": mine / world.iloc[0],
        "edition": int(table["edition"].iloc[0]),
        "group": mine,
        "world": world.iloc[0],
        "unit": table["unit"].iloc[0],
        "why": "",
    }


def supply_shares(minerals: Sequence[str], year: int, states: Sequence[str]) -> pd.DataFrame:
    """Per mineral: the group's share of world mine production and of reserves in ``year``,
    and of US imports 2021-24 (headline forms; bauxite as bauxite, mica as scrap and flake)."""
    imports = group_import_share(states, minerals).set_index("commodity")
    rows = []
    for mineral in minerals:
        if mineral not in PRODUCTION:
            continue
        commodity = LABELS.get(PRODUCTION[mineral][0], PRODUCTION[mineral][0])
        label = "copper, refined" if mineral == "copper" else commodity
        production = world_share(mineral, "mine production", year, states)
        reserves = world_share(mineral, "reserves", year, states)
        share = imports["share of US imports %"].get(label)
        rows.append({
            "mineral": "mica, scrap and flake" if mineral == "mica" else mineral,
            "world mine production": production["share"],
            "world reserves": reserves["share"],
            "US imports 2021-24": None if share is None else share / 100,
            "note": "; ".join(x["why"] for x in (production, reserves) if x["why"]),
        })  # fmt: skip
    columns = ["mineral", "world mine production", "world reserves", "US imports 2021-24", "note"]
    return pd.DataFrame(rows, columns=columns).set_index("mineral")


def any_source_in(year: int, states: Sequence[str], commodities: Sequence[str]) -> pd.Series:
    """For each of ``commodities``: does the Fig2 list for data ``year`` name any of ``states``?"""
    lists = _read("usgs_import_sources")
    lists = lists[(lists["edition"] == year + 1) & lists["commodity"].isin(commodities)]
    named = lists.groupby("commodity")["iso3"].agg(lambda codes: bool(set(codes) & set(states)))
    return named.reindex(list(commodities), fill_value=False)


def first_sources(year: int, *, threshold: float = 50) -> pd.DataFrame:
    """Every commodity of the Fig2 figure for data ``year`` on which the US relied for at least
    ``threshold`` percent (a plain number, or a '>' bound at or above it), with the source
    USGS names first."""
    nir = _read("usgs_import_reliance")
    nir = nir[(nir["source_table"] == "Fig2") & (nir["year"] == year)]
    high = (nir["nir_pct"] >= threshold) | ((nir["qualifier"] == ">")
                                            & (nir["nir_bound_pct"] >= threshold))  # fmt: skip
    nir = nir[high.fillna(False)]
    lists = _read("usgs_import_sources")
    first = lists[(lists["edition"] == year + 1) & (lists["rank"] == 1)]
    table = nir.merge(first[["commodity", "source_published", "iso3"]], on="commodity", how="left")
    return table[["commodity", "nir_published", "source_published", "iso3"]].reset_index(drop=True)
