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
# # 04. BRICS membership and military-technical cooperation
#
# The chapter argues that BRICS, enlarged in 2023-24, is becoming a full-scale organisation that
# Latin American states want to join, and that Russia's military-technical cooperation with the
# region will grow. This notebook sets those claims beside a sourced membership record, the
# economic weight of the groups, Russia's trade with the region (the chapter's Figure 18, redrawn)
# and the record of arms deliveries.
#
# **You will learn**
# - to read a curated fact table in which every row has a source and contested points stay
#   contested, and to compare a text's account with it at the text's own date;
# - to compare the weight of country groups at market exchange rates and at
#   [purchasing-power parity](../GLOSSARY.md), and to see why the two differ;
# - to read trade and arms figures critically: [mirror statistics](../GLOSSARY.md) (two records
#   of one flow) and SIPRI [trend-indicator values](../GLOSSARY.md), which are volumes, not prices.
#
# **Time needed:** about 55 minutes (30 reading the five parts, 25 for the three exercises; an
# estimate from the cell count, not yet timed with a class). **Before you start:** notebook 00 and
# the chapter's sections "Sovereignty and non-interference" (Figure 18) and "Some shifts to make";
# part 5 uses the vote helpers of notebook 02.

# %% [markdown] slideshow={"slide_type": "notes"}
# Frame the session: four kinds of evidence for one argument (membership, weight, trade, arms).
# The chapter was finished in April 2024; much of the membership record comes after it, so keep
# asking "what could the author have known then?"

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** Change these and run *Restart Kernel and Run All Cells* (or `make variant`) to
# repeat the analysis for another selection. `FOCUS_STATES` are states of the region (codes, names
# or "LAC", "South America", "Central America", "Caribbean"): they are marked in the timeline and
# are the partners in parts 3 to 5. `COMPARE_GROUPS` are the groups set beside BRICS in part 2
# (any UN member states). Years may be given in either order.

# %% tags=["parameters"]
FOCUS_STATES = "LAC"  # the region's states for parts 3-5: codes, names or a region
YEARS = (1990, 2024)  # years of part 2 (the data: 1990-2024; PPP values end in 2024)
TRADE_YEAR = 2020  # the year of Figure 18 redrawn (1992-2020)
WITH_SAUDI_ARABIA = False  # contested: count Saudi Arabia in the enlarged BRICS?
COMPARE_GROUPS = {"G7": ["USA", "CAN", "GBR", "FRA", "DEU", "ITA", "JPN"]}  # name: states
RESOLUTIONS = "emergency session"  # Ukraine resolutions for part 5, as in notebook 02

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
    votes,
)
from rulac.course import navigation

focus = params.states(FOCUS_STATES, allowed=countries.lac_codes())
first_year, last_year = params.years(YEARS, within=(1990, 2024))
trade_year = params.years(TRADE_YEAR, name="TRADE_YEAR", within=(1992, 2020))[0]
resolutions = votes.ukraine_resolutions(RESOLUTIONS)
names = countries.names()

# %% slideshow={"slide_type": "skip"}
facts = load("brics_facts")
data_end = facts["date"].max()
enlarged = brics.members_on(f"{data_end:%Y-%m-%d}", with_contested=bool(WITH_SAUDI_ARABIA))
others = {
    name: params.states(codes, name="COMPARE_GROUPS") for name, codes in COMPARE_GROUPS.items()
}
groups = {"BRICS-5": brics.BRICS_5, f"BRICS-{len(enlarged)} ({data_end:%Y})": enlarged, **others}
print(
    f"{len(focus)} focus states; years {first_year}-{last_year}; trade year {trade_year}; "
    f"groups: {', '.join(f'{g} ({len(c)})' for g, c in groups.items())}"
)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter says
#
# The section "Some shifts to make" turns to BRICS, to Argentina under Milei and to
# military-technical cooperation. In the chapter's words (from the claims register, which quotes
# the chapter), with each claim restated neutrally:

# %%
claims = load("claims").set_index("id")
markdown_table(claims.loc[[f"C{n}" for n in range(56, 64)], ["quote", "claim", "kind"]])

# %% [markdown]
# The section "Sovereignty and non-interference" shows the economic side in one picture, Figure 18,
# "Russia's Export to Latin America (as of 2020)", credited to PIR Center and compiled from CEPII's
# BACI trade data. BACI was not available to the course: part 3 redraws the figure from the IMF's
# and UN Comtrade's records, so its numbers will not match the chapter's exactly.

