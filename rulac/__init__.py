"""Helpers for the course "Russia and Latin America, tested with data".

The notebooks import everything from here::

    from rulac import load, check, countries, plots, style, votes

* :func:`load` reads a resource of ``data/`` with its schema's types, after checking its
  sha256 and validating it against the Table Schema in ``data/datapackage.json``.
* :mod:`rulac.countries` holds the Latin American and Caribbean states and display names.
* :mod:`rulac.votes` selects UN General Assembly votes and computes positions and agreement.
* :mod:`rulac.style` holds the course palette, vote colours and symbols, and figure captions;
  :mod:`rulac.plots` draws the course's figures in that style.
* :func:`check` gives feedback on an exercise without revealing the answer.
* :mod:`rulac.course` holds the outline of the notebooks and their navigation links.
"""

from rulac import countries, style
from rulac.exercises import check
from rulac.loading import DataError, data_table, load, package

__all__ = ["DataError", "check", "countries", "data_table", "load", "package", "style"]
