"""find_quotes: a quote that ends a short first line with no stop of its own is the page's headline
(``尹 "기시다 총리, … 공감대 있어"``, ``Meloni: "Giappone ci ha chiesto presenza in Indo-Pacifico"``),
not a quote; Italian ``Così X`` after a quote names its speaker."""

from japan_nato_corpus.quotes import find_quotes
from quote_cases import speakers


def test_quote_ending_the_first_line_with_no_stop_is_a_headline():
    text = (
        '尹 "기시다 총리, 발전적 파트너 확신··· 한미일 3국 안보협력 공감대 있어"\n'
        "2022-06-29 21:21\n"
        "윤석열 대통령은 29일 기시다 총리에 대해 "
        '"양국 관계를 발전시킬 수 있는 파트너라 확신하게 됐다"고 말했다.'
    )
    quoted = [q.evidence.quote for q in find_quotes(text)]
    assert quoted == ["양국 관계를 발전시킬 수 있는 파트너라 확신하게 됐다"]


def test_quote_with_its_own_stop_opening_the_page_is_kept():
    text = '"We will stand with Ukraine for as long as it takes."\nKishida spoke in Kyiv on Tuesday.'
    quoted = [q.evidence.quote for q in find_quotes(text)]
    assert quoted == ["We will stand with Ukraine for as long as it takes."]


def test_cosi_after_a_quote_names_the_speaker():
    text = (
        'Meloni: "Giappone ci ha chiesto presenza in Indo-Pacifico"\n\n'
        "Tokyo, 5 febbraio 2024 L'Indo-Pacifico \"è un'area strategica la cui dimensione aumenta negli "
        'ultimi anni". Così il presidente del Consiglio Giorgia Meloni in un punto stampa a Tokyo.'
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("Giorgia Meloni")
