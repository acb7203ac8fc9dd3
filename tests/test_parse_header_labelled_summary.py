"""A digest labelled as one (``Summary: ...``) right under the page's head is the site's, not the story.

The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_HEAD = "Illustrative photo for: Japan to Ease Arms-Export Rules\nPublished 2026-04-21\n"
_DIGEST = "Japan is moving to ease its restrictive arms export rules, aiming to boost its defense industry."
_STORY = (
    "What We Know\n"
    "The Japanese government revised limits on defense equipment exports to enable sales overseas.\n"
    "The policy shift is described as a move to boost security cooperation with partner countries.\n"
)


@pytest.mark.parametrize("label", ["Summary: ", "TL;DR: ", "Zusammenfassung: "])
def test_a_labelled_digest_is_not_in_the_body(label: str) -> None:
    paragraphs = [p.text for p in parse_article(_HEAD + label + _DIGEST + "\n" + _STORY).paragraphs]
    assert label + _DIGEST not in paragraphs
    assert "What We Know" == paragraphs[0]


def test_an_unlabelled_first_paragraph_stays() -> None:
    paragraphs = [p.text for p in parse_article(_HEAD + _DIGEST + "\n" + _STORY).paragraphs]
    assert _DIGEST in paragraphs
