"""The mention finder: titles, possessives, case, hyphens, name order and longest match."""

import functools
import itertools
import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from budget import examples
from japan_nato_corpus import strategies as jst
from japan_nato_corpus.mentions import TITLES, find_mentions, name_key
from japan_nato_corpus.model import Actor, ActorKind, Alias

ABE = Actor(id="shinzo-abe", kind=ActorKind.PERSON, name="Shinzo Abe", aliases=(Alias(name="Abe"),))
KISHIDA = Actor(id="fumio-kishida", kind=ActorKind.PERSON, name="Fumio Kishida")
NATO = Actor(id="nato", kind=ActorKind.ORGANISATION, name="NATO", aliases=(Alias(name="Alliance"),))
SDF = Actor(id="sdf", kind=ActorKind.ORGANISATION, name="Self-Defense Forces")
US = Actor(id="united-states", kind=ActorKind.STATE, name="United States", aliases=(Alias(name="US"),))
JAPAN = Actor(id="japan", kind=ActorKind.STATE, name="Japan")
CHINA_SEA = Actor(id="east-china-sea", kind=ActorKind.PLACE, name="East China Sea")
CHINA = Actor(id="china", kind=ActorKind.STATE, name="China")
ACTORS = (ABE, KISHIDA, NATO, SDF, US, JAPAN, CHINA_SEA, CHINA)
BUNDLED = tuple(jnc.load().actors)
# Text that cannot itself form or extend a name: no letters, no digits next to a name.
FILLER = st.text(alphabet=" \n\t.,;:!?()[]\"'-–/", max_size=30)


def _spans(text, actors=ACTORS):
    return [(m.actor, m.text) for m in find_mentions(text, actors)]


def _forms(actor):
    """Every name form of ``actor`` with titles, case, hyphens and (for persons) word order undone."""
    forms = set()
    for name in actor.names:
        titles = [t for t in sorted(TITLES, key=len, reverse=True) if name.startswith(t + " ")]
        key = name_key(name[len(titles[0]) + 1 :] if titles else name)
        forms.add(key)
        words = key.split(" ")
        if actor.kind is ActorKind.PERSON and len(words) > 1:
            forms.add(" ".join([words[-1], *words[:-1]]))
    return forms


class TestFindMentions:
    """Examples of each rule the finder documents."""

    def test_title_is_left_out(self):
        assert _spans("Prime Minister Shinzo Abe spoke.") == [("shinzo-abe", "Shinzo Abe")]

    def test_titled_alias_is_found_without_its_title(self):
        hayashi = Actor(id="hayashi", kind=ActorKind.PERSON, name="Foreign Minister Yoshimasa Hayashi")
        assert _spans("Foreign Minister Yoshimasa Hayashi said", (hayashi,)) == [
            ("hayashi", "Yoshimasa Hayashi")
        ]

    def test_possessive_ends_the_name(self):
        assert _spans("Abe's visit and Abe’s speech") == [("shinzo-abe", "Abe"), ("shinzo-abe", "Abe")]

    def test_family_name_first(self):
        expected = [("fumio-kishida", "Kishida Fumio"), ("fumio-kishida", "Fumio Kishida")]
        assert _spans("Kishida Fumio and Fumio Kishida") == expected

    def test_hyphen_and_space_are_interchangeable(self):
        assert _spans("the Self Defense Forces and the Self-Defense  Forces") == [
            ("sdf", "Self Defense Forces"),
            ("sdf", "Self-Defense  Forces"),
        ]

    def test_acronym_in_title_case_and_capitalised_alias(self):
        assert _spans("Nato and NATO and the Alliance") == [
            ("nato", "Nato"),
            ("nato", "NATO"),
            ("nato", "Alliance"),
        ]

    def test_lower_case_is_not_a_name(self):
        assert _spans("let us talk about the alliance") == []

    def test_longest_match_wins(self):
        assert _spans("in the East China Sea, China") == [
            ("east-china-sea", "East China Sea"),
            ("china", "China"),
        ]

    def test_parts_of_words_are_not_names(self):
        assert _spans("Japanese and Japan-US ties") == [("japan", "Japan"), ("united-states", "US")]

    def test_document_is_recorded(self):
        (mention,) = find_mentions("Abe", ACTORS, document="doc-1")
        assert mention.document == "doc-1"

    def test_no_actors_no_mentions(self):
        assert find_mentions("Abe", ()) == ()


