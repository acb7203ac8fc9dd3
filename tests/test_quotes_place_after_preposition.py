"""find_quotes: a place named right after a preposition (``di Jepang``, ``sobre Taiwán``) is no
cue's subject; the person the clause names as the cue's subject is the speaker."""

from quote_cases import KISHIDA, speakers


def test_an_inverted_cue_subject_beats_a_place_after_a_preposition():
    text = (
        '"Saya tidak mengetahui ada keputusan yang sudah dibuat" mengenai rencana NATO membuka '
        "kantor di Jepang, kata Kishida di sidang parlemen."
    )
    assert [w for _, w in speakers(text, (KISHIDA,))] == ["Kishida"]


def test_a_place_that_is_the_cue_subject_keeps_the_quote():
    text = 'Japan said the launch was "a grave threat to peace."'
    assert [w for _, w in speakers(text, ())] == ["Japan"]


def test_a_name_no_actor_has_beats_a_place_after_a_preposition():
    text = (
        "El ministerio dijo que las palabras de Takaichi sobre Taiwán, en las que afirmó que "
        'un ataque podría colocar a Japón en una "situación de crisis", eran graves.'
    )
    assert [w for _, w in speakers(text, ())] == ["Takaichi"]


def test_an_initial_before_a_family_name_does_not_open_a_sentence():
    text = (
        "In a statement, Philippine Ambassador to Japan Mylene J. Garcia-Albano mentioned that "
        "the RAA is a “testament to the trust between the Philippines and Japan.”"
    )
    assert [w for _, w in speakers(text)] == ["Garcia-Albano"]
