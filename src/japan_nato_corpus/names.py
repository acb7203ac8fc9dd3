"""Which actor a name stands for: the one name-matching mechanism of the package.

:meth:`Actors.find <japan_nato_corpus.records.Actors.find>`, ``resolve``,
``involving``, ``mentioning``, the command line and the mention finder all
compare names through :func:`fold` and, for names a reader types, a
:class:`NameIndex`. A name is accepted as

* an id, a full name or an alias, in any letter case, with diacritics folded
  ("Shinzō" is "Shinzo"), and hyphens, dashes, dots, commas, apostrophes and
  runs of white space ignored or taken as one space ("N.A.T.O." is "NATO",
  "the U.S." is "US", "Kim Kwan jin" is "Kim Kwan-jin");
* after any office titles and honorifics in :data:`TITLES`, with a
  :data:`QUALIFIERS` word before them ("Prime Minister Shinzo Abe", "NATO
  Secretary-General Stoltenberg", "H.E. Mr. Hayashi");
* a person's name with the family name first ("Kishida Fumio", "ISHIBA
  Shigeru") or, for a name written family name first, last;
* a person's surname alone ("Kishida"), where one actor bears it; where
  several do, :class:`~japan_nato_corpus.errors.AmbiguousNameError` names them;
* a code of :attr:`Actor.codes <japan_nato_corpus.model.Actor.codes>` (ISO
  3166-1 codes for states: "JPN", "KR").

For an unknown name, suggestions come in the order a reader expects: names
sharing a word with it ("Kishida Fumiyo" suggests "Fumio Kishida"), then
look-alikes by edit distance.
"""

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from japan_nato_corpus.errors import AmbiguousNameError, UnknownIdError
from japan_nato_corpus.model import Actor, ActorKind

__all__ = ["QUALIFIERS", "TITLES", "NameIndex", "fold", "surnames", "untitled"]

TITLES = (
    "Chairman",
    "Chancellor",
    "Chief Cabinet Secretary",
    "Defence Minister",
    "Defense Minister",
    "Deputy Secretary General",
    "Deputy Secretary of State",
    "Deputy Secretary-General",
    "Dr.",
    "Foreign Minister",
    "Foreign Secretary",
    "H.E.",
    "Minister for Foreign Affairs",
    "Minister of Defence",
    "Minister of Defense",
    "Minister of Foreign Affairs",
    "Mr.",
    "Mrs.",
    "Ms.",
    "National Defense Minister",
    "National Security Advisor",
    "PM",
    "Premier",
    "President",
    "Prime Minister",
    "Prime Minster",
    "Professor",
    "Professor Emeritus",
    "Secretary General",
    "Secretary of Defense",
    "Secretary of State",
    "Secretary-General",
    "Senior Fellow",
    "Vice President",
)
"""Office titles and honorifics that may stand before a person's name; never part of it."""

QUALIFIERS = (
    "former",
    "then",
    "Japanese",
    "Japan",
    "Japan's",
    "NATO",
    "US",
    "U.S.",
    "American",
    "British",
    "Chinese",
    "South Korean",
    "Korean",
)
"""Words that may stand before a title ("Japanese Prime Minister ..."); dropped with it."""

# Family names that a catalog writes first ("Xi Jinping", "Kim Kwan-jin"). A name
# whose first word is one of them has its surname first; every other person's
# surname is the last word.
_FAMILY_FIRST = frozenset(
    {
        "xi",
        "hu",
        "li",
        "liu",
        "lu",
        "wang",
        "wen",
        "zhou",
        "zhang",
        "deng",
        "mao",
        "kim",
        "park",
        "lee",
        "moon",
        "yoon",
        "roh",
        "chun",
    }
)

_DROPPED = re.compile(r"[.'’‘`´]")
_SPACES = re.compile(r"[\s,\-‐‑‒–—_/\u00b7\u2027\u30fb]+")
_THE = "the "
_STOP_WORDS = frozenset({"a", "and", "for", "in", "of", "on", "the", "to"})


