"""find_quotes: the verbs of saying of Greek, Vietnamese and Arabic, and more of Arabic's, are cues."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus.quotes import find_quotes
from quote_cases import speakers


@pytest.mark.parametrize("verb", ["τόνισε", "δήλωσε", "επισήμανε", "ανέφερε"])
def test_a_greek_subject_before_its_verb_of_saying_is_the_speaker(verb):
    text = f"Ο Νίκος Παπαδόπουλος {verb} πως «η φωτιά είναι υπό έλεγχο στην περιοχή μας σήμερα»."
    found = speakers(text, ())
    assert len(found) == 1
    assert found[0][1] is not None
    assert found[0][1].endswith("Παπαδόπουλος")


@pytest.mark.parametrize("verb", ["cho biết", "khẳng định", "nhấn mạnh"])
def test_a_vietnamese_subject_before_its_verb_of_saying_after_the_quote_is_the_speaker(verb):
    text = f'"Chúng tôi sẽ tiếp tục hợp tác với các đối tác trong khu vực", ông Trần Văn Bình {verb}.'
    (quote,) = find_quotes(text)
    assert quote.cue is not None
    assert quote.cue.text == verb
    assert quote.speaker_words is not None
    assert quote.speaker_words.text == "Trần Văn Bình"


def test_a_vietnamese_verb_of_saying_before_the_quote_is_its_cue():
    text = 'Ông Bình nói: "Chúng tôi sẽ tiếp tục hợp tác với các đối tác trong khu vực."'
    (quote,) = find_quotes(text)
    assert quote.cue is not None
    assert quote.cue.text == "nói"
    assert quote.speaker_words is not None
    assert quote.speaker_words.text.endswith("Bình")


@given(verb=st.sampled_from(["وكشف", "وأفاد", "ونوه"]))
def test_an_arabic_verb_before_its_subject_gives_the_speaker(verb):
    text = f'{verb} سليم أنه: "نعمل على تطبيق طريقة جديدة لإجراء الفحوص في الميناء".'
    found = speakers(text, ())
    assert len(found) == 1
    assert found[0][1] == "سليم"
