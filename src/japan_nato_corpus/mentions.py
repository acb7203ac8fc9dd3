"""Finding where a text names an actor, from the actors' names and aliases.

A name form matches as a whole word, with these variants:

* **Titles** are never part of a mention: in "Prime Minister Shinzo Abe" the
  mention is "Shinzo Abe". A name form written with a leading title
  ("Prime Minister Abe") is looked for without it ("Abe"). The titles are
  :data:`japan_nato_corpus.names.TITLES`.
* **Possessives** end the name: "Abe's" and "Abe’s" give the mention "Abe".
* **Case**: a name form also matches with its first letter upper-case, wholly
  upper-case, and, for an acronym of four or more capitals, in title case
  ("NATO", "Nato"). Nothing matches in lower case unless written so, so "us"
  is never the United States.
* **Diacritics and Unicode forms**: the text is matched with diacritics folded,
  so "Shinzō", "Shinzo" and a decomposed (NFD) "Shinzō" are one name; spans
  are given in the raw text, whole characters with their combining marks.
* **Hyphens, middle dots and spaces** between words are interchangeable, and any run of
  white space counts as one space ("self-defense", "self defense", "イェンス・ストルテンベルグ").
* **Name order**: a person's name of two or more words also matches family
  name first ("Fumio Kishida", "Kishida Fumio").
* **Case endings**: a name of four or more letters may carry one of
  :data:`INFLECTIONS` ("Japans", "Kínát"), an acronym a plural "s" ("SDFs");
  the span includes it. English derivations ("Japanese") are not mentions.
  An adjective inside a name of several words may change its ending as
  :data:`DECLENSIONS` lists ("die Vereinigten Staaten"); in a Slavic name of several
  words, its adjectives and nouns take the case endings of :data:`PHRASE_ENDINGS`
  ("Sojuszu Północnoatlantyckiego", "Stanów Zjednoczonych", "Североатлантическим альянсом"),
  and a person's given name the endings of :data:`GIVEN_NAME_ENDINGS` ("Donalda Trumpa").
  A person's surname takes the endings of a Czech, Slovak, Serbian or Croatian possessive
  adjective (:data:`POSSESSIVE_ENDINGS`: "Bidenova slova", "Putinův", "Kišidina izjava").
  Plural names decline as :data:`PLURAL_ENDINGS` says ("Chinami", "Нидерландов"), Romanian
  names take their article ("Chinei", "Beijingul"), an acronym the endings of
  :data:`ACRONYM_ENDINGS` after a hyphen ("NATO-a", "NATO-ului"), and a name in Latin
  script the Turkish case suffixes of :data:`TURKISH_SUFFIXES` after an apostrophe
  ("Japonya'nın", "NATO'ya", "Tokyo'da").
* **Abbreviations**: Japanese, Chinese and Korean one-character state abbreviations
  (:data:`ABBREVIATIONS`) are mentions in a run of two to four ("日米", "日英"), or alone
  where a neighbour says they stand for a state ("訪米", "日媒", "日NATO", "기시다 日 총리").
* **Scripts without spaces**: beside Han, kana, Hangul or Thai characters no
  word boundary is needed ("日本政府", "NATO首脳会議").

Of overlapping candidates the leftmost wins, and of those starting at the same
place the longest ("Shinzo Abe" over "Abe"). Which actor a matched name stands
for is decided by :func:`japan_nato_corpus.names.fold`, the package's one
name comparison. Each set of actor objects is built once into a matcher, cached by
the objects' identity: the places a name may start (a spelling's first word after a
word's boundary) are found in one pass in C, by a regular expression whose every
branch begins with a literal character, or, where the optional ``pyahocorasick`` is
installed (the ``fast`` extra), by an Aho–Corasick automaton; at each, the regular
expression of the spellings that begin with its character, shaped as a trie and
compiled the first time a text needs it, is tried; the endings a spelling may take,
and the word's end, are matched after it by one small expression per set of endings,
the longest spelling first. The mentions are the same on either path.
"""

import bisect
import functools
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

from japan_nato_corpus.model import Actor, ActorKind, Mention
from japan_nato_corpus.names import TITLES, fold

__all__ = [
    "ABBREVIATIONS",
    "ABBREVIATION_PREFIXES",
    "ABBREVIATION_SUFFIXES",
    "ACRONYM_ENDINGS",
    "DECLENSIONS",
    "GIVEN_NAME_ENDINGS",
    "INFLECTIONS",
    "KOREAN_AFTER",
    "KOREAN_HAN",
    "KOREAN_PREFIXES",
    "NOT_DECLINED",
    "NOT_RUNS",
    "PHRASE_ENDINGS",
    "PLURAL_ENDINGS",
    "POSSESSIVE_ENDINGS",
    "RUN_MAY_FOLLOW",
    "SLAVIC_ENDINGS",
    "TITLES",
    "TURKISH_SUFFIXES",
    "find_mentions",
    "name_key",
]

name_key = fold
"""The form two spellings of one name share; the same as :func:`japan_nato_corpus.names.fold`."""


@functools.cache
def _accelerator() -> Any:  # noqa: ANN401 - pyahocorasick has no types
    """The optional accelerator, pyahocorasick, or ``None``: the same mentions, found several times faster.

    Imported on first use, not at import: a first answer about events finds no mentions.
    """
    try:
        import ahocorasick  # type: ignore[import-not-found, unused-ignore]  # noqa: PLC0415
    except ImportError:  # pragma: no cover - the pure-Python path is tested on its own
        return None
    return ahocorasick


# Patterns no first answer needs are compiled on first use, not at import: this one takes
# milliseconds, and ``_unspaced_char``'s wide ranges some ten.
@functools.cache
def _title() -> "re.Pattern[str]":
    """A title a name may start with (the longest that fits), then white space."""
    return re.compile(r"(?:" + "|".join(map(re.escape, sorted(TITLES, key=len, reverse=True))) + r")\s+")


