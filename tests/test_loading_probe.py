"""A probe of every public loader with many classes of bad input.

Each bad input raises an error of the package's one hierarchy (never another
exception) that names the file and, for a fault inside a JSON file, the line
or JSON path; a failed load returns nothing, writes nothing and changes
nothing another load sees. The loaders: :func:`japan_nato_corpus.load` of a
corpus directory (JSON arrays and JSON Lines) and of the bundled corpus, and
the converter's ``loads``, ``loads_lines`` and ``structure``.
"""

import contextlib
import errno
import functools
import hashlib
import json
import os
import pathlib
import re
import shutil
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from budget import examples
from japan_nato_corpus import CorpusError, converter, storage
from japan_nato_corpus.model import Actor, Agreement, Article, Event, Manifest, Quote
from japan_nato_corpus.storage import problems_in
from japan_nato_corpus.storage.validate import as_problems

RECORD_TYPES = {"actors": Actor, "events": Event, "agreements": Agreement, "quotes": Quote}
JSON_FILES = [
    "manifest.json",
    "articles.json",
    "actors.json",
    "events.json",
    "agreements.json",
    "quotes.json",
]
LINES_FILES = ["actors.jsonl", "events.jsonl", "agreements.jsonl", "quotes.jsonl"]


def _save_both(root):
    jnc.save(jnc.load(), root / "json")
    jnc.save(jnc.load(), root / "jsonl", jsonl=True)


@functools.cache
def saved_files():
    """The bytes of each file of the bundled corpus as saved, by name: read once, at collection.

    The damages below are parametrized only over the files each one changes, decided from these.
    """
    with tempfile.TemporaryDirectory() as temporary:
        root = pathlib.Path(temporary)
        _save_both(root)
        files = {path.name: path.read_bytes() for path in (root / "json").glob("*.json")}
        return files | {path.name: path.read_bytes() for path in (root / "jsonl").glob("*.jsonl")}


@pytest.fixture(name="saved", scope="module")
def fixture_saved(tmp_path_factory):
    """The bundled corpus saved twice: with JSON arrays, and with JSON Lines."""
    root = tmp_path_factory.mktemp("probe")
    _save_both(root)
    # The files hold what the parametrization was decided from.
    on_disk = {
        name: (root / ("jsonl" if name.endswith(".jsonl") else "json") / name).read_bytes()
        for name in saved_files()
    }
    assert on_disk == saved_files()
    return root


@pytest.fixture(name="fresh")
def fixture_fresh(saved, tmp_path):
    """A function giving a writable copy of the saved corpus holding ``name``."""

    def fresh(name):
        kind = "jsonl" if name.endswith(".jsonl") else "json"
        target = tmp_path / f"corpus-{kind}"
        if not target.exists():
            shutil.copytree(saved / kind, target)
        return target

    return fresh


def _snapshot(directory):
    return {
        str(path.relative_to(directory)): (
            path.read_bytes() if path.is_file() and not path.is_symlink() else None
        )
        for path in sorted(directory.rglob("*"))
    }


def refused(directory, file, *, located=True, reading=contextlib.nullcontext):
    """Load ``directory``: our error naming ``file`` (and a line or JSON path), nothing changed.

    ``reading`` gives the context the loads (and the validation) run in.
    """
    before = _snapshot(directory)
    bundled = jnc.load()
    with pytest.raises(CorpusError) as caught, reading():
        jnc.load(directory)
    problems = as_problems(caught.value)
    assert problems, caught.value
    named = [problem for problem in problems if file in problem.file or file in str(caught.value)]
    assert named, (file, problems)
    if located:
        assert any(problem.path for problem in named), (file, problems)
    # All or nothing: nothing written, the bundled corpus untouched, and validate agrees.
    assert before == _snapshot(directory)
    assert jnc.load() is bundled
    with reading():
        assert problems_in(directory)
    return caught.value


