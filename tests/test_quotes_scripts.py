"""find_quotes in Japanese, Chinese and Arabic: the marks those texts quote with, their cues, and
the subject found by the shape of the sentence where there are no capitals to find a name by."""

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from japan_nato_corpus import find_quotes

SPEECH_VERBS = Path(jnc.__file__).parent / "vocabularies" / "speech_verbs.json"


def _speakers(text):
    return [(q.text, q.speaker_words.text if q.speaker_words else None) for q in find_quotes(text)]


class TestJapanese:
    def test_corner_brackets_are_read_and_the_topic_speaks(self):
        text = "岸田総理は記者団に「ウクライナの支援は変わらない」と述べた。\n"
        assert _speakers(text) == [("ウクライナの支援は変わらない", "岸田総理")]

    def test_a_nearer_subject_marked_by_ga_speaks_before_the_topic(self):
        text = "防衛大臣は会見で、配備について中国が「対立を扇動している」と批判したことに反論した。\n"
        assert _speakers(text) == [("対立を扇動している", "中国")]

    def test_a_ga_subject_before_a_comma_is_no_subject_of_the_quote(self):
        text = (
            "防衛相は会見で、領空侵犯の恐れがある航空機飛行、中国の動向に言及し"
            "「しっかり発言していきたい」と語った。\n"
        )
        assert _speakers(text) == [("しっかり発言していきたい", "防衛相")]

    def test_the_topic_of_the_sentence_before_speaks_before_its_ga_subject(self):
        text = (
            "河野太郎防衛相は5日の会見で、中国が挑発を強める中での来日について考えを示した。"
            "「対話は非常に重要」と語った。\n"
        )
        assert _speakers(text) == [("対話は非常に重要", "河野太郎防衛相")]

    def test_a_quote_with_no_subject_goes_to_the_speaker_before(self):
        text = "岸田総理は「協力を確認したい」と語った。\nまた「日本の立場は変わらない」とした。\n"
        assert [s for _, s in _speakers(text)] == ["岸田総理", "岸田総理"]

    def test_an_office_alone_after_the_particle_is_the_person_named_before(self):
        text = "岸田文雄は「合意に達した」と述べた。「危機は深刻だ」と首相は述べた。\n"
        assert [s for _, s in _speakers(text)] == ["岸田文雄", "岸田文雄"]

    def test_a_whole_sentence_quoted_after_an_attributed_one_goes_on_with_its_speaker(self):
        text = "岸田文雄は「合意に達した」と述べた。 「今日のウクライナは明日の東アジアかもしれない。」\n"
        assert [s for _, s in _speakers(text)] == ["岸田文雄", "岸田文雄"]

    def test_a_quote_inside_a_quote_is_a_quote_of_its_own(self):
        text = "記者が「大臣は『緊張を高めるとの指摘は当たらない』と発言しました」と質問。\n"
        found = [t for t, _ in _speakers(text)]
        assert "緊張を高めるとの指摘は当たらない" in found

    def test_a_name_in_corner_brackets_before_a_particle_is_no_quote(self):
        assert find_quotes("護衛艦「いずも」が8月に進水した。\n") == ()

    def test_a_quote_passively_criticised_as_a_name_is_no_quote(self):
        assert find_quotes("配備が国会で「ミサイル列島」と批判されたことについて。\n") == ()


class TestChinese:
    def test_the_subject_before_the_verb_speaks(self):
        text = "此外,史密斯称,“我们的首要任务是确保提供防空系统”,在此基础上。\n"
        assert _speakers(text) == [("我们的首要任务是确保提供防空系统", "史密斯")]

    def test_time_and_place_words_end_the_subject(self):
        text = "日本防长岸信夫周六在会上表示,中国是一个“令人担忧的国家”。\n"
        assert _speakers(text) == [("令人担忧的国家", "日本防长岸信夫")]

    def test_a_pronoun_is_the_speaker_a_cue_named_before(self):
        text = "日本防长岸信夫周六表示,安全担忧加剧。\n他在全会上说:“这两个军事强国的联合行动会增加关注。”\n"
        assert _speakers(text)[0][1] == "日本防长岸信夫"

    def test_the_subject_and_verb_after_the_quote_speak(self):
        text = "“地理概念是固定的,印太地区不是北大西洋,我们绝不能给人一种感觉。”马克龙说。\n"
        assert _speakers(text)[0][1] == "马克龙"

    def test_a_quoted_term_inside_a_noun_phrase_is_no_quote(self):
        assert find_quotes("史密斯称,关于加强北约和“印太地区”国家的合作的方案仍在讨论。\n") == ()

    def test_a_cue_addressed_to_the_reader_is_no_attribution(self):
        assert find_quotes("你说,这波操作是“清醒”还是“傲慢”?\n") == ()


