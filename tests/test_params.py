"""The parameters cell forgives the obvious and stops, with the closest valid values, otherwise."""

from __future__ import annotations

import pytest

from rulac import countries, params, votes
from rulac.params import ParameterError


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ARG", ["ARG"]),  # a string where a list is expected
        (["ARG", "BRA"], ["ARG", "BRA"]),
        (["arg", " bra "], ["ARG", "BRA"]),
        ("Brazil", ["BRA"]),  # a country name
        (["Mexico", "ARG", "mexico"], ["MEX", "ARG"]),  # repeats dropped, order kept
        ("Bolivia (Plurinational State of)", ["BOL"]),  # the UN's official name
        ("St. Lucia", ["LCA"]),
    ],
)
def test_states_accept_codes_names_and_strings(value, expected):
    assert params.states(value) == expected


def test_states_accept_regions():
    lac = countries.lac()
    assert params.states("LAC") == lac.index.tolist()
    for region in countries.LAC_SUBREGIONS:
        expected = lac.index[lac["lac_subregion"] == region].tolist()
        assert params.states(region) == expected
        assert params.states(region.lower()) == expected
    assert len(params.states(["South America", "Central America", "Caribbean"])) == 33


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("Brasil", "FOCUS_STATES: 'Brasil' is not a state or region. Did you mean BRA (Brazil)"),
        ("ARGX", "Did you mean ARG (Argentina)?"),
        ([], "FOCUS_STATES is empty"),
    ],
)
def test_states_stop_with_the_closest_choices(value, message):
    with pytest.raises(ParameterError) as caught:
        params.states(value)
    assert message in str(caught.value)
    assert str(caught.value).count("(") <= 4, "a handful of suggestions, not a list of 190"


def test_states_outside_allowed_are_refused_by_name():
    with pytest.raises(
        ParameterError, match=r"'RUS' has no data here\. Choose from: BRA \(Brazil\)\."
    ):
        params.states("RUS", allowed=["BRA"])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2022, (2022, 2022)),
        ((2025, 2014), (2014, 2025)),
        ([2010, 2020], (2010, 2020)),
        ("2015", (2015, 2015)),
    ],
)
def test_years_in_either_order(value, expected):
    assert params.years(value, within=(1991, 2026)) == expected


@pytest.mark.parametrize("value", [(1946, 2026), "last year", (2000, 2001, 2002)])
def test_years_outside_or_malformed_say_what_works(value):
    with pytest.raises(ParameterError, match=r"YEARS="):
        params.years(value, within=(1991, 2026))


def test_resolutions_by_symbol_group_or_string():
    assert votes.ukraine_resolutions("ES-11/1")["short"].tolist() == ["ES-11/1"]
    assert votes.ukraine_resolutions(["A/RES/68/262", "es-11/1"])["short"].tolist() == [
        "68/262",
        "ES-11/1",
    ]
    emergency = votes.ukraine_resolutions("emergency session")
    assert len(emergency) >= 5 and emergency["short"].str.startswith("ES-11").all()
    before = votes.ukraine_resolutions("before 2022")
    assert (before["date"].dt.year < 2022).all() and len(before) == 11
    assert len(votes.ukraine_resolutions("all")) == len(votes.ukraine_resolutions())


def test_unknown_resolution_suggests_the_closest():
    with pytest.raises(
        ParameterError,
        match=r"RESOLUTIONS: '68/26' is not one of the choices. Did you mean '68/262'",
    ):
        votes.ukraine_resolutions(["68/26"])
