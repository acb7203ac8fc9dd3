"""The paragraph left first once a subscription wall over it is cut is the story's first: its
dateline is read, however many of the wall's lines stood over it while the page was read.

The page is written for these tests.
"""

from japan_nato_corpus import parse_article

_WALL = (
    "Read this story for free:\nor\nAlready have an account? Log in here »\n"
    "To continue reading, please subscribe:\nMonthly Digital Subscription\n$1 per week for 24 weeks*\n"
    "- Enjoy unlimited reading on example.com\n- Read the E-Edition, our digital replica\n"
    "*Billed as $4.00 plus tax every four weeks. Cancel any time.\nMonthly Digital Subscription\n"
    "$4.75/week*\n- Enjoy unlimited reading on example.com\n"
    "*Billed as $19 plus tax every four weeks. Cancel any time.\nRead unlimited stories for free today:\n"
    "or\nAlready have an account? Log in here »\n"
)
_STORY = (
    "The two ministers inspected a frigate of the same model the navy has chosen for its new fleet, "
    "as the countries step up their military ties.\n"
    "The visit came a month after the government chose the design to replace its ageing warships.\n"
)


def test_a_wire_dateline_under_a_subscription_wall() -> None:
    text = f"Ministers visit a frigate as the countries boost ties\n{_WALL}KURE, Japan (AP) — {_STORY}"
    article = parse_article(text, id="wall")
    assert article.paragraphs[0].text.startswith("KURE, Japan (AP) —")
    assert article.dateline is not None
    assert article.dateline.text == "KURE"


def test_no_dateline_is_read_into_a_first_paragraph_without_one() -> None:
    text = f"Ministers visit a frigate as the countries boost ties\n{_WALL}{_STORY}"
    article = parse_article(text, id="wall-undated")
    assert article.paragraphs[0].text.startswith("The two ministers")
    assert article.dateline is None
