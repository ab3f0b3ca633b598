"""The claims register's evidence names resources in data/, or planned ones that are not there yet.

The planned names are the ``planned`` list of the ``evidence`` field in datapackage.json
(``PLANNED`` in scripts/resources/claims.py). When a notebook adds one of them as a resource,
the last test fails until the name leaves the planned list: planned names disappear as
notebooks land.
"""

from __future__ import annotations

import pytest

from rulac.loading import load, package, resource


@pytest.fixture(scope="module")
def resources() -> set[str]:
    return {r["name"] for r in package()["resources"]}


@pytest.fixture(scope="module")
def planned() -> list[str]:
    fields = {f["name"]: f for f in resource("claims")["schema"]["fields"]}
    return fields["evidence"]["planned"]


@pytest.fixture(scope="module")
def cited() -> set[str]:
    evidence = load("claims")["evidence"].dropna()
    return {name.strip() for cell in evidence for name in cell.split(";")}


def test_every_evidence_name_is_a_resource_or_planned(cited, resources, planned):
    unknown = sorted(cited - resources - set(planned))
    assert not unknown, (
        f"claims.csv cites {unknown}: neither a resource in datapackage.json nor planned "
        "(PLANNED in scripts/resources/claims.py)"
    )


def test_planned_names_are_cited_and_listed_once(cited, planned):
    assert len(planned) == len(set(planned)), "a planned name is listed twice"
    unused = sorted(set(planned) - cited)
    assert not unused, f"planned {unused}, but no claim cites them: drop them from PLANNED"


def test_no_planned_name_is_a_resource_already(resources, planned):
    landed = sorted(set(planned) & resources)
    assert not landed, (
        f"{landed} are resources now: remove them from PLANNED in scripts/resources/claims.py "
        "and run python scripts/build_data.py"
    )


def test_the_evidence_pattern_admits_exactly_resources_and_planned(resources, planned):
    """The schema's pattern (what rulac.load checks) lists the same names as these tests."""
    fields = {f["name"]: f for f in resource("claims")["schema"]["fields"]}
    pattern = fields["evidence"]["constraints"]["pattern"]
    alternatives = pattern.split(")(;(")[0].strip("(").split("|")
    assert set(alternatives) == resources | set(planned)
