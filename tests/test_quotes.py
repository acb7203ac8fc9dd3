"""find_quotes: quoted words, their speakers and cues, on any text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from japan_nato_corpus import ParseError, QuoteKind, find_quotes
from japan_nato_corpus.model import Actor, ActorKind, Alias, Evidence, Office, Quote, Span

STOLTENBERG = Actor(
    id="jens-stoltenberg",
    kind=ActorKind.PERSON,
    name="Jens Stoltenberg",
    aliases=(Alias(name="Stoltenberg"),),
)
KISHIDA = Actor(
    id="fumio-kishida", kind=ActorKind.PERSON, name="Fumio Kishida", aliases=(Alias(name="Kishida"),)
)
ACTORS = (STOLTENBERG, KISHIDA)


def _found(text, actors=ACTORS):
    return [
        (q.text, q.speaker, q.speaker_words.text if q.speaker_words else None)
        for q in find_quotes(text, actors=actors)
    ]


class TestMarks:
    """Straight and curly marks, quotes over paragraphs, quotes split by their attribution."""

    def test_curly_marks_and_speaker_after(self):
        text = "“No other partner is closer to NATO than Japan,” Stoltenberg told Kishida."
        assert [
            ("No other partner is closer to NATO than Japan,", "jens-stoltenberg", "Stoltenberg")
        ] == _found(text)

    def test_straight_marks_and_speaker_before(self):
        text = 'Kishida said, "We must show our unity against any change by force."'
        assert [
            ("We must show our unity against any change by force.", "fumio-kishida", "Kishida")
        ] == _found(text)

    def test_speaker_after_the_cue(self):
        text = "“Among NATO’s partners, none is closer or more capable than Japan,” said Mr. Stoltenberg."
        (quote,) = find_quotes(text, actors=ACTORS)
        assert "jens-stoltenberg" == quote.speaker
        assert "said" == quote.cue.text

    def test_quote_split_by_its_attribution(self):
        text = "“It shook quite violently,” said Kenji Komura, a principal. “I’m sure everyone was scared.”"
        found = _found(text, ())
        assert ["It shook quite violently,", "I’m sure everyone was scared."] == [f[0] for f in found]
        assert ["Kenji Komura", "Kenji Komura"] == [f[2] for f in found]

    def test_quote_over_paragraphs(self):
        text = (
            "Burnley manager Sean Dyche said: “People look at how teams play.\n\n"
            "“We come away pleased with a point.”\n"
        )
        (quote,) = find_quotes(text)
        assert "People look at how teams play.\n\n“We come away pleased with a point." == quote.text
        assert "Sean Dyche" == quote.speaker_words.text

    def test_a_quote_left_open_with_no_reopening_is_dropped(self):
        assert () == find_quotes("He said “this never closes\nand the next line is plain prose.\n")


class TestSpeakers:
    """He and she, unnamed sources and descriptions."""

    def test_he_said_is_the_person_named_last(self):
        text = (
            "Kishida met Stoltenberg in Vilnius on Wednesday.\n"
            "Stoltenberg warned of China's build-up. “Security is not regional; it is global,” he said."
        )
        (quote,) = find_quotes(text, actors=ACTORS)
        assert "jens-stoltenberg" == quote.speaker

    def test_unnamed_source_keeps_its_description(self):
        text = (
            "“The countries are too afraid of a backlash from China,” a senior official of the ministry said."
        )
        (quote,) = find_quotes(text, actors=ACTORS)
        assert quote.speaker is None
        assert "a senior official of the ministry" == quote.speaker_words.text

    def test_paragraph_after_a_quote_keeps_its_speaker(self):
        text = (
            "“We welcome your mission,” said Stoltenberg.\n\n“Therefore the war in Ukraine matters for you.”"
        )
        assert ["jens-stoltenberg", "jens-stoltenberg"] == [
            q.speaker for q in find_quotes(text, actors=ACTORS)
        ]


class TestWhatIsNotAQuote:
    """Terms, slogans, titles and scare quotes are not quotes."""

    @pytest.mark.parametrize(
        "text",
        [
            "Japan adopted a strategy to possess “counterstrike” capability.",
            'Kishida was invited to the meeting as an "observer."',
            "Japan hoisted the banner of “Proactive Contributor to Peace” based on cooperation.",
            "They signed the “Individually Tailored Partnership Programme (ITPP)” in July.",
        ],
    )
    def test_not_a_quote(self, text):
        assert () == find_quotes(text, actors=ACTORS)

    def test_partial_quote_with_a_cue_is_a_quote(self):
        (quote,) = find_quotes("He said that what Russia is doing in Ukraine is “unacceptable.”")
        assert QuoteKind.PARTIAL is quote.kind


class TestKinds:
    """Direct, partial and written quotes."""

    @pytest.mark.parametrize(
        "text",
        [
            "“We are committed to upholding the rules-based order,” read a joint statement.",
            "“Victory is therefore not enough,” the authors wrote.",
        ],
    )
    def test_written(self, text):
        (quote,) = find_quotes(text)
        assert QuoteKind.WRITTEN is quote.kind

    def test_direct(self):
        (quote,) = find_quotes("“I am very relieved that I was able to hit it,” Ohtani said.")
        assert QuoteKind.DIRECT is quote.kind
        assert "Ohtani" == quote.speaker_words.text


class TestQuoteRecord:
    """The record and the public face."""

    def test_article_is_the_evidence_document(self):
        quote = Quote(
            id="doc-quote-1",
            evidence=Evidence(document="doc", start=0, end=2, quote="Hi"),
            kind=QuoteKind.DIRECT,
        )
        assert "doc" == quote.article
        assert "Hi" == quote.text

    def test_ids_name_the_document(self):
        (quote,) = find_quotes(
            "“Japan is ready to carry out what is required of it,” Kishida said.", document="abe-2014"
        )
        assert "abe-2014-quote-1" == quote.id
        assert "abe-2014" == quote.evidence.document

    def test_public_face(self):
        assert jnc.find_quotes is find_quotes
        assert {"Quote", "QuoteKind", "find_quotes"} <= set(jnc.__all__)

    def test_non_text_raises_parse_error(self):
        with pytest.raises(ParseError, match="needs a string"):
            find_quotes(b"bytes")  # type: ignore[arg-type]


_PIECES = st.sampled_from(
    [
        '"', "“", "”", "«", "»", "„", "``", "''", "'", "’", "‘", " ", ", ", ". ", ": ", "\n", "\r", "\r\n",
        "\u2028", "\u2029", "\x85", "\x0c", "\x0b", "said", " he said", "Kishida", "Stoltenberg",
        "told reporters", "according to", "the prime minister", "a senior official", "We agree",
        "Mr.", "—", "é", "中", "Q", "x",
    ]
)  # fmt: skip


def _exact(text, span):
    return span is None or text[span.start : span.end] == span.text


@given(st.lists(_PIECES | st.text(max_size=4), max_size=40).map("".join))
def test_spans_slice_the_text_exactly(text):
    """On any text, every quote's evidence, speaker words and cue slice the text exactly, in order."""
    quotes = find_quotes(text, actors=ACTORS)
    assert [q.evidence.start for q in quotes] == sorted(q.evidence.start for q in quotes)
    assert len({q.id for q in quotes}) == len(quotes)
    for quote in quotes:
        assert text[quote.evidence.start : quote.evidence.end] == quote.evidence.quote
        assert quote.evidence.quote.strip()
        assert _exact(text, quote.speaker_words)
        assert _exact(text, quote.cue)
        assert quote.speaker in {None, "jens-stoltenberg", "fumio-kishida"}
        assert isinstance(quote.speaker_words, Span | None)


