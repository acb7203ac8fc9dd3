"""A citation of the page's own work among its first paragraphs names its writers.

The lines are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _bylines

_BODY = "\n\n".join(
    ["The Pacific is becoming a region of strategic weight for many states, experts say."] * 6
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Mary Major and Richard Roe, “Sea Lanes and Power,” Brief 12, March 2024, Example Lab.",
            ["Mary Major", "Richard Roe"],
        ),
        ("Mary Major, “Sea Lanes and Power,” The Example Review, 3 May 2021.", ["Mary Major"]),
        (
            "Ana Ruiz, Li Wei and Tom Bell, “Ports,” Working Paper 5, 2019.",
            ["Ana Ruiz", "Li Wei", "Tom Bell"],
        ),
    ],
)
def test_a_citation_names_its_writers(line: str, names: list[str]) -> None:
    found = _bylines.standfirst_authors(line, 0)
    assert [line[start:end] for start, end in found] == names


@pytest.mark.parametrize(
    "line",
    [
        "Prime Minister Mary Major, “We will not give up,” she said in 2023.",
        "Mary Major, “We will not give up,” Major said on May 4, 2023.",
        "Mary Major, “Sea Lanes and Power,” Policy Brief No. 12, Example Institute.",
        "Tokyo and Osaka, “the two capitals,” Japan Weekly 2023.",
    ],
)
def test_a_quote_or_a_citation_without_its_year_names_no_one(line: str) -> None:
    assert _bylines.standfirst_authors(line, 0) == []


def test_a_briefs_citation_under_its_label_names_its_writers() -> None:
    lede = "Shared worries over sea lanes are pushing two states closer. This brief looks at why."
    cited = "Mary Major and Richard Roe, “Sea Lanes and Power,” Brief 12, March 2024, Example Lab."
    text = f"Sea Lanes and Power\n\n{lede}\n\nAttribution:\n\n{cited}\n\nIntroduction\n\n{_BODY}\n"
    assert parse_article(text, id="x").authors == ("Mary Major", "Richard Roe")


def test_the_references_under_a_story_name_none_of_its_writers() -> None:
    refs = (
        "References\n\nMary Major, “Sea Lanes and Power,” The Example Review 99, no. 3 (2020).\n\n"
        "Richard Roe, “Alliances at Sea,” The Example Journal, 3 May 2021."
    )
    assert parse_article(f"Sea Lanes and Power\n\n{_BODY}\n\n{refs}\n", id="x").authors == ()
    assert parse_article(f"Sea Lanes and Power\n\nBy Jane Doe\n\n{_BODY}\n\n{refs}\n", id="x").authors == (
        "Jane Doe",
    )
