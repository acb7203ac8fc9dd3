"""Every indexed query agrees with a naive filter over the same records, in the same order."""

import datetime as dt
import re
from collections import Counter
from itertools import combinations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from budget import examples
from japan_nato_corpus import strategies as jst
from japan_nato_corpus.corpus import Actors, Agreements, Articles, Corpus, Events
from japan_nato_corpus.errors import (
    AmbiguousNameError,
    ArgumentError,
    ArgumentTypeError,
    ParseError,
    UnknownIdError,
)
from japan_nato_corpus.model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementKind,
    Alias,
    Article,
    Event,
    EventKind,
    Evidence,
    Manifest,
    Modality,
    PartialDate,
    Participant,
    ParticipantRole,
    Span,
)
from japan_nato_corpus.search import Hit

corpora = jst.corpora(max_articles=3, max_records=8)
# Whole corpora are costly to draw; fewer examples keep the suite within minutes.
# Corpora without actors are drawn away for the name filters; that filtering is expected.
quick = settings(
    max_examples=examples(40), suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow]
)
bounds = st.none() | jst.partial_dates() | jst.partial_dates().map(lambda d: d.iso)
modes = st.sampled_from(["overlap", "within"])


def _first_last(date: PartialDate | str | None, *, last: bool) -> dt.date:
    if date is None:
        return dt.date.max if last else dt.date.min
    if isinstance(date, str):
        date = PartialDate.from_iso(date)
    return date.latest if last else date.earliest


def _meets(first: dt.date, last: dt.date, start: dt.date, end: dt.date, mode: str) -> bool:
    if mode == "within":
        return start <= first and last <= end
    return first <= end and last >= start


def _reversed(start, end) -> bool:
    return _first_last(start, last=False) > _first_last(end, last=True)


ranges = st.tuples(bounds, bounds).filter(lambda pair: not _reversed(*pair))


def _naive_bearers(actors, name: str) -> list[str]:
    """The id ``name`` is, else every actor called ``name``."""
    for actor in actors:
        if actor.id.casefold() == name.casefold():
            return [actor.id]
    bearers = [actor.id for actor in actors if any(n.casefold() == name.casefold() for n in actor.names)]
    assert bearers, name
    return bearers


@st.composite
def _names(draw, corpus: Corpus) -> list[str]:
    """Ids, names and aliases of the corpus's actors, in random case."""
    forms = [form for actor in corpus.actors for form in (actor.id, *actor.names)]
    picked = draw(st.lists(st.sampled_from(forms), min_size=1, max_size=3))
    return [draw(st.sampled_from([name, name.upper(), name.lower()])) for name in picked]


def _safe(name: str, corpus: Corpus) -> bool:
    # upper() can turn a name into another actor's id or name; the naive filter settles that too.
    return any(
        name.casefold() in {form.casefold() for form in (actor.id, *actor.names)} for actor in corpus.actors
    )


@st.composite
def _named(draw) -> tuple[Corpus, list[str], set[str]]:
    """A corpus with actors, some of their ids, names or aliases in random case, and those actors' ids."""
    corpus = draw(corpora.filter(lambda corpus: len(corpus.actors) > 0))
    # An id is always a safe name: drawing one instead of rejecting the example keeps
    # generation from filtering most corpora away.
    names = [name for name in draw(_names(corpus)) if _safe(name, corpus)] or [
        draw(st.sampled_from([actor.id for actor in corpus.actors]))
    ]
    return corpus, names, {id_ for name in names for id_ in _naive_bearers(corpus.actors, name)}


