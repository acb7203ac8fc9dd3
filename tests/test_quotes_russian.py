"""find_quotes in Russian: its verbs of saying, quotes in guillemets, the dash that sets the cue
after the quote off (``«…», — заявил X``) and a body named in the locative after a plural cue."""

from japan_nato_corpus.model import Actor, ActorKind
from quote_cases import speakers

PETROV = Actor(id="ivan-petrov", kind=ActorKind.PERSON, name="Иван Петров")
RUTTE = Actor(id="mark-rutte", kind=ActorKind.PERSON, name="Марк Рютте")


def test_a_russian_cue_after_the_dash_takes_the_name_after_it():
    text = "«Мы готовы к диалогу с партнерами по альянсу», — заявил Иван Петров.\n"
    assert speakers(text) == [("Мы готовы к диалогу с партнерами по альянсу", "Иван Петров")]


def test_a_russian_cue_before_the_colon_takes_its_subject():
    text = "Министр Иван Петров подчеркнул: «Мы готовы к диалогу с партнерами по альянсу».\n"
    assert speakers(text) == [("Мы готовы к диалогу с партнерами по альянсу", "Министр Иван Петров")]


def test_a_feminine_russian_cue_is_a_cue():
    text = "«Мы не допустим эскалации в регионе», — сказала Анна Смирнова.\n"
    assert speakers(text) == [("Мы не допустим эскалации в регионе", "Анна Смирнова")]


def test_a_body_in_the_locative_after_a_plural_cue_speaks():
    text = (
        "«Министр сообщил партнерам о совместном полете бомбардировщиков», "
        "— заявили в Министерстве обороны Японии.\n"
    )
    assert speakers(text) == [
        ("Министр сообщил партнерам о совместном полете бомбардировщиков", "Министерстве обороны Японии")
    ]


def test_a_locative_after_a_singular_cue_is_no_speaker():
    text = "«Мы готовы к диалогу с партнерами по альянсу», — заявил Петров в Москве.\n"
    assert speakers(text)[0][1] == "Петров"


def test_a_cyrillic_capital_opens_a_sentence_whose_pronoun_and_adverbs_stand_for_the_last_speaker():
    text = (
        "Министр Иван Петров подтвердил намерение укрепить сотрудничество с Марком Рютте. "
        "Он также вновь подчеркнул, что следует реагировать «спокойно, но решительно».\n"
    )
    [(_, words)] = speakers(text, (PETROV, RUTTE))
    assert words is not None
    assert words.endswith("Иван Петров")


def test_a_name_after_a_russian_preposition_is_no_antecedent():
    text = "Министр Иван Петров встретился с Марком Рютте. Он подчеркнул: «Мы будем реагировать спокойно».\n"
    [(_, words)] = speakers(text, (PETROV, RUTTE))
    assert words is not None
    assert words.endswith("Иван Петров")
