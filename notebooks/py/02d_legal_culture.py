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
# TODO: two sentences: what the chapter claims here, and what data this notebook sets beside it.
#
# **You will learn**
# - TODO: a skill, e.g. to read ...
# - TODO: a second one
# - TODO: a third one
#
# **Time needed:** about TODO minutes (reading, code and exercises, measured on a student).
# **Before you start:** TODO: the previous notebook and the chapter's section "...".

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an
# error, fix the cell and choose *Run > Run All Above Selected Cell* before going on.

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** Every choice a seminar leader may change is in the next cell. Codes, country
# names and regions ("LAC", "South America", "Central America", "Caribbean") are all accepted.

# %% tags=["parameters"]
FOCUS_STATES = "LAC"  # states: ISO3 codes, names or a region, e.g. ["BRA", "Argentina"]

# %% slideshow={"slide_type": "skip"}
from rulac import Caption, check, countries, data_table, load, markdown_table, params, plots, show
from rulac.course import navigation

focus = params.states(FOCUS_STATES)
print(f"{len(focus)} focus states")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter says
#
# > "TODO: a short quotation, at most 40 words." (the chapter, section "TODO")
#
# TODO: the claim in neutral words, attributed: the chapter argues that ...

# %% [markdown] slideshow={"slide_type": "notes"}
# TODO: what the instructor says on this slide (speaker notes: press `s` in the slideshow for the speaker view).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data

# %%
markdown_table(data_table(["countries"]))

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. TODO: one question per section, in one sentence
#
# *Question: TODO?*

# %%
focus_states = countries.lac().loc[[c for c in focus if c in countries.lac().index]]
by_subregion = focus_states["lac_subregion"].value_counts()
by_subregion

# %% [markdown] slideshow={"slide_type": "skip"}
# The figure's words come from the numbers, in a cell of their own (hidden on slides):

# %% slideshow={"slide_type": "skip"}
largest = by_subregion.index[0] if len(by_subregion) else "none"
figure_1 = Caption(
    title=f"TODO: the finding, from the numbers: most focus states are in {largest}",
    caption="TODO: what is drawn.",
    source="TODO: the resource and its publisher.",
    alt=f"TODO: the figure in words. {len(by_subregion)} bars, the longest for {largest}.",
)

# %% slideshow={"slide_type": "slide"}
show(plots.bars(by_subregion, xlabel="states"), figure_1, number=1)

# %% [markdown] slideshow={"slide_type": "fragment"}
# **What it shows.** TODO: two or three sentences, generated from the numbers where they depend
# on the parameters, or written for the default selection and marked "(default selection)".

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict
#
# | claim | verdict | reasons | limits |
# |---|---|---|---|
# | TODO | supported / partly supported / contradicted / not testable with these data | TODO | TODO |

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 02d.1.** How many of the 33 Latin American and Caribbean states have a civil-law
# legal system (the `legal_system` column of `countries.lac()`)? (Defined in
# `rulac/exercises/nb02d.py`: replace it with your own.)

# %%
answer_02d_1 = ...  # your answer here
check("02d.1", answer_02d_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
answer_02d_1 = int((countries.lac()["legal_system"] == "civil").sum())
check("02d.1", answer_02d_1)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. TODO: a question that data cannot settle, turned from an interpretive claim of the chapter.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - TODO: every source the notebook uses, with its publisher and version.

# %%
navigation("02d_legal_culture")
