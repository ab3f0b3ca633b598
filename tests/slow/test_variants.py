"""Seminar variants: every notebook runs to the end for every selection the data allow, and the
sentences it writes from the numbers agree with its tables. Run with papermill, as `make variant`
does; nothing is written outside a temporary folder."""

from __future__ import annotations

import re

import pytest

from rulac import countries, votes
from rulac.paths import NOTEBOOKS

papermill = pytest.importorskip("papermill")

LAC = countries.lac()


def subregion(name: str) -> list[str]:
    return LAC.index[LAC["lac_subregion"] == name].tolist()


def run(tmp_path, notebook: str, **parameters):
    source = next(NOTEBOOKS.glob(f"{notebook}*.ipynb"))
    target = tmp_path / source.name
    return papermill.execute_notebook(str(source), str(target), parameters=parameters,
                                      cwd=str(NOTEBOOKS), kernel_name="python3",
                                      progress_bar=False)  # fmt: skip


def outputs(nb) -> str:
    """Everything the notebook printed or showed, as text (captions and alt text included)."""
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            parts.append("".join(output.get("text", "")))
            data = output.get("data", {})
            parts.append(
                "".join(data.get("text/markdown", "")) + "".join(data.get("text/plain", ""))
            )
            parts.append(output.get("metadata", {}).get("image/png", {}).get("alt", ""))
    return "\n".join(parts)


def every_part_ran(nb, figures: int = 2) -> None:
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code), "a cell did not run"
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert not errors, errors[0]["evalue"] if errors else ""
    drawn = sum("image/png" in o.get("data", {}) for c in code for o in c.outputs)
    assert drawn >= figures, "the figures were not drawn"


SELECTIONS_02 = {
    "South America": {"FOCUS_STATES": "South America"},
    "Central America": {"FOCUS_STATES": "Central America"},
    "Caribbean": {"FOCUS_STATES": "Caribbean"},
    "one state": {"FOCUS_STATES": "ARG"},
    "three states by name": {"FOCUS_STATES": ["Mexico", "BRA", "argentina"]},
    "MERCOSUR": {"FOCUS_STATES": ["ARG", "BRA", "PRY", "URY", "BOL"]},
    "emergency session only": {"RESOLUTIONS": "emergency session"},
    "one resolution": {"RESOLUTIONS": "68/262", "FOCUS_STATES": "Caribbean"},
    "outside the region": {"FOCUS_STATES": ["FRA", "DEU", "GBR", "IRL"]},
}


@pytest.mark.parametrize("name", SELECTIONS_02)
def test_02_every_selection_runs_and_says_what_its_tables_show(tmp_path, name):
    parameters = SELECTIONS_02[name]
    nb = run(tmp_path, "02_ukraine_votes", **parameters)
    every_part_ran(nb)
    text = outputs(nb)
    focus = countries.lac_codes() if "FOCUS_STATES" not in parameters else None
    if focus is None:
        value = parameters["FOCUS_STATES"]
        from rulac import params

        focus = params.states(value)
    chosen = votes.ukraine_resolutions(parameters.get("RESOLUTIONS", "all"))
    assert f"{len(focus)} focus states; {len(chosen)} resolutions" in text
    assert f"A grid of {len(chosen)} rows and {len(focus)} columns" in text
    # The heatmap's title names the most common vote of each period, as counted here.
    matrix = votes.vote_matrix(chosen["rollcall_id"], focus)
    since = (chosen["date"].dt.year >= 2022).to_numpy()
    for label, block in (
        ("Before 2022", matrix.loc[:, ~since]),
        ("Since 2022", matrix.loc[:, since]),
    ):
        if block.shape[1]:
            vote, share = votes.most_common(block)
            assert f"{label} the most common vote was {votes.VOTE_WORDS[vote]} ({share:.0%}" in text
        else:
            assert f"{label} the most common vote" not in text, "a title about a period not shown"
    assert "civil-law states" not in text, "the legal-culture comparison is notebook 02d's"