def _read(directory, name):
    return (directory / name).read_bytes()


def _parsed(raw, name):
    text = raw.decode()
    if name.endswith(".jsonl"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return json.loads(text)


def _value(directory, name):
    return _parsed(_read(directory, name), name)


def _write(directory, name, value):
    if name.endswith(".jsonl"):
        text = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in value)
    else:
        text = json.dumps(value, ensure_ascii=False, indent=1)
    (directory / name).write_text(text, encoding="utf-8")


def _first(value):
    """The first record of a file's value: the manifest's first document, or the first of a list."""
    if isinstance(value, dict):
        return value["documents"][0]
    return value[0]


ALL_FILES = JSON_FILES + LINES_FILES

# Classes of bad bytes, applied to every file of a corpus directory.
BYTES = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "truncated-at-one-byte": lambda raw: raw[:1],
    "empty": lambda _: b"",
    "white-space-only": lambda _: b" \n\t\r\n",
    "bom": lambda raw: b"\xef\xbb\xbf" + raw,
    "utf-16": lambda raw: raw.decode().encode("utf-16"),
    "nul-byte": lambda raw: raw[:20] + b"\x00" + raw[20:],
    "invalid-utf8": lambda raw: raw[:20] + b"\xff\xfe" + raw[20:],
    "overlong-utf8": lambda raw: raw[:20] + b"\xc0\xaf" + raw[20:],
    "encoded-surrogate": lambda raw: raw[:20] + b"\xed\xa0\x80" + raw[20:],
    "lone-cr-line-ends": lambda raw: raw.replace(b"\n", b"\r"),
    "garbage-line-appended": lambda raw: raw + b"{not json}\n",
    "second-document": lambda raw: raw + b"\n" + raw if not raw.rstrip().endswith(b"}") else raw + b"[]",
}


def _pairs(damages, names, applies):
    """The (damage, file) pairs where the damage applies to the file as saved."""
    return [(damage, name) for damage in sorted(damages) for name in names if applies(damage, name)]


BYTES_CASES = _pairs(
    BYTES, ALL_FILES, lambda damage, name: BYTES[damage](saved_files()[name]) != saved_files()[name]
)


@pytest.mark.parametrize(("damage", "name"), BYTES_CASES)
def test_bad_bytes_in_any_file(fresh, saved, name, damage):
    directory = fresh(name)
    raw = _read(directory, name)
    changed = BYTES[damage](raw)
    assert changed != raw
    (directory / name).write_bytes(changed)
    if damage == "lone-cr-line-ends" and not name.endswith(".jsonl"):
        # A carriage return is white space to JSON: an array file reads the same.
        assert jnc.load(directory) == jnc.load(saved / "json")
        return
    if damage in {"empty", "white-space-only"} and name.endswith(".jsonl"):
        # JSON Lines without a line hold no record: the collection is empty, and what names its
        # records is refused, naming the references that dangle.
        collection = name.removesuffix(".jsonl")
        try:
            assert getattr(jnc.load(directory), collection) == ()
        except jnc.DanglingReferenceError as error:
            assert all(problem.kind == "dangling-reference" and problem.path for problem in error.problems)  # noqa: PT017
        return
    refused(directory, name)


def _surrogate(value):
    record = _first(value)
    key = next(key for key, item in record.items() if isinstance(item, str) and key not in {"id", "sha256"})
    record[key] = "before \ud800 after"
    return value


# Classes of bad values, each rewriting a file's parsed value; the file is written back in its format.
VALUES = {
    "lone-surrogate": _surrogate,
    "unknown-field": lambda value: _first(value).update(colour="red") or value,
    "unknown-nested-field": lambda value: (
        next((item.update(colour="red") for item in _nested_objects(_first(value))), None) or value
    ),
    "null-record": lambda value: _replace_first(value, None),
    "string-record": lambda value: _replace_first(value, "record"),
    "array-record": lambda value: _replace_first(value, [_first(value)]),
    "empty-record": lambda value: _replace_first(value, {}),
    "root-of-the-wrong-kind": lambda value: {"records": value} if isinstance(value, list) else [value],
    "huge-integer": lambda value: _first(value).update(id=10**400) or value,
    "float-for-everything": lambda value: dict.fromkeys(_first(value), 1.5) and _fill(value, 1.5),
    "id-with-nul": lambda value: _first(value).update(id="abe\x00") or value,
}


