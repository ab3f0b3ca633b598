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
# # 00. Reading the chapter: its argument and its claims
#
# The chapter *"Russia and Latin America: New Perspectives and Modalities of Cooperation"* (April
# 15, 2024) argues that Latin America's history, legal culture and diplomacy make it a natural
# partner for Russia. This notebook lays out that argument as a map and turns it into a register of
# claims that the rest of the course tests against public data.
#
# **You will learn**
# - what the chapter argues, section by section, and from which perspective it is written;
# - how its claims divide into empirical ones, which data can test, and interpretive or normative
#   ones, which a seminar discusses;
# - how to work with this course: in class, alone, or adapting it for a seminar.
#
# **Time needed:** about 35 minutes (15 reading, 20 for the two exercises). **Before you start:**
# read the chapter once (your instructor provides it; the course quotes only short passages).

# %% [markdown] slideshow={"slide_type": "notes"}
# Start here: the course tests one chapter, written from a Russian foreign-policy perspective. Today
# we only read it; the data come in the next notebooks. Ask the class what they expect the chapter
# to claim about Latin America before showing the map.

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms in **bold**
# link to the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** The one cell a seminar leader changes: which notebook's claims the last table
# lists (its number or its name) and which kinds of claim count as testable.

# %% tags=["parameters"]
FOCUS_NOTEBOOK = "02"  # a notebook's number or id, e.g. "01" or "02_ukraine_votes"
TESTABLE_KINDS = "empirical"  # one kind or a list: empirical, interpretive, normative

# %% slideshow={"slide_type": "skip"}
import pandas as pd

from rulac import Caption, check, data_table, load, markdown_table, package, params, plots, show
from rulac.course import IDS, TITLES, navigation
from rulac.loading import enum