class TestAttributionRules:
    """Titles, repeated terms, coordinated cues and possessive attributions."""

    def test_titles_in_a_list_of_notes_are_not_quotes(self):
        text = "[4] NATO Newsroom, “NATO and Japan sign an accord to deepen their partnership,” 6 May 2014.\n"
        assert () == find_quotes(text)

    def test_a_title_with_no_cue_is_not_a_quote(self):
        text = "A policy proposal on “Redefining Japan’s Global Strategy,” Kitaoka recommended restraint."
        assert () == find_quotes(text, actors=ACTORS)

    def test_a_term_quoted_again_and_again_is_not_a_quote(self):
        text = (
            "Kishida said Japan’s “proactive contribution to peace” was welcome. Its “proactive "
            "contribution to peace” policy grew. The “proactive contribution to peace” lasted.\n"
        )
        assert () == find_quotes(text, actors=ACTORS)

    def test_an_unnamed_source_is_never_an_actor(self):
        foreign_ministry = Actor(
            id="japan-foreign-ministry", kind=ActorKind.ORGANISATION, name="Foreign Ministry"
        )
        text = "A partner “is very different from a member,” a senior Foreign Ministry official said."
        (quote,) = find_quotes(text, actors=(foreign_ministry,))
        assert quote.speaker is None
        assert "a senior Foreign Ministry official" == quote.speaker_words.text

    def test_a_coordinated_cue_keeps_the_first_subject(self):
        text = "Stoltenberg said Europe and Asia were one, and stressed that “it is even more important” now."
        (quote,) = find_quotes(text, actors=ACTORS)
        assert "jens-stoltenberg" == quote.speaker

    def test_his_answer_is_the_person_named_before(self):
        text = "Kishida asked, “Why Japan and NATO?” His answer was, “We are reliable partners in deed.”"
        assert ["fumio-kishida", "fumio-kishida"] == [q.speaker for q in find_quotes(text, actors=ACTORS)]

    def test_a_heading_names_the_speaker_of_the_quotes_below(self):
        text = (
            "Selected quotes from Fumio Kishida, Prime Minister\n\n“Japan and NATO must work together now.”\n"
        )
        (quote,) = find_quotes(text, actors=ACTORS)
        assert "fumio-kishida" == quote.speaker

    def test_imagined_speech_is_not_a_quote(self):
        text = (
            "People will just say to Kishida, diplomatically: “I think you got what you want, now go home”.\n"
        )
        assert () == find_quotes(text, actors=ACTORS)


