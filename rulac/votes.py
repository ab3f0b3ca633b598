"""UN General Assembly votes: selections, positions and agreement, shared by the notebooks.

Votes are coded Y (yes), N (no), A (abstain) and X (a member with no recorded vote). A *roll
call* is a recorded vote in which each member's vote is listed by name. All functions take and
return pandas objects and read nothing but :func:`rulac.load`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from rulac import params, style
from rulac.loading import digest, load

#: Position on a resolution: yes +1, abstain 0, no -1 (no recorded vote is left out).
SCORE = {"Y": 1.0, "A": 0.0, "N": -1.0}
CAST = ("Y", "N", "A")
#: Words for the vote codes, for sentences and tables (the labels of :data:`rulac.style.VOTES`).
VOTE_WORDS = {code: vote.label.lower() for code, vote in style.VOTES.items()}

#: Groups of Ukraine-related resolutions a seminar leader may name in RESOLUTIONS.
RESOLUTION_GROUPS = {
    "emergency session": lambda t: t["short"].str.startswith("ES-11"),
    "before 2022": lambda t: t["date"].dt.year < 2022,
    "since 2022": lambda t: t["date"].dt.year >= 2022,
    "Crimea": lambda t: t["label"].str.contains("Crimea"),
}

#: How agreement between two states is measured (see :func:`agreement`).
METHODS = {
    "identical": "share of roll calls on which both cast Y, N or A and cast the same one",
    "votes only": "identical / (identical + opposite), counting roll calls on which both voted "
    "yes or no (US State Department, reports to 2016)",
    "half for abstention": "(same + half a point when exactly one abstained) / roll calls on "
    "which both cast Y, N or A (US State Department, reports for 2017-2020)",
    "with consensus": "as 'half for abstention', with every resolution adopted without a vote "
    "counted as agreement (US State Department's figure that includes consensus, from 2019)",
}


def ukraine_resolutions(resolutions=None) -> pd.DataFrame:
    """The Ukraine-related resolutions in date order, optionally only ``resolutions``.

    ``resolutions`` is "all" (or None), a symbol (``"ES-11/1"`` or ``"A/RES/ES-11/1"``), a
    group ("emergency session", "before 2022", "since 2022", "Crimea") or a list of these.
    Anything else raises :class:`rulac.params.ParameterError` with the closest symbols.
    """
    table = load("ukraine_resolutions").sort_values(["date", "rollcall_id"])
    table = table.reset_index(drop=True)
    table["short"] = table["resolution"].str.removeprefix("A/RES/")
    if resolutions is None:
        return table
    if isinstance(resolutions, str):
        resolutions = [resolutions]
    wanted = [str(r).strip().removeprefix("A/RES/") for r in resolutions]
    groups = {
        name: table.loc[rule(table), "short"].tolist() for name, rule in RESOLUTION_GROUPS.items()
    }
    chosen = params.choices(
        wanted, name="RESOLUTIONS", valid=table["short"].tolist(), groups=groups
    )
    return table[table["short"].isin(chosen)].reset_index(drop=True)


#: The letter of each vote code in :func:`vote_grid` (0: no vote cast, or no record).
LETTERS = np.array(["X", "Y", "N", "A"], dtype=object)
_GRID: dict[str, tuple[pd.Index, pd.Index, np.ndarray]] = {}


def vote_grid() -> tuple[pd.Index, pd.Index, np.ndarray]:
    """Every state by every roll call of ``unga_votes`` as codes: 1 yes, 2 no, 3 abstain, 0 none.

    Returns (states, roll call ids, int8 array of shape states x roll calls). Built once per
    version of the vote table (about 0.6 MB), so that each question about votes is an index
    into it instead of a filter of 608,516 rows.
    """
    key = digest("unga_votes")
    if key not in _GRID:
        record = load("unga_votes", compact=True)
        states = pd.Index(record["iso3"].cat.categories.astype(str), name="iso3")
        calls = pd.Index(record["rollcall_id"].cat.categories.astype(str), name="rollcall_id")
        vote = record["vote"].astype("category")
        lookup = np.array([{"Y": 1, "N": 2, "A": 3}.get(v, 0) for v in vote.cat.categories])
        code = np.append(lookup, 0).astype("int8")[vote.cat.codes.to_numpy()]  # -1: missing
        grid = np.zeros((len(states), len(calls)), dtype="int8")
        grid[record["iso3"].cat.codes.to_numpy(), record["rollcall_id"].cat.codes.to_numpy()] = code
        _GRID.clear()
        _GRID[key] = (states, calls, grid)
    return _GRID[key]


def _take(states: Sequence[str], rollcall_ids: Sequence[str]) -> np.ndarray:
    """The codes of ``states`` (rows) on ``rollcall_ids`` (columns); 0 where either is unknown."""
    all_states, all_calls, grid = vote_grid()
    rows, columns = all_states.get_indexer(list(states)), all_calls.get_indexer(list(rollcall_ids))
    block = grid[np.ix_(np.maximum(rows, 0), np.maximum(columns, 0))]
    block[rows < 0, :] = 0
    block[:, columns < 0] = 0
    return block


def vote_matrix(rollcall_ids: Sequence[str], states: Sequence[str]) -> pd.DataFrame:
    """States (rows, in the order given) by roll calls (columns, in the order given): Y/N/A/X.

    The cells are Python strings in one block (object dtype): a matrix is often a few states by
    thousands of roll calls, which pandas' string dtype would store as one block per column.
    """
    rows = pd.Index(list(states), name="iso3")
    columns = pd.Index(list(rollcall_ids), name="rollcall_id")
    return pd.DataFrame(LETTERS[_take(rows, columns)], index=rows, columns=columns, dtype=object)


def position_score(matrix: pd.DataFrame) -> pd.Series:
    """Mean position of each row over the votes it cast (yes 1, abstain 0, no -1)."""
    return matrix.replace(SCORE).where(matrix.isin(list(SCORE))).astype(float).mean(axis=1)


def vote_counts(matrix: pd.DataFrame) -> pd.DataFrame:
    """How many Y, N, A and X each row of a vote matrix holds (columns Y, N, A, X)."""
    counts = {code: (matrix == code).sum(axis=1) for code in ("Y", "N", "A", "X")}
    return pd.DataFrame(counts)


def shares(matrix: pd.DataFrame) -> pd.DataFrame:
    """Share of Y/N/A/X in each column of a vote matrix (rows: columns of ``matrix``)."""
    counts = vote_counts(matrix.T)
    return counts.div(counts.sum(axis=1), axis=0)


def _codes(states: Sequence[str], calls: pd.DataFrame) -> pd.DataFrame:
    """Roll calls (rows) by state (columns) as 0 (no vote), 1 yes, 2 no, 3 abstain.

    A state of ``states`` that the vote table does not know has no column.
    """
    all_states = vote_grid()[0]
    known = [s for s in dict.fromkeys(states) if s in all_states]
    ids = pd.Index(calls["rollcall_id"], name="rollcall_id")
    return pd.DataFrame(_take(known, ids).T, index=ids, columns=pd.Index(known, name="iso3"))


def _points(block: np.ndarray, ref: np.ndarray, method: str) -> tuple[np.ndarray, np.ndarray]:
    """Per roll call and state: the points scored and whether the roll call counts."""
    both = (block > 0) & (ref > 0)
    same = both & (block == ref)
    if method == "identical":
        return same.astype(float), both
    if method == "votes only":
        counted = both & (block != 3) & (ref != 3)
        return (same & counted).astype(float), counted
    partial = both & ((block == 3) ^ (ref == 3))
    return same + 0.5 * partial, both


def consensus_adoptions() -> pd.Series:
    """Resolutions adopted without a vote, by calendar year, for the years the data cover whole.

    From ``unga_adoptions``: a year counts only when every regular session that adopted
    resolutions in it is complete in the source (``session_complete``), so that a missing
    session is never read as fewer consensus adoptions. Other years are left out.
    """
    table = load("unga_adoptions")
    regular = table[table["session"].str.isdigit()]
    complete = set(regular.loc[regular["session_complete"], "session"].astype(int))
    counts = table.groupby("year")["without_vote"].sum()
    # A year's resolutions come from two sessions: the one that opened in the September before
    # it (number year - 1946) and the one that opens in its September (year - 1945).
    whole = [year for year in counts.index if {year - 1946, year - 1945} <= complete]
    return counts.loc[whole]


def agreement(states: Sequence[str], references: Sequence[str], years: tuple[int, int], *,
              method: str = "identical",
              whole_resolutions: bool = True) -> pd.DataFrame:  # fmt: skip
    """How often each state voted with each reference state, by year, by one of :data:`METHODS`.

    - ``"identical"``: the share of roll calls on which both cast Y, N or A and cast the same.
    - ``"votes only"``: identical / (identical + opposite) over roll calls on which both voted
      yes or no; abstentions and absences left out (State Department reports to 2016).
    - ``"half for abstention"``: one point for the same vote, half a point when exactly one of
      the two abstained, over roll calls on which both cast a vote (reports for 2017-2020).
    - ``"with consensus"``: as the previous, plus one point and one roll call for every
      resolution adopted without a vote that year (the reports' figure including consensus),
      only for the years :func:`consensus_adoptions` covers in full.

    With ``whole_resolutions`` (the default) votes flagged as on an amendment or a single
    paragraph are left out, so that the years before and after the 2019 change of source count
    the same kind of vote (the flags are incomplete: see ``unga_rollcalls``). Returns a long
    table: year, reference, iso3, agreement (0-1), roll_calls (how many counted); a state is
    not compared with itself, and a pair with no roll call counted in a year has no row.
    """
    if method not in METHODS:
        raise ValueError(f"method={method!r}: choose one of {', '.join(map(repr, METHODS))}.")
    calls = load("unga_rollcalls")
    if whole_resolutions:
        calls = calls[~(calls["amendment"].fillna(False) | calls["paragraph"].fillna(False))]
    calls = calls[calls["date"].dt.year.between(*years)]
    wide = _codes(list(dict.fromkeys([*states, *references])), calls)
    year = calls["date"].dt.year.to_numpy()
    extra = consensus_adoptions() if method == "with consensus" else None
    rows = []
    for reference in references:
        if reference not in wide or not (wide[reference] > 0).any():
            continue
        others = [s for s in states if s in wide.columns and s != reference]
        points, counted = _points(wide[others].to_numpy(), wide[[reference]].to_numpy(), method)
        scored = pd.DataFrame(points, columns=others).groupby(year).sum()
        count = pd.DataFrame(counted, columns=others).groupby(year).sum()
        if extra is not None:  # only the years whose consensus adoptions are known in full
            keep = scored.index.isin(extra.index)
            scored, count = scored.loc[keep], count.loc[keep]
            added = extra.reindex(scored.index).to_numpy()[:, None]
            voted = count > 0  # a state with no vote cast that year gets no score, not 100%
            scored, count = (scored + added).where(voted), (count + added).where(voted, 0)
        share = (scored / count.where(count > 0)).stack(future_stack=True).rename("agreement")
        frame = share.to_frame().join(count.stack(future_stack=True).rename("roll_calls"))
        frame.index.names = ["year", "iso3"]
        rows.append(frame.reset_index().assign(reference=reference))
    columns = ["year", "reference", "iso3", "agreement", "roll_calls"]
    if not rows:
        return pd.DataFrame(columns=columns)
    result = pd.concat(rows, ignore_index=True).dropna(subset=["agreement"])
    result["roll_calls"] = result["roll_calls"].astype(int)
    return result[columns].reset_index(drop=True)


def permutation_test(values: pd.Series, groups: pd.Series, a: str, b: str, *,
                     permutations: int = 10_000,
                     seed: int = 2024) -> tuple[float, float]:  # fmt: skip
    """Difference of means (group ``a`` minus ``b``) and its two-sided permutation p-value.

    The labels are shuffled ``permutations`` times with a fixed seed, so the result repeats.
    Raises ValueError when either group has fewer than two cases (use :func:`can_compare`).
    """
    values = values.sort_index()  # the same states give the same shuffles, whatever their order
    groups = groups.reindex(values.index)  # pair each value with its own label
    keep = groups.isin([a, b]) & values.notna()
    values, groups = values[keep].to_numpy(float), groups[keep].to_numpy()
    is_a = groups == a
    if is_a.sum() < 2 or (~is_a).sum() < 2:
        raise ValueError(
            f"The comparison needs at least two cases in each group; the selection has "
            f"{int(is_a.sum())} '{a}' and {int((~is_a).sum())} '{b}'."
        )
    observed = values[is_a].mean() - values[~is_a].mean()
    rng = np.random.default_rng(seed)
    labels = rng.permuted(np.tile(is_a, (permutations, 1)), axis=1)  # one shuffle per row
    n_a = is_a.sum()
    sum_a = labels @ values
    diffs = sum_a / n_a - (values.sum() - sum_a) / (len(values) - n_a)
    count = int((np.abs(diffs) >= abs(observed) - 1e-12).sum())
    return float(observed), (count + 1) / (permutations + 1)


def can_compare(values: pd.Series, groups: pd.Series, a: str, b: str) -> bool:
    """Whether :func:`permutation_test` can run: two or more scored cases in each group."""
    scored = groups.reindex(values.index)[values.notna()]
    return bool((scored == a).sum() >= 2 and (scored == b).sum() >= 2)


def chapter_vs_record() -> pd.DataFrame:
    """The chapter's account of four votes beside the record, one row per state it speaks of.

    Columns of ``chapter_votes`` (claim_id, iso3, vote_in_chapter, basis, ...) plus short (the
    resolution's symbol), date, vote_in_record (Y/N/A/X) and agrees. The chapter's "not N"
    ("only Nicaragua voted against") agrees with any vote but no.
    """
    said = load("chapter_votes").merge(
        ukraine_resolutions()[["resolution", "rollcall_id", "short", "date"]], on="resolution"
    )
    record = pd.concat(
        [vote_matrix([rollcall], said.loc[said["rollcall_id"] == rollcall, "iso3"]).iloc[:, 0]
         .rename("vote_in_record").reset_index().assign(rollcall_id=rollcall)
         for rollcall in said["rollcall_id"].unique()]
    )  # fmt: skip
    said = said.merge(record, on=["rollcall_id", "iso3"], how="left")
    not_against = said["vote_in_chapter"] == "not N"
    said["agrees"] = np.where(
        not_against,
        said["vote_in_record"] != "N",
        said["vote_in_chapter"] == said["vote_in_record"],
    )
    return said


def totals(resolutions: pd.DataFrame) -> pd.DataFrame:
    """Official and counted totals (yes, no, abstain) of each resolution, by its short symbol.

    The official totals are the UN's (``ukraine_resolutions``); the counted ones are the sums
    of the member states' recorded votes that ``unga_rollcalls`` holds.
    """
    counted = load("unga_rollcalls").set_index("rollcall_id")[["yes", "no", "abstain"]]
    table = resolutions.set_index("rollcall_id").join(counted.add_prefix("counted_"))
    columns = ["official_yes", "official_no", "official_abstain",
               "counted_yes", "counted_no", "counted_abstain"]  # fmt: skip
    return table.set_index("short")[columns]


def group_shares(rollcall_ids: Sequence[str], focus: Sequence[str], labels: tuple[str, str]):
    """Share of Y, N, A and X among ``focus`` and among every other member, per roll call.

    Returns ``{labels[0]: table, labels[1]: table}``, each with one row per roll call (in the
    order given) and columns Y, N, A, X summing to 1.
    """
    record = load("unga_votes", compact=True)
    chosen = record[record["rollcall_id"].isin(rollcall_ids)]
    inside = chosen["iso3"].isin(focus).to_numpy()
    result = {}
    for label, part in zip(labels, (chosen[inside], chosen[~inside]), strict=True):
        counts = pd.crosstab(part["rollcall_id"].astype(str), part["vote"].astype(str))
        counts = counts.reindex(
            index=list(rollcall_ids), columns=["Y", "N", "A", "X"], fill_value=0
        )
        result[label] = counts.div(counts.sum(axis=1).where(lambda n: n > 0), axis=0)
    return result


def most_common(matrix: pd.DataFrame) -> tuple[str, float]:
    """The vote cast most often in a block of a vote matrix (X left out), and its share.

    >>> most_common(pd.DataFrame({"r": ["Y", "Y", "A", "X"]}))
    ('Y', 0.6666666666666666)
    """
    cast = matrix.stack()
    cast = cast[cast.isin(CAST)]
    if cast.empty:
        return "X", float("nan")
    counts = cast.value_counts()
    return str(counts.index[0]), float(counts.iloc[0] / counts.sum())


def compare_groups(values: pd.Series, groups: pd.Series, a: str, b: str) -> dict:
    """Both groups' size and mean, their difference and its permutation p-value, as a row.

    When a group has fewer than two scored cases the difference and p-value are missing and
    ``why`` says so in a sentence, so that a notebook can go on.
    """
    groups = groups.reindex(values.index)
    scored = values.notna()
    row = {f"{g} (n)": int(((groups == g) & scored).sum()) for g in (a, b)}
    row |= {f"{g} mean": values[(groups == g) & scored].mean() for g in (a, b)}
    if not can_compare(values, groups, a, b):
        return row | {
            "difference": np.nan,
            "p-value": np.nan,
            "why": f"not computed: it needs two or more states in each group, and there are "
            f"{row[f'{a} (n)']} {a} and {row[f'{b} (n)']} {b}",
        }
    difference, p_value = permutation_test(values, groups, a, b)
    return row | {"difference": difference, "p-value": p_value, "why": ""}


def ideal_points(states: Sequence[str], years: tuple[int, int]) -> pd.DataFrame:
    """Bailey, Strezhnev and Voeten's ideal points of ``states`` by year, with uncertainty.

    The final-passage series (``idealpoint_fp``), the one that reaches 2024, with its 5th and
    95th posterior percentiles. Long table: iso3, year, ideal_point, low (q5), high (q95),
    votes (how many votes the estimate rests on).
    """
    table = load("idealpoints")
    chosen = table[table["iso3"].isin(states) & table["year"].between(*years)]
    columns = {
        "idealpoint_fp": "ideal_point",
        "q5_fp": "low",
        "q95_fp": "high",
        "nvotes_fp": "votes",
    }
    result = (
        chosen[["iso3", "year", *columns]].rename(columns=columns).dropna(subset=["ideal_point"])
    )
    return result.sort_values(["iso3", "year"]).reset_index(drop=True)


def cuba_embargo_rollcalls() -> pd.DataFrame:
    """The annual roll calls on ending the US embargo against Cuba, in date order.

    Found by title in ``unga_rollcalls`` ("... embargo imposed by the United States of America
    against Cuba"); one per year in the data, except where a year's is missing (see notebook 02c).
    """
    calls = load("unga_rollcalls")
    title = calls["title"].str.lower()
    wanted = title.str.contains("embargo") & title.str.contains("cuba")
    return calls[wanted].sort_values("date").reset_index(drop=True)


def voting_states(states: Sequence[str], years: tuple[int, int]) -> list[str]:
    """Those of ``states`` that cast a Y, N or A vote in ``years``, in the order given."""
    calls = load("unga_rollcalls")
    calls = calls[calls["date"].dt.year.between(*years)]
    voted = (_take(states, calls["rollcall_id"]) > 0).any(axis=1)
    return [s for s, cast in zip(states, voted, strict=True) if cast]


def keep_voting(
    focus: Sequence[str], references: Sequence[str], years: tuple[int, int]
) -> tuple[list[str], list[str], list[str]]:
    """The focus and reference states that cast a vote in ``years``, and the names of the ones
    left out (a notebook says which). If none of a group voted, :class:`ParameterError` names
    the parameter (FOCUS_STATES or REFERENCE_STATES) and the years."""
    from rulac import countries

    voting = set(voting_states([*focus, *references], years))
    names = countries.names()
    silent = sorted({names[s] for s in [*focus, *references] if s not in voting})
    kept = {
        "FOCUS_STATES": [s for s in focus if s in voting],
        "REFERENCE_STATES": [s for s in references if s in voting],
    }
    for name, chosen in kept.items():
        if not chosen:
            raise params.ParameterError(f"{name}: none cast a vote in {years[0]}-{years[1]}.")
    return kept["FOCUS_STATES"], kept["REFERENCE_STATES"], silent
