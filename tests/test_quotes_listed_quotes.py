"""find_quotes: short quotes listed after one cue (``accused China of “…,” “…,” and “…”``) are each
the cue's subject's words; the list's comma or coordinator carries the cue over."""

from quote_cases import speakers


def test_every_item_of_a_list_after_one_cue_is_the_speakers():
    text = (
        "He met reporters in Fukushima. Emanuel also accused China of \u201ceconomic coercion,\u201d "
        "\u201charassment,\u201d and \u201cdisinformation\u201d against Japan.\n"
    )
    assert speakers(text, ()) == [
        ("economic coercion,", "Emanuel"),
        ("harassment,", "Emanuel"),
        ("disinformation", "Emanuel"),
    ]


def test_terms_listed_with_no_cue_stay_out():
    text = "The talks covered \u201chub and spokes,\u201d \u201clatticework\u201d and the alliance.\n"
    assert speakers(text, ()) == []
