"""Notebooks 05 and 05b (the seminar): the record of events, the scorecard of the claims
register and the claims for discussion.

Everything here is computed from ``data/claims.csv`` and ``data/events.csv``, so the scorecard
follows the register as other notebooks add verdicts. :data:`DISCUSSION` is the one curated
part: for each claim the register sends to notebook 05 or 05b for discussion, the evidence that
would bear on it, the strongest reading for and against, and a question for the seminar (its
brief). It states no fact of its own: each entry is about the chapter's claim and points to the
course's data. ``make sync`` writes every brief into the instructor's guide
(:func:`brief_markdown`).
"""

from __future__ import annotations

import pandas as pd

from rulac.loading import load

#: Verdicts in the order the scorecard shows them (tested ground first).
VERDICT_ORDER = [
    "supported",
    "partly supported",
    "contradicted",
    "not testable with these data",
    "discussion",
    "untested",
]
#: Verdicts that state the outcome of a test against data.
TESTED = ["supported", "partly supported", "contradicted"]

#: Claim -> (evidence that would bear on it, strongest reading for, strongest reading against,
#: question for the seminar). Curated for the course; the chapter's words are in claims.csv.
DISCUSSION = {
    "C02": (
        (
            "Statements of each government on world order; UN votes on texts that name a "
            "'multipolar' "
            "order; the events record on sanctions (C44)."
        ),
        (
            "The region's large states refused sanctions and arms (the record in notebook 05), "
            "which the chapter reads as a shared stance."
        ),
        (
            "'All' states is a strong word: the record shows The Bahamas applying others' "
            "sanctions, "
            "and many states voted for the Ukraine resolutions (notebook 02)."
        ),
        "What would count as joining a 'campaign', and which recorded act could show it?",
    ),
    "C08": (
        (
            "Histories of the 1962 crisis and of the Central American wars, dated against the "
            "arrival of outside support on each side."
        ),
        (
            "Both crises involved the superpowers directly, and the chapter's wider point (a "
            "region "
            "at peace when left alone) fits its other evidence (notebook 01)."
        ),
        (
            "Local conflicts (revolutions, civil wars, coups) had their own causes before outside "
            "involvement; the claim needs a timeline, not a label."
        ),
        "Pick one of the two crises: what came first, local escalation or superpower involvement?",
    ),
    "C14": (
        (
            "None can settle a ranking of 'political cultures'; compliance with court rulings "
            "(notebook 01b) speaks to the legal part only."
        ),
        (
            "The chapter asks it as a question, after listing the region's peace treaties and "
            "court "
            "cases."
        ),
        (
            "Ranking cultures is a value judgement; Europe's own courts and treaties would need "
            "the "
            "same count."
        ),
        "Can a political culture be 'higher'? If not, what comparison would be fair?",
    ),
    "C18": (
        (
            "The record of the asylum itself; cases in which other states granted or ended "
            "diplomatic asylum under pressure."
        ),
        (
            "The chapter's reading: a small state kept the asylum for years against great-power "
            "pressure, which only a deeply held principle would explain."
        ),
        (
            "One case cannot show a principle held across a region, and the counterfactual about "
            "Germany, France or Belgium cannot be observed."
        ),
        "Does one case show a 'sacred' principle? What would a second case have to show?",
    ),
    "C21": (
        (
            "Diplomatic histories of inter-American relations; UN votes since 1946 (notebooks 02b "
            "and 02c) as one recent trace."
        ),
        (
            "The chapter's reading: resistance to outside intervention is a constant of the "
            "region's diplomacy, from which its legal culture grew."
        ),
        (
            "'Opposed' hides differences between states and decades: the UN votes of notebooks 02b "
            "and 02c show agreement with the United States varying by state and year."
        ),
        "Which decade would you choose to test the claim, and with what evidence?",
    ),
    "C22": (
        (
            "Measures of shared language, religion and history exist, but 'civilizational "
            "community' "
            "has no agreed definition."
        ),
        (
            "Language, religion and legal tradition are widely shared among the Spanish- and "
            "Portuguese-speaking states (notebook 02d shows the legal part)."
        ),
        (
            "The region also includes the English-, French- and Dutch-speaking Caribbean; shared "
            "traits do not make a political community."
        ),
        "What would a 'civilizational community' do that a group of neighbours does not?",
    ),
    "C24": (
        (
            "Histories of European interventions in the Americas after 1823 and of US enforcement "
            "of "
            "the doctrine."
        ),
        (
            "The chapter's reading: the doctrine kept European powers from a new stage of "
            "colonisation, so the region's states could put law before security."
        ),
        (
            "It is a counterfactual; and the chapter also calls the same doctrine 'vested and "
            "unlawful' (C21)."
        ),
        "Can the Monroe Doctrine have been both a shield and an imposition? For whom?",
    ),
    "C25": (
        (
            "Statements of the region's governments on the causes of the war; their votes on the "
            "Ukraine resolutions (notebook 02)."
        ),
        (
            "International law does leave the clash of territorial integrity and "
            "self-determination "
            "open, as the chapter says elsewhere (C26)."
        ),
        (
            "The claim assumes one account of the war's 'root causes' and reads disagreement as "
            "misunderstanding."
        ),
        "Is disagreeing with an account of a war the same as not understanding it?",
    ),
    "C42": (
        "Celso Amorim's own words in full; leaders' statements on Iraq and Ukraine side by side.",
        (
            "The chapter's reading of Amorim: judging the invasions of Iraq and Ukraine by the "
            "same "
            "rule is consistent, and shows a formal norm at work."
        ),
        (
            "'Formal norm' against 'security imperatives' is the chapter's framing; a leader may "
            "hold "
            "both that the norm matters and that security counts."
        ),
        "Should the same rule judge the invasion of Iraq and the invasion of Ukraine? Why?",
    ),
    "C46": (
        (
            "Lula's statements of April 2023 in full (the record in notebook 05); Brazil's UN "
            "votes on Crimea and on Ukraine's territorial integrity; any formal act of "
            "recognition."
        ),
        (
            "Saying Crimea 'perhaps' could be discussed treats Russia's hold on it as a bargaining "
            "fact, which the chapter calls de facto recognition."
        ),
        (
            "Lula also said it was not for him to decide whose Crimea is, and Brazil voted for "
            "ES-11/4 on Ukraine's territorial integrity; no act of recognition is recorded."
        ),
        "Where is the line between calling a territory negotiable and recognising a claim to it?",
    ),
    "C47": (
        (
            "Agreement with the United States in UN votes (the proxy in notebook 05b); the 2023 "
            "summits in the events record; trade and investment shares over time."
        ),
        (
            "The EU-CELAC declaration did not name Russia and leaders stayed away from the 2022 "
            "Summit of the Americas (notebook 05)."
        ),
        (
            "The same declaration recalled ES-11/1 and ES-11/6, and most of the region voted for "
            "them; influence is more than a vote or a communiqué."
        ),
        (
            "What would 'losing influence' look like in data? Name two series and the change you "
            "would expect."
        ),
    ),
    "C51": (
        (
            "Opinion surveys of trust in the United States over decades; agreement in UN votes "
            "(notebook 05b) is at best a loose proxy."
        ),
        (
            "The chapter cites the tone of recent summits and the refusal to follow US policy on "
            "Russia."
        ),
        (
            "'Lowest since 1945' needs a series back to 1945; the proxy of 05b starts later and "
            "measures votes, not trust."
        ),
        "Which source could measure trust between governments, and how far back does it go?",
    ),
    "C52": (
        (
            "None settles a prescription; studies of what wins states partners (trade, security, "
            "culture) bear on its premise."
        ),
        "Partnerships based on shared outlook may last longer than those based on interest alone.",
        (
            "'Only and exclusively' excludes trade, security and institutions, which the course's "
            "other notebooks show at work."
        ),
        "Could cultural proximity ever be the only basis of a foreign policy? Give an example.",
    ),
    "C53": (
        (
            "Statements or practice of common-law states on international law; the source of the "
            "maxim, which the chapter does not give."
        ),
        (
            "The chapter reads the maxim into the conduct of English-speaking statesmen and sets "
            "it "
            "against the region's legalism."
        ),
        (
            "No source is given, and states of every legal tradition have done the same; the claim "
            "ascribes one attitude to many states."
        ),
        "How would you test whether legal tradition predicts compliance with international law?",
    ),
    "C54": (
        "Lewis's typology itself and its critics; surveys of values across countries.",
        (
            "The chapter draws on a published typology (Richard Lewis's) to explain an affinity "
            "that it sees between Russians and Latin Americans."
        ),
        (
            "Such typologies assign traits to whole peoples; whether they shape diplomacy is not "
            "shown."
        ),
        (
            "Can a national 'cultural type' explain a state's foreign policy? What else would you "
            "need?"
        ),
    ),
    "C55": (
        (
            "None settles a research agenda; the course's own data show what economics, votes and "
            "events can and cannot reach."
        ),
        "Culture, religion and perceptions shape relations, and trade data alone miss them.",
        (
            "Cultural factors are hard to measure and easy to assert; the course's verdicts rest "
            "on "
            "records."
        ),
        "Which cultural factor could be measured well enough to test a claim about relations?",
    ),
    "C65": (
        (
            "Agreement with the United States in UN votes by state (notebook 05b); foreign-policy "
            "statements; "
            "changes of government."
        ),
        (
            "Agreement with the United States varies within each 'camp' (notebook 02c) and over "
            "time (notebook 02b), "
            "which supports a pragmatic reading."
        ),
        (
            "Votes do differ by government, and labels summarise that; 'pragmatic' can describe "
            "any policy."
        ),
        "Is a left/right or pro/anti-US label useful if it predicts votes? When does it fail?",
    ),
    "C66": (
        (
            "None settles a prescription; the course's evidence on the region's attitude to "
            "international law (notebooks 01b, 02 and 02d) bears on its premise."
        ),
        (
            "If the region has its own attitude to international law, a partner that speaks to it "
            "may be heard better."
        ),
        (
            "The premise (a distinct regional attitude) is itself contested, and 'nuances' are not "
            "defined."
        ),
        "Write one sentence of advice to a foreign ministry that the course's data could support.",
    ),
}


