"""find_quotes, Korean: a name right before a title marked as topic stands in the speaker
(``… 15일 기시다 후미오 총리는 "…"``); a one-word noun that ends a compound named before
(``신문은`` after ``마이니치신문은``) stands for it; ``이라며`` is a quotative ending."""

from quote_cases import speakers


def test_name_before_a_marked_title_after_other_words_is_the_speaker():
    text = (
        "외신 등에 따르면 15일 기시다 후미오 총리는 이날 기자회견에서 "
        "\u201cNATO 정상회의에 일본 총리로 처음 참석한다\u201d며 \u201c관계를 강화할 것\u201d이라고 밝혔다."
    )
    found = speakers(text, ())
    assert [words for _, words in found] == ["기시다 후미오 총리", "기시다 후미오 총리"]


def test_a_word_ending_in_a_particle_stays_out_of_the_title_phrase():
    text = "외신 등에 따르면 15일 회견에서 총리는 \u201c아무것도 결정된 것은 없다\u201d고 말했다."
    [(_, words)] = speakers(text, ())
    assert words == "총리"


def test_noun_ending_a_compound_named_before_stands_for_it():
    text = (
        "마이니치신문은 나토가 파트너를 초청했다고 보도했다.\n"
        '신문은 "이시바 총리는 협력 강화를 확인하고 싶은 생각"이라며 '
        '"개별 회담도 모색한다"고 전했다.'
    )
    found = speakers(text, ())
    assert [words for _, words in found] == ["마이니치신문", "마이니치신문"]


def test_a_name_with_a_gloss_and_a_country_before_its_marked_title_opens_the_speaker():
    text = "스가 요시히데(菅義偉) 일본 관방장관은 15일 “도발 행동은 결코 용인할 수 없다”고 말했다."
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.startswith("스가 요시히데")


def test_adverb_that_opens_the_sentence_is_no_part_of_the_subject():
    text = '앞서 스가 장관은 "북한이 발사체 2발을 발사했다"라고 발표했다.'
    [(_, words)] = speakers(text, ())
    assert words == "스가 장관"


def test_name_ending_like_an_adverb_before_a_title_stays_the_subject():
    text = '김민서 장관은 "북한이 발사체 2발을 발사했다"라고 발표했다.'
    [(_, words)] = speakers(text, ())
    assert words == "김민서 장관"
