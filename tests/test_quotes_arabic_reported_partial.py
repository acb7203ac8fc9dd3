"""find_quotes: a short Arabic quote a few words after the *that* of a verb of saying that opens its
sentence is the speaker's partial quote; words quoted again elsewhere are a term."""

from japan_nato_corpus.quotes import find_quotes


def test_a_one_word_quote_in_the_reported_clause_is_a_quote():
    text = 'أكدت وزارة الخارجية اليوم بأنّ التوتر في المنطقة يعود إلى "تحركات" يقوم بها الطرف الآخر.\n'
    [quote] = find_quotes(text)
    assert quote.text == "تحركات"
    assert quote.speaker_words is not None
    assert quote.speaker_words.text.startswith("وزارة الخارجية")


def test_a_word_quoted_again_elsewhere_is_a_term():
    text = (
        'الوزارة تتحدث عن "تحركات" في المنطقة\n\n'
        'أكدت وزارة الخارجية اليوم بأنّ التوتر في المنطقة يعود إلى "تحركات" يقوم بها الطرف الآخر.\n'
    )
    assert find_quotes(text) == ()


def test_a_quote_far_after_the_that_is_no_partial_quote():
    text = (
        "أكدت وزارة الخارجية اليوم بأنّ التوتر في المنطقة يعود إلى أسباب كثيرة منها الاقتصاد والسياسة "
        'والتاريخ والجغرافيا والحدود البحرية والبرية في "الشمال" البعيد.\n'
    )
    assert find_quotes(text) == ()
