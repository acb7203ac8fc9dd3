"""A headline closed by a full stop, on the page's first line over a longer paragraph.

The pages are made up for the test: a short sentence with a headline's mark (title case, a
one-word kicker and a colon, or a section's name over it), then story paragraphs.
"""

import pytest

from japan_nato_corpus import parse_article

_STORY = (
    "Ministers from both countries met in the capital on Tuesday to sign a plan on maritime "
    "patrols. The plan covers joint exercises, shared radar data and a hotline between the two "
    "navies. Officials said the first exercise would be held in the spring."
)
_MORE = (
    "The opposition welcomed the plan but asked how it would be paid for after the national "
    "grant ends in three years, and called for a public hearing before the final vote."
)


@pytest.mark.parametrize(
    "head",
    [
        ("NEWS: Japan And Australia Sign A Maritime Patrol Plan.",),
        ("Defence: two navies agree to share radar data and hold joint exercises.",),
        ("Military", "Ministers are expected to sign a plan on joint patrols at the talks in the capital."),
    ],
)
def test_a_marked_sentence_over_a_longer_paragraph_is_the_headline(head: tuple[str, ...]) -> None:
    article = parse_article("\n\n".join((*head, _STORY, _MORE)) + "\n")
    assert article.title is not None
    assert article.title.text == head[-1]


def test_a_one_sentence_lede_with_no_headline_mark_stays_the_story() -> None:
    lede = "Ministers are expected to sign a plan on joint patrols at the talks in the capital."
    article = parse_article(f"{lede}\n\n{_STORY}\n\n{_MORE}\n")
    assert article.title is None
    assert article.paragraphs[0].text == lede


def test_a_long_first_sentence_is_a_lede_even_in_title_case() -> None:
    lede = (
        "Japan And Australia Sign A Maritime Patrol Plan Covering Joint Exercises, Shared Radar "
        "Data And A Hotline Between The Two Navies In The Capital On Tuesday."
    )
    article = parse_article(f"{lede}\n\n{_STORY}\n\n{_MORE}\n")
    assert article.title is None


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "Thousands evacuated as the storm nears the coast | Environment News",
            "Thousands evacuated as the storm nears the coast",
        ),
        ("Two navies agree on joint patrols | Harbour Times", "Two navies agree on joint patrols"),
        # a bar between two headline halves, or before a sentence, is kept
        (
            "Two navies agree on joint patrols | talks resume in the spring",
            "Two navies agree on joint patrols | talks resume in the spring",
        ),
    ],
)
def test_a_section_name_after_a_headlines_bar_is_no_part_of_it(line: str, headline: str) -> None:
    article = parse_article(f"{line}\n\nBy Jane Doe\n\n{_STORY}\n\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == headline


@pytest.mark.parametrize("dash", ["–", "—"])
def test_a_byline_run_into_the_dateline_is_no_place(dash: str) -> None:
    lede = (
        f"By Jane Doe {dash} TOKYO (Harbour Wire) {dash} Ministers met on Tuesday to sign a plan on patrols."
    )
    article = parse_article(f"Two navies agree on joint patrols\n\n{lede}\n\n{_STORY}\n\n{_MORE}\n")
    assert article.dateline is not None
    assert article.dateline.text == "TOKYO"


def test_a_dash_after_by_and_no_name_opens_no_dateline() -> None:
    lede = "By the end of the year – officials said on Tuesday – the plan on patrols will be signed."
    article = parse_article(f"Two navies agree on joint patrols\n\n{lede}\n\n{_STORY}\n\n{_MORE}\n")
    assert article.dateline is None


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        ("YOKOSUKA, JAPAN – July 25, 2025 – The navy will hold an exercise next week.", "YOKOSUKA, JAPAN"),
        ("YOKOSUKA – July 25, 2025 – The navy will hold an exercise next week.", "YOKOSUKA"),
    ],
)
def test_a_place_and_its_country_in_capitals_are_the_dateline(lede: str, place: str) -> None:
    article = parse_article(f"Two navies agree on joint patrols\n\n{lede}\n\n{_STORY}\n\n{_MORE}\n")
    assert article.dateline is not None
    assert article.dateline.text == place


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe, HTV-Studio Tokyo", ("Jane Doe",)),
        ("Von Jane Doe, Redaktion Berlin", ("Jane Doe",)),
        ("By Jane Doe, Tokyo Bureau", ("Jane Doe",)),
        ("By Jane Doe, John Roe", ("Jane Doe", "John Roe")),
    ],
)
def test_a_newsroom_after_a_bylines_name_is_no_author(byline: str, authors: tuple[str, ...]) -> None:
    article = parse_article(f"Two navies agree on joint patrols\n\n{byline}\n\n{_STORY}\n\n{_MORE}\n")
    assert article.authors == authors


