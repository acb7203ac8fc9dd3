"""A transcript's record fields over its first speaker's turn are its head, however many.

An archive of transcripts prints the record's fields over the first turn, a label and its value
a line each ("Release Date:" / "18/01/2018" / "Location:" / …): a run of short lines that end no
sentence, longer than the few lines a head is looked for in. The first turn under them, a name
and office in capitals alone on their line ("MR JOHN DOE, MAYOR OF THE CITY:"), opens the body.
Prose among the lines over the turn keeps them in it. Each page is made up for the test.
"""

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._page import _SPEAKER_TURN

_FIELDS = (
    "Release Date:\n\n18/01/2018\n\nRelease Type:\n\nTranscript\n\nTranscript ID:\n\n41413\n\n"
    "Location:\n\nCity Hall\n\nJoint press statement by the mayor and the governor"
)
_TURN = "HIS WORSHIP MR JOHN DOE, MAYOR OF THE CITY:"


def test_a_name_and_office_in_capitals_alone_on_their_line_is_a_turn():
    assert _SPEAKER_TURN.match(_TURN) is not None
    assert _SPEAKER_TURN.match("MAYOR OF THE CITY:") is None  # an office alone is a heading


def test_record_fields_over_the_first_turn_are_the_head():
    article = parse_article(f"Transcripts of the city\n\n{_FIELDS}\n\n{_TURN}\n\n{_ONE}\n\n{_TWO}")
    assert [p.text for p in article.paragraphs] == [_TURN, _ONE, _TWO]


def test_prose_among_the_lines_over_the_turn_keeps_them():
    text = f"Transcripts of the city\n\n{_ONE}\n\n{_TWO}\n\n{_FIELDS}\n\n{_TURN}\n\n{_THREE}"
    texts = [p.text for p in parse_article(text).paragraphs]
    assert texts[:2] == [_ONE, _TWO]
    assert texts[-2:] == [_TURN, _THREE]
