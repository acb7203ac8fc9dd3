"""Datelines and headline topics in scripts without capitals (Urdu, Hindi).

The pages are written for these tests.
"""

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _header


def test_caseless_place_before_a_colon_over_a_phrase_is_a_topic_not_a_dateline() -> None:
    line = "جاپان :دفاعی بجٹ جی ڈی پی کے 2 فیصد تک بڑھانے کا اعلان"
    assert _header.dateline(line, 0, len(line), first=True) is None


def test_caseless_place_before_a_colon_over_a_sentence_is_a_dateline() -> None:
    line = "ٹوکیو: جاپان کی وزیر اعظم نے دفاعی بجٹ کو دو فیصد تک بڑھانے کا ارادہ ظاہر کیا ہے۔"
    found = _header.dateline(line, 0, len(line), first=True)
    assert found is not None
    assert line[slice(*found.place)] == "ٹوکیو"


def test_caseless_place_and_its_agency_in_brackets_in_the_same_script_is_a_dateline() -> None:
    line = "ٹوکیو(اے ایف پی) جاپان کی نئی وزیر اعظم نے دفاعی بجٹ کو دو فیصد تک بڑھانے کا ارادہ ظاہر کیا ہے ۔"
    found = _header.dateline(line, 0, len(line), first=True)
    assert found is not None
    assert line[slice(*found.place)] == "ٹوکیو"
    assert found.agency == "اے ایف پی"


def test_caseless_words_before_an_english_gloss_in_brackets_are_no_dateline() -> None:
    line = "बुआलोई तूफान (Typhoon Bualoi) ने पहले फिलीपींस में तबाही मचाई और उसके बाद वियतनाम पहुंचा।"
    assert _header.dateline(line, 0, len(line), first=True) is None


def test_headline_with_a_caseless_topic_under_the_date_line_is_kept() -> None:
    page = (
        " date 2025-10-24 جاپان :دفاعی بجٹ جی ڈی پی کے 2 فیصد تک بڑھانے کا اعلان\n"
        "ٹوکیو(اے ایف پی) جاپان کی نئی وزیر اعظم نے دفاعی بجٹ کو دو فیصد جی ڈی پی تک بڑھانے کا ہدف"
        " دو سال پہلے حاصل کرنے کا ارادہ ظاہر کیا ہے ۔\n"
        "امریکا دفاعی خرچ بڑھانے پر زور دے رہا ہے اور وزیر اعظم آج پارلیمان میں خطاب کریں گی ۔\n"
    )
    article = parse_article(page, id="t")
    assert article.headline == "جاپان :دفاعی بجٹ جی ڈی پی کے 2 فیصد تک بڑھانے کا اعلان"
    assert article.dateline is not None
    assert article.dateline.text == "ٹوکیو"