class TestEventsBetween:
    """`Events.between` keeps exactly the events a naive bounds check keeps, in file order."""

    @quick
    @given(corpora, ranges, modes)
    def test_matches_naive_filter(self, corpus, range_, mode):
        start, end = range_
        low, high = _first_last(start, last=False), _first_last(end, last=True)
        expected = [
            e for e in corpus.events if _meets(e.date.earliest, (e.end or e.date).latest, low, high, mode)
        ]
        assert expected == list(corpus.events.between(start, end, mode=mode))

    @quick
    @given(corpora, st.lists(st.dates(), min_size=2, max_size=2).map(sorted))
    def test_accepts_dates_and_datetimes_alike(self, corpus, range_):
        start, end = range_
        as_datetimes = corpus.events.between(
            dt.datetime.combine(start, dt.time(23)), dt.datetime.combine(end, dt.time(1))
        )
        assert corpus.events.between(start, end) == as_datetimes

    @quick
    @given(corpora, jst.partial_dates(), jst.partial_dates(), st.booleans())
    def test_a_reversed_range_raises(self, corpus, one, other, as_iso):
        end, start = sorted((one, other), key=lambda date: date.earliest)
        assume(start.earliest > end.latest)
        if as_iso:
            start, end = start.iso, end.iso
        with pytest.raises(ArgumentError, match="reversed"):
            corpus.events.between(start, end)
        with pytest.raises(ArgumentError, match="reversed"):
            corpus.articles.between(start, end)

    @quick
    @given(corpora, st.integers(1900, 2100), st.integers(0, 3))
    def test_integer_years_are_whole_years(self, corpus, year, span):
        as_strings = corpus.events.between(str(year), str(year + span))
        assert as_strings == corpus.events.between(year, year + span)
        assert corpus.agreements.between(str(year), None) == corpus.agreements.between(year, None)

    def test_rejects_a_bad_bound_and_mode(self, small):
        with pytest.raises(ParseError):
            small.events.between("2013-13", None)
        with pytest.raises(ArgumentError, match="'overlap', 'within'"):
            small.events.between(None, None, mode="inside")  # type: ignore[arg-type]
        with pytest.raises(ArgumentTypeError, match="start must be a year, date"):
            small.events.between([2013], None)  # type: ignore[arg-type]
        with pytest.raises(ArgumentError, match="year from 1 to 9999"):
            small.events.between(None, 10_000)


class TestEventsFilters:
    """Actor, kind, modality and article filters agree with naive filters."""

    @quick
    @given(_named())
    def test_involving(self, named):
        corpus, names, ids = named
        expected = [e for e in corpus.events if ids & {*(p.actor for p in e.participants), e.place}]
        assert expected == list(corpus.events.involving(*names))

    @quick
    @given(corpora, st.lists(st.sampled_from(EventKind), min_size=1, max_size=3))
    def test_of_kind(self, corpus, kinds):
        expected = [e for e in corpus.events if e.kind in kinds]
        assert expected == list(corpus.events.of_kind(*kinds))
        assert expected == list(corpus.events.of_kind(*(kind.value for kind in kinds)))

    @quick
    @given(corpora, st.lists(st.sampled_from(Modality), min_size=1, max_size=2))
    def test_with_modality(self, corpus, modalities):
        expected = [e for e in corpus.events if e.modality in modalities]
        assert expected == list(corpus.events.with_modality(*modalities))

    @quick
    @given(st.data(), corpora)
    def test_in_article(self, data, corpus):
        ids = data.draw(st.lists(st.sampled_from(corpus.articles.ids), min_size=1, max_size=2))
        expected = [e for e in corpus.events if {ev.document for ev in e.evidence} & set(ids)]
        assert expected == list(corpus.events.in_article(*ids))

    @quick
    @given(corpora, ranges, st.lists(st.sampled_from(EventKind), min_size=1, max_size=4))
    def test_chained_filters_compose(self, corpus, range_, kinds):
        start, end = range_
        low, high = _first_last(start, last=False), _first_last(end, last=True)
        expected = [
            e
            for e in corpus.events
            if e.kind in kinds and _meets(e.date.earliest, (e.end or e.date).latest, low, high, "overlap")
        ]
        result = corpus.events.of_kind(*kinds).between(start, end)
        assert isinstance(result, Events)
        assert expected == list(result)

    @quick
    @given(corpora)
    def test_timeline_is_chronological_by_bounds_then_id(self, corpus):
        expected = sorted(corpus.events, key=lambda e: (e.date.earliest, (e.end or e.date).latest, e.id))
        assert expected == list(corpus.timeline())