def _nested_objects(record):
    for item in record.values():
        if isinstance(item, dict):
            yield item
        if isinstance(item, list):
            yield from (part for part in item if isinstance(part, dict))


def _replace_first(value, new):
    if isinstance(value, dict):
        value["documents"][0] = new
    else:
        value[0] = new
    return value


def _fill(value, new):
    record = _first(value)
    for key in record:
        record[key] = new
    return value


def _value_applies(damage, name):
    """Whether ``damage`` changes the file: it has a record, and (for a root) a root to change."""
    if name.endswith(".jsonl") and damage == "root-of-the-wrong-kind":
        return False  # a JSON Lines file has no root, only lines
    value = _parsed(saved_files()[name], name)
    if not (value["documents"] if isinstance(value, dict) else value):
        return False
    return VALUES[damage](_parsed(saved_files()[name], name)) != value


VALUES_CASES = _pairs(VALUES, ALL_FILES, _value_applies)


@pytest.mark.parametrize(("damage", "name"), VALUES_CASES)
def test_bad_values_in_any_file(fresh, name, damage):
    directory = fresh(name)
    before = _value(directory, name)
    changed = VALUES[damage](_value(directory, name))
    assert changed != before
    if damage == "lone-surrogate":
        text = json.dumps(changed, ensure_ascii=True)  # the surrogate escaped, as JSON allows
        if name.endswith(".jsonl"):
            text = "".join(json.dumps(item, ensure_ascii=True) + "\n" for item in changed)
        (directory / name).write_text(text, encoding="ascii")
    else:
        _write(directory, name, changed)
    refused(directory, name)


def _number(text, literal):
    """``text`` with its first integer value, of any key, written as ``literal``."""
    return re.sub(r'("[a-z_]+": ?)\d+\b', lambda match: match[1] + literal, text, count=1)


TEXTS = {
    "duplicate-key": lambda text: text.replace('"id":', '"id": "x", "id":', 1),
    "duplicate-key-nested": lambda text: text.replace('"start":', '"start": 0, "start":', 1),
    "nan": lambda text: _number(text, "NaN"),
    "infinity": lambda text: text.replace('"end": ', '"end": -Infinity, "x": ', 1).replace(
        '"end":', '"end":Infinity,"x":', 1
    ),
    "number-of-5000-digits": lambda text: _number(text, "9" * 5000),
    "float-past-the-double-range": lambda text: _number(text, "1e999"),
    "single-quotes": lambda text: text.replace('"', "'", 4),
    "trailing-comma": lambda text: text.rstrip().rstrip("]}") + ",]",
    "comment": lambda text: "// a comment\n" + text,
}


TEXTS_CASES = _pairs(
    TEXTS,
    ["manifest.json", "events.json", "articles.json", "events.jsonl", "quotes.jsonl"],
    lambda damage, name: TEXTS[damage](saved_files()[name].decode()) != saved_files()[name].decode(),
)


@pytest.mark.parametrize(
    ("cases", "damages"),
    [(BYTES_CASES, BYTES), (VALUES_CASES, VALUES), (TEXTS_CASES, TEXTS)],
    ids=["bytes", "values", "texts"],
)
def test_every_class_of_damage_applies_to_some_file(cases, damages):
    applied = {damage for damage, _ in cases}
    assert applied == set(damages), set(damages) - applied


