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
# # 05b. Seminar (2): weighing the argument
#
# Every claim of the course's claims register is drawn on one scorecard: which pillars of the
# chapter's argument stand on tested ground, and which on interpretation. The claims that data
# cannot settle become questions for a seminar, and for three of them the UN votes offer a proxy.
#
# **You will learn**
# - to read a scorecard of the whole argument: which pillars stand on tested ground, and which on
#   interpretation;
# - to turn an interpretive claim into a question with evidence for and against it;
# - to use a proxy (agreement in UN votes) to sharpen a question without taking it for an answer.
#
# **Time needed:** about 50 minutes (28 reading, 4 for the two figures, 20 for the two
# exercises). Plans for a seminar of 50 to 120 minutes are in the instructor's guide.
#
# **Before you start:** notebooks 00 (the claims register) and 05 (the diplomatic record); the
# scorecard sums up the rest of the course.

# %% [markdown] slideshow={"slide_type": "notes"}
# The closing session. Part 1 draws the whole register; part 2 turns the claims that data cannot settle into questions; part 3 tries a proxy on three of them. Choose beforehand which questions the room discusses: the full briefs are in the instructor's guide.

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** Change these and run *Restart Kernel and Run All Cells* (or `make variant`) to
# focus the seminar. `FOCUS_PILLAR` is one of the chapter's six pillars (as in notebook 00), a list
# of them, or "all"; `FOCUS_NOTEBOOK` a notebook id or number such as "02", a list, or "all":
# together they select the claims of the scorecard (part 1) and of the questions (part 2).
# `BRIEFS` names the claims whose full brief part 2 shows (ids, or "all"). `FOCUS_STATES` (codes,
# names or "LAC", "South America", "Central America", "Caribbean") and `YEARS` (either order) are
# the states and years of the proxy in part 3.

# %% tags=["parameters"]
FOCUS_PILLAR = "all"  # a pillar of the argument, a list of pillars, or "all"
FOCUS_NOTEBOOK = "all"  # a notebook id or number ("02_ukraine_votes", "02"), a list, or "all"
BRIEFS = ["C47", "C51", "C65"]  # claims whose full brief part 2 shows: ids, or "all"
FOCUS_STATES = "LAC"  # the region's states for the proxy: codes, names or a region
YEARS = (2000, 2025)  # years of the agreement proxy in part 3 (the votes: 1991-2025)

# %% slideshow={"slide_type": "skip"}
from rulac import check, countries, data_table, load, markdown_table, params, plots, seminar
from rulac.course import navigation

claims = load("claims")
pillars = params.choices(FOCUS_PILLAR, name="FOCUS_PILLAR", valid=seminar.pillars(claims))
notebooks = params.choices(
    seminar.by_number(FOCUS_NOTEBOOK, claims),
    name="FOCUS_NOTEBOOK",
    valid=seminar.notebooks(claims),
)
to_discuss = seminar.discussion_table(claims)
briefs = params.choices(BRIEFS, name="BRIEFS", valid=to_discuss["id"].tolist())
focus = params.states(FOCUS_STATES, allowed=countries.lac_codes())
first_year, last_year = params.years(YEARS, within=(1991, 2025))
names = countries.names()
print(
    f"{len(pillars)} pillar(s), {len(notebooks)} notebook(s), {len(briefs)} brief(s), "
    f"{len(focus)} focus state(s), years {first_year}-{last_year}"
)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter says
#
# The claims register files each of the chapter's claims under one of six pillars of its argument
# (the course's reading; notebook 00 draws them as a map). Three of them are about the United
# States in the region, in the chapter's words (from the claims register), each restated
# neutrally:

# %%
proxy_claims = ["C47", "C51", "C65"]
markdown_table(claims.set_index("id").loc[proxy_claims, ["section", "quote", "claim", "kind"]])

# %% [markdown]
# All three are interpretive: the register keeps them for discussion, not for a verdict. This
# notebook weighs them with the register's other claims for discussion (counted from the register):

# %%
here = claims[claims["notebook"] == "05b_weighing_the_argument"]
by_verdict = seminar.describe_counts(here["verdict"].value_counts())
print(f"Weighed in this notebook: {len(here)} claims ({by_verdict}).")

# %% [markdown] slideshow={"slide_type": "notes"}
# Before any data: ask the group which of the three claims they would accept, reject or call unanswerable, and come back to their answers after part 3.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data
#
# The claims register, with the verdicts every notebook has written into it, and for the proxy the
# General Assembly votes of notebook 02b:

