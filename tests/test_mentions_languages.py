"""The mention finder's rules by language: one-character abbreviations in Japanese, Chinese and
Korean, Romanian and hyphenated endings, Slavic plurals, phrases and given names, South Slavic
endings, possessive adjectives, foreign names of bodies and places, compounds with separators,
and the names generated from CLDR."""

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from budget import examples
from japan_nato_corpus.mentions import find_mentions
from japan_nato_corpus.model import Actor, ActorKind, Alias
from japan_nato_corpus.reference import reference_actors

EVERYONE = (*jnc.load().actors, *reference_actors())


def _spans(text, actors=EVERYONE):
    return [(m.actor, m.text) for m in find_mentions(text, actors)]


def _state(id_, *names):
    return Actor(id=id_, kind=ActorKind.STATE, name=names[0], aliases=tuple(Alias(name=n) for n in names[1:]))


JA = (
    _state("japan", "Japan", "日本"),
    _state("united-states", "United States", "米国"),
    _state("china", "China", "中国"),
    _state("north-korea", "North Korea", "北朝鮮"),
    _state("russia", "Russia", "ロシア"),
    _state("germany", "Germany", "ドイツ"),
    Actor(id="nato", kind=ActorKind.ORGANISATION, name="NATO"),
)


class TestOneCharacterAbbreviations:
    """An abbreviation alone stands for its state only where a neighbour says so."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("岸田首相が訪米した", [("united-states", "米")]),  # after "visit"
            ("来日したルッテ氏", [("japan", "日")]),
            ("冨田駐米大使は", [("united-states", "米")]),
            ("対中政策", [("china", "中")]),
            ("日媒报道", [("japan", "日")]),  # before "media"
            ("トランプ米大統領", [("united-states", "米")]),
            ("日NATO協力", [("japan", "日"), ("nato", "NATO")]),  # before an organisation's name
            ("日・NATO関係", [("japan", "日"), ("nato", "NATO")]),
            ("対中朝ロ、戦略的協力", [("china", "中"), ("north-korea", "朝"), ("russia", "ロ")]),
            ("第1回日独政府間協議", [("japan", "日"), ("germany", "独")]),
        ],
    )
    def test_an_abbreviation_counts_beside_what_says_it_is_a_state(self, text, expected):
        assert _spans(text, JA) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "朝日新聞によると",  # Asahi, a name
            "毎日米を食べる",  # every day, rice
            "今日NATOは",  # today
            "ヨーロッパへ",  # ロ inside a katakana word
            "中東の情勢",  # 中 of the Middle East
            "7月10日米国へ",  # a date's day
        ],
    )
    def test_an_abbreviation_inside_a_word_is_none(self, text):
        assert [a for a, t in _spans(text, JA) if len(t) == 1] == []

    def test_during_a_visit_is_no_china(self):
        assert _spans("訪米中に会談", JA) == [("united-states", "米")]

    def test_chinese_china_after_a_preposition(self):
        china = _state("china", "China", "中国")
        assert _spans("对华遏制政策和反华模式", (china,)) == [("china", "华"), ("china", "华")]

    def test_korean_copy_writes_han_for_states(self):
        assert _spans("기시다 日 총리, 美 국무장관", JA) == [("japan", "日"), ("united-states", "美")]

    def test_runs_name_india_and_australia(self):
        states = (
            _state("japan", "Japan", "日本"),
            _state("united-states", "United States", "美国"),
            _state("australia", "Australia", "澳大利亚"),
            _state("india", "India", "印度"),
        )
        found = _spans("与日美澳印四国", states)
        assert [a for a, _ in found] == ["japan", "united-states", "australia", "india"]

    @settings(max_examples=examples(80))
    @given(st.text(alphabet="日米美中朝ロ华訪来対媒方NATO本国の・、1 기시다총리", max_size=24))
    def test_spans_slice_the_text_and_never_overlap(self, text):
        end = 0
        for mention in find_mentions(text, EVERYONE):
            assert text[mention.start : mention.end] == mention.text
            assert mention.start >= end
            end = mention.end

    @settings(max_examples=examples(80))
    @given(st.text(max_size=60))
    def test_any_text_gives_spans_that_slice_it(self, text):
        # Any Unicode, surrogates and combining marks included: no error, and each span slices it.
        end = 0
        for mention in find_mentions(text, EVERYONE):
            assert text[mention.start : mention.end] == mention.text
            assert mention.start >= end
            end = mention.end


class TestRomanianAndHyphenatedEndings:
    @pytest.mark.parametrize(
        ("text", "actor", "written"),
        [
            ("întărirea militară a Chinei", "china", "Chinei"),
            ("invazia Rusiei în Ucraina", "russia", "Rusiei"),
            ("Constituţia Japoniei", "japan", "Japoniei"),
            ("Beijingul urmărește", "china", "Beijingul"),
            ("summitul NATO-ului de la", "nato", "NATO-ului"),
            ("članica NATO-a", "nato", "NATO-a"),
            ("a declarat SUA", "united-states", "SUA"),
        ],
    )
    def test_a_case_ending_is_part_of_the_mention(self, text, actor, written):
        assert (actor, written) in _spans(text, EVERYONE)

    @pytest.mark.parametrize("text", ["a NATO-led mission", "US-made drones", "NATO-Japan ties"])
    def test_english_compounds_take_no_ending(self, text):
        assert next(t for _, t in _spans(text, EVERYONE)) in ("NATO", "US")

    def test_a_curly_apostrophe_is_a_straight_one(self):
        found = _spans("Organisation du traité de l’Atlantique nord", EVERYONE)
        assert found == [("nato", "Organisation du traité de l’Atlantique nord")]


class TestSlavicPluralsPhrasesAndGivenNames:
    @pytest.mark.parametrize(
        ("text", "actor", "written"),
        [
            ("współpraca z Chinami", "china", "Chinami"),
            ("retoryka Chin i", "china", "Chin"),
            ("rozmowy z Węgrami", "hungary", "Węgrami"),
            ("adm. ВМС Нидерландов", "netherlands", "Нидерландов"),
            ("mezi Japonskem a Spojenými státy", "united-states", "Spojenými státy"),
            ("s Velkou Británií", "united-kingdom", "Velkou Británií"),
            ("a Novým Zélandem", "new-zealand", "Novým Zélandem"),
            ("po východní Asii", "east-asia", "východní Asii"),
            ("начальник штабов Сил самообороны Японии", "japan-self-defense-forces", "Сил самообороны"),
            ("prezydenturą Donalda Trumpa", "donald-trump", "Donalda Trumpa"),
            ("генсеком альянса Марком Рютте", "mark-rutte", "Марком Рютте"),
            ("ve Washingtone", "united-states", "Washingtone"),
        ],
    )
    def test_declined_forms_are_mentions(self, text, actor, written):
        assert (actor, written) in _spans(text, EVERYONE)

    def test_an_english_name_in_y_gives_no_stem(self):
        germany = _state("germany", "Germany")
        assert _spans("German officials in Germany", (germany,)) == [("germany", "Germany")]

    def test_a_bare_stem_needs_a_plural_in_iny(self):
        hungary = _state("hungary", "Hungary", "Węgry")
        assert _spans("Węgr, Węgrami", (hungary,)) == [("hungary", "Węgrami")]


_GENERATED = Path(__file__).parents[1] / "curation" / "reference_names.toml"


class TestGeneratedNames:
    """Regions and unions take CLDR's names, written at build time by ``tools.state_names``."""

    def test_the_regions_the_tool_names_are_reference_records(self):
        pytest.importorskip("babel")  # the build tool's own dependencies: the curate extra
        pytest.importorskip("pycountry")
        from tools.state_names import REGIONS

        ids = {actor.id for actor in reference_actors()}
        assert set(REGIONS) <= ids

    def test_no_generated_latin_name_starts_with_a_word_under_three_letters(self):
        import re

        generated = tomllib.loads(_GENERATED.read_text(encoding="utf-8"))["actor"]
        firsts = [
            re.split(r"[\s\-]+", name)[0]
            for record in generated
            for names in record["names"].values()
            for name in names
            if name.isascii()
        ]
        assert firsts
        assert [first for first in firsts if len(first) < 3] == []

    def test_serbian_names_come_from_cldr(self):
        generated = tomllib.loads(_GENERATED.read_text(encoding="utf-8"))["actor"]
        china = next(record for record in generated if record["id"] == "china")
        assert "Кина" in china["names"]["sr"]
        # Serbian Latin writes it as other languages do ("Kina"): declined, it is found.
        assert _spans("ratu u Kini") == [("china", "Kini")]

    def test_cldr_names_of_regions_are_shipped(self):
        path = Path(__file__).parents[1] / "curation" / "reference_names.toml"
        names = {a["id"]: a["names"] for a in tomllib.loads(path.read_text(encoding="utf-8"))["actor"]}
        assert "Ostasien" in names["east-asia"]["de"]
        assert "Südostasien" in names["southeast-asia"]["de"]
        assert ("east-asia", "Ostasien") in _spans("Sicherheit in Ostasien", EVERYONE)

    @pytest.mark.parametrize(
        ("name", "actor"),
        [("KLDR", "north-korea"), ("SUA", "united-states"), ("北大西洋同盟", "nato"), ("NZ", "new-zealand")],
    )
    def test_short_forms_of_the_press_are_found(self, name, actor):
        assert [a for a, _ in _spans(f"({name})", EVERYONE)] == [actor]