@pytest.mark.parametrize(("damage", "name"), TEXTS_CASES)
def test_bad_json_text(fresh, name, damage):
    directory = fresh(name)
    text = _read(directory, name).decode()
    changed = TEXTS[damage](text)
    assert changed != text
    (directory / name).write_text(changed, encoding="utf-8")
    refused(directory, name)


@pytest.mark.parametrize("name", [name for name in ALL_FILES if name != "manifest.json"])
def test_deep_nesting(fresh, name):
    directory = fresh(name)
    deep = "[" * 200_000 + "]" * 200_000
    if name.endswith(".jsonl"):
        (directory / name).write_text(deep + "\n", encoding="utf-8")
    else:
        (directory / name).write_text(deep, encoding="utf-8")
    # How deep the parser gave up is not known: the file is named, with no line.
    error = refused(directory, name, located=name.endswith(".jsonl"))
    assert "nested too deeply" in str(error)


@pytest.mark.parametrize(
    "name", ["events.json", "events.jsonl", "actors.json", "actors.jsonl", "quotes.jsonl"]
)
def test_duplicate_ids(fresh, name):
    directory = fresh(name)
    value = _value(directory, name)
    _write(directory, name, [*value, value[0]])
    refused(directory, name)


def test_duplicate_document_ids(fresh):
    directory = fresh("manifest.json")
    value = _value(directory, "manifest.json")
    value["documents"].append(value["documents"][0])
    _write(directory, "manifest.json", value)
    refused(directory, "manifest.json")


DANGLING = {
    "events.json": lambda record: record.update(place="atlantis"),
    "events.jsonl": lambda record: record["participants"].append({"actor": "nobody", "role": "agent"}),
    "quotes.jsonl": lambda record: record.update(event="no-such-event"),
    "agreements.json": lambda record: record.update(parties=["nobody"]),
    "actors.jsonl": lambda record: record.update(aliases=[{"name": "X", "used_by": ["no-such-actor"]}]),
}


@pytest.mark.parametrize("name", sorted(DANGLING))
def test_dangling_references(fresh, name):
    directory = fresh(name)
    value = _value(directory, name)
    record = next(item for item in value if "participants" in item) if name == "events.jsonl" else value[0]
    DANGLING[name](record)
    _write(directory, name, value)
    refused(directory, name)


@pytest.mark.parametrize("name", ["events.json", "quotes.jsonl", "agreements.json"])
def test_evidence_that_is_not_the_text(fresh, name):
    directory = fresh(name)
    value = _value(directory, name)
    evidence = value[0]["evidence"]
    first = evidence if isinstance(evidence, dict) else evidence[0]
    first["quote"] = "x" * (first["end"] - first["start"])
    _write(directory, name, value)
    refused(directory, name)


@pytest.mark.parametrize("name", ["events.json", "events.jsonl"])
@pytest.mark.parametrize("start", [-1, 10**30])
def test_evidence_past_either_end(fresh, name, start):
    directory = fresh(name)
    value = _value(directory, name)
    evidence = value[0]["evidence"][0]
    evidence["start"], evidence["end"] = start, start + len(evidence["quote"])
    _write(directory, name, value)
    refused(directory, name)


def _document(directory):
    manifest = _value(directory, "manifest.json")
    return (
        manifest,
        manifest["documents"][0],
        directory / "documents" / f"{manifest['documents'][0]['id']}.txt",
    )


DOCUMENT_DAMAGE = {
    "crlf": lambda raw: raw.replace(b"\n", b"\r\n"),
    "bom": lambda raw: b"\xef\xbb\xbf" + raw,
    "nul": lambda raw: raw[:10] + b"\x00" + raw[11:],
    "invalid-utf8": lambda raw: raw[:10] + b"\xff" + raw[11:],
    "truncated": lambda raw: raw[:100],
    "empty": lambda _: b"",
}


