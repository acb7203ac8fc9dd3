"""find_quotes: a quote in a headline (a short line with no full stop, with only such lines
before it) is the page's title, not a quotation; the same words in the story are."""

from japan_nato_corpus.quotes import find_quotes
from quote_cases import speakers


def test_a_quote_in_the_headline_is_not_found_but_in_the_story_it_is():
    text = (
        '"China is a greater threat than North Korea", says Japan\n\n'
        "Tokyo. At a press conference, Defence Minister Taro Kono said: "
        '"China is a greater threat than North Korea."\n'
    )
    assert speakers(text, ()) == [
        ("China is a greater threat than North Korea.", "Defence Minister Taro Kono")
    ]


def test_a_quote_after_a_line_of_the_story_is_not_a_headline():
    text = (
        "Defence Minister Taro Kono spoke in Tokyo.\n"
        '"China is a greater threat than North Korea", said Kono\n'
    )
    assert [q for q, _ in speakers(text, ())] == ["China is a greater threat than North Korea"]


def test_every_quote_of_a_headline_line_that_an_unstopped_quote_ends_is_the_headline():
    text = (
        "Taiwan: “62 Chinese military planes around the island”. Beijing: “President Lai wants war”\n\n"
        "Taipei's Defense Ministry said on Friday that 62 Chinese aircraft were detected around Taiwan. "
        "“We have detected 62 aircraft, of which 47 crossed the median line,” the ministry said.\n"
    )
    assert [q.text for q in find_quotes(text)] == [
        "We have detected 62 aircraft, of which 47 crossed the median line,"
    ]
