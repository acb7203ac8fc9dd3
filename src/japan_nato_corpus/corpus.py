"""The :class:`Corpus`: a corpus's collections, and what is derived from them once.

The collections themselves (:class:`~japan_nato_corpus.records.Events`,
:class:`~japan_nato_corpus.records.Actors` ...) live in
:mod:`japan_nato_corpus.records`; they are importable from here too.
"""

import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import attrs

from japan_nato_corpus.records import Actors, Agreements, Articles, DateBound, Events, Records

if TYPE_CHECKING:
    from japan_nato_corpus.model import Actor, Agreement, Article, Event, Manifest, Mention
    from japan_nato_corpus.query import Hit

__all__ = ["Actors", "Agreements", "Articles", "Corpus", "DateBound", "Events", "Records"]


class _Contents:
    """A corpus's collections, and what is derived from them once."""

    __slots__ = ("actors", "agreements", "articles", "events", "lock", "manifest", "memo")

    def __init__(
        self,
        manifest: "Manifest",
        articles: Iterable["Article"],
        actors: Iterable["Actor"],
        events: Iterable["Event"],
        agreements: Iterable["Agreement"],
    ) -> None:
        self.manifest = manifest
        self.articles = Articles(articles)
        self.actors = Actors(actors)
        self.events = Events(events)
        self.agreements = Agreements(agreements)
        for collection in (self.articles, self.actors, self.events, self.agreements):
            collection._scope = self  # noqa: SLF001 - the collections' own module
        self.memo: dict[str, Any] = {}
        # Re-entrant: one derived value may need another (mentions, then who is mentioned where).
        self.lock = threading.RLock()

    def _key(self) -> tuple[object, ...]:
        return (self.manifest, self.articles, self.actors, self.events, self.agreements)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Contents) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def once(self, name: str, build: Callable[[], Any]) -> Any:  # noqa: ANN401
        """``build()``, computed on the first call for ``name`` and kept."""
        if name not in self.memo:
            with self.lock:
                if name not in self.memo:
                    self.memo[name] = build()
        return self.memo[name]


