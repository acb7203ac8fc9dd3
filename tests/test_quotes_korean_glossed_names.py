"""find_quotes: in Korean, a name glossed with its characters in brackets stays in the noun phrase
of the title after it (``고노 다로(河野太郞) 일본 외무상은``), and a title marked with *also*
(``관방장관도``) is the topic whose holder speaks."""

from quote_cases import speakers


def test_a_glossed_name_whose_last_syllable_ends_like_a_particle_opens_the_subject():
    text = '나카무라 다로(中村太郞) 일본 방위상은 15일 "이번 훈련은 방어 목적이다"고 말했다.'
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.startswith("나카무라 다로")


def test_a_glossed_name_after_a_description_is_the_holder_of_the_title():
    text = '일본 정부 대변인인 하야시 요시로(林義郞) 관방장관은 "결코 용인할 수 없다"고 밝혔다.'
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.startswith("하야시 요시로")


def test_a_title_marked_with_also_is_the_topic_and_its_glossed_name_speaks():
    text = '모리타 가즈오(森田和夫) 관방장관도 이날 브리핑에서 "계속 분석하고 있다"고 말했다.'
    [(_, words)] = speakers(text, ())
    assert words is not None
    assert words.startswith("모리타 가즈오")
