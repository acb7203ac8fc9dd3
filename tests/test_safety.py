"""Safety: no network, no code run from data, nothing written on load, immutable results."""

import ast
import datetime as dt
import enum
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import japan_nato_corpus as jnc
from budget import examples
from japan_nato_corpus import storage
from japan_nato_corpus import strategies as jst
from japan_nato_corpus.storage import BUNDLED

PACKAGE = Path(jnc.__file__).parent


class NetworkUsedError(AssertionError):
    """Raised by the blocked socket functions."""


@pytest.fixture(name="no_network")
def fixture_no_network(monkeypatch):
    """Every way to open a connection or resolve a name raises."""

    def refuse(*args, **_):
        raise NetworkUsedError(args)

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)


class TestNoNetwork:
    """Loading and parsing work with every socket blocked."""

    @pytest.mark.usefixtures("no_network")
    def test_the_block_holds(self):
        with pytest.raises(NetworkUsedError):
            socket.create_connection(("example.invalid", 80))

    @pytest.mark.usefixtures("no_network")
    def test_bundled_corpus_loads_afresh(self):
        # A fresh, uncached read: the cached corpus may have been read before the block.
        corpus = storage._bundled.__wrapped__()
        assert len(corpus.articles) == 5
        assert jnc.check(corpus) == []
        assert isinstance(corpus.mentions, tuple)

    @pytest.mark.usefixtures("no_network")
    def test_user_corpus_loads(self, tmp_path):
        jnc.save(jnc.load(), tmp_path, jsonl=True)
        assert jnc.load() == jnc.load(tmp_path)

    @pytest.mark.usefixtures("no_network")
    def test_articles_parse(self):
        for document in jnc.load().manifest.documents:
            text = (BUNDLED / document.path).read_text(encoding="utf-8")
            assert text == jnc.parse_article(text, id=document.id).text

    def test_a_fresh_interpreter_touches_no_network_process_or_pickle(self, tmp_path):
        # Audit hooks see what monkeypatching cannot: C-level sockets, subprocesses, unpickling,
        # and files opened for writing. They cannot be removed, hence the separate interpreter.
        # Only calls through ctypes count: dateutil imports ctypes (and so dlopens the
        # interpreter itself) on every platform, for its Windows time zones.
        code = textwrap.dedent(
            f"""
            import sys
            seen = []
            watched = ("socket.", "subprocess.", "os.system", "os.exec", "os.posix_spawn",
                       "os.fork", "pickle.", "urllib.", "http.", "ctypes.call_function",
                       "webbrowser.")
            def hook(event, args):
                if event.startswith(watched):
                    seen.append(event)
                elif event == "open" and isinstance(args[1], str) and set(args[1]) & set("wax+"):
                    seen.append(f"open for writing: {{args[0]}}")
            sys.addaudithook(hook)
            import japan_nato_corpus as jnc
            corpus = jnc.load()
            assert len(corpus.articles) == 5 and jnc.check(corpus) == []
            corpus.mentions
            jnc.parse_article(corpus.articles[0].text)
            assert jnc.load({str(tmp_path / "corpus")!r}) == corpus
            assert not seen, seen
            """
        )
        jnc.save(jnc.load(), tmp_path / "corpus")
        subprocess.run([sys.executable, "-c", code], check=True)


class TestNoCodeFromData:
    """The package never runs, unpickles or fetches what it reads."""

    BANNED_CALLS = frozenset({"eval", "exec", "compile", "__import__", "loads_unsafe"})
    BANNED_MODULES = frozenset(
        {
            "pickle",
            "marshal",
            "shelve",
            "yaml",
            "dill",
            "socket",
            "urllib",
            "http",
            "ftplib",
            "requests",
            "subprocess",
            "ctypes",
        }
    )

    # The record builders are compiled, as attrs' and cattrs' are, from a class's fields alone;
    # tests/test_loading_checks.py checks that their source holds no value read from data.
    GENERATES_CODE = frozenset({("_checked.py", "compile"), ("_checked.py", "exec")})

    @pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
    def test_module_uses_nothing_unsafe(self, path):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                if (path.name, node.func.id) in self.GENERATES_CODE:
                    continue
                assert node.func.id not in self.BANNED_CALLS, (path.name, node.lineno)
            if isinstance(node, ast.Import):
                assert not self.BANNED_MODULES & {a.name.split(".")[0] for a in node.names}, path.name
            if isinstance(node, ast.ImportFrom) and node.module:
                assert node.module.split(".")[0] not in self.BANNED_MODULES, (path.name, node.lineno)


