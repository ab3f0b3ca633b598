"""Helpers for the verdict tests: read a claim's note, and check the facts it states."""

from __future__ import annotations


def note(claims, claim_id: str, verdict: str) -> str:
    """The register's note for ``claim_id``, after checking that its verdict is ``verdict``."""
    assert claims.loc[claim_id, "verdict"] == verdict
    return claims.loc[claim_id, "verdict_note"]


def says(text: str, *facts) -> None:
    """Each recomputed fact must still appear in the note."""
    for fact in facts:
        assert str(fact) in text, f"the note no longer says {fact!r}"