class TestSouthSlavicEndings:
    """Croatian and Serbian (Latin and Cyrillic) case endings, on names of one word and of several."""

    @pytest.mark.parametrize(
        ("text", "actor", "written"),
        [
            ("ambasador u Vašingtonu ranije", "united-states", "Vašingtonu"),
            ("veleposlanik u Sjedinjenim Državama", "united-states", "Sjedinjenim Državama"),
            ("pakt predvođen SAD-om", "united-states", "SAD-om"),
            ("kancelariju u Tokiju", "tokyo-city", "Tokiju"),
            ("s Južnoj Koreji", "south-korea", "Južnoj Koreji"),
            ("saradnja sa Kinom", "china", "Kinom"),
            ("komunikaciju Alijanse s partnerima", "nato", "Alijanse"),
            ("прес служби Алијансе", "nato", "Алијансе"),
            ("пред Северноатлантским саветом", "north-atlantic-council", "Северноатлантским саветом"),
            ("prenosi Rojters.", "reuters", "Rojters"),
            ("sa premijerom Fumijom Kišidom da", "fumio-kishida", "Fumijom Kišidom"),
            ("stavovi Bugarskoj i", "bulgaria", "Bugarskoj"),
            ("у прес служби НАТО-а", "nato", "НАТО-а"),
            ("састанак са председником Доналдом Трампом", "donald-trump", "Доналдом Трампом"),
        ],
    )
    def test_declined_forms_are_mentions(self, text, actor, written):
        assert (actor, written) in _spans(text)

    def test_lowercase_alliance_is_no_nato(self):
        assert [a for a, _ in _spans("plan alijanse da otvori kancelariju")] == []

    def test_a_name_in_io_takes_its_endings_after_j(self):
        tokyo = Actor(id="tokyo-city", kind=ActorKind.PLACE, name="Tokyo", aliases=(Alias(name="Tokio"),))
        found = _spans("u Tokiju, iz Tokija, Tokijem", (tokyo,))
        assert found == [("tokyo-city", "Tokiju"), ("tokyo-city", "Tokija"), ("tokyo-city", "Tokijem")]


