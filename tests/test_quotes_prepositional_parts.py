"""find_quotes: in a cue's clause, a part set off by commas that is a preposition and its article's
noun (``a la importancia de …``) or a relative clause (``que ascendieron …``) names no subject."""

from quote_cases import speakers


def test_a_prepositional_object_in_a_list_is_no_subject():
    text = (
        "Lucía Ferrer habló ayer. La ministra se refiri\u00f3 al aumento de casos, a la "
        'importancia de la vacunaci\u00f3n, y asegur\u00f3 que "hay dosis suficientes en cada provincia".'
    )
    assert [words for _, words in speakers(text, ())] == ["Lucía Ferrer"]


def test_a_relative_clause_between_the_subject_and_the_cue_is_no_subject():
    text = (
        "Lucía Ferrer habló ayer. La ministra se refiri\u00f3 al aumento de casos, que subieron "
        'a más de mil en una semana, y asegur\u00f3 que "hay dosis suficientes en cada provincia".'
    )
    assert [words for _, words in speakers(text, ())] == ["Lucía Ferrer"]


def test_an_english_part_opening_with_the_article_a_is_still_read():
    text = "Ishiba, a former defence minister, said the plan was \u201cnot yet ready for a vote.\u201d"
    assert [words for _, words in speakers(text, ())] == ["Ishiba"]
