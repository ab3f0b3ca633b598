"""Resource ``brics_facts``: BRICS membership events, state by state, each with its source.

Curated by hand from ``brics/brics_facts.md`` (a data scout's compilation of stored press and
official pages, with every URL as stored). That file gives dates as free text ("Sept 2006",
"22–24 Oct 2024", "letters dated 22 Dec 2023; made public 29 Dec 2023"); each row here gives one
ISO date with its precision and keeps the free text beside it in ``date_as_published``.

Rules of the curation
    * One row per state, event and source. A row restates one fact of brics_facts.md and cites
      exactly one of the sources it gives for that fact; the build checks that every URL is in
      the raw file, so no source can be invented here.
    * A contested point (Saudi Arabia's membership, the founding year, South Africa's year,
      Venezuela's "veto", Honduras's application, Kazakhstan's partnership) is kept as contested:
      ``contested`` is true and each side has a row with its own source.
    * A fact whose source has no URL in the stored material (the Honduran foreign minister's
      statement of 25 August 2023) gets no row; ``contested_note`` mentions it.
    * A month-precision date is the first of the month (``date_precision`` = month).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from resources._table import columns, field, foreign_key, require, resource

RAW_FILE = "brics/brics_facts.md"
RAW = [
    {
        "path": RAW_FILE,
        "url": "no single download: the course's compilation of stored public web pages (each "
        "row's source_url is the page it restates)",
        "sha256": "ade4dc59682ba71be857122d0fd9f8c00ad79d136bb641dbd15e0725e5c97d2c",
    }
]

STATUSES = [
    "founding member",
    "member",
    "invited",
    "undecided",
    "declined",
    "applied",
    "expressed interest",
    "asked for partner status",
    "invited as partner",
    "partner",
    "blocked",
    "not applying",
    "New Development Bank applicant",
    "New Development Bank member",
]
STATUS_MEANING = {
    "founding member": "one of the original BRIC states",
    "member": "full member",
    "invited": "invited to become a full member",
    "undecided": "invited; its own government says it is still assessing",
    "declined": "invited, and declined",
    "applied": "applied or formally asked for full membership",
    "expressed interest": "its leaders said it wanted to join; no formal application found",
    "asked for partner status": "asked to become a 'BRICS partner country' (a category of 2024)",
    "invited as partner": "reported as invited to be a partner; no acceptance found",
    "partner": "'BRICS partner country', a category created at the Kazan summit (2024)",
    "blocked": "its entry was stopped by a member withholding consent",
    "not applying": "its government said it was not applying",
    "New Development Bank applicant": "applied to the BRICS New Development Bank, not the bloc",
    "New Development Bank member": "admitted to the BRICS New Development Bank, not the bloc",
}

# Sources, by a short key: (publisher, title as stored or [description], date, URL as stored).
S = {
    "bricsforum": ("BRICS Forum (India)", "About BRICS", "",
                   "http://www.bricsforum.in/brics/about-brics/"),
    "kremlin2009": ("Kremlin", ("[Medvedev statement after the first full-format summit of the "
                    "BRIC Group]"), "2009-06-16",
                    "http://en.special.kremlin.ru/events/president/transcripts/4475"),
    "chinadaily": ("China Daily/Xinhua", "South Africa joins BRIC as full member", "2010-12-24",
                   "http://europe.chinadaily.com.cn/world/2010-12/24/content_11749036.htm"),
    "mg": ("Mail & Guardian", "South Africa invited to join Bric group", "2010-12-24",
           "http://mg.co.za/print/2010-12-24-south-africa-invited-to-join-bric-group"),
    "sputnik2022": ("Sputnik", "Argentina's President Requests BRICS Membership for His Country",
                    "2022-06-24", ("https://sputniknews.com/20220624/argentinas-president-requests-"
                    "brics-membership-for-his-country-1096632092.html")),
    "mercopress": ("MercoPress", "Argentina formalizes its BRICS membership application",
                   "2022-09-12", ("https://en.mercopress.com/2022/09/12/argentina-formalizes-its-"
                   "brics-membership-application?utm_source=feed&utm_medium=rss&utm_content="
                   "argentina&utm_campaign=rss")),
    "tass2023": ("TASS", "[Johannesburg, Aug 24]", "2023-08-24", "https://tass.com/world/1664765"),
    "bricsbr": ("Brazil's 2025 BRICS presidency", "Frequently Asked Questions about the BRICS",
                "", "https://brics.br/en/about-the-brics/frequently-asked-questions-about-the-brics"),
    "pledge": ("EFE via Pledge Times", ("[Argentina informs BRICS countries that it will not join "
               "the group]"), "2023-12-29", ("https://pledgetimes.com/argentina-informs-brics-"
               "countries-that-it-will-not-join-the-group-these-are-the-reasons/")),
    "sputnik2023": ("Sputnik", ("Argentine President Milei Rejects Invitation to Join BRICS in "
                    "Letters to Putin, Xi - Reports"), "2023-12-29",
                    ("https://sputnikglobe.com/20231229/milei-rejects-invitation-to-joint-brics-in-"
                    "letters-to-leaders-of-russia-china---reports-1115876456.html")),
    "alsiasi": ("Alsiasi", ("Saudi Arabia not yet responded to BRICS invitation, Saudi official "
                "source says"), "", ("https://english.alsiasi.com/saudi-arabia-not-yet-responded-to-"
                "brics-invitation-saudi-official-source-says/")),
    "swissinfo": ("Bloomberg via Swissinfo", ("Saudi Arabia Is Still Assessing BRICS Membership, "
                  "Minister Says"), "", ("https://www.swissinfo.ch/eng/saudi-arabia-is-still-"
                  "assessing-brics-membership%2C-minister-says/88750888")),
    "tvc": ("TVC News", "[Nigeria, 12 others join BRICS as partner countries]", "2024-10-24",
            "https://www.tvcnews.tv/2024/10/nigeria-12-others-join-brics-as-partner-countries/"),
    "independent": ("TASS via The Independent (Uganda)", ("[Uganda, 8 other countries to become "
                    "BRICS partners from today]"), "2025-01-01", ("https://www.independent.co.ug/"
                    "uganda-8-other-countries-to-become-brics-partners-from-today/")),
    "malaymail": ("Bernama-Sputnik via Malay Mail", ("[Kremlin: Malaysia among nine countries to "
                  "officially become BRICS partners from January 1, 2025]"), "2024-12-24",
                  ("https://www.malaymail.com/news/malaysia/2024/12/24/kremlin-malaysia-among-nine-"
                  "countries-to-officially-become-brics-partners-from-january-1-2025/160914")),
    "astana": ("Astana Times", "[Kazakhstan outlines position on joining BRICS]", "2024-10-16",
               "https://astanatimes.com/2024/10/kazakhstan-outlines-position-on-joining-brics/"),
    "babel": ("Babel", "[Belarus became a BRICS partner country]", "2024-11-11",
              "https://babel.ua/en/news/112531-belarus-became-a-brics-partner-country"),
    "dailysabah": ("Daily Sabah", "[Indonesia officially becomes BRICS member: Brazil]",
                   "2025-01-06", ("https://www.dailysabah.com/world/asia-pacific/indonesia-"
                   "officially-becomes-brics-member-brazil")),
    "ilna": ("ILNA", "Nigeria becomes BRICS partner country", "2025-01-18",
             "https://www.ilna.ir/Section-world-8/1585009-nigeria-becomes-brics-partner-country"),
    "selangor": ("Reuters via Media Selangor", "[Vietnam becomes BRICS partner]", "2025-06-14",
                 "https://www.mediaselangor.com/en/2025/06/269836"),
    "tasnim": ("Tasnim", "Vietnam Becomes BRICS Partner Country", "2025-06-14",
               ("https://www.tasnimnews.com/en/news/2025/06/14/3335236/vietnam-becomes-brics-"
               "partner-country")),
    "peoplesdispatch": ("Peoples Dispatch", ("Bolivia and Venezuela express interest in joining "
                        "BRICS"), "2023-08-04", ("https://peoplesdispatch.org/2023/08/04/bolivia-"
                        "and-venezuela-express-interest-in-joining-brics/")),
    "telesur_bol": ("teleSUR", "Bolivia Formalizes Request for BRICS Membership", "2023-08-24",
                    ("https://www.telesurenglish.net/news/Bolivia-Formalizes-Request-for-BRICS-"
                    "Membership-20230824-0014.html")),
    "realnoe": ("Realnoe Vremya", "[list of 23 formal applicants]", "2023-08",
                "https://m.realnoevremya.ru/news/287724-v-meksike-ne-namereny-vstupat-v-briks"),
    "newsaz_cuba": ("News.az", "[Cuba officially applies to join BRICS as partner country]",
                    "2024-10-08", ("https://news.az/news/cuba-officially-applies-to-join-brics-as-"
                    "partner-country")),
    "tass_ven": ("TASS", "[Caracas, Aug 1 2023]", "2023-08-01", "https://tass.com/world/1655067"),
    "hindu": ("The Hindu", "Venezuela recalls ambassador to Brazil over BRICS veto", "2024-10-31",
              ("https://www.thehindu.com/news/international/venezuela-recalls-ambassador-to-brazil-"
              "over-brics-veto/article68817200.ece")),
    "opovo": ("O Povo", "[O que está por trás do veto do Brasil à entrada da Venezuela nos BRICS]",
              "2024-10-30", ("https://www.opovo.com.br/noticias/mundo/2024/10/30/o-que-esta-por-"
              "tras-do-veto-do-brasil-a-entrada-da-venezuela-nos-brics.html")),
    "telesur_nic": ("teleSUR", "[Nicaragua Announces Its Intention to Join the BRICS]",
                    "2023-09-05", ("https://www.telesurenglish.net/news/Nicaragua-Announces-Its-"
                    "Intention-to-Join-the-BRICS-20230905-0006.html")),
    "sputnik_nic": ("Sputnik", "Nicaragua in Negotiations to Join BRICS - Presidential Adviser",
                    "2024-06-07", ("https://sputnikglobe.com/20240607/nicaragua-in-negotiations-to-"
                    "join-brics---presidential-adviser-1118841299.html")),
    "today": ("Reuters via TODAY", ("Honduras requests entry to BRICS-led development bank on "
     "China "
              "trip"), "2023-06-10", ("https://www.todayonline.com/world/honduras-requests-entry-"
              "brics-led-development-bank-china-trip-2190466")),
    "tvbrics": ("TV BRICS", "[Presidente da Colômbia diz que seu país quer se juntar ao BRICS]",
                "2024-04", ("https://tvbrics.com/pt/news/presidente-da-col-mbia-diz-que-seu-pa-s-"
                "quer-se-juntar-ao-brics/")),
    "tass_col": ("TASS", "[Colombia applies to the New Development Bank]", "2025-05-16",
                 "https://tass.com/world/1958931"),
    "uol": ("UOL/AFP", "[Colômbia adere ao banco do Brics em meio a tensões com os EUA]",
            "2025-06-19", ("https://noticias.uol.com.br/ultimas-noticias/afp/2025/06/19/colombia-"
            "adere-ao-banco-do-brics-em-meio-a-tensoes-com-os-eua.htm")),
    "urdupoint": ("Sputnik via UrduPoint", "[Mexico not planning to join BRICS: president]",
                  "2023-08-08", ("https://www.urdupoint.com/en/world/mexico-not-planning-to-join-"
                  "brics-president-1736076.html")),
    "expansion": ("Expansión", "[México se une a BRICS? SRE se posiciona]", "2024-03-05",
                  "https://expansion.mx/mundo/2024/03/05/mexico-se-une-a-brics-sre-se-posiciona"),
    "reuters_ndb": ("Reuters", ("BRICS development bank admits UAE, Bangladesh, Uruguay as new "
                    "members"), "2021-09-02", ("https://www.reuters.com/world/middle-east/brics-"
                    "development-bank-admits-uae-bangladesh-uruguay-new-members-2021-09-02/")),
    "gsl": ("Global South Live", ("[BRICS bank chief advocates for Uruguay's membership during "
            "Montevideo talks]"), "2024-12-28", ("https://globalsouth.live/2024/12/28/brics-bank-"
            "chief-advocates-for-uruguays-membership-during-montevideo-talks")),
}  # fmt: skip

FOUNDERS = ["BRA", "RUS", "IND", "CHN"]
FOUNDING_NOTE = (
    "Founding date contested: Russian and Brazilian official lines count from the first BRIC "
    "foreign ministers' meeting (September 2006); many sources count from the first summit (2009)."
)
SAUDI_NOTE = (
    "Contested: the Russian (2024) and Brazilian (2025) chairs list Saudi Arabia as a member; "
    "Saudi officials say the kingdom is still assessing the invitation."
)

# (iso3 or list, status, date, precision, date as published, event, source key, contested note)
SPEC = [
    (FOUNDERS, "founding member", "2006-09-01", "month", "Sept 2006",
     "First BRIC foreign ministers' meeting, New York (UN General Assembly).", "bricsforum",
     FOUNDING_NOTE),
    (FOUNDERS, "founding member", "2009-06-16", "day", "16 Jun 2009",
     "First BRIC summit, Yekaterinburg.", "kremlin2009", FOUNDING_NOTE),
    ("ZAF", "invited", "2010-12-24", "day", "23–24 Dec 2010",
     "China, as chair, invited South Africa as a full member.", "chinadaily",
     "Year of accession contested: 2010 (invitation) or 2011 (first summit as member)."),
    ("ZAF", "invited", "2010-12-24", "day", "23–24 Dec 2010",
     "China, as chair, invited South Africa as a full member.", "mg",
     "Year of accession contested: 2010 (invitation) or 2011 (first summit as member)."),
    ("ZAF", "member", "2011-04-14", "day", "14 Apr 2011",
     "First summit as a member, Sanya.", "bricsforum",
     "Year of accession contested: 2010 (invitation) or 2011 (first summit as member)."),
    ("ARG", "applied", "2022-06-24", "day", "24 Jun 2022",
     "President Fernández asked for full membership at the XIV summit.", "sputnik2022", ""),
    ("ARG", "applied", "2022-09-01", "month", "Sept 2022",
     "Formal application sent to China, the chair.", "mercopress", ""),
    (["ARG", "EGY", "ETH", "IRN", "SAU", "ARE"], "invited", "2023-08-24", "day",
     "24 Aug 2023 (effective 1 Jan 2024)",
     "XV summit, Johannesburg: invited to become full members from 1 January 2024.", "tass2023",
     ""),
    (["EGY", "ETH", "IRN", "ARE"], "member", "2024-01-01", "day", "1 Jan 2024",
     "Became a full member.", "bricsbr", ""),
    ("SAU", "member", "2024-01-01", "day", "1 Jan 2024 (as listed by the chair)",
     "Listed among the full members by Brazil's 2025 presidency.", "bricsbr", SAUDI_NOTE),
    ("SAU", "undecided", "2024-01-01", "month", "Jan 2024",
     "A Saudi official source said the kingdom had not yet responded.", "alsiasi", SAUDI_NOTE),
    ("SAU", "undecided", "2025-01-01", "month", "Jan 2025 (Davos)",
     "Economy minister: 'we are in the middle of' assessing membership.", "swissinfo",
     SAUDI_NOTE),
    ("ARG", "declined", "2023-12-22", "day", "letters dated 22 Dec 2023; made public 29 Dec 2023",
     ("Milei wrote to Lula, Putin, Xi, Modi and Ramaphosa that full membership 'is not considered "
     "appropriate' at this time."), "pledge", ""),
    ("ARG", "declined", "2023-12-22", "day", "letters dated 22 Dec 2023; made public 29 Dec 2023",
     ("Milei wrote to Lula, Putin, Xi, Modi and Ramaphosa that full membership 'is not considered "
     "appropriate' at this time."), "sputnik2023", ""),
    (["DZA", "TUR"], "invited as partner", "2024-10-24", "day", "Oct 2024 →",
     "Reported among the 13 prospective partners agreed at Kazan; no acceptance found.", "tvc",
     ("No official list was published; the reported list circulated from an aggregator and Russian "
     "television.")),
    (["BLR", "BOL", "CUB", "MYS", "THA", "UGA", "UZB"], "partner", "2025-01-01", "day",
     "1 Jan 2025", "Partner country from 1 January 2025.", "independent", ""),
    ("KAZ", "partner", "2025-01-01", "day", "1 Jan 2025",
     "Listed as a partner from 1 January 2025.", "malaymail",
     ("Kazakhstan's presidential spokesman said in October 2024 that it would refrain from "
     "applying "
     "to BRICS (a partner is not a member).")),
    ("KAZ", "not applying", "2024-10-16", "day", "16 Oct 2024",
     "The presidential spokesman said Kazakhstan would refrain from applying to BRICS.", "astana",
     "Kazakhstan is listed as a partner from 1 January 2025 (a partner is not a member)."),
    ("BLR", "partner", "2024-11-05", "day", "acceptance letter of 5 Nov 2024",
     "Minsk counts its partnership from its acceptance letter.", "babel",
     "Partner from 1 January 2025 by the chair's count; Minsk counts from 5 November 2024."),
    ("IDN", "member", "2025-01-06", "day", "announced 6 Jan 2025",
     "Brazil, as 2025 chair, announced Indonesia's admission as a full member.", "dailysabah", ""),
    ("NGA", "partner", "2025-01-17", "day", "17 Jan 2025",
     "Brazil's foreign ministry announced Nigeria's accession as a partner country.", "ilna", ""),
    ("VNM", "partner", "2025-06-13", "day", "13 Jun 2025 (some outlets give 14 Jun)",
     "Brazil announced Vietnam as the tenth partner.", "selangor",
     "Date: Brazil's announcement was on Friday 13 June 2025; some outlets give 14 June."),
    ("VNM", "partner", "2025-06-14", "day", "14 Jun 2025",
     "Vietnam becomes a BRICS partner country.", "tasnim",
     "Date: Brazil's announcement was on Friday 13 June 2025; some outlets give 14 June."),
    ("BOL", "expressed interest", "2023-06-12", "day", "12 Jun 2023",
     "President Arce officially communicated Bolivia's wish to join (per its foreign minister).",
     "peoplesdispatch", ""),
    ("BOL", "applied", "2023-08-24", "day", "24 Aug 2023",
     "Arce formally presented the request for full membership at Johannesburg.", "telesur_bol",
     ""),
    ("CUB", "applied", "2023-08-01", "month", "2023",
     "Named on the August 2023 list of 23 formal applicants.", "realnoe",
     "Only a list of applicants and a second-hand report attest a 2023 bid."),
    ("CUB", "asked for partner status", "2024-10-07", "day", "7 Oct 2024",
     "Requested partner country status in a letter to Putin.", "newsaz_cuba", ""),
    ("VEN", "applied", "2023-08-01", "day", "1 Aug 2023",
     "Maduro announced a formal application.", "tass_ven", ""),
    ("VEN", "blocked", "2024-10-22", "day", "22–24 Oct 2024 (Kazan summit)",
     ("Brazil blocked Venezuela's inclusion among the partners; Venezuela recalled its ambassador "
     "from Brasília on 30 Oct 2024."), "hindu",
     ("Wording contested: the press and Venezuela call it a 'veto'; Brazilian coverage calls it a "
     "refusal to join the consensus BRICS decisions need, 'not necessarily a veto'.")),
    ("VEN", "blocked", "2024-10-22", "day", "22–24 Oct 2024 (Kazan summit)",
     "Brazil withheld its consent to Venezuela's inclusion among the partners.", "opovo",
     ("Wording contested: the press and Venezuela call it a 'veto'; Brazilian coverage calls it a "
     "refusal to join the consensus BRICS decisions need, 'not necessarily a veto'.")),
    ("NIC", "expressed interest", "2023-09-04", "day", "4 Sept 2023",
     "Ortega: 'we are knocking on the door'.", "telesur_nic", ""),
    ("NIC", "asked for partner status", "2024-06-07", "day", "Jun 2024",
     "A presidential adviser said Nicaragua had asked Russia, as chair, for partner status.",
     "sputnik_nic", ""),
    ("HND", "New Development Bank applicant", "2023-06-10", "day", "9–10 Jun 2023",
     "Honduras formally requested entry to the New Development Bank.", "today",
     ("Contested: Honduras is on the informal August 2023 list of applicants, but its foreign "
     "minister said on 25 Aug 2023 that it had applied only to the bank (a statement whose URL "
     "the stored material does not record).")),
    ("HND", "applied", "2023-08-01", "month", "Aug 2023",
     "Named on the August 2023 list of 23 formal applicants.", "realnoe",
     ("Contested: its foreign minister said on 25 Aug 2023 that Honduras had applied only to the "
     "New Development Bank (a statement whose URL the stored material does not record).")),
    ("COL", "expressed interest", "2024-04-17", "day", "17 Apr 2024",
     ("The Lula–Petro communiqué records Colombia's wish to join 'as a full member as soon as "
     "possible'."), "tvbrics", ""),
    ("COL", "New Development Bank applicant", "2025-05-16", "day", "16 May 2025",
     "Colombia applied to the New Development Bank.", "tass_col", ""),
    ("COL", "New Development Bank member", "2025-06-19", "day", "Jun–Jul 2025",
     "Colombia's accession to the New Development Bank announced.", "uol", ""),
    ("MEX", "not applying", "2023-08-08", "day", "8 Aug 2023",
     "López Obrador: 'We are not going to participate in this bloc'.", "urdupoint", ""),
    ("MEX", "not applying", "2024-03-05", "day", "3–5 Mar 2024",
     ("The foreign ministry denied a claim that Mexico wanted to join: it 'has not requested' "
     "entry."), "expansion", ""),
    ("URY", "New Development Bank member", "2021-09-02", "day", "2 Sept 2021",
     "The New Development Bank admitted Uruguay.", "reuters_ndb",
     "Uruguay's accession still awaited domestic approval in December 2024."),
    ("URY", "not applying", "2024-12-28", "day", "Dec 2024",
     "President-elect Orsi said Uruguay would not pursue BRICS membership.", "gsl", ""),
]  # fmt: skip

RESOURCE = resource(
    "brics_facts",
    order=60,
    title="BRICS membership events by state, 2006-2025, each with its source (curated)",
    description=(
        "One row per state, event and source: each step of a state's way into (or out of) BRICS "
        "and its New Development Bank, with an ISO date, the date as the source gives it, and the "
        "source as published (publisher, title, date, URL). Curated from a compilation of stored "
        "press and official pages (latest item January 2026)."
    ),
    limits=[
        "Not checked against the live web; many sources are state media or wire copies.",
        "Contested points have a row per side with contested = true; read contested_note.",
        "Kazan's list of 13 prospective partners (October 2024) was never published officially.",
        "A title in square brackets describes a page whose headline was not stored.",
        (
            "Status words are the course's (see the status field); a state's later row supersedes "
            "an "
            "earlier one only where the event says so."
        ),
    ],
    sources=[
        {
            "title": "BRICS membership: timeline facts with sources (compiled from stored public "
            "web pages; each row names its own source)",
            "publisher": "course data scout, from the publishers named in source_publisher",
            "version": "stored material up to 13 January 2026",
        }
    ],
    licenses=[
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 (the curated table: facts and citations, "
            "no text of the sources beyond short quotations)",
        }
    ],
    fields=[
        field(
            "iso3", "string", "The state (ISO 3166-1 alpha-3).", required=True, pattern="[A-Z]{3}"
        ),
        field(
            "status",
            "string",
            "The state's status after the event: "
            + "; ".join(f"'{k}' = {v}" for k, v in STATUS_MEANING.items())
            + ".",
            required=True,
            enum=STATUSES,
        ),
        field(
            "date",
            "date",
            "The date of the event (ISO 8601); the first of the month when "
            "only the month is known.",
            required=True,
        ),
        field(
            "date_precision",
            "string",
            "Whether date is exact to the day or only the month.",
            required=True,
            enum=["day", "month"],
        ),
        field(
            "date_as_published",
            "string",
            "The date in the words of the compilation.",
            required=True,
        ),
        field("event", "string", "What happened, in neutral words.", required=True),
        field(
            "contested",
            "boolean",
            "True where sources disagree on this point; each side has its own row.",
            required=True,
        ),
        field("contested_note", "string", "What is contested, and how (empty if nothing)."),
        field(
            "source_publisher",
            "string",
            "Who published the source (outlet or office).",
            required=True,
        ),
        field(
            "source_title",
            "string",
            "The headline as stored, or [a description] where none was stored.",
            required=True,
        ),
        field(
            "source_date",
            "string",
            "The source's date as published (YYYY-MM-DD or "
            "YYYY-MM), empty where the page gives none.",
            pattern=r"\d{4}-\d{2}(-\d{2})?",
        ),
        field(
            "source_url",
            "string",
            "The URL exactly as stored.",
            required=True,
            pattern="https?://.+",
        ),
    ],
    primary_key=["iso3", "status", "date", "source_url"],
    foreign_keys=[foreign_key("iso3", "countries")],
)


def build(sources: Path) -> pd.DataFrame:
    """The rows of SPEC, one per state; every source URL must be in the raw compilation."""
    raw = (sources / RAW_FILE).read_text(encoding="utf-8")
    rows = []
    for codes, status, date, precision, published, event, key, note in SPEC:
        publisher, title, source_date, url = S[key]
        require(url in raw, f"source {key}: {url} is not in {RAW_FILE}")
        require(status in STATUSES, f"{codes}: unknown status {status!r}")
        for iso3 in [codes] if isinstance(codes, str) else codes:
            require(iso3 in raw, f"{iso3} does not appear in {RAW_FILE}")
            rows.append(
                {
                    "iso3": iso3,
                    "status": status,
                    "date": date,
                    "date_precision": precision,
                    "date_as_published": published,
                    "event": event,
                    "contested": bool(note),
                    "contested_note": note,
                    "source_publisher": publisher,
                    "source_title": title,
                    "source_date": source_date,
                    "source_url": url,
                }
            )
    table = pd.DataFrame(rows, columns=columns(RESOURCE))
    return table.sort_values(["date", "iso3", "status", "source_url"], ignore_index=True)
