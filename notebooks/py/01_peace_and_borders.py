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
# # 01. The "most peaceful region"? Wars between the region's states
#
# The chapter opens its argument by calling Latin America "the most peaceful region on our planet":
# wars between its states were rare, most of them border conflicts, and the two major ones were the
# War of the Pacific and the Chaco War. This notebook sets these claims beside the Correlates of War
# records of wars and state-years, with armed conflicts inside states and territorial claims beside
# them, and says which the data support. Notebook 01b goes on to the chapter's borders and courts,
# and notebook 01c to its arms.
#
# **You will learn**
# - to compare regions fairly with a rate ([state-years](../GLOSSARY.md) as the denominator), and
#   to see how the answer changes when you count wars, deaths or years;
# - to check a text's list of wars against a dataset, and to see which wars the text leaves out;
# - to turn a loose label ("border conflict") into tests that data can reach, and to say what the
#   tests cannot show.
#
# **Time needed:** about 50 minutes (about 20 to read the two parts and their figures, 30 for the
# three exercises; the course's count, not yet timed with a class). **Before you start:** notebook
# 00 and the chapter's section "The most peaceful region".

# %% [markdown] slideshow={"slide_type": "notes"}
# Frame the session: the chapter's first pillar is a region at peace with itself. The record mostly
# agrees on wars between states, disagrees on details (which wars were "major", what counts as a
# "border conflict"), and cannot say whether the cause is legal culture. Borders and courts follow
# in notebook 01b, arms in notebook 01c.

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** Change these and run *Restart Kernel and Run All Cells* (or `make variant`).
# `REGION` is one of the course's regions of the Correlates of War states ("Latin America and the
# Caribbean" or "LAC", "North America", "Europe", "Africa", "Middle East", "Asia and Oceania"); it
# chooses the region of parts 1 and 2. `YEARS` and `SPLIT_YEAR` set the wars counted: part 1
# compares the years before `SPLIT_YEAR` with the years from it.

# %% tags=["parameters"]
REGION = "Latin America and the Caribbean"  # e.g. "LAC", "Europe", "Africa"
YEARS = (1816, 2007)  # wars that began in these years (COW covers 1816-2007)
SPLIT_YEAR = 1946  # part 1 compares the years before it with the years from it

# %% slideshow={"slide_type": "skip"}
import pandas as pd
from IPython.display import Markdown

from rulac import Caption, check, data_table, load, markdown_table, params, peace, plots, show
from rulac.course import navigation

