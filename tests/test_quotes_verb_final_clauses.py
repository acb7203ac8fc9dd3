"""find_quotes: in a clause whose verb comes last (German perfect, ``… fördern und bekräftigte``),
the one who speaks is the clause's subject, not a name between the auxiliary and the participle."""

from quote_cases import speakers


def test_a_name_between_auxiliary_and_participle_is_the_one_spoken_to():
    text = (
        "Olaf Weber traf den Präsidenten.\n"
        "Weber sagte, er habe Steinmeier gesagt, Japan sei entschlossen, \u201eseine Verteidigung "
        "erheblich zu st\u00e4rken\u201c."
    )
    assert [w for _, w in speakers(text, ())] == ["Weber"]


def test_a_verb_after_a_clause_final_verb_and_und_shares_the_opening_pronoun():
    text = (
        "Olaf Weber sprach in Berlin.\n"
        "Er sagte, Japan wolle eine \u201eSicherheitskooperation auf mehreren Ebenen\u201c f\u00f6rdern "
        "und bekr\u00e4ftigte die St\u00e4rkung der Zusammenarbeit."
    )
    found = [w for _, w in speakers(text, ())]
    assert found != ["die St\u00e4rkung der Zusammenarbeit"]
    assert found == ["Olaf Weber"]
