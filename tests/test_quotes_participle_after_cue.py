"""find_quotes: a participle right after a cue and its comma (``… S Jaishankar has said, emphasising
that “…”``) goes on that cue and has its subject, not a name in the clause the cue reports; a
participle further on in the sentence keeps the subject of its own clause."""

from quote_cases import speakers


def test_a_participle_after_a_cue_and_its_comma_has_that_cues_subject():
    text = (
        "Only the Quad can ensure that the Indo-Pacific remains free, External Affairs Minister "
        "S Jaishankar has said, emphasising that “it is only our collective endeavours that count”.\n"
    )
    assert speakers(text, ()) == [
        ("it is only our collective endeavours that count", "External Affairs Minister S Jaishankar")
    ]


def test_a_participle_further_on_keeps_its_own_clauses_subject():
    text = (
        "NHK reported this morning that a DOS spokesperson released a comment to the network on "
        "Monday, saying “China’s decision is regrettable.”\n"
    )
    assert speakers(text, ()) == [("China’s decision is regrettable.", "a DOS spokesperson")]
