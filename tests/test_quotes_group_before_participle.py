"""find_quotes: a participle after a cue speaks for that cue's subject, a group noun as well as a
name (``…, forecasters said, warning of a “…”``), not for a place named earlier in the sentence."""

from quote_cases import speakers


def test_a_participle_after_a_group_cue_is_the_groups():
    text = (
        "The storm hit Mindoro \u2014 the main island \u2014 forecasters said, warning of a "
        "\u201cpotentially dangerous\u201d surge."
    )
    assert [words for _, words in speakers(text, ())] == ["forecasters"]


def test_a_group_noun_before_the_cue_is_the_subject_past_a_dashed_aside():
    text = (
        "The river rose past Halden \u2014 a town of ten thousand \u2014 firefighters said, "
        "\u201cand it is still rising.\u201d"
    )
    assert [words for _, words in speakers(text, ())] == ["firefighters"]
