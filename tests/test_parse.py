"""Tests for ``parse_article`` on the five bundled documents, bad input and arbitrary text."""

import datetime as dt
import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import converter, load
from japan_nato_corpus.errors import CorpusError, ParseError
from japan_nato_corpus.model import Article, BoilerplateKind, CreditRole, PartialDate, Span
from japan_nato_corpus.parse import MAX_CHARS, parse_article

DATA = Path(__file__).resolve().parent.parent / "src" / "japan_nato_corpus" / "data"


@cache
def _parsed(id: str) -> Article:
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    doc = next(d for d in manifest["documents"] if d["id"] == id)
    text = (DATA / "documents" / f"{id}.txt").read_text(encoding="utf-8")
    return parse_article(
        text, id=id, publisher=doc.get("publisher"), original_source=doc.get("original_source")
    )


def _offset(article: Article) -> dt.timedelta | None:
    return None if article.published_at is None else article.published_at.utcoffset()


def _furniture(article: Article, kind: BoilerplateKind) -> list[str]:
    return [piece.span.text for piece in article.boilerplate if piece.kind is kind]


class TestReuters:
    """The Reuters wire story: header date with zone, captions, tag line and reader comments."""

    @property
    def article(self):
        return _parsed("reuters-2014-05-06-japan-nato-partnership")

    def test_header(self):
        a = self.article
        assert "Japan, worried about China, strengthens ties with NATO" == a.headline
        assert PartialDate(year=2014, month=5, day=6) == a.published
        assert dt.datetime(2014, 5, 6, 15, 7, tzinfo=dt.timezone(dt.timedelta(hours=-4))) == a.published_at
        assert dt.timedelta(hours=-4) == _offset(a)
        assert "Tue May 6, 2014 3:07pm EDT" == a.published_span.text
        assert "BRUSSELS" == a.dateline.text
        assert "Reuters" == a.publisher
        assert a.original_source is None

    def test_credits(self):
        expected = [("Adrian Croft", CreditRole.REPORTING), ("Ruth Pitchford", CreditRole.EDITING)]
        assert expected == [(c.name.text, c.role) for c in self.article.credits]
        assert ("Adrian Croft",) == self.article.authors

    def test_captions(self):
        captions = self.article.captions
        assert 2 == len(captions)
        assert "REUTERS/Francois Lenoir" == captions[0].credit.text
        assert "Credit: Reuters/Francois Lenoir" == captions[1].credit.text
        assert captions[1].body.text.endswith("Brussels May 6, 2014.")

    def test_comments(self):
        comments = self.article.comments
        assert ["DanaAdude101", "AtlasMirror", "isthnu"] == [c.author.text for c in comments]
        edt = dt.timezone(dt.timedelta(hours=-4))
        assert dt.datetime(2014, 5, 6, 15, 33, tzinfo=edt) == comments[0].posted
        assert dt.datetime(2014, 5, 6, 22, 31, tzinfo=edt) == comments[2].posted
        assert "1. Deny Tokyo Trial" in comments[1].body.text

    def test_body_is_clean(self):
        body = self.article.body
        assert body.startswith("BRUSSELS (Reuters) - Japanese Prime Minister Shinzo Abe")
        assert body.endswith('We share interests in disarmament," he said.')
        for furniture in ("We welcome comments", "Comments (4)", "wrote:", "Report as abuse", "Reporting by"):
            assert furniture not in body
        assert "REUTERS/Francois Lenoir" not in body
        assert "This discussion is now closed" not in body
        assert 18 == len(self.article.paragraphs)
        assert 3 == len(_furniture(self.article, BoilerplateKind.COMMENT_POLICY))