class TestTitledSubjects:
    """A pronoun after a sentence whose subject is a title stands for that title's holder."""

    SECRETARY_GENERAL = Actor(
        id="jens-stoltenberg",
        kind=ActorKind.PERSON,
        name="Jens Stoltenberg",
        aliases=(Alias(name="Stoltenberg"),),
        offices=(jnc.Office(title="Secretary General"),),
    )

    def test_the_titles_holder_not_the_name_in_the_opening_phrase(self):
        text = (
            "Secretary General Jens Stoltenberg met Fumio Kishida in Tokyo. Speaking alongside Prime "
            "Minister Kishida, the Secretary General called on North Korea to stop its tests. "
            "“We agree that they pose a global threat,” he said."
        )
        (quote,) = find_quotes(text, actors=(self.SECRETARY_GENERAL, KISHIDA))
        assert "jens-stoltenberg" == quote.speaker

    def test_a_title_nobody_holds_leaves_the_person_named_before(self):
        text = (
            "Kishida said Japan would help. The company chairman later told colleagues to wait. "
            "He insisted the plan had a “total commitment” from everyone in the room today."
        )
        (quote,) = find_quotes(text, actors=ACTORS)
        assert "fumio-kishida" == quote.speaker


class TestSourceCues:
    """A news agency named after a quote is where the report comes from, not who spoke."""

    def test_the_cue_before_wins_over_reported(self):
        text = "Kishida said on Friday that Japan would “develop a new fighter by 2035” reported Ansa."
        (quote,) = find_quotes(text, actors=ACTORS)
        assert ("fumio-kishida", "Kishida") == (quote.speaker, quote.speaker_words.text)

    def test_reported_alone_still_attributes(self):
        text = "“We will develop a new fighter jet together by 2035,” reported Ansa."
        (quote,) = find_quotes(text, actors=ACTORS)
        assert "Ansa" == quote.speaker_words.text


@given(st.one_of(st.text(), st.binary(), st.integers(), st.none(), st.lists(st.text(max_size=3), max_size=3)))
def test_any_value_gives_quotes_or_our_error(value):
    """Any value gives quotes whose spans slice it, or raises only the package's own errors."""
    try:
        quotes = find_quotes(value, actors=ACTORS)
    except jnc.CorpusError:
        assert not isinstance(value, str)
        return
    for quote in quotes:
        assert value[quote.evidence.start : quote.evidence.end] == quote.text


RICE = Actor(id="susan-rice", kind=ActorKind.PERSON, name="Susan Rice", aliases=(Alias(name="Rice"),))
DONILON = Actor(id="tom-donilon", kind=ActorKind.PERSON, name="Tom Donilon", aliases=(Alias(name="Donilon"),))
JAPAN = Actor(id="japan", kind=ActorKind.STATE, name="Japan")
AUSTRALIA = Actor(id="australia", kind=ActorKind.STATE, name="Australia")