class TestFindMentionsLaws:
    """Laws that hold for any text and any actor set."""

    @given(
        st.lists(st.sampled_from([n for a in BUNDLED for n in a.names]) | FILLER, max_size=12).map(" ".join)
    )
    def test_every_span_is_a_name_form_of_its_actor(self, text):
        actors = {a.id: a for a in BUNDLED}
        for mention in find_mentions(text, BUNDLED):
            assert text[mention.start : mention.end] == mention.text
            assert name_key(mention.text) in _forms(actors[mention.actor])

    @given(actor=st.sampled_from(BUNDLED), data=st.data(), before=FILLER, after=FILLER)
    def test_surrounding_text_never_loses_a_mention(self, actor, data, before, after):
        name = data.draw(st.sampled_from(actor.names))
        owner = next(a.id for a in BUNDLED if name_key(name) in _forms(a))
        text = f"{before} {name} {after}"
        start = len(before) + 1
        assert (owner, start, start + len(name)) in [
            (m.actor, m.start, m.end) for m in find_mentions(text, BUNDLED)
        ]

    @given(jst.actors(id="someone"), FILLER, FILLER)
    def test_any_actor_is_found_by_its_own_name(self, actor, before, after):
        name = actor.name.strip()
        if not re.fullmatch(r"\w(?:.*\w)?", name, flags=re.DOTALL) or any(
            name.startswith(t + " ") for t in TITLES
        ):
            return
        text = f"{before} {name} {after}"
        found = find_mentions(text, (actor,))
        assert any(m.start <= len(before) + 1 and m.end >= len(before) + 1 + len(name) for m in found)


@pytest.mark.parametrize("name", ["Shinzo Abe", "Anders Fogh Rasmussen", "Senkaku", "Diaoyu Islands", "Nato"])
def test_bundled_names_are_found_in_a_sentence(name):
    assert name in [m.text for m in find_mentions(f"Yesterday {name}'s envoy spoke.", BUNDLED)]


class TestGoldMentions:
    """The hand-checked gold mentions the quality benchmark measures against."""

    def test_spans_slice_the_documents_and_name_known_actors(self):
        gold = json.loads((Path(__file__).parent / "gold_mentions.json").read_text(encoding="utf-8"))
        corpus = jnc.load()
        for mention in gold["mentions"]:
            text = corpus.articles[mention["document"]].text
            assert text[mention["start"] : mention["end"]] == mention["text"]
            assert corpus.actors.get(mention["actor"]) is not None

    def test_spans_lie_in_the_annotated_regions(self):
        gold = json.loads((Path(__file__).parent / "gold_mentions.json").read_text(encoding="utf-8"))
        regions = {r["id"]: (r["start"], r["end"]) for r in gold["documents"]}
        for mention in gold["mentions"]:
            first, last = regions[mention["document"]]
            assert first <= mention["start"] < mention["end"] <= last

    def test_spans_do_not_overlap(self):
        gold = json.loads((Path(__file__).parent / "gold_mentions.json").read_text(encoding="utf-8"))
        spans = sorted((m["document"], m["start"], m["end"]) for m in gold["mentions"])
        for (doc, _, end), (next_doc, next_start, _) in itertools.pairwise(spans):
            assert doc != next_doc or end <= next_start

    def test_finder_keeps_its_quality_on_the_gold(self):
        gold = json.loads((Path(__file__).parent / "gold_mentions.json").read_text(encoding="utf-8"))
        corpus = jnc.load()
        expected = {(m["document"], m["start"], m["end"], m["actor"]) for m in gold["mentions"]}
        found = {
            (region["id"], m.start, m.end, m.actor)
            for region in gold["documents"]
            for m in find_mentions(corpus.articles[region["id"]].text, BUNDLED)
            if region["start"] <= m.start < region["end"]
        }
        correct = len(expected & found)
        assert correct / len(found) >= 0.98
        assert correct / len(expected) >= 0.98


