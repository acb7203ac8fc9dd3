"""find_quotes: Japanese and Chinese quotes that a colon or a Chinese comma sets off as a clause of
their own, with no verb of saying by them, and Japanese quotes whose particle is などと."""

from japan_nato_corpus.quotes import find_quotes


def _said(text: str) -> dict[str, str | None]:
    return {q.text: (q.speaker_words.text if q.speaker_words else None) for q in find_quotes(text)}


def test_a_chinese_quote_after_a_comma_is_the_clause_subjects():
    text = "洪水退去以后,王建国站在屋顶上望着村子,“我活了六十年,从没见过这样的洪水”。\n"
    [(quoted, speaker)] = _said(text).items()
    assert quoted == "我活了六十年,从没见过这样的洪水"
    assert speaker is not None
    assert speaker.startswith("王建国")


def test_a_chinese_quote_after_a_colon_with_no_cue_is_a_quote():
    text = "当晚,远在外地的女儿在电话里一再叮嘱:“你今晚千万别睡觉!”\n"
    assert list(_said(text)) == ["你今晚千万别睡觉!"]


def test_a_pronoun_before_the_comma_stands_for_the_person_the_paragraph_opens_with():
    text = "李明华的房子紧挨着河岸,他早就算好了路线,“五分钟就能跑到山上”。\n"
    assert _said(text) == {"五分钟就能跑到山上": "李明华"}


def test_an_age_may_open_the_chinese_subject():
    text = "凌晨三点,45岁的母亲在电话里喊了一声,“水进屋了”,电话随即中断。\n"
    assert _said(text) == {"水进屋了": "45岁的母亲"}


def test_a_name_quoted_after_its_noun_is_no_quote():
    text = "今年第5号台风“海神”在福建沿海登陆,台风“海神”已造成十人受伤。\n"
    assert find_quotes(text) == ()


def test_a_short_term_after_a_comma_before_a_noun_is_no_quote():
    text = "会议讨论了多个议题,“一带一路”倡议是其中之一。\n"
    assert find_quotes(text) == ()


def test_a_japanese_quote_after_a_name_and_a_colon_is_the_names():
    quoted = "私からは、地域の安全保障環境は厳しさを増していると申し上げました"
    text = f"山田防衛大臣は会談後、記者団の質問に答えました。\n山田防衛大臣:「{quoted}」\n"
    assert _said(text) == {quoted: "山田防衛大臣"}


def test_a_japanese_quote_before_nado_to_and_its_verb_is_a_quote():
    text = "大阪市の佐藤市長は会見で「雨の日はなぜか元気が出る」などと発言しました。\n"
    assert _said(text) == {"雨の日はなぜか元気が出る": "大阪市の佐藤市長"}


def test_a_japanese_quote_before_to_and_a_call_is_a_quote():
    text = "佐藤市長は集まった住民に手を振り「一緒に頑張りましょう」と呼びかけました。\n"
    assert list(_said(text)) == ["一緒に頑張りましょう"]
