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
# # 04. BRICS: membership, economic weight and the region's candidates
#
# The chapter argues that BRICS, enlarged in 2023-24, is becoming a full-scale organisation that
# Latin American states want to join. This notebook sets that claim beside a sourced membership
# record, the economic weight of the groups, and what the states the chapter names as candidates
# did and how they voted; Russia's trade and arms with the region follow in notebook 04b.
#
# **You will learn**
# - to read a curated fact table in which every row has a source and contested points stay
#   contested, and to compare a text's account with it at the text's own date;
# - to compare the weight of country groups at market exchange rates and at
#   [purchasing-power parity](../GLOSSARY.md), and to see why the two differ;
# - to tell applying, being invited, partnership and membership apart, and to set a state's steps
#   towards a group beside its votes.
#
# **Time needed:** about 55 minutes by the course's count (20 reading, 4 for the two figures, 30
# for the three exercises; not yet timed with a class). **Before you start:** notebook 00 and the
# chapter's section "Some shifts to make"; part 3 uses the vote helpers of notebook 02.

# %% [markdown] slideshow={"slide_type": "notes"}
# Frame the session: three kinds of evidence for one argument (membership, weight, votes). The
# chapter was finished in April 2024; much of the membership record comes after it, so keep asking
# "what could the author have known then?" Russia's trade and arms with the region are notebook 04b.

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** Change these and run *Restart Kernel and Run All Cells* (or `make variant`) to
# repeat the analysis for another selection. `FOCUS_STATES` are states of the region (codes, names
# or "LAC", "South America", "Central America", "Caribbean"): they are marked in the timeline of
# part 1 and added to the vote table of part 3. `COMPARE_GROUPS` are the groups set beside BRICS in
# part 2 (any UN member states). Years may be given in either order.

# %% tags=["parameters"]
FOCUS_STATES = "LAC"  # the region's states marked in part 1, added in part 3: codes, names, region
YEARS = (1990, 2024)  # years of part 2 (the data: 1990-2024; PPP values end in 2024)
WITH_SAUDI_ARABIA = False  # contested: count Saudi Arabia in the enlarged BRICS?
COMPARE_GROUPS = {"G7": ["USA", "CAN", "GBR", "FRA", "DEU", "ITA", "JPN"]}  # name: states
RESOLUTIONS = "emergency session"  # Ukraine resolutions for part 3, as in notebook 02

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

lac = countries.lac_codes()  # the 33 states of the region
focus = params.states(FOCUS_STATES, allowed=lac)
first_year, last_year = params.years(YEARS, within=(1990, 2024))
resolutions = votes.ukraine_resolutions(RESOLUTIONS)
names = countries.names()
pd.set_option("display.max_columns", 30)  # part 3: a column per resolution, none elided

