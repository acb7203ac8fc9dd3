"""A photo's alt text and its caption closed by a slashed credit at the body's head are the head's.

"The new trams are tested …" (the photo's alt text, one sentence) over "New trams in the depot
(Jane Doe/City Council/dpa)": the caption's bracket names its photographer, owner and agency set
apart by slashes, and the story starts under it. A note of when the text went on air closes it,
and a line that opens with a photo library's embed prompt ("Embed from Getty Images") is a caption.
Each page is made up for the test.
"""

from body_cases import ONE, THREE, TITLE, TWO, body_texts, furniture, parse_blocks, story_over

ALT = "The new trams are tested in the depot before they carry their first passengers."
CAPTION = "New trams in the depot of the northern line (Jane Doe/City Council/dpa)"


def test_the_alt_text_and_the_caption_over_the_story_are_not_its_body():
    article = parse_blocks(TITLE, ALT, CAPTION, ONE, TWO, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert ALT not in body_texts(article)


def test_a_slashed_bracket_that_names_no_agency_stays_in_the_story():
    line = "The plan was drawn up by the two parties on the council (greens/liberals)"
    article = parse_blocks(TITLE, ONE, line, TWO, THREE)
    assert line in body_texts(article)


def test_a_note_of_when_the_text_went_on_air_is_furniture():
    note = "Diese Nachricht wurde am 22.07.2024 im Programm Deutschlandfunk gesendet."
    article = story_over(note)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert note in furniture(article)


def test_a_line_that_opens_with_a_libraries_embed_prompt_is_a_caption():
    embed = "Embed from Getty ImagesFig. 1 – The mayor opens the new tram line in the northern districts"
    article = parse_blocks(TITLE, ONE, TWO, embed, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert embed in [caption.body.text for caption in article.captions]
