"""find_quotes: the dateline that opens a story (``MANILA—``) is never part of a speaker's words."""

from quote_cases import speakers


def test_a_dateline_before_the_subject_is_left_off_the_speaker():
    text = (
        "MANILA\u2014Philippine Coast Guard spokesperson Jay Tarriela denied the accusations, saying "
        "the facts \u201cset the record straight.\u201d"
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert "MANILA" not in words


def test_a_hyphen_that_joins_words_is_no_dateline():
    text = "\u201cWe will meet again,\u201d the NATO-Japan Council said."
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert "NATO-Japan" in words


def test_a_dateline_with_its_date_before_the_agency_is_no_speaker():
    text = (
        "Taipei, Aug. 14 (CNA) Taiwan's Foreign Minister Lin Chia-lung on Thursday confirmed the trip, "
        'adding that China\'s "backlash" will not affect ties.\n'
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert "Taipei" not in words
    assert "Lin" in words