_SEPARATOR = re.compile(r"[\s\-\u00b7\u2027\u30fb]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_HYPHENS = frozenset("\u2010\u2011\u2012\u2013\u2014\u2212")
_APOSTROPHES = frozenset("\u2019\u02bc")
_SEP = object()
_HANGUL_FIRST, _HANGUL_LAST = "\uac00", "\ud7a3"
# A middle dot parts the words of a name in Japanese and Chinese: "イェンス・ストルテンベルグ".
# The folded text has a hyphen for it (see _plain_char), so that the separator, written
# at each of the trie's thousands of word ends, has no set of characters beyond ASCII:
# each such set costs Python's re a large table to compile.
_MIDDLE_DOTS = frozenset("\u00b7\u2027\u30fb")
# White space, or one hyphen with white space around it, written as one character between
# two runs: the same strings as "\s+|\s*-\s*", but with no alternation at each of the
# trie's word ends, the pattern compiles in a quarter less time.
_SEPARATOR_REGEX = r"\s*[-\s]\s*"
_END = ""


@functools.lru_cache(maxsize=4096)
def _plain_char(char: str) -> str:
    """One character folded: ``ō`` → ``o``, a combining mark → nothing, a middle dot → ``-``."""
    if char in _HYPHENS:
        return "-"
    if char in _APOSTROPHES:  # "l’Atlantique" is "l'Atlantique"
        return "'"
    if _HANGUL_FIRST <= char <= _HANGUL_LAST:  # a syllable, not letters with marks: kept whole
        return char
    decomposed = unicodedata.normalize("NFKD", char)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    if bare in _MIDDLE_DOTS:  # a word separator, as a hyphen: neither is part of a word
        return "-"
    if len(bare) > 1 and not any(c.isalnum() for c in bare):
        # Punctuation that stands for several ("…" for "..."): one is enough for a name's
        # boundary, and the folded text keeps the raw text's offsets.
        return bare[0]
    return bare if bare or unicodedata.combining(char) else char


def _plain(text: str) -> str:
    return text if text.isascii() else "".join(map(_plain_char, text))


class _Folded:
    """A text with diacritics folded, and the way back from its offsets to the raw text's."""

    __slots__ = ("_folded", "_raw", "_raw_len", "_run", "_zero", "aligned", "text")

    def __init__(self, raw: str) -> None:
        pieces: list[str] = []
        # One segment per run of characters that fold to one character each (copied, or
        # replaced one for one), and one per other character, folded as a whole (to
        # nothing, or to several): where each starts in the folded and in the raw text.
        self._folded: list[int] = []
        self._raw: list[int] = []
        self._raw_len: list[int] = []
        self._run: list[bool] = []
        self._zero: list[bool] = []
        same, odd = _one_for_one(raw)
        at = position = 0
        for match in odd.finditer(same) if odd else ():
            if match.start() > position:
                pieces.append(same[position : match.start()])
                self._segment(at, position, match.start() - position, run=True, zero=False)
                at += match.start() - position
            plain = _plain_char(match.group())
            pieces.append(plain)
            self._segment(at, match.start(), 1, run=False, zero=not plain)
            at += len(plain)
            position = match.end()
        if position < len(raw):
            pieces.append(same[position:])
            self._segment(at, position, len(raw) - position, run=True, zero=False)
        self.text = "".join(pieces)
        # Where every character folds to one character, offsets are the same in both texts.
        self.aligned = odd is None

    def _segment(self, folded: int, raw: int, raw_len: int, *, run: bool, zero: bool) -> None:
        self._folded.append(folded)
        self._raw.append(raw)
        self._raw_len.append(raw_len)
        self._run.append(run)
        self._zero.append(zero)

    def start(self, offset: int) -> int:
        """The raw offset of the character at folded ``offset``."""
        i = bisect.bisect_right(self._folded, offset) - 1
        return self._raw[i] + (offset - self._folded[i] if self._run[i] else 0)

    def end(self, offset: int) -> int:
        """The raw offset past folded ``offset - 1``'s character and the combining marks after it."""
        i = bisect.bisect_right(self._folded, offset - 1) - 1
        end = self._raw[i] + (offset - self._folded[i] if self._run[i] else self._raw_len[i])
        while i + 1 < len(self._folded) and self._zero[i + 1] and self._raw[i + 1] == end:
            i += 1
            end = self._raw[i] + self._raw_len[i]
        return end


def _one_for_one(text: str) -> tuple[str, re.Pattern[str] | None]:
    """``text`` with every character that folds to one character folded, and a pattern of the others.

    Most texts have none of the others (curly quotes, dashes and accented letters
    fold one for one); only the characters that change are replaced, in one pass.
    """
    table: dict[str, str] = {}
    odd: list[str] = []
    for char in set(_NON_ASCII.findall(text)):
        plain = _plain_char(char)
        if len(plain) != 1:
            odd.append(char)
        elif plain != char:
            table[char] = plain
    if table:
        # One substitution over the changing characters: str.translate with a
        # non-ASCII table reads several times slower.
        changing = re.compile("[" + "".join(map(re.escape, table)) + "]")
        text = changing.sub(lambda match: table[match[0]], text)
    return text, (re.compile("[" + "".join(map(re.escape, sorted(odd))) + "]") if odd else None)


def _untitled(name: str) -> str:
    match = _title().match(name)
    rest = name[match.end() :] if match else name
    return rest if rest.strip() else name


def _spellings(name: str, kind: ActorKind) -> Iterator[str]:
    """The written forms of one name form that :func:`find_mentions` accepts, diacritics folded."""
    # Separators at either end belong to no name: "Kim Kwan-" is looked for as "Kim Kwan".
    name = _SEPARATOR.sub(" ", _plain(_untitled(name))).strip(" ")
    if not name:
        return
    orders = [name]
    words = name.split(" ")
    phrases: list[str] = []
    if kind is ActorKind.PERSON and len(words) > 1:
        orders.append(" ".join([words[-1], *words[:-1]]))
        if len(words) == _THREE_WORDS and len(words[1]) >= _THREE_WORDS and words[1].isalpha():
            # A middle name the press leaves out: "Anders Rasmussen". An initial ("George W
            # Bush") is kept: without it the name is another person's.
            orders.append(f"{words[0]} {words[2]}")
        phrases = _given_declined(words)
    elif len(words) > 1:
        orders += _declined(words)
        phrases = _phrase_declined(words)
    # A phrase's declined forms have their words' endings already: declining their words
    # again would make every combination of cases, most of them no form of the name.
    declined = [form for order in orders for form in _declined_words(order)]
    for form in orders:
        yield from _cased(form)
    # Declined forms in capitals ("JAPONII") are for headlines alone: they are left out, as
    # each doubles the pattern.
    for form in [*phrases, *declined]:
        yield form
        yield form[:1].upper() + form[1:]


def _cased(form: str) -> Iterator[str]:
    yield form
    yield form[:1].upper() + form[1:]
    # In capitals, as headlines write names; not a formal name of three words or more, which
    # headlines shorten (each such form adds a branch of its own to the pattern).
    if sum(c.isalpha() for c in form) >= 4 and form.count(" ") < 2:
        yield form.upper()
    if form.isupper() and form.isalpha() and len(form) >= 4:
        yield form.title()
    # A formal name of three words or more is written with its inner words capitalised or
    # not ("Organisation du Traité de l'Atlantique Nord", "… du traité de l'Atlantique Nord").
    words = form.split(" ")
    if len(words) >= _FORMAL_WORDS:
        inner = [at for at, word in enumerate(words) if at and len(word) >= 4 and word[:1].islower()]
        for size in range(1, min(len(inner), _INNER_CASINGS) + 1):
            for chosen in itertools.combinations(inner, size):
                yield " ".join(w[:1].upper() + w[1:] if at in chosen else w for at, w in enumerate(words))


_FORMAL_WORDS = 3
_THREE_WORDS = 3
_INNER_CASINGS = 3


DECLENSIONS: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType(
    {"de": (("es", "en"), ("er", "en"), ("e", "en"))}
)
"""Endings an adjective in a name of several words may change to, by language.

A German name's adjective takes "-en" after an article or preposition: "die Vereinigten
Staaten", "der Europäischen Union", "im Südchinesischen Meer". Each pair is an ending of
the name as listed and the ending that may replace it. The rule applies to words of five
or more letters written with a capital, before the last word of the name of a state,
organisation or place (not a person's)."""


def _declined(words: list[str]) -> list[str]:
    """The forms of a name of several words whose adjectives carry a :data:`DECLENSIONS` ending."""
    forms = []
    for at, word in enumerate(words[:-1]):
        if len(word) < 5 or not word[:1].isupper() or not word.isalpha():
            continue
        for pairs in DECLENSIONS.values():
            ending = next((pair for pair in pairs if word.endswith(pair[0])), None)
            if ending is not None:
                declined = word[: -len(ending[0])] + ending[1]
                forms.append(" ".join([*words[:at], declined, *words[at + 1 :]]))
    return forms


PHRASE_ENDINGS: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "pl": MappingProxyType(
            {"cki": ("ckiego", "ckim", "ckiemu"), "ski": ("skiego", "skim", "skiemu"),
             "ony": ("onego", "onym", "onemu"), "one": ("onych", "onym", "onymi"),
             "y ": ("ów", "ach", "ami", "om"), "": ("u", "em", "owi", "ie")}
        ),
        "cs": MappingProxyType(
            {"cký": ("ckého", "ckém", "ckým"), "ský": ("ského", "ském", "ským"), "ská": ("ské", "skou"),
             "cká": ("cké", "ckou"), "ká": ("ké", "kou"), "ený": ("eného", "eném", "eným", "enému"),
             "ené": ("ených", "eným", "enými"), "cké": ("ckých", "ckým", "ckými"),
             "ový": ("ového", "ovém", "ovým", "ovému"), "y ": ("ů", "ům", "ech"), "": ("u", "em", "ovi")}
        ),
        "sk": MappingProxyType({"ené": ("ených", "eným", "enými"), "y ": ("ov", "om", "och")}),
        "hr": MappingProxyType(
            {"ene": ("enih", "enim", "enima"), "čke": ("čkih", "čkim", "čkima"),
             "ski": ("skog", "skom", "skim"), "e ": ("a", "ama")}
        ),
        "sr": MappingProxyType({"ски": ("ског", "ском", "ским"), "": ("а", "у", "ом")}),
        "el": MappingProxyType({"α": ("ας",), "η": ("ης",), "ο": ("ου",), "ες": ("ων",)}),
        "ru": MappingProxyType(
            {"кий": ("кого", "кому", "ким", "ком"), "ный": ("ного", "ному", "ным", "ном"),
             "ская": ("ской", "скую"), "ная": ("ной", "ную", "ною"), "ные": ("ных", "ным", "ными"),
             "ы ": ("", "ам", "ами", "ах"), "": ("а", "у", "ом", "е")}
        ),
        "uk": MappingProxyType(
            {"ний": ("ного", "ному", "ним", "ньому", "нім"), "кий": ("кого", "кому", "ким", "кім"),
             "ська": ("ської", "ську", "ською", "ській"), "на": ("ної", "ну", "ною", "ній"),
             "ені": ("ених", "еним", "еними"), "и ": ("ів", "ам", "ами", "ах"), "": ("у", "а", "ом", "і")}
        ),
    }
)  # fmt: skip
"""Case endings of the words of a Slavic name of several words, by language.

By language, an adjective's ending (as the name is listed) and the endings that may replace
it: "Sojusz Północnoatlantycki" → "Sojuszu Północnoatlantyckiego", "Североатлантический
альянс" → "Североатлантическим альянсом", "Stany Zjednoczone" → "Stanów Zjednoczonych". A key
ending in a space is a plural noun's ending ("Stany" → "Stanów", "Силы" → "Сил"); the empty key gives the
endings of a noun that ends in a consonant ("Sojusz" → "Sojuszu"). They apply to a name of
a state, organisation or place only where one of its words ends as an adjective or a plural noun of the table,
to words of four or more letters that are no acronym, in names of two or three words (the
longer are formal names no text declines whole); the last word keeps, besides, the endings
of its group. Greek ("el") gives the genitive of the first and second declensions and of
the plural in "-ες", as a grammar's tables have them for nouns and adjectives of these
shapes: "Νότια Κορέα" → "Νότιας Κορέας", "Ευρωπαϊκή Ένωση" → "Ευρωπαϊκής Ένωσης",
"Ηνωμένο Βασίλειο" → "Ηνωμένου Βασιλείου", "Ηνωμένες Πολιτείες" → "Ηνωμένων Πολιτειών"."""


def _phrase_endings() -> tuple[dict[str, set[str]], dict[str, set[str]], tuple[str, ...]]:
    """Of every language, folded: the adjectives' endings, the plural nouns', and the other nouns'."""
    adjectives: dict[str, set[str]] = {}
    plurals: dict[str, set[str]] = {}
    nouns: set[str] = set()
    for endings in PHRASE_ENDINGS.values():
        for ending, replacements in endings.items():
            folded = {_plain(r) for r in replacements}
            if not ending:
                nouns |= folded
            else:
                table = plurals if ending.endswith(" ") else adjectives
                table.setdefault(_plain(ending.strip()), set()).update(folded)
    return adjectives, plurals, tuple(sorted(nouns))


_ADJECTIVES, _PLURALS, _NOUN_ENDINGS = _phrase_endings()
_ADJECTIVE_ENDS = tuple(_ADJECTIVES)
# A phrase declines where one of its words ends as an adjective of the table, or as a plural
# noun in Cyrillic ("Силы самообороны"): a Latin "y" ends too many English words.
_DECLINING_ENDS = (*_ADJECTIVE_ENDS, *(ending for ending in _PLURALS if not ending.isascii()))
_CONSONANT_FINAL = re.compile(r"[^\W\daeiouyаеёиоуыэюяіїє]$", re.IGNORECASE)