class Corpus:
    """Articles, actors, events and agreements, with lookup by id and queries.

    Get one from :func:`japan_nato_corpus.load`, or build one from records.
    A corpus is immutable: its collections are immutable sequences, and setting
    an attribute raises :class:`attrs.exceptions.FrozenInstanceError`.

    The bundled corpus is read lazily, as pycountry reads its databases:
    :func:`~japan_nato_corpus.load` checks every document's hash at once, and
    the records are read, checked and cached on first access to any collection.

    Args:
        manifest: What documents the corpus holds and where they came from.
        articles: The parsed documents.
        actors: People, organisations, states, places and groups.
        events: Dated events the documents report.
        agreements: Agreements, programmes, declarations and joint statements.
    """

    __slots__ = ("_contents", "_lock", "_read")
    _contents: _Contents | None
    _lock: threading.Lock
    _read: Callable[[], "Corpus"] | None

    def __init__(
        self,
        *,
        manifest: "Manifest",
        articles: Iterable["Article"] = (),
        actors: Iterable["Actor"] = (),
        events: Iterable["Event"] = (),
        agreements: Iterable["Agreement"] = (),
    ) -> None:
        contents = _Contents(manifest, articles, actors, events, agreements)
        object.__setattr__(self, "_contents", contents)
        object.__setattr__(self, "_read", None)
        object.__setattr__(self, "_lock", threading.Lock())

    @classmethod
    def deferred(cls, read: Callable[[], "Corpus"]) -> "Corpus":
        """A corpus whose records ``read()`` returns on first access, once, under a lock."""
        corpus = object.__new__(cls)
        object.__setattr__(corpus, "_contents", None)
        object.__setattr__(corpus, "_read", read)
        object.__setattr__(corpus, "_lock", threading.Lock())
        return corpus

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def _get(self) -> _Contents:
        contents: _Contents | None = self._contents
        if contents is None:
            with self._lock:
                if self._contents is None:
                    assert self._read is not None  # noqa: S101 - set whenever _contents is not
                    object.__setattr__(self, "_contents", self._read()._get())  # noqa: SLF001
                    object.__setattr__(self, "_read", None)
                contents = self._contents
            assert contents is not None  # noqa: S101 - just set
        return contents

    @property
    def manifest(self) -> "Manifest":
        """What documents the corpus holds and where they came from."""
        return self._get().manifest

    @property
    def articles(self) -> Articles:
        """The parsed documents."""
        return self._get().articles

    @property
    def actors(self) -> Actors:
        """People, organisations, states, places and groups."""
        return self._get().actors

    @property
    def events(self) -> Events:
        """Dated events the documents report."""
        return self._get().events

    @property
    def agreements(self) -> Agreements:
        """Agreements, programmes, declarations and joint statements."""
        return self._get().agreements

    @property
    def mentions(self) -> tuple["Mention", ...]:
        """Every mention of every actor in every article, by article then text order.

        Found with :func:`japan_nato_corpus.mentions.find_mentions` on first access.
        """
        from japan_nato_corpus import query  # noqa: PLC0415

        return query.mentions_in(self._get())

    def actors_in(self, article: "str | Article") -> Actors:
        """The actors an article names, in order of first mention.

        Args:
            article: The id of one of the corpus's articles (its mentions are
                :attr:`mentions`), or any :class:`~japan_nato_corpus.model.Article`,
                such as one from :func:`~japan_nato_corpus.parse_article`, whose
                text is searched for the corpus's actors with
                :func:`~japan_nato_corpus.mentions.find_mentions`.

        Raises:
            UnknownIdError: ``article`` is an id no article of the corpus has.
        """
        from japan_nato_corpus.mentions import find_mentions  # noqa: PLC0415

        contents = self._get()
        if isinstance(article, str):
            id = contents.articles[article].id
            found: Iterable[Mention] = (m for m in self.mentions if m.document == id)
        else:
            found = find_mentions(article.text, contents.actors)
        return contents.actors._derive(  # noqa: SLF001 - the collections' own package
            contents.actors[actor] for actor in dict.fromkeys(m.actor for m in found)
        )

    @property
    def version(self) -> str:
        """The version of the data (:attr:`Manifest.corpus_version`)."""
        return self.manifest.corpus_version

    def timeline(self) -> Events:
        """The events in chronological order; see :meth:`Events.timeline`."""
        return self.events.timeline()

    def search(
        self, phrase: str, *, context: int = 40, case_sensitive: bool = False, scope: str = "body"
    ) -> tuple["Hit", ...]:
        """Every place the articles say ``phrase``, with its context (a concordance).

        ``phrase`` matches as whole words: its words (runs of letters, digits and
        ``_``) must stand as consecutive words of one paragraph, whatever
        punctuation or spaces lie between them, so ``"Japan-NATO"`` also finds
        ``"Japan NATO"``. Hits come by article order, then by position.

        Example::

            for hit in corpus.search("piracy"):
                print(hit.document, hit.left, hit.text, hit.right)

        Args:
            phrase: One or more words.
            context: How many characters of text to give on each side.
            case_sensitive: Match the words' case exactly.
            scope: ``"body"`` searches each article's paragraphs; ``"text"`` the
                whole raw text (headlines, bylines, comments, boilerplate too).

        Raises:
            ParseError: ``phrase`` holds no word, or ``scope`` is unknown.
        """
        from japan_nato_corpus import query  # noqa: PLC0415

        return query.search(self._get(), phrase, context=context, case_sensitive=case_sensitive, scope=scope)

    def cooccurrence(self, *, scope: str = "sentence") -> dict[tuple[str, str], int]:
        """How many sentences (paragraphs, articles) mention each pair of actors.

        Counts come from :attr:`mentions`: each unit where two different actors
        are both mentioned adds one to their pair. Pairs are ``(a, b)`` with
        ``a < b``; the dict is in pair order. Sentences end after ``.``, ``!`` or
        ``?`` followed by white space, and at line breaks; mentions outside every
        paragraph count for no paragraph.

        Args:
            scope: ``"sentence"``, ``"paragraph"`` or ``"article"``.

        Raises:
            ParseError: ``scope`` is unknown.
        """
        from japan_nato_corpus import query  # noqa: PLC0415

        return query.cooccurrence(self._get(), self.mentions, scope=scope)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Corpus):
            return NotImplemented
        return self._get() == other._get()

    def __hash__(self) -> int:
        return hash(self._get())

    def __repr__(self) -> str:
        return (
            f"<Corpus {self.version}: {len(self.articles)} articles, {len(self.actors)} actors, "
            f"{len(self.events)} events, {len(self.agreements)} agreements>"
        )
