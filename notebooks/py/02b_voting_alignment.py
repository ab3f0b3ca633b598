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
# # 02b. With whom does the region vote? Agreement and ideal points
#
# The chapter reads the region's neutrality on Ukraine as "benevolent" towards Russia and says the
# United States is losing influence there. This notebook measures, over every recorded vote since
# 1991, how often the region votes with Russia, the United States, China and Brazil, by the
# measures the literature uses, and places each state on one scale.
#
# **You will learn**
# - that "agreement" has several standard definitions, and how much the choice moves the number;
# - to tell a change in one state's votes from a change in another's, and a region's mean from its
#   states;
# - to read ideal points (Bailey, Strezhnev and Voeten), the measure built to compare years.
#
# **Time needed:** about 60 minutes (30 reading the parts and their figures, 30 for the three
# exercises; counted, not yet timed with a class). **Before you start:** notebook 02.

# %% [markdown] slideshow={"slide_type": "notes"}
# Notebook 02 looked at the Ukraine texts; this one looks at everything the Assembly votes on. The
# point to land: a number like "the region agrees with the US 25% of the time" depends on the
# measure, on the agenda, and on what the US itself did that year.

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
YEARS = (1991, 2025)  # the years of parts 1, 4 and 5 (the votes end in June 2026)
METHOD = "identical"  # "identical", "votes only", "half for abstention" or "with consensus"
METHOD_YEARS = (2019, 2025)  # the years in which part 2 compares the measures
COMPARE_YEARS = (2014, 2024)  # the two years of part 4

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
compare_years = params.years(COMPARE_YEARS, name="COMPARE_YEARS", within=span)
names = countries.names()
voting = votes.voting_states([*focus, *references], years)
silent = sorted({names[s] for s in [*focus, *references] if s not in voting})
focus, references = [s for s in focus if s in voting], [s for s in references if s in voting]
for name, chosen in {"FOCUS_STATES": focus, "REFERENCE_STATES": references}.items():
    if not chosen:
        raise params.ParameterError(f"{name}: none cast a vote in {years[0]}-{years[1]}.")
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
markdown_table(claims.loc[["C17", "C45", "C47", "C65"], ["quote", "claim", "kind"]])

# %% [markdown]
# C17 is a statement of fact about the record; C45, C47 and C65 are interpretations. Votes cannot
# settle an interpretation, but they give it something to stand on or to fall against: this notebook
# measures the voting record and leaves the reading to the discussion.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data

# %%
markdown_table(
    data_table(["unga_votes", "unga_rollcalls", "unga_adoptions", "idealpoints", "countries"])
)

# %% [markdown]
# What the two newer tables leave out, as their data package entries state:

# %%
markdown_table(limits(["unga_adoptions", "idealpoints"]), index=False)

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
summary = agreement.groupby(["reference", "year"])["agreement"].describe()[["mean", "25%", "75%"]]
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
# changes: read a jump there with care, and check it against part 5, whose scale does not depend on
# the source.

# %% [markdown] slideshow={"slide_type": "notes"}
# For the default selection the region agrees with Brazil and China most and with the United States
# least in every year since 1991, long before 2022. Ask why before part 3 answers part of it.

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
# ## 3. Who changed in 2025?
#
# *Question: when the region's agreement with the United States falls, did the region move, or did
# the United States?*
#
# If the United States voted differently, every region's agreement with it moves at once. The
# share of roll calls on which the United States voted no, and each region's mean agreement with it
# (identical votes):

# %%
recent = (max(years[0], years[1] - 10), years[1])
in_window = whole[whole["date"].dt.year.between(*recent)]  # whole resolutions, as agreement counts
us_votes = votes.vote_matrix(in_window["rollcall_id"], ["USA"]).iloc[0]
call_years = in_window.set_index("rollcall_id").loc[us_votes.index, "date"].dt.year
us_no = (us_votes == "N").groupby(call_years.to_numpy()).mean().rename("US votes no")

# %%
region = countries.regions()
with_us = votes.agreement(region.index.tolist(), ["USA"], recent)
with_us["region"] = with_us["iso3"].map(region)
by_region = with_us.groupby(["year", "region"])["agreement"].mean().unstack("region")
by_region = by_region.drop(columns="Northern America", errors="ignore")

