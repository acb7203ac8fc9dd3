"""Photo credits handed on by an agency and writers' lines are never headline candidates.

``Kyodo via Reuters`` alone on its line over a story is a photo's credit, and ``王小明/東亞研究所研究員``
a commentary's byline: on a page with no headline neither is made up into one, and on a page
with one the headline is still found. The pages are written for these tests.
"""

import pytest

from japan_nato_corpus import parse_article

_DUTCH = [
    "China heeft zijn burgers opgeroepen niet naar Japan te reizen na de uitspraken van de premier.",
    "Beide landen hebben deze week officieel protest aangetekend bij elkaars ambassadeurs in de hoofdstad.",
    "De regering in Tokio zegt dat het standpunt van het land over de regio niet is veranderd.",
]
_ENGLISH = [
    "The two coast guards held their first joint drill near the strait on Tuesday, officials said.",
    "Ships from both countries practised search and rescue manoeuvres over two days at sea.",
    "Officials said the exercise would be repeated next year with more vessels taking part.",
]
_CHINESE = [
    "當前區域局勢進入新的階段,傳統的同盟體系逐漸鬆動,各國迫切需要一種新的合作框架來回應變局。",
    "因此在地緣戰略上,這座島嶼具有雙重價值,既提供戰略縱深,也成為海上交通線的重要節點與屏障。",
    "正因如此,部分學者開始醞釀新的戰略構想,以回應迅速變動的區域安全環境與日益升高的軍事壓力。",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "credit", ["Kyodo via Reuters", "KCNA via AP", "Jane Doe/AFP via Getty Images", "Handout via Reuters"]
)
def test_a_credit_via_an_agency_is_no_headline(credit: str) -> None:
    article = parse_article(_page(credit, *_DUTCH), id="t")
    assert article.title is None


def test_a_credit_via_an_agency_under_the_headline_leaves_the_headline() -> None:
    headline = "Coast guards of two neighbours hold first joint drill"
    article = parse_article(_page(headline, "Yonhap via AP", *_ENGLISH), id="t")
    assert article.title is not None
    assert article.title.text == headline


def test_a_headline_about_a_channel_is_still_a_headline() -> None:
    headline = "Allies to share satellite data via new regional network"
    article = parse_article(_page(headline, *_ENGLISH), id="t")
    assert article.title is not None
    assert article.title.text == headline


@pytest.mark.parametrize(
    "writer",
    [
        "王小明/東亞研究所研究員",
        "李大華／國立海洋大學副教授",
        "山田太郎/防衛研究所主任研究員",
        "김민수/국방연구원 연구위원",
    ],
)
def test_a_writers_name_and_job_is_no_headline(writer: str) -> None:
    article = parse_article(_page(writer, *_CHINESE), id="t")
    assert article.title is None


def test_a_headline_over_the_writers_line_is_the_headline() -> None:
    headline = "島嶼安全與區域合作的新框架"
    article = parse_article(_page(headline, "王小明/東亞研究所研究員", *_CHINESE), id="t")
    assert article.title is not None
    assert article.title.text == headline