class TestGlobalResearch:
    """The Global Research repost of a Global Times story."""

    @property
    def article(self):
        return _parsed("global-research-2013-01-14-abe-letter-to-nato")

    def test_header(self):
        a = self.article
        assert "Dangerous Crossroads: Japan to Seek NATO Support Against China" == a.headline
        assert PartialDate(year=2013, month=1, day=14) == a.published
        assert a.published_at is None
        assert "Global Research" == a.publisher
        assert "Global Times" == a.original_source

    def test_credits(self):
        expected = [("Stop NATO", CreditRole.REPOST), ("Liu Sha", CreditRole.AUTHOR)]
        assert expected == [(c.name.text, c.role) for c in self.article.credits]
        assert ("Liu Sha",) == self.article.authors

    def test_body_is_clean(self):
        a = self.article
        assert a.body.startswith("Japanese Prime Minister Shinzo Abe will write a letter")
        for furniture in (
            "Region:", "Theme:", "By Liu Sha", "Stop NATO e-mail", "rickrozoff", "original source",
            "Copyright", "Facebook", "Become a Member", "Articles by", "Disclaimer", "fair use",
            "media inquiries", "[Global Times](#)",
        ):  # fmt: skip
            assert furniture not in a.body
        assert ["Region: [Asia](#)", "Theme: [US NATO War Agenda](#)"] == _furniture(
            a, BoilerplateKind.NAVIGATION
        )[:2]
        assert 1 == len(_furniture(a, BoilerplateKind.DISCLAIMER))
        assert 2 == len(_furniture(a, BoilerplateKind.COPYRIGHT))
        assert 16 == len(a.paragraphs)


class TestJapanNews:
    """The Japan News story: time before date in JST, dash dateline, two lists of other articles."""

    @property
    def article(self):
        return _parsed("japan-news-2023-04-06-hayashi-nato-cooperation")

    def test_header(self):
        a = self.article
        assert "China Concerns Stoke Expectations for Greater Japan-NATO Cooperation" == a.headline
        assert dt.datetime(2023, 4, 6, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=9))) == a.published_at
        assert dt.timedelta(hours=9) == _offset(a)
        assert "20:00 JST, April 6, 2023" == a.published_span.text
        assert "BRUSSELS" == a.dateline.text
        assert () == a.credits
        assert "The Japan News" == a.publisher

    def test_body_is_clean(self):
        a = self.article
        assert 10 == len(a.paragraphs)
        assert a.body.endswith("should a contingency involving Taiwan occur.")
        for furniture in ("POPULAR ARTICLE", "ACCESS RANKING", "Ishiba", "Snoopy", "\n-"):
            assert furniture not in a.body
        lists = _furniture(a, BoilerplateKind.LIST)
        assert '"Politics" POPULAR ARTICLE' == lists[0]
        assert 17 == len(lists)


class TestBlog:
    """The undated, unsigned blog post."""

    @property
    def article(self):
        return _parsed("blog-undated-abe-2007-nato-visit")

    def test_header(self):
        a = self.article
        assert "Japanese Prime Minister made a historical visit to NATO" == a.headline
        assert a.published is None
        assert a.published_at is None
        assert a.published_span is None
        assert () == a.credits
        assert a.publisher is None

    def test_body_is_clean(self):
        a = self.article
        assert 10 == len(a.paragraphs)
        assert "Japan and NATO" == a.paragraphs[0].text
        kinds = [(b.kind, b.span.text) for b in a.boilerplate]
        expected = [
            (BoilerplateKind.LIST, "Related Articles"),
            (BoilerplateKind.PROMPT, "Leave a Reply"),
            (BoilerplateKind.NAVIGATION, "Back to top button"),
        ]
        assert expected == kinds


class TestTokyoFoundation:
    """The Tokyo Foundation paper: site name, standfirst author, 33 endnotes, numbered body lists."""

    @property
    def article(self):
        return _parsed("tokyo-foundation-2015-01-28-nato-asia-partnership")

    def test_header(self):
        a = self.article
        assert (
            "A NATO-Asia Partnership Would Ease Japan’s Regional Security Cooperation Dilemma" == a.headline
        )
        assert PartialDate(year=2015, month=1, day=28) == a.published
        assert a.published_at is None
        assert "The Tokyo Foundation for Policy Research" == a.publisher
        assert ("Tsuneo Watanabe",) == a.authors
        assert 2 == len(_furniture(a, BoilerplateKind.SITE_NAME))

    def test_footnotes(self):
        notes = self.article.footnotes
        assert list(range(1, 34)) == [note.number for note in notes]
        assert (
            "The conversation with the former NATO official was held in September 2014." == notes[0].body.text
        )
        assert notes[24].body.text.endswith("(accessed 14 Oct 2014).")
        assert "\n" in notes[24].body.text

    def test_numbered_lists_stay_in_body(self):
        texts = [p.text for p in self.article.paragraphs]
        assert "1. Why Does Japan Seek Legitimacy from NATO?" in texts
        assert "7. Defense science and technology" in texts
        assert "13. United Nations Reform" in texts
        assert "11.Transnational threats" in texts
        assert " [1]" in self.article.body

    def test_body_is_clean(self):
        body = self.article.body
        for furniture in (
            "Featured Content",
            "Click on the link below",
            "•",
            "\n[33]",
            "The conversation with",
        ):
            assert furniture not in body
        assert "Paper originally prepared" in body
        assert not any(p.text.startswith("[") for p in self.article.paragraphs)