@pytest.mark.parametrize("rehash", [False, True], ids=["hash-kept", "hash-updated"])
@pytest.mark.parametrize("damage", sorted(DOCUMENT_DAMAGE))
def test_a_changed_document(fresh, damage, rehash):
    directory = fresh("x.json")
    manifest, document, path = _document(directory)
    changed = DOCUMENT_DAMAGE[damage](path.read_bytes())
    path.write_bytes(changed)
    if rehash:
        document["sha256"] = hashlib.sha256(changed).hexdigest()
        _write(directory, "manifest.json", manifest)
    error = refused(directory, "manifest.json" if not rehash else "", located=False)
    # The document, or the article whose spans its text no longer holds.
    assert path.name in str(error) or document["id"] in str(error) or "articles.json $[0]" in str(error)


def test_a_missing_document(fresh):
    directory = fresh("x.json")
    path = _document(directory)[2]
    path.unlink()
    refused(directory, path.name, located=False)


def test_mixed_line_ends_in_json_lines_read_the_same(fresh, saved):
    directory = fresh("events.jsonl")
    lines = _read(directory, "events.jsonl").split(b"\n")
    mixed = b"".join(line + (b"\r\n" if index % 2 else b"\n") for index, line in enumerate(lines[:-1]))
    (directory / "events.jsonl").write_bytes(mixed)
    assert jnc.load(saved / "jsonl").events == jnc.load(directory).events


@pytest.mark.parametrize("name", ["events.jsonl", "agreements.json"])
def test_a_very_long_id_reads_whole_or_what_named_the_old_one_is_refused(fresh, name):
    directory = fresh(name)
    value = _value(directory, name)
    value[0]["id"] = "a" * 100_000
    _write(directory, name, value)
    try:
        corpus = jnc.load(directory)
    except jnc.DanglingReferenceError as error:
        assert all(problem.path for problem in error.problems)  # noqa: PT017
    else:
        assert getattr(corpus, name.split(".")[0])[0].id == "a" * 100_000


def test_a_very_long_line_reads(fresh):
    directory = fresh("events.jsonl")
    value = _value(directory, "events.jsonl")
    value[0]["plover_mode"] = "a" + "-a" * 1_000_000
    _write(directory, "events.jsonl", value)
    assert jnc.load(directory).events[0].plover_mode == value[0]["plover_mode"]


def test_a_very_long_bad_line_names_its_line(fresh):
    directory = fresh("events.jsonl")
    lines = _read(directory, "events.jsonl").split(b"\n")
    lines[2] = b'{"id": "' + b"x" * 5_000_000
    (directory / "events.jsonl").write_bytes(b"\n".join(lines))
    error = refused(directory, "events.jsonl")
    assert any(problem.path.startswith("line 3") for problem in as_problems(error))


def test_both_forms_of_one_collection(fresh, saved):
    directory = fresh("events.jsonl")
    shutil.copy(saved / "json" / "events.json", directory / "events.json")
    refused(directory, "events", located=False)


@pytest.mark.parametrize("name", ["manifest.json", "events.json", "articles.json", "documents"])
def test_a_directory_in_place_of_a_file(fresh, name):
    directory = fresh("x.json")
    target = directory / name
    if name == "documents":
        _, _, path = _document(directory)
        path.unlink()
        path.mkdir()
        refused(directory, path.name, located=False)
        return
    target.unlink()
    target.mkdir()
    refused(directory, name, located=False)


@pytest.mark.parametrize("name", ["manifest.json", "events.json", "events.jsonl", "document"])
@pytest.mark.parametrize("link", ["outside", "dangling", "loop", "to-a-directory"])
def test_symlinks_in_place_of_files(fresh, tmp_path, name, link):
    directory = fresh(name)
    if name == "document":
        _, _, target = _document(directory)
    else:
        target = directory / name
    outside = tmp_path / "outside.json"
    outside.write_bytes(target.read_bytes())
    target.unlink()
    if link == "outside":
        target.symlink_to(outside)
    elif link == "dangling":
        target.symlink_to(directory / "nowhere.json")
    elif link == "loop":
        target.symlink_to(target)
    else:
        target.symlink_to(directory)
    refused(directory, target.name, located=False)


