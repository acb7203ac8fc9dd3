"""The finder's ending tables by language, from grammars: Turkish suffixes after an apostrophe,
Greek genitives, Ukrainian adjectives and plurals, Hungarian cases; the separator between a
name's words; and the names of cities the reference list takes from CLDR."""

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from budget import examples
from japan_nato_corpus.mentions import TURKISH_SUFFIXES, find_mentions
from japan_nato_corpus.reference import reference_actors

EVERYONE = (*jnc.load().actors, *reference_actors())
SUFFIXES = sorted({suffix for forms in TURKISH_SUFFIXES.values() for suffix in forms})
_GENERATED = Path(__file__).parents[1] / "curation" / "reference_names.toml"


def _spans(text, actors=EVERYONE):
    return [(m.actor, m.text) for m in find_mentions(text, actors)]


class TestTurkishSuffixes:
    """A Turkish case suffix after an apostrophe is part of the name's mention."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("NATO'nun", [("nato", "NATO'nun")]),
            ("Japonya’nın", [("japan", "Japonya’nın")]),
            ("Tokyo'da", [("tokyo-city", "Tokyo'da")]),
            ("Tokyo’ya", [("tokyo-city", "Tokyo’ya")]),
            ("Çin'in", [("china", "Çin'in")]),
            ("Kuzey Kore'nin", [("north-korea", "Kuzey Kore'nin")]),
            ("Japonya'yı", [("japan", "Japonya'yı")]),
            ("Japonya'dan", [("japan", "Japonya'dan")]),
            ("Japonya'daki", [("japan", "Japonya'daki")]),
            ("G7'nin", [("g7", "G7'nin")]),
        ],
    )
    def test_a_case_suffix_is_in_the_span(self, text, expected):
        assert _spans(f"{text} açıkladı.") == expected

    @pytest.mark.parametrize("text", ["Japan's", "NATO’s", "Rutte's", "Japan'll", "China're", "Japan’ve"])
    def test_english_endings_after_an_apostrophe_are_not_suffixes(self, text):
        ((_, span),) = _spans(text)
        assert span == text.split("'")[0].split("’")[0]

    def test_a_suffix_that_runs_on_into_a_word_is_none(self):
        # "Japonya'daxyz" is no case form: the name ends at the apostrophe.
        assert _spans("Japonya'daxyz") == [("japan", "Japonya")]

    @settings(max_examples=examples(60))
    @given(
        st.sampled_from(SUFFIXES),
        st.sampled_from(["'", "\u2019"]),
        st.sampled_from(["NATO", "Japonya", "Çin"]),
    )
    def test_every_suffix_of_the_table_extends_the_name(self, suffix, apostrophe, name):
        found = _spans(f"({name}{apostrophe}{suffix})")
        assert [span for _, span in found] == [f"{name}{apostrophe}{suffix}"]

    @settings(max_examples=examples(60))
    @given(st.text(alphabet="bcfghjkmpqrsvwxz", min_size=1, max_size=4))
    def test_letters_no_suffix_has_leave_the_name_alone(self, letters):
        # None of the table's suffixes is made of these letters alone.
        assert [span for _, span in _spans(f"Japonya'{letters}")] == ["Japonya"]


class TestGreekDeclension:
    """Greek genitives of the first and second declensions and of plurals in "-ες"."""

    @pytest.mark.parametrize(
        ("text", "actor"),
        [
            ("Νότιας Κορέας", "south-korea"),
            ("Ευρωπαϊκής Ένωσης", "european-union"),
            ("Ηνωμένου Βασιλείου", "united-kingdom"),
            ("Ηνωμένων Πολιτειών", "united-states"),
            ("Βελγίου", "belgium"),
            ("Φιλιππινών", "philippines"),
            ("Ιαπωνίας", "japan"),
            ("Ευρώπης", "europe"),
        ],
    )
    def test_a_genitive_is_its_name(self, text, actor):
        assert _spans(f"της {text}.") == [(actor, text)]


class TestUkrainianPhrases:
    """Ukrainian feminine and plural adjectives decline with their nouns."""

    @pytest.mark.parametrize(
        ("text", "actor"),
        [
            ("Південною Кореєю", "south-korea"),
            ("Південної Кореї", "south-korea"),
            ("Північній Кореї", "north-korea"),
            ("Сполучених Штатів", "united-states"),
            ("Сполученим Штатам", "united-states"),
            ("Північноатлантичного альянсу", "nato"),
        ],
    )
    def test_a_declined_phrase_is_its_name(self, text, actor):
        assert _spans(f"з {text}.") == [(actor, text)]


class TestHungarianCases:
    """The Hungarian cases a grammar lists, on names ending in a vowel or a consonant."""

    @pytest.mark.parametrize(
        ("text", "actor"),
        [
            ("Japánnal", "japan"),
            ("Japánnál", "japan"),
            ("Kínáig", "china"),
            ("Kínáért", "china"),
            ("Oroszországnál", "russia"),
            ("Kínából", "china"),
        ],
    )
    def test_a_case_form_is_its_name(self, text, actor):
        assert _spans(f"a {text} is.") == [(actor, text)]


class TestSeparator:
    """White space, or one hyphen with white space around it, parts a name's words; two hyphens do not."""

    @settings(max_examples=examples(60))
    @given(st.text(alphabet=" \t\n", max_size=3), st.booleans(), st.text(alphabet=" \t\n", max_size=3))
    def test_one_separator_joins_the_words(self, before, hyphen, after):
        separator = before + ("-" if hyphen else "") + after
        if not separator:
            return
        assert _spans(f"(North{separator}Korea)") == [("north-korea", f"North{separator}Korea")]

    def test_two_hyphens_join_nothing(self):
        assert ("north-korea", "North--Korea") not in _spans("(North--Korea)")


