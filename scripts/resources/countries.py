"""Resource ``countries``: the 193 UN member states plus three former members, keyed by ISO3.

Rows
    The 193 UN member states (the Factbook rows with ``un_membership_per_factbook == yes``,
    checked against the ISO3 codes that vote in the UN General Assembly records since 2006) and
    the three former members that appear in the vote records from 1991: CSK (Czechoslovakia),
    YUG (Yugoslavia) and SCG (Serbia and Montenegro), with ``un_member`` false. For those three
    only ``iso3``, ``name`` and ``short_name`` and the booleans ``un_member`` and ``lac`` are
    filled: none of the code lists or legal sources has them.

Vote records
    The GA vote records are read from the publishers' raw files (Voeten ``.rda``, UN DGACM JSON)
    through ``_unga.assemble``, the same code and cache as the ``unga_*`` resources; only the
    Y/N/A rows count (not the X rows that the build derives). A former member's name is its ISO
    3166-3 name (pycountry ``historic_countries``) up to the first comma, checked against the
    name Voeten gives it: the same for CSK and YUG; for SCG Voeten keeps the seat's label
    "Yugoslavia" in every year (SCG is the date recode of ``_unga.SERBIA_CHAIN``).

Legal-system coding rule (``legal_system``, from the CIA World Factbook text of 2026-01-22)
    1. Read only the main clause: the text up to its first semicolon (later clauses are about
       judicial review, personal-status law, reforms, or the pre-2021 Afghan system).
    2. Drop any "with ... influence(s)" phrase from it: an influence is not a component.
    3. If what is left contains "mixed" -> ``mixed``.
    4. Otherwise look for "civil" (civil law, civil code, civil legal system) and "common law"
       (also "common-law"): both -> ``mixed``; only civil -> ``civil``; only common law ->
       ``common``; neither (Islamic, customary, religious, "in flux") -> ``other``.
    5. Empty Factbook text (South Sudan only) -> JuriGlobe's class, mapped as below.

``legal_sources_agree`` compares that code with the JuriGlobe 2018 class mapped to the same four
codes: civil -> civil, common -> common, mixed -> mixed, islamic/customary/transitional -> other.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pycountry
from babel import Locale
from babel.core import get_global

from resources import _unga
from resources._table import columns, field, require, resource
from rulac.countries import LAC_SUBREGIONS

M49_FILE = "economy/un_m49_unsd_en_2024-09.csv"
DATAHUB_FILE = "economy/datahub_country-codes.csv"
FACTBOOK_FILE = "legal/factbook_legal_system_2026-01-22.csv"
JURIGLOBE_FILE = "legal/juriglobe_2018_coded_iso3_bipa2024.csv"
LAC33_FILE = "unga_votes/lac33_members.csv"

FORMER_MEMBERS = {"CSK", "YUG", "SCG"}
# Former members whose Voeten name is the seat's label, not the state's (the date recode).
VOETEN_SEAT_LABEL = {"SCG": "Yugoslavia"}
LAC_SUBREGION_CODE = "419"
UN_MEMBERS_SINCE = (
    "2006-07-01"  # after the SCG -> SRB recode of 28 Jun 2006 (unga_votes PROVENANCE)
)

REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"]
SUB_REGIONS = [
    "Australia and New Zealand",
    "Central Asia",
    "Eastern Asia",
    "Eastern Europe",
    "Latin America and the Caribbean",
    "Melanesia",
    "Micronesia",
    "Northern Africa",
    "Northern America",
    "Northern Europe",
    "Polynesia",
    "South-eastern Asia",
    "Southern Asia",
    "Southern Europe",
    "Sub-Saharan Africa",
    "Western Asia",
    "Western Europe",
]
LEGAL_CODES = ["civil", "common", "mixed", "other"]
JURIGLOBE_CLASSES = ["civil", "common", "mixed", "islamic", "customary", "transitional"]
JURIGLOBE_TO_CODE = {
    "civil": "civil",
    "common": "common",
    "mixed": "mixed",
    "islamic": "other",
    "customary": "other",
    "transitional": "other",
}

RAW = [
    {
        "path": M49_FILE,
        "url": "https://unstats.un.org/unsd/methodology/m49/overview/",
        "sha256": "7f065ee4ee9ef7f1819f2e90bd58850eacd47615fc77f62eb71a6e01d0e7100a",
    },
    {
        "path": DATAHUB_FILE,
        "url": "https://datahub.io/core/country-codes",
        "sha256": "67b009b529330b0a6043551189f43faa785c9c3cc0011ad2bdb4eac876356c43",
    },
    {
        "path": FACTBOOK_FILE,
        "url": "https://www.cia.gov/the-world-factbook/",
        "sha256": "e8fa7a56afe18a0200d495bd26770de9a6243b5b9cf3b37a85d278b4bb43d251",
    },
    {
        "path": JURIGLOBE_FILE,
        "url": "https://github.com/blavatnik-index/bipa2024_sourcedata/blob/"
        "088271d0d6a9c1717d925073166fde8a54f0428b/data_context/juri_2018.csv",
        "sha256": "b65b1207cec6916d0c64f00d157ce4aa90c479ece7247a6b388d68dac37f14ca",
    },
    *_unga.RAW,  # the GA vote records: Voeten .rda and UN DGACM JSON (see _unga.py)
    {
        "path": LAC33_FILE,
        "url": "https://github.com/tomasgonz/worldcountrygroups",
        "sha256": "3e9d90cd034b0b5e434e91aae65f9f722a60b19576a5b2ffbd8c4032445a59e5",
    },
]

EMPTY_FOR_FORMER = " Empty for the former members CSK, YUG and SCG."
RULE = (
    "Coding rule: take the Factbook text up to its first semicolon and drop any 'with ... "
    "influence(s)' phrase; if it then says 'mixed' -> mixed; else if it names both 'civil' and "
    "'common law' (or 'common-law') -> mixed, only 'civil' -> civil, only 'common law' -> common, "
    "neither (Islamic, customary, religious, in flux) -> other. Where the Factbook text is empty "
    "(South Sudan) the code is JuriGlobe's class mapped to these four codes."
)


RESOURCE = resource(
    "countries",
    order=10,
    title="UN member states: codes, M49 regions, main language and legal system",
    description=(
        "One row per state, keyed by ISO3: the 193 UN member states and the three former members "
        "CSK (Czechoslovakia), YUG (Yugoslavia) and SCG (Serbia and Montenegro). Codes, names and "
        "regions from UNSD M49; short names and languages from datahub country-codes; legal "
        "system from the Factbook text and JuriGlobe 2018. lac marks the 33 Latin American and "
        "Caribbean states (M49 sub-region 419, UN members), the same 33 as CELAC/GRULAC."
    ),
    limits=[
        (
            "UN membership as the CIA World Factbook lists it (UN under 'International "
            "organization participation'); the same 193 ISO3 codes vote in the General Assembly "
            "records since 2006."
        ),
        (
            "The three former members appear in the GA vote records from 1991 and are kept so vote "
            "tables can use iso3 as a foreign key: un_member false, only names filled."
        ),
        "Leaves out observers (Holy See, State of Palestine), Kosovo, Taiwan and territories.",
        (
            "main_language is the language GeoNames lists first (most widely spoken), not "
            "necessarily the official one."
        ),
        (
            "legal_system is the course's coding of one Factbook sentence (rule in the field); "
            "where JuriGlobe 2018 classes the state otherwise, legal_sources_agree is false."
        ),
    ],
    sources=[
        {
            "title": "Standard country or area codes for statistical use (M49)",
            "publisher": "United Nations Statistics Division",
            "version": "as downloaded around 2024-09-25 (unedited copy in GitHub "
            "datasets/country-codes, commit 25c1991e72a75b8ce494822b50cc6154bdc61a25)",
            "path": "https://unstats.un.org/unsd/methodology/m49/overview/",
        },
        {
            "title": "country-codes",
            "publisher": "datahub.io (Open Knowledge core datasets)",
            "version": "2026-05-15 (GitHub datasets/country-codes, commit "
            "caa72d1e0e5af8876c170bb36a9e4d64a01bba88)",
            "path": "https://datahub.io/core/country-codes",
        },
        {
            "title": "The World Factbook: Government > Legal system",
            "publisher": "US Central Intelligence Agency",
            "version": "2026-01-22 (factbook/factbook.json, commit "
            "783ed27f7a1116663c10e7b39d162d0c4500505d; last data update before the Factbook "
            "was discontinued in February 2026)",
            "path": "https://www.cia.gov/the-world-factbook/",
        },
        {
            "title": "Index of States and Their Corresponding Legal and Constitutional Systems "
            "(coded to ISO3 by the Blavatnik Index of Public Administration 2024)",
            "publisher": "JuriGlobe - World Legal Systems Research Group, University of Ottawa; "
            "coding by the Blavatnik School of Government, University of Oxford",
            "version": "data as of 2018-01-01; BIPA 2024 file data_context/juri_2018.csv, "
            "commit 088271d0d6a9c1717d925073166fde8a54f0428b",
            "path": "https://juri-globe.ca/en/allcategories-en-gb/3350-category-en-gb/"
            "index-of-states-and-their-corresponding-legal-and-constitutional-systems",
        },
        {
            "title": "United Nations General Assembly Voting Data (names of the three former "
            "members only)",
            "publisher": "Erik Voeten, Anton Strezhnev, Michael Bailey (Harvard Dataverse)",
            "version": "UNVotes2021, as packaged in the R package unvotes (commit "
            "7eb7034314ff79c49c9e0785fcd9d216fa04cf14)",
            "path": "https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379",
        },
    ],
    licenses=[
        {
            "name": "other-at",
            "title": "UNSD terms of use (M49 codes, names and regions)",
            "path": "https://www.un.org/en/about-us/terms-of-use",
        },
        {
            "name": "ODC-PDDL-1.0",
            "title": "Open Data Commons PDDL (datahub country-codes)",
            "path": "https://opendatacommons.org/licenses/pddl/1-0/",
        },
        {"name": "other-pd", "title": "Public domain, US Government work (CIA World Factbook)"},
        {
            "name": "other-nc",
            "title": "JuriGlobe: re-use for educational or non-commercial "
            "purposes permitted (as stated by BIPA 2024)",
        },
        _unga.VOETEN_LICENSE,
    ],
    fields=[
        field(
            "iso3",
            "string",
            "ISO 3166-1 alpha-3 code (M49 'ISO-alpha3 Code'); for the former "
            "members the code used in the UN vote records.",
            required=True,
            unique=True,
            pattern="[A-Z]{3}",
        ),
        field(
            "iso2",
            "string",
            "ISO 3166-1 alpha-2 code (M49 'ISO-alpha2 Code'); Namibia is 'NA'." + EMPTY_FOR_FORMER,
            pattern="[A-Z]{2}",
        ),
        field(
            "m49",
            "string",
            "UN M49 numeric code as a 3-digit string with leading zeros "
            "(M49 'M49 Code')." + EMPTY_FOR_FORMER,
            pattern="[0-9]{3}",
        ),
        field(
            "name",
            "string",
            "Name as UNSD spells it in M49 'Country or Area' (e.g. 'Bolivia "
            "(Plurinational State of)', 'Côte d’Ivoire' with U+2019). For the former "
            "members, the name in the UN vote records (Voeten data).",
            required=True,
        ),
        field(
            "short_name",
            "string",
            "Short display name for charts: datahub country-codes "
            "'CLDR display name' verbatim (e.g. 'Bolivia', 'Venezuela', 'Russia', 'UK', "
            "'US', 'St. Lucia', 'Congo - Kinshasa'). For the former members, the name in "
            "the UN vote records.",
            required=True,
        ),
        field("region", "string", "M49 region ('Region Name')." + EMPTY_FOR_FORMER, enum=REGIONS),
        field(
            "sub_region",
            "string",
            "M49 sub-region ('Sub-region Name'); the Americas south of the "
            "US are 'Latin America and the Caribbean' (419)." + EMPTY_FOR_FORMER,
            enum=SUB_REGIONS,
        ),
        field(
            "un_member",
            "boolean",
            "True for the 193 UN member states (CIA World Factbook lists "
            "'UN' under International organization participation), False for the former "
            "members CSK, YUG, SCG.",
            required=True,
        ),
        field(
            "lac",
            "boolean",
            "True for the 33 Latin American and Caribbean states: M49 sub-region "
            "419 and UN member (checked against the CELAC/GRULAC list of 33).",
            required=True,
        ),
        field(
            "lac_subregion",
            "string",
            "For the 33 LAC states, the M49 intermediate region "
            "('Intermediate Region Name'); empty for all other rows.",
            enum=sorted(LAC_SUBREGIONS),
        ),
        field(
            "main_language",
            "string",
            "Main language: the first code in datahub country-codes "
            "'Languages' (a GeoNames list of CLDR/ISO 639 codes, most widely spoken "
            "first; not necessarily the official one), region subtag dropped, CLDR "
            "aliases resolved (cmn -> zh), named by its CLDR English name via Babel "
            "(e.g. 'es' -> 'Spanish', 'ht' -> 'Haitian Creole')." + EMPTY_FOR_FORMER,
        ),
        field(
            "legal_system",
            "string",
            "Legal system coded from the CIA World Factbook text "
            "(legal_system_factbook). " + RULE + EMPTY_FOR_FORMER,
            enum=LEGAL_CODES,
        ),
        field(
            "legal_system_factbook",
            "string",
            "CIA World Factbook (2026-01-22) 'Legal system' "
            "text, verbatim (HTML stripped by the mirror; the separate 'note' sub-field "
            "is not included). Empty for South Sudan, which has no such field." + EMPTY_FOR_FORMER,
        ),
        field(
            "legal_system_juriglobe",
            "string",
            "JuriGlobe legal-system class (data as of "
            "1 January 2018) as coded by BIPA 2024 in juri_2018.csv, as published."
            + EMPTY_FOR_FORMER,
            enum=JURIGLOBE_CLASSES,
        ),
        field(
            "legal_sources_agree",
            "boolean",
            "True if legal_system equals the JuriGlobe class "
            "mapped to the same four codes (civil -> civil, common -> common, mixed -> "
            "mixed, islamic/customary/transitional -> other). True by construction for "
            "South Sudan, whose code is taken from JuriGlobe." + EMPTY_FOR_FORMER,
        ),
    ],
    primary_key=["iso3"],
)

COLUMNS = columns(RESOURCE)


def read_raw(sources: Path, path: str, **kwargs) -> pd.DataFrame:
    """Read a raw CSV as strings, keeping 'NA' (Namibia) and blanks as text."""
    return pd.read_csv(sources / path, dtype=str, keep_default_na=False, **kwargs)


def vote_records(sources: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(date and iso3 of every Y/N/A vote since 1991, Voeten's (iso3, country) names).

    From the raw files via ``_unga.assemble``, cached per sources folder, so a full build parses
    them once for this resource and the three UNGA resources.
    """
    bundle = _unga.bundle(sources)
    votes = bundle["votes"]
    votes = votes.loc[votes["vote"] != "X", ["rollcall_id", "iso3"]]
    dates = bundle["rollcalls"].set_index("rollcall_id")["date"]
    records = pd.DataFrame({"date": votes["rollcall_id"].map(dates), "iso3": votes["iso3"]})
    require(records["date"].notna().all(), "votes without a roll-call date")
    return records, bundle["voeten_names"]


