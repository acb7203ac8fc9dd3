"""find_quotes: a definite title alone after a cue, in a language that puts the subject after the
verb (``», a ajouté le porte-parole.``), is the speaker's description and stands for its holder."""

from quote_cases import speakers


def test_a_definite_title_alone_after_the_cue_stands_for_the_holder_before():
    text = (
        "Le porte-parole Lin Jian a parlé jeudi.\n\n"
        '"Nous avertissons sévèrement le Japon qu\'il doit réfléchir à ses crimes", a ajouté le porte-parole.'
    )
    assert [w for _, w in speakers(text, ())] == ["Lin Jian"]


def test_a_definite_title_alone_after_the_cue_with_no_holder_keeps_the_title():
    text = (
        "« Nous avertissons sévèrement le Japon qu'il doit réfléchir à ses crimes », "
        "a ajouté le porte-parole."
    )
    assert [w for _, w in speakers(text, ())] == ["le porte-parole"]
