"""A post signed under its prose on the page's own day credits its writer and gives its time.

A blog prints the day over the post and ``Posted by NAME at DATE TIME`` under it; comments signed
alike come after it. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_POST = (
    "We have no one but ourselves to blame. We did not live up to our end of the bargain with Japan.\n\n"
    "A defense panel of the ruling party largely agreed on Tuesday to propose that Japan acquire the "
    "capability to take out enemy bases under new guidelines.\n\n"
)


def _page(day: str, signature: str, byline: str = "") -> str:
    after = "Then again, the comments here run on for a while as they do."
    return f"{day}\n\n{byline}{_POST}{signature}\n\n{after}\n"


def test_the_signature_of_the_day_credits_its_writer_and_gives_the_time():
    article = parse_article(_page("May 27, 2009", "Posted by Ghost of a flea at May 27, 2009 07:47 AM"))
    assert ("Ghost of a flea",) == article.authors
    assert str(article.published) == "2009-05-27"
    assert article.published_at is not None
    assert (article.published_at.hour, article.published_at.minute) == (7, 47)


def test_a_signature_of_another_day_is_a_comment_s():
    article = parse_article(_page("May 27, 2009", "Posted by Jane Doe at May 29, 2009 07:47 AM"))
    assert () == article.authors
    assert article.published_at is None


def test_a_byline_over_the_post_is_kept():
    article = parse_article(
        _page("May 27, 2009", "Posted by Jane Doe at May 27, 2009 07:47 AM", byline="By John Roe\n\n")
    )
    assert ("John Roe",) == article.authors
