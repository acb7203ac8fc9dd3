import collections
import contextlib
import errno
import fcntl
import hashlib
import json
import os
import random
import shutil
import signal
import stat
import time
from pathlib import Path
from unittest import mock

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from budget import examples
from japan_nato_corpus import export
from japan_nato_corpus import strategies as jst
from japan_nato_corpus.storage import BUNDLED, problems_in, read

SEEDS = Path(__file__).parents[2] / "shared" / "seeds"


@pytest.fixture(name="corpus_dir")
def fixture_corpus_dir(tmp_path):
    """A writable copy of the bundled corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(BUNDLED, target)
    return target


class TestBundledReadOnFirstAccess:
    """The bundled corpus reads each collection when it is first needed, with the same checks."""

    def test_a_question_about_events_reads_no_articles(self, monkeypatch):
        bundled = jnc.load()
        hash(bundled)  # read all of the cached corpus before counting
        calls = collections.Counter()
        for name in ("read_articles", "read_records"):
            original = getattr(read, name)

            def counted(*args, _name=name, _original=original, **kwargs):
                calls[_name if _name == "read_articles" else f"{_name}:{args[1]}"] += 1
                return _original(*args, **kwargs)

            monkeypatch.setattr(read, name, counted)
        corpus = read.read_corpus(BUNDLED, bundled=True)
        assert corpus.events.involving("Abe")
        assert calls == {"read_records:actors": 1, "read_records:events": 1}
        assert corpus == bundled  # reads the rest, each once
        assert calls["read_articles"] == 1
        assert all(count == 1 for count in calls.values())

    def test_a_tampered_document_still_fails_its_hash_when_the_articles_are_read(self, corpus_dir):
        document = jnc.load().manifest.documents[0]
        path = corpus_dir / document.path
        path.write_bytes(path.read_bytes() + b" ")
        corpus = read.read_corpus(corpus_dir, bundled=True)
        assert len(corpus.events) == len(jnc.load().events)
        with pytest.raises(jnc.HashMismatchError, match=document.path):
            _ = corpus.articles


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
        (corpus_dir / "quotes.json").unlink()  # and the quotes name its events too
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

    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=examples(40))
    @given(jst.corpora(), st.booleans())
    def test_round_trip(self, tmp_path_factory, corpus, jsonl):
        directory = tmp_path_factory.mktemp("corpus")
        jnc.save(corpus, directory, jsonl=jsonl)
        assert corpus == jnc.load(directory)

    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=examples(20))
    @given(jst.corpora(), st.booleans())
    def test_saving_what_was_loaded_writes_the_same_bytes(self, tmp_path_factory, corpus, jsonl):
        first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
        jnc.save(corpus, first, jsonl=jsonl)
        jnc.save(jnc.load(first), second, jsonl=jsonl)
        files = sorted(path.relative_to(first) for path in first.rglob("*") if path.is_file())
        assert files == sorted(path.relative_to(second) for path in second.rglob("*") if path.is_file())
        for name in files:
            assert (first / name).read_bytes() == (second / name).read_bytes(), name

    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=examples(20))
    @given(jst.corpora())
    def test_saving_again_in_the_other_format_keeps_one_file_each(self, tmp_path_factory, corpus):
        directory = tmp_path_factory.mktemp("corpus")
        jnc.save(corpus, directory)
        jnc.save(corpus, directory, jsonl=True)
        names = {path.name for path in directory.iterdir()}
        assert {"actors.jsonl", "events.jsonl", "agreements.jsonl"} <= names
        assert not {"actors.json", "events.json", "agreements.json"} & names
        assert corpus == jnc.load(directory)

    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=examples(20))
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


SEPARATORS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""Every character str.splitlines splits at."""


def with_separators(corpus, text):
    """``corpus`` with ``text`` appended to every actor's name and event's summary."""
    return jnc.Corpus(
        manifest=corpus.manifest,
        articles=corpus.articles,
        actors=[attrs.evolve(actor, name=actor.name + text) for actor in corpus.actors],
        events=[attrs.evolve(event, summary=event.summary + text) for event in corpus.events],
        agreements=corpus.agreements,
    )


class TestLineSeparators:
    """Records whose strings hold every Unicode line separator survive JSON Lines both ways."""

    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=20)
    @given(jst.corpora(max_records=3), st.text(alphabet=SEPARATORS + "ab", min_size=1))
    def test_save_jsonl_then_load(self, tmp_path_factory, corpus, text):
        corpus = with_separators(corpus, SEPARATORS + text)
        directory = tmp_path_factory.mktemp("corpus") / "saved"
        jnc.save(corpus, directory, jsonl=True)
        assert corpus == jnc.load(directory)

    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=20)
    @given(jst.corpora(max_records=3), st.text(alphabet=SEPARATORS + "ab", min_size=1))
    def test_to_jsonl_then_from_jsonl(self, tmp_path_factory, corpus, text):
        corpus = with_separators(corpus, SEPARATORS + text)
        path = tmp_path_factory.mktemp("export") / "events.jsonl"
        export.to_jsonl(corpus.events, path)
        assert tuple(corpus.events) == export.from_jsonl(path, jnc.Event)


