"""A line crediting an editor's or translator's work alone ("Edited by NAME") is no headline.

Such a line stands in the header beside the writer's byline; it names who worked on the story,
not what it is about. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse._bylines import is_desk_credit

_STORY = (
    "On June 19th, 2023, the alliance's innovation accelerator became operational, bringing together"
    " state governments, private industry and academia to help innovators design start-ups.\n"
    "Allied nations, all of which are members of the body, also work to solve security challenges.\n"
)


class TestDeskCredit:
    """An editor's credit line is read as a credit, and the writer alone is the author."""

    def test_editor_line_is_not_the_headline(self) -> None:
        page = "Written by Jane Maria Doe\nEdited by John Andres Roe\n" + _STORY
        assert parse_article(page).headline is None

    def test_editor_is_no_author(self) -> None:
        page = "Written by Jane Maria Doe\nEdited by John Andres Roe\n" + _STORY
        assert parse_article(page).authors == ("Jane Maria Doe",)

    def test_headline_over_the_credits_is_kept(self) -> None:
        headline = "The alliance's innovation accelerator becomes operational"
        page = headline + "\nWritten by Jane Maria Doe\nTranslated by John Andres Roe\n" + _STORY
        assert parse_article(page).headline == headline

    def test_a_headline_going_on_after_by_is_no_credit(self) -> None:
        assert not is_desk_credit("Edited by committee, the plan fails to win support")
        assert is_desk_credit("Translated by Jane Doe and John Roe")
