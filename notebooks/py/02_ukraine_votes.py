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
# # 02. Latin America's votes on Ukraine at the UN General Assembly
#
# The chapter makes four precise claims about how Latin American and Caribbean states voted on
# Ukraine at the UN General Assembly, and explains their votes by a shared legal culture. This
# notebook sets each claim beside the recorded votes, state by state, and compares the region with
# the rest of the world; notebook 02d asks whether the legal culture shows in the votes.
#
# **You will learn**
# - to check a text's account of a vote against the [roll-call](../GLOSSARY.md) record, and to state
#   each discrepancy plainly;
# - to read a vote heatmap and see which states vote together;
# - to compare a region with the rest of the world resolution by resolution, and to say what a
#   recorded vote (or its absence) can and cannot tell.
#
# **Time needed:** about 45 minutes (25 reading the parts and their figures, 20 for the two
# exercises; counted, not yet timed with a class). **Before you start:** notebook 00 and the
# chapter's section "Latin America and the Ukrainian crisis". Notebook 02b goes on from here: with
# whom the region votes on everything else.

# %% [markdown] slideshow={"slide_type": "notes"}
# Frame the session: four votes, four claims, one record. The chapter's numbers are mostly right;
# the interesting part is where "the rest voted in favour" fails, and why a vote cannot show
# a motive.

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** Change these and run *Restart Kernel and Run All Cells* (or `make variant`) to
# repeat the analysis for another selection. States may be ISO3 codes, names or a region ("LAC",
# "South America", "Central America", "Caribbean"); resolutions may be symbols or a group ("all",
# "emergency session", "before 2022", "since 2022", "Crimea"). Part 1 always checks the chapter's
# four votes; the other parts follow the selection, and their titles and comments are written from
# the numbers.

# %% tags=["parameters"]
FOCUS_STATES = "LAC"  # codes, names or a region, e.g. ["ARG", "Brazil"] or "Caribbean"
RESOLUTIONS = "all"  # "all", a group such as "emergency session", or ["68/262", "ES-11/1"]

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
# The section "Latin America and the Ukrainian crisis" describes four votes. In the chapter's words
# (from the claims register, which quotes the chapter), with each claim restated neutrally:

# %%
claims = load("claims").set_index("id")
markdown_table(claims.loc[["C36", "C38", "C39", "C43"], ["quote", "claim"]])

# %% [markdown]
# The chapter calls Russia's annexation of Crimea in 2014 its "reunification" with Russia, and
# Russia's full-scale invasion of Ukraine in February 2022 the "Special Military Operation". It
# explains the region's votes by a legal culture of territorial integrity and non-use of force
# (whether the region's legal systems show in the votes is notebook 02d's question), and calls the
# neutrality of the major states "by and large, benevolent towards Russia" (claim C45).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data
#
# Every recorded vote of every member state from October 1991 to June 2026, the roll calls, the
# Ukraine-related resolutions with their official totals, the chapter's account as a table, and the
# states with their names and regions:

# %%
markdown_table(
    data_table(
        ["unga_votes", "unga_rollcalls", "ukraine_resolutions", "chapter_votes", "countries"]
    )
)

# %% [markdown]
# What the data leave out, and what it means here:
#
# - **Two sources.** Until 2018 the votes come from Erik Voeten's UNGA voting data; from late 2019
#   from the UN's machine-readable resolutions ([DGACM](../GLOSSARY.md)). The next table lists every
#   stretch of more than 200 days without a roll call: the two that span the change of source
#   (2018-2019 and 2019-2020) are gaps in the data; the others fall between sessions.
# - **X means no vote recorded**: a member that was absent, did not vote, or had lost its vote for
#   arrears (UN Charter, Article 19). The record shows the absence, not its reason.
# - **No per-country records** exist in the sources for ES-11/7 and ES-11/8 (24 February 2025),
#   ES-11/9, ES-10/23, or the Cuba embargo resolution of 2018 (73/8): they cannot be shown.

# %%
dates = load("unga_rollcalls")["date"].drop_duplicates().sort_values()
gaps = pd.DataFrame({"last roll call before": dates.shift(), "next roll call": dates})
gaps[(gaps["next roll call"] - gaps["last roll call before"]).dt.days > 200]

# %% [markdown]
# Venezuela's record changes abruptly. Counted from the roll calls:

# %%
venezuela = votes.vote_matrix(load("unga_rollcalls")["rollcall_id"], ["VEN"]).iloc[0]
by_year = (
    (venezuela != "X")
    .groupby(load("unga_rollcalls")["date"].dt.year.to_numpy())
    .agg(["sum", "size"])
)
by_year.loc[2019:].rename(columns={"sum": "votes cast", "size": "roll calls"}).T

