"""An article's actors: ``Corpus.actors_in`` and ``find_mentions`` in the public face."""

import pytest

import japan_nato_corpus as jnc


@pytest.fixture(scope="module", name="corpus")
def fixture_corpus():
    return jnc.load()


class TestActorsIn:
    """The actors an article names are those of its mentions, in order of first mention."""

    def test_a_corpus_article_by_id(self, corpus):
        for article in corpus.articles:
            expected = list(dict.fromkeys(m.actor for m in corpus.mentions if m.document == article.id))
            assert expected == list(corpus.actors_in(article.id).ids)

    def test_a_parsed_article_is_searched_with_the_public_finder(self, corpus):
        article = jnc.parse_article("Abe meets NATO\n\nShinzo Abe went to Brussels to meet NATO.\n")
        mentions = jnc.find_mentions(article.text, corpus.actors)
        assert list(dict.fromkeys(m.actor for m in mentions)) == list(corpus.actors_in(article).ids)
        assert {"shinzo-abe", "nato"} <= set(corpus.actors_in(article).ids)

    def test_the_result_is_a_collection_of_the_corpus(self, corpus):
        found = corpus.actors_in(corpus.articles[0].id)
        assert isinstance(found, jnc.Actors)
        assert found.of_kind("person").ids == tuple(a.id for a in found if a.kind is jnc.ActorKind.PERSON)

    def test_an_unknown_article(self, corpus):
        with pytest.raises(jnc.UnknownIdError):
            corpus.actors_in("no-such-article")
