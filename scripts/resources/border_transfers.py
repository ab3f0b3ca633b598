"""Resource ``border_transfers``: land that changed hands between states, 1886-2019 (CShapes 2.0).

Derived from CShapes 2.0 (COW codes): for every state with a COW code from 90 to 165 (Central
and South America), each pair of consecutive spells as an independent state is compared; land
in the earlier shape and not in the later one (more than MIN_KM2) is a transfer, and its gainer
is the state whose shape on the new spell's first day covers most of it. Areas are measured in
an equal-area projection before the shapes are simplified for drawing.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources import _geo
from resources._table import columns, field, foreign_key, require, resource

RAW = [_geo.CSHAPES_RAW]
CODES = (90, 165)
MIN_KM2 = 1000.0
LICENCE_NOTE = "CShapes 2.0, CC BY-NC-SA 4.0 (non-commercial, attribution, share-alike)"

RESOURCE = resource(
    "border_transfers",
    order=91,
    title="Land transferred between Central and South American states, 1886-2019 (from "
    "CShapes 2.0), for maps",
    description=(
        "One row per piece of land (over 1,000 km2) that passed from one state to another "
        "between two consecutive CShapes 2.0 shapes of the losing state, for the states with "
        "COW codes 90-165: the date the new border takes effect in CShapes, the loser and the "
        "gainer (COW and ISO3 codes), the area, and the shape, simplified and stored as WKT."
    ),
    limits=[
        (
            "CShapes codes borders as states controlled them (de facto) from 1886: transfers "
            "before 1886 (e.g. Bolivia's coast, which the COW territorial change data record as "
            "passing to Chile in 1884) are not in it, and claims that never changed control leave "
            "no trace."
        ),
        (
            "Licence: CC BY-NC-SA 4.0, as CShapes 2.0. Use it for non-commercial purposes, credit "
            "Schvitz et al. (2022), and share anything made from it under the same licence; every "
            "map drawn from it says so."
        ),
        (
            "Pieces smaller than 1,000 km2 (border adjustments, slivers from redrawn lines) are "
            "left out."
        ),
        (
            "The dates are CShapes' and may differ from a treaty's signature or ratification, or "
            "from the year of the matching COW territorial change."
        ),
    ],
    sources=[
        {
            "title": "CShapes 2.0 (Schvitz, Rüegger, Girardin, Cederman, Weidmann and "
            "Gleditsch 2022, Journal of Conflict Resolution 66(1): 144-161), COW codes",
            "publisher": "International Conflict Research, ETH Zürich",
            "version": "2.0 (R package cshapes 2.0, 2021-06-05)",
            "path": "https://icr.ethz.ch/data/cshapes/",
        }
    ],
    licenses=[
        {
            "name": "CC-BY-NC-SA-4.0",
            "title": "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 (CShapes 2.0): "
            "non-commercial teaching with attribution; derived maps under the same licence",
            "path": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
        }
    ],
    fields=[
        field("date", "date", "First day of the loser's new shape in CShapes.", required=True),
        field("loser", "integer", "COW code of the state that lost the land.", required=True),
        field(
            "gainer", "integer", "COW code of the state that holds it on that date.", required=True
        ),
        field("loser_iso3", "string", "ISO3 of the loser (via cow_codes).", pattern="[A-Z]{3}"),
        field("gainer_iso3", "string", "ISO3 of the gainer (via cow_codes).", pattern="[A-Z]{3}"),
        field(
            "area_km2",
            "number",
            "Area of the piece (equal-area projection, before simplification).",
            unit="km2",
            required=True,
            minimum=0,
        ),
        field(
            "geometry", "string", "The piece, simplified, as WKT (lon, lat degrees).", required=True
        ),
    ],
    primary_key=["date", "loser", "gainer", "area_km2"],
    foreign_keys=[
        foreign_key("loser", "cow_codes", "ccode"),
        foreign_key("gainer", "cow_codes", "ccode"),
        foreign_key("loser_iso3", "countries", "iso3"),
        foreign_key("gainer_iso3", "countries", "iso3"),
    ],
)


def transfers(shapes) -> list[dict]:
    """Pieces lost between consecutive independent spells, with the state that gained each."""
    states = shapes[shapes["status"] == "independent"].to_crs(_geo.EQUAL_AREA)
    found = []
    chosen = states[states["cowcode"].between(*CODES)]
    for code, spells in chosen.groupby("cowcode"):
        spells = spells.sort_values("start")
        for (_, old), (_, new) in zip(
            spells.iloc[:-1].iterrows(), spells.iloc[1:].iterrows(), strict=False
        ):
            lost = old.geometry.difference(new.geometry)
            for piece in getattr(lost, "geoms", [lost]):
                if piece.area / 1e6 <= MIN_KM2:
                    continue
                holders = states[(states["start"] <= new.start) & (states["end"] >= new.start)]
                overlap = holders.geometry.intersection(piece).area
                require(overlap.max() > 0.5 * piece.area, f"{code} {new.start}: no gainer")
                gainer = holders.loc[overlap.idxmax()]
                found.append(
                    {"date": new.start, "loser": code, "gainer": gainer.cowcode, "piece": piece}
                )
    return found


def build(sources: Path, cow_codes: pd.DataFrame) -> pd.DataFrame:
    """The transfers, sorted by date, loser and gainer."""
    import geopandas as gpd

    shapes = _geo.read_cshapes(sources)
    require(len(shapes) == 805, f"{len(shapes)} CShapes polygons, expected 805")
    found = pd.DataFrame(transfers(shapes))
    pieces = gpd.GeoSeries(found.pop("piece").tolist(), crs=_geo.EQUAL_AREA)
    iso3 = cow_codes.set_index("ccode")["iso3"]
    table = found.assign(
        date=pd.to_datetime(found["date"]).dt.strftime("%Y-%m-%d"),
        loser_iso3=found["loser"].map(iso3).fillna(""),
        gainer_iso3=found["gainer"].map(iso3).fillna(""),
        area_km2=(pieces.area / 1e6).round(0).to_numpy(),
        geometry=_geo.wkt(pieces.to_crs("EPSG:4326")),
    )
    return table[columns(RESOURCE)].sort_values(["date", "loser", "gainer"]).reset_index(drop=True)