class TestArabic:
    def test_the_subject_of_a_verb_in_a_clause_that_an_opens_speaks_not_the_reporting_agency(self):
        text = (
            'وذكرت وكالة بلومبرج للأنباء أن النائبة روي ماتسوكاوا قالت "الصين لها حضور كبير في أوروبا".\n'
            'وأضافت "من المحتمل أن تصبح تهديداً أمنياً"، وقالت: "ذلك لن يصب فقط في مصلحة اليابان".\n'
        )
        assert [s for _, s in _speakers(text)] == ["النائبة روي ماتسوكاوا"] * 3

    def test_the_reporting_verb_keeps_the_quote_with_no_clause_of_its_own(self):
        text = 'وذكرت وكالة كيودو أن "الصين تزيد الإنفاق العسكري بسرعة كبيرة".\n'
        assert _speakers(text)[0][1] == "وكالة كيودو"

    def test_the_subject_after_the_opening_verb_speaks(self):
        text = 'وقال كيشيدا في جلسة برلمانية، الأربعاء: "لا علم لدي بشأن اتخاذ قرار لإقامة مكتب للحلف".\n'
        assert _speakers(text)[0][1] == "كيشيدا"

    def test_a_verb_with_no_subject_goes_to_the_speaker_named_before(self):
        text = (
            'وقال وزير الدفاع الياباني تارو كونو خلال مؤتمر صحفي: "الصين تزيد الإنفاق العسكري بسرعة كبيرة".\n'
            'وتابع: "تقوم الصين بنشر أصول جوية وبحرية في غرب المحيط الهادئ".\n'
        )
        speakers = [s for _, s in _speakers(text)]
        assert speakers == ["وزير الدفاع الياباني تارو كونو", "وزير الدفاع الياباني تارو كونو"]

    def test_a_name_quoted_in_the_subject_is_no_quote(self):
        text = 'وقال وزير الدفاع "تارو كونو" خلال مؤتمر صحفي: "الصين تزيد الإنفاق العسكري بسرعة كبيرة".\n'
        assert [t for t, _ in _speakers(text)] == ["الصين تزيد الإنفاق العسكري بسرعة كبيرة"]

    def test_a_name_after_the_noun_it_names_is_no_quote(self):
        text = 'وقال كيشيدا إن الصواريخ لم تصل إلى مياه اليابان، وفقا قناة "ان اتش كي".\n'
        assert find_quotes(text) == ()


def test_the_cues_of_each_script_are_data():
    scripts = json.loads(SPEECH_VERBS.read_text(encoding="utf-8"))["scripts"]
    assert {"ja", "zh", "ar"} <= set(scripts)
    assert "述べ" in scripts["ja"]["after"]
    assert "表示" in scripts["zh"]["before"]
    assert "قال" in scripts["ar"]["before"]


@given(st.text(alphabet="「」『』“”岸田は述べたと。、\n 史密斯称", max_size=60))
def test_every_quote_in_these_marks_slices_its_text(text):
    for quote in find_quotes(text):
        assert text[quote.evidence.start : quote.evidence.end] == quote.text
        if quote.speaker_words is not None:
            words = quote.speaker_words
            assert text[words.start : words.end] == words.text


