"""The course outline: notebooks in reading order, and the navigation printed at their end.

A notebook is ``published`` once its file exists in ``notebooks/`` and is tested; the
others are planned. The claims register (``data/claims.csv``) refers to these ids.
"""

from __future__ import annotations

from rulac.paths import NOTEBOOKS

OUTLINE = [
    ("00_reading_the_chapter", "Reading the chapter: its argument and its claims"),
    ("01_peace_and_borders", "The 'most peaceful region'? Wars, borders and courts"),
    ("02_ukraine_votes", "Latin America's votes on Ukraine at the UN General Assembly"),
    ("03_resources", "Resource dependence: minerals and fresh water"),
    ("04_brics", "BRICS membership and military-technical cooperation"),
    ("05_seminar", "Seminar: weighing the argument"),
]
IDS = [notebook_id for notebook_id, _ in OUTLINE]
TITLES = dict(OUTLINE)


def published(notebook_id: str) -> bool:
    """True when the notebook's file exists."""
    return (NOTEBOOKS / f"{notebook_id}.ipynb").is_file()


def _link(notebook_id: str) -> str:
    number = notebook_id[:2]
    title = TITLES[notebook_id]
    if published(notebook_id):
        return f"[{number}. {title}]({notebook_id}.ipynb)"
    return f"{number}. {title} (in preparation)"


def navigation_markdown(notebook_id: str) -> str:
    """Previous / next links for the end of a notebook, generated from the outline."""
    if notebook_id not in IDS:
        raise KeyError(f"{notebook_id!r} is not in the course outline: {IDS}")
    at = IDS.index(notebook_id)
    parts = []
    if at > 0:
        parts.append(f"← Previous: {_link(IDS[at - 1])}")
    parts.append("[Course contents](../README.md#the-notebooks)")
    if at < len(IDS) - 1:
        parts.append(f"Next: {_link(IDS[at + 1])} →")
    return " | ".join(parts)


def navigation(notebook_id: str) -> None:
    """Display the navigation links (the last cell of every notebook)."""
    from IPython.display import Markdown, display

    display(Markdown(navigation_markdown(notebook_id)))