def _phrase_declined(words: list[str]) -> list[str]:
    """The forms of a Slavic name of several words with :data:`PHRASE_ENDINGS` on its words."""
    if len(words) > 3 or not any(len(word) >= 4 and word.endswith(_DECLINING_ENDS) for word in words):
        return []
    choices = []
    for at, word in enumerate(words):
        choice = [word]
        if len(word) >= 4 and word.upper() != word:
            for table in (_ADJECTIVES, _PLURALS):
                for ending, replacements in table.items():
                    if word.endswith(ending):
                        choice += [word[: len(word) - len(ending)] + r for r in sorted(replacements)]
            # The last word's own endings are its group's (INFLECTIONS); a noun before it
            # takes those of its script: "Sojuszu", "альянса".
            if at < len(words) - 1 and _CONSONANT_FINAL.search(word):
                cyrillic = "\u0400" <= word[-1] <= "\u04ff"
                choice += [word + e for e in _NOUN_ENDINGS if ("\u0400" <= e[0] <= "\u04ff") == cyrillic]
        choices.append(list(dict.fromkeys(choice)))
    if math.prod(map(len, choices)) > _MOST_PHRASE_FORMS:
        # A formal name whose every word declines ("Laoská ľudovodemokratická republika"):
        # no text writes most of its combinations, and each adds to the pattern.
        return []
    return [" ".join(form) for form in itertools.product(*choices)][1:]


_MOST_PHRASE_FORMS = 128


GIVEN_NAME_ENDINGS = ("a", "u", "em", "om", "owi", "ovi", "ie", "а", "у", "ом", "е")
"""Case endings the given name of a person's name of two words takes in Polish, Czech, Slovak
and Russian where it ends in a consonant, its script's alone: "Donalda Trumpa", "Markem
Ruttem", "Марком Рютте". The surname takes its own (:data:`INFLECTIONS`); a given name that
ends in a vowel takes :data:`SLAVIC_ENDINGS` ("Fumiem Kišidou"), and one in "io" the Serbian and
Croatian endings after a "j" ("Fumijom Kišidom")."""


POSSESSIVE_ENDINGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "": (
            "ův", "ova", "ovo", "ovy", "ovu", "ovou", "ově", "ových", "ovým", "ovém", "ového", "ovi",
            "ov", "ovom", "ovoj", "ovog", "ovih", "ovim", "ove",
        ),
        "a": (
            "in", "ina", "ino", "iny", "inu", "inou", "ině", "iných", "iným", "iném", "iného", "ini",
            "inom", "inoj", "inog", "inih", "inim", "ine",
        ),
    }
)  # fmt: skip
"""Endings of the possessive adjective of a person's surname in Czech, Slovak, Serbian and Croatian.

A surname of one word that is no acronym takes the endings of the empty key ("Bidenova slova",
"Bidenův výrok", "Abeova posjeta"); one ending in "a" replaces it with those of "a"
("Kišidina izjava", "Kišidiny"). The span includes the ending: the adjective names the person."""


def _given_declined(words: list[str]) -> list[str]:
    """A person's name of two words, given name first, with its given name declined."""
    given = words[0]
    if len(words) == 2 and given.endswith("io") and len(given) >= _IO_LETTERS and given.isalpha():
        # Serbian and Croatian: "Fumio" → "Fumija", "Fumijom" (see SLAVIC_ENDINGS).
        return [f"{given[:-1]}j{ending} {words[1]}" for ending in ("a", "u", "em", "om")]
    if len(words) != 2 or len(given) < 3 or not _CONSONANT_FINAL.search(given) or given.upper() == given:
        return []
    cyrillic = "\u0400" <= given[-1] <= "\u04ff"
    return [
        f"{given}{_plain(ending)} {words[1]}"
        for ending in GIVEN_NAME_ENDINGS
        if ("\u0400" <= ending[0] <= "\u04ff") == cyrillic
    ]


def _declined_words(form: str) -> list[str]:
    """The forms of a name of several words whose words before the last take :data:`SLAVIC_ENDINGS`.

    "Korea Południowa" → "Korei Południowa", so that with the last word's endings
    "Korei Południowej" is found; the last word's endings are the pattern's.
    """
    words = form.split(" ")
    if not 2 <= len(words) <= 3:
        return []  # longer names are formal ones no text declines whole, as PHRASE_ENDINGS says
    choices = []
    for word in words[:-1]:
        endings = _SLAVIC.get(word[-1:]) if len(word) >= 4 and word.upper() != word else None
        choices.append([word] + ([word[:-1] + ending for ending in endings.split("|")] if endings else []))
    if all(len(choice) == 1 for choice in choices):
        return []
    return [" ".join([*head, words[-1]]) for head in itertools.product(*choices)][1:]


_Node = dict[object, "_Node"]
_Pattern = re.Pattern[str]
_Completion = tuple[int, re.Pattern[str], bool]
"""Where a spelling ends in the matched text, the pattern of what may follow, and whether nothing may."""
_ASCII_AFTER = r"(?![0-9A-Za-z_])"


def _trie_regex(spellings: Iterable[str]) -> str:
    """One regular expression matching exactly ``spellings``, longest first, factored as a trie."""
    trie: _Node = {}
    for spelling in spellings:
        node = trie
        for token in (_SEP if c == " " else c for c in spelling):
            node = node.setdefault(token, {})
        node[_END] = {}
    return _emit(trie)


def _token(token: object) -> str:
    return _SEPARATOR_REGEX if token is _SEP else re.escape(str(token))


def _branch_order(item: tuple[object, _Node]) -> tuple[bool, str]:
    # The separator first, then characters in order.
    token = item[0]
    return token is not _SEP, str(token)


def _emit(node: _Node) -> str:
    chain = ""
    # A run of nodes with one way on is written as one literal.
    while len(node) == 1 and _END not in node:
        ((token, node),) = node.items()
        chain += _token(token)
    # The separator first, then characters in order; "?" after a group lets a
    # name end here, after the longer names have been tried.
    branches = [
        _token(token) + _emit(child)
        for token, child in sorted(node.items(), key=_branch_order)
        if token != _END
    ]
    if not branches:
        return chain
    body = "(?:" + "|".join(branches) + ")"
    return chain + (body + "?" if _END in node else body)


def _owner_key(spelling: str) -> str:
    # A name of punctuation alone folds to nothing; it is its own key.
    return fold(spelling) or spelling.casefold()


# Scripts written without spaces between words (Han, kana, Hangul, Thai): a name in
# them, or a Latin name beside them ("NATO首脳会議"), needs no word boundary there.
_UNSPACED = (
    "\u0e00-\u0e7f\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
)
# A name that starts (ends) with such a character needs no boundary before (after) it
# either: "ストルテンベルグNATO", "岸田文雄3日".
_BEFORE = rf"(?:(?=[{_UNSPACED}])|(?<![^\W{_UNSPACED}]))"
_AFTER = rf"(?:(?<=[{_UNSPACED}])|(?![^\W{_UNSPACED}]))"
INFLECTIONS = (
    "s",
    "es",
    "ς",
    "t",
    "ot",
    "et",
    "at",
    "ba",
    "be",
    "ban",
    "ben",
    "bol",
    "hoz",
    "hez",
    "nak",
    "nek",
    "ra",
    "re",
    "rol",
    "tol",
    "val",
    "vel",
    "nal",
    "nel",
    "ig",
    "ert",
    "kent",
    "a",
    "u",
    "em",
    "ie",
    "om",
    "owi",
    "ovi",
    "go",
    "ho",
    "mu",
    "а",
    "у",
    "е",
    "ом",
    "e",
    "ul",
    "ului",
    "iem",
    "і",
)
"""Case endings a name of four or more letters may carry and keep.

They are the German and Greek genitive ("Japans", "Αυστραλίας"), the Hungarian case
endings of a grammar's table, as a name ending in a vowel or in "n" takes them (accusative
"Kínát", inessive and illative "Kínában", "Kínába", elative "Kínából", sublative and delative
"Kínára", "Kínáról", allative, adessive and ablative "Kínához", "Japánnál", "Kínától",
dative "Kínának", instrumental "Kínával", "Japánnal", terminative "Kínáig", causal "Kínáért",
essive "Kínaként"), the Polish and Czech endings of a name ending in "e"
("Ruttego", "Rutteho", "Ruttemu"), the Polish instrumental after "g" or "k" ("Stoltenbergiem"),
the Ukrainian locative ("Вашингтоні") and the Polish, Czech, Slovak and Russian endings of a name
ending in a consonant ("Tajwanu", "Bidena", "Байдена"; for one ending in a vowel, see
:data:`SLAVIC_ENDINGS`), the Czech and Slovak locative ("Washingtone") and the Romanian
definite article ("Beijingul", "Indo-Pacificului").
The mention's span includes the ending. None of them makes an English derivation of a
name ("Japanese", "Russian" are not mentions); an acronym takes only a plural "s" ("SDFs")."""
_INFLECTION = "(?:" + "|".join(sorted(INFLECTIONS, key=len, reverse=True)) + ")"

ACRONYM_ENDINGS = (
    "a", "u", "om", "e", "em", "ov", "ovi", "ul", "ului", "lui", "hoz", "hez", "nak", "nek", "val", "vel",
    "а", "у", "ом", "е",
)  # fmt: skip
"""Case endings an acronym takes after a hyphen, and keeps: Serbian and Croatian ("NATO-a",
"NATO-om", "НАТО-а"), Czech and Slovak ("NATO-ovi"), Romanian ("NATO-ului", "SUA-ul"), Hungarian
("NATO-hoz"). English compounds ("NATO-led", "US-made") take none of them."""

