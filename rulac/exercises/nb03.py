"""Exercises of notebook 03 (minerals and fresh water). Answers are computed from the data."""

from rulac import countries, water
from rulac.exercises import exercise
from rulac.loading import load


def _fig2(edition: int):
    table = load("usgs_import_reliance")
    return table[(table["source_table"] == "Fig2") & (table["edition"] == edition)]


def _exactly_100(edition: int = 2026) -> int:
    return int((_fig2(edition)["nir_published"] == "100").sum())


def _at_least_95(edition: int = 2026) -> int:
    table = _fig2(edition)
    return int(((table["nir_pct"] >= 95) | (table["nir_bound_pct"] >= 95)).sum())


exercise(
    "03.1",
    _exactly_100,
    kind="number",
    topics=["100 percent"],
    hints=[
        (
            lambda given, _: given == _at_least_95(),
            (
                "Not yet: you counted '>95' (and 99) as well; a bound is not 100 percent, and the "
                "question asks for the values published as exactly 100."
            ),
        ),
        (
            lambda given, _: given == _exactly_100(2025),
            "Not yet: that is the MCS 2025 edition (data year 2024); take edition 2026.",
        ),
        (
            lambda given, _: given == len(_fig2(2026)),
            "Not yet: that is every commodity of the figure; keep those published as 100.",
        ),
    ],
    fallback="Not yet: filter usgs_import_reliance to source_table 'Fig2' and edition 2026, "
    "then count the rows whose nir_published is '100'.",
)


def _tin_sources() -> list[str]:
    lists = load("usgs_import_sources")
    tin = lists[lists["commodity"] == "tin, refined"]
    return sorted(set(tin["iso3"].dropna()) & set(countries.lac_codes()))


def _tin_sources_in(edition: int) -> set[str]:
    lists = load("usgs_import_sources")
    tin = lists[(lists["commodity"] == "tin, refined") & (lists["edition"] == edition)]
    return set(tin["iso3"].dropna()) & set(countries.lac_codes())


exercise(
    "03.2",
    _tin_sources,
    kind="set",
    topics=["tin, refined"],
    hints=[
        (
            lambda given, _: given == _tin_sources_in(2023),
            (
                "Not yet: that is the list of one edition; the question asks for any edition, "
                "2023 to 2026."
            ),
        ),
        (
            lambda given, _: bool(given & {"IDN", "MYS"}),
            "Not yet: keep only Latin American and Caribbean states (countries.lac_codes()).",
        ),
    ],
    fallback="Not yet: take every edition's list for 'tin, refined' in usgs_import_sources and "
    "keep the ISO3 codes that are among countries.lac_codes().",
)


def _times_world(year: int = 2021, code: str = "BRA") -> float:
    ranked = water.per_person(year)
    return round(ranked.loc[code, "internal_m3_per_person"] / water.world_per_person(year), 2)


exercise(
    "03.3",
    _times_world,
    kind="number",
    tolerance=0.011,
    topics=["world"],
    hints=[
        (
            lambda given, expected: abs(given - 1 / expected) < 0.01,
            "Not yet: you divided the world's figure by Brazil's; divide Brazil's by the world's.",
        ),
        (
            lambda given, _: abs(given - _times_world(2022)) < 0.006,
            "Not yet: that is 2022; the question asks for 2021.",
        ),
    ],
    fallback="Not yet: divide Brazil's internal_m3_per_person in 2021 by the world's (code "
    "WLD, or water.world_per_person(2021)), and round to two decimals.",
)
