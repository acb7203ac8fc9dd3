"""``corpora(min_events=…)`` draws corpora with at least that many events, with no filtering."""

from hypothesis import given, settings

from budget import examples
from japan_nato_corpus import Corpus
from japan_nato_corpus.strategies import corpora


@settings(max_examples=examples(10), deadline=None)
@given(corpus=corpora(min_events=2, max_records=1))
def test_a_corpus_holds_at_least_its_fewest_events(corpus: Corpus) -> None:
    assert len(corpus.events) >= 2
