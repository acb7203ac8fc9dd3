"""find_quotes: a name in apposition to an owned noun (``her counterpart, Wang Yi``) is not its owner."""

from quote_cases import speakers


def test_the_counterpart_named_in_apposition_is_not_whom_she_stands_for():
    text = (
        "Chinese Foreign Minister Wang Yi declines to front media\n\n"
        "Foreign Minister Penny Wong delivered a message to her Chinese counterpart, Wang Yi, "
        "in Canberra.\n\n"
        "\u201cI told the foreign minister Australians were shocked,\u201d she said."
    )
    assert [words for _, words in speakers(text, ())] == ["Foreign Minister Penny Wong"]