class TestGroupsAndTurns:
    """Group speakers, "I" in a transcript, and the person a pronoun stands for."""

    def test_officials_are_an_unnamed_group(self):
        text = "Japanese officials said the plan was “on track for next year.”"
        assert [("on track for next year.", None, "Japanese officials")] == _found(text)

    def test_they_stands_for_the_group_named_before(self):
        text = "The Quad leaders met in Hiroshima. They said the war had “terrible consequences.”"
        assert [("terrible consequences.", None, "The Quad leaders")] == _found(text)

    def test_i_in_a_transcript_is_the_turn_label(self):
        text = "Q: What did you say?\nFOREIGN MINISTER KISHIDA: I said that “Japan stands with NATO.”"
        [(quoted, _, words)] = _found(text)
        assert (quoted, words) == ("Japan stands with NATO.", "FOREIGN MINISTER KISHIDA")

    def test_a_questioner_turn_names_no_speaker(self):
        text = "Kishida spoke.\nQ: I said it was “a turning point.” Is it?"
        assert [("a turning point.", None, "I")] == _found(text)

    def test_he_is_the_subject_of_a_verb_not_the_last_name(self):
        text = (
            "Susan Rice made a speech after she met Tom Donilon in Washington. "
            "“We seek cooperation,” she said."
        )
        assert [("We seek cooperation,", "susan-rice", "Susan Rice")] == _found(text, (RICE, DONILON))

    def test_a_bare_surname_after_the_full_name(self):
        text = "Defense Minister Yasukazu Hamada arrived. Later Hamada spoke. “We are ready,” he said."
        [(quoted, _, words)] = _found(text)
        assert (quoted, words) == ("We are ready,", "Hamada")

    def test_a_country_is_not_a_surname(self):
        text = (
            "Quad members India Australia\n\nPresident Joe Biden said they will meet India and Australia "
            "on May 24. “Tomorrow we meet,” the US President said."
        )
        [(quoted, speaker, words)] = _found(text, (JAPAN, AUSTRALIA))
        assert (quoted, speaker) == ("Tomorrow we meet,", None)
        assert words is not None
        assert "Australia" not in words

    def test_they_skips_a_statement_for_the_group_behind_it(self):
        text = (
            "The Quad leaders, in a joint statement, met in Hiroshima.\n\n"
            "“We will strengthen our cooperation on counterterrorism,” the statement added.\n\n"
            "They also expressed a “serious concern at the militarisation of disputed features.”"
        )
        assert [None, "The Quad leaders"] == [q[2] if "serious" in q[0] else None for q in _found(text)]

    def test_calling_for_names_the_body_that_issued_the_paper(self):
        foundation = Actor(id="tokyo-foundation", kind=ActorKind.ORGANISATION, name="Tokyo Foundation")
        text = (
            "In 2011, the Tokyo Foundation issued a proposal calling for “a resilient habit of cooperation.”"
        )
        [(quoted, speaker, words)] = _found(text, (foundation,))
        assert (quoted, speaker) == ("a resilient habit of cooperation.", "tokyo-foundation")
        assert words is not None
        assert "Tokyo Foundation" in words

    def test_a_family_name_alone_is_the_person_named_in_full(self):
        hamada = Actor(id="yasukazu-hamada", kind=ActorKind.PERSON, name="Yasukazu Hamada")
        text = "Defense Minister Yasukazu Hamada flew in. Hamada told reporters: “We will respond firmly.”"
        assert [("We will respond firmly.", "yasukazu-hamada", "Hamada")] == _found(text, (hamada,))

    def test_a_family_name_two_people_share_names_neither(self):
        ken = Actor(id="ken-hamada", kind=ActorKind.PERSON, name="Ken Hamada")
        yasukazu = Actor(id="yasukazu-hamada", kind=ActorKind.PERSON, name="Yasukazu Hamada")
        text = "Yasukazu Hamada met Ken Hamada. Hamada told reporters: “We will respond firmly.”"
        assert [("We will respond firmly.", None, "Hamada")] == _found(text, (ken, yasukazu))

    def test_a_heading_names_the_speaker_on_its_own_line_only(self):
        text = (
            "Press Conference by Foreign Minister Kishida\n\nMinister: I said that “Japan stands with NATO.”"
        )
        [(quoted, speaker, words)] = _found(text)
        assert (quoted, speaker, words) == (
            "Japan stands with NATO.",
            "fumio-kishida",
            "Foreign Minister Kishida",
        )

    def test_the_ministry_is_the_ministry_named_before(self):
        ministry = Actor(
            id="mofa",
            kind=ActorKind.ORGANISATION,
            name="Ministry of Foreign Affairs of Japan",
            aliases=(Alias(name="Japanese Foreign Ministry"),),
        )
        text = "The Japanese Foreign Ministry welcomed the vote. “We protest the launch,” the ministry said."
        assert [("We protest the launch,", "mofa", "the ministry")] == _found(text, (ministry,))

    def test_the_ministry_named_nowhere_stays_unresolved(self):
        text = "Kishida spoke. “We protest the launch,” the ministry said."
        assert [("We protest the launch,", None, "the ministry")] == _found(text)

    def test_you_is_the_person_addressed_by_name(self):
        text = (
            "Prime Minister Kishida, welcome back to NATO. It is a pleasure.\n\n"
            "Last year, you called Japan and NATO “natural partners” and I agree."
        )
        assert [("natural partners", "fumio-kishida", "Prime Minister Kishida")] == _found(text)

    def test_you_with_no_one_addressed_names_no_one(self):
        text = "Kishida spoke. Last year, you called Japan and NATO “natural partners” and I agree."
        assert [("natural partners", None, "you")] == _found(text)

    def test_a_describing_verb_gives_the_quote_to_its_clause_subject(self):
        text = "Then De Coubertin described the spirit as “a philosophy of life, exalting body and mind.”"
        assert [("a philosophy of life, exalting body and mind.", None, "De Coubertin")] == _found(text)

    def test_a_name_that_is_no_subject_names_no_speaker(self):
        text = "The Olympics in Paris, with “a philosophy of life, exalting body and mind,” were held."
        assert [("a philosophy of life, exalting body and mind,", None, None)] == _found(text)

    @pytest.mark.parametrize(
        "text",
        [
            "O primeiro-ministro Fumio Kishida falou.\n“O míssil caiu no mar”, disse o chefe do governo.",
            "El primer ministro Fumio Kishida habló.\n“El misil cayó en el mar”, dijo el jefe del gobierno.",
        ],
    )
    def test_a_foreign_definite_title_after_the_cue_is_the_person_before(self, text):
        [(_, speaker, words)] = _found(text)
        assert (speaker, words) == ("fumio-kishida", "Fumio Kishida")


CHINA = Actor(id="china", kind=ActorKind.STATE, name="China")
HAYASHI = Actor(
    id="yoshimasa-hayashi", kind=ActorKind.PERSON, name="Yoshimasa Hayashi", aliases=(Alias(name="Hayashi"),)
)


class TestCuesByLanguage:
    """Cue verbs are data by language; a lowercase title and an inverted pronoun are read as such."""

    def test_every_cue_of_every_language_is_a_cue(self):
        assert set(jnc.quotes.CUES) == {cue for cues in jnc.quotes.CUES_BY_LANGUAGE.values() for cue in cues}
        assert jnc.quotes.ACCORDING_TO <= set(jnc.quotes.CUES)

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            ('"Ik heb geprotesteerd tegen de detentie van een Japanner", zei Hayashi.', "Hayashi"),
            ('"We hebben allebei bevestigd hoe belangrijk het is", aldus Hayashi.', "Hayashi"),
            ('Hayashi zegt: "Wij blijven in gesprek over de nationale veiligheid."', "Hayashi"),
        ],
    )
    def test_dutch_cues(self, text, words):
        (quote,) = find_quotes(text, actors=(HAYASHI,))
        assert (words, "yoshimasa-hayashi") == (quote.speaker_words.text, quote.speaker)

    def test_a_lowercase_title_before_the_name_after_the_cue(self):
        text = '"Deze relatie betekent veel voor de NAVO", zei secretaris-generaal Jens Stoltenberg dinsdag.'
        (quote,) = find_quotes(text, actors=ACTORS)
        assert ("secretaris-generaal Jens Stoltenberg", "jens-stoltenberg") == (
            quote.speaker_words.text,
            quote.speaker,
        )

    def test_the_pronoun_of_an_inverted_french_cue(self):
        text = (
            "Fumio Kishida a annoncé sa venue. Ce sera \u00ab une première pour un Premier ministre "
            "japonais \u00bb, a-t-il ajouté."
        )
        (quote,) = find_quotes(text, actors=ACTORS)
        assert ("Fumio Kishida", "fumio-kishida") == (quote.speaker_words.text, quote.speaker)

    def test_according_to_in_another_language_names_the_source(self):
        text = 'Het kabinet is "zeer bezorgd over de militaire activiteit", volgens Kishida.'
        (quote,) = find_quotes(text, actors=ACTORS)
        assert "fumio-kishida" == quote.speaker


