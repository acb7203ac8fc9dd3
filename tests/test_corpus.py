"""The corpus and its collections are immutable, and filters keep their collection's type."""

import subprocess
import sys
import threading

import attrs
import pytest
from hypothesis import given, settings

import japan_nato_corpus as jnc
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
            corpus._scope = None
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


class TestConcurrency:
    """The bundled corpus and every derived index are built once, however many threads ask."""

    def test_sixteen_threads_loading_at_once_get_one_corpus(self):
        code = (
            "import threading, japan_nato_corpus as jnc\n"
            "barrier = threading.Barrier(16); found = []\n"
            "def run():\n"
            "    barrier.wait(); corpus = jnc.load(); found.append((corpus, corpus.events))\n"
            "threads = [threading.Thread(target=run) for _ in range(16)]\n"
            "for t in threads: t.start()\n"
            "for t in threads: t.join()\n"
            "assert len(found) == 16\n"
            "assert len({id(c) for c, _ in found}) == 1, 'several corpora'\n"
            "assert len({id(e) for _, e in found}) == 1, 'several event collections'\n"
        )
        subprocess.run([sys.executable, "-c", code], check=True)

    def test_an_index_is_built_once_under_many_threads(self):
        corpus = jnc.load()
        events = corpus.events[:]
        barrier = threading.Barrier(8)
        found = []

        def run() -> None:
            barrier.wait()
            found.append(events.timeline())

        threads = [threading.Thread(target=run) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert 8 == len(found)
        assert 1 == len({id(timeline._items) for timeline in found})


class TestBundledCorpusStaysWhole:
    """The cached bundled corpus cannot be emptied or replaced through its collections."""

    def test_collections_refuse_new_attributes_and_values(self):
        corpus = jnc.load()
        before = len(corpus.events)
        for collection in (corpus.events, corpus.actors, corpus.articles, corpus.agreements):
            for name in ("_items", "_memo", "_scope", "_kind", "anything"):
                with pytest.raises(attrs.exceptions.FrozenInstanceError):
                    setattr(collection, name, ())
                with pytest.raises(attrs.exceptions.FrozenInstanceError):
                    delattr(collection, name)
        scope = corpus.events._scope
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            scope.events = ()
        with pytest.raises(TypeError):
            corpus.events._by_id()["no-such-event"] = corpus.events[0]
        assert before == len(jnc.load().events)
        assert jnc.load().events.get(corpus.events[0].id) is corpus.events[0]