class TestCityNames:
    """Cities that CLDR names as time zones' exemplar cities take its names in every language."""

    def test_the_cities_the_tool_names_are_reference_records(self):
        pytest.importorskip("babel")  # the build tool's own dependencies: the curate extra
        pytest.importorskip("pycountry")
        from tools.state_names import CITIES

        assert set(CITIES) <= {actor.id for actor in reference_actors()}

    @pytest.mark.parametrize(
        ("language", "city", "name"),
        [("el", "tokyo-city", "Τόκιο"), ("ko", "tokyo-city", "도쿄"), ("hu", "brussels", "Brüsszel")],
    )
    def test_cldr_names_of_cities_are_generated(self, language, city, name):
        generated = {
            a["id"]: a["names"] for a in tomllib.loads(_GENERATED.read_text(encoding="utf-8"))["actor"]
        }
        assert name in generated[city][language]

    @pytest.mark.parametrize(("text", "actor"), [("Βρυξέλλες", "brussels"), ("Brüsszelben", "brussels")])
    def test_a_generated_city_name_is_found(self, text, actor):
        assert _spans(f"στις {text}.") == [(actor, text)]


class TestNamesInMoreLanguages:
    """Standing people in Greek, regions in Vietnamese: the longer name wins over the state inside it."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("του Φούμιο Κισίντα", [("fumio-kishida", "Φούμιο Κισίντα")]),
            ("ο Γενς Στόλτενμπεργκ", [("jens-stoltenberg", "Γενς Στόλτενμπεργκ")]),
            ("ở Ấn Độ Dương-Thái Bình Dương", [("indo-pacific", "Ấn Độ Dương-Thái Bình Dương")]),
            ("và Ấn Độ", [("india", "Ấn Độ")]),
        ],
    )
    def test_a_name_in_another_language_is_found(self, text, expected):
        assert _spans(text) == expected

    @pytest.mark.parametrize("file", ["reference_names.toml", "names.toml"])
    def test_every_generated_or_curated_name_is_found_as_its_actor(self, file):
        generated = tomllib.loads((_GENERATED.parent / file).read_text(encoding="utf-8"))["actor"]
        missed = [
            (record["id"], name)
            for record in generated
            for names in record["names"].values()
            for name in names
            if _spans(f"({name})") != [(record["id"], name)]
            # A ministry's generic name is its owner's only beside a word naming the owner.
            and _spans(f"({name} Japan)") != [(record["id"], name), ("japan", "Japan")]
        ]
        assert missed == []
