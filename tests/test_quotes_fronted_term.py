"""find_quotes: short lowercase quoted words inside a phrase that opens a sentence, closed by a
comma before the sentence's own subject and verb, are that subject's term, not words said
(``by allowing him a “personal trip,” Japan provides …``), whatever verb of saying stands before
them; with no cue, a name after such words is no speaker."""

from quote_cases import speakers


def test_a_term_in_a_fronted_phrase_before_another_subject_is_no_quote():
    text = (
        "On the visit, the spokesperson warned that by allowing him a “personal trip,” "
        "Japan provides a stage for separatist activities.\n"
    )
    assert speakers(text, ()) == []


def test_a_spanish_term_in_a_fronted_phrase_is_no_quote():
    text = (
        "El portavoz subrayó que al permitir que realizara un «viaje personal», "
        "Japón proporciona un escenario para las actividades separatistas.\n"
    )
    assert speakers(text, ()) == []


def test_a_short_quote_closed_by_a_comma_before_its_cue_stays_a_quote():
    text = "Matsuno met reporters. The launch would be a “grave provocation,” Matsuno told reporters.\n"
    assert speakers(text, ()) == [("grave provocation,", "Matsuno")]