SELECTIONS_02D = {
    "South America": {"FOCUS_STATES": "South America"},
    "Central America": {"FOCUS_STATES": "Central America"},
    "Caribbean": {"FOCUS_STATES": "Caribbean"},
    "one state": {"FOCUS_STATES": "ARG"},
    "three states by name": {"FOCUS_STATES": ["Mexico", "BRA", "argentina"]},
    "MERCOSUR": {"FOCUS_STATES": ["ARG", "BRA", "PRY", "URY", "BOL"]},
    "emergency session only": {"RESOLUTIONS": "emergency session"},
    "before 2022 only": {"RESOLUTIONS": "before 2022"},
    "one resolution": {"RESOLUTIONS": "68/262", "FOCUS_STATES": "Caribbean"},
    "outside the region": {"FOCUS_STATES": ["FRA", "DEU", "GBR", "IRL", "USA", "ESP"]},
    "strict minimum": {"MIN_VOTES": 20},
}


@pytest.mark.parametrize("name", SELECTIONS_02D)
def test_02d_every_selection_runs_and_says_what_its_tables_show(tmp_path, name):
    from rulac import params

    parameters = SELECTIONS_02D[name]
    nb = run(tmp_path, "02d_legal_culture", **parameters)
    every_part_ran(nb, figures=1)
    text = outputs(nb)
    focus = params.states(parameters.get("FOCUS_STATES", "LAC"))
    chosen = votes.ukraine_resolutions(parameters.get("RESOLUTIONS", "all"))
    assert f"{len(focus)} focus states; {len(chosen)} resolutions" in text
    # Part 1's line counts the selection's states by language and legal system.
    legal = countries.table().loc[focus]
    iberian = legal["main_language"].isin(["Spanish", "Portuguese"])
    civil = int((legal.loc[iberian, "legal_system"] == "civil").sum())
    assert f"Spanish or Portuguese: {iberian.sum()} states, {civil} of them civil-law." in text
    # Part 2 compares each period the selection has, or says in one sentence why it cannot.
    minimum = parameters.get("MIN_VOTES", 5)
    matrix = votes.vote_matrix(chosen["rollcall_id"], focus)
    since = (chosen["date"].dt.year >= 2022).to_numpy()
    blocks = {
        "All selected": matrix,
        "Before 2022": matrix.loc[:, ~since],
        "Since 2022": matrix.loc[:, since],
    }
    for label, block in blocks.items():
        if not block.shape[1]:
            assert f"{label}: " not in text, "a sentence about a period not selected"
            continue
        score = votes.position_score(block).where((block != "X").sum(axis=1) >= minimum)
        row = votes.compare_groups(score, legal["legal_system"], "civil", "common")
        if row["why"]:
            assert f"{label}: {row['why']}." in text
            continue
        gap = row["difference"]
        side = ("as close to yes as" if abs(gap) < 0.005
                else "further from yes than" if gap < 0 else "closer to yes than")  # fmt: skip
        assert (
            f"{label}: civil-law states sit {side} common-law ones on average "
            f"({row['difference']:+.2f}); shuffled labels give a gap as large in "
            f"{row['p-value']:.0%} of cases."
        ) in text
        if label == "All selected":
            assert f"the group means differ by {row['difference']:+.2f}" in text
    if name == "one state":
        assert "All selected: not computed: it needs two or more states in each group" in text
        assert "too few states in one legal system to compare the groups" in text


SELECTIONS_02B = {
    "Caribbean": {"FOCUS_STATES": "Caribbean"},
    "South America": {"FOCUS_STATES": "South America"},
    "one state": {"FOCUS_STATES": "Brazil"},
    "years reversed": {"YEARS": [2025, 2010]},
    "one year": {"YEARS": 2022, "METHOD_YEARS": 2022},
    "absent reference": {"REFERENCE_STATES": ["VEN", "RUS"], "YEARS": [2023, 2025]},
    "eight references": {
        "REFERENCE_STATES": ["RUS", "USA", "CHN", "BRA", "IND", "ZAF", "FRA", "GBR"]
    },
    "with consensus": {"METHOD": "with consensus"},
    "votes only, no US": {"METHOD": "votes only", "REFERENCE_STATES": ["CHN", "IND"]},
}


