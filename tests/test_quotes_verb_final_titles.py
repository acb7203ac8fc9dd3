"""find_quotes: in a clause whose participle comes last, the subject stands before the perfect's
auxiliary, not in the phrase after it (``Japans Verteidigungsminister hat auf einer
Sicherheitskonferenz erklärt``); a German title after a state's genitive is a title whose holder
the text names, after it when not before."""

from japan_nato_corpus.quotes import _attribution
from quote_cases import speakers


def test_a_noun_between_the_auxiliary_and_the_participle_is_not_the_subject():
    text = (
        "Fumio Kishida hat auf einer asiatischen Sicherheitskonferenz erklärt, sein Land sei "
        "„entschlossen, die Ordnung zu stärken“ im Raum.\n"
    )
    [(_, words)] = speakers(text)
    assert words == "Fumio Kishida"


def test_a_title_after_a_states_genitive_needs_its_holder():
    assert _attribution._needs_antecedent("Japans Verteidigungsminister")
    assert not _attribution._needs_antecedent("Japans Regierung")


def test_a_title_with_no_holder_before_takes_the_name_that_opens_the_next_sentence():
    text = (
        "Japans Verteidigungsminister hat auf einer Konferenz erklärt, sein Land sei „entschlossen, "
        "die Ordnung zu stärken“ im Raum. Kihara Minoru hielt am Samstag eine Rede in Singapur.\n"
    )
    [(_, words)] = speakers(text, ())
    assert words == "Kihara Minoru"
