"""A story's sign-off whose line break or dash was lost: a writer after a bar and a "by" word, an
agency glued in its lower case to the last sentence, a writer's name run into the last sentence.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines


def _signer(paragraph: str) -> str | None:
    found = _bylines.sign_off(paragraph, 0)
    return None if found is None else paragraph[found[0] : found[1]]


@pytest.mark.parametrize(
    ("paragraph", "signer"),
    [
        (
            "Pinalakas ng dalawang bansa ang kooperasyon sa depensa. | ulat ni Jane Dela Cruz",
            "Jane Dela Cruz",
        ),
        ("The two navies will hold a joint drill next month. | by Jane Doe", "Jane Doe"),
    ],
)
def test_a_writer_after_a_bar_and_a_by_word(paragraph: str, signer: str) -> None:
    assert signer == _signer(paragraph)


def test_an_agency_after_a_bar_is_a_title_line_outlet() -> None:
    assert _signer("Japan and the Philippines sign a defence pact | Reuters") is None


@pytest.mark.parametrize(
    ("paragraph", "signer"),
    [
        ("Warga dapat menghubungi kontak darurat kedutaan (KBRI).(antara)", "antara"),
        ("Die Gespräche sollen im Herbst fortgesetzt werden.(dpa)", "dpa"),
        ("Die Gespräche sollen im Herbst fortgesetzt werden. (dpa)", "dpa"),
    ],
)
def test_an_agency_glued_in_its_lower_case(paragraph: str, signer: str) -> None:
    assert signer == _signer(paragraph)


def test_an_agency_glued_in_capitals_cites_a_source() -> None:
    assert _signer("The ministry said it would pay the price for the remarks.(Reuters)") is None


@pytest.mark.parametrize(
    ("paragraph", "signer"),
    [
        ("Vi kunne prøve at komme ud af byen, hvis vinden vendte. Jakob Hansen", "Jakob Hansen"),
        ("We could leave the city if the wind turned. Anna Maria Berg", "Anna Maria Berg"),
    ],
)
def test_a_writer_run_into_the_last_sentence(paragraph: str, signer: str) -> None:
    assert signer == _signer(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Der Ball landete nach dem Schuss. Im Strafraum",  # a function word: a cut sentence
        "The talks covered three matters. 3. Regional Situations",  # a numbered heading
        "Las delegaciones hablaron de las islas. Las Islas Senkaku",
    ],
)
def test_no_writer_run_into_the_last_sentence(paragraph: str) -> None:
    assert _signer(paragraph) is None


def test_a_run_in_writer_signs_the_page() -> None:
    body = (
        "For ti år siden sad jeg i London og fulgte med i nyhederne om jordskælvet i Japan.\n\n"
        "To timer senere sad jeg i et fly på vej mod Tokyo, og jeg glemmer aldrig den rejse.\n\n"
        "Vi kunne prøve at komme ud af byen, hvis vinden vendte. Jakob Hansen\n\n"
        "Jeg fik også sendt en geigertæller, så jeg selv kunne måle strålingen i Tokyo.\n"
    )
    article = parse_article(f"Ti år efter katastrofen\n\n{body}", id="run-in-writer")
    assert article.authors == ("Jakob Hansen",)
