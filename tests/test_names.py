"""Names as a reader types them resolve to the right actor, or fail with the right error."""

import contextlib
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from japan_nato_corpus.errors import AmbiguousNameError, UnknownIdError
from japan_nato_corpus.mentions import find_mentions
from japan_nato_corpus.model import Actor, ActorKind
from japan_nato_corpus.names import NameIndex, fold, untitled
from japan_nato_corpus.reference import reference_actors

CORPUS = jnc.load()

RESOLVES = [
    # names in other languages, from the reference list's generated and curated names
    ("Japon", "japan"),
    ("日本", "japan"),
    ("Vereinigte Staaten", "united-states"),
    ("Pequim", "china"),
    ("Otan", "nato"),
    ("岸田文雄", "fumio-kishida"),
    ("北大西洋条約機構", "nato"),
    # full names, ids, aliases
    ("Shinzo Abe", "shinzo-abe"),
    ("shinzo-abe", "shinzo-abe"),
    ("SHINZO ABE", "shinzo-abe"),
    ("shinzo abe", "shinzo-abe"),
    ("Fumio Kishida", "fumio-kishida"),
    ("Jens Stoltenberg", "jens-stoltenberg"),
    ("Anders Fogh Rasmussen", "anders-fogh-rasmussen"),
    ("Barak Obama", "barack-obama"),
    ("Susan E. Rice", "susan-rice"),
    ("Susan E Rice", "susan-rice"),
    # titles and honorifics
    ("Prime Minister Shinzo Abe", "shinzo-abe"),
    ("Japanese Prime Minister Shinzo Abe", "shinzo-abe"),
    ("PM Kishida", "fumio-kishida"),
    ("Prime Minister Kishida", "fumio-kishida"),
    ("Foreign Minister Hayashi", "yoshimasa-hayashi"),
    ("Foreign Minister Yoshimasa Hayashi", "yoshimasa-hayashi"),
    ("Secretary General Stoltenberg", "jens-stoltenberg"),
    ("Secretary-General Stoltenberg", "jens-stoltenberg"),
    ("NATO Secretary General Jens Stoltenberg", "jens-stoltenberg"),
    ("President Obama", "barack-obama"),
    ("US President Barack Obama", "barack-obama"),
    ("President Xi", "xi-jinping"),
    ("Mr. Abe", "shinzo-abe"),
    ("Mr Abe", "shinzo-abe"),
    ("H.E. Mr. Hayashi", "yoshimasa-hayashi"),
    ("Dr. Kissinger", "henry-kissinger"),
    ("Secretary of Defense Hagel", "chuck-hagel"),
    ("former Prime Minister Noda", "yoshihiko-noda"),
    # surnames
    ("Kishida", "fumio-kishida"),
    ("Hagel", "chuck-hagel"),
    ("Stoltenberg", "jens-stoltenberg"),
    ("Kissinger", "henry-kissinger"),
    ("Onodera", "itsunori-onodera"),
    ("Xi", "xi-jinping"),
    ("Zhou", "zhou-enlai"),
    # family name first
    ("Kishida Fumio", "fumio-kishida"),
    ("KISHIDA Fumio", "fumio-kishida"),
    ("ISHIBA Shigeru", "shigeru-ishiba"),
    ("Abe Shinzo", "shinzo-abe"),
    ("Hayashi Yoshimasa", "yoshimasa-hayashi"),
    ("Jinping Xi", "xi-jinping"),
    # diacritics, hyphens, dots
    ("Shinzō Abe", "shinzo-abe"),
    ("ABE Shinzō", "shinzo-abe"),
    (unicodedata.normalize("NFD", "Shinzō Abe"), "shinzo-abe"),
    ("Lu Chao", "lu-chao"),
    ("Kim Kwan jin", "kim-kwan-jin"),
    ("kim-kwan-jin", "kim-kwan-jin"),
    ("Brooke Smith Windsor", "brooke-smith-windsor"),
    ("Asia Pacific", "asia-pacific"),
    ("self defense forces", "japan-self-defense-forces"),
    # states and organisations: short forms and codes
    ("the U.S.", "united-states"),
    ("U.S.", "united-states"),
    ("USA", "united-states"),
    ("the United States", "united-states"),
    ("UK", "united-kingdom"),
    ("GBR", "united-kingdom"),
    ("PRC", "china"),
    ("People's Republic of China", "china"),
    ("ROK", "south-korea"),
    ("Republic of Korea", "south-korea"),
    ("KOR", "south-korea"),
    ("DPRK", "north-korea"),
    ("JPN", "japan"),
    ("JP", "japan"),
    ("N.A.T.O.", "nato"),
    ("nato", "nato"),
    ("North Atlantic Treaty Organisation", "nato"),
    ("EU", "european-union"),
    ("the EU", "european-union"),
    ("UN", "united-nations"),
    ("Türkiye", "turkey"),
    ("TUR", "turkey"),
    # reference actors, beyond the documents
    ("Mark Rutte", "mark-rutte"),
    ("Secretary General Mark Rutte", "mark-rutte"),
    ("Rutte", "mark-rutte"),
    ("Antony Blinken", "antony-blinken"),
    ("Suga Yoshihide", "yoshihide-suga"),
    ("Prime Minister Suga", "yoshihide-suga"),
    ("Taro Kono", "taro-kono"),
    ("Tarō Kōno", "taro-kono"),
    ("Kono Taro", "taro-kono"),
    ("Finland", "finland"),
    ("FIN", "finland"),
    ("AUKUS", "aukus"),
    ("the Quad", "quad"),
    ("G7", "g7"),
    ("G-7", "g7"),
    ("OSCE", "osce"),
    ("Mircea Geoana", "mircea-geoana"),
    ("Joe Biden", "joe-biden"),
]

