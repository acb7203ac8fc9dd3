"""find_quotes: which words of the attributing clause name the speaker (according to, appositions,
subjects after the cue, the subject of the clause, not the object, periphrastic and colon cues)."""

from japan_nato_corpus import find_quotes
from quote_cases import KISHIDA, speakers
from quote_cases import speakers as _speakers


def _kishida_speakers(text, actors=(KISHIDA,)):
    return speakers(text, actors)


class TestAccordingToAppositionsAndSubjectsAfterTheVerb:
    """According to at a sentence's start, appositions, pronouns and subjects after the verb."""

    def test_according_to_opening_the_sentence(self):
        text = 'According to Mao Ning, Japan\'s move is "extremely dangerous and will cause serious concern."'
        assert _kishida_speakers(text) == [
            ("extremely dangerous and will cause serious concern.", "Mao Ning")
        ]

    def test_a_name_in_apposition_to_the_title_after_the_cue(self):
        text = (
            "“Creo que es una idea para el futuro”, dijo el ministro de Relaciones Exteriores de Japón, "
            "Takeshi Iwaya, en una conferencia de prensa en Tokio."
        )
        assert _kishida_speakers(text) == [("Creo que es una idea para el futuro", "Takeshi Iwaya")]

    def test_a_name_with_its_own_title_in_apposition(self):
        text = "“El primer ministro no mencionó nada”, dijo el ministro de Defensa, el general Nakatani."
        assert _kishida_speakers(text)[0][1] == "Nakatani"

    def test_a_portuguese_pronoun_stands_for_the_subject_named_before(self):
        text = (
            "Contrariamente, Mao Ning, porta-voz do Ministério das Relações Exteriores da China, considerou "
            "a ação japonesa não bem-vinda na região. Ele pediu que Tóquio fosse “extremamente cauteloso com "
            "a questão da segurança militar”, dada sua história."
        )
        [(_, words)] = _kishida_speakers(text)
        assert words == "Mao Ning"

    def test_she_stands_for_the_subject_named_in_the_sentence_before(self):
        text = (
            '"When I learned of the warning, I knew I had to escape," said Sachiko Nakagawa, 60.\n\n'
            "Atsuko Tanabe, 62, lives in the Kaibama district. "
            '"I felt the shaking and jumped out of bed," she said.'
        )
        assert [w for _, w in _kishida_speakers(text)] == ["Sachiko Nakagawa", "Atsuko Tanabe"]

    def test_the_subject_after_the_verb_in_a_romance_language(self):
        text = (
            "El Gobierno ha creado un centro de respuesta dirigido por el primer ministro, Fumio Kishida, "
            'ha dicho Matsuno. "El primer ministro Kishida nos ha dado instrucciones para el rescate", '
            "ha añadido."
        )
        [(_, words)] = _kishida_speakers(text)
        assert words == "Matsuno"

    def test_the_subject_after_the_verb_in_german(self):
        text = (
            "Angesichts der Raketenbedrohungen durch Nordkorea erinnerte Herr Tomita daran, dass das Thema "
            "die „Stärkung des auf Regeln basierenden internationalen Systems“ sei."
        )
        [(_, words)] = _kishida_speakers(text)
        assert words == "Herr Tomita"

    def test_an_adverb_before_the_german_verb_is_no_speaker(self):
        text = (
            "Zuvor erklärte der japanische Premierminister Sanae Takaichi im Parlament, dass ein Angriff "
            "eine "
            'Situation darstellen könnte, die "die Existenz des Landes bedroht" und mehr.'
        )
        [(_, words)] = _kishida_speakers(text)
        assert words == "der japanische Premierminister Sanae Takaichi"

    def test_an_italian_cue_after_and_keeps_the_subject_of_the_cue_before(self):
        text = (
            "Da parte sua Nakatani ha spiegato che il Giappone vuole «partecipare» alla missione della NATO "
            "e ha chiesto a Rutte di mettere a punto «le necessarie procedure»."
        )
        assert [w for _, w in _kishida_speakers(text)][-1] == "Nakatani"

    def test_a_capitalised_name_after_an_english_cue_stays_its_object(self):
        text = '"We will act together," Kishida told Stoltenberg on Tuesday.'
        assert _kishida_speakers(text) == [("We will act together,", "Kishida")]


class TestSubjectsAfterTheCueInFrench:
    """A day between a cue and its subject; a title's description that runs on to the name."""

    def test_a_day_between_the_cue_and_the_name(self):
        text = (
            "« Si le Japon souhaite emprunter la vieille voie du militarisme, il échouera inévitablement », "
            "a déclaré vendredi Mao Ning, porte-parole du ministère chinois des Affaires étrangères."
        )
        [(_, words)] = _kishida_speakers(text)
        assert words == "Mao Ning"

    def test_a_long_title_that_ends_with_the_name(self):
        text = (
            "«Nous demandons aux Etats-Unis et au Japon de cesser de s’inventer des ennemis», a déclaré le "
            "porte-parole du ministère chinois des Affaires étrangères Lin Jian."
        )
        [(_, words)] = _kishida_speakers(text)
        assert words.endswith("Lin Jian")

    def test_a_name_in_commas_before_its_verb_is_the_subject_a_pronoun_stands_for(self):
        text = (
            "Taiwans Repräsentant in Deutschland, Shieh Jhy-Wey, sieht den Besuch als Zeichen dafür, dass "
            "beide zusammenstehen. Doch er warnt vor Chinas Aggression: «Deutschland muss sich mit seinen "
            "Partnern darauf vorbereiten, was es tun will.»"
        )
        [(_, words)] = _kishida_speakers(text)
        assert words == "Shieh Jhy-Wey"

    def test_a_name_in_commas_before_a_preposition_is_no_subject(self):
        text = (
            "Le ministre, Shinjiro Koizumi, a déclaré que la sécurité est « indivisible », après sa "
            "rencontre avec le Secrétaire général de l'OTAN, Mark Rutte, à Davos. La coopération « gagne "
            "en importance stratégique », a-t-il indiqué."
        )
        assert [w for _, w in _kishida_speakers(text)][-1] == "Shinjiro Koizumi"


