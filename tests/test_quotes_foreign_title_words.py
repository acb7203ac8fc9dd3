"""The definite titles of the languages other than English are read from ``foreign_titles`` in
``quotes/speaker_words.json``: each title there, after an article or a state's German genitive,
is a title, and a common noun after an article is not."""

from japan_nato_corpus.quotes._attribution import _foreign_titles, _speaker_words

WORDS = _speaker_words()["foreign_titles"]


def test_every_listed_title_after_an_article_is_a_title():
    for noun in WORDS["nouns"] + WORDS["spaced_or_hyphened"]:
        for article in ("el ", "La ", "l\u2019"):
            assert _foreign_titles().fullmatch(article + noun), article + noun


def test_hyphened_titles_modifiers_and_adverbs():
    for title in ("o ainda primeiro-ministro", "la nueva secretaria-general", "le haut représentant"):
        assert _foreign_titles().fullmatch(title), title


def test_a_title_after_a_german_genitive_and_none_after_a_common_noun():
    assert _foreign_titles().fullmatch("Japans Verteidigungsminister")
    assert _foreign_titles().match("el gobierno") is None
    assert _foreign_titles().match("la casa del ministro") is None