def un_members(factbook: pd.DataFrame, votes: pd.DataFrame) -> list[str]:
    """ISO3 codes of the 193 UN members, cross-checked against the recent GA vote records."""
    members = sorted(factbook.loc[factbook["un_membership_per_factbook"] == "yes", "iso3"])
    require(
        len(members) == 193 and len(set(members)) == 193,
        f"Factbook lists {len(members)} UN members, expected 193",
    )
    voting = set(votes.loc[votes["date"] >= UN_MEMBERS_SINCE, "iso3"])
    require(voting == set(members), f"Factbook vs vote records: {sorted(voting ^ set(members))}")
    return members


def former_name(iso3: str, voeten_names: set[str]) -> str:
    """ISO 3166-3 name up to the first comma, checked against Voeten's name(s) for the code."""
    historic = pycountry.historic_countries.get(alpha_3=iso3)
    require(historic is not None, f"{iso3} is not an ISO 3166-3 former country code")
    name = historic.name.split(",")[0].strip()
    expected = {VOETEN_SEAT_LABEL.get(iso3, name)}
    require(
        voeten_names == expected,
        f"{iso3}: Voeten names {sorted(voeten_names)}, expected {sorted(expected)}",
    )
    return name


def former_members(votes: pd.DataFrame, names: pd.DataFrame, members: list[str]) -> pd.DataFrame:
    """iso3 and name of the states in the vote records that are not UN members today."""
    former = sorted(set(votes["iso3"]) - set(members))
    require(set(former) == FORMER_MEMBERS, f"unexpected non-members in the vote records: {former}")
    named = names.groupby("iso3")["country"].agg(set)
    return pd.DataFrame(
        {"iso3": former, "name": [former_name(code, named.get(code, set())) for code in former]}
    )