def small_corpora():
    """Two different small consistent corpora drawn from the bundled one: (old, new)."""
    bundled = jnc.load()

    def first(count):
        manifest = attrs.evolve(bundled.manifest, documents=bundled.manifest.documents[:count])
        return jnc.Corpus(manifest=manifest, articles=bundled.articles[:count])

    return first(2), first(4)


def _dead_pid():
    """The id of a process that has exited and been reaped."""
    child = os.fork()
    if child == 0:  # pragma: no cover - the child exits at once
        os._exit(0)
    os.waitpid(child, 0)
    return child


@contextlib.contextmanager
def counted_steps(*, kill_at=None):
    """Count the steps a save takes that touch the disk; SIGKILL the process at step ``kill_at``."""
    steps = []

    def step(name, real):
        def counted(*arguments, **options):
            steps.append(name)
            if len(steps) == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*arguments, **options)

        return counted

    with contextlib.ExitStack() as stack:
        stack.enter_context(mock.patch.object(os, "fsync", step("fsync", os.fsync)))
        stack.enter_context(mock.patch.object(Path, "rename", step("rename", Path.rename)))
        stack.enter_context(mock.patch.object(Path, "mkdir", step("mkdir", Path.mkdir)))
        yield steps


class TestAtomicSave:
    """A save replaces the whole directory or nothing, and never writes what load would refuse."""

    def test_killed_at_random_points_leaves_old_new_or_refused(self, tmp_path):
        old, new = small_corpora()
        pristine = tmp_path / "pristine"
        jnc.save(old, pristine)
        shutil.copytree(pristine, tmp_path / "counting")
        with counted_steps() as steps:
            jnc.save(new, tmp_path / "counting")
        chance = random.Random(15)  # noqa: S311 - kill points, not secrets
        outcomes = collections.Counter()
        for run in range(50):
            directory = tmp_path / f"run{run}" / "corpus"
            shutil.copytree(pristine, directory)
            # Half the kills come at a random step of the save (a directory made, a file flushed,
            # a rename), half after a random time; either way a real SIGKILL, nothing cleaned up.
            kill_at = chance.randint(1, len(steps)) if run % 2 else None
            child = os.fork()
            if child == 0:  # pragma: no cover - the child is killed or exits at once
                try:
                    with counted_steps(kill_at=kill_at):
                        jnc.save(new, directory)
                finally:
                    os._exit(0)
            if kill_at is None:
                time.sleep(chance.uniform(0, 0.05))
                os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
            try:
                loaded = jnc.load(directory)
            except jnc.CorpusError:
                outcomes["refused"] += 1
                continue
            assert loaded in {old, new}
            outcomes["old" if loaded == old else "new"] += 1
        # The kills fell before, during and after the swap.
        assert outcomes["old"], outcomes
        assert outcomes["new"], outcomes
        assert outcomes["refused"], outcomes
        left = [entry for run in range(50) for entry in (tmp_path / f"run{run}").iterdir()]
        assert any(entry.name != "corpus" for entry in left), "no kill left a sibling to clean"
        # The next save removes what the killed ones left beside the target.
        for run in range(50):
            jnc.save(new, tmp_path / f"run{run}" / "corpus")
            assert ["corpus"] == [entry.name for entry in (tmp_path / f"run{run}").iterdir()]
            assert new == jnc.load(tmp_path / f"run{run}" / "corpus")

    def test_leaves_siblings_it_cannot_prove_stale(self, tmp_path):
        old, new = small_corpora()
        target = tmp_path / "corpus"
        jnc.save(old, target)
        dead = _dead_pid()
        kept = {
            f".corpus.saving-{os.getpid()}-{'a' * 12}",  # a process that lives
            ".corpus.saving-0123456789ab",  # not this module's pattern
            f".other.saving-{dead}-{'b' * 12}",  # another target's
            f".corpus.saving-{dead}-{'c' * 12}-x",  # pattern with more after it
            f".corpus.old-{dead}-{'d' * 12}",  # a link, never followed
        }
        outside = tmp_path.parent / f"{tmp_path.name}-outside"
        outside.mkdir()
        (outside / "keep.txt").write_text("keep")
        for name in kept - {f".corpus.old-{dead}-{'d' * 12}"}:
            (tmp_path / name).mkdir()
            (tmp_path / name / "file").write_text("x")
        (tmp_path / f".corpus.old-{dead}-{'d' * 12}").symlink_to(outside, target_is_directory=True)
        locked = tmp_path / f".corpus.saving-{dead}-{'e' * 12}"
        locked.mkdir()
        stale = tmp_path / f".corpus.old-{dead}-{'f' * 12}"
        shutil.copytree(target, stale)
        descriptor = os.open(locked, os.O_RDONLY)
        # Locked by another open file, as a save in another process or namespace holds it.
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        try:
            jnc.save(new, target)
        finally:
            os.close(descriptor)
        assert kept | {locked.name, "corpus"} == {entry.name for entry in tmp_path.iterdir()}
        assert ["keep.txt"] == [entry.name for entry in outside.iterdir()]
        assert new == jnc.load(target)

    def test_refuses_what_load_would_refuse_and_writes_nothing(self, tmp_path):
        bundled = jnc.load()
        article = bundled.articles[0]
        articles = [attrs.evolve(article, text=article.text + "!"), *bundled.articles[1:]]
        changed = jnc.Corpus(manifest=bundled.manifest, articles=articles)
        with pytest.raises(jnc.HashMismatchError):
            jnc.save(changed, tmp_path / "corpus")
        assert [] == list(tmp_path.iterdir())

    def test_keeps_the_umask_modes(self, tmp_path):
        previous = os.umask(0o027)
        try:
            jnc.save(jnc.load(), tmp_path / "corpus")
        finally:
            os.umask(previous)
        assert 0o640 == stat.S_IMODE((tmp_path / "corpus" / "manifest.json").stat().st_mode)
        assert 0o750 == stat.S_IMODE((tmp_path / "corpus" / "documents").stat().st_mode)

    def test_the_empty_path_is_refused(self):
        with pytest.raises(jnc.UnsafePathError):
            jnc.save(jnc.load(), "")

    def test_an_id_too_long_for_a_file_name_is_refused_before_writing(self, tmp_path):
        corpus = jnc.load()
        article = attrs.evolve(corpus.articles[0], id="a" * 300)
        document = attrs.evolve(corpus.manifest.documents[0], id="a" * 300)
        manifest = attrs.evolve(corpus.manifest, documents=[document, *corpus.manifest.documents[1:]])
        long = jnc.Corpus(manifest=manifest, articles=[article, *corpus.articles[1:]])
        with pytest.raises(jnc.InvalidValueError) as caught:
            jnc.save(long, tmp_path / "corpus")
        assert ["$[0].id"] == [problem.path for problem in caught.value.problems]
        assert [] == list(tmp_path.iterdir())

    def test_a_documents_symlink_is_never_followed(self, tmp_path):
        outside = tmp_path / "outside"
        outside.mkdir()
        directory = tmp_path / "corpus"
        directory.mkdir()
        (directory / "documents").symlink_to(outside)
        with pytest.raises(jnc.UnknownFileError):
            jnc.save(jnc.load(), directory)
        assert [] == list(outside.iterdir())

    def test_refuses_to_replace_a_directory_of_other_files(self, tmp_path):
        (tmp_path / "notes.txt").write_text("Mine.", encoding="utf-8")
        with pytest.raises(jnc.UnknownFileError):
            jnc.save(jnc.load(), tmp_path)
        assert ["notes.txt"] == [path.name for path in tmp_path.iterdir()]

    def test_a_failed_write_is_our_error_and_leaves_the_old_corpus(self, tmp_path, monkeypatch):
        directory = tmp_path / "corpus"
        jnc.save(jnc.load(), directory)
        before = {path: path.read_bytes() for path in directory.rglob("*") if path.is_file()}

        def full_disk(*_):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, "fsync", full_disk)
        with pytest.raises(jnc.UnwritableFileError, match="No space left"):
            jnc.save(jnc.load(), directory, jsonl=True)
        assert before == {path: path.read_bytes() for path in directory.rglob("*") if path.is_file()}
        assert ["corpus"] == [path.name for path in tmp_path.iterdir()]


class TestForeignErrors:
    """What the system raises while reading becomes one of our errors."""

    def test_an_unreadable_file_is_our_error(self, corpus_dir, monkeypatch):
        real_open = Path.open

        def refuse(path, *arguments, **options):
            if path.name == "events.json":
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return real_open(path, *arguments, **options)

        monkeypatch.setattr(Path, "open", refuse)
        with pytest.raises(jnc.UnreadableFileError, match="Permission denied"):
            jnc.load(corpus_dir)
        assert ["unreadable-file"] == [problem.kind for problem in problems_in(corpus_dir)]
