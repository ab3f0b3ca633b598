"""What the two map tables share: the boundary files, the map's frame, and how shapes are kept.

Shapes are stored in CSV as WKT text (longitude and latitude in degrees, WGS 84), simplified
and rounded so that the tables stay small; notebooks read them with
``geopandas.GeoSeries.from_wkt``. Areas are measured before simplification, in a Lambert
azimuthal equal-area projection centred on South America.
"""

from __future__ import annotations

import io
import lzma
from pathlib import Path

NATURAL_EARTH_FILE = "geo/world-atlas-2.0.2_countries-50m.json"
CSHAPES_FILE = "geo/cshapes_2_cow.topojson.xz"
NATURAL_EARTH_RAW = {
    "path": NATURAL_EARTH_FILE,
    "url": "https://cdn.jsdelivr.net/npm/world-atlas@2.0.2/countries-50m.json",
    "sha256": "04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394",
}
CSHAPES_RAW = {
    "path": CSHAPES_FILE,
    "url": "https://icr.ethz.ch/data/cshapes/",
    "sha256": "7bd747182211fe5e0ca3775acbf3583c290ccb14e5c60bda9f0ef4dbb0d7008e",
}
#: The map's frame: South America and the south of Central America (lon, lat in degrees).
FRAME = (-92.0, -56.5, -33.0, 13.5)
EQUAL_AREA = "+proj=laea +lat_0=-15 +lon_0=-60 +datum=WGS84 +units=m"
TOLERANCE = 0.04  # degrees: simplification, about 4 km
DIGITS = 2  # decimals of a degree kept in WKT (about 1 km)


def read_natural_earth(sources: Path):
    import geopandas as gpd

    frame = gpd.read_file(sources / NATURAL_EARTH_FILE, layer="countries")
    return frame.set_crs("EPSG:4326")


def read_cshapes(sources: Path):
    import geopandas as gpd

    with lzma.open(sources / CSHAPES_FILE) as packed:
        payload = packed.read()
    return gpd.read_file(io.BytesIO(payload)).set_crs("EPSG:4326")


def area_km2(geometries) -> list[float]:
    """Areas in km2, rounded to whole km2, in the equal-area projection."""
    return (geometries.to_crs(EQUAL_AREA).area / 1e6).round(0).tolist()


def wkt(geometries) -> list[str]:
    """Simplified shapes snapped to a grid of DIGITS decimals (valid), as WKT."""
    import shapely

    simple = geometries.simplify(TOLERANCE, preserve_topology=True)
    snapped = shapely.set_precision(simple.to_numpy(), 10.0**-DIGITS)
    return [shapely.to_wkt(shape, rounding_precision=DIGITS) for shape in snapped]