# %% [markdown] slideshow={"slide_type": "notes"}
# Point out the kinds: C57, C59, C61 and C62 are checkable facts; C60 is a forecast; C56, C58 and
# C63 are judgements. The notebook tests the first group, shows the trend behind the forecast, and
# leaves the judgements to the discussion.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data
#
# A membership table curated for the course (a source on every row), the World Bank's GDP and
# population, the IMF's Direction of Trade Statistics, product shares from Open Trade Statistics,
# arms transfers from SIPRI, and the General Assembly votes of notebook 02:

# %%
markdown_table(
    data_table(
        ["brics_facts", "wdi_economy", "dots_trade", "ots_products", "arms_transfers", "unga_votes"]
    )
)

# %% [markdown]
# What the data leave out, and what it means here:
#
# - **Membership** comes from press and official pages stored up to January 2026, not checked
#   against the live web; many are state media or wire copies. Where sources disagree (Saudi
#   Arabia's membership, the founding year, Venezuela's "veto") both sides have a row, marked
#   contested. Honduras's foreign minister denied its application (25 August 2023), but no stored
#   source with an address gives the denial, so the table has no row for it.
# - **GDP at PPP** is derived: GDP per capita at PPP times population, from the same World Bank
#   release (the World Bank computes the per-capita series from the total, so the product gives it
#   back). PPP values end in 2024; Venezuela's stop in 2011, and Cuba and North Korea have none,
#   so a group's share counts only the members with a value (the tables show how many).
# - **Trade** ends in 2020 (IMF) and 2018 (product detail); Russia stopped publishing trade
#   statistics in 2022. The IMF's terms let users reuse its statistical data, including derived
#   works, with the IMF credited as the source: the course keeps only the flows it uses. UN
#   Comtrade's terms limit redistribution of its bulk data, so the product mix is kept only as
#   totals for the 33 states together (it does not follow `FOCUS_STATES`).
# - **Arms** figures are small aggregates under SIPRI's terms: "Information from the SIPRI Arms
#   Transfers Database"; the sums and shares are the course's calculations, not SIPRI's.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. Who is in BRICS, and since when?
#
# *Question: which states joined, were invited, applied or stayed out, and when, and what had
# happened by the chapter's date (15 April 2024)?*
#
# Each row of the timeline is a state; a marker is an event (shape and colour by kind of status)
# and the bar after it lasts until the state's next event. ★ marks the focus states.

# %%
events = facts.assign(group=facts["status"].map(brics.STATUS_GROUPS))
order = events.groupby("iso3")["date"].min().sort_values(kind="stable").index
labels = {c: f"{names[c]} ★" if c in focus else names[c] for c in order}
chapter_date = "2024-04-15"
marks = {chapter_date: "the chapter's date"}

# %% slideshow={"slide_type": "skip"}
members_then = brics.members_on(chapter_date)
members_now = brics.members_on(f"{data_end:%Y-%m-%d}")
partners_now = brics.status_on(f"{data_end:%Y-%m-%d}").query("status == 'partner'")["iso3"]
lac_partners = [names[c] for c in partners_now if c in countries.lac_codes()]
timeline = {"end": data_end, "lines": marks}
region_rows = {c: label for c, label in labels.items() if c in countries.lac_codes()}
other_rows = {c: label for c, label in labels.items() if c not in region_rows}
region_words = Caption(
    title=f"Of the region's {len(region_rows)} states in the table, "
    f"{len([c for c in members_now if c in region_rows])} is a member by {data_end:%B %Y}; "
    f"its partners are {' and '.join(lac_partners) or 'none'}",
    caption="BRICS status of the region's states in the membership table, 2006 to the data's "
    "end; a marker at each event, a bar until the next; ★ marks the focus states. The dashed "
    "line is the chapter's date; the thin dotted line at mid-2021 is where the time axis "
    "changes scale.",
    source=f"brics_facts (press and official pages, 2006-{data_end:%Y}), curated by the course.",
    alt=f"A timeline with one row per state of the region ({len(region_rows)} rows): "
    f"{', '.join(names[c] for c in region_rows)}. Partners by {data_end:%B %Y}: "
    f"{', '.join(lac_partners) or 'none'}.",
)
uncontested_then = brics.members_on(chapter_date, with_contested=False)
uncontested_now = brics.members_on(f"{data_end:%Y-%m-%d}", with_contested=False)
timeline_words = Caption(
    title=f"{len(uncontested_then)} states were members when the chapter was written and "
    f"{len(uncontested_now)} by {data_end:%B %Y}, not counting Saudi Arabia (contested)",
    caption="BRICS status of the other states in the membership table, 2006 to the data's end; "
    "a marker at each event, a bar until the next. The dashed line is the chapter's date. Saudi "
    "Arabia has a row for each side: listed as a member by the chairs, not confirmed by its "
    "government.",
    source=f"brics_facts (press and official pages, 2006-{data_end:%Y}), curated by the course.",
    alt=f"A timeline with one row per state ({len(other_rows)} rows) from 2006 to {data_end:%Y}. "
    f"Members by 15 April 2024: {', '.join(names[c] for c in members_then)}. Members by "
    f"{data_end:%B %Y}: {', '.join(names[c] for c in members_now)}.",
)

