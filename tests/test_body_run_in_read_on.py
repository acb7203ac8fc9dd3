"""A prompt to read on run into the end of the body's last paragraph is navigation, not prose.

A teaser's copy closes its excerpt with the site's button on the same line ("… signs of life.
Read More...", "… monetary policy [FULL STORY]"): the paragraph ends before it. Each page is
made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TITLE as _TITLE
from body_cases import TWO as _TWO
from japan_nato_corpus import parse_article
from japan_nato_corpus.model import BoilerplateKind
from japan_nato_corpus.parse._boilerplate import run_in_read_on


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("The gases might be signs of life. Read More...", "The gases might be signs of life."),
        (
            "It rose, according to analysts consulted by...Nota completa aquí.",
            "It rose, according to analysts consulted by",
        ),
        ("It rose in the third quarter [FULL STORY]", "It rose in the third quarter"),
        ("“We share the […] Read more", "“We share the"),
        ("Far less would go in the bins. Full story: Read more", "Far less would go in the bins."),
        ("Die Preise stiegen im Januar deutlich. Weiterlesen", "Die Preise stiegen im Januar deutlich."),
        ("Inflation stayed high. » | Friday, October 31, 2014", "Inflation stayed high."),
        ("Lo ha reso noto l'istituto. 🔗 Leggi su Servizitelevideo.rai.it", "Lo ha reso noto l'istituto."),
    ],
)
def test_a_prompt_run_into_a_paragraphs_end_is_found_after_its_prose(line, kept):
    cut = run_in_read_on(line)
    assert cut is not None
    assert line[:cut] == kept


@pytest.mark.parametrize(
    "line",
    [
        "Residents said they wanted to read more",
        "The minister asked for more.",
        "Read more.",  # a prompt alone on its line is the reader's to class, with nothing before it
        "The report is long. Readers will find more in its annex",
        "Er sagte. »Wir kommen morgen«, sagte er.",  # a German quote opens with its mark
        "Er sagte. »Wir kommen«",
    ],
)
def test_prose_that_ends_in_such_words_keeps_them(line):
    assert run_in_read_on(line) is None


def test_the_last_paragraph_ends_before_its_run_in_prompt():
    last = f"{_THREE} Read More..."
    text = f"{_TITLE}\n{_ONE}\n{_TWO}\n{last}"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    prompt = [b for b in article.boilerplate if b.span.text == "Read More..."]
    assert [b.kind for b in prompt] == [BoilerplateKind.NAVIGATION]
    assert text[prompt[0].span.start : prompt[0].span.end] == "Read More..."


def test_a_paragraph_above_the_last_keeps_its_words():
    middle = f"{_TWO} Read more"
    article = parse_article(f"{_TITLE}\n{_ONE}\n{middle}\n{_THREE}")
    assert [p.text for p in article.paragraphs] == [_ONE, middle, _THREE]
