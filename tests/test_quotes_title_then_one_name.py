"""find_quotes: a title whose words end in one capitalised word after a body's lowercase word
(``le porte-parole ministère des Affaires étrangères Hong``) is that holder's, not a person's named
before."""

from japan_nato_corpus.model import Actor, ActorKind, Alias
from quote_cases import speakers

OBAMA = Actor(id="barack-obama", kind=ActorKind.PERSON, name="Barack Obama", aliases=(Alias(name="Obama"),))


def test_one_name_after_a_body_title_is_the_holder():
    text = (
        "Le premier ministre a parl\u00e9 au pr\u00e9sident am\u00e9ricain Barack Obama jeudi.\n"
        "\u00ab La Chine prot\u00e8ge fermement la libert\u00e9 de navigation \u00bb, a d\u00e9clar\u00e9 "
        "le porte-parole minist\u00e8re des Affaires \u00e9trang\u00e8res Hong vendredi."
    )
    [(_, words)] = speakers(text, (OBAMA,))
    assert words is not None
    assert words.endswith("Hong")


def test_a_body_title_ending_in_its_own_name_still_looks_back():
    text = (
        "Le ministre de la D\u00e9fense Jean Martin est arriv\u00e9 jeudi.\n"
        "\u00ab Nous restons vigilants sur la situation en mer \u00bb, a d\u00e9clar\u00e9 le ministre de la "
        "D\u00e9fense."
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("Jean Martin")