@pytest.mark.parametrize("name", SELECTIONS_02B)
def test_02b_every_selection_runs(tmp_path, name):
    parameters = SELECTIONS_02B[name]
    nb = run(tmp_path, "02b_voting_alignment", **parameters)
    every_part_ran(nb)
    text = outputs(nb)
    assert "focus states; references" in text
    if name == "absent reference":
        assert "with Venezuela" not in text, "a panel for a state with no vote in the years"


SELECTIONS_02C = {
    "Caribbean": {"FOCUS_STATES": "Caribbean"},
    "one state": {"FOCUS_STATES": "Brazil"},
    "years reversed": {"YEARS": [2024, 2010]},
    "one year": {"YEARS": 2022, "COMPARE_YEARS": [2022, 2010]},
    "after the ideal points": {"YEARS": [2025, 2025]},
    "absent reference": {"REFERENCE_STATES": ["VEN", "RUS"], "YEARS": [2023, 2024]},
    "eight references": {
        "REFERENCE_STATES": ["RUS", "USA", "CHN", "BRA", "IND", "ZAF", "FRA", "GBR"]
    },
    "outside the region": {"FOCUS_STATES": ["FRA", "DEU", "GBR", "IRL"]},
    "2025 window to mid-2026, reversed": {"SHIFT_YEARS": [2026, 2020]},
    "one shift year": {"SHIFT_YEARS": 2019},
}


@pytest.mark.parametrize("name", SELECTIONS_02C)
def test_02c_every_selection_runs_and_counts_its_own_states(tmp_path, name):
    from rulac import params

    parameters = SELECTIONS_02C[name]
    nb = run(tmp_path, "02c_states_and_ideal_points", **parameters)
    every_part_ran(nb)
    text = outputs(nb)
    assert "focus states; references" in text
    # Part 1's figure (its text description) ends in the last year of SHIFT_YEARS.
    shift = parameters.get("SHIFT_YEARS", (2015, 2025))
    last = max(params.years(shift, name="SHIFT_YEARS", within=(1991, 2026)))
    assert re.search(rf"the US 'no' share: \d+% in {last}\.", text)
    # Part 4 counts the embargo resolutions on which every chosen state that voted said yes.
    focus = params.states(parameters.get("FOCUS_STATES", "LAC"))
    embargo = votes.cuba_embargo_rollcalls()
    matrix = votes.vote_matrix(embargo["rollcall_id"], focus)
    all_yes = int((~matrix.isin(["N", "A"]).any()).sum())
    assert f"On {all_yes} of {len(embargo)} embargo resolutions" in text
    if name == "absent reference":
        assert "Venezuela +" not in text and "Venezuela -" not in text


SELECTIONS_00 = {
    **{
        f"focus {n}": {"FOCUS_NOTEBOOK": n}
        for n in (
            *("00", "01", "01b", "01c", "02", "02b", "02c", "02d"),
            *("03", "04", "04b", "05", "05b"),
        )
    },
    "by full id": {"FOCUS_NOTEBOOK": "02_ukraine_votes"},
    "interpretive and normative": {"TESTABLE_KINDS": ["interpretive", "normative"]},
    "every kind": {"TESTABLE_KINDS": "every kind", "FOCUS_NOTEBOOK": "05"},
}


@pytest.mark.parametrize("name", SELECTIONS_00)
def test_00_runs_for_every_notebook_and_kind(tmp_path, name):
    nb = run(tmp_path, "00_reading_the_chapter", **SELECTIONS_00[name])
    every_part_ran(nb, figures=1)
    assert re.search(r"\d+ claims of kind", outputs(nb))


