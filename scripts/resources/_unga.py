"""Shared code of the UNGA resources (``unga_votes``, ``unga_rollcalls``, ``ukraine_resolutions``).

Not a resource itself (its name starts with "_"). It assembles, from the publishers' raw files,

* the Voeten UNGA roll-call data as packaged in the R package ``unvotes`` (three ``.rda`` files,
  read with pyreadr): every roll call dated 1991-01-01 or later with session <= 73;
* the UN DGACM machine-readable GA resolutions (``data_extract/*.json``, stored gzipped): every
  resolution adopted by recorded vote in sessions 74-80, ES-10 and ES-11,

exactly as described in ``unga_votes/PROVENANCE.md`` section 3 of the sources folder, and adds
the X rows (member with no recorded vote) from the membership rule in :func:`membership`.

The result is cached per sources folder, so one build run parses the raw files once (the three
UNGA resources and the membership cross-checks of ``countries`` share it).
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

import pandas as pd
import pycountry
import pyreadr

from resources._table import BuildError, field, require

FOLDER = "unga_votes/raw"
ROLLCALL_PATTERN = "voeten:[0-9]+|unxml:A/RES/.+"  # rollcall_id: one key for both sources
VOETEN_COMMIT = "7eb7034314ff79c49c9e0785fcd9d216fa04cf14"  # dgrtwo/unvotes (PROVENANCE 2a)
UNXML_COMMIT = (
    "42a69b67bb92d23969fc45bba151320b82eb8e52"  # UNxml/GAresolutions HEAD (PROVENANCE 2b)
)

# sha256 of the staged files, as listed in PROVENANCE.md section 1 (checked against the files).
VOETEN_FILES = {
    "un_votes": "cf814a48bc536e8f87f8e027942ac515fe6aae9d63cd71dd88ed718b14887e87",
    "un_roll_calls": "ff2070ae600cfd32176c6d149637306b9b677d6b910f48bec59a15357d673b4b",
    "un_roll_call_issues": "eec1b509ebce692c242b842837d5d861b52b65b2868a7c66f573d4a87d2eb0be",
}
UNXML_FILES = {
    "74": "c071ed9a525e8c45b8250ce6232592b0214620a5c1482ec494a8a45c53fa4cbb",
    "75": "2b36127d087818f15204d9b8e462182bd8a92360ba8e4299fe8492a0467b3213",
    "76": "b66c95dd79628c4cd24b6b34fffddc24fa1543e041cf19daf72549a56ff07ff3",
    "77": "ec37f917608c39a4f8f50b96a391661b6f1d5a27f158f70d426302be432e4f9a",
    "78": "5ffb5cea9fcb7a078f10bbdccb3a156822678a44efe77ac995f5a384e44c57ab",
    "79": "d39274fea9a1cd2a15bd3ab847e940b9c0eff219219908f7174a12b2b73005e3",
    "80": "582b1b217d59bf967de1e11ea0114b202df1d70d78c253487ec9547a4eeda471",
    "ES-10": "4bfed4f5aee6e195c86e6787e5bb9c1039369c12c00c8ad315568935b086d9a7",
    "ES-11": "a29e06ac36f6f3b5e7c6cabd0601eb285a3a5adb126799a3ba47e9a4dcd25924",
}

VOETEN_RAW = [
    {
        "path": f"{FOLDER}/voeten_unvotes/{name}.rda",
        "url": f"https://github.com/dgrtwo/unvotes/raw/{VOETEN_COMMIT}/data/{name}.rda",
        "sha256": digest,
    }
    for name, digest in VOETEN_FILES.items()
]
UNXML_RAW = [
    {
        "path": f"{FOLDER}/unxml_dgacm_data_extract/{name}.json.gz",
        "url": f"https://github.com/UNxml/GAresolutions/raw/{UNXML_COMMIT}/data_extract/{name}.json",
        "sha256": digest,
        "note": "the JSON file at url, gzip-compressed (the sha256 is that of the staged .gz; "
        "re-compressing gives other bytes but the same JSON)",
    }
    for name, digest in UNXML_FILES.items()
]
RAW = VOETEN_RAW + UNXML_RAW

VOETEN_SOURCE = {
    "title": "United Nations General Assembly Voting Data",
    "publisher": "Erik Voeten, Anton Strezhnev, Michael Bailey (Harvard Dataverse)",
    "version": "UNVotes2021 (downloaded 2021-02-21), as packaged in the R package unvotes, "
    f"GitHub dgrtwo/unvotes commit {VOETEN_COMMIT}, data/un_votes.rda, un_roll_calls.rda, "
    "un_roll_call_issues.rda",
    "path": "https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379",
}
UNXML_SOURCE = {
    "title": "Machine-readable General Assembly resolutions (data_extract JSON)",
    "publisher": "United Nations, Department for General Assembly and Conference Management "
    "(DGACM)",
    "version": f"GitHub UNxml/GAresolutions snapshot 2026-07-10 (commit {UNXML_COMMIT}), "
    "data_extract/74-80, ES-10, ES-11",
    "path": "https://www.un.org/dgacm/en/content/visualizations-and-machine-readability",
}
SOURCES = [VOETEN_SOURCE, UNXML_SOURCE]
VOETEN_LICENSE = {
    "name": "CC0-1.0",
    "title": "CC0 1.0 (Voeten UNGA voting data)",
    "path": "https://creativecommons.org/publicdomain/zero/1.0/",
}
UNXML_LICENSE = {
    "name": "other-at",
    "title": "UN DGACM machine-readable resolutions: unofficial copies, no warranty; the user "
    "must acknowledge the United Nations as the source",
    "path": "https://github.com/UNxml/GAresolutions",
}
LICENSES = [VOETEN_LICENSE, UNXML_LICENSE]


def rollcall_field(description: str, **constraints) -> dict:
    """The rollcall_id field of unga_votes and unga_rollcalls."""
    return field(
        "rollcall_id",
        "string",
        description,
        required=True,
        **constraints,
        pattern=ROLLCALL_PATTERN,
    )


# Selection and recoding rules of PROVENANCE.md section 3.
VOETEN_FROM = "1991-01-01"
VOETEN_LAST_SESSION = 73
UNXML_SESSIONS = list(UNXML_FILES)
# Voeten labels Serbia "Yugoslavia"/YU in every year: recoded by the date of the vote.
SERBIA_CHAIN = [
    ("YUG", None, "2003-02-03"),
    ("SCG", "2003-02-04", "2006-06-27"),
    ("SRB", "2006-06-28", None),
]
SERBIA_ISO2 = "YU"
VOTE_CODES = {"yes": "Y", "no": "N", "abstain": "A"}
ISSUES = ["me", "nu", "di", "hr", "co", "ec"]
# UN spellings that pycountry does not know (mapped to the pycountry name, which gives the code).
UN_NAME_ALIASES = {
    "REPUBLIC OF KOREA": "Korea, Republic of",
    "DEMOCRATIC REPUBLIC OF THE CONGO": "Congo, The Democratic Republic of the",
    "TURKEY": "Türkiye",
    "TÜRKÝYE": "Türkiye",  # a misspelling of TÜRKİYE in the extract
}
RECORDED = "By a recorded vote"
LIST_FIELDS = {"Y": "MS_in_favour", "N": "MS_against", "A": "MS_abstaining"}
COUNT_FIELDS = {"Y": "MS_in_favour_count", "N": "MS_against_count", "A": "MS_abstaining_count"}


# ---------------------------------------------------------------- country codes


def _plain(text: str) -> str:
    """Upper case without accents, for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).upper().strip()


