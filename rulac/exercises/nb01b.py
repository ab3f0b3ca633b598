"""Exercises of notebook 01b (borders and courts), answered from the course data."""

from rulac.exercises import exercise
from rulac.loading import load


def _cases_with(iso3: str = "NIC", kind: str | None = "contentious") -> int:
    cases = load("icj_cases")
    if kind is not None:
        cases = cases[cases["case_type"] == kind]
    parties = cases["party_iso3"].fillna("").str.split(";")
    return int(parties.map(lambda codes: iso3 in codes).sum())


exercise(
    "01b.1",
    _cases_with,
    kind="number",
    topics=["Nicaragua", "NIC"],
    hints=[
        (
            lambda given, _: (
                given
                == int(load("icj_cases")["case_name"].fillna("").str.contains("Nicaragua").sum())
            ),
            (
                "Not yet: searching the case names also finds cases where Nicaragua only "
                "intervened or is named in the title; count the party codes in party_iso3."
            ),
        ),
    ],
    fallback="Not yet: split party_iso3 at ';' and count the contentious cases that list NIC.",
)


def _claims_with_binding(region: str | None = "Western Hemisphere") -> int:
    claims = load("icow_claims")
    if region is not None:
        claims = claims[claims["region"] == region]
    return int((claims["attempts_binding"] > 0).sum())


def _binding_attempts(region: str = "Western Hemisphere") -> int:
    claims = load("icow_claims")
    return int(claims.loc[claims["region"] == region, "attempts_binding"].sum())


exercise(
    "01b.2",
    _claims_with_binding,
    kind="number",
    topics=["binding", "arbitration", "adjudication"],
    hints=[
        (
            lambda given, _: given == _binding_attempts(),
            (
                "Not yet: that is the number of binding attempts; some claims saw more than "
                "one. Count the claims with at least one."
            ),
        ),
        (
            lambda given, _: given == _claims_with_binding(None),
            "Not yet: that counts Western Europe's claims too; keep the Western Hemisphere's.",
        ),
        (
            lambda given, _: given == _claims_with_binding("Western Europe"),
            "Not yet: that is Western Europe; the question asks about the Western Hemisphere.",
        ),
    ],
    fallback="Not yet: keep the rows of load('icow_claims') whose region is 'Western "
    "Hemisphere' and count those whose attempts_binding is more than 0.",
)