class TestUnicodeAndSeparators:
    """Names ending in a separator, and texts in any normal form, are matched without error."""

    def test_a_name_ending_in_a_separator(self):
        actor = Actor(id="kim", kind=ActorKind.PERSON, name="Kim Kwan-")
        found = find_mentions("Kim Kwan said so.", [actor])
        assert [("kim", "Kim Kwan")] == [(m.actor, m.text) for m in found]

    @pytest.mark.parametrize("form", ["NFC", "NFD", "NFKC", "NFKD"])
    def test_any_normal_form_is_found_with_raw_spans(self, form):
        text = unicodedata.normalize(form, "Le Premier ministre Shinzō Abe et Lü Chao à Bruxelles.")
        found = find_mentions(text, BUNDLED)
        assert ["shinzo-abe", "lu-chao"] == [m.actor for m in found if m.actor != "brussels"]
        for mention in found:
            assert text[mention.start : mention.end] == mention.text
        assert unicodedata.normalize("NFC", found[0].text) == "Shinzō Abe"

    @given(st.text(alphabet=st.characters(codec="utf-8")), st.sampled_from(["NFC", "NFD"]))
    def test_spans_slice_any_text(self, noise, form):
        text = unicodedata.normalize(form, noise + " Shinzō Abe " + noise)
        found = find_mentions(text, BUNDLED)
        assert all(text[m.start : m.end] == m.text for m in found)
        assert "shinzo-abe" in {m.actor for m in found}


class TestPageGold:
    """The labelled real pages hold together: spans slice the pages and name known actors."""

    PAGES = Path(__file__).parent / "mention_pages"

    def test_spans_slice_the_pages_and_name_known_actors(self):
        from japan_nato_corpus.reference import reference_actors

        gold = json.loads((self.PAGES / "gold.json").read_text(encoding="utf-8"))
        known = {a.id for a in BUNDLED} | {a.id for a in reference_actors()}
        assert len(gold["pages"]) >= 30
        for page, labels in gold["pages"].items():
            text = (self.PAGES / f"{page}.txt").read_text(encoding="utf-8")
            ends = [0]
            for mention in labels["mentions"]:
                assert text[mention["start"] : mention["end"]] == mention["text"]
                assert mention["actor"] in known
                assert mention["start"] >= ends[-1]
                ends.append(mention["end"])


