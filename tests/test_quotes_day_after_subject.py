"""find_quotes: a day between the subject and its cue (``Teodoro Jr. on Wednesday said``) is no part of it."""

from quote_cases import speakers


def test_a_day_after_the_subject_leaves_the_dateline_out():
    text = (
        "MANILA \u2014 Defense Secretary Gilberto Teodoro Jr. on Wednesday said the pact is "
        "\u201cnone of China\u2019s business\u201d after the protest."
    )
    [(_, words)] = speakers(text, ())
    assert words == "Defense Secretary Gilberto Teodoro Jr."


def test_a_day_after_the_subject_leaves_the_agency_out():
    text = (
        "Tokyo, Feb 16 (UNI) Japanese Chief Cabinet Secretary Yoshimasa Hayashi on Friday called "
        "\u201ccompletely unacceptable\u201d the claim."
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("Yoshimasa Hayashi")
