"""find_quotes: a quote nothing attributes, followed in its sentence by another quote whose cue comes
after it (``… „A“ in den Gesprächen, „B“, betonte X.``), is the words of that cue's subject too; a
quote that ends its own sentence, or stands on a line of its own, is not."""

from quote_cases import speakers


def test_two_quotes_of_one_sentence_share_the_cue_after_the_second():
    text = (
        "Die beiden Länder stehen für ein Fünftel des Welthandels. Dies zeige nicht nur ihre "
        "Stärke, sondern auch \u201edas Vertrauen und die gegenseitige Abhängigkeit\u201c zwischen "
        "beiden Regionen, \u201edie zwar weit voneinander entfernt, aber eng verbunden sind\u201c, "
        "betonte Helga Marquardt beim Gipfel.\n"
    )
    assert [s for _, s in speakers(text, ())] == ["Helga Marquardt", "Helga Marquardt"]


def test_a_quote_on_a_line_of_its_own_keeps_no_later_speaker():
    text = (
        "Die Lage sei ernst, hieß es aus der Stadt, \u201eund wir wissen das schon lange\u201c.\n"
        "\u201eWir helfen, wo wir können\u201c, sagte Helga Marquardt.\n"
    )
    assert "Helga Marquardt" not in [s for _, s in speakers(text, ())][:1]