class TestEndingsAndUnspacedScripts:
    """Case endings, acronym plurals and names in scripts written without spaces."""

    def test_case_endings_stay_in_the_span(self):
        china = Actor(id="china", kind=ActorKind.STATE, name="China", aliases=(Alias(name="Kína"),))
        assert [("china", "Chinas"), ("china", "Kínát")] == _spans("Chinas Rolle, Kínát", (china,))

    def test_a_german_adjective_in_a_name_may_be_declined(self):
        us = Actor(
            id="us", kind=ActorKind.STATE, name="United States", aliases=(Alias(name="Vereinigte Staaten"),)
        )
        sea = Actor(id="sea", kind=ActorKind.PLACE, name="Südchinesisches Meer")
        text = "die Vereinigten Staaten, Vereinigte Staaten, im Südchinesischen Meer"
        assert [a for a, _ in _spans(text, (us, sea))] == ["us", "us", "sea"]

    def test_a_person_s_name_is_not_declined(self):
        george = Actor(id="g", kind=ActorKind.PERSON, name="George Robertson")
        assert [] == _spans("Georgen Robertson", (george,))

    def test_derivations_are_not_mentions(self):
        assert [] == _spans("Japanese Japanism Chinaman")

    def test_acronym_takes_a_plural(self):
        assert [("sdf", "SDFs")] == _spans(
            "the SDFs", (Actor(id="sdf", kind=ActorKind.ORGANISATION, name="SDF"),)
        )

    def test_short_names_take_no_ending(self):
        hu = Actor(id="hu", kind=ActorKind.PERSON, name="Hu")
        assert [] == _spans("Hut and Hus", (hu,))

    def test_names_in_japanese_need_no_spaces(self):
        japan = Actor(id="japan", kind=ActorKind.STATE, name="Japan", aliases=(Alias(name="日本"),))
        found = _spans("日本政府はNATO首脳会議に", (japan, NATO))
        assert [("japan", "日本"), ("nato", "NATO")] == found

    def test_state_abbreviations_count_only_in_a_run(self):
        states = (
            Actor(id="japan", kind=ActorKind.STATE, name="Japan", aliases=(Alias(name="日本"),)),
            Actor(
                id="united-states", kind=ActorKind.STATE, name="United States", aliases=(Alias(name="米国"),)
            ),
            Actor(id="united-kingdom", kind=ActorKind.STATE, name="United Kingdom"),
        )
        found = _spans("、日米首脳会談と日英の協力。7月10日米国へ。毎日米を食べる。日本", states)
        assert [("japan", "日"), ("united-states", "米"), ("japan", "日"), ("united-kingdom", "英")] == found[
            :4
        ]
        assert [("united-states", "米国"), ("japan", "日本")] == found[4:]

    def test_slavic_case_endings_replace_a_final_vowel(self):
        japan = Actor(
            id="japan",
            kind=ActorKind.STATE,
            name="Japan",
            aliases=(Alias(name="Japonia"), Alias(name="Япония")),
        )
        kishida = Actor(id="k", kind=ActorKind.PERSON, name="Fumio Kišida", aliases=(Alias(name="Kišida"),))
        korea = Actor(
            id="sk", kind=ActorKind.STATE, name="South Korea", aliases=(Alias(name="Korea Południowa"),)
        )
        text = "premier Japonii, z Japonią, Японии, s Fumiom Kišidom, Kišidy, do Korei Południowej"
        found = _spans(text, (japan, kishida, korea))
        assert found == [
            ("japan", "Japonii"), ("japan", "Japonią"), ("japan", "Японии"),
            ("k", "Fumiom Kišidom"), ("k", "Kišidy"), ("sk", "Korei Południowej"),
        ]  # fmt: skip

    def test_slavic_endings_make_no_adjectives_or_english_words(self):
        japan = Actor(id="japan", kind=ActorKind.STATE, name="Japan", aliases=(Alias(name="Japonsko"),))
        india = Actor(id="india", kind=ActorKind.STATE, name="India")
        assert [("japan", "Japonsku")] == _spans("Japonský premiér v Japonsku; Indie Games", (japan, india))

    def test_consonant_stems_take_slavic_endings(self):
        taiwan = Actor(id="tw", kind=ActorKind.STATE, name="Taiwan", aliases=(Alias(name="Tajwan"),))
        assert [("tw", "Tajwanu"), ("tw", "Tajwanem")] == _spans("Tajwanu i Tajwanem", (taiwan,))

    def test_slavic_names_of_several_words_decline_their_adjectives_and_nouns(self):
        nato = Actor(
            id="nato",
            kind=ActorKind.ORGANISATION,
            name="NATO",
            aliases=(Alias(name="Sojusz Północnoatlantycki"), Alias(name="Североатлантический альянс")),
        )
        us = Actor(
            id="us", kind=ActorKind.STATE, name="United States", aliases=(Alias(name="Stany Zjednoczone"),)
        )
        czechia = Actor(
            id="cz", kind=ActorKind.STATE, name="Czechia", aliases=(Alias(name="Česká republika"),)
        )
        text = (
            "szczyt Sojuszu Północnoatlantyckiego ze Stanami Zjednoczonymi, w Stanach Zjednoczonych; "
            "с Североатлантическим альянсом; vláda České republiky"
        )
        assert _spans(text, (nato, us, czechia)) == [
            ("nato", "Sojuszu Północnoatlantyckiego"), ("us", "Stanami Zjednoczonymi"),
            ("us", "Stanach Zjednoczonych"), ("nato", "Североатлантическим альянсом"),
            ("cz", "České republiky"),
        ]  # fmt: skip

    def test_english_names_of_several_words_are_not_declined(self):
        us = Actor(id="us", kind=ActorKind.STATE, name="United States")
        assert _spans("the Unitedu States, the Uniteda States", (us,)) == []

    def test_a_middle_dot_parts_the_words_of_a_name(self):
        stoltenberg = Actor(
            id="js",
            kind=ActorKind.PERSON,
            name="Jens Stoltenberg",
            aliases=(Alias(name="イェンス ストルテンベルグ"),),
        )
        text = "イェンス・ストルテンベルグ事務総長、延斯·斯托尔滕贝格"
        zh = Actor(id="js2", kind=ActorKind.PERSON, name="延斯 斯托尔滕贝格")
        assert _spans(text, (stoltenberg, zh)) == [
            ("js", "イェンス・ストルテンベルグ"),
            ("js2", "延斯·斯托尔滕贝格"),
        ]

    def test_reference_names_reach_abbreviations_agencies_and_longer_names(self):
        from japan_nato_corpus.reference import reference_actors

        everyone = (*BUNDLED, *reference_actors())
        text = "ЕС и РФ; vláda ČR; 路透社报道; ロイター通信; 로이터; 德国之声报道; 北约理事会; 拉斯穆森"
        assert _spans(text, everyone) == [
            ("european-union", "ЕС"), ("russia", "РФ"), ("czechia", "ČR"), ("reuters", "路透社"),
            ("reuters", "ロイター通信"), ("reuters", "로이터"), ("deutsche-welle", "德国之声"),
            ("north-atlantic-council", "北约理事会"), ("anders-fogh-rasmussen", "拉斯穆森"),
        ]  # fmt: skip

    def test_korean_abbreviations_count_in_a_run_with_or_without_dots(self):
        states = tuple(
            Actor(id=id_, kind=ActorKind.STATE, name=id_) for id_ in ("south-korea", "united-states", "japan")
        )
        found = [a for a, _ in _spans("한미일 정상, 한·미·일 회담, 한 사람, 대한미일", states)]
        assert found == ["south-korea", "united-states", "japan"] * 2

    def test_a_chinese_function_character_may_precede_a_run(self):
        states = tuple(Actor(id=id_, kind=ActorKind.STATE, name=id_) for id_ in ("japan", "germany"))
        assert [a for a, _ in _spans("以及日德合作,今日德", states)] == ["japan", "germany"]

    def test_an_unspaced_name_needs_no_boundary_on_its_unspaced_side(self):
        stoltenberg = Actor(
            id="js", kind=ActorKind.PERSON, name="Jens Stoltenberg", aliases=(Alias(name="ストルテンベルグ"),)
        )
        kishida = Actor(
            id="k", kind=ActorKind.PERSON, name="Fumio Kishida", aliases=(Alias(name="岸田文雄"),)
        )
        found = _spans("ストルテンベルグNATO事務総長、岸田文雄3日", (stoltenberg, kishida, NATO))
        assert found == [("js", "ストルテンベルグ"), ("nato", "NATO"), ("k", "岸田文雄")]

    @settings(max_examples=examples(50))
    @given(st.text(alphabet="日米英中本国の、1 ", max_size=20))
    def test_abbreviation_spans_slice_the_text_and_do_not_overlap(self, text):
        japan = Actor(id="japan", kind=ActorKind.STATE, name="Japan", aliases=(Alias(name="日本"),))
        us = Actor(
            id="united-states", kind=ActorKind.STATE, name="United States", aliases=(Alias(name="米国"),)
        )
        end = 0
        for mention in find_mentions(text, (japan, us)):
            assert text[mention.start : mention.end] == mention.text
            assert mention.start >= end
            end = mention.end

    def test_names_in_korean_keep_their_particles_out(self):
        japan = Actor(id="japan", kind=ActorKind.STATE, name="Japan", aliases=(Alias(name="일본"),))
        nato = Actor(id="nato", kind=ActorKind.ORGANISATION, name="NATO", aliases=(Alias(name="나토"),))
        found = _spans("일본과 나토는 일본의 나토(NATO)", (japan, nato))
        twice = [("japan", "일본"), ("nato", "나토")] * 2
        assert [*twice, ("nato", "NATO")] == found

    @given(st.text(alphabet="日本北大西洋条約機構政府はにのNATO ", max_size=30))
    def test_unspaced_spans_slice_the_text(self, text):
        japan = Actor(id="japan", kind=ActorKind.STATE, name="Japan", aliases=(Alias(name="日本"),))
        for mention in find_mentions(text, (japan, NATO)):
            assert text[mention.start : mention.end] == mention.text


