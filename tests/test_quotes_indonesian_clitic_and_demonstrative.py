"""find_quotes: Indonesian cues that carry their subject as a clitic (``ujarnya``, ``imbuhnya``: he
or she said, added) take the last speaker; a description with a demonstrative after its noun
(``Juru bicara itu``, ``jubir tersebut``) stands for the person named before it, or for no one; and
a name after a verb and its object (``mendesak pemerintah Jepang``) is no clause's subject."""

from japan_nato_corpus.quotes import CUES_BY_LANGUAGE
from quote_cases import speakers


def test_clitic_cues_are_read_from_the_vocabulary():
    assert {"ujarnya", "imbuhnya", "katanya"} <= set(CUES_BY_LANGUAGE["id"])


def test_clitic_cue_takes_the_speaker_before():
    text = (
        '"Kami memantau dengan cermat semua pernyataan itu," kata Zakharova.\n'
        '"Fondasi ini tercantum dalam hasil Perang Dunia II, belum sepenuhnya diakui oleh Jepang," '
        "imbuhnya."
    )
    assert [words for _, words in speakers(text, ())] == ["Zakharova", "Zakharova"]


def test_name_after_a_verb_and_its_object_is_not_the_subject():
    text = (
        '"Kami memantau dengan cermat semua pernyataan itu," kata Zakharova.\n'
        "Sementara itu, jubir tersebut mendesak pemerintah Jepang yang dipimpin oleh PM Sanae Takaichi "
        'untuk "kembali ke fondasi yang menjadi landasan pembangunan damai Jepang pascaperang".'
    )
    assert [words for _, words in speakers(text, ())] == ["Zakharova", "Zakharova"]


def test_demonstrative_description_with_no_one_before_has_no_speaker():
    text = (
        "Juru bicara itu juga mengatakan aliansi perlu berhati-hati, dan Jepang harus "
        '"membuat panggilan yang tepat" untuk stabilitas di kawasan itu.\n'
        "Sekretaris Jenderal NATO Jens Stoltenberg mengatakan pada Mei, aliansi berencana membuka kantor."
    )
    [(_, words)] = speakers(text, ())
    assert words is None


def test_demonstrative_description_stands_for_the_person_named_before():
    text = (
        "Yoshimasa Hayashi berbicara kepada wartawan di Tokyo.\n"
        'Menteri tersebut mengatakan Jepang akan "terus memperkuat kerja sama dengan NATO" tahun ini.'
    )
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.endswith("Yoshimasa Hayashi")