class TestAgreementsFilters:
    """Party, term and date filters of agreements agree with naive filters."""

    @quick
    @given(_named())
    def test_with_party(self, named):
        corpus, names, ids = named
        expected = [a for a in corpus.agreements if ids & set(a.parties)]
        assert expected == list(corpus.agreements.with_party(*names))

    @quick
    @given(corpora, ranges, modes)
    def test_between(self, corpus, range_, mode):
        start, end = range_
        low, high = _first_last(start, last=False), _first_last(end, last=True)
        expected = [
            a
            for a in corpus.agreements
            if a.date is not None and _meets(a.date.earliest, a.date.latest, low, high, mode)
        ]
        assert expected == list(corpus.agreements.between(start, end, mode=mode))

    def test_covering_matches_whole_words_in_any_case(self, small):
        assert small.agreements.covering("CYBER defence").ids == ("cyber-pact",)
        assert small.agreements.covering("piracy").ids == ("sea-pact",)
        assert small.agreements.covering("cyb").ids == ()


class TestArticlesFilters:
    """Publisher, date and mention filters of articles agree with naive filters."""

    @quick
    @given(st.data(), corpora)
    def test_by_publisher(self, data, corpus):
        publishers = [a.publisher for a in corpus.articles if a.publisher] or ["nobody"]
        name = data.draw(st.sampled_from(publishers)).swapcase()
        expected = [a for a in corpus.articles if a.publisher and a.publisher.casefold() == name.casefold()]
        assert expected == list(corpus.articles.by_publisher(name))

    @quick
    @given(corpora, ranges)
    def test_between(self, corpus, range_):
        start, end = range_
        low, high = _first_last(start, last=False), _first_last(end, last=True)
        expected = [
            a
            for a in corpus.articles
            if a.published is not None
            and _meets(a.published.earliest, a.published.latest, low, high, "overlap")
        ]
        assert expected == list(corpus.articles.between(start, end))

    @quick
    @given(_named())
    def test_mentioning(self, named):
        corpus, names, ids = named
        expected = [
            a for a in corpus.articles if any(m.document == a.id and m.actor in ids for m in corpus.mentions)
        ]
        assert expected == list(corpus.articles.mentioning(*names))


class TestActors:
    """Actor lookup by any name, resolution and kind filter."""

    @quick
    @given(_named())
    def test_resolve_and_find_agree_with_naive_lookup(self, named):
        corpus, names, _ = named
        bearers = [_naive_bearers(corpus.actors, name) for name in names]
        if any(len(found) > 1 for found in bearers):
            with pytest.raises(AmbiguousNameError):
                corpus.actors.resolve(*names)
            return
        expected = tuple(found[0] for found in bearers)
        assert expected == corpus.actors.resolve(*names)
        assert [corpus.actors[i] for i in expected] == [corpus.actors.find(n) for n in names]

    @quick
    @given(corpora, st.lists(st.sampled_from(ActorKind), min_size=1, max_size=2))
    def test_of_kind(self, corpus, kinds):
        expected = [a for a in corpus.actors if a.kind in kinds]
        assert expected == list(corpus.actors.of_kind(*kinds))

    def test_a_miss_suggests_close_names(self, small):
        with pytest.raises(UnknownIdError) as caught:
            small.actors.find("Shinzo Abbe")
        assert "Shinzo Abe" in caught.value.suggestions

    def test_an_unknown_actor_in_a_filter_is_an_error(self, small):
        with pytest.raises(UnknownIdError):
            small.events.involving("nobody at all")


def _naive_search(corpus: Corpus, phrase: str, *, case_sensitive: bool, scope: str) -> list[tuple]:
    words = re.findall(r"\w+", phrase)
    found = set()
    for article in corpus.articles:
        segments = (
            article.paragraphs
            if scope == "body"
            else [Span(start=0, end=len(article.text), text=article.text)]
        )
        for segment in segments:
            tokens = list(re.compile(r"\w+").finditer(article.text, segment.start, segment.end))
            for i in range(len(tokens) - len(words) + 1):
                window = [t.group() for t in tokens[i : i + len(words)]]
                same = (
                    window == words
                    if case_sensitive
                    else [w.casefold() for w in window] == [w.casefold() for w in words]
                )
                if same:
                    found.add(
                        (
                            corpus.articles.ids.index(article.id),
                            tokens[i].start(),
                            tokens[i + len(words) - 1].end(),
                        )
                    )
    return [(corpus.articles[n].id, start, end) for n, start, end in sorted(found)]


