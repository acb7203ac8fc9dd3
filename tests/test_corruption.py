"""Corrupt corpus directories: each raises its own error, naming the file and the place."""

import hashlib
import json
import os
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from budget import examples
from japan_nato_corpus import strategies as jst
from japan_nato_corpus._json import MAX_BYTES
from japan_nato_corpus.storage import BUNDLED, problems_in
from japan_nato_corpus.storage.validate import as_problems

FIRST_DOCUMENT = jnc.load().manifest.documents[0]
TEXT = (BUNDLED / FIRST_DOCUMENT.path).read_text(encoding="utf-8")
QUOTE = TEXT[:20]


def actor(**changes):
    return {"id": "japan", "kind": "state", "name": "Japan"} | changes


def event(**changes):
    evidence = {"document": FIRST_DOCUMENT.id, "start": 0, "end": 20, "quote": QUOTE}
    return {
        "id": "visit",
        "kind": "visit",
        "modality": "happened",
        "date": "2014-05-06",
        "summary": "A visit.",
        "place": "japan",
        "evidence": [evidence],
    } | changes


def agreement(**changes):
    evidence = {"document": FIRST_DOCUMENT.id, "start": 0, "end": 20, "quote": QUOTE}
    return {"id": "ipcp", "name": "IPCP", "kind": "partnership-programme", "evidence": [evidence]} | changes


def write(directory, name, value):
    (directory / name).write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")


def write_manifest(directory, change):
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    change(manifest)
    write(directory, "manifest.json", manifest)


@pytest.fixture(name="corpus_dir")
def fixture_corpus_dir(tmp_path):
    """A writable copy of the bundled corpus with one actor, event and agreement, all valid."""
    target = tmp_path / "corpus"
    shutil.copytree(BUNDLED, target)
    write(target, "actors.json", [actor()])
    write(target, "events.json", [event()])
    write(target, "agreements.json", [agreement(signing_event="visit")])
    write(target, "quotes.json", [])  # the bundled quotes name the bundled actors
    return target


def truncate_manifest(directory):
    path = directory / "manifest.json"
    path.write_bytes(path.read_bytes()[:200])


def trailing_comma(directory):
    (directory / "events.json").write_text(json.dumps([event()]) + "\n]", encoding="utf-8")