@functools.lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """The form every spelling of one name shares.

    Compatibility-decomposed with combining marks dropped (diacritics folded),
    case-folded, dots and apostrophes dropped, and hyphens, dashes, commas, middle
    dots ("イェンス・ストルテンベルグ") and white space as one space; a leading "the" is
    left out.

    Args:
        name: A name as written.

    Returns:
        The folded name: ``fold("the U.S.") == fold("US") == "us"``.
    """
    if name.isascii():  # nothing to decompose, no combining mark
        bare = name.casefold()
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    folded = _SPACES.sub(" ", _DROPPED.sub("", bare)).strip()
    return folded.removeprefix(_THE) if folded != _THE.strip() else folded


def _by_first_word(prefixes: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Folded prefixes by their first word, longest first: a key can start only with those of its own."""
    table: dict[str, list[str]] = {}
    for prefix in sorted(set(prefixes), key=len, reverse=True):
        table.setdefault(prefix.split(" ", 1)[0], []).append(prefix)
    return {word: tuple(found) for word, found in table.items()}


_TITLE_KEYS = _by_first_word(fold(t) for t in TITLES)
_QUALIFIER_KEYS = _by_first_word(fold(q) for q in QUALIFIERS)


def _strip_prefix(key: str, prefixes: Mapping[str, Sequence[str]]) -> str | None:
    for prefix in prefixes.get(key.split(" ", 1)[0], ()):
        if key.startswith(prefix + " "):
            return key[len(prefix) + 1 :]
    return None


def untitled(key: str) -> str:
    """A folded name without its leading qualifiers, titles and honorifics (``"pm kishida"`` → ``"kishida"``).

    Args:
        key: A name already passed through :func:`fold`.

    Returns:
        What is left; the key itself where nothing would be.
    """
    rest = key
    while True:
        after_qualifier = _strip_prefix(rest, _QUALIFIER_KEYS)
        candidate = _strip_prefix(after_qualifier or rest, _TITLE_KEYS)
        if candidate is None:
            return rest
        rest = candidate


def surnames(actor: Actor) -> tuple[str, ...]:
    """The folded surnames of a person: the last word of the name, or the first where it comes first.

    Args:
        actor: Any actor; only people have surnames.

    Returns:
        The surnames (empty for other kinds and one-word names).
    """
    if actor.kind is not ActorKind.PERSON:
        return ()
    words = fold(actor.name).split()
    if len(words) < 2:
        return ()
    found = [words[0]] if words[0] in _FAMILY_FIRST else [words[-1]]
    # A numeral or suffix is no surname: "John Gordon IV" is Gordon.
    if found[0] in {"iv", "iii", "ii", "jr", "sr"} and len(words) > 2:
        found = [words[-2]]
    return tuple(found)


def _key(name: str) -> str:
    """:func:`fold`, or the name case-folded where folding leaves nothing (a name of punctuation)."""
    return fold(name) or name.casefold()


def _orders(actor: Actor, name: str) -> Iterable[str]:
    """A person's name in both orders: as written, and with the first or last word moved."""
    key = _key(name)
    yield key
    words = key.split()
    if actor.kind is ActorKind.PERSON and len(words) > 1:
        yield " ".join([words[-1], *words[:-1]])
        yield " ".join([*words[1:], words[0]])


def _put(table: dict[str, tuple[str, ...]], key: str, id: str) -> None:
    if key and id not in table.get(key, ()):
        table[key] = (*table.get(key, ()), id)


class _Tier:
    """The name tables of one actor set."""

    __slots__ = ("codes", "exact", "ids", "names", "surnames", "words", "written")

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.ids: dict[str, str] = {}
        self.exact: dict[str, tuple[str, ...]] = {}
        self.names: dict[str, tuple[str, ...]] = {}
        self.surnames: dict[str, tuple[str, ...]] = {}
        self.codes: dict[str, tuple[str, ...]] = {}
        # Folded names to the canonical name of their actor: a suggestion names the
        # actor by its canonical name, whichever of its forms came close.
        self.written: dict[str, str] = {}
        # Each word of a folded name to the folded names holding it.
        self.words: dict[str, list[str]] = {}
        for actor in actors:
            self.add(actor)

    def add(self, actor: Actor) -> None:
        self.ids.setdefault(actor.id.casefold(), actor.id)
        for name in actor.names:
            _put(self.exact, name.casefold(), actor.id)
            self.written.setdefault(_key(name), actor.name)
            for key in _orders(actor, name):
                _put(self.names, key, actor.id)
                _put(self.names, untitled(key), actor.id)
        self.written.setdefault(_key(actor.id), actor.name)
        for surname in surnames(actor):
            _put(self.surnames, surname, actor.id)
        for code in actor.codes:
            _put(self.codes, fold(code), actor.id)
        for key in {_key(name) for name in actor.names}:
            for word in set(key.split()):
                self.words.setdefault(word, []).append(key)

    def bearers(self, name: str) -> tuple[str, ...]:
        if name.casefold() in self.ids:
            return (self.ids[name.casefold()],)
        if name.casefold() in self.exact:
            return self.exact[name.casefold()]
        key = _key(name)
        for candidate in dict.fromkeys((key, untitled(key))):
            for table in (self.names, self.surnames, self.codes):
                if candidate in table:
                    return table[candidate]
        return ()


class NameIndex:
    """Every name a set of actors goes by, for looking names up as a reader types them.

    Built once per actor set; lookups are dictionary reads. A name is looked
    for as an id, then as a name or alias exactly (case aside), then folded
    (see :func:`fold`), without titles, in either order, then as a surname,
    then as a code.

    Args:
        actors: The actors, in order of precedence: of two actors with one
            name, the first given is listed first among its bearers.
        then: Where to look for a name none of ``actors`` goes by (the
            reference list); its records may share ids with ``actors``, adding
            names and codes to them.
    """

    __slots__ = ("_tiers",)

    def __init__(self, actors: Iterable[Actor], *, then: "NameIndex | None" = None) -> None:
        self._tiers: tuple[_Tier, ...] = (_Tier(actors), *(then._tiers if then else ()))  # noqa: SLF001

    def bearers(self, name: str) -> tuple[str, ...]:
        """Every actor id ``name`` stands for: an id first, then a name, a surname, a code.

        Args:
            name: An id, a name, an alias, a surname or a code, written as a reader would.

        Returns:
            The ids, one or more.

        Raises:
            UnknownIdError: No actor is or is called ``name``; suggests names, best first.
        """
        for tier in self._tiers:
            found = tier.bearers(name)
            if found:
                return found
        raise UnknownIdError(name, kind="actor", suggestions=self.suggestions(name))

    def resolve(self, name: str) -> str:
        """The one actor id ``name`` stands for.

        Raises:
            UnknownIdError: No actor is or is called ``name``; suggests names.
            AmbiguousNameError: Several actors bear the name; names their ids.
        """
        found = self.bearers(name)
        if len(found) > 1:
            raise AmbiguousNameError(name, kind="actor", suggestions=found)
        return found[0]

    def suggestions(self, name: str, *, n: int = 3) -> list[str]:
        """The canonical names of actors whose names are close to ``name``, best first, each once.

        A name scores by the words it shares with ``name`` (two points each) and
        the words it has that look like one of ``name``'s ("Kishidda" and
        "Kishida", one point each), so a surname match comes before a look-alike;
        ties go by how alike the whole names look. Only where no name shares or
        nearly shares a word are whole-name look-alikes suggested.
        """
        # Imported here, for suggestions alone: a name that is found needs none.
        import difflib  # noqa: PLC0415

        key = untitled(_key(name))
        words = set(key.split()) - _STOP_WORDS
        vocabulary = {word for tier in self._tiers for word in tier.words}
        near = {
            word: [c for c in difflib.get_close_matches(word, vocabulary, n=3, cutoff=0.75) if c != word]
            for word in words
        }
        score: Counter[str] = Counter()
        written: dict[str, str] = {}
        for tier in self._tiers:
            for folded, canonical in tier.written.items():
                written.setdefault(folded, canonical)
            for word in words:
                score.update(dict.fromkeys(tier.words.get(word, ()), 2))
                for close in near[word]:
                    score.update(dict.fromkeys(tier.words.get(close, ()), 1))
        # Whole-name look-alikes only where no name shares a word with ``name``: with
        # names in many languages, a look-alike ("Russie" for "Rassmussen") would follow
        # the surname match a reader meant.
        if not score:
            for close in difflib.get_close_matches(key, written, n=n, cutoff=0.6):
                score[close] += 0
        alike = difflib.SequenceMatcher(b=key)

        def rank(candidate: str) -> tuple[int, float]:
            alike.set_seq1(candidate)
            return (-score[candidate], -alike.ratio())

        return list(dict.fromkeys(written[k] for k in sorted(score, key=rank)))[:n]