def _pycountry_name(name: str) -> str | None:
    """ISO3 for a country name via pycountry (name, official or common name), or None."""
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        pass
    wanted = _plain(name)
    for country in pycountry.countries:
        names = {
            country.name,
            getattr(country, "official_name", ""),
            getattr(country, "common_name", ""),
        }
        if wanted in {_plain(n) for n in names if n}:
            return country.alpha_3
    return None


@cache
def un_name_to_iso3(name: str) -> str:
    """ISO3 of a UN (DGACM) member-state name such as 'IRAN (ISLAMIC REPUBLIC OF)'."""
    tries = [UN_NAME_ALIASES.get(name, name)]
    match = re.fullmatch(r"(.+?) \((.+)\)", name)
    if (
        match
    ):  # 'BOLIVIA (PLURINATIONAL STATE OF)' -> 'BOLIVIA, PLURINATIONAL STATE OF', then 'BOLIVIA'
        tries += [f"{match[1]}, {match[2]}", match[1]]
    for candidate in tries:
        code = _pycountry_name(candidate)
        if code:
            return code
    raise BuildError(f"no ISO3 code for the UN name {name!r}; add it to UN_NAME_ALIASES")


def voeten_iso3(country: str, iso2) -> str:
    """ISO3 of a Voeten country from its ISO2 code, or from its name when the code is missing.

    Namibia's ISO2 code is "NA": R writes it as a string, but a reader may turn it into a
    missing value. Either way Namibia gets NAM: "NA" is an ISO2 code pycountry knows, and a
    missing code falls back to the name ("Namibia"). Former states (ISO2 "CS" is both
    Czechoslovakia and Serbia and Montenegro in pycountry) are told apart by their name.
    """
    if isinstance(iso2, str) and iso2:
        current = pycountry.countries.get(alpha_2=iso2)
        if current is not None:
            return current.alpha_3
        former = [c for c in pycountry.historic_countries if c.alpha_2 == iso2]
        named = [c for c in former if _plain(c.name).startswith(_plain(country))]
        if len(former) == 1:
            return former[0].alpha_3
        if len(named) == 1:
            return named[0].alpha_3
    code = _pycountry_name(country)
    require(code is not None, f"no ISO3 code for the Voeten country {country!r} ({iso2!r})")
    return code


