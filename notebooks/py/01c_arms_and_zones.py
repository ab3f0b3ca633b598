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
# # 01c. Arms: limitation, races, spending and the first nuclear-weapon-free zone
#
# The chapter counts arms among the marks of "the most peaceful region": Argentina and Chile limited
# arms early, the region "has never participated in any of the large-scale arms races", its armies
# are "relatively fragile" beside the great powers', and it created the first nuclear-weapon-free
# zone. This notebook sets each claim beside the record of the Pacts of May, a list of arms races,
# military spending and the treaties of nuclear-weapon-free zones, and says which the data support.
#
# **You will learn**
# - to check a dated claim against the record it rests on, and to say what the record does not
#   give (here, a number of warships);
# - to tell a state's effort (military spending as a share of GDP) from its strength;
# - to recognise a claim that the data at hand cannot test ("large-scale" arms races).
#
# **Time needed:** about 35 minutes (about 15 to read the three parts and the figure, 20 for
# the two exercises; the course's count, not yet timed with a class). **Before you start:**
# notebooks 01 and 01b and the chapter's section "The most peaceful region".

# %% [markdown] slideshow={"slide_type": "notes"}
# Notebooks 01 and 01b looked at wars, borders and courts; this one looks at arms. The record
# agrees with the chapter's dates (1902, 1967, 1986), does not confirm one detail (the four
# cruisers), lists arms races that involve the region's states without saying whether any was
# "large-scale", and cannot say whether the armies are weak *because* the region had no
# full-scale wars.

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** Change these and run *Restart Kernel and Run All Cells* (or `make variant`).
# `REGION` is one of the course's regions of the Correlates of War states, as in notebook 01 ("LAC",
# "North America", "Europe", "Africa", "Middle East", "Asia and Oceania"): part 1 lists its arms
# races. `REFERENCE_STATES` are drawn beside the region's military spending in part 2, over
# `SPENDING_YEARS` (the region's states that have a series, and the five permanent members of the
# Security Council). The Pacts of May (part 1) and the treaties of part 3 are the chapter's own
# examples and do not change.

# %% tags=["parameters"]
REGION = "Latin America and the Caribbean"  # part 1: e.g. "LAC", "Europe", "Africa"
REFERENCE_STATES = ["RUS", "USA"]  # part 2: codes or names, e.g. ["Brazil", "CHN"]
SPENDING_YEARS = (1960, 2024)  # part 2: years of military spending (the data cover 1960-2024)

# %% slideshow={"slide_type": "skip"}
from IPython.display import Markdown

from rulac import Caption, check, data_table, load, markdown_table, params, peace, plots, show
from rulac.countries import lac_codes
from rulac.countries import names as state_names
from rulac.course import navigation

