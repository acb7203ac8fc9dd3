"""find_quotes: a family name that opens with a lowercase particle (``von der Leyen``, ``van der
Bellen``) is the whole name, after the cue and before it."""

from quote_cases import speakers


def test_a_german_split_cue_takes_a_name_that_opens_with_von():
    text = "\u201eWir wollen mehr Verantwortung \u00fcbernehmen\u201c, k\u00fcndigte von der Brelow an."
    assert [words for _, words in speakers(text, ())] == ["von der Brelow"]


def test_an_english_cue_takes_a_name_that_opens_with_van():
    text = "\u201cThe talks will go on next week,\u201d said van der Moolen."
    assert [words for _, words in speakers(text, ())] == ["van der Moolen"]


def test_a_name_with_its_particle_before_the_cue_keeps_the_particle():
    text = "\u201cThe talks will go on next week,\u201d von Hallstedt said."
    assert [words for _, words in speakers(text, ())] == ["von Hallstedt"]