def scorecard(claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every claim of the register: id, pillar, kind, verdict, notebook and evidence."""
    claims = load("claims") if claims is None else claims
    columns = ["id", "section", "pillar", "kind", "verdict", "notebook", "evidence"]
    return claims[columns].fillna({"evidence": ""}).reset_index(drop=True)


def verdict_counts(table: pd.DataFrame, by: str = "pillar") -> pd.DataFrame:
    """Claims by ``by`` (rows, in order of appearance) and verdict (columns, VERDICT_ORDER)."""
    order = list(dict.fromkeys(table[by]))
    counts = pd.crosstab(table[by], table["verdict"]).reindex(order)
    return counts.reindex(columns=[v for v in VERDICT_ORDER if v in counts.columns], fill_value=0)


def tested_share(table: pd.DataFrame) -> float:
    """The share of claims whose verdict is a test result (supported, partly, contradicted)."""
    return float(table["verdict"].isin(TESTED).mean()) if len(table) else 0.0


def discussion_table(claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """The register's claims for discussion, with the curated evidence, readings and question.

    Claims that another notebook discusses keep their register note and point to it.
    """
    claims = load("claims") if claims is None else claims
    rows = []
    for _, claim in claims[claims["verdict"] == "discussion"].iterrows():
        evidence, reading_for, reading_against, question = DISCUSSION.get(
            claim["id"], ("", "", "", f"See notebook {claim['notebook'][:3].rstrip('_')}.")
        )
        rows.append(
            {
                "id": claim["id"],
                "notebook": claim["notebook"],
                "claim": claim["claim"],
                "evidence that would bear on it": evidence or claim["verdict_note"],
                "strongest reading for": reading_for,
                "strongest reading against": reading_against,
                "seminar question": question,
            }
        )
    return pd.DataFrame(rows)


#: The parts of a brief, as discussion_table names them and as a brief shows them.
BRIEF_PARTS = {
    "evidence that would bear on it": "Evidence that would bear on it",
    "strongest reading for": "Strongest reading for",
    "strongest reading against": "Strongest reading against",
    "seminar question": "Question for the seminar",
}


def brief_markdown(row) -> str:
    """One claim's brief (a row of :func:`discussion_table`) as Markdown: the claim, then its parts.

    A claim that another notebook discusses has no curated brief: it shows the register's note
    and the notebook that weighs it.
    """
    head = f"**{row['id']}.** {row['claim']}"
    if row["strongest reading for"]:
        parts = [f"- *{label}:* {row[column]}" for column, label in BRIEF_PARTS.items()]
    else:
        number = row["notebook"].split("_")[0]
        parts = [
            f"- *The register's note:* {row['evidence that would bear on it']}",
            f"- *Discussed in:* notebook {number} (`{row['notebook']}`), with its own questions.",
        ]
    return "\n".join([head, "", *parts])


def briefs(table: pd.DataFrame, chosen, *, why: str = ""):
    """The briefs of the ``chosen`` claims that ``table`` (a discussion table) holds, as Markdown,
    or one sentence saying why none is shown."""
    from IPython.display import Markdown

    shown = table[table["id"].isin(list(chosen))]
    if shown.empty:
        return Markdown(f"No brief shown: {why or 'none of the chosen claims is selected'}.")
    return Markdown("\n\n".join(brief_markdown(row) for _, row in shown.iterrows()))


# ---- selections


def pillars(claims: pd.DataFrame) -> list[str]:
    """The pillars of the register, in the order of their first claim."""
    return list(dict.fromkeys(claims["pillar"]))


def notebooks(claims: pd.DataFrame) -> list[str]:
    """The notebooks the register names, in course order."""
    return sorted(dict.fromkeys(claims["notebook"]))


def select(table: pd.DataFrame, pillar_list, notebook_list) -> pd.DataFrame:
    """The rows of ``table`` whose pillar and notebook are both chosen."""
    chosen = table["pillar"].isin(pillar_list) & table["notebook"].isin(notebook_list)
    return table[chosen].reset_index(drop=True)


def selection_sentence(selected: pd.DataFrame, pillar_list, notebook_list) -> str:
    """One sentence on what the selection holds, or why it is empty."""
    if selected.empty:
        return (
            f"No claim of the register is both in {sentence_list(pillar_list)} and in "
            f"{sentence_list(notebook_list)}: the scorecard is empty for this selection."
        )
    parts = [f"{n} {v}" for v, n in selected["verdict"].value_counts().reindex(VERDICT_ORDER)
             .dropna().astype(int).items()]  # fmt: skip
    return f"{len(selected)} claims selected: {sentence_list(parts)}."


# ---- words


def sentence_list(items) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items) or "none"
    return ", ".join(items[:-1]) + " and " + items[-1]


def describe_counts(row: pd.Series) -> str:
    """'3 supports, 1 contradicts' for the non-zero entries of a row of counts (or 'no rows')."""
    parts = [f"{int(n)} {kind}" for kind, n in row.items() if n]
    return ", ".join(parts) or "no rows"


# ---- the record


def record_counts(record: pd.DataFrame, claim_ids) -> pd.DataFrame:
    """Rows of the events record by claim (all of ``claim_ids``, in order) and bearing."""
    from rulac.plots import BEARING_LOOK

    counts = pd.crosstab(record["claim"], record["bearing"])
    counts = counts.reindex(index=list(claim_ids), columns=list(BEARING_LOOK), fill_value=0)
    counts.index.name, counts.columns.name = "claim", "bearing"
    return counts


def named(rows: pd.DataFrame) -> set[str]:
    """Every ISO3 code named in the ``actors_iso3`` of ``rows``."""
    return {code for codes in rows["actors_iso3"] for code in codes.split(";")}


# ---- votes


def votes_of(iso3: str, resolutions, groups) -> pd.DataFrame:
    """One state's vote on the named resolutions and on each group of Ukraine resolutions."""
    from rulac import votes

    table = load("ukraine_resolutions")
    named_group = " and ".join(r.removeprefix("A/RES/") for r in resolutions)
    parts = [table[table["resolution"].isin(resolutions)].assign(group=named_group)]
    parts += [votes.ukraine_resolutions(group).assign(group=group) for group in groups]
    chosen = pd.concat(parts).drop_duplicates("rollcall_id")
    cast = votes.vote_matrix(chosen["rollcall_id"], [iso3]).loc[iso3]
    return pd.DataFrame(
        {
            "resolution": chosen["label"].to_numpy(),
            "date": chosen["date"].dt.strftime("%Y-%m-%d").to_numpy(),
            "group": chosen["group"].to_numpy(),
            "vote": cast.to_numpy(),
        }
    )


def resolution_labels(resolutions: pd.DataFrame, day: pd.Timestamp) -> list[str]:
    """'ES-11/6 (2023-02), before' for each resolution, relative to ``day``."""
    return [
        f"{label.split(' ')[0]} ({date:%Y-%m}), {'after' if date >= day else 'before'}"
        for label, date in zip(resolutions["label"], resolutions["date"], strict=True)
    ]


def mean_share(shares: pd.DataFrame, resolutions: pd.DataFrame, day, *, after: bool) -> float:
    """The mean yes share over the resolutions adopted after (or before) ``day``."""
    later = (resolutions["date"] >= day).to_numpy()
    chosen = shares["Y"].to_numpy()[later if after else ~later]
    return float(chosen.mean()) if len(chosen) else float("nan")


def summit_title(before: float, after: float) -> str:
    """The title of the before-and-after vote figure, from the two mean yes shares (either may be
    NaN when the chosen years hold no text on that side of the summit)."""
    if pd.isna(before) or pd.isna(after):  # no text on one side of the summit
        side, share = ("after", after) if pd.isna(before) else ("before", before)
        return (
            f"The focus states voted yes on {share:.0%} of the Ukraine texts {side} the EU-CELAC "
            "summit, on average; the years chosen hold no text on the other side to compare"
        )
    word = "lower than" if after < before else "higher than" if after > before else "the same as"
    return (
        f"The focus states' yes share on the Ukraine texts after the EU-CELAC summit "
        f"({after:.0%} on average) is {word} before it ({before:.0%}); the texts differ, so the "
        "comparison alone does not show a change of stance"
    )


def mean_agreement(states, references, years) -> pd.DataFrame:
    """Mean agreement (identical votes) of ``states`` with each reference, by year."""
    from rulac import votes

    table = votes.agreement(states, references, years)
    wide = table.groupby(["year", "reference"])["agreement"].mean().unstack("reference")
    return wide.reindex(columns=list(references))


def proxy_caption(proxy: pd.DataFrame, n_states: int):
    """The Caption of the agreement proxy figure, from its numbers."""
    from rulac.display import Caption

    first, last = int(proxy.index.min()), int(proxy.index.max())
    names = list(proxy.columns)
    start, end = proxy.loc[first], proxy.loc[last]
    low = {name: int(proxy[name].idxmin()) for name in names}
    title = (
        f"Agreement with {names[0]} went from {start.iloc[0]:.0%} in {first} to "
        f"{end.iloc[0]:.0%} in {last} (lowest in {low[names[0]]}); with {names[1]} from "
        f"{start.iloc[1]:.0%} to {end.iloc[1]:.0%}"
    )
    return Caption(
        title=title,
        caption=f"Mean share of identical votes between each of the {n_states} focus states and "
        f"{sentence_list(names)} on whole resolutions, by year. The dotted line, where shown, "
        "marks the EU-CELAC summit of July 2023. A proxy: it measures votes, not trust; it also "
        "moves when the reference state changes how it votes (the United States voted no on most "
        "roll calls of 2025; notebook 02c, part 1) and with the change of source in 2019.",
        source="unga_votes and unga_rollcalls (Voeten et al.; UN DGACM), as in notebook 02b.",
        alt=f"Lines by year, {first}-{last}, one per reference state. "
        + "; ".join(
            f"{name}: {start[name]:.0%} in {first}, {end[name]:.0%} in {last}, lowest "
            f"{proxy[name].min():.0%} in {low[name]}"
            for name in names
        )
        + ".",
    )


# ---- scorecard


def pillar_sentence(counts: pd.DataFrame) -> str:
    """Which pillar has the largest and the smallest share of tested verdicts."""
    tested = counts.reindex(columns=TESTED, fill_value=0).sum(axis=1)
    share = tested / counts.sum(axis=1)
    best, worst = share.idxmax(), share.idxmin()
    if best == worst:
        return f"{best}: {tested[best]} of {counts.loc[best].sum()} claims tested."
    return (
        f"Most tested: {best} ({tested[best]} of {counts.loc[best].sum()} claims); least: "
        f"{worst} ({tested[worst]} of {counts.loc[worst].sum()})."
    )


def show_or_say(draw, data, text, *, number=None, why: str = "", **options) -> None:
    """Show ``draw(data, **options)`` with its Caption, or say in one sentence why not."""
    from rulac.display import show

    if data is None or not len(data) or text is None:
        print(f"No figure: {why or 'the selection holds no data for it'}.")
        return
    show(draw(data, **options), text, number=number)


def card_caption(selected: pd.DataFrame, counts: pd.DataFrame | None):
    """The Caption of the scorecard figure, from its numbers (None when nothing is selected)."""
    from rulac.display import Caption

    if counts is None or selected.empty:
        return None
    share = {v: (selected["verdict"] == v).mean() for v in ("discussion", "untested")}
    return Caption(
        title=f"{tested_share(selected):.0%} of the {len(selected)} selected claims have a "
        f"tested verdict; {share['discussion']:.0%} are for discussion and "
        f"{share['untested']:.0%} are still untested",
        caption="Claims of the register by pillar of the chapter's argument and verdict. Colour "
        "and hatching name the verdict; each segment gives its count.",
        source="data/claims.csv, the course's claims register, with the verdicts of notebooks "
        "00-05b.",
        alt=f"Horizontal stacked bars, one per pillar ({len(counts)}). "
        + "; ".join(f"{p}: {describe_counts(counts.loc[p])}" for p in counts.index)
        + ".",
    )


def by_number(value, claims: pd.DataFrame):
    """FOCUS_NOTEBOOK as typed, with notebook numbers ("02", 2) read as their ids.

    >>> by_number(["02", "05_seminar"], pd.DataFrame({"notebook": ["02_ukraine_votes"]}))
    ['02_ukraine_votes', '05_seminar']
    """
    ids = {i.split("_")[0]: i for i in notebooks(claims)}
    items = [value] if isinstance(value, str | int) else list(value)
    mapped = [
        ids.get(f"{item:02d}" if isinstance(item, int) else str(item).lower(), item)
        for item in items
    ]
    return mapped[0] if isinstance(value, str | int) else mapped
