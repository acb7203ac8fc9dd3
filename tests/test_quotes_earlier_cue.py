"""find_quotes: where the last cue before a quote has no subject (a participle after its noun), the
cue before it in the sentence gives the quote to its subject."""

from quote_cases import speakers


def test_the_cue_before_a_subjectless_participle_gives_the_speaker():
    text = (
        "Kirby added there will be new initiatives announced Friday that will move "
        '"our relationships with each other to a whole new level."'
    )
    assert [w for _, w in speakers(text, ())] == ["Kirby"]


def test_a_cue_with_its_own_subject_keeps_it():
    text = 'Kirby added that Campbell announced "a new level of cooperation between the three countries."'
    assert [w for _, w in speakers(text, ())] == ["Campbell"]
