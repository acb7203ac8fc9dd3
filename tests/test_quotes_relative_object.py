"""find_quotes: a title that is the subject of a clause whose object is a name (``Kishida, whom the
Ukrainian leader called “…”``) stands for someone other than that name."""

from quote_cases import KISHIDA, speakers


def test_a_title_after_whom_is_not_the_name_before_it():
    text = (
        "Prime Minister Fumio Kishida met Ukrainian President Volodymyr Zelenskyy in Kyiv.\n\n"
        "Zelenskyy posted footage of his greeting Kishida, whom the Ukrainian leader called "
        "“a truly powerful defender of the international order”, in central Kyiv."
    )
    assert [w for _, w in speakers(text, (KISHIDA,))] == ["Zelenskyy"]


def test_a_title_with_no_relative_before_it_stands_for_the_name_before():
    text = (
        "Prime Minister Fumio Kishida visited Kyiv on Tuesday. "
        "The Japanese leader called it “a visit of solidarity” at a news conference."
    )
    assert [w for _, w in speakers(text, (KISHIDA,))] == ["Fumio Kishida"]
