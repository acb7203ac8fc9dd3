"""find_quotes: the speaker classes the fifth set of quote pages showed (periphrastic cues,
names of a body's member, pronouns by gender and by the last speaker, names inside quotes)."""

from japan_nato_corpus import find_quotes
from quote_cases import speakers as _speakers


class TestPeriphrasticCues:
    """A cue's ``-ing`` form after a passive "quoted as" attributes like the verb itself."""

    def test_was_quoted_as_saying(self):
        text = 'Fumio Kishida spoke. "We must demonstrate unity," he was quoted as saying.'
        assert _speakers(text) == [("We must demonstrate unity,", "Fumio Kishida")]

    def test_a_description_was_quoted_as_adding(self):
        text = (
            "Senate President Juan Zubiri met them. "
            "“Support has been a boost,” the Senate president was quoted as adding."
        )
        assert _speakers(text)[0][1] == "Senate President Juan Zubiri"

    def test_a_bare_participle_after_a_quote_still_attributes_nothing(self):
        # "saying" alone after a quote is the next clause's verb, not this quote's cue
        text = "Kishida spoke on Monday. “Many things are at stake in Asia today,” saying nothing more."
        assert all(q.cue is None or q.cue.text != "saying" for q in find_quotes(text))


class TestNameOfBody:
    """A person's name followed by ``of`` and a body's name is said by the person."""

    def test_forecaster_of_an_administration(self):
        text = (
            "“This is a very dangerous typhoon,” forecaster Glaiza Escullar of the Philippine Atmospheric, "
            "Geophysical and Astronomical Services Administration told AFP."
        )
        assert _speakers(text) == [("This is a very dangerous typhoon,", "Glaiza Escullar")]

    def test_name_of_a_ministry_before_the_cue(self):
        text = "“The talks were frank,” Yukiko Okano of the Ministry of Foreign Affairs said."
        assert _speakers(text)[0][1] == "Yukiko Okano"

    def test_a_title_of_a_body_keeps_its_words(self):
        text = "“The talks were frank,” the Minister of Foreign Affairs said."
        assert _speakers(text)[0][1] == "the Minister of Foreign Affairs"


class TestPronouns:
    """He and she stand for a person the text does not give the other gender, never a name quoted."""

    def test_a_name_inside_the_quote_before_is_no_antecedent(self):
        text = (
            "Zubiri met them. “Japan’s support has been a major boost,” Zubiri said.\n"
            "“I am hopeful that we can move forward,” he continued."
        )
        assert [w for _, w in _speakers(text)] == ["Zubiri", "Zubiri"]

    def test_she_passes_over_a_man_the_text_calls_mr(self):
        text = (
            "Ms Norma Talosig leads the office. “The storm is strong,” said Mr Rene Paciente, a forecaster.\n"
            "“They have to evacuate,” she told AFP."
        )
        assert _speakers(text)[1][1].endswith("Norma Talosig")

    def test_he_keeps_the_last_speaker_when_no_gender_is_given(self):
        text = (
            "“The storm is strong,” said Rene Paciente, a forecaster.\n“They have to evacuate,” he told AFP."
        )
        assert _speakers(text)[1][1] == "Rene Paciente"

    def test_a_name_after_said_and_a_comma_is_the_last_speaker(self):
        text = (
            "“This is a very dangerous storm,” said Rene Paciente, head of the division.\n"
            "More than 1,680 people were evacuated, said Norma Talosig, regional civil defence chief.\n"
            "“They have to evacuate to higher ground,” she told AFP."
        )
        assert _speakers(text)[1][1] == "Norma Talosig"

    def test_a_foreign_feminine_title_gives_the_gender(self):
        text = (
            "La portavoz Mao Ning habló el lunes. El ministro Kenji Sato respondió con calma.\n"
            "“Asia no es un campo de batalla”, dijo ella."
        )
        assert _speakers(text)[0][1] == "Mao Ning"


class TestSubjectOfTheClause:
    """The subject of the cue's clause, not the nearest name, says the quote."""

    def test_a_name_in_a_relative_clause_is_not_the_subject(self):
        text = (
            "Jens Stoltenberg, qui s'exprimait au côté du premier ministre japonais Fumio Kishida, "
            "a prévenu que Pékin suivait de près la guerre et «y apprenait des leçons»."
        )
        assert _speakers(text) == [("y apprenait des leçons", "Jens Stoltenberg")]

    def test_a_subject_after_the_cue_its_date_and_its_place(self):
        text = (
            "Le Japon et l'Otan doivent rester «unis et fermes» face aux menaces posées par la Chine, "
            "a déclaré mardi 31 janvier à Tokyo Jens Stoltenberg."
        )
        assert _speakers(text)[0][1] == "Jens Stoltenberg"

    def test_a_subject_after_the_cue_and_an_adverbial_in_italian(self):
        text = "«Siamo pronti», dice prima in un'intervista il primo ministro Shinzo Abe."
        assert _speakers(text)[0][1].endswith("Shinzo Abe")

    def test_a_name_after_a_preposition_is_the_object(self):
        text = "«Siamo pronti», ha detto ieri a Jens Stoltenberg il ministro."
        assert _speakers(text)[0][1] != "Jens Stoltenberg"


