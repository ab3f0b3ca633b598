"""Read a notebook's ``parameters`` cell forgivingly, or stop with a message that helps.

A seminar leader types what is natural: ``"ARG"`` or ``["ARG", "BRA"]``, ``"Brazil"``,
``"Caribbean"``, ``YEARS = 2022`` or ``(2025, 2014)``. Whatever is unambiguous is accepted;
anything else raises :class:`ParameterError`, which names the parameter and suggests the
closest valid values with their names ("Did you mean BRA (Brazil)?"), never a list of 190.
"""

from __future__ import annotations

import difflib
import functools
import unicodedata
from collections.abc import Iterable, Sequence

import pandas as pd

from rulac import countries

#: Names that select a group of states, as a seminar leader may type them.
REGIONS = {
    "lac": "all 33 Latin American and Caribbean states",
    "latin america and the caribbean": "all 33 Latin American and Caribbean states",
    "south america": "South America",
    "central america": "Central America (with Mexico)",
    "caribbean": "the Caribbean",
}


class ParameterError(ValueError):
    """A value in the parameters cell that the data do not allow; the message says what to do."""


def _fold(text: str) -> str:
    """Lower case, accents and punctuation removed: 'São Tomé' and 'sao tome' compare equal."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join("".join(c if c.isalnum() else " " for c in plain.lower()).split())


def _as_list(value) -> list:
    if value is None:
        return []
    if isinstance(value, str | int):
        return [value]
    if isinstance(value, pd.Series | pd.Index):
        return value.tolist()
    return list(value)


@functools.cache
def _state_names() -> dict[str, str]:
    """Every spelling of every state (code, short name, official name) folded -> ISO3."""
    table = countries.table()
    names = {}
    for iso3, short, official in zip(table.index, table["short_name"], table["name"], strict=True):
        for spelling in (iso3, short, official):
            if isinstance(spelling, str) and spelling:
                names.setdefault(_fold(spelling), iso3)
    return names


def _suggest(word: str, names: dict[str, str], table: pd.DataFrame, allowed: Sequence[str]) -> str:
    """'Did you mean BRA (Brazil)?' for the closest spellings, or the valid choices in short."""
    close = difflib.get_close_matches(_fold(word), list(names), n=6, cutoff=0.6)
    codes = list(dict.fromkeys(names[c] for c in close if names[c] in set(allowed)))[:3]
    if codes:
        guesses = " or ".join(f"{c} ({table.loc[c, 'short_name']})" for c in codes)
        return f"Did you mean {guesses}?"
    return (
        "Give ISO3 codes such as BRA (Brazil) or MEX (Mexico), country names, or a region: "
        '"LAC", "South America", "Central America", "Caribbean".'
    )


def states(value, *, name: str = "FOCUS_STATES", allowed: Iterable[str] | None = None) -> list[str]:
    """ISO3 codes for ``value``: a code, a country name, a region name, or a list of these.

    Regions are "LAC" (the 33 states) and the three LAC sub-regions. Order is kept and
    repeats are dropped. ``allowed`` limits the choice (default: UN member states).

    >>> states("Caribbean")[:2]
    ['ATG', 'BHS']
    >>> states(["brazil", "ARG", "ARG"])
    ['BRA', 'ARG']
    """
    table = countries.table()
    allowed = list(allowed) if allowed is not None else table.index[table["un_member"]].tolist()
    names = _state_names()
    lac = countries.lac()
    chosen: list[str] = []
    for item in _as_list(value):
        key = _fold(item)
        if key in ("lac", "latin america and the caribbean", "latin america"):
            chosen += lac.index.tolist()
        elif key in ("south america", "central america", "caribbean"):
            chosen += lac.index[lac["lac_subregion"].map(_fold) == key].tolist()
        elif key in names and names[key] in set(allowed):
            chosen.append(names[key])
        else:
            if key not in names:
                why, hint = "is not a state or region", _suggest(str(item), names, table, allowed)
            elif len(allowed) <= 40:  # a short list: name every choice
                why = "has no data here"
                hint = (
                    "Choose from: "
                    + ", ".join(
                        f"{c} ({table.loc[c, 'short_name']})" for c in allowed if c in table.index
                    )
                    + "."
                )
            else:
                why, hint = (
                    "is not a member state in the data",
                    _suggest(str(item), names, table, allowed),
                )
            raise ParameterError(f"{name}: {item!r} {why}. {hint}")
    if not chosen:
        raise ParameterError(f'{name} is empty: give at least one state, e.g. ["BRA"], or "LAC".')
    return list(dict.fromkeys(chosen))


def years(value, *, name: str = "YEARS", within: tuple[int, int]) -> tuple[int, int]:
    """A (first, last) pair from one year or two in either order, inside ``within``.

    >>> years((2025, 2014), within=(1991, 2026))
    (2014, 2025)
    >>> years(2022, within=(1991, 2026))
    (2022, 2022)
    """
    items = _as_list(value)
    try:
        numbers = sorted(int(item) for item in items)
    except (TypeError, ValueError):
        numbers = []
    if not numbers or len(numbers) > 2:
        raise ParameterError(
            f"{name}={value!r}: give one year or two, e.g. {name} = ({within[0]}, {within[1]})."
        )
    first, last = numbers[0], numbers[-1]
    if first < within[0] or last > within[1]:
        raise ParameterError(
            f"{name}={value!r}: the data cover {within[0]}-{within[1]}. Try "
            f"{name} = ({max(first, within[0])}, {min(last, within[1])})."
        )
    return first, last


def choices(value, *, name: str, valid: Sequence[str], everything: str = "all",
            groups: dict[str, Sequence[str]] | None = None) -> list[str]:  # fmt: skip
    """Items of ``valid`` named by ``value``: ``everything``, a group name, an item, or a list.

    Matching ignores case and spacing; an unknown item stops with the closest valid ones.

    >>> choices("b", name="X", valid=["a", "b"])
    ['b']
    """
    groups = {_fold(k): list(v) for k, v in (groups or {}).items()}
    lookup = {_fold(item): item for item in valid}
    chosen: list[str] = []
    for item in _as_list(value):
        key = _fold(item)
        if key == _fold(everything):
            chosen += list(valid)
        elif key in groups:
            chosen += groups[key]
        elif key in lookup:
            chosen.append(lookup[key])
        else:
            close = difflib.get_close_matches(key, list(lookup) + list(groups), n=3, cutoff=0.5)
            shown = [lookup.get(c, c) for c in close] or list(valid)[:5]
            extra = f'; or "{everything}"' + (
                "; or a group: " + ", ".join(f'"{g}"' for g in groups) if groups else ""
            )
            raise ParameterError(
                f"{name}: {item!r} is not one of the choices. Did you mean "
                f"{' or '.join(repr(s) for s in shown)}{extra}?"
            )
    if not chosen:
        raise ParameterError(f'{name} is empty: give at least one, or "{everything}".')
    return list(dict.fromkeys(chosen))
