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
# # 04b. Figure 18 redrawn: Russia's trade and arms with the region
#
# The chapter shows Russia's exports to Latin America in its Figure 18 and expects Russia's
# military-technical cooperation with the region to grow. This notebook redraws the figure from
# public trade records, compares the two sides' records of the same trade, sets Russia beside the
# United States and China as a supplier, and follows Soviet and Russian arms deliveries by decade.
#
# **You will learn**
# - to read [mirror statistics](../GLOSSARY.md) (two records of one flow), and why an exporter's and
#   an importer's figures for the same trade differ;
# - to put a flow in proportion: as a share of what the exporter sells and of what the importers
#   buy, beside other suppliers;
# - to read SIPRI [trend-indicator values](../GLOSSARY.md), which measure the volume of arms
#   transferred, not their price.
#
# **Time needed:** about 55 minutes by the course's count (15 reading, 8 for the four figures, 30
# for the three exercises; not yet timed with a class). **Before you start:** notebook 04 and the
# chapter's sections "Sovereignty and non-interference" (Figure 18) and "Some shifts to make".

# %% [markdown] slideshow={"slide_type": "notes"}
# Frame the session: two kinds of evidence for one relationship (trade, arms). Figure 18 carries no
# claim in the chapter's text; the forecast of closer military-technical cooperation (C60) does.
# Keep asking what a number is a share of, and whose record it is.

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** Change these and run *Restart Kernel and Run All Cells* (or `make variant`) to
# repeat the analysis for another selection. `FOCUS_STATES` are Russia's partners in both parts:
# states of the region (codes, names or "LAC", "South America", "Central America", "Caribbean").
# `TRADE_YEAR` is the year of the partner bars and of the two records compared in part 1. The
# product mix exists only for the 33 states together and does not follow `FOCUS_STATES`.

# %% tags=["parameters"]
FOCUS_STATES = "LAC"  # Russia's partners in parts 1 and 2: codes, names or a region
TRADE_YEAR = 2020  # the year of Figure 18 redrawn and of the two records (1992-2020)

# %% slideshow={"slide_type": "skip"}
import pandas as pd

from rulac import (
    Caption,
    brics,
    check,
    countries,
    data_table,
    load,
    markdown_table,
    params,
    plots,
    show,
)
from rulac.course import navigation

