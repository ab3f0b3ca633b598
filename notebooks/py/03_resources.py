# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# # 03. Who depends on whom? Critical minerals and fresh water
#
# The chapter argues that the United States depends on Latin America for critical minerals,
# reproducing a table of US import dependence with the suppliers it names, and that Russia and
# Brazil are rich in fresh water. This notebook sets the table beside what the US Geological Survey
# published for 2022-2025, and the water claims beside the World Bank's figures for every country.
#
# **You will learn**
# - to read [net import reliance](../GLOSSARY.md) as USGS publishes it, keeping its
#   bounds (">75") as bounds;
# - to check a list of suppliers against the sources an agency names, and to tell a region's share
#   of US imports from its share of world production and [reserves](../GLOSSARY.md);
# - to rank countries by [renewable internal freshwater](../GLOSSARY.md) per
#   person, and to say what a flow can and cannot tell about "reserves" or a "shortage".
#
# **Time needed:** about 60 minutes (30 reading the parts and their figures, 30 for the three
# exercises; counted, not yet timed with a class). **Before you start:** notebook 00 and the
# chapter's section "Sovereignty and non-interference" (its table of US dependence).

# %% [markdown] slideshow={"slide_type": "notes"}
# Frame the session: a table in the chapter carries a strong claim (the United States depends on
# Latin America's resources). Two questions run through the hour: are the percentages right, and do
# the suppliers it names supply? Then the water claims, which are about rankings and shares.

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** Change these and run *Restart Kernel and Run All Cells* (or `make variant`) to
# repeat the analysis for another selection. Minerals may be named one by one or as a group
# ("chapter", "region", "all"); states may be ISO3 codes, names or a region ("LAC", "South America",
# "Central America", "Caribbean"). The verdicts always concern the chapter's own claims; titles that
# depend on the selection are written from the numbers.

# %% tags=["parameters"]
MINERALS = "all"  # "chapter" (its eight), "region" (Nb, Li, Cu, Ag), "all", or ["lithium", ...]
YEAR = 2025  # USGS data year: 2022-2025 (world production from 2023), or "latest"
SUPPLIER_GROUP = "LAC"  # whose share part 2 counts: codes, names or a region, e.g. ["BRA", "Chile"]
WATER_YEAR = "latest"  # a year 2000-2022, or "latest" (the latest year with data for every country)
WATER_STATES = ["BRA", "RUS", "USA"]  # states part 3 marks and compares: codes or names

# %% slideshow={"slide_type": "skip"}
import pandas as pd

from rulac import check, countries, data_table, load, minerals, params, plots, water
from rulac.course import navigation
from rulac.display import Caption, markdown_table, show

