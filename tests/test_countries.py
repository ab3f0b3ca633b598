"""The countries resource: 193 UN members, the 33 Latin American and Caribbean states, legal
systems."""

from __future__ import annotations

import pytest

from rulac import countries
from rulac.loading import load


@pytest.fixture(scope="module")
def table():
    return load("countries")


def test_un_membership(table):
    members = table[table["un_member"]]
    assert len(members) == 193
    assert members["iso3"].is_unique
    for column in ("name", "short_name", "m49", "region", "sub_region", "legal_system"):
        assert members[column].notna().all(), f"{column} is empty for a member state"


def test_the_33_latin_american_and_caribbean_states(table):
    lac = table[table["lac"]]
    assert len(lac) == 33
    assert set(lac["sub_region"]) == {"Latin America and the Caribbean"}
    assert set(lac["lac_subregion"]) == set(countries.LAC_SUBREGIONS)
    assert table.loc[~table["lac"], "lac_subregion"].isna().all()
    assert {"BRA", "ARG", "MEX", "CUB", "VEN", "JAM", "TTO"} <= set(lac["iso3"])
    assert not {"USA", "CAN", "ESP", "PRI"} & set(lac["iso3"])


def test_legal_codes_and_agreement_flag(table):
    members = table[table["un_member"]]
    assert set(members["legal_system"]) <= {"civil", "common", "mixed", "other"}
    juriglobe = (
        members["legal_system_juriglobe"]
        .map({"civil": "civil", "common": "common", "mixed": "mixed"})
        .fillna("other")
    )
    assert (members["legal_sources_agree"] == (juriglobe == members["legal_system"])).all()


def test_helpers_read_the_same_table(table):
    codes = countries.lac_codes()
    assert len(codes) == 33 == len(set(codes))
    assert countries.names(["BOL"])["BOL"] == table.set_index("iso3").loc["BOL", "short_name"]
    subregions = countries.lac()["lac_subregion"].tolist()
    assert subregions == sorted(subregions, key=countries.LAC_SUBREGIONS.index)


def test_region_table_is_made_once_and_never_shared():
    first = countries.lac()
    first.loc[first.index[0], "short_name"] = "changed"  # a caller changing its copy
    first["lac"] = False
    again = countries.lac()
    assert again["lac"].all() and "changed" not in set(again["short_name"])
    assert countries.lac_codes() == again.index.tolist()
    codes = countries.lac_codes()
    codes.append("XXX")
    assert "XXX" not in countries.lac_codes()