class TestMatcherCache:
    """The compiled pattern is built once per set of actor objects."""

    def test_a_new_tuple_of_the_same_actors_reuses_the_pattern(self):
        from japan_nato_corpus.mentions import _matcher

        assert _matcher(list(ACTORS)) is _matcher(tuple(ACTORS))

    def test_equal_but_distinct_actors_give_the_same_mentions(self):
        copies = tuple(Actor(id=a.id, kind=a.kind, name=a.name, aliases=a.aliases) for a in ACTORS)
        text = "Kishida Fumio met NATO and the US."
        assert find_mentions(text, ACTORS) == find_mentions(text, copies)


class TestAccelerator:
    """The optional Aho–Corasick path finds exactly what the regular expression finds."""

    EVERYONE = (*BUNDLED, *__import__("japan_nato_corpus.reference", fromlist=["x"]).reference_actors())
    NAMES = sorted({n for a in EVERYONE for n in a.names})
    PIECES = (
        st.sampled_from(NAMES)
        | FILLER
        | st.sampled_from(["s", "t", "ese", "ς", "-", "  ", "\n", "x", "日本の"])
    )

    @staticmethod
    @functools.cache
    def _matchers(actors):
        from japan_nato_corpus.mentions import _Matcher

        return _Matcher(actors), _Matcher(actors, accelerate=False)

    def _both(self, text, actors):
        from japan_nato_corpus.mentions import _Folded

        fast, plain = self._matchers(tuple(actors))
        folded = _Folded(text).text
        return fast.spans(folded), plain.spans(folded)

    def test_the_accelerator_is_there(self):
        from japan_nato_corpus.mentions import _Matcher

        assert _Matcher(ACTORS).automaton is not None

    @given(st.lists(PIECES, max_size=16).map("".join))
    def test_same_spans_on_texts_of_names(self, text):
        fast, plain = self._both(text, self.EVERYONE)
        assert plain == fast

    @given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40), st.sampled_from(NAMES))
    def test_same_spans_on_any_text(self, noise, name):
        fast, plain = self._both(f"{noise}{name}{noise} {name}s", self.EVERYONE)
        assert plain == fast

    def test_same_spans_on_the_labelled_pages(self):
        for page in sorted((Path(__file__).parent / "mention_pages").glob("*.txt")):
            fast, plain = self._both(page.read_text(encoding="utf-8"), self.EVERYONE)
            assert plain == fast, page.name


