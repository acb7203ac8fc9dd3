"""Notes on the authors under the story are furniture: a starred note, a line to write to them.

"* Jane Doe is Visiting Senior Fellow …" (a note's mark, a name and its verb of being) and
"Write to Jane Doe at jane.doe@example.com" (a short line holding a mail address, as one holding
a web address points away from the story) close the body. A starred item of the story's own,
which names no person, stays. Each page is made up for the test.
"""

import pytest

from body_cases import ONE as _ONE
from body_cases import THREE as _THREE
from body_cases import TWO as _TWO
from body_cases import furniture as _furniture
from body_cases import story_over as _story_over


@pytest.mark.parametrize(
    "note",
    [
        "* Jane Doe is Visiting Senior Fellow at the Institute of Transport Studies.",
        "† Jane Doe and John Smith are researchers at the Institute of Transport Studies.",
        "Write to Jane Doe at jane.doe@example.com",
    ],
)
def test_a_note_on_the_authors_under_the_story_is_furniture(note):
    article = _story_over(note)
    assert [p.text for p in article.paragraphs] == [_ONE, _TWO, _THREE]
    assert note in _furniture(article)


def test_a_starred_point_of_the_story_stays():
    point = "* The new night buses are expected to carry some 4,000 riders a week by the summer."
    article = _story_over(point)
    assert article.paragraphs[-1].text == point