# %% slideshow={"slide_type": "skip"}
facts = load("brics_facts")
data_end = facts["date"].max()
enlarged = brics.members_on(f"{data_end:%Y-%m-%d}", with_contested=bool(WITH_SAUDI_ARABIA))
others = {
    name: params.states(codes, name="COMPARE_GROUPS") for name, codes in COMPARE_GROUPS.items()
}
groups = {"BRICS-5": brics.BRICS_5, f"BRICS-{len(enlarged)} ({data_end:%Y})": enlarged, **others}
print(
    f"{len(focus)} focus states; years {first_year}-{last_year}; "
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
in_this_notebook = claims[claims["notebook"] == "04_brics"]
markdown_table(in_this_notebook[["quote", "claim", "kind"]])

# %% [markdown]
# The same section forecasts closer military-technical cooperation between Russia and the region
# (C60), and the section "Sovereignty and non-interference" shows Russia's exports to the region in
# its Figure 18: notebook 04b takes up both.

# %% [markdown] slideshow={"slide_type": "notes"}
# Point out the kinds: C57, C59, C61 and C62 are checkable facts; C56, C58 and C63 are judgements.
# The notebook tests the first group and leaves the judgements to the discussion.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data
#
# A membership table curated for the course (a source on every row), the World Bank's GDP and
# population, and the General Assembly votes of notebook 02:

# %%
markdown_table(data_table(["brics_facts", "wdi_economy", "unga_votes"]))

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
lac_partners = [names[c] for c in partners_now if c in lac]
timeline = {"end": data_end, "lines": marks}
region_rows = {c: label for c, label in labels.items() if c in lac}
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
region_members = [names[c] for c in members_now if c in lac]
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
# The enlarged group is the members at the data's end (with Saudi Arabia only if
# `WITH_SAUDI_ARABIA`), counted in every year; GDP at PPP is derived as per-capita GDP at PPP times
# population.

# %%
shares = brics.world_shares(groups, (first_year, last_year))
latest = shares[shares["year"] == shares.groupby("measure")["year"].transform("max")]
big_group = f"BRICS-{len(enlarged)} ({data_end:%Y})"
year_now = int(latest["year"].max())

# %% slideshow={"slide_type": "slide"}
years_shown = {y for y in shares["year"] if y % 10 == 0} | {shares["year"].min(), year_now}
weight_table = shares[shares["year"].isin(years_shown)].pivot_table(
    index=["measure", "group"], columns="year", values="share", sort=False
)
(weight_table * 100).round(1).rename(index=brics.MEASURES)


# %% [markdown]
# Shares of the world in per cent, by decade and in the first and last year; in a sentence:

# %%
def share_of(group, measure, frame=latest):
    row = frame[(frame["group"] == group) & (frame["measure"] == measure)]
    return float(row["share"].iloc[0]) if len(row) else float("nan")


top = max(groups, key=lambda g: share_of(g, "gdp_ppp"))
print(
    f"At PPP, {top} holds the largest share of world GDP of the groups "
    f"({share_of(top, 'gdp_ppp'):.0%} in {year_now}); at market exchange rates {big_group} "
    f"holds {share_of(big_group, 'gdp_usd'):.0%}."
)

# %% [markdown]
# A group's share counts only members with a value; how many had one in the last year:

# %%
latest.pivot_table(index="group", columns="measure", values="members_with_data", sort=False).astype(
    int
).assign(members=[len(c) for c in groups.values()])

# %% [markdown]
# *How much of BRICS is China?* China's share of each BRICS group's GDP, latest year:

# %%
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
# **What it shows.** The sentence and the tables above are computed for the selection. For the
# default selection, BRICS weighs far more at PPP than at market rates, and more than the G7 at PPP;
# at market rates the G7 is still larger. Much of the group's weight is China's (the table gives its
# share).

# %% [markdown] slideshow={"slide_type": "notes"}
# Ask: which measure would the chapter's argument prefer, and which would a sceptic? Neither is
# "true": market rates measure buying power abroad, PPP living standards and output at home.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Candidates and votes
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
# Stress that a vote is one kind of relation: membership (and, notebook 04b shows, trade) held up
# under Bolsonaro while UN votes moved towards the United States. What else would you look at?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict
#
# The verdicts this notebook reaches, as recorded in the claims register with their reasons (the
# tests in `tests/test_verdicts_04.py` recompute every fact they state):

# %%
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
# not a treaty register, and a vote is one kind of relation among several. C61's note also cites
# Russia's share of Brazil's imports, from the trade records of notebook 04b (part 1, with
# `FOCUS_STATES = "Brazil"`).

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 04.1.** How many states does the membership table (`facts`) record as having applied
# to join BRICS (status `applied`), at any date?

# %%
answer_04_1 = ...  # your answer here: a number
check("04.1", answer_04_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
applied = facts[facts["status"] == "applied"]
answer_04_1 = applied["iso3"].nunique()
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
# **Exercise 04.3.** Part 3 gives Brazil's agreement with Russia from 2011. What was it, on
# average, over Lula's first two terms, 2003-2010 (the mean of the yearly agreement, by the same
# measure)? Give two decimals. Use `votes.agreement`.

# %%
answer_04_3 = ...  # your answer here, e.g. 0.42
check("04.3", answer_04_3)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
lula_years = votes.agreement(["BRA"], ["RUS"], (2003, 2010))
answer_04_3 = round(lula_years["agreement"].mean(), 2)
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
# 4. The chapter lists states that "want to become" members (C59). The record tells wanting,
#    applying, being invited, partnership and membership apart: why might a government, or an
#    author, blur them?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - BRICS membership: the sources named on each row of `brics_facts` (publisher, title, date, URL).
# - World Bank, *World Development Indicators*: NY.GDP.MKTP.CD, NY.GDP.PCAP.PP.CD, SP.POP.TOTL (CC
#   BY 4.0).
# - UN General Assembly votes: as in notebook 02. Trade and arms: notebook 04b. Every resource's
#   source, version and licence: [`data/README.md`](../data/README.md); terms: the
#   [glossary](../GLOSSARY.md).

# %%
navigation("04_brics")