SELECTIONS_04 = {
    "Caribbean": {"FOCUS_STATES": "Caribbean"},
    "one state": {"FOCUS_STATES": "Dominica"},
    "three states by name": {"FOCUS_STATES": ["Brazil", "ARG", "mexico"]},
    "years reversed": {"YEARS": [2024, 2000]},
    "one year": {"YEARS": 2010},
    "with Saudi Arabia": {"WITH_SAUDI_ARABIA": True},
    "other comparison groups": {
        "COMPARE_GROUPS": {
            "EU big four": ["DEU", "FRA", "ITA", "ESP"],
            "Mercosur": ["ARG", "BRA", "PRY", "URY"],
        }
    },
    "all Ukraine resolutions": {"RESOLUTIONS": "all"},
}


@pytest.mark.parametrize("name", SELECTIONS_04)
def test_04_every_selection_runs(tmp_path, name):
    parameters = SELECTIONS_04[name]
    nb = run(tmp_path, "04_brics", **parameters)
    every_part_ran(nb)
    text = outputs(nb)
    from rulac import params

    focus = params.states(parameters.get("FOCUS_STATES", "LAC"))
    years = params.years(parameters.get("YEARS", (1990, 2024)), within=(1990, 2024))
    assert f"{len(focus)} focus states; years {years[0]}-{years[1]}; groups: BRICS-5 (5)" in text
    chosen = votes.ukraine_resolutions(parameters.get("RESOLUTIONS", "emergency session"))
    assert all(short in text for short in chosen["short"]), "a selected resolution not in the table"


SELECTIONS_04B = {
    "Caribbean": {"FOCUS_STATES": "Caribbean"},
    "one small state, no arms": {"FOCUS_STATES": "Dominica"},
    "no record in the trade year": {"FOCUS_STATES": "Antigua and Barbuda", "TRADE_YEAR": 1995},
    "Brazil": {"FOCUS_STATES": "Brazil"},
    "three states by name": {"FOCUS_STATES": ["Brazil", "ARG", "mexico"]},
    "early trade year": {"TRADE_YEAR": 1995},
    "first trade year, South America": {"TRADE_YEAR": 1992, "FOCUS_STATES": "South America"},
    "Central America": {"FOCUS_STATES": "Central America", "TRADE_YEAR": 2010},
}


@pytest.mark.parametrize("name", SELECTIONS_04B)
def test_04b_every_selection_runs_and_says_what_its_tables_show(tmp_path, name):
    from rulac import brics, params

    parameters = SELECTIONS_04B[name]
    nb = run(tmp_path, "04b_trade_and_arms", **parameters)
    every_part_ran(nb)  # the product mix and the import shares are drawn for every selection
    text = outputs(nb)
    focus = params.states(parameters.get("FOCUS_STATES", "LAC"))
    year = parameters.get("TRADE_YEAR", 2020)
    assert f"{len(focus)} focus states; trade year {year}" in text
    # Figure 1's text description starts with the largest partner, or a sentence says there is
    # nothing to draw.
    exports = brics.russia_exports(focus)
    in_year = exports.loc[year].dropna() if year in exports.index else exports.sum(axis=1)[:0]
    if in_year.sum() > 0:
        top = countries.names()[in_year.idxmax()]
        assert f"Russia's exports by partner in {year}: {top} {in_year.max():.0f}" in text
    else:
        assert f"No Russian export to the focus states is recorded for {year}" in text
    # The two records: the totals and the count of larger partner records, as computed here.
    records = brics.mirror(focus, year)
    both = records.dropna()
    assert f"Russia's record: US${records['russia_reports'].sum() / 1000:.2f} bn" in text
    if len(both):
        larger = int((both["gap"] > 0).sum())
        assert f"larger for {larger} of the {len(both)} focus states" in text
    else:
        assert f"No focus state has both records in {year}" in text
    # Part 2: a figure of deliveries, or the sentence that there were none.
    arms = brics.arms_by_period(focus)
    delivered = (arms["soviet_union_tiv"] + arms["russia_tiv"]).sum() if len(arms) else 0
    assert ("Stacked bars by decade and bars of shares." in text) == (delivered > 0)
    if not delivered:
        assert "SIPRI records no Soviet or Russian delivery to the focus states" in text