SLAVIC_ENDINGS: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "pl": MappingProxyType({"a": ("y", "i", "ie", "ę", "ą", "ej"), "o": ("a", "u", "ie", "em")}),
        "cs": MappingProxyType({"a": ("y", "e", "u", "ou", "ovi", "é"), "o": ("a", "u", "em")}),
        "sk": MappingProxyType({"a": ("y", "e", "u", "ou", "ovi", "om", "ej", "ú"), "o": ("a", "u", "om")}),
        "ru": MappingProxyType(
            {
                "а": ("ы", "и", "е", "у", "ой", "ою"),
                "я": ("и", "ю", "е", "ей", "ею"),
                "й": ("я", "ю", "ем", "е"),
                "ь": ("я", "ю", "ем", "е"),
            }
        ),
        "uk": MappingProxyType(
            {
                "а": ("и", "і", "е", "у", "ою"),
                "я": ("ї", "і", "ю", "ею", "єю"),
                "й": ("я", "ю", "єм", "ї"),
                "ь": ("я", "ю", "ем", "і"),
            }
        ),
        "ro": MappingProxyType({"a": ("ei",)}),
        "hr": MappingProxyType({"a": ("e", "i", "u", "om", "oj"), "o": ("a", "u", "om")}),
        "sr": MappingProxyType({"а": ("е", "и", "у", "ом", "ој")}),
        "el": MappingProxyType({"ο": ("ου",)}),
    }
)
"""Case endings that replace a name's final vowel in Polish, Czech, Slovak, Russian, Ukrainian and Romanian.

By language, then by the vowel a name ends in: "Japonia" → "Japonii", "Japonię"; "Japonsko"
→ "Japonsku"; "Kišida" → "Kišidy", "Kišidom"; "Япония" → "Японии"; "Кисида" → "Кисиды";
a final "й" or "ь" is replaced as well: "Китай" → "Китая", "Тайвань" → "Тайванем"; the
Romanian genitive replaces a final "a": "China" → "Chinei", "Rusia" → "Rusiei"; Croatian and
Serbian (in Latin as "hr", in Cyrillic as "sr") decline "Kina" → "Kine", "Kini", "Kinom",
"Južna Koreja" → "Južnoj Koreji", "Алијанса" → "Алијансе"; a Greek neuter in "-ο" takes
the genitive "-ου" ("Βέλγιο" → "Βελγίου"; one in "-α" or "-η" takes "-ς", an inflection).
A name ending in "io" takes their endings after a "j" ("Tokio" → "Tokija", "Tokiju", "Tokijem").
They apply to the last word of a name of four or more letters that is no acronym; the
span includes the ending. The declined form is looked for in any text: a declined name
that is also an English word (:data:`NOT_DECLINED`) is left out."""

PLURAL_ENDINGS: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "pl": MappingProxyType({"y": ("om", "ami", "ach"), "ie": ("ii", "iom", "iami", "iach")}),
        "cs": MappingProxyType({"y": ("ám", "ami", "ách"), "ie": ("ii", "ií")}),
        "sk": MappingProxyType({"y": ("am", "ami", "ach")}),
        "ru": MappingProxyType({"ы": ("ов", "ам", "ами", "ах")}),
        "el": MappingProxyType({"ες": ("ων",)}),
    }
)  # fmt: skip
"""Endings that replace a name's final "y", "ie", "ы" or "ες", by language.

They give the cases of Polish, Czech, Slovak and Russian plural names ("Chiny" → "Chinami",
"Filipíny" → "Filipínách", "Indie" → "Indiami", "Нидерланды" → "Нидерландов", Greek
"Φιλιππίνες" → "Φιλιππινών") and of Czech nouns in "-ie" ("Británie" → "Británií", "Asie" →
"Asii"); each ending replaces the whole key. A plural name in "-iny" also stands as its bare
stem, the genitive ("Chin", "Filipín"). They apply to the last word of a name of four or more
letters that is no acronym."""


def _plural() -> dict[str, str]:
    """Each key's endings in all the languages, folded, as a regular expression's alternatives."""
    endings: dict[str, set[str]] = {}
    for table in PLURAL_ENDINGS.values():
        for key, ends in table.items():
            endings.setdefault(_plain(key), set()).update(_plain(end) for end in ends)
    return {key: "|".join(sorted(ends, key=lambda e: (-len(e), e))) for key, ends in endings.items()}


_PLURAL = _plural()
_PLURAL_GROUPS = {key: f"plural_{i}" for i, key in enumerate(sorted(_PLURAL))}

NOT_DECLINED = frozenset({"indie", "node", "nate", "rica", "rico", "chino"})
"""Folded declined forms that are English or Spanish words, as "India" gives "Indie" and "Noda" "Node"."""


def _slavic() -> dict[str, str]:
    """Each final vowel's endings in all the languages, as a regular expression's alternatives."""
    endings: dict[str, set[str]] = {}
    for table in SLAVIC_ENDINGS.values():
        for vowel, ends in table.items():
            # The text is searched with diacritics folded: "ę" is looked for as "e".
            # The key is folded too: "й" is looked for as "и".
            endings.setdefault(_plain(vowel), set()).update(
                _plain(end) for end in ends if _plain(end) != vowel
            )
    return {vowel: "|".join(sorted(ends, key=lambda e: (-len(e), e))) for vowel, ends in endings.items()}


_SLAVIC = _slavic()
_ADJECTIVAL = ("sk", "ck")
"""Stem endings of names that decline as adjectives ("Japonsko", "Japonska"): of the endings they
take only those that no adjective has ("Japonsku", "Japonskom", Croatian "Bugarskoj", not "Japonský")."""
_ADJECTIVAL_ENDINGS = "om|em|oj|a|u"
_GROUPS = (
    "inflected", "plural", "declined_a", "declined_o", "declined_sk", "declined_ru_a", "declined_ru_ya",
    "declined_ru_i", "declined_ru_soft", "declined_el_o", *_PLURAL_GROUPS.values(), "genitive_plural",
    "plain", "possessive", "possessive_a", "declined_io",
)  # fmt: skip
_DECLINED = {
    "a": "declined_a", "o": "declined_o", "а": "declined_ru_a", "я": "declined_ru_ya", "и": "declined_ru_i",
    "ь": "declined_ru_soft", "ο": "declined_el_o",
}  # fmt: skip


@functools.cache
def _unspaced_char() -> "re.Pattern[str]":
    """A character of a script written without spaces between words."""
    return re.compile(f"[{_UNSPACED}]")


def _group(spelling: str) -> str:
    """Which endings ``spelling`` may take: an inflection, a plural "s", or none."""
    if spelling[-1:].isalpha() and not _unspaced_char().match(spelling[-1]):
        letters = sum(map(str.isalpha, spelling))
        if spelling.isupper() and letters >= 2:  # an acronym: "SDFs"
            return "plural"
        if letters >= 4:  # shorter names make words with an ending ("Hut", "Went")
            return "inflected"
    return "plain"


def _endings_of(groups: Mapping[str, set[str]]) -> dict[str, str]:
    """The endings each spelling may take, by spelling: those of every group it is in.

    A written form may be one language's name and another's stem ("Japoni" is Albanian
    for Japan and the stem of Polish "Japonia"): it takes both groups' endings.
    """
    of: dict[str, list[str]] = {}
    for group in _GROUPS:
        for spelling in groups[group]:
            of.setdefault(spelling, []).append(group)
    endings = {}
    for spelling, kinds in of.items():
        if len(kinds) == 1:
            endings[spelling] = _ENDINGS[kinds[0]]
            continue
        bodies = [_ENDINGS[kind].removesuffix("?") for kind in kinds if _ENDINGS[kind]]
        optional = any(kind in _OPTIONAL for kind in kinds)
        endings[spelling] = "(?:" + "|".join(bodies) + ")" + ("?" if optional else "")
    return endings


_OPTIONAL = frozenset({"inflected", "plural", "plain", "genitive_plural"})
_ENDINGS = {
    **{group: f"(?:{_PLURAL[key]})" for key, group in _PLURAL_GROUPS.items()},
    "genitive_plural": f"(?:{_PLURAL['y']})?",
    "inflected": f"(?:{_INFLECTION})?",
    "plural": "(?:s|-(?:" + "|".join(sorted(ACRONYM_ENDINGS, key=len, reverse=True)) + "))?",
    "plain": "",
    **{group: f"(?:{_SLAVIC[vowel]})" for vowel, group in _DECLINED.items()},
    "declined_sk": f"(?:{_ADJECTIVAL_ENDINGS})",
    "possessive": "(?:"
    + "|".join(sorted({_plain(e) for e in POSSESSIVE_ENDINGS[""]}, key=len, reverse=True))
    + ")",
    "possessive_a": "(?:"
    + "|".join(sorted({_plain(e) for e in POSSESSIVE_ENDINGS["a"]}, key=len, reverse=True))
    + ")",
    "declined_io": "(?:a|u|em|om)",
}


def _declined_stem(spelling: str) -> tuple[str, str] | None:
    """The group and stem of a spelling taking :data:`SLAVIC_ENDINGS` or :data:`PLURAL_ENDINGS`, or None."""
    final = spelling[-1:]
    key = spelling[-2:] if spelling[-2:] in _PLURAL_GROUPS else final
    plural = _PLURAL_GROUPS.get(key)
    group = plural or _DECLINED.get(final)
    if group is None or sum(map(str.isalpha, spelling)) < 4:
        return None
    last = spelling.rsplit(" ", 1)[-1]
    if last.upper() == last:  # an acronym: "NATO", "ΝΑΤΟ"
        return None
    if plural is not None:
        stem = spelling[: -len(key)]
        endings = _PLURAL[key]
        if key == "y" and stem.endswith("in"):  # "Chiny": the genitive plural is the bare stem, "Chin"
            group = "genitive_plural"
    else:
        stem = spelling[:-1]
        endings = _SLAVIC[final]
        if stem.endswith(_ADJECTIVAL) and group in ("declined_a", "declined_o"):
            group = "declined_sk"
    # The spelling is folded already but for its case: casefold is fold here.
    if not stem[-1:].isalpha() or any((stem + e).casefold() in NOT_DECLINED for e in endings.split("|")):
        return None
    return group, stem


