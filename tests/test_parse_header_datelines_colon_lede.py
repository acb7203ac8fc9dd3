"""A place in title case opening a lede: before a colon (``Tokyo: ...``), or a comma left before a dash.

The lede is the story's first paragraph and its dateline, not the headline, however its line
closes. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_LEDE = (
    "Tokyo: Shigeru Ishiba, the Prime Minister of Japan, has cancelled his June visit to the Netherlands"
    " to attend the summit of the alliance, the country's Foreign Ministry announced on Monday"
)
_MORE = [
    "The visit, which was scheduled for three days, has been cancelled, a statement said.",
    "The foreign minister will instead attend the events related to the summit and hold meetings.",
]


def test_long_lede_after_a_place_and_a_colon_is_the_dateline_not_the_headline() -> None:
    article = parse_article("\n".join([f"{_LEDE}\u00c2", *_MORE]) + "\n", id="t")
    assert article.dateline is not None
    assert article.dateline.text == "Tokyo"
    assert article.title is None


def test_short_kicker_after_a_place_and_a_colon_is_no_dateline() -> None:
    line = "Tokyo: Japan to raise its defence budget again"
    assert _header.dateline(line, 0, len(line)) is None


def test_label_over_a_list_of_names_is_no_dateline() -> None:
    line = (
        "Aufstellung: Nishikawa - Uchida (67. Sakai), Yoshida, Konno (60. Morishige), Nagatomo - Yamaguchi,"
        " Endo (90. Hosogai), Honda, Kagawa, Okazaki (78. Osako), Kiyotake (84. Saito), Usami (46. Kakitani)"
    )
    assert _header.dateline(line, 0, len(line)) is None


def test_place_and_a_comma_left_before_the_dash_is_the_dateline() -> None:
    line = "Tokyo, – Four coast guard vessels entered the territorial waters around the islands on Sunday."
    found = _header.dateline(line, 0, len(line))
    assert found is not None
    assert line[found.place[0] : found.place[1]] == "Tokyo"


def test_comma_with_no_dash_after_it_opens_no_dateline() -> None:
    line = "Tokyo, a city of millions, woke on Sunday to the news that vessels had entered the waters."
    assert _header.dateline(line, 0, len(line)) is None


def test_three_words_in_title_case_before_a_colon_are_a_kicker_not_a_place() -> None:
    line = (
        "Japan Tsunami Alert: Japan was hit by a 7.1 magnitude earthquake on Wednesday, prompting the"
        " authorities to issue an alert for a tsunami along the coast of Miyazaki Prefecture."
    )
    assert _header.dateline(line, 0, len(line), first=True) is None
    two = "New Delhi" + line[len("Japan Tsunami Alert") :]
    found = _header.dateline(two, 0, len(two), first=True)
    assert found is not None
    assert "New Delhi" == two[slice(*found.place)]
