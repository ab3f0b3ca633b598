"""The course outline: notebooks in reading order, and the navigation printed at their end.

The outline is ``notebooks/outline.json`` (``make new`` adds to it). A notebook is
*published* once its file exists in ``notebooks/`` and the outline does not mark it a draft;
the navigation links skip the others. The claims register (``data/claims.csv``) refers to these ids.
"""

from __future__ import annotations

import json

from rulac.paths import NOTEBOOKS

OUTLINE_FILE = NOTEBOOKS / "outline.json"
_ENTRIES = json.loads(OUTLINE_FILE.read_text("utf-8"))
OUTLINE = [(entry["id"], entry["title"]) for entry in _ENTRIES]
IDS = [notebook_id for notebook_id, _ in OUTLINE]
TITLES = dict(OUTLINE)
#: Notebooks being written: tested, but not linked from the others.
DRAFTS = {entry["id"] for entry in _ENTRIES if entry.get("draft")}


def published(notebook_id: str) -> bool:
    """True when the notebook's file exists and it is not a draft."""
    return notebook_id not in DRAFTS and (NOTEBOOKS / f"{notebook_id}.ipynb").is_file()


def _link(notebook_id: str) -> str:
    return f"[{notebook_id.split('_')[0]}. {TITLES[notebook_id]}]({notebook_id}.ipynb)"


def navigation_markdown(notebook_id: str) -> str:
    """Links to the previous and the next *published* notebook, generated from the outline."""
    if notebook_id not in IDS:
        raise KeyError(
            f"{notebook_id!r} is not in the course outline (notebooks/outline.json): {IDS}"
        )
    at = IDS.index(notebook_id)
    before = [i for i in IDS[:at] if published(i)]
    after = [i for i in IDS[at + 1 :] if published(i)]
    parts = []
    if before:
        parts.append(f"← Previous: {_link(before[-1])}")
    parts.append("[Course contents](../README.md#the-notebooks)")
    if after:
        parts.append(f"Next: {_link(after[0])} →")
    return " | ".join(parts)


def navigation(notebook_id: str) -> None:
    """Display the navigation links (the last cell of every notebook)."""
    from IPython.display import Markdown, display

    display(Markdown(navigation_markdown(notebook_id)))