_POSSESSIVE_LETTERS = 3
_IO_LETTERS = 4
_MEMO_SIZE = 50_000
_LONGEST_ENDING = max(
    map(
        len,
        [
            *INFLECTIONS,
            *(end for table in SLAVIC_ENDINGS.values() for ends in table.values() for end in ends),
            *(end for ends in POSSESSIVE_ENDINGS.values() for end in ends),
        ],
    )
)


class _Matcher:
    """One actor set's compiled patterns and the actor each folded spelling stands for.

    The pattern matches the spellings alone, as a trie; the endings a spelling may take
    (its groups', see :func:`_endings_of`) are matched after it by one small pattern per
    set of endings, longest spelling first. Writing the endings at each of the trie's
    leaves instead made a pattern several times larger, which took seconds to compile.
    """

    __slots__ = (
        "accelerated", "actors", "as_written", "ascii_completions", "automaton", "completions", "endings",
        "firsts", "ids", "initials", "kinds", "memo", "nationality", "others", "owner", "patterns", "starts",
        "stems", "tails",
    )  # fmt: skip

    def __init__(self, actors: tuple[Actor, ...], *, accelerate: bool = True) -> None:
        # Kept so that the ids of the cache key cannot be reused while the entry lives.
        self.actors = actors
        self.ids = {actor.id for actor in actors}
        # The actors a span may start with for an abbreviation to stand right before it ("日NATO").
        self.kinds = frozenset(
            actor.id for actor in actors if actor.kind in (ActorKind.STATE, ActorKind.ORGANISATION)
        )
        self.owner: dict[str, str] = {}
        self.stems: dict[str, str] = {}
        # A short name whose diacritics tell it from a common word ("Mỹ", the United States
        # in Vietnamese, folds to "my"): by its folded key, the forms it is matched in.
        self.as_written: dict[str, set[str]] = {}
        groups: dict[str, set[str]] = {group: set() for group in _GROUPS}
        for actor in actors:
            for name in actor.names:
                if len(name) <= _AS_WRITTEN and not name.isascii() and _owner_key(name).isascii():
                    self.as_written.setdefault(_owner_key(name), set()).add(name.casefold())
                for spelling in _spellings(name, actor.kind):
                    self.owner.setdefault(_owner_key(spelling), actor.id)
                    groups[_group(spelling)].add(spelling)
                    declined = _declined_stem(spelling)
                    if declined is not None and not spelling.isupper():
                        group, stem = declined
                        self.stems.setdefault(_owner_key(stem), actor.id)
                        if group in _OPTIONAL:  # the stem alone is a form of the name ("Chin")
                            self.owner.setdefault(_owner_key(stem), actor.id)
                        groups[group].add(stem)
                    self._add_forms(actor, spelling, groups)
        spellings = set().union(*groups.values())
        # The spellings by their first character: each character's pattern is compiled the
        # first time a text has a name start with it (most actor sets hold names in a dozen
        # scripts, most texts are in one or two).
        self.initials: dict[str, list[str]] = {}
        for spelling in spellings:
            self.initials.setdefault(spelling[0], []).append(spelling)
        self.patterns: dict[str, re.Pattern[str]] = {}
        # The pattern of what may follow each spelling: its endings, then a word's end.
        # Compiled the first time a name needs it: of a text in ASCII alone, the word's end
        # is a test of ASCII's letters, digits and "_", with no wide ranges to compile.
        self.endings = _endings_of(groups)
        self.tails: dict[tuple[str, bool], re.Pattern[str]] = {}
        # By written spelling (as matched): the ends of the spellings it begins with, and
        # the pattern of each one's endings, longest first.
        self.completions: dict[str, tuple[tuple[int, re.Pattern[str], bool], ...]] = {}
        self.ascii_completions: dict[str, tuple[tuple[int, re.Pattern[str], bool], ...]] = {}
        # Where a name may start: a first word of a spelling after a word's boundary. Found
        # in one pass in C, by the automaton where pyahocorasick is installed, else by the
        # pattern of :meth:`_starts`; the spellings' patterns are tried there only.
        self.firsts = _first_words(spellings)
        self.starts: tuple[re.Pattern[str], re.Pattern[str] | None] | None = None
        # The automaton finds, in one pass in C, every place where a spelling's first word
        # begins: a superset of where a name may start. Words in other scripts are left to a
        # search for their initials: the automaton slows with every distinct first
        # character, and such characters are rare in most texts.
        self.automaton: object | None = None
        self.others: re.Pattern[str] | None = None
        self.memo: dict[str, str] = {}
        ahocorasick = _accelerator() if accelerate and spellings else None
        self.accelerated = ahocorasick is not None
        if ahocorasick is not None:
            self._accelerate(ahocorasick)
        self.nationality = _Nationality(actors)

    def _add_forms(self, actor: Actor, spelling: str, groups: dict[str, set[str]]) -> None:
        """Add the stems of a spelling's possessive adjective (a person's) or of its "io" cases."""
        if (
            " " in spelling
            or not spelling.isalpha()
            or spelling.isupper()
            or _unspaced_char().match(spelling[-1])
        ):
            return
        if actor.kind is ActorKind.PERSON and len(spelling) >= _POSSESSIVE_LETTERS:
            if spelling.endswith("a"):
                self.stems.setdefault(_owner_key(spelling[:-1]), actor.id)
                groups["possessive_a"].add(spelling[:-1])
            else:
                groups["possessive"].add(spelling)
        elif spelling.endswith("io") and len(spelling) >= _IO_LETTERS:  # "Tokio" → "Tokiju"
            stem = spelling[:-1] + "j"
            self.stems.setdefault(_owner_key(stem), actor.id)
            groups["declined_io"].add(stem)

    def _completions(
        self, written: str, *, ascii_text: bool
    ) -> tuple[tuple[int, re.Pattern[str], bool], ...]:
        """Of a matched spelling as written, where each spelling it begins with ends and what may follow it.

        The longest first: the whole, then the spellings that are its beginnings ("Kim" of
        "Kim Jong Un"), as the trie tries them. Separators are written as the text has them.
        ``ascii_text`` says the text is in ASCII alone: its tails need test no other script.
        """
        memo = self.ascii_completions if ascii_text else self.completions
        found = memo.get(written)
        if found is None:
            ends = []
            for end in range(len(written), 0, -1):
                key = written[:end]
                ending = self.endings.get(_SEPARATOR.sub(" ", key) if _SEPARATOR.search(key) else key)
                if ending is not None:
                    tail = _tail(self.tails, ending, ascii_text=ascii_text)
                    # Whether the spelling may go without an ending: its tail matches at a text's end.
                    ends.append((end, tail, tail.match("") is not None))
            found = tuple(ends)
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[written] = found
        return found

    def _accelerate(self, ahocorasick: Any) -> None:  # noqa: ANN401 - untyped module
        """Build the automaton of the spellings' first words and the pattern of other scripts' initials."""
        latin = [first for first in self.firsts if first[0].isascii()]
        if latin:
            automaton = ahocorasick.Automaton()
            for first in latin:
                automaton.add_word(first, len(first))
            automaton.make_automaton()
            self.automaton = automaton
        others = sorted({first[0] for first in self.firsts if not first[0].isascii()})
        self.others = re.compile("[" + "".join(map(re.escape, others)) + "]") if others else None

    def pattern(self, initial: str) -> "re.Pattern[str] | None":
        """The pattern of the spellings that begin with ``initial``, compiled on first use, or ``None``."""
        found = self.patterns.get(initial)
        if found is None:
            spellings = self.initials.get(initial)
            if spellings is None:
                return None
            # No word's boundary in the pattern: spans() looks at the character before
            # (_starts_word); with the wide ranges of _UNSPACED each pattern took ten
            # milliseconds more to compile.
            found = self.patterns[initial] = re.compile(_trie_regex(spellings))
        return found

    def _starts(self) -> tuple["re.Pattern[str]", "re.Pattern[str] | None"]:
        """The patterns of every place a spelling's first word begins after a word's boundary.

        Each begins with a literal character in every branch, so that ``re`` skips in C the
        characters no name begins with. The first consumes a name's first character alone,
        so that its matches, one after another, are every such place; its boundary is
        looked behind. A first word in lower case ("de Hoop Scheffer") begins after a
        character the second consumes, any but an ASCII letter, digit or "_": lower-case
        letters are most of a text's, and the first pattern would stop at each. Both find
        some places more than a word's boundary allows; each spelling's pattern looks again.
        """
        if self.starts is None:
            by_initial: dict[str, list[str]] = {}
            lower: list[str] = []
            for first in self.firsts:
                if first[0].islower():
                    lower.append(first)
                else:
                    by_initial.setdefault(first[0], []).append(first[1:])
            branches = []
            for initial, rests in sorted(by_initial.items()):
                char = re.escape(initial)
                # Not after a letter, digit or "_" of ASCII: a superset of the places after a
                # word's boundary (each spelling's pattern looks again), and a quicker test.
                boundary = "" if _unspaced_char().match(initial) else f"(?<![0-9A-Za-z_]{char})"
                rest = f"(?={_trie_regex(rests)})" if all(rests) else ""
                branches.append(char + boundary + rest)
            self.starts = (
                re.compile("|".join(branches)),
                re.compile(f"[^0-9A-Za-z_](?={_trie_regex(lower)})") if lower else None,
            )
        return self.starts

    def _candidates(self, folded: str) -> list[int]:
        """Every place in ``folded`` where a spelling's first word begins after a boundary, in order."""
        initials, lower = self._starts()
        found = [m.start() for m in initials.finditer(folded)]
        if lower is not None:
            after = [m.start() + 1 for m in lower.finditer(folded)]
            if folded[:1].islower():
                after.insert(0, 0)
            if after:
                found = sorted({*found, *after})
        return found

    def _automaton_starts(self, folded: str) -> list[int]:
        """Every place a first word begins, by the automaton, and every initial in another script."""
        # The automaton's words are first words none of which begins another, so its
        # leftmost longest matches are every place one starts, in text order.
        starts: list[int] = []
        if self.automaton is not None:
            starts = [last + 1 - length for last, length in self.automaton.iter_long(folded)]  # type: ignore[attr-defined]
        if self.others is not None and not folded.isascii():
            starts = sorted({*starts, *(m.start() for m in self.others.finditer(folded))})
        return starts

    def sources(self) -> list[str]:
        """The source of every initial's pattern, compiling each: what the matcher looks for."""
        return [pattern.pattern for initial in sorted(self.initials) if (pattern := self.pattern(initial))]

    def actor(self, written: str) -> str:
        """The id of the actor whose name ``written`` is (its ending aside)."""
        # Texts name the same few actors again and again: each written form is looked up once.
        found = self.memo.get(written)
        if found is None:
            found = self._owner(written)
            if len(self.memo) >= _MEMO_SIZE:
                self.memo.clear()
            self.memo[written] = found
        return found

    def _owner(self, written: str) -> str:
        """The actor of a matched name: its spelling's; or, its ending cut off, a spelling's or stem's."""
        for cut in range(min(_LONGEST_ENDING, len(written) - 1) + 1):
            key = _owner_key(written[: len(written) - cut])
            found = self.owner.get(key) or (self.stems.get(key) if cut else None)
            if found is not None:
                return found
        raise KeyError(written)  # pragma: no cover - the pattern matches only spellings

    def spans(self, folded: str) -> list[tuple[int, int, str]]:
        """``(start, end, actor)`` of every name in a folded text, leftmost first, none overlapping.

        A name is found where the pattern matches a spelling that one of its endings and a
        word's end follow; where none does, the search goes on at the next character. With
        the automaton, the pattern is tried only where a name may start: the same names.
        """
        if not self.initials:
            return []
        starts = self._automaton_starts(folded) if self.accelerated else self._candidates(folded)
        found: list[tuple[int, int, str]] = []
        cursor = 0
        patterns = self.patterns
        ascii_text = folded.isascii()
        unspaced = _unspaced_char().match
        completions = self.ascii_completions if ascii_text else self.completions
        memo = self.memo
        # What _complete and actor do, written out: this loop runs once per name in the text.
        for start in starts:
            if start < cursor:
                continue
            initial = folded[start]
            pattern = patterns.get(initial) or self.pattern(initial)
            if pattern is None:
                continue
            if start and not _starts_word(folded[start - 1], initial, unspaced):
                continue
            if (m := pattern.match(folded, start)) is None:
                continue
            written = m[0]
            ends = completions.get(written) or self._completions(written, ascii_text=ascii_text)
            for length, tail, optional in ends:
                end = start + length
                # Most names end before a space or a mark: a spelling that may go without
                # an ending then ends there, as its tail would find (endings are letters).
                after = folded[end : end + 1]
                if optional and not (after.isalnum() or after in "_-"):
                    cursor = end
                elif (tailed := tail.match(folded, end)) is not None:
                    cursor = tailed.end()
                else:
                    continue
                name = folded[start:cursor]
                found.append((start, cursor, memo.get(name) or self.actor(name)))
                break
        return found


