"""find_quotes: cues from the vocabulary. Georgian; and languages that drop the subject (Bosnian,
Croatian and Serbian; Spanish): a cue with no subject gives the quote to the last speaker, and the
perfect's auxiliary (``je``, ``su``) between a subject and its cue is no part of the speaker's words."""

from japan_nato_corpus import quotes
from quote_cases import speakers


def test_a_south_slavic_cue_with_no_subject_gives_a_short_quote_to_the_last_speaker():
    text = (
        "Ministar odbrane Nakatani Gen rekao je da će se sastati sa kolegama iz NATO-a.\n"
        'Naglasio je da je cilj "jačanje odnosa" sa zemljama istomišljenicima.\n'
    )
    assert speakers(text, ()) == [("jačanje odnosa", "Nakatani Gen")]


def test_the_auxiliary_between_a_subject_and_its_cue_is_not_the_speakers_word():
    text = 'Nacionalni mediji su istakli da će on tražiti "prilike za saradnju" sa kolegama.\n'
    assert speakers(text, ()) == [("prilike za saradnju", "Nacionalni mediji")]


def test_the_spanish_verbs_of_praise_and_of_a_text_that_reads_are_cues():
    assert {"elogió", "reza"} <= set(quotes.CUES_BY_LANGUAGE["es"])
    text = "Bauer elogió su participación creciente al confrontar los “retos de seguridad compartidos”.\n"
    assert speakers(text, ()) == [("retos de seguridad compartidos", "Bauer")]


def test_a_georgian_cue_from_the_vocabulary_attributes_a_short_quote():
    assert "თქმით" in quotes.CUES_BY_LANGUAGE["ka"]
    text = "მისი თქმით, იაპონიის ნაბიჯი არის ის, რასაც რეგიონი „არ მიესალმება“.\n"
    assert [quote for quote, _ in speakers(text, ())] == ["არ მიესალმება"]
