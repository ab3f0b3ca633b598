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
# # 02d. Does legal culture explain the votes? Civil and common law at the General Assembly
#
# The chapter traces the region's respect for international law first to its place in the
# continental ([civil-law](../GLOSSARY.md)) legal tradition. This notebook builds on notebook 02: it
# checks which of the region's states belong to which legal tradition, then asks whether the
# civil-law and the common-law states voted differently on the Ukraine resolutions of notebook 02.
#
# **You will learn**
# - to check a classification a text relies on against a coded source, and to compare two codings;
# - to test a group difference honestly with few cases (a [permutation test](../GLOSSARY.md) and its
#   [p-value](../GLOSSARY.md));
# - to say what such a test cannot separate when the groups differ in more than one way.
#
# **Time needed:** about 35 minutes (about 15 to read the two parts and the figure, 20 for the two
# exercises; the course's count, not yet timed with a class). **Before you start:** notebook 02 (the
# Ukraine resolutions and how their votes are read) and the chapter's section "Legal root causes and
# legal preferences".

# %% [markdown] slideshow={"slide_type": "notes"}
# Notebook 02 checked the chapter's account of the Ukraine votes; this one asks whether the chapter's
# explanation, legal culture, shows in them. The points to land: the chapter's description of who is
# civil-law matches the coding; the votes do not split along that line in the direction the argument
# implies, and no difference is clear of chance; and where legal system, language and sub-region move
# together, no test on these states can tell them apart.

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** Change these and run *Restart Kernel and Run All Cells* (or `make variant`) to
# repeat the analysis for another selection. States may be ISO3 codes, names or a region ("LAC",
# "South America", "Central America", "Caribbean"); resolutions may be symbols or a group ("all",
# "emergency session", "before 2022", "since 2022", "Crimea"), as in notebook 02. Titles and comments
# are written from the numbers; a comparison the selection cannot support says why.

# %% tags=["parameters"]
FOCUS_STATES = "LAC"  # codes, names or a region, e.g. ["ARG", "Brazil"] or "Caribbean"
RESOLUTIONS = "all"  # "all", a group such as "emergency session", or ["68/262", "ES-11/1"]
MIN_VOTES = 5  # part 2 leaves out states with fewer votes cast on the selection

# %% slideshow={"slide_type": "skip"}
import pandas as pd

