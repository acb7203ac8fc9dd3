"""find_quotes: verbs that name or describe something in the quoted words (*described … as*,
*labelling … as*, *bezeichnet*, *classifica … de*) attribute them, from the vocabulary file."""

import json
from pathlib import Path

import pytest

import japan_nato_corpus as jnc
from japan_nato_corpus import find_quotes, quotes
from quote_cases import speakers

SPEECH_VERBS = Path(jnc.__file__).parent / "vocabularies" / "speech_verbs.json"


def _naming() -> list[str]:
    languages = json.loads(SPEECH_VERBS.read_text(encoding="utf-8"))["languages"]
    return [cue for entry in languages.values() for cue in entry.get("naming", ())]


@pytest.mark.parametrize("cue", _naming())
def test_every_naming_verb_is_a_cue(cue):
    assert cue in jnc.quotes.CUES


def test_a_short_quote_a_naming_verb_gives_is_a_quote():
    text = "The minister described the search as a “race against the clock,” noting the weather."
    assert speakers(text) == [("race against the clock,", "The minister")]


def test_an_indefinite_article_after_a_naming_verb_keeps_the_words_a_quote():
    # "declared a nationwide “state of calamity”" names a thing; "called an “…”" gives words
    text = "Capabilities have grown to what he called an “unprecedented, critical and imminent” level."
    assert [q.text for q in find_quotes(text)] == ["unprecedented, critical and imminent"]


def test_a_naming_participle_speaks_for_the_subject_of_its_clause():
    text = 'Beijing has firmly rejected the remarks on Taiwan, labeling them as mere "prevarication".'
    assert speakers(text) == [("prevarication", "Beijing")]


def test_a_german_naming_verb_that_ends_the_sentence_has_the_subject_that_opens_it():
    text = (
        'Der japanische Außenminister Taro Aso hat Chinas militärische Aufrüstung als "erhebliche '
        'Bedrohung" bezeichnet. Die Beziehungen sind gespannt.'
    )
    [(quoted, words)] = speakers(text)
    assert quoted == "erhebliche Bedrohung"
    assert words is not None
    assert words.endswith("Taro Aso")


def test_the_noun_after_a_naming_verb_is_what_it_names_not_its_subject():
    text = (
        "„Die Ukraine könnte das Ostasien von morgen sein“, sagte der japanische Premierminister auf "
        "einer Pressekonferenz und nannte Sicherheitsbedenken „untrennbar“."
    )
    assert [w for _, w in speakers(text)] == ["der japanische Premierminister"] * 2


def test_a_portuguese_naming_verb_in_the_present():
    text = (
        "Em um documento, o ministério japonês da Defesa classifica a Coreia do Norte de "
        '"ameaça grave e iminente".'
    )
    assert [q for q, _ in speakers(text)] == ["ameaça grave e iminente"]


def test_a_phrase_after_a_preposition_is_not_the_subject_before_a_colon():
    text = (
        "NATO Secretary General Jens Stoltenberg at a meeting with PM Kishida described Japan: "
        '"No partner is closer."'
    )
    assert speakers(text) == [("No partner is closer.", "NATO Secretary General Jens Stoltenberg")]


def test_a_short_description_that_no_one_found_owns_is_a_term():
    text = 'The summit ended on Tuesday. It described the People\'s Republic of China as "coercive."'
    assert find_quotes(text) == ()


def test_a_short_description_with_its_owner_found_is_a_quote():
    text = 'Kishida described the People\'s Republic of China as "coercive."'
    assert speakers(text, ()) == [("coercive.", "Kishida")]


def test_condemned_and_dismissed_as_name_what_the_marks_hold():
    text = 'Kishida condemned the comment as "regrettable" and left.\n'
    assert speakers(text) == [("regrettable", "Kishida")]
    text = 'Kishida dismissed the warnings as a "load of nonsense" on Thursday.\n'
    assert speakers(text) == [("load of nonsense", "Kishida")]


def test_claimed_that_reports_the_quote_in_its_clause_and_claims_of_is_a_noun():
    text = (
        'Kishida claimed that the forces could act if the mainland "uses military forces against Taiwan."\n'
    )
    assert speakers(text) == [("uses military forces against Taiwan.", "Kishida")]
    assert "claims" not in quotes.CUES_BY_LANGUAGE["en"]
