"""find_quotes: Polish, a language that drops the subject and writes no article. A cue with no
subject gives the quote to the last speaker, a capitalised function word that opens the sentence
(``Jak powiedział Rutte``) is no speaker, a title with no article (``Sekretarz generalny``) stands
for the person named before who holds it, and a body's acronym before a name (``NATO Mark
Rutte``) goes on the title, not the name."""

from japan_nato_corpus import quotes
from quote_cases import speakers


def test_polish_cues_drop_their_subject_and_according_to_names_a_source():
    assert "pl" in quotes.NULL_SUBJECT_LANGUAGES
    assert "według" in quotes.ACCORDING_TO


def test_a_polish_cue_with_no_subject_gives_the_quote_to_the_last_speaker():
    text = (
        'Mark Rutte powiedział, że "musimy zrobić dwie rzeczy".\n\n'
        '"Jedną z nich jest to, że NATO jest silne" - powiedział.\n'
    )
    assert speakers(text, ()) == [
        ("musimy zrobić dwie rzeczy", "Mark Rutte"),
        ("Jedną z nich jest to, że NATO jest silne", "Mark Rutte"),
    ]


def test_a_polish_function_word_that_opens_the_sentence_is_not_the_speaker():
    text = (
        "Taki scenariusz mógłby się wydarzyć. "
        'Jak powiedział Rutte, aby do tego nie doszło, "musimy zrobić dwie rzeczy".\n'
    )
    assert speakers(text, ()) == [("musimy zrobić dwie rzeczy", "Rutte")]


def test_a_polish_title_with_no_article_stands_for_the_holder_named_before():
    text = (
        "Sekretarz generalny NATO Mark Rutte powiedział w wywiadzie, że Chiny mogą przekonywać Rosję.\n\n"
        'Sekretarz generalny powiedział, że "USA nie odsuwają się od Europy".\n'
    )
    assert speakers(text, ()) == [("USA nie odsuwają się od Europy", "Mark Rutte")]


def test_a_polish_cue_of_remarking_gives_its_subject():
    text = 'Rutte zauważył również, że "Chiny, Korea Północna i Rosja intensyfikują współpracę".\n'
    assert speakers(text, ()) == [("Chiny, Korea Północna i Rosja intensyfikują współpracę", "Rutte")]
