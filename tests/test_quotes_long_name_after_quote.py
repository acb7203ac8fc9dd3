"""find_quotes: a title and name of up to six words and a cue after a quote that opens its sentence."""

from quote_cases import speakers


def test_a_titled_name_after_a_quote_that_opens_its_sentence_is_its_speaker():
    text = (
        "Takaichi spoke on Friday.\n\n\u201cWe have no choice but to cut it. Are you ready?\u201d "
        "Chinese Consul General Xue Jian said in a message posted on X."
    )
    [(_, words)] = speakers(text, ())
    assert words == "Chinese Consul General Xue Jian"


def test_a_quote_inside_a_sentence_leaves_the_next_sentences_subject_alone():
    text = (
        "Anger grew over remarks by the consul general, Xue Jian, who posted that \u201cthe head must "
        "be cut off.\u201d Japanese Foreign Minister Toshimitsu Motegi condemned the comment."
    )
    [(_, words)] = speakers(text, ())
    assert words != "Japanese Foreign Minister Toshimitsu Motegi"
