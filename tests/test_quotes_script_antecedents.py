"""find_quotes in Japanese and Chinese: whom a short description stands for. A family name before an
office (``常国防部長``) is the person named in full with that office before (``常万全国防部長``); a
pronoun's description that names an owner (``这位北约秘书长``, this NATO secretary general) is not
that owner, but the person whose cue comes before it."""

from quote_cases import speakers


def test_a_family_name_before_an_office_is_the_full_name_written_before_with_it():
    text = (
        "日本の防衛相は中国の常万全国防部長と短い話を交わした。"
        "常国防部長は防衛相に「今は紛糾を引き起こした側が過ちを正す時だ」と強調した。\n"
    )
    assert speakers(text, ()) == [("今は紛糾を引き起こした側が過ちを正す時だ", "常万全")]


def test_a_family_name_with_no_full_name_before_keeps_its_words():
    text = "常国防部長は防衛相に「今は紛糾を引き起こした側が過ちを正す時だ」と強調した。\n"
    assert speakers(text, ()) == [("今は紛糾を引き起こした側が過ちを正す時だ", "常国防部長")]


def test_the_owner_a_pronouns_description_names_is_not_whom_it_stands_for():
    text = (
        "斯托尔滕贝格说,乌克兰战争关系到所有人的安全,北约对日本提供的支持表示感谢。\n\n"
        "这位北约秘书长在韩国表示,不让俄罗斯赢得胜利“极其重要”,不仅对乌克兰如此。\n"
    )
    assert speakers(text, ()) == [("极其重要", "斯托尔滕贝格")]