AMBIGUOUS = [
    # three people named Liu in the documents; "Liu" itself is the alias of one
    ("Liu Sha Jianguo", None),
]

UNKNOWN = [
    ("Kishidda", "Fumio Kishida"),
    ("Shinzo Abbe", "Shinzo Abe"),
    ("Stoltenburg", "Jens Stoltenberg"),
    ("Kishida Fumiyo", "Fumio Kishida"),
    ("Fumio Kishda", "Fumio Kishida"),
    ("Ishbia", "Shigeru Ishiba"),
    ("Mark Rute", "Mark Rutte"),
    ("Prime Minister Kishda", "Fumio Kishida"),
]


class TestNameTable:
    """Each name form resolves to its actor, through find and resolve alike."""

    @pytest.mark.parametrize(("name", "expected"), RESOLVES)
    def test_resolves(self, name, expected):
        assert expected == CORPUS.actors.find(name).id
        assert (expected,) == CORPUS.actors.resolve(name)

    def test_table_is_large(self):
        assert len(RESOLVES) + len(UNKNOWN) >= 60

    @pytest.mark.parametrize(("name", "first"), UNKNOWN)
    def test_unknown_suggests_the_surname_match_first(self, name, first):
        with pytest.raises(UnknownIdError) as caught:
            CORPUS.actors.find(name)
        assert not isinstance(caught.value, AmbiguousNameError)
        assert first == caught.value.suggestions[0]

    def test_kishida_never_suggests_ishiba_first(self):
        with pytest.raises(UnknownIdError) as caught:
            CORPUS.actors.find("Kishidda")
        assert "Ishiba" not in caught.value.suggestions[0]

    def test_a_reference_record_is_marked_and_has_no_evidence(self):
        actor = CORPUS.actors.find("Mark Rutte")
        assert actor.reference
        assert all(not office.evidence for office in actor.offices)

    def test_a_corpus_actor_wins_over_its_reference_record(self):
        actor = CORPUS.actors.find("JPN")
        assert not actor.reference
        assert actor == CORPUS.actors["japan"]

    def test_filters_share_the_matching(self):
        by_title = CORPUS.events.involving("Prime Minister Shinzo Abe")
        assert list(CORPUS.events.involving("shinzo-abe")) == list(by_title)
        assert list(CORPUS.articles.mentioning("shinzo-abe")) == list(
            CORPUS.articles.mentioning("ABE Shinzō")
        )