class TestClauses:
    """A cue belongs to its own clause: subordinate and adverbial parts are no speaker."""

    def test_a_name_and_cue_after_a_quote_that_ends_its_sentence(self):
        text = "Hong spoke first.\n\n“What is Japan’s real motivation by doing so?” Hong asked.\n"
        (quote,) = find_quotes(text)
        assert ("Hong", "asked") == (quote.speaker_words.text, quote.cue.text)

    def test_a_quote_that_ends_its_sentence_before_another_keeps_no_cue(self):
        (quote,) = find_quotes("“We will win this match today.” Nobody doubted it, said the coach.")
        assert quote.cue is None

    def test_a_cue_in_a_subordinate_clause_after_the_quote(self):
        text = "China has expressed its «strong dissatisfaction» after Japan said it was concerned."
        (quote,) = find_quotes(text, actors=(*ACTORS, CHINA, JAPAN))
        assert ("China", "china") == (quote.speaker_words.text, quote.speaker)

    def test_an_adverbial_part_between_the_speaker_and_the_cue(self):
        text = (
            "Prime Minister Fumio Kishida, in his address to the House of Representatives in 2023, said "
            '"In order for everyone to live with dignity, peace is essential."'
        )
        (quote,) = find_quotes(text, actors=ACTORS)
        assert "fumio-kishida" == quote.speaker

    def test_a_subordinate_clause_that_holds_its_cue_keeps_its_subject(self):
        text = "The decision was contested, since Article 9 states that the “people forever renounce war.”"
        (quote,) = find_quotes(text)
        assert "Article 9" == quote.speaker_words.text

    def test_a_participle_after_an_adverbial_opening(self):
        text = (
            "When questioned about NATO’s Article 5, Trump offered a vague response, stating, "
            '"It depends on your definition, but I am committed to being their friends."'
        )
        (quote,) = find_quotes(text)
        assert "Trump" == quote.speaker_words.text


class TestRoles:
    """A definite title stands for a person named with that title, or written with a title, not a name
    that may be a newspaper; with none, it keeps its own words."""

    def test_the_role_is_the_person_named_with_a_title_not_the_newspaper(self):
        text = (
            "Sankei noted that the government is watching, focusing on remarks made by Chief Cabinet "
            "Secretary Suga. “We are monitoring the situation closely, but I won’t comment,” said the "
            "government spokesman."
        )
        (quote,) = find_quotes(text)
        assert "Chief Cabinet Secretary Suga" == quote.speaker_words.text

    def test_an_unnamed_role_keeps_its_words(self):
        text = (
            "Sankei noted the remarks. “We are monitoring the situation closely,” said the "
            "government spokesman."
        )
        (quote,) = find_quotes(text)
        assert ("the government spokesman", None) == (quote.speaker_words.text, quote.speaker)

    def test_the_role_is_the_person_named_with_the_same_title(self):
        text = (
            "Beijing hopes for calm, Chinese Foreign Ministry spokeswoman Mao Ning said on Wednesday.\n\n"
            "On Tuesday, NATO Secretary General Jens Stoltenberg said that the threat is serious.\n\n"
            '"China has always been a defender of international and regional peace," the spokeswoman '
            "told a briefing."
        )
        (quote,) = find_quotes(text, actors=ACTORS)
        assert ("Mao Ning", None) == (quote.speaker_words.text, quote.speaker)

    def test_the_role_stands_for_the_unnamed_person_described_before(self):
        text = (
            "NHK reported that a DOS spokesperson released a comment, saying “China’s decision is "
            "regrettable.” The spokesperson reportedly said the consulate “was at the center of the "
            "relationship for 35 years.”"
        )
        found = [(q.speaker_words.text, q.speaker) for q in find_quotes(text, actors=(NHK,))]
        assert [("a DOS spokesperson", None)] * 2 == found


NHK = Actor(id="nhk", kind=ActorKind.ORGANISATION, name="NHK")


class TestItStandsForABody:
    """``it`` stands for the organisation or state named before it in its sentence."""

    def test_it_after_a_statement_from_a_ministry(self):
        text = (
            "In a statement from the Japanese Foreign Ministry, it stated that the agreement “will "
            "facilitate the implementation of cooperative activities.”"
        )
        (quote,) = find_quotes(text)
        assert "the Japanese Foreign Ministry" == quote.speaker_words.text

    def test_it_in_a_sentence_of_its_own_keeps_no_body_of_the_sentence_before(self):
        text = (
            "Japan released the report. It stated that Japan should lead “international rule-making "
            "processes that involve developed and emerging countries.”"
        )
        (quote,) = find_quotes(text, actors=(JAPAN,))
        assert quote.speaker != "japan"


