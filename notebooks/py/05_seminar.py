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
# # 05. Seminar (1): the diplomatic record beside the chapter
#
# The chapter's claims about summits, sanctions and statements are set beside a sourced record of
# what was said and done, and beside the region's UN votes on Ukraine before and after the summits
# of 2023. Notebook 05b then weighs the whole argument.
#
# **You will learn**
# - to set a claim beside a record of dated, sourced events and reach a verdict, showing both
#   sides where sources disagree;
# - to weigh a claim about every state ("none of the regional actors") against the record, where
#   one documented case is enough to contradict it;
# - to compare votes before and after an event without reading a change of texts as a change of
#   stance.
#
# **Time needed:** about 50 minutes (25 reading, 4 for the two figures, 20 for the two
# exercises).
#
# **Before you start:** notebooks 00 (the claims register) and 02 (the Ukraine votes) help.

# %% [markdown] slideshow={"slide_type": "notes"}
# The first of the two closing sessions. Part 1 tests six claims about events against the record; part 2 looks at the votes before and after the summits of 2023. Notebook 05b weighs the whole argument; plans for a seminar built on the course are in the instructor's guide.

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** Change these and run *Restart Kernel and Run All Cells* (or `make variant`) to
# focus the seminar. `FOCUS_STATES` (codes, names or "LAC", "South America", "Central America",
# "Caribbean") are the states of the UN-vote figure in part 2, and `YEARS` (one year or two, either
# order, within 2022-2025) the years of its resolutions. The record of part 1 is the same for every
# selection.

# %% tags=["parameters"]
FOCUS_STATES = "LAC"  # the region's states for the UN-vote figure: codes, names or a region
YEARS = (2023, 2025)  # years of the Ukraine resolutions in part 2 (2022-2025, either order)

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
    seminar,
    show,
    votes,
)
from rulac.course import navigation

