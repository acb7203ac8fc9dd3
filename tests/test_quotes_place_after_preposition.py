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