region = peace.region(REGION)
allowed = peace.spending_codes()
references = params.states(REFERENCE_STATES, name="REFERENCE_STATES", allowed=allowed)
covered = tuple(load("military_spending")["year"].agg(["min", "max"]))
spending_years = params.years(SPENDING_YEARS, name="SPENDING_YEARS", within=covered)
claims = load("claims").set_index("id")
print(f"Region: {region}; reference states: {', '.join(references)}")
print(f"Military spending {spending_years[0]}-{spending_years[1]}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter says
#
# The section "The most peaceful region" goes on from wars (notebook 01), borders and courts
# (notebook 01b) to arms; one claim comes from a later section (C23 on armies). In the chapter's
# words, from the claims register (each claim is restated neutrally in the Verdict):

# %%
ours = claims.index[claims["notebook"] == "01c_arms_and_zones"]
markdown_table(claims.loc[ours, ["section", "quote"]])

# %% [markdown]
# The claim that armies are "relatively fragile" because the region had no full-scale wars (C23)
# has a measurable half (spending) and a causal half that no table here can test.

# %% [markdown] slideshow={"slide_type": "notes"}
# Point out what kind of claims these are: dated events (1902, 1967, 1986), a claim that something
# never happened ("never participated in any of the large-scale arms races") and a comparison with
# the great powers ("relatively fragile"). Each needs a different table; the next slide lists
# them.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data
#
# The tables this notebook reads besides COW's state codes (described in notebook 01), from
# `data/datapackage.json` (each one's columns, sources and limits are in
# [`data/README.md`](../data/README.md)):

# %%
arms = ["chapter_events", "arms_races", "military_spending", "nwfz_treaties"]
markdown_table(data_table(arms))

# %% [markdown]
# What the data leave out, and what it means here:
#
# - **Events.** The Pacts of May and the South Atlantic zone are rows of `chapter_events`, each
#   with the source it comes from and how confident the course is of it; a row says only what its
#   source says.
# - **Arms races.** The list by Gibler, Rider and Hutchison (2005) names races between rivals, with
#   their years; it does not measure how large a race was.
# - **Spending.** The World Bank's series (from SIPRI) start in 1960 and have no data for ten of
#   the 33 states; a share of GDP measures effort, not the strength of an army.

# %% [markdown] slideshow={"slide_type": "notes"}
# The limits matter for the verdicts: "large-scale" cannot be tested with a list that has no
# measure of scale, and "fragile" armies cannot be read off spending alone.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. Limitation and arms races
#
# *Question: did Argentina and Chile limit arms early, and did the region's states take part in
# arms races?*
#
# The chapter: Argentina and Chile "pioneered an arms reduction process by concluding the so-called
# Pacts of May (1902)". The record of the pacts, as the course's source gives it:

# %%
events = load("chapter_events").set_index("event_id")
events["date"] = events["date"].dt.strftime("%Y-%m-%d")
columns = ["date", "what_the_record_says", "source_publisher", "confidence"]
markdown_table(events.loc[["pacts_of_may_1902"], columns])

# %% [markdown]
# The chapter adds that the two states gave up "the four already made for them in Italy and Great
# Britain armored cruisers"; the source above says both sides gave up warships under construction
# and gives no number. The chapter also says the region "has never participated in any of the
# large-scale arms races". The list of arms races during rivalries by Gibler, Rider and Hutchison
# (2005) names those involving the region's states (it does not measure a race's scale):

# %%
races = load("arms_races")
states = peace.codes_of(region)
in_region = races[races["ccode1"].isin(states) | races["ccode2"].isin(states)]
in_region

# %%
powers = peace.great_power_codes()
with_powers = in_region[in_region[["ccode1", "ccode2"]].isin(powers).any(axis=1)]
Markdown(
    f"**What it shows.** The list holds {len(races)} arms races, {races['start_year'].min()}-"
    f"{races['end_year'].max()}; {len(in_region)} involve a state of {region}, "
    f"{len(with_powers)} of them a permanent member of today's UN Security Council."
)

# %% [markdown] slideshow={"slide_type": "notes"}
# Read the record of the pacts beside the chapter's sentence: the date agrees, the four cruisers
# are not in the source. "Never in a large-scale arms race": the list shows several races involving
# the region's states, but it has no measure of scale, so "large-scale" cannot be settled with it.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Military spending
#
# *Question: do the region's states spend less on their armies than the world and the great
# powers?*
#
# Military spending as a share of GDP, from the World Bank (which takes it from SIPRI): the World
# Bank's aggregate for Latin America & Caribbean and for the world, and the reference states:

# %%
codes = ["LCN", "WLD", *references]
shares = peace.spending(codes, *spending_years)
labels = {"LCN": "Latin America & Caribbean", "WLD": "World", **state_names(references)}
latest = shares[["LCN", "WLD"]].dropna().index.max()

# %% slideshow={"slide_type": "skip"}
given = [c for c in shares.columns[2:] if shares[c].get(latest) > 0]
in_latest = ", ".join(f"{labels[c]} {shares.loc[latest, c]:.1f}%" for c in given)
spend_words = Caption(
    title=f"In {latest} Latin America & Caribbean spent {shares.loc[latest, 'LCN']:.1f}% of GDP on "
    f"the military, the world {shares.loc[latest, 'WLD']:.1f}%"
    + (f"; {in_latest}" if in_latest else ""),
    caption=f"Military expenditure as a share of GDP, {spending_years[0]}-{spending_years[1]}: "
    "World Bank aggregates for Latin "
    "America & Caribbean and the world, and the reference states (each with its own marker).",
    source="World Bank, World Development Indicators, MS.MIL.XPND.GD.ZS (from SIPRI).",
    alt=f"Lines over time, one per series. In {latest}: "
    + "; ".join(f"{labels[c]} {shares.loc[latest, c]:.1f}%" for c in shares.columns),
)

# %% slideshow={"slide_type": "slide"}
show(plots.spending_lines(shares, labels), spend_words, number=1)

# %% slideshow={"slide_type": "slide"}
spent = load("military_spending").query("year == @latest & code in @codes")
spent.set_index("name")[["share_of_gdp", "spending_usd_m"]].round(1)

# %%
billions = spent.set_index("code")["spending_usd_m"].dropna() / 1000
others = [f"{labels[c]} {peace.billions(billions[c])}" for c in references if c in billions]
missing = [c for c in references if c not in billions]
Markdown(
    f"**What it shows.** In {latest} the region's aggregate spent "
    f"{peace.billions(billions['LCN'])} US dollars (share × GDP, current dollars); "
    f"{'; '.join(others) or 'no reference state'}."
    + (f" No data for {', '.join(missing)} in {latest}." if missing else "")
)

# %% [markdown] slideshow={"slide_type": "notes"}
# Spending as a share of GDP measures effort, not the strength of an army. Ask what "relatively
# fragile" would mean, and what the dollars in the table add to the shares in the figure.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. The first nuclear-weapon-free zone
#
# *Question: was the region's zone the first, and did Brazil start the zone in the South Atlantic?*
#
# The chapter credits "Latin American efforts to create the first nuclear-weapon-free zone in the
# world (the Treaty of Tlatelolco, 1967)" and Brazil with inaugurating the Zone of Peace and
# Cooperation in the South Atlantic (1986). The [nuclear-weapon-free zone](../GLOSSARY.md)
# treaties and related instruments, and the record of 1986:

# %%
nwfz = load("nwfz_treaties")
columns = ["short_name", "region", "instrument_type", "opened_for_signature", "entry_into_force"]
markdown_table(nwfz[columns], index=False)

# %%
markdown_table(events.loc[["zpcsa_1986"], ["date", "actors", "what_the_record_says"]])

# %%
first_zone = nwfz[nwfz["regional_zone_treaty"]].sort_values("signed_year").iloc[0]
earlier = nwfz[nwfz["signed_year"] < first_zone["signed_year"]]
before_it = "; ".join(f"{e.short_name} ({e.signed_year})" for e in earlier.itertuples())
Markdown(
    f"**What it shows.** The first regional zone treaty in the table is "
    f"{first_zone['short_name']} ({first_zone['signed_year']}); before it the table lists only "
    f"{before_it or 'nothing'}, which is not a regional zone treaty."
)

# %% [markdown] slideshow={"slide_type": "notes"}
# The table lists the Antarctic Treaty (1959) first: ask whether a denuclearized area is a "zone".
# The verdict follows the table's own distinction (a regional zone treaty). The record of 1986 says
# who asked for the agenda item (Brazil), not who drafted the resolution.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict
#
# The verdicts this notebook reaches, as recorded in the claims register with their reasons
# (`tests/test_verdicts_01c.py` recomputes every fact they state). They are written for the
# course's definitions (Latin America and the Caribbean, military spending 1960-2024), not for the
# parameters above:

# %%
decided = claims.loc[ours][~claims.loc[ours, "verdict"].isin(["untested", "discussion"])]
markdown_table(decided[["claim", "verdict", "verdict_note"]])

# %% [markdown]
# The limits of the evidence: the record of the Pacts of May gives no number of warships; the
# arms-race list has no measure of scale; military spending is an effort, not a strength, and has
# no series for ten of the 33 states; and none of the tables can show *why* the region's record
# looks as it does, which is the chapter's causal argument.

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 01c.1.** In how many years from 1992 to 2024 was Russia's military spending, as a
# share of GDP, more than twice the world's? Use `peace.spending(["RUS", "WLD"], 1992, 2024)`.

# %%
answer_01c_1 = ...  # your answer here: a number of years
check("01c.1", answer_01c_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
russia_world = peace.spending(["RUS", "WLD"], 1992, 2024).dropna()
answer_01c_1 = int((russia_world["RUS"] > 2 * russia_world["WLD"]).sum())
check("01c.1", answer_01c_1)

# %% [markdown]
# **Exercise 01c.2.** Which state of the region spent the largest share of its GDP on the military
# in 2024? Use `load("military_spending")` (columns `code`, `name`, `year`, `share_of_gdp`;
# `lac_codes()`, imported at the top, gives the codes of the 33 states) and give the state's name
# as the column `name` spells it.

# %%
answer_01c_2 = ...  # your answer here: a name, in quotes
check("01c.2", answer_01c_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
spending = load("military_spending").query("year == 2024")
region_2024 = spending[spending["code"].isin(lac_codes())].set_index("name")
answer_01c_2 = region_2024["share_of_gdp"].idxmax()
check("01c.2", answer_01c_2)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. Spending as a share of GDP measures effort, not strength (part 2). What evidence would show
#    whether the region's armies are "relatively fragile" (C23), and would it tell you why?
# 2. The chapter says the region "has never participated in any of the large-scale arms races"
#    (C07). Part 1's list names races that involve the region's states but gives no measure of
#    scale. What would "large-scale" have to mean for the claim to be tested, and which data would
#    measure it?
# 3. The chapter credits "Latin American efforts" with the first nuclear-weapon-free zone (C15).
#    Which records would show whose efforts they were, and what the zone changed?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - Douglas M. Gibler, Toby J. Rider and Marc L. Hutchison, "Taking Arms Against a Sea of Troubles",
#   *Journal of Peace Research* 42(2) (2005), as transcribed in the R package peacesciencer.
# - World Bank, *World Development Indicators*: military expenditure (from SIPRI) and GDP.
# - Treaty texts and records as listed in `nwfz_treaties` and `chapter_events`; COW's state codes
#   as in notebook 01.
# - Every resource's source, version and licence: [`data/README.md`](../data/README.md); terms: the
#   [glossary](../GLOSSARY.md).

# %%
navigation("01c_arms_and_zones")
