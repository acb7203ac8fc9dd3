"""find_quotes, Arabic: a verb of saying written with its vowel marks or a listed shadda (``أكّد``)
is a cue, a verb the shadda makes another (``ذكّر``, reminded) is not; a name set off by commas
after the definite title that follows the verb is the speaker."""

from quote_cases import speakers


def test_shadda_verb_and_name_after_the_title():
    text = (
        "وفي وقت سابق، أكّد المتحدث باسم وزارة الدفاع الصينية، تان كيفي، أنّ على اليابان أن "
        '"تتوقف عن اتباع الولايات المتحدة في التشهير بالصين".'
    )
    [(_, words)] = speakers(text, ())
    assert words == "تان كيفي"


def test_vowel_marks_on_a_verb_are_not_read():
    text = 'وقَال وزير الدفاع الياباني: "نشدد على استعداد أميركا للدفاع عن اليابان".'
    [(_, words)] = speakers(text, ())
    assert words == "وزير الدفاع الياباني"


def test_a_verb_the_shadda_changes_is_no_cue():
    text = 'وذكّر وزير دفاع اليابان، بنشر روسيا أسلحة حديثة في جزر الكوريل بما فيها صواريخ "أرض –جو".'
    assert speakers(text, ()) == []