class TestSnapshot:
    """The bundled ``articles.json`` is exactly what the parser makes of the raw documents."""

    def test_bundled_articles_equal_parsing(self):
        corpus = load()
        for doc in corpus.manifest.documents:
            text = corpus.articles[doc.id].text
            parsed = parse_article(
                text, id=doc.id, publisher=doc.publisher, original_source=doc.original_source
            )
            assert converter.unstructure(parsed) == converter.unstructure(corpus.articles[doc.id])
            assert parsed == corpus.articles[doc.id]


class TestBadInput:
    """Input the parser cannot read raises ParseError with a line and column."""

    @pytest.mark.parametrize("text", ["", "   \n\t\n"])
    def test_empty(self, text):
        with pytest.raises(ParseError, match="empty") as caught:
            parse_article(text)
        assert (1, 1) == (caught.value.line, caught.value.column)

    def test_nul_byte(self):
        with pytest.raises(ParseError, match="NUL") as caught:
            parse_article("Title\nbody \x00 text")
        assert (2, 6) == (caught.value.line, caught.value.column)

    def test_control_characters(self):
        with pytest.raises(ParseError, match="control characters"):
            parse_article("\x01\x02\x03\x04 ab \x05\x06")

    def test_oversized(self):
        with pytest.raises(ParseError, match="max_chars=10"):
            parse_article("Title\n" + "x" * 20, max_chars=10)
        assert 16_000_000 == MAX_CHARS
        assert "Title" == parse_article("Title\nbody", max_chars=10).headline

    def test_unknown_zone(self):
        with pytest.raises(ParseError, match="unknown time zone abbreviation 'XYZT'") as caught:
            parse_article("Title\nMay 6, 2014 3:07pm XYZT\nBody text.")
        assert 2 == caught.value.line

    def test_nothing_but_furniture(self):
        with pytest.raises(ParseError, match="neither a title nor body"):
            parse_article("***\n---\n")

    def test_is_a_corpus_error(self):
        with pytest.raises(CorpusError):
            parse_article("")


_FRAGMENTS = st.sampled_from(
    [
        "BRUSSELS (Reuters) - ", "TOKYO — ", "By Jane Doe", "(Reporting by A B; Editing by C D)",
        "Published: Monday 5 July 2022 14:30 CEST", "20:00 JST, April 6, 2023", "[1] ", "1. ", "•  ",
        "Comments (3)", "Jane wrote:", "May 06, 2014 3:33pm EDT -- Report as abuse", "Related Articles",
        "© 2023 Example", "[Global Times](#)", "The original source of this article is X", "Credit: AP",
        "REUTERS/Jo Lo", "Back to top", "Notes", "\n", "\n\n", " ", "\xa0", "\r\n", "Abe said.", "NATO",
        "2022-07-05T14:30:00+02:00", "05.07.2022", "12:99 pm", "Feb 30, 2020", "((([[[", "9999999",
    ]
)  # fmt: skip


def _check_spans(article: Article, text: str) -> None:
    spans: list[Span] = [s for s in (article.title, article.dateline, article.published_span) if s]
    spans += list(article.paragraphs) + [c.name for c in article.credits]
    spans += [f.body for f in article.footnotes] + [b.span for b in article.boilerplate]
    for caption in article.captions:
        spans += [s for s in (caption.body, caption.credit) if s]
    for comment in article.comments:
        spans += [s for s in (comment.body, comment.author) if s]
    for span in spans:
        assert text[span.start : span.end] == span.text


class TestArbitraryText:
    """Any text parses to an Article whose spans slice the input, or raises ParseError."""

    @given(st.text())
    def test_any_text(self, text):
        try:
            article = parse_article(text)
        except ParseError:
            return
        _check_spans(article, text)

    @given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=8)), max_size=30).map("".join))
    def test_news_like_text(self, text):
        try:
            article = parse_article(text)
        except ParseError:
            return
        _check_spans(article, text)
        assert article.text == text


