"""The :class:`Corpus`: a corpus's manifest and its collections, bound in one scope.

The collections themselves (:class:`~japan_nato_corpus.records.Events`,
:class:`~japan_nato_corpus.records.Actors` ...) live in
:mod:`japan_nato_corpus.records`; they are importable from here too.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import attrs

from japan_nato_corpus import model as _model
from japan_nato_corpus._lazy import LazyModule
from japan_nato_corpus.errors import ArgumentTypeError
from japan_nato_corpus.records import (
    Actors,
    Agreements,
    Articles,
    DateBound,
    Events,
    Quotes,
    Records,
    Scope,
    records_of,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from japan_nato_corpus import mentions as _mentions
    from japan_nato_corpus.model import Actor, Agreement, Article, Event, Manifest, Mention, Quote
    from japan_nato_corpus.search import Hit
else:
    # Name matching in running text, for an article given from outside the corpus.
    _mentions = LazyModule("japan_nato_corpus.mentions")

__all__ = ["Actors", "Agreements", "Articles", "Corpus", "DateBound", "Events", "Quotes", "Records"]


class Corpus:
    """Articles, actors, events, agreements and quotes, with lookup by id and queries.

    Get one from :func:`japan_nato_corpus.load`, or build one from records.
    A corpus is immutable: its collections are immutable sequences, and setting
    an attribute raises :class:`attrs.exceptions.FrozenInstanceError`.

    The bundled corpus is read lazily, as pycountry reads its databases:
    :func:`~japan_nato_corpus.load` reads its manifest, and each collection is
    read, checked and cached on its own first access (the articles after every
    document's hash is checked).

    Args:
        manifest: What documents the corpus holds and where they came from.
        articles: The parsed documents.
        actors: People, organisations, states, places and groups.
        events: Dated events the documents report.
        agreements: Agreements, programmes, declarations and joint statements.
        quotes: Quoted words, who said them, and where they stand.
    """

    __slots__ = ("_lock", "_manifest", "_read", "_scope")
    _manifest: Manifest | None
    _scope: Scope | None
    _lock: threading.Lock
    _read: Callable[[], Corpus] | None

    def __init__(  # noqa: PLR0913 - one argument per collection
        self,
        *,
        manifest: Manifest,
        articles: Iterable[Article] = (),
        actors: Iterable[Actor] = (),
        events: Iterable[Event] = (),
        agreements: Iterable[Agreement] = (),
        quotes: Iterable[Quote] = (),
    ) -> None:
        given: object = manifest  # as typed for callers; checked for those who pass anything
        if not isinstance(given, _model.Manifest):
            msg = f"manifest must be a Manifest, got {type(given).__name__} {given!r:.40}"
            raise ArgumentTypeError("manifest", given, message=msg)
        scope = Scope(
            records_of(Articles, articles, "articles"),
            records_of(Actors, actors, "actors"),
            records_of(Events, events, "events"),
            records_of(Agreements, agreements, "agreements"),
            records_of(Quotes, quotes, "quotes"),
        )
        object.__setattr__(self, "_manifest", manifest)
        object.__setattr__(self, "_scope", scope)
        object.__setattr__(self, "_read", None)
        object.__setattr__(self, "_lock", threading.Lock())

    @classmethod
    def deferred(cls, read: Callable[[], Corpus]) -> Corpus:
        """A corpus whose records ``read()`` returns on first access, once, under a lock."""
        corpus = object.__new__(cls)
        object.__setattr__(corpus, "_manifest", None)
        object.__setattr__(corpus, "_scope", None)
        object.__setattr__(corpus, "_read", read)
        object.__setattr__(corpus, "_lock", threading.Lock())
        return corpus

    @classmethod
    def reading(cls, manifest: Manifest, sources: Mapping[str, Callable[[], Iterable[Any]]]) -> Corpus:
        """A corpus of ``manifest`` whose collection ``name`` is ``sources[name]()``, read on first access.

        Each collection is read once, under a lock, when it or something derived
        from it (the mentions, a name lookup) is first needed.

        Args:
            manifest: What documents the corpus holds and where they came from.
            sources: A reader for each of ``"articles"``, ``"actors"``, ``"events"``,
                ``"agreements"`` and ``"quotes"``.
        """
        corpus = object.__new__(cls)
        object.__setattr__(corpus, "_manifest", manifest)
        object.__setattr__(corpus, "_scope", Scope.deferred(sources))
        object.__setattr__(corpus, "_read", None)
        object.__setattr__(corpus, "_lock", threading.Lock())
        return corpus

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def _get(self) -> tuple[Manifest, Scope]:
        manifest, scope = self._manifest, self._scope
        if manifest is None or scope is None:
            with self._lock:
                if self._scope is None:
                    assert self._read is not None  # noqa: S101 - set whenever _scope is not
                    manifest, scope = self._read()._get()  # noqa: SLF001 - another Corpus
                    object.__setattr__(self, "_manifest", manifest)
                    object.__setattr__(self, "_scope", scope)
                    object.__setattr__(self, "_read", None)
                manifest, scope = self._manifest, self._scope
            assert manifest is not None  # noqa: S101 - just set
            assert scope is not None  # noqa: S101 - just set
        return manifest, scope

    @property
    def manifest(self) -> Manifest:
        """What documents the corpus holds and where they came from."""
        return self._get()[0]

    @property
    def articles(self) -> Articles:
        """The parsed documents."""
        return self._get()[1].articles

    @property
    def actors(self) -> Actors:
        """People, organisations, states, places and groups."""
        return self._get()[1].actors

    @property
    def events(self) -> Events:
        """Dated events the documents report."""
        return self._get()[1].events

    @property
    def agreements(self) -> Agreements:
        """Agreements, programmes, declarations and joint statements."""
        return self._get()[1].agreements

    @property
    def quotes(self) -> Quotes:
        """Quoted words, who said them, and where they stand: a :class:`~japan_nato_corpus.Quotes`."""
        return self._get()[1].quotes

    @property
    def mentions(self) -> tuple[Mention, ...]:
        """Every mention of every actor in every article, by article then text order.

        Found with :func:`japan_nato_corpus.mentions.find_mentions` on first access.
        """
        return self._get()[1].mentions()

    def actors_in(self, article: str | Article) -> Actors:
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
        contents = self._get()[1]
        if isinstance(article, str):
            id = contents.articles[article].id
            found: Iterable[Mention] = (m for m in self.mentions if m.document == id)
        else:
            found = _mentions.find_mentions(article.text, contents.actors)
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
    ) -> tuple[Hit, ...]:
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
            ArgumentError: ``phrase`` holds no word, ``context`` is negative, or
                ``scope`` is unknown (the message lists the scopes).
        """
        return self._get()[1].search(phrase, context=context, case_sensitive=case_sensitive, scope=scope)

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
            ArgumentError: ``scope`` is unknown; the message lists the scopes.
        """
        return self._get()[1].cooccurrence(scope=scope)

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
