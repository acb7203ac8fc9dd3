"""A reader comment's head line: its commenter's name is the comment's author, or, with no text
under it, furniture spanning that name."""

from hypothesis import given
from hypothesis import strategies as st

from japan_nato_corpus import parse_article
from japan_nato_corpus.model import BoilerplateKind

_BODY = (
    "The council met on Monday and decided to go on with the plan that it had set out in May of last year."
)
_NAMES = ("Jane Doe", "Kenji Sato", "Maria Lopez", "Li Wei")
_REPLY = "I agree with the council on this one."


def _page(heads: list[tuple[str, bool]]) -> str:
    lines = ["Title of the story here", _BODY, _BODY.replace("Monday", "Tuesday"), "Comments (2)"]
    for name, answered in heads:
        lines.append(f"{name} wrote:")
        if answered:
            lines.append(_REPLY)
    return "\n\n".join(lines) + "\n"


def test_a_head_with_no_text_under_it_is_furniture_spanning_its_name():
    text = _page([("Jane Doe", False), ("Kenji Sato", True)])
    article = parse_article(text)
    [comment] = article.comments
    assert comment.author is not None
    assert comment.author.text == "Kenji Sato"
    pieces = [piece.span for piece in article.boilerplate if piece.span.text == "Jane Doe"]
    assert [text[span.start : span.end] for span in pieces] == ["Jane Doe"]
    assert [piece.kind for piece in article.boilerplate if piece.span.text == "Jane Doe"] == [
        BoilerplateKind.OTHER
    ]


@given(st.lists(st.tuples(st.sampled_from(_NAMES), st.booleans()), min_size=1, max_size=6))
def test_each_head_is_its_comment_s_author_or_furniture_on_its_own(heads):
    text = _page(heads)
    article = parse_article(text)
    assert [c.author.text for c in article.comments if c.author is not None] == [n for n, a in heads if a]
    assert [c.body.text for c in article.comments] == [_REPLY for _, answered in heads if answered]
    unanswered = [
        piece.span
        for piece in article.boilerplate
        if piece.kind is BoilerplateKind.OTHER and piece.span.text in _NAMES
    ]
    assert [span.text for span in unanswered] == [name for name, answered in heads if not answered]
    assert all(text[span.start : span.end] == span.text for span in unanswered)