class TestShortQuoteLaterInTheSentence:
    """A short quote later in the sentence of an attributed one goes on with its speaker."""

    def test_the_second_fragment_of_a_reported_clause_keeps_the_speaker(self):
        text = (
            "Spokesperson Lin Jian said that the comments represented “crude interference” in "
            "internal affairs and had caused “a heavy blow” to bilateral ties.\n"
        )
        found = _speakers(text)
        assert [t for t, _ in found] == ["crude interference", "a heavy blow"]
        assert found[1][1] == found[0][1]

    def test_a_fragment_after_a_sentence_end_does_not_go_on(self):
        text = 'Lin Jian said Japan showed "crude interference" in the affairs. It was a "test" of ties.\n'
        assert [t for t, _ in _speakers(text)] == ["crude interference"]

    def test_a_term_the_text_quotes_again_does_not_go_on(self):
        text = (
            'Abe said Japan would take a "new course" of "proactive pacifism" in the region.\n'
            'The "proactive pacifism" policy was debated.\nCritics of "proactive pacifism" spoke.\n'
            'Supporters of "proactive pacifism" answered.\n'
        )
        found = find_quotes(text)
        assert not any(q.text == "proactive pacifism" and q.evidence.start < 60 for q in found)


class TestBodyAfterTheCue:
    """In a language that puts the subject after the verb, a body named there speaks."""

    def test_a_german_neuter_body_after_the_cue_speaks(self):
        text = "„Wir verfolgen die Lage genau“, erklärte das Verteidigungsministerium in Tokio.\n"
        assert _speakers(text) == [("Wir verfolgen die Lage genau", "das Verteidigungsministerium")]

    def test_a_body_after_the_cue_is_not_traded_for_the_sentence_opener(self):
        text = (
            "Die Manöver in der Nähe Japans seien „eindeutig eine Machtdemonstration“ und "
            "„äußerst besorgniserregend“, erklärte das Verteidigungsministerium in Tokio.\n"
        )
        assert _speakers(text)[-1][1] == "das Verteidigungsministerium"


class TestKorean:
    def test_the_topic_before_the_quote_speaks_with_a_quotative_ending(self):
        text = "윤석열 대통령은 “자유와 평화를 지키겠다”라고 말했다.\n"
        assert _speakers(text) == [("자유와 평화를 지키겠다", "윤석열 대통령")]

    def test_a_marked_noun_between_the_ending_and_the_verb_speaks(self):
        text = "“한일 관계는 매우 중요하다”고 국방부는 밝혔다.\n"
        assert _speakers(text) == [("한일 관계는 매우 중요하다", "국방부")]

    def test_a_family_name_and_office_alone_stand_for_the_full_name_before(self):
        text = (
            "김용현 국방부장관은 21일 회의에 참석했다.\n\n"
            "김 장관은 취재진과 만나 “강력한 규탄을 했다”며 “협력을 강화해 나가기로 했다”고 전했다.\n"
        )
        assert _speakers(text) == [
            ("강력한 규탄을 했다", "김용현"),
            ("협력을 강화해 나가기로 했다", "김용현"),
        ]

    def test_a_quote_with_no_quotative_ending_has_no_korean_cue(self):
        text = "정부는 “인도태평양”이라는 표현을 썼다.\n"
        assert all(cue is None for cue in [q.cue for q in find_quotes(text)])


class TestArabicNamesAfterNouns:
    def test_a_name_quoted_after_a_definite_noun_in_the_subject_is_no_quote(self):
        text = (
            'وأعربت وزارة الخارجية عن استيائها، حيث صرح المتحدث "قنغ شوانغ" '
            "فى مؤتمر صحفى بأن الصين لن تقبل.\n"
        )
        assert "قنغ شوانغ" not in [q for q, _ in _speakers(text)]

    def test_a_definite_name_after_a_noun_in_a_quoted_sentence_is_no_quote(self):
        text = (
            'وأضاف: "نلاحظ تصعيد النشاط العسكري في المنطقة"، مشيرا إلى المناورات التي تعتبر الأضخم '
            'منذ فترة "الحرب الباردة".\n'
        )
        assert [q for q, _ in _speakers(text)] == ["نلاحظ تصعيد النشاط العسكري في المنطقة"]

    def test_a_phrase_with_a_preposition_after_a_noun_stays_a_quote(self):
        text = 'قالت وزارة الدفاع أمس: إن بكين تأمل في أن تواصل اليابان الالتزام "بطريق السلام" في أول رد.\n'
        assert "بطريق السلام" in [q for q, _ in _speakers(text)]
