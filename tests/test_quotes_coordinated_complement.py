"""find_quotes: a second reported clause joined to the one before (``…”, y que “…”``) shares the
cue of the quote before it; an according-to phrase after it governs a clause of its own."""

from quote_cases import speakers


def test_a_joined_clause_keeps_the_speaker_before_an_according_to_phrase():
    text = (
        'Mao indicó que "se han producido numerosos delitos", y que en internet "han proliferado '
        'declaraciones extremistas", lo que, según Pekín, justifica el llamamiento.'
    )
    assert [w for _, w in speakers(text, ())] == ["Mao", "Mao"]


def test_an_according_to_phrase_after_a_quote_of_its_own_names_the_speaker():
    text = 'El plan es "una provocación grave", según Pekín.'
    assert [w for _, w in speakers(text, ())] == ["Pekín"]
