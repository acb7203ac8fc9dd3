"""A post embedded at the foot of a short story, in a script no paragraph of the story is written in.

Over a short story the share of letters in a script tells little (one name in Latin letters in a
Russian story), so the foot's script is read against the paragraphs' own main scripts.
"""

from japan_nato_corpus import parse_article

_RU_ONE = (
    "Кандидат оппозиции набрал на выборах более сорока процентов голосов избирателей страны. "
    "Об этом сообщает издание Adaderana."
)
_RU_TWO = (
    "После публикации результатов он поблагодарил своих сторонников, разместив пост на "
    "персональном аккаунте в социальной сети."
)
_POST = (
    "The dream we have nurtured for centuries is finally coming true. This victory belongs to "
    "all of you… pic.twitter.com/N7fBN1YbQA"
)


_TITLE = "Лидер оппозиции победил на выборах президента"


def _body(*blocks: str) -> list[str]:
    return [p.text for p in parse_article("\n\n".join((_TITLE, *blocks))).paragraphs]


def test_a_last_paragraph_in_a_script_the_story_does_not_use_is_an_embedded_post() -> None:
    assert _body(_RU_ONE, _RU_TWO, _POST) == [_RU_ONE, _RU_TWO]


def test_the_foot_stays_where_a_paragraph_over_it_is_in_its_script() -> None:
    english = "The commission said the count was complete and that the result would stand as announced."
    assert _body(_RU_ONE, english, _RU_TWO, _POST)[-1] == _POST


def test_a_last_paragraph_in_the_story_s_script_stays() -> None:
    assert _body(_RU_ONE, _POST.replace("The dream", "Мечта"), _RU_TWO)[-1] == _RU_TWO
