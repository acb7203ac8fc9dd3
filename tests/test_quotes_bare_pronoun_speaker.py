"""find_quotes: a speaker that is only a personal pronoun, in any language of the vocabulary (``He``,
``Ia``, ``el``, ``он``), is never given as such: it is the person named before it, or no one."""

import pytest

from japan_nato_corpus.quotes import find_quotes
from quote_cases import speakers


def test_an_indonesian_pronoun_stands_for_the_speaker_named_before():
    text = (
        '"Kami ingin mengatakan Asia-Pasifik tidak menyambut konfrontasi," kata Mao, Rabu. '
        'Ia mengatakan Jepang juga harus "ekstra hati-hati dalam isu keamanan militer" mengingat '
        '"sejarah agresinya."'
    )
    assert [w for _, w in speakers(text, ())] == ["Mao", "Mao", "Mao"]


def test_an_english_pronoun_with_no_one_named_is_no_speaker():
    text = (
        '"We are working on the assumption they won\'t," the official told CNN.\n\n'
        'He said the launch could be "imminent," but also cautioned that the United States '
        '"simply doesn\'t know."'
    )
    found = speakers(text, ())
    assert [q for q, _ in found] == [
        "We are working on the assumption they won't,",
        "imminent,",
        "simply doesn't know.",
    ]
    assert [w for _, w in found][1:] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        'Koichiro Matsumoto habló el lunes. "Estamos encantados de estar aquí", señaló el.',
        'He said it was "a new stage in our relations."',
        "Ia mengatakan Jepang harus \u201cekstra hati-hati\u201d.",
    ],
)
def test_no_speaker_is_a_pronoun_alone(text: str) -> None:
    pronouns = {"he", "she", "ia", "el", "\u00e9l", "он", "그"}
    for quote in find_quotes(text):
        assert quote.speaker_words is None or quote.speaker_words.text.casefold() not in pronouns


def test_a_korean_pronoun_stands_for_the_speaker_of_the_quote_before():
    text = (
        "김용현 국방부장관은 15일 \u201c북한의 도발은 용인할 수 없다\u201d고 말했다.\n\n"
        "그는 \u201c관계국과 긴밀히 연대해 대응할 것\u201d이라고 덧붙였다."
    )
    assert [w for _, w in speakers(text, ())] == ["김용현 국방부장관", "김용현 국방부장관"]


def test_a_pronoun_alone_after_a_cue_after_the_quote_is_its_subject():
    text = (
        "\u201eKui s\u00f5da l\u00f5peb, on normaalne, et suhted taastuvad,\u201c "
        "\u00fctles Rutte intervjuus.\n\n"
        "\u201eMe ei ole veel absoluutselt seal,\u201c lisas ta. "
        "\u201e\u00c4rme ole naiivsed venelaste suhtes.\u201c"
    )
    assert [w for _, w in speakers(text, ())] == ["Rutte", "Rutte", "Rutte"]


def test_a_russian_pronoun_stands_for_the_cyrillic_name_before():
    text = (
        "Об этом в интервью ТАСС заявил пресс-секретарь президента России Дмитрий Песков.\n\n"
        '"Конечно, следим. И, конечно, неопределенность вызывает беспокойство", \u2013 подчеркнул он.'
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("Дмитрий Песков")  # the name's run, not the pronoun
