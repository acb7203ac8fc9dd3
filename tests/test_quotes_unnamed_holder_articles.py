"""find_quotes: a definite title that stands for a person named before is not taken for an unnamed
holder met before with an indefinite article, unless that article is one of the text's language:
the French auxiliary ``a`` (``a déclaré la porte-parole``) and the Portuguese article ``a`` (``a
declaração da porta-voz``) are no ``a spokesperson``."""

from quote_cases import speakers


def test_french_auxiliary_before_a_title_is_no_indefinite_holder():
    text = (
        "\u00ab Tokyo ne doit rien faire qui porte atteinte \u00e0 la "
        "confiance \u00bb, a d\u00e9clar\u00e9 la "
        "porte-parole du minist\u00e8re chinois des Affaires \u00e9trang\u00e8res, Mao Ning, lors d\u2019une "
        "conf\u00e9rence de presse.\n"
        "La porte-parole du minist\u00e8re chinois des Affaires "
        "\u00e9trang\u00e8res a exhort\u00e9 le Japon \u00e0 "
        "\u00ab tirer les le\u00e7ons de l\u2019histoire et \u00e0 "
        "s\u2019en tenir au d\u00e9veloppement pacifique \u00bb."
    )
    assert [words for _, words in speakers(text, ())] == ["Mao Ning", "Mao Ning"]


def test_portuguese_article_before_a_title_is_no_indefinite_holder():
    text = (
        "Mao Ning ressaltou que a regi\u00e3o n\u00e3o \u00e9 "
        "favor\u00e1vel a confronta\u00e7\u00f5es, segundo a "
        "declara\u00e7\u00e3o da porta-voz.\n"
        "Al\u00e9m disso, a porta-voz chinesa pediu que o Jap\u00e3o "
        "seja \u201cextra cauteloso com a seguran\u00e7a "
        "militar da regi\u00e3o\u201d."
    )
    [(_, words)] = speakers(text, ())
    assert words == "Mao Ning"


def test_english_indefinite_holder_stays_unnamed():
    text = (
        "A State Department spokesperson said the talks went well on Monday.\n"
        "The spokesperson added that Washington wants \u201cto see the office open as soon as it can\u201d."
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.startswith("A State Department spokesperson")
