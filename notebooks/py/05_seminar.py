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
# # 05. Seminar: weighing the argument
#
# The chapter's claims about summits, sanctions and statements are set beside a sourced record of
# what was said and done, and every claim of the course's register is drawn on one scorecard. The
# claims that data cannot settle become questions for a seminar, with a plan to run it.
#
# **You will learn**
# - to set a claim beside a record of dated, sourced events and reach a verdict, showing both
#   sides where sources disagree;
# - to read a scorecard of the whole argument: which pillars stand on tested ground, and which on
#   interpretation;
# - to turn an interpretive claim into a question with evidence for and against it.
#
# **Time needed:** about 55 minutes (20 reading, 15 running and reading the figures, 20 for the
# exercises); a seminar built on it takes 50 to 120 minutes (plans at the end).
#
# **Before you start:** notebooks 00 (the claims register) and 02 (the Ukraine votes) help; the
# rest of the course is summarised here.

# %% [markdown] slideshow={"slide_type": "notes"}
# This is the closing session. Part 1 tests six claims about events; parts 2 and 3 look at the whole register; part 4 is the seminar itself. Decide in advance which part you run live.

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** Change these and run *Restart Kernel and Run All Cells* (or `make variant`) to
# focus the seminar. `FOCUS_PILLAR` is one of the chapter's six pillars (as in notebook 00), a list
# of them, or "all"; `FOCUS_NOTEBOOK` a notebook id such as "02_ukraine_votes", a list, or "all":
# together they select the claims of the scorecard (part 3) and of the discussion (part 4).
# `FOCUS_STATES` (codes, names or "LAC", "South America", "Central America", "Caribbean") and
# `YEARS` (either order) are the states and years of the UN-vote figures (parts 2 and 4).

# %% tags=["parameters"]
FOCUS_PILLAR = "all"  # a pillar of the argument, a list of pillars, or "all"
FOCUS_NOTEBOOK = "all"  # a notebook id or number ("02_ukraine_votes", "02"), a list, or "all"
FOCUS_STATES = "LAC"  # the region's states for the UN-vote figures: codes, names or a region
YEARS = (2000, 2025)  # years of the agreement proxy in part 4 (the votes: 1991-2025)

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
pillars = params.choices(FOCUS_PILLAR, name="FOCUS_PILLAR", valid=seminar.pillars(claims))
notebooks = params.choices(
    seminar.by_number(FOCUS_NOTEBOOK, claims),
    name="FOCUS_NOTEBOOK",
    valid=seminar.notebooks(claims),
)
focus = params.states(FOCUS_STATES, allowed=countries.lac_codes())
first_year, last_year = params.years(YEARS, within=(1991, 2025))
names = countries.names()
print(
    f"{len(pillars)} pillar(s), {len(notebooks)} notebook(s), {len(focus)} focus state(s), "
    f"years {first_year}-{last_year}"
)

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
# is a question for discussion (part 4).

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
# adopted before and after it:

# %%
summit_day = pd.Timestamp("2023-07-17")
since_2023 = votes.ukraine_resolutions("since 2022").query("date >= '2023-01-01'")
vote_shares = votes.shares(votes.vote_matrix(since_2023["rollcall_id"], focus))
vote_labels = seminar.resolution_labels(since_2023, summit_day)
vote_shares.set_axis(vote_labels).round(2)