# %% slideshow={"slide_type": "skip"}
shift_panels = {"The United States votes no": us_no.to_frame(), "Agreement with the US": by_region}
first_year, final_year = int(by_region.index.min()), int(by_region.index.max())
change = f"In {final_year} the United States voted no on {us_no.loc[final_year]:.0%} of roll calls"
if final_year - 1 in by_region.index:
    fell = int((by_region.loc[final_year] < by_region.loc[final_year - 1]).sum())
    change += (
        f" ({us_no.loc[final_year - 1]:.0%} the year before); agreement with it fell in "
        f"{fell} of {by_region.shape[1]} regions"
    )
shift_words = Caption(
    title=change,
    caption="Left: share of roll calls (whole resolutions) on which the United States voted "
    "no. Right: mean agreement (identical votes) of each region's states with the United States.",
    source="UN General Assembly roll-call votes (Voeten et al.; UN DGACM), "
    f"{first_year}-{final_year}.",
    alt=f"Two panels of lines by year. Left, the US 'no' share: {us_no.loc[final_year]:.0%} in "
    f"{final_year}. Right, one line per region; in {final_year} "
    + "; ".join(f"{r} {v:.0%}" for r, v in by_region.loc[final_year].items())
    + ".",
)

# %% slideshow={"slide_type": "slide"}
show(plots.line_panels(shift_panels, ylabel="share"), shift_words, number=3)

# %% slideshow={"slide_type": "slide"}
pd.concat([us_no, by_region], axis=1).tail(4).round(2)


# %% [markdown]
# **What it shows.** The title is computed from the table. Where every region's agreement with the
# United States falls in the same year as the United States' own "no" votes rise, the change is in
# the United States' voting, not in the region's.

# %% [markdown] slideshow={"slide_type": "notes"}
# For the default selection: 2025 is the year the US voted no on most roll calls; every region's
# agreement with it dropped. This is the clearest warning against reading a regional mean as a
# regional choice.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. States, not only the mean
#
# *Question: which states agreed more with the United States than with Russia, and did that
# change?*
#
# For each focus state, agreement with the United States minus agreement with Russia (identical
# votes), in the two years of `COMPARE_YEARS`: above zero, the state voted more often with the
# United States. States are ordered by the second year.

# %%
def net_with_us(year):
    table = votes.agreement(focus, ["USA", "RUS"], (year, year)).pivot(
        index="iso3", columns="reference", values="agreement"
    )
    return (
        (table.get("USA") - table.get("RUS")).dropna()
        if {"USA", "RUS"} <= set(table.columns)
        else pd.Series(dtype=float)
    )


net = {year: net_with_us(year) for year in compare_years}
closer_to_us = {year: int((values > 0).sum()) for year, values in net.items()}

# %% slideshow={"slide_type": "skip"}
a, b = compare_years
pair, difference = (str(a), str(b)), "with US minus with Russia"
net_words = Caption(
    title=f"{closer_to_us[a]} of {len(net[a])} focus states voted more often with the United "
    f"States than with Russia in {a}; {closer_to_us[b]} of {len(net[b])} in {b}",
    caption="Agreement with the United States minus agreement with Russia (identical votes), "
    f"per focus state (ISO3 codes): circles {a}, squares {b}; above the line, closer to the "
    "United States.",
    source=f"UN General Assembly roll-call votes (Voeten et al.; UN DGACM), {a} and {b}.",
    alt=f"Pairs of markers, one pair per state, joined by a line. In {a}, {closer_to_us[a]} "
    f"states sit above zero; in {b}, {closer_to_us[b]}. The table below lists each state.",
)

# %% slideshow={"slide_type": "slide"}
show(plots.net_dumbbell(net[a], net[b], labels=pair, ylabel=difference), net_words, number=4)

# %%
both = pd.DataFrame(net).dropna()
up, down = both[(both[a] <= 0) & (both[b] > 0)].index, both[(both[a] > 0) & (both[b] <= 0)].index
print(
    f"Crossed to the US side: {', '.join(names[c] for c in up) or 'none'}; "
    f"to the Russian side: {', '.join(names[c] for c in down) or 'none'}."
)

# %% slideshow={"slide_type": "slide"}
pd.DataFrame(net).rename(index=lambda c: f"{names[c]} ({c})").sort_values(b, ascending=False).round(
    2
)

