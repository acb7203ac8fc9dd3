"""A repost's credit of the wire it copies, in the dateline's brackets or in a tag before it, signs the story.

``Paris, (APP - UrduPoint / Pakistan Point News - 10th Aug, 2024) ...`` and ``(MENAFN- Kuwait News
Agency (KUNA)) WASHINGTON, Jan 22 (KUNA) -- ...``: the reposting site names the wire beside its own
name, and the wire is the byline. An agency alone in the dateline's brackets (``TOKYO, Sept 19
(Reuters) -``) is no byline. The pages are written for these tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header

_HEAD = "Quad foreign ministers reaffirm a free and open Indo-Pacific\n"
_LEDE = (
    "The foreign ministers of the Quad reaffirmed their commitment to a free and open Indo-Pacific "
    "region during a meeting held in Washington on Tuesday.\n"
    "The ministers pledged to meet regularly before the leaders' summit later this year.\n"
)


def test_an_acronym_credited_with_the_reposting_site_signs_the_story():
    text = _HEAD + "Paris, (APP - UrduPoint / Pakistan Point News - 10th Aug, 2024) " + _LEDE
    article = parse_article(text)
    assert article.dateline is not None
    assert "Paris" == article.dateline.text
    assert ("APP",) == article.authors


def test_the_agency_closing_a_repost_tag_signs_the_story():
    text = _HEAD + "(MENAFN- Kuwait News Agency (KUNA)) WASHINGTON, Jan 22 (KUNA) -- " + _LEDE
    article = parse_article(text)
    assert article.dateline is not None
    assert "WASHINGTON" == article.dateline.text
    assert ("KUNA",) == article.authors


def test_an_agency_alone_in_the_brackets_signs_nothing():
    line = "TOKYO, Sept 19 (Reuters) - " + _LEDE.split("\n", 1)[0]
    found = _header.dateline(line, 0, len(line), first=True)
    assert found is not None
    assert (found.agency, found.signed) == ("Reuters", None)


def test_an_agency_joined_to_its_desk_by_a_hyphen_signs_nothing():
    line = "FRANKFURT (dpa-AFX) - " + _LEDE.split("\n", 1)[0]
    found = _header.dateline(line, 0, len(line), first=True)
    assert found is not None
    assert found.signed is None


def test_a_tag_whose_brackets_name_no_agency_signs_nothing():
    text = _HEAD + "(MENAFN- Some Site (Partner)) WASHINGTON, Jan 22 (KUNA) -- " + _LEDE
    assert () == parse_article(text).authors
