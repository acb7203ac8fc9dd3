"""find_quotes: verbs of criticism and description (``criticised … for a``, ``characterized … as a``)
name what the quoted words say; a note's number after a quote that ends its sentence ends it there."""

from quote_cases import speakers


def test_criticised_for_gives_the_quoted_words_to_its_subject():
    text = 'China has criticised Japan for a "Cold War mentality".'
    assert speakers(text, ()) == [("Cold War mentality", "China")]


def test_characterized_as_gives_the_quoted_words_to_its_subject():
    text = 'The United States characterized Tsai\'s visit as a "transit" on her way to Latin America.'
    assert speakers(text, ()) == [("transit", "The United States")]


def test_a_cue_after_a_note_number_is_the_next_sentence_s():
    text = (
        "The embassy released a statement calling his shrine visit “disappointing.” [13] Even the "
        "Wall Street Journal criticized the visit."
    )
    assert all(w is None or "Journal" not in w for _, w in speakers(text, ()))


def test_a_one_word_name_given_after_as_a_is_a_quote():
    text = "China has denounced the grouping of the four democracies as a ”mini-NATO” aimed at containing it."
    assert speakers(text, ()) == [("mini-NATO", "China")]


def test_a_one_word_term_far_from_a_naming_cue_without_as_is_no_quote():
    text = "China has denounced the grouping of the four democracies in the ”minilateral” format in Tokyo."
    assert speakers(text, ()) == []
