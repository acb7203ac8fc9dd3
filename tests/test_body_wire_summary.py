"""A repost's own summary over a wire's first paragraph, whose dateline names its agency.

"The council approved … (a summary of three sentences)" over "NORTHTOWN, March 12 (Reuters) - The
regional council …": the wire's dateline opens the story, and the summary over it, up to a long
line's length, is the repost's. A long paragraph over a dateline that names no agency stays the
story's. Each page is made up for the test.
"""

from body_cases import ONE, THREE, TITLE, TWO, body_texts, parse_blocks

SUMMARY = (
    "The council approved a larger transport budget on Tuesday, its biggest in a decade. Night "
    "buses will run more often and two tram lines will reach the northern districts by the end of "
    "next year. The opposition welcomed the plan but asked how it would be paid for once the "
    "national grant ends, and the mayor promised a public hearing before the final vote in spring. "
    "Drivers will be trained over the winter."
)


def test_the_summary_over_a_wires_dateline_is_not_the_story():
    lede = f"NORTHTOWN, March 12 (Reuters) - {ONE}"
    article = parse_blocks(TITLE, SUMMARY, lede, TWO, THREE)
    assert len(SUMMARY) > 400
    assert body_texts(article) == [lede, TWO, THREE]


def test_a_long_paragraph_over_a_paragraph_that_names_no_agency_stays():
    article = parse_blocks(TITLE, SUMMARY, ONE, TWO, THREE)
    assert body_texts(article) == [SUMMARY, ONE, TWO, THREE]