# %% [markdown]
# **What it shows.** The counts in the title are computed from the table; the line above counts the
# states that crossed zero between the two years, in each direction. A regional mean hides such
# crossings; the table names the states.

# %% [markdown] slideshow={"slide_type": "notes"}
# Ask students to pick one state that crossed the line and find out what happened in its
# government in between: elections are the usual suspect, and votes are the evidence.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. One scale for every year: ideal points
#
# *Question: where do the focus states sit between the United States and Russia, on a scale that
# can be compared across years?*
#
# An [ideal point](../GLOSSARY.md) places each state on one dimension estimated from all its votes
# in a year; resolutions that recur link the years, so a change of agenda does not move the scale.
# Higher means closer to the United States. The bands are the 5th to 95th posterior percentiles
# (the estimate's uncertainty) for the reference states; for the focus states, the black line is
# their median and the grey band their middle half. The estimates end in 2024 (a later selection shows
# 2024).

# %%
last_estimate = int(load("idealpoints")["year"].max())
ideal_span = (min(years[0], last_estimate), min(years[1], last_estimate))
ref_points = votes.ideal_points(references, ideal_span)
focus_points = votes.ideal_points(focus, ideal_span)
focus_summary = focus_points.groupby("year")["ideal_point"].quantile([0.25, 0.5, 0.75]).unstack()
focus_summary.columns = ["25%", "50%", "75%"]
band = focus_summary  # the focus states' median and middle half, by year

# %% slideshow={"slide_type": "skip"}
end = int(focus_summary.index.max())
at_end = ref_points.query("year == @end").set_index("iso3")["ideal_point"]
ideal_words = Caption(
    title=f"In {end} the focus states' median ideal point was "
    f"{focus_summary.loc[end, '50%']:+.2f}; "
    + ", ".join(f"{names[c]} {v:+.2f}" for c, v in at_end.sort_values().items()),
    caption="Ideal points by year (final-passage votes): reference states with their 5-95% "
    "posterior band; the focus states' median (black) and middle half (grey).",
    source=f"Bailey, Strezhnev and Voeten, UN General Assembly ideal points (July 2025 release), "
    f"{ideal_span[0]}-{end}.",
    alt=f"Lines over time on a scale where higher is closer to the United States. In {end}: "
    f"focus states' median {focus_summary.loc[end, '50%']:+.2f}; "
    + "; ".join(f"{names[c]} {v:+.2f}" for c, v in at_end.items())
    + ".",
)

# %% slideshow={"slide_type": "slide"}
show(plots.ideal_point_lines(ref_points, band, names, order=references), ideal_words, number=5)

# %% slideshow={"slide_type": "slide"}
decades = [y for y in range(ideal_span[0], end + 1) if y % 10 == 0 or y == end]
table = ref_points.pivot(index="year", columns="iso3", values="ideal_point").reindex(decades)
table.rename(columns=names).assign(**{"focus median": focus_summary["50%"].reindex(decades)}).round(
    2
)

# %% [markdown]
# **What it shows.** The title and the table give the positions. On this scale the distance between
# the focus states and each reference state can be compared across years; raw agreement cannot,
# because the agenda changes.

# %% [markdown] slideshow={"slide_type": "notes"}
# Ideal points are what students will meet in the literature. Stress the bands: differences smaller
# than the bands are not differences the data can see.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Non-interference, on the record: the Cuba embargo votes
#
# *Question: have the region's states consistently opposed the US embargo against Cuba at the UN,
# as the chapter says (claim C17)?*
#
# Every year since 1992 the Assembly has voted on a resolution calling for an end to the US
# embargo against Cuba; the resolution of 2018 (73/8) is missing from the sources, and no roll call
# on it falls in 2020. How often did every focus state that voted say yes, and who did not?

# %%
embargo = votes.cuba_embargo_rollcalls()
embargo_votes = votes.vote_matrix(embargo["rollcall_id"], focus).set_axis(
    embargo["date"].dt.year, axis=1
)
per_year = votes.vote_counts(embargo_votes.T)
per_year["rest of the membership, yes"] = (
    embargo.set_index(embargo["date"].dt.year)["yes"] - per_year["Y"]
)