def test_a_fifo_in_place_of_a_file(fresh):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    directory = fresh("events.json")
    (directory / "events.json").unlink()
    os.mkfifo(directory / "events.json")
    refused(directory, "events.json", located=False)


@pytest.mark.parametrize("name", ["manifest.json", "events.json", "events.jsonl", "document"])
def test_a_file_that_may_not_be_read(fresh, monkeypatch, name):
    directory = fresh(name)
    target = (_document(directory)[2] if name == "document" else directory / name).resolve()
    opened = []
    open_ = pathlib.Path.open

    def refusing_open(path, *args, **kwargs):
        # What the system answers a reader the file's mode leaves out, for this one file, at the
        # open the loader reads every file through; the test runs as any user, root too.
        if pathlib.Path(path).resolve() == target:
            opened.append(path)
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return open_(path, *args, **kwargs)

    @contextlib.contextmanager
    def denied():
        with monkeypatch.context() as patch:
            patch.setattr(pathlib.Path, "open", refusing_open)
            yield

    error = refused(directory, target.name, located=False, reading=denied)
    assert opened  # the loader met the refusal, and did not skip the file
    assert any(
        problem.kind == jnc.UnreadableFileError.kind and target.name in problem.file
        for problem in as_problems(error)
    ), error
    assert "Permission denied" in str(error)


def test_a_stray_file(fresh):
    directory = fresh("x.json")
    (directory / "event.json").write_text("[]", encoding="utf-8")
    refused(directory, "event.json", located=False)


class TestBundled:
    """The bundled corpus's files, damaged: each collection raises our error on its first access."""

    @pytest.fixture(name="bundled_copy")
    def fixture_bundled_copy(self, tmp_path, monkeypatch):
        copy = tmp_path / "data"
        shutil.copytree(storage.BUNDLED, copy)
        monkeypatch.setattr(storage, "BUNDLED", copy)
        storage._bundled.cache_clear()
        yield copy
        monkeypatch.undo()
        storage._bundled.cache_clear()

    @pytest.mark.parametrize(
        "name", ["events.json", "actors.json", "quotes.json", "agreements.json", "articles.json"]
    )
    @pytest.mark.parametrize("damage", ["truncated", "bom", "invalid-utf8", "duplicate-key", "wrong-type"])
    def test_a_damaged_collection(self, bundled_copy, name, damage):
        path = bundled_copy / name
        raw = path.read_bytes()
        if damage in BYTES:
            changed = BYTES[damage](raw)
        elif damage == "duplicate-key":
            changed = raw.replace(b'"id":', b'"id": "x", "id":', 1)
        else:
            value = json.loads(raw)
            value[0]["id"] = 5
            changed = json.dumps(value).encode()
        path.write_bytes(changed)
        corpus = jnc.load()
        with pytest.raises(CorpusError) as caught:
            getattr(corpus, name.removesuffix(".json"))
        assert any(name in problem.file for problem in as_problems(caught.value))
        # Nothing half-read is kept: the next access raises again.
        with pytest.raises(CorpusError):
            getattr(corpus, name.removesuffix(".json"))

    def test_a_damaged_manifest(self, bundled_copy):
        (bundled_copy / "manifest.json").write_bytes(b'{"corpus_version": ')
        with pytest.raises(CorpusError) as caught:
            jnc.load()
        assert "manifest.json" in str(caught.value)