region = peace.region(REGION)
first, last = params.years(YEARS, within=(1816, 2007))
split = params.years(SPLIT_YEAR, name="SPLIT_YEAR", within=(1816, 2007))[0]
claims = load("claims").set_index("id")
print(f"Region: {region}; wars that began {first}-{last}, split at {split}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter says
#
# The section "The most peaceful region" builds the first pillar of the chapter's argument on the
# region's wars. In the chapter's words, from the claims register (each claim is restated neutrally
# in the Verdict):

# %%
ours = claims.index[claims["notebook"] == "01_peace_and_borders"]
markdown_table(claims.loc[ours, ["section", "quote"]])

# %% [markdown]
# The chapter credits the Monroe Doctrine with partly shielding the region from new European
# colonisation (C24), and holds that the Cold War crises of the region escalated mainly after the
# superpowers became involved (C08). Those are judgements for the discussion at the end. Its claims
# about borders and courts are the subject of notebook 01b, those about arms of notebook 01c.

# %% [markdown] slideshow={"slide_type": "notes"}
# Point out what kind of claims these are: a comparison between regions ("most peaceful"), a list
# of wars ("the two major"), and a label ("border conflicts"). Each needs a different measure; the
# next slide lists the tables.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data
#
# The tables this notebook reads, from `data/datapackage.json` (each one's columns, sources and
# limits are in [`data/README.md`](../data/README.md)):

# %%
markdown_table(data_table(["cow_codes", "cow_states", "cow_wars", "ucdp_conflicts", "icow_claims"]))

# %% [markdown]
# What the data leave out, and what it means here:
#
# - **Wars between states only.** A [Correlates of War](../GLOSSARY.md) (COW) inter-state war has
#   at least 1,000 [battle deaths](../GLOSSARY.md) within twelve months; civil wars are in other
#   lists. UCDP/PRIO counts armed conflicts inside states too, from 1946 (part 1 shows both).
# - **COW's state system.** States that COW does not yet count (Honduras enters in 1899, Costa
#   Rica in 1920) add no state-years and fight no war in its list.
# - **Regions** are the course's grouping of COW codes by code range (see `cow_codes`), not a COW
#   variable; ICOW and UCDP each have regions of their own.
# - **ICOW covers the Western Hemisphere and Western Europe only**: part 2 can find a territorial
#   claim behind a war only there.

# %% [markdown] slideshow={"slide_type": "notes"}
# The limits matter for the verdicts: "most peaceful" will be about wars between states, and
# "border conflict" can be tested only for wars fought in the Western Hemisphere.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. How rare were wars between the region's states?
#
# *Question: how often did the region's states take part in wars between states, per year of
# existence, compared with other regions?*
#
# A [state-year](../GLOSSARY.md) is one state in one year of COW's state system. Dividing war
# participations by state-years compares regions with many states and few, old and new. The
# figure shows the rate, and the battle deaths the region's own states suffered per state-year,
# before and from the split year.

# %%
rates = peace.war_rates(first, last, split)
by_period = rates.set_index("region").groupby("period", sort=False)
rank_of = {p: peace.rank(block["per_100_state_years"], region) for p, block in by_period}
tied = {p: peace.tied(block["per_100_state_years"], region) for p, block in by_period}

# %% slideshow={"slide_type": "skip"}
n_regions = rates["region"].nunique()
how_often = [f"{peace.least_often(r, tied[p])} in {p}" for p, r in rank_of.items()]
rates_words = Caption(
    title=f"Per state-year, {region}'s states took part in wars {' and '.join(how_often)} "
    f"of {n_regions} regions",
    caption="War participations per 100 state-years (left) and battle deaths suffered per "
    "state-year (right, log scale) by region, for wars that began in each period; the later "
    "period is hatched. A state that fought in one war counts one participation.",
    source=f"Correlates of War, Inter-State War Data 4.0 and State System Membership v2016, "
    f"{first}-{last}; regions by COW code range (the course's grouping).",
    alt="Two bar charts with one row per region and one bar per period. In "
    + "; in ".join(f"{p} {region} ranks {peace.ordinal(r)} lowest" for p, r in rank_of.items())
    + f" of {n_regions} regions by participations per state-year.",
)

# %% slideshow={"slide_type": "slide"}
show(plots.war_rate_bars(rates, region), rates_words, number=1)

# %% slideshow={"slide_type": "slide"}
rates.set_index(["period", "region"]).round(2)

# %%
shown = [peace.rates_sentence(block, region, period) for period, block in by_period]
Markdown("**What it shows.** " + " ".join(shown))

# %% [markdown]
# The answer depends on what is counted: a rate per state-year, deaths, or wars. Wars between
# states are also only part of the record. UCDP/PRIO counts every [conflict-year](../GLOSSARY.md)
# with a government on one side, inside states too; its regions are its own (the Americas include
# the United States and Canada). Conflict-years from 1946 to 2021, by type:

# %%
conflicts = load("ucdp_conflicts").assign(region=lambda t: t["regions"].str.split(";"))
conflicts = conflicts.explode("region")
by_type = pd.crosstab(conflicts["region"], conflicts["type"], margins=True, margins_name="all")
by_type

# %%
americas = by_type.loc["Americas"]
inside = americas["intrastate"] + americas["internationalized intrastate"]
Markdown(
    f"In the Americas UCDP counts {americas['interstate']} conflict-years between states and "
    f"{inside} inside states, of {americas['all']}. A region with few wars between its states "
    "need not be a region without armed conflict."
)

# %% [markdown] slideshow={"slide_type": "notes"}
# Ask which measure the chapter's "most peaceful" means. Participation per state-year favours
# regions with many small states; deaths are dominated by a few wars (the world wars). Then ask
# what the UCDP table adds: the chapter speaks of wars between states only.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Which were the region's wars, and which does the chapter name?
#
# *Question: which wars between states had a participant from the region, how deadly were they,
# and were they fought over territory?*
#
# The chapter calls the War of the Pacific and the Chaco War "the two major interstate wars on the
# continent" and most of the region's wars "border conflicts". To test "border conflict", the
# course asks whether an [ICOW](../GLOSSARY.md) territorial claim between the two sides was open
# when the war began, and whether ICOW counts a war over that claim (ICOW covers the Western
# Hemisphere and Western Europe only: a war elsewhere has no claim by construction).

# %%
wars = peace.wars_of(region, first, last)
wars = wars.merge(peace.claims_between_sides(wars["war_num"]), on="war_num")
here = wars[wars["where"] == "Western Hemisphere"]

# %% slideshow={"slide_type": "skip"}
title = f"No war between states with a participant from {region} began in {first}-{last}"
if len(wars):
    deadliest = wars.iloc[0]
    own = wars.sort_values("region_deaths", ascending=False).iloc[0]
    title = (
        f"The deadliest of {len(wars)} wars with a participant from {region}, {first}-{last}, "
        f"was {deadliest['war']} ({deadliest['battle_deaths']:,} battle deaths); for the "
        f"region's own states, {own['war']} ({own['region_deaths']:,})"
    )
timeline_words = Caption(
    title=title,
    caption="Each war by the year it began and the battle deaths of all its participants (log "
    "scale). Stars: wars the chapter names; circles: wars among the region's states only; "
    "squares: wars with states from other regions. Named: the chapter's wars, wars in which "
    "the region's states lost 5,000 or more, and wars of 500,000 deaths or more.",
    source=f"Correlates of War, Inter-State War Data 4.0 ({first}-{last}).",
    alt=f"A scatter of {len(wars)} wars on a time axis with battle deaths on a log scale. "
    + "; ".join(f"{w.war} ({w.start}): {w.battle_deaths:,}" for w in wars.head(5).itertuples()),
)

# %% slideshow={"slide_type": "slide"}
show(plots.war_timeline(wars, focus=region), timeline_words, number=2)

# %% slideshow={"slide_type": "slide"}
columns = ["war", "start", "end", "where", "battle_deaths", "region_deaths", "participants"]
shown = wars[[*columns, "claims"]].rename(columns={"claims": "ICOW claim open at the start"})
markdown_table(shown, index=False)

# %%
Markdown("**What it shows.** " + peace.wars_sentence(here))

# %% [markdown] slideshow={"slide_type": "notes"}
# The chapter's two wars are real and large for the region, but the deadliest war in COW's list
# for the region is not one of them (default selection). Ask what 'major' means in the chapter, and
# whether "border conflict" should mean "a claim was open" or "the war was about the claim".

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict
#
# The verdicts this notebook reaches, as recorded in the claims register with their reasons
# (`tests/test_verdicts_01.py` recomputes every fact they state). They are written for the
# course's definitions (Latin America and the Caribbean, wars 1816-2007), not for the parameters
# above:

# %%
decided = claims.loc[ours][~claims.loc[ours, "verdict"].isin(["untested", "discussion"])]
markdown_table(decided[["claim", "verdict", "verdict_note"]])

# %% [markdown]
# The limits of the evidence: COW counts only wars between states that it counts as states, with
# at least 1,000 battle deaths, and its deaths are estimates; wars inside states are another record
# (UCDP); ICOW finds territorial claims in the Western Hemisphere and Western Europe only; "by
# European standards" has no measure here; and none of the tables can show *why* the region's
# record looks as it does, which is the chapter's causal argument.

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 01.1.** What share of all the battle deaths suffered by Latin American and Caribbean
# states in COW's inter-state wars (1816-2007) came from the Lopez (Paraguayan) War? Give a number
# between 0 and 1 with two decimals. Use `load("cow_wars")` and `peace.codes_of(peace.LAC)`.

# %%
answer_01_1 = ...  # your answer here: a share, e.g. 0.25
check("01.1", answer_01_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
all_wars = load("cow_wars")
lac_states = all_wars[all_wars["ccode"].isin(peace.codes_of(peace.LAC))]
lopez = lac_states.loc[lac_states["war_name"] == "Lopez", "battle_deaths"].sum()
answer_01_1 = round(lopez / lac_states["battle_deaths"].sum(), 2)
check("01.1", answer_01_1)

# %% [markdown]
# **Exercise 01.2.** The chapter speaks of the 19th and the 20th centuries. Part 1 split COW's
# years at 1946; split them at 1900 instead with `peace.war_rates(1816, 2007, 1900)`. For wars that
# began in 1816-1899, which region's states took part in wars least often per state-year? Give the
# region's name as the table spells it.

# %%
answer_01_2 = ...  # your answer here: a region's name, e.g. "Europe"
check("01.2", answer_01_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
by_century = peace.war_rates(1816, 2007, 1900).query("period == '1816-1899'")
# Look at state_years too: a rate over few state-years moves a lot with a single war.
answer_01_2 = by_century.set_index("region")["per_100_state_years"].idxmin()
check("01.2", answer_01_2)

# %% [markdown]
# **Exercise 01.3.** Which state of Latin America and the Caribbean took part in the most COW
# inter-state wars, 1816-2007? Give its name as COW spells it (`state_name` in `load("cow_wars")`),
# and count each war once per state (a state that changed sides has two rows).

# %%
answer_01_3 = ...  # your answer here: a state's name, e.g. "Chile"
check("01.3", answer_01_3)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
all_wars = load("cow_wars")
lac_rows = all_wars[all_wars["ccode"].isin(peace.codes_of(peace.LAC))]
wars_per_state = lac_rows.groupby("state_name")["war_num"].nunique()
answer_01_3 = wars_per_state.idxmax()
check("01.3", answer_01_3)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. Is a region with few but very deadly wars (the Lopez War) more or less peaceful than one with
#    many small ones? Which measure of part 1 would you defend, and would it change if civil wars
#    counted (the UCDP table)?
# 2. Part 2 tests "border conflict" two ways: a territorial claim between the two sides was open
#    when the war began, or ICOW counts a war over that claim. Which test fits the chapter's words,
#    and what would "by European standards" add?
# 3. The chapter says the Monroe Doctrine "to a certain extent saved the region from the new stage
#    of colonization" (C24), and elsewhere calls US doctrines "vested and unlawful". Can both hold?
#    What evidence would bear on the counterfactual?
# 4. The chapter holds that the region's Cold War crises escalated "mostly after involvement of the
#    superpowers" (C08). How would you date "involvement" and "escalation" for the Cuban Missile
#    Crisis or the Central American crisis of 1979-1990?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - Meredith Reid Sarkees and Frank Wayman, *Resort to War: 1816-2007* (CQ Press, 2010): the
#   Correlates of War Inter-State War Data 4.0; Correlates of War Project, *State System Membership
#   List v2016*.
# - Paul R. Hensel, "Contentious Issues and World Politics: Territorial Claims in the Americas,
#   1816-1992", *International Studies Quarterly* 45(1) (2001): ICOW Data 1.1.
# - UCDP/PRIO Armed Conflict Dataset 22.1 (Gleditsch et al. 2002; Davies, Pettersson and Öberg
#   2022).
# - Every resource's source, version and licence: [`data/README.md`](../data/README.md); terms: the
#   [glossary](../GLOSSARY.md).

# %%
navigation("01_peace_and_borders")