def test_a_cue_after_where_has_the_subject_of_the_clause_before():
    text = (
        "Na quarta-feira, Stoltenberg também fez um discurso na Universidade de Keio, em Tóquio, onde disse "
        'que Putin "cometeu um grave erro ao subestimar a coragem do povo ucraniano".'
    )
    [(_, words)] = _kishida_speakers(text)
    assert words == "Stoltenberg"


class TestSubjectOfTheClause:
    """The subject of the cue's clause, not the nearest name, says the quote."""

    def test_a_cue_whose_that_clause_runs_long_still_attributes_the_quote_it_holds(self):
        text = (
            "Takaichi ha dichiarato in Parlamento la scorsa settimana che se la Cina lanciasse un attacco "
            "militare a Taiwan e usasse la forza contro le truppe americane che tentano di difenderla, il "
            'caso "potrebbe trasformarsi in una minaccia esistenziale" per il Giappone.'
        )
        assert _speakers(text, ()) == [("potrebbe trasformarsi in una minaccia esistenziale", "Takaichi")]

    def test_a_long_way_from_a_cue_with_no_that_is_no_attribution(self):
        words = " ".join(["parole"] * 30)
        text = (
            f'Takaichi ha dichiarato in Parlamento la scorsa settimana {words} e il caso "cambia tutto" oggi.'
        )
        assert all(speaker != "Takaichi" for _, speaker in _speakers(text, ()))

    def test_an_indefinite_subject_before_the_cue_is_an_unnamed_source(self):
        text = (
            "Takaichi ha parlato in Parlamento. Nel frattempo, un portavoce del ministero della Difesa "
            'cinese ha dichiarato venerdì che il Giappone "pagherebbe un prezzo elevato".'
        )
        assert _speakers(text, ())[-1][1] == "un portavoce del ministero della Difesa cinese"

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


class TestObjectIsNoSpeaker:
    """A common noun after the subject that opens the quote's sentence is an object, not the speaker."""

    def test_the_object_of_a_second_verb(self):
        text = (
            "Le secr\u00e9taire g\u00e9n\u00e9ral de l\u2019OTAN, Jens Stoltenberg, a critiqu\u00e9 "
            "la Chine pour avoir \u201cintimid\u00e9 ses voisins\u201d et a soulign\u00e9 "
            "la n\u00e9cessit\u00e9 de travailler ensemble."
        )
        assert _speakers(text, ())[0][1] == "Jens Stoltenberg"

    def test_the_object_of_the_verb_before_a_colon(self):
        text = (
            "Verteidigungsminister Gen Nakatani reist nach Europa. Nakatani sprach in Tokio.\n"
            "Nakatani betonte die Bedeutung der Vision und sagte: "
            "\u201eIm heutigen Umfeld ist das wichtig.\u201c"
        )
        assert _speakers(text, ())[0][1] == "Nakatani"

    def test_a_group_noun_keeps_the_group(self):
        text = 'Kishida met Biden on Monday, and Japanese officials said "the talks went well".'
        assert _speakers(text)[0][1] == "Japanese officials"


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


def test_a_sentence_adverb_after_the_auxiliary_is_not_part_of_the_subject():
    text = (
        "Hayashi ha inoltre definito Taiwan “un partner e un amico importante del Giappone”. "
        "“La stabilità nello Stretto è importante per tutti”, ha osservato il ministro degli Esteri."
    )
    assert [w for _, w in _speakers(text, ())] == ["Hayashi", "Hayashi"]


def test_a_quote_inside_a_sentence_is_said_by_whom_the_next_sentence_names():
    text = (
        "Il Giappone e la Nato devono “rimanere uniti e fermi” di fronte alle minacce. Lo ha detto "
        "nel corso della sua visita a Tokyo il segretario generale della Nato, Jens Stoltenberg."
    )
    assert _speakers(text, ()) == [("rimanere uniti e fermi", "Jens Stoltenberg")]


def test_a_name_after_a_preposition_article_and_noun_is_no_subject_after_the_cue():
    text = (
        "Jens Stoltenberg celebr\u00f3 el plan de Jap\u00f3n, afirm\u00f3 Stoltenberg. "
        "\u201cMe complace que Jap\u00f3n tenga previsto aumentar su presupuesto militar\u201d, "
        "declar\u00f3 en un discurso pronunciado en la universidad Keio de Tokio."
    )
    found = [w for _, w in speakers(text, ())]
    assert found[-1] != "Keio de Tokio"
    assert found[-1] is not None
    assert "Stoltenberg" in found[-1]


def test_a_cue_after_a_subordinator_past_the_quote_is_another_clauses():
    text = (
        'The Japanese government also said on Thursday that it "can never tolerate" provocations '
        "from the North after the country\u2019s military said it was finalising a plan."
    )
    assert _speakers(text, ()) == [("can never tolerate", "The Japanese government")]


def test_a_plural_noun_that_spells_a_cue_is_no_cue_after_the_quote():
    text = (
        "Japanese Defence Minister Minoru Kihara stressed that it is \u201can urgent issue\u201d for "
        "the four countries to work together with other like-minded states to that end."
    )
    assert _speakers(text, ()) == [("an urgent issue", "Japanese Defence Minister Minoru Kihara")]