by_number = {i.split("_")[0]: i for i in IDS}
focus_notebook = params.choices(
    by_number.get(str(FOCUS_NOTEBOOK), FOCUS_NOTEBOOK), name="FOCUS_NOTEBOOK", valid=IDS
)[0]
testable_kinds = params.choices(
    TESTABLE_KINDS, name="TESTABLE_KINDS", valid=enum("claims", "kind"), everything="every kind"
)
claims = load("claims")
print(f"Focus: {focus_notebook}; testable kinds: {', '.join(testable_kinds)}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter is
#
# The chapter is dated April 15, 2024, and written from a Russian foreign-policy perspective: it
# opens with an excerpt of the Foreign Policy Concept of the Russian Federation of March 31, 2023,
# and reads Latin America's record through it. The claims register records the chapter as its
# source:

# %%
chapter = next(r for r in package()["resources"] if r["name"] == "claims")["sources"][0]
print(chapter["title"])
print("Dated:", chapter["version"])

# %% [markdown]
# Its sections, in order, with the number of claims the register takes from each:

# %%
sections = enum("claims", "section")
claims.groupby("section").size().reindex(sections).rename("claims").to_frame()

# %% [markdown] slideshow={"slide_type": "notes"}
# The register has one row per claim. Point out that the excerpt of the Foreign Policy Concept is
# the frame: the chapter reads the region's record through a government document.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter says
#
# In the chapter's own words, one short quotation per section (the first claim the register takes
# from it):

# %%
first_quotes = claims.groupby("section").head(1)[["id", "section", "quote"]]
markdown_table(first_quotes, index=False)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data
#
# This notebook reads one table, the claims register, which the course keeps as data so that every
# later notebook can record its verdict in one place.

# %%
markdown_table(data_table(["claims"]))

# %% [markdown]
# Each row of the register holds a short verbatim quotation (at most 40 words), the claim in
# neutral words, its **kind** (*empirical*: a statement of fact that evidence can confirm or
# refute; *interpretive*: an explanation or characterisation; *normative*: a value judgement or
# recommendation), the notebook that tests or discusses it, the data that bear on it, and the
# verdict.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The argument as a map
#
# *Question: how do the chapter's claims hang together?*
#
# The course reads the chapter's thesis as follows (an interpretation, to be challenged in the
# seminar): Latin American and Caribbean states share a legal culture and a history of peace and of
# resisting outside intervention; so they pursue a pragmatic, law-minded foreign policy, their
# neutrality on Ukraine is "benevolent" to Russia, and they are natural partners for Russian
# cooperation. Six pillars carry it; the map places each claim under its pillar.

# %% [markdown] slideshow={"slide_type": "notes"}
# The map is ours, not the chapter's: say so. Each claim id sits under one pillar; the shape and
# colour give its kind. Ask which pillar looks weakest before any data are shown.

# %% slideshow={"slide_type": "skip"}
thesis = (
    "The chapter's thesis (as the course reads it): Latin America is a natural partner for Russia"
)
pillars = enum("claims", "pillar")
by_pillar = pd.crosstab(claims["pillar"], claims["kind"]).reindex(pillars)
normative_home = by_pillar["normative"].idxmax()
most_empirical = by_pillar["empirical"].idxmax()
argument_words = Caption(
    title=f"'{most_empirical}' holds the most empirical claims "
    f"({by_pillar.loc[most_empirical, 'empirical']} of {by_pillar['empirical'].sum()});\n"
    f"'{normative_home}' holds the most normative ones",
    caption="The chapter's argument as the course reads it: the thesis, six pillars, and the "
    "register's claims under each (■ empirical, ● interpretive, ▲ normative).",
    source="claims register (data/claims.csv), from the chapter of April 15, 2024.",
    alt=f"A diagram with the chapter's thesis at the top joined by lines to six boxes: "
    f"{', '.join(pillars)}. Under each box are claim ids such as C04, each marked by a square, "
    f"circle or triangle for its kind. The table after the figure gives the counts.",
)

# %% slideshow={"slide_type": "slide"}
show(plots.argument_map(claims, thesis, pillars), argument_words, number=1)

# %% slideshow={"slide_type": "slide"}
pd.crosstab(claims["pillar"], claims["kind"], margins=True, margins_name="all").reindex(
    [*pillars, "all"]
)

# %%
print(
    f"'{most_empirical}' holds {by_pillar.loc[most_empirical, 'empirical']} empirical claims; "
    f"'{normative_home}' holds {by_pillar.loc[normative_home, 'normative']} of the "
    f"{by_pillar['normative'].sum()} normative ones."
)

# %% [markdown]
# Empirical claims are where data can speak most directly (notebooks 01 to 04). A pillar that holds
# mostly normative claims recommends rather than describes, and belongs to the seminar (notebook
# 05b).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Which claims can data test?
#
# *Question: for each notebook, how many claims does it test, and of what kind?*

# %%
by_notebook = pd.crosstab(claims["notebook"], claims["kind"], margins=True, margins_name="all")
by_notebook.index = [
    f"{i.split('_')[0]}. {TITLES[i]}" if i in TITLES else i for i in by_notebook.index
]
by_notebook

# %% [markdown] slideshow={"slide_type": "slide"}
# The claims of the focus notebook (set in the parameters cell) of the testable kinds, with the
# data that bear on each:

# %%
testable = claims[claims["kind"].isin(testable_kinds) & (claims["notebook"] == focus_notebook)]
print(f"{len(testable)} claims of kind {' or '.join(testable_kinds)} in {focus_notebook}")
markdown_table(testable[["id", "claim", "evidence", "verdict"]], index=False)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## How to use this course
#
# - **In class.** Every notebook is also a slideshow: in JupyterLab press `Esc`, then `Alt+R`
#   (*View > Render as Reveal Slideshow*); it works offline. Move with the arrow keys; press `s` for
#   the speaker notes. Every figure has a caption, its source, and a text description.
# - **Alone.** Work top to bottom. Exercises end with `check("00.1", answer_00_1)`, which tells you
#   whether you are right without showing the answer. Save your own copy under a new name (*File >
#   Save Notebook As...*) so that your notes stay yours.
# - **In a seminar.** Change the `parameters` cell near the top (countries, resolutions, years) and
#   run *Restart Kernel and Run All Cells*, or write a variant with `make variant`. `make handouts`
#   writes copies without solutions. Discussion questions close every notebook.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict
#
# This notebook tests no claim: it sets out what the later notebooks test. The register records
# each verdict as it is reached; here is where the course stands now.

# %%
verdicts = claims["verdict"].value_counts().reindex(enum("claims", "verdict"), fill_value=0)
verdicts.rename("claims").to_frame()

# %% [markdown]
# *Untested* means no notebook has tested the claim yet. A verdict is one of *supported*, *partly
# supported*, *contradicted* or *not testable with these data* (a notebook looked, and the course's
# data cannot reach it), with a note giving the reasons and the limits of the evidence;
# interpretive and normative claims are marked *discussion* and become seminar questions instead.

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 00.1.** How many *empirical* claims in the register list no evidence at all (their
# `evidence` is empty), so that no data in the course can test them yet? Put a number in
# `answer_00_1`.

# %%
answer_00_1 = ...  # your answer here
check("00.1", answer_00_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
answer_00_1 = int(((claims["kind"] == "empirical") & claims["evidence"].isna()).sum())
check("00.1", answer_00_1)

# %% [markdown]
# **Exercise 00.2.** Which section of the chapter holds the most *normative* claims? Give its
# heading as a string in `answer_00_2`.

# %%
answer_00_2 = ...  # your answer here
check("00.2", answer_00_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
answer_00_2 = claims[claims["kind"] == "normative"]["section"].value_counts().index[0]
check("00.2", answer_00_2)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. The chapter opens with an excerpt of Russia's Foreign Policy Concept. How does starting from a
#    government document shape what the chapter looks for in Latin America's record?
# 2. The register sorts claims into empirical, interpretive and normative. Pick one claim whose
#    kind you would dispute, and say why.
# 3. The map is the course's reading of the argument. Which pillar would you remove or add, and
#    would the thesis still stand?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - The chapter: "Russia and Latin America: New Perspectives and Modalities of Cooperation", April
#   15, 2024 (quoted briefly, with section headings).
# - The claims register and the country table: [`data/README.md`](../data/README.md) lists every
#   resource with its source and licence; terms are in the [glossary](../GLOSSARY.md).

# %%
navigation("00_reading_the_chapter")
