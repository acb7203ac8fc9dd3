"""find_quotes: in a sentence that ends with its verb of saying after the quote, the person's name
set off by a comma before the quote is its subject (``… kaydeden Başbakan Kişida, “…” ifadelerini
kullandı``), not the first name of the sentence; Turkish cues are read from the vocabulary."""

from japan_nato_corpus.quotes import CUES_BY_LANGUAGE
from quote_cases import speakers


def test_turkish_cues_are_listed():
    assert {"dedi", "ifadelerini kullandı", "belirtti"} <= set(CUES_BY_LANGUAGE["tr"])


def test_name_set_off_before_the_quote_is_the_subject():
    text = (
        "Görüşmede Rusya-Ukrayna krizi, Tayvan Boğazı ve Kuzey Kore konularının gündeme geldiğini "
        "kaydeden Başbakan Kişida, \u201cSerbest ve açık bir uluslararası düzeni korumak her zamankinden "
        "daha önemli.\u201d ifadelerini kullandı."
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("Kişida")


def test_name_set_off_before_a_short_quote_in_the_clause():
    text = (
        "16-21 Ekim tarihleri arasında Avrupa turuna çıkacağını belirten Nakatani, kendisi ile benzer "
        "düşüncede olan ülkelerle \u2018ilişkileri güçlendirmeyi\u2019 hedeflediğini belirtti."
    )
    [(_, words)] = speakers(text, ())
    assert words == "Nakatani"