def m49_rows(m49: pd.DataFrame, members: list[str]) -> pd.DataFrame:
    """Codes, UNSD name and M49 regions of the members."""
    table = m49.rename(
        columns={
            "ISO-alpha3 Code": "iso3",
            "ISO-alpha2 Code": "iso2",
            "M49 Code": "m49",
            "Country or Area": "name",
            "Region Name": "region",
            "Sub-region Name": "sub_region",
            "Sub-region Code": "sub_region_code",
            "Intermediate Region Name": "intermediate",
        }
    ).set_index("iso3")
    missing = sorted(set(members) - set(table.index))
    require(not missing, f"UN members missing from M49: {missing}")
    return table.loc[
        members, ["iso2", "m49", "name", "region", "sub_region", "sub_region_code", "intermediate"]
    ]


def language_name(codes: str) -> str:
    """English (CLDR) name of the first language code in a datahub 'Languages' cell."""
    base = codes.split(",")[0].split("-")[0].strip()
    base = get_global("language_aliases").get(base, base)
    name = Locale("en").languages.get(base)
    require(bool(name), f"no CLDR English name for language code {base!r}")
    return name


def datahub_rows(datahub: pd.DataFrame, m49: pd.DataFrame) -> pd.DataFrame:
    """Short name and main language, after checking datahub's codes against M49."""
    table = datahub.set_index("ISO3166-1-Alpha-3").loc[m49.index]
    require((table["ISO3166-1-Alpha-2"] == m49["iso2"]).all(), "datahub and M49 ISO2 differ")
    require((table["M49"].str.zfill(3) == m49["m49"]).all(), "datahub and M49 numeric codes differ")
    require((table["CLDR display name"] != "").all(), "blank CLDR display name")
    return pd.DataFrame(
        {
            "short_name": table["CLDR display name"],
            "main_language": table["Languages"].map(language_name),
        }
    )