# %%
markdown_table(data_table(["claims", "unga_votes", "unga_rollcalls"]))

# %% [markdown]
# What the data leave out, and what it means here:
#
# - **The register** is the course's reading of the chapter: which claims it makes, how each is
#   restated and under which pillar it falls. Another reader could cut the argument differently,
#   and the scorecard would change with the cut.
# - **The scorecard counts verdicts; it does not weigh them**: a small factual claim counts as
#   much as a central one, and each verdict's limits are in its note, not in the count.
# - **Votes** are recorded votes ([roll calls](../GLOSSARY.md)) only; a vote shows a position on
#   one text, not a government's reasons.

# %% [markdown] slideshow={"slide_type": "notes"}
# Stress that the register is a reading: ask what another cut of the argument (other pillars, claims split or merged) would do to the scorecard.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The scorecard: how much of each pillar stands on tested ground?
#
# Every claim of the register, drawn from `data/claims.csv` as the notebooks have left it (a notebook
# that records a new verdict changes the counts):

# %%
selected = seminar.select(seminar.scorecard(claims), pillars, notebooks)
verdicts = seminar.verdict_counts(selected) if len(selected) else None
no_claim = "no claim is in the selection (change FOCUS_PILLAR or FOCUS_NOTEBOOK)"
print(seminar.selection_sentence(selected, pillars, notebooks))

# %% slideshow={"slide_type": "skip"}
card_words = seminar.card_caption(selected, verdicts)

# %% slideshow={"slide_type": "slide"}
seminar.show_or_say(plots.verdict_bars, verdicts, card_words, number=1, why=no_claim)

# %%
verdicts

# %% [markdown]
# **What it shows** (generated below from the selection). Where a pillar rests mostly on
# interpretation, part 2 turns its claims into questions. Then each claim, its verdict, the
# notebook that tests or discusses it and the data it rests on:

# %%
print(seminar.pillar_sentence(verdicts) if verdicts is not None else "No claim selected.")

# %%
card_columns = ["id", "pillar", "kind", "verdict", "notebook", "evidence"]
markdown_table(selected[card_columns], index=False)

# %% [markdown] slideshow={"slide_type": "notes"}
# Ask each group to pick one pillar and say how much of it the data have tested. Then ask what a verdict of 'supported' on a small factual claim does for the argument as a whole.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. What can data not settle?
#
# The register marks interpretive and normative claims for discussion. For each in the selection, a
# question for the seminar (a claim that another notebook weighs points to it):

# %%
selected_questions = to_discuss[to_discuss["id"].isin(selected["id"])]
print(f"{len(selected_questions)} claims of the selection are for discussion.")
markdown_table(selected_questions[["id", "claim", "seminar question"]], index=False)

# %% [markdown] slideshow={"slide_type": "slide"}
# Each question has a brief: the evidence that would bear on the claim, and the strongest
# reading for and against it (the course's summary, not the chapter's). The briefs of the claims
# named in `BRIEFS` follow; the instructor's guide holds
# [the brief of every claim for discussion](../INSTRUCTORS.md#briefs-for-the-claims-for-discussion).

# %%
seminar.briefs(selected_questions, briefs, why="no claim of BRIEFS is in the selection")

# %% [markdown] slideshow={"slide_type": "notes"}
# Give each group one brief; ask them to add one piece of evidence from the course to either side before the plenary, then to rewrite the question if it no longer fits.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Can UN votes stand in for influence and trust?
#
# For three claims (C47, C51, C65) the course has a [proxy](../GLOSSARY.md): how often the focus
# states voted the same way as the United States, and as Russia, in the General Assembly
# ([voting coincidence](../GLOSSARY.md), identical votes on whole resolutions, as in
# notebook 02b).

# %%
proxy = seminar.mean_agreement(focus, ["USA", "RUS"], (first_year, last_year))
proxy.rename(columns=names).round(2).tail(8)

# %% slideshow={"slide_type": "skip"}
proxy_named = proxy.rename(columns=names).dropna(how="all")
proxy_panel = {"Mean of the focus states": proxy_named} if len(proxy_named) else {}
proxy_words = seminar.proxy_caption(proxy_named, len(focus)) if proxy_panel else None
summit_line = {2023.5: "EU-CELAC summit, July 2023"} if first_year <= 2023 < last_year else {}
no_votes = "the focus states cast no recorded vote in these years"
proxy_options = {"ylabel": "share of identical votes", "lines": summit_line, "why": no_votes}

