"""find_quotes: a quote inside a sentence whose inverted cue ends it (``mène une «…» contre l’ordre
…, a-t-il déclaré``) is said by the cue's pronoun, and so by the person it stands for."""

from quote_cases import speakers


def test_an_inverted_cue_after_a_quote_inside_the_sentence_gives_its_pronoun():
    text = (
        "« L’OTAN doit s’assurer que nous avons des amis », a déclaré Jens Stoltenberg.\n"
        "La Chine mène une «répulsion autoritaire» contre l’ordre international fondé sur des règles, "
        "a-t-il déclaré.\n"
    )
    assert [w for _, w in speakers(text, ())] == ["Jens Stoltenberg", "Jens Stoltenberg"]