def _starts_word(before: str, initial: str, unspaced: Callable[[str], object]) -> bool:
    """Whether a name may begin with ``initial`` after ``before``: after a word's boundary.

    A character of a script without spaces needs no boundary on either side; another
    needs one: no letter, digit or "_" before it (what ``re`` calls a word's character).
    """
    if not (before.isalnum() or before == "_"):
        return True
    return unspaced(initial) is not None or unspaced(before) is not None


def _first_words(spellings: Iterable[str]) -> list[str]:
    """The spellings' first words, but a word that begins with another ("Kishida" after "Kishi").

    Every place a spelling begins, one of them begins, and none begins another: the
    leftmost longest matches of them all, one after another, are every such place.
    """
    kept: set[str] = set()
    for first in sorted({spelling.split(" ", 1)[0] for spelling in spellings}, key=len):
        if not any(first[:length] in kept for length in range(1, len(first))):
            kept.add(first)
    return sorted(kept)


def _tail(
    made: dict[tuple[str, bool], "re.Pattern[str]"], ending: str, *, ascii_text: bool
) -> "re.Pattern[str]":
    """The pattern of ``ending`` (a regular expression of endings) and a word's end, one per ending.

    In a text of ASCII alone, no character is of a script without spaces and ``re``'s
    word characters are ASCII's letters, digits and "_": the word's end of other texts is the same test
    as ``(?![0-9A-Za-z_])``, which compiles without the wide ranges.
    """
    found = made.get((ending, ascii_text))
    if found is None:
        found = made[(ending, ascii_text)] = re.compile(
            ending + (r"(?![0-9A-Za-z_])" if ascii_text else _AFTER)
        )
    return found


class _Nationality:
    """Which names of organisations name no state, whose they are, and the states a word before one names.

    "Foreign Ministry" is a name of Japan's ministry that names no state; its other names
    ("Ministry of Foreign Affairs of Japan") name Japan, its owner. Such a generic name
    after a word that names another state, as a name ("China's") or an adjective
    ("Chinese", found as a word that begins as the state's name of one word begins), is
    another state's organisation: no mention of the owner's. So is one before a word that
    names another state, in the languages that put the state after the noun ("Bộ Ngoại
    giao Trung Quốc", "Ministerio de Exteriores chino"). A ministry's generic name in
    another language than English ("Kementerian Luar Negeri", "Міністерство оборони") is
    what every state has, and a page's own state's most of all: it names its owner only
    with a word beside it that names the owner ("... Jepang", "... Японії", "das
    japanische Außenministerium").
    """

    __slots__ = ("generic", "organisations", "prefixes", "state_ids", "states", "strict", "written")

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self.states: dict[str, str] = {}
        self.state_ids: set[str] = set()
        self.prefixes: dict[str, set[str]] = {}
        for actor in actors:
            if actor.kind is ActorKind.STATE:
                self.state_ids.add(actor.id)
                for name in actor.names:
                    key = fold(_untitled(name))
                    self.states.setdefault(key, actor.id)
                    if " " not in key and len(key) >= _DEMONYM_STEM and key.isalpha():
                        self.prefixes.setdefault(key[:_DEMONYM_STEM], set()).add(actor.id)
        self.organisations: set[str] = set()  # the ids of organisations with a generic name
        self.strict: set[str] = set()  # folded generic names that need their owner named beside them
        self.generic = self._generic(actors)
        self.written: dict[str, str | None] = {}

    def _generic(self, actors: tuple[Actor, ...]) -> dict[str, str]:
        """Folded generic names of organisations, with their owner's id."""
        generic: dict[str, str] = {}
        names: dict[str, dict[str, None]] = {}  # an actor's names in all its records (catalog, reference)
        for actor in actors:
            if actor.kind is ActorKind.ORGANISATION:
                names.setdefault(actor.id, {}).update(dict.fromkeys(actor.names))
        for of_id, of_actor in names.items():
            named = [(name, self._named(fold(_untitled(name)))) for name in of_actor]
            # The owner is named by two of its names or more, and no other state is: a
            # state one name alone seems to name ("Alleanza" begins as "Allemagne" does)
            # is no owner, nor are the states of an alliance.
            counts = Counter(state for _, found in named for state in found)
            owners = [state for state, count in counts.items() if count >= 2]
            if len(owners) != 1:
                continue
            (owner,) = owners
            for name, found in named:
                if not found:
                    key = fold(_untitled(name))
                    generic.setdefault(key, owner)
                    self.organisations.add(of_id)
                    if _MINISTRY.search(key) and "ministry" not in key:
                        self.strict.add(key)
        return generic

    def _named(self, folded: str) -> set[str]:
        """The states a folded name names, by a name of one to three words or an adjective."""
        words = folded.split(" ")
        found = {
            self.states[" ".join(words[at : at + size])]
            for size in (1, 2, 3)
            for at in range(len(words) - size + 1)
            if " ".join(words[at : at + size]) in self.states
        }
        for word in words:
            found |= self.of_word(word)
        return found

    def of_word(self, folded: str) -> set[str]:
        """The states a folded word names: as a name of one word, or as a word derived from one."""
        state = self.states.get(folded)
        if state is not None:
            return {state}
        if len(folded) > _DEMONYM_STEM + 1 and folded.isalpha():
            return self.prefixes.get(folded[:_DEMONYM_STEM], set())
        return set()

    def owner(self, written: str) -> str | None:
        """The owner of the organisation a matched name names, if the name is generic; else ``None``."""
        found = self.written.get(written, "")
        if found == "":
            found = self.generic.get(_owner_key(written))
            if len(self.written) >= _MEMO_SIZE:
                self.written.clear()
            self.written[written] = found
        return found

    def _beside_before(self, text: str, start: int, before: tuple[int, int, str] | None) -> set[str]:
        """The states the mention or word just before ``start`` names."""
        if (
            before is not None
            and before[2] in self.state_ids
            and _POSSESSIVE_GAP.fullmatch(text, before[1], start)
        ):
            return {before[2]}
        word = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return set() if word is None else self.of_word(fold(word[1]))

    def _beside_after(self, text: str, end: int, after: tuple[int, int, str] | None) -> set[str]:
        """The states the mention or word just after ``end`` names (past a linking word: "de", "of")."""
        if after is not None and after[2] in self.state_ids and _LINK_GAP.fullmatch(text, end, after[0]):
            return {after[2]}
        word = _WORD_AFTER.match(text, end, min(len(text), end + 40))
        return set() if word is None else self.of_word(fold(word[1]))

    def keeps(
        self,
        text: str,
        span: tuple[int, int, str],
        owner: str,
        before: tuple[int, int, str] | None,
        after: tuple[int, int, str] | None,
    ) -> bool:
        """Whether a generic name at ``span`` names ``owner``'s organisation, by the words beside it."""
        beside = self._beside_before(text, span[0], before) | self._beside_after(text, span[1], after)
        if owner in beside:
            return True
        if beside:
            return False
        return _owner_key(text[span[0] : span[1]]) not in self.strict