# %% slideshow={"slide_type": "slide"}
show(plots.membership_timeline(events, region_rows, **timeline), region_words, number="1a")

# %% slideshow={"slide_type": "slide"}
show(plots.membership_timeline(events, other_rows, **timeline), timeline_words, number="1b")

# %% [markdown]
# The numbers behind it: each state's status on the chapter's date and at the data's end (a state
# with two statuses on one date is a contested point):

# %% slideshow={"slide_type": "slide"}
then = brics.status_on(chapter_date).set_index("iso3")["status"].rename("15 April 2024")
now = (
    brics.status_on(f"{data_end:%Y-%m-%d}").set_index("iso3")["status"].rename(f"{data_end:%B %Y}")
)
status_table = pd.concat([then, now], axis=1).fillna("no event yet").reindex(order)
status_table.rename(index=lambda c: f"{names[c]} ({c})")

# %%
joined_after = sorted(set(members_then) - set(brics.BRICS_5) - {"SAU"})
region_members = [names[c] for c in members_now if c in countries.lac_codes()]
print(
    f"Full members added on 1 January 2024: {', '.join(names[c] for c in joined_after)}; "
    f"Saudi Arabia listed by the chairs but not confirmed by its government."
)
print(f"Members from the region by {data_end:%B %Y}: {', '.join(region_members)}.")

# %% [markdown]
# **What it shows** (the same for every selection). When the chapter was written the enlargement of
# 1 January 2024 had added states of Africa (Egypt, Ethiopia) and Asia (Iran, the United Arab
# Emirates, and contestedly Saudi Arabia), but none of Latin America: the one invitee from the
# region, Argentina, had declined. Brazil remains the region's only member; Bolivia and Cuba became
# *partners*, a category created at Kazan in October 2024, after the chapter.

# %% [markdown] slideshow={"slide_type": "notes"}
# Ask the class why "partner" matters: the chapter counts states that "want to join"; the record
# distinguishes applying, being invited, partnership and membership.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. How heavy is BRICS?
#
# *Question: what share of the world's output and population do BRICS-5, the enlarged group and the
# comparison groups hold, and how much of BRICS is China?*
#
# GDP is compared two ways: at market exchange rates (current US$) and at
# [purchasing-power parity](../GLOSSARY.md) (PPP), which values each economy's output at common
# prices, so that a dollar buys the same everywhere. Poorer economies, where many goods and services
# are cheaper, weigh more at PPP. Each share is the group's sum over the World Bank's world total.

# %%
shares = brics.world_shares(groups, (first_year, last_year))
latest = shares[shares["year"] == shares.groupby("measure")["year"].transform("max")]
big_group = f"BRICS-{len(enlarged)} ({data_end:%Y})"


# %% slideshow={"slide_type": "skip"}
def share_of(group, measure, frame=latest):
    row = frame[(frame["group"] == group) & (frame["measure"] == measure)]
    return float(row["share"].iloc[0]) if len(row) else float("nan")