def code_factbook_text(text: str) -> str:
    """Code one Factbook legal-system text as civil/common/mixed/other ('' if text empty)."""
    if not text.strip():
        return ""
    main = text.split(";")[0]
    main = re.sub(r"\bwith\b[^;]*?\binfluences?\b", "", main, flags=re.IGNORECASE)
    if re.search(r"\bmixed\b", main, re.IGNORECASE):
        return "mixed"
    civil = re.search(r"\bcivil\b", main, re.IGNORECASE) is not None
    common = re.search(r"\bcommon[- ]law\b", main, re.IGNORECASE) is not None
    return {
        (True, True): "mixed",
        (True, False): "civil",
        (False, True): "common",
        (False, False): "other",
    }[(civil, common)]


def legal_rows(factbook: pd.DataFrame, juriglobe: pd.DataFrame, members: list[str]) -> pd.DataFrame:
    """Factbook text, JuriGlobe class, the coded legal system and whether the two agree."""
    text = factbook.set_index("iso3").loc[members, "legal_system_text"]
    classes = juriglobe.set_index("cc_iso3c")["legal_system"]
    missing = sorted(set(members) - set(classes.index))
    require(not missing, f"UN members missing from JuriGlobe: {missing}")
    classes = classes.loc[members]
    require(classes.isin(JURIGLOBE_CLASSES).all(), f"JuriGlobe classes {set(classes)}")
    mapped = classes.map(JURIGLOBE_TO_CODE)
    code = text.map(code_factbook_text)
    code = code.where(code != "", mapped)
    return pd.DataFrame(
        {
            "legal_system": code,
            "legal_system_factbook": text,
            "legal_system_juriglobe": classes,
            "legal_sources_agree": code == mapped,
        }
    )


