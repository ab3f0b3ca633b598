"""Resource ``borders_today``: present-day borders of South and Central America, for maps.

Natural Earth 4.1.0 admin-0 countries at 1:50m (world-atlas 2.0.2 TopoJSON): every feature
that reaches into the map's frame (``_geo.FRAME``), clipped to it, simplified and stored as
WKT. The feature's ISO numeric code is joined to ``countries`` (M49) for ISO3.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _geo
from resources._table import columns, field, foreign_key, require, resource

RAW = [_geo.NATURAL_EARTH_RAW]

RESOURCE = resource(
    "borders_today",
    order=90,
    title="Present-day borders of South and Central America (Natural Earth, simplified), for maps",
    description=(
        "One row per Natural Earth 1:50m admin-0 feature that reaches into the course's map "
        "frame (longitude -92 to -33, latitude -56.5 to 13.5): its name and codes, its area "
        "before clipping, and its shape clipped to the frame, simplified (about 4 km) and "
        "stored as WKT in degrees (WGS 84)."
    ),
    limits=[
        "For drawing only: shapes are simplified and clipped, so do not measure them.",
        (
            "Borders as Natural Earth 4.1.0 draws them: de facto lines, with no disputed areas. "
            "Venezuela's claim to the territory west of the Essequibo, for example, is not drawn "
            "(the ICJ case Guyana v. Venezuela, no. 171, was pending in 2024)."
        ),
        (
            "French Guiana is part of the feature 'France'; the Falkland Islands (Malvinas) and "
            "South Georgia are features of their own, without ISO3 in the course's countries table."
        ),
        (
            "The frame shows no part of Europe: Natural Earth's drawing of Crimea inside Russia "
            "does not appear on any map drawn from this table."
        ),
    ],
    sources=[
        {
            "title": "Natural Earth Admin 0 countries, 1:50m, as TopoJSON in world-atlas "
            "2.0.2 (countries-50m.json)",
            "publisher": "Natural Earth; packaged by Mike Bostock (npm world-atlas)",
            "version": "Natural Earth 4.1.0; world-atlas 2.0.2",
            "path": "http://www.naturalearthdata.com/downloads/50m-cultural-vectors/",
        }
    ],
    licenses=[
        {
            "name": "other-pd",
            "title": "Public domain (Natural Earth); world-atlas packaging under the ISC licence",
            "path": "https://www.naturalearthdata.com/about/terms-of-use/",
        }
    ],
    fields=[
        field(
            "m49",
            "string",
            "ISO 3166-1 numeric code of the feature (Natural Earth id).",
            required=True,
            pattern="[0-9]{3}",
        ),
        field("name", "string", "Natural Earth's short name of the feature.", required=True),
        field(
            "iso3",
            "string",
            "ISO3 code of the UN member state (empty for a territory).",
            pattern="[A-Z]{3}",
        ),
        field(
            "area_km2",
            "number",
            "Area of the whole feature before clipping and simplification (equal-area projection).",
            unit="km2",
            required=True,
            minimum=0,
        ),
        field(
            "geometry",
            "string",
            "The clipped, simplified shape as WKT (lon, lat degrees).",
            required=True,
        ),
    ],
    primary_key=["m49"],
    foreign_keys=[foreign_key("iso3", "countries")],
)


def build(sources: Path, countries: pd.DataFrame) -> pd.DataFrame:
    """The features in the frame, sorted by M49 code."""
    from shapely.geometry import box

    world = _geo.read_natural_earth(sources)
    require(len(world) == 241, f"{len(world)} features, expected 241")
    world = world[world["id"].notna() & (world.bounds["minx"] > -179)]  # not across 180°
    world["geometry"] = world.geometry.make_valid()
    frame = box(*_geo.FRAME)
    inside = world[world.intersects(frame)].copy()
    require(inside["id"].is_unique, "a feature code is repeated in the frame")
    m49 = countries[countries["m49"].fillna("") != ""].set_index("m49")["iso3"]
    table = pd.DataFrame(
        {
            "m49": inside["id"],
            "name": inside["name"],
            "iso3": inside["id"].map(m49).fillna(""),
            "area_km2": _geo.area_km2(inside.geometry),
            "geometry": _geo.wkt(inside.geometry.intersection(frame)),
        }
    )
    return table[columns(RESOURCE)].sort_values("m49").reset_index(drop=True)
