"""find_quotes: a cue inside a subordinate clause (``after``, ``when``, ``because`` …) has the
clause's own subject, not the words of the main clause before its subordinator."""

from quote_cases import speakers


def test_the_subject_after_the_subordinator_speaks():
    text = (
        "The remarks came after the US President said on Monday that trade should be conducted "
        "\u201con an equal basis\u201d with Tokyo.\n"
    )
    assert speakers(text, ()) == [("on an equal basis", "the US President")]
