"""find_quotes: short and one-word partial quotes, terms and far attributions, and scripts without case."""

from japan_nato_corpus import find_quotes
from quote_cases import KISHIDA, speakers
from quote_cases import speakers as _speakers


def _kishida_speakers(text, actors=(KISHIDA,)):
    return speakers(text, actors)


class TestOneWordQuotes:
    """A one-word quote is a quote when a cue right before it in its clause gives it to a speaker."""

    def test_a_one_word_quote_right_after_its_cue(self):
        text = 'Mao Ning warned that Japan would suffer a "catastrophic" defeat if it intervened.'
        assert _kishida_speakers(text) == [("catastrophic", "Mao Ning")]

    def test_a_one_word_term_after_a_comma_is_no_quote(self):
        text = 'Kishida said on Tuesday, at the Diet, that the "counterstrike" capability would be studied.'
        assert _kishida_speakers(text) == []
        text = 'Kishida said Japan would study it. Its "counterstrike" capability is debated.'
        assert _kishida_speakers(text) == []

    def test_a_word_quoted_again_is_a_term(self):
        text = (
            "Acting as the 'spearhead' of NATO's expansion will fail, Lin added.\n"
            'China warns Japan over its role as NATO\'s "spearhead" in Asia-Pacific'
        )
        assert _kishida_speakers(text) == []


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


class TestCaselessScripts:
    """A quote in a script with no case (Arabic) is not taken for words in capitals."""

    def test_an_arabic_quote_after_a_colon_is_found(self):
        text = (
            "\u0648\u0623\u0636\u0627\u0641: \u00ab\u0648\u0645\u0639 \u0630\u0644\u0643\u060c "
            "\u0631\u0623\u064a\u0646\u0627 \u0627\u0644\u0646\u0627\u062a\u0648 \u064a\u0639\u0632\u0632 "
            "\u0628\u0627\u0633\u062a\u0645\u0631\u0627\u0631 \u0639\u0644\u0627\u0642\u0627\u062a\u0647 "
            "\u0645\u0639 \u062f\u0648\u0644 \u0622\u0633\u064a\u0627 "
            "\u0648\u0627\u0644\u0645\u062d\u064a\u0637 "
            "\u0627\u0644\u0647\u0627\u062f\u0626 \u0641\u064a \u0643\u0644 \u0639\u0627\u0645\u00bb.\n"
        )
        assert len(find_quotes(text)) == 1

    def test_a_quote_in_capitals_is_still_no_quote(self):
        assert find_quotes('The banner read "NO WAR IN ASIA, NO NATO IN ASIA" at the gate.') == ()
