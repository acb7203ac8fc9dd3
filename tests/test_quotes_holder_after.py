"""find_quotes: a title or a pronoun whose holder the text names only after the quote (``“…,” the
Chinese senior diplomat stated. … Ning added``) stands for that holder."""

from quote_cases import speakers


def test_a_title_with_no_one_before_takes_the_next_cue_subject():
    text = (
        "\u201cThe alliance has constantly gone beyond its traditional areas for defense,\u201d "
        "the Chinese senior diplomat stated.\n\n"
        "Saying that vigilance is needed, Wang Ning added, \u201cThe alliance needs to abandon the "
        "Cold War mentality.\u201d"
    )
    assert [w for _, w in speakers(text, ())] == ["Wang Ning", "Wang Ning"]


def test_an_italian_title_with_no_one_before_takes_the_name_after():
    text = (
        "Secondo il ministro giapponese, le democrazie sono \u201csulla stessa barca\u201d di fronte "
        "alla Cina. Yoshimasa ha inoltre definito Taiwan \u201cun partner e un amico importante\u201d."
    )
    assert [w for _, w in speakers(text, ())] == ["Yoshimasa", "Yoshimasa"]


def test_a_title_keeps_its_holder_named_before():
    text = (
        "Foreign Minister Yoko Kamikawa spoke on Monday.\n\n"
        "\u201cWe will keep talking with our partners,\u201d the minister said.\n\n"
        "Later, Wang Ning said he agreed."
    )
    assert speakers(text, ())[0][1].endswith("Yoko Kamikawa")


def test_a_pronoun_with_no_one_before_takes_the_next_cue_subject():
    text = (
        "The minister is sounding an alarm, saying capabilities have grown to what he called an "
        "\u201cunprecedented, critical and imminent\u201d level.\n\n"
        "The minister, Itsunori Onodera, said the threat calls for a joint response."
    )
    assert speakers(text, ())[0][1] == "Itsunori Onodera"


def test_a_pronoun_in_the_paragraph_that_opens_the_text_takes_a_later_cue_subject():
    text = (
        "He said the bombing was a reminder of that. \u201cWe share your outrage at the attack.\u201d\n\n"
        "He said the four countries were all deeply committed to the order, a point the group made "
        "often over the past three years at every meeting it held with its partners in Europe.\n\n"
        "While it was Australia\u2019s turn to chair the meeting, the decision of its leader not to "
        "attend meant the chair fell to New Zealand instead, for the first time in the group\u2019s "
        "short history, and the room was told of it only on the morning of the meeting itself.\n\n"
        "\u201cSecurity in Europe and in our part of the world is indivisible,\u201d Christopher Luxon said."
    )
    assert [w for _, w in speakers(text, ())] == ["Christopher Luxon", "Christopher Luxon"]
