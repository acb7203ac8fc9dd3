"""find_quotes: a cue joined by *and* right after a quote (``… comme “…” et a critiqué l’OTAN``)
shares the subject of its sentence, the person named before the quote."""

from quote_cases import speakers


def test_a_cue_after_and_takes_the_person_named_before_the_quote():
    text = (
        "Le porte-parole du ministère chinois des Affaires étrangères, Mao Ning, a défendu la Chine "
        "comme “une force pour la paix et la stabilité régionales” et a critiqué l’OTAN.\n"
    )
    assert speakers(text, ()) == [("une force pour la paix et la stabilité régionales", "Mao Ning")]
