"""The story's dateline is found under short loose lines standing between the standfirst and it.

A section's name, a byline and a relative time ("Nation & World" / "By Jane Doe – Associated
Press" / "1 hour ago") are read as paragraphs until they are known for what they are; they do
not count against the paragraphs the dateline may stand under. The pages are written for these
tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_HEAD = [
    "Shohei Ohtani hits long HR in return to Japan against Yomiuri Giants",
    "Japanese star Shohei Ohtani showed off some prodigious power in his return to the Tokyo Dome",
]
_LOOSE = ["Nation & World", "By DAVID BRANDT – Associated Press", "1 hour ago"]
_STORY = [
    "TOKYO (AP) — Japanese star Shohei Ohtani showed off some prodigious power in his return to Tokyo.",
    "In an exhibition game against the Yomiuri Giants, the slugger belted a long two-run homer.",
    "The Dodgers put on quite a power display in the third inning to give Los Angeles a 5-0 advantage.",
]


class TestDatelineUnderLooseLines:
    """Loose lines over the story's first paragraph leave its dateline found; prose paragraphs do not."""

    def test_the_dateline_under_three_loose_lines(self) -> None:
        article = parse_article("\n".join([*_HEAD, *_LOOSE, *_STORY]) + "\n")
        assert article.dateline is not None
        assert "TOKYO" == article.dateline.text

    def test_no_dateline_deep_in_the_story(self) -> None:
        prose = [
            f"Paragraph {n} of the story runs on for a while, as stories do, with a full stop."
            for n in range(4)
        ]
        article = parse_article("\n".join([*_HEAD, *prose, *_STORY]) + "\n")
        assert article.dateline is None


class TestSpeakerWithAside:
    """A speaker's title with an aside in brackets before a colon is a transcript's label, no dateline."""

    def test_moderator_through_translator(self) -> None:
        line = "MODERATOR (THROUGH TRANSLATOR): I would like to start the joint press conference now."
        assert _header.dateline(line, 0, len(line), first=True) is None

    def test_a_place_and_its_agency_before_a_colon(self) -> None:
        line = "TOKYO (Kyodo): Japan lodged a protest with Beijing on Tuesday over the vessels' intrusion."
        found = _header.dateline(line, 0, len(line), first=True)
        assert found is not None
        assert "TOKYO" == line[found.place[0] : found.place[1]]


def test_the_dateline_under_short_lines_closed_by_a_full_stop() -> None:
    # As many short lines as the dateline may stand under, each closed by a full stop or an
    # abbreviation's: lines of so few words are labels, not paragraphs of the story's prose.
    loose = ["Politics.", "Japan and the U.S.A.", "Analysis."]
    article = parse_article("\n".join([*_HEAD, *loose, *_STORY]) + "\n")
    assert article.dateline is not None
    assert "TOKYO" == article.dateline.text
