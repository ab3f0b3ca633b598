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
# # 02c. States, ideal points and the Cuba embargo
#
# Notebook 02b measured how often the region votes with Russia, the United States, China and Brazil,
# as the mean of its states. This notebook asks first who moved when that mean fell in 2025, then
# looks at the states behind it, places each on one scale that can be compared across years, and sets
# the chapter's claim that the region consistently defends non-interference (C17) beside the UN's
# votes on the US embargo against Cuba.
#
# **You will learn**
# - to tell a change in one state's votes from a change in another's, and a region's mean from its
#   states, and to find the states that crossed from one side to the other;
# - to read ideal points (Bailey, Strezhnev and Voeten), the measure built to compare years;
# - to test a statement of fact against one resolution's yearly record, and to say what that record
#   cannot show.
#
# **Time needed:** about 40 minutes (about 20 to read the four parts and their figures, 20 for the two
# exercises; the course's count, not yet timed with a class). **Before you start:** notebook 02b.

# %% [markdown] slideshow={"slide_type": "notes"}
# Notebook 02b showed the regional mean; this one opens it up. The points to land: a regional mean
# moves when the reference state changes its own votes (2025); a mean hides states that cross over;
# ideal points are the measure that can be compared across years, with bands that say what the data
# cannot tell apart; and the Cuba embargo record supports C17 for the UN since 1992, not more.

# %% [markdown] slideshow={"slide_type": "skip"}
# **How to run it.** Run the cells in order, from the top (*Run > Run All Cells*). After an error,
# fix the cell and choose *Run > Run All Above Selected Cell* before going on. Terms are explained
# in the course [glossary](../GLOSSARY.md).

# %% [markdown] slideshow={"slide_type": "skip"}
# **Parameters.** States may be ISO3 codes, names or a region ("LAC", "South America", "Central
# America", "Caribbean"); years may be given in either order. Titles and comments are computed for
# the selection.

# %% tags=["parameters"]
FOCUS_STATES = "LAC"  # codes, names or a region
REFERENCE_STATES = ["RUS", "USA", "CHN", "BRA"]  # whose ideal points part 3 draws
YEARS = (1991, 2024)  # the years of part 3 (the ideal points end in 2024)
SHIFT_YEARS = (2015, 2025)  # the years of part 1 (the votes end in June 2026)
COMPARE_YEARS = (2014, 2024)  # the two years of part 2

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
shift_years = params.years(SHIFT_YEARS, name="SHIFT_YEARS", within=span)
compare_years = params.years(COMPARE_YEARS, name="COMPARE_YEARS", within=span)
names = countries.names()
focus, references, silent = votes.keep_voting(focus, references, years)
print(f"{len(focus)} focus states; references {', '.join(references)}; {years[0]}-{years[1]}")
if silent:
    print(f"Left out, no vote recorded in {years[0]}-{years[1]}: {', '.join(silent)}.")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## What the chapter says

# %%
claims = load("claims").set_index("id")
markdown_table(claims.loc[["C17", "C65"], ["quote", "claim", "kind"]])

# %% [markdown]
# C17 is a statement of fact about the record, which part 4 tests; C65 is an interpretation (weighed
# in notebook 05b), on which part 2 gives the states' own records. Votes cannot settle an
# interpretation, but they give it something to stand on or to fall against.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## The data

# %%
markdown_table(data_table(["unga_votes", "unga_rollcalls", "idealpoints", "countries"]))

# %% [markdown]
# What the ideal points leave out, as their data package entry states:

# %%
markdown_table(limits(["idealpoints"]), index=False)

# %% [markdown]
# Agreement is counted as in notebook 02b: identical votes on whole resolutions (votes on
# amendments and single paragraphs left out), over the roll calls of each calendar year; the source
# of the votes changes in 2019.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. Who changed in 2025?
#
# *Question: when the region's agreement with the United States falls, did the region move, or did the
# United States?*
#
# Notebook 02b showed the region's agreement with the United States falling in 2025. If the United
# States voted differently, every region's agreement with it moves at once. In the years of
# `SHIFT_YEARS`: the share of roll calls on which the United States voted no, and each region's mean
# agreement with it (identical votes on whole resolutions):

