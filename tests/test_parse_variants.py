"""``parse_article`` on header, dateline, byline and boilerplate styles beyond the five documents.

Each variant is a short page written for these tests with the fields it must
yield; ``body_excludes`` lists text that must not leak into the body.
"""

import datetime as dt

import pytest

from japan_nato_corpus.model import BoilerplateKind, CreditRole, PartialDate
from japan_nato_corpus.parse import parse_article

_BODY = "The ministers agreed to widen cooperation on cyber defence and maritime security."
_MORE = "Officials said the talks would continue at the next summit in the spring."
CEST = dt.timezone(dt.timedelta(hours=2))
UTC = dt.UTC

VARIANTS = {
    "ap-dateline": {
        "text": (
            "Allies meet in Vilnius\nBy Lorne Cook and Jill Lawless\n\n"
            f"VILNIUS, Lithuania (AP) — {_BODY}\n\n{_MORE}\n"
        ),
        "title": "Allies meet in Vilnius",
        "dateline": "VILNIUS",
        "authors": ("Lorne Cook", "Jill Lawless"),
        "publisher": "AP",
    },
    "afp-dateline": {
        "text": f"Tokyo seeks closer ties\n\nTOKYO (AFP) - {_BODY}\n\n{_MORE}\n",
        "dateline": "TOKYO",
        "publisher": "AFP",
        "published": None,
    },
    "reuters-dateline-with-hint": {
        "text": (
            f"Japan and NATO sign pact\n\n"
            f"BRUSSELS (Reuters) - {_BODY}\n\n"
            "(Reporting by Jane Roe in Brussels; Additional reporting by Kiyoshi Takenaka;"
            " Editing by Mark Heinrich)\n"
        ),
        "hints": {"publisher": "The Japan Times"},
        "publisher": "The Japan Times",
        "original_source": "Reuters",
        "credits": [
            ("Jane Roe", CreditRole.REPORTING),
            ("Kiyoshi Takenaka", CreditRole.REPORTING),
            ("Mark Heinrich", CreditRole.EDITING),
        ],
        "body_excludes": ["Reporting by", "Editing by"],
    },
    "published-cest": {
        "text": (
            f"Summit opens in Madrid\nPublished: Monday 5 July 2022 14:30 CEST\nBy Ana García Pérez\n\n"
            f"{_BODY}\n"
        ),
        "published_at": dt.datetime(2022, 7, 5, 14, 30, tzinfo=CEST),
        "offset": 2,
        "authors": ("Ana García Pérez",),
    },
    "updated-gmt-plus": {
        "text": f"Tokyo weighs NATO office\nUpdated July 5, 2022, 3:07 PM GMT+9\n\n{_BODY}\n",
        "published_at": dt.datetime(2022, 7, 5, 6, 7, tzinfo=UTC),
        "offset": 9,
    },
    "iso-timestamp": {
        "text": f"Partners gather\n2022-07-05T14:30:00+02:00\n\n{_BODY}\n",
        "published_at": dt.datetime(2022, 7, 5, 12, 30, tzinfo=UTC),
        "offset": 2,
        "published_span": "2022-07-05T14:30:00+02:00",
    },
    "dotted-date": {
        "text": f"Bündnis und Japan\n05.07.2022\n\n{_BODY}\n",
        "published": PartialDate(year=2022, month=7, day=5),
        "published_at": None,
    },
    "us-eastern": {
        "text": f"Pentagon welcomes Japan accord\nJuly 5, 2022 at 2:30 p.m. ET\n\n{_BODY}\n",
        "published_at": dt.datetime(2022, 7, 5, 18, 30, tzinfo=UTC),
        "offset": -4,
    },
    "press-release-dated-dateline": {
        "text": (
            f"Press Release\n\n"
            f"Joint statement on cooperation\n\n"
            f"Madrid, 5 July 2022 (Ministry of Defence): {_BODY}\n\n"
            f"{_MORE}\n\n"
            f"© 2022 Ministry of Defence. All rights reserved.\n"
        ),
        "title": "Joint statement on cooperation",
        "published": PartialDate(year=2022, month=7, day=5),
        "dateline": "Madrid",
        "publisher": "Ministry of Defence",
        "body_excludes": ["©", "All rights reserved", "Press Release"],
    },
    "published-and-updated": {
        "text": (
            f"Ministers meet\nUpdated: 6 July 2022 09:00 UTC\nPublished: 5 July 2022 18:00 UTC\n\n{_BODY}\n"
        ),
        "published": PartialDate(year=2022, month=7, day=5),
        "published_at": dt.datetime(2022, 7, 5, 18, 0, tzinfo=UTC),
        "body_excludes": ["Updated"],
    },
    "month-only": {
        "text": f"Policy brief: NATO and the Indo-Pacific\nMarch 2019\n\n{_BODY}\n",
        "published": PartialDate(year=2019, month=3),
        "published_at": None,
    },
    "think-tank-endnotes": {
        "text": (
            f"The Alliance and Asia\n\nSenior Fellow Maria Rossi examines the record.\n\n{_BODY} [1]\n\n"
            "Three lessons stand out:\n\n1. Start small\n2. Share data\n3. Meet often\n\n"
            "Notes\n\n1. NATO, Partnership Tools, 2014.\n2. Ibid., p. 4.\n"
        ),
        "authors": ("Maria Rossi",),
        "footnotes": [(1, "NATO, Partnership Tools, 2014."), (2, "Ibid., p. 4.")],
        "body_includes": ["1. Start small", "3. Meet often", f"{_BODY} [1]"],
        "body_excludes": ["Partnership Tools", "Ibid"],
    },
    "blog-share-like": {
        "text": (
            f"Why NATO matters to Japan\n\n"
            f"{_BODY}\n\n"
            f"{_MORE}\n\n"
            f"Share this:\n\n"
            f"Twitter\nFacebook\n\n"
            f"Like this:\n\n"
            f"Loading...\n\n"
            f"Related\n"
        ),
        "published": None,
        "authors": (),
        "body_excludes": ["Share this", "Twitter", "Facebook", "Like this", "Loading", "Related"],
        "boilerplate": {BoilerplateKind.PROMPT, BoilerplateKind.NAVIGATION, BoilerplateKind.LIST},
    },
    "most-read-list": {
        "text": (
            f"Allies trade views\n\n"
            f"{_BODY}\n\n"
            f"Most read\n\n"
            f"1 Storm hits coast\n2 Markets rally again\n3 Election date set\n"
        ),
        "body_excludes": ["Storm hits coast", "Markets rally", "Most read"],
        "boilerplate": {BoilerplateKind.LIST},
    },
    "newsletter-copyright": {
        "text": f"Tokyo and Brussels\n\n{_BODY}\n\nSign up for our newsletter\n\n© 2023 Example Media Ltd\n",
        "publisher": "Example Media Ltd",
        "body_excludes": ["Sign up", "©"],
        "boilerplate": {BoilerplateKind.PROMPT, BoilerplateKind.COPYRIGHT},
    },
    "name-under-title": {
        "text": f"Japan's quiet turn to Europe\nHiroshi Tanaka\nJune 3, 2021\n\n{_BODY}\n",
        "authors": ("Hiroshi Tanaka",),
        "published": PartialDate(year=2021, month=6, day=3),
    },
    "byline-with-date": {
        "text": f"Allies in the Pacific\nBy Sarah O'Neil | March 3, 2021\n\n{_BODY}\n",
        "authors": ("Sarah O'Neil",),
        "published": PartialDate(year=2021, month=3, day=3),
    },
    "site-name-header": {
        "text": f"Defence Daily\nDefence Daily\nNATO opens liaison office\n\n{_BODY}\n",
        "title": "NATO opens liaison office",
        "publisher": "Defence Daily",
    },
    "comments-wordpress": {
        "text": (
            f"Thoughts on the summit\n\n{_BODY}\n\n3 Responses\n\nKen Ito says:\nGreat piece.\n\n"
            "Mary Lee says:\nI disagree with the premise.\n\nComments are closed.\n"
        ),
        "comments": [("Ken Ito", "Great piece."), ("Mary Lee", "I disagree with the premise.")],
        "body_excludes": ["Great piece", "disagree", "Responses"],
    },
    "photo-caption-ap": {
        "text": (
            f"Leaders meet\n\nPrime Minister Kishida arrives at the summit. AP Photo/Evan Vucci\n\n{_BODY}\n"
        ),
        "captions": [("Prime Minister Kishida arrives at the summit.", "AP Photo/Evan Vucci")],
        "body_excludes": ["Vucci"],
    },
    "photo-credit-line": {
        "text": (
            f"Leaders meet\n\nFlags outside the headquarters in Brussels.\nPhoto: Getty Images\n\n{_BODY}\n"
        ),
        "captions": [("Flags outside the headquarters in Brussels.", "Photo: Getty Images")],
    },
    "navigation-and-disclaimer": {
        "text": (
            f"Skip to main content\nHome › World › Asia\nJapan joins exercise\n\n{_BODY}\n\n"
            "Disclaimer: The views expressed are the author's own.\n\nBack to top\n"
        ),
        "title": "Japan joins exercise",
        "body_excludes": ["Skip to", "Home ›", "Disclaimer", "Back to top"],
        "boilerplate": {BoilerplateKind.NAVIGATION, BoilerplateKind.DISCLAIMER},
    },
    "repost-with-source-line": {
        "text": (
            f"Abe writes to NATO\n\n"
            f"By Chen Li\n\n"
            f"{_BODY}\n\n"
            f"This article was originally published by Asia Daily.\n"
        ),
        "original_source": "Asia Daily",
        "authors": ("Chen Li",),
        "body_excludes": ["originally published"],
    },
    "originally-published-in": {
        "text": f"Abe writes to NATO\n\nBy Chen Li\n\n{_BODY}\n\nOriginally published in Asia Daily.\n",
        "original_source": "Asia Daily",
        "authors": ("Chen Li",),
        "body_excludes": ["Originally published"],
    },
    "no-headline-lede-first": {
        "text": f"TOKYO: {_BODY}\n\n{_MORE}\n",
        "title": None,
        "dateline": "TOKYO",
        "paragraphs": 2,
    },
    "section-label-and-masthead": {
        "text": f"Military\nTHE DAILY HERALD\nAllies weigh a Pacific office\nMarch 3, 2021\n\n{_BODY}\n",
        "title": "Allies weigh a Pacific office",
        "published": PartialDate(year=2021, month=3, day=3),
    },
    "press-releases-label": {
        "text": f"Press Releases\n\nMinister meets NATO envoys\n\nDecember 11, 2023\n\n{_BODY}\n",
        "title": "Minister meets NATO envoys",
        "published": PartialDate(year=2023, month=12, day=11),
    },
    "caption-before-date": {
        "text": (
            "\nThe minister arrives for the summit in Madrid on Wednesday.\n17:08 JST, June 30, 2022\n"
            f"MADRID — {_BODY}\n{_MORE}\n"
        ),
        "title": None,
        "published": PartialDate(year=2022, month=6, day=30),
        "dateline": "MADRID",
        "body_excludes": ["arrives for the summit"],
    },
    "copy-date-stamp": {
        "text": f" date 2022-06-15 Allies weigh a Pacific office\n\n{_BODY}\n",
        "title": "Allies weigh a Pacific office",
        "published": PartialDate(year=2022, month=6, day=15),
    },
    "headline-printed-twice": {
        "text": (
            f"Skip to content\n\nAllies weigh a Pacific office\n\nAllies weigh a Pacific office\n\n{_BODY}\n"
        ),
        "title": "Allies weigh a Pacific office",
        "body_excludes": ["Skip to"],
    },
    "agency-dateline-no-year": {
        "text": f"Pact signed\n\nTokyo, June 30 (Jiji Press)--{_BODY}\n",
        "dateline": "Tokyo",
    },
    "dateline-bracketed-country": {
        "text": f"Leaders arrive\n\nThe Hague [Netherlands], June 25: {_BODY}\n",
        "dateline": "The Hague",
    },
    "dateline-two-places": {
        "text": f"Leaders arrive\n\nTOKYO and LONDON -- {_BODY}\n",
        "dateline": "TOKYO and LONDON",
    },
    "dateline-agency-with-more-text": {
        "text": f"Leaders arrive\n\nParis, (APP - Example News / Point - 10th Aug, 2024) {_BODY}\n",
        "dateline": "Paris",
        "publisher": "APP",
    },
    "agency-byline-with-date": {
        "text": f"Quake off the coast\nBy ASSOCIATED PRESS Published: November 21, 2016\nTOKYO — {_BODY}\n",
        "authors": ("ASSOCIATED PRESS",),
        "published": PartialDate(year=2016, month=11, day=21),
        "dateline": "TOKYO",
    },
    "agency-sign-off": {
        "text": f"Stocks close down\n\n{_BODY}\n\n{_MORE} (dpa)\n",
        "authors": ("dpa",),
    },
    "speech-speakers": {
        "text": (
            "Joint press point\n\nwith NATO Secretary General Jane Roe and the Prime Minister of Japan,"
            f" Taro Yamada\n\n• 06 May. 2014 -\n\n{_BODY}\n"
        ),
        "title": "Joint press point",
        "authors": ("Jane Roe", "Taro Yamada"),
        "published": PartialDate(year=2014, month=5, day=6),
    },
    "name-and-affiliation": {
        "text": f"Running the distance\n\n{_BODY}\n\nAmina Osei, story agency\n\n{_MORE}\n",
        "authors": ("Amina Osei",),
        "body_excludes": ["story agency"],
    },
    "teasers-after-body": {
        "text": (
            f"Quake off the coast\n\n{_BODY}\n\n{_MORE}\n\nmore top news\n\nStocks slip as yen firms\n\n"
            "Rain warning for the coast\n\nLeaders meet in Rome\n"
        ),
        "body_excludes": ["more top news", "Stocks slip", "Leaders meet"],
        "paragraphs": 2,
    },
    "footer-source-date": {
        "text": f"Stocks close higher\n\n{_BODY}\n\n{_MORE}\n\n(www.example.cn 2018-07-13)\n",
        "published": PartialDate(year=2018, month=7, day=13),
        "body_excludes": ["example.cn"],
    },
    "reading-time-and-prompts": {
        "text": (
            f"Allies weigh a Pacific office\n3 min read\n\n{_BODY}\n\nAdvertisement\n\n"
            f"Listen to this article\n\n{_MORE}\n\nShare on Facebook\n\n[© 2023 Example Media]\n"
        ),
        "title": "Allies weigh a Pacific office",
        "body_excludes": ["min read", "Advertisement", "Listen to", "Share on", "Example Media"],
        "paragraphs": 2,
    },
    "all-caps-byline": {
        "text": f"Allies weigh a Pacific office\nBy JANE DOE/ Staff Writer\n\n{_BODY}\n",
        "authors": ("JANE DOE",),
    },
    "site-clock-above-headline": {
        "text": f"Tuesday, December 1, 2026\nAllies weigh a Pacific office\nMarch 3, 2021\n\n{_BODY}\n",
        "title": "Allies weigh a Pacific office",
        "published": PartialDate(year=2021, month=3, day=3),
    },
    "bullet-date-and-last-updated": {
        "text": (
            "Joint press point\n\n  • 06 May. 2014 -\n  • |\n"
            f"  • Last updated 13 May. 2014 12:42\n\n{_BODY}\n"
        ),
        "published": PartialDate(year=2014, month=5, day=6),
    },
    "published-in-journal": {
        "text": f"Japan and the Alliance\n\nPublished March 2015 in Survival\n\n{_BODY}\n",
        "published": PartialDate(year=2015, month=3),
    },
    "caption-bar-credit": {
        "text": (
            "Leaders meet\n\nThe minister attends the summit in Madrid on Wednesday. | POOL / VIA KYODO\n\n"
            f"{_BODY}\n"
        ),
        "captions": [("The minister attends the summit in Madrid on Wednesday.", "POOL / VIA KYODO")],
        "body_excludes": ["KYODO"],
    },
    "caption-photographer-credit": {
        "text": f"Leaders meet\n\nThe minister at a news conference on Oct. 1. (Naoko Sato)\n\n{_BODY}\n",
        "captions": [("The minister at a news conference on Oct. 1.", "(Naoko Sato)")],
    },
    "column-label-not-dateline": {
        "text": f"Leaders meet\n\nEXPERT COMMENT — {_BODY}\n",
        "dateline": None,
    },
    "agency-after-dateline-dash": {
        "text": f"Japan protests launch\n\nTOKYO, September 25 – RIA Novosti. {_BODY}\n\n{_MORE}\n",
        "dateline": "TOKYO",
        "authors": ("RIA Novosti",),
    },
    "bracketed-agency-is-no-author": {
        "text": f"Ishiba pledges progress\n\nTOKYO (Kyodo) -- {_BODY}\n\n{_MORE}\n",
        "dateline": "TOKYO",
        "authors": (),
        "publisher": "Kyodo",
    },
    "bare-year-line-is-no-date": {
        "text": f"Allies weigh a Pacific office\nUpdated since 2019\n\n{_BODY}\n",
        "published": None,
    },
    "capitals-name-with-newsroom-role": {
        "text": f"Allies weigh a Pacific office\nJANE DOE, Kyodo News correspondent | Politics\n\n{_BODY}\n",
        "authors": ("JANE DOE",),
        "body_excludes": ["correspondent"],
    },
    "capitals-place-with-country-is-no-author": {
        "text": f"Allies weigh a Pacific office\nNEW YORK, United States\n\n{_BODY}\n",
        "authors": (),
    },
    "date-time-then-byline": {
        "text": f"Allies weigh a Pacific office\nJuly 5, 2022 – 14:30 By Jane Doe, AFP\n\n{_BODY}\n",
        "published": PartialDate(year=2022, month=7, day=5),
        "authors": ("Jane Doe",),
        "body_excludes": ["By Jane Doe"],
    },
    "name-then-published-label": {
        "text": f"Allies weigh a Pacific office\nJane Doe Published July 5, 2022 | 14:30\n\n{_BODY}\n",
        "published": PartialDate(year=2022, month=7, day=5),
        "authors": ("Jane Doe",),
    },
    "no-date-crlf": {
        "text": f"A page with Windows line ends\r\n\r\n{_BODY}\r\n\r\n{_MORE}\r\n",
        "title": "A page with Windows line ends",
        "published": None,
        "paragraphs": 2,
    },
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_variant(name):
    variant = VARIANTS[name]
    article = parse_article(variant["text"], **variant.get("hints", {}))
    _check_header(variant, article)
    _check_parts(variant, article)
    for text in variant.get("body_excludes", ()):
        assert text not in article.body
    for text in variant.get("body_includes", ()):
        assert text in article.body
    assert _BODY in article.body


def _check_header(variant, article):
    for field in ("title", "dateline", "published_span"):
        if field in variant:
            span = getattr(article, field)
            assert variant[field] == (None if span is None else span.text)
    for field in ("published", "published_at", "publisher", "original_source", "authors"):
        if field in variant:
            assert variant[field] == getattr(article, field)
    if "offset" in variant:
        assert dt.timedelta(hours=variant["offset"]) == article.published_at.utcoffset()


def _check_parts(variant, article):
    if "credits" in variant:
        assert variant["credits"] == [(c.name.text, c.role) for c in article.credits]
    if "footnotes" in variant:
        assert variant["footnotes"] == [(n.number, n.body.text) for n in article.footnotes]
    if "comments" in variant:
        assert variant["comments"] == [(c.author.text, c.body.text) for c in article.comments]
    if "captions" in variant:
        assert variant["captions"] == [(c.body.text, c.credit.text) for c in article.captions]
    if "paragraphs" in variant:
        assert variant["paragraphs"] == len(article.paragraphs)
    if "boilerplate" in variant:
        assert variant["boilerplate"] <= {piece.kind for piece in article.boilerplate}


class TestVariantCount:
    """The variants cover at least twenty styles."""

    def test_enough_variants(self):
        assert len(VARIANTS) >= 20
