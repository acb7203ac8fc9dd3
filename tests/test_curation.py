"""The curation files rebuild the shipped JSON, and their mistakes are reported where they are."""

import re
import shutil

import pytest
from tools.curate import COLLECTIONS, CURATION, DATA, CurationError, build


@pytest.fixture(name="curation")
def fixture_curation(tmp_path):
    copy = tmp_path / "curation"
    shutil.copytree(CURATION, copy)
    return copy


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


class TestRegeneration:
    """Building from the curation files gives the shipped bytes."""

    def test_byte_for_byte(self, tmp_path):
        built = tmp_path / "data"
        built.mkdir()
        for name, text in build().items():
            (built / name).write_bytes(text.encode())
        for collection in COLLECTIONS:
            assert (DATA / collection.output).read_bytes() == (built / collection.output).read_bytes()

    def test_every_collection_is_written(self):
        assert {c.output for c in COLLECTIONS} == set(build())


class TestErrors:
    """Each error names the file, the record and the field."""

    def test_quote_not_found(self, curation):
        _edit(
            curation / "actors.toml",
            'quote = "Foreign Minister Yoshimasa Hayashi"',
            'quote = "Foreign Minister Yoshimasa Hayashi said nothing"',
        )
        with pytest.raises(
            CurationError,
            match=re.escape(
                "curation/actors.toml: actor 'yoshimasa-hayashi', field offices[0].evidence[0]: "
                "quote not found"
            ),
        ):
            build(curation=curation)

    def test_ambiguous_quote(self, curation):
        _edit(curation / "events.toml", ", occurrence = 1 }", " }")
        with pytest.raises(
            CurationError,
            match=r"curation/events\.toml: event '[^']+', field evidence\[0\]: "
            r"quote occurs 2 times in reuters-2014-05-06-japan-nato-partnership; give an ",
        ):
            build(curation=curation)

    def test_occurrence_past_the_last(self, curation):
        _edit(curation / "events.toml", ", occurrence = 1 }", ", occurrence = 3 }")
        with pytest.raises(CurationError, match=r"evidence\[0\]: occurrence 3 of a quote found 2 times"):
            build(curation=curation)

    def test_occurrence_of_a_unique_quote(self, curation):
        _edit(
            curation / "actors.toml",
            'quote = "Foreign Minister Yoshimasa Hayashi"',
            'quote = "Foreign Minister Yoshimasa Hayashi", occurrence = 1',
        )
        with pytest.raises(CurationError, match="occurrence given for a quote found once"):
            build(curation=curation)

    def test_unknown_document(self, curation):
        _edit(
            curation / "actors.toml",
            '{ document = "japan-news-2023-04-06-hayashi-nato-cooperation", '
            'quote = "Foreign Minister Yoshimasa Hayashi"',
            '{ document = "japan-news-2099", quote = "Foreign Minister Yoshimasa Hayashi"',
        )
        with pytest.raises(
            CurationError,
            match=re.escape(
                "actor 'yoshimasa-hayashi', field offices[0].evidence[0]: unknown document 'japan-news-2099'"
            ),
        ):
            build(curation=curation)

    def test_unknown_actor_reference(self, curation):
        _edit(
            curation / "events.toml",
            '{ actor = "shinzo-abe", role = "signatory" }',
            '{ actor = "shinzo-abbe", role = "signatory" }',
        )
        with pytest.raises(
            CurationError,
            match=re.escape(
                "curation/events.toml: event '2014-05-06-abe-rasmussen-sign-ipcp', "
                "field participants[0].actor: unknown actor 'shinzo-abbe'"
            ),
        ):
            build(curation=curation)

    def test_unknown_event_reference(self, curation):
        _edit(
            curation / "agreements.toml",
            'signing_event = "2014-05-06-abe-rasmussen-sign-ipcp"',
            'signing_event = "2014-05-07-abe-rasmussen-sign-ipcp"',
        )
        with pytest.raises(
            CurationError,
            match=re.escape(
                "curation/agreements.toml: agreement 'japan-nato-ipcp-2014', field signing_event: "
                "unknown event"
            ),
        ):
            build(curation=curation)

    def test_unknown_conflict(self, curation):
        _edit(curation / "events.toml", 'conflicts = ["vancouver"]', 'conflicts = ["vancover"]')
        with pytest.raises(
            CurationError,
            match=re.escape(
                "curation/events.toml: event '2014-11-euro-atlantic-meets-asia-pacific-conference', "
                "field conflicts[0]: unknown conflict 'vancover'"
            ),
        ):
            build(curation=curation)

    def test_invalid_field_value(self, curation):
        _edit(curation / "actors.toml", 'wikidata = "Q132345"', 'wikidata = "132345"')
        with pytest.raises(CurationError, match=r"(?s)curation/actors\.toml: actor .shinzo-abe.*wikidata"):
            build(curation=curation)

    def test_not_toml(self, curation):
        _edit(curation / "agreements.toml", "[[agreement]]", "[[agreement")
        with pytest.raises(CurationError, match=r"curation/agreements\.toml: not TOML"):
            build(curation=curation)


class TestMoreNames:
    """The generated names in other languages join the reference records as aliases."""

    def test_names_become_aliases(self):
        from japan_nato_corpus.reference import reference_actor

        japan = reference_actor("japan")
        assert japan is not None
        assert {"Japon", "日本", "Jepang"} <= set(japan.names)

    def test_unknown_id_in_the_names_file(self, curation):
        _edit(curation / "reference_names.toml", 'id = "japan"', 'id = "japon"')
        with pytest.raises(
            CurationError,
            match=re.escape("curation/reference_names.toml: actor 'japon', field id: unknown actor"),
        ):
            build(curation=curation)

    def test_names_must_be_lists(self, curation):
        _edit(curation / "reference_names.toml", 'fr = ["Japon"]', 'fr = "Japon"')
        with pytest.raises(CurationError, match=re.escape("actor 'japan', field names.fr: a list of names")):
            build(curation=curation)
