"""A box of teasers at the page's foot, under two headings stacked, is furniture.

"Related Subjects" / "Other events" over other stories' headlines, each over its excerpt, to the
end: the box from its first heading on is the site's. Teasers under one heading stay; so does a
box that would take the page's first half. Each page is made up for the test.
"""

from body_cases import ONE, THREE, TITLE, TWO, body_texts, furniture, parse_blocks

FOUR = (
    "The mayor said the council would publish the full budget next week and hold two meetings "
    "in the northern districts, where most of the new services will run."
)
FIVE = (
    "A final vote is expected before the end of the month, after the committee on public works "
    "has heard the operators and the unions."
)
SIX = (
    "Until then the current timetables stay in force, and the tickets bought for the winter "
    "remain valid on every line of the network."
)

TEASERS = [
    "Why Are Regional Trains Running Late This Winter?",
    (
        "Passengers on three regional lines have waited longer for their trains since November, and "
        "the operator blames a shortage of drivers and the state of the tracks in the north."
    ),
    "Ferries: The New Timetable for the Islands",
    (
        "From March the island ferries will sail twice as often in the summer months, the port "
        "authority said, while the winter service stays as it is for at least another year."
    ),
]


def test_the_teasers_under_two_stacked_headings_are_furniture():
    story = [ONE, TWO, THREE, FOUR, FIVE, SIX]
    article = parse_blocks(TITLE, *story, "Related Subjects", "Other events", *TEASERS)
    assert body_texts(article) == [ONE, TWO, THREE, FOUR, FIVE, SIX]
    assert {"Related Subjects", "Other events", *TEASERS} <= set(furniture(article))


def test_teasers_under_one_heading_stay():
    article = parse_blocks(TITLE, ONE, TWO, THREE, FOUR, FIVE, SIX, "Other events", *TEASERS)
    assert TEASERS[1] in body_texts(article)


def test_a_box_over_the_pages_first_half_is_the_story():
    article = parse_blocks(TITLE, ONE, "Related Subjects", "Other events", *TEASERS)
    assert TEASERS[1] in body_texts(article)