class TestNearestSubject:
    """``he told reporters:`` with a longer tail; a family name opening a sentence is a subject."""

    TEXT = (
        "Shohei Ohtani hit his first home run. The Athletic's Sam Blum later reported that a fan "
        "caught the ball.\n\nOhtani's homer comes after a slow start. He entered Wednesday hitting "
        ".242.\n\nAs he told reporters after the game:\n“Honestly, very relieved that I was able to "
        "hit my first home run.”\n"
    )

    def test_a_cue_with_its_subject_opens_a_quote_after_a_colon(self):
        (quote,) = find_quotes(self.TEXT)
        assert "told" == quote.cue.text

    def test_he_stands_for_the_family_name_that_opens_a_sentence(self):
        (quote,) = find_quotes(self.TEXT)
        assert "Ohtani" == quote.speaker_words.text

    def test_a_colon_far_from_a_cue_with_no_subject_names_no_cue(self):
        (quote,) = find_quotes(
            "Asked about the long and difficult talks in the capital at night: "
            "“We agreed on the main points.”"
        )
        assert quote.cue is None


def test_a_second_quote_in_the_same_sentence_keeps_the_first_ones_speaker():
    text = (
        'Stoltenberg said that Beijing\'s behaviour is "a matter of serious concern" and that China is '
        'boosting its forces, "bullying its neighbors and threatening Taiwan."'
    )
    found = _found(text)
    assert [("jens-stoltenberg", "Stoltenberg")] * 2 == [(f[1], f[2]) for f in found]


class TestMoreMarks:
    """Hard-wrapped lines, single curly marks beside apostrophes, guillemets either way round."""

    def test_a_quote_hard_wrapped_over_lines(self):
        text = (
            "“We never had talks with numerical targets in our minds (at the\n"
            "summit),” Kishida told reporters.\n"
        )
        (quote,) = find_quotes(text, actors=ACTORS)
        assert (
            "We never had talks with numerical targets in our minds (at the\nsummit),",
            "fumio-kishida",
        ) == (
            quote.text,
            quote.speaker,
        )

    def test_a_line_break_after_a_sentence_ends_an_unclosed_quote(self):
        text = "“We never had talks with numerical targets.\nKishida spoke to reporters,” then left.\n"
        assert () == find_quotes(text)

    def test_a_single_line_break_inside_a_paragraph_of_a_text_with_blank_lines(self):
        text = (
            "Stikker explained it.\n\n‘As long as international law is subject to whims, we cannot build. \n"
            "We must accept the hard truth.’\n\nStikker wrote those words long ago.\n"
        )
        (quote,) = find_quotes(text)
        assert quote.text.startswith("As long as")
        assert quote.text.endswith("hard truth.")

    def test_single_curly_marks_with_apostrophes_inside(self):
        text = "He said: ‘China’s real intention is to change the status quo in the Taiwan Strait’, aldus Wu."
        (quote,) = find_quotes(text)
        assert "China’s real intention is to change the status quo in the Taiwan Strait" == quote.text

    def test_apostrophes_alone_are_no_quote(self):
        assert () == find_quotes(
            "Japan’s and China’s ministers met; the allies’ view is that it’s ‘90s policy."
        )

    def test_reversed_guillemets(self):
        text = "Ishiba hat gesagt, die USA seien »ein Garant für Sicherheit und Stabilität in der Region«."
        (quote,) = find_quotes(text)
        assert "ein Garant für Sicherheit und Stabilität in der Region" == quote.text

    def test_spaced_guillemets_leave_their_spaces_out(self):
        text = "« Ningún socio de la OTAN está más cerca o es más capaz que Japón », dijo Stoltenberg."
        (quote,) = find_quotes(text, actors=ACTORS)
        assert ("Ningún socio de la OTAN está más cerca o es más capaz que Japón", "jens-stoltenberg") == (
            quote.text,
            quote.speaker,
        )


class TestParticiplesAndPutIt:
    """Participles of the verbs of saying, and ``as X puts it``, attribute a partial quote."""

    def test_praising_attributes_a_short_quote(self):
        text = "At a briefing, Stoltenberg surprised many by praising Kishida for his “strong leadership”."
        (quote,) = find_quotes(text, actors=ACTORS)
        assert ("strong leadership", "jens-stoltenberg") == (quote.text, quote.speaker)

    def test_as_he_puts_it(self):
        text = 'We share a "heart-to-heart relationship of trust", as Prime Minister Kishida puts it.'
        (quote,) = find_quotes(text, actors=ACTORS)
        assert "fumio-kishida" == quote.speaker


def test_the_speaker_after_a_quote_is_no_prepositional_part_nor_an_acronym_in_brackets():
    text = (
        "Both agreed to fast-track the “early entry” into force of the Reciprocal Access Agreement "
        "(RAA), the Ministry of Foreign Affairs of Japan said."
    )
    (quote,) = find_quotes(text)
    assert "the Ministry of Foreign Affairs of Japan" == quote.speaker_words.text


