"""find_quotes: who a cue was said to (``à la presse``) stands between the cue and its inverted subject."""

from quote_cases import speakers


def test_the_press_between_a_french_cue_and_its_subject_is_skipped():
    text = (
        "Il a parlé. \u00ab Aucun dommage n\u2019a été signalé \u00bb, a précisé à la presse le "
        "porte-parole du gouvernement japonais, Hirokazu Matsuno, ajoutant que rien."
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("Hirokazu Matsuno")


def test_the_press_between_a_spanish_cue_and_its_subject_is_skipped():
    text = "Ella habló. \u00abNo hay daños\u00bb, dijo a la prensa el canciller Toshimitsu Motegi."
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("Toshimitsu Motegi")