class TestPossessiveAdjectives:
    """A Czech, Slovak, Serbian or Croatian possessive adjective of a surname names the person."""

    @pytest.mark.parametrize(
        ("text", "actor", "written"),
        [
            ("Peking Bidenova slova odsoudil", "joe-biden", "Bidenova"),
            ("že Bidenův výrok", "joe-biden", "Bidenův"),
            ("Kišidina izjava je usledila", "fumio-kishida", "Kišidina"),
            ("Abeova posjeta od 15. siječnja", "shinzo-abe", "Abeova"),
        ],
    )
    def test_the_adjective_is_a_mention_of_the_person(self, text, actor, written):
        assert (actor, written) in _spans(text)

    def test_no_possessive_of_a_state(self):
        # "Japanova" is no form of Japan: states take no possessive endings.
        assert [a for a, _ in _spans("Japanova politika")] == []


class TestForeignNamesOfBodiesAndPlaces:
    """Names of the corpus's bodies and places in other languages, and formal names' inner capitals."""

    @pytest.mark.parametrize(
        ("text", "actor", "written"),
        [
            ("reunión en la Casa Blanca centrada", "white-house", "Casa Blanca"),
            ("mluvčí Bílého domu uvedl", "white-house", "Bílého domu"),
            ("en el Mar de la China Meridional.", "south-china-sea", "Mar de la China Meridional"),
            ("tensiones en la Península Coreana", "korean-peninsula", "Península Coreana"),
            ("Europa y Medio Oriente", "middle-east", "Medio Oriente"),
            ("el presidente de Filipinas", "philippines", "Filipinas"),
            (
                "Organizaţia Tratatului Atlanticului de Nord",
                "nato",
                "Organizaţia Tratatului Atlanticului de Nord",
            ),
            ("la Cartierul General al NATO din", "nato-headquarters", "Cartierul General al NATO"),
            (
                "l'OTAN (Organisation du Traité de l'Atlantique Nord)",
                "nato",
                "Organisation du Traité de l'Atlantique Nord",
            ),
            (
                "de l’Organisation du traité de l’Atlantique Nord",
                "nato",
                "Organisation du traité de l’Atlantique Nord",
            ),
            ("Anders Rasmussen. Strony", "anders-fogh-rasmussen", "Anders Rasmussen"),
            ("z Jensem Stoltenbergiem w Tokio", "jens-stoltenberg", "Jensem Stoltenbergiem"),
            ("саміт НАТО у Вашингтоні", "united-states", "Вашингтоні"),
        ],
    )
    def test_the_name_is_found_whole(self, text, actor, written):
        assert (actor, written) in _spans(text)

    def test_korean_pacific_is_no_tokyo(self):
        assert _spans("태평양") == [("pacific", "태평양")]

    def test_an_initial_is_kept_in_a_persons_name(self):
        # "George Bush" alone is no form made by dropping "W": only a middle name is dropped.
        bush = Actor(id="george-w-bush", kind=ActorKind.PERSON, name="George W Bush")
        assert _spans("George Bush", (bush,)) == []