focus = params.states(FOCUS_STATES, allowed=countries.lac_codes())
trade_year = params.years(TRADE_YEAR, name="TRADE_YEAR", within=(1992, 2020))[0]
names = countries.names()
print(f"{len(focus)} focus states; trade year {trade_year}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter says
#
# The section "Sovereignty and non-interference" shows the economic side of the relationship in
# one picture, Figure 18, "Russia's Export to Latin America (as of 2020)", credited to PIR Center and
# compiled from CEPII's BACI trade data; the text makes no claim about it, so the claims register
# has no row for it. The section "Some shifts to make" ends with a forecast (from the claims
# register, which quotes the chapter, with the claim restated neutrally):

# %%
claims = load("claims").set_index("id")
in_this_notebook = claims[claims["notebook"] == "04b_trade_and_arms"]
markdown_table(in_this_notebook[["quote", "claim", "kind"]])

# %% [markdown]
# BACI was not available to the course: part 1 redraws Figure 18 from the IMF's and UN Comtrade's
# records, so its numbers will not match the chapter's exactly.

# %% [markdown] slideshow={"slide_type": "notes"}
# C60 is a forecast: no past record can test it, but the record shows the trend it extends and what
# would have to change. Figure 18 is evidence offered without a claim: ask what it is meant to show.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data
#
# The IMF's Direction of Trade Statistics, product shares from Open Trade Statistics, and arms
# transfers from SIPRI:

# %%
markdown_table(data_table(["dots_trade", "ots_products", "arms_transfers"]))

# %% [markdown]
# What the data leave out, and what it means here:
#
# - **Trade** ends in 2020 (IMF) and 2018 (product detail); Russia stopped publishing trade
#   statistics in 2022. The IMF's terms let users reuse its statistical data, including derived
#   works, with the IMF credited as the source: the course keeps only the flows it uses. UN
#   Comtrade's terms limit redistribution of its bulk data, so the product mix is kept only as
#   totals for the 33 states together (it does not follow `FOCUS_STATES`).
# - **Arms** figures are small aggregates under SIPRI's terms: "Information from the SIPRI Arms
#   Transfers Database"; the sums and shares are the course's calculations, not SIPRI's.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. Figure 18 redrawn: Russia's exports to the region
#
# *Question: how much does Russia export to the focus states, to whom and of what, how do the two
# sides' records compare, and how large is Russia beside the United States and China?*
#
# First, Russia's own record (IMF Direction of Trade Statistics, exports valued FOB), by partner in
# the trade year, and the total since 2000:

# %%
exports = brics.russia_exports(focus)
in_year = (
    exports.loc[trade_year].dropna() if trade_year in exports.index else pd.Series(dtype=float)
)
by_partner = in_year.sort_values(ascending=False).rename(index=names)
trend = exports.loc[2000:].sum(axis=1, min_count=1).dropna()
can_draw_exports = in_year.sum() > 0

# %% slideshow={"slide_type": "skip"}
shown = by_partner.head(10)
if len(by_partner) > 10:
    shown[f"{len(by_partner) - 10} others"] = by_partner.iloc[10:].sum()
world_total = (
    load("dots_trade")
    .query(
        "reporter == 'RUS' and flow == 'exports_fob' and partner == 'WLD' and year == @trade_year"
    )["value_usd_million"]
    .sum()
)
exports_words = Caption(
    title=f"Russia recorded US${in_year.sum() / 1000:.2f} bn of exports to the {len(in_year)} "
    f"focus states with a record in {trade_year} ({in_year.sum() / world_total:.1%} of its "
    "exports); "
    f"{by_partner.index[0] if len(by_partner) else 'none'} took the most",
    caption=f"Left: Russia's exports to each focus state in {trade_year} (largest ten, the rest "
    "summed), US$ million. Right: the total to the focus states by year since 2000.",
    source="IMF, Direction of Trade Statistics (Russia's records), 2000-2020 (dots_trade).",
    alt=f"Bars of Russia's exports by partner in {trade_year}: "
    + ", ".join(f"{k} {v:.0f}" for k, v in shown.items())
    + f" (US$ million). A line of the yearly total since 2000, from {trend.iloc[0]:.0f} in "
    f"{trend.index[0]} to {trend.iloc[-1]:.0f} in {trend.index[-1]}."
    if can_draw_exports
    else "none",
)
if not can_draw_exports:
    print(f"No Russian export to the focus states is recorded for {trade_year}: nothing to draw.")

# %% slideshow={"slide_type": "slide"}
if can_draw_exports:
    show(plots.exports_by_partner(shown, trend, year=trade_year), exports_words, number=1)

# %%
(trend.loc[[y for y in (2000, 2005, 2010, 2015, trade_year) if y in trend.index]] / 1000).round(
    2
).rename("US$ bn").to_frame().T

# %% [markdown] slideshow={"slide_type": "slide"}
# **By product.** The product detail (HS sections, Open Trade Statistics) exists only as totals for
# the 33 states together (see "The data"), so this figure is the same for every selection. The
# five largest sections of the last year are shown, the rest summed:

# %%
mix = brics.product_mix("LAC33")
top_sections = mix.loc[mix.index.max()].nlargest(5).index.tolist()
mix_years = [y for y in (1995, 2000, 2005, 2010, 2015) if y in mix.index] + [int(mix.index.max())]
mix_rows = mix.loc[mix_years, top_sections].rename(index=lambda y: f"33 states, {y}")
mix_rows.loc[f"world, {mix.index.max()}"] = brics.product_mix("WLD").loc[
    mix.index.max(), top_sections
]
mix_rows["all other sections"] = 1 - mix_rows.sum(axis=1)

# %% slideshow={"slide_type": "skip"}
last_mix = mix_rows.iloc[-2]
products_words = Caption(
    title=f"In {mix.index.max()}, {last_mix.index[0]} ({last_mix.iloc[0]:.0%}), "
    f"{last_mix.index[1]} ({last_mix.iloc[1]:.0%}) and {last_mix.index[2]} "
    f"({last_mix.iloc[2]:.0%}) made up most of "
    "what Russia sold to the region",
    caption="Shares of Russia's exports to the 33 states by HS section, selected years, and of its "
    "exports to the world in the last year. Chemical products include fertilisers (HS 31); "
    "mineral products include fuels (HS 27).",
    source=f"Open Trade Statistics, based on UN Comtrade (as processed by OTS), {min(mix_years)}-"
    f"{max(mix_years)} (ots_products).",
    alt="Stacked bars of product shares, one bar per year and one for the world. "
    + "; ".join(
        f"{row}: " + ", ".join(f"{s} {v:.0%}" for s, v in mix_rows.loc[row].items())
        for row in mix_rows.index[-2:]
    )
    + ".",
)

# %% slideshow={"slide_type": "slide"}
show(plots.product_bars(mix_rows), products_words, number=2)

# %% [markdown] slideshow={"slide_type": "slide"}
# **The same trade, two records.** Russia records its exports valued *free on board* (FOB, at its
# border); each partner records its imports from Russia *with cost, insurance and freight* (CIF, at
# its own border). These are [mirror statistics](../GLOSSARY.md). For the trade year, each side's
# total, then the twelve partners that record the most imports from Russia:

# %%
two_records = brics.mirror(focus, trade_year).rename(index=names)
two_records = two_records.sort_values(
    "partner_reports", ascending=False, key=lambda s: s.fillna(-1)
)
both = two_records.dropna(subset=["russia_reports", "partner_reports"])
higher = int((both["gap"] > 0).sum())
record_names = ["Russia's record", "partner's record", "partner minus Russia"]

# %%
print(
    f"Russia's record: US${two_records['russia_reports'].sum() / 1000:.2f} bn; the partners' "
    f"records: US${two_records['partner_reports'].sum() / 1000:.2f} bn ({len(both)} partners "
    f"have both records, {len(two_records) - len(both)} only one)."
)
if len(both):
    print(
        f"The partner's record is the larger for {higher} of the {len(both)} focus states with "
        f"both records in {trade_year}."
    )
else:
    print(f"No focus state has both records in {trade_year}: nothing to compare.")

# %% slideshow={"slide_type": "slide"}
two_records.head(12).round(0).astype("Int64").set_axis(record_names, axis=1)

# %% [markdown]
# In US$ million; <NA> where a side has no record. Why the two records differ: (1) *valuation*: CIF
# includes freight and insurance, FOB does not, so imports should exceed the matching exports a
# little; (2) *partner attribution*: an importer records the country where goods were made, an
# exporter the destination it knows, so goods that pass through a third country (a trader in Europe,
# a port such as Panama) can appear in one record and not the other; (3) *timing*: goods shipped in
# December arrive in January; (4) *estimates and gaps*: the IMF fills missing reports with
# estimates, often from the partner's record, and the files do not flag them; some goods are
# confidential. Large gaps, in either direction, are more than freight.

# %% [markdown] slideshow={"slide_type": "slide"}
# **Russia beside the United States and China.** The share of the focus states' combined imports
# (as they record them) that come from each of the three, by year:

# %%
origins = brics.import_origins(focus)
origin_names = {"USA": "United States", "CHN": "China", "RUS": "Russia"}
last = origins.dropna(how="all").index.max()

# %% slideshow={"slide_type": "skip"}
origin_words = Caption(
    title=f"In {last} Russia supplied {origins.loc[last, 'RUS']:.1%} of the focus states' imports, "
    f"against {origins.loc[last, 'CHN']:.0%} from China and {origins.loc[last, 'USA']:.0%} from "
    "the United States",
    caption="Share of the focus states' combined imports (CIF, as they record them) from the "
    "United States, China and Russia, by year; a year counts the states that report both their "
    "total imports and imports from that origin.",
    source=f"IMF, Direction of Trade Statistics, {origins.index.min()}-{last} (dots_trade).",
    alt=f"Three lines of import shares from {origins.index.min()} to {last}. United States "
    f"{origins['USA'].dropna().iloc[0]:.0%} at the start and {origins.loc[last, 'USA']:.0%} at the "
    f"end; China {origins['CHN'].dropna().iloc[0]:.1%} and {origins.loc[last, 'CHN']:.0%}; Russia "
    f"{origins['RUS'].dropna().iloc[0]:.1%} and {origins.loc[last, 'RUS']:.1%}.",
)

# %% slideshow={"slide_type": "slide"}
show(plots.origin_lines(origins, origin_names), origin_words, number=3)

# %%
(origins.loc[[y for y in (1995, 2000, 2005, 2010, 2015, last) if y in origins.index]] * 100).round(
    2
).rename(columns=origin_names)

# %% [markdown]
# **What it shows.** The titles and the sentence on the two records are computed for the selection.
# For the default selection Russia's exports to the region are small: between 0.7 and 1.8 per cent
# of Russia's exports in every year of the IMF series (1992-2020), and well under one per cent of
# the region's imports, beside China's rise and the United States' lead. What Russia sells is
# concentrated in a few HS sections (chemical products, which include fertilisers; mineral
# products, which include fuels; base metals), as the chapter's Figure 18 suggests; the sections
# cannot show single products.

# %% [markdown] slideshow={"slide_type": "notes"}
# The mirror gap is a good place to teach humility with trade data: neither side's number is "the
# truth". Ask which one a government would quote, and why.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Arms: Russia's deliveries to the region
#
# *Question: how much did the Soviet Union and Russia deliver to the focus states, decade by decade,
# and what share of their arms imports was that?*
#
# SIPRI measures transfers of major conventional arms (aircraft, armoured vehicles, ships, missiles,
# air defence, ...) in [trend-indicator values](../GLOSSARY.md) (TIV): a common unit for the
# *volume* of military capability transferred, based on known production costs of a core set of
# weapons, not the price paid. TIV can be compared between years, suppliers and recipients, not
# with money. Information from the SIPRI Arms Transfers Database; the sums and shares below are the
# course's calculations.

# %%
arms = brics.arms_by_period(focus)
active = arms[(arms["soviet_union_tiv"] + arms["russia_tiv"]) > 0]
can_draw_arms = len(active) > 0

# %% slideshow={"slide_type": "skip"}
peak = (arms["soviet_union_tiv"] + arms["russia_tiv"]).idxmax() if can_draw_arms else None
arms_words = Caption(
    title=f"Soviet and Russian deliveries peaked in {peak}; in 2010-2019 they were "
    f"{arms.loc['2010-2019', 'moscow_share']:.0%} of the focus states' arms imports, in 2020-2021 "
    f"{arms['moscow_share'].get('2020-2021', 0):.0%}"
    if can_draw_arms and "2010-2019" in arms.index
    else "none",
    caption="Left: major conventional arms delivered by the Soviet Union (plain) and Russia "
    "(hatched) to the focus states, by decade (2020-2021 last), million TIV. Right: their share of "
    "the states' arms imports from all suppliers.",
    source="Information from the SIPRI Arms Transfers Database (TIV tables, 2022 release; imports, "
    "2024 release), 1950-2021; sums and shares calculated by the course (arms_transfers).",
    alt="Stacked bars by decade and bars of shares. "
    + "; ".join(
        f"{p}: Soviet {r.soviet_union_tiv}, Russian {r.russia_tiv} million TIV, "
        f"{r.moscow_share:.0%} of imports"
        for p, r in arms.iterrows()
    )
    + "."
    if can_draw_arms
    else "none",
)
if not can_draw_arms:
    print("SIPRI records no Soviet or Russian delivery to the focus states: nothing to draw.")

# %% slideshow={"slide_type": "slide"}
if can_draw_arms:
    show(plots.arms_panels(arms), arms_words, number=4)

# %%
arms.assign(moscow_share=(arms["moscow_share"] * 100).round(1)).rename(
    columns={"moscow_share": "share %"}
)

# %% [markdown]
# **What it shows.** For the default selection, the Soviet era (mostly Cuba, then Peru and
# Nicaragua) and Russia's 2000s and 2010s (mostly Venezuela) are the two waves; in the most recent years
# of the table nothing is delivered, and SIPRI's newer release (deliveries to 2023) records no
# Russian delivery to the region after 2017. TIV are volumes, so a decade's total says nothing about
# payments or credit.

# %% [markdown] slideshow={"slide_type": "notes"}
# The chapter forecasts closer cooperation (C60). Ask what the record would have to show from 2024
# on for the forecast to come true, and which data would show it first (orders, not deliveries).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict
#
# The verdict this notebook reaches, as recorded in the claims register with its reasons (the tests
# in `tests/test_verdicts_04b.py` recompute every fact it states):

# %%
markdown_table(in_this_notebook[["claim", "verdict", "verdict_note"]])

# %% [markdown]
# Figure 18 carries no claim, so it has no verdict: part 1 shows what public records say about the
# same trade. The trade records also bear on C61 (Bolsonaro and Russia), whose verdict is in
# notebook 04: with `FOCUS_STATES = "Brazil"`, part 1's import shares show Russia's share of
# Brazil's imports that its note cites.
#
# The limits of the evidence: trade data end in 2020 and are not the chapter's BACI; the product
# detail covers the 33 states together and ends in 2018; TIV measure volume, not value, and cover
# only major conventional arms; a forecast is not tested by the past.

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 04b.1.** In which year did Russia's recorded exports to the 33 states together
# (Russia's own record in `dots_trade`) reach their highest? Use `brics.russia_exports` and
# `countries.lac_codes()`.

# %%
answer_04b_1 = ...  # your answer here: a year
check("04b.1", answer_04b_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
yearly_total = brics.russia_exports(countries.lac_codes()).sum(axis=1)
answer_04b_1 = int(yearly_total.idxmax())
check("04b.1", answer_04b_1)

# %% [markdown]
# **Exercise 04b.2.** Part 1 compares the two records for one year. Over 1992-2020, in how many
# years did the 33 states together record more imports from Russia than Russia recorded exports to
# them? Sum each side's records over the 33 states for each year (a missing record counts as
# nothing): Russia's side is `brics.russia_exports(countries.lac_codes())`; the states' side is in
# `load("dots_trade")`, flow `imports_cif`, partner `RUS`.

# %%
answer_04b_2 = ...  # your answer here: a number of years
check("04b.2", answer_04b_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
lac = countries.lac_codes()
russia_side = brics.russia_exports(lac).sum(axis=1)
trade = load("dots_trade").query("flow == 'imports_cif' and partner == 'RUS'")
their_side = trade[trade["reporter"].isin(lac)].groupby("year")["value_usd_million"].sum()
answer_04b_2 = int((their_side - russia_side).gt(0).sum())
check("04b.2", answer_04b_2)

# %% [markdown]
# **Exercise 04b.3.** How many states of the region received arms deliveries from *Russia* (from
# 1992, not the Soviet Union) according to `arms_transfers`?

# %%
answer_04b_3 = ...  # your answer here: a number
check("04b.3", answer_04b_3)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
arms_table = load("arms_transfers")
answer_04b_3 = arms_table.loc[arms_table["russia_tiv"] > 0, "recipient"].nunique()
check("04b.3", answer_04b_3)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. Figure 18 carries no claim in the chapter's text. What does its place in the section
#    "Sovereignty and non-interference" suggest it is meant to show, and do the shares in part 1
#    support that reading?
# 2. Russia's record and its partners' records of the same trade differ, sometimes by more than
#    freight. Which would you cite for Russia's exports to the region, and how would you say so in
#    one sentence?
# 3. The forecast of closer military-technical cooperation (C60) cannot be tested by the past.
#    What would you watch from 2024 on, and which source would show it first?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - International Monetary Fund, *Direction of Trade Statistics* (per-reporter exports and imports,
#   data to 2020); IMF, Copyright and Usage (special terms for data).
# - Open Trade Statistics (M. Vargas Sepúlveda et al.), based on UN Comtrade.
# - Information from the SIPRI Arms Transfers Database (Stockholm International Peace Research
#   Institute), with its "Sources and methods" page on trend-indicator values.
# - Every resource's source, version and licence: [`data/README.md`](../data/README.md); terms: the
#   [glossary](../GLOSSARY.md).

# %%
navigation("04b_trade_and_arms")