def _person(id, name, *aliases):
    return Actor(
        id=id, kind=ActorKind.PERSON, name=name, aliases=tuple(jnc.model.Alias(name=a) for a in aliases)
    )


class TestAmbiguity:
    """A surname or name several actors bear names all of them."""

    def test_shared_surname(self):
        index = NameIndex(
            [_person("condoleezza-rice", "Condoleezza Rice"), _person("susan-rice", "Susan Rice")]
        )
        with pytest.raises(AmbiguousNameError) as caught:
            index.resolve("Rice")
        assert ("condoleezza-rice", "susan-rice") == caught.value.suggestions
        assert "susan-rice" == index.resolve("Ms. Susan Rice")

    def test_shared_surname_in_the_corpus(self):
        # Liu Sha and Liu Qiang share no alias; "Liu" is Liu Jianguo's own alias in the texts.
        assert "liu-jianguo" == CORPUS.actors.find("Liu").id
        index = NameIndex([a for a in CORPUS.actors if a.id in {"liu-sha", "liu-qiang"}])
        with pytest.raises(AmbiguousNameError) as caught:
            index.resolve("Liu")
        assert {"liu-sha", "liu-qiang"} == set(caught.value.suggestions)

    def test_filters_take_a_shared_surname_for_all_its_bearers(self):
        index = NameIndex([_person("a-b", "Anna Berg"), _person("c-b", "Carl Berg")])
        assert ("a-b", "c-b") == index.bearers("Berg")

    def test_the_corpus_list_comes_before_the_reference_list(self):
        # Susan Rice is in the documents; Condoleezza Rice only in the reference list.
        assert "susan-rice" == CORPUS.actors.find("Rice").id


class TestFold:
    """Folding keeps what tells names apart and drops what does not."""

    @pytest.mark.parametrize(
        ("a", "b"),
        [
            ("N.A.T.O.", "NATO"),
            ("the U.S.", "us"),
            ("Shinzō", "shinzo"),
            ("Kim Kwan-jin", "kim kwan jin"),
            ("Abe’s", "abes"),
            ("Secretary-General", "secretary general"),
            ("Washington, D.C.", "washington dc"),
        ],
    )
    def test_same(self, a, b):
        assert fold(a) == fold(b)

    def test_untitled(self):
        assert "kishida" == untitled(fold("Japanese Prime Minister Kishida"))
        assert "prime minister" == untitled(fold("Prime Minister"))

    @given(st.text())
    def test_fold_is_idempotent(self, text):
        assert fold(text) == fold(fold(text))

    @given(st.text())
    def test_any_text_resolves_or_raises_our_error(self, text):
        with contextlib.suppress(UnknownIdError):
            CORPUS.actors.find(text)


class TestReferenceList:
    """The reference list covers the field's standing actors, dated, and never claims evidence."""

    def test_every_record_is_marked(self):
        assert all(actor.reference for actor in reference_actors())

    def test_no_record_has_evidence(self):
        assert all(not office.evidence for actor in reference_actors() for office in actor.offices)

    def test_nato_members(self):
        members = [a for a in reference_actors() for o in a.offices if o.title == "member state"]
        assert 32 == len(members)

    def test_every_state_has_its_iso_codes(self):
        states = [a for a in reference_actors() if a.kind is ActorKind.STATE]
        assert all(len(a.codes) == 2 for a in states)

    def test_secretaries_general_since_1999(self):
        names = [a.name for a in reference_actors() for o in a.offices if o.title == "Secretary General"]
        assert [
            "George Robertson",
            "Jaap de Hoop Scheffer",
            "Anders Fogh Rasmussen",
            "Jens Stoltenberg",
            "Mark Rutte",
        ] == names[1:]

    def test_reference_mentions_on_any_text(self):
        text = "NATO Secretary-General Mark Rutte met Prime Minister Takaichi and Foreign Minister Motegi."
        found = find_mentions(text, (*CORPUS.actors, *reference_actors()))
        assert ["nato", "mark-rutte", "sanae-takaichi", "toshimitsu-motegi"] == [m.actor for m in found]