# %% [markdown]
# Venezuela cast votes in every year to 2021 and none from 2022. Loss of vote for arrears under
# Article 19 of the Charter would produce this pattern, but the course has no UN document that
# confirms it, so the notebook reads the X as "no vote recorded", not as "absent".

# %% [markdown] slideshow={"slide_type": "notes"}
# Stress the X: the chapter says Venezuela's delegate was "absent" in March 2022. The record only
# says no vote was recorded, and Venezuela recorded none at all from 2022.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The chapter's account beside the record
#
# *Question: for each of the four votes, did each state vote as the chapter says?*
#
# The table puts the chapter's vote (from `chapter_votes`) beside the recorded one for every state
# the chapter speaks about; this part does not depend on the parameters. "not N" is the chapter's
# "only Nicaragua voted against": any vote but no.

# %% slideshow={"slide_type": "slide"}
account = votes.chapter_vs_record()
account["state"] = account["iso3"].map(names)
account["cell"] = account["vote_in_chapter"] + " → " + account["vote_in_record"]
account.loc[~account["agrees"], "cell"] += "  ≠"
account.pivot(index="state", columns=["claim_id", "short"], values="cell").fillna("")

# %% [markdown] slideshow={"slide_type": "slide"}
# Each cell reads *chapter → record*; "≠" marks a discrepancy; an empty cell is a state the chapter
# does not speak about. The findings, with the dates:

# %%
for claim_id, rows in account.sort_values("state").groupby("claim_id"):
    first = rows.iloc[0]
    print(
        f"{claim_id} ({first['short']}, voted {first['date']:%d %B %Y}; "
        f"the chapter: {first['date_in_chapter']}): "
        f"{rows['agrees'].sum()} of {len(rows)} states as the chapter says."
    )
    for row in rows[~rows["agrees"]].itertuples():
        print(
            f"  - {row.state} ({row.basis}): the chapter {row.vote_in_chapter}, "
            f"the record {votes.VOTE_WORDS[row.vote_in_record]}"
        )

# %% [markdown]
# For the vote "after three years" the chapter names no resolution: the course takes 72/190
# (December 2017). The states it names, on 71/205 (December 2016) and on 68/262 (2014), where it
# says the abstainers had voted in favour:

# %%
named_c38 = account.loc[account["claim_id"] == "C38", "iso3"].tolist()
crimea_series = votes.ukraine_resolutions(["68/262", "71/205", "72/190"])
c38_votes = votes.vote_matrix(crimea_series["rollcall_id"], named_c38)
c38_votes.set_axis(crimea_series["short"], axis=1).rename(index=names)

# %% [markdown]
# The chapter also gives the totals of 2 March 2022 (claim C39). The UN's official totals and those
# counted from the member states' recorded votes:

# %%
votes.totals(votes.ukraine_resolutions(["ES-11/1", "ES-11/6"]))

# %%
before_2022 = votes.ukraine_resolutions("before 2022")
earlier = votes.vote_matrix(before_2022["rollcall_id"], ["BOL", "CUB", "NIC", "VEN"])
votes.vote_counts(earlier).rename(index=names)

# %% [markdown] slideshow={"slide_type": "slide"}
# **What it shows** (the same for every selection). For 2 March 2022 and February 2023 the record
# bears out every state the chapter names, and the totals of March 2022 match; Venezuela has no
# recorded vote. For 2014 the states the chapter names abstained or voted against as it says, but
# "the rest voted in favor" does not hold (the list above names each exception), and the record
# dates the vote three days later than the chapter. The "three years later" claim holds for every
# state it names, on 72/190 and on 71/205 alike. Before 2022 Cuba, Nicaragua and Venezuela voted no
# on every Crimea text; Bolivia voted no on some and abstained on others (the last table).

# %% [markdown] slideshow={"slide_type": "notes"}
# Ask: is "the rest voted in favour" a small slip or a claim that matters? Nine states abstained
# and one voted against; which of them would the chapter's argument expect?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. All the selected votes at a glance
#
# *Question: across the selected resolutions, which states vote together?*
#
# Each column is a state (its [ISO3](../GLOSSARY.md) code), ordered by its mean position (yes = 1,
# abstain = 0, no = −1, over the votes it cast), so that blocs sit together; each row is a
# resolution, oldest at the top; each cell carries its vote as a letter as well as a colour. The
# table after the figure gives the names and counts.

