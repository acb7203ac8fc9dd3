"""find_quotes: the clause that reports a quote. A verb set off from the quote by a comma is its cue
(``The leaders condemned, “…”``); a participle of saying and its *that* (``pointing out that``,
``noting that``) open a reported clause of their own, whose later cues are not the quote's; a verb
that defines something as the quoted words (``defined China as a “…”``) is a naming cue."""

from quote_cases import speakers


def test_a_verb_before_a_comma_and_the_marks_is_the_cue_and_its_subject_the_speaker():
    text = (
        'Kishida condemned, "North Korea is fueling the war through direct military support such as '
        'ammunition," in Washington.\n'
    )
    assert speakers(text) == [
        ("North Korea is fueling the war through direct military support such as ammunition,", "Kishida")
    ]


def test_a_verb_before_a_comma_names_no_one_without_a_subject():
    text = 'Once agreed, "the plan will be carried out in full by the end of next year and after."\n'
    assert speakers(text) == [
        ("the plan will be carried out in full by the end of next year and after.", None)
    ]


def test_a_cue_after_a_participle_and_its_that_belongs_to_the_reported_clause():
    text = (
        'Kishida defined China as a "decisive enabler" of the war, pointing out that the threat '
        "has grown, and Russia urged calm.\n"
    )
    assert speakers(text) == [("decisive enabler", "Kishida")]


def test_noting_that_opens_a_reported_clause_too():
    text = (
        'Kishida described it as a "race against the clock" in the end, noting that the weather had '
        "conspired, and Russia warned of more.\n"
    )
    assert speakers(text) == [("race against the clock", "Kishida")]