# The converter's readers, given text.
CONVERTER_TEXTS = {
    "bom": '\ufeff{"id": "x"}',
    "nul": '{"id": "a\x00b"}',
    "lone-surrogate": '{"id": "\\udc00"}',
    "lone-surrogate-in-a-key": '{"\\ud800": 1}',
    "truncated": '{"id": "x", ',
    "nan": '{"id": NaN}',
    "infinity": '{"id": -Infinity}',
    "duplicate-key": '{"id": "a", "id": "b"}',
    "huge-number": '{"id": ' + "1" * 5000 + "}",
    "deep": "[" * 100_000 + "]" * 100_000,
    "deep-objects": '{"a":' * 50_000 + "1" + "}" * 50_000,
    "empty": "",
    "white-space": " \t ",
    "not-an-object": "[1, 2]",
    "two-documents": '{"id": "a"} {"id": "b"}',
    "unknown-field": '{"colour": "red"}',
}

CLASSES = [Event, Actor, Agreement, Quote, Article, Manifest, tuple[Event, ...]]


@pytest.mark.parametrize("cls", CLASSES, ids=str)
@pytest.mark.parametrize("name", sorted(CONVERTER_TEXTS))
def test_the_converter_readers_refuse_bad_text(cls, name):
    text = CONVERTER_TEXTS[name]
    for reader in (converter.loads, converter.loads_lines):
        for given_ in (text, text.encode("utf-8", "surrogatepass")):
            if reader is converter.loads_lines and name in {"empty", "white-space"}:
                assert converter.loads_lines(given_, cls) == ()  # no line, no record
                continue
            if reader is converter.loads_lines and name == "not-an-object" and cls == tuple[Event, ...]:
                continue  # a line holding an array of events: refused below with the rest
            with pytest.raises(CorpusError) as caught:
                reader(given_, cls, source="input.json")
            assert all(problem.file == "input.json" for problem in as_problems(caught.value))


@pytest.mark.parametrize("value", [None, 5, "x", [], {}, {"id": []}, [{"id": {}}], float("nan")], ids=repr)
@pytest.mark.parametrize("cls", CLASSES, ids=str)
def test_structure_refuses_wrong_types_with_our_error(cls, value):
    if cls == tuple[Event, ...] and value == []:
        assert converter.structure(value, cls) == ()
        return
    with pytest.raises(CorpusError):
        converter.structure(value, cls, source="values")


# Hypothesis: arbitrary bytes, and valid files with bytes spliced in.
SPLICED = st.tuples(st.binary(max_size=12), st.floats(0, 1), st.integers(0, 8))


def _splice(raw, splice):
    inserted, where, cut = splice
    at = int(where * len(raw))
    return raw[:at] + inserted + raw[at + cut :]


@settings(max_examples=examples(200), suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.binary(max_size=200), cls=st.sampled_from(CLASSES))
def test_arbitrary_bytes_to_the_converter_give_records_or_our_error(raw, cls):
    for reader in (converter.loads, converter.loads_lines):
        with contextlib.suppress(CorpusError):
            reader(raw, cls)


@settings(
    max_examples=examples(100),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    name=st.sampled_from([*ALL_FILES, "document"]),
    splice=SPLICED,
    whole=st.booleans(),
    raw=st.binary(max_size=64),
)
def test_arbitrary_bytes_in_a_corpus_file_give_a_corpus_or_our_error(  # noqa: PLR0913, PLR0917 - drawn values
    saved, tmp_path_factory, name, splice, whole, raw
):
    kind = "jsonl" if name.endswith(".jsonl") else "json"
    directory = tmp_path_factory.mktemp("spliced") / "corpus"
    shutil.copytree(saved / kind, directory)
    target = _document(directory)[2] if name == "document" else directory / name
    target.write_bytes(raw if whole else _splice(target.read_bytes(), splice))
    before = _snapshot(directory)
    try:
        corpus = jnc.load(directory)
    except CorpusError as error:
        assert as_problems(error)  # noqa: PT017 - a load that fails is an outcome, as one that returns
        assert problems_in(directory)
    else:
        assert jnc.check(corpus) == []
        assert problems_in(directory) == []
    assert before == _snapshot(directory)