# %% slideshow={"slide_type": "slide"}
seminar.show_or_say(plots.line_panels, proxy_panel, proxy_words, number=2, **proxy_options)

# %% [markdown]
# **What it measures, and what it does not.** The share of recorded votes on which a state voted
# as the United States (or Russia) did. It measures positions on the texts that reach a recorded
# vote in one forum; it does not measure trust (C51), influence or authority (C47), or the
# motives of a foreign policy (C65), and the mix of texts changes from year to year. A fall in
# agreement fits the chapter's reading, but so would a change in what the Assembly votes on, or in
# how the reference state itself votes: in 2025 the United States voted no on most roll calls,
# and every region's agreement with it fell (notebook 02c, "Who changed in 2025?"). The source of
# the votes also changes in 2019.

# %% [markdown] slideshow={"slide_type": "notes"}
# Use the proxy to sharpen the question, not to answer it: what else would have to change for the chapter's reading to be right?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict
#
# This notebook reaches no verdict of its own: the claims it weighs are questions for discussion,
# and one is untested. The register's notes on the three claims of part 3:

# %%
markdown_table(here.set_index("id").loc[proxy_claims, ["verdict", "verdict_note"]])

# %% [markdown]
# The scorecard's answer for the selection is in part 1: the share of claims with a tested
# verdict, and the pillars most and least tested. Its limits: the register is the course's reading
# of the chapter; the scorecard counts claims without weighing them; a claim for discussion is not
# a weak claim, only one that these data cannot settle. C27 (Roraima) stays untested: a census
# extract (IBGE 2022) is staged among the raw sources but is not yet a course resource.

# %% [markdown] slideshow={"slide_type": "notes"}
# Ask which single verdict on the scorecard, if it changed, would most change the reading of the whole argument, and what evidence could change it.

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 05b.1.** How many claims of notebook 02 (`02_ukraine_votes`) have a verdict from a
# test against data, that is, neither 'untested' nor 'discussion'? Use `claims`.

# %%
answer_05b_1 = ...  # your answer here: a number
check("05b.1", answer_05b_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
votes_claims = claims[claims["notebook"] == "02_ukraine_votes"]
answer_05b_1 = int((~votes_claims["verdict"].isin(["untested", "discussion"])).sum())
check("05b.1", answer_05b_1)

# %% [markdown]
# **Exercise 05b.2.** For the region's 33 states, in which year from 2000 to 2025 was their mean
# agreement with Russia highest? Use `seminar.mean_agreement` with `countries.lac_codes()`, the
# references `["USA", "RUS"]` and the years `(2000, 2025)`.

# %%
answer_05b_2 = ...  # your answer here: a year
check("05b.2", answer_05b_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
region_agreement = seminar.mean_agreement(countries.lac_codes(), ["USA", "RUS"], (2000, 2025))
answer_05b_2 = int(region_agreement["RUS"].idxmax())
check("05b.2", answer_05b_2)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. Pick one claim marked "discussion" in part 2. Write the strongest case for it in three
#    sentences, then the strongest case against it, using only evidence the course has.
# 2. The scorecard counts every claim once. Which three claims carry most of the chapter's
#    argument, and do their verdicts change your reading of the scorecard?
# 3. The proxy of part 3 moves with the United States' own votes. What would the data have to
#    show before you said that the region, not the United States, had changed?
# 4. Which pillar of the argument would you most like the course to test next, and with what data?

# %% [markdown] slideshow={"slide_type": "notes"}
# Give groups five minutes per question; collect the verdicts on the board, then compare.

# %% [markdown]
# **Running a seminar on the course?** Plans of 50, 90 and 120 minutes, other formats, essay
# questions and how to extend the course are in the instructor's guide:
# [a seminar in a box](../INSTRUCTORS.md#a-seminar-in-a-box).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - The claims register (`data/claims.csv`): the chapter's claims, quoted and restated, with the
#   verdicts of every notebook; each notebook lists its own sources at its end.
# - Erik Voeten, Anton Strezhnev and Michael Bailey, *United Nations General Assembly Voting Data*,
#   Harvard Dataverse (hdl:1902.1/12379), as packaged in the R package `unvotes`.
# - United Nations, Department for General Assembly and Conference Management, machine-readable
#   General Assembly resolutions.
# - Every resource's source, version and licence: [`data/README.md`](../data/README.md); terms: the
#   [glossary](../GLOSSARY.md).

# %%
navigation("05b_weighing_the_argument")
