"""An agency's archive-photo caption ("FILE - …") is a caption however long it runs, and its slug no headline.

The caption's "FILE -" opener is no dateline; the short label over the caption (the agency's
slug for the photo, "Europe Election") is the photo's title, not a headline over a standfirst.
The pages are written for these tests.
"""

from japan_nato_corpus import parse_article

_CAPTION = (
    "FILE - Leader of the far-right party and its lead candidate for the upcoming European election"
    " during a political meeting on June 2, 2024 in Paris. It seemed like a throwaway line by the"
    " Commission's president, yet it encapsulated what is at stake for many in this week's"
    " parliamentary elections — What to do with the hard right? And should it be trusted? It was"
    " asked again and again by voters, by rivals and by the party's own members in every region of"
    " the country over the weeks of the campaign, in meetings, in debates and in the press."
    " (AP Photo/Jane Doe)/ALP108/24156436071148/FILE /2406050605"
)
_HEADLINE = "Européennes 2024 : la liste du parti loin devant, avec 31,5 %, un record historique"
_PAGE = (
    f"Europe Election\n{_CAPTION}\n\n{_HEADLINE}\n\n"
    "Le parti remporte l’élection européenne, en terminant largement en tête du scrutin national.\n"
    "Jeanne Dupont\n\n"
    "C’est un record. Le parti sort largement en tête des élections européennes en France, avec un"
    " score de 31,5 %, selon notre estimation pour la télévision publique et la radio.\n\n"
    "Le parti remporte non seulement le scrutin, mais il place aussi la liste de la majorité loin"
    " derrière, à plus de 16 points de retard, un lourd échec pour le président.\n"
)


class TestArchivePhotoCaption:
    """The long "FILE -" caption and its slug stand aside; the headline under them is read."""

    def test_headline_under_slug_and_caption_is_read(self) -> None:
        assert parse_article(_PAGE).headline == _HEADLINE

    def test_file_opener_is_no_dateline(self) -> None:
        assert parse_article(_PAGE).dateline is None

    def test_long_file_caption_is_a_caption(self) -> None:
        captions = [caption.body.text for caption in parse_article(_PAGE).captions]
        assert any(text.startswith("FILE - Leader") for text in captions)
