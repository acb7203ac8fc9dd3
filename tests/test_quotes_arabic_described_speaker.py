"""find_quotes: in Arabic, a definite title after the verb (``وأضافت المتحدثة الصينية``) stands for the
person a verb of saying named before with a title; a name set off after a title of no article in
construct (``وزير الدفاع الهندي، راجيف كومار،``) is the speaker."""

from quote_cases import speakers


def test_a_title_alone_after_the_verb_is_the_spokeswoman_named_before():
    text = (
        "قالت المتحدثة باسم الخارجية الهندية سونيا راو، إن بلادها تأمل في الحوار.\n\n"
        'وأضافت المتحدثة الهندية: "نحن ندعو جميع الأطراف إلى ضبط النفس والعودة إلى الحوار".'
    )
    assert [words for _, words in speakers(text, ())] == ["سونيا راو"]


def test_a_name_set_off_after_a_construct_title_is_the_speaker():
    text = 'ذكر وزير الدفاع الهندي، راجيف كومار، في بيان، أن "الوضع على الحدود مستقر تماما الآن".'
    assert [words for _, words in speakers(text, ())] == ["راجيف كومار"]


def test_an_indefinite_spokesman_is_no_title_that_stands_for_a_body_named_before():
    text = (
        "وقالت وزارة الخارجية الهندية في بيان إنها تتابع الوضع.\n\n"
        'وقال متحدث باسم الخارجية الهندية: "نحن ندعو جميع الأطراف إلى ضبط النفس والعودة إلى الحوار".'
    )
    [(_, words)] = speakers(text, ())
    assert words == "متحدث باسم الخارجية الهندية"


def test_a_title_alone_with_no_name_before_keeps_its_words():
    text = 'وقال وزير الدفاع الياباني: "نشدد على استعداد أميركا للدفاع عن اليابان".'
    assert [words for _, words in speakers(text, ())] == ["وزير الدفاع الياباني"]
