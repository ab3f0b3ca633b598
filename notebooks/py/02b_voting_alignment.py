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
# # 02b. With whom does the region vote? Agreement, measured four ways
#
# The chapter reads the region's neutrality on Ukraine as "benevolent" towards Russia and says the
# United States is losing influence there. This notebook measures, over every recorded vote since
# 1991, how often the region votes with Russia, the United States, China and Brazil, by the measures
# the literature uses.
#
# **You will learn**
# - that "agreement" has several standard definitions, and how much the choice moves the number;
# - which roll calls a measure counts (whole resolutions, not amendments or paragraphs), and why.
#
# **Time needed:** about 40 minutes (about 20 to read the two parts and their figures, 20 for the two
# exercises; the course's count, not yet timed with a class). **Before you start:** notebook 02.
# Notebook 02c goes on from here: who moved in 2025, the states behind the mean, ideal points and the
# Cuba embargo votes.

# %% [markdown] slideshow={"slide_type": "notes"}
# Notebook 02 looked at the Ukraine texts; this one looks at everything the Assembly votes on. The
# point to land: a number like "the region agrees with the US 25% of the time" depends on the measure
# and on the agenda (and, notebook 02c shows, on what the US itself did that year).

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** States may be ISO3 codes, names or a region ("LAC", "South America", "Central
# America", "Caribbean"); years may be given in either order. `METHOD` is one of the agreement
# measures of part 2. Titles and comments are computed for the selection.

# %% tags=["parameters"]
FOCUS_STATES = "LAC"  # codes, names or a region
REFERENCE_STATES = ["RUS", "USA", "CHN", "BRA"]  # whom the focus states are compared with
YEARS = (1991, 2025)  # the years of part 1 (the votes end in June 2026)
METHOD = "identical"  # "identical", "votes only", "half for abstention" or "with consensus"
METHOD_YEARS = (2019, 2025)  # the years in which part 2 compares the measures

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
from rulac.loading import limits

span = tuple(load("unga_rollcalls")["date"].dt.year.agg(["min", "max"]))
focus = params.states(FOCUS_STATES)
references = params.states(REFERENCE_STATES, name="REFERENCE_STATES")
years = params.years(YEARS, within=span)
method = params.choices(METHOD, name="METHOD", valid=list(votes.METHODS), everything="")[0]
method_years = params.years(METHOD_YEARS, name="METHOD_YEARS", within=span)
names = countries.names()
focus, references, silent = votes.keep_voting(focus, references, years)
print(
    f"{len(focus)} focus states; references {', '.join(references)}; "
    f"{years[0]}-{years[1]}; {method}"
)
if silent:
    print(f"Left out, no vote recorded in {years[0]}-{years[1]}: {', '.join(silent)}.")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter says

# %%
claims = load("claims").set_index("id")
markdown_table(claims.loc[["C45", "C47"], ["quote", "claim", "kind"]])

# %% [markdown]
# C45 and C47 are interpretations. Votes cannot settle an interpretation, but they give it
# something to stand on or to fall against: this notebook measures the voting record and leaves the
# reading to the discussion. The Cuba embargo votes (claim C17, a statement of fact) are tested in
# notebook 02c.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data

# %%
markdown_table(data_table(["unga_votes", "unga_rollcalls", "unga_adoptions", "countries"]))

# %% [markdown]
# What the newest table leaves out, as its data package entry states:

# %%
markdown_table(limits(["unga_adoptions"]), index=False)

# %% [markdown]
# How many resolutions went to a recorded vote, in the sessions the source covers in full:

# %%
adoptions = load("unga_adoptions").query("session_complete")
per_session = adoptions.groupby("session")[["adopted", "recorded_vote"]].sum()
per_session.assign(share_recorded=(per_session["recorded_vote"] / per_session["adopted"]).round(2))

# %% [markdown] slideshow={"slide_type": "notes"}
# Two facts matter for every figure here: most resolutions are adopted without a vote (the share
# that went to a recorded vote is printed above), and the source of the votes changes in 2019.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. With whom does the region vote, year by year?
#
# *Question: on the roll calls of each year, how often did the focus states vote with each
# reference state?*
#
# Agreement here is measured by `METHOD` (part 2 compares the measures). Votes on amendments and
# single paragraphs are left out, so both sources count whole resolutions as far as their flags
# allow. The line is the **mean of the focus states' shares** (each state counts once); the band spans the middle half of the states.

# %%
agreement = votes.agreement(focus, references, years, method=method)
by_pair = agreement.groupby(["reference", "year"])["agreement"]
quartiles = {"25%": by_pair.quantile(0.25), "75%": by_pair.quantile(0.75)}
summary = pd.concat({"mean": by_pair.mean(), **quartiles}, axis=1)
yearly = summary["mean"].unstack("reference").reindex(columns=references)

# %% [markdown]
# The Voeten data flag votes on amendments and paragraphs, but not in every year and not all of
# them: a resolution symbol that keeps two or more unflagged roll calls had a separate vote on part
# of its text. Counted:

# %%
calls = load("unga_rollcalls")
whole = calls[~(calls["amendment"].fillna(False) | calls["paragraph"].fillna(False))]
per_symbol = whole.groupby("resolution").size()
repeated = per_symbol[per_symbol > 1]
flagged = calls.loc[calls["amendment"].fillna(False) | calls["paragraph"].fillna(False), "date"]
print(
    f"{len(repeated)} symbols keep {repeated.sum()} unflagged roll calls between them. Years "
    f"with a flagged vote: {flagged.dt.year.nunique()} of {calls['date'].dt.year.nunique()}."
)


# %%
def on_year_axis(day):
    return day.year + (day.day_of_year - 1) / 365


source_change = load("unga_rollcalls").query("source == 'unxml_dgacm'")["date"].min()
emergency = votes.ukraine_resolutions("emergency session")["date"].min()
events = {
    on_year_axis(source_change): f"source change ({source_change:%b %Y})",
    on_year_axis(emergency): f"first emergency-session vote ({emergency:%b %Y})",
}
events = {x: label for x, label in events.items() if years[0] <= x <= years[1] + 1}

# %% slideshow={"slide_type": "skip"}
compared = set(summary.index.get_level_values("reference"))  # not a state with itself alone
panel_titles = {r: f"with {names[r]}" for r in references if r in compared}
last = int(yearly.index.max())
ranked = yearly.loc[last].dropna().sort_values(ascending=False)
agreement_words = Caption(
    title=f"In {last} the focus states voted most often with {names[ranked.index[0]]} "
    f"({ranked.iloc[0]:.0%}) and least often with {names[ranked.index[-1]]} "
    f"({ranked.iloc[-1]:.0%})",
    caption=f"Mean agreement ({method}) of the focus states with each reference state, "
    "per year (line: mean of the states' shares; a reference state that is also a focus "
    "state is not compared with itself), and the middle half of the focus states (band). "
    "Vertical lines: the events named below the panels.",
    source=f"UN General Assembly roll-call votes (Voeten et al.; UN DGACM), {years[0]}-{years[1]}.",
    alt=f"{len(references)} small line charts, one per reference state, years on the x axis and "
    f"agreement from 0 to 100 percent on the y axis. In {last}: "
    + "; ".join(f"with {names[c]} {v:.0%}" for c, v in ranked.items())
    + ".",
)

# %% slideshow={"slide_type": "slide"}
show(plots.agreement_panels(summary, panel_titles, lines=events), agreement_words, number=1)

# %% slideshow={"slide_type": "slide"}
shown_years = sorted(
    {*range(years[0], years[1] + 1, 5), *range(max(years[0], years[1] - 3), years[1] + 1)}
)
yearly.reindex(shown_years).rename(columns=lambda c: f"with {names[c]}").round(2)

# %% [markdown]
# **What it shows.** The title gives the ranking in the last year; the table gives the means at
# five-year steps and in the last years. The dotted line marks where the source of the votes
# changes: read a jump there with care, and check it against the ideal points of notebook 02c, whose
# scale does not depend on the source.

# %% [markdown] slideshow={"slide_type": "notes"}
# For the default selection the region agrees with Brazil and China most and with the United States
# least in every year since 1991, long before 2022. Ask why; notebook 02c (part 1) answers part of it.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Does the measure matter?
#
# *Question: how much does the definition of agreement move the numbers?*
#
# Four measures, side by side, on the same roll calls, for agreement with the United States and with
# Russia (the definitions are in `votes.METHODS`, after
# the US State Department's reports; see the glossary, [voting coincidence](../GLOSSARY.md)):

# %%
pd.Series(votes.METHODS, name="definition").to_frame()

# %%
pair = ["USA", "RUS"]  # the two the chapter's argument is about, whatever REFERENCE_STATES holds
by_method = {m: votes.agreement(focus, pair, method_years, method=m) for m in votes.METHODS}
means = pd.concat(
    {m: t.groupby(["reference", "year"])["agreement"].mean() for m, t in by_method.items()}, axis=1
)
panels = {f"with {names[r]}": means.loc[r] for r in pair if r in means.index.get_level_values(0)}

# %% slideshow={"slide_type": "skip"}
gap = (means.max(axis=1) - means.min(axis=1)).max() * 100
three = means.drop(columns="with consensus")
gap_without = (three.max(axis=1) - three.min(axis=1)).max() * 100
methods_words = Caption(
    title=f"The same votes give different agreement: in one year the measures differ by up to "
    f"{gap:.0f} percentage points ({gap_without:.0f} without the consensus measure)",
    caption="Mean agreement of the focus states, per year, under each measure; the 'with "
    "consensus' measure only where the UN's list of adoptions without a vote is complete.",
    source=f"UN General Assembly roll-call votes and adoptions (UN DGACM), "
    f"{method_years[0]}-{method_years[1]}.",
    alt=f"{len(panels)} panels of four lines, one per measure. The measure that counts "
    "resolutions adopted without a vote is far above the others; in one year the measures "
    f"differ by up to {gap:.0f} percentage points, the other three by up to {gap_without:.0f}.",
)

# %% slideshow={"slide_type": "slide"}
show(plots.line_panels(panels, ylabel="mean agreement"), methods_words, number=2)

# %% slideshow={"slide_type": "slide"}
means.round(2).rename(index=names, level="reference")

# %% [markdown]
# The mean of the states' shares is not the only mean: pooling every pair of votes counts a state
# that voted often more than one that rarely voted. For the last year of part 2:

# %%
latest = by_method[method].query("year == year.max()")
by_reference = latest.groupby("reference")
points = (latest["agreement"] * latest["roll_calls"]).groupby(latest["reference"]).sum()
pd.DataFrame(
    {
        "mean of states' shares": by_reference["agreement"].mean(),
        "pooled share": points / by_reference["roll_calls"].sum(),
    }
).round(3)

# %% [markdown]
# **What it shows.** The measures rank the references the same way here, but their levels differ
# widely: counting abstention as half agreement raises every figure, and counting the resolutions
# adopted without a vote raises agreement with everyone to the level of the consensus. Whenever a
# number of "agreement" is quoted, ask which measure and which mean it is.

# %% [markdown] slideshow={"slide_type": "notes"}
# A student who quotes the State Department's figure for a country will meet a different number
# from ours for the same year: that is the measure, not an error.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict

# %%
markdown_table(claims.loc[["C45", "C47"], ["claim", "notebook", "verdict_note"]])

# %% [markdown]
# This notebook tests no claim of the register on its own: C45 and C47 are interpretations,
# weighed in the notebooks named above, and the measures here are what their discussion can stand
# on. The limits of the evidence: agreement counts only recorded votes (in the complete sessions,
# well under half of the resolutions adopted; table above), its level depends on the measure and on
# the agenda, and the source changes in 2019.

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 02b.1.** Over the roll calls of 2025, which two of the 33 states agreed *least* often
# with Russia (identical votes)? Give a list of two ISO3 codes. (`votes.agreement` returns one row
# per state and year.)

# %%
answer_02b_1 = ...  # your answer here, e.g. ["ARG", "BRA"]
check("02b.1", answer_02b_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
with_russia = votes.agreement(countries.lac_codes(), ["RUS"], (2025, 2025))
answer_02b_1 = with_russia.nsmallest(2, "agreement")["iso3"].tolist()
check("02b.1", answer_02b_1)

# %% [markdown]
# **Exercise 02b.2.** By the "votes only" measure (after the State Department's definition to
# 2016; the course counts whole resolutions by calendar year, where the Department counted one
# session and included paragraph votes), what was the mean agreement of the 33 states with the
# United States in 2016? Give a share with two decimals.

# %%
answer_02b_2 = ...  # your answer here, e.g. 0.25
check("02b.2", answer_02b_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
votes_only_2016 = votes.agreement(countries.lac_codes(), ["USA"], (2016, 2016), method="votes only")
answer_02b_2 = round(votes_only_2016["agreement"].mean(), 2)
check("02b.2", answer_02b_2)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. The chapter calls the region's neutrality "benevolent towards Russia" (C45). Which of this
#    notebook's measures could bear on that, and what would each have to show?
# 2. Is the United States "losing influence" in the region (C47)? Notebook 02c (part 1) shows one year
#    in which the United States moved. What evidence would show a change in the region's own stance?
# 3. The State Department includes resolutions adopted without a vote in one of its figures. Is that a
#    better or a worse measure of a state's alignment? Why?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - Erik Voeten, Anton Strezhnev and Michael Bailey, *United Nations General Assembly Voting Data*,
#   Harvard Dataverse (hdl:1902.1/12379), as packaged in the R package `unvotes`.
# - United Nations, Department for General Assembly and Conference Management, machine-readable
#   General Assembly resolutions.
# - US Department of State, *Voting Practices in the United Nations* (annual reports to Congress),
#   for the definitions of voting coincidence.
# - Every resource's source, version and licence: [`data/README.md`](../data/README.md).

# %%
navigation("02b_voting_alignment")