def serbia_code(dates: pd.Series) -> pd.Series:
    """YUG / SCG / SRB by date of the vote (PROVENANCE section 3)."""
    out = pd.Series("YUG", index=dates.index, dtype=object)
    for code, start, _end in SERBIA_CHAIN:
        if start is not None:
            out[dates >= start] = code
    return out


# ---------------------------------------------------------------- Voeten


def _read_rda(sources: Path, name: str) -> pd.DataFrame:
    return pyreadr.read_r(str(sources / FOLDER / "voeten_unvotes" / f"{name}.rda"))[name]


def _flag(values: pd.Series) -> pd.Series:
    """Voeten 0/1 flags as booleans; missing stays missing."""
    text = (
        values.astype(object)
        .where(values.notna(), None)
        .map(lambda v: None if v is None else str(v).split(".")[0])
    )
    require(
        set(text.dropna()) <= {"0", "1"}, f"unexpected flag values {sorted(set(text.dropna()))}"
    )
    return text.map({"1": True, "0": False, None: None}).astype(object)


def voeten_title(short, descr) -> str:
    """One title from Voeten's ``short`` and ``descr`` (see the unga_rollcalls description)."""
    short = short if isinstance(short, str) else ""
    descr = descr if isinstance(descr, str) else ""
    for text in (short, descr):
        catalogue = re.search(r"\s*:\s*resol", text)  # '<title> : resolution / adopted by the GA'
        if catalogue:
            return text[: catalogue.start()].strip()
    if short and descr.startswith(short):
        return descr.strip()  # short is cut at 60 characters
    if short and short != short.upper():
        return short.strip()
    return (descr or short).strip()


