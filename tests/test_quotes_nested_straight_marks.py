"""find_quotes: a quote inside a quote, both in straight marks on one line (``"Её цель -
формирование "пула желающих" Россию …", - заявил``), is part of the outer quote; an opener met
inside an open quote with no pair of marks after it still stands alone."""

from japan_nato_corpus.quotes import find_quotes


def test_inner_quote_in_straight_marks_stays_in_the_outer():
    text = (
        '"Её основная цель - формирование "пула желающих сдерживать" Россию, а также КНР и КНДР", '
        "- заявил представитель министерства."
    )
    quoted = [q.evidence.quote for q in find_quotes(text)]
    assert quoted == ['Её основная цель - формирование "пула желающих сдерживать" Россию, а также КНР и КНДР']


def test_stray_opener_then_one_pair_is_that_pair():
    text = 'The so-called "peace plan was dropped. Kishida said "we will keep working with NATO on this".'
    quoted = [q.evidence.quote for q in find_quotes(text)]
    assert quoted == ["we will keep working with NATO on this"]