SELECTIONS_01 = {
    "another region": {"REGION": "Europe"},
    "an alias": {"REGION": "LAC", "YEARS": [2007, 1946]},
    "a subset of years": {"YEARS": [1900, 1850]},
    "one year": {"YEARS": 1932},
    "late split": {"SPLIT_YEAR": 1990},
    "split outside the years": {"YEARS": [1816, 1900], "SPLIT_YEAR": 1950},
}


@pytest.mark.parametrize("name", SELECTIONS_01)
def test_01_every_selection_runs(tmp_path, name):
    nb = run(tmp_path, "01_peace_and_borders", **SELECTIONS_01[name])
    every_part_ran(nb)


SELECTIONS_01B = {
    "Europe": {"REGION": "Europe"},
    "Africa": {"REGION": "Africa"},
    "a region without an ICJ match": {"REGION": "Middle East"},
    "North America": {"REGION": "North America"},
    "two ICJ regions": {"REGION": "Asia and Oceania"},
    "an alias": {"REGION": "LAC"},
    "lower case": {"REGION": "europe"},
    "another alias": {"REGION": "Americas without the US and Canada"},
}


@pytest.mark.parametrize("name", SELECTIONS_01B)
def test_01b_every_selection_runs_and_its_icj_sentence_follows_the_region(tmp_path, name):
    from rulac import peace

    nb = run(tmp_path, "01b_borders_and_law", **SELECTIONS_01B[name])
    every_part_ran(nb)
    text = outputs(nb)
    region = peace.region(SELECTIONS_01B[name]["REGION"])
    assert f"Region: {region}" in text
    assert peace.icj_sentence(peace.icj_by_region(), region) in text


SELECTIONS_01C = {
    "another region": {"REGION": "Europe", "REFERENCE_STATES": ["FRA", "GBR"]},
    "one state as reference": {"REGION": "Africa", "REFERENCE_STATES": "Brazil"},
    "references by name": {"REFERENCE_STATES": ["Brazil", "China", "Mexico"]},
    "North America": {"REGION": "North America"},
    "years reversed": {"SPENDING_YEARS": [2024, 1990]},
    "one year": {"SPENDING_YEARS": 2022, "REFERENCE_STATES": ["ARG", "Chile"]},
    "references without data": {"REFERENCE_STATES": ["HTI", "PAN"], "SPENDING_YEARS": [1960, 1985]},
    "before Russia's series": {"REFERENCE_STATES": "Russia", "SPENDING_YEARS": [1960, 1970]},
}


@pytest.mark.parametrize("name", SELECTIONS_01C)
def test_01c_every_selection_runs_and_counts_its_own_races_and_years(tmp_path, name):
    from rulac import load, params, peace

    parameters = SELECTIONS_01C[name]
    nb = run(tmp_path, "01c_arms_and_zones", **parameters)
    every_part_ran(nb, figures=1)
    text = outputs(nb)
    region = peace.region(parameters.get("REGION", peace.LAC))
    races = load("arms_races")
    states = peace.codes_of(region)
    mine = races[races["ccode1"].isin(states) | races["ccode2"].isin(states)]
    assert f"; {len(mine)} involve a state of {region}," in text
    years = params.years(parameters.get("SPENDING_YEARS", (1960, 2024)), within=(1960, 2024))
    assert f"Military expenditure as a share of GDP, {years[0]}-{years[1]}" in text
    assert f"In {years[1]} the region's aggregate spent" in text


SELECTIONS_03 = {
    "one state": {"SUPPLIER_GROUP": "Chile"},
    "a handful": {"SUPPLIER_GROUP": ["BRA", "Argentina", "PER"]},
    "a sub-region": {"SUPPLIER_GROUP": "South America"},
    "the chapter's minerals, 2023": {"MINERALS": "chapter", "YEAR": 2023},
    "two minerals": {"MINERALS": ["lithium", "copper"], "YEAR": "latest"},
    "an older water year": {"WATER_YEAR": 2005, "WATER_STATES": ["Brazil", "Peru"]},
}


@pytest.mark.parametrize("name", SELECTIONS_03)
def test_03_every_selection_runs(tmp_path, name):
    nb = run(tmp_path, "03_resources", **SELECTIONS_03[name])
    every_part_ran(nb)
