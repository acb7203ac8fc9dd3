"""The made-up story that the tests of the body's edges, tail and comments share.

Its paragraphs are long enough to be prose, so only the lines a test puts around them are
in question.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.model import Article

ONE = (
    "The regional council approved a new budget for public transport on Tuesday, raising the "
    "number of night buses and extending two tram lines to the northern districts."
)
"""The story's first paragraph."""
TWO = (
    "Officials said the first of the new services would start in the spring, once the drivers "
    "have been trained and the timetables agreed with the neighbouring towns."
)
"""Its second paragraph."""
THREE = (
    "The opposition welcomed the plan but asked how it would be paid for after the national "
    "grant ends in three years, and called for a public hearing before the final vote."
)
"""Its third paragraph."""
TITLE = "Council backs a bigger transport budget"
"""Its headline."""


def furniture(article: Article) -> list[str]:
    """The text of every line ``article`` read as site furniture, in order."""
    return [b.span.text for b in article.boilerplate]


def story_over(line: str, *, between: str = "\n\n") -> Article:
    """The made-up story parsed with ``line`` under its last paragraph, its lines parted by ``between``."""
    return parse_article(between.join((TITLE, ONE, TWO, THREE, line)))


def parse_blocks(*blocks: str) -> Article:
    """``blocks`` parsed as one page, parted by blank lines."""
    return parse_article("\n\n".join(blocks))


def body_texts(article: Article) -> list[str]:
    """The text of each of ``article``'s body paragraphs, in order."""
    return [paragraph.text for paragraph in article.paragraphs]


def caption_texts(article: Article) -> list[str]:
    """The text of each of ``article``'s captions, in order."""
    return [caption.body.text for caption in article.captions]