_LINE_BREAKS = ("\r\n", "\r", "\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


class TestEveryLineBreak:
    """Every Unicode line break ends a line, and spans still slice the raw text."""

    @given(
        st.lists(st.one_of(_FRAGMENTS, st.text(max_size=8)), max_size=30),
        st.permutations(_LINE_BREAKS),
        st.randoms(use_true_random=False),
    )
    def test_text_with_every_break(self, pieces, breaks, random):
        for line_break in breaks:
            pieces.insert(random.randint(0, len(pieces)), line_break)
        text = "".join(pieces)
        try:
            article = parse_article(text)
        except ParseError:
            return
        _check_spans(article, text)
        assert article.text == text
        for span in [article.title, *article.paragraphs]:
            if span is not None:
                assert not set(span.text) & set("".join(_LINE_BREAKS))

    @pytest.mark.parametrize("line_break", _LINE_BREAKS)
    def test_each_break_splits_headline_from_body(self, line_break):
        text = line_break.join(
            ["Japan and NATO sign a pact", "", "TOKYO (Reuters) - Japan signed a pact.", ""]
        )
        article = parse_article(text)
        assert "Japan and NATO sign a pact" == article.headline
        assert ("TOKYO (Reuters) - Japan signed a pact.",) == tuple(p.text for p in article.paragraphs)
        assert "TOKYO" == article.dateline.text


class TestCommentsWithOddDates:
    """A reader comment naming an unknown zone stays a comment; the page still parses."""

    def test_unknown_zone_in_comment(self):
        text = "Title\n\nBody text.\n\nComments (1)\n\nAmy Lo wrote:\nSee May 6, 2014 3:07pm XYZT please\n"
        article = parse_article(text)
        assert [("Amy Lo", "See May 6, 2014 3:07pm XYZT please")] == [
            (c.author.text, c.body.text) for c in article.comments
        ]


_OPENERS = st.sampled_from(
    [
        "By ", "Share ", "Photo: ", "Credit ", "Reuters", "AP", "Comments", "Notes", "Most read",
        "The original source of this article is ", "Copyright ", "© ", "[1] ", "• ", "(Reporting by ",
        "Related ", "Home › ", "ſhare", "KYODO", "Tags: ", "5 min read", "Advertisement", "x",
        "Jane Doe", "The talks went on", "Tokyo Foundation", " | ", "/", ")", ":", "all rights reserved",
        " - Bernama", " — TASS.", "Amy Lo (Example University)",
        "Bernama", "Press Trust of India", "RIA Novosti", "newsletter", "'s online magazine", "The blog",
        "Shopping cart", "Your cart", "Lorem ipsum ", " dolor sit amet", "17:20", "Don't miss", "Must read",
        "Belga", "KUNA", "NHK -- ", " (KUNA)", " — NHK", "Dr. ", "Prof. ", " Staff", " Sign up", " Read more",
    ]
)  # fmt: skip


class TestBodyLineGate:
    """A body line the reader passes by matches none of the line readers' patterns."""

    @given(st.lists(st.one_of(_OPENERS, st.text(max_size=6)), min_size=1, max_size=8).map("".join))
    def test_passed_lines_are_claimed_by_no_reader(self, text):
        from japan_nato_corpus.parse import _boilerplate, _bylines, _header, _reader

        line = text.strip()
        if not line or any(c in line for c in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"):
            return
        marked, furniture, credit, caption, signed = _reader._gates(line)
        if not marked:
            assert _reader._FOOTNOTE.match(line) is None
            assert _reader._BULLET.match(line) is None
        if not furniture:
            assert _boilerplate.boilerplate_kind(line) is None
            assert not _boilerplate.is_list_heading(line)
            assert not _boilerplate.is_comments_heading(line)
            assert _header.original_source(line) is None
            assert _reader._NOTES_HEADING.fullmatch(line) is None
            assert not line.endswith(":")
        if not credit:
            assert _bylines.byline(line, 0) is None
            assert _bylines.tagline(line, 0) is None
            assert not _bylines.is_agency(line)
        if not caption:
            assert _bylines.credit_line(line) is None
            assert _bylines.photo_credit_suffix(line) is None
        if not signed:
            assert _bylines.sign_off(line, 0) is None
            assert _header.footer_date(line, 0, len(line)) is None
        if not _reader._may_be_credit(line):
            assert _bylines.credit_line(line) is None
        if not _reader._may_be_furniture(line):
            assert _boilerplate.boilerplate_kind(line) is None
            assert not _boilerplate.is_comments_heading(line)


class TestBylineForms:
    """Byline and dateline forms met on unseen pages, each written in its general shape."""

    @pytest.mark.parametrize(
        ("byline", "author"),
        [
            ("Amy Lo (Example University)", "Amy Lo"),
            ("AMY LO, Associated Press", "AMY LO"),
            ("Example Daily News", "Example Daily News"),
            ("The Example Shimbun", "The Example Shimbun"),
        ],
    )
    def test_author_line_under_headline(self, byline, author):
        body = "The ministers met on Monday and agreed on a pact."
        text = f"Ministers agree on a new pact\n\n{byline}\n\n{body}\n"
        article = parse_article(text)
        assert (author,) == article.authors
        assert "Ministers agree on a new pact" == article.headline

    @pytest.mark.parametrize("mark", [" - Bernama", " – Anadolu Agency", " — TASS."])
    def test_agency_signs_off_after_a_dash(self, mark):
        text = f"Ministers agree on a new pact\n\nThe ministers met on Monday and agreed on a pact.{mark}\n"
        assert (mark.strip(" -–—.").strip(),) == parse_article(text).authors

    def test_dateline_after_captions(self):
        text = (
            "Ministers agree on a new pact\n\nA minister speaks in Rome, Friday, Dec. 16, 2022.\n\n"
            "The pact was signed.\n\nROME (AP) — The ministers met on Monday and agreed on a pact.\n"
        )
        assert "ROME" == parse_article(text).dateline.text

    def test_dateline_dash_lost_to_a_quote(self):
        text = (
            'Ministers agree on a new pact\n\nROME (AP) " The ministers met on Monday and agreed on a pact.\n'
        )
        assert "ROME" == parse_article(text).dateline.text


class TestHeadlineForms:
    """Headline choice on header shapes met on unseen pages, each in its general form."""

    BODY = "The ministers met in Rome on Monday and agreed on a new pact for the region."

    def test_caption_over_the_headline(self):
        caption = "Amy Lo (center) and Bo Li (right) talk in Rome, Italy, during the meeting, June 2024."
        text = f"{caption}\n\nMinisters agree on a new pact\n\n{self.BODY}\n\n{self.BODY}\n"
        assert "Ministers agree on a new pact" == parse_article(text).headline

    @pytest.mark.parametrize(
        ("first", "second"),
        [("“Rome and Oslo:", "Toward a Closer Pact”"), ("Rome and Oslo:", "Toward a Closer Pact")],
    )
    def test_headline_broken_over_two_lines(self, first, second):
        text = f"{first}\n{second}\n\n{self.BODY}\n"
        assert f"{first}\n{second}" == parse_article(text).headline

    def test_title_label(self):
        text = f"[Title] Ministers agree on a new pact\n1. Introduction: a pact\n{self.BODY}\n"
        assert "Ministers agree on a new pact" == parse_article(text).headline

    def test_counters_and_genre_labels_are_furniture(self):
        top = "810\nViews\n0\nCitations to date\nResearch Article"
        text = f"{top}\n\nMinisters agree on a new pact\n\n{self.BODY}\n"
        assert "Ministers agree on a new pact" == parse_article(text).headline

    def test_menu_and_cut_alt_text_are_furniture(self):
        text = (
            "NewsWorldBusinessSports Opinion\n\nMinisters agree on a new pact\n\n"
            "Rome region, meeting place /\n\n"
            f"AMY LO, Associated Press\n\n{self.BODY}\n"
        )
        article = parse_article(text)
        assert "Ministers agree on a new pact" == article.headline
        assert ("AMY LO",) == article.authors

    def test_outlet_line_stands_under_headline(self):
        text = f"SECTION\n\nMinisters agree on a new pact\n\nExample News\nView Comments\n\n{self.BODY}\n"
        article = parse_article(text)
        assert "Ministers agree on a new pact" == article.headline
        assert ("Example News",) == article.authors

    @pytest.mark.parametrize(
        ("line", "speakers"),
        [
            ("Statement by Prime Minister Amy Lo to the Council", ("Amy Lo",)),
            ("Remarks by Secretary General Bo Li at the press conference", ("Bo Li",)),
            ("Statement by the Ministry", ()),
        ],
    )
    def test_statement_names_its_speaker(self, line, speakers):
        text = f"Ministers agree on a new pact\n\n{line}\n\n{self.BODY}\n"
        assert speakers == parse_article(text).authors