claims = load("claims")
focus = params.states(FOCUS_STATES, allowed=countries.lac_codes())
first_year, last_year = params.years(YEARS, within=(2022, 2025))
print(f"{len(focus)} focus state(s); Ukraine resolutions of {first_year}-{last_year}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter says
#
# In the section "Latin America and the Ukrainian crisis" the chapter supports its reading of the
# region's stance with events: what leaders said, who stayed away from which summit, who refused
# sanctions and arms. In the chapter's words (from the claims register), each restated neutrally:

# %%
event_claims = ["C37", "C44", "C46", "C48", "C49", "C50"]
markdown_table(claims.set_index("id").loc[event_claims, ["quote", "claim", "kind"]])

# %% [markdown]
# The chapter calls Russia's invasion of February 2022 the "Special Military Operation" and the
# annexation of Crimea in 2014 its "reunification" with Russia; the course uses the names of the
# UN General Assembly resolutions. C46 is marked interpretive: whether words amount to "de facto"
# recognition is a reading, so it gets a discussion, not a verdict.

# %% [markdown] slideshow={"slide_type": "notes"}
# Ask the group first: which of these six could a record of dated events settle, and which need something else (a full speech, a treaty, a vote)?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data
#
# The claims register, a record of events curated for the course (one row per documented event or
# statement, its actors as [ISO3](../GLOSSARY.md) codes, a source on every row), and the General Assembly
# votes of notebook 02:

# %%
markdown_table(data_table(["claims", "events", "unga_votes", "ukraine_resolutions"]))

# %% [markdown]
# What the data leave out, and what it means here:
#
# - **The record** was compiled from stored copies of public web pages, not checked against the
#   live web. Official texts are few (the EU-CELAC declaration, a UN resolution, a Bahamian
#   ministry statement); most rows rest on the press, some on partisan outlets or mirrors, and
#   each row says how confident the compilers were.
# - **Absence of a row is not proof of absence.** Small Caribbean states are thinly covered, and
#   no systematic source of visa-policy changes was found. The record has no row at all on two
#   claims (C37, C49).
# - **Votes** are recorded votes ([roll calls](../GLOSSARY.md)) only; a vote shows a
#   position on one text, not a government's reasons.

# %% [markdown] slideshow={"slide_type": "notes"}
# Stress the curation rule: the notebook adds no fact that is not in the staged files, and the build checks every URL and quote against them.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. What does the diplomatic record say about the six claims?
#
# For each claim, how many documented events or statements support it, qualify it, leave it open
# or contradict it, in the compilers' own assessment:

# %%
events = load("events")
record = events[events["claim"].isin(event_claims)]
record_counts = seminar.record_counts(record, event_claims)
record_counts

# %% slideshow={"slide_type": "skip"}
against = record[record["bearing"] == "contradicts"]
empty = [c for c in event_claims if record_counts.loc[c].sum() == 0]
record_words = Caption(
    title=f"{len(record)} documented events bear on {len(event_claims) - len(empty)} of the six "
    f"claims; {len(against)} contradict the claim they bear on, and "
    f"{' and '.join(empty) or 'none'} have no row at all",
    caption="Rows of the events record by the claim they bear on and the compilers' assessment "
    "(supports, nuance, open question, contradicts, context). Colour and hatching name the "
    "assessment; each segment gives its count.",
    source="events (curated by the course from stored press and official pages, 2022-2025).",
    alt=f"Horizontal stacked bars, one per claim ({', '.join(event_claims)}). "
    + "; ".join(f"{c}: {seminar.describe_counts(record_counts.loc[c])}" for c in event_claims)
    + ".",
)

# %% slideshow={"slide_type": "slide"}
show(plots.record_bars(record_counts), record_words, number=1)

# %% [markdown]
# **What it shows** (generated from the record). Most rows bear on C44, the claim that no state
# of the region joined the sanctions, ended visa-free travel or agreed to arm Ukraine. The rows
# that contradict a claim, with both sources where the record gives two:

# %%
source_columns = ["source_publisher", "source_date", "source2_publisher"]
shown = ["date", "claim", "actors_iso3", "what", "quote", *source_columns]
markdown_table(against[shown].assign(date=against["date"].dt.strftime("%Y-%m-%d")), index=False)

# %%
in_region = seminar.named(against) & set(countries.lac_codes())
print(f"The region's states named in these rows: {seminar.sentence_list(sorted(in_region))}.")

# %% [markdown] slideshow={"slide_type": "notes"}
# C44 says 'none'. One documented counter-example is enough to contradict a universal claim; ask whether The Bahamas applying other states' sanctions lists counts as 'joining' them.

# %% [markdown] slideshow={"slide_type": "slide"}
# Where the sources disagree or the outcome is unknown, the record keeps both sides: the row's
# main source and its second source, each as published.

# %%
still_open = record[record["bearing"] == "open question"]
both_sides = ["date", "what", "source_publisher", "source2_publisher", "confidence"]
open_rows = still_open[both_sides].assign(date=still_open["date"].dt.strftime("%Y-%m-%d"))
markdown_table(open_rows, index=False)

# %% [markdown]
# The Summit of the Americas of June 2022 (C50): who stayed away, and why, as the record gives it
# (the compilers' assessment in their words):

# %%
summit = record[record["claim"] == "C50"]
summit_columns = ["event_id", "date_as_published", "what", "assessment_as_published"]
markdown_table(summit[summit_columns], index=False)

# %% [markdown]
# The EU-CELAC summit of July 2023 (C48) and Lula's remarks on Crimea of April 2023 (C46), with
# the short quote each source gives:

# %%
summit_2023_and_crimea = record[record["claim"].isin(["C48", "C46"])]
quote_columns = ["claim", "date_as_published", "quote", "source_publisher", "source_title"]
markdown_table(summit_2023_and_crimea[quote_columns], index=False)

# %% [markdown]
# For C46 the course has a second kind of evidence: Brazil's recorded votes on the Crimea
# resolution of 2014 (68/262), on every resolution on Crimea since 2016, and on the emergency
# session's texts ([ES-11](../GLOSSARY.md)):

# %%
brazil_votes = seminar.votes_of("BRA", ["A/RES/68/262"], ["Crimea", "emergency session"])
brazil_votes

# %%
brazil_counts = brazil_votes.groupby("group")["vote"].value_counts().unstack(fill_value=0)
brazil_counts

# %% [markdown]
# **What it shows** (the sentence below is generated from the votes). Neither kind of evidence
# records an act of recognition; whether the April 2023 remarks amount to "de facto" recognition
# is a question for discussion (below).

# %%
for group, row in brazil_counts.iterrows():
    cast = ", ".join(f"{n} {votes.VOTE_WORDS[v]}" for v, n in row.items() if n)
    calls = f"{row.sum()} roll call" + ("s" if row.sum() != 1 else "")
    print(f"Brazil on {group} ({calls}): {cast}.")

# %% [markdown] slideshow={"slide_type": "notes"}
# Read Lula's two quotes aloud, then show the votes. Ask: is 'perhaps Crimea could be discussed' a recognition, a negotiating position or neither?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Did the region's UN votes on Ukraine change after the summits of 2023?
#
# The chapter reads the EU-CELAC summit of July 2023 as a sign of waning Western influence (C47,
# C48). One trace the course can follow is how the focus states voted on the Ukraine resolutions
# adopted before and after it, in the years of the parameters cell:

# %%
summit_day = pd.Timestamp("2023-07-17")
since_2022 = votes.ukraine_resolutions("since 2022")
texts = since_2022[since_2022["date"].dt.year.between(first_year, last_year)]
vote_shares = votes.shares(votes.vote_matrix(texts["rollcall_id"], focus))
vote_labels = seminar.resolution_labels(texts, summit_day)
vote_shares.set_axis(vote_labels).round(2)

# %% slideshow={"slide_type": "skip"}
yes_before = seminar.mean_share(vote_shares, texts, summit_day, after=False)
yes_after = seminar.mean_share(vote_shares, texts, summit_day, after=True)
vote_words = Caption(
    title=seminar.summit_title(yes_before, yes_after),
    caption=f"How the {len(focus)} focus states voted on each Ukraine resolution of "
    f"{first_year}-{last_year} that has a per-country record (ES-11/7, ES-11/8 and ES-11/9 have "
    "none): yes, no, abstain, or no vote recorded, as shares of the states. Resolutions after "
    "the summit of 17-18 July 2023 are marked 'after'.",
    source="unga_votes and ukraine_resolutions (Voeten et al.; UN DGACM), as in notebook 02.",
    alt=f"Stacked bars, one per resolution ({len(vote_labels)}), of the shares of yes, no, "
    f"abstain and no vote among the {len(focus)} focus states. Yes share: "
    + "; ".join(
        f"{label}: {share:.0%}" for label, share in zip(vote_labels, vote_shares["Y"], strict=True)
    )
    + ".",
)

# %% slideshow={"slide_type": "slide"}
show(plots.vote_share_bars({"Focus states": vote_shares}, vote_labels), vote_words, number=2)

# %% [markdown]
# **What it shows.** The title gives the change for the selection. For the default years
# (2023-2025) the texts differ: the one before the summit (ES-11/6) called for a just peace, those
# after it are on human rights in occupied territories and on nuclear safety, which drew fewer yes
# votes in the whole Assembly too (official totals below), so a fall is not by itself a change of
# stance. A vote is one kind of relation; influence and authority are more (notebook 05b).

# %%
totals_columns = ["label", "date", "official_yes", "official_no", "official_abstain"]
texts[totals_columns].assign(date=texts["date"].dt.strftime("%Y-%m-%d"))

# %% [markdown] slideshow={"slide_type": "notes"}
# Compare like with like: ask the group which later resolution is closest in kind to ES-11/6, and whether the course's table of Ukraine resolutions may have missed one.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict
#
# The verdicts this notebook reaches, as recorded in the claims register with their reasons (the
# tests in `tests/test_verdicts_05.py` recompute every fact they state):

# %%
in_this_notebook = claims[claims["notebook"] == "05_seminar"]
decided = in_this_notebook[~in_this_notebook["verdict"].isin(["untested", "discussion"])]
markdown_table(decided.set_index("id")[["claim", "verdict", "verdict_note"]])

# %% [markdown]
# C46 is interpretive, so the register keeps it for discussion, with this note:

# %%
discussed = in_this_notebook[in_this_notebook["verdict"] == "discussion"].set_index("id")
markdown_table(discussed[["claim", "verdict_note"]])

# %% [markdown]
# The limits of the evidence: the record is a compilation of press and official pages, not an
# archive; a claim with no row is untested, not false; the UN votes show positions on texts, not
# reasons. Notebook 05b sets these verdicts beside every other claim of the register.

# %% [markdown] slideshow={"slide_type": "notes"}
# Read C44's note aloud: two of its three parts hold for the large states, and one documented case is enough to contradict 'none'. Ask whether 'contradicted' or 'partly supported' is the fairer word, and why the register must pick one.

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 05.1.** Which states of the region are named as actors in the rows of `events` that
# bear on C50 (the Summit of the Americas) and support it? Give a list of ISO3 codes.

# %%
answer_05_1 = ...  # your answer here: a list of codes, e.g. ["ARG", "BRA"]
check("05.1", answer_05_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
summit_support = events[(events["claim"] == "C50") & (events["bearing"] == "supports")]
actors = {code for codes in summit_support["actors_iso3"] for code in codes.split(";")}
answer_05_1 = sorted(actors & set(countries.lac_codes()))
check("05.1", answer_05_1)

# %% [markdown]
# **Exercise 05.2.** How many different states of the region are named as actors in the rows on
# C44 whose category is `arms`? Count each state once; 'LAC' is the region as a whole, not a state.

# %%
answer_05_2 = ...  # your answer here: a number
check("05.2", answer_05_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
arms_rows = events[(events["claim"] == "C44") & (events["category"] == "arms")]
arms_actors = {code for codes in arms_rows["actors_iso3"] for code in codes.split(";")}
answer_05_2 = len(arms_actors & set(countries.lac_codes()))
check("05.2", answer_05_2)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. C44 says "none" of the region's states joined the sanctions. Is a state that tells its banks
#    to respect other states' sanctions lists "joining" them? Would your verdict change if it did
#    not?
# 2. The record shows leaders staying away from the 2022 Summit of the Americas for different
#    reasons (C50). Does the reason matter for the chapter's argument about waning US influence?
# 3. C46 rests on Lula's words of April 2023; the course also has Brazil's votes on Crimea and on
#    Ukraine's territorial integrity. Which kind of evidence should weigh more in judging a
#    state's position, and why?

# %% [markdown] slideshow={"slide_type": "notes"}
# Give groups five minutes per question; collect the verdicts on the board, then compare.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - The events record: the sources named on each row of `events` (publisher, title, date, URL, and
#   a second source where the compilers give one), compiled from stored public web pages.
# - Erik Voeten, Anton Strezhnev and Michael Bailey, *United Nations General Assembly Voting Data*,
#   Harvard Dataverse (hdl:1902.1/12379), as packaged in the R package `unvotes`.
# - United Nations, Department for General Assembly and Conference Management, machine-readable
#   General Assembly resolutions.
# - The claims register (`data/claims.csv`): the chapter's claims, quoted and restated, with the
#   verdicts of every notebook.
# - Every resource's source, version and licence: [`data/README.md`](../data/README.md); terms: the
#   [glossary](../GLOSSARY.md).

# %%
navigation("05_seminar")