_DEMONYM_STEM = 4
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)(?:['’]s)?\s+\Z")
# The words that link a noun to the state that owns it, after it ("de Japón", "of Japan").
_LINK_GAP = re.compile(r"\s+(?:(?:de|del|do|da|dos|of|du|des|der|al|a)\s+)?", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+(?:(?:de|del|do|da|dos|of|du|des|der|al|a)\s+)?([^\W\d_]+)", re.IGNORECASE)
# A ministry's generic name in another language than English: "Ministerio de Defensa",
# "Außenministerium", "Kementerian Luar Negeri", "Міністерство оборони", "Bộ Ngoại giao".
_MINISTRY = re.compile(r"minist|минист|мініст|υπουργ|\bkementerian\b|\Abo (?:ngoai|quoc)\b")


_MATCHERS: dict[tuple[int, ...], _Matcher] = {}
_CACHE_SIZE = 32


def _matcher(actors: Iterable[Actor]) -> _Matcher:
    """The matcher of an actor set, built once per set of actor objects.

    Keyed on the objects' identities, not their values: hashing every record (names,
    offices, evidence) on every call cost a tenth of a batch's time.
    """
    members = tuple(actors)
    key = tuple(map(id, members))
    found = _MATCHERS.get(key)
    if found is None:
        if len(_MATCHERS) >= _CACHE_SIZE:
            del _MATCHERS[next(iter(_MATCHERS))]
        found = _MATCHERS[key] = _Matcher(members)
    return found


def find_mentions(text: str, actors: Iterable[Actor], *, document: str | None = None) -> tuple[Mention, ...]:
    """Every place ``text`` names one of ``actors``, in text order.

    The rules for titles, possessives, case, diacritics, hyphens and name order
    are in the module's description. A mention never includes a title. Where
    two actors share a name form, the first actor listed wins.

    Args:
        text: Any text, in any Unicode normal form.
        actors: The actors to look for.
        document: The article id to record in each mention, if any.

    Returns:
        The mentions, leftmost first, none overlapping; each span slices ``text``.
    """
    matcher = _matcher(actors)
    if not matcher.initials:
        return ()
    if text.isascii():
        spans = _checked(text, matcher.spans(text), matcher, apostrophe="'" in text)
        return _mentions(spans, text, document)
    folded = _Folded(text)
    if folded.aligned:
        spans = matcher.spans(folded.text)
    else:
        spans = [
            (folded.start(first), folded.end(last), actor)
            for first, last, actor in matcher.spans(folded.text)
        ]
    if _abbreviation_run().search(text):
        spans = _with_abbreviations(text, spans, matcher.ids, _heads(spans, matcher.kinds))
    spans = _checked(text, spans, matcher, apostrophe="'" in text or "\u2019" in text)
    return _mentions(spans, text, document)


def _checked(
    text: str, spans: list[tuple[int, int, str]], matcher: _Matcher, *, apostrophe: bool
) -> list[tuple[int, int, str]]:
    """``spans`` with the owners of generic names, suffixes after an apostrophe and short names checked."""
    if matcher.nationality.generic:
        spans = _owned(text, spans, matcher.nationality)
    if apostrophe:
        spans = _suffixed(text, spans)
    if matcher.as_written:
        spans = _as_written(text, spans, matcher.as_written)
    return spans


_AS_WRITTEN = 3


def _as_written(
    text: str, spans: list[tuple[int, int, str]], forms: dict[str, set[str]]
) -> list[tuple[int, int, str]]:
    """``spans`` without a short name written without the diacritics that tell it from a word ("my")."""
    return [
        span
        for span in spans
        if span[1] - span[0] > _AS_WRITTEN
        or not (written := text[span[0] : span[1]]).isascii()
        or written.casefold() not in forms
    ]


TURKISH_SUFFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "genitive": ("ın", "in", "un", "ün", "nın", "nin", "nun", "nün"),
        "accusative": ("ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü"),
        "dative": ("a", "e", "ya", "ye", "na", "ne"),
        "locative": ("da", "de", "ta", "te", "nda", "nde"),
        "ablative": ("dan", "den", "tan", "ten", "ndan", "nden"),
        "instrumental": ("la", "le", "yla", "yle"),
        "equative": ("ca", "ce", "ça", "çe"),
        "relative": (
            "daki", "deki", "taki", "teki", "ndaki", "ndeki", "ınki", "inki", "unki", "ünki",
            "nınki", "ninki", "nunki", "nünki",
        ),
        "plural": (
            "lar", "ler", "ların", "lerin", "ları", "leri", "lara", "lere", "larda", "lerde", "lardan",
            "lerden", "larla", "lerle",
        ),
        "copula": (
            "dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür", "ydı", "ydi", "ydu", "ydü", "dı",
            "di", "du", "dü", "tı", "ti", "tu", "tü",
        ),
    }
)  # fmt: skip
"""The suffixes Turkish writes after an apostrophe on a proper name, by case, in all their forms.

Each case's suffix takes the forms of vowel harmony (front and back, rounded and unrounded:
"ın", "in", "un", "ün"), of consonant assimilation after a voiceless consonant ("da", "ta")
and of the buffer consonants after a vowel ("yı", "nın") or a possessive ("nda"), as a
grammar of Turkish gives them (Göksel and Kerslake, *Turkish: A Comprehensive Grammar*,
ch. 14): "Japonya'nın", "Tokyo'da", "NATO'ya", "Çin'in", "Kuzey Kore'nin". The span of a
mention includes the apostrophe and the suffix, as it includes a hyphenated ending
("NATO-a"). English endings after an apostrophe ("'s", "'ll", "'re") are none of them."""


@functools.cache
def _turkish_suffix() -> "re.Pattern[str]":
    """An apostrophe, then a suffix of :data:`TURKISH_SUFFIXES` (longest first), then a word's end."""
    suffixes = sorted(
        {suffix for forms in TURKISH_SUFFIXES.values() for suffix in forms}, key=len, reverse=True
    )
    return re.compile(r"['\u2019](?:" + "|".join(suffixes) + r")(?![^\W\d_])", re.IGNORECASE)


def _suffixed(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with the Turkish suffix after an apostrophe that ends a Latin-script name."""
    out = spans
    suffix = _turkish_suffix().match
    # Most names are followed by no apostrophe: only those that are are looked at.
    for at in [at for at, span in enumerate(spans) if text[span[1] : span[1] + 1] in _APOSTROPHE_MARKS]:
        start, end, actor = spans[at]
        before = text[end - 1 : end]
        if (before.isascii() and before.isalnum()) or "LATIN" in unicodedata.name(before, ""):
            found = suffix(text, end)
            if found is not None and (at + 1 == len(spans) or spans[at + 1][0] >= found.end()):
                if out is spans:
                    out = list(spans)
                out[at] = (start, found.end(), actor)
    return out


_APOSTROPHE_MARKS = ("'", "\u2019")


def _owned(
    text: str, spans: list[tuple[int, int, str]], nationality: _Nationality
) -> list[tuple[int, int, str]]:
    """``spans`` without a generic name of an organisation that a word naming another state comes before."""
    organisations = nationality.organisations
    # Most mentions are of states and persons: only an organisation's name is looked up.
    removed: set[int] = set()
    for at in [at for at, span in enumerate(spans) if span[2] in organisations]:
        span = spans[at]
        owner = nationality.owner(text[span[0] : span[1]])
        if owner is None:
            continue
        kept = at - 1  # the mention before it that stays
        while kept in removed:
            kept -= 1
        before = spans[kept] if kept >= 0 else None
        after = spans[at + 1] if at + 1 < len(spans) else None
        if not nationality.keeps(text, span, owner, before, after):
            removed.add(at)
    return [span for at, span in enumerate(spans) if at not in removed] if removed else spans


ABBREVIATIONS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "ja": MappingProxyType(
            {"日": "japan", "米": "united-states", "英": "united-kingdom", "独": "germany", "仏": "france",
             "韓": "south-korea", "露": "russia", "豪": "australia", "中": "china", "朝": "north-korea",
             "ロ": "russia", "印": "india", "台": "taiwan"}
        ),
        "zh": MappingProxyType(
            {"日": "japan", "美": "united-states", "英": "united-kingdom", "德": "germany",
             "韩": "south-korea", "俄": "russia", "澳": "australia", "中": "china", "朝": "north-korea",
             "印": "india", "台": "taiwan", "乌": "ukraine", "烏": "ukraine"}
        ),
        "ko": MappingProxyType(
            {"한": "south-korea", "미": "united-states", "일": "japan", "중": "china", "북": "north-korea",
             "러": "russia", "독": "germany"}
        ),
    }
)  # fmt: skip
"""One-character abbreviations of states in Japanese, Chinese and Korean, by language.

Alone, each is also a common word or part of one (日 "day", 米 "rice", 中 "in", 한 "one"),
so one is a mention only where its neighbours say it stands for a state:

* in a run of two to four of them ("日米", "日英首脳会談", "日韩澳", "한미일", "対中朝ロ"),
  written together or with middle dots between ("한·미·일", "日・米"), that follows no digit
  and no other Han or Hangul character but a word of :data:`RUN_MAY_FOLLOW`
  or :data:`ABBREVIATION_PREFIXES` ("与日韩澳三国", "第1回日独");
* alone, after a word of :data:`ABBREVIATION_PREFIXES` ("訪米", "来日", "对华", "駐米大使"),
  before one of :data:`ABBREVIATION_SUFFIXES` ("日媒", "中方", "米大統領"), or right before
  the name of a state or organisation, with or without a middle dot ("日NATO", "日・NATO");
* in Korean, a Han character of :data:`KOREAN_HAN` between Hangul words ("기시다 日 총리").

Runs that are words ("朝日", Asahi) are none (:data:`NOT_RUNS`); a 中 that ends a run after a
word of visiting is "during" ("訪米中"), and ロ is no abbreviation beside other katakana."""

KOREAN_HAN: Mapping[str, str] = MappingProxyType(
    {"日": "japan", "美": "united-states", "中": "china", "北": "north-korea", "韓": "south-korea",
     "英": "united-kingdom", "獨": "germany", "露": "russia", "佛": "france"}
)  # fmt: skip
"""The Han characters Korean headlines and copy write for states among Hangul ("기시다 日 총리")."""

KOREAN_PREFIXES: Mapping[str, str] = MappingProxyType({"방": "일미한중러", "대": "일북"})
"""Hangul syllables (訪 visit, 對 toward) that begin a word of two with a state's one-syllable
abbreviation, as 訪 and 対 do in Han ("방일" visit to Japan, "방미", "대북 제재"), by the
abbreviations each takes: not "대중" (also "the public"), "대한" ("about") or "대미" (a finale)."""

KOREAN_AFTER = frozenset("은는을를이가에의과와도로으길중후때전기하한했해")
"""Hangul syllables that may follow such a word inside its written word: particles and the
words of a visit ("방일을", "방일 기간", "방미길", "방한했다")."""

ABBREVIATION_PREFIXES = frozenset("訪访来來赴駐驻対对對反離离")
"""Characters (visit, come to, be posted to, toward, anti-, leave) after which one abbreviation
stands for its state: "訪米", "来日", "駐米大使", "対中", "对华", "反日"."""

ABBREVIATION_SUFFIXES = (
    "媒", "方", "側", "紙", "軍", "军", "相", "首相", "總理", "总理", "総理", "总统", "總統", "大統領",
    "政府", "政権", "政權", "外相", "外长", "外長", "防長", "防长",
)  # fmt: skip
"""Words before which one abbreviation stands for its state: its media, side, government,
army or leader ("日媒", "中方", "米側", "米大統領", "日首相", "日相"). Before such a word, one
may follow a character of :data:`RUN_MAY_FOLLOW` ("據日媒", "與中方")."""

NOT_RUNS = frozenset({"朝日"})
"""Runs of abbreviations that are a word or a name, such as 朝日 (Asahi)."""

_PREFIX_ONLY = MappingProxyType({"华": "china", "華": "china"})
_ABBREVIATED = {char: id_ for table in ABBREVIATIONS.values() for char, id_ in table.items()}
_ABBREVIATION_CHARS = {**_ABBREVIATED, **_PREFIX_ONLY, **KOREAN_HAN}
_VISITS = frozenset("訪来來滞在")
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]")
_HANGUL = re.compile("[\uac00-\ud7a3]")


@functools.cache
def _abbreviation_run() -> "re.Pattern[str]":
    # The character class comes first so that the search skips most text in C; what may
    # stand before a run is checked by _NOT_BEFORE_RUN only where one is found.
    chars = "".join(sorted(_ABBREVIATION_CHARS))
    return re.compile(f"[{chars}](?:{_RUN_DOT}?[{chars}])*")


RUN_MAY_FOLLOW = frozenset("与與及和同跟对對在的为為是由将將把被向从從回次致据據")
"""Chinese function characters (and, with, in, of, by ...) and counters (第1回, times) after
which a run of abbreviations may start, though a Han character stands before it:
"以及日德合作", "与日韩澳三国", "第1回日独", "导致中美日"; a month after its number
stands before one too ("6月日韓")."""
_RUN_DOT = "[\u00b7\u2027\u30fb\uff65]"
_NOT_BEFORE_RUN = re.compile(r"[\d\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]")
_HAN = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _with_abbreviations(
    text: str, spans: list[tuple[int, int, str]], ids: set[str], heads: Mapping[int, str]
) -> list[tuple[int, int, str]]:
    """``spans`` and the abbreviations of states in ``text`` that no span overlaps, in text order.

    ``heads`` maps where a span of a state or organisation starts to its actor, so that
    "日NATO" finds the 日.
    """
    starts = [start for start, _, _ in spans]
    more: list[tuple[int, int, str]] = []
    for run in _abbreviation_run().finditer(text):
        at = bisect.bisect_left(starts, run.end())
        if at and spans[at - 1][1] > run.start():
            continue
        places = [run.start() + i for i, c in enumerate(run.group()) if c in _ABBREVIATION_CHARS]
        before = text[run.start() - 1] if run.start() else ""
        found = _run(text, places, before, heads)
        if all(state in ids for _, state in found):  # a run counts whole, or not at all
            more += [(i, i + 1, state) for i, state in found]
    return sorted([*spans, *more]) if more else spans


def _run(text: str, places: list[int], before: str, heads: Mapping[int, str]) -> list[tuple[int, str]]:
    """Of a run of abbreviations at ``places``, each one that stands for a state, with the state."""
    chars = [text[i] for i in places]
    if len(chars) > 1:
        month = before == "月" and places[0] >= 2 and text[places[0] - 2].isdigit()
        if (
            before
            and _NOT_BEFORE_RUN.match(before)
            and before not in RUN_MAY_FOLLOW | ABBREVIATION_PREFIXES
            and not month
        ):
            return []
        if before in _VISITS and chars[-1] == "中":  # 訪米中: "during the visit to the US"
            places, chars = places[:-1], chars[:-1]
    if len(chars) == 1:
        state = _single(text, places[0], before, chars[0], heads)
        return [(places[0], state)] if state is not None else []
    if not all(c in _ABBREVIATED for c in chars) or "".join(chars) in NOT_RUNS:
        return []
    after = text[places[-1] + 1 : places[-1] + 2]
    if "ロ" in chars and (_KATAKANA.match(before or " ") or _KATAKANA.match(after or " ")):
        return []
    if len(chars) > 4 or len(set(chars)) != len(chars):
        return []
    return [(i, _ABBREVIATED[c]) for i, c in zip(places, chars, strict=True)]


def _heads(spans: list[tuple[int, int, str]], kinds: frozenset[str]) -> dict[int, str]:
    """Where each span of a state or organisation starts, with its actor."""
    return {start: actor for start, _, actor in spans if actor in kinds}


def _single(text: str, at: int, before: str, char: str, heads: Mapping[int, str]) -> str | None:
    """The state one abbreviation at ``at`` stands for, where its neighbours say so; else ``None``."""
    after = text[at + 1 : at + 2]
    if char in KOREAN_HAN and not _HAN.match(before or " ") and not _HAN.match(after or " "):
        # Among Hangul: the nearest letters on either side, spaces and marks aside.
        left = text[max(0, at - 3) : at].strip()
        right = text[at + 1 : at + 4].strip()
        if _HANGUL.match(left[-1:] or " ") or _HANGUL.match(right[:1] or " "):
            return KOREAN_HAN[char]
    if char in KOREAN_PREFIXES.get(before, "") and _korean_word(text, at, after):
        return ABBREVIATIONS["ko"][char]
    if before in ABBREVIATION_PREFIXES:
        if char == "ロ" and _KATAKANA.match(after or " "):
            return None
        return _ABBREVIATED.get(char) or _PREFIX_ONLY.get(char)
    state = _ABBREVIATED.get(char)
    if state is None or _KATAKANA.match(after or " "):
        return None
    suffixed = text.startswith(ABBREVIATION_SUFFIXES, at + 1)
    if before and _NOT_BEFORE_RUN.match(before):
        # After a Han character, only a function word and a word such as 媒 or 方 say so.
        said = before in RUN_MAY_FOLLOW and suffixed
    else:
        nxt = at + 2 if _RUN_DOT_CHARS.get(after) else at + 1
        said = suffixed or nxt in heads
    return state if said else None


_RUN_DOT_CHARS = dict.fromkeys("\u00b7\u2027\u30fb\uff65", True)


def _korean_word(text: str, at: int, after: str) -> bool:
    """Whether the syllable before ``at`` begins a word and the one at ``at`` ends it, but for a particle."""
    start = at - 1
    return (start == 0 or not _HANGUL.match(text[start - 1])) and (
        not _HANGUL.match(after or " ") or after in KOREAN_AFTER
    )


_new = object.__new__
# Mention is a slotted class: its slots' own setters are the quickest way to fill one.
_SET_ACTOR, _SET_START, _SET_END, _SET_TEXT, _SET_DOCUMENT = (
    vars(Mention)[name].__set__ for name in ("actor", "start", "end", "text", "document")
)


def _mentions(spans: list[tuple[int, int, str]], text: str, document: str | None) -> tuple[Mention, ...]:
    """The mentions of ``spans``, built without running their validators.

    Every value comes from a match in the text and an actor record already checked, so
    the checks cannot fail; run on every mention they tripled the time of a search of a
    text dense with names.
    """
    new, actor_of, start_of, end_of, text_of, document_of = (
        _new,
        _SET_ACTOR,
        _SET_START,
        _SET_END,
        _SET_TEXT,
        _SET_DOCUMENT,
    )
    out = []
    for start, end, actor in spans:
        mention: Mention = new(Mention)
        actor_of(mention, actor)
        start_of(mention, start)
        end_of(mention, end)
        text_of(mention, text[start:end])
        document_of(mention, document)
        out.append(mention)
    return tuple(out)
