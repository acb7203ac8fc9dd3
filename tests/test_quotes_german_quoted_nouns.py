"""find_quotes, German: one capitalised word quoted right after a determiner (``kein «Gegner»``,
``die «Besorgnis»``) is a common noun, not a title, and a cue gives it across the comma of reported
speech in the subjunctive (``sagte, China sei kein «Gegner»``); an acronym after its article
(``erklärte die NATO,``) is the cue's subject."""

from japan_nato_corpus.quotes import find_quotes
from quote_cases import speakers

STORY = (
    "NATO-Generalsekretär Jens Stoltenberg verteidigte am Dienstag die Einheit mit dem Land und warnte "
    "davor, dass China Lehren aus der Situation ziehen werde.\n"
)


def test_noun_after_determiner_in_reported_speech_is_a_quote():
    text = (
        STORY
        + "Stoltenberg sagte, China sei kein «Gegner» des Bündnisses, und sprach sich für Gespräche aus."
    )
    quoted = [q.evidence.quote for q in find_quotes(text)]
    assert quoted == ["Gegner"]


def test_acronym_after_its_article_is_the_subject_of_the_cue():
    text = (
        STORY
        + "Als Reaktion auf die Warnungen erklärte die NATO, sie teile die «Besorgnis» über Pekings Rolle."
    )
    [(quoted, words)] = speakers(text, ())
    assert (quoted, words) == ("Besorgnis", "die NATO")


def test_capitalised_word_with_no_determiner_before_stays_a_title():
    text = STORY + "Stoltenberg sagte, er lese jeden Tag «Spiegel» und «Zeit» in Brüssel."
    quoted = [q.evidence.quote for q in find_quotes(text)]
    assert quoted == []