top = max(groups, key=lambda g: share_of(g, "gdp_ppp"))
weight_words = Caption(
    title=f"At PPP, {top} holds the largest share of world GDP of the groups "
    f"({share_of(top, 'gdp_ppp'):.0%} in {latest['year'].max()}); at market exchange rates "
    f"{big_group} holds {share_of(big_group, 'gdp_usd'):.0%}",
    caption="Share of the world's GDP at current US$ (left), at PPP (middle) and of its "
    f"population (right), by year, for each group. {big_group}: the members at the data's "
    f"end{'' if WITH_SAUDI_ARABIA else ' without Saudi Arabia (contested)'}, applied to every "
    "year. GDP at PPP derived as per-capita GDP at PPP times population.",
    source=f"World Bank, World Development Indicators (wdi_economy), {first_year}-{last_year}.",
    alt="Three panels of lines, one line per group, for shares of world GDP at market rates, at "
    "PPP and of world population. "
    + "; ".join(
        f"{g}: {share_of(g, 'gdp_usd'):.0%}, {share_of(g, 'gdp_ppp'):.0%} and "
        f"{share_of(g, 'population'):.0%} in the latest year"
        for g in groups
    )
    + ".",
)

# %% slideshow={"slide_type": "slide"}
show(plots.share_lines(shares, brics.MEASURES), weight_words, number=2)

# %% slideshow={"slide_type": "slide"}
first_last = shares[shares["year"].isin([shares["year"].min(), latest["year"].max()])]
weight_table = first_last.pivot_table(
    index="group", columns=["measure", "year"], values="share", sort=False
)
(weight_table * 100).round(1)

# %% [markdown]
# Shares in per cent, first and last year. A group's share counts only members with a value; how
# many had one in the last year:

# %%
latest.pivot_table(index="group", columns="measure", values="members_with_data", sort=False).astype(
    int
).assign(members=[len(c) for c in groups.values()])

# %% [markdown]
# *How much of BRICS is China?* China's share of each BRICS group's GDP, latest year:

# %%
year_now = int(latest["year"].max())
china = {
    g: {m: brics.share_of_group("CHN", groups[g], m, year_now) for m in ("gdp_usd", "gdp_ppp")}
    for g in groups
    if "CHN" in groups[g]
}
(pd.DataFrame(china).T * 100).round(1).rename(columns=brics.MEASURES)

# %%
for g in china:
    print(
        f"{g}: China alone is {china[g]['gdp_usd']:.0%} of the group's GDP at market rates "
        f"and {china[g]['gdp_ppp']:.0%} at PPP in {year_now}."
    )

# %% [markdown]
# **What it shows.** The title and the lines above are computed for the selection. For the default
# selection, BRICS weighs far more at PPP than at market rates, and more than the G7 at PPP; at
# market rates the G7 is still larger. Much of the group's weight is China's (the table gives its share).

# %% [markdown] slideshow={"slide_type": "notes"}
# Ask: which measure would the chapter's argument prefer, and which would a sceptic? Neither is
# "true": market rates measure buying power abroad, PPP living standards and output at home.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Figure 18 redrawn: Russia's exports to the region
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
    show(plots.exports_by_partner(shown, trend, year=trade_year), exports_words, number=3)

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
show(plots.product_bars(mix_rows), products_words, number=4)

# %% [markdown] slideshow={"slide_type": "slide"}
# **The same trade, two records.** Russia records its exports valued *free on board* (FOB, at its
# border); each partner records its imports from Russia *with cost, insurance and freight* (CIF, at
# its own border). These are [mirror statistics](../GLOSSARY.md): for the trade year,

# %%
two_records = brics.mirror(focus, trade_year).rename(index=names)
two_records = two_records.sort_values(
    "partner_reports", ascending=False, key=lambda s: s.fillna(-1)
)
both = two_records.dropna(subset=["russia_reports", "partner_reports"])
print(
    f"Russia's record: US${two_records['russia_reports'].sum() / 1000:.2f} bn; the partners' "
    f"records: US${two_records['partner_reports'].sum() / 1000:.2f} bn ({len(both)} partners "
    f"have both records, {len(two_records) - len(both)} only one)."
)

# %% slideshow={"slide_type": "skip"}
shown_mirror = both.head(12)
higher = int((both["gap"] > 0).sum())
mirror_words = Caption(
    title=f"The partners record more imports from Russia than Russia records exports to them for "
    f"{higher} of {len(both)} focus states in {trade_year} (the {len(shown_mirror)} largest drawn)",
    caption=f"For each focus state with both records in {trade_year} (largest twelve): Russia's "
    "record of its exports (circle) and the state's record of its imports from Russia (square).",
    source="IMF, Direction of Trade Statistics (both sides' records), 2020 (dots_trade).",
    alt="Pairs of markers on a logarithmic scale, one pair per state: "
    + "; ".join(
        f"{k}: Russia {r.russia_reports:.0f}, partner {r.partner_reports:.0f}"
        for k, r in shown_mirror.iterrows()
    )
    + " (US$ million)."
    if len(both)
    else "none",
)
if both.empty:
    print(f"No focus state has both records in {trade_year}: nothing to compare.")