chosen = minerals.choose(MINERALS)
year = minerals.data_year(YEAR)
group = params.states(SUPPLIER_GROUP, name="SUPPLIER_GROUP")
group_name = minerals.group_name(group)
water_year = water.choose_year(WATER_YEAR)
compared = params.states(WATER_STATES, name="WATER_STATES")
names = countries.names()
print(f"{len(chosen)} minerals ({', '.join(chosen)}); USGS data year {year}; group: {group_name}")
print(f"Water: {water_year}; compared: {', '.join(names[c] for c in compared)}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter says
#
# In the section "Sovereignty and non-interference" the chapter argues that the region's leading
# states fear US or NATO interventions "under different pretexts", and that "under those pretexts the
# collective West headed by the US tries to get free access to the abundant natural resources of Latin
# America and the Caribbean" (claim C28, an interpretation). It reproduces a table of US dependence,
# compiled after a 2012 book by Mónica Bruckmann, and adds two claims about fresh water. The claims
# this notebook tests, from the claims register, which quotes the chapter:

# %%
claims = load("claims").set_index("id")
markdown_table(claims.loc[["C29", "C30", "C32", "C33", "C34"], ["quote", "claim"]])

# %% [markdown]
# The chapter's table, as the course's `chapter_minerals` resource restates it (its spelling kept,
# "Tantalus" for tantalum; the heading of the suppliers' column is "Countries-donors of them"):

# %%
markdown_table(minerals.chapter_table())

# %% [markdown]
# The chapter goes on: Russia and Brazil "are, in fact, the only two countries in the world that
# can sustain themselves because they have practically all natural resources" (C31), and countries
# with "gigantic" water and energy resources should coordinate on climate (C64). These are an
# interpretation and a recommendation: they are questions for discussion at the end.

# %% [markdown] slideshow={"slide_type": "notes"}
# Point out what the table does not say: no year, no definition of "dependence", no shares. The
# course reads "dependence" as USGS net import reliance, the usual measure; say so aloud, since a
# reader could mean something else (e.g. dependence on one supplier).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data
#
# The USGS Mineral Commodity Summaries (MCS) of 2023-2026 as four tables (net import reliance,
# import sources, import shares, world production and reserves), the chapter's table, and the World
# Bank's freshwater series:

# %%
resources = [
    "chapter_minerals",
    "usgs_import_reliance",
    "usgs_import_sources",
    "usgs_import_shares",
    "usgs_world_production",
    "freshwater",
]
markdown_table(data_table(resources))

# %% [markdown]
# What the data leave out, and what it means here:
#
# - **No figures from the chapter's time.** The table follows a book of 2012 and gives no year; the
#   course holds only USGS editions 2023-2026 (data years 2020-2025), so it compares the table with
#   the record *now*.
# - **[Net import reliance](../GLOSSARY.md)** is net imports as a share of [apparent
#   consumption](../GLOSSARY.md). USGS publishes some values as bounds: ">75" means *more than* 75
#   percent; it also writes "E" (net exporter) and "W" (withheld). The course keeps them as published:
#   a bound is never turned into a number.
# - **The raw files are not all right.** The 2025 release's import-source map file (its "Fig3") is the
#   2024 file byte for byte, its own Source column reading "MCS2024": a map of 2025 drawn from it
#   would show 2024's counts. The course uses no map file and counts sources from each edition's own
#   list (its "Fig2"). Other faults of the raw files, and how the builds correct them, are in
#   `data/README.md`.
# - **Lists without shares.** Each edition lists up to four major sources, largest first, but gives
#   shares only in MCS 2026 (for 2021-24), and those are shares of *imports*, not of consumption.
# - **Editions revise one another.** A year published in two editions can differ (table below).

# %%
series = load("usgs_import_reliance").dropna(subset=["mineral"])
versions = series.pivot_table(
    index=["commodity", "year"], columns="edition", values="nir_published", aggfunc="last"
)
versions[versions.nunique(axis=1) > 1].fillna("")

# %% [markdown]
# For water:
#
# - **A flow, not a stock.** [Renewable internal freshwater](../GLOSSARY.md) is the water that rain
#   renews inside a country each year (a long-term average of river flow and groundwater recharge). It
#   is not "reserves": a lake's volume or an aquifer's store is not in it.
# - **Internal only.** Water that flows in from upstream states is left out. FAO's AQUASTAT publishes
#   *total* water with inflows, under non-commercial terms; the course keeps to the World Bank's
#   series (CC BY 4.0).
# - **Three vintages.** Totals end in 2020, per-person values in 2022; 2021 is the latest year with a
#   value for every country that has one.

# %% [markdown] slideshow={"slide_type": "notes"}
# Stress the bound: ">75" is the bound USGS publishes when a number would disclose one
# company's data. Ask what a text gains and loses by printing "100%" instead.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The chapter's table beside the USGS record
#
# *Question: for each mineral in the chapter's table, what share of US consumption did USGS find to
# come from net imports in 2022-2025?*
#
# One row per USGS commodity: bauxite and alumina (refined from bauxite) stand for "bauxite", sheet
# and scrap-and-flake mica for "mica", refined copper for "copper". Values are as published in each
# edition's figure (Fig2), one data year each.

# %%
in_table = [m for m in chosen if m in minerals.CHAPTER]
usgs = minerals.drawable(minerals.fig2(in_table))
said = minerals.chapter_values(usgs)
latest = usgs[usgs["year"] == usgs["year"].max()].set_index("label")
if not in_table:
    print("None of the selected minerals is in the chapter's table: part 1 has nothing to compare.")

# %% slideshow={"slide_type": "skip"}
same = int((latest["nir_pct"] == said).sum())
bounded = int(latest["qualifier"].isin([">", "<"]).sum())
other = len(latest) - same - bounded
newest = int(usgs["year"].max()) if len(usgs) else year
nir_words = Caption(
    title=f"USGS's figure for {newest} equals the chapter's for {same} of {len(latest)} "
    f"commodities; {bounded} are published only as bounds and {other} differ"
    if len(latest)
    else "No mineral of the chapter's table is selected",
    caption="For each USGS commodity standing for a mineral of the chapter's table: the chapter's "
    "percentage (white diamond, top of each row) and US net import reliance as USGS published it "
    "for each data year (one colour per year, oldest on top). Circles are numbers; triangles "
    "pointing right are bounds ('>75': more than 75). A grey line joins the chapter's value to the "
    "latest; the latest published text is written at the right.",
    source="USGS Mineral Commodity Summaries 2023-2026, net import reliance (Fig2); the chapter's "
    "table (section 'Sovereignty and non-interference').",
    alt=f"A dot chart with {len(latest)} rows, one per commodity. "
    + "; ".join(
        f"{label}: the chapter {said[label]:g}%, USGS {newest} {row.nir_published}"
        for label, row in latest.iterrows()
    )
    + ".",
)

# %% slideshow={"slide_type": "slide"}
show(plots.nir_dots(usgs, said), nir_words, number=1)

# %% slideshow={"slide_type": "slide"}
for label, row in latest.iterrows():
    bound = pd.notna(row["qualifier"])
    verb = "equals" if row["nir_pct"] == said[label] else "a bound" if bound else "differs"
    print(f"{label}: the chapter {said[label]:g}%, USGS {newest} {row['nir_published']} ({verb})")
minerals.chapter_vs_usgs(in_table)

# %% [markdown]
# **What it shows.** For the default selection the chapter's 100 percent holds, in every year USGS
# published, for graphite, cesium, niobium, tantalum and sheet mica. It does not hold for
# scrap-and-flake mica or for alumina, and USGS gives bauxite only as "more than 75" and lithium only
# as "more than 25" or "more than 50": it withholds US output of both, so it publishes bounds.
# Copper's 48 percent sits inside USGS's range of 41 to 57.

# %% [markdown] slideshow={"slide_type": "slide"}
# *Question: do the suppliers the chapter names appear among the sources USGS names?*
#
# A supplier counts as named by USGS if it is in the list of major import sources for that mineral in
# any edition 2023-2026 (Fig2), or has a share of US imports of any product form in 2021-24 (MCS
# 2026). "LAC" marks the region's states.

# %%
suppliers = minerals.supplier_check(in_table)
missing = suppliers[~suppliers["in USGS"]]
if in_table:
    print(f"USGS names {int(suppliers['in USGS'].sum())} of the {len(suppliers)} suppliers listed.")
if len(missing):
    print(
        "Not named by USGS for that mineral: "
        + "; ".join(f"{r.supplier_in_chapter} ({r.mineral})" for r in missing.itertuples())
    )
markdown_table(suppliers, index=False) if in_table else None

# %% [markdown]
# *Question: which states of the group (`SUPPLIER_GROUP`) supply each mineral, and with what share
# of US imports in 2021-24?*

# %%
minerals.group_import_share(group, chosen)

# %% [markdown]
# **What it shows.** For the default selection: Brazil supplies most US alumina and niobium, Jamaica
# and Guyana most bauxite, Chile and Argentina nearly all lithium, Chile most refined copper, Mexico
# the largest share of silver; Latin America supplies little graphite and sheet mica, and no tantalum
# or scrap and flake mica among the listed sources.  Bolivia and Afghanistan, named by the chapter for
# lithium, are in no USGS lithium list.

# %% [markdown] slideshow={"slide_type": "notes"}
# The supplier check is generous: a supplier counts if USGS names it for any product form in any
# edition. Even so, a third of the chapter's suppliers never appear. Ask where "Afghanistan" for
# lithium might come from (a resource estimate is not a supply).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Who mines these minerals? The group's share of the world
#
# *Question: what share of world [mine production](../GLOSSARY.md) and of world reserves do the group's
# states hold, beside their share of US imports?*
#
# World production and [reserves](../GLOSSARY.md) come from USGS's world tables, taking for each year
# the latest edition that publishes it. Bauxite is counted as bauxite (not alumina), mica as scrap
# and flake, copper as mined copper (imports: refined copper). Cesium has no production table.

# %%
supply = minerals.supply_shares(chosen, year, group)
measures = ["US imports 2021-24", "world mine production", "world reserves"]
if "cesium" in chosen:
    print("Cesium: USGS publishes no world production table, only a sentence on reserves.")


# %% slideshow={"slide_type": "skip"}
def percent(share):
    return "n/a" if pd.isna(share) else f"{share:.0%}"


mined = supply["world mine production"].dropna().astype(float).sort_values(ascending=False)
most = [m for m, share in mined.items() if share >= 0.5]
if supply.empty:
    supply_title = "USGS publishes no world production table for the selected minerals"
elif mined.empty:
    supply_title = f"The course's USGS world tables start with 2023: no world shares for {year}"
elif most:
    supply_title = f"In {year}, {group_name} mined most of the world's {minerals.and_join(most)}"
else:
    supply_title = f"In {year}, {group_name} mined less than half of every selected mineral"
if len(mined) > len(most) > 0:
    supply_title += f", and at most {mined.drop(most).max():.0%} of the others"
supply_words = Caption(
    title=supply_title,
    caption=f"Share of each selected mineral held by {group_name}: of US imports in 2021-24 "
    f"(plain bars), of world mine production in {year} (hatched //) and of world reserves "
    f"(dotted), where USGS publishes them. 'No data': no table for the year, or a world total "
    "given only as a bound or a word.",
    source="USGS Mineral Commodity Summaries 2025-2026 (world tables; import shares 2021-24).",
    alt="Grouped horizontal bars, three per mineral (imports, production, reserves): "
    + "; ".join(
        f"{m}: " + ", ".join(percent(v) for v in row) for m, row in supply[measures].iterrows()
    )
    + ".",
)

# %% slideshow={"slide_type": "slide"}
show(plots.share_bars(supply[measures], group=group_name), supply_words, number=2)

# %% slideshow={"slide_type": "slide"}
(100 * supply[measures].astype(float)).round(0).astype("Int64").join(supply["note"])

# %% [markdown] slideshow={"slide_type": "slide"}
# *Question: across every mineral commodity on which the United States relied on imports for half
# its supply or more, is the group's state the first source USGS names, or someone else?*

# %%
first = minerals.first_sources(year)
ours = int(first["iso3"].isin(group).sum())
anywhere = int(minerals.any_source_in(year, group, first["commodity"]).sum())
print(
    f"{len(first)} commodities with US net import reliance of 50% or more in {year}: USGS "
    f"names {minerals.one_of(group)} first for {ours}, anywhere in its list for {anywhere}, "
    f"and not at all for {len(first) - anywhere}."
)

# %% [markdown]
# The sources USGS names first most often, and whether each belongs to the group:

# %%
named_first = first.groupby("source_published").agg(
    commodities=("commodity", "size"), iso3=("iso3", "first")
)
named_first["in the group"] = named_first["iso3"].isin(group)
named_first.sort_values("commodities", ascending=False).head(10)

# %% [markdown]
# **What it shows.** For the default selection (2025, Latin America and the Caribbean), the region
# mines most of the world's niobium and just over half of its silver and between 31 and 38 percent of
# its lithium and copper, and it supplies most US imports of bauxite, alumina, niobium, lithium,
# copper and silver. Across the commodities the US imports for half its supply or more, though, China
# is named first far more often than any Latin American state, and for most no Latin American state is
# named at all.

# %% [markdown] slideshow={"slide_type": "notes"}
# Two different questions: "does the US get mineral X from Latin America?" (often yes for the
# region's own minerals) and "is the US dependent on Latin America?" (less so than on China). The
# chapter's table does not separate them.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Fresh water: per person, and as a share of the world
#
# *Question: how much renewable water per person does each country have, where does Brazil rank,
# and how far is it from "seven times more than any other country"?*
#
# Every country with data in `WATER_YEAR` is ranked; the figure shows the ten highest, the two
# countries above and below Brazil, and the compared states (orange diamonds), with their ranks.

# %%
ranked = water.per_person(water_year)
brazil = water.ratio_to_next("BRA", water_year)
around = ranked["rank"].between(brazil["rank"] - 2, brazil["rank"] + 2)
near_top = (ranked["rank"] <= 10) | around  # few enough rows to read on a slide
shown = ranked[near_top | ranked.index.isin(compared)]
labels = shown["rank"].astype(str) + " " + shown["name"]

# %% slideshow={"slide_type": "skip"}
top = ranked.iloc[0]
values = shown["internal_m3_per_person"].set_axis(labels)
marked = labels[shown.index.isin([*compared, "BRA"])].tolist()
world_line = water.world_per_person(water_year)
water_words = Caption(
    title=f"Brazil ranks {brazil['rank']} of {brazil['of']} countries in renewable water per "
    f"person in {water_year}; {top['name']} has {1 / brazil['ratio to highest other']:.1f} times "
    "as much",
    caption=f"Renewable internal freshwater per person in {water_year}, m3 a year, log scale: "
    "the ten highest, the two above and below Brazil, and the compared states; "
    "Brazil and the compared states are orange diamonds, labelled with their values. The dashed "
    "line marks the world figure.",
    source="World Bank, World Development Indicators (ER.H2O.INTR.PC), from FAO AQUASTAT.",
    alt="Dots on a log scale, one per country, largest at the top: "
    + "; ".join(
        f"{label} {value:,.0f}"
        for label, value in zip(labels, shown["internal_m3_per_person"], strict=True)
    )
    + ".",
)

# %% slideshow={"slide_type": "slide"}
show(plots.water_ranking(values, marked, world=world_line), water_words, number=3)

# %% slideshow={"slide_type": "slide"}
nxt = ranked.loc[brazil["next below"]]
above = ranked[ranked["rank"] == brazil["rank"] - 1].iloc[0]
median = ranked["internal_m3_per_person"].median()
print(f"{len(ranked)} countries have data in {water_year}; the median is {median:,.0f} m3 a head.")
print(
    f"Brazil: {brazil['value']:,.0f} m3 per person, rank {brazil['rank']} of {brazil['of']}, "
    f"between {above['name']} ({brazil['rank'] - 1}) and {nxt['name']} ({brazil['rank'] + 1})."
)
print(
    f"{brazil['rank'] - 1} countries have more; the highest, {top['name']}, "
    f"{1 / brazil['ratio to highest other']:.1f} times Brazil's figure."
)
print(
    f"Brazil has {brazil['ratio to next below']:.2f} times the figure of the next country "
    f"below it ({nxt['name']}); 'seven times more than any other' would need at least 7."
)

# %% [markdown] slideshow={"slide_type": "slide"}
# *Question: what share of the world's renewable internal freshwater do Russia and Brazil hold
# together, and the compared states?*
#
# Shares of the world total (the World Bank's sum over every country with data), for the latest year
# up to `WATER_YEAR` with totals; the ten largest follow the two lines computed for the selection:

# %%
shares = water.shares_of_world(water_year)
pair = water.group_share(["RUS", "BRA"], water_year)
with_totals = [c for c in compared if c in shares.index]
at = int(shares["year"].iloc[0])
print(
    f"Russia and Brazil together: {pair:.1%} of the world's renewable internal freshwater ({at})."
)
if with_totals:
    together = water.group_share(with_totals, water_year)
    print(f"{minerals.and_join([names[c] for c in with_totals])} together: {together:.1%}.")
shares.head(10).assign(share=lambda t: (100 * t["share"]).round(1)).rename(
    columns={"internal_km3": "km3 a year", "share": "% of world"}
)

# %% [markdown] slideshow={"slide_type": "slide"}
# *Question: what do the national figures say about a fresh-water "shortage" in the United States
# (or the compared states)?*
#
# Per-person water, its rank, annual withdrawals and withdrawals as a share of internal renewable
# resources:

# %%
profiles = water.profile(compared, water_year)
without = [names[c] for c in compared if c not in profiles.index]
if without:
    print(f"No water data for {', '.join(without)} in {water_year}: left out.")
if "USA" in profiles.index:
    usa = profiles.loc["USA"]
    print(
        f"United States, {water_year}: {usa['m3 per person']:,} m3 per person (rank "
        f"{usa['rank']} of {len(ranked)}; world {water.world_per_person(water_year):,.0f}); "
        f"withdrawals {usa['withdrawals km3']:,.0f} km3, "
        f"{usa['withdrawals % of internal']:.1f}% of internal resources."
    )
profiles

# %% [markdown]
# **What it can and cannot show.** For the default selection, Brazil is far from having seven times
# more water per person than any other country: 23 countries have more. Russia and Brazil hold close
# to a quarter of the world's renewable internal freshwater, near the chapter's "about 20 percent",
# but as an annual flow, not a stock of "reserves". The United States has more water per person than
# the world as a whole and withdraws about a sixth of its internal resources; a forecast of a
# "shortage" needs projections that the course does not hold.

# %% [markdown] slideshow={"slide_type": "notes"}
# The per-person ranking is led by small, wet, thinly peopled countries (Iceland, Guyana,
# Suriname, Bhutan). Ask why a ranking per person favours them, and whether total water or water
# per person is the better measure for the chapter's point.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict
#
# The verdicts this notebook reaches, as recorded in the claims register with their reasons (the
# tests in `tests/test_verdicts_03.py` recompute every fact they state). They concern the chapter's
# own claims and do not change with the parameters:

# %%
in_this_notebook = claims[claims["notebook"] == "03_resources"]
decided = in_this_notebook[~in_this_notebook["verdict"].isin(["untested", "discussion"])]
markdown_table(decided[["claim", "verdict", "verdict_note"]])

# %% [markdown]
# The interpretive and normative claims of this section are for discussion:

# %%
markdown_table(in_this_notebook.loc[in_this_notebook["verdict"] == "discussion", ["claim"]])

# %% [markdown]
# The limits of the evidence: USGS's figures start with data year 2020 in the course, so the table's
# figures of about 2010 cannot be checked; net import reliance and import sources describe trade,
# not control of deposits; the water series is a national flow of internal water, without inflows,
# stocks or regional detail.

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 03.1.** In the MCS 2026 edition's net-import-reliance figure (Fig2, data year 2025),
# for how many commodities is US net import reliance published as exactly 100 percent? Use
# `load("usgs_import_reliance")`.

# %%
answer_03_1 = ...  # your answer here: a number
check("03.1", answer_03_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
nir = load("usgs_import_reliance")
fig2_2026 = nir[(nir["source_table"] == "Fig2") & (nir["edition"] == 2026)]
answer_03_1 = int((fig2_2026["nir_published"] == "100").sum())
check("03.1", answer_03_1)

# %% [markdown]
# **Exercise 03.2.** USGS names Bolivia for commodities other than lithium, among them refined tin.
# Which Latin American and Caribbean states does USGS list as a major source of "tin, refined" in any
# edition 2023-2026? Give a list of ISO3 codes (`load("usgs_import_sources")`,
# `countries.lac_codes()`).

# %%
answer_03_2 = ...  # your answer here, e.g. ["ARG", "BRA"]
check("03.2", answer_03_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
lists = load("usgs_import_sources")
tin = lists[lists["commodity"] == "tin, refined"]
answer_03_2 = sorted(set(tin["iso3"].dropna()) & set(countries.lac_codes()))
check("03.2", answer_03_2)

# %% [markdown]
# **Exercise 03.3.** Perhaps the chapter's "seven times" compares Brazil with the world as a whole.
# In 2021, how many times the world's renewable internal freshwater per person did Brazil have?
# Give two decimals (`water.per_person`, `water.world_per_person`).

# %%
answer_03_3 = ...  # your answer here
check("03.3", answer_03_3)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
brazil_2021 = water.per_person(2021).loc["BRA", "internal_m3_per_person"]
answer_03_3 = round(brazil_2021 / water.world_per_person(2021), 2)
check("03.3", answer_03_3)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. The chapter presents Western pressure on the region as a way to gain "free access" to its
#    natural resources (C28). Which findings of parts 1 and 2 bear on the premise that the United
#    States needs the region's minerals? Can any data show a motive?
# 2. Russia and Brazil are, the chapter says, "the only two countries in the world that can sustain
#    themselves" (C31). What would "sustain themselves" mean, and how would you measure it? Which
#    other countries rank high on the measures of this notebook?
# 3. The chapter calls on countries with "gigantic" biological, water and energy resources to
#    coordinate on climate (C64). Who would belong to such a group by the data of part 3? Do
#    rivers that cross borders argue for or against coordination?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - U.S. Geological Survey, *Mineral Commodity Summaries* 2023-2026 and their data releases
#   (DOIs 10.5066/P9WCYUI6, 10.5066/P144BA54, 10.5066/P13XCP3R, 10.5066/P1WKQ63T);
#   <https://www.usgs.gov/centers/national-minerals-information-center/mineral-commodity-summaries>.
#   Appendix C of each summary defines resources and reserves.
# - World Bank, *World Development Indicators*: ER.H2O.INTR.K3, ER.H2O.INTR.PC, ER.H2O.FWTL.K3,
#   SP.POP.TOTL, taking the water figures from FAO's AQUASTAT (<https://data.apps.fao.org/aquastat/>),
#   which also publishes total renewable water with inflows (CC BY-NC-SA 3.0 IGO).
# - The chapter's source for its table: M. Bruckmann, *Recursos naturales y geopolítica de la
#   integración sudamericana*, Caracas, 2012 (as the chapter cites it; not in the course).
# - Every resource's source, version and licence: [`data/README.md`](../data/README.md); terms: the
#   [glossary](../GLOSSARY.md).

# %%
navigation("03_resources")
