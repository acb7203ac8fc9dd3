"""find_quotes: a document's subject clause ends at its verb, and "the document" is the one named before."""

from quote_cases import speakers


def test_the_document_is_the_paper_named_before_not_its_clause():
    text = (
        "Tokyo officials published their Defense of Japan 2025 White Paper on Tuesday.\n"
        "The document claims that the balance of power is changing, citing China as "
        "\u201cthe greatest strategic challenge Japan has ever faced.\u201d"
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("White Paper")