# %% slideshow={"slide_type": "slide"}
if len(both):
    show(plots.mirror_dumbbell(shown_mirror, labels=shown_mirror.index), mirror_words, number=5)

# %%
two_records.head(12).round(0).astype("Int64")

# %% [markdown]
# Why the two records differ: (1) *valuation*: CIF includes freight and insurance, FOB does not, so
# imports should exceed the matching exports a little; (2) *partner attribution*: an importer
# records the country where goods were made, an exporter the destination it knows, so goods that
# pass through a third country (a trader in Europe, a port such as Panama) can appear in one record
# and not the other; (3) *timing*: goods shipped in December arrive in January; (4)
# *estimates and gaps*: the IMF fills missing reports with estimates, often from the partner's
# record, and the files do not flag them; some goods are confidential. Large gaps, in either
# direction, are more than freight.

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
show(plots.origin_lines(origins, origin_names), origin_words, number=6)

# %%
(origins.loc[[y for y in (1995, 2000, 2005, 2010, 2015, last) if y in origins.index]] * 100).round(
    2
).rename(columns=origin_names)

# %% [markdown]
# **What it shows.** The titles are computed for the selection. For the default selection Russia's
# exports to the region are small: between 0.7 and 1.8 per cent of Russia's exports in every year
# of the IMF series (1992-2020), and well under
# one per cent of the region's imports, beside China's rise and the United States' lead. What
# Russia sells is concentrated in a few HS sections (chemical products, which include fertilisers;
# mineral products, which include fuels; base metals), as the chapter's Figure 18 suggests; the
# sections cannot show single products.

# %% [markdown] slideshow={"slide_type": "notes"}
# The mirror gap is a good place to teach humility with trade data: neither side's number is "the
# truth". Ask which one a government would quote, and why.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Arms: Russia's deliveries to the region
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
    show(plots.arms_panels(arms), arms_words, number=7)

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
# ## 5. Candidates and votes
#
# *Question: what did each state the chapter names as wanting to join actually do, and how did the
# BRICS members and those states vote on Ukraine?*
#
# This part is kept to two tables. The chapter names Venezuela, Mexico, Bolivia, Nicaragua and
# Uruguay as wanting to join, and Argentina as having withdrawn; every step the record holds, with
# its source:

# %% slideshow={"slide_type": "slide"}
candidates = ["VEN", "MEX", "BOL", "NIC", "URY", "ARG"]
steps = facts[facts["iso3"].isin(candidates)].sort_values(["iso3", "date"])
steps = steps.assign(state=steps["iso3"].map(names), date=steps["date"].dt.strftime("%Y-%m-%d"))
markdown_table(steps[["state", "status", "date", "source_publisher", "contested"]], index=False)

# %% [markdown]
# How the members at the data's end and the chapter's candidates voted on the selected Ukraine
# resolutions (Y yes, N no, A abstain, X no vote recorded), members first:

# %% slideshow={"slide_type": "slide"}
voters = list(dict.fromkeys([*members_now, *candidates, *focus]))[:40]
vote_table = votes.vote_matrix(resolutions["rollcall_id"], voters).set_axis(
    resolutions["short"], axis=1
)
vote_table.rename(index=lambda c: f"{names[c]} ({c})")

# %% [markdown]
# Brazil's and Argentina's agreement with Russia and with the United States on all roll calls
# (identical votes, whole resolutions; see notebook 02), mean by presidential term:

# %%
agreement = votes.agreement(["BRA", "ARG"], ["RUS", "USA"], (2011, 2023))
terms = pd.cut(
    agreement["year"],
    [2010, 2014, 2018, 2022, 2023],
    labels=["2011-2014", "2015-2018", "2019-2022", "2023"],
)
agreement.groupby([terms, "iso3", "reference"], observed=True)["agreement"].mean().unstack(
    ["iso3", "reference"]
).round(2)

# %% [markdown]
# **What it shows** (the same for every selection, but the vote table follows `RESOLUTIONS`).
# Venezuela and Bolivia applied, Nicaragua said it wanted to join and then asked for partner status;
# Mexico's government said twice that it was not applying, and Uruguay's documented step is the
# BRICS bank, not the bloc. Brazil's agreement with Russia fell in 2019-2022 (Bolsonaro's term)
# while its agreement with the United States rose.

