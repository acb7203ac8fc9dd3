"""find_quotes: Indonesian *menyebut* (to call) gives the words it names, even one word, to its subject."""

from quote_cases import speakers


def test_menyebutnya_gives_one_word_to_its_subject():
    text = 'Pernyataan itu memicu kemarahan, dan Kementerian Luar Negeri China menyebutnya "mengerikan".'
    assert speakers(text, ()) == [("mengerikan", "Kementerian Luar Negeri China")]


def test_menyebut_sebagai_gives_the_words_to_its_subject():
    text = (
        "Ishiba menyebut keputusan mundur sebagai \u201cpilihan menyakitkan\u201d untuk menghindari konflik."
    )
    assert speakers(text, ()) == [("pilihan menyakitkan", "Ishiba")]
