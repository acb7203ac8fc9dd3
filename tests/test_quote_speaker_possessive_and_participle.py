"""find_quotes: a place, people or outlet near the cue is no speaker when a person is in the attribution."""

from quote_cases import speakers


def test_a_participle_after_a_cue_and_its_time_goes_on_that_cues_subject():
    text = (
        "Many answers for Norway and Chile lie in working together, Trade Minister Hedda Lunde said on "
        "Tuesday, stressing that the two are \u201cfully aligned\u201d."
    )
    assert [words for _, words in speakers(text, ())] == ["Trade Minister Hedda Lunde"]


def test_a_titled_subject_gives_the_name_it_ends_with_to_the_pronoun_after_it():
    text = (
        "Portuguese voters will know the result by noon, the Chairman of the Electoral Board Tomas Ribeiro "
        "says.\n\n"
        "\u201cWe expect half of the count by midnight,\u201d he said."
    )
    assert [words for _, words in speakers(text, ())] == ["Tomas Ribeiro"]


def test_an_outlet_that_quotes_someone_as_saying_is_not_the_speaker():
    text = (
        "The agency Baltic Wire quoted Minister Aino Tamm as saying that they \u201cwill not accept any "
        "change to the border\u201d."
    )
    assert [words for _, words in speakers(text, ())] == ["Minister Aino Tamm"]


def test_a_cue_after_the_quote_in_a_clause_of_its_own_leaves_it_to_the_cue_before():
    text = (
        "Ruud Dekker told a news conference that the launch was a \u201creckless step that no one can "
        "accept\u201d and the two ministers had stressed the need for calm."
    )
    assert [words for _, words in speakers(text, ())] == ["Ruud Dekker"]


def test_a_possessive_before_a_participle_is_no_subject():
    text = (
        "Greta Holm told her guest the treaty is strong, as are Sweden\u2019s ties across the region, "
        "adding, \u201cOur task is to keep it that way for many years.\u201d"
    )
    assert [words for _, words in speakers(text, ())] == ["Greta Holm"]


def test_a_possessive_after_the_cue_gives_the_title_it_owns_and_its_holder():
    text = (
        "Malta\u2019s foreign minister Carmel Vella met his guests on Friday.\n\n"
        "\u201cIt will take time to mend these ties, but we are on the way,\u201d said Malta\u2019s "
        "foreign minister."
    )
    assert [words for _, words in speakers(text, ())] == ["Carmel Vella"]


def test_an_ing_cue_set_off_by_a_comma_goes_on_the_main_clause_not_its_object():
    text = (
        "Envoy to Chile Anna Berg criticized Peru on Monday, claiming the waste was safer than that "
        "\u201cpoured\u201d into the sea by its plants."
    )
    assert [words for _, words in speakers(text, ())] == ["Anna Berg"]


def test_a_name_with_a_joined_particle_is_a_name_and_a_plural_noun_no_cue():
    text = (
        "Omani Foreign Minister Badr al-Harthi said on Monday Gulf states could settle the dispute alone.\n\n"
        "\u201cWe have not asked anyone to step in,\u201d he told a news conference."
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("al-Harthi")
