"""UN General Assembly votes: selections, scores and agreement, shared by the notebooks.

Votes are coded Y (yes), N (no), A (abstain) and X (a member with no recorded vote). All
functions take and return pandas objects and never read anything but :func:`rulac.load`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from rulac.loading import load

#: Position on a resolution: yes +1, abstain 0, no -1 (no recorded vote is left out).
SCORE = {"Y": 1.0, "A": 0.0, "N": -1.0}
CAST = ("Y", "N", "A")


def ukraine_resolutions(resolutions: Iterable[str] | None = None) -> pd.DataFrame:
    """The Ukraine-related resolutions in date order, optionally only ``resolutions``.

    ``resolutions`` holds symbols as printed in the ``label`` column's first word or in full
    (``"ES-11/1"`` or ``"A/RES/ES-11/1"``). An unknown one raises ValueError listing the valid choices.
    """
    table = load("ukraine_resolutions").sort_values(["date", "rollcall_id"]).reset_index(drop=True)
    table["short"] = table["resolution"].str.removeprefix("A/RES/")
    if resolutions is None:
        return table
    wanted = [str(r).strip().removeprefix("A/RES/") for r in resolutions]
    unknown = [r for r in wanted if r not in set(table["short"])]
    if unknown:
        raise ValueError(
            f"Unknown resolution(s): {', '.join(unknown)}. Valid choices: "
            f"{', '.join(table['short'])}."
        )
    return table[table["short"].isin(wanted)].reset_index(drop=True)


def vote_matrix(rollcall_ids: Sequence[str], states: Sequence[str]) -> pd.DataFrame:
    """States (rows, in the order given) by roll calls (columns, in the order given): Y/N/A/X."""
    votes = load("unga_votes")
    chosen = votes[votes["rollcall_id"].isin(rollcall_ids) & votes["iso3"].isin(states)]
    matrix = chosen.pivot(index="iso3", columns="rollcall_id", values="vote")
    return (
        matrix.reindex(index=list(states), columns=list(rollcall_ids))
        .astype(str)
        .replace("nan", "X")
    )


def position_score(matrix: pd.DataFrame) -> pd.Series:
    """Mean position of each row over the votes it cast (yes 1, abstain 0, no -1)."""
    return matrix.apply(lambda row: row.map(SCORE)).mean(axis=1)


def shares(matrix: pd.DataFrame) -> pd.DataFrame:
    """Share of Y/N/A/X in each column of a vote matrix (columns: Y, N, A, X)."""
    counts = matrix.apply(lambda col: col.value_counts()).reindex(["Y", "N", "A", "X"]).fillna(0)
    return (counts / counts.sum()).T


def agreement_by_year(
    states: Sequence[str],
    references: Sequence[str],
    years: tuple[int, int],
    *,
    whole_resolutions: bool = True,
) -> pd.DataFrame:
    """Share of roll calls on which each state voted the same way as each reference state, by year.

    Only roll calls on which both cast Y, N or A count. With ``whole_resolutions`` (the default),
    votes the Voeten data flag as on an amendment or a single paragraph are left out, so that the
    years before and after the 2019 change of source count the same kind of vote (the flags are
    incomplete: see unga_rollcalls). Returns a long table with columns year, reference, iso3,
    agreement (0-1) and roll_calls (how many counted); a state is not compared with itself.
    """
    votes = load("unga_votes")
    calls = load("unga_rollcalls")
    if whole_resolutions:
        calls = calls[~(calls["amendment"].fillna(False) | calls["paragraph"].fillna(False))]
    calls = calls.loc[calls["date"].dt.year.between(*years), ["rollcall_id", "date"]]
    wanted = list(dict.fromkeys([*states, *references]))
    chosen = votes[votes["rollcall_id"].isin(calls["rollcall_id"]) & votes["iso3"].isin(wanted)]
    codes = chosen["vote"].astype(str).map({"Y": 1, "N": 2, "A": 3}).fillna(0).astype("int8")
    wide = (
        chosen.assign(code=codes.to_numpy())
        .pivot(index="rollcall_id", columns="iso3", values="code")
        .fillna(0)
        .astype("int8")
    )
    year = calls.set_index("rollcall_id")["date"].dt.year.reindex(wide.index).to_numpy()
    rows = []
    for reference in references:
        if reference not in wide:
            raise ValueError(f"{reference} cast no vote between {years[0]} and {years[1]}")
        ref = wide[reference].to_numpy()[:, None]
        others = [s for s in states if s in wide.columns and s != reference]
        block = wide[others].to_numpy()
        both = (block > 0) & (ref > 0)
        same = both & (block == ref)
        counted = pd.DataFrame(both, columns=others).groupby(year).sum()
        agreed = pd.DataFrame(same, columns=others).groupby(year).sum()
        share = (agreed / counted.replace(0, np.nan)).stack(future_stack=True).rename("agreement")
        frame = share.to_frame().join(counted.stack(future_stack=True).rename("roll_calls"))
        frame.index.names = ["year", "iso3"]
        rows.append(frame.reset_index().assign(reference=reference))
    result = pd.concat(rows, ignore_index=True)
    return result[["year", "reference", "iso3", "agreement", "roll_calls"]]


def permutation_test(
    values: pd.Series,
    groups: pd.Series,
    a: str,
    b: str,
    *,
    permutations: int = 10_000,
    seed: int = 2024,
) -> tuple[float, float]:
    """Difference of means (group ``a`` minus ``b``) and its two-sided permutation p-value.

    The labels are shuffled ``permutations`` times with a fixed seed, so the result repeats.
    """
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