class TestTermsAndFarAttributions:
    """A thing declared is no quote; an attribution that closes a long sentence is the quote's."""

    def test_a_declared_state_is_a_term(self):
        text = 'President Arroyo declared a nationwide "state of calamity" and ordered evacuations.'
        assert find_quotes(text) == ()

    def test_words_said_after_an_article_with_a_comma_are_still_a_quote(self):
        text = 'Kishida said a "we will never accept it," and left.'
        assert [q.text for q in find_quotes(text)] == ["we will never accept it,"]

    def test_the_cue_that_closes_the_sentence_attributes(self):
        text = (
            "Salceda said the evacuation was going smoothly. ”All is well”, with no one reported killed "
            "or injured and relief goods already stockpiled for those taken to shelters, he said."
        )
        assert _speakers(text) == [("All is well", "Salceda")]

    def test_a_cue_with_its_own_named_subject_keeps_the_quote(self):
        text = (
            'Although China is not an adversary, it has become "much higher" on the agenda, Jens Stoltenberg '
            "said, citing Beijing's rising military capabilities, Reuters reported."
        )
        assert _speakers(text) == [("much higher", "Jens Stoltenberg")]


class TestQuotesAfterTheirSpeakersSentence:
    """A quote after a colon line, an aside, or a sentence of what the speaker did is the speaker's."""

    def test_e_aggiunge_and_the_next_paragraph(self):
        text = (
            "Ecco Jens Stoltenberg: “Pechino e Mosca stanno promuovendo una manovra autoritaria”.\n"
            "E aggiunge:\n"
            "“Ciò che accade oggi in Europa potrebbe accadere domani in Asia orientale”."
        )
        first, second = (w for _, w in _speakers(text))
        assert first.endswith("Jens Stoltenberg")
        assert second == first

    def test_a_name_before_an_aside_set_off_by_commas(self):
        text = (
            "Kishida, through a translator, referred to the four countries as "
            "“the cornerstone of peace and stability in the region” who needed to act."
        )
        assert _speakers(text)[0][1] == "Kishida"

    def test_a_quote_after_what_its_speaker_did(self):
        text = (
            "Il Segretario generale Nato ha visitato la base aerea di Iruma e ha incontrato il personale. "
            "“Ho visto di persona gli aerei cargo giapponesi che trasportavano aiuti”. E giù elogi."
        )
        assert _speakers(text)[0][1] == "Il Segretario generale"

    def test_a_quote_after_a_sentence_with_no_person_has_no_speaker(self):
        text = "The storm hit the coast on Monday. “Evacuate now, the water is rising fast and high.”"
        assert _speakers(text) == [("Evacuate now, the water is rising fast and high.", None)]


class TestGermanReportedSpeech:
    """German reported speech goes on with its speaker: after *und* before a colon, in Konjunktiv."""

    def test_und_fuegte_hinzu_before_a_colon(self):
        text = (
            "Mark Rutte traf Sanae Takaichi. Er betonte, dass sie darüber gesprochen hätten, dass die "
            "Sicherheit eine Einheit bilde, und fügte hinzu: „Es ist von entscheidender Bedeutung.“"
        )
        assert _speakers(text)[0][1] in {"Er", "Mark Rutte"}
        assert find_quotes(text)[0].speaker_words is not None

    def test_a_subjunctive_clause_goes_on_with_the_last_speaker(self):
        text = (
            '"Die USA wollen mehr und mehr, dass sich die Nato einbringt", sagte Rutte. Dies gelte nicht '
            "im Sinne des Beistandspaktes, sondern eher dahin gehend, "
            '"dass man sich innerhalb der Nato gegenseitig hilft".'
        )
        assert [w for _, w in _speakers(text)] == ["Rutte", "Rutte"]

    def test_an_indicative_clause_does_not(self):
        text = (
            '"Die USA wollen mehr und mehr, dass sich die Nato einbringt", sagte Rutte. Das Treffen '
            "fand in Tokio statt, in einem Saal, der "
            '"Halle der Freundschaft und des Friedens in Asien" heißt.'
        )
        assert _speakers(text)[-1][1] != "Rutte"


class TestShortPartialQuotes:
    """A one-word quote further in what a cue reports, or after a possessive, is a quote."""

    def test_after_a_possessive_in_a_list_the_cue_governs(self):
        text = (
            "La Chine n'est «pas notre ennemi», a assuré Jens Stoltenberg, tout en dénonçant sa présence "
            "militaire grandissante, son «harcèlement» de pays voisins."
        )
        assert _speakers(text) == [
            ("pas notre ennemi", "Jens Stoltenberg"),
            ("harcèlement", "Jens Stoltenberg"),
        ]

    def test_further_in_what_the_cue_reports(self):
        text = "Le ministre a déclaré mercredi que la sécurité des deux zones est « indivisible » pour Tokyo."
        assert [q.text.strip() for q in find_quotes(text)] == ["indivisible"]

    def test_a_word_far_after_a_cue_with_no_que_is_a_term(self):
        text = (
            "Stoltenberg prometeu o reforço dos laços entre Tóquio e a Aliança Atlântica diante do "
            '"desafio" que representa a China.'
        )
        assert find_quotes(text) == ()


class TestColonCues:
    """A cue before a colon in a language that puts the subject after the verb has it there."""

    def test_sagte_and_its_subject_before_a_colon(self):
        text = (
            "Tokio. Während einer Pressekonferenz sagte Japans Verteidigungsminister Taro Kono: "
            "„Die Realität ist, dass China die Militärausgaben rapide erhöht hat.“"
        )
        assert _speakers(text)[0][1].endswith("Taro Kono")

    def test_a_body_its_lowercase_title_and_a_name_after_the_cue(self):
        text = (
            "“NATO’s attempt to make eastward inroads into the Asia-Pacific will sabotage peace,” said "
            "Ministry of Foreign Affairs of China spokeswoman Mao Ning, in response to a question."
        )
        assert _speakers(text)[0][1] == "Mao Ning"
