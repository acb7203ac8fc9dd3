"""find_quotes: a definite title after a cue, set off by a comma from its holder's name
(``dijo el primer ministro japonés, Fumio Kishida, desde Vilna``), is said by the name, in every
language that puts the subject after the verb and in English; a cue that names whom it was said to
(*told*) is not."""

from japan_nato_corpus.model import Actor, ActorKind, Alias
from quote_cases import speakers

KISHIDA = Actor(
    id="fumio-kishida", kind=ActorKind.PERSON, name="Fumio Kishida", aliases=(Alias(name="Kishida"),)
)


def test_spanish_title_with_adjective_then_name_is_the_name():
    text = (
        "La OTAN y Jap\u00f3n firmaron un programa. "
        "\u00abCooperaremos en nuevas \u00e1reas de seguridad\u00bb, "
        "dijo el primer ministro japon\u00e9s, Fumio Kishida, desde Vilna."
    )
    [(_, words)] = speakers(text, (KISHIDA,))
    assert words == "Fumio Kishida"


def test_adverbial_before_the_title_does_not_hide_the_name():
    text = (
        "Kishida lleg\u00f3 a Vilna el martes. \u00abValoramos "
        "enormemente la asociaci\u00f3n con Jap\u00f3n\u00bb, "
        "dijo por su parte el secretario general de la "
        "organizaci\u00f3n, Jens Stoltenberg, tras el encuentro."
    )
    [(_, words)] = speakers(text, (KISHIDA,))
    assert words == "Jens Stoltenberg"


def test_long_french_title_then_name_is_the_name():
    text = (
        "La Chine a mis en garde contre la participation du Premier ministre japonais Fumio Kishida.\n"
        "\u00ab Tokyo ne doit rien faire qui porte atteinte \u00e0 la "
        "confiance \u00bb, a d\u00e9clar\u00e9 la "
        "porte-parole du minist\u00e8re chinois des Affaires \u00e9trang\u00e8res, Mao Ning, lors d\u2019une "
        "conf\u00e9rence de presse."
    )
    [(_, words)] = speakers(text, (KISHIDA,))
    assert words == "Mao Ning"


def test_portuguese_title_then_name_before_a_space_and_comma():
    text = (
        "A China acredita que a medida pode prejudicar a paz. \u201cA "
        "\u00c1sia est\u00e1 al\u00e9m dos limites "
        "do Atl\u00e2ntico Norte\u201d, disse o porta-voz do "
        "Minist\u00e9rio das Rela\u00e7\u00f5es Exteriores da "
        "China, Wang Wenbin , em junho."
    )
    [(_, words)] = speakers(text, ())
    assert words == "Wang Wenbin"


def test_english_inverted_title_then_name_is_the_name():
    text = (
        "Japan and NATO signed a new programme. \u201cWe will cooperate in new areas of security,\u201d said "
        "the Japanese prime minister, Fumio Kishida, in Vilnius."
    )
    [(_, words)] = speakers(text, (KISHIDA,))
    assert words == "Fumio Kishida"


def test_told_names_whom_it_was_said_to_not_the_speaker():
    text = (
        "Kishida met officials in Tokyo. \u201cWe will cooperate in "
        "new areas of security,\u201d Kishida told "
        "the foreign minister, Penny Wong, on Tuesday."
    )
    [(_, words)] = speakers(text, (KISHIDA,))
    assert words == "Kishida"


def test_title_then_name_between_quote_and_cue_is_the_name():
    text = (
        'Japan could help the U.S. knit its alliances together, "breaking down the traditional silos '
        'between allies", the U.S. ambassador to NATO, Julianne Smith, told a media briefing.'
    )
    [(_, words)] = speakers(text, (KISHIDA,))
    assert words == "Julianne Smith"


def test_name_then_description_between_quote_and_cue_is_the_name():
    text = (
        '"The message to Europe is not to forget the Indo-Pacific," said Michito Tsuruoka, a NATO expert '
        "at Keio University."
    )
    [(_, words)] = speakers(text, (KISHIDA,))
    assert words == "Michito Tsuruoka"
