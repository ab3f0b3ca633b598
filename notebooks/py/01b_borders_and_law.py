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
# # 01b. Borders and courts: how the region's disputes were settled
#
# The chapter's "most peaceful region" rests on more than its wars: Brazil's borders settled
# "without making a single shot", disputes resolved or frozen, and "more legal barriers" than in
# Europe. This notebook sets each claim beside the records of territorial changes, borders on the
# ground, territorial claims and court cases, and says which the data support. The chapter's claims
# about arms follow in notebook 01c.
#
# **You will learn**
# - to check a text's border settlements against datasets, and to read two datasets that disagree
#   ([de facto and de jure](../GLOSSARY.md) borders) on a map;
# - to follow one dispute through several tables at once, and to see what the words "resolved" and
#   "frozen" leave out;
# - to turn a loose claim ("more legal barriers") into measures that data can reach, and to say
#   what the measures cannot show.
#
# **Time needed:** about 45 minutes (about 25 to read the two parts and their figures, 20 for
# the two exercises; the course's count, not yet timed with a class). **Before you start:** notebook
# 01 and the chapter's section "The most peaceful region".

# %% [markdown] slideshow={"slide_type": "notes"}
# Notebook 01 looked at wars; this one looks at how the region's states settled what they disputed
# (their arms follow in notebook 01c). The record mostly agrees with the chapter's examples,
# disagrees on details (how much Brazil gained, how "frozen" a dispute is, how much more "legal" a
# region), and cannot say whether the cause is legal culture.

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** Change this and run *Restart Kernel and Run All Cells* (or `make variant`).
# `REGION` is one of the course's regions of the Correlates of War states, as in notebook 01 ("LAC",
# "North America", "Europe", "Africa", "Middle East", "Asia and Oceania"): part 2 reports its cases
# at the International Court of Justice. Part 1 checks the chapter's own examples and does not
# change; ICOW's territorial claims (part 2) cover the Western Hemisphere and Western Europe only.

# %% tags=["parameters"]
REGION = "Latin America and the Caribbean"  # part 2: e.g. "LAC", "Europe", "Africa"

# %% slideshow={"slide_type": "skip"}
import pandas as pd
from IPython.display import Markdown

from rulac import Caption, check, data_table, load, markdown_table, peace, plots, show
from rulac.course import navigation