from rulac import (
    Caption,
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

focus = params.states(FOCUS_STATES)
resolutions = votes.ukraine_resolutions(RESOLUTIONS)
names = countries.names()
period = f"{resolutions['date'].min():%Y}-{resolutions['date'].max():%Y}"
print(f"{len(focus)} focus states; {len(resolutions)} resolutions, {period}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter says
#
# In its section "Legal root causes and legal preferences" the chapter states a fact about the
# region's legal systems (claim C19) and builds an explanation on it (C20). In the chapter's words
# (from the claims register, which quotes the chapter), with each claim restated neutrally:

# %%
claims = load("claims").set_index("id")
markdown_table(claims.loc[["C19", "C20"], ["quote", "claim", "kind"]])

# %% [markdown]
# C19 can be checked against a coding of each state's legal system (part 1). C20 is an
# interpretation: votes cannot show what causes a state's respect for international law. But if the
# continental tradition is what makes the region defend territorial integrity, the civil-law states
# should sit at least as close to yes as the common-law states on the resolutions that defend
# Ukraine's; part 2 puts that expectation to the votes. The chapter explains the Ukraine votes
# themselves by a legal culture of territorial integrity and non-use of force (C40, notebook 02).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data
#
# The votes, roll calls and Ukraine-related resolutions of notebook 02, and the states with their
# legal systems:

# %%
markdown_table(data_table(["unga_votes", "unga_rollcalls", "ukraine_resolutions", "countries"]))

# %% [markdown]
# What the data leave out, and what it means here:
#
# - **A legal system is a coding.** `legal_system` is the course's reading of one sentence of the
#   CIA World Factbook for each state (civil, common, mixed or other); JuriGlobe's classification
#   (University of Ottawa) is kept beside it as `legal_system_juriglobe`, and the two differ on a few
#   states. Neither measures how a state's diplomats reason.
# - **The votes are those of notebook 02**: two sources (Erik Voeten's data to 2018, the UN's from
#   late 2019); X means no vote recorded (absent, not voting, or without a vote for arrears); no
#   per-country records exist for the emergency-session resolutions of 2025; and Venezuela recorded
#   no vote at all from 2022.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. Which states follow which legal tradition?
#
# *Question: are the Spanish- and Portuguese-speaking states civil-law and the English-speaking ones
# common-law, as the chapter says (claim C19)?*
#
# The table counts the focus states by legal system (rows), sub-region and main language (columns);
# the line under it is computed from the same table, with the states JuriGlobe codes otherwise.

# %%
legal = countries.table().loc[focus]
pd.crosstab(
    legal["legal_system"], [legal["lac_subregion"].fillna("outside LAC"), legal["main_language"]]
)

# %%
iberian = legal["main_language"].isin(["Spanish", "Portuguese"])
english = legal["main_language"] == "English"
recoded = legal.index[legal["legal_sources_agree"].eq(False)]
other_coding = [f"{names[c]} ({legal.loc[c, 'legal_system_juriglobe']})" for c in recoded]
print(
    f"Spanish or Portuguese: {iberian.sum()} states, "
    f"{(legal.loc[iberian, 'legal_system'] == 'civil').sum()} of them civil-law. "
    f"English: {english.sum()} states, "
    f"{(legal.loc[english, 'legal_system'] == 'common').sum()} of them common-law. "
    f"JuriGlobe codes otherwise: {', '.join(other_coding) or 'none'}."
)

# %% [markdown]
# **What it shows.** The line above is computed for the selection. For the region as a whole (the
# default selection) the coding bears the chapter out: every Spanish- or Portuguese-speaking state is
# civil-law and every English-speaking state common-law; Haiti and Suriname, which the chapter's
# dichotomy leaves out, are civil-law. The table also shows what part 2 cannot undo: legal system
# coincides with language, and all the common-law states but Belize and Guyana are in the Caribbean.

# %% [markdown] slideshow={"slide_type": "notes"}
# C19 is the easy part: the chapter's description matches the coding. The table is the hard part for
# C20: ask what else the English-speaking Caribbean states share besides the common law (language,
# size, British colonial history, CARICOM) and how any vote could tell these apart.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Do civil- and common-law states vote differently on Ukraine?
#
# *Question: do the focus group's civil-law and common-law states vote differently on the selected
# Ukraine resolutions?*
#
# Each state's score is its mean position on the resolutions of a period (yes = 1, abstain = 0,
# no = −1, over the votes it cast, as in notebook 02), counted only for states that cast at least
# `MIN_VOTES` votes in it. A permutation test asks how often a difference at least this large between
# the two groups would arise if the labels were shuffled at random among the same states (10,000
# shuffles with a fixed seed, so the result repeats). The [p-value](../GLOSSARY.md) is that share.

# %%
matrix = votes.vote_matrix(resolutions["rollcall_id"], focus)
since_2022 = (resolutions["date"].dt.year >= 2022).to_numpy()
periods = {"Before 2022": matrix.loc[:, ~since_2022], "Since 2022": matrix.loc[:, since_2022]}
periods = {name: block for name, block in periods.items() if block.shape[1] > 0}


# %% slideshow={"slide_type": "slide"}
def scores(block):
    enough = (block != "X").sum(axis=1) >= MIN_VOTES
    return votes.position_score(block).where(enough)


tests = pd.DataFrame.from_dict(
    {
        name: votes.compare_groups(scores(block), legal["legal_system"], "civil", "common")
        for name, block in {"All selected": matrix, **periods}.items()
    },
    orient="index",
)
tests.round({"civil mean": 2, "common mean": 2, "difference": 2, "p-value": 3})


# %%
def side(gap):
    if abs(gap) < 0.005:
        return "as close to yes as"
    return "further from yes than" if gap < 0 else "closer to yes than"


for name, row in tests.iterrows():
    if row["why"]:
        print(f"{name}: {row['why']}.")
    else:
        print(
            f"{name}: civil-law states sit {side(row['difference'])} common-law ones on average "
            f"({row['difference']:+.2f}); shuffled labels give a gap as large in "
            f"{row['p-value']:.0%} of cases."
        )

# %% slideshow={"slide_type": "skip"}
all_scores = scores(matrix)
scale = "mean position (−1 all no, 0 abstain, +1 all yes)"
marks = {
    "civil": "circles civil law",
    "common": "squares common law",
    "mixed": "diamonds mixed",
    "other": "triangles other",
}
dots_title = (
    f"{all_scores.notna().sum()} focus states by legal system: the group means differ by "
    f"{tests.loc['All selected', 'difference']:+.2f} (civil minus common)"
    if not tests.loc["All selected", "why"]
    else "The selection has too few states in one legal system to compare the groups"
)
dots_words = Caption(
    title=dots_title,
    caption="Each state's mean position on the selected Ukraine-related resolutions, by legal "
    f"system ({', '.join(marks[g] for g in marks if (legal['legal_system'] == g).any())}); black "
    "bars mark group means.",
    source=f"UN General Assembly roll-call votes {period}; legal system coded from the CIA World "
    "Factbook (2026-01-22).",
    alt=f"{dots_title}. Rows of markers on a scale from -1 (every vote no) to +1 (every vote "
    "yes), one row per legal system, with the mean marked in each. The table above gives each "
    "group's size, mean and the test.",
)

# %% slideshow={"slide_type": "slide"}
show(plots.group_dots(all_scores, legal["legal_system"], xlabel=scale), dots_words, number=1)

# %% [markdown] slideshow={"slide_type": "slide"}
# **What it can and cannot show.** For the default selection the civil-law states sit *further*
# from yes than the common-law states in every period, which runs against what the chapter's
# argument implies, and no difference is clear of chance. The test cannot separate legal system from
# what moves with it: in the region every English-speaking state is common-law and every other state
# civil-law, and all the common-law states but Belize and Guyana are in the Caribbean sub-region
# (part 1), so language, sub-region and colonial history vary together with legal system. States
# with few votes are left out; a difference in votes would not show that legal culture *causes* it.
# JuriGlobe codes two states as "mixed" (exercise 02d.1).

# %% [markdown] slideshow={"slide_type": "notes"}
# The honest result is a null with the wrong sign. Ask what data would separate legal culture from
# language and size: a comparison beyond the region (e.g. civil-law Caribbean states elsewhere)?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict
#
# The verdicts this notebook reaches, as recorded in the claims register with their reasons (the
# tests in `tests/test_verdicts_02d.py` recompute every fact they state):

# %%
in_this_notebook = claims[claims["notebook"] == "02d_legal_culture"]
decided = in_this_notebook[~in_this_notebook["verdict"].isin(["untested", "discussion"])]
markdown_table(decided[["claim", "verdict", "verdict_note"]])

# %% [markdown]
# The interpretive claim, C20, is for discussion (below and in notebook 05b), with the register's
# note on what part 2 found:

# %%
discussed = in_this_notebook["verdict"] == "discussion"
markdown_table(in_this_notebook.loc[discussed, ["claim", "verdict_note"]])

# %% [markdown]
# The limits of the evidence: the legal system is one coding of one Factbook sentence per state
# (JuriGlobe differs on a few); the votes are the General Assembly's on Ukraine only, and X mixes
# absence, not voting and loss of vote; and in the region legal system moves with language,
# sub-region and colonial history, so no comparison among these states can isolate it.

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 02d.1.** Repeat the permutation test of part 2 with JuriGlobe's classification
# (`legal_system_juriglobe`) instead of the Factbook's, for the 33 states and every Ukraine-related
# resolution together (all votes cast count), with `votes.permutation_test`'s default shuffles and
# seed. What is the p-value (three decimals)?

# %%
answer_02d_1 = ...  # your answer here
check("02d.1", answer_02d_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
lac = countries.lac()
every_text = votes.vote_matrix(votes.ukraine_resolutions()["rollcall_id"], lac.index)
_, p_value = votes.permutation_test(
    votes.position_score(every_text), lac["legal_system_juriglobe"], "civil", "common"
)
answer_02d_1 = round(p_value, 3)
check("02d.1", answer_02d_1)

# %% [markdown]
# **Exercise 02d.2.** Legal system moves with sub-region (part 1), so hold the sub-region fixed: among
# the 13 Caribbean states only, what is the difference of mean positions, civil-law minus common-law
# (the Factbook's coding, `legal_system`), over every Ukraine-related resolution together (all votes
# cast count)? Give it with two decimals. (`countries.lac()` has the column `lac_subregion`.)

# %%
answer_02d_2 = ...  # your answer here: a number
check("02d.2", answer_02d_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
caribbean = countries.lac().query("lac_subregion == 'Caribbean'")
on_ukraine = votes.vote_matrix(votes.ukraine_resolutions()["rollcall_id"], caribbean.index)
caribbean_scores = votes.position_score(on_ukraine)
by_system = caribbean_scores.groupby(caribbean["legal_system"]).mean()
answer_02d_2 = round(by_system["civil"] - by_system["common"], 2)
check("02d.2", answer_02d_2)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. The chapter traces the region's respect for international law "firstly" to its place in the
#    continental legal system (C20). How could a legal tradition at home shape a foreign ministry's
#    vote on a war far away? Name one mechanism, and a record that could show it at work.
# 2. In the region legal system, language, sub-region and colonial history move together (part 1).
#    Which comparison, inside or beyond the region, could separate legal culture from the rest?
# 3. For the default selection part 2 finds no difference clear of chance, and one with the opposite
#    sign from the argument's. Does that count against the chapter's explanation, or show only that
#    these votes cannot test it?
# 4. Many small Caribbean states, most of them common-law, often cast no vote. Does leaving them out
#    change the comparison? Try it: raise `MIN_VOTES`, or set `FOCUS_STATES` to "Caribbean".

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - Erik Voeten, Anton Strezhnev and Michael Bailey, *United Nations General Assembly Voting Data*,
#   Harvard Dataverse (hdl:1902.1/12379), as packaged in the R package `unvotes`.
# - United Nations, Department for General Assembly and Conference Management, machine-readable
#   General Assembly resolutions.
# - CIA, *The World Factbook*, "Legal system" (edition of 2026-01-22); JuriGlobe, University of
#   Ottawa.
# - Every resource's source, version and licence: [`data/README.md`](../data/README.md); terms: the
#   [glossary](../GLOSSARY.md).

# %%
navigation("02d_legal_culture")
