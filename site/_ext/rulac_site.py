"""The course website's Sphinx extension (site/_config.yml loads it): small fixes to the HTML.

- The control that opens a collapsed solution is a ``<summary>`` whose visible text is "Show
  solution", but myst-nb labels it "Toggle hidden content" for screen readers, which then hear
  something other than what sighted readers see (WCAG 2.5.3, label in name). The label goes, so
  the accessible name is the visible text.
"""

from __future__ import annotations

TOGGLE_LABEL = ' aria-label="Toggle hidden content"'


def _page(app, pagename, templatename, context, doctree):
    body = context.get("body")
    if body and TOGGLE_LABEL in body:
        context["body"] = body.replace(TOGGLE_LABEL, "")


def setup(app):
    app.connect("html-page-context", _page)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