region = peace.region(REGION)
claims = load("claims").set_index("id")
print(f"Region: {region}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter says
#
# The section "The most peaceful region" goes on from wars (notebook 01) to borders and law; one
# claim comes from a later section (C41 on Mexico). In the chapter's words, from the claims register
# (each claim is restated neutrally in the Verdict):

# %%
ours = claims.index[claims["notebook"] == "01b_borders_and_law"]
markdown_table(claims.loc[ours, ["section", "quote"]])

# %% [markdown]
# The chapter asks whether this record means that the region's "political culture is higher than
# the European one" (C14), and argues that the tension between territorial integrity and
# self-determination keeps the region from understanding the war in Ukraine (C25). Those are
# judgements for the discussion at the end. Its claims about arms (the Pacts of May, arms races,
# military spending, the first nuclear-weapon-free zone) are the subject of notebook 01c.

# %% [markdown] slideshow={"slide_type": "notes"}
# Point out what kind of claims these are: areas (km², "equal to that of France"), dated events
# (1848, 1895-1909, 1904, 1998) and a comparison between regions ("more legal barriers than
# civilized Europeans"). Each needs a different table; the next slide lists them.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data
#
# The tables this notebook reads besides COW's state codes and wars (described in notebook 01), from
# `data/datapackage.json` (each one's columns, sources and limits are in
# [`data/README.md`](../data/README.md)):

# %%
borders = ["territorial_change", "border_transfers", "borders_today", "surface_area"]
law = ["icow_claims", "icj_cases", "chapter_events"]
markdown_table(data_table(borders + law))

# %% [markdown]
# What the data leave out, and what it means here:
#
# - **Borders.** COW's territorial changes record transfers as treaties and wars made them; CShapes
#   2.0 draws the borders states controlled, from 1886 only. The map shows South America and the
#   south of Central America, so no area of Europe appears on it (nor Crimea, which Natural Earth's
#   de facto lines draw inside Russia). CShapes is licensed CC BY-NC-SA 4.0 (non-commercial use,
#   attribution, share-alike), which the map repeats.
# - **ICOW covers the Western Hemisphere and Western Europe only**: every comparison of territorial
#   claims is between those two, never with Africa, Asia or the Middle East.
# - **Courts.** The ICJ table counts cases, not disputes, to April 2024, and a case is one route
#   among several (arbitration, mediation, bilateral talks).

# %% [markdown] slideshow={"slide_type": "notes"}
# The limits matter for the verdicts: "territory equal to that of France" depends on the table (a
# treaty or control on the ground), and "more legal barriers than Europeans" can only be tested
# against Western Europe.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. Borders: settled, frozen, fought over
#
# *Question: how did territory change hands between the region's states, and what do the chapter's
# examples look like in the record?*
#
# This part is about Latin America and the Caribbean whatever `REGION` is: the chapter's examples
# are all there. First, every transfer between two states of the region in COW's territorial
# change data, by how it was made and whether it involved military conflict:

# %%
lac = peace.codes_of(peace.LAC)
moves = peace.transfers_between(lac, lac, 1816, 2015)
by_procedure = moves.groupby(["procedure", "conflict"], dropna=False)["area_km2"]
by_procedure.agg(transfers="size", km2="sum").round(0)

# %%
names = peace.names_by_code()
Markdown(peace.transfers_sentence(moves))

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Brazil, 1895-1909
#
# The chapter: from 1895 to 1909 Brazil peacefully resolved all its "territorial problems with the
# neighbors" and, "without making a single shot", gained "the territory equal to that of France".
# COW's territorial changes with Brazil on either side in those years:

# %%
gains = peace.transfers_between({140}, lac, 1895, 1909)
losses = peace.transfers_between(lac, {140}, 1895, 1909)
brazil_moves = pd.concat([gains, losses], ignore_index=True)
peace.named(brazil_moves, ["gainer", "loser"])[["year", "gainer", "loser", "area_km2", "conflict"]]

# %%
gross, net = gains["area_km2"].sum(), gains["area_km2"].sum() - losses["area_km2"].sum()
france = load("surface_area").query("iso3 == 'FRA'").set_index("year")["area_km2"]
Markdown(peace.france_sentence(gross, net, france))

# %% [markdown]
# Did Brazil resolve *all* its territorial problems in those years? ICOW lists every territorial
# claim between Brazil and another state; those open at some time between 1895 and 1909:

# %%
brazil_claims = peace.claims_open(140, 1895, 1909)
columns = ["name", "challenger", "target", "begin_year", "end_year", "how_ended", "ended_violently"]
peace.named(brazil_claims, ["challenger", "target"])[columns]

# %%
later = brazil_claims[brazil_claims["end_year"].fillna(2002) > 1909]
violent = brazil_claims[brazil_claims["ended_violently"].fillna(False)]
Markdown(
    f"Of these {len(brazil_claims)} claims, {len(later)} lasted beyond 1909 "
    f"({', '.join(later['name'])}); ICOW codes {len(violent)} as ending through organised "
    f"violence ({', '.join(violent['name'])})."
)

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### The map: land that changed hands on the ground
#
# COW's territorial changes record what treaties transferred, including land a state claimed but
# hardly held; CShapes 2.0 draws the borders states controlled, from 1886. The map puts every piece
# of land that passed from one state of South or Central America to another in CShapes onto
# today's borders, coloured and hatched by what COW records: military conflict (COW's flag on the
# territorial change, or a COW war between the two that ended within five years), none, or no
# matching record.

# %%
borders = peace.shapes("borders_today")
moved = peace.mapped_transfers()
to_brazil = moved.loc[moved["gainer"] == 140, "area_km2"].sum()
brazil_ground = to_brazil - moved.loc[moved["loser"] == 140, "area_km2"].sum()
years = moved.loc[(moved["gainer"] == 140) | (moved["loser"] == 140), "date"].dt.year

# %% slideshow={"slide_type": "skip"}
licence = (
    "Land transferred: CShapes 2.0 (Schvitz et al. 2022), CC BY-NC-SA 4.0, "
    "non-commercial use with attribution; this map is shared under the same licence."
)
map_words = Caption(
    title=f"On the ground Brazil gained about {round(brazil_ground, -4):,.0f} km² net in "
    f"{years.min()}-"
    f"{years.max()}, against {net:,.0f} km² ceded to it on paper in 1895-1909",
    caption="Today's borders (grey) and the land that passed between states of South and "
    "Central America in CShapes 2.0, 1886-2019, labelled with the year CShapes changes the "
    "border and the loser and gainer (ISO3). Hatched vermillion: with military conflict; "
    "blue: without; "
    "dotted yellow: no COW record of a transfer or war within five years. " + licence,
    source="CShapes 2.0 (ETH Zürich, CC BY-NC-SA 4.0); Natural Earth 4.1.0 borders (public "
    "domain); COW Territorial Change v6 and Inter-State War Data 4.0.",
    alt=f"A map of South America with {len(moved)} shaded pieces of land, each labelled. "
    + "; ".join(f"{m.label}: {m.area_km2:,.0f} km²" for m in moved.itertuples()),
)

# %% slideshow={"slide_type": "slide"}
show(plots.transfer_map(borders, moved, licence=licence), map_words, number=1)

# %% slideshow={"slide_type": "slide"}
columns = ["label", "area_km2", "tc_year", "tc_area_km2", "procedure", "tc_conflict", "war"]
moved[columns]

# %%
Markdown(
    f"**What it shows.** In CShapes, Brazil's borders move in {years.min()}-{years.max()}: net, "
    f"it gains about {round(brazil_ground, -4):,.0f} km² on the ground, "
    f"{brazil_ground / net:.0%} of the "
    f"{net:,.0f} km² of COW's territorial changes. Much of the land that treaties ceded to "
    "Brazil was claimed by its neighbours rather than held."
)

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Mexico, 1848
#
# In another section the chapter recalls "the loss by Mexico of more than one third of its
# territory in the war with the United States". COW's territorial changes give the area of the
# cession of 1848; Mexico's territory just before it is rebuilt here from today's surface area
# (World Bank, 2019) plus what Mexico lost from 1848 on, minus what it gained:

# %%
mexico = peace.territory_before(ccode=70, iso3="MEX", year=1848, reference_year=2019)
columns = ["year", "gainer", "loser", "procedure", "area_km2", "conflict"]
peace.named(mexico["changes"], ["gainer", "loser"])[columns]

# %%
cession = mexico["changes"].query("year == 1848")["area_km2"].sum()
before = mexico["territory_before"]
Markdown(
    f"Mexico before 1848: {mexico['surface_area']:,.0f} + {mexico['lost_since']:,.0f} − "
    f"{mexico['gained_since']:,.0f} = {before:,.0f} km². The cession of 1848 "
    f"({cession:,.0f} km²) was {cession / before:.0%} of it."
)

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Peru and Ecuador, Bolivia and Chile
#
# The chapter: many inherited disputes were "peacefully resolved (as, for example, the territorial
# problem between Peru and Ecuador, in 1998)", others "simply frozen (as the simmering since 1904
# dispute between Chile and Bolivia about the access of the latter to the Pacific)". What five
# tables record about each pair, year by year:

# %%
markdown_table(peace.dispute_record(135, 130), index=False)

# %%
markdown_table(peace.dispute_record(145, 155), index=False)

# %% [markdown]
# **What it shows.** The Peru-Ecuador settlement of 1998 ended a claim that ICOW records with
# militarized disputes over half a century, after a war in 1995 (Cenepa) and a transfer with
# military conflict in 1942; it was settled, but not without fighting. Bolivia's claim to the coast
# it lost to Chile begins, in ICOW, in 1884, before the treaty of 1904 that the chapter names; it
# was still open in 2001, pursued by many peaceful attempts, and came before the ICJ in 2013.

# %% [markdown] slideshow={"slide_type": "notes"}
# Use the map to show what "territory equal to that of France" depends on: treaties (TC) or control
# (CShapes). Then read the two dispute records aloud: "resolved" and "frozen" are fair words, but
# both disputes saw fighting, and the frozen one saw a court case.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Law before force?
#
# *Question: did the region's states take territorial claims to law more than European states, and
# how did their claims end?*
#
# The chapter: "Latin Americans have always been trying to erect much more legal barriers than
# civilized Europeans". ICOW records every attempt to settle a territorial claim, in the Western
# Hemisphere and Western Europe only. [Arbitration and adjudication](../GLOSSARY.md) are *binding*
# third-party settlement; [militarized disputes](../GLOSSARY.md) and wars are the other road. Rates
# per 100 claim-years compare regions whose claims lasted for different lengths of time.

# %%
claim_rates = peace.claim_rates().loc[["Western Hemisphere", "Western Europe"]]
per_100 = [c for c in claim_rates.columns if c.endswith(" per 100")]
hemisphere, europe = claim_rates.loc["Western Hemisphere"], claim_rates.loc["Western Europe"]

# %% slideshow={"slide_type": "skip"}
ratio = hemisphere[per_100] / europe[per_100]
claims_words = Caption(
    title=f"Per claim-year, Western Hemisphere claims saw "
    f"{ratio['binding third party per 100']:.1f} times Western Europe's rate of arbitration and "
    f"adjudication, but {ratio['militarized disputes per 100']:.1f} times its rate of "
    "militarized disputes",
    caption="Settlement attempts and militarized events per 100 claim-years over territorial "
    "claims, by ICOW region (log scale: each step to the right is ten times more); a grey line "
    "joins the two regions' rates.",
    source="ICOW Data 1.1, territorial claims 1816-2001 (Western Hemisphere and Western Europe).",
    alt="A dot plot of five kinds of event, two regions each, per 100 claim-years "
    "(Western Hemisphere, Western Europe): "
    + "; ".join(f"{c[:-8]} {hemisphere[c]:.2f}, {europe[c]:.2f}" for c in per_100),
)

# %% slideshow={"slide_type": "slide"}
show(plots.claim_rate_dots(claim_rates, per_100), claims_words, number=2)

# %% slideshow={"slide_type": "slide"}
claim_rates.T.round(3)

# %%
endings = peace.claim_endings()
endings

# %%
violent = peace.violent_endings().loc[claim_rates.index]
shown = [
    f"{v.Index}: {v.violent} of the {v.ended} claims that ended did so through organised "
    f"violence ({v.share:.0%}); binding third parties were "
    f"{claim_rates.loc[v.Index, 'binding_share']:.1%} of peaceful attempts."
    for v in violent.itertuples()
]
Markdown("**What it shows.** " + " ".join(shown))

# %% [markdown]
# The International Court of Justice is one route among several. Contentious cases on its General
# List to April 2024, by region of the parties (a case counts for each region of its parties;
# `states` are today's UN members of the region):

# %%
icj = peace.icj_by_region()
icj.round(2)

# %%
Markdown(peace.icj_sentence(icj, region))

# %% [markdown]
# **What "more legal barriers" can and cannot mean here.** The data can count how claims were
# pursued (binding settlement, militarized disputes, wars) and how they ended, per claim-year, and
# court cases per state. They cannot count treaties of arbitration signed but never used, or
# barriers that kept a dispute from arising at all; ICOW cannot compare the region with Africa or
# Asia; and "always" is not something a count can confirm.

# %% [markdown] slideshow={"slide_type": "notes"}
# The two regions differ in both directions: more arbitration and fewer wars in the Americas, but
# more militarized disputes per claim-year and fewer peaceful attempts overall. Ask the class which
# of these "legal barriers" means.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict
#
# The verdicts this notebook reaches, as recorded in the claims register with their reasons
# (`tests/test_verdicts_01b.py` recomputes every fact they state). They are written for the
# course's definitions (Latin America and the Caribbean), not for the parameters above:

# %%
decided = claims.loc[ours][~claims.loc[ours, "verdict"].isin(["untested", "discussion"])]
markdown_table(decided[["claim", "verdict", "verdict_note"]])

# %% [markdown]
# The limits of the evidence: ICOW compares the Western Hemisphere with Western Europe only;
# territorial changes and CShapes measure different things (treaties and control); the ICJ table
# counts cases, not disputes; and none of the tables can show *why* the region's record looks as it
# does, which is the chapter's causal argument.

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 01b.1.** In how many contentious cases on the ICJ General List (to no. 195) is
# Nicaragua a party? Use `load("icj_cases")`; the column `party_iso3` lists the parties'
# [ISO3](../GLOSSARY.md) codes separated by ";".

# %%
answer_01b_1 = ...  # your answer here: a number
check("01b.1", answer_01b_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
contentious = load("icj_cases").query("case_type == 'contentious'")
answer_01b_1 = int(contentious["party_iso3"].str.split(";").map(lambda p: "NIC" in p).sum())
check("01b.1", answer_01b_1)

# %% [markdown]
# **Exercise 01b.2.** In how many of ICOW's territorial claims in the Western Hemisphere was there
# at least one binding settlement attempt ([arbitration or adjudication](../GLOSSARY.md))? Use
# `load("icow_claims")`, one row per claim (ICOW counts a claim for each pair of states and
# territory, so one territory can be claimed more than once): the column `region` names the ICOW
# region, `attempts_binding` counts a claim's binding attempts.

# %%
answer_01b_2 = ...  # your answer here: a number of claims
check("01b.2", answer_01b_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
icow = load("icow_claims").query("region == 'Western Hemisphere'")
answer_01b_2 = int((icow["attempts_binding"] > 0).sum())
check("01b.2", answer_01b_2)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. The chapter asks whether the region's legal restraint means "their political culture is higher
#    than the European one" (C14). What would you need to know, beyond the counts of part 2, to
#    answer? Is the question itself a fair one?
# 2. The chapter argues that the tension between territorial integrity and self-determination keeps
#    the region from understanding what it calls the root causes of the Russian-Ukrainian conflict
#    (C25). The region's own border record (part 1) is one of treaties, arbitration and some
#    conquest: does that record favour one principle or the other?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - Jaroslav Tir, Philip Schafer, Paul F. Diehl and Gary Goertz, "Territorial Changes, 1816-1996",
#   *Conflict Management and Peace Science* 16 (1998): COW Territorial Change v6.
# - Paul R. Hensel, "Contentious Issues and World Politics: Territorial Claims in the Americas,
#   1816-1992", *International Studies Quarterly* 45(1) (2001): ICOW Data 1.1.
# - Guy Schvitz et al., "Mapping the International System, 1886-2017: The CShapes 2.0 Dataset",
#   *Journal of Conflict Resolution* 66(1) (2022), CC BY-NC-SA 4.0; Natural Earth 4.1.0.
# - World Bank, *World Development Indicators* (surface area); the International Court of Justice's
#   General List and the CD-ICJ corpus (Seán Fobbe); records as listed in `chapter_events`; COW's
#   wars as in notebook 01.
# - Every resource's source, version and licence: [`data/README.md`](../data/README.md); terms: the
#   [glossary](../GLOSSARY.md).

# %%
navigation("01b_borders_and_law")
