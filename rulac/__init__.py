"""Helpers for the course "Russia and Latin America, tested with data" (rulac: RUssia and
LAtin America, the Course).

The notebooks import what they need from here::

    from rulac import check, countries, load, params, plots, show, votes

* :func:`load` reads a resource of ``data/`` with its schema's types (plain strings for text),
  after checking its sha256 and validating it against ``data/datapackage.json``.
* :mod:`rulac.params` reads a notebook's parameters cell forgivingly (codes, names, regions).
* :mod:`rulac.countries` holds the Latin American and Caribbean states and display names.
* :mod:`rulac.votes` selects UN General Assembly votes and measures positions and agreement.
* :mod:`rulac.minerals` sets the chapter's table of US mineral dependence beside the USGS record;
  :mod:`rulac.water` ranks countries by renewable fresh water.
* :mod:`rulac.style` is the look (palette, vote colours and symbols, type sizes);
  :mod:`rulac.plots` draws the course's figures; :mod:`rulac.display` shows a figure with its
  :class:`Caption` (title, caption, source, text description) and tables as Markdown.
* :func:`check` gives feedback on an exercise without revealing the answer.
* :mod:`rulac.course` holds the outline of the notebooks and their navigation links.
"""

from rulac import countries, params, style
from rulac.display import Caption, markdown_table, show
from rulac.exercises import check
from rulac.loading import DataError, data_table, load, package

__all__ = [
    "Caption",
    "DataError",
    "check",
    "countries",
    "data_table",
    "load",
    "markdown_table",
    "package",
    "params",
    "show",
    "style",
]