# %% slideshow={"slide_type": "slide"}
not_yes = {
    int(y): [names[s] for s in embargo_votes.index[embargo_votes[y].isin(["N", "A"])]]
    for y in embargo_votes.columns
}
exceptions = {y: states for y, states in not_yes.items() if states}
print(
    f"On {len(not_yes) - len(exceptions)} of {len(not_yes)} embargo resolutions "
    f"({min(not_yes)}-{max(not_yes)}) every focus state that voted said yes. The others:"
)
for year, states in exceptions.items():
    print(f"{year}: voted no or abstained: {', '.join(states)}")

# %% slideshow={"slide_type": "slide"}
# The focus states' votes in those years, and the rest of the membership's yes votes
per_year.loc[list(exceptions)]

# %% [markdown]
# **What it shows.** The counts are computed for the selection. The record reaches back to 1992,
# not to the 1960s the chapter names, and covers the General Assembly only, not the OAS or regional
# bodies; one resolution a year is one example of the principle, as the chapter itself offers it.

# %% [markdown] slideshow={"slide_type": "notes"}
# This is where the chapter's claim is closest to the record (default selection): the region votes
# almost as one against the embargo since 2003. Most exceptions fall in 1992-2002; the recent ones
# are 2019, 2021, 2022 and 2025. Ask which governments cast them.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Verdict

# %%
in_this_notebook = claims[claims["notebook"] == "02b_voting_alignment"]
markdown_table(in_this_notebook[["claim", "verdict", "verdict_note"]])

# %% [markdown]
# The limits of the evidence: agreement counts only recorded votes (in the complete sessions, well
# under half of the resolutions adopted; table above), its level depends on the measure and on the agenda, and the source changes in
# 2019; ideal points rest on the publisher's own vote data and end in 2024; the embargo series is
# one resolution a year from 1992, with 2018 missing.

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
# **Exercise 02b.2.** In 2024, how many of the 33 states had a higher ideal point than Brazil?
# Use `votes.ideal_points`.

# %%
answer_02b_2 = ...  # your answer here: a number
check("02b.2", answer_02b_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
points_2024 = votes.ideal_points(countries.lac_codes(), (2024, 2024)).set_index("iso3")[
    "ideal_point"
]
answer_02b_2 = int((points_2024 > points_2024["BRA"]).sum())
check("02b.2", answer_02b_2)

# %% [markdown]
# **Exercise 02b.3.** By the "votes only" measure (after the State Department's definition to
# 2016; the course counts whole resolutions by calendar year, where the Department counted one
# session and included paragraph votes), what was the mean agreement of the 33 states with the
# United States in 2016? Give a share with two decimals.

# %%
answer_02b_3 = ...  # your answer here, e.g. 0.25
check("02b.3", answer_02b_3)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
votes_only_2016 = votes.agreement(countries.lac_codes(), ["USA"], (2016, 2016), method="votes only")
answer_02b_3 = round(votes_only_2016["agreement"].mean(), 2)
check("02b.3", answer_02b_3)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. The chapter calls the region's neutrality "benevolent towards Russia" (C45). Which of this
#    notebook's measures could bear on that, and what would each have to show?
# 2. Is the United States "losing influence" in the region (C47)? Part 3 shows one year in which
#    the United States moved. What evidence would show a change in the region's own stance?
# 3. The chapter warns against dividing the region into pro- and anti-American camps (C65). Does
#    part 4 support a division into camps, a spectrum, or neither?
# 4. The State Department includes resolutions adopted without a vote in one of its figures. Is
#    that a better or a worse measure of a state's alignment? Why?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources and further reading
#
# - Erik Voeten, Anton Strezhnev and Michael Bailey, *United Nations General Assembly Voting Data*,
#   Harvard Dataverse (hdl:1902.1/12379), as packaged in the R package `unvotes`.
# - Michael Bailey, Anton Strezhnev and Erik Voeten, "Estimating dynamic state preferences from
#   United Nations voting data", *Journal of Conflict Resolution* 61(2), 2017; the ideal points of
#   July 2025 (CC0).
# - United Nations, Department for General Assembly and Conference Management, machine-readable
#   General Assembly resolutions.
# - US Department of State, *Voting Practices in the United Nations* (annual reports to Congress),
#   for the definitions of voting coincidence.
# - Every resource's source, version and licence: [`data/README.md`](../data/README.md).

# %%
navigation("02b_voting_alignment")
