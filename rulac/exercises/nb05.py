"""Exercises of notebook 05 (the diplomatic record). Answers are computed from the course data."""

from rulac import countries, load
from rulac.exercises import exercise


def _named(claim: str, *, bearing: str | None = None, category: str | None = None) -> set[str]:
    """ISO3 codes named as actors in the events rows on ``claim`` (optionally one bearing)."""
    events = load("events")
    rows = events[events["claim"] == claim]
    if bearing:
        rows = rows[rows["bearing"] == bearing]
    if category:
        rows = rows[rows["category"] == category]
    return {code for codes in rows["actors_iso3"] for code in codes.split(";")}


def _summit_states() -> set[str]:
    return _named("C50", bearing="supports") & set(countries.lac_codes())


exercise(
    "05.1",
    _summit_states,
    kind="set",
    topics=["C50", "Summit of the Americas"],
    hints=[
        (lambda given, _: "USA" in {str(g).upper() for g in given},
         "Not yet: the question asks only for states of the region; leave out the United States."),
        (lambda given, _: "URY" in {str(g).upper() for g in given},
         "Not yet: Uruguay's row is context (its president was ill), not support for C50."),
    ],
    fallback="Not yet: keep the events rows with claim C50 and bearing 'supports', split "
    "actors_iso3 on ';' and keep the codes in countries.lac_codes().",
)  # fmt: skip


def _arms_states() -> int:
    return len(_named("C44", category="arms") & set(countries.lac_codes()))


exercise(
    "05.2",
    _arms_states,
    kind="number",
    topics=["arms"],
    hints=[
        (lambda given, _: given == len(_named("C44", category="arms")),
         ("Not yet: you counted every actor; Ukraine, Germany, Russia, the United States and "
          "'LAC' (the region as a whole) are not states of the region.")),
        (lambda given, _: given == len(_named("C44", category="arms") - {"LAC"}),
         "Not yet: keep only the codes in countries.lac_codes()."),
    ],
    fallback="Not yet: take the C44 rows with category 'arms', split actors_iso3 on ';', keep "
    "the codes in countries.lac_codes() and count each state once.",
)  # fmt: skip