def load_voeten(sources: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series, pd.DataFrame]:
    """(roll calls, Y/N/A votes, first vote date of each ISO3 in the whole 1946- data, names).

    names: every distinct (iso3, country) pair of the selected votes, ``country`` as Voeten
    spells it (after the Serbia recode, so SCG and SRB carry Voeten's label "Yugoslavia").
    """
    votes = _read_rda(sources, "un_votes")
    calls = _read_rda(sources, "un_roll_calls")
    issues = _read_rda(sources, "un_roll_call_issues")

    calls = calls.assign(
        rcid=calls["rcid"].astype(int),
        date=pd.to_datetime(calls["date"].astype(str), format="%Y-%m-%d"),
    )
    require(calls["rcid"].is_unique, "duplicate rcid in un_roll_calls")
    votes = votes.assign(rcid=votes["rcid"].astype(int))
    require(set(votes["vote"].astype(str)) <= set(VOTE_CODES), "unexpected vote values in un_votes")
    votes = votes.merge(calls[["rcid", "date"]], on="rcid", how="left", validate="many_to_one")
    require(votes["date"].notna().all(), "votes without a roll call")

    # country -> ISO3, once per (name, ISO2) pair; Serbia by date.
    selected = calls[(calls["date"] >= VOETEN_FROM) & (calls["session"] <= VOETEN_LAST_SESSION)]
    in_window = votes["rcid"].isin(selected["rcid"])
    window_pairs = votes.loc[in_window, ["country", "country_code"]].drop_duplicates()
    codes = {
        (c, k if isinstance(k, str) else None): voeten_iso3(c, k)
        for c, k in window_pairs.itertuples(index=False)
    }
    key = [
        (c, k if isinstance(k, str) else None)
        for c, k in zip(votes["country"], votes["country_code"], strict=True)
    ]
    votes["iso3"] = [codes.get(k) for k in key]
    serbia = votes["country_code"].eq(SERBIA_ISO2).fillna(False)
    votes.loc[serbia, "iso3"] = serbia_code(votes.loc[serbia, "date"])

    # first recorded vote of each state over the whole Voeten history (for the membership rule)
    first = votes.groupby(["country", "country_code"], dropna=False)["date"].min()
    first_by_iso3 = {}
    for (country, iso2), date in first.items():
        pair = (country, iso2 if isinstance(iso2, str) else None)
        if pair in codes:
            iso3 = "YUG" if iso2 == SERBIA_ISO2 else codes[pair]
            first_by_iso3[iso3] = min(date, first_by_iso3.get(iso3, date))

    votes = votes[in_window]
    require(votes["iso3"].notna().all(), "Voeten votes without an ISO3 code")
    names = (
        votes[["iso3", "country"]]
        .astype(str)
        .drop_duplicates()
        .sort_values(["iso3", "country"])
        .reset_index(drop=True)
    )
    votes = pd.DataFrame(
        {
            "rollcall_id": "voeten:" + votes["rcid"].astype(str),
            "iso3": votes["iso3"].astype(str),
            "vote": votes["vote"].astype(str).map(VOTE_CODES),
        }
    )
    require(
        not votes.duplicated(["rollcall_id", "iso3"]).any(),
        "a state votes twice in one Voeten roll call",
    )

    flags = issues.assign(rcid=issues["rcid"].astype(int), on=True).pivot_table(
        index="rcid", columns="short_name", values="on", aggfunc="any", observed=True
    )
    require(set(flags.columns) == set(ISSUES), f"unexpected issue codes {list(flags.columns)}")
    rc = selected.sort_values("rcid")
    meta = pd.DataFrame(
        {
            "rollcall_id": "voeten:" + rc["rcid"].astype(str),
            # 8 procedural roll calls (motions, oral amendments) have no symbol: left empty.
            "resolution": rc["unres"]
            .where(rc["unres"] != "")
            .str.replace(r"^R/", "A/RES/", regex=True),
            "resolution_raw": rc["unres"].where(rc["unres"] != ""),
            "date": rc["date"],
            "session": rc["session"].astype(int).astype(str),
            "title": [voeten_title(s, d) for s, d in zip(rc["short"], rc["descr"], strict=True)],
            "official_yes": pd.NA,
            "official_no": pd.NA,
            "official_abstain": pd.NA,
            # Voeten codes amend/para 1 or leaves them blank in 1991-2018: blank -> false.
            "amendment": _flag(rc["amend"]).fillna(False).astype(bool),
            "paragraph": _flag(rc["para"]).fillna(False).astype(bool),
            "importantvote": _flag(rc["importantvote"]),
            "source": "voeten_unvotes",
        }
    )
    for issue in ISSUES:
        meta[issue] = rc["rcid"].map(flags[issue]).fillna(False).astype(bool).to_numpy()
    symbols = meta["resolution"].dropna()
    require(
        symbols.str.fullmatch(r"A/RES/(ES-)?\d+/\d+[A-Z]*(/[IVX]+)?").all(),
        "unexpected Voeten symbol",
    )
    meta["title"] = meta["title"].where(meta["title"] != "")
    return meta.reset_index(drop=True), votes, pd.Series(first_by_iso3), names


