"""Short paragraphs of a script written without spaces at the body's foot are sentences, not teasers.

A Japanese or Chinese sentence is one "word" between spaces: closed by its full stop and of
WIDE_SENTENCE_CHARS ideographs and kana or more, a short paragraph of the story's last run is
prose; a run of teasers' headlines, ending in no full stop, is still the site's. Each page is made
up for the test.
"""

from body_cases import body_texts, furniture, parse_blocks
from japan_nato_corpus.parse import _page

TITLE = "市議会、交通予算を承認"
LEDE = (
    "市議会は火曜日、公共交通の新たな予算を承認した。夜行バスの本数を増やし、北部の二つの路面電車の路線を延ばす。"
    "新たな運行は春に始まる見通しで、運転士の研修と近隣の町との時刻表の調整を終えてからになるという。"
    "市の交通局によると、夜行バスは主に北部の住宅地と中心部を結び、深夜の利用者が多い路線から順に増便する。"
    "路面電車の延伸区間には新たに五つの停留所が設けられ、工事は来年の秋に始まる予定だ。"
)
SHORT = (
    "野党は計画を歓迎したが、財源について説明を求めた。",
    "国の補助金は三年後に終わる予定で、その後の負担が課題となる。",
    "市長は来月、住民への説明会を開くと話した。",
    "最終的な採決は年明けに行われる見込みだ。",
)


def test_a_run_of_short_sentences_at_the_foot_stays_the_storys():
    article = parse_blocks(TITLE, LEDE, *SHORT)
    assert body_texts(article) == [LEDE, *SHORT]


def test_a_run_of_teasers_headlines_at_the_foot_is_still_furniture():
    teasers = (
        "北部の路面電車、来春に延伸へ",
        "夜行バス、利用者が倍増",
        "市長選、三人が立候補を表明",
        "駅前再開発の計画を見直し",
    )
    article = parse_blocks(TITLE, LEDE, SHORT[0], *teasers)
    assert not set(teasers) & set(body_texts(article))
    assert set(teasers) <= set(furniture(article))


def test_a_short_line_of_few_ideographs_is_a_fragment_though_it_ends_in_a_stop():
    assert _page._is_fragment("詳しくはこちら。")
    assert not _page._is_fragment(SHORT[0])