# %%
matrix = votes.vote_matrix(resolutions["rollcall_id"], focus).set_axis(resolutions["short"], axis=1)
position = votes.position_score(matrix).sort_values(ascending=False)
matrix = matrix.loc[position.index]
labels = [f"{s} ({d:%Y})" for s, d in zip(resolutions["short"], resolutions["date"], strict=True)]
since_2022 = (resolutions["date"].dt.year >= 2022).to_numpy()
periods = {"Before 2022": matrix.loc[:, ~since_2022], "Since 2022": matrix.loc[:, since_2022]}
periods = {name: block for name, block in periods.items() if block.shape[1] > 0}


# %% slideshow={"slide_type": "skip"}
def period_sentence(name, block):
    vote, share = votes.most_common(block)
    return f"{name} the most common vote was {votes.VOTE_WORDS[vote]} ({share:.0%} of votes cast)"


never_yes = [names[s] for s in matrix.index if not (matrix.loc[s] == "Y").any()]
split = int((~since_2022).sum())  # the dashed line falls before the first vote of 2022
heatmap_words = Caption(
    title=".\n".join(period_sentence(n, b) for n, b in periods.items()),
    caption="Votes of each focus state (columns, ISO3 codes) on each selected Ukraine-related "
    "resolution (rows, oldest at the top); the dashed line, where shown, falls before the first "
    "vote of 2022. Columns are ordered by mean position, yes-most at the left.",
    source=f"UN General Assembly roll-call votes (Voeten et al.; UN DGACM), {period}.",
    alt=f"A grid of {matrix.shape[1]} rows and {matrix.shape[0]} columns of coloured cells, each "
    f"with a letter: Y yes, N no, A abstain, a dot for no vote recorded. "
    f"{'. '.join(period_sentence(n, b) for n, b in periods.items())}. "
    f"States with no yes vote on the selection: {', '.join(never_yes) or 'none'}.",
)

# %% slideshow={"slide_type": "slide"}
show(plots.vote_heatmap(matrix, labels, split_before=split), heatmap_words, number=1)

# %% slideshow={"slide_type": "slide"}
per_state = votes.vote_counts(matrix).assign(position=position.round(2))
per_state.rename(index=lambda c: f"{names[c]} ({c})")

# %% [markdown]
# **What it shows.** The title states the most common vote in each period of the selection; the
# counts give each state's record. Read down a column to follow one state; read across a row to see
# how the region split on one text.

# %% [markdown] slideshow={"slide_type": "notes"}
# For the default selection: abstention dominated the Crimea texts before 2022, yes dominates since;
# Bolivia, Cuba, El Salvador and Nicaragua sit at the right end, Venezuela's column is all dots (no
# vote recorded) from 2022. Ask students to find the texts since 2022 on which the region's yes share
# is not above the rest's (the list under figure 2).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. The region against the world
#
# *Question: does the focus group vote differently from the rest of the UN membership?*
#
# For each resolution, the share of yes, no, abstain and no vote among the focus states and among
# all other members. Bars carry hatching as well as colour.

# %%
groups = ("Focus states", "Rest of the membership")
shares = votes.group_shares(resolutions["rollcall_id"], focus, groups)
yes_share = pd.DataFrame({g: shares[g]["Y"].to_numpy() for g in groups}, index=labels)
yes_share["difference"] = yes_share[groups[0]] - yes_share[groups[1]]

# %% slideshow={"slide_type": "skip"}
# Differences in whole percentage points, as the table after the figure shows them.
points = (yes_share["difference"] * 100).round(0)
more_yes = int((points > 0).sum())
bars_words = Caption(
    title=f"The focus states said yes more often than the rest of the membership on "
    f"{more_yes} of {len(yes_share)} resolutions",
    caption="Share of each vote among the focus states (left) and all other members (right), "
    "per Ukraine-related resolution, oldest at the top. Yes plain, no hatched //, abstain "
    "dotted, no vote crossed.",
    source=f"UN General Assembly roll-call votes (Voeten et al.; UN DGACM), {period}.",
    alt=f"Two panels of stacked horizontal bars, one bar per resolution. The focus states' yes "
    f"share is higher than the rest's on {more_yes} of {len(yes_share)} resolutions and lower or "
    f"equal on the others; the table after the figure gives each share.",
)

# %% slideshow={"slide_type": "slide"}
show(plots.vote_share_bars(shares, labels), bars_words, number=2)

# %% slideshow={"slide_type": "slide"}
(yes_share * 100).round(0).astype("Int64").rename(columns=lambda c: f"{c}: yes %")

