import hashlib
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from japan_nato_corpus import strategies as jst
from japan_nato_corpus.storage import BUNDLED

SEEDS = Path(__file__).parents[2] / "shared" / "seeds"


@pytest.fixture(name="corpus_dir")
def fixture_corpus_dir(tmp_path):
    """A writable copy of the bundled corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(BUNDLED, target)
    return target


class TestBundled:
    """The corpus shipped with the package."""

    def test_has_the_five_articles(self):
        assert len(jnc.load().articles) == 5

    def test_is_cached(self):
        assert jnc.load() is jnc.load()

    def test_manifest_lists_every_document_with_its_hash(self):
        manifest = jnc.load().manifest
        for document in manifest.documents:
            raw = (BUNDLED / document.path).read_bytes()
            assert document.sha256 == hashlib.sha256(raw).hexdigest()
        assert sorted(p.name for p in (BUNDLED / "documents").iterdir()) == sorted(
            f"{d.id}.txt" for d in manifest.documents
        )

    @pytest.mark.skipif(not SEEDS.is_dir(), reason="the seeds are beside the repository only in a checkout")
    def test_documents_are_the_seeds_byte_for_byte(self):
        for document in jnc.load().manifest.documents:
            seed = SEEDS / str(document.original_name)
            assert seed.read_bytes() == (BUNDLED / document.path).read_bytes()

    def test_article_text_is_the_document_text(self):
        corpus = jnc.load()
        for article in corpus.articles:
            assert (BUNDLED / f"documents/{article.id}.txt").read_text(encoding="utf-8") == article.text

    def test_corpus_version_matches_the_package_constant(self):
        assert jnc.load().version == jnc.CORPUS_VERSION

    def test_bundled_corpus_is_consistent(self):
        assert jnc.check(jnc.load()) == []

    def test_lookup_by_id_and_miss(self):
        articles = jnc.load().articles
        first = articles[0]
        assert first is articles[first.id]
        assert articles.get("no-such-article") is None
        with pytest.raises(jnc.UnknownIdError, match="did you mean") as caught:
            articles[first.id[:-1]]
        assert isinstance(caught.value, KeyError)


class TestUserCorpus:
    """Loading a corpus directory of one's own."""

    def test_copy_of_bundled_loads_equal(self, corpus_dir):
        assert jnc.load().articles == jnc.load(corpus_dir).articles

    def test_refuses_a_changed_document(self, corpus_dir):
        path = next((corpus_dir / "documents").iterdir())
        path.write_bytes(path.read_bytes() + b" ")
        with pytest.raises(jnc.HashMismatchError, match=rf"(?s)documents/{path.name} has sha256"):
            jnc.load(corpus_dir)

    def test_missing_directory(self, tmp_path):
        with pytest.raises(jnc.MissingFileError, match=r"nowhere/manifest\.json: no such file"):
            jnc.load(tmp_path / "nowhere")

    def test_missing_document(self, corpus_dir):
        path = next((corpus_dir / "documents").iterdir())
        path.unlink()
        with pytest.raises(jnc.MissingFileError, match=path.name):
            jnc.load(corpus_dir)

    def test_manifest_schema_error_names_the_path(self, corpus_dir):
        manifest = json.loads((corpus_dir / "manifest.json").read_text(encoding="utf-8"))
        manifest["documents"][1]["sha256"] = "nope"
        (corpus_dir / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        with pytest.raises(jnc.InvalidValueError) as caught:
            jnc.load(corpus_dir)
        ((file, path, message),) = [(p.file, p.path, p.message) for p in caught.value.problems]
        assert ("manifest.json", "$.documents[1].sha256") == (file, path)
        assert message.startswith("'sha256' must match regex")

    def test_refuses_dangling_reference_and_bad_quote(self, corpus_dir):
        article = jnc.load().articles[0]
        event = {
            "id": "e1",
            "kind": "visit",
            "modality": "happened",
            "date": "2014",
            "summary": "s",
            "place": "nowhere",
            "evidence": [{"document": article.id, "start": 0, "end": 5, "quote": "Wrong"}],
        }
        (corpus_dir / "events.json").write_text(json.dumps([event]), encoding="utf-8")
        # The bundled agreements name signing events that this events.json no longer holds.
        (corpus_dir / "agreements.json").unlink()
        with pytest.raises(jnc.IntegrityError) as caught:
            jnc.load(corpus_dir)
        assert [
            "events.json $[0].place: no actor with id 'nowhere'",
            (
                "events.json $[0].evidence[0]: evidence quote 'Wrong' is not the text there "
                f"({article.text[:5]!r})"
            ),
        ] == [str(problem) for problem in caught.value.problems]


class TestSaveLoad:
    """save() then load() gives back the same corpus, as JSON arrays or as JSON Lines."""

    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=40)
    @given(jst.corpora(), st.booleans())
    def test_round_trip(self, tmp_path_factory, corpus, jsonl):
        directory = tmp_path_factory.mktemp("corpus")
        jnc.save(corpus, directory, jsonl=jsonl)
        assert corpus == jnc.load(directory)

    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=20)
    @given(jst.corpora(), st.booleans())
    def test_saving_what_was_loaded_writes_the_same_bytes(self, tmp_path_factory, corpus, jsonl):
        first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
        jnc.save(corpus, first, jsonl=jsonl)
        jnc.save(jnc.load(first), second, jsonl=jsonl)
        files = sorted(path.relative_to(first) for path in first.rglob("*") if path.is_file())
        assert files == sorted(path.relative_to(second) for path in second.rglob("*") if path.is_file())
        for name in files:
            assert (first / name).read_bytes() == (second / name).read_bytes(), name

    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=20)
    @given(jst.corpora())
    def test_saving_again_in_the_other_format_keeps_one_file_each(self, tmp_path_factory, corpus):
        directory = tmp_path_factory.mktemp("corpus")
        jnc.save(corpus, directory)
        jnc.save(corpus, directory, jsonl=True)
        names = {path.name for path in directory.iterdir()}
        assert {"actors.jsonl", "events.jsonl", "agreements.jsonl"} <= names
        assert not {"actors.json", "events.json", "agreements.json"} & names
        assert corpus == jnc.load(directory)

    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=20)
    @given(jst.corpora(max_records=3))
    def test_jsonl_has_one_record_a_line(self, tmp_path_factory, corpus):
        directory = tmp_path_factory.mktemp("corpus")
        jnc.save(corpus, directory, jsonl=True)
        lines = (directory / "events.jsonl").read_text(encoding="utf-8").splitlines()
        assert [event.id for event in corpus.events] == [json.loads(line)["id"] for line in lines]

    def test_bundled_round_trips_through_jsonl(self, tmp_path):
        jnc.save(jnc.load(), tmp_path, jsonl=True)
        assert jnc.load() == jnc.load(tmp_path)

    def test_unwritable_text_leaves_the_directory_alone(self, tmp_path):
        good = jnc.Corpus(manifest=jnc.Manifest(corpus_version="1"), actors=[])
        jnc.save(good, tmp_path)
        before = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
        bad = jnc.Corpus(
            manifest=jnc.Manifest(corpus_version="2"),
            actors=[jnc.Actor(id="a", kind=jnc.ActorKind.PERSON, name="lone \udc00 surrogate")],
        )
        with pytest.raises(
            jnc.EncodingError, match=r"actors\.json: 1 problem:\n  actors\.json: cannot be written as"
        ):
            jnc.save(bad, tmp_path)
        assert before == {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}


class TestMentions:
    """The corpus finds its actors' mentions in its articles."""

    def test_mentions_slice_their_article_to_a_name_of_their_actor(self):
        corpus = jnc.Corpus(
            manifest=jnc.Manifest(corpus_version="t"),
            articles=[jnc.Article(id="a", text="Shinzo Abe met Rasmussen. Abe spoke.")],
            actors=[
                jnc.Actor(
                    id="abe", kind=jnc.ActorKind.PERSON, name="Shinzo Abe", aliases=(jnc.Alias(name="Abe"),)
                ),
                jnc.Actor(id="rasmussen", kind=jnc.ActorKind.PERSON, name="Rasmussen"),
            ],
        )
        found = [(m.actor, m.text, m.document) for m in corpus.mentions]
        assert found == [("abe", "Shinzo Abe", "a"), ("rasmussen", "Rasmussen", "a"), ("abe", "Abe", "a")]
        for mention in corpus.mentions:
            assert mention.text == corpus.articles["a"].text[mention.start : mention.end]
