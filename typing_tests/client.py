"""A downstream client of the public API; type-checked with ``mypy --strict``, never run."""

import datetime as dt
from typing import assert_type

import japan_nato_corpus as jnc
from japan_nato_corpus import converter
from japan_nato_corpus.cli import main
from japan_nato_corpus.export import events_to_csv, from_jsonl, to_jsonl
from japan_nato_corpus.plot import timeline_figure

corpus = jnc.load()
assert_type(corpus, jnc.Corpus)
assert_type(jnc.load("my-corpus"), jnc.Corpus)
assert_type(corpus.version, str)
assert_type(jnc.CORPUS_VERSION, str)

assert_type(corpus.articles, jnc.Articles)
assert_type(corpus.actors, jnc.Actors)
assert_type(corpus.events, jnc.Events)
assert_type(corpus.agreements, jnc.Agreements)
assert_type(corpus.manifest, jnc.Manifest)
assert_type(corpus.mentions, tuple[jnc.Mention, ...])

article = corpus.articles["reuters-2014-05-06-japan-nato-partnership"]
assert_type(article, jnc.Article)
assert_type(corpus.articles[0], jnc.Article)
assert_type(corpus.articles[1:3], jnc.Articles)
assert_type(corpus.articles.get("no-such-id"), jnc.Article | None)
assert_type(corpus.articles.ids, tuple[str, ...])
assert_type(article.text, str)
assert_type(article.headline, str | None)
assert_type(article.published, jnc.PartialDate | None)
assert_type(article.published_at, dt.datetime | None)
assert_type(article.paragraphs, tuple[jnc.Span, ...])

for event in corpus.events:
    assert_type(event.date, jnc.PartialDate)
    assert_type(event.kind, jnc.EventKind)
    assert_type(event.kind.plover, jnc.PloverCategory)
    assert_type(event.evidence, tuple[jnc.Evidence, ...])
    assert_type(event.actors, tuple[str, ...])
    assert_type(event.evidence[0].quote, str)

date = jnc.PartialDate.from_iso("2014-05")
assert_type(date, jnc.PartialDate)
assert_type(date.earliest, dt.date)
assert_type(date.precision, jnc.Precision)
assert_type(date.iso, str)
assert_type(date < jnc.PartialDate(year=2015), bool)

parsed = jnc.parse_article("A headline\n\nA paragraph.\n", id="my-article")
assert_type(parsed, jnc.Article)
assert_type(converter.dumps(parsed), str)
assert_type(converter.loads("{}", jnc.Actor), jnc.Actor)
assert_type(jnc.check(corpus), list[jnc.Problem])

try:
    jnc.load("my-corpus")
except jnc.SchemaError as error:
    assert_type(error.problems, tuple[jnc.Problem, ...])
except jnc.IntegrityError as error:
    assert_type(error.problems, tuple[jnc.Problem, ...])

assert_type(main(["articles"]), int)
timeline_figure(corpus.events, path="timeline.png")

# Queries: each filter keeps the collection's own type, so chains stay typed.
in_2013 = corpus.events.between("2013", dt.date(2013, 12, 31), mode="within")
assert_type(in_2013, jnc.Events)
assert_type(in_2013.involving("Abe").of_kind("visit").with_modality("happened").timeline(), jnc.Events)
assert_type(corpus.events.in_article(article.id), jnc.Events)
assert_type(corpus.timeline(), jnc.Events)
assert_type(corpus.agreements.with_party("NATO").covering("piracy").between(None, "2015"), jnc.Agreements)
assert_type(corpus.articles.by_publisher("Reuters").mentioning("Abe"), jnc.Articles)
assert_type(corpus.actors.find("Diaoyu"), jnc.Actor)
assert_type(corpus.actors.resolve("NATO", "Abe"), tuple[str, ...])
assert_type(corpus.actors.of_kind(jnc.ActorKind.PERSON), jnc.Actors)
bound: jnc.DateBound = jnc.PartialDate(year=2014)
assert_type(corpus.events.between(bound, None), jnc.Events)

hits = corpus.search("Senkaku", context=20)
assert_type(hits, tuple[jnc.Hit, ...])
assert_type(hits[0].line(width=30), str)
assert_type(hits[0].start, int)
assert_type(corpus.cooccurrence(scope="paragraph"), dict[tuple[str, str], int])

try:
    corpus.actors.find("Abe")
except jnc.AmbiguousNameError as error:
    assert_type(error.suggestions, tuple[str, ...])

to_jsonl(corpus.events.of_kind("signing"), "signings.jsonl")
assert_type(from_jsonl("signings.jsonl", jnc.Event), tuple[jnc.Event, ...])
events_to_csv(corpus.timeline(), "events.csv")
