"""find_quotes: a space that sets quoted words off from a straight or opening mark is no part of the
quote, a straight mark before a comma closes the quote, and a guillemet or curly quote whose closing
mark and cue stand in the next paragraph runs over the break."""

from japan_nato_corpus.quotes import find_quotes


def test_the_space_after_an_opening_straight_mark_is_not_quoted():
    text = (
        'The mayor spoke at noon.\n" Leave the coast tonight, all of you, before the water rises," she said.'
    )
    [quote] = find_quotes(text)
    assert quote.evidence.quote == "Leave the coast tonight, all of you, before the water rises,"


def test_the_space_after_an_opening_curly_mark_is_not_quoted():
    text = "The judge ruled on Friday.\n“ The court cannot change the sentence the law sets”, he said.\n"
    [quote] = find_quotes(text)
    assert quote.evidence.quote == "The court cannot change the sentence the law sets"


def test_a_straight_mark_after_a_space_and_before_a_comma_closes_the_quote():
    text = 'Ahmet Kaya, "Yüzlerce bina hasar gördü, ekipler sahada çalışıyor. " diye konuştu.'
    quotes = find_quotes(text)
    assert quotes[0].evidence.quote == "Yüzlerce bina hasar gördü, ekipler sahada çalışıyor."


def test_a_straight_mark_before_a_comma_is_no_stray_opener():
    text = (
        'Ivan Petrov spoke.\n"Вода поднимается, мы готовим эвакуацию сёл (…) ", - сказал Петров в пятницу.\n'
    )
    [quote] = find_quotes(text)
    assert quote.evidence.quote == "Вода поднимается, мы готовим эвакуацию сёл (…)"


def test_a_guillemet_quote_closed_in_the_next_paragraph_before_its_cue_is_one_quote():
    text = (
        "Министр выступил в Токио. «Эти пуски угрожают миру в регионе.\n"
        "Они нарушают решения ООН», – сказал министр на брифинге.\n"
    )
    [quote] = find_quotes(text)
    assert quote.evidence.quote == "Эти пуски угрожают миру в регионе.\nОни нарушают решения ООН"


def test_a_quote_closed_in_the_next_paragraph_with_no_cue_after_is_dropped():
    text = "Министр выступил. «Эти пуски угрожают миру в регионе.\nОни нарушают решения ООН», и всё.\n"
    assert all("\n" not in q.evidence.quote for q in find_quotes(text))