@pytest.mark.parametrize(("last", "authors"), [("dpa/vk", ("dpa",)), ("AFP/jd", ("AFP",)), ("km/h", ())])
def test_an_agency_with_its_editors_initials_signs_the_story_off(last: str, authors: tuple[str, ...]) -> None:
    third = "Both navies have held talks since the war began. Many fear the same could happen at sea."
    text = f"Two navies agree on joint patrols\n\n{_STORY}\n\n{_MORE}\n\n{third}\n\n{last}\n"
    assert parse_article(text).authors == authors


@pytest.mark.parametrize(
    ("line", "published"),
    [("23-010 | June 19, 2023", "2023-06-19"), ("No. 2023/145 - 5 May 2023", "2023-05-05")],
)
def test_a_release_number_before_the_date_line(line: str, published: str) -> None:
    article = parse_article(f"Two navies agree on joint patrols\n\n{line}\n\n{_STORY}\n\n{_MORE}\n")
    assert str(article.published) == published


def test_words_before_a_date_line_still_keep_it_from_being_one() -> None:
    line = "Ministers agreed | June 19, 2023"
    article = parse_article(f"Two navies agree on joint patrols\n\n{line}\n\n{_STORY}\n\n{_MORE}\n")
    assert article.published is None


@pytest.mark.parametrize("label", ["House debates", "Press releases"])
def test_a_short_label_over_the_date_line_gives_way_to_the_headline_under_it(label: str) -> None:
    headline = "Address by the President of the Republic to the House"
    text = f"{label}\n\nThursday, 17 November 2011\n\n{headline}\n\n{_STORY}\n\n{_MORE}\n"
    article = parse_article(text)
    assert article.title is not None
    assert article.title.text == headline


def test_a_short_headline_over_the_date_line_and_the_story_stays() -> None:
    text = f"Patrols agreed\n\nThursday, 17 November 2011\n\n{_STORY}\n\n{_MORE}\n"
    article = parse_article(text)
    assert article.title is not None
    assert article.title.text == "Patrols agreed"


def test_a_pull_quotes_attribution_is_no_byline() -> None:
    quote = (
        "Nie tolerujemy zmiany status quo przez zastraszanie ani stosowanie siły, to sprawa nas wszystkich."
    )
    said = "Powiedział Jan Kowalski"
    text = f"Dwa kraje podpisały plan wspólnych patroli\n\n{_STORY}\n\n{quote}\n\n{said}\n\n{_MORE}\n"
    article = parse_article(text)
    assert article.authors == ()
    assert article.title is not None
    assert article.title.text == "Dwa kraje podpisały plan wspólnych patroli"


@pytest.mark.parametrize("section", ["Siły zbrojne", "Siły Zbrojne"])
def test_two_words_over_a_headline_sized_line_are_its_section(section: str) -> None:
    # Two words in sentence case, as in title case, over a headline-sized line name its section,
    # even when the story says them too.
    title = "Dwa kraje podpisały plan wspólnych patroli"
    polish = (
        "Siły zbrojne obu krajów będą odtąd ćwiczyć razem na morzu, powiedzieli ministrowie we wtorek "
        "po spotkaniu w stolicy. Plan obejmuje wspólne ćwiczenia i wymianę danych z radarów."
    )
    article = parse_article(f"{section}\n\n{title}\n\n{polish}\n\n{_MORE}\n")
    assert article.title is not None
    assert article.title.text == title
