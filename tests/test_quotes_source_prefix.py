"""find_quotes: a source's name that opens a line before a spaced dash (a dateline's outlet) is no
speaker, and a long run of capitalised words with an office in it names the holder after it."""

from quote_cases import speakers


def test_a_source_before_a_spaced_dash_is_not_the_cue_subject():
    text = (
        "2023-05-05 Daily Wire - Foreign Ministry Spokeswoman stated that the alliance expands.\n\n"
        "The alliance \u201cwill inevitably undermine peace and stability in the region,\u201d she said."
    )
    words = [w for _, w in speakers(text, ())]
    assert words
    assert "Daily Wire" not in words


def test_a_source_before_a_spaced_dash_is_no_antecedent():
    text = (
        "Daily Wire - officials stated that the alliance expands.\n\n"
        "\u201cIt will inevitably undermine peace and stability in the region,\u201d she said."
    )
    assert speakers(text, ())[0][1] != "Daily Wire"


def test_the_holder_named_after_an_office_in_a_long_run_is_the_antecedent():
    text = (
        "Chinese Foreign Ministry Spokeswoman Mao Ning, at a briefing said that the region is at risk."
        "\u201cThe expansion will inevitably undermine peace and stability in the region,\u201d she said."
    )
    assert speakers(text, ())[0][1] == "Mao Ning"