class TestTrieAndTails:
    """The pattern holds the spellings alone; endings and a word's end are matched after it."""

    def test_the_pattern_holds_no_endings_and_stays_small(self):
        from japan_nato_corpus.mentions import _INFLECTION, _Matcher
        from japan_nato_corpus.reference import reference_actors

        sources = _Matcher((*BUNDLED, *reference_actors())).sources()
        pattern = "".join(sources)
        # With the endings written at each leaf the pattern was 672,000 characters and took
        # seconds to compile; the separator has no character set beyond ASCII.
        assert _INFLECTION not in pattern
        assert len(pattern) < 200_000
        assert not re.search("[\u00b7\u2027\u30fb]", pattern)

    def test_each_initials_pattern_is_compiled_when_a_text_needs_it(self):
        from japan_nato_corpus.mentions import _Folded, _Matcher

        for accelerate in (True, False):
            matcher = _Matcher((ABE, JAPAN), accelerate=accelerate)
            assert matcher.patterns == {}
            matcher.spans(_Folded("Japan and Japan again").text)
            assert set(matcher.patterns) == {"J"}

    @pytest.mark.parametrize("accelerate", [True, False])
    def test_a_shorter_spelling_ends_where_the_longer_cannot(self, accelerate):
        from japan_nato_corpus.mentions import _Folded, _Matcher

        times = Actor(id="japan-times", kind=ActorKind.ORGANISATION, name="Japan Times")
        text = "Japan Timesx, Japans Times, the Japan Times's, Japanese"
        matcher = _Matcher((times, JAPAN), accelerate=accelerate)
        found = [(text[s:e], a) for s, e, a in matcher.spans(_Folded(text).text)]
        assert found == [
            ("Japan", "japan"), ("Japans", "japan"), ("Japan Times", "japan-times"),
        ]  # fmt: skip

    def test_every_middle_dot_parts_words_and_spans_stay_raw(self):
        stoltenberg = Actor(id="js", kind=ActorKind.PERSON, name="イェンス ストルテンベルグ")
        # A half-width middle dot, a Greek ano teleia and a hyphenation point, then a
        # middle dot with spaces round it.
        names = [f"イェンス{dot}ストルテンベルグ" for dot in ("\uff65", "\u0387", "\u2027", " ・ ")]
        assert [t for _, t in _spans("、".join(names), (stoltenberg,))] == names

    def test_two_separators_in_a_row_part_no_name(self):
        assert _spans("Shinzo--Abe, Shinzo -·Abe", (ABE,)) == [("shinzo-abe", "Abe"), ("shinzo-abe", "Abe")]