def _mutable_parts(value, path="$"):
    """JSON paths of every list, dict or set reachable from a record."""
    if isinstance(value, (list, dict, set, bytearray)):
        yield path
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _mutable_parts(item, f"{path}[{index}]")
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _mutable_parts(getattr(value, field.name), f"{path}.{field.name}")
    else:
        assert isinstance(value, (str, int, enum.Enum, dt.date, dt.datetime, type(None))), (path, value)


class TestImmutable:
    """Nothing load() returns can change the cached bundled corpus."""

    def test_records_refuse_assignment(self):
        corpus = jnc.load()
        article = corpus.articles[0]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            article.text = "changed"  # type: ignore[misc]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            article.title.text = "changed"  # type: ignore[misc, union-attr]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            corpus.manifest.documents[0].sha256 = "0" * 64  # type: ignore[misc]
        with pytest.raises(AttributeError):
            article.note = "new"  # type: ignore[attr-defined]

    def test_collections_refuse_assignment(self):
        articles = jnc.load().articles
        with pytest.raises(TypeError):
            articles[0] = articles[1]  # type: ignore[index]
        with pytest.raises(TypeError):
            del articles[0]  # type: ignore[attr-defined]
        with pytest.raises(AttributeError):
            articles.ids = ()  # type: ignore[misc]
        with pytest.raises(AttributeError):
            articles.extra = ()  # type: ignore[attr-defined]
        with pytest.raises(TypeError):
            articles.ids[0] = "changed"  # type: ignore[index]
        with pytest.raises(TypeError):
            articles[0].paragraphs[0] = articles[0].paragraphs[1]  # type: ignore[index]

    def test_the_corpus_refuses_assignment_to_its_collections(self):
        corpus = jnc.load()
        for name in ("manifest", "articles", "actors", "events", "agreements", "mentions", "version"):
            with pytest.raises(AttributeError):
                setattr(corpus, name, ())
            with pytest.raises(AttributeError):
                delattr(corpus, name)
        with pytest.raises(AttributeError):
            corpus.extra = ()  # type: ignore[attr-defined]
        assert len(jnc.load().articles) == 5

    def test_bundled_records_hold_no_mutable_part(self):
        corpus = jnc.load()
        for record in (corpus.manifest, *corpus.articles, *corpus.mentions):
            assert list(_mutable_parts(record)) == []

    @settings(max_examples=examples(25))  # whole corpora are slow to draw; the bundled one is checked above
    @given(jst.corpora())
    def test_generated_records_hold_no_mutable_part(self, corpus):
        records = (corpus.manifest, *corpus.articles, *corpus.actors, *corpus.events, *corpus.agreements)
        for record in records:
            assert list(_mutable_parts(record)) == []


class TestHostileText:
    """The parser turns any text into an article or a ParseError, never another exception."""

    HOSTILE = (
        "",
        "\n" * 10_000,
        " \t\r\n\ufeff\u200b" * 2_000,
        "a" * 200_000,
        ("word " * 50 + "\n") * 2_000,
        "\x00\x01\x02 binary \x7f\n" * 100,
        "\u202e\u0645\u0631\u062d\u0628\u0627 \U0001f600\u0301\u0301\n" * 500,
        "By By By By " * 5_000,
        "Jan. 1, " * 5_000,
        ("<p>" * 1_000) + ("</p>" * 1_000),
    )

    @pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
    def test_hostile_text(self, text):
        try:
            article = jnc.parse_article(text)
        except jnc.ParseError:
            return
        assert text == article.text

    @given(st.text())
    def test_any_text(self, text):
        try:
            article = jnc.parse_article(text)
        except jnc.ParseError:
            return
        assert text == article.text