# %%
fewer, level = yes_share.index[points < 0].tolist(), yes_share.index[points == 0].tolist()
print(f"The focus states said yes less often than the rest on: {', '.join(fewer) or 'none'}.")
if level:
    print(f"As often, to the whole percentage point: {', '.join(level)}.")

# %% [markdown]
# **What it shows.** The title and the line above are computed for the selection. For the default
# selection, the region abstained far more often than the rest of the membership on the Crimea texts
# of 2014-2021 and said yes more often on most texts since 2022, with exceptions named above.

# %% [markdown] slideshow={"slide_type": "notes"}
# The shares are of all members, including those with no vote recorded: small Caribbean states
# often have none, which lowers the region's yes share on some texts.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict
#
# The verdicts this notebook reaches, as recorded in the claims register with their reasons (the
# tests in `tests/test_verdicts.py` recompute every fact they state):

# %%
in_this_notebook = claims[claims["notebook"] == "02_ukraine_votes"]
decided = in_this_notebook[~in_this_notebook["verdict"].isin(["untested", "discussion"])]
markdown_table(decided[["claim", "verdict", "verdict_note"]])

# %% [markdown]
# The interpretive claims of this section are for discussion (below and in notebook 05b). The
# register's claims about events rather than votes (C37, C44, C46, C48 to C50) are weighed in
# notebook 05 against a record of events, and agreement with the United States and Russia over all
# roll calls (C45, C47) in notebook 02b, the Cuba embargo votes (C17) in notebook 02c, and the
# region's legal systems and whether they show in the votes (C19, C20) in notebook 02d.

# %%
markdown_table(in_this_notebook.loc[in_this_notebook["verdict"] == "discussion", ["claim"]])

# %% [markdown]
# The limits of the evidence: the votes are the record of the General Assembly only; X mixes
# absence, not voting and loss of vote; one "no" on 71/205 (December 2016) is missing from the
# source; and for 2025 there are no per-country records of the emergency-session resolutions.

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 02.1.** How many of the 33 states abstained on 68/262 (March 2014) and then voted yes on
# ES-11/1 (March 2022)? Use `votes.vote_matrix` and `votes.ukraine_resolutions`.

# %%
answer_02_1 = ...  # your answer here: a number
check("02.1", answer_02_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
pair = votes.ukraine_resolutions(["68/262", "ES-11/1"])
both = votes.vote_matrix(pair["rollcall_id"], countries.lac_codes()).set_axis(pair["short"], axis=1)
answer_02_1 = int(((both["68/262"] == "A") & (both["ES-11/1"] == "Y")).sum())
check("02.1", answer_02_1)

# %% [markdown]
# **Exercise 02.2.** Which of the 33 states have *no recorded vote* (X) on ES-11/4 (October 2022)?
# Give a list of ISO3 codes.

# %%
answer_02_2 = ...  # your answer here, e.g. ["ARG", "BRA"]
check("02.2", answer_02_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
es_11_4 = votes.ukraine_resolutions("ES-11/4")
on_es_11_4 = votes.vote_matrix(es_11_4["rollcall_id"], countries.lac_codes()).iloc[:, 0]
answer_02_2 = on_es_11_4.index[on_es_11_4 == "X"].tolist()
check("02.2", answer_02_2)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. The chapter explains why most of the region voted for the resolution of March 2022 by a
#    "formal, legalistic" view of the conflict rooted in its history, "though" US pressure "by all
#    means took place" (C40). What else could explain the change from abstaining (2014-2021) to
#    voting yes (2022)? What evidence would tell the explanations apart?
# 2. Is voting for Ukraine's territorial integrity while calling for negotiations a "benevolent"
#    neutrality towards Russia (C45)? What would a neutrality benevolent to Ukraine look like in the
#    record?
# 3. When territorial integrity and self-determination collide, the chapter says the region judges
#    case by case (C35) and also that it favours territorial integrity (C26). Can a vote show which
#    principle a state weighed? What other evidence could?
# 4. Many small Caribbean states often cast no vote. Does leaving them out change any conclusion of
#    this notebook? Try it: set `FOCUS_STATES` to `["South America", "Central America"]` and compare.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - Erik Voeten, Anton Strezhnev and Michael Bailey, *United Nations General Assembly Voting Data*,
#   Harvard Dataverse (hdl:1902.1/12379), as packaged in the R package `unvotes`.
# - United Nations, Department for General Assembly and Conference Management, machine-readable
#   General Assembly resolutions.
# - Every resource's source, version and licence: [`data/README.md`](../data/README.md); terms: the
#   [glossary](../GLOSSARY.md).

# %%
navigation("02_ukraine_votes")
