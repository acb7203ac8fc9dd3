"""The corpus and its collections are immutable, and filters keep their collection's type."""

import attrs
import pytest
from hypothesis import given, settings

from budget import examples
from japan_nato_corpus import strategies as jst
from japan_nato_corpus.corpus import Actors, Agreements, Articles, Corpus, Events


class TestCorpusImmutability:
    """Nothing can be set on a corpus once built."""

    @settings(max_examples=examples(10))
    @given(jst.corpora())
    def test_setting_an_attribute_raises(self, corpus):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            corpus.events = ()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            corpus._contents = None
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            del corpus._read

    @settings(max_examples=examples(10))
    @given(jst.corpora())
    def test_collections_have_their_types_and_slices_keep_them(self, corpus):
        collections = (corpus.events, corpus.agreements, corpus.articles, corpus.actors)
        assert (Events, Agreements, Articles, Actors) == tuple(type(c) for c in collections)
        assert (Events, Agreements, Articles, Actors) == tuple(type(c[1:]) for c in collections)
        assert tuple(corpus.events)[1:] == tuple(corpus.events[1:])

    @settings(max_examples=examples(10))
    @given(jst.corpora())
    def test_a_deferred_corpus_reads_once_and_equals_its_source(self, corpus):
        reads = []

        def read() -> Corpus:
            reads.append(1)
            return corpus

        deferred = Corpus.deferred(read)
        assert corpus.events == deferred.events
        assert corpus.mentions == deferred.mentions
        assert len(reads) == 1
