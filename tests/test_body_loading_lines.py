"""A loading indicator is furniture: a status line a script replaces once the content is in.

"Loading...", "Loading Intelligence...", "Chargement des commentaires…", "読み込み中…": a few words
closed by an ellipsis, the first or the last of them a word of loading in the furniture
vocabulary. A teaser's clipped excerpt or the story's own sentence with an ellipsis is no such
line. Each line and page is made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from body_cases import body_texts as _body_texts
from body_cases import furniture as _furniture
from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._boilerplate import is_loading_line


@pytest.mark.parametrize(
    "line",
    [
        "Loading...",
        "Loading Intelligence...",
        "Loading the latest headlines…",
        "Chargement des commentaires…",
        "Cargando noticias...",
        "Bitte warten…",
        "Seite wird geladen...",
        "Загрузка...",
        "読み込み中…",
        "불러오는 중...",
    ],
)
def test_a_few_words_of_loading_closed_by_an_ellipsis_are_an_indicator(line):
    assert is_loading_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Loading",  # no ellipsis: a word alone, a label's
        "The loading of the ships went on late into the night...",
        "The crews kept loading...",  # a verb of the story's, not the indicator's opening
        "Ministers met in Tokyo...",
        "Loading the ships at the northern harbour took the crews most of the week...",
    ],
)
def test_other_lines_closed_by_an_ellipsis_are_none(line):
    assert not is_loading_line(line)


@pytest.mark.parametrize("indicator", ["Loading Intelligence...", "Chargement…", "Caricamento in corso..."])
def test_indicators_among_the_story_are_furniture(indicator):
    article = parse_article(f"{_TITLE}\n{indicator}\n{_ONE}\n{_TWO}\n{indicator}\n{_THREE}")
    assert _body_texts(article) == [_ONE, _TWO, _THREE]
    assert indicator in _furniture(article)