def bad_jsonl_line(directory):
    (directory / "events.json").unlink()
    lines = [json.dumps(event()), '{"id": "second",', json.dumps(event(id="third"))]
    (directory / "events.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def string_for_number(directory):
    write(directory, "events.json", [event(evidence=[{**event()["evidence"][0], "start": "0"}])])


def unknown_enum_value(directory):
    write(directory, "events.json", [event(kind="party")])


def events_not_an_array(directory):
    write(directory, "events.json", {"visit": event()})


def missing_field(directory):
    record = event()
    del record["summary"]
    write(directory, "events.json", [record])


def missing_field_in_jsonl(directory):
    (directory / "events.json").unlink()
    record = event()
    del record["date"]
    (directory / "events.jsonl").write_text(json.dumps(event(id="first")) + "\n\n" + json.dumps(record))


def unknown_field(directory):
    write(directory, "actors.json", [actor(nmae="Nippon")])


def text_in_articles(directory):
    jnc.save(jnc.load(directory), directory)
    articles = json.loads((directory / "articles.json").read_text(encoding="utf-8"))
    articles[2]["text"] = "Something else."
    write(directory, "articles.json", articles)


def repeated_key(directory):
    text = json.dumps([actor(), actor(id="nato", name="NATO")])
    # The second actor says "kind" twice; a plain JSON reader would keep the second silently.
    (directory / "actors.json").write_text(text[:-2] + ', "kind": "organisation"}]', encoding="utf-8")


def duplicate_ids(directory):
    write(directory, "events.json", [event(), event(summary="The same visit.")])


def duplicate_document_ids(directory):
    write_manifest(directory, lambda m: m["documents"].append(m["documents"][0]))


def dangling_actor(directory):
    write(directory, "events.json", [event(place="atlantis")])


def dangling_article(directory):
    write(directory, "agreements.json", [agreement(evidence=[{**event()["evidence"][0], "document": "x-1"}])])


def dangling_event(directory):
    write(directory, "agreements.json", [agreement(signing_event="summit-2099")])


def offsets_out_of_range(directory):
    end = len(TEXT) + 10
    evidence = {"document": FIRST_DOCUMENT.id, "start": end - 5, "end": end, "quote": "words"}
    write(directory, "events.json", [event(evidence=[evidence])])


def quote_not_the_text(directory):
    evidence = {"document": FIRST_DOCUMENT.id, "start": 0, "end": 5, "quote": "Wrong"}
    write(directory, "events.json", [event(evidence=[evidence])])


def changed_document(directory):
    path = directory / FIRST_DOCUMENT.path
    path.write_bytes(path.read_bytes().replace(b"NATO", b"OTAN", 1))


def latin1_json(directory):
    (directory / "actors.json").write_bytes(b'[{"id": "japan", "kind": "state",\n "name": "Jap\xe1n"}]')


def latin1_document(directory):
    path = directory / FIRST_DOCUMENT.path
    path.write_bytes(b"First line\nCaf\xe9 society\n")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    write_manifest(directory, lambda m: m["documents"][0].update(sha256=digest))


def lone_surrogate(directory):
    (directory / "actors.json").write_text('[{"id": "japan", "kind": "state", "name": "Jap\\udc00n"}]')


def malformed_digest(directory):
    write_manifest(directory, lambda m: m["documents"][0].update(sha256="not-a-digest"))


def malformed_wikidata(directory):
    write(directory, "actors.json", [actor(wikidata="japan")])


def malformed_cameo_in_jsonl(directory):
    (directory / "events.json").unlink()
    (directory / "events.jsonl").write_text(json.dumps(event(cameo="talks")) + "\n", encoding="utf-8")


def escaping_id(directory):
    write_manifest(directory, lambda m: m["documents"][0].update(id="../../etc/passwd"))


def symlink_outside(directory):
    outside = directory.parent / "outside.txt"
    outside.write_bytes((directory / FIRST_DOCUMENT.path).read_bytes())
    (directory / FIRST_DOCUMENT.path).unlink()
    (directory / FIRST_DOCUMENT.path).symlink_to(outside)


def fifo_for_document(directory):
    (directory / FIRST_DOCUMENT.path).unlink()
    os.mkfifo(directory / FIRST_DOCUMENT.path)


def list_as_article_id(directory):
    jnc.save(jnc.load(directory), directory)
    articles = json.loads((directory / "articles.json").read_text(encoding="utf-8"))
    articles[1]["id"] = [articles[1]["id"]]
    write(directory, "articles.json", articles)


def blank_document(directory):
    (directory / "articles.json").unlink(missing_ok=True)  # so that the documents are parsed
    path = directory / FIRST_DOCUMENT.path
    path.write_bytes(b"  \n\n")
    write_manifest(
        directory, lambda m: m["documents"][0].update(sha256=hashlib.sha256(b"  \n\n").hexdigest())
    )


def file_not_directory(directory):
    return directory / "manifest.json"


def empty_directory(directory):
    empty = directory.parent / "empty"
    empty.mkdir()
    return empty


def misspelt_collection(directory):
    (directory / "agreements.json").rename(directory / "agreement.json")


def differently_cased_collection(directory):
    (directory / "agreements.json").rename(directory / "Agreements.json")


def stray_document(directory):
    (directory / "documents" / "notes.txt").write_text("Not in the manifest.", encoding="utf-8")


def dangling_link(directory):
    (directory / "events.json").unlink()
    (directory / "events.json").symlink_to(directory / "gone.json")


def looping_link(directory):
    (directory / "actors.json").unlink()
    (directory / "actors.json").symlink_to(directory / "actors.json")


def oversized_collection(directory):
    # A sparse file: its size is past the limit, but it costs no disk and is never read.
    with (directory / "events.json").open("r+b") as file:
        file.truncate(MAX_BYTES + 1)


def collection_is_a_directory(directory):
    (directory / "events.json").unlink()
    (directory / "events.json").mkdir()


def manifest_not_an_object(directory):
    write(directory, "manifest.json", ["documents"])


def jsonl_line_not_an_object(directory):
    (directory / "events.json").unlink()
    (directory / "events.jsonl").write_text(json.dumps(event()) + '\n"visit"\n', encoding="utf-8")


DOC = FIRST_DOCUMENT.path

# (corruption, error type, the kind of every problem, the file and the JSON path of the first)
CASES = [
    (truncate_manifest, jnc.JSONSyntaxError, "json-syntax", "manifest.json", "line 7"),
    (trailing_comma, jnc.JSONSyntaxError, "json-syntax", "events.json", "line 2"),
    (bad_jsonl_line, jnc.JSONSyntaxError, "json-syntax", "events.jsonl", "line 2"),
    (string_for_number, jnc.InvalidValueError, "invalid-value", "events.json", "$[0].evidence[0].start"),
    (unknown_enum_value, jnc.InvalidValueError, "invalid-value", "events.json", "$[0].kind"),
    (events_not_an_array, jnc.InvalidValueError, "invalid-value", "events.json", "$"),
    (manifest_not_an_object, jnc.InvalidValueError, "invalid-value", "manifest.json", "$"),
    (jsonl_line_not_an_object, jnc.InvalidValueError, "invalid-value", "events.jsonl", "line 2: $"),
    (missing_field, jnc.MissingFieldError, "missing-field", "events.json", "$[0].summary"),
    (missing_field_in_jsonl, jnc.MissingFieldError, "missing-field", "events.jsonl", "line 3: $.date"),
    (unknown_field, jnc.UnknownFieldError, "unknown-field", "actors.json", "$[0]"),
    (text_in_articles, jnc.UnknownFieldError, "unknown-field", "articles.json", "$[2].text"),
    (repeated_key, jnc.DuplicateKeyError, "duplicate-key", "actors.json", "$[1]"),
    (duplicate_ids, jnc.DuplicateIdError, "duplicate-id", "events.json", "$[1].id"),
    (duplicate_document_ids, jnc.DuplicateIdError, "duplicate-id", "manifest.json", "$.documents[5].id"),
    (dangling_actor, jnc.DanglingReferenceError, "dangling-reference", "events.json", "$[0].place"),
    (
        dangling_article,
        jnc.DanglingReferenceError,
        "dangling-reference",
        "agreements.json",
        "$[0].evidence[0].document",
    ),
    (
        dangling_event,
        jnc.DanglingReferenceError,
        "dangling-reference",
        "agreements.json",
        "$[0].signing_event",
    ),
    (offsets_out_of_range, jnc.EvidenceMismatchError, "evidence-mismatch", "events.json", "$[0].evidence[0]"),
    (quote_not_the_text, jnc.EvidenceMismatchError, "evidence-mismatch", "events.json", "$[0].evidence[0]"),
    (changed_document, jnc.HashMismatchError, "hash-mismatch", "manifest.json", "$.documents[0].sha256"),
    (latin1_json, jnc.EncodingError, "encoding", "actors.json", "line 2"),
    (latin1_document, jnc.EncodingError, "encoding", DOC, "line 2"),
    (lone_surrogate, jnc.EncodingError, "encoding", "actors.json", "$[0].name"),
    (escaping_id, jnc.InvalidValueError, "invalid-value", "manifest.json", "$.documents[0].id"),
    (malformed_digest, jnc.InvalidValueError, "invalid-value", "manifest.json", "$.documents[0].sha256"),
    (malformed_wikidata, jnc.InvalidValueError, "invalid-value", "actors.json", "$[0].wikidata"),
    (malformed_cameo_in_jsonl, jnc.InvalidValueError, "invalid-value", "events.jsonl", "line 1: $.cameo"),
    (symlink_outside, jnc.UnsafePathError, "unsafe-path", DOC, ""),
    (fifo_for_document, jnc.UnsafePathError, "unsafe-path", DOC, ""),
    (list_as_article_id, jnc.InvalidValueError, "invalid-value", "articles.json", "$[1].id"),
    (blank_document, jnc.ParseError, "parse", DOC, "line 1"),
    (file_not_directory, jnc.NotACorpusError, "not-a-corpus", "manifest.json", ""),
    (empty_directory, jnc.MissingFileError, "missing-file", "manifest.json", ""),
    (misspelt_collection, jnc.UnknownFileError, "unknown-file", "agreement.json", ""),
    (differently_cased_collection, jnc.UnknownFileError, "unknown-file", "Agreements.json", ""),
    (stray_document, jnc.UnknownFileError, "unknown-file", "documents/notes.txt", ""),
    (dangling_link, jnc.BrokenLinkError, "broken-link", "events.json", ""),
    (looping_link, jnc.BrokenLinkError, "broken-link", "actors.json", ""),
    (oversized_collection, jnc.TooLargeError, "too-large", "events.json", ""),
    (collection_is_a_directory, jnc.SchemaError, "schema", "events.json", ""),
]


class TestCorruption:
    """Every kind of corruption raises its own error type, naming the file and the place."""

    def test_the_fixture_is_valid(self, corpus_dir):
        corpus = jnc.load(corpus_dir)
        assert (
            corpus.actors[0].id,
            corpus.events[0].id,
            corpus.agreements[0].id,
        ) == ("japan", "visit", "ipcp")

    @pytest.mark.parametrize("case", CASES, ids=[c[0].__name__ for c in CASES])
    def test_raises_its_error_naming_file_and_place(self, corpus_dir, case):
        corrupt, error, kind, file, path = case
        target = corrupt(corpus_dir) or corpus_dir
        with pytest.raises(jnc.CorpusError) as caught:
            jnc.load(target)
        assert error is type(caught.value)
        problems = as_problems(caught.value)
        assert {kind} == {problem.kind for problem in problems}
        first = problems[0]
        # A directory's own errors name its full path; the others name the file within it.
        assert (file, path) == (file if first.file.endswith(f"/{file}") else first.file, first.path)
        assert first.message in str(caught.value)

    @pytest.mark.parametrize("case", CASES, ids=[c[0].__name__ for c in CASES])
    def test_validate_lists_what_load_raises(self, corpus_dir, case):
        corrupt, error, kind, _, _ = case
        target = corrupt(corpus_dir) or corpus_dir
        with pytest.raises(error) as caught:
            jnc.load(target)
        listed = problems_in(target)
        assert set(as_problems(caught.value)) <= set(listed)
        assert kind in {problem.kind for problem in listed}

    def test_matrix_covers_every_error_class(self):
        raised = {case[1] for case in CASES}
        public = {getattr(jnc, name) for name in jnc.__all__ if name.endswith("Error")}
        never_raised_by_load = {
            jnc.UnreadableFileError,  # root reads any file: test_storage.py makes the system refuse
            jnc.UnwritableFileError,  # a save's error: test_storage.py
            jnc.CorpusError,
            jnc.ArgumentError,  # an argument's error
            jnc.ArgumentTypeError,
            jnc.UnknownIdError,
            jnc.AmbiguousNameError,  # a lookup's error
            jnc.FieldValueError,  # reported by load as the SchemaError of the file
            jnc.IntegrityError,
        }
        assert public - never_raised_by_load == raised


class TestEveryProblemIsReported:
    """A file or corpus with many problems raises once, carrying all of them."""

    def test_mixed_integrity_problems_raise_the_base_class_with_every_problem(self, corpus_dir):
        bad_quote = {"document": FIRST_DOCUMENT.id, "start": 0, "end": 5, "quote": "Wrong"}
        write(corpus_dir, "events.json", [event(place="atlantis"), event(evidence=[bad_quote])])
        with pytest.raises(jnc.IntegrityError) as caught:
            jnc.load(corpus_dir)
        assert jnc.IntegrityError is type(caught.value)
        assert (
            "events.json $[1].id: duplicate id 'visit'",
            "events.json $[0].place: no actor with id 'atlantis'",
            f"events.json $[1].evidence[0]: evidence quote 'Wrong' is not the text there ({TEXT[:5]!r})",
        ) == tuple(str(problem) for problem in caught.value.problems)

    def test_problems_in_jsonl_name_the_line(self, corpus_dir):
        (corpus_dir / "events.json").unlink()
        lines = [json.dumps(event()), "", json.dumps(event(id="second", place="atlantis"))]
        (corpus_dir / "events.jsonl").write_text("\n".join(lines), encoding="utf-8")
        with pytest.raises(jnc.DanglingReferenceError) as caught:
            jnc.load(corpus_dir)
        assert (("events.jsonl", "line 3: $.place", "dangling-reference"),) == tuple(
            (problem.file, problem.path, problem.kind) for problem in caught.value.problems
        )

    def test_mixed_schema_problems_raise_the_base_class(self, corpus_dir):
        record = event(kind="party", summry="typo")
        del record["summary"]
        write(corpus_dir, "events.json", [record])
        with pytest.raises(jnc.SchemaError) as caught:
            jnc.load(corpus_dir)
        assert jnc.SchemaError is type(caught.value)
        assert len(caught.value.problems) == 3
        assert {"$[0]", "$[0].kind", "$[0].summary"} == {problem.path for problem in caught.value.problems}
        assert {"unknown-field", "invalid-value", "missing-field"} == {p.kind for p in caught.value.problems}

    def test_every_changed_document_is_listed(self, corpus_dir):
        for document in jnc.load().manifest.documents[:3]:
            (corpus_dir / document.path).write_bytes(b"changed\n")
        with pytest.raises(jnc.HashMismatchError) as caught:
            jnc.load(corpus_dir)
        assert [("manifest.json", f"$.documents[{i}].sha256") for i in range(3)] == [
            (problem.file, problem.path) for problem in caught.value.problems
        ]

    def test_every_bad_jsonl_line_is_listed(self, corpus_dir):
        (corpus_dir / "events.json").unlink()
        (corpus_dir / "events.jsonl").write_text("{\n" + json.dumps(event()) + "\n[1,\n", encoding="utf-8")
        with pytest.raises(jnc.JSONSyntaxError) as caught:
            jnc.load(corpus_dir)
        assert ["line 1", "line 3"] == [problem.path for problem in caught.value.problems]


class TestHostileJSON:
    """JSON built to crash or fool a reader raises a typed error instead."""

    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
            ('[{"id": "japan", "kind": "state", "name": NaN}]', "NaN is not JSON"),
            ('[{"id": "japan", "kind": "state", "name": Infinity}]', "Infinity is not JSON"),
            ("[" + "9" * 5000 + "]", "Exceeds the limit"),
            ('\ufeff[{"id": "japan", "kind": "state", "name": "Japan"}]', "Unexpected UTF-8 BOM"),
        ],
        ids=["deep", "nan", "infinity", "long-number", "bom"],
    )
    def test_is_a_syntax_error(self, corpus_dir, text, reason):
        (corpus_dir / "actors.json").write_text(text, encoding="utf-8")
        with pytest.raises(jnc.JSONSyntaxError) as caught:
            jnc.load(corpus_dir)
        (problem,) = caught.value.problems
        assert ("actors.json", "json-syntax") == (problem.file, problem.kind)
        assert problem.message.startswith(f"invalid JSON: {reason}")

    def test_both_formats_of_one_collection_are_refused(self, corpus_dir):
        (corpus_dir / "events.jsonl").write_text(json.dumps(event()), encoding="utf-8")
        with pytest.raises(jnc.SchemaError, match=r"both events\.json and events\.jsonl exist"):
            jnc.load(corpus_dir)

    def test_a_failed_load_leaves_the_bundled_corpus_alone(self, corpus_dir):
        before = jnc.load()
        changed_document(corpus_dir)
        with pytest.raises(jnc.HashMismatchError):
            jnc.load(corpus_dir)
        assert before is jnc.load()
        assert len(before.articles) == 5