def test_a_list_of_names_after_a_comma_is_no_apposition():
    text = (
        "The governments of Italy, the United Kingdom and Japan said Friday that they agreed "
        "“to develop a next-generation fighter aircraft by 2035”."
    )
    (quote,) = find_quotes(text)
    assert quote.speaker_words.text != "Italy"
    assert quote.speaker_words.text.endswith("the United Kingdom and Japan")


def test_an_aside_in_dashes_and_an_acronym_in_brackets_are_no_speaker():
    text = (
        "During the first Quadrilateral Security Dialogue (Quad), the four leaders – the US, Australia, "
        "India and Japan – stressed a region “anchored by democratic values, and unconstrained by coercion”."
    )
    (quote,) = find_quotes(text, actors=(JAPAN,))
    assert ("the four leaders", None) == (quote.speaker_words.text, quote.speaker)


class TestSecondHoldoutClasses:
    """Straight single marks, cues by language after the quote or in the next sentence, sentence adverbs."""

    def test_straight_single_marks_around_a_sentence_with_apostrophes_inside(self):
        text = (
            "He visited Tokyo. 'Let's not be naive about China. Its rise is astonishing,' Stoltenberg said."
        )
        assert [
            ("Let's not be naive about China. Its rise is astonishing,", "jens-stoltenberg", "Stoltenberg")
        ] == _found(text)

    def test_straight_single_marks_around_a_term_or_between_letters_are_no_quote(self):
        text = "China urges the US to stop playing the 'Taiwan card', and the allies' view isn't Japan's."
        assert [] == _found(text)

    def test_german_so_after_the_quote_names_the_speaker(self):
        text = (
            "Generalsekretär Stoltenberg war in Tokio. "
            "„Kein NATO-Partner ist näher als Japan“, so der Generalsekretär bei seinem Besuch."
        )
        ((_, speaker, words),) = _found(text)
        assert "jens-stoltenberg" == speaker
        assert "Stoltenberg" == words

    def test_so_elsewhere_is_no_cue(self):
        text = "It was so “very good indeed” for them, the end."
        assert [] == _found(text, ())

    def test_german_gesagt_is_a_cue(self):
        text = "Kishida hat gesagt, es gehe um „Sicherheit und Stabilität“."
        assert [("Sicherheit und Stabilität", "fumio-kishida", "Kishida")] == _found(text)

    def test_attribution_in_the_next_sentence(self):
        text = (
            "«Serve una relazione più intensa con il Giappone». "
            "Lo ha detto il segretario generale Jens Stoltenberg."
        )
        ((_, speaker, words),) = _found(text)
        assert "jens-stoltenberg" == speaker
        assert words.endswith("Stoltenberg")

    def test_those_were_the_words_of(self):
        text = "“We stand together with Japan.” Those were the words of Jens Stoltenberg in Tokyo."
        assert [("We stand together with Japan.", "jens-stoltenberg", "Jens Stoltenberg")] == _found(text)

    def test_a_sentence_adverb_is_no_speaker_and_the_french_pronoun_stands_for_the_name(self):
        text = (
            "Kishida a parlé aux députés. "
            "Toutefois, il a ajouté qu’il n’était “pas au courant d’une décision prise”."
        )
        ((_, speaker, words),) = _found(text)
        assert "fumio-kishida" == speaker
        assert "Kishida" == words

    def test_another_is_no_name(self):
        text = "Another person was quoted as saying that France would not back anything “that adds tension.”"
        assert all(words != "Another" for _, _, words in _found(text, ()))

    def test_a_full_stop_with_no_space_ends_the_sentence(self):
        text = 'It watches Taiwan.A diplomat said: "We do not expect NATO to act in the Taiwan Strait."'
        ((_, speaker, words),) = _found(text, ())
        assert speaker is None
        assert "A diplomat" == words

    def test_a_cue_with_no_subject_keeps_the_last_speaker(self):
        text = (
            "“Japón es un socio muy cercano”, dijo Stoltenberg en Tokio.\n"
            "“Pekín está observando de cerca lo que ocurre en Ucrania”, señaló."
        )
        assert ["jens-stoltenberg", "jens-stoltenberg"] == [speaker for _, speaker, _ in _found(text)]