# %% [markdown] slideshow={"slide_type": "notes"}
# Stress that a vote is one kind of relation: trade and membership held up under Bolsonaro while
# UN votes moved towards the United States. What else would you look at?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict
#
# The verdicts this notebook reaches, as recorded in the claims register with their reasons (the
# tests in `tests/test_verdicts_04.py` recompute every fact they state):

# %%
in_this_notebook = claims[claims["notebook"] == "04_brics"]
decided = in_this_notebook[~in_this_notebook["verdict"].isin(["untested", "discussion"])]
markdown_table(decided[["claim", "verdict", "verdict_note"]])

# %% [markdown]
# The interpretive and normative claims of this section are for discussion (below and in notebook
# 05); for C58 the note says what the record can weigh it against:

# %%
markdown_table(
    in_this_notebook.loc[in_this_notebook["verdict"] == "discussion", ["claim", "verdict_note"]]
)

# %% [markdown]
# The limits of the evidence: the membership record is a compilation of press and official pages,
# not a treaty register; trade data end in 2020 and are not the chapter's BACI; TIV measure volume,
# not value, and cover only major conventional arms; a forecast is not tested by the past.

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 04.1.** In which year did Russia's recorded exports to the 33 states together
# (Russia's own record in `dots_trade`) reach their highest? Use `brics.russia_exports` and
# `countries.lac_codes()`.

# %%
answer_04_1 = ...  # your answer here: a year
check("04.1", answer_04_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
yearly_total = brics.russia_exports(countries.lac_codes()).sum(axis=1)
answer_04_1 = int(yearly_total.idxmax())
check("04.1", answer_04_1)

# %% [markdown]
# **Exercise 04.2.** What share of the BRICS-5's GDP in current US$ did China account for in 2000?
# Give a percentage with one decimal. Use `brics.share_of_group`.

# %%
answer_04_2 = ...  # your answer here, e.g. 12.3
check("04.2", answer_04_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
answer_04_2 = round(100 * brics.share_of_group("CHN", brics.BRICS_5, "gdp_usd", 2000), 1)
check("04.2", answer_04_2)

# %% [markdown]
# **Exercise 04.3.** How many states of the region received arms deliveries from *Russia* (from 1992,
# not the Soviet Union) according to `arms_transfers`?

# %%
answer_04_3 = ...  # your answer here: a number
check("04.3", answer_04_3)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
arms_table = load("arms_transfers")
answer_04_3 = arms_table.loc[arms_table["russia_tiv"] > 0, "recipient"].nunique()
check("04.3", answer_04_3)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. The chapter calls closer cooperation within BRICS "the only alternative" to a UN reform that,
#    it says, the "Anglo-Saxons" oppose (C56). What would a BRICS that could replace UN reform have
#    to be able to do? Does anything in parts 1 and 2 speak to it?
# 2. Has enlargement made BRICS a "full-scale international organization" (C58)? List what you
#    would count as signs (a founding treaty, a secretariat, binding decisions, a budget, members
#    and partners, a bank) and say which of them this notebook's data can show and which they cannot.
# 3. The chapter says US promises to help Argentina have historically proved false or
#    counterproductive (C63). Choose one episode and say what evidence would support or weaken
#    that judgement.
# 4. The forecast of closer military-technical cooperation (C60) cannot be tested by the past.
#    What would you watch from 2024 on, and which source would show it first?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - BRICS membership: the sources named on each row of `brics_facts` (publisher, title, date, URL).
# - World Bank, *World Development Indicators*: NY.GDP.MKTP.CD, NY.GDP.PCAP.PP.CD, SP.POP.TOTL (CC
#   BY 4.0).
# - International Monetary Fund, *Direction of Trade Statistics* (per-reporter exports, data to
#   2020); IMF, Copyright and Usage (special terms for data).
# - Open Trade Statistics (M. Vargas Sepúlveda et al.), based on UN Comtrade.
# - Information from the SIPRI Arms Transfers Database (Stockholm International Peace Research
#   Institute), with its "Sources and methods" page on trend-indicator values.
# - UN General Assembly votes: as in notebook 02. Every resource's source, version and licence:
#   [`data/README.md`](../data/README.md); terms: the [glossary](../GLOSSARY.md).

# %%
navigation("04_brics")