class TestCompoundsAndRuns:
    """Compound regions written with a separator, and runs of abbreviations after 致 and a month."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "「欧州・大西洋とインド太平洋の",
                [("euro-atlantic", "欧州・大西洋"), ("indo-pacific", "インド太平洋")],
            ),
            ("改變了歐洲-大西洋及其他", [("euro-atlantic", "歐洲-大西洋")]),
            ("印度-太平洋的力量", [("indo-pacific", "印度-太平洋")]),
            ("東・南シナ海での", [("east-and-south-china-seas", "東・南シナ海")]),
            ("定期參加北約組織決策機構", [("nato", "北約組織")]),
            ("相繼到訪韓國和日本", [("south-korea", "韓國"), ("japan", "日本")]),
            ("【人民報消息】據日媒報導", [("japan", "日")]),  # after "according to", before "media"
            ("首次與日相岸田文雄討論", [("japan", "日"), ("fumio-kishida", "岸田文雄")]),
            ("俄烏戰事顯示", [("russia", "俄"), ("ukraine", "烏")]),
            ("导致中美日安全关系", [("china", "中"), ("united-states", "美"), ("japan", "日")]),
            ("自去年6月日韓領導人", [("japan", "日"), ("south-korea", "韓")]),
        ],
    )
    def test_the_compound_or_run_is_found(self, text, expected):
        assert _spans(text) == expected

    @pytest.mark.parametrize("text", ["生年月日韓国", "一致日本", "極致美学", "每日相同", "乌鲁木齐"])
    def test_no_run_inside_a_word(self, text):
        # 月 without a number before it, and 致 before a single character, start no run.
        assert [t for _, t in _spans(text) if len(t) == 1] == []


class TestMinistriesStatesBesideThem:
    """A ministry's generic name in another language is Japan's ministry only beside a word naming Japan."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Kementerian Luar Negeri Jepang menyatakan",
                [("japan-foreign-ministry", "Kementerian Luar Negeri"), ("japan", "Jepang")],
            ),
            ("Kementerian Luar Negeri China menyatakan", [("china", "China")]),
            ("Kementerian Luar Negeri menyatakan", []),
            ("Bộ Ngoại giao Trung Quốc cùng ngày", [("china", "Trung Quốc")]),
            (
                "Міністерство оборони Японії передало",
                [("japan-ministry-of-defense", "Міністерство оборони"), ("japan", "Японії")],
            ),
            ("Міністерство оборони України передало", [("ukraine", "України")]),
            (
                "el Ministerio de Asuntos Exteriores japonés dijo",
                [("japan-foreign-ministry", "Ministerio de Asuntos Exteriores")],
            ),
            ("el Ministerio de Asuntos Exteriores chino dijo", []),
            ("das japanische Außenministerium teilte mit", [("japan-foreign-ministry", "Außenministerium")]),
            ("das chinesische Außenministerium teilte mit", []),
            # English keeps its rule: a bare "Foreign Ministry" is Japan's, another state's word is not.
            ("the Foreign Ministry said", [("japan-foreign-ministry", "Foreign Ministry")]),
            ("the Foreign Ministry of China said", [("china", "China")]),
        ],
    )
    def test_the_state_beside_a_generic_ministry_decides_its_owner(self, text, expected):
        assert _spans(text) == expected

    MINISTRIES = ("Kementerian Luar Negeri", "Міністерство оборони", "Bộ Ngoại giao", "Ministerio de Defensa")
    OTHERS = ("China", "Китаю", "Trung Quốc", "Rusia", "Росії", "de Rusia", "chino", "ruso")

    @settings(max_examples=examples(40))
    @given(st.sampled_from(MINISTRIES), st.sampled_from(OTHERS))
    def test_a_generic_ministry_beside_another_state_is_never_japans(self, ministry, state):
        found = {a for a, _ in _spans(f"{ministry} {state} said")}
        assert not found & {"japan-foreign-ministry", "japan-ministry-of-defense"}