class TestSearch:
    """The word index finds exactly the phrases a scan of every paragraph finds."""

    @quick
    @given(st.data(), corpora, st.booleans(), st.sampled_from(["body", "text"]))
    def test_matches_naive_scan(self, data, corpus, case_sensitive, scope):
        words = [w for a in corpus.articles for w in re.findall(r"\w+", a.text)] or ["x"]
        start = data.draw(st.integers(0, len(words) - 1))
        phrase = " ".join(words[start : start + data.draw(st.integers(1, 3))])
        phrase = data.draw(st.sampled_from([phrase, phrase.upper(), phrase.lower()]))
        hits = corpus.search(phrase, case_sensitive=case_sensitive, scope=scope, context=5)
        expected = _naive_search(corpus, phrase, case_sensitive=case_sensitive, scope=scope)
        assert expected == [(hit.document, hit.start, hit.end) for hit in hits]
        for hit in hits:
            text = corpus.articles[hit.document].text
            assert (text[hit.start - len(hit.left) : hit.start], text[hit.start : hit.end]) == (
                hit.left,
                hit.text,
            )
            assert text[hit.end : hit.end + 5] == hit.right


def _naive_cooccurrence(corpus: Corpus, unit) -> dict:
    groups: dict = {}
    for m in corpus.mentions:
        key = unit(corpus.articles[m.document], m.start)
        if key is not None:
            groups.setdefault((m.document, key), set()).add(m.actor)
    counts = Counter(pair for actors in groups.values() for pair in combinations(sorted(actors), 2))
    return dict(sorted(counts.items()))


class TestHitLine:
    """A hit's concordance line puts the phrase in brackets at column ``width``, white space folded."""

    @given(st.text(), st.text(min_size=1), st.text(), st.integers(min_value=0, max_value=40))
    def test_phrase_stands_at_column_width(self, left, text, right, width):
        line = Hit("a1", 0, len(text), text, left, right).line(width)
        folded = re.sub(r"\s+", " ", text)
        assert "[" == line[width]
        assert f"[{folded}]" == line[width : width + len(folded) + 2]
        assert [] == re.findall(r"[^\S ]", line)
        assert "  " not in line[:width].lstrip(" ") + line[width:]

    def test_folds_line_breaks_in_the_context(self):
        hit = Hit("a1", 0, 6, "Diaoyu", "the Senkaku\nin Japan and the ", ' in China.\n\n"We')
        assert ' the Senkaku in Japan and the [Diaoyu] in China. "We' == hit.line(30)


class TestCooccurrence:
    """Co-occurrence counts are pair counts over units, from the mentions."""

    @quick
    @given(corpora)
    def test_article_and_paragraph_scopes_match_naive_counts(self, corpus):
        def paragraph(article, offset):
            inside = (i for i, p in enumerate(article.paragraphs) if p.start <= offset < p.end)
            return next(inside, None)

        assert _naive_cooccurrence(corpus, lambda _article, _offset: 0) == corpus.cooccurrence(
            scope="article"
        )
        assert _naive_cooccurrence(corpus, paragraph) == corpus.cooccurrence(scope="paragraph")

    @quick
    @given(st.data())
    def test_every_scope_matches_naive_counts_on_dense_text(self, data):
        pieces = ["Japan", "NATO", "Chile", "met", ". ", "! ", "\n", " ", ", "]
        text = " ".join(data.draw(st.lists(st.sampled_from(pieces), max_size=60)))
        bounds = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted)
        # Paragraphs in any order, overlapping or not, exercise both ways of finding units.
        spans = data.draw(st.lists(bounds, max_size=8))
        article = Article(
            id="a1", text=text, paragraphs=tuple(Span(start=a, end=b, text=text[a:b]) for a, b in spans)
        )
        actors = [Actor(id=name.casefold(), kind=ActorKind.STATE, name=name) for name in pieces[:3]]
        corpus = Corpus(manifest=Manifest(corpus_version="t"), articles=[article], actors=actors)

        def paragraph(article, offset):
            inside = (i for i, p in enumerate(article.paragraphs) if p.start <= offset < p.end)
            return next(inside, None)

        def sentence(article, offset):
            ends = [m.end() for m in re.finditer(r"[.!?]+[\"'\u201d\u2019)\]]*\s+|\n", article.text)]
            return sum(end <= offset for end in ends)

        for scope, unit in (("paragraph", paragraph), ("sentence", sentence)):
            assert _naive_cooccurrence(corpus, unit) == corpus.cooccurrence(scope=scope)
        assert _naive_cooccurrence(corpus, lambda _a, _o: 0) == corpus.cooccurrence(scope="article")

    def test_sentence_scope_on_a_small_corpus(self, small):
        assert small.cooccurrence() == {("japan", "nato"): 1, ("japan", "shinzo-abe"): 1}
        expected = {("japan", "nato"): 1, ("japan", "shinzo-abe"): 1, ("nato", "shinzo-abe"): 1}
        assert expected == small.cooccurrence(scope="article")

    def test_an_unknown_scope_is_an_error(self, small):
        with pytest.raises(ArgumentError, match="'sentence', 'paragraph', 'article'"):
            small.cooccurrence(scope="page")


