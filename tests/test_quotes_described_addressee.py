"""find_quotes: the one spoken to, written with a description between the words that make them so
and their name (``in an interview with British journalist Tom Hale``, ``told the Swiss newspaper
Le Matin``), is never the speaker a title or a pronoun stands for."""

from quote_cases import speakers


def test_a_described_interviewer_is_not_the_speaker():
    text = (
        "The minister spoke in an interview with British journalist Tom Hale, "
        "a part of which he shared online.\n"
        "In answer to a question on the budget, Brenner began to talk about the coming year.\n"
        "\u201cWe will not raise taxes this year, whatever the markets expect,\u201d "
        "said the finance minister.\n"
    )
    [(_, said)] = speakers(text, ())
    assert said is not None
    assert "Hale" not in said