def lac_flags(m49: pd.DataFrame, lac33: pd.DataFrame) -> pd.DataFrame:
    """lac and lac_subregion, checked against the list of 33 CELAC/GRULAC states."""
    lac = m49["sub_region_code"] == LAC_SUBREGION_CODE
    require(
        set(m49.index[lac]) == set(lac33["ms_code"]) and lac.sum() == 33,
        f"M49 419 vs lac33_members.csv: {sorted(set(m49.index[lac]) ^ set(lac33['ms_code']))}",
    )
    subregion = m49["intermediate"].where(lac, "")
    require(subregion[lac].isin(LAC_SUBREGIONS).all(), "LAC state without intermediate region")
    return pd.DataFrame({"lac": lac, "lac_subregion": subregion})


def build(sources: Path) -> pd.DataFrame:
    """The countries table: 196 rows sorted by iso3, columns in schema order."""
    m49 = read_raw(sources, M49_FILE, encoding="utf-8-sig")
    datahub = read_raw(sources, DATAHUB_FILE)
    factbook = read_raw(sources, FACTBOOK_FILE)
    juriglobe = read_raw(sources, JURIGLOBE_FILE, encoding="utf-8-sig")
    votes, voeten_names = vote_records(sources)
    lac33 = read_raw(sources, LAC33_FILE)

    members = un_members(factbook, votes)
    codes = m49_rows(m49, members)
    table = (
        pd.concat(
            [
                codes.drop(columns=["sub_region_code", "intermediate"]),
                datahub_rows(datahub, codes),
                lac_flags(codes, lac33),
                legal_rows(factbook, juriglobe, members),
            ],
            axis=1,
        )
        .rename_axis("iso3")
        .reset_index()
    )
    table["un_member"] = True

    former = former_members(votes, voeten_names, members).assign(
        short_name=lambda f: f["name"], un_member=False, lac=False
    )
    table = pd.concat([table, former], ignore_index=True)
    for column in ["un_member", "lac"]:
        table[column] = table[column].astype(bool)
    table["legal_sources_agree"] = table["legal_sources_agree"].astype("boolean")
    text_columns = [c for c in COLUMNS if c not in ("un_member", "lac", "legal_sources_agree")]
    table[text_columns] = table[text_columns].fillna("")

    return table[COLUMNS].sort_values("iso3", kind="stable").reset_index(drop=True)
