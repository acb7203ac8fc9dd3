"""Photo captions left among the story's paragraphs: told by what a caption has and prose has not."""

from body_cases import ONE, THREE, TITLE, TWO, body_texts, caption_texts, parse_blocks
from japan_nato_corpus.parse._boilerplate import is_caption_label


def test_a_line_naming_where_people_stand_is_a_caption() -> None:
    caption = "The mayor (center) and the transport minister (right) at the tram depot"
    article = parse_blocks(TITLE, ONE, caption, TWO, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert caption in caption_texts(article)


def test_an_abbreviated_position_is_a_caption() -> None:
    caption = "Zwei Straßenbahnen (l.) und ein Nachtbus (r.) im Depot an der Ringstraße"
    assert body_texts(parse_blocks(TITLE, ONE, caption, TWO, THREE)) == [ONE, TWO, THREE]


def test_left_and_right_in_a_sentence_of_prose_stay() -> None:
    # The words alone, with no brackets or commas around them, are the story's.
    line = "The buses will turn left at the station and right at the market on the new route."
    assert body_texts(parse_blocks(TITLE, ONE, line, TWO, THREE)) == [ONE, line, TWO, THREE]


def test_a_line_printed_twice_in_a_row_with_no_sentence_end_is_a_caption() -> None:
    caption = "A night bus at the northern terminus"
    article = parse_blocks(TITLE, ONE, caption, caption, TWO, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert caption_texts(article).count(caption) == 2


def test_a_sentence_printed_twice_in_a_row_stays() -> None:
    # The story's own paragraph printed again ends a sentence: the copy is no caption.
    article = parse_blocks(TITLE, ONE, TWO, TWO, THREE)
    assert body_texts(article) == [ONE, TWO, TWO, THREE]


def test_a_caption_cut_off_in_a_word_over_its_whole_print_is_a_caption() -> None:
    whole = "Il sindaco e i tecnici a bordo del nuovo tram l'11 dicembre 2018."
    cut = whole[: whole.index("'")]
    article = parse_blocks(TITLE, ONE, cut, whole, TWO, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert {cut, whole} <= set(caption_texts(article))


def test_a_subheading_the_next_paragraph_opens_with_stays() -> None:
    # A heading whose words open the paragraph under it ends on a whole word.
    heading = "The northern tram extension"
    paragraph = heading + " will run for four kilometres past the hospital and the university campus."
    article = parse_blocks(TITLE, ONE, heading, paragraph, TWO, THREE)
    assert body_texts(article) == [ONE, heading, paragraph, TWO, THREE]


def test_the_line_under_a_credit_whose_caption_words_were_moved_is_the_caption() -> None:
    credit = ". LYON, France. REUTERS/Jane Doe"
    caption = "Passengers board the first night bus on the new line."
    article = parse_blocks(TITLE, ONE, TWO, credit, caption, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert caption in caption_texts(article)


def test_a_caption_copy_of_one_read_over_the_story_is_no_body() -> None:
    caption = "The new tram at the depot on Monday. (Photo: City Council)"
    article = parse_blocks(TITLE, caption, ONE, TWO, caption, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]


def test_the_line_under_a_caption_label_is_the_caption() -> None:
    caption = "Passengers on the first night bus of the new line"
    article = parse_blocks(TITLE, ONE, TWO, "Image caption", caption, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert caption in caption_texts(article)


def test_a_caption_label_names_only_the_caption_field() -> None:
    assert is_caption_label("Image caption")
    assert is_caption_label("Bildunterschrift:")
    assert is_caption_label("  légende  ".strip())
    assert not is_caption_label("Image caption of the week in review")
    assert not is_caption_label("Caption contest")


def test_a_line_closed_by_its_labelled_credit_is_a_caption() -> None:
    caption = "Le maire de la ville, Jean Dupont.Image: sda"
    article = parse_blocks(TITLE, ONE, TWO, caption, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert any(caption.startswith(found) for found in caption_texts(article))


def test_a_phrase_closed_by_a_date_after_a_comma_is_a_caption() -> None:
    caption = "Der Bürgermeister während einer Pressekonferenz im Rathaus der Stadt, Oktober 2024"
    article = parse_blocks(TITLE, ONE, TWO, caption, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]


def test_a_sentence_then_a_dated_stamp_stays() -> None:
    # A sentence's end inside the line: prose with the page's stamp run into it, no caption.
    line = "The council will vote on the plan next month. » | Friday, October 31, 2014"
    assert line in body_texts(parse_blocks(TITLE, ONE, TWO, line, THREE))


def test_a_short_dated_line_stays() -> None:
    # A few words and a date are a list's entry or a stamp, not a caption's phrase.
    line = "Council meeting, 19 May 2023"
    assert line in body_texts(parse_blocks(TITLE, ONE, TWO, line, THREE))


def test_a_line_closed_by_its_provider_in_brackets_is_a_caption() -> None:
    caption = "The mayor answers reporters at the depot, July 12. (Provided by the city press office.)"
    article = parse_blocks(TITLE, ONE, TWO, caption, THREE)
    assert body_texts(article) == [ONE, TWO, THREE]
    assert caption in caption_texts(article)


def test_a_sentence_closed_by_an_agency_sign_off_stays() -> None:
    # An agency's bracket is the story's sign-off, not a photo's provider.
    line = "The council will vote on the plan next month. (Reuters)"
    assert body_texts(parse_blocks(TITLE, ONE, TWO, line))[-1] == line
