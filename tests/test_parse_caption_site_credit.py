"""The caption reader on an image's credit line naming a site: ``namu.wiki graphic of …``.

A line that opens with a site's address and "graphic of", "photo of" or "map of" credits an
image: it is a caption, no headline. A sentence naming a site otherwise is not. The pages are
written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

_BODY = (
    "1. Regarding the transfer of finished products, parts and technical information in the event "
    "of the joint development and production of the frigate, the council has confirmed approval.\n\n"
    "2. Regarding the frigate program, the government announced that it would select the frigate "
    "from several candidate vessels."
)


@pytest.mark.parametrize(
    "credit",
    [
        "namu.wiki graphic of proposed Australian variant.",
        "example.com photo of the launch ceremony",
        "navy.mil map of the exercise area",
    ],
)
def test_an_images_credit_to_a_site_is_a_caption_not_the_headline(credit):
    assert _zone._is_caption(credit)
    assert parse_article(f"{credit}\n\n{_BODY}\n").headline is None


def test_a_sentence_naming_a_site_is_no_credit():
    assert not _zone._is_caption("Readers of example.com voted for the new design")