class TestGeneratedCorpora:
    """Corrupting any generated corpus raises the error that names what was corrupted."""

    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=examples(25))
    @given(jst.corpora(), st.data())
    def test_a_changed_document_is_a_hash_mismatch_naming_it(self, tmp_path_factory, corpus, data):
        directory = tmp_path_factory.mktemp("corpus")
        jnc.save(corpus, directory)
        article = data.draw(st.sampled_from(list(corpus.articles)))
        path = directory / f"documents/{article.id}.txt"
        path.write_bytes(path.read_bytes() + b"!")
        with pytest.raises(jnc.HashMismatchError) as caught:
            jnc.load(directory)
        (problem,) = caught.value.problems
        assert problem.message.startswith(f"documents/{article.id}.txt has sha256")

    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=examples(25))
    @given(jst.corpora())
    def test_save_refuses_exactly_what_check_lists(self, tmp_path_factory, corpus):
        # Dropping every actor leaves whatever referred to one dangling.
        broken = jnc.Corpus(
            manifest=corpus.manifest,
            articles=corpus.articles,
            events=corpus.events,
            agreements=corpus.agreements,
        )
        directory = tmp_path_factory.mktemp("corpus") / "saved"
        problems = jnc.check(broken)
        if not problems:
            jnc.save(broken, directory)
            assert broken == jnc.load(directory)
            return
        with pytest.raises(jnc.DanglingReferenceError) as caught:
            jnc.save(broken, directory)
        assert tuple(problems) == caught.value.problems
        assert not directory.exists()
        assert [] == list(directory.parent.iterdir())
