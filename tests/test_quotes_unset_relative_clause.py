"""find_quotes: a relative clause with no comma before it (``Jens Stoltenberg who is scheduled to
meet … officials … said``) is no part of the cue's subject: the words before it are."""

from quote_cases import speakers


def test_the_name_before_who_is_the_subject_not_the_clause_noun():
    text = (
        "Jens Stoltenberg who is scheduled to arrive in Seoul on Sunday to meet with President Yoon "
        "Suk Yeol and other South Korean government officials in an interview the Yonhap said, "
        "“The most important message is that we need to strengthen the partnership.”"
    )
    assert [w for _, w in speakers(text, ())] == ["Jens Stoltenberg"]


def test_officials_who_spoke_are_the_subject():
    text = "Officials who spoke on condition of anonymity said the launch was “a grave provocation.”"
    assert [w for _, w in speakers(text, ())] == ["Officials"]
