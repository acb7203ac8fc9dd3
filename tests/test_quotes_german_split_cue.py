"""find_quotes: a German verb of saying whose particle stands after its subject (``teilte eine
Sprecherin … mit``) is the cue; the subject of the reported clause before the quote is not the speaker."""

from japan_nato_corpus.quotes import find_quotes
from quote_cases import speakers


def test_a_split_cue_after_the_quote_is_its_cue():
    text = (
        "Japan solle »besonders vorsichtig im Bereich der militärischen Sicherheit sein«, teilte eine "
        "Sprecherin des chinesischen Außenministeriums mit."
    )
    quotes = find_quotes(text)
    assert [q.cue.text if q.cue else None for q in quotes] == ["teilte"]
    assert [w for _, w in speakers(text)] != ["Japan"]


def test_the_verb_without_its_particle_in_the_clause_is_no_cue():
    text = "Die Regierung teilte die »Sorgen der Nachbarn« über die Übungen, hieß es in Berlin."
    assert all(q.cue is None or q.cue.text != "teilte" for q in find_quotes(text))
