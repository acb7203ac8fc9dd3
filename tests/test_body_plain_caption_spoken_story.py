"""A caption in the plain written style over a story told in a broadcaster's spoken style.

Korean broadcasters tell their stories in the polite spoken style ("… 시작했습니다.") and caption
their photos in the plain one ("… 시민들이 버스를 기다리고 있다."): such a first paragraph over
paragraphs that each end in the spoken style is the photo's caption. A newspaper's lede in the
plain style over a story in the same style stays. Each page is made up for the test.
"""

from body_cases import body_texts, caption_texts, parse_blocks

TITLE = "시의회, 교통 예산 확대 승인"
CAPTION = "12일 북부 지역 정류장에서 시민들이 야간 버스를 기다리고 있다."
SPOKEN = (
    "시의회가 화요일 대중교통 예산을 크게 늘리는 안을 승인했습니다. 야간 버스를 늘립니다.",
    "새 노선은 운전기사 교육과 인근 도시와의 시간표 조정이 끝나는 봄부터 운행될 예정입니다.",
    "야당은 계획을 환영하면서도 국가 보조금이 끝난 뒤의 재원 마련 방안을 물었습니다.",
)
PLAIN = (
    "시의회가 화요일 대중교통 예산을 크게 늘리는 안을 승인했다. 야간 버스를 늘린다.",
    "새 노선은 운전기사 교육과 인근 도시와의 시간표 조정이 끝나는 봄부터 운행될 예정이다.",
    "야당은 계획을 환영하면서도 국가 보조금이 끝난 뒤의 재원 마련 방안을 물었다.",
)


def test_a_plain_caption_over_a_spoken_story_is_the_photos():
    article = parse_blocks(TITLE, CAPTION, *SPOKEN)
    assert body_texts(article) == list(SPOKEN)
    assert CAPTION in caption_texts(article)


def test_a_plain_lede_over_a_plain_story_stays():
    lede = "12일 시의회가 북부 지역의 야간 버스를 늘리기로 했다."
    article = parse_blocks(TITLE, lede, *PLAIN)
    assert body_texts(article) == [lede, *PLAIN]