# %%
calls = load("unga_rollcalls")
whole = calls[~(calls["amendment"].fillna(False) | calls["paragraph"].fillna(False))]
recent = shift_years
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
show(plots.line_panels(shift_panels, ylabel="share"), shift_words, number=1)

# %% slideshow={"slide_type": "slide"}
pd.concat([us_no, by_region], axis=1).tail(4).round(2)


# %% [markdown]
# **What it shows.** The title is computed from the table. Where every region's agreement with the
# United States falls in the same year as the United States' own "no" votes rise, the change is in
# the United States' voting, not in the region's.

# %% [markdown] slideshow={"slide_type": "notes"}
# For the default selection: the US voted no on most roll calls in every year shown, and in 2025 far
# more often than in any other; every region's agreement with it dropped. This is the clearest warning
# against reading a regional mean as a regional choice.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. States, not only the mean
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
show(plots.net_dumbbell(net[a], net[b], labels=pair, ylabel=difference), net_words, number=2)

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
# ## 3. One scale for every year: ideal points
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
show(plots.ideal_point_lines(ref_points, band, names, order=references), ideal_words, number=3)

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
# ## 4. Non-interference, on the record: the Cuba embargo votes
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
in_this_notebook = claims[claims["notebook"] == "02c_states_and_ideal_points"]
markdown_table(in_this_notebook[["claim", "verdict", "verdict_note"]])

# %% [markdown]
# The limits of the evidence: agreement and the embargo series count only recorded votes, and the
# source of the votes changes in 2019; ideal points rest on the publisher's own vote data and end in
# 2024; the embargo series is one resolution a year from 1992, with 2018 missing. C65 (camps) is a
# judgement, weighed in notebook 05b; part 1 gives it the states' records.

# %% [markdown] slideshow={"slide_type": "slide"} tags=["solutions-note"]
# ## Exercises
#
# Write your answer in the cell under each exercise and run it: `check` tells you whether it is
# right without showing the answer. Each solution is in a collapsed cell below it (click the bar at
# its left to open it), to read only after you have tried.

# %% [markdown]
# **Exercise 02c.1.** In 2024, how many of the 33 states (those with an estimate for that year) had a
# higher ideal point than Brazil? Use `votes.ideal_points`.

# %%
answer_02c_1 = ...  # your answer here: a number
check("02c.1", answer_02c_1)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
points_2024 = votes.ideal_points(countries.lac_codes(), (2024, 2024)).set_index("iso3")[
    "ideal_point"
]
answer_02c_1 = int((points_2024 > points_2024["BRA"]).sum())
check("02c.1", answer_02c_1)

# %% [markdown]
# **Exercise 02c.2.** Which states *outside* the 33 voted no on the embargo resolution of 2025?
# Give a list of ISO3 codes. (`votes.cuba_embargo_rollcalls()` lists the roll calls;
# `votes.vote_matrix` takes any states, and `countries.regions()` is indexed by every member's
# code.)

# %%
answer_02c_2 = ...  # your answer here, e.g. ["CAN", "FRA"]
check("02c.2", answer_02c_2)

# %% jupyter={"outputs_hidden": true, "source_hidden": true} slideshow={"slide_type": "skip"} tags=["solution"]
# Solution
embargo_2025 = embargo.loc[embargo["date"].dt.year == 2025, "rollcall_id"]
record_2025 = votes.vote_matrix(embargo_2025, countries.regions().index).iloc[:, 0]
voted_no = record_2025[record_2025 == "N"].index
answer_02c_2 = sorted(set(voted_no) - set(countries.lac_codes()))
check("02c.2", answer_02c_2)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Discussion questions
#
# 1. The chapter warns against dividing the region into pro- and anti-American camps (C65). Does
#    part 2 support a division into camps, a spectrum, or neither?
# 2. Ideal points place every state on one dimension. What could one dimension hide about the
#    region's votes, and which of its states would you expect it to describe worst?
# 3. The embargo record starts in 1992 and covers the UN only. What other record could test the
#    chapter's "since the mid-1960s", in the OAS or elsewhere?

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
# - Every resource's source, version and licence: [`data/README.md`](../data/README.md).

# %%
navigation("02c_states_and_ideal_points")
