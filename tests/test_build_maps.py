"""The map tables (borders_today from Natural Earth, border_transfers from CShapes 2.0): raw
files, coverage, licence, and transfers checked against CShapes' own spells and COW's records."""

from __future__ import annotations

import io
import lzma

import pytest

from rulac import peace
from rulac.loading import load, resource
from tests.raw_sources import check_raw_hashes, raw_path, resource_module

SOUTH_AMERICA = {"ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN"}


@pytest.mark.parametrize("name", ["borders_today", "border_transfers"])
def test_raw_files_are_the_documented_ones(name):
    check_raw_hashes(name)


def test_borders_cover_south_america_and_nothing_outside_the_frame():
    borders = peace.shapes("borders_today")
    assert set(borders["iso3"].dropna()) >= SOUTH_AMERICA
    west, south, east, north = resource_module("_geo").FRAME
    minx, miny, maxx, maxy = borders.total_bounds
    assert west <= minx
    assert maxx <= east
    assert south <= miny
    assert maxy <= north
    assert maxx < 0, "no shape east of Greenwich: Crimea and the rest of Europe are not drawn"
    assert borders.geometry.is_valid.all()


def test_natural_earth_feature_count():
    import geopandas as gpd

    world = gpd.read_file(raw_path("geo/world-atlas-2.0.2_countries-50m.json"), layer="countries")
    assert len(world) == 241
    assert {"076", "068", "032"} <= set(world["id"].dropna())


def test_transfers_follow_the_cshapes_spells():
    """Every transfer date is the first day of a new CShapes shape of the loser (read from the
    raw file), and Brazil's shapes change on 1903-11-17 and 1909-07-09 (conflict/geo PROVENANCE)."""
    import geopandas as gpd

    with lzma.open(raw_path("geo/cshapes_2_cow.topojson.xz")) as packed:
        shapes = gpd.read_file(io.BytesIO(packed.read()))
    assert len(shapes) == 805
    starts = set(zip(shapes["cowcode"], shapes["start"].dt.strftime("%Y-%m-%d"), strict=True))
    moved = load("border_transfers")
    for row in moved.itertuples():
        assert (row.loser, row.date.strftime("%Y-%m-%d")) in starts
    brazil = shapes[shapes["cowcode"] == 140]["start"].dt.strftime("%Y-%m-%d").tolist()
    assert {"1903-11-17", "1909-07-09"} <= set(brazil)
    pairs = set(zip(moved["loser_iso3"], moved["gainer_iso3"], moved["date"].dt.year, strict=True))
    assert {
        ("BOL", "BRA", 1903),
        ("BOL", "PRY", 1938),
        ("ECU", "PER", 1942),
        ("COL", "PAN", 1903),
    } <= pairs


def test_transfer_licence_is_cc_by_nc_sa():
    licences = [lic["name"] for lic in resource("border_transfers")["licenses"]]
    assert licences == ["CC-BY-NC-SA-4.0"]
    assert any("CC BY-NC-SA" in limit for limit in resource("border_transfers")["limits"])
