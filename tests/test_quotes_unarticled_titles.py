"""find_quotes: Russian and Ukrainian titles after a cue, written with no article (``— сказал глава
региона``), stand for the person named before with that title; a Ukrainian cue and its title and
name after it (``– сказав міністр … Ола Бергсен``) give the name."""

from quote_cases import speakers


def test_a_russian_title_after_the_cue_stands_for_the_governor_named_before():
    text = (
        "Губернатор Омской области Пётр Сидоров обратился к жителям.\n\n"
        "«Поэтому мы начинаем срочную эвакуацию населения», - сказал глава региона.\n"
    )
    assert [words for _, words in speakers(text, ())] == ["Пётр Сидоров"]


def test_a_russian_title_with_its_scope_stands_for_the_head_named_before():
    text = (
        "Глава Курской администрации Олег Ветров не исключает эвакуации.\n\n"
        '"Если потребуется эвакуация, то будем её делать", - отметил глава администрации.\n'
    )
    assert [words for _, words in speakers(text, ())] == ["Олег Ветров"]


def test_a_ukrainian_cue_takes_the_title_and_the_name_after_it():
    text = (
        "Візит тривав два дні.\n"
        '"Співпраця між нами стає дедалі важливішою", \u2013 сказав міністр закордонних справ '
        "Норвегії Ола Бергсен.\n"
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("Ола Бергсен")


def test_an_acronym_after_the_scope_of_a_title_is_no_holder():
    text = (
        "Такое заявление сделал Павел Орлов в Москве.\n\n"
        '"Её цель - сдерживание России", - заявил представитель министерства РФ.\n'
    )
    assert [words for _, words in speakers(text, ())] == ["Павел Орлов"]


def test_a_place_after_a_russian_preposition_is_no_antecedent():
    text = (
        "Посол Павел Орлов выступил в Москве. Проводник влияния в Азии, заявил посол.\n\n"
        '"Её цель - сдерживание", - заявил представитель министерства.\n'
    )
    assert [words for _, words in speakers(text, ())][-1].endswith("Павел Орлов")