# ---------------------------------------------------------------- UNxml (DGACM)


def parse_un_date(text: str) -> pd.Timestamp:
    """'2 March 2022', '22\\xa0September 2024' or '2019-10-10 00:00:00'."""
    text = " ".join(text.replace("\xa0", " ").split())
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}( 00:00:00)?", text):
        return pd.Timestamp(text[:10])
    return pd.to_datetime(text, format="%d %B %Y")


def _count(value) -> int:
    """Official tally; the extract writes 'N.A.' for an empty list."""
    return 0 if value in ("N.A.", "", None) else int(value)


def read_unxml(sources: Path, session: str) -> list[dict]:
    """The records of one session's DGACM extract (JSON lines, stored gzipped), as published."""
    path = sources / FOLDER / "unxml_dgacm_data_extract" / f"{session}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_unxml(sources: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(roll calls, Y/N/A votes) of every resolution adopted by recorded vote with member lists."""
    metas, rows, skipped, doubled = [], [], [], []
    for session in UNXML_SESSIONS:
        kept = {}
        for rec in read_unxml(sources, session):
            if rec.get("adoption_type") != RECORDED:
                continue
            lists = {
                v: [un_name_to_iso3(n) for n in (rec.get(f) or [])] for v, f in LIST_FIELDS.items()
            }
            if not any(lists.values()):
                skipped.append(rec["symbol"])  # A/RES/75/254 A-C: recorded vote, no member lists
                continue
            if any(len(codes) != len(set(codes)) for codes in lists.values()):
                # A/RES/75/290 A lists every state twice in the same list: the repeat is dropped
                doubled.append(rec["symbol"])
                require(
                    all(codes.count(c) == 2 for codes in lists.values() for c in codes),
                    f"{rec['symbol']}: some states listed twice, others once",
                )
            votes = {(iso3, v) for v, codes in lists.items() for iso3 in codes}
            require(
                len(votes) == len({i for i, _ in votes}), f"{rec['symbol']}: a state in two lists"
            )
            meta = {
                "rollcall_id": f"unxml:{rec['symbol']}",
                "resolution": rec["symbol"],
                "resolution_raw": rec["symbol"],
                "date": parse_un_date(rec["adoption_date"]),
                "session": session,
                "title": " ".join(rec["title"].replace("\xa0", " ").split()),
                "official_yes": _count(rec[COUNT_FIELDS["Y"]]),
                "official_no": _count(rec[COUNT_FIELDS["N"]]),
                "official_abstain": _count(rec[COUNT_FIELDS["A"]]),
            }
            if rec["symbol"] in kept:  # repeated record (session 79, 80): must be the same vote
                old_meta, old_votes = kept[rec["symbol"]]
                require(
                    old_votes == votes and old_meta == meta,
                    f"{rec['symbol']}: repeated with other votes",
                )
                continue
            kept[rec["symbol"]] = (meta, votes)
        for meta, votes in kept.values():
            metas.append(meta)
            rows += [(meta["rollcall_id"], iso3, v) for iso3, v in sorted(votes)]
    require(skipped == ["A/RES/75/254 A-C"], f"recorded votes without member lists: {skipped}")
    require(doubled == ["A/RES/75/290 A"], f"records with a state repeated in one list: {doubled}")
    meta = pd.DataFrame(metas)
    meta = meta.assign(
        amendment=False,
        paragraph=False,
        importantvote=None,
        source="unxml_dgacm",
        **dict.fromkeys(ISSUES),
    )
    for col in ("official_yes", "official_no", "official_abstain"):
        meta[col] = meta[col].astype("Int64")
    return meta, pd.DataFrame(rows, columns=["rollcall_id", "iso3", "vote"])


# ---------------------------------------------------------------- membership and X rows