TEXT = "Japan and NATO met.\nThey discussed anti-piracy off Somalia.\nShinzo Abe of Japan spoke."


def _evidence(quote: str) -> tuple[Evidence, ...]:
    start = TEXT.index(quote)
    return (Evidence(document="a1", start=start, end=start + len(quote), quote=quote),)


def _event(id: str, kind: EventKind, date: str, *actors: str, end: str | None = None) -> Event:
    return Event(
        id=id,
        kind=kind,
        modality=Modality.HAPPENED,
        date=PartialDate.from_iso(date),
        end=None if end is None else PartialDate.from_iso(end),
        summary=id,
        evidence=_evidence("met"),
        participants=tuple(Participant(actor=a, role=ParticipantRole.ATTENDEE) for a in actors),
    )


def small_corpus() -> Corpus:
    """One article, three actors, four events and two agreements."""
    lines = TEXT.split("\n")
    starts = [0, len(lines[0]) + 1, len(lines[0]) + len(lines[1]) + 2]
    article = Article(
        id="a1",
        text=TEXT,
        publisher="Reuters",
        published=PartialDate.from_iso("2013-04"),
        paragraphs=tuple(
            Span(start=s, end=s + len(line), text=line) for s, line in zip(starts, lines, strict=True)
        ),
    )
    actors = [
        Actor(id="japan", kind=ActorKind.STATE, name="Japan"),
        Actor(
            id="nato",
            kind=ActorKind.ORGANISATION,
            name="North Atlantic Treaty Organization",
            aliases=(Alias(name="NATO"),),
        ),
        Actor(id="shinzo-abe", kind=ActorKind.PERSON, name="Shinzo Abe", aliases=(Alias(name="Abe"),)),
    ]
    events = [
        _event("letter", EventKind.LETTER, "2013-01-14", "shinzo-abe", "nato"),
        _event("year", EventKind.OTHER, "2013", "japan"),
        _event("month", EventKind.MEETING, "2013-01", "japan", "nato"),
        _event("signing", EventKind.SIGNING, "2014-05-06", "japan", "nato", end="2014-05-07"),
    ]
    agreements = [
        Agreement(
            id="cyber-pact",
            name="Cyber pact",
            kind=AgreementKind.OTHER,
            evidence=_evidence("met"),
            parties=("japan", "nato"),
            date=PartialDate.from_iso("2014-05-06"),
            areas=("cyber defence",),
        ),
        Agreement(
            id="sea-pact",
            name="Sea pact",
            kind=AgreementKind.OTHER,
            evidence=_evidence("Somalia"),
            parties=("japan",),
            areas=("anti-piracy",),
        ),
    ]
    return Corpus(
        manifest=Manifest(corpus_version="test"),
        articles=[article],
        actors=actors,
        events=events,
        agreements=agreements,
    )


@pytest.fixture(name="small")
def fixture_small() -> Corpus:
    return small_corpus()


