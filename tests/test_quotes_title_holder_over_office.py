"""find_quotes: a bare title goes to the person the text gave it, before an actor holding that office."""

from japan_nato_corpus.model import Actor, ActorKind, Alias, Office
from quote_cases import speakers

ISHIBA = Actor(
    id="shigeru-ishiba",
    kind=ActorKind.PERSON,
    name="Shigeru Ishiba",
    aliases=(Alias(name="Ishiba"),),
    offices=(Office(title="Prime Minister"),),
)


def test_the_prime_minister_is_the_one_the_text_titled_so():
    text = (
        "Prime Minister Narendra Modi met his Japanese counterpart Shigeru Ishiba on Friday.\n\n"
        "The two countries, the Prime Minister said, were working on rail.\n\n"
        "\u201cCooperation in high technology is a priority for both of us,\u201d the Prime Minister added."
    )
    [(_, words)] = speakers(text, (ISHIBA,))
    assert words == "Narendra Modi"


def test_the_prime_minister_stays_the_office_holder_the_text_titled_so():
    text = (
        "Prime Minister Shigeru Ishiba met Narendra Modi on Friday.\n\n"
        "\u201cCooperation in high technology is a priority for both of us,\u201d the Prime Minister added."
    )
    [(_, words)] = speakers(text, (ISHIBA,))
    assert words is not None
    assert "Ishiba" in words
