"""Helpers for the course "Russia and Latin America, tested with data".

The notebooks import everything from here::

    from rulac import load, check, style, countries

* :func:`load` reads a resource of ``data/`` with its schema's types, after checking its
  sha256 and validating it against the Table Schema in ``data/datapackage.json``.
* :mod:`rulac.countries` holds the Latin American and Caribbean states and display names.
* :mod:`rulac.style` holds the course palette, vote colours and markers, and figure captions.
* :func:`check` gives feedback on an exercise without revealing the answer.
"""
from rulac.loading import DataError, data_table, load, package
from rulac.exercises import check
from rulac import countries, style

__all__ = ["DataError", "check", "countries", "data_table", "load", "package", "style"]