def membership(
    votes: pd.DataFrame, dates: pd.Series, first_voeten: pd.Series, current: set[str]
) -> pd.DataFrame:
    """Membership interval [start, end] of every ISO3 code that votes in the data.

    * start: the state's first recorded vote in the Voeten data (which goes back to 1946), or
      its first vote in this data if that is earlier;
    * end: its last recorded vote in this data; for the current members (the codes listed in
      the UNxml records, 2019-2026) the end of the data;
    * Serbia's seat is one chain: YUG until 2003-02-03, SCG 2003-02-04 to 2006-06-27, SRB from
      2006-06-28 (the recode dates), so each code covers its whole window.
    """
    voted = votes.assign(date=votes["rollcall_id"].map(dates))
    span = voted.groupby("iso3")["date"].agg(["min", "max"])
    start = span["min"].combine(
        first_voeten.reindex(span.index), lambda a, b: min(a, b) if pd.notna(b) else a
    )
    end = span["max"].copy()
    end[end.index.isin(current)] = dates.max()
    for code, chain_start, chain_end in SERBIA_CHAIN:
        if code in span.index:
            if chain_start is not None:
                start[code] = pd.Timestamp(chain_start)
            end[code] = pd.Timestamp(chain_end) if chain_end is not None else dates.max()
    return pd.DataFrame({"start": start, "end": end})


@lru_cache(maxsize=4)
def assemble(sources_folder: str) -> dict:
    """Everything the UNGA resources (and the countries cross-checks) need, built once per sources
    folder: call it through :func:`bundle`, so every resource hits the same cache entry.

    Keys: ``rollcalls``, ``votes`` (Y/N/A/X), ``members`` (membership intervals) and
    ``voeten_names`` (the (iso3, country) pairs of the Voeten votes, see :func:`load_voeten`).
    """
    sources = Path(sources_folder)
    v_meta, v_votes, first_voeten, voeten_names = load_voeten(sources)
    u_meta, u_votes = load_unxml(sources)
    meta = pd.concat([v_meta, u_meta], ignore_index=True)
    for col in ("official_yes", "official_no", "official_abstain"):
        meta[col] = pd.array(meta[col].tolist(), dtype="Int64")
    require(meta["rollcall_id"].is_unique, "duplicate roll-call ids")
    votes = pd.concat([v_votes, u_votes], ignore_index=True)

    counted = votes.groupby(["rollcall_id", "vote"]).size().unstack(fill_value=0)
    for code, col in (("Y", "yes"), ("N", "no"), ("A", "abstain")):
        meta[col] = meta["rollcall_id"].map(counted[code]).fillna(0).astype(int)
    require((meta[["yes", "no", "abstain"]].sum(axis=1) > 0).all(), "a roll call without votes")

    dates = meta.set_index("rollcall_id")["date"]
    current = set(u_votes["iso3"])
    require(len(current) == 193, f"{len(current)} ISO3 codes in the UNxml lists, expected 193")
    members = membership(votes, dates, first_voeten, current)

    # X: every member on the date of a roll call that has no Y/N/A row for it.
    grid = [
        (rid, iso3)
        for rid, date in dates.items()
        for iso3 in members.index[(members["start"] <= date) & (members["end"] >= date)]
    ]
    grid = pd.DataFrame(grid, columns=["rollcall_id", "iso3"])
    full = grid.merge(votes, on=["rollcall_id", "iso3"], how="outer", indicator=True)
    require(
        (full["_merge"] != "right_only").all(), "a vote outside its state's membership interval"
    )
    full["vote"] = full["vote"].fillna("X")
    full = full.drop(columns="_merge")

    order = meta.sort_values(["date", "rollcall_id"]).reset_index(drop=True)
    rank = pd.Series(range(len(order)), index=order["rollcall_id"])
    full = (
        full.assign(_r=full["rollcall_id"].map(rank))
        .sort_values(["_r", "iso3"])
        .drop(columns="_r")
        .reset_index(drop=True)
    )
    return {"rollcalls": order, "votes": full, "members": members, "voeten_names": voeten_names}


def bundle(sources: Path) -> dict:
    """:func:`assemble` for a sources folder, however it is written (one cache entry per folder)."""
    return assemble(str(Path(sources).resolve()))
