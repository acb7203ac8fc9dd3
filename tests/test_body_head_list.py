"""A list at the body's head: the header's furniture laid out as marked lines, or the story's own list.

A page may set its stamps (the site's name, the date, the reading time) or the headlines of
related stories as a list over the story. Each of its items is a fragment of a few words, and prose
stands under it; the story's own list, or its summary points, hold a sentence's words.
"""

from body_cases import ONE, THREE, TITLE, TWO, furniture
from japan_nato_corpus import parse_article


def test_marked_stamps_over_the_lede_are_furniture() -> None:
    stamps = "- Times Tengri\n- 19 дек. 2025 г.\n- 6 мин. чтения"
    article = parse_article(f"{TITLE}\n\n{stamps}\n\n{ONE}\n\n{TWO}\n\n{THREE}")
    assert [p.text for p in article.paragraphs] == [ONE, TWO, THREE]
    assert "- 6 мин. чтения" in furniture(article)


def test_marked_points_of_a_sentence_s_words_over_the_lede_stay() -> None:
    points = (
        "- China warns that the pact threatens the region's future\n"
        "- Coast guard ships enter the waters around the islands again\n"
        "- Japan sends 600 troops to its southern islands"
    )
    article = parse_article(f"{TITLE}\n\n{points}\n\n{ONE}\n\n{TWO}\n\n{THREE}")
    assert article.paragraphs[0].text.startswith("- China warns")


def test_a_list_of_sentences_opening_the_body_stays() -> None:
    items = (
        "- The council will add twelve night buses to the network in the spring.\n"
        "- Two tram lines will be extended to the northern districts by next year."
    )
    article = parse_article(f"{TITLE}\n\n{items}\n\n{ONE}\n\n{TWO}\n\n{THREE}")
    assert article.paragraphs[0].text.startswith("- The council will add")