class TestFunctionWordsAndTitlesByLanguage:
    """A capitalised function word is no name, a title stands for its holder, in languages that drop
    the subject a cue without one is the last speaker's (the third set of quote pages)."""

    def test_a_capitalised_article_is_no_name_and_the_spanish_title_stands_for_the_name(self):
        text = (
            "Japón y la OTAN deben mantenerse unidos, declaró el martes Jens Stoltenberg.\n"
            'El secretario general advirtió que China está "aprendiendo lecciones que pueden influir".'
        )
        ((_, speaker, words),) = _found(text)
        assert "jens-stoltenberg" == speaker
        assert "El" != words

    def test_an_italian_auxiliary_opening_a_sentence_is_a_cue_with_no_subject(self):
        text = (
            "Lo ha affermato il nuovo ministro degli Esteri, Fumio Kishida.\n"
            "Ha osservato che il Giappone ha bisogno di una “rete di relazioni multilivello con paesi amici”."
        )
        ((_, speaker, words),) = _found(text)
        assert "fumio-kishida" == speaker
        assert "Ha" != words

    def test_a_title_followed_by_its_holders_name_is_the_name(self):
        text = (
            "«In un mondo sempre più pericoloso serve una relazione più intensa». "
            "Lo ha detto il segretario generale dell'Alleanza atlantica Mark Rutte a Tokyo.\n"
            "«L'invasione della Russia mostra che la sicurezza è globale», ha aggiunto."
        )
        found = _found(text)
        assert 2 == len(found)
        assert all(words.endswith("Mark Rutte") for _, _, words in found)

    def test_a_portuguese_title_written_with_capitals_stands_for_the_name(self):
        text = (
            "Fumio Kishida vai à cúpula da Otan em Madri.\n"
            "O primeiro Ministro disse que pretende enfatizar que “nenhuma mudança pela força é aceitável”."
        )
        ((_, speaker, _),) = _found(text)
        assert "fumio-kishida" == speaker

    def test_a_french_inverted_cue_before_the_quote_takes_its_pronoun(self):
        text = (
            "L’ambassadeur du Japon, Fumio Kishida, a parlé mardi.\n"
            "Face aux missiles de la Corée du Nord, a-t-il déclaré, le thème du sommet est « la défense "
            "de l’ordre international »."
        )
        ((_, speaker, words),) = _found(text)
        assert "fumio-kishida" == speaker
        assert "Corée du Nord" != words

    def test_a_sentence_ends_before_a_guillemet_that_opens_the_next(self):
        text = (
            "Fumio Kishida ha incontrato il segretario generale.\n"
            "«Per noi è significativo imparare le lezioni di questa guerra», ha notato il ministro. "
            "«Non vedo l'ora di aumentare la cooperazione con la NATO», ha aggiunto."
        )
        assert ["fumio-kishida", "fumio-kishida"] == [speaker for _, speaker, _ in _found(text)]

    def test_english_text_keeps_a_family_name_that_is_a_function_word_elsewhere(self):
        text = (
            "Foreign Ministry spokesman Ma Zhaoxu spoke in Beijing on Wednesday.\n"
            '"China\'s defense policy does not target any country at all," Ma said.'
        )
        ((_, _, words),) = _found(text, ())
        assert "Ma" == words

    def test_a_sentence_of_its_own_after_an_attributed_quote_keeps_its_speaker(self):
        text = (
            "“China is very difficult to understand from Europe,” said Jun Nagashima, a former general. "
            "“NATO will need Japan’s insights.”"
        )
        found = _found(text, ())
        assert ["Jun Nagashima", "Jun Nagashima"] == [words for _, _, words in found]

    def test_a_term_after_an_attributed_quote_in_the_same_sentence_stays_no_quote(self):
        text = (
            "The daily said Abe wants “ordinary armed forces.” In reality, the forces are far from "
            "“ordinary armed forces” in law."
        )
        assert ["ordinary armed forces."] == [quoted for quoted, _, _ in _found(text, ())]

    def test_a_foreign_title_stands_for_the_holder_of_that_office(self):
        kishida = Actor(
            id="fumio-kishida",
            kind=ActorKind.PERSON,
            name="Fumio Kishida",
            aliases=(Alias(name="Kishida"),),
            offices=(Office(title="Prime Minister"),),
        )
        stoltenberg = Actor(
            id="jens-stoltenberg",
            kind=ActorKind.PERSON,
            name="Jens Stoltenberg",
            aliases=(Alias(name="Stoltenberg"),),
            offices=(Office(title="Secretary General"),),
        )
        text = (
            "Jens Stoltenberg habló junto a Fumio Kishida en Tokio.\n"
            'En cuanto a China, el secretario general de la OTAN afirmó que "no es nuestro adversario".'
        )
        ((_, speaker, _),) = _found(text, (kishida, stoltenberg))
        assert "jens-stoltenberg" == speaker

    def test_the_subject_follows_the_verb_when_the_quote_stands_inside_the_sentence(self):
        text = (
            'Japón y la OTAN deben "permanecer unidos y firmes" ante las amenazas de China, '
            "declaró el martes en Tokio Jens Stoltenberg."
        )
        ((_, speaker, words),) = _found(text)
        assert "jens-stoltenberg" == speaker
        assert words.endswith("Jens Stoltenberg")  # not "a la seguridad que plantean China"

    def test_they_stands_for_two_names_joined_by_and(self):
        text = (
            "Fumio Kishida and Jens Stoltenberg promised on Tuesday to improve their relations.\n"
            "“Transatlantic and Indo-Pacific security is deeply interconnected,” they said."
        )
        ((_, _, words),) = _found(text)
        assert "Fumio Kishida and Jens Stoltenberg" == words

    def test_a_cue_after_a_subordinate_clause_is_another_clauses(self):
        text = (
            "The Pentagon said in a statement that Japan should follow its “global standard for allies” "
            "on spending, though other reports said Washington wanted less."
        )
        ((_, _, words),) = _found(text, ())
        assert "The Pentagon" == words

    def test_a_german_article_opening_a_description_opens_no_name(self):
        text = (
            "Der ukrainische Präsident Wolodymyr Selenskyj sagte in seiner langen Erklärung zum Rückzug "
            "von US-Präsident Joe Biden: „Wir werden Biden immer dankbar sein.“"
        )
        ((_, _, words),) = _found(text, ())
        assert words is not None
        assert words.endswith("Selenskyj")


def test_the_function_words_are_what_the_stop_words_package_gives():
    pytest.importorskip("stop_words")
    from tools.quote_function_words import PATH, build

    assert PATH.read_text(encoding="utf-8") == build()
