"""find_quotes: a cue right before a short lowercase partial quote takes it as its object, over a
cue after it; a relative *that* with a name before the cue gives that name as the subject."""

from quote_cases import speakers


def test_the_cue_before_a_one_word_quote_beats_a_cue_after_it():
    text = (
        'Patel acknowledged "differences" between the United States and China over Taiwan but said '
        "that the two powers have managed the situation."
    )
    assert speakers(text, ()) == [("differences", "Patel")]


def test_the_name_after_that_is_the_subject_of_the_cue_in_its_clause():
    text = (
        "An intercontinental ballistic missile that North Korea said could reach the “whole” mainland "
        "of the United States likely broke up, a US official said."
    )
    assert speakers(text, ()) == [("whole", "North Korea")]


def test_a_one_word_quote_far_from_any_cue_is_a_term():
    text = 'The ministry published its annual report on the "accident" in the morning.'
    assert speakers(text, ()) == []