class TestNationalityAndSoftEndings:
    """A generic organisation name after another state's word is not the owner's; й and ь decline."""

    EVERYONE = (*BUNDLED, *__import__("japan_nato_corpus.reference", fromlist=["x"]).reference_actors())

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Chinese Foreign Ministry spokesperson", []),
            ("the Russian Defense Ministry", []),
            ("China's Foreign Ministry", [("china", "China")]),
            ("the Foreign Ministry said", [("japan-foreign-ministry", "Foreign Ministry")]),
            (
                "Japan's Foreign Ministry",
                [("japan", "Japan"), ("japan-foreign-ministry", "Foreign Ministry")],
            ),
            ("Senior Foreign Ministry officials", [("japan-foreign-ministry", "Foreign Ministry")]),
            ("the Russian NATO envoy", [("nato", "NATO")]),
        ],
    )
    def test_a_generic_name_after_another_state_names_no_owner(self, text, expected):
        assert _spans(text, self.EVERYONE) == expected

    def test_russian_nouns_in_soft_consonants_decline(self):
        found = _spans("Китая, Китаю, Китаем, Тайваня, Тайванем", self.EVERYONE)
        assert [a for a, _ in found] == ["china", "china", "china", "taiwan", "taiwan"]


class TestHeldOutLabels:
    """The second held-out set's labels hold together (its pages' text is not kept)."""

    PAGES = Path(__file__).parent / "mention_pages"

    def test_the_second_held_out_set_names_known_actors(self):
        from japan_nato_corpus.reference import reference_actors

        held = json.loads((self.PAGES / "heldout-2.json").read_text(encoding="utf-8"))
        known = {a.id for a in BUNDLED} | {a.id for a in reference_actors()}
        assert len(held["pages"]) >= 10
        assert sum(p["language"] != "en" for p in held["pages"].values()) >= 4
        for labels in held["pages"].values():
            assert labels["url"].startswith("https://")
            end = 0
            for mention in labels["mentions"]:
                assert mention["actor"] in known
                assert mention["end"] - mention["start"] == len(mention["text"])
                assert mention["start"] >= end
                end = mention["end"]

    def test_the_third_held_out_set_slices_its_stored_pages(self):
        from japan_nato_corpus.reference import reference_actors

        held = json.loads((self.PAGES / "heldout-3.json").read_text(encoding="utf-8"))
        known = {a.id for a in BUNDLED} | {a.id for a in reference_actors()}
        pages = held["pages"]
        assert len(pages) >= 20
        assert len({p["site"] for p in pages.values()}) == len(pages)
        assert len({p["language"] for p in pages.values()}) >= 6
        assert {p.stem for p in (self.PAGES / "heldout3").glob("*.txt")} == set(pages)
        for page, labels in pages.items():
            text = (self.PAGES / "heldout3" / f"{page}.txt").read_text(encoding="utf-8")
            assert labels["url"].startswith("https://")
            assert labels["characters"] == len(text)
            for mention in labels["mentions"]:
                assert text[mention["start"] : mention["end"]] == mention["text"]
                assert mention["actor"] in known

    LISTED = tuple(
        (entry["labels"], entry["folder"])
        for entry in json.loads((PAGES / "held_out.json").read_text(encoding="utf-8"))["sets"]
    )
    """The held-out sets with stored pages, from the one list the quality benchmark reads too."""

    def test_the_list_of_held_out_sets_names_every_stored_set(self):
        on_disk = {p.stem for p in self.PAGES.glob("heldout-*.json")} - {"heldout-2"}
        assert {name for name, _ in self.LISTED} == on_disk
        assert all((self.PAGES / folder).is_dir() for _, folder in self.LISTED)

    @pytest.mark.parametrize(("name", "folder"), [s for s in LISTED if s[0] != "heldout-3"])
    def test_the_later_held_out_sets_labels_slice_their_stored_pages(self, name, folder):
        from japan_nato_corpus.reference import reference_actors

        held = json.loads((self.PAGES / f"{name}.json").read_text(encoding="utf-8"))
        known = {a.id for a in BUNDLED} | {a.id for a in reference_actors()}
        assert len(held["pages"]) >= 10
        assert len({p["language"] for p in held["pages"].values()}) >= 6
        sites = {p["url"].split("/")[2] for p in held["pages"].values()}
        assert len(sites) == len(held["pages"])
        for page, labels in held["pages"].items():
            text = (self.PAGES / folder / f"{page}.txt").read_text(encoding="utf-8")
            assert labels["characters"] == len(text)
            end = 0
            for mention in labels["mentions"]:
                assert mention["actor"] in known
                assert text[mention["start"] : mention["end"]] == mention["text"]
                assert mention["start"] >= end
                end = mention["end"]