class TestSmallCorpusExamples:
    """The docstring examples, on a hand-built corpus whose answers are known."""

    def test_between_japan_and_nato_in_2013(self, small):
        either = small.events.involving("Japan", "NATO").between("2013", "2013", mode="within")
        assert either.ids == ("letter", "year", "month")
        both = small.events.involving("japan").involving("nato").between("2013-02", None)
        assert both.ids == ("signing",)

    def test_everything_involving_abe(self, small):
        assert small.events.involving("abe").ids == ("letter",)

    def test_a_shared_name_means_every_bearer_in_filters_and_is_refused_by_find(self, small):
        akie = Actor(id="akie-abe", kind=ActorKind.PERSON, name="Akie Abe", aliases=(Alias(name="Abe"),))
        corpus = Corpus(
            manifest=small.manifest,
            articles=small.articles,
            actors=[*small.actors, akie],
            events=[*small.events, _event("dinner", EventKind.MEETING, "2013-02", "akie-abe")],
            agreements=small.agreements,
        )
        assert ("letter", "dinner") == corpus.events.involving("ABE").ids
        assert ("letter",) == corpus.events.involving("shinzo-abe").ids
        with pytest.raises(AmbiguousNameError) as caught:
            corpus.actors.find("abe")
        assert ("shinzo-abe", "akie-abe") == caught.value.suggestions
        assert "several actors are called 'abe': 'shinzo-abe', 'akie-abe'; give an id" == str(caught.value)
        assert corpus.actors["akie-abe"] is corpus.actors.find("Akie Abe")

    def test_every_signing(self, small):
        assert small.events.of_kind("signing").ids == ("signing",)

    def test_overlap_and_within_differ_for_coarse_dates(self, small):
        assert small.events.between("2013-01-14", "2013-01-14").ids == (
            "letter",
            "year",
            "month",
        )
        assert small.events.between("2013-01-14", "2013-01-14", mode="within").ids == ("letter",)

    def test_timeline_orders_partial_dates_by_bounds(self, small):
        assert small.timeline().ids == ("month", "year", "letter", "signing")

    def test_agreements_by_party_and_date(self, small):
        assert small.agreements.with_party("Japan").ids == (
            "cyber-pact",
            "sea-pact",
        )
        assert small.agreements.with_party("NATO").between("2014", "2014").ids == ("cyber-pact",)

    def test_articles(self, small):
        assert small.articles.by_publisher("REUTERS").mentioning("Abe").between("2013", None).ids == ("a1",)
        assert small.articles.by_publisher("AP").ids == ()

    def test_actors(self, small):
        assert small.actors.resolve("ABE", "North Atlantic Treaty Organization") == ("shinzo-abe", "nato")
        assert small.actors.of_kind("state").ids == ("japan",)
        assert small.actors["nato"] is small.actors.find("nato")

    def test_concordance_line(self, small):
        start = TEXT.index("piracy")
        expected = (
            Hit("a1", start, start + 6, "piracy", TEXT[start - 9 : start], TEXT[start + 6 : start + 15]),
        )
        assert expected == small.search("PIRACY", context=9)
        assert small.search("PIRACY", context=9, case_sensitive=True) == ()

    def test_a_phrase_spans_punctuation_but_not_paragraphs(self, small):
        assert [hit.text for hit in small.search("japan and nato") + small.search("anti piracy")] == [
            "Japan and NATO",
            "anti-piracy",
        ]
        assert small.search("Somalia Shinzo") == ()
        assert [hit.text for hit in small.search("Somalia Shinzo", scope="text")] == ["Somalia.\nShinzo"]

    def test_bad_search_input_is_an_error(self, small):
        for phrase, options in ((" -- ", {}), ("x", {"scope": "page"}), ("x", {"context": -1})):
            with pytest.raises(ArgumentError):
                small.search(phrase, **options)

    def test_filters_return_their_collection_type(self, small):
        assert isinstance(small.events[1:], Events)
        assert isinstance(small.agreements.covering("piracy"), Agreements)
        assert isinstance(small.articles.mentioning("abe"), Articles)
        assert isinstance(small.actors.of_kind("person"), Actors)


class TestArgumentErrors:
    """A value no parameter takes raises an ArgumentError that lists the values it does take."""

    def test_an_unknown_kind_lists_the_kinds(self, small):
        with pytest.raises(ArgumentError, match="kind must be one of 'visit'") as raised:
            small.events.of_kind("summit")
        assert tuple(kind.value for kind in EventKind) == raised.value.choices
        assert isinstance(raised.value, ValueError)
        with pytest.raises(ArgumentError, match="'person'"):
            small.actors.of_kind("summit")
        with pytest.raises(ArgumentError, match="'happened', 'planned'"):
            small.events.with_modality("rumoured")

    def test_an_unknown_search_scope_lists_the_scopes(self, small):
        with pytest.raises(ArgumentError, match="scope must be one of 'body', 'text'; got 'page'"):
            small.search("x", scope="page")
