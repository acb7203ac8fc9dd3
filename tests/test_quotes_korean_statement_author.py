"""find_quotes: a Korean statement's words with its author left unsaid are the author's, named before."""

from quote_cases import speakers

TEXT = (
    "김정은 총비서의 여동생 김여정 씨가 25일, 조선중앙통신을 통해 담화를 발표했습니다.\n\n"
    "담화에서는 “최근에도 기시다 수상은 다른 경로를 통해 만나고 싶다는 의향을 전해 왔다”며 "
    "기시다 수상이 정상회담 조기 개최를 타진해 왔다고 주장했습니다.\n\n"
    "그리고 납치문제에 대해서는 이미 해결됐다는 입장을 거듭 밝히면서 “납치문제에 골몰한다면 "
    "평판을 피할 수 없게 될 것”이라며 견제했습니다."
)


def test_a_place_marked_as_topic_is_no_speaker_and_the_author_before_is():
    assert [words for _, words in speakers(TEXT, ())] == ["김여정 씨", "김여정 씨"]


def test_a_name_right_before_a_title_is_no_topic():
    text = "김정은 총비서의 여동생 김여정 씨가 “회담은 없다”고 밝혔습니다."
    [(_, words)] = speakers(text, ())
    assert words == "김여정 씨"