class TestHangulVisitsAndShortNames:
    """방일 / 방미 / 대북 abbreviate a visit to or a policy toward a state; Mỹ keeps its diacritic."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("사무총장은 방일 기간 회담", [("japan", "일")]),
            ("이번 방일을 통해", [("japan", "일")]),
            ("총리의 방미길에 올랐다", [("united-states", "미")]),
            ("대북 제재를 강화", [("north-korea", "북")]),
            ("대중 문화의 힘", []),
            ("회의에 대한 설명", []),
            ("가방일 뿐이다", []),
            ("우크라戰 대응", [("ukraine", "우크라")]),
        ],
    )
    def test_a_visit_or_policy_word_names_its_state(self, text, expected):
        assert _spans(text) == expected

    def test_my_is_the_united_states_only_with_its_diacritic(self):
        assert _spans("Tổng thống Mỹ Barack Obama") == [
            ("united-states", "Mỹ"),
            ("barack-obama", "Barack Obama"),
        ]
        assert _spans("My view: my Japan.") == [("japan", "Japan")]

    @settings(max_examples=examples(60))
    @given(
        st.lists(st.sampled_from(["My", "my", "MY", "Duc", "Lao", "view", " ", ".", "Japan"]), max_size=12)
    )
    def test_an_ascii_text_has_no_short_name_written_with_diacritics(self, words):
        text = " ".join(words)
        assert all(m.text.casefold() not in {"my", "duc", "lao"} for m in find_mentions(text, EVERYONE))