# %% slideshow={"slide_type": "skip"}
yes_before = seminar.mean_share(vote_shares, since_2023, summit_day, after=False)
yes_after = seminar.mean_share(vote_shares, since_2023, summit_day, after=True)
change = "fell" if yes_after < yes_before else "rose" if yes_after > yes_before else "held"
vote_words = Caption(
    title=f"The focus states' yes share on the Ukraine texts after the EU-CELAC summit "
    f"({yes_after:.0%} on average) is {'lower' if yes_after < yes_before else 'not lower'} than "
    f"before it ({yes_before:.0%}); the texts differ in subject, so this is not a change of stance",
    caption=f"How the {len(focus)} focus states voted on each Ukraine resolution adopted in 2023 "
    "or later that has a per-country record (ES-11/7, ES-11/8, ES-11/9 and ES-10/23 have none): "
    "yes, no, abstain, or no vote recorded, as shares of the states. Resolutions after "
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
# **What it shows.** The title gives the change for the selection. The texts differ: the one
# before the summit (ES-11/6) called for a just peace, those after it are on human rights in
# occupied territories and on nuclear safety, which drew fewer yes votes in the whole Assembly too
# (official totals below), so a fall is not by itself a change of stance. A vote is one kind of
# relation; influence and authority are more (part 4).

# %%
totals_columns = ["label", "date", "official_yes", "official_no", "official_abstain"]
since_2023[totals_columns].assign(date=since_2023["date"].dt.strftime("%Y-%m-%d"))

# %% [markdown] slideshow={"slide_type": "notes"}
# Compare like with like: ask the group which later resolution is closest in kind to ES-11/6, and whether the course's table of Ukraine resolutions may have missed one.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. The scorecard: how much of each pillar stands on tested ground?
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
seminar.show_or_say(plots.verdict_bars, verdicts, card_words, number=3, why=no_claim)

# %%
verdicts

# %% [markdown]
# **What it shows** (generated below from the selection). Where a pillar rests mostly on
# interpretation, part 4 turns its claims into questions. Then each claim, its verdict, the
# notebook that tests or discusses it and the data it rests on:

# %%
print(seminar.pillar_sentence(verdicts) if verdicts is not None else "No claim selected.")

# %%
card_columns = ["id", "pillar", "kind", "verdict", "notebook", "evidence"]
markdown_table(selected[card_columns], index=False)

# %% [markdown] slideshow={"slide_type": "notes"}
# Ask each group to pick one pillar and say how much of it the data have tested. Then ask what a verdict of 'supported' on a small factual claim does for the argument as a whole.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. What can data not settle?
#
# The register marks interpretive and normative claims for discussion. For each in the selection:
# the evidence that would bear on it, the strongest reading for and against (the course's
# summary, not the chapter's), and a question for the seminar:

# %%
to_discuss = seminar.discussion_table(claims)
to_discuss = to_discuss[to_discuss["id"].isin(selected["id"])]
print(f"{len(to_discuss)} claims of the selection are for discussion.")
markdown_table(to_discuss.drop(columns="notebook"), index=False)

# %% [markdown] slideshow={"slide_type": "slide"}
# For three of them (C47, C51, C65) the course has a [proxy](../GLOSSARY.md): how often the focus
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
seminar.show_or_say(plots.line_panels, proxy_panel, proxy_words, number=4, **proxy_options)

# %% [markdown]
# **What it measures, and what it does not.** The share of recorded votes on which a state voted
# as the United States (or Russia) did. It measures positions on the texts that reach a recorded
# vote in one forum; it does not measure trust (C51), influence or authority (C47), or the
# motives of a foreign policy (C65), and the mix of texts changes from year to year. A fall in
# agreement fits the chapter's reading, but so would a change in what the Assembly votes on, or in
# how the reference state itself votes: in 2025 the United States voted no on most roll calls,
# and every region's agreement with it fell (notebook 02b, part 3). The source of the votes also
# changes in 2019.

# %% [markdown] slideshow={"slide_type": "notes"}
# Use the proxy to sharpen the question, not to answer it: what else would have to change for the chapter's reading to be right?

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
# C46, like the other interpretive and normative claims of this notebook, is for discussion:

# %%
discussed = in_this_notebook[in_this_notebook["verdict"] == "discussion"].set_index("id")
markdown_table(discussed.loc[["C46", "C47", "C65"], ["claim", "verdict_note"]])

# %% [markdown]
# The limits of the evidence: the record is a compilation of press and official pages, not an
# archive; a claim with no row is untested, not false; the UN votes show positions on texts, not
# reasons. C27 (Roraima) stays untested here: a census extract (IBGE 2022) is staged among the raw sources
# but is not yet a course resource.

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

# %% [markdown]
# **Exercise 05.3.** How many claims of notebook 02 (`02_ukraine_votes`) have a verdict from a test
# against data, that is, neither 'untested' nor 'discussion'? Use `claims`.

# %%
answer_05_3 = ...  # your answer here: a number
check("05.3", answer_05_3)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
votes_claims = claims[claims["notebook"] == "02_ukraine_votes"]
answer_05_3 = int((~votes_claims["verdict"].isin(["untested", "discussion"])).sum())
check("05.3", answer_05_3)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. C44 says "none" of the region's states joined the sanctions. Is a state that tells its banks
#    to respect other states' sanctions lists "joining" them? Would your verdict change if it did
#    not?
# 2. The record shows leaders staying away from the 2022 Summit of the Americas for different
#    reasons (C50). Does the reason matter for the chapter's argument about waning US influence?
# 3. Pick one claim marked "discussion" in part 4. Write the strongest case for it in three
#    sentences, then the strongest case against it, using only evidence the course has.
# 4. Which pillar of the argument would you most like the course to test next, and with what data?

# %% [markdown] slideshow={"slide_type": "notes"}
# Give groups five minutes per question; collect the verdicts on the board, then compare.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## A seminar in a box
#
# **Plan A: 50 minutes (one session).** 5 min: the chapter's argument as a map (notebook 00,
# Figure 1). 15 min: the Ukraine votes live (notebook 02, parts 1-2). 15 min: part 1 of this
# notebook, the record beside six claims. 10 min: the scorecard (part 3) and one discussion
# question. 5 min: each student writes one sentence of verdict on one claim. Exercise: 05.1.
#
# **Plan B: 90 minutes.** 10 min: notebook 00. 20 min: notebook 02 or 02b (with whom the region
# votes) live, exercises 02.1 and 02.2. 20 min: notebook 04 (BRICS) parts 1 and 3, or notebook
# 01 ("The 'most peaceful region'? Wars, borders and courts"). 10 min: part 1 of
# this notebook. Split into two groups for 20 min: a **structured debate** on one claim (C44 or
# C46): one group argues the chapter's reading, one the record's, each with three pieces of
# evidence from the course, then swap sides for five minutes. 10 min: scorecard and wrap-up.
#
# **Plan C: 120 minutes.** As plan B, plus notebook 03 ("Who depends on whom? Critical minerals and
# fresh water") or 02b in full, and a **fact-check the chapter** exercise (30 min): in
# groups of three, pick a claim the register leaves untested (part 3 lists them), decide what data
# would test it, find one public source, and report a provisional verdict with its limits.
#
# **Other formats.** *Writing a neutral summary of one section* (20-30 min): summarise one section
# of the chapter in 150 words, attributing every claim to the chapter ("the chapter argues") and
# naming contested events neutrally with the chapter's term beside them; swap summaries and mark
# any sentence that states a claim as fact. *Verdict panel*: three students give a verdict on one
# claim and must agree on its note in under 400 characters, as the register does.
#
# **Essay questions.**
# 1. "None of the regional actors ... joined the anti-Russian sanctions." Assess the claim against
#    the record, and discuss what counts as joining a sanctions regime.
# 2. Is the region's voting on Ukraine at the UN evidence of a shared legal culture, of national
#    interest, or of neither? Use notebooks 02 and 02b.
# 3. How far does the chapter's argument rest on claims that data can test? Use the scorecard.
# 4. Choose one interpretive claim of the chapter and design the study that would test it.
#
# **How to extend the course.**
# - *Add a resolution:* add its roll call to the vote resources (see `scripts/resources/` and
#   `data/README.md`), rebuild with `scripts/build_data.py`, and it appears in notebooks 02 and 05.
# - *Add a region:* the helpers take any list of ISO3 codes; set `FOCUS_STATES` to the states and
#   compare them with the region in notebooks 02 and 02b.
# - *Add a claim:* add a row to `data/claims.csv` (id, section, pillar, quote, claim, kind,
#   notebook, evidence, verdict "untested"), run `scripts/build_data.py claims`: it appears on the
#   scorecard above with no further change.
# - *Add a notebook:* `make new NB=06_my_topic TITLE="..."` copies the template, registers it in
#   the outline as a draft and writes its exercise module; write its verdicts into the register and
#   the scorecard shows them.

# %% [markdown] slideshow={"slide_type": "notes"}
# Choose the plan before the session and run the notebooks it names once beforehand, so that the stored outputs are there if the room has no network.

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
