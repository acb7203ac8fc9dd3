"""Direct quotations in any text: the quoted words, who said them, and the verb that says so.

**What is a quote.** Words in double quotation marks (straight ``"``, curly
``“ ”``, ``„ “``, guillemets ``« »`` or ``» «``, or TeX-style pairs of backquotes
and apostrophes) or in single marks, curly (``‘ ’``) or straight (``' '``, around three words
or more: fewer are a term)
that the text attributes to someone: a verb of saying or writing (*said*,
*told*, *stressed*, *wrote* …, or *zei*, *aldus*, *a déclaré*, *dijo* …: the cues
are data by language, :data:`CUES_BY_LANGUAGE`, with the German and Romance forms derived from
their infinitives by :func:`verb_forms`) or *according to* stands within a few words of the
marks in the same sentence, or a colon opens them, or they run to six words or
more. Words in title case or capitals (``"Free and Open Indo-Pacific"``), a
single quoted word (``"counterstrike"``), short quoted terms with no
attribution next to them (``"observer."``), titles with no cue (in running text
or in a list of notes) and short phrases the text quotes three times or more are
terms, slogans, titles or scare quotes, not quotes. A ``’`` between letters or
before one (``Japan’s``, ``let's``) is an apostrophe, never a closing mark. A quote that is a
sentence of its own may be attributed by the next one (``“…”. Lo ha detto Rutte``, ``Those were
the words of …``: :data:`NEXT_SENTENCE_CUES_BY_LANGUAGE`), and a few cues count only right after
the closing mark (``„…“, so der Generalsekretär``: :data:`AFTER_ONLY_CUES_BY_LANGUAGE`).

**How a quote is read.** Marks pair within a paragraph; a quote still
open at the end of a paragraph goes on when the next paragraph opens with a
quotation mark, and is dropped otherwise. A line break is a paragraph break
unless the text parts its paragraphs with blank lines, or the break wraps a
sentence (hard-wrapped copy: no sentence end before it, a lowercase letter after
it). The quote's evidence is the exact text between the marks (without the spaces
that set guillemets off, ``« … »``), so a quote over paragraphs keeps the break
and the mark that reopens it. A quote split by its attribution (``"…," he said, "…"``) gives two
quotes with the same speaker.

**Who said it.** The speaker is the subject of the attribution verb, before or
after it (``Kishida said``, ``said Kishida``), or the words after *according to*,
or the clause before the colon. *He*, *she* and a definite title (*the prime
minister*) stand for the person named last before the quote; a quote with no
attribution that opens a paragraph right after another quote keeps that quote's
speaker; a capitalised function word or sentence adverb (*Toutefois*, *Another*:
:data:`FUNCTION_WORDS_BY_LANGUAGE`) is never a name, nor, in text that is not English, a
capitalised function word of another language before a lowercase word (*El secretario*, *Lo ha
detto*: the stop-word lists of the stop-words package, in ``vocabularies/function_words.json``); a
title in those languages (*il Segretario Generale*, *l’ambassadeur*) stands for the person named
with it, and in Spanish, Portuguese and Italian a cue with no subject (*Ha osservato che*) for the
last speaker or person named; an unnamed source keeps its description
(*a senior official*) with no actor. The speaker's words are resolved to an actor with
:func:`japan_nato_corpus.mentions.find_mentions`.

**Japanese, Chinese, Arabic and Korean.** Corner brackets (``「 」``, and ``『 』`` inside them) are
quotation marks too. These scripts have no capitals to find a name by, so their cues (data in
``vocabularies/speech_verbs.json``, ``scripts``) come with the shape of the sentence: in Japanese
the verb follows the quote and its particle (``「…」と述べた``) and the speaker is a が-subject in
the clause before the quote or else the sentence's topic (``岸田総理は``); in Chinese the
subject and the verb stand before the quote (``史密斯称，“…”``) or right after it (``”马克龙说。``);
in Arabic the verb opens the sentence and its subject follows it (``وقال كيشيدا: "…"``); in
Korean a quotative ending follows the quote (``”라고 말했다``, ``”고 밝혔다``, ``”며``) and the
speaker is the noun a topic or subject particle marks before it (``김 장관은``), a family name and
an office alone standing for the full name written before with that office. A cue
with no subject, a pronoun or an office alone gives the quote to the speaker before it, or to the
subject a cue names earlier in the text; a quote that is a sentence of its own right after an
attributed one goes on with its speaker. A short quote inside a noun phrase (``“印太地区”国家``,
``「いずも」が``), a name quoted in the subject or after the noun it names (``وكالة "كيودو"``) is
no quote.

The rules are hand-written heuristics over the surface of the text; no parser
or model is loaded.
"""

import bisect
import functools
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from japan_nato_corpus.errors import ArgumentError, ParseError
from japan_nato_corpus.mentions import TITLES, find_mentions
from japan_nato_corpus.model import Actor, ActorKind, Alias, Evidence, Mention, Quote, QuoteKind, Span

__all__ = [
    "ACCORDING_TO",
    "AFTER_ONLY_CUES_BY_LANGUAGE",
    "CUES",
    "CUES_BY_LANGUAGE",
    "FUNCTION_WORDS_BY_LANGUAGE",
    "MIN_UNATTRIBUTED_WORDS",
    "NEXT_SENTENCE_CUES_BY_LANGUAGE",
    "NULL_SUBJECT_LANGUAGES",
    "SPEAKER_REACH",
    "find_quotes",
    "verb_forms",
]

_VOCABULARIES = Path(__file__).parent / "vocabularies"
"""The folder of the vocabularies the quote finder reads, each when first needed."""


@functools.cache
def _speech_verbs() -> dict[str, Any]:
    """``speech_verbs.json``: the verbs of saying by language, and the cues of scripts with no capitals."""
    return _vocabulary("speech_verbs.json")


@functools.cache
def _function_words() -> dict[str, Any]:
    """``function_words.json``: function words by language (``tools/quote_function_words.py`` builds it)."""
    return _vocabulary("function_words.json")


@functools.cache
def _date_words() -> dict[str, Any]:
    """``date_words.json``: month and weekday names (from CLDR)."""
    return _vocabulary("date_words.json")


def _vocabulary(name: str) -> dict[str, Any]:
    """One vocabulary file, read as JSON."""
    loaded: dict[str, Any] = json.loads((_VOCABULARIES / name).read_text(encoding="utf-8"))
    return loaded


CUES_BY_LANGUAGE: Mapping[str, tuple[str, ...]]
"""Verbs and phrases that attribute quoted words to a speaker, by language (ISO 639-1 code).

They are data, in ``vocabularies/speech_verbs.json``, read when first needed: each language's
phrases as written, and the forms of its verbs of saying, derived from their infinitives by the
regular inflection of the language (:func:`verb_forms`), with the irregular forms the file gives.
Each is matched as written, in lowercase, wherever it stands in any text: the languages only sort
the data. ``according to`` and its like in each language (:data:`ACCORDING_TO`) name a source.
"""

CUES: tuple[str, ...]
"""Verbs and phrases that attribute quoted words to a speaker: those of every language, in order."""


def verb_forms(language: str, verb: str, irregular: Mapping[str, object] | None = None) -> dict[str, object]:
    """The forms of a verb of saying that attribute a quote, by the regular inflection of ``language``.

    Spanish, Portuguese and Italian give the preterite's third persons (``dijo``, ``dijeron``;
    ``disse``; ``disse``, ``aggiunse``), French none; all four the participle of the perfect
    (``dicho``, ``dito``, ``detto``, ``dit``) and the present's third person singular. German gives
    the present (``betont``), the preterite's third persons (``betonte``, ``betonten``) and the
    participle (``gesagt``, ``erklärt``, ``kritisiert``). ``irregular`` replaces what the rules
    would give.

    Returns:
        ``{"present": str, "preterite": [str, ...], "participle": str}``.

    Raises:
        ArgumentError: ``language`` has no rules here, or ``verb`` is no infinitive its rules know
            and ``irregular`` is empty.
    """
    if language not in _INFLECTED:
        raise ArgumentError("language", language, _INFLECTED)
    forms = _regular_forms(language, verb)
    if forms is None and not irregular:
        message = f"{verb!r} is no {language} infinitive the rules know, and no irregular forms are given"
        raise ArgumentError("verb", verb, message=message)
    return {"present": "", "preterite": [], "participle": "", **(forms or {}), **(irregular or {})}


_INFLECTED = ("de", "es", "fr", "it", "pt")


def _regular_forms(language: str, verb: str) -> dict[str, object] | None:
    """The forms the rules of ``language`` give ``verb``, or None when its ending is none they know."""
    if language in {"es", "pt", "it"}:
        size = 3 if language == "it" else 2
        table = (_ITALIAN_ENDINGS if language == "it" else _ROMANCE_ENDINGS[language]).get(verb[-size:])
        if table is None:
            return None
        stem = verb[:-size]
        return {
            "present": stem + table[0],
            "preterite": [stem + e for e in table[1]],
            "participle": stem + table[2],
        }
    if language == "fr":
        head, _, rest = verb.partition(" ")  # "faire savoir", "mettre en garde"
        endings = {"er": ("e", "é"), "ir": ("it", "i")}.get(head[-2:])
        if endings is None:
            return None
        tail = f" {rest}" if rest else ""
        return {
            "present": head[:-2] + endings[0] + tail,
            "preterite": [],
            "participle": head[:-2] + endings[1] + tail,
        }
    return _german_forms(verb) if verb.endswith("n") else None


_ROMANCE_ENDINGS = {
    "es": {
        "ar": ("a", ("ó", "aron"), "ado"),
        "er": ("e", ("ió", "ieron"), "ido"),
        "ir": ("e", ("ió", "ieron"), "ido"),
    },
    "pt": {
        "ar": ("a", ("ou", "aram"), "ado"),
        "er": ("e", ("eu", "eram"), "ido"),
        "ir": ("e", ("iu", "iram"), "ido"),
    },
}  # fmt: skip
"""Spanish and Portuguese endings by the infinitive's: the present's third person singular, the
preterite's third persons singular and plural, the participle."""
_ITALIAN_ENDINGS = {
    "are": ("a", ("ò", "arono"), "ato"),
    "ere": ("e", ("é", "erono"), "uto"),
    "ire": ("e", ("ì", "irono"), "ito"),
}
"""Italian endings by the infinitive's, in the same order."""
_GERMAN_INSEPARABLE = ("be", "er", "ver", "zer", "ent", "emp", "ge", "miss", "über", "unter", "wider")
"""German prefixes that take no ``ge-`` in the participle (``erklärt``, ``versichert``)."""


def _german_forms(verb: str) -> dict[str, object]:
    """A weak German verb's present, preterite and participle: ``betonen`` is ``betont``, ``betonte``."""
    stem = verb[:-2] if verb.endswith("en") else verb[:-1]  # "sagen", "äußern"
    joint = "e" if stem.endswith(("t", "d")) else ""  # "antwortet", "antwortete"
    participle = stem + joint + "t"
    if not (verb.endswith("ieren") or verb.startswith(_GERMAN_INSEPARABLE)):
        participle = "ge" + participle
    return {
        "present": stem + joint + "t",
        "preterite": [stem + joint + "te", stem + joint + "ten"],
        "participle": participle,
    }


@functools.cache
def _cues_by_language() -> Mapping[str, tuple[str, ...]]:
    """The cues of each language, from the file of verbs of saying (:data:`CUES_BY_LANGUAGE`)."""
    data = _speech_verbs()["languages"]
    cues: dict[str, tuple[str, ...]] = {}
    for language, entry in data.items():
        found: list[str] = []
        auxiliaries = entry.get("auxiliaries", ())
        present = set(entry.get("present", ()))
        for verb in entry.get("verbs", ()):
            forms = verb_forms(language, verb, entry.get("irregular", {}).get(verb))
            participle = str(forms["participle"])
            found += [str(f) for f in forms["preterite"]]  # type: ignore[attr-defined]
            if language == "de":
                found += [str(forms["present"]), participle]
            else:
                found += [f"{aux} {participle}" for aux in auxiliaries]
                if verb in present:
                    found.append(str(forms["present"]))
        cues[language] = tuple(
            dict.fromkeys(
                [
                    *found,
                    *entry.get("phrases", ()),
                    *entry.get("naming", ()),
                    *entry.get("pronominal", ()),
                    *entry.get("impersonal", ()),
                    *entry.get("before", ()),
                ]
            )
        )
    return MappingProxyType(cues)


@functools.cache
def _before_only_cues() -> frozenset[str]:
    """The cues that give only the quoted words after them (``accused China of “…”``): ``before``."""
    data = _speech_verbs()["languages"]
    return frozenset(cue for entry in data.values() for cue in entry.get("before", ()))


@functools.cache
def _naming_cues() -> frozenset[str]:
    """The cues that name or describe something in the quoted words: ``described … as a “…”``.

    They are each language's ``naming`` verbs in the file of verbs of saying.
    """
    data = _speech_verbs()["languages"]
    return frozenset(cue for entry in data.values() for cue in entry.get("naming", ()))


def __getattr__(name: str) -> object:
    """The cue lists, read from their file when first asked for (no file is read at import)."""
    if name == "CUES_BY_LANGUAGE":
        return _cues_by_language()
    if name == "CUES":
        return _all_cues()
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


@functools.cache
def _all_cues() -> tuple[str, ...]:
    return tuple(dict.fromkeys(cue for cues in _cues_by_language().values() for cue in cues))


NULL_SUBJECT_LANGUAGES = ("es", "pt", "it", "bs", "pl", "cs")
"""Languages whose cues may stand with no subject (``“…”, agregó.``): the last speaker said it."""


@functools.cache
def _null_subject_cues() -> frozenset[str]:
    """The cues that may stand with no subject written, the last speaker's.

    The cues of the languages that drop the subject, less those that name a source, and the cues
    that carry their subject as a clitic pronoun (``ujarnya``: *he said*).
    """
    cues = _cues_by_language()
    data = _speech_verbs()["languages"]
    pronominal = {c for entry in data.values() for c in entry.get("pronominal", ())}
    return (frozenset(c for lang in NULL_SUBJECT_LANGUAGES for c in cues[lang]) - ACCORDING_TO) | pronominal


ACCORDING_TO = frozenset(
    {
        "according to",
        "volgens",
        "laut",
        "selon",
        "según",
        "segundo",
        "secondo",
        "menurut",
        "по словам",
        "według",
    }
)
"""The cues that name a source (``according to X``) rather than say who spoke."""

FUNCTION_WORDS_BY_LANGUAGE: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            {"another", "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless",
             "still", "yet", "also", "indeed", "instead", "thus", "therefore", "besides", "finally",
             "then", "next", "other", "others", "some", "many", "several", "both", "each", "this",
             "that", "these", "those", "such", "there", "here", "but", "and", "so"}
        ),
        "fr": frozenset(
            {"toutefois", "cependant", "pourtant", "néanmoins", "ainsi", "enfin", "puis", "alors", "aussi",
             "mais", "donc", "or", "par", "pour", "dans", "ensuite", "d'ailleurs", "d’ailleurs"}
        ),
        "es": frozenset({"embargo", "además", "asimismo", "también", "obstante", "pero", "así"}),
        "pt": frozenset({"porém", "contudo", "entretanto", "além", "também", "assim"}),
        "it": frozenset({"tuttavia", "inoltre", "però", "anche", "intanto", "infine", "poi", "così"}),
        "de": frozenset({"jedoch", "allerdings", "außerdem", "zudem", "auch", "dennoch", "trotzdem", "aber"}),
        "nl": frozenset({"echter", "maar", "ook", "daarnaast", "toch", "bovendien"}),
    }
)  # fmt: skip
"""Capitalised function words and sentence adverbs that open a sentence and never name a speaker
(``Toutefois, il a ajouté``, ``Another person said``), by language (ISO 639-1 code)."""

NEXT_SENTENCE_CUES_BY_LANGUAGE: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("those were the words of", "these were the words of", "so said"),
        "it": (
            "lo ha detto", "lo ha dichiarato", "lo ha affermato", "lo ha sottolineato", "lo ha spiegato",
            "lo ha annunciato", "lo ha ribadito", "lo dice", "così",
        ),
        "es": ("lo dijo", "así lo dijo", "lo afirmó", "lo declaró", "así lo afirmó"),
        "pt": ("foi o que disse", "foi o que afirmou", "disse-o"),
        "fr": ("c'est ce qu'a déclaré", "c’est ce qu’a déclaré", "c'est ce qu'a dit", "c’est ce qu’a dit"),
        "de": ("das sagte", "das erklärte", "dies sagte", "dies erklärte"),
        "ru": (
            "об этом сообщил", "об этом сообщила", "об этом заявил", "об этом заявила",
            "об этом сказал", "об этом сказала", "об этом рассказал", "об этом рассказала",
            "об этом написал", "об этом написала",
        ),
    }
)  # fmt: skip
"""Phrases that open the sentence after a quote and name who said it: ``“…”. Lo ha detto Rutte``."""

AFTER_ONLY_CUES_BY_LANGUAGE: Mapping[str, tuple[str, ...]] = MappingProxyType({"de": ("so",)})
"""Cues that attribute a quote only right after its closing mark and a comma: ``„…“, so der
Generalsekretär``; anywhere else they are common words."""

MIN_UNATTRIBUTED_WORDS = 6
"""Quoted words of at least this many words count as a quote even with no attribution nearby."""

_WRITTEN_CUES = frozenset({"wrote", "writes", "read", "posted", "tweeted"})
_WRITTEN_SPEAKERS = re.compile(
    r"\b(?:statement|declaration|communiqu[eé]|report|paper|editorial|letter|document|programme|program|"
    r"strategy|itpp|resolution|article)s?\b",
    re.IGNORECASE,
)


@functools.cache
def _cue_pattern() -> re.Pattern[str]:
    """Any cue, as written, and some capitalised as they open a sentence.

    The cues of the languages that drop the subject and those that name a source are matched
    capitalised too (``Ha sottolineato che “…”``, ``According to Mao Ning, …``).
    """
    cues = _cues_by_language()
    opening = [c for lang in NULL_SUBJECT_LANGUAGES for c in cues[lang]] + sorted(ACCORDING_TO)
    forms = {*_all_cues(), *(cue[:1].upper() + cue[1:] for cue in opening)}
    split = [_split_cue(cue) for cue in cues["de"] if len(cue.split()) == 2 and cue.split()[1] != "es"]
    return re.compile(
        r"(?<![\w-])(?:"
        + "|".join([*sorted(map(re.escape, forms), key=len, reverse=True), *split])
        + r")(?![\w-])"
    )


def _split_cue(phrase: str) -> str:
    """A pattern of the verb of a German phrase of verb and particle (``teilte mit``), the particle after.

    The verb alone matches, where its particle ends the clause within :data:`_SPLIT_CUE_WORDS`
    words after it (``…«, teilte eine Sprecherin des Außenministeriums mit.``).
    """
    verb, particle = phrase.split()
    words = rf"(?:[ \t]+[\w'\u2019-]+){{1,{_SPLIT_CUE_WORDS}}}?"
    return rf"{re.escape(verb)}(?={words}[ \t]+{re.escape(particle)}[ \t]*[.,;!?])"


_SPLIT_CUE_WORDS = 8
"""How many words may stand between a German verb of saying and its separated particle
(``teilte eine Sprecherin des chinesischen Außenministeriums mit``): the verb alone is the cue then."""


_MARK = re.compile(r"``|''|[\"\u201c\u201d\u00ab\u00bb\u201e]")
_LINE = re.compile(r"[^\r\n\u2028\u2029\x85\x0b\x0c]+")
_WORD = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Gen|St|Jr|Sr|Prof|Lt|Col|Sgt|Rep|Sen|Gov)\.|[^\W_]+(?:['\u2019.-][^\W_]+)*"
)
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bNo)(?<!\bProf)(?<![\s.][A-Z])"
    r"[.!?][\"\u201d\u2019\u00bb)\]]*\s+(?=[\"\u201c\u201d\u2018\u00ab\u00bb\u201e(]?[A-Z\u00c0-\u00d6\u00d8-\u00de\u0400-\u042f]|\[\d)"
    r"|(?<=[a-z]{3})[.!?](?=[A-Z][a-z]*\s+[a-z])"
)
"""A sentence end: a full stop and a space before a capital (Latin or Cyrillic: ``… с Крозетто. Он
также …``), or a full stop that lost its space between a word and a capitalised one (``Taiwan.A
diplomat said``)."""
_CUE_PRONOUN_LANGUAGES = ("de", "es", "pt", "it", "ru")
"""The languages besides English and French whose pronouns (``Ele pediu que …``, ``sagte er``) the
cue rules read as *he* and *she*, only in lowercase or as a function word that opens a sentence
(:func:`_tokens`)."""


@functools.cache
def _pronouns(language: str) -> frozenset[str]:
    """The pronouns of the third person singular of one language, from ``speech_verbs.json``, folded.

    English ``he`` and ``she``; French ``il`` and ``elle``, read as *he* and *she* after an inverted
    cue only (``a-t-il ajouté``).
    """
    entry = _speech_verbs()["languages"][language]
    return frozenset(word.casefold() for word in entry.get("pronouns", ()))


@functools.cache
def _other_pronouns() -> frozenset[str]:
    """*He* and *she* in the languages of :data:`_CUE_PRONOUN_LANGUAGES`, but a word that is an article too.

    Spanish writes *él* as ``el`` where it drops the accent, and ``el`` is the article as well: a
    cue's subject is never read as a pronoun from it.
    """
    found = frozenset().union(*(_pronouns(language) for language in _CUE_PRONOUN_LANGUAGES))
    return found - _NAME_ARTICLES


@functools.cache
def _singular_pronouns() -> frozenset[str]:
    """*He* and *she* in every language the cue rules read them in: the pronouns that stand for one person."""
    return _pronouns("en") | _pronouns("fr") | _other_pronouns()


_POSSESSIVES = frozenset({"his", "her"})
_GROUP_PRONOUNS = frozenset({"they", "it"})
_SKIPPABLE = frozenset(
    {"has", "have", "had", "was", "is", "also", "later", "then", "earlier", "again", "once", "further",
     "previously", "recently", "would", "will", "meanwhile", "however", "today",
     "yesterday", "on", "in", "at"}
)  # fmt: skip
_NOT_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
     "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
     "earlier", "later", "meanwhile", "however", "in", "on", "at", "speaking", "asked", "after", "before",
     "regarding", "according", "during", "following", "despite", "under", "since", "although", "if"}
) | frozenset(w for words in FUNCTION_WORDS_BY_LANGUAGE.values() for w in words)  # fmt: skip
_INSTITUTION = re.compile(
    r"\b(?:University|Council|Forces?|Dialogue|Agency|Ministry|Party|Summit|Organi[sz]ation|Base|Airport|"
    r"Stadium|Office|House|Command|Force|One|Group|Centre|Center|Institute|Bank|Committee|Assembly|"
    r"Parliament|Government|Peninsula|Island|Islands|Sea|Ocean|Prefecture|Region|Strait|Programme|"
    r"Program|Strategy|Treaty|Alliance|Union|Nations|States|Kingdom|Republic|Games|Olympics|League)\b"
)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "one"})
_PERSON_TITLES = re.compile(
    r"\b(?:prime minister|premier|president|chancellor|minister|secretary(?:[- ]general)?|spokes(?:wo)?man|"
    r"spokesperson|governor|chairman|chairwoman|ambassador|manager|coach|official|leader|chief|head|"
    r"envoy|diplomat|negotiator|lawmaker|politician|(?:dutch|french|english|irish|scots)(?:wo)?man)"
    r"(?:$|\s+of\b)",
    re.IGNORECASE,
)
_FOREIGN_ARTICLES = frozenset({"o", "el", "la", "le", "il", "der", "die", "das", "de", "het"})
_NAME_ARTICLES = frozenset(
    {"o", "os", "el", "los", "la", "las", "le", "les", "il", "lo", "gli", "der", "die", "das"}
)
"""Articles that never open a person's name (``Il Giappone``; unlike ``De Gaulle``)."""
"""Definite articles that open a description after a Portuguese, Spanish, French, Italian, German or
Dutch cue."""
_FOREIGN_TITLES = re.compile(
    r"(?:(?:o|a|el|la|le|il|lo|der|die)\s+|l['\u2019]|"
    r"(?-i:[A-Z\u00c4\u00d6\u00dc])\w+s\s+(?=(?:premier|au\u00dfen|verteidigungs)?minister|kanzler|sprecher|generalsekret)|"
    r"(?=(?:sekretarz|rzeczni|prezydent|szef|kanclerz|ambasador)))"  # Polish writes no article
    r"(?:[^\W\d_]+-(?=\w))?"  # a compound the title heads: "die Grünen-Politikerin"
    r"(?:(?:m\u00e1xim[oa]|massim[oa]|alt[oa]|nuev[oa]|nov[oa]|nuov[oa]|actual|atual|attuale|ancien(?:ne)?|antigu[oa]"
    r"|principal|haut(?:e)?)\s+)?"
    r"(?:(?:ainda|todav[\u00edi]a|a[\u00fau]n|encore|ancora|noch)\s+)?"  # "o ainda primeiro-ministro"
    r"(?:representante|rappresentante|repr\u00e9sentant(?:e)?|respons\u00e1vel|responsable|responsabile|"
    r"funcion\u00e1ri[oa]|funcionari[oa]|primeiro[-\s]+ministro|primer\s+ministro|premier\s+ministre|primo\s+ministro|ministro|ministra|"
    r"ministre|presidente|pr\u00e9sident|chefe|jefe|chef|capo|porta-voz|portavoz|portavoce|porte-parole|vocero|"
    r"sprecher|sprecherin|kanzler|kanzlerin|canciller|chanceler|politiker|politikerin|"
    r"secretari[oa](?:[-\s]+general)?|secret\u00e1ri[oa](?:[-\s]+geral)?|segretari[oa](?:\s+generale)?|"
    r"secr\u00e9taire(?:\s+g\u00e9n\u00e9ral)?|embajador[a]?|embaixador[a]?|ambasciatore|ambassadeur|ambassadrice|"
    r"botschafter(?:in)?|premier|premi\u00ea|diplom\u00e1tic[oa]|diplomatic[oa]|diplomate|diplomata|"
    r"generalsekret\u00e4r|generalsekret\u00e4rin|(?:premier|au\u00dfen|verteidigungs)?minister(?:in)?|"
    r"pr\u00e4sident|pr\u00e4sidentin|regierungschef|regierungschefin|mandatari[oa]|dirigente|l[\u00edi]der|"
    r"enviad[oa]|inviat[oa]|envoy\u00e9e?|"
    r"sekretarz(?:\s+generaln[ya])?|rzecznik|rzeczniczka|prezydent|szef(?:owa)?|kanclerz|ambasador(?:ka)?)\b",
    re.IGNORECASE,
)
"""A definite title in those languages: ``o chefe do governo``, ``el primer ministro``; a German
title after a state's genitive is one too (``Japans Verteidigungsminister``), and a Polish title,
which takes no article (``Sekretarz generalny``, ``rzecznik MSZ``)."""
_GROUP_NOUNS = frozenset(
    {"officials", "sources", "ministers", "leaders", "diplomats", "analysts", "experts", "authorities",
     "officers", "spokespeople", "lawmakers", "legislators", "members", "participants", "negotiators",
     "delegates", "representatives", "politicians", "governments", "countries", "nations", "sides",
     "allies", "partners", "parties", "observers", "critics", "residents", "people", "insiders",
     "chiefs", "counterparts", "envoys", "senators", "commanders", "generals", "researchers"}
)  # fmt: skip
"""Plural nouns that head a group speaker: ``officials said``, ``the Quad leaders said``."""
_UNNAMED_GROUPS = frozenset(
    {"officials", "sources", "diplomats", "analysts", "experts", "officers", "insiders", "observers",
     "critics", "residents", "people", "researchers"}
)  # fmt: skip
"""Group heads that describe unnamed people, never one actor: ``Japanese officials``, ``sources``."""
_COLLECTIVES = frozenset({"group", "grouping", "bloc", "alliance", "coalition", "partnership", "forum"})
"""Nouns of an apposition that makes the names before it one speaker: ``…, a group known as Quad,``."""
_GROUP_POSTMODIFIERS = frozenset({"familiar", "close", "in", "at", "from", "of", "with", "who", "involved"})
_NAME_PARTICLES = frozenset({"de", "van", "von", "du", "le", "la"})
"""Particles that, capitalised, open a family name: ``De Coubertin``, ``Van Rompuy``."""
_CONNECTORS = frozenset({"of", "de", "van", "von", "der", "bin", "al", "la", "le", "du", "and"})
_TITLE_WORDS = {w.casefold() for title in TITLES for w in title.split()} | {"mr", "mrs", "ms", "dr", "gen."}
_LEADING = frozenset(
    {"and", "but", "as", "while", "that", "then", "so", "also", "when", "where", "which", "who"}
)
_OPEN_AFTER = "([{\u2014\u2013-/:"


_PARTICIPLES = frozenset(
    {
        "saying",
        "adding",
        "stating",
        "noting",
        "stressing",
        "telling",
        "emphasising",
        "emphasizing",
        "asserting",
        "praising",
        "urging",
        "warning",
        "vowing",
        "pledging",
        "insisting",
        "arguing",
        "declaring",
        "reiterating",
        "underlining",
        "underscoring",
        "labeling",
        "labelling",
        "describing",
        "pointing out",
    }
)
_NAMING = frozenset({"call", "called", "calls", "calling"})
_AUXILIARIES = frozenset(
    {"has", "had", "have", "hat", "hatte", "habe", "haben", "ist", "war", "wird", "heeft", "is",
     "ha", "hanno", "ont", "avait", "je", "su"}
)  # fmt: skip
"""Auxiliary verbs between a speaker and a cue in the perfect tense: ``Kishida hat gesagt``,
``Nakatani je rekao`` (Bosnian, Croatian and Serbian put it second in the clause)."""
_BEFORE_WORDS = 25
"""How far, in words, a cue before the quotation marks may stand from them."""
_AFTER_WORDS = 25
"""How far, in words, a cue after the closing mark may stand from it."""


_HOLDER_REACH = 40_000
"""How far, in characters, before a title written alone the name it was written with is looked for."""


def _mentions_between(mentions: tuple[Mention, ...], start: int, end: int) -> tuple[Mention, ...]:
    """The mentions that start at ``start`` or after and before ``end``, of mentions in text order."""
    starts = _mention_starts(mentions)
    return mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


_STARTS: dict[int, tuple[tuple[Mention, ...], list[int]]] = {}


def _mention_starts(mentions: tuple[Mention, ...]) -> list[int]:
    """Where each mention starts, kept for the last few tuples of mentions asked about."""
    kept = _STARTS.get(id(mentions))
    if kept is None or kept[0] is not mentions:
        if len(_STARTS) > 4:
            _STARTS.clear()
        kept = (mentions, [m.start for m in mentions])
        _STARTS[id(mentions)] = kept
    return kept[1]


@attrs.frozen
class _Raw:
    """Quoted words found between marks, before attribution."""

    start: int
    end: int
    open_mark: int
    close_mark_end: int


@attrs.frozen
class _Said:
    """Who said a quote, as far as its attribution tells."""

    cue: Span | None
    words: Span | None
    where: str


def find_quotes(text: str, *, actors: Iterable[Actor] = (), document: str = "text") -> tuple[Quote, ...]:
    """Every direct quotation in ``text``, with its speaker and attribution verb, in text order.

    What counts as a quote, and how the speaker is found, is in the module's
    description. Every span of the result slices ``text`` exactly.

    Args:
        text: Any text.
        actors: The actors a speaker may be; speakers are resolved through the
            mention finder, and a speaker none of them names has no ``speaker`` id.
        document: The article id to record in each quote's evidence; quote ids
            are ``<document>-quote-<n>``.

    Returns:
        The quotes, first first.

    Raises:
        ParseError: ``text`` is not a string.
    """
    if not isinstance(text, str):
        msg = f"find_quotes needs a string, not {type(text).__name__}"  # type: ignore[unreachable]
        raise ParseError(msg)
    people = tuple(actors)
    mentions = find_mentions(text, people) if people else ()
    persons = {a.id for a in people if a.kind is ActorKind.PERSON}
    mentions = _with_family_names(text, people, mentions, persons)
    offices = {a.id: {o.title.casefold() for o in a.offices} for a in people if a.id in persons and a.offices}
    bodies = {a.id for a in people if a.kind is ActorKind.ORGANISATION}
    states = {a.id for a in people if a.kind is ActorKind.STATE}
    doubles = [raw for raw in _pairs(text) if _words(text[raw.start : raw.end])]
    overlaps = _overlap_test(doubles)
    singles = [
        raw
        for raw in _single_pairs(text)
        if len(_words(text[raw.start : raw.end]))
        >= (_MIN_STRAIGHT_SINGLE_WORDS if text[raw.open_mark] == "'" else 1)
        and not overlaps(raw)
    ]
    raws = sorted([*doubles, *singles, *_corner_pairs(text)], key=lambda raw: raw.open_mark)
    marks = ([raw.open_mark for raw in raws], sorted(raw.close_mark_end for raw in raws))
    quotes: list[Quote] = []
    previous: tuple[_Raw, Span | None, str | None] | None = None
    for raw in (r for r in raws if not _in_headline(text, r) and not _in_crosshead(text, r)):
        said = _attribution(text, raw, marks)
        goes_on = (  # "“…,” said Jun Nagashima, an expert. “NATO will need Japan’s insights.”"
            previous is not None
            and previous[1] is not None
            and said.cue is None
            and said.words is None
            and "\n" not in text[previous[0].close_mark_end : raw.open_mark]
            and re.search(r"[.!?]\s+$", text[previous[0].close_mark_end : raw.open_mark]) is not None
            and _continues(text, previous[0], raw)
        )
        scripted = _other_attribution(text, raw, said, previous) or _listed(text, raw, said, previous)
        said = scripted or said
        if not (scripted is not None and scripted.where in {"script", "list"}) and not _is_quote(
            text, raw, said, goes_on=goes_on
        ):
            continue
        if (
            scripted is not None
            and previous is not None
            and scripted.cue is None
            and scripted.words is previous[1]
        ):
            words, speaker = previous[1], previous[2]
        elif scripted is not None:
            words, speaker = scripted.words, _resolve(scripted.words, mentions, persons)
        else:
            words, speaker = _speaker(text, raw, said, (mentions, persons, offices), previous)
        if scripted is None and words is None and said.cue is None:
            words, speaker = _topic_speaker(text, raw, (mentions, persons, offices), previous)
        elif (
            scripted is None
            and words is not None
            and speaker not in persons
            and _is_common_noun_phrase(words.text)
            and _FOREIGN_BODY.search(words.text) is None
        ):
            opener = _sentence_opener(text, raw, words, mentions, persons)
            if opener is not None:
                words, speaker = opener, _resolve(opener, mentions, persons)
        words, speaker = _with_title_holder(text, words, speaker, mentions, persons)
        words, speaker = _with_issuer(text, raw, words, speaker, (mentions, bodies, states))
        words, speaker = _with_document_issuer(text, raw, words, speaker, mentions)
        words, speaker = _without_dateline(text, words, speaker, (mentions, persons))
        words, speaker = _person_over_object(text, raw, said, (words, speaker), (mentions, persons, states))
        words, speaker = _with_apposed_name(text, words, speaker, mentions, persons)
        pronoun = words  # a pronoun that stands for no one still carries the quotes after it on
        known = (mentions, persons, offices)
        words, speaker = _without_bare_pronoun(text, raw, (words, speaker), known, previous)
        if _unowned_description(text, raw, said, words or pronoun, speaker):
            continue
        quotes.append(
            Quote(
                id=f"{document}-quote-{len(quotes) + 1}",
                evidence=Evidence(
                    document=document, start=raw.start, end=raw.end, quote=text[raw.start : raw.end]
                ),
                kind=_kind(text, raw, said.cue, words),
                speaker=speaker,
                speaker_words=words,
                cue=said.cue,
            )
        )
        previous = (raw, words, speaker) if words is not None or pronoun is None else (raw, pronoun, None)
    return tuple(quotes)


_LISTED = re.compile(
    r"[ \t]*,[ \t]*(?:(?:and|or|y|o|e|et|ou|und|oder|a|i|ve|ja)[ \t]+)?"
    r"|[ \t]+(?:and|or|y|o|e|et|ou|und|oder|a|i|ve|ja)[ \t]+"
)
"""What stands between two quoted words of one list: a comma or a coordinator (``“…,” “…,” and “…”``)."""
_LISTED_WORDS = 4
"""How many words each of two listed quotes may have, at most."""


def _listed(
    text: str, raw: _Raw, said: _Said, previous: tuple[_Raw, Span | None, str | None] | None
) -> _Said | None:
    """The attribution of a short quote listed after the quote before it: that quote's speaker's words.

    ``accused China of “economic coercion,” “harassment,” and “disinformation”``: the words listed
    after a quote given to a speaker are the same speaker's (``where`` is ``list``).
    """
    if said.cue is not None or previous is None or not _listed_after(text, previous[0], raw):
        return None
    return _Said(None, previous[1], "list")


def _listed_after(text: str, earlier: _Raw, raw: _Raw) -> bool:
    """Whether a short quote is listed right after the short quote before it, a comma or *and* between.

    ``accused China of “economic coercion,” “harassment,” and “disinformation”``: one cue gives
    every item of the list, so the items after the first have the first's speaker.
    """
    comma_inside = text[earlier.start : earlier.end].endswith(",")  # "“economic coercion,” “harassment,”"
    gap = text[earlier.close_mark_end : raw.open_mark]
    return (
        (_LISTED.fullmatch(gap) is not None or (comma_inside and gap in {" ", "\u00a0"}))
        and len(_words(text[earlier.start : earlier.end])) <= _LISTED_WORDS
        and 0 < len(_words(text[raw.start : raw.end])) <= _LISTED_WORDS
    )


def _overlap_test(raws: Sequence[_Raw]) -> Callable[[_Raw], bool]:
    """Whether a stretch overlaps one of ``raws`` (in the order of their opening marks), by :mod:`bisect`."""
    ordered = sorted(raws, key=lambda r: r.open_mark)
    opens = [r.open_mark for r in ordered]
    reach = list(itertools.accumulate((r.close_mark_end for r in ordered), max))  # the furthest end so far

    def overlaps(raw: _Raw) -> bool:
        count = bisect.bisect_left(opens, raw.close_mark_end)  # the ones opened before it closes
        return count > 0 and reach[count - 1] > raw.open_mark

    return overlaps


_REPRESENTATIVES = re.compile(
    r"(?:they|(?:the|their)[ \t]+(?:[\w.-]+[ \t]+){0,2}(?:ministers|leaders|heads[ \t]+of[ \t]+state|"
    r"counterparts|sides|governments)|"
    r"their[ \t]+(?:[\w.-]+[ \t]+){0,2}(?:statement|declaration|communiqu[eé]))",
    re.IGNORECASE,
)
"""Words that stand for the bodies behind a joint text: ``they``, ``the ministers``, ``their statement``.

A document with no owner named (``the joint statement said``) speaks for itself."""

_JOINT_TEXT = re.compile(
    r"\b(?:joint|gemeinsame[nr]?|conjointe?|conjunta?)\b|\bdeclaration\b|\bcommuniqu", re.IGNORECASE
)
"""A joint statement, a declaration or a communiqué named in the text."""

_PAIR_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?\u2014\u2013])[ \t]+|\n)"
    r"((?:[Tt]he[ \t]+)?[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*)*"
    r"[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*)*)[ \t]+[a-z]",
    re.MULTILINE,
)
"""Two bodies that open a sentence as its subject: ``Japan and the Philippines agreed``."""

_PLACE_BEFORE = re.compile(
    r"((?:the|their)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:ministers|leaders))"
    r"[ \t]+[a-z]+[ \t]+(?:in|at)[ \t]+[^;!?\n]{0,60}$",
    re.IGNORECASE,
)
"""A plural subject whose place follows it (``the leaders meeting in Washington D.C., USA,``)."""


def _collective_issuer(
    text: str,
    raw: _Raw,
    words: Span | None,
    speaker: str | None,
    known: tuple[tuple[Mention, ...], set[str], set[str]],
) -> tuple[Span, str | None] | None:
    """The bodies that issue a joint text, for a quote its representatives give.

    ``Japan and the Philippines agreed … they expressed their “serious concern” …, according to
    their joint statement``; ``Marking NATO's anniversary, the leaders meeting in Washington D.C.,
    USA, stated in a joint declaration, “…”``: when the text speaks of a joint statement, a
    declaration or a communiqué, a subject that stands for the bodies behind it (*they*, *the
    ministers*, *their statement*, or a state named after the place of a plural subject) is the
    two bodies that last opened a sentence as its subject, or else the last organisation named
    before the quote. A name inside quoted words is never one.
    """
    mentions, bodies, states = known
    if words is None or raw.open_mark - words.start > SPEAKER_REACH:
        return None
    subject = words
    placed = _PLACE_BEFORE.search(text, max(_line_start(text, words.start), words.start - 120), words.start)
    if placed is not None and (speaker in states or (speaker is None and words.text[:1].isupper())):
        subject = _span(text, placed.start(1), placed.end(1))
    elif speaker is not None or _REPRESENTATIVES.fullmatch(words.text) is None:
        return None
    reach = max(0, raw.open_mark - _HOLDER_REACH)
    _, sentence_end = _sentence_bounds(text, raw.close_mark_end, raw.close_mark_end)
    if _JOINT_TEXT.search(text, reach, max(raw.close_mark_end, sentence_end)) is None:
        return None
    inside = _inside_quotes(text, reach, subject.start)
    found: list[tuple[int, Span, str | None]] = []
    for match in _PAIR_SUBJECT.finditer(text, reach, subject.start):
        span = _span(text, match.start(1), match.end(1))
        named = [m for m in _mentions_between(mentions, span.start, span.end) if m.actor in states | bodies]
        if len(named) >= 2 and not inside(span.start):
            found.append((span.start, span, named[0].actor))
    found += [
        (m.start, _span(text, m.start, m.end), m.actor)
        for m in _mentions_between(mentions, reach, subject.start)
        if m.actor in bodies and m.end <= subject.start and not inside(m.start)
    ]
    if not found:
        return None
    _, span, actor = max(found, key=lambda f: f[0])
    return span, actor


def _with_issuer(
    text: str,
    raw: _Raw,
    words: Span | None,
    speaker: str | None,
    known: tuple[tuple[Mention, ...], set[str], set[str]],
) -> tuple[Span | None, str | None]:
    """The speaker, or the bodies behind a joint text its words stand for: :func:`_collective_issuer`."""
    issuer = _collective_issuer(text, raw, words, speaker, known)
    return (words, speaker) if issuer is None else issuer


_OWNED_DOCUMENT = re.compile(
    r"(?:el|la|le|l['\u2019]|il|o|a)[ \t]*(?:comunicado|comunicato|communiqu[eé]|nota|note|declaraci[oó]n|"
    r"d[eé]claration|dichiarazione|declara[cç][aã]o|texto|texte|testo|documento|document)",
    re.IGNORECASE,
)
"""A definite statement, note or text, in French, Spanish, Portuguese or Italian, with no owner named
in the words: ``reza el comunicado``, ``según la nota``, ``selon le communiqué``."""

_ROMANCE_BODY = re.compile(
    r"(?<![\w-])(?:[Ee]l|[Ll]a|[Ll]e|[Ii]l|[Oo])[ \t]+"
    r"(?:Ministerio|Gobierno|Minist[eè]re|Gouvernement|Minist[eé]rio|Governo|Ministero|Canciller[ií]a|Cancilleria)"
    r"(?:[ \t]+(?:(?:de|del|des|du|da|do|dos|della|degli|dei|di)[ \t]+(?:la[ \t]+|las[ \t]+|los[ \t]+)?)?"
    r"[A-Z\u00c0-\u00dd][\w'\u2019-]+)*"
    r"(?:[ \t]+[a-z\u00e0-\u00ff]+(?:\u00e9s|esa|\u00eas|esa|ese|ais|aise|ano|ana|ino|ina|ico|ica))?"
)
"""A government or a ministry named in a Romance language, with what follows its noun: *de* and
capitalised words, and an adjective of nationality (``el Ministerio de Exteriores japonés``)."""


def _with_document_issuer(
    text: str, raw: _Raw, words: Span | None, speaker: str | None, mentions: tuple[Mention, ...]
) -> tuple[Span | None, str | None]:
    """The body that issued a statement its words stand for, as the Romance press writes it.

    ``El Ministerio de Exteriores japonés … ha condenado … “…”, reza el comunicado``: a definite
    statement, note or text whose owner the words do not name (:data:`_OWNED_DOCUMENT`) speaks for
    the government or ministry named last before the quote in its paragraph or the one before
    (:data:`_ROMANCE_BODY`), outside quotation marks. Else the words stay the document's.
    """
    if words is None or speaker is not None or _OWNED_DOCUMENT.fullmatch(words.text) is None:
        return words, speaker
    start = max(_paragraph_start(text, raw.open_mark), raw.open_mark - SPEAKER_REACH)
    bodies = [
        m
        for m in _ROMANCE_BODY.finditer(text, start, raw.open_mark)
        if not _in_quote(text, _span(text, m.start(), m.end()))
    ]
    if not bodies:
        return words, speaker
    body = _span(text, bodies[-1].start(), bodies[-1].end())
    return body, _resolve(body, mentions, set())


def _inside_quotes(text: str, start: int, end: int) -> Callable[[int], bool]:
    """Whether a place between ``start`` and ``end`` stands between a pair of double quotation marks."""
    marks = [m.start() for m in _MARK.finditer(text, start, end)]
    pairs = list(zip(marks[::2], marks[1::2], strict=False))
    return lambda at: any(a < at < b for a, b in pairs)


_HEADLINE_CHARS = 160
"""The longest line read as a headline."""


_NON_BLANK = re.compile(r"\S")


def _comma_before(text: str, at: int) -> bool:
    """Whether a comma stands before ``at``, with only white space between."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[at - 1 : at] == ","


_HEADLINE_REPEAT = 2000
"""Characters either side of a short line where the same line printed again makes it the page's title."""


def _in_headline(text: str, raw: _Raw) -> bool:
    """Whether the quote stands in a headline: a short line with no full stop that only such lines precede.

    ``"China ist eine größere Bedrohung …", sagt Japan`` over the story, alone on its line with no
    stop after it, is the page's title, quoted again in the story's words; so is a quote that ends
    such a line with no stop of its own (``尹 "기시다 총리, 발전적 파트너 확신··· 공감대 있어"``).
    """
    start = _line_start(text, raw.open_mark)
    end = text.find(
        "\n", raw.close_mark_end, start + _HEADLINE_CHARS + 1
    )  # no further: a longer line is none
    if end < 0 or end - start > _HEADLINE_CHARS:
        return False
    closes_line = not text[
        raw.close_mark_end : end
    ].strip()  # '尹 "기시다 총리, … 공감대 있어"' over the story
    unstopped = text[raw.start : raw.end].rstrip()[-1:].isalnum()
    line = text[start:end].rstrip()
    # "Taiwan: “62 … island”. Beijing: “President Lai wants war”": a line that an unstopped quote ends
    ends_unstopped = bool(_MARK.match(line[-1:])) and line[-2:-1].isalnum()
    if not (line[-1:].isalnum() or (closes_line and unstopped) or ends_unstopped):
        return False
    head = text[start : raw.close_mark_end].strip()
    if (  # the page's title up to its quote, printed again near it over the story
        text.find(head, max(0, start - _HEADLINE_REPEAT), start) >= 0
        or text.find(head, raw.close_mark_end, raw.close_mark_end + _HEADLINE_REPEAT) >= 0
    ):
        return True
    at = 0
    while at < start:  # each line before, read up to the first that is no headline's
        stop = text.find("\n", at, start)
        stop = start - 1 if stop < 0 else stop
        line = text[at:stop]
        if line.strip() and (len(line) > _HEADLINE_CHARS or not line.rstrip()[-1:].isalnum()):
            return False
        at = stop + 1
    return True


_CROSSHEAD_CHARS = 100
"""The longest line read as a crosshead among a story's paragraphs."""
_MARKED = re.compile(
    '["\u201c\u201d\u00ab\u00bb\u201e][^"\u201c\u201d\u00ab\u00bb\u201e]*["\u201c\u201d\u00ab\u00bb\u201e]'
)
"""Words between double marks, taken out of a line to read its own words."""


def _in_crosshead(text: str, raw: _Raw) -> bool:
    """Whether the quote stands in a crosshead: a short line of its own in the story, no stop, no cue.

    ``China: “President Lai pushes Taiwan towards war”`` and ``"Un acte violent" qui "ne peut pas
    être toléré"`` between a story's paragraphs head the paragraphs after them, quoting words the
    story gives again in full; they are no quote. The line is at most :data:`_CROSSHEAD_CHARS`
    long, a quote with no stop of its own ends it, a line break stands before and after it, and
    no verb of saying stands on it outside the marks.
    """
    end = text.find("\n", raw.close_mark_end, raw.close_mark_end + _CROSSHEAD_CHARS + 1)
    tail = text[max(0, end - 8) : end].rstrip() if end >= 0 else ""
    if not ((_MARK.match(tail[-1:]) or tail[-1:] in {"\u2019", "'"}) and tail[-2:-1].isalnum()):
        return False  # no unstopped quote ends the line: "‘The winning combination’" may
    start = _line_start(text, raw.open_mark)
    if end - start > _CROSSHEAD_CHARS or start == 0 or text[start - 1] != "\n":
        return False
    line = text[start:end].rstrip()
    if _NON_BLANK.search(text, end) is None or _NON_BLANK.search(text, 0, start) is None:
        return False
    return _cue_pattern().search(_MARKED.sub(" ", line)) is None


def _unowned_description(text: str, raw: _Raw, said: _Said, words: Span | None, speaker: str | None) -> bool:
    """Whether short quoted words that a naming verb gives have no one to own them.

    A naming verb (``It described China as “coercive.”``) attributes a short quote only when
    whoever describes is found: a bare *it* or *they* that stands for no one found leaves the
    words a term, as short quoted words with no cue are.
    """
    if said.cue is None or said.cue.text not in _naming_cues() or speaker is not None:
        return False
    bare = words is None or words.text.casefold() in _GROUP_PRONOUNS
    return bare and len(_words(text[raw.start : raw.end])) <= _MAX_TERM_WORDS


def _other_attribution(
    text: str, raw: _Raw, said: _Said, previous: tuple[_Raw, Span | None, str | None] | None
) -> _Said | None:
    """An attribution the cues near the quote did not give.

    A short quote later in the sentence of an attributed one (:func:`_same_sentence`), or a quote
    in Japanese, Chinese or Arabic (:func:`_script_said`).
    """
    if said.cue is not None or said.words is not None:
        return None
    if previous is not None and _same_sentence(text, previous, raw):
        return _Said(cue=None, words=previous[1], where="script")  # “crude interference” … “a heavy blow”
    return _script_said(text, raw, previous[1] if previous is not None else None)


_SAME_SENTENCE_WORDS = 12
"""Words at most between two quotes of one sentence for the second to go on with the first's speaker."""


def _same_sentence(text: str, previous: tuple[_Raw, Span | None, str | None], raw: _Raw) -> bool:
    """Whether ``raw`` is a short quote later in the sentence of ``previous``, an attributed quote.

    ``said … represented “crude interference” … and had caused “a heavy blow” to ties``: the
    clause goes on, and so does its speaker. Another cue, a colon, a sentence end or a line break
    between them ends it.
    """
    earlier, words, _ = previous
    if words is None or earlier.open_mark < words.start < raw.open_mark:
        return False
    gap = text[earlier.close_mark_end : raw.open_mark]
    quoted = text[raw.start : raw.end]
    if (
        "\n" in gap
        or re.search(r"[.!?;:]", gap)
        or re.search(r"[.!?]\W*$", text[earlier.start : earlier.end])
    ):
        return False
    if _HAN_OR_KANA.search(quoted) or _ARABIC_LETTER.search(quoted):
        return False
    gap_words = _words(gap)
    if (
        not gap_words
        or len(gap_words) > _SAME_SENTENCE_WORDS
        or _last_cue(text, earlier.close_mark_end, raw.open_mark)
    ):
        return False
    words_in = _words(quoted)
    short = 1 <= len(words_in) <= _MAX_TERM_WORDS and all(w[:1].islower() for w in words_in[:1])
    return short and not _quoted_elsewhere(text, raw)  # a term the text quotes again is no quote


def _with_family_names(
    text: str, people: tuple[Actor, ...], mentions: tuple[Mention, ...], persons: set[str]
) -> tuple[Mention, ...]:
    """The mentions again, with the family name alone of each person the text names in full.

    ``Defense Minister Yasukazu Hamada … Hamada told reporters`` names the same person twice. A
    family name (the last word of a name of two words or more) counts only for a person named in
    full in ``text``, only when no other actor has that name or family name, and only when it is
    not already a name of the person.
    """
    named = {m.actor for m in mentions if m.actor in persons}
    taken: dict[str, set[str]] = {}
    for actor in people:
        for name in actor.names:
            taken.setdefault(name.casefold(), set()).add(actor.id)
            if actor.id in persons and len(name.split()) > 1:
                taken.setdefault(name.split()[-1].casefold(), set()).add(actor.id)
    added = []
    for actor in people:
        if actor.id not in named:
            continue
        own = {n.casefold() for n in actor.names}
        family = {
            n.split()[-1]
            for n in actor.names
            if len(n.split()) > 1 and n.split()[-1][:1].isupper() and n.split()[-1].casefold() not in own
        }
        family = {f for f in family if taken.get(f.casefold()) == {actor.id}}
        if family:
            added.append(
                attrs.evolve(actor, aliases=(*actor.aliases, *(Alias(name=f) for f in sorted(family))))
            )
    if not added:
        return mentions
    ids = {a.id for a in added}
    return find_mentions(text, (*added, *(a for a in people if a.id not in ids)))


def _speaker(  # noqa: PLR0911, PLR0912, C901 - one return a rule
    text: str,
    raw: _Raw,
    said: _Said,
    known: tuple[tuple[Mention, ...], set[str], dict[str, set[str]]],
    previous: tuple[_Raw, Span | None, str | None] | None,
) -> tuple[Span | None, str | None]:
    """The speaker's words and actor: the attribution's subject, or whom a pronoun or title stands for."""
    mentions, persons, _ = known
    words = said.words
    if previous is not None and words is None and _goes_on(text, previous[0], raw, said):
        return previous[1], previous[2]
    dropped = _dropped_subject(text, raw, said, known, previous) or _reported(text, raw, said, previous)
    if dropped is not None:
        return dropped
    if words is None and said.cue is not None and said.cue.text in _PARTICIPLES | {"calling"}:
        left, _ = _sentence_bounds(text, raw.open_mark, raw.close_mark_end)
        words = _first_name(text, left, said.cue.start)  # "X issued a paper on “…” calling for “…”"
    if words is None and said.cue is None:
        # "De Coubertin described the spirit as “…”"; "He said … a reminder of that. “We share …”"
        words = _clause_subject(text, raw) or _sentence_before_subject(text, raw)
    if words is None:
        return None, None
    words = _without_time(text, _noun_phrase_part(text, words))
    if words.text.casefold() in _GROUP_PRONOUNS | _FIRST_PERSON | {"you"}:
        return _pronoun_speaker(text, raw, words, known, previous)
    if words.text.casefold() in _LATTER:
        other = previous[1].text if previous is not None and previous[1] is not None else None
        found = _antecedent(text, words.start, mentions, persons, previous, titles=False, other_than=other)
        return (None, None) if found is None else (found, _resolve(found, mentions, persons))
    if _is_anaphoric(words.text):  # "Juru bicara itu juga mengatakan …": that spokesperson, named before
        found = _antecedent(text, words.start, mentions, persons, previous, titles=False)
        return (None, None) if found is None else (found, _resolve(found, mentions, persons))
    if _needs_antecedent(words.text):
        title = _FOREIGN_TITLES.match(words.text)
        if title is not None:
            holder = _titled_name(text, words, title.end(), mentions, persons)
            if holder is not None:
                return holder
            words = _span(text, words.start, words.start + title.end())  # "il Segretario Generale dell’…"
        cue = said.cue
        until = cue.start if cue is not None and words.end <= cue.start < raw.open_mark else None
        if title is not None and until is not None:
            holder = _holder_before_cue(text, words, title.end(), until, known)
            if holder is not None:
                return holder
        return _stand_in(text, raw, words, known, previous, until=until)
    return words, _resolve(words, mentions, persons) or _named_body(words, mentions, persons)


_LATTER = frozenset({"este", "esta", "éste", "ésta", "aquele", "aquela", "questi", "latter"})
"""Demonstratives that stand, as a cue's subject, for the person named last, not the one quoted
before: ``Por sua vez este afirmou``, ``the latter said``."""


_COPULAS = frozenset({"was", "were", "is", "are", "has", "had", "have"})
"""English finite verbs that no noun phrase holds: a subject taken up to a cue ends before them."""
_TRAILING = frozenset({"that", "which", "who", "and", "but"})
"""English relatives and coordinators that end no noun phrase."""


def _noun_phrase_part(text: str, words: Span) -> Span:
    """The noun phrase opening an English subject taken up to its cue: to a finite verb, less a relative.

    ``the NATO chief was in South Korea and [called]`` is ``the NATO chief``; ``its new Strategic
    Concept Document last June that [said]`` is ``its new Strategic Concept Document last June``
    (the day goes after, by :func:`_without_time`). Words of other languages are left as they are.
    """
    tokens = _tokens(text, words.start, words.end)
    cut = next((i for i, t in enumerate(tokens) if i and t[2] in _COPULAS), len(tokens))
    tokens = tokens[:cut]
    while len(tokens) > 1 and tokens[-1][2] in _TRAILING:
        tokens.pop()
    if not tokens or tokens[-1][1] == words.end:
        return words
    return _span(text, words.start, tokens[-1][1])


_DATELINE = re.compile(
    r"(?:[A-Z\u00c0-\u00de]{2,}[ \t,]*){1,3}(?:\([^()\n]{1,20}\)[ \t]*)?"
    r"(?:[\u2014\u2013]|(?<=[ \t])-[ \t])[ \t]*"
)
"""A dateline: a place in capitals and a dash that open a story (``MANILA—``, ``TOKYO (Reuters) -``);
a hyphen with no space before it joins words (``NATO-Japan``)."""


def _without_dateline(
    text: str, words: Span | None, speaker: str | None, known: tuple[tuple[Mention, ...], set[str]]
) -> tuple[Span | None, str | None]:
    """The speaker's words without the dateline that opens them (``MANILA—Philippine Coast Guard``).

    A dateline names where the story was filed, never who speaks: the words after it are the
    speaker, resolved again; a speaker that is only a dateline has none.
    """
    if words is None:
        return words, speaker
    match = _DATELINE.match(words.text)
    if match is None or (match.end() < len(words.text) and not words.text[match.end()].isupper()):
        return words, speaker
    if match.end() >= len(words.text):
        return None, None
    rest = _span(text, words.start + match.end(), words.end)
    mentions, persons = known
    return rest, _resolve(rest, mentions, persons)


_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "en", "em", "na", "no", "à", "au", "dans", "nel", "im", "di", "ke", "dari", "sobre", "über",
     "about", "into", "from"}
)  # fmt: skip
"""Prepositions after which a one-word name is a place (``sobre Taiwán``, ``di Jepang``), not a cue's
subject."""


def _person_over_object(
    text: str,
    raw: _Raw,
    said: _Said,
    given: tuple[Span | None, str | None],
    known: tuple[tuple[Mention, ...], set[str], set[str]],
) -> tuple[Span | None, str | None]:
    """The person in the attribution's clause over a place or state that is a preposition's object.

    A name right after a preposition (``las palabras de Takaichi sobre Taiwán, en las que afirmó``,
    ``membuka kantor di Jepang, kata Kishida``) is no cue's subject: the speaker is the person the
    clause names as one, after an inverted cue (``kata Kishida``) or, else, the person named last
    in the sentence before the cue; with no person there, the speaker is left as it is. The name is
    a place or a state: a state's name after any preposition (``of``, ``de``), or one word after a
    preposition of :data:`_PLACE_PREPOSITIONS`; a preposition that is the cue itself (``según
    Pekín``) makes its object the speaker.
    """
    words, speaker = given
    mentions, persons, states = known
    if words is None or speaker in persons or said.cue is None:
        return words, speaker
    tokens = _tokens(text, max(0, words.start - 20), words.start)
    if not tokens or tokens[-1][1] > words.start or said.cue.start <= tokens[-1][0] < said.cue.end:
        return words, speaker
    preposition = tokens[-1][2].casefold()
    state = speaker in states and preposition in _OBJECT_PREPOSITIONS | _PLACE_PREPOSITIONS
    if not state and not (" " not in words.text and preposition in _PLACE_PREPOSITIONS):
        return words, speaker
    left, right = _sentence_bounds(text, raw.open_mark, raw.close_mark_end)
    after = [m for m in _mentions_between(mentions, said.cue.end, right) if m.actor in persons]
    if after and not _words(text[said.cue.end : after[0].start]):
        return _span(text, after[0].start, after[0].end), after[0].actor
    cue_at = min(said.cue.start, raw.open_mark)
    before = [m for m in _mentions_between(mentions, left, cue_at) if m.actor in persons and m.end <= cue_at]
    if before:
        return _span(text, before[-1].start, before[-1].end), before[-1].actor
    named = _unlisted_person(text, left, cue_at, mentions)
    return (named, None) if named is not None else (words, speaker)


def _unlisted_person(text: str, start: int, end: int, mentions: tuple[Mention, ...]) -> Span | None:
    """The last capitalised word between ``start`` and ``end`` that is a name no actor has, nor a place.

    ``las palabras de Takaichi sobre Taiwán, en las que afirmó``: a name after a preposition of
    :data:`_PLACE_PREPOSITIONS`, a word that opens its sentence, a title's word, a function word and
    a word inside an actor's mention are no such name.
    """
    taken = [(m.start, m.end) for m in _mentions_between(mentions, start, end)]
    found = None
    for match in _CAPITALISED.finditer(text, start, end):
        word = match.group()
        folded = word.casefold()
        if (
            folded in _NOT_NAMES
            or folded in _TITLE_WORDS
            or any(a <= match.start() < b for a, b in taken)
            or _SENTENCE_START.search(text, max(start, match.start() - 3), match.start()) is not None
            or match.start() == start
        ):
            continue
        tokens = _tokens(text, max(start, match.start() - 20), match.start())
        if tokens and tokens[-1][2].casefold() in _PLACE_PREPOSITIONS:
            continue
        found = _span(text, match.start(), match.end())
    return found


_SENTENCE_START = re.compile(r"(?<![\s.][A-Z])[.!?:\n][\s\"\u201c\u201d\u00ab]*$")
"""What stands right before a word that opens a sentence (not an initial's full stop: ``Mylene J.``)."""


@functools.cache
def _personal_pronouns() -> frozenset[str]:
    """The personal pronouns of every language of the vocabulary (``he``, ``ia``, ``он``, ``그``), folded."""
    data = _speech_verbs()
    found = {word for entry in data["languages"].values() for word in entry.get("pronouns", ())}
    scripts = [entry for key, entry in data["scripts"].items() if key != "about"]
    found |= {word for entry in scripts for word in entry.get("pronouns", ())}
    return frozenset(word.casefold() for word in found)


def _without_bare_pronoun(
    text: str,
    raw: _Raw,
    given: tuple[Span | None, str | None],
    known: tuple[tuple[Mention, ...], set[str], dict[str, set[str]]],
    previous: tuple[_Raw, Span | None, str | None] | None,
) -> tuple[Span | None, str | None]:
    """The speaker, never a pronoun alone: whom it stands for, or no one.

    Whatever rule gave the speaker, a speaker that is only a personal pronoun of a language of the
    vocabulary (``He``, ``Ia``, ``он``, ``el``, ``그``) is the person :func:`_antecedent` finds
    named before the quote (of the pronoun's gender, where it has one), the speaker of the quote
    before when that is who it is; with no one there, the quote has no speaker.
    """
    words, speaker = given
    if words is None or words.text.casefold() not in _personal_pronouns():
        return words, speaker
    mentions, persons, _ = known
    gender = _PRONOUN_GENDER.get(words.text.casefold())
    before = min(raw.open_mark, words.start)
    found = _antecedent(text, before, mentions, persons, previous, titles=False, gender=gender)
    if found is None or found.text.casefold() in _personal_pronouns():
        return None, None
    return found, _resolve(found, mentions, persons)


@functools.cache
def _anaphoric_words() -> frozenset[str]:
    """The demonstratives written after a noun that make it stand for one named before (``itu``)."""
    data = _speech_verbs()["languages"]
    return frozenset(word for entry in data.values() for word in entry.get("anaphoric", ()))


_ANAPHORIC_NOUN_WORDS = 3
"""How many words the noun before a postposed demonstrative may run (``juru bicara``)."""


def _is_anaphoric(words: str) -> bool:
    """Whether ``words`` are a noun and a demonstrative after it, perhaps with an adverb after that.

    ``Juru bicara itu``, ``jubir tersebut``, ``Juru bicara itu juga``: the noun (of
    :data:`_ANAPHORIC_NOUN_WORDS` words at most, no name but its opening capital) is named before.
    """
    tokens = words.split()
    at = next((i for i, w in enumerate(tokens) if i and w.casefold() in _anaphoric_words()), None)
    if at is None or at > _ANAPHORIC_NOUN_WORDS or len(tokens) - at > 2:
        return False
    return all(w[:1].islower() for w in tokens[1:at])


def _topic_speaker(  # noqa: PLR0911 - one return a rule
    text: str,
    raw: _Raw,
    known: tuple[tuple[Mention, ...], set[str], dict[str, set[str]]],
    previous: tuple[_Raw, Span | None, str | None] | None,
) -> tuple[Span | None, str | None]:
    """The speaker of a quote no cue attributes: the person the passage is about.

    A quote that opens or ends its sentence (``“…”`` after a paragraph on Abe; ``"…". Wu``; ``«…»
    Ein Angriff``; ``…, che a suo avviso “…”.``) is given to the speaker of the quote before it
    when that stands in the same paragraph or the one before, else to the person named last before
    it in its paragraph or the one before (a known person, or a name of two words or more), else,
    when it opens its sentence, to the first person named in the sentence right after it. A quote
    with the writer's words on both sides (a hall's name before *heißt*) keeps no speaker.
    """
    mentions, persons, _ = known
    left, right = _sentence_bounds(text, raw.open_mark, raw.close_mark_end)
    head = text[max(left, _line_start(text, raw.open_mark)) : raw.open_mark]
    opens = not head.strip() or head.endswith((".", "!", "?"))  # 'internacional."A decisão …"'
    tail = text[raw.close_mark_end : max(right, raw.close_mark_end)]
    closes = not _words(tail.split("\n", maxsplit=1)[0])
    if not opens and not closes:
        return None, None  # inside a sentence of the writer's: a name, a term, a title
    if previous is not None and previous[1] is not None and _near(text, previous[0], raw):
        return previous[1], previous[2]
    body = _sentence_body(text, raw, left, mentions, persons)
    if body is not None:
        return body, _resolve(body, mentions, persons)
    paragraph = _paragraph_start(text, raw.open_mark)
    found = _antecedent(text, raw.open_mark, mentions, persons, None, titles=False)
    if found is not None and found.start >= paragraph:
        actor = _resolve(found, mentions, persons)
        if actor in persons or len(found.text.split()) > 1:  # a person, not "Video" opening a sentence
            return found, actor
    if not opens:
        return None, None
    _, end = _sentence_bounds(text, raw.close_mark_end, raw.close_mark_end)
    end = _sentence_bounds(text, end + 1, end + 1)[1] if end + 1 < len(text) else end
    after = [s for s in _full_names(text, raw.close_mark_end, end) if _is_person_name(s.text)] + [
        _span(text, m.start, m.end)
        for m in _mentions_between(mentions, raw.close_mark_end, end)
        if m.actor in persons
    ]
    if after:
        first = min(after, key=lambda span: span.start)
        return first, _resolve(first, mentions, persons)
    return None, None


_PARAGRAPH_BREAK = re.compile(r"\n\s*")


def _sentence_body(
    text: str, raw: _Raw, left: int, mentions: tuple[Mention, ...], persons: set[str]
) -> Span | None:
    """The government or ministry that is the subject of the quote's sentence, before the quote.

    ``El Gobierno de Japón ha presentado una protesta formal contra las declaraciones “…”``: with
    no cue, the body the sentence names first, outside brackets, when it names no person before
    the quote, is whose words they are (:data:`_ROMANCE_BODY`; in English, a name of
    :data:`_BODY_NAME` with a noun of :data:`_SPEAKING_BODY`).
    """
    start = max(left, _line_start(text, raw.open_mark))
    if any(m.actor in persons for m in _mentions_between(mentions, start, raw.open_mark)):
        return None
    for pattern in (_ROMANCE_BODY, _BODY_NAME):
        for match in pattern.finditer(text, start, raw.open_mark):
            outside = text.count("(", start, match.start()) == text.count(")", start, match.start())
            if outside and (pattern is _ROMANCE_BODY or _SPEAKING_BODY.search(match.group())):
                return _span(text, match.start(), match.end())
    return None


_SPEAKING_BODY = re.compile(r"\b(?:Ministry|Government|Council|Agency|Office|Command|Committee|Embassy)\b")
"""The nouns of an English body's name that speaks (``the Japanese Foreign Ministry``), not of a
place, a treaty or a meeting."""


def _is_common_noun_phrase(words: str) -> bool:
    """Whether ``words`` are a noun phrase with a common noun and no name.

    ``la nécessité``, ``die Bedeutung der Vision``, ``their three children`` are; a name, a
    pronoun, an indefinite or group description, a body's name, a title or a paper are not.
    """
    tokens = words.split()
    if not tokens or _is_person_name(words) or _is_document(Span(start=0, end=len(words), text=words)):
        return False
    first = tokens[0].casefold()
    if first in _singular_pronouns() | _GROUP_PRONOUNS | {
        "a",
        "an",
        "i",
        "we",
        "you",
    }:
        return False
    if any(t.casefold() in _GROUP_NOUNS for t in tokens):
        return False  # "Japanese officials", "the four ministers": a group
    if _INSTITUTION.search(words) or _needs_antecedent(words):
        return False  # a body's name ("the Japanese Foreign Ministry"); a title ("the minister")
    if len(tokens) > 1 and all(t.isupper() and len(t) > 1 for t in tokens[1:]):
        return False  # "die NATO", "la OTAN": an article and a body's acronym
    return any(t[:1].islower() for t in tokens[1:]) or first in _DETERMINERS | _NAME_ARTICLES


def _sentence_opener(
    text: str, raw: _Raw, words: Span, mentions: tuple[Mention, ...], persons: set[str]
) -> Span | None:
    """The person whose name is the subject that opens the sentence of a quote, before ``words``.

    ``Jens Stoltenberg, a vivement critiqué … pour avoir “…” et a souligné la nécessité``: a noun
    of the sentence after its subject is the object of a verb, not the speaker.
    """
    left, _ = _sentence_bounds(text, min(raw.open_mark, words.start), raw.close_mark_end)
    left = max(left, _line_start(text, min(raw.open_mark, words.start)))
    end = min(raw.open_mark, words.start)
    found = [
        s
        for s in _full_names(text, left, end)
        if _is_person_name(s.text) and not _not_a_noun_phrase_head(text, s)
    ]
    first = _NAME_AT.match(text, left, end)
    if (  # "Nakatani betonte …", a name the text writes again and again
        first is not None
        and _is_person_name(first.group(1))
        and first.group(1) not in _foreign_function_words(text)
        and _uses(text, first.group(1), first.start(1)) >= _NAMED_OFTEN
    ):
        found.append(_span(text, first.start(1), first.end(1)))
    found += [
        _span(text, m.start, m.end)
        for m in _mentions_between(mentions, left, end)
        if m.actor in persons and m.end <= end
    ]
    return min(found, key=lambda span: span.start) if found else None


_NAME_AT = re.compile(r"[ \t]*([A-Z][\w'\u2019-]+)[ \t]+[a-z\u00e0-\u00ff]")
"""A capitalised word that opens a sentence, a lowercase word (its verb) after it."""
_NAMED_OFTEN = 3


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph before the one holding ``at`` opens (the start of the text if none)."""
    starts, ends = _match_bounds(_PARAGRAPH_BREAK, text)
    count = bisect.bisect_left(starts, at)  # the breaks that start before it, the last cut at ``at``
    breaks = [min(end, at) for end in ends[max(0, count - 2) : count]]
    return breaks[-2] if len(breaks) >= 2 else 0


@functools.lru_cache(maxsize=8)
def _match_bounds(pattern: "re.Pattern[str]", text: str) -> tuple[list[int], list[int]]:
    """Where each match of ``pattern`` in ``text`` starts and ends, found once per text.

    The sentence ends (:data:`_SENTENCE_END`) and the paragraph breaks (:data:`_PARAGRAPH_BREAK`)
    of a text, each searched with :mod:`bisect`.
    """
    found = list(pattern.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


_KONJUNKTIV = re.compile(
    r"(?<![\w-])(?:sei|seien|habe|werde|k\u00f6nne|k\u00f6nnten|m\u00fcsse|solle|wolle|d\u00fcrfe|gelte|gebe|"
    r"stehe|gehe|bleibe|liege|brauche|fehle|h\u00e4tten|w\u00e4ren|w\u00fcrden)(?![\w-])"
)
"""German verbs in the subjunctive of reported speech (*Konjunktiv I*, and *II* where I is not
distinct): a sentence in it goes on with what the last speaker said (``Man sei …``, ``Dies gelte …``)."""


def _reported(
    text: str, raw: _Raw, said: _Said, previous: tuple[_Raw, Span | None, str | None] | None
) -> tuple[Span | None, str | None] | None:
    """The speaker before, for a quote with no cue in German reported speech (in the subjunctive).

    ``"…", sagte Rutte. Dies gelte …, "dass man …"``: in the same paragraph as the quote before or
    the next one; None otherwise. A clause with no cue that opens the quote with a colon (``Chinas
    Auftreten habe Auswirkungen: "…"``) is reported speech too: its first name is its topic, not
    a speaker.
    """
    if (
        (said.words is not None and said.where != "colon")
        or said.cue is not None
        or previous is None
        or not _near(text, previous[0], raw)
    ):
        return None
    left, _ = _sentence_bounds(text, raw.open_mark, raw.close_mark_end)
    return (previous[1], previous[2]) if _KONJUNKTIV.search(text, left, raw.open_mark) else None


def _dropped_subject(
    text: str,
    raw: _Raw,
    said: _Said,
    known: tuple[tuple[Mention, ...], set[str], dict[str, set[str]]],
    previous: tuple[_Raw, Span | None, str | None] | None,
) -> tuple[Span | None, str | None] | None:
    """Who said a quote whose cue, in a language that drops the subject, has none written.

    The speaker of the quote before, in the same or the last paragraph (``“…”, acrescentou.``),
    else the person named last (``… Takeshi Iwaya. Ha osservato che “…”``); None when the cue
    has a subject or is not such a cue.
    """
    if said.words is not None or said.cue is None or _key(said.cue) not in _null_subject_cues():
        return None
    if said.where not in {"after", "before", "colon"}:  # "E aggiunge:" and the quote's paragraph
        return None
    if previous is not None and _near(text, previous[0], raw):
        return previous[1], previous[2]
    mentions, persons, _ = known
    found = _antecedent(text, raw.open_mark, mentions, persons, previous)
    return None if found is None else (found, _resolve(found, mentions, persons))


def _holder_before_cue(
    text: str,
    words: Span,
    title_end: int,
    cue_start: int,
    known: tuple[tuple[Mention, ...], set[str], dict[str, set[str]]],
) -> tuple[Span, str | None] | None:
    """The name that ends a title's clause right before its cue, when the subject taken stops short.

    ``O porta-voz do Ministério das Relações Exteriores chinês Lin Jian afirmou que …``: the title,
    its body and the name run on, with no mark between them, up to the cue; the name speaks.
    """
    stretch = text[words.start : cue_start].rstrip()
    if not stretch or _CLAUSE_BREAK.search(stretch) is not None:
        return None
    mentions, persons, _ = known
    extended = _span(text, words.start, words.start + len(stretch))
    found = _titled_name(text, extended, title_end, mentions, persons)
    if found is None:
        return None
    run = _name_run(_tokens(text, words.start + title_end, extended.end))
    if len(run) < 2 or run[-1][1] != extended.end or not _is_person_name(text[run[0][0] : run[-1][1]]):
        return None  # "… hat auf einer asiatischen Sicherheitskonferenz erklärt": a noun, no name
    name = _span(text, run[0][0], run[-1][1])
    return name, found[1] or _resolve(name, mentions, persons)


_ARTICLED_OF = frozenset(
    {"dos", "das", "do", "da", "del", "della", "dello", "dei", "degli", "delle", "des", "du", "van"}
)
"""*Of* with its article, opening the scope of a title: two capitalised words right after it name a
place or a body (``primeiro-ministro dos Países Baixos``), not the holder, whose name is a third."""


def _titled_name(
    text: str, words: Span, title_end: int, mentions: tuple[Mention, ...], persons: set[str]
) -> tuple[Span, str | None] | None:
    """A title followed by its holder's name in the same words, or None when no person's name ends them.

    ``il segretario generale della Nato Mark Rutte`` is Mark Rutte. One capitalised word after a
    lowercase word that is no article or connector names the holder too (``le porte-parole
    ministère des Affaires étrangères Hong``): a body's name ends in its own noun, or after *de*.
    """
    named = [
        m
        for m in _mentions_between(mentions, words.start, words.end)
        if m.actor in persons and m.end == words.end
    ]
    if named:
        return words, named[-1].actor
    tokens = _tokens(text, words.start + title_end, words.end)
    run = _name_run(tokens)
    at = tokens.index(run[0]) if run else 0
    scoped = at > 0 and tokens[at - 1][2].casefold() in _ARTICLED_OF and len(run) == 2
    if len(run) > 1 and not scoped and _is_person_name(text[run[0][0] : run[-1][1]]):
        return words, None  # not "o ainda primeiro-ministro dos Países Baixos": the place the title is of
    if len(run) == 1 and len(tokens) > 1 and run[0] == tokens[-1]:
        before = tokens[-2][2]
        plain = (
            before[:1].islower() and before.casefold() not in _CONNECTORS | _FOREIGN_ARTICLES | _DETERMINERS
        )
        if (
            plain
            and before.casefold() not in _foreign_function_words(text)
            and _INSTITUTION.search(run[0][2]) is None
        ):
            return words, None
    return None


def _clause_subject(text: str, raw: _Raw) -> Span | None:
    """The name that is the subject of the clause a quote with no cue ends: ``China may seek to “…”``.

    The clause is the last comma-separated part of the sentence before the quote; its first name
    counts only when a lowercase word that is no preposition follows it, as a verb does.
    """
    left, _ = _sentence_bounds(text, raw.open_mark, raw.close_mark_end)
    commas = [left + m.end() for m in re.finditer(r",", text[left : raw.open_mark])]
    start = commas[-1] if commas else left
    name = _first_name(text, start, raw.open_mark)
    if name is None and len(commas) >= 2 and not _first_name(text, commas[-1], raw.open_mark):
        # "Kishida, through a translator, referred to the four countries as “…”": the name before
        # an adverbial part set off by commas
        aside = _tokens(text, commas[-2], commas[-1] - 1)
        if aside and _is_adverbial(aside):
            name = _first_name(text, commas[-3] if len(commas) > 2 else left, commas[-2] - 1)
            if name is not None and text[name.end : commas[-2] - 1].strip():
                name = None  # the name must end its part: "Kishida,"
            return name
    if name is None or not _VERB_AFTER_NAME.match(text, name.end, raw.open_mark):
        return None
    if _after_clause_words(text, start, name.start):
        return None  # "jubir tersebut mendesak pemerintah Jepang yang …": the name is the verb's object
    return name


_CLAUSE_WORDS_BEFORE_SUBJECT = 1
"""How many lowercase words that are no article nor title may stand before a clause's subject."""


def _after_clause_words(text: str, start: int, at: int) -> bool:
    """Whether the words before ``at`` in its clause are more than a subject's own: a verb and its object.

    An article, a title and one word more (``the Japanese foreign minister Kono``, ``a China``) may
    stand before a subject; more lowercase words than that (``jubir tersebut mendesak pemerintah``)
    make the name after them the object of a verb or of a preposition.
    """
    titles = _TITLE_WORDS | _LOWERCASE_TITLES | _DETERMINERS | _FOREIGN_ARTICLES | _NAME_ARTICLES
    words = [t[2] for t in _tokens(text, start, at)]
    lowercase = [w for w in words if w[:1].islower() and w.casefold() not in titles]
    return len(lowercase) > _CLAUSE_WORDS_BEFORE_SUBJECT


def _sentence_before_subject(text: str, raw: _Raw) -> Span | None:
    """The subject of the sentence right before a quote that is a sentence of its own, with no cue.

    ``He said Russia’s bombing … was a reminder of that. “We share your outrage …”`` and ``Il
    Segretario generale Nato ha visitato la base …. “Ho visto di persona …“``: in the same
    paragraph, the sentence before tells what the speaker did or said, and the quote goes on with
    the same person. Its cue's subject counts, else a name or a title that opens it as its subject.
    """
    line_start = _line_start(text, raw.open_mark)
    head = text[line_start : raw.open_mark]
    if not head.strip():
        return _paragraph_before_subject(text, line_start)
    if not re.search(r"[.!?][ \t]*$", head) or _MARK.search(head):
        return None
    left, _ = _sentence_bounds(text, len(head.rstrip()) + line_start - 1, raw.open_mark)
    left = max(left, line_start)
    cue = next(iter(_cue_pattern().finditer(text, left, raw.open_mark)), None)
    if cue is not None:
        subject = _subject(text, left, cue.start(), cue=cue.group())
        if subject is not None:
            return subject
    title = _FOREIGN_TITLES.match(text, left)
    if title is not None:
        return _span(text, left, left + len(title.group().rstrip()))
    name = _first_name(text, left, raw.open_mark)
    if name is not None and name.start == left and _is_person_name(name.text) and len(name.text.split()) > 1:
        return name if _VERB_AFTER_NAME.match(text, name.end, raw.open_mark) else None
    return None


def _paragraph_before_subject(text: str, line_start: int) -> Span | None:
    """The subject of a cue in the last sentence of the paragraph before a quote that opens its own.

    ``She further said China has not communicated on the activity …`` and, as the next paragraph,
    ``“They’re not telling us what they’re planning …”``: the quote goes on with what the speaker
    said, when that sentence has no quote of its own and its cue's subject is a personal pronoun
    (``She``, ``He``), which stands for the person named before; a name there may be a state's
    (``South Korea has urged …``).
    """
    end = len(text[:line_start].rstrip())
    if end == 0 or text[end - 1] not in ".!?":
        return None
    paragraph = _line_start(text, end - 1)
    left, _ = _sentence_bounds(text, end - 1, end)
    left = max(left, paragraph)
    if _MARK.search(text, left, end):
        return None
    cue = next(iter(_cue_pattern().finditer(text, left, end)), None)
    if cue is None:
        return None
    subject = _subject(text, left, cue.start(), cue=cue.group())
    return subject if subject is not None and subject.text.casefold() in _singular_pronouns() else None


def _pronoun_speaker(
    text: str,
    raw: _Raw,
    words: Span,
    known: tuple[tuple[Mention, ...], set[str], dict[str, set[str]]],
    previous: tuple[_Raw, Span | None, str | None] | None,
) -> tuple[Span | None, str | None]:
    """Whom ``they``, ``it``, ``you`` or ``I`` stands for; the pronoun itself when no one is written."""
    mentions, persons, _ = known
    folded = words.text.casefold()
    if folded == "you":
        found = _addressee(text, raw.open_mark, mentions, persons)
    elif folded in _FIRST_PERSON:
        found = _turn_speaker(text, raw.open_mark)
    else:
        body = _body_antecedent(text, words, mentions, persons) if folded == "it" else None
        if body is not None:  # "In a statement from the Japanese Foreign Ministry, it stated"
            return body, _resolve(body, mentions, persons)
        group = _group_antecedent(text, raw.open_mark) if folded == "they" else None
        kept = previous is not None and _near(text, previous[0], raw)
        if kept and folded == "they" and previous is not None and _is_document(previous[1]):
            kept = False  # "the statement added" is "it", never "they"
        if group is not None and not (kept and previous and previous[1] and previous[1].end > group.end):
            return group, _resolve(group, mentions, persons)
        if kept and previous is not None:
            return previous[1], previous[2]
        found = None
    return (found, _resolve(found, mentions, persons)) if found is not None else (words, None)


_BODY_NAME = re.compile(
    r"(?:(?<![\w.])[Tt]he[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+(?:(?:of|for|on)[ \t]+(?:the[ \t]+)?)?){0,5}"
    + _INSTITUTION.pattern
    + r"(?:[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]*)+)?"
)
"""A body's name: capitalised words around an institution's noun (``the Japanese Foreign Ministry``)."""


def _body_antecedent(
    text: str, pronoun: Span, mentions: tuple[Mention, ...], persons: set[str]
) -> Span | None:
    """The body ``it`` stands for in its own sentence: the last organisation or state named before it."""
    left, _ = _sentence_bounds(text, pronoun.end, pronoun.end)  # so a sentence may end right before it
    found = [
        _span(text, m.start(), m.start() + len(m.group().rstrip()))
        for m in _BODY_NAME.finditer(text, left, pronoun.start)
    ]
    found += [
        _span(text, m.start, m.end)
        for m in _mentions_between(mentions, left, pronoun.start)
        if m.end <= pronoun.start and m.actor not in persons
    ]
    return max(found, key=lambda span: (span.end, -span.start)) if found else None


_BODY = re.compile(r"[Tt]he[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)")
"""A body named by its common noun alone: ``the ministry``, ``the foreign ministry``."""


def _named_body(words: Span, mentions: tuple[Mention, ...], persons: set[str]) -> str | None:
    """The organisation or state ``the ministry`` stands for: the last one named before with that noun.

    ``The Japanese Foreign Ministry … The ministry said`` names the ministry twice. The noun must
    be a word of the name as written, within the words a pronoun may look back over.
    """
    match = _BODY.fullmatch(words.text)
    if match is None:
        return None
    noun = match.group(1)
    earlier = [
        m
        for m in _mentions_between(mentions, words.start - _WINDOW, words.start)
        if m.actor not in persons and m.end <= words.start and noun in (w.casefold() for w in _words(m.text))
    ]
    return earlier[-1].actor if earlier else None


_VOCATIVE = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)((?:[A-Z][\w.'\u2019-]*[ \t]+){0,4}[A-Z][\w'\u2019-]*),[ \t]+[a-z]", re.MULTILINE
)
"""A name that opens a sentence and is followed by a comma: ``Prime Minister Abe, welcome back``."""


def _addressee(text: str, before: int, mentions: tuple[Mention, ...], persons: set[str]) -> Span | None:
    """Whom ``you`` stands for in a speech: the last person addressed by name before ``before``."""
    window = max(0, before - _WINDOW * 4)
    for match in reversed(list(_VOCATIVE.finditer(text, window, before))):
        span = _span(text, match.start(1), match.end(1))
        if any(
            m.actor in persons and m.end <= span.end
            for m in _mentions_between(mentions, span.start, span.end)
        ):
            return span
    return None


_TITLE_HEAD = re.compile(
    r"(?:minister|ministerin|pr\u00e4sident|pr\u00e4sidentin|kanzler|kanzlerin|sprecher|sprecherin|"
    r"premier|president|chancellor|secretary|spokes(?:wo)?man|spokesperson|ambassador|envoy|leader|"
    r"chief|ministro|ministra|ministre|presidente|pr\u00e9sident|mandatari[oa]|jef[ae]|chefe?|"
    r"portavoz|porta-voz|porte-parole|portavoce|\u0631\u0626\u064a\u0633|\u0648\u0632\u064a\u0631|"
    r"\u0627\u0644\u0645\u062a\u062d\u062f\u062b)$",
    re.IGNORECASE,
)
"""A word that heads a person's title: ``Premierminister``, ``minister``, Arabic *ra'is* (head of)."""

_ARABIC_NAME = re.compile("[ \t]*((?:[\u0621-\u064a]+[ \t]+){0,2}[\u0621-\u064a]+)[ \t]*[\u060c,.:]")
"""Arabic words up to a comma or stop after a title: the holder's name (*Fumio Kishida,*)."""

_ARTICLE = re.compile(r"(?:the|der|die|das|el|la|le|il|o|a|l['\u2019])\s+", re.IGNORECASE)


_TITLE_ABBREVIATIONS = {"PM": "Prime Minister", "FM": "Foreign Minister"}
"""Titles written short in a story that gave them in full before (``the Japanese PM``)."""


def _title_word(word: str) -> str:
    """A pattern for one word of a title: the word, or for an abbreviation, it or the words it stands for."""
    full = _TITLE_ABBREVIATIONS.get(word)
    if full is None:
        return re.escape(word)
    return "(?:" + re.escape(word) + "|" + r"\s+".join(map(re.escape, full.split())) + ")"


def _title_holder(text: str, words: Span, mentions: tuple[Mention, ...], persons: set[str]) -> Span | None:
    """The name a definite title stands for: the holder the text gave that title before.

    ``Der japanische Premierminister Fumio Kishida sagte …`` and later ``sagte der japanische
    Premierminister``: the title, written again without a name, is Fumio Kishida's. The title must
    be of two words or more with a person's title word among them, and an earlier place must hold
    it (article aside) right before a person's name: a known person, a run of capitalised words that
    reads as a name, or in Arabic the words up to the next comma. Failing that, the next sentence
    may name the holder in apposition (``Japan's defense minister asserted … The minister, Itsunori
    Odonera, said``).
    """
    tokens = _words(words.text)
    if not any(_TITLE_HEAD.search(t) or t in _TITLE_ABBREVIATIONS for t in tokens):
        return None
    bare = _ARTICLE.sub("", words.text, count=1) if _ARTICLE.match(words.text) else words.text
    if len(bare.split()) < 2 and not _ARABIC_LETTER.search(bare):
        return None
    title = re.compile(r"(?<!\w)" + r"\s+".join(map(_title_word, bare.split())) + r"[ \t]+", re.IGNORECASE)
    found = None
    for match in title.finditer(text, max(0, words.start - _HOLDER_REACH), words.start):
        after = match.end()
        named = [m for m in _mentions_between(mentions, after, after + 1) if m.actor in persons]
        if named:
            found = _span(text, named[0].start, named[0].end)
            continue
        run = _full_names(text, after, min(len(text), after + 60))
        if run and run[0].start == after and _is_person_name(run[0].text):
            found = run[0]
            continue
        arabic = _ARABIC_NAME.match(text, after)
        if arabic is not None and _ARABIC_LETTER.search(bare):
            found = _span(text, arabic.start(1), arabic.end(1))
    if found is not None:
        return found
    head = next((t for t in reversed(tokens) if _TITLE_HEAD.search(t)), None)
    if head is None:
        return None
    _, end = _sentence_bounds(text, words.end, words.end)
    _, next_end = _sentence_bounds(text, end + 1, end + 1) if end + 1 < len(text) else (end, end)
    apposed = re.compile(
        r"[Tt]he[ \t]+" + re.escape(head) + r",[ \t]+((?:[A-Z][\w'\u2019-]+[ \t]+){1,3}[A-Z][\w'\u2019-]+),"
    )
    holder = apposed.search(text, end, max(end, next_end))
    if holder is not None and _is_person_name(holder.group(1)):
        return _span(text, holder.start(1), holder.end(1))
    return None


def _with_title_holder(
    text: str, words: Span | None, speaker: str | None, mentions: tuple[Mention, ...], persons: set[str]
) -> tuple[Span | None, str | None]:
    """The speaker again, or the holder a title that names no person stands for (:func:`_title_holder`).

    A bare title the actors' offices resolve (``the Prime Minister``) goes to the person the text
    gave that title before (``Prime Minister Narendra Modi``), when the text names one.
    """
    if words is None:
        return words, speaker
    if speaker in persons:
        if not _is_definite_title(words.text):
            return words, speaker
        holder = _title_holder(text, words, mentions, persons)
        return (words, speaker) if holder is None else (holder, _resolve(holder, mentions, persons))
    holder = _title_holder(text, words, mentions, persons)
    return (words, speaker) if holder is None else (holder, _resolve(holder, mentions, persons))


def _is_document(words: Span | None) -> bool:
    """Whether ``words`` name one paper or statement (``the joint statement``), not its authors."""
    last = _words(words.text)[-1] if words is not None and _words(words.text) else ""
    return bool(_WRITTEN_SPEAKERS.fullmatch(last)) and not last.casefold().endswith("s")


def _stand_in(  # noqa: PLR0913 - the quote, its subject, what is known, and where its cue stands
    text: str,
    raw: _Raw,
    words: Span,
    known: tuple[tuple[Mention, ...], set[str], dict[str, set[str]]],
    previous: tuple[_Raw, Span | None, str | None] | None,
    *,
    until: int | None = None,
) -> tuple[Span, str | None]:
    """The words and actor a pronoun or a definite title (``he``, ``the minister``) stands for.

    ``until``: where its cue stands, when the cue comes before the quote: whom the subject stands
    for is named before the cue, not in the clause after it (``The Senate leader promised that the
    RAA will be scrutinized by the Upper Chamber “…”``).
    """
    mentions, persons, offices = known
    words = _sentence_subject(text, words, mentions, persons) or words
    if not _needs_antecedent(words.text):
        return words, _resolve(words, mentions, persons)
    holder = _office_holder(words, mentions, offices)
    if holder is not None:
        titled = _text_title_holder(text, words)
        if (
            titled is not None
            and titled.start > holder.end
            and _resolve(titled, mentions, persons) != holder.actor
        ):
            return titled, _resolve(titled, mentions, persons)  # "Prime Minister Narendra Modi", named since
        return words, holder.actor
    pronouns = _singular_pronouns() | _POSSESSIVES
    role = None if words.text.casefold() in pronouns else words
    gender = _PRONOUN_GENDER.get(words.text.casefold()) or _title_gender(text, words)
    before = raw.open_mark if until is None else min(raw.open_mark, until)
    found = _antecedent(text, before, mentions, persons, previous, role=role, gender=gender)
    holder = None if found is None else _office_holder(found, mentions, offices)
    if found is not None and holder is None and _needs_antecedent(found.text):
        found = _antecedent(text, before, mentions, persons, previous, titles=False, role=role, gender=gender)
    if found is not None and found.start == words.start and _needs_antecedent(found.text):
        found = None  # the title itself, its holder named after: "Japans Verteidigungsminister hat … erklärt"
    if found is not None and holder is None and _RELATIVE_OBJECT.fullmatch(text, found.end, words.start):
        # "his greeting Kishida, whom the Ukrainian leader called “…”": the title is someone else
        found = _antecedent(
            text, found.start, mentions, persons, None, role=role, gender=gender, other_than=found.text
        )
    if found is None:
        found = _holder_after(text, raw)
    elif holder is None and role is not None:
        other = _other_office_holder(text, raw, role, found, known)
        if other is not None:
            return other
    words = found or words
    return words, holder.actor if holder is not None else _resolve(words, mentions, persons)


def _office_title(words: Span) -> str:
    """The office a definite title names, in English where a foreign one is known.

    ``le Premier ministre japonais`` names *prime minister*, ``the Defense Minister`` *defense minister*.
    """
    title = " ".join(words.text.casefold().replace("-", " ").split()[1:])
    for foreign, english in _OFFICES_IN_ENGLISH:
        if foreign.match(title):
            return english
    return title


def _other_office_holder(
    text: str,
    raw: _Raw,
    role: Span,
    found: Span,
    known: tuple[tuple[Mention, ...], set[str], dict[str, set[str]]],
) -> tuple[Span, str | None] | None:
    """The holder of a title named near the quote, when the person named before holds another office.

    ``a dit Itsunori Onodera`` (a defence minister) and then ``Le Premier ministre japonais a
    qualifié "…"``, ``a déclaré Shinzo Abe`` (a prime minister) after it: the title is Abe's. The
    actors' offices tell; with no office known for either, the person named before stays.
    """
    mentions, persons, offices = known
    title = _office_title(role)
    named = _resolve(found, mentions, persons)
    held = offices.get(named or "", set())
    if not title or not held or any(o.replace("-", " ") in title or title.startswith(o) for o in held):
        return None
    low, high = max(0, raw.open_mark - _HOLDER_REACH), min(len(text), raw.close_mark_end + _HOLDER_AFTER)
    fitting = [
        m
        for m in _mentions_between(mentions, low, high)
        if m.actor != named
        and m.actor in persons
        and any(title.startswith(o.replace("-", " ")) for o in offices.get(m.actor, ()))
    ]
    if not fitting:
        return None
    nearest = min(fitting, key=lambda m: min(abs(m.start - raw.open_mark), abs(m.start - raw.close_mark_end)))
    return _span(text, nearest.start, nearest.end), nearest.actor


_RELATIVE_OBJECT = re.compile(r",?[ \t]+(?:whom|which|que|quem|cui|den|dem|lequel|auquel)[ \t]+")
"""What stands between a name and the subject of a clause that has the name as its object
(``Kishida, whom the Ukrainian leader called``): the clause's subject is never that name."""


_HOLDER_AFTER = 600
"""How far after a quote (characters) the holder of a title or a pronoun no one before stands for
may be named."""


def _holder_after(text: str, raw: _Raw) -> Span | None:
    """The person a title or a pronoun stands for when the text names its holder only after it.

    ``“…,” the Chinese senior diplomat stated. … Ning added, “…”``; ``Secondo il ministro
    giapponese, … “…”. Yoshimasa ha inoltre definito …``: the first person's name that is the
    subject of a cue in the same paragraph or the next, within :data:`_HOLDER_AFTER` characters,
    else a full name of two or three words that opens the sentence right after the quote's
    (``… erklärt, sein Land sei „…“ im Indo-Pazifik-Raum anzuführen. Kihara Minoru hielt …``).
    When the quote's paragraph opens the text (a copy cut off before its first name: ``He said …
    “…”``), the first such name within :data:`SPEAKER_REACH` characters.
    """
    if _NON_BLANK.search(text, 0, _paragraph_start(text, raw.open_mark)) is None:
        end = min(len(text), raw.close_mark_end + SPEAKER_REACH)
    else:
        end = min(len(text), raw.close_mark_end + _HOLDER_AFTER)
        breaks = [m.start() for m in _BLANK_LINE.finditer(text, raw.close_mark_end, end)]
        end = breaks[1] if len(breaks) > 1 else end
    subject = next(
        (
            s
            for s in _cue_subjects(text, raw.close_mark_end, end)
            if _is_person_name(s.text) and not _needs_antecedent(s.text)
        ),
        None,
    )
    if subject is not None:
        return subject
    _, sentence_end = _sentence_bounds(text, raw.close_mark_end, raw.close_mark_end)
    following = _SENTENCE_NAME.match(text, sentence_end, end)  # "Kihara Minoru hielt am Samstag eine Rede"
    if following is not None and _is_person_name(following.group(1)):
        return _span(text, following.start(1), following.end(1))
    return None


_SENTENCE_NAME = re.compile(
    r"[ \t]*((?:[A-Z][\w'\u2019-]+[ \t]+){1,2}[A-Z][\w'\u2019-]+)[ \t]+[a-z\u00e0-\u00ff]"
)
"""A full name that opens the sentence and the lowercase word (its verb) after it: the subject of
the sentence right after a quote, when no cue names its holder after a title."""


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _is_opener(mark: str, before: str, after: str, *, is_open: bool) -> bool:
    spaced_before = not before or before.isspace() or before in _OPEN_AFTER
    spaced_after = not after or after.isspace()
    if mark in {"\u201c", "\u00ab", "\u201e", "``"}:
        return not (is_open and not spaced_before and (spaced_after or not after.isalnum()))
    if mark == "\u201d":
        return not is_open and spaced_before and after.isalnum()
    if mark == '"':
        if is_open:
            return spaced_before and not spaced_after
        return not (not spaced_before and (spaced_after or not after.isalnum()))
    return False


def _soft_break(text: str, line_end: int, next_start: int, *, blank_lines: bool) -> bool:
    r"""Whether the line break between ``line_end`` and ``next_start`` is no paragraph break.

    It is one line break, and either the text parts its paragraphs with blank lines
    (``blank_lines``), or it is hard-wrapped copy that breaks lines inside sentences: after no
    mark that ends a sentence or a quote, before a lowercase letter (``building up its\narmed``).
    """
    if text[line_end:next_start] not in {"\n", "\r\n", "\r"}:
        return False
    last = text[max(0, line_end - SPEAKER_REACH) : line_end].rstrip()[-1:]
    wrapped = last not in '.!?:;"\u201d\u00bb\u2019' and text[next_start : next_start + 1].islower()
    return bool(last) and (blank_lines or wrapped)


_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")


_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")
"""A Hebrew letter: a straight double mark between two is the gershayim of an acronym (``נאט"ו``)."""


def _pairs(text: str) -> Iterator[_Raw]:  # noqa: C901, PLR0912 - one branch a kind of mark
    """Quoted stretches: open mark, close mark, and the words between them."""
    open_at: tuple[int, int] | None = None  # (mark start, content start)
    carry = False
    reversed_marks = False  # a quote opened by » closes with «, as German writes it
    last_end = 0
    blank_lines = _BLANK_LINE.search(text) is not None
    for line in _LINE.finditer(text):
        marks = list(_MARK.finditer(text, line.start(), line.end()))
        if carry:
            carry = False
            opens = bool(marks) and not text[line.start() : marks[0].start()].strip()
            if opens and marks[0].group() in {"\u201c", '"', "``", "\u00ab", "\u201e"}:
                marks = marks[1:]
            elif not _soft_break(text, last_end, line.start(), blank_lines=blank_lines):
                open_at = None
        last_end = line.end()
        inner = False  # inside a quote within the quote, both in straight marks
        for at, match in enumerate(marks):
            mark, start, end = match.group(), match.start(), match.end()
            before = text[start - 1] if start > line.start() else ""
            after = text[end] if end < line.end() else ""
            if mark == '"' and _HEBREW_LETTER.match(before) and _HEBREW_LETTER.match(after):
                continue  # a gershayim written as a straight mark: the acronym נאט"ו, no quotation mark
            if inner:
                inner = False  # the inner quote's closing mark
                continue
            if (
                open_at is not None
                and mark == '"'
                and text[open_at[0]] == '"'
                and _is_opener(mark, before, after, is_open=True)
                and _nested_closes(marks[at + 1 :])
            ):
                inner = True  # '"Её цель - формирование "пула желающих" Россию …", - заявил': a quote inside
                continue
            if open_at is None:
                reversed_marks = mark == "\u00bb" and (not before or before.isspace()) and after.isalnum()
                if reversed_marks or (
                    mark not in {"''", "\u00bb"} and _is_opener(mark, before, after, is_open=False)
                ):
                    open_at = (start, end)
            elif reversed_marks and mark == "\u00bb":
                open_at = (start, end) if after.isalnum() else open_at
            elif (
                mark not in {"''", "\u00bb", "\u201d"}
                and not (reversed_marks and mark == "\u00ab")
                and _is_opener(mark, before, after, is_open=True)
            ):
                open_at = (start, end)  # a stray opener: the earlier mark was not a quote
            else:
                yield _trimmed(text, open_at[1], start, open_at[0], end)
                open_at = None
        carry = open_at is not None


def _nested_closes(rest: Sequence["re.Match[str]"]) -> bool:
    """Whether the straight marks after an opener met inside an open quote close it and the outer one.

    They do when they are an even number, two at least, all straight; else the opener stands
    alone, the earlier mark being no quote.
    """
    return len(rest) >= 2 and len(rest) % 2 == 0 and all(m.group() == '"' for m in rest)


def _trimmed(text: str, start: int, end: int, open_mark: int, close_mark_end: int) -> _Raw:
    """The quoted stretch, without the spaces that set it off from guillemets (``« … »``)."""
    inner = text[start:end]
    if not inner.strip(_SETTING_OFF):
        return _Raw(start=start, end=end, open_mark=open_mark, close_mark_end=close_mark_end)
    if text[open_mark] in "\u00ab\u00bb":  # « … », and « … " with a straight mark closing
        start += len(inner) - len(inner.lstrip(_SETTING_OFF))
    if text[open_mark] in "\u00ab\u00bb" or text[close_mark_end - 1] in "\u00ab\u00bb":  # " … » too
        end -= len(inner) - len(inner.rstrip(_SETTING_OFF))
    return _Raw(start=start, end=end, open_mark=open_mark, close_mark_end=close_mark_end)


_SETTING_OFF = " \t\u00a0\u202f\u2009"
"""Spaces, no-break spaces and thin spaces set between guillemets and the words they quote."""


_SINGLE_OPEN, _SINGLE_CLOSE = "\u2018", "\u2019"
_SINGLE_MARK = re.compile("[\u2018\u2019]")
_STRAIGHT_SINGLE = re.compile(r"(?<!')'(?!')")
"""A straight single mark that is not half of a TeX-style ``''``."""
_MIN_STRAIGHT_SINGLE_WORDS = 3
"""Straight single marks around fewer words mark a term or a headline's phrase (``the 'Taiwan card'``)."""


def _single_pairs(text: str) -> Iterator[_Raw]:
    """Stretches in single marks, curly (``‘…’``) or straight (``'…'``).

    A mark opens after a space, a line start or an opening bracket or dash and before a letter,
    and closes after a letter or punctuation and before no letter; a mark between letters or before
    one (``Japan’s``, ``let's``) is an apostrophe. A stretch goes on over a line break that is no
    paragraph break (:func:`_soft_break`).
    """
    yield from _single_marked(text, _SINGLE_MARK, _SINGLE_OPEN, _SINGLE_CLOSE)
    yield from _single_marked(text, _STRAIGHT_SINGLE, "'", "'")


def _single_marked(text: str, marks: re.Pattern[str], opener: str, closer: str) -> Iterator[_Raw]:
    """The stretches between one kind of single marks (:func:`_single_pairs`)."""
    open_at: int | None = None
    if opener not in text:
        return
    last_end = 0
    blank_lines = _BLANK_LINE.search(text) is not None
    for line in _LINE.finditer(text):
        if open_at is not None and not _soft_break(text, last_end, line.start(), blank_lines=blank_lines):
            open_at = None
        last_end = line.end()
        for mark in marks.finditer(text, line.start(), line.end()):
            i, char = mark.start(), mark.group()
            before = text[i - 1] if i > line.start() else ""
            after = text[i + 1] if i + 1 < line.end() else ""
            spaced = not before or before.isspace() or before in _OPEN_AFTER + '"\u201c'
            opens = spaced and after and not after.isspace() and not after.isdigit()
            if char == opener and opens and (open_at is None or opener != closer):
                open_at = i
            elif char == closer and open_at is not None and not spaced and not after.isalnum():
                yield _Raw(start=open_at + 1, end=i, open_mark=open_at, close_mark_end=i + 1)
                open_at = None


def _words(segment: str) -> list[str]:
    return _WORD.findall(segment)


SPEAKER_REACH = 2000
"""How far, in characters, before and after a quote its attribution and speaker are looked for.

A line or sentence longer than this is read as if it began this far before the quote and ended
this far after it, so each quote costs the same however long the text is and ``find_quotes`` runs
in time linear in the text's length, whatever its quotation marks."""


def _line_start(text: str, at: int) -> int:
    """Where the line holding ``at`` starts, or :data:`SPEAKER_REACH` before ``at`` if that is nearer."""
    floor = max(0, at - SPEAKER_REACH)
    found = max(text.rfind(c, floor, at) for c in "\n\r\u2028\u2029\x85\x0b\x0c")
    return found + 1 if found >= 0 else floor


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start``..``end`` within its line (and within :data:`SPEAKER_REACH`)."""
    line_start = _line_start(text, start)
    line = _LINE.match(text, _line_start(text, end), min(len(text), end + SPEAKER_REACH))
    line_end = max(line.end() if line else end, end)
    starts, ends = _match_bounds(_SENTENCE_END, text)
    # the last sentence end in the line before ``start`` (it may look at the mark that opens the
    # next sentence), and the first one after ``end`` in the line
    before = bisect.bisect_right(ends, start) - 1
    left = ends[before] if before >= 0 and starts[before] >= line_start else line_start
    after = bisect.bisect_left(starts, end)
    right = starts[after] + 1 if after < len(starts) and ends[after] <= line_end else line_end
    return max(left, line_start), right


_COORDINATED_COMPLEMENT = re.compile(
    r"[\s,;]*(?:and|y|e|et|und|en|ed)[ \t]+(?:that|que|qu['\u2019]|che|dass|dat)\b", re.IGNORECASE
)
"""A second reported clause joined to the one before (``…”, y que en internet “…”``): it shares the
cue of the quote before it in its sentence, and an according-to phrase after it (``lo que, según
Pekín, justifica …``) governs a clause of its own."""


_GOVERNED_TERM_WORDS = 3
"""How many words a short partial quote may run for the cue right before it to take it over a cue after it."""


def _governs_term(text: str, raw: _Raw, before: _Said) -> bool:
    """Whether the cue before a short lowercase partial quote takes it as its object.

    ``Patel acknowledged "differences" between … but said``, ``North Korea said could reach the
    “whole” mainland``: a cue with a subject a few words before (no punctuation between) gives the
    quote, of :data:`_GOVERNED_TERM_WORDS` lowercase words at most with no sentence's end, to its
    subject, whatever cue follows it.
    """
    if before.cue is None or before.words is None or before.cue.end > raw.open_mark:
        return False
    quoted = text[raw.start : raw.end]
    words = _words(quoted)
    if not words or len(words) > _GOVERNED_TERM_WORDS or not quoted[:1].islower():
        return False
    if re.search(r"\W$", quoted):
        return False
    between = text[before.cue.end : raw.open_mark]
    return len(_words(between)) <= _GOVERNED_WORDS and re.search(r"[,;:.!?]", between) is None


def _over_after(
    text: str, raw: _Raw, before: _Said | None, after: _Said | None, joined: str | None
) -> _Said | None:
    """What stands in for the cue after a quote, where that cue is not the quote's: else ``None``.

    ``joined``: the words between the quote before in the sentence and this one. A clause joined
    to that quote's (``Mao indicó que “…”, y que “…”, lo que, según Pekín, …``) has no cue of its
    own: it goes on from the quote before. A short term the cue before takes as its object
    (:func:`_governs_term`) keeps that cue.
    """
    if after is None:
        return None
    if (
        before is None
        and joined is not None
        and after.cue is not None
        and _key(after.cue) in ACCORDING_TO
        and _COORDINATED_COMPLEMENT.match(joined)
    ):
        return _Said(None, None, "none")
    if before is not None and _governs_term(text, raw, before):
        return before  # "Patel acknowledged "differences" between … but said": the cue that takes it
    return None


_NEXT_SENTENCE_OPENS = re.compile(r"\s*(?:\[\d{1,3}\]\s*)?(?:$|[A-Z\"\u201c])")
"""What follows a quote whose sentence ends inside its marks: a capital or a mark, perhaps after a
note's number (``calling his visit “disappointing.” [13] Even the Journal criticized``)."""


def _attribution(text: str, raw: _Raw, marks: tuple[list[int], list[int]]) -> _Said:
    """The cue verb, the speaker's words, and where the attribution stands.

    ``marks`` are the opening marks of all the quotes and their closing marks' ends, each sorted.
    """
    left, right = _sentence_bounds(text, raw.open_mark, raw.close_mark_end)
    ends_inside = re.search(r"[.!?]\s*$", text[raw.start : raw.end])
    if (
        ends_inside
        and _NEXT_SENTENCE_OPENS.match(text[raw.close_mark_end : raw.close_mark_end + 9])
        and not _name_then_cue().match(text, raw.close_mark_end, right)
        and not (
            not text[left : raw.open_mark].strip()
            and _title_name_then_cue().match(text, raw.close_mark_end, right)
        )
    ):
        right = raw.close_mark_end  # the sentence ends inside the quote, unless "…?” Hong asked."
    opens, closes = marks
    last_close = bisect.bisect_right(closes, raw.open_mark)  # quotes closed in the sentence before it
    earlier = closes[last_close - 1 : last_close] if last_close and closes[last_close - 1] > left else []
    first_open = bisect.bisect_left(opens, raw.close_mark_end)  # quotes opened in the sentence after it
    later = (
        opens[first_open : first_open + 1] if first_open < len(opens) and opens[first_open] < right else []
    )
    before_start = max([left, *earlier])
    head = text[before_start : raw.open_mark]
    if not head.strip():
        colon = _colon_line(text, raw.open_mark)
        if colon is not None:
            return colon
    if head.rstrip().endswith(":"):
        colon_at = before_start + len(head.rstrip()) - 1
        return _colon(text, before_start, colon_at)
    before = _before(text, before_start, raw.open_mark, sentence=left) or _verb_before_comma(
        text, before_start, raw.open_mark
    )
    after = _after(text, raw, min([right, *later]), bounded=bool(later)) or _after_only(text, raw, right)
    if after is not None and after.cue is not None and after.cue.text.casefold() in _before_only_cues():
        after = None  # "Tarriela said it was “…” …, rejecting a report that accused …": not its cue
    kept = _over_after(text, raw, before, after, head if earlier else None)
    if kept is not None:
        return kept
    if (
        after is not None
        and not (before is not None and after.cue is not None and _key(after.cue) in _SOURCE_CUES)
        and not (after.words is None and before is not None and before.words is not None)
    ):
        return after  # "He said China “…”, but warned of …": the cue after names no one
    if before is not None:
        return before
    # a sentence of its own, or one inside a sentence: "… devono “rimanere uniti” …. Lo ha detto X"
    inside = head.strip() and right > raw.close_mark_end
    following = _next_sentence(text, raw, right if inside else None) if inside or not head.strip() else None
    return following or _speech_noun(text, before_start, raw.open_mark) or _Said(None, None, "none")


_SPEECH_NOUN = re.compile(
    r"(?<![\w'\u2019-])(?:(his|her|their)|([A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)['\u2019]s)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}?(comments?|remarks?|statements?|words|claims?|assertions?|testimony)\b"
    r"(?:[ \t]+[^\s.;:!?\"\u201c\u201d]+){0,8}?[ \t]+that[ \t]"
)
"""A person's words as a noun, owned, and the clause they said (``her November 7 comment to parliament
that …``, ``Takaichi’s statement in parliament last week suggesting that …``)."""


def _speech_noun(text: str, start: int, open_mark: int) -> _Said | None:
    """The owner of a noun of speech whose *that* clause holds the quote, when no cue attributes it.

    ``She did not withdraw her comment to parliament that an attack … could constitute a “…”``:
    the noun is the cue and its owner (a possessive pronoun, or a name with ``’s``) the speaker.
    """
    found = None
    for m in _SPEECH_NOUN.finditer(text, start, open_mark):
        found = m
    if found is None or _MARK.search(text, found.end(), open_mark):
        return None
    owner = 1 if found.group(1) else 2
    cue = _span(text, found.start(3), found.end(3))
    return _Said(cue, _span(text, found.start(owner), found.end(owner)), "before")


_NEXT_SENTENCE_CUE = re.compile(
    r"[.!?]?[\s\u00a0]*("
    + "|".join(
        sorted(
            (re.escape(c) for cues in NEXT_SENTENCE_CUES_BY_LANGUAGE.values() for c in cues),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)
_AFTER_ONLY_CUE = re.compile(
    r"\s*,\s*("
    + "|".join(re.escape(c) for cues in AFTER_ONLY_CUES_BY_LANGUAGE.values() for c in cues)
    + r")\s+(?=(?:der|die|das|dem|den)\s|[A-Z])"
)


def _next_sentence(text: str, raw: _Raw, sentence_end: int | None = None) -> _Said | None:
    """A quote said by whom the next sentence names (``Lo ha detto X``).

    The quote is a sentence of its own, or stands in the sentence that ends at ``sentence_end``.
    """
    start = raw.close_mark_end if sentence_end is None else sentence_end
    line = _LINE.match(text, _line_start(text, start), min(len(text), start + SPEAKER_REACH))
    line_end = line.end() if line else len(text)
    if not text[raw.close_mark_end : line_end].strip(
        ".!? \t"
    ):  # the quote ends its paragraph: the next may open with the cue
        following = _LINE.search(text, line_end, min(len(text), line_end + SPEAKER_REACH))
        line_end = following.end() if following is not None else line_end
    match = _NEXT_SENTENCE_CUE.match(text, start, line_end)
    if match is None:
        return None
    cue = _span(text, match.start(1), match.end(1))
    end_match = _SENTENCE_END.search(text, cue.end, line_end)
    end = end_match.start() if end_match else line_end
    if sentence_end is not None:  # "Lo ha detto nel corso della sua visita a Tokyo il segretario …, Jens
        # Stoltenberg": a place may come first, so a person's full name is looked for
        full = [n for n in _full_names(text, cue.end, end) if _is_person_name(n.text) and " " in n.text]
        if full:
            return _Said(cue, full[0], "after")
    return _Said(cue, _object(text, cue.end, end) or _first_name(text, cue.end, end), "after")


def _after_only(text: str, raw: _Raw, end: int) -> _Said | None:
    """A cue that attributes only right after the closing mark and a comma (``„…“, so der Chef``)."""
    match = _AFTER_ONLY_CUE.match(text, raw.close_mark_end, end)
    if match is None:
        return None
    cue = _span(text, match.start(1), match.end(1))
    tokens = _tokens(text, cue.end, end)
    run = tokens[:1] + list(itertools.takewhile(lambda t: t[2][:1].isupper(), tokens[1:]))
    if run and run[0][2][:1].isupper():  # "so Stoltenberg", not "so der Generalsekretär"
        run = list(itertools.takewhile(lambda t: t[2][:1].isupper(), tokens))
    words = _span(text, run[0][0], run[-1][1]) if run else None
    return _Said(cue, words, "after")  # German nouns are capitalised: "der Generalsekretär bei …"


@functools.cache
def _name_then_cue() -> re.Pattern[str]:
    """A name and a cue right after a quote that ends its own sentence: ``“…?” Hong asked.``."""
    return re.compile(r"[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4}" + _cue_pattern().pattern)


@functools.cache
def _title_name_then_cue() -> re.Pattern[str]:
    """A longer name, a title's words with it, and a cue after a quote that opens its sentence.

    ``“…?” Chinese Consul General Xue Jian said``: up to six capitalised words; a quote inside a
    sentence whose next sentence opens so (``posted that “…” Japanese Foreign Minister Toshimitsu
    Motegi condemned``) keeps the four of :func:`_name_then_cue`.
    """
    return re.compile(r"[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,6}" + _cue_pattern().pattern)


_CLAUSE_OPENERS = frozenset(
    {"after", "before", "when", "because", "since", "although", "though", "while", "until", "unless",
     "if", "whereas", "once"}
)  # fmt: skip
"""Words that open a clause of its own: a cue after one of them has a subject of its own."""
_ADVERBIAL = _CLAUSE_OPENERS | {
    "in", "at", "on", "during", "following", "under", "with", "without", "from", "by", "for", "despite",
    "amid", "through", "throughout", "into", "over", "speaking", "asked", "questioned",
}  # fmt: skip
"""Words that open an adverbial part of a clause (``in his address to the Diet,``), never its subject."""

_SOURCE_CUES = ACCORDING_TO | {"reported"}
"""Cues after a quote that name where the report comes from (``… reported Ansa``), not who spoke:
a cue before the quote wins over them."""

_QUOTES_FROM = re.compile(r"\b(?:quotes|remarks|words|statement)\s+(?:from|by)\s+", re.IGNORECASE)
"""A heading that announces the quotes below it: ``Selected quotes from Dr John Nilsson-Wright``."""


def _colon_line(text: str, open_mark: int) -> _Said | None:
    """A quote opening a paragraph after one that ends with a colon (``As he told reporters:``)."""
    line_start = _line_start(text, open_mark)
    if not line_start:
        return None
    previous = line_start  # the end of the text before the line, its spaces left off
    while previous > max(0, line_start - SPEAKER_REACH) and text[previous - 1].isspace():
        previous -= 1
    heading = _QUOTES_FROM.search(text, _line_start(text, previous), previous)
    if heading is not None and not _MARK.search(text, heading.end(), previous):
        return _Said(None, _first_name(text, heading.end(), previous), "colon")
    if text[previous - 1 : previous] != ":":
        return None
    start = _line_start(text, previous)
    left, _ = _sentence_bounds(text, previous - 1, previous)
    return _colon(text, max(start, left), previous - 1)


def _colon(text: str, start: int, colon: int) -> _Said:
    cue = _last_cue(text, start, colon)
    tail = len(_words(text[cue.end : colon])) if cue is not None else 0
    if cue is not None and tail <= _COLON_TAIL_WORDS:
        # a subject after the verb first: "… sagte Japans Verteidigungsminister Taro Kono: „…“"
        subject = _inverted_object(text, cue, colon) or _subject(text, start, cue.start, cue=cue.text)
        head = _tokens(text, start, cue.start)
        if head and head[-1][2].casefold() in _AND:  # "Er betonte, dass …, und fügte hinzu: „…“"
            earlier = _last_cue(text, start, head[-1][0])
            if earlier is not None:
                subject = _subject(text, start, earlier.start, cue=earlier.text) or subject
        if tail <= 3 or subject is not None:  # "As he told reporters after the game:"
            return _Said(cue, subject or _object(text, cue.end, colon), "colon")
    return _Said(None, _first_name(text, start, colon), "colon")


_COLON_TAIL_WORDS = 8
"""How many words may stand between a cue with its subject and the colon that opens the quote."""
_THAT_AFTER = re.compile(
    r"(?:[ \t]+[^\W\d_][\w'\u2019-]*){0,6}?[ \t]+(?:that|che|que|qu['\u2019]|dass|da\u00df)(?![\w'\u2019])"
)
"""A cue's *that* (``ha dichiarato in Parlamento la scorsa settimana che …``): the clause it opens
is what the cue reports, up to the sentence's end."""
_CLAUSE_WORDS = 60
"""How many words a clause that a cue's *that* opens may run before a quote it holds."""
_INDEFINITE_SUBJECT = re.compile(
    r"(?:^|(?<=[,;:])|(?<=\s))((?:un|una|uno|une|um|uma)[ \t]+[a-z\u00e0-\u00ff][\w'\u2019-]*"
    r"(?:[ \t]+[\w'\u2019-]+){0,7}?)[ \t]*$"
)
"""An indefinite description just before a cue in the Romance languages (*un portavoce
del ministero*, *una fonte diplomatica*): an unnamed source, kept as its words."""


_VERB_COMMA = re.compile(r"(?<![\w-])([a-z]{3,}ed)[ \t]*,[ \t]*$")
"""A verb in the past tense, then a comma, right before the marks: ``The leaders condemned, “…”``."""


def _verb_before_comma(text: str, start: int, open_mark: int) -> _Said | None:
    """A verb that is no cue of the lists but takes the quote as its object, set off by a comma.

    ``The leaders condemned, “…”``: English writes a comma between a verb and the words it
    reports only when they are what was said, so the verb is the cue and its subject the speaker.
    """
    verb = _VERB_COMMA.search(text, start, open_mark)
    if verb is None:
        return None
    cue = _span(text, verb.start(1), verb.end(1))
    subject = _subject(text, start, cue.start, cue=cue.text)
    return None if subject is None else _Said(cue, subject, "before")


def _within_reach(text: str, cue: Span, open_mark: int) -> bool:
    """Whether a cue before a quote is near enough to attribute it, or opens with *that* its clause."""
    reach = len(_words(text[cue.end : open_mark]))
    return reach <= _BEFORE_WORDS or (reach <= _CLAUSE_WORDS and _THAT_AFTER.match(text, cue.end) is not None)


def _unnamed_subject(text: str, start: int, cue: int) -> Span | None:
    """An indefinite description that ends at the cue: ``un portavoce del ministero … ha dichiarato``."""
    unnamed = _INDEFINITE_SUBJECT.search(text, start, cue)
    return None if unnamed is None else _span(text, unnamed.start(1), unnamed.end(1))


def _participle_before(text: str, start: int, open_mark: int, cue: Span, sentence: int) -> _Said:
    """The attribution of a participle before the quote (``saying``, ``adding``, ``emphasising``)."""
    after = _tokens(text, cue.end, open_mark)[:1]
    if after and after[0][2].casefold() in _pronouns("en"):
        return _Said(cue, _span(text, after[0][0], after[0][1]), "before")
    if start > sentence:  # "…," adding "…": the earlier quote's speaker
        return _Said(cue, None, "before")
    earlier = _last_cue(text, sentence, cue.start)
    if (
        earlier is not None
        and earlier.text not in _PARTICIPLES
        and re.fullmatch(r"[ \t]*,[ \t]*", text[earlier.end : cue.start])
    ):
        # "…, External Affairs Minister S Jaishankar has said, emphasising that “…”": the subject
        # of the cue the participle goes on
        subject = _subject(text, sentence, earlier.start, cue=earlier.text)
        if subject is not None and _is_person_name(subject.text):
            return _Said(cue, subject, "before")
    return _Said(cue, _subject(text, sentence, cue.start, cue=cue.text), "before")


def _before(text: str, start: int, open_mark: int, *, sentence: int) -> _Said | None:
    cue = _last_cue(text, start, open_mark)
    if cue is not None and cue.text in _PARTICIPLES:
        return _participle_before(text, start, open_mark, cue, sentence)
    if cue is None or not _within_reach(text, cue, open_mark):
        return None
    if _key(cue) in ACCORDING_TO or cue.text.startswith("a-t-"):
        return _Said(cue, _inverted(text, cue) or _object(text, cue.end, open_mark), "before")
    head = _tokens(text, start, cue.start)
    if head and head[-1][2].casefold() in _AND:  # "X said …, and stressed that “…”", "… e ha chiesto"
        earlier = _last_cue(text, sentence, head[-1][0])
        if earlier is not None:
            # "„…“, sagte der Premierminister … und nannte": the earlier cue's subject after it
            # "“…”, puntualizó Lin y añadió que “…”": a cue after the quote before takes no subject inside it
            low = start if earlier.start >= start else sentence
            subject = _subject(text, low, earlier.start, cue=earlier.text) or _inverted_object(
                text, earlier, head[-1][0]
            )
            if subject is not None or start > sentence:
                return _Said(cue, subject, "before")  # after a quote: that quote's speaker
    naming = cue.text in _naming_cues()  # "nannte Sicherheitsbedenken „…“": the noun after is the one named
    subject = (None if naming else _inverted_object(text, cue, open_mark)) or _subject(
        text, start, cue.start, cue=cue.text
    )
    subject = _before_auxiliary(text, subject, cue) or subject
    subject = subject or _unnamed_subject(text, max(start, sentence), cue.start)
    if subject is None and cue.text not in _NAMING:
        subject = _object(text, cue.end, open_mark)
    return (None if subject is not None else _earlier_cue(text, start, cue)) or _Said(cue, subject, "before")


def _earlier_cue(text: str, start: int, cue: Span) -> _Said | None:
    """The cue before a cue with no subject, when a person's name is its subject.

    ``Kirby added there will be new initiatives announced Friday that will move "…"``: the last cue
    (*announced*, a participle after its noun) names no one; the cue before it, with its subject,
    gives the quote.
    """
    earlier = _last_cue(text, start, cue.start)
    if earlier is None or earlier.text in _PARTICIPLES:
        return None
    subject = _subject(text, start, earlier.start, cue=earlier.text)
    if subject is None or not _is_person_name(subject.text):
        return None
    return _Said(earlier, subject, "before")


_VERB_FINAL_AUXILIARIES = frozenset(
    {"habe", "hat", "hatte", "h\u00e4tte", "haben", "hatten", "h\u00e4tten", "heeft", "hebben", "had"}
)
"""Auxiliaries of the German and Dutch perfect, whose participle ends the clause: ``er habe … gesagt``."""


def _before_auxiliary(text: str, subject: Span | None, cue: Span) -> Span | None:
    """The subject before a perfect's auxiliary when the words found stand between it and its participle.

    ``Kishida sagte, er habe Steinmeier gesagt, Japan sei …``: in a clause whose participle comes
    last, a name right after the auxiliary is the one spoken to; the pronoun or name before the
    auxiliary is the one who speaks.
    """
    if subject is None or _words(text[subject.end : cue.start]):
        return None
    head = _tokens(text, max(0, subject.start - 60), subject.start)
    if len(head) < 2 or head[-1][2].casefold() not in _VERB_FINAL_AUXILIARIES:
        return None
    if re.search(r"[,;:.!?]", text[head[-2][1] : subject.start]):
        return None
    before = head[-2]
    word = before[2]
    if word.casefold() in _singular_pronouns() or _is_name_word(word):
        return _span(text, before[0], before[1])
    return None


def _after(text: str, raw: _Raw, end: int, *, bounded: bool) -> _Said | None:  # noqa: PLR0911, PLR0912, C901
    """An attribution after the closing mark: ``," he said`` or ``," said Stoltenberg``."""
    start = raw.close_mark_end
    match = next(
        (
            m
            for m in _cue_pattern().finditer(text, start, end)
            if (m.group() not in _PARTICIPLES or _QUOTED_AS.search(text, start, m.start()))
            and not _plural_noun(text, m.start(), m.group())
        ),
        None,
    )
    if match is None:
        name = _first_name(text, start, min(end, start + 40))
        ends_clause = text[raw.start : raw.end].rstrip()[-1:] in {",", "\u2026"}
        # "by allowing him a “personal trip,” Japan provides …": words inside a clause, whose comma it is
        inside = _LOWERCASE_WORD_BEFORE.search(text, max(0, raw.open_mark - 30), raw.open_mark) is not None
        if name is not None and ends_clause and not inside and len(_words(text[start : name.start])) == 0:
            return _Said(None, name, "after")
        return None
    first = _after_subject(text, start, match.start())
    named = first is not None and (_is_person_name(first.text) or first.text.casefold() in _pronouns("en"))
    closing = None if bounded or named else _closing_attribution(text, match.end(), end)
    if closing is not None:
        return closing  # "”All is well”, with no one reported killed …, he said."
    cue = _span(text, match.start(), match.end())
    periphrasis = _QUOTED_AS.search(text, start, match.start()) if match.group() in _PARTICIPLES else None
    if periphrasis is not None:  # "“…,” the Senate president was quoted as saying"
        return _Said(cue, _after_subject(text, start, periphrasis.start()), "after")
    gap = _tokens(text, start, match.start())
    if match.group() in _impersonal_cues() and not gap:
        return _Said(
            cue, _text_named_after(text, match.end(), end), "after"
        )  # "…», heißt es in dem Bericht."
    if len(gap) > _AFTER_WORDS or (gap and gap[0][2].casefold() in _SUBORDINATORS):
        return None  # "its «strong dissatisfaction» after Japan said …": another clause's cue
    if _another_clause(text, raw, gap):
        return None
    if (
        bounded
        and len(_words(text[match.end() : end])) <= 2
        and not _ENDS_HERE.match(text, match.end(), end)
        and not _SET_OFF_COORDINATOR.match(text, match.end(), end)
    ):
        return None  # the cue goes with the next quote, unless a full stop ends its sentence first
    if _key(cue) in ACCORDING_TO:
        return _Said(cue, _object(text, cue.end, end), "after")
    ending = _PRONOUN_ENDS_CLAUSE.match(text, cue.end, end)
    if ending is not None and ending.group(1).casefold() in _personal_pronouns():
        return _Said(cue, _span(text, ending.start(1), ending.end(1)), "after")  # "…“ lisas ta."
    opening = gap[0][2].casefold() if gap else ""
    shared = _shared_subject(text, raw, gap)
    if shared is not None:
        return _Said(cue, shared, "after")
    if opening in _foreign_function_words(text) and opening not in _NAME_ARTICLES | _FOREIGN_ARTICLES:
        # "deben “…” ante las amenazas …, declaró el martes en Tokio Jens Stoltenberg": the quote
        # stands inside the sentence, whose subject follows its verb
        names = [n for n in _full_names(text, cue.end, end) if _is_person_name(n.text)]
        inverted = _inverted(text, cue)  # "mène une «…» contre l’ordre …, a-t-il déclaré": its pronoun
        described = _described_then_named(text, cue, end)
        return _Said(
            cue, inverted or described or (names[0] if names else _object(text, cue.end, end)), "after"
        )
    subject = (
        _described_then_named(text, cue, end)
        or _inverted_object(text, cue, end)
        or _after_subject(text, start, match.start())
        or _inverted(text, cue)
        or _locative_body(text, cue, end)
    )
    if subject is None:
        subject = _object(text, match.end(), end)
    verb_final = cue.text not in _null_subject_cues()  # "…”, ha spiegato.": the last speaker
    if subject is None and verb_final and len(gap) <= 1 and _ENDS_HERE.match(text, match.end(), end):
        # "Taro Aso hat … als „…“ bezeichnet.": the verb ends the sentence, its subject opens it
        left, _ = _sentence_bounds(text, raw.open_mark, raw.close_mark_end)
        names = [n for n in _full_names(text, left, raw.open_mark) if _is_person_name(n.text)]
        subject = _name_set_off(text, left, raw.open_mark) or (names[0] if names else None)
    return _Said(cue, subject, "after")


_SET_OFF_COORDINATOR = re.compile(r"[ \t]*,[ \t]*(?:but|and|yet|while)[ \t]*$")
"""A comma and a coordinator between a cue and the next quote (``“…,” Iwaya said, but “…”``): the cue
ends its clause, and goes with the quote before as well."""
_LOWERCASE_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])[a-z\u00df-\u00ff]+[ \t]*$")
"""A lowercase word right before an opening mark: the quoted words stand inside its clause."""
_PRONOUN_ENDS_CLAUSE = re.compile(r"[ \t]+([^\W\d_]+)[ \t]*(?:[.,;!?]|$)")
"""A word alone between a cue after the quote and the end of its clause: ``…“ lisas ta.``, ``…”, dijo él.``
(a pronoun of :func:`_personal_pronouns` there is the cue's subject)."""


_NAME_THEN_COMMA = re.compile(
    r"(?<![\w'\u2019-])((?:[A-Z\u00c0-\u00de][\w'\u2019-]+[ \t]+){0,2}[A-Z\u00c0-\u00de][\w'\u2019-]+)[ \t]*,"
)


def _name_set_off(text: str, start: int, end: int) -> Span | None:
    """The last person's name set off by a comma before a quote whose verb ends the sentence: its subject.

    ``… kaydeden Başbakan Kişida, “…” ifadelerini kullandı``, ``… belirten Nakatani, kendisi ile …
    ‘…’ hedeflediğini belirtti``: in a language that ends its sentence with the verb, what comes
    before the subject's comma (a participle's clause) describes it, and what comes after is said.
    """
    found = [
        m
        for m in _NAME_THEN_COMMA.finditer(text, start, end)
        if _is_person_name(m.group(1)) and not _in_quote(text, _span(text, m.start(1), m.end(1)))
    ]
    return _span(text, found[-1].start(1), found[-1].end(1)) if found else None


@functools.cache
def _impersonal_cues() -> frozenset[str]:
    """The cues with no person as their subject, whose words are a text's (``heißt es``, ``napisano``)."""
    data = _speech_verbs()["languages"]
    return frozenset(cue for entry in data.values() for cue in entry.get("impersonal", ()))


_IN_TEXT = re.compile(
    r"[ \t]+(?:in|im|w|we|dans|en|nel|nella|no|na)[ \t]+"
    r"((?:[^\W\d_][\w'\u2019-]*[ \t]+){0,3}[^\W\d_][\w'\u2019-]*)"
    r"(?=[ \t]*[,.;:!?)]|[ \t]*$)"
)
"""A locative preposition and the text it names, ending the clause: ``in dem Bericht``, ``we wspólnym
komunikacie``."""


def _text_named_after(text: str, start: int, end: int) -> Span | None:
    """The text an impersonal cue names after it (``heißt es in dem Bericht``), else None."""
    match = _IN_TEXT.match(text, start, end)
    return None if match is None else _span(text, match.start(1), match.end(1))


_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|other|many|member|all|some|such)|[\w]-[\w]+)[ \t]+$", re.IGNORECASE
)
"""What stands before a plural noun: a determiner, *other*, *member*, a hyphened adjective."""


def _plural_noun(text: str, at: int, cue: str) -> bool:
    """Whether a cue ending in *s* is a plural noun: ``with other like-minded states``, ``member states``."""
    return cue.endswith("s") and _NOUN_BEFORE.search(text, max(0, at - 40), at) is not None


@functools.cache
def _reported_clause() -> re.Pattern[str]:
    """A participle of saying and its *that*: ``…, pointing out that …``, ``…, noting that …``.

    They open a clause of reported speech of their own.
    """
    participles = "|".join(sorted(map(re.escape, _PARTICIPLES), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{participles})[ \t]+that(?![\w-])")


def _another_clause(text: str, raw: _Raw, gap: list[tuple[int, int, str]]) -> bool:
    """Whether the cue after the quote is another clause's: a subordinator stands between them.

    ``its “global standard” for …, though other reports said``: set off by a comma;
    ``The government said that it “…” provocations after the military said``: anywhere past the
    first word, when a cue stands before the quote in its sentence; ``defined China as a “…”
    assisting …, pointing out that …, and urged``: a participle of saying and its *that* open a
    reported clause, whose cues are its own (:func:`_reported_clause`).
    """
    if gap and _reported_clause().search(text, gap[0][0], gap[-1][1]) is not None:
        return True
    if any(t[2].casefold() in _SUBORDINATORS and _comma_before(text, t[0]) for t in gap):
        return True
    if not any(t[2] in _SUBORDINATORS for t in gap[1:]):
        return False
    left, _ = _sentence_bounds(text, raw.open_mark, raw.close_mark_end)
    return _last_cue(text, left, raw.open_mark) is not None


_LOCATIVE_BODY = re.compile(
    r"[ \t]+(?:\u0432|\u0432\u043e)[ \t]+"
    r"([\u0410-\u042f\u0401][\w-]*(?:[ \t]+[\w-]+){0,5}?)(?=[ \t]*(?:[,.;!?]|$))"
)
"""A body named in the locative after an impersonal plural verb of saying, in Russian:
``«…», — заявили в Министерстве обороны Японии`` (*they said at the ministry*: the ministry said)."""


def _locative_body(text: str, cue: Span, end: int) -> Span | None:
    """The body a Russian plural cue names in the locative (:data:`_LOCATIVE_BODY`), else None."""
    if not cue.text.endswith("\u0438"):
        return None
    found = _LOCATIVE_BODY.match(text, cue.end, end)
    return None if found is None else _span(text, found.start(1), found.end(1))


_COORDINATORS = frozenset({"and", "et", "y", "e", "und", "en", "ja", "og", "\u0438"})
"""*And* right between a quote and the cue after it: the cue's verb shares the sentence's subject."""


def _shared_subject(text: str, raw: _Raw, gap: list[tuple[int, int, str]]) -> Span | None:
    """The person named before the quote when *and* alone stands between it and the cue after it.

    ``Mao Ning, a défendu la Chine comme “…” et a critiqué l’OTAN``: the verbs share the subject.
    So do they when the verb of the quote's clause ends it (``Er sagte, Japan wolle eine „…“
    fördern und bekräftigte``): then a pronoun that opens the sentence before a cue is the subject.
    """
    if not gap or gap[-1][2].casefold() not in _COORDINATORS:
        return None
    verb_final = len(gap) == 2 and gap[0][2][:1].islower()
    if len(gap) != 1 and not verb_final:
        return None
    left, _ = _sentence_bounds(text, raw.open_mark, raw.close_mark_end)
    names = [n for n in _full_names(text, left, raw.open_mark) if _is_person_name(n.text)]
    names = names or _opening_name(text, left, raw.open_mark)
    if names:
        return names[0]
    opening = _tokens(text, left, raw.open_mark)[:2]
    pronouns = _singular_pronouns()
    if len(opening) < 2 or opening[0][2].casefold() not in pronouns:
        return None
    if _cue_pattern().fullmatch(text, opening[1][0], opening[1][1]) is not None:
        return _span(text, opening[0][0], opening[0][1])
    return None


def _opening_name(text: str, start: int, end: int) -> list[Span]:
    """The one capitalised word that opens a sentence before a lowercase word, when it is no function word.

    ``Rutte keeldus …, kuid kirjeldas seda kui „…“ ja ütles``: the sentence's subject, a family name.
    """
    named = _NAME_AT.match(text, start, end)
    if named is None or named.group(1).casefold() in _NOT_NAMES or not _is_person_name(named.group(1)):
        return []
    return [_span(text, named.start(1), named.end(1))]


_CLOSING_SUBJECT = re.compile(r",[ \t]+(he|she|(?:[A-Z][\w'\u2019-]+[ \t]+){0,2}[A-Z][\w'\u2019-]+)[ \t]+$")


def _closing_attribution(text: str, after: int, end: int) -> _Said | None:
    """The attribution that closes a quote's sentence after a clause of its own.

    ``”All is well”, with no one reported killed or injured …, he said.``

    A later cue in the sentence, right before its full stop, with ``he``, ``she`` or a name set
    off by a comma right before it, attributes the quote; the first cue found after the quote
    (``reported``) belongs to the clause between.
    """
    last = None
    for match in _cue_pattern().finditer(text, after, end):
        last = match
    if last is None or not _ENDS_HERE.match(text, last.end(), end):
        return None
    subject = _CLOSING_SUBJECT.search(text, after, last.start())
    if subject is None or subject.group(1) in _LEADING:
        return None
    return _Said(
        _span(text, last.start(), last.end()), _span(text, subject.start(1), subject.end(1)), "after"
    )


_QUOTED_AS = re.compile(
    r"(?:[ \t]+(?:was|is|were|are|has[ \t]+been|had[ \t]+been))?[ \t]+quoted[ \t]+as[ \t]+$"
)
"""A passive that makes a cue of a verb's ``-ing`` form: ``he was quoted as saying``, ``quoted as
adding``; the speaker is the subject before it."""


_ENDS_HERE = re.compile(r"[ \t]*[.!?]")
"""A full stop right after a cue: ``“We’re racing against the clock,” Abe said. “(We) will …”``."""


def _inverted(text: str, cue: Span) -> Span | None:
    """The pronoun of a French inverted cue (``a-t-il ajouté``), its subject wherever it stands."""
    if not cue.text.startswith("a-t-"):
        return None
    return _span(text, cue.start + len("a-t-"), cue.start + cue.text.index(" "))


def _after_subject(text: str, start: int, end: int) -> Span | None:
    """The speaker between a closing mark and its cue: the first part that names someone."""
    parts = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^,\u2014;()]+", text[start:end])]
    parts = [p for p in parts if _words(text[p[0] : p[1]])]
    for part, following in itertools.pairwise(parts):
        described = text[part[0] : part[1]].strip()
        named = text[following[0] : following[1]].strip()
        if _is_definite_title(described) and not _needs_antecedent(named) and _is_person_name(named):
            # '"…", the U.S. ambassador to NATO, Julianne Smith, told': the name set off after the title
            at = following[0] + text[following[0] : following[1]].index(named)
            return _span(text, at, at + len(named))
    for part in parts:
        tokens = _tokens(text, *part)
        if tokens[0][2].casefold() in _LEADING | _ADVERBIAL | {"of"}:
            continue  # "“early entry” into force of the agreement, the ministry said"
        if text[part[0] - 1 : part[0]] == "(":
            continue  # "(RAA)"
        if _name_run(tokens) or tokens[-1][2].casefold() in _pronouns("en") | _GROUP_PRONOUNS:
            return _subject(text, part[0], part[1], cue=None)
    return _subject(text, parts[-1][0], parts[-1][1], cue=None) if parts else None


_TITLE_NOUN = re.compile(
    r"\b(?:minister|secretary|spokes(?:wo)?man|spokesperson|ambassador|envoy|official|chief|head|president|"
    r"chancellor|leader|director|premier)\b",
    re.IGNORECASE,
)
"""A title's noun anywhere in an English description: ``the U.S. ambassador to NATO``."""


def _is_definite_title(words: str) -> bool:
    """Whether ``words`` are a definite title: ``the U.S. ambassador to NATO``, ``el ministro``."""
    pronouns = _pronouns("en") | _POSSESSIVES | _other_pronouns()
    if _needs_antecedent(words) and words.casefold() not in pronouns:
        return True
    return words.split(maxsplit=1)[0].casefold() == "the" and _TITLE_NOUN.search(words) is not None


def _key(cue: Span) -> str:
    """A cue as the cue lists write it, in lowercase: ``Ha detto`` is ``ha detto``."""
    return cue.text[:1].lower() + cue.text[1:]


def _last_cue(text: str, start: int, end: int) -> Span | None:
    found = None
    for match in _cue_pattern().finditer(text, start, end):
        found = match
    return None if found is None else _span(text, found.start(), found.end())


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words between ``start`` and ``end``, with their places.

    A capitalised function word of a language other than English, in text that is not English,
    is given in lowercase when a lowercase word follows it (``El secretario``, ``Lo ha detto``,
    ``Ha sottolineato``), so that it never names a speaker; before a capitalised word it may open
    a name (``El Salvador``, ``Le Monde``).
    """
    blocked = _foreign_function_words(text)
    tokens = []
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        if (
            blocked
            and word[:1].isupper()
            and (len(word) == 1 or not word.isupper())
            and word.casefold() in blocked
        ):
            following = _NEXT_WORD.match(text, m.end())
            if (following is not None and following.group(1).islower()) or text[m.end() : m.end() + 1] == ",":
                word = word.casefold()  # "El secretario", "Además, el ministro"
        tokens.append((m.start(), m.end(), word))
    return tokens


_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_])")


@functools.cache
def _function_word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The function words of the languages other than English, and those of English and of them alone."""
    data = _function_words()
    lists = {language: frozenset(words) for language, words in data["languages"].items()}
    english = lists.pop("en")
    others = frozenset().union(*lists.values())
    return others, english - others, others - english


@functools.lru_cache(maxsize=8)
def _foreign_function_words(text: str) -> frozenset[str]:
    """The function words of the languages other than English when ``text`` is not English, else none.

    Text is English when more of its lowercase words are function words of English alone than of
    the other languages alone: a count of stop words, the simplest test of a text's language.
    """
    others, english_only, others_only = _function_word_lists()
    english = foreign = 0
    for word in _WORD.findall(text):
        if word.islower():
            english += word in english_only
            foreign += word in others_only
    return others if foreign > english else frozenset()


def _is_name_word(word: str) -> bool:
    return (word[:1].isupper() and word.casefold() not in _NOT_NAMES) or word.casefold() in _CONNECTORS


def _subject(text: str, start: int, end: int, *, cue: str | None) -> Span | None:  # noqa: C901 - one step a shape
    """The speaker written before the cue: a name, a pronoun or a description."""
    for boundary in _SENTENCE_END.finditer(text, start, end):
        start = boundary.end()
    dated = _DATED_LINE.match(text, start, end)
    if dated is not None:  # "Taipei, Aug. 14 (CNA) Taiwan's Foreign Minister …": a dateline, no speaker
        start = dated.end()
    if cue in _PARTICIPLES:
        return _participle_subject(text, start, end)
    aside = _DASHED_ASIDE.search(text, start, end)
    if aside is not None and aside.start() > start:  # "the four leaders – the US, … and Japan – stressed"
        end = aside.start()
    parts = _clause_parts(text, start, end)
    relative = len(parts) > 1 and parts[-1][0][2].casefold() in _RELATIVES and len(parts[-1]) <= 3
    while len(parts) > 1 and parts[-1][0][2].casefold() in _RELATIVES:
        parts.pop()  # "Jens Stoltenberg, qui s'exprimait au côté de Fumio Kishida, a prévenu"
    while len(parts) > 1 and _is_adverbial(parts[-1], set_off="," in text[parts[-1][-1][1] : end]):
        parts.pop()  # "Kishida Fumio, in his address to the House of Representatives, said"
    parts[-1:] = [_after_subordinator(_before_unset_relative(part)) for part in parts[-1:]]
    if len(parts) > 1 and len(parts[-1]) == 1 and parts[-1][0][2].casefold() in _WHERE:
        # "fez um discurso na Universidade de Keio, em Tóquio, onde disse": the clause's subject
        main = [p for p in parts[:-1] if p[0][2].casefold() not in _PREPOSITIONS]
        if main:  # its first name, before its verb: "Stoltenberg também fez um discurso na …"
            return _first_name(text, main[-1][0][0], main[-1][-1][1])
    for i in range(len(parts) - 1, -1, -1):
        found = _part_subject(text, parts[i], parts[i - 1] if i else None)
        if relative and found is not None and i and _is_predicate(parts[i], found):
            continue  # "Mark Rutte, agradeceu a confiança …, que considerou": the object, not the subject
        if found is not None:
            return found
    return None


_DATED_LINE = re.compile(
    r"\s*[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2},[ \t]+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?"
    r"(?:[ \t]*\([A-Za-z]{2,12}\))?[ \t]*(?:[\u2014\u2013]|-[ \t])?[ \t]*(?=[A-Z])"
)
"""A dateline with its date before the agency: a place, a comma, a month and a day, perhaps the
agency in brackets (``Taipei, Aug. 14 (CNA)``), opening the sentence of the speaker."""


def _is_predicate(part: list[tuple[int, int, str]], found: Span) -> bool:
    """Whether a clause part is a verb and its object: a lowercase word, no article, before ``found``.

    ``found`` is a common noun's phrase (``a confiança nele depositada``), not a name after its verb
    (``añadió Kishida``, where the subject follows the verb).
    """
    first = part[0][2]
    return (
        first[:1].islower()
        and found.text[:1].islower()
        and first.casefold() not in _DETERMINERS | _FOREIGN_ARTICLES | _NAME_ARTICLES
        and found.start > part[0][0]
    )


_RELATIVES = frozenset(
    {"who", "which", "whose", "qui", "que", "quien", "quienes", "cuyo", "che", "cui", "il quale"}
)
"""Words that open a relative clause set off by commas: its names are not the cue's subject."""


def _before_unset_relative(part: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words of a clause part before a relative pronoun of :data:`_UNSET_RELATIVES` after its first word.

    ``Jens Stoltenberg who is scheduled to meet … officials … said``: the words before *who*. A
    clause whose object the relative *that* or *which* stands for, with a name alone between it and
    the cue (``An intercontinental ballistic missile that North Korea said``), has that name as its
    subject.
    """
    objects = [i for i, t in enumerate(part) if i and t[2] in {"that", "which"}]
    if objects and objects[-1] + 1 < len(part) and all(t[2][:1].isupper() for t in part[objects[-1] + 1 :]):
        return part[objects[-1] + 1 :]
    at = next((i for i, t in enumerate(part) if i and t[2].casefold() in _UNSET_RELATIVES), len(part))
    return part[:at]


def _after_subordinator(part: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words of a clause part after the last subordinator inside it that opens the cue's own clause.

    ``Marcos made the remarks after the Philippines accused``, ``The remarks came after the US
    President … said``: the subordinate clause holds the cue, and its subject is the words after
    the subordinator, not the main clause's.
    """
    at = [i for i, t in enumerate(part) if i and t[2].casefold() in _SUBORDINATORS]
    return part[at[-1] + 1 :] if at and at[-1] + 1 < len(part) else part


_SUBORDINATORS = frozenset(
    {"after", "before", "when", "because", "while", "although", "though", "since", "until"}
)
"""English subordinators that open a clause of its own inside a clause part (``… came after the US President
said``)."""


_UNSET_RELATIVES = frozenset({"who", "qui", "quien", "quienes"})
"""Relative pronouns of a person that open a clause with no comma before it (``Jens Stoltenberg who is
scheduled to meet … said``): the clause runs to the cue, and the subject is the words before it."""
_WHERE = frozenset({"where", "onde", "donde", "où", "dove", "wo"})
"""*Where* opening a relative clause: a cue right after it has the subject of the clause before."""
_PREPOSITIONS = frozenset(
    {"in", "at", "on", "em", "na", "no", "en", "à", "au", "aux", "dans", "nel", "nella", "im", "bei", "auf"}
)
"""Prepositions that open a place's part of a clause (``, em Tóquio,``), never its subject."""


_CLAUSE_PART = re.compile(r"(?:(?![ \t]-[ \t])[^,\u2014\u2013;():])+")
"""A part of a clause: what stands between commas, dashes, brackets and a spaced hyphen."""


def _clause_parts(text: str, start: int, end: int) -> list[list[tuple[int, int, str]]]:
    """The words of each part of a clause between its commas, dashes and brackets, adverbs left off.

    A hyphen with a space on each side is a dash: it sets off a source's name before the clause
    (``Islam Times - Chinese Foreign Ministry Spokeswoman stated``).
    """
    parts = []
    for match in _CLAUSE_PART.finditer(text[start:end]):  # "MINISTER: I said"
        tokens = _tokens(text, start + match.start(), start + match.end())
        while tokens and (
            tokens[-1][2].casefold() in _SKIPPABLE
            or _is_adverb(tokens[-1][2])
            or tokens[-1][2] in _FOREIGN_ADVERBS  # "Yoshimasa ha inoltre definito"
        ):
            tokens.pop()
        if tokens:
            parts.append(tokens)
    return parts


_FOREIGN_ADVERBS = frozenset(
    w for language, words in FUNCTION_WORDS_BY_LANGUAGE.items() if language != "en" for w in words
)
"""Sentence adverbs of languages other than English, as written in lowercase between a subject, its
auxiliary and its cue (``ha inoltre definito``, ``hat außerdem gesagt``): never part of the subject."""


_DASHED_ASIDE = re.compile(r"\s*[\u2013\u2014][^\u2013\u2014]+[\u2013\u2014]\s*$")
"""An aside set off by dashes right before the cue: it describes the subject before it."""


_SUBORDINATE_CLAUSE = re.compile(
    r"(?<![\w-])(?:after|when|because|while|although|though|since|as)[ \t]+(?=\S)"
)
"""A subordinator that opens a clause of its own: a participle right after that clause hangs on it."""


def _participle_subject(text: str, start: int, end: int) -> Span | None:
    """Who a participle (``…, saying``) speaks for: the subject of the clause it hangs on."""
    start = _main_clause(text, start, end)  # "When asked about X, Trump replied, stating"
    reported = list(re.finditer(r"\bthat\b", text[start:end]))
    after_that = _tokens(text, start + reported[-1].end(), end)[:1] if reported else []
    if reported and not (after_that and after_that[0][2].casefold() in _pronouns("en")):
        # "NHK reported that a DOS spokesperson released a comment, saying"; not "Lin confirmed that
        # he visited Japan, adding": the pronoun is the subject's own
        start += reported[-1].end()
    stretch = text[start:end].rstrip(" \t,")
    hosts = [m for m in _SUBORDINATE_CLAUSE.finditer(stretch) if "," not in stretch[m.end() :]]
    if hosts:  # "Teodoro made the remark after China's foreign ministry reacted to the RAA, saying"
        start += hosts[-1].end()
    tokens = _tokens(text, start, end)
    if tokens and tokens[0][2].casefold() in {"a", "an"}:
        return _unnamed(text, tokens)
    return _first_name(text, start, end) or _description(tokens, text)


def _unnamed(text: str, tokens: list[tuple[int, int, str]]) -> Span:
    """An indefinite description that opens a clause, up to its verb: ``a DOS spokesperson``."""
    end = 1
    while end < min(len(tokens), 5):
        word = tokens[end][2]
        if word[:1].islower() and (word.endswith("ed") or word in _CLAUSE_VERBS):
            break
        end += 1
    return _span(text, tokens[0][0], tokens[end - 1][1])


_CLAUSE_VERBS = frozenset({"has", "had", "was", "is", "made", "gave", "told", "said", "says", "sent", "took"})


def _is_adverbial(tokens: list[tuple[int, int, str]], *, set_off: bool = True) -> bool:
    """Whether a part of a clause is adverbial, so no speaker.

    It is when set off by a comma from what follows, opening with a preposition or subordinator and
    naming no pronoun; ``since Article 9 states`` and ``in light of what Washington calls``, right
    before their cue, hold its subject.
    """
    first, last = tokens[0][2].casefold(), tokens[-1][2].casefold()
    return set_off and first in _ADVERBIAL and last not in _pronouns("en") | _GROUP_PRONOUNS


def _main_clause(text: str, start: int, end: int) -> int:
    """Where the first comma-separated part that is not adverbial starts, between ``start`` and ``end``."""
    for match in re.finditer(r"[^,\u2014;]+", text[start:end]):
        tokens = _tokens(text, start + match.start(), start + match.end())
        if tokens and not _is_adverbial(tokens):
            return start + match.start()
    return start


def _is_adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower()  # "also", "later", not "Daily"


def _part_subject(  # noqa: PLR0911, C901 - one return a rule
    text: str, tokens: list[tuple[int, int, str]], before: list[tuple[int, int, str]] | None
) -> Span | None:
    """The speaker named by one comma-separated part of an attribution clause."""
    tokens = _without_time_tokens(tokens)
    while len(tokens) > 1 and tokens[-1][2].casefold() in _AUXILIARIES:
        tokens = tokens[:-1]  # "Kishida hat gesagt", "Rutte heeft gezegd"
    inside = [i for i, t in enumerate(tokens) if i and t[2].casefold() in _VERB_FINAL_AUXILIARIES]
    if inside:  # "Japans Verteidigungsminister hat auf einer Konferenz erklärt": before the auxiliary
        tokens = tokens[: inside[0]]
    pronoun = tokens[0][2].casefold() in _singular_pronouns()
    if pronoun and all(t[2][:1].islower() for t in tokens[1:]):
        tokens = tokens[:1]  # "Он также вновь подчеркнул": the adverbs after the pronoun are no subject
    last = tokens[-1][2]
    if last.casefold() in _pronouns("en") | _GROUP_PRONOUNS | _FIRST_PERSON | _pronouns("fr") | {"you"} or (
        last in _other_pronouns() or last.casefold() in _LATTER  # "Por sua vez este afirmou"
    ):
        return _span(text, tokens[-1][0], tokens[-1][1])  # "he said"; "il a ajouté", "Ele pediu"
    lowercase = any(t[2][:1].islower() and t[2] not in {"and", "or"} for t in tokens[1:])
    aside = before is not None and (text[before[0][0] - 1 : before[0][0]] == "(" or _is_adverbial(before))
    if (
        tokens[0][2].casefold() in {"a", "an", "the"} and lowercase and before is not None and not aside
    ):  # "Ishiba, a former minister,"; not "During the first Dialogue (Quad), the four leaders"
        earlier = _name_run(before)
        if earlier and any(t[2].casefold() in _COLLECTIVES for t in tokens):  # "Japan, a group known as Quad"
            return _span(text, earlier[0][0], tokens[-1][1])
        if earlier and _is_person_name(" ".join(t[2] for t in earlier)):
            return _span(text, earlier[0][0], earlier[-1][1])
    held = _name_of_body(tokens) or _name_after_title(tokens)
    if held is not None:
        return _span(text, held[0][0], held[-1][1])
    group = _group(tokens, text)
    if group is not None:
        return group
    described = _description(tokens, text)
    if described is not None:
        return described
    run = _name_run(tokens)
    if run:
        return _span(text, run[0][0], run[-1][1])
    capitalised = [i for i, t in enumerate(tokens) if t[2][:1].isupper() and _is_name_word(t[2])]
    if capitalised and len(tokens) <= 5:  # a short noun phrase: "North Korean state media"
        return _span(text, tokens[capitalised[0]][0], tokens[-1][1])
    return None


_TIME_PREPOSITIONS = frozenset(
    {"on", "last", "this", "early", "late", "am", "le", "el", "il", "lo", "o", "no", "ce"}
)
"""Words that may stand before a day at the end of a subject (``on Wednesday``, ``el lunes``)."""


def _without_time_tokens(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A subject's words without the day that ends them: ``Gilberto Teodoro Jr. on Wednesday`` said.

    The words before the day stay; a day with nothing before it is left as it is.
    """
    if len(tokens) < 2 or tokens[-1][2].casefold() not in _TIME_WORDS:
        return tokens
    cut = len(tokens) - 1
    if cut > 1 and tokens[cut - 1][2].casefold() in _TIME_PREPOSITIONS:
        cut -= 1
    return tokens[:cut]


def _name_of_body(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """A person's name and the body it belongs to after ``of``: the name, without the body.

    ``forecaster Glaiza Escullar of the Philippine Atmospheric … Administration told`` and
    ``Yukiko Okano of the Ministry of Foreign Affairs said`` are said by the person; the words
    after ``of`` must all be capitalised (the body's name, its ``of`` and ``and`` aside), and those
    before it a person's name of two words or more.
    """
    for i, token in enumerate(tokens):
        if token[2] != "of" or i < 2:
            continue
        tail = [t[2] for t in tokens[i + 1 :] if t[2] not in {"the", "of", "and", "for", "on"}]
        if not tail or not all(_is_name_word(w) for w in tail):
            return None
        run = _name_run(tokens[:i])
        if len(run) > 1 and _is_person_name(" ".join(t[2] for t in run)):
            return run
        return None
    return None


_TITLE_SCOPE = frozenset({"for", "of", "to", "on"})
"""Prepositions that open a title's scope: ``Spokesperson for the West Philippine Sea``."""
_SCOPE_WORDS = frozenset({"the", "of", "and", "for", "on", "to"})


def _name_after_title(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """The name of a title's holder written after the title and its scope: the name, without them.

    ``PCG Spokesperson for the West Philippine Sea Jay Tarriela said`` and ``Minister for Foreign
    Affairs Penny Wong said`` are said by the person: a title's noun, a preposition opening its scope,
    the scope's capitalised words, and a person's name of two words (or three) ending the part.
    """
    at = next((i for i, t in enumerate(tokens) if _TITLE_NOUN.fullmatch(t[2])), None)
    if at is None or at + 1 >= len(tokens) or tokens[at + 1][2] not in _TITLE_SCOPE:
        return None
    scope = tokens[at + 2 :]
    if any(t[2].endswith(".") or len(t[2]) == 1 for t in scope[-3:]):
        return None  # "Mylene J. Garcia-Albano": a name with an initial is read as a whole elsewhere
    if not all(t[2] in _SCOPE_WORDS or (t[2][:1].isupper() and _is_name_word(t[2])) for t in scope):
        return None
    for size in (2, 3):
        tail = scope[-size:]
        set_off = len(scope) > size and scope[-size - 1][2] not in _SCOPE_WORDS | {"Mr.", "Ms.", "Dr."}
        if (
            set_off
            and all(t[2][:1].isupper() for t in tail)
            and _is_person_name(" ".join(t[2] for t in tail))
        ):
            return tail
    return None


def _group(tokens: list[tuple[int, int, str]], text: str) -> Span | None:
    """A group speaker headed by a plural noun: ``officials``, ``the Quad leaders``, ``sources close to``."""
    heads = [i for i, t in enumerate(tokens) if t[2].casefold() in _GROUP_NOUNS]
    if not heads:
        return None
    head = heads[0]
    if head + 1 < len(tokens) and tokens[head + 1][2].casefold() not in _GROUP_POSTMODIFIERS:
        return None
    first = head
    while first > 0 and head - first < _GROUP_MODIFIERS:
        word = tokens[first - 1][2].casefold()
        if word in _DETERMINERS:
            first -= 1
            break
        if word in _SMALL | _LEADING | _SKIPPABLE | _pronouns("en") | _GROUP_PRONOUNS or _is_adverb(word):
            break
        first -= 1
    return _span(text, tokens[first][0], tokens[-1][1])


_GROUP_MODIFIERS = 4
"""How many words before its plural noun a group speaker's description may run."""


def _description(tokens: list[tuple[int, int, str]], text: str) -> Span | None:
    if not tokens:
        return None  # a cue right at the start: no words before it
    title = _FOREIGN_TITLES.match(text, tokens[0][0], tokens[-1][1])
    if title is not None:  # "El secretario general de la OTAN afirmó": a title that stands for a name
        return _span(text, tokens[0][0], title.end())
    for i, (_, _, word) in enumerate(tokens):
        if word.casefold() in _DETERMINERS:
            if i > 1 and tokens[i - 1][2].casefold() in _PHRASE_PREPOSITIONS:
                # "Jens Stoltenberg at a meeting with PM Kishida described": the phrase after the
                # preposition is where, and the subject is the name before it
                run = _name_run(tokens[: i - 1])
                return _span(text, run[0][0], run[-1][1]) if run else None
            described = tokens[i:]
            names = " ".join(w for _, _, w in described)
            lowercase = any(w[:1].islower() and w.casefold() not in _DETERMINERS for _, _, w in described[1:])
            if lowercase or _PERSON_TITLES.search(names):
                return _span(text, described[0][0], described[-1][1])
            return None
    return None


_PHRASE_PREPOSITIONS = frozenset(
    {"at", "in", "on", "during", "after", "before", "with", "from", "for", "over"}
)
"""English prepositions that open a phrase of place, time or company inside an attribution clause:
the description after them (``at a meeting with …``) is never the subject."""


def _name_run(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The trailing run of capitalised words (a name, perhaps with its title)."""
    run: list[tuple[int, int, str]] = []
    for token in reversed(tokens):
        if _is_name_word(token[2]) and token[2].casefold() not in _LEADING:
            run.insert(0, token)
        else:
            break
    while (
        run
        and run[0][2].casefold() in _CONNECTORS
        and not (run[0][2][:1].isupper() and run[0][2].casefold() in _NAME_PARTICLES and len(run) > 1)
    ):
        run.pop(0)  # "of", "and"; not the particle that opens "De Coubertin", "Van Rompuy"
    while run and run[-1][2] in _CONNECTORS:
        run.pop()  # "Stoltenberg le transmitió": a lowercase particle ends no name; a clitic pronoun
    return run


def _first_name(text: str, start: int, end: int) -> Span | None:
    """The first run of capitalised words between ``start`` and ``end``."""
    run: list[tuple[int, int, str]] = []
    tokens = _tokens(text, start, end)
    for i, token in enumerate(tokens):
        if not run and token[2] in _CONNECTORS:
            continue  # "der ukrainische Präsident Wolodymyr Selenskyj": no name opens with "der"
        if _is_name_word(token[2]) and token[2].casefold() not in _LEADING | _DETERMINERS:
            run.append(token)
        elif (
            run
            and _PERSON_TITLES.search(token[2])
            and i + 1 < len(tokens)
            and _is_name_word(tokens[i + 1][2])
        ):
            run.append(token)  # "Burnley manager Sean Dyche"
        elif run:
            break
    while run and run[-1][2].casefold() in _CONNECTORS:
        run.pop()
    return _span(text, run[0][0], run[-1][1]) if run else None


def _object(text: str, start: int, end: int) -> Span | None:
    """The speaker written after the cue: ``said PM Modi``, ``according to the NHK``.

    A day or *yesterday* right after the cue is skipped: ``a déclaré vendredi Mao Ning``.
    """
    tokens = list(itertools.dropwhile(lambda t: t[2].casefold() in _TIME_WORDS, _tokens(text, start, end)))[
        :8
    ]
    if not tokens:
        return None
    if tokens[0][2].casefold() in _pronouns("en") or tokens[0][2] in _other_pronouns():
        return _span(text, tokens[0][0], tokens[0][1])
    run: list[tuple[int, int, str]] = []
    for token in tokens:
        word = token[2]
        articles = _DETERMINERS | _FOREIGN_ARTICLES
        if not run and word.casefold() in _CONNECTORS - articles:
            break  # "advirtió de su creciente presencia": no name opens with "de"
        described = bool(run) and run[0][2].casefold() in articles and word[:1].islower()
        if described and word in _foreign_function_words(text) and word not in _OF | articles:
            break  # "precisó el diplomático a la cadena": the description ends at its preposition
        titled = (
            all(t[2].casefold() in _LOWERCASE_TITLES for t in run) and word.casefold() in _LOWERCASE_TITLES
        )
        if (
            _is_name_word(word)
            or (not run and word.casefold() in articles)
            or (described and len(run) < 6)
            or titled  # "zei secretaris-generaal Mark Rutte", "disse o ministro"
        ):
            run.append(token)
        else:
            break
        if "," in text[token[1] : token[1] + 1] or _ends_sentence(text, token):
            break
    found = _run_span(text, run)
    if found is None or _FOREIGN_TITLES.fullmatch(found.text):
        return found
    return (
        _apposed_name(text, found, end)
        or _titled_tail(text, found, end)
        or _body_titled(text, found, end)
        or found
    )


_FULL_STOP = re.compile(r"[.!?](?:\s+(?=[A-Z\u00c0-\u00de])|\s*$)")


def _ends_sentence(text: str, token: tuple[int, int, str]) -> bool:
    """Whether a full stop after ``token`` ends its sentence: not after an initial or ``U.S``.

    ``mentioned the French President. The unpredictability …``: the speaker ends at the stop, where
    a capital opens the next sentence (``according to their joint agreement. statement.`` goes on).
    """
    word = token[2]
    return len(word) > 1 and "." not in word and _FULL_STOP.match(text, token[1]) is not None


def _run_span(text: str, run: list[tuple[int, int, str]]) -> Span | None:
    """The words of a run after a cue, less the connectors, articles and lowercase titles that end it.

    A definite title alone (``a ajouté le porte-parole.``, ``said the French President.``) is kept
    whole: it stands for its holder.
    """
    if run and _FOREIGN_TITLES.fullmatch(text, run[0][0], run[-1][1]):
        return _span(text, run[0][0], run[-1][1])
    if len(run) > 1 and run[0][2].casefold() == "the" and _PERSON_TITLES.fullmatch(run[-1][2]):
        return _span(text, run[0][0], run[-1][1])  # "mentioned the French President."
    while run and run[-1][2].casefold() in _CONNECTORS | _DETERMINERS | _LOWERCASE_TITLES:
        run.pop()
    return _span(text, run[0][0], run[-1][1]) if run else None


_TIME_WORDS = frozenset(
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "lunes", "martes",
     "miércoles", "jueves", "viernes", "sábado", "domingo", "ayer", "hoy", "lunedì", "martedì", "mercoledì",
     "giovedì", "venerdì", "sabato", "domenica", "ieri", "oggi", "segunda-feira", "terça-feira",
     "quarta-feira", "quinta-feira", "sexta-feira", "ontem", "hoje", "montag", "dienstag", "mittwoch",
     "donnerstag", "freitag", "samstag", "sonntag", "gestern", "heute", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday", "yesterday", "today"}
)  # fmt: skip
"""Days and *yesterday*, *today* in the languages of the cues: they may stand between a cue and the
subject after it (``a déclaré vendredi Mao Ning``, ``dijo ayer el ministro``)."""
_TIME_TAIL = re.compile(
    r"[ \t,]+(?:(?:on|last|this|early|late|am|le|el|il|lo|o|no|ce)[ \t]+)?"
    r"([^\W\d_][\w\u00e0-\u00ff-]*)[ \t]*$",
    re.IGNORECASE,
)


_MONTH_TAIL = re.compile(r"[ \t,]+(?:last|this|early|late|in)[ \t]+([^\W\d_]{4,})[ \t]*$", re.IGNORECASE)
"""A month after *last*, *this* … that ends a subject: ``its new Strategic Concept Document last June``."""


@functools.cache
def _month_names() -> frozenset[str]:
    """The month names of ``date_words.json`` (from CLDR), folded."""
    return frozenset(_date_words()["months"])


def _without_time(text: str, words: Span) -> Span:
    """A subject without the day that ends it: ``The Senate leader on Monday`` is ``The Senate leader``.

    A month after *last*, *this*, *in* ends it so too (``the strategy last June``).
    """
    month = _MONTH_TAIL.search(words.text)
    if month is not None and month.group(1).casefold() in _month_names() and month.start() > 0:
        return _span(text, words.start, words.start + month.start())
    tail = _TIME_TAIL.search(words.text)
    if tail is None or tail.group(1).casefold() not in _TIME_WORDS or not words.text[: tail.start()].strip():
        return words
    return _span(text, words.start, words.start + tail.start())


_TAIL_WORDS = 14
"""How many words a title's description after a cue may run before the name that ends it."""


def _titled_tail(text: str, described: Span, end: int) -> Span | None:
    """A title's description after a cue that goes on to its holder's name: the description and name.

    ``a déclaré le porte-parole du ministère chinois des Affaires étrangères Lin Jian.``: the words
    up to the clause's end, when a person's name of two words or more ends them.
    """
    if not _FOREIGN_TITLES.match(described.text):
        return None
    clause = re.match(r"[^,.;:!?()\n\u201c\u201d\u00ab\u00bb\"]*", text[described.start : end])
    tokens = _tokens(text, described.start, described.start + (clause.end() if clause else 0))
    run = _name_run(tokens)
    if len(tokens) > _TAIL_WORDS or len(run) < 2 or not _is_person_name(text[run[0][0] : run[-1][1]]):
        return None
    return _span(text, described.start, run[-1][1])


_BODY_TITLE = re.compile(
    r"[ \t]+(?P<body>(?:[a-z]+[ \t]+){0,3})(?:spokes(?:wo)?man|spokesperson|minister|secretary|ambassador|"
    r"envoy|official|chief|head|director|adviser|advisor|member)[ \t]+"
    r"(?P<name>(?:[A-Z][\w'\u2019-]+[ \t]+){1,3}[A-Z][\w'\u2019-]+)"
)
"""A lowercase title after a body's name, perhaps with lowercase words of the body between, and the
name of its holder: ``Politburo member Wang Yi``, ``Chinese foreign ministry spokesperson Lin Jian``."""


def _body_titled(text: str, body: Span, end: int) -> Span | None:
    """The person a body's name, a lowercase title and a name after a cue name: the name.

    ``said Ministry of Foreign Affairs of China spokeswoman Mao Ning`` is said by Mao Ning.
    """
    match = _BODY_TITLE.match(text, body.end, end)
    if match is None or not _is_person_name(match.group("name")):
        return None
    others, english, _ = _function_word_lists()
    if any(w in english or w in others for w in match.group("body").split()):
        return None  # "Chinese foreign ministry spokesperson Lin Jian"; not "Japan said the minister Kono"
    return _span(text, match.start("name"), match.end("name"))


_APPOSITION = re.compile(
    r",[ \t]+(?:(?:el|la|o|a|il|le|der|die)[ \t]+)?(?:[a-z\u00e0-\u00ff-]+[ \t]+){0,2}"
    r"((?:[A-Z][\w'\u2019-]+[ \t]+){0,3}[A-Z][\w'\u2019-]+)(?=[ \t]*(?:[,.;:)]|$|[ \t][a-z]))"
)
"""A name set off by a comma after a description, perhaps with its own article and title:
``el ministro de Defensa, el general Nakatani``, ``the foreign minister, Takeshi Iwaya,``."""


def _apposed_name(text: str, described: Span, end: int) -> Span | None:
    """The name in apposition to a definite description after a cue, which it names.

    ``dijo el ministro de Relaciones Exteriores de Japón, Takeshi Iwaya, en …`` is Takeshi Iwaya.
    The description opens with a definite article and holds a title; the name is a person's.
    """
    first = described.text.split()[0].casefold()
    if first not in _FOREIGN_ARTICLES | {"the"} or not (
        _FOREIGN_TITLES.match(described.text) or _PERSON_TITLES.search(described.text)
    ):
        return None
    match = _APPOSITION.match(text, described.end, end)
    if match is None or not _is_person_name(match.group(1)):
        return None
    return _span(text, match.start(1), match.end(1))


def _with_apposed_name(
    text: str, words: Span | None, speaker: str | None, mentions: tuple[Mention, ...], persons: set[str]
) -> tuple[Span | None, str | None]:
    """The name apposed to a title or a body taken as the speaker, wherever the clause stands.

    ``declaró el portavoz del Ministerio de Relaciones Exteriores de China, Mao Ning.`` and
    ``Politburo member Wang Yi has …, saying`` are said by the person the title names: the name set
    off by a comma after a definite title, or after a body's name and a lowercase title.
    """
    if words is None or speaker in persons:
        return words, speaker
    end = min(len(text), words.end + 200)
    named = _apposed_name(text, words, end) or _body_titled(text, words, end)
    if named is None or _in_quote(text, named):
        return words, speaker
    return named, _resolve(named, mentions, persons)


_ADDRESSING_CUES = frozenset({"told", "tell", "tells", "telling", "asked", "asks"})
"""Cues whose words after them are the one spoken to, not the speaker: ``told the minister, Kono,``."""
_DESCRIPTION_WORDS = 16
"""How many words a description after a cue, up to the comma before its holder's name, may run."""
_NAMED_AFTER_COMMA = re.compile(
    r"[ \t]*,[ \t]*((?:[A-Z][\w'\u2019-]+[ \t]+){0,3}[A-Z][\w'\u2019-]+)"
    r"(?=[ \t]*(?:[,.;:)]|$|[ \t]+[a-z\u00e0-\u00ff]))"
)


def _described_then_named(text: str, cue: Span, end: int) -> Span | None:  # noqa: PLR0911 - one return a rule
    """The name set off by a comma after a definite title that follows a cue: the speaker.

    ``dijo el primer ministro japonés, Fumio Kishida, desde Vilna``, ``dijo por su parte el
    secretario general de la OTAN, Jens Stoltenberg``, ``a déclaré la porte-parole du ministère
    chinois des Affaires étrangères, Mao Ning, lors``, ``said the Japanese prime minister, Fumio
    Kishida``: the words up to the first comma after the cue hold a definite article that opens a
    title (no preposition right before it, which would make it the cue's object), and a person's
    name follows that comma. A cue that names whom it was said to (*told*) has none.
    """
    if cue.text.casefold() in _ADDRESSING_CUES:
        return None
    clause = re.match(r"[^,.;:!?()\n\u201c\u201d\u00ab\u00bb\"]*", text[cue.end : end])
    stop = cue.end + (clause.end() if clause else 0)
    tokens = _tokens(text, cue.end, stop)
    if not tokens or len(tokens) > _DESCRIPTION_WORDS:
        return None
    articles = _FOREIGN_ARTICLES | _NAME_ARTICLES | {"the"}
    opening = next((i for i, t in enumerate(tokens) if t[2].casefold() in articles), None)
    if opening is None or opening > 3:
        return None
    if opening and tokens[opening - 1][2].casefold() in _OBJECT_PREPOSITIONS:
        return None  # "dijo a la portavoz, …": whom it was said to
    described = text[tokens[opening][0] : stop]
    if _FOREIGN_TITLES.match(described) is None and _PERSON_TITLES.search(described) is None:
        return None
    named = _NAMED_AFTER_COMMA.match(text, stop, end)
    if named is None or not _is_person_name(named.group(1)):
        return None
    return _span(text, named.start(1), named.end(1))


_OF = _CONNECTORS | {
    "del", "della", "dello", "delle", "degli", "dei", "dell", "di", "da", "do", "dos", "das", "des", "d",
}  # fmt: skip
"""The words for *of* (and *of the*) that go on a description: ``il segretario generale della Nato``."""

_LOWERCASE_TITLES = frozenset(
    {"premier", "minister", "minister-president", "secretaris-generaal", "staatssecretaris", "woordvoerder",
     "woordvoerster", "president", "ambassadeur", "ministre", "ministro", "ministra", "presidente",
     "portavoz", "porta-voz", "porte-parole", "secrétaire", "secretario", "secretário", "segretario",
     "premiê", "primeiro-ministro", "kanselier"}
)  # fmt: skip
"""Titles written in lowercase before a name, as Dutch, French, Spanish, Portuguese and Italian write
them: ``zei premier Rutte``."""


def _needs_antecedent(words: str) -> bool:
    folded = words.casefold()
    if folded in _singular_pronouns() | _POSSESSIVES:  # "he said", "Ele pediu"
        return True
    if _FOREIGN_TITLES.match(words):  # "disse o chefe do governo japonês"; not folded: "ß" folds to "ss"
        return True
    return folded.split()[0] == "the" and bool(_PERSON_TITLES.search(folded))


def _antecedent(  # noqa: PLR0913 - the text, the place, what is known, and two switches
    text: str,
    before: int,
    mentions: tuple[Mention, ...],
    persons: set[str],
    previous: tuple[_Raw, Span | None, str | None] | None,
    *,
    titles: bool = True,
    role: Span | None = None,
    gender: str | None = None,
    other_than: str | None = None,
) -> Span | None:
    """The person named last before ``before``: a quote's or a cue's subject first, else any name.

    With ``titles``, a cue's subject may be a definite title (``the Secretary General``). For a
    ``role`` (a definite title that needs its holder), :func:`_role_holder` chooses. With a
    ``gender`` (``"f"`` for ``she``, ``"m"`` for ``he``), a person the text gives the other gender
    (:func:`_name_gender`) is passed over; with ``other_than`` (a name), so is every name that
    shares its last word.
    """
    window = max(0, before - 800)
    reach = max(0, before - _FULL_NAME_WINDOW)
    others = [
        m
        for m in _mentions_between(mentions, max(0, reach - SPEAKER_REACH), before + 1)
        if m.actor not in persons and m.end >= reach
    ]

    def inside(
        span: Span,
    ) -> bool:  # within a mention of a country, a body, a place, or a quote; or an object
        return (
            any(m.start <= span.start and span.end <= m.end for m in others)
            or _in_quote(text, span)
            or _CASED_PREPOSITION.search(text, max(0, span.start - 8), span.start) is not None
        )

    foreign = bool(_foreign_function_words(text))

    passed = set(other_than.casefold().split()[-1:]) if other_than else set()

    def fits(span: Span) -> bool:  # "she told AFP" is not the Rene Paciente quoted before
        return not passed & set(span.text.casefold().split()) and (
            gender is None or _name_gender(text, span) in {None, gender}
        )

    def plausible(span: Span) -> bool:
        return (
            fits(span)
            and _is_person_name(span.text)
            and not inside(span)
            and not span.text.isupper()
            and not (foreign and _OF_BEFORE.search(text, max(0, span.start - 8), span.start))
            and not (foreign and _GERMAN_NOUN.search(span.text))
            and not _is_source_prefix(text, span)
            and not _not_a_noun_phrase_head(text, span)
        )  # "porta-voz do Ministério das Relações Exteriores": a body's name, after its "of"

    def titled(span: Span) -> bool:  # "the Secretary General called …": its holder, found later
        pronoun = span.text.casefold() in _pronouns("en") | _POSSESSIVES | _other_pronouns()
        return titles and not pronoun and _needs_antecedent(span.text)

    subjects = []
    if previous is not None and previous[1] is not None and previous[0].close_mark_end >= window:
        subjects.append(previous[1])
    subjects += _cue_subjects(text, window, before)
    subjects = [s for s in subjects if plausible(s) or (titled(s) and fits(s))]
    subjects += [s for s in _named_subjects(text, window, before, mentions, persons) if plausible(s)]
    full = [s for s in _full_names(text, max(0, before - _FULL_NAME_WINDOW), before) if plausible(s)]
    placed = [s for s in full if s.start >= window and _in_subject_place(text, s)]
    subjects += placed + [s for s in _surnames(text, window, before, placed) if not inside(s)]
    subjects += [s for s in _surnames(text, window, before, full) if _opens(text, s) and not inside(s)]
    subjects = _without_owners(text, subjects, previous)
    named = [
        _span(text, m.start, m.end)
        for m in _mentions_between(mentions, window, before)
        if m.end <= before and m.actor in persons
    ]
    named = [n for n in named if fits(n) and not inside(n)]
    fallback = [span for span in _full_names(text, window, before) if plausible(span)]
    fallback += [s for s in _surnames(text, window, before, fallback) if not inside(s)]
    if role is not None:
        last = previous[1] if previous is not None and previous[1] is not None else None
        spoke = last if last is not None and last.end >= window and plausible(last) else None
        known = {(m.start, m.end) for m in named}
        return _role_holder(
            text,
            role,
            [*subjects, *named, *fallback],
            known,
            spoke if spoke is None or fits(spoke) else None,
            # a bare name once only may be a newspaper ("Sankei noted"); written again, one the text follows
            speakers=[
                s
                for s in subjects
                if plausible(s)
                and (" " in s.text or text.count(s.text, max(0, before - _STORY_REACH), before) > 1)
            ],
        )
    if subjects:
        spoke_at = previous[0].close_mark_end if previous is not None else -1

        def latest(span: Span) -> int:  # the quote before's speaker spoke where that quote ends
            return spoke_at if previous is not None and span is previous[1] else span.end

        return max(subjects, key=latest)
    if named:
        return named[-1]
    return max(fallback, key=lambda span: span.end) if fallback else None


_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?(?![\w'\u2019])")


def _without_owners(
    text: str, subjects: list[Span], previous: tuple[_Raw, Span | None, str | None] | None
) -> list[Span]:
    """The subjects but names that own a noun (``as Ishiba’s foreign minister``), once someone spoke."""
    if previous is None or previous[1] is None:
        return subjects
    return [s for s in subjects if s is previous[1] or not _is_possessive(text, s)]


def _is_possessive(text: str, span: Span) -> bool:
    """Whether a name is a possessive (``Ishiba’s foreign minister``): it owns a noun, it is no subject."""
    return span.text.endswith(("'s", "\u2019s")) or _POSSESSIVE_AFTER.match(text, span.end) is not None


_MODIFIER_WORDS = 3
"""How many lowercase words (adjectives, and *and* between them) may stand between an article and a
capitalised word that heads its noun phrase."""


def _not_a_noun_phrase_head(text: str, span: Span) -> bool:
    """Whether capitalised ``span`` cannot be a person's name heading a subject, by its place.

    A capitalised preposition and the noun after it open a phrase (``Mit Blick auf …``); words after
    an article with at most a few lowercase adjectives between are a common noun or a modifier of
    one (``the Central Asian states``, ``Das selbstbewusste und robuste Auftreten Chinas``). A title
    word between the article and the span (``the Japanese leader Kishida``) keeps it a name.
    """
    tokens = span.text.split()
    # prepositions that, capitalised, open a phrase, not those that open a family name ("De", "Von")
    openers = _OBJECT_PREPOSITIONS - _NAME_PARTICLES - _OF - {"a", "an", "am", "su", "van", "von", "zu"}
    if len(tokens) > 1 and tokens[0].casefold() in openers:
        return True
    low = max(0, span.start - 80)
    stops = [m.end() for m in _CLAUSE_BREAK.finditer(text, low, span.start)]
    before = _tokens(text, stops[-1] if stops else low, span.start)
    between = 0
    while before:
        word = before.pop()[2]
        folded = word.casefold()
        if folded in _NAME_ARTICLES | {"the", "an"}:  # not "a", a verb in French ("a déclaré Lin Jian")
            # right after the article, only English tells a modifier by the lowercase noun after it
            article_en = folded in {"the", "an"}
            return between > 0 or (article_en and _NEXT_WORD_LOWER.match(text, span.end) is not None)
        if (
            not word.islower()
            or folded in _TITLE_WORDS | _LOWERCASE_TITLES
            or _PERSON_TITLES.search(folded)
            or _FOREIGN_TITLES.match("el " + folded)
        ):
            return False  # "the Japanese leader Kishida", "La portavoz Mao Ning": a title before a name
        others, english, _ = _function_word_lists()
        if between >= _MODIFIER_WORDS or (folded not in _AND and (folded in others or folded in english)):
            return False
        between += 1
    return False


_CLAUSE_BREAK = re.compile(r"[,.;:!?()\n\"\u201c\u201d\u00ab\u00bb\u2013\u2014]")
"""A mark no noun phrase runs over."""
_NEXT_WORD_LOWER = re.compile(r"[ \t]+[a-z\u00e0-\u00ff]")
"""A lowercase word right after a capitalised run: a noun it modifies (``Central Asian states``)."""


_SPACED_DASH = re.compile(r"[ \t]+[-\u2013\u2014][ \t]+")


def _is_source_prefix(text: str, span: Span) -> bool:
    """Whether ``span`` is the source's name that opens a line before a spaced dash, after a date at most.

    ``2023-05-05 Islam Times - Chinese Foreign Ministry Spokeswoman stated``: the outlet, never a
    speaker.
    """
    head = text[_line_start(text, span.start) : span.start]
    return _SPACED_DASH.match(text, span.end) is not None and not any(c.isupper() for c in head)


_CASED_PREPOSITION = re.compile(
    r"(?<![\w-])(?:с|со|к|ко|о|об|обо|у|от|для|при|без|до|из|по|про|над|под|перед|между)[ \t]+$",
    re.IGNORECASE,
)
"""A Russian preposition right before a name: the name is in an oblique case (``с Марком Рютте``),
an object of its clause and never the subject a pronoun stands for."""

_GERMAN_NOUN = re.compile(
    r"(?<![\w-])[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]{3,}(?:ung|heit|keit|schaft|t\u00e4t)(?:en|s)?\b"
)
"""A German common noun by its ending (*die enge Verbindung Deutschlands*): capitalised as every
German noun is, it is no name."""


_PRONOUN_GENDER = {
    "he": "m", "his": "m", "him": "m", "il": "m", "er": "m", "\u00e9l": "m", "ele": "m", "lui": "m",
    "she": "f", "her": "f", "elle": "f", "ella": "f", "ela": "f", "lei": "f",
}  # fmt: skip
"""The gender a pronoun gives whom it stands for (``sie`` and ``they`` give none)."""

_TITLE_NOUNS = (
    r"(?:premi[eè]re?[ \t-]+|primer[ao]?[ \t-]+|primeir[ao][ \t-]+|prima[ \t-]+|vice[ \t-]*)?"
    r"(?:ministr[aoe]|porte-parole|portavoce|portavoz|porta-voz|vocer[ao]|pr[ée]sident[ae]?|presidenta|"
    r"secr[ée]taire|secretari[ao]|segretari[ao]|chanceli[eè]re?|cancelliera?|canciller|ambassad(?:eur|rice)|"
    r"embajador[a]?|ambasciat(?:ore|rice)|embaixador[a]?|direct(?:eur|rice)|director[a]?|jef[ae]|chef(?:fe)?|"
    r"d[ée]put[ée]e?|diputad[ao]|deputat[ao]|senador[a]?|s[ée]nat(?:eur|rice)|senat(?:ore|rice))"
)
_GENDERED_TITLE = re.compile(
    r"(?<![\w-])(?:(?P<m>Mr|Monsieur|Herr|Sr|Se\u00f1or|Signor|spokesman|chairman|congressman|"
    r"(?:[Ll]e|[Ee]l|[Oo]|[Ii]l|[Dd]er)[ \t]+" + _TITLE_NOUNS + r")"
    r"|(?P<f>Mrs|Ms|Miss|Madam|Madame|Mme|Frau|Sra|Se\u00f1ora|Signora|spokeswoman|chairwoman|"
    r"congresswoman|(?:[Ll]a|[Aa])[ \t]+" + _TITLE_NOUNS + r"|[Dd]ie[ \t]+[A-Z\u00c4\u00d6\u00dc][\w-]+in|"
    r"[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df-]+(?:ministerin|sprecherin|kanzlerin|pr\u00e4sidentin)))"
    r"\.?[ \t]+(?:[\w\u00c0-\u017f.'\u2019-]+[ \t]+){0,6}$"
)
"""A title or a gendered article with its noun a few words before a name: ``Ms``, ``Mrs.``,
``spokeswoman``, ``la ministra …``, ``die Ministerin …``, ``Außenministerin``; ``Mr``, ``Herr``."""

_OWN_PRONOUN = re.compile(r"[ \t](his|her)[ \t]")
"""A possessive in the clause a name opens: ``Norma Talosig said her office …``."""


def _title_gender(text: str, words: Span) -> str | None:
    """The gender a definite title gives its holder: ``the spokeswoman``, ``la ministra``."""
    match = _GENDERED_TITLE.search(text, max(0, words.start - 60), words.end)
    folded = words.text.casefold()
    if "woman" in folded or folded.startswith(("la ", "die ")) or folded.endswith("in"):
        return "f" if not folded.startswith("la ") or not folded.endswith("s") else None
    if "spokesman" in folded or "chairman" in folded:
        return "m"
    return None if match is None else ("m" if match.group("m") else "f")


@functools.lru_cache(maxsize=1024)
def _bounded_word(word: str) -> "re.Pattern[str]":
    """``word`` as a whole word: no word character or hyphen on either side."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def _word_starts(text: str, word: str, low: int, high: int) -> Sequence[int]:
    """Where ``word`` stands as a whole word in ``text`` from ``low`` to ``high``, in order."""
    head = re.match(r"[\w-]+", word)
    if head is None:
        return [m.start() for m in _bounded_word(word).finditer(text, low, high)]
    pattern = _bounded_word(word)
    at = _word_places(text).get(head.group(), ())
    return [
        start
        for start in at[bisect.bisect_left(at, low) : bisect.bisect_right(at, high)]
        if pattern.match(text, start) is not None
    ]


def _uses(text: str, word: str, at: int) -> int:
    """How often the story around ``at`` (``_STORY_REACH`` either side) writes ``word`` as a word."""
    return len(_word_starts(text, word, max(0, at - _STORY_REACH), at + _STORY_REACH))


def _name_gender(text: str, span: Span) -> str | None:
    """The gender the text gives the person named by ``span``, or None when it gives none or both.

    Wherever the name's last word stands within ``_STORY_REACH`` of ``span``: a title before it
    (``Ms Mao``, ``Mr. Hayashi``, ``la ministra … Kamikawa``, ``die Außenministerin Baerbock``), or a
    possessive in the same sentence right after it (``Talosig expressed her fears``).
    """
    words = _words(span.text)
    if not words:
        return None
    word = words[-1]
    found: set[str] = set()
    for start in _word_starts(text, word, max(0, span.start - _STORY_REACH), span.end + _STORY_REACH):
        found |= _place_gender(text, word, start)
    return found.pop() if len(found) == 1 else None


_STORY_REACH = 12000
"""How far, in characters, before and after a name the text's other uses of it are read: for the
gender they give it (:func:`_name_gender`), and for how often it is written (:func:`_uses`; a bare
name written again is one the text follows). One story's length, so that the cost of a name does not
grow with the text, and stories run together lend their persons nothing from each other."""


@functools.lru_cache(maxsize=4096)
def _place_gender(text: str, word: str, start: int) -> frozenset[str]:
    """The genders (``"m"``, ``"f"``) one use of ``word`` at ``start`` gives whom it names."""
    end = start + len(word)
    found = set()
    title = _GENDERED_TITLE.search(text, max(0, start - 80), start)
    if title is not None and not re.search(
        r"[.!?,;:]", title.group()[len(title.group("m") or title.group("f")) :]
    ):
        found.add("m" if title.group("m") else "f")
    clause = re.split(r"[.!?;,\u201c\u201d\"]", text[end : end + 60])[0]
    own = _OWN_PRONOUN.search(clause)
    if own is not None and own.start() < 40:
        found.add(_PRONOUN_GENDER[own.group(1)])
    return frozenset(found)


@functools.lru_cache(maxsize=4)
def _word_places(text: str) -> Mapping[str, tuple[int, ...]]:
    """Where each run of word characters and hyphens of ``text`` starts, by the run."""
    places: dict[str, list[int]] = {}
    for match in re.finditer(r"[\w-]+", text):
        places.setdefault(match.group(), []).append(match.start())
    return {word: tuple(at) for word, at in places.items()}


@functools.lru_cache(maxsize=4)
def _quoted_regions(text: str) -> tuple[tuple[int, int], ...]:
    """The stretches of ``text`` inside double quotation marks.

    A name there is a speaker's word, never the antecedent of a pronoun in an attribution
    (``“Japan’s support …” … he continued``).
    """
    return tuple((raw.start, raw.end) for raw in _pairs(text) if _words(text[raw.start : raw.end]))


@functools.lru_cache(maxsize=4)
def _region_starts(text: str) -> list[int]:
    """Where each of :func:`_quoted_regions` starts, in order."""
    return sorted(start for start, _ in _quoted_regions(text))


def _in_quote(text: str, span: Span) -> bool:
    """Whether ``span`` stands inside one of :func:`_quoted_regions`: one of the last few opened before it."""
    quoted = _quoted_regions(text)
    last = bisect.bisect_right(_region_starts(text), span.start)  # the quotes opened before it
    return any(start <= span.start and span.end <= end for start, end in quoted[max(0, last - 4) : last])


_OF_BEFORE = re.compile(r"(?<![\w-])(?:de|del|da|das|do|dos|des|du|della|delle|degli|dei|di|der|des)[ \t]+$")
"""A word for *of* right before a capitalised run: in a language other than English, the run goes
on a noun before it (``Ministério das Relações Exteriores``) and names no person."""


_DEFINITE = frozenset({"el", "la", "o", "il", "le", "lo", "der", "die", "das"})
"""Definite articles that open a speaker's description after a cue: ``ha dicho el portavoz``."""
_FOREIGN_BODY = re.compile(
    r"(?:ministerium|regierung|kabinett|amt|minist[eè]re|gouvernement|ministerio|gobierno|minist[eé]rio"
    r"|governo|ministero)\b",
    re.IGNORECASE,
)
"""A body that speaks, named after a cue in a language that puts the subject after the verb
(``erklärte das Verteidigungsministerium``, ``a indiqué le ministère``)."""


_AUDIENCE_AFTER_CUE = re.compile(
    r"[ \t]+(?:à|a|aux|ao|aos|ai|alla|alle|al|a[ \t]+los)[ \t]+"
    r"(?:la[ \t]+|l['\u2019]|les[ \t]+|os[ \t]+)?"
    r"(?:presse|prensa|imprensa|stampa|journalistes|periodistas|jornalistas|giornalisti|médias|medios)"
    r"(?![\w'\u2019-])"
)
"""Who a cue was said to, between the cue and the subject after it: ``a précisé à la presse``, ``dijo a
la prensa``, ``disse aos jornalistas``."""


def _inverted_object(text: str, cue: Span, end: int) -> Span | None:  # noqa: PLR0911 - one return a rule
    """The speaker written right after a cue, in a language that puts the subject after the verb.

    ``…, ha dicho Matsuno.``, ``erinnerte Herr Tomita daran``, ``Zuvor erklärte der japanische
    Premierminister Sanae Takaichi``, ``sagte er``: in text that is not English, a pronoun, a
    person's name of two words or more, one capitalised word that ends the clause, or a definite
    title right after the cue is its subject, whatever stands before the cue. None otherwise, and in
    English text, where the words after a cue are most often its object (``told Kishida``).
    """
    if not _foreign_function_words(text):
        return None
    audience = _AUDIENCE_AFTER_CUE.match(text, cue.end, end)
    if audience is not None:  # "a précisé à la presse le porte-parole …": the subject follows the audience
        cue = _span(text, cue.start, audience.end())
    tokens = _tokens(text, cue.end, end)
    if not tokens:
        return None
    first = tokens[0][2]
    if first in _other_pronouns() and text[cue.end : tokens[0][0]].isspace():
        return _span(text, tokens[0][0], tokens[0][1])
    if not (first[:1].isupper() or first in _DEFINITE) or not text[cue.end : tokens[0][0]].isspace():
        return _clause_final_subject(text, cue.end, end)
    found = _object(text, cue.end, end)
    if found is None:
        return None
    if first in _DEFINITE:
        run = _name_run(_tokens(text, found.start, found.end))
        named = len(run) > 1 and _is_person_name(text[run[0][0] : run[-1][1]])
        body = _FOREIGN_BODY.search(found.text) is not None
        # "erklärte die NATO, sie teile …": an acronym after its article, ending the clause, is a body
        acronym = len(run) == 1 and run[0][2].isupper() and len(run[0][2]) > 1 and found.end == run[0][1]
        acronym = acronym and re.match(r"[ \t]*[,.;:]", text[found.end : found.end + 3]) is not None
        return found if named or body or acronym or _FOREIGN_TITLES.match(found.text) else None
    if not _is_person_name(found.text):
        return None
    ends_clause = re.match(r"[ \t]*(?:[,.;:!?)]|$)", text[found.end : found.end + 3]) is not None
    return found if len(found.text.split()) > 1 or ends_clause else None


_NAME_AFTER_CUE = re.compile(r"[ \t]+((?:[A-Z][\w'\u2019-]+[ \t]+){1,3}[A-Z][\w'\u2019-]+)(?=[ \t]*[,.;])")


def _said_after_comma(text: str, cue_start: int, cue_end: int, end: int) -> Span | None:
    """The subject of ``…, said Norma Talosig, regional civil defence chief.``.

    A cue set off by a comma after what was said, and a person's full name right after it,
    ending the clause.
    """
    if not text[max(0, cue_start - SPEAKER_REACH) : cue_start].rstrip().endswith(","):
        return None
    match = _NAME_AFTER_CUE.match(text, cue_end, end)
    if match is None or not _is_person_name(match.group(1)):
        return None
    return _span(text, match.start(1), match.end(1))


_OBJECT_PREPOSITIONS = _PREPOSITIONS | {
    "a", "al", "alla", "ao", "à", "avec", "con", "com", "mit", "to", "with", "par", "por", "per", "by", "de",
    "di", "da", "do", "du", "des", "del", "della", "von", "für", "pour", "para", "contre", "contra", "gegen",
    "vor", "über", "nach", "zu", "zum", "zur", "an", "am", "aus", "um", "unter", "zwischen", "seit", "sur",
    "sobre", "su", "sul", "sulla", "entre", "tra", "fra",
}  # fmt: skip
_CLAUSE_END = re.compile(r"[,.;:!?\n]")
_SUBORDINATE = frozenset({"que", "qu", "che", "dass", "that", "qui", "quien", "cui", "como", "comme"})
_CLAUSE_TAIL_WORDS = 12


def _clause_final_subject(text: str, start: int, end: int) -> Span | None:
    """A person's name that ends the clause of a cue, after the cue's adverbial parts.

    In a language that puts the subject after the verb, days, dates, places and the manner of
    saying may stand between them: ``a déclaré mardi 31 janvier à Tokyo Jens Stoltenberg``,
    ``dice prima in un'intervista il primo ministro Shinzo Abe``. The name must be of two words
    or more and end the clause; a name right after a preposition is the cue's object or a place's
    (``a déclaré à Jens Stoltenberg``), unless a place's one word stands between (``à Tokyo Jens
    Stoltenberg``); a clause with a word that opens another (``que``, ``che``, ``dass``) has none.
    """
    stop = _CLAUSE_END.search(text, start, end)
    tokens = _tokens(text, start, stop.start() if stop else end)
    if not tokens or len(tokens) > _CLAUSE_TAIL_WORDS:
        return None
    if any(_bare(t[2]) in _SUBORDINATE for t in tokens):
        return None
    run = _name_run(tokens)
    if len(run) < 2 or len(run) == len(tokens) or _named_in_phrase(tokens, tokens.index(run[0])):
        return None
    at = tokens.index(run[0])
    if tokens[at - 1][2].casefold() in _OBJECT_PREPOSITIONS:
        if len(run) < 3:
            return None
        run = run[1:]  # "à Tokyo Jens Stoltenberg": the place, then the name
    if not _is_person_name(" ".join(t[2] for t in run)):
        return None
    return _span(text, run[0][0], run[-1][1])


def _named_in_phrase(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the name at ``at`` ends a phrase after a preposition: ``en la universidad Keio de Tokio``.

    A preposition, an article and a common noun that is no title before the name make it the name
    of a place or a body the cue's adverbial part speaks of, not the cue's subject.
    """
    if at < 3:  # a preposition, an article, a noun
        return False
    noun, article, preposition = (tokens[at - i][2] for i in (1, 2, 3))
    return (
        noun[:1].islower()
        and noun.casefold() not in _LOWERCASE_TITLES
        and _TITLE_HEAD.search(noun) is None
        and article.casefold() in _DETERMINERS | _FOREIGN_ARTICLES
        and preposition.casefold() in _OBJECT_PREPOSITIONS
    )


def _cue_subjects(text: str, start: int, end: int) -> list[Span]:
    """The subjects written before the cues between ``start`` and ``end``.

    An inverted cue (``…, a-t-il déclaré``) has its pronoun for subject, not the words before it.
    """
    subjects = []
    for cue in _cue_pattern().finditer(text, start, end):
        if not cue.group().startswith("a-t-"):
            line_end = _LINE.match(text, cue.end(), min(len(text), cue.end() + SPEAKER_REACH))
            inverted = _inverted_object(
                text, _span(text, cue.start(), cue.end()), line_end.end() if line_end else end
            )
            inverted = inverted or _said_after_comma(text, cue.start(), cue.end(), end)
            subject = inverted or _subject(
                text, max(start, _line_start(text, cue.start())), cue.start(), cue=cue.group()
            )
            if subject is not None:
                subjects.append(subject)
    return subjects


_FULL_NAME_WINDOW = 3200
"""How far back, in characters, a full name may stand from a family name written alone after it."""


def _full_names(text: str, start: int, end: int) -> list[Span]:
    """Runs of two to four capitalised words between ``start`` and ``end``: names, as written.

    A longer run with an office in it (``Chinese Foreign Ministry Spokeswoman Mao Ning``) gives
    the two words or more after its office: the holder's name; a longer one with none, its first
    five words.
    """
    capital = "[A-Z\u0410-\u042f\u0401]"  # Latin or Cyrillic: "Дмитрий Песков"
    word = rf"{capital}[\w'\u2019-]+"
    runs = re.finditer(rf"(?<![\w.])(?:{word}[ \t]+){{1,7}}{word}", text[start:end])
    found = []
    for m in runs:  # "Japanese Prime Minister Sanae Takaichi's remarks": the name without its ending
        name = re.sub(r"['\u2019]s$", "", m.group())
        words = list(re.finditer(r"\S+", name))
        if len(words) > 2 and words[0].group().isupper() and not words[1].group().isupper():
            # "Sekretarz generalny NATO Mark Rutte": the body's acronym goes on the title, not the name
            name = name[words[1].start() :]
            m_start = m.start() + words[1].start()
            words = list(re.finditer(r"\S+", name))
        else:
            m_start = m.start()
        offices = [i for i, w in enumerate(words[:-2]) if w.group().casefold() in _RUN_OFFICES]
        if offices and len(words) > _RUN_WORDS:
            begin = start + m_start + words[offices[-1] + 1].start()
            found.append(_span(text, begin, start + m_start + len(name)))
        elif len(words) <= _RUN_WORDS:
            found.append(_span(text, start + m_start, start + m_start + len(name)))
        else:  # the first five words, as a run of that length was read before
            found.append(_span(text, start + m_start, start + m_start + words[_RUN_WORDS - 1].end()))
    return found


_RUN_OFFICES = frozenset(
    {"minister", "president", "secretary", "secretary-general", "spokesman", "spokeswoman", "spokesperson",
     "chancellor", "premier", "ambassador", "chairman", "chairwoman", "envoy", "governor", "director"}
)  # fmt: skip
"""Offices that end a title in a run of capitalised words, before the holder's name."""
_RUN_WORDS = 5
"""Words at most of a name's run with no office in it."""


_OPENING_ADVERB = re.compile(r"(?:^|[.!?][ \t]+)[A-Z][^\W\d_]+,[ \t]*$")
"""A capitalised word and a comma that open a sentence: ``Contrariamente, Mao Ning, …``."""


_APPOSED_SUBJECT = re.compile(
    r",[ \t]+(?!(?:and|or|nor|und|oder|y|o|e|et|ou|ed|en|og)\b)([^\W\d_A-Z\u00c0-\u00de]+)\b(?![ \t]*,)"
)
"""A comma and a lowercase word after a name set off by commas: the name is in apposition to the
subject before it when the word is its verb (``…, Yoko Kamikawa, said``): a cue, or a word that is
no function word (``sieht``; not ``à Davos``), and not one of a list (``…, and``)."""


def _in_subject_place(text: str, span: Span) -> bool:
    """Whether a full name stands as its sentence's subject.

    It does when it opens the sentence, perhaps after an adverb and a comma, and a comma or a verb
    follows (``Atsuko Tanabe, 62, lives in …``), or when it stands in commas after a description
    and a verb follows (``Taiwans Repräsentant in Deutschland, Shieh Jhy-Wey, sieht …``).
    """
    head = text[_line_start(text, span.start) : span.start]
    verb = _APPOSED_SUBJECT.match(text, span.end)
    if (
        head.endswith(", ") and verb is not None
    ):  # "Taiwans Repräsentant in Deutschland, Shieh Jhy-Wey, sieht"
        word = verb.group(1)
        others, english_only, _ = _function_word_lists()
        function = word in others or word in english_only
        return not function or _cue_pattern().match(text, verb.start(1)) is not None
    opens = not head.strip() or head.rstrip()[-1] in ".!?" or _OPENING_ADVERB.search(head) is not None
    return opens and (
        text[span.end : span.end + 1] == "," or _VERB_AFTER_NAME.match(text, span.end) is not None
    )


def _opens(text: str, span: Span) -> bool:
    """Whether ``span`` opens its sentence or paragraph: ``Ohtani's homer comes …``."""
    head = text[_line_start(text, span.start) : span.start].rstrip()
    return not head or head[-1] in ".!?"


def _bare(word: str) -> str:
    """A word in lowercase without the article elided before it: ``l’ambassadeur`` is ``ambassadeur``."""
    return re.sub(r"^[ld]['\u2019]", "", word.casefold())


def _role_holder(  # noqa: PLR0913 - the text, the role, and what each tier chooses from
    text: str,
    role: Span,
    candidates: list[Span],
    known: set[tuple[int, int]],
    spoke: Span | None = None,
    *,
    speakers: Sequence[Span] = (),
) -> Span | None:
    """Whom a definite title (``the spokeswoman``, ``the government spokesman``) stands for.

    ``spoke`` is the person named as the speaker of the quote before: ``According to Mao Ning, … “…”
    The Chinese Foreign Ministry spokesperson added, “…”`` is Mao Ning again, unless a person is
    written with the title's noun.

    The person named or described last with the same title noun (``spokeswoman Mao Ning``, ``a DOS
    spokesperson``, who stays unnamed), else the person
    named last who is a known person or is written with a title (``Chief Cabinet Secretary Suga``,
    then ``Suga``), else the last of ``speakers``, the names that are a cue's subject (``Escudero
    said``, not the ``Gilbert Teodoro`` of the clause it governs; a bare name only when the text
    writes it more than once), else the last other name of two
    words or more; else no one, and the role keeps
    its own words: a bare name (``Sankei noted``) may be a newspaper as well as a person.
    """
    noun = _bare(_words(role.text)[-1])
    nouns = next((group for group in _SAME_TITLE_NOUNS if noun in group), frozenset({noun}))

    def with_noun(span: Span) -> bool:
        before = text[max(_line_start(text, span.start), span.start - 80) : span.start]
        earlier = {_bare(w) for w in _words(before)[-_APPOSED:]}
        return any(n in span.text.casefold() for n in nouns) or bool(nouns & earlier)

    titled = [c for c in candidates if any(c.text.casefold().startswith(t) for t in _TITLE_PREFIXES)]
    family = {c.text.split()[-1] for c in titled}
    # "a DOS spokesperson": an indefinite article of the text's language ("a" is none in French or Portuguese)
    indefinite = sorted(_INDEFINITE - {"a", "an"}) if _foreign_function_words(text) else ["a", "an"]
    articles = "|".join(f"[{a[0].upper()}{a[0]}]{re.escape(a[1:])}" for a in indefinite)
    unnamed = re.compile(
        rf"(?<![\w-])(?:{articles})[ \t]+(?:[\w.'\u2019-]+[ \t]+){{0,3}}{re.escape(noun)}(?![\w-])"
    )
    described = [
        _span(text, m.start(), m.end())
        for m in unnamed.finditer(text, max(0, role.start - _WINDOW), role.start)
    ]
    tiers = (
        [c for c in [*candidates, *described] if with_noun(c)],
        [spoke] if spoke is not None else [],
        [c for c in candidates if (c.start, c.end) in known or c in titled or c.text in family],
        list(speakers),
        [c for c in candidates if len(c.text.split()) > 1],
    )
    for tier in tiers:
        if tier:
            return max(tier, key=lambda span: span.end)
    return None


_SAME_TITLE_NOUNS = (
    frozenset(
        {"spokesperson", "spokesman", "spokeswoman", "vocero", "vocera", "portavoz", "porta-voz", "portavoce",
         "porte-parole", "sprecher", "sprecherin", "woordvoerder", "woordvoerster", "rzecznik", "rzeczniczka"}
    ),
)  # fmt: skip
"""Title nouns that name one office in the languages of the cues, so that a title written with one
stands for a person written with another (``el portavoz …, Lin Jian`` … ``advirtió el vocero``)."""
_APPOSED = 6
"""How many words before a name its title may stand: ``l’ambassadeur du pays aux États-Unis, Koji Tomita``."""
_TITLE_PREFIXES = tuple(t.casefold() + " " for t in TITLES)


_CAPITALISED = re.compile(r"(?<![\w.'\u2019-])[A-Z][\w'\u2019-]+(?![\w'\u2019-])")


def _surnames(text: str, start: int, end: int, names: list[Span]) -> list[Span]:
    """Family names written alone after the full name: ``Defense Minister Yasukazu Hamada … Hamada``.

    A possessive (``Hamada's``) names the person too; the span leaves its ending out.
    """
    family = {name.text.split()[-1] for name in names}
    found = []
    for m in _CAPITALISED.finditer(text, start, end):
        word = re.sub(r"['\u2019]s$", "", m.group())
        if word in family:
            found.append(_span(text, m.start(), m.start() + len(word)))
    return found


_VERB_AFTER_NAME = re.compile(
    r"[ \t]+(?!(?:and|or|nor|but|of|in|on|at|to|for|from|with|by|into|over|after|before|during|about|"
    r"under|than|that|who|whom|whose|which|as|the|a|an|last|this|next|each|both|all)\b)[a-z]{3,}\b"
)
"""A name followed by a lowercase word that is no preposition or conjunction: most often its verb, so
the name is its sentence's subject (``Susan Rice made a speech``), not an object (``met Rice in``)."""


def _named_subjects(
    text: str, start: int, end: int, mentions: tuple[Mention, ...], persons: set[str]
) -> list[Span]:
    """People named as the subject of a verb between ``start`` and ``end``: ``Susan Rice made a speech``."""
    return [
        _span(text, m.start, m.end)
        for m in _mentions_between(mentions, start, end)
        if m.end <= end
        and m.actor in persons
        and _VERB_AFTER_NAME.match(text, m.end, end)
        and not _COORDINATED.search(text, max(start, m.start - 8), m.start)
    ]


_AND = frozenset({"and", "y", "e", "et", "und", "en", "og", "ed"})
"""*And* in the languages of the cues: a cue after it has the subject of the cue before."""
_COORDINATED = re.compile(r"\b(?:and|y|e|et|und|en|og|ed)[ \t]+$")
"""A conjunction right before a name: ``he and Kishida shared``, ``él y Kishida``: one of a group."""


_FIRST_PERSON = frozenset({"i", "my"})
_TURN = re.compile(
    r"^[ \t]*((?:[A-Z][\w.'\u2019-]*[ \t]+){0,5}[A-Z][\w.'\u2019-]*)[ \t]*(?:\([^)\n]*\))?[ \t]*:",
    re.MULTILINE,
)
"""A transcript's turn label at a paragraph's start: ``Minister:``, ``FOREIGN MINISTER KAMIKAWA:``."""
_QUESTIONER = frozenset({"q", "question", "questioner", "reporter", "journalist", "moderator", "interviewer"})
_HEADING_BY = re.compile(
    r"\b(?:[Bb]y|[Ww]ith)[ \t]+(?:the[ \t]+)?((?:[A-Z][\w.'\u2019-]*[ \t]+){0,5}[A-Z][\w'\u2019-]*)"
)
"""A heading that names who speaks: ``Press Conference by Defense Minister Kishida``."""
_HEADING_CHARS = 400
"""How far into a text a heading naming the speaker may stand."""


def _turn_speaker(text: str, before: int) -> Span | None:
    """Who says "I" in a transcript: the last turn label before ``before``, named by the heading if bare.

    A label that is only a title (``Minister:``) is the person the heading names
    (``… by Defense Minister Kishida``); with no label, a heading alone names the speaker of a
    speech. None when neither is written, or the last label is the questioner's.
    """
    labels = [m for m in _TURN.finditer(text, 0, before) if m.end() <= before]
    heading = _HEADING_BY.search(text, 0, min(len(text), _HEADING_CHARS))
    named = None if heading is None else _span(text, heading.start(1), heading.end(1))
    if labels:
        label = _span(text, labels[-1].start(1), labels[-1].end(1))
        folded = label.text.casefold()
        if folded in _QUESTIONER:
            return None
        words = label.text.split()
        title_only = all(w.casefold() in _TITLE_WORDS for w in words)
        if not (label.text.isupper() or any(w.casefold() in _TITLE_WORDS for w in words)):
            return named  # "Read more:", "Source:": furniture, not a turn
        return named if title_only and named is not None else label
    return named


def _group_antecedent(text: str, before: int) -> Span | None:
    """The group that ``they`` stands for: the last group speaker opening a sentence before ``before``."""
    window = max(0, before - _WINDOW)
    starts = [window, *(m.end() for m in _SENTENCE_END.finditer(text, window, before))]
    starts += [m.end() for m in re.finditer(r"\n\s*", text[window:before])]
    found: Span | None = None
    for start in sorted(set(starts)):
        if start == window and window and not text[window - 1].isspace():
            continue
        clause = re.match(r"[^,.;:!?\n\u201c\u201d\"]+", text[start:before])
        pair = _NAMED_PAIR.match(text, start, start + clause.end()) if clause else None
        if pair is not None and (found is None or pair.end(1) > found.end):
            found = _span(text, pair.start(1), pair.end(1))  # "Fumio Kishida and NATO promised …"
            continue
        tokens = _tokens(text, start, start + clause.end()) if clause else []
        heads = [i for i, t in enumerate(tokens[: _GROUP_MODIFIERS + 1]) if t[2].casefold() in _GROUP_NOUNS]
        if heads:
            group = _group(tokens[: heads[0] + 1], text)
            if group is not None and (found is None or group.end > found.end):
                found = group
    return found


_NAMED_PAIR = re.compile(
    r"[ \t\u2022*-]*((?:[A-Z][\w.'\u2019-]*[ \t]+){0,4}[A-Z][\w.'\u2019-]*[ \t]+and[ \t]+"
    r"(?:[A-Z][\w.'\u2019-]*[ \t]+){0,4}[A-Z][\w.'\u2019-]*)[ \t]+(?:also[ \t]+)?[a-z]{3,}ed\b"
)
"""Two names joined by *and* that open a sentence before a verb in the past: a group ``they`` may
stand for (``Fumio Kishida and NATO promised on Tuesday``)."""
_WINDOW = 800
"""How far back, in characters, the words a pronoun stands for are looked for."""


def _sentence_subject(
    text: str, pronoun: Span, mentions: tuple[Mention, ...], persons: set[str]
) -> Span | None:
    """The subject a pronoun inside its own sentence stands for: "The Secretary General … in which he"."""
    if pronoun.text.casefold() not in _pronouns("en"):
        return None
    left, _ = _sentence_bounds(text, pronoun.start, pronoun.end)
    tokens = _tokens(text, left, pronoun.start)
    if not tokens or _cue_pattern().search(text, left, pronoun.start):
        return None
    if tokens[0][2].casefold() == "the":
        run = [tokens[0]]
        for token in tokens[1:]:
            if not token[2][:1].isupper():
                break
            run.append(token)
        words = _span(text, run[0][0], run[-1][1])
        return words if len(run) > 1 and _PERSON_TITLES.search(words.text) else None
    first = next(iter(_mentions_between(mentions, tokens[0][0], tokens[0][0] + 1)), None)
    if first is not None and first.actor in persons:
        return _span(text, first.start, first.end)
    return None


_OFFICES_IN_ENGLISH = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (
            (
                r"secretari[oa] general|segretari[oa] generale|secr\u00e9taire g\u00e9n\u00e9ral"
                r"|secret\u00e1ri[oa] geral|generalsekret\u00e4r"
            ),
            "secretary general",
        ),
        (
            r"primer ministro|primo ministro|premier ministre|primeiro ministro|premier\b|premi\u00ea",
            "prime minister",
        ),
        (r"presidente|pr\u00e9sident|pr\u00e4sident", "president"),
    )
)  # fmt: skip
"""Titles in Spanish, Italian, French, Portuguese and German, as the offices of the bundled actors
are written in English (a hand-written table of the titles that stand for a speaker most often)."""


def _office_holder(
    words: Span, mentions: tuple[Mention, ...], offices: dict[str, set[str]]
) -> Mention | None:
    """The person named last before a title (``the Secretary General``) who holds that office."""
    title = _office_title(words)  # "el secretario general" holds the office of Secretary General
    if not title:
        return None
    holders = [
        m
        for m in _mentions_between(mentions, max(0, words.start - _HOLDER_REACH), words.start)
        if m.end <= words.start
        and any(o.replace("-", " ") in title or title in o for o in offices.get(m.actor, ()))
    ]
    return holders[-1] if holders else None


_TITLED_NAME = r"[ \t]+((?:[A-Z][\w'\u2019.-]+[ \t]+){0,3}[A-Z][\w'\u2019-]+)"


def _text_title_holder(text: str, words: Span) -> Span | None:
    """The last place before a definite title where a person the text gives that title is named.

    ``Prime Minister Narendra Modi … Modi said … “…,” the prime minister said``: the text writes
    the title before the name (``Prime Minister Narendra Modi``, ``Japanese Prime Minister Fumio
    Kishida``); of those it so titles, the one named last (by the name's last word) holds it here,
    whoever among the known actors holds an office of that name.
    """
    tokens = words.text.split()
    if len(tokens) < 2 or tokens[0].casefold() not in {"the", *_FOREIGN_ARTICLES}:
        return None
    title = r"[ \t]+".join(re.escape(t) for t in tokens[1:])
    low = max(0, words.start - _STORY_REACH)
    pattern = re.compile(rf"(?<![\w-])(?i:{title}){_TITLED_NAME}")
    best: Span | None = None
    for m in pattern.finditer(text, low, words.start):
        name = m.group(1)
        if not _is_person_name(name):
            continue
        last = name.split()[-1]
        places = [
            at
            for at in _word_starts(text, last, m.start(1), words.start)
            if not _in_quote(text, _span(text, at, at + len(last)))
        ]
        at = places[-1] if places else m.start(1) + name.rindex(last)
        if best is None or at > best.start:
            best = _span(text, at, at + len(last))
    return best


def _is_person_name(words: str) -> bool:
    """Whether ``words`` look like a person's name: capitalised, not an institution, not a pronoun."""
    tokens = words.split()
    if not tokens or _INSTITUTION.search(words) or tokens[0].casefold() in _DETERMINERS | _NAME_ARTICLES:
        return False  # "the Secretary General", "Il Giappone", "El Gobierno"
    pronouns = _singular_pronouns() | _GROUP_PRONOUNS | {"i", "we", "you"}
    if len(tokens) == 1 and tokens[0].casefold() in pronouns:
        return False
    return all(_is_name_word(t) for t in tokens) and tokens[-1].casefold() not in _TITLE_WORDS


def _resolve(words: Span | None, mentions: tuple[Mention, ...], persons: set[str]) -> str | None:
    if words is None or words.text.split()[0].casefold() in {"a", "an"}:
        return None  # an unnamed source: "a senior official"
    if any(w.casefold() in _UNNAMED_GROUPS for w in _words(words.text)):
        return None  # unnamed people: "Japanese officials", "sources close to the talks"
    inside = [m for m in _mentions_between(mentions, words.start, words.end) if m.end <= words.end]
    people = [m for m in inside if m.actor in persons]
    chosen = people or inside
    return chosen[-1].actor if chosen else None


def _near(text: str, earlier: _Raw, raw: _Raw) -> bool:
    """Whether ``earlier`` stands in the same paragraph as ``raw`` or the one before it."""
    paragraphs = [p for p in re.split(r"\n\s*", text[earlier.close_mark_end : raw.open_mark]) if p.strip()]
    return len(paragraphs) <= _NEAR_PARAGRAPHS


_NEAR_PARAGRAPHS = 2


def _goes_on(text: str, earlier: _Raw, raw: _Raw, said: _Said) -> bool:
    """Whether an unattributed quote goes on from the one before: same sentence, or the next one."""
    if said.cue is not None:
        gap = text[earlier.close_mark_end : raw.open_mark]
        return len(_words(gap)) <= _BEFORE_WORDS and not _SENTENCE_END.search(gap) and "\n" not in gap
    return _continues(text, earlier, raw)


def _continues(text: str, earlier: _Raw, raw: _Raw) -> bool:
    """Whether ``raw`` goes on from ``earlier``: the next sentence or paragraph, nothing said between."""
    gap = text[earlier.close_mark_end : raw.open_mark]
    if len(_words(gap)) > _BEFORE_WORDS:
        return False
    if "\n" not in gap and not _SENTENCE_END.search(text, earlier.close_mark_end, raw.open_mark + 2):
        return True  # the same sentence: "… is “a matter of serious concern” and …, “bullying …”"
    if _new_speaker_between(text, earlier, raw):
        return False
    line_start = _line_start(text, raw.open_mark)
    opens_line = not text[line_start : raw.open_mark].strip()
    return opens_line or bool(re.search(r"[.!?]\s*$", gap))


def _new_speaker_between(text: str, earlier: _Raw, raw: _Raw) -> bool:
    """Whether a sentence between two quotes, after the first one's own, has a person as its cue's subject.

    ``"…," he added. On his part, Biden affirmed that the US will support Japan. “The Pacific Ocean
    does not separate …”``: the quote goes on from Biden's words, not from the quote before.
    """
    first_end = _SENTENCE_END.search(text, earlier.close_mark_end, raw.open_mark)
    if first_end is None:
        return False
    start = first_end.end()
    for cue in _cue_pattern().finditer(text, start, raw.open_mark):
        if cue.group() in _PARTICIPLES or _key(_span(text, cue.start(), cue.end())) in ACCORDING_TO:
            continue
        left, _ = _sentence_bounds(text, cue.start(), cue.end())
        subject = _subject(text, max(left, start), cue.start(), cue=cue.group())
        if subject is not None and _is_person_name(subject.text) and not _in_quote(text, subject):
            return True
    return False


_SMALL = _CONNECTORS | {
    "the", "to", "for", "a", "an", "on", "in", "at", "by", "with", "or", "as", "amid", "toward", "towards",
    "from", "into", "than", "over", "about", "vs",
}  # fmt: skip
_NOTE = re.compile(r"[ \t]*(?:\[\d+\]|\d+\.)\s")
"""A paragraph that is one of a list of notes or references (``[12] …``)."""
_TERM_REPEATS = 2
"""How many other times quoted words must stand quoted for a short quote to be a term."""
_HYPOTHETICAL = re.compile(
    r"\b(?:will|would|might|could|may|should)\s+(?:\w+\s+)?(?:say|ask|tell)\b[^.!?\"\u201c\u201d]*$",
    re.IGNORECASE,
)
"""A modal before the verb of saying, in the words before the marks: the speech is imagined."""
_MAX_TERM_WORDS = 5
"""Quoted words of at most this many words that the text quotes again elsewhere are a term."""


def _quoted_elsewhere(text: str, raw: _Raw) -> bool:
    """Whether the same words stand between quotation marks elsewhere in its story.

    They do when a double mark opens them, a double mark closes them (a comma, full stop, colon or
    semicolon may come between) and no other double closing mark stands inside them, within
    :data:`_STORY_REACH` characters of the quote; the words between each opening mark and the next
    closing one are indexed once for the text (:func:`_marked_words`).
    """
    words = text[raw.start : raw.end].strip(" ,.;:")
    low, high = max(0, raw.open_mark - _STORY_REACH), raw.close_mark_end + _STORY_REACH
    if _CLOSING_DOUBLE.search(words):
        marked = re.compile(r"[\"\u201c]" + re.escape(words) + r"[,.;:]?[\"\u201d]")
        return sum(m.start() != raw.open_mark for m in marked.finditer(text, low, high)) >= _TERM_REPEATS
    at = _marked_words(text).get(words, ())
    near = at[bisect.bisect_left(at, low) : bisect.bisect_left(at, high)]
    return sum(start != raw.open_mark for start in near) >= _TERM_REPEATS


_CLOSING_DOUBLE = re.compile('["\u201d]')


@functools.lru_cache(maxsize=4)
def _marked_words(text: str) -> Mapping[str, tuple[int, ...]]:
    """Where each run of words stands between a double opening mark and the next closing one: the marks.

    Words that end with a comma, full stop, colon or semicolon count without it too.
    """
    counts: dict[str, list[int]] = {}
    for mark in re.finditer('["\u201c]', text):
        close = _CLOSING_DOUBLE.search(text, mark.start() + 1)
        if close is None:
            break
        inside = text[mark.start() + 1 : close.start()]
        for key in {inside, inside[:-1] if inside[-1:] in {",", ".", ";", ":"} else inside}:
            counts.setdefault(key, []).append(mark.start())
    return {key: tuple(at) for key, at in counts.items()}


_GOVERNED_WORDS = 6
"""How near, in words and with no comma between, a cue before a one-word quote must stand to give it."""


_GOVERNED_CLAUSE_WORDS = 14
"""How many words a cue's object may run before a one-word quote it governs, within its clause."""
_OWNERS = frozenset(
    {"his", "her", "its", "their", "son", "sa", "ses", "leur", "leurs", "su", "sus", "seu", "sua", "seus",
     "suas", "suo", "suoi", "sue", "sein", "seine", "seinen", "ihre", "ihren"}
)  # fmt: skip
"""Possessives right before a quoted word: whose word it is (``son «harcèlement»``)."""


@functools.lru_cache(maxsize=4)
def _words_after_marks(text: str) -> Mapping[str, tuple[int, ...]]:
    """Where each quotation mark stands, by the run of word characters right after it (and a space)."""
    places: dict[str, list[int]] = {}
    for match in re.finditer("[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e][ \t]?(\\w*)", text):
        places.setdefault(match.group(1), []).append(match.start())
    return {word: tuple(at) for word, at in places.items()}


_GERMAN_REPORTED = re.compile(
    r",[ \t]+(?:er|sie|es|man|[A-Z][\w-]+)[ \t]+(?:sei|seien|[a-z\u00e4\u00f6\u00fc\u00df]+e)(?![\w-])"
)
"""A German clause of reported speech after the cue's comma: a subject and a verb in the subjunctive
(``, China sei``, ``, sie teile``)."""


def _governed(text: str, raw: _Raw, said: _Said) -> bool:
    """Whether a cue right before a one-word quote gives it to its speaker.

    It does when it stands at most a few words before it in its clause: ``warned that Japan would
    suffer a "catastrophic" defeat``.
    """
    if said.cue is not None and said.where == "after" and said.cue.start >= raw.close_mark_end:
        return _ends_reported_clause(text, raw, said)
    if said.cue is None or said.where != "before" or said.cue.end > raw.open_mark:
        return False
    between = text[said.cue.end : raw.open_mark]
    word = text[raw.start : raw.end].strip()
    elsewhere = re.compile(r"[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e][ \t]?" + re.escape(word) + r"\b")
    head = re.match(r"\w*", word)
    places = _words_after_marks(text).get(head.group() if head else "", ())
    again = any(at != raw.open_mark and elsewhere.match(text, at) for at in places)
    near = len(_words(between)) <= _GOVERNED_WORDS and not re.search(r"[,;:.]", between)
    if not near and len(_words(between)) <= _GOVERNED_CLAUSE_WORDS and not re.search(r"[;:.!?]", between):
        # "afirmando que refleja … en un mundo “volátil”", "dénonçant sa présence …, son «harcèlement»":
        # further in what the cue reports (after its "que", "that"), or after a possessive
        gap = [_bare(w) for w in _words(between)]
        reported = any(w in _SUBORDINATE for w in gap)  # "afirmando que …", not "prometeu … diante do"
        near = (reported and "," not in between) or (bool(gap) and gap[-1] in _OWNERS)
        # "sagte, China sei kein «Gegner»": German reported speech, a subject and its subjunctive in -e
        near = near or (_GERMAN_REPORTED.search(between) is not None and _is_german(text))
        # "has denounced the grouping of the four democracies as a ”mini-NATO”": what it was called
        near = near or (said.cue.text in _naming_cues() and _NAMED_AS.search(between) is not None)
    noun = _german_noun(text, raw)
    return (word[:1].islower() or noun) and near and not again  # a word quoted again elsewhere is a term


def _ends_reported_clause(text: str, raw: _Raw, said: _Said) -> bool:
    """Whether a one-word quote ends the clause its cue reports, the speaker and the cue right after.

    ``China’s decision … is “regrettable”, Lloyd Austin said``: only a comma between the closing
    mark and the speaker's words (or the cue), and a lowercase word quoted nowhere else.
    """
    if said.cue is None:
        return False
    after = min(said.cue.start, said.words.start if said.words is not None else said.cue.start)
    word = text[raw.start : raw.end].strip()
    if not word[:1].islower() or re.fullmatch(r",[ \t]*", text[raw.close_mark_end : after]) is None:
        return False
    head = re.match(r"\w*", word)
    places = _words_after_marks(text).get(head.group() if head else "", ())
    return not any(at != raw.open_mark for at in places)


_NAMED_AS = re.compile(r"(?<![\w-])(?:as|als|comme|como|come)(?:[ \t]+(?:an?|une?|una|eine?n?))?[ \t]*$")
"""The words that end a naming cue's object before the name it is given (``denounced the grouping as
a “…”``, ``als „…“``)."""


@functools.lru_cache(maxsize=8)
def _is_german(text: str) -> bool:
    """Whether more of the lowercase words of ``text`` are German function words than of another language."""
    lists = _language_function_words()
    counts = dict.fromkeys(lists, 0)
    for word in _WORD.findall(text):
        if word.islower():
            for language, words in lists.items():
                counts[language] += word in words
    return max(counts, key=lambda language: counts[language]) == "de"


@functools.cache
def _language_function_words() -> Mapping[str, frozenset[str]]:
    """The function words of each language, from the file of function words."""
    data = _function_words()["languages"]
    return MappingProxyType({str(language): frozenset(words) for language, words in data.items()})


_GERMAN_DETERMINERS = frozenset(
    {"die", "der", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "kein", "keine",
     "keinen", "keinem", "keiner", "seine", "seinen", "ihre", "ihren", "diese", "dieser", "diesen"}
)  # fmt: skip
"""German determiners: a capitalised word quoted right after one is a common noun (``kein «Gegner»``)."""


def _german_noun(text: str, raw: _Raw) -> bool:
    """Whether the quote is one capitalised German word right after a determiner: a noun, not a title."""
    words = _words(text[raw.start : raw.end])
    before = _words(text[max(0, raw.open_mark - 12) : raw.open_mark])
    return (
        len(words) == 1
        and words[0][:1].isupper()
        and bool(before)
        and before[-1] in _GERMAN_DETERMINERS
        and _is_german(text)
    )


def _is_quote(text: str, raw: _Raw, said: _Said, *, goes_on: bool = False) -> bool:  # noqa: PLR0911
    quoted = text[raw.start : raw.end]
    words = _words(quoted)
    capitals = [w for w in words if w[:1].isalpha() and w.casefold() not in _SMALL]
    titled = bool(capitals) and all(w[:1].isupper() for w in capitals) and not _german_noun(text, raw)
    # in capitals: a cased letter and no lowercase one (Arabic, Chinese or Japanese have no case)
    shouted = any(c.isupper() for c in quoted) and not any(c.islower() for c in quoted)
    if shouted or (titled and not re.search(r"[.!?,]\W*$", quoted) and len(words) <= 10):
        return False
    in_note = _NOTE.match(text, _line_start(text, raw.open_mark)) is not None
    if said.cue is None and (titled or in_note):
        return False  # a title, in running text or in a list of notes
    if len(words) == 1 and not re.search(r"[.!?,]\W*$", quoted) and not _governed(text, raw, said):
        return False  # a one-word term: "counterstrike", "accident"
    if _HYPOTHETICAL.search(text, max(_line_start(text, raw.open_mark), raw.open_mark - 80), raw.open_mark):
        return False  # imagined speech: "people will just say to Abe: “…”"
    if len(words) <= _MAX_TERM_WORDS and _quoted_elsewhere(text, raw):
        return False  # a term the text quotes again and again: "proactive contribution to peace"
    if said.cue is not None and _named_object(text, raw, said.cue):
        return False  # "declared a nationwide “state of calamity”": the thing declared, not words said
    if _attributive_term(text, raw) or _fronted_term(text, raw) or _named_thing(text, raw):
        # "during a “two plus two” meeting": the kind of meeting; "by allowing him a “personal
        # trip,” Japan provides …": Japan's wording
        return False
    if said.cue is not None or said.words is not None:
        return said.where != "colon" or len(words) > 2
    if goes_on and len(words) > 2:  # a sentence of its own after an attributed quote: the same speaker
        return True
    line_start = _line_start(text, raw.open_mark)
    opens_paragraph = not text[line_start : raw.open_mark].strip()
    return len(words) >= MIN_UNATTRIBUTED_WORDS or (opens_paragraph and len(words) > 2)


_INDEFINITE = frozenset({"a", "an", "un", "une", "uno", "una", "um", "uma", "ein", "eine", "einen"})
_NAMED_OBJECT_WORDS = 4


def _named_object(text: str, raw: _Raw, cue: Span) -> bool:
    """Whether the quoted words, lowercase and short, are the noun the cue before them takes.

    ``declared a nationwide “state of calamity”``, ``issued a “red alert”``: an indefinite article,
    perhaps with one lowercase word, right between the cue and the opening mark makes the quoted
    words the thing declared or issued, a term and not words said.
    """
    if cue.end > raw.open_mark or cue.text in _naming_cues():
        return False  # "what he called an “unprecedented” level": the words he used
    quoted = text[raw.start : raw.end]
    words = _words(quoted)
    if not words or len(words) > _NAMED_OBJECT_WORDS or not words[0][:1].islower():
        return False
    if re.search(r"[.!?,]\W*$", quoted):
        return False
    gap = _words(text[cue.end : raw.open_mark])
    return 1 <= len(gap) <= 2 and gap[0].casefold() in _INDEFINITE and all(w[:1].islower() for w in gap)


_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:during|after|before|following|ahead[ \t]+of|since|until|at)[ \t]+"
    r"(?:a|an|the)[ \t]+(?:[a-z]+[ \t]+)?$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b(?![''\u2019-])")
_ATTRIBUTIVE_WORDS = 4


def _attributive_term(text: str, raw: _Raw) -> bool:
    """Whether short lowercase quoted words modify the noun after them in a phrase of time.

    ``during a “two plus two” meeting``, ``after the first “two plus two” security talks``: a
    preposition of time and an English article (perhaps with one lowercase word) right before the
    opening mark and a lowercase word right after the closing one that is no function word,
    auxiliary or verb of saying make the quoted words a modifier, a term and not words said.
    """
    quoted = text[raw.start : raw.end]
    words = _words(quoted)
    if not words or len(words) > _ATTRIBUTIVE_WORDS or not quoted[:1].islower() or re.search(r"\W$", quoted):
        return False
    if _ARTICLE_BEFORE.search(text, max(0, raw.open_mark - 30), raw.open_mark) is None:
        return False
    after = _WORD_AFTER.match(text, raw.close_mark_end)
    if after is None:
        return False
    word = after.group(1)
    others, english, _ = _function_word_lists()
    return (
        word not in english | others
        and word not in _AUXILIARIES
        and _cue_pattern().match(text, after.start(1)) is None
    )


_THE_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:the|The|el|El|la|La|le|Le|il|Il|o|O)[ \t]*$")


def _named_thing(text: str, raw: _Raw) -> bool:
    """Whether capitalised quoted words between a definite article and a noun name that thing.

    ``the “Kadiwa para sa Bagong Bayaning Mangingisda” program``: an English or Romance article
    right before the opening mark, quoted words of two or more whose first and last are
    capitalised with no stop, and a lowercase word right after the closing mark that is no
    function word, auxiliary or verb of saying make the quoted words a name, as a title is.
    """
    after = _WORD_AFTER.match(text, raw.close_mark_end)
    if after is None or _THE_BEFORE.search(text, max(0, raw.open_mark - 6), raw.open_mark) is None:
        return False
    quoted = text[raw.start : raw.end]
    words = _words(quoted)
    if (
        len(words) < 2
        or not (words[0][:1].isupper() and words[-1][:1].isupper())
        or re.search(r"\W$", quoted)
        or _is_german(text)
    ):
        return False
    others, english, _ = _function_word_lists()
    word = after.group(1)
    return (
        word not in english
        and word not in others
        and word not in _AUXILIARIES
        and _cue_pattern().match(text, after.start(1)) is None
    )


_FRONTED_TERM_WORDS = 3
_SUBJECT_AFTER_COMMA = re.compile(
    r"[ \t]*,?[ \t]+((?:[A-Z\u00c0-\u00de][\w'\u2019-]+[ \t]+){1,3})([a-z\u00e0-\u00ff][\w-]*)\b"
)


def _fronted_term(text: str, raw: _Raw) -> bool:
    """Whether short lowercase quoted words inside a phrase that opens a sentence are its subject's term.

    ``by allowing him a “personal trip,” Japan provides a stage``, ``al permitir que realizara un
    «viaje personal», Japón proporciona``: a lowercase word before the opening mark, a comma that
    closes the quoted words' phrase and, on the same line, a capitalised subject and a lowercase
    verb that is no verb of saying make the quoted words the wording of that subject, whatever
    verb of saying stands before them.
    """
    quoted = text[raw.start : raw.end].rstrip()
    after = text[raw.close_mark_end : raw.close_mark_end + 2]
    if not (quoted.endswith(",") or after.lstrip(" \t").startswith(",")) or not quoted[:1].islower():
        return False
    words = _words(quoted)
    if not words or len(words) > _FRONTED_TERM_WORDS:
        return False
    if _LOWERCASE_WORD_BEFORE.search(text, max(0, raw.open_mark - 30), raw.open_mark) is None:
        return False
    subject = _SUBJECT_AFTER_COMMA.match(text, raw.close_mark_end)
    return subject is not None and _cue_pattern().match(text, subject.start(2)) is None


def _kind(text: str, raw: _Raw, cue: Span | None, speaker: Span | None) -> QuoteKind:
    written = cue is not None and cue.text in _WRITTEN_CUES
    if written or (speaker is not None and _WRITTEN_SPEAKERS.search(speaker.text)):
        return QuoteKind.WRITTEN
    quoted = text[raw.start : raw.end].lstrip()
    before = text[max(0, raw.open_mark - 3) : raw.open_mark].rstrip()
    starts_clause = not before or before[-1] in ":,\n" or quoted[:1].isupper()
    return QuoteKind.DIRECT if starts_clause and len(_words(quoted)) > 3 else QuoteKind.PARTIAL


_CORNERS = {"\u300c": "\u300d", "\u300e": "\u300f"}
_CORNER_MARK = re.compile("[\u300c\u300d\u300e\u300f]")


def _corner_pairs(text: str) -> Iterator[_Raw]:
    """Stretches in corner brackets ``「…」`` and white corner brackets ``『…』`` (Japanese, Chinese).

    Each opener closes with its own closer, so a quote inside a quote (``「…『…』…」``) is a
    stretch of its own too; a stretch ends with its line.
    """
    if "\u300c" not in text and "\u300e" not in text:
        return
    for line in _LINE.finditer(text):
        opened: list[tuple[str, int]] = []
        for mark in _CORNER_MARK.finditer(text, line.start(), line.end()):
            char, at = mark.group(), mark.start()
            if char in _CORNERS:
                opened.append((char, at))
                continue
            for depth in range(len(opened) - 1, -1, -1):
                if _CORNERS[opened[depth][0]] == char:
                    start = opened[depth][1]
                    del opened[depth:]
                    if at > start + 1:
                        yield _Raw(start=start + 1, end=at, open_mark=start, close_mark_end=at + 1)
                    break


_HAN_OR_KANA = re.compile("[\u3040-\u30ff\u3400-\u9fff]")
_KANA = re.compile("[\u3040-\u30ff]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_CJK_END = "\u3002\uff01\uff1f!?"
_CJK_CLAUSE = ",\uff0c;\uff1b:\uff1a\u3001"
_SCRIPT_BACK = 600
"""How far back (characters) a speaker named before is looked for."""


@functools.cache
def _script_cues() -> Mapping[str, Mapping[str, tuple[str, ...]]]:
    """The cues of Japanese, Chinese and Arabic, from the file of verbs of saying (``scripts``)."""
    data = _speech_verbs()["scripts"]
    return MappingProxyType(
        {
            language: MappingProxyType({key: tuple(words) for key, words in entry.items()})
            for language, entry in data.items()
            if isinstance(entry, dict)
        }
    )


def _script_of(text: str, raw: _Raw) -> str | None:
    """``ja``, ``zh``, ``ar`` or ``ko`` when the sentence the quote stands in is written in that script."""
    before = text[max(0, raw.open_mark - 30) : raw.open_mark]
    after = text[raw.close_mark_end : raw.close_mark_end + 10]
    context = before + after
    if _ARABIC_LETTER.search(before):
        return "ar"
    if _HANGUL.search(context):
        return "ko"
    if not _HAN_OR_KANA.search(context):
        return None
    sentence = text[max(0, raw.open_mark - 80) : raw.close_mark_end + 20]
    return "ja" if _KANA.search(sentence) else "zh"


def _unquoted(segment: str) -> str:
    """``segment`` with what stands between marks blanked out, so that its words are not the sentence's."""
    out = list(segment)
    for pattern in (
        r"\u300c[^\u300c\u300d]*\u300d",
        r"\u300e[^\u300e\u300f]*\u300f",
        r"\u201c[^\u201c\u201d]*\u201d",
    ):
        for m in re.finditer(pattern, segment):
            out[m.start() : m.end()] = "\u3000" * (m.end() - m.start())
    return "".join(out)


def _sentence_start(text: str, at: int, ends: str) -> int:
    """Where the sentence holding ``at`` starts: after a sentence end, a line break or an open quote."""
    start = max(text.rfind(c, 0, at) for c in ends + "\n") + 1
    segment = text[start:at]
    for opener, closer in (("\u300c", "\u300d"), ("\u300e", "\u300f"), ("\u201c", "\u201d")):
        last = segment.rfind(opener)
        if last >= 0 and segment.find(closer, last) < 0:
            start = max(start, start + last + 1)  # inside a quote: the quoted sentence
    return start


def _script_said(text: str, raw: _Raw, previous: Span | None) -> _Said | None:
    """The cue and speaker of a quote in Japanese, Chinese, Arabic or Korean, by the shape of its sentence.

    Japanese gives the cue after the quote and its particle (``「…」と述べた``) and the speaker
    before it, as the sentence's topic (``岸田総理は``) or, nearer, a subject (``中国が``);
    Chinese gives subject and cue before the quote (``史密斯称：“…”``); Arabic gives the verb
    first and its subject after it (``وقال كيشيدا: "…"``). A cue with no subject, a pronoun or an
    office alone (``と首相は述べた``, ``他还称``, ``وتابع:``) gives the quote to ``previous``, the
    speaker of the quote before, or to the speaker a cue names before in the text. ``None``: no
    cue, or the quoted words are a term or a name in the sentence (``“印太地区”国家``).
    """
    script = _script_of(text, raw)
    if script is None:
        return None
    cues = _script_cues()[script]
    if script in {"ar", "ko"}:  # the verb before its subject, or a quotative ending after the quote
        return (_arabic_said if script == "ar" else _korean_said)(text, raw, cues, previous)
    quoted = text[raw.start : raw.end]
    after = text[raw.close_mark_end : raw.close_mark_end + 1]
    if len(quoted) <= 8 and quoted[-1:] not in _CJK_END and _HAN_OR_KANA.match(after) and after != "\u3068":
        return None  # a term: “印太地区”国家, 「いずも」が
    if script == "ja":
        said = _japanese_said(text, raw, cues, previous)
    else:
        said = _chinese_said(text, raw, cues, previous)
    whole = quoted.rstrip()[-1:] in _CJK_END or len(quoted) >= _SCRIPT_SENTENCE
    if said is None and whole:
        start = _sentence_start(text, raw.open_mark, _CJK_END)
        if not text[start : raw.open_mark].strip():  # the next sentence, quoted whole
            if previous is not None and raw.open_mark - previous.end < _SCRIPT_BACK:
                return _Said(cue=None, words=previous, where="script")
            before = (
                _japanese_subject_before(text, raw.open_mark)
                if script == "ja"
                else _chinese_subject_before(text, start, cues)
            )
            if before is not None:
                return _Said(cue=None, words=before, where="script")
    return said


_SCRIPT_SENTENCE = 15
"""Characters of a quote in Chinese or Japanese that make it a sentence of its own, end mark or not."""


def _japanese_said(
    text: str, raw: _Raw, cues: Mapping[str, tuple[str, ...]], previous: Span | None
) -> _Said | None:
    tail_start = raw.close_mark_end
    while tail_start < len(text) and text[tail_start] in " \t\u3000":
        tail_start += 1
    if text[tail_start : tail_start + 1] != "\u3068":
        return None
    rest = text[tail_start + 1 : tail_start + 16]
    stop = min([rest.find(c) for c in "\u3002\u3001\u300c\u300e\n" if c in rest] or [len(rest)])
    cue = None
    for verb in cues["after"]:
        at = rest.find(verb, 0, stop)
        starts = at == 0 or (at > 0 and not verb.startswith("\u3057"))  # した right after と only
        if starts and (cue is None or at < cue[0]):
            cue = (at, verb)
    if cue is None and rest.startswith("\u3057\u3001"):  # 「防衛省で分析中」とし、…: a set-off cue
        cue = (0, "\u3057")
    if cue is None:
        return None
    cue_span = _span(text, tail_start + 1 + cue[0], tail_start + 1 + cue[0] + len(cue[1]))
    words: Span | None = None
    topic = rest.find("\u306f", 0, cue[0]) if cue[0] else -1
    if topic > 0:  # 「…」と首相は述べた
        words = _span(text, tail_start + 1, tail_start + 1 + topic)
    else:
        words = _japanese_subject(text, raw.open_mark)
    if words is None or words.text in cues["titles"] or words.text in cues["pronouns"]:
        words = previous or _japanese_subject_before(text, raw.open_mark) or words
    return _Said(
        cue=cue_span, words=words if words is None else _japanese_named(text, words, cues), where="script"
    )


def _japanese_named(text: str, words: Span, cues: Mapping[str, tuple[str, ...]]) -> Span:
    """The full name written before for a family name and an office alone (``常国防部長``), else ``words``.

    ``中国の常万全国防部長 … 常国防部長は``: a family name of one or two characters before an office
    of the vocabulary's ``titles`` is the person named in full with that office earlier in the text.
    """
    office = next((t for t in cues["titles"] if words.text.endswith(t)), None)
    if office is None:
        return words
    floor = max(0, words.start - _FULL_NAME_WINDOW)
    for size in (1, 2):
        family = words.text[:size]
        between = words.text[size : len(words.text) - len(office)]
        if not _HAN.fullmatch(family) or (between and not _HAN.fullmatch(between)):
            continue
        found = None
        full = re.escape(family) + "[\u4e00-\u9fff]{1,3}(?=" + re.escape(between + office) + ")"
        for match in re.finditer(full, text[floor : words.start]):
            found = match
        if found is not None:
            return _span(text, floor + found.start(), floor + found.end())
    return words


_HAN = re.compile("[\u4e00-\u9fff]+")


_JA_SUBJECT = re.compile(
    "([^\u3001\u3002\u300c\u300d\u300e\u300f\u3000\\s\u3068\u3067\u306b\u3082]{1,16})([\u306f\u304c])(?![\u3058\u305a])"
)


def _japanese_subject(text: str, at: int, *, topic_first: bool = False) -> Span | None:
    """The subject of the Japanese sentence before ``at``.

    A が-subject in the clause right before it (no comma between), else the sentence's topic (は);
    with ``topic_first`` (a sentence before the quote's), its topic first: a が-subject there is a
    clause's inside it (``河野太郎防衛相は…、中国が…を強める中での…。``).
    """
    start = _sentence_start(text, at, "\u3002")
    segment = _unquoted(text[start:at])
    last_close = segment.rstrip("\u3000").rfind("\u3000")
    clause = max(last_close, segment.rfind("\u3001"))
    found = list(_JA_SUBJECT.finditer(segment))
    near = [m for m in found if m.group(2) == "\u304c" and m.start() > clause]
    if topic_first and any(m.group(2) == "\u306f" for m in found):
        near = []
    topics = [m for m in found if m.group(2) == "\u306f"]
    chosen = near[-1] if near else (topics[0] if topics else None)
    if chosen is None:
        return None
    name = chosen.group(1)
    for particle in (
        "\u3064\u3044\u3066",
        "\u3067\u306f",
        "\u307e\u305f",
        "\u3055\u3089\u306b",
        "\u4e00\u65b9",
    ):
        if particle in name:
            name = name.rsplit(particle, 1)[-1]
    if not name:
        return None
    end = start + chosen.start(2)
    return _span(text, end - len(name), end)


def _japanese_subject_before(text: str, at: int) -> Span | None:
    """The topic of one of the two sentences before ``at``, in its paragraph."""
    for _ in range(2):
        start = _sentence_start(text, at, "\u3002")
        if start <= 0 or text[start - 1] == "\n":
            return None
        at = start - 1
        found = _japanese_subject(text, at, topic_first=True)
        if found is not None:
            return found
    return None


def _chinese_said(
    text: str, raw: _Raw, cues: Mapping[str, tuple[str, ...]], previous: Span | None
) -> _Said | None:
    after = text[raw.close_mark_end : raw.close_mark_end + 20]
    for verb in cues["before"]:  # “…”马克龙说。
        at = after.find(verb)
        if 0 < at <= _CHINESE_AFTER and after[at + len(verb) : at + len(verb) + 1] in "。,，:：":
            named = after[:at].strip()
            begin = raw.close_mark_end + after.find(named)
            if named and _HAN_OR_KANA.match(named) and not re.search("[。,，“”]", named):
                said = _span(text, begin, begin + len(named))
                if named.startswith(cues["pronouns"]):
                    said = previous or _chinese_subject_before(text, raw.open_mark, cues) or said
                cue = _span(text, raw.close_mark_end + at, raw.close_mark_end + at + len(verb))
                return _Said(cue=cue, words=said, where="script")
    start = _sentence_start(text, raw.open_mark, _CJK_END)
    segment = _unquoted(text[start : raw.open_mark])
    found = _chinese_cue(segment, cues)
    if found is None:
        return None
    at, verb = found
    cue = _span(text, start + at, start + at + len(verb))
    words = _chinese_subject(text, start, segment, at, cues)
    if words is not None and words.text.startswith(cues["addressed"]):
        return None  # 你说 …: no attribution
    if words is None or words.text.startswith(cues["pronouns"]):
        owner_of = words.text if words is not None else ""
        words = previous or _chinese_subject_before(text, start, cues, owner_of=owner_of) or words
    return _Said(cue=cue, words=words, where="script")


_CHINESE_AFTER = 12
"""Characters of a subject between a Chinese quote and the verb after it (``”马克龙说。``)."""


def _chinese_cue(segment: str, cues: Mapping[str, tuple[str, ...]]) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for verb in cues["before"]:
        at = segment.rfind(verb)
        if at >= 0 and (best is None or at + len(verb) > best[0] + len(best[1])):
            best = (at, verb)
    return best


def _chinese_subject(
    text: str, start: int, segment: str, at: int, cues: Mapping[str, tuple[str, ...]]
) -> Span | None:
    clause = max(segment.rfind(c, 0, at) for c in _CJK_CLAUSE + "\u3000()\uff08\uff09") + 1
    words = segment[clause:at]
    cut = len(words)
    for word in (*cues["cut"], *cues["before"]):
        found = words.find(word, 1)
        if found > 0:
            cut = min(cut, found)
    words = words[:cut].strip()
    if not words or not _HAN_OR_KANA.match(words):
        return None
    begin = start + clause + segment[clause:at].find(words)
    return _span(text, begin, begin + len(words))


def _chinese_subject_before(
    text: str, start: int, cues: Mapping[str, tuple[str, ...]], *, owner_of: str = ""
) -> Span | None:
    """The subject a cue names in a sentence before ``start`` (at most :data:`_SCRIPT_BACK` back).

    A subject that ``owner_of``, the pronoun's description, names as its owner is passed over for
    the cue before it: ``这位北约秘书长`` (this NATO secretary general) is not ``北约``, whose cue
    reports ``斯托尔滕贝格说，…，北约…表示``; it is the person whose cue comes before.
    """
    floor = max(0, start - _SCRIPT_BACK)
    while start > floor:
        begin = _sentence_start(text, start - 1, _CJK_END)
        segment = _unquoted(text[begin : start - 1])
        found = _chinese_cue(segment, cues)
        while found is not None:
            words = _chinese_subject(text, begin, segment, found[0], cues)
            spoken = words is not None and not words.text.startswith(cues["pronouns"] + cues["addressed"])
            if words is not None and spoken and not (owner_of and words.text in owner_of):
                return words
            segment = segment[: found[0]]
            found = _chinese_cue(segment, cues)
        start = begin
    return None


_HANGUL = re.compile("[\uac00-\ud7a3]")
_KO_TOKEN = re.compile("[^\\s\u201c\u201d\"'.,()\u00b7]+")
_KO_TOPIC = ("\uc740", "\ub294")
"""The topic particles ``은`` and ``는``: the noun they end is who the sentence is about."""
_KO_SUBJECT = ("\uc774", "\uac00")
"""The subject particles ``이`` and ``가``, read as such only where no topic stands."""
_KO_TAIL = 40
"""Characters after a Korean quotative ending where its verb of saying is looked for."""


def _korean_said(
    text: str, raw: _Raw, cues: Mapping[str, tuple[str, ...]], previous: Span | None
) -> _Said | None:
    """The cue and speaker of a quote in Korean, by its quotative ending and the marked noun.

    The ending follows the closing mark (``”라고 말했다``, ``”고 밝혔다``, ``”며``), its verb of
    saying after it; the speaker is the noun the topic particle marks (``김 장관은 “…”``), else a
    subject particle's, before the quote, or the marked noun between the ending and the verb
    (``”고 국방부는 밝혔다``); with none, or a pronoun (``그는``), the speaker of the quote before.
    A family name and an office alone (``김 장관``) stand for the full name written before with that office
    (``김용현 국방부장관``). ``None``: no quotative ending after the quote.
    """
    ending = next((e for e in cues["endings"] if text.startswith(e, raw.close_mark_end)), None)
    if ending is None:
        return None
    begin = raw.close_mark_end + len(ending)
    stop = min(
        [i for c in '.\n\u201c"' if (i := text.find(c, begin, begin + _KO_TAIL)) >= 0] or [begin + _KO_TAIL]
    )
    tokens = list(_KO_TOKEN.finditer(text, begin, min(stop, len(text))))
    verb = next((i for i, t in enumerate(tokens) if t.group().startswith(cues["verbs"])), None)
    if verb is not None:
        cue = _span(text, tokens[verb].start(), tokens[verb].end())
        between = [
            t
            for i, t in enumerate(tokens[:verb])
            if t.group().endswith(_KO_TOPIC + _KO_SUBJECT)
            and len(t.group()) > 1
            # "”며 기시다 수상이 … 타진해 왔다고 주장했습니다": a noun inside a clause reported after it
            and not any(u.group().endswith("\uace0") for u in tokens[i + 1 : verb])
        ]
        if between:
            marked = between[-1]
            return _Said(
                cue=cue,
                words=_korean_named(text, _span(text, marked.start(), marked.end() - 1), cues),
                where="script",
            )
    else:
        cue = _span(text, raw.close_mark_end, begin)
    start = _sentence_start(text, raw.open_mark, ".!?")
    words = _korean_subject(text, start, raw.open_mark, tuple(cues["titles"]))
    if words is None or words.text in cues.get("pronouns", ()):  # "그는 “…”고 덧붙였다": he, named before
        words = previous if previous is not None else _korean_subject_before(text, start, cues)
    return _Said(
        cue=cue, words=_korean_named(text, words, cues) if words is not None else None, where="script"
    )


def _before_korean_title(tokens: list["re.Match[str]"], at: int, titles: tuple[str, ...]) -> bool:
    """Whether a word stands right before a title (``김정은 총비서의``): its last syllable is a name's."""
    if at + 1 >= len(tokens):
        return False
    following = tokens[at + 1].group()
    return following.endswith(titles) or (following[-1] in _KO_ENDS and following[:-1].endswith(titles))


_KO_HONORIFICS = frozenset({"\uc528"})
"""Korean honorifics written as a word of their own after a name (``김여정 씨``): the name goes with them."""
_KO_SENTENCES_BACK = 3
"""Sentences before a Korean quote with no subject where the one who speaks is looked for."""


def _korean_subject_before(text: str, start: int, cues: Mapping[str, tuple[str, ...]]) -> Span | None:
    """The marked noun of the nearest of the sentences before ``start`` that has one, with no quote before.

    ``김여정 씨가 25일 … 담화를 발표했습니다. 담화에서는 “…”며``: the statement's words with
    its author left unsaid are the author's, the subject of a sentence before.
    """
    end = start
    for _ in range(_KO_SENTENCES_BACK):
        end = len(text[:end].rstrip(" \t\n.!?"))
        if end <= 0:
            return None
        begin = _sentence_start(text, end, ".!?")
        words = _korean_subject(text, begin, end, tuple(cues["titles"]))
        if words is not None and words.text not in cues.get("pronouns", ()):
            return words
        end = begin
    return None


def _korean_subject(text: str, start: int, end: int, titles: tuple[str, ...] = ()) -> Span | None:
    """The noun a topic particle marks in the Korean sentence between ``start`` and ``end``, else a subject's.

    The words before the marked one stand in its noun phrase when they open the sentence
    (``김 장관은``: ``김 장관``), and a name right before a marked title (``titles``) stands in it
    wherever it is (``… 15일 기시다 후미오 총리는``).
    """
    segment = _unquoted(text[start:end])
    tokens = [t for t in _KO_TOKEN.finditer(segment) if _HANGUL.match(t.group())]
    for particles in (_KO_TOPIC, _KO_SUBJECT):
        for i, token in enumerate(tokens):
            if (
                token.group().endswith(particles)
                and len(token.group()) > 1
                and not token.group()[:-1].endswith(_KO_ADVERBIAL)  # "담화에서는", "납치문제에 대해서는"
                and not _before_korean_title(tokens, i, titles)  # "김정은 총비서의": a name, not a topic
            ):
                opening = i < _KO_PHRASE or _titled_opening(tokens, i, titles)
                first = tokens[0] if opening else _korean_titled(segment, tokens, i, titles)
                if opening:  # "앞서 스가 장관은": a word ending as an adverb or a particle opens no noun
                    kept = [t for t in tokens[:i] if t.group()[-1] not in _KO_OPENER_ENDS]
                    first = kept[0] if kept else first  # "김민서 장관은": a name stays
                return _span(text, start + first.start(), start + token.end() - 1)
    return None


_KO_ADVERBIAL = (
    "\uc5d0\uc11c",
    "\ud574\uc11c",
    "\uc5d0\uac8c",
    "\uc5d0",
    "\ub410\ub2e4",
    "\ud588\ub2e4",
    "\uc5c8\ub2e4",
    "\uc558\ub2e4",
    "\ud55c\ub2e4",
    "\ub41c\ub2e4",
)
"""Endings of a Korean word that make it a place, a time or a matter, not who speaks, even with a topic
particle after them: ``에서`` (in), ``대해서`` (about), ``에게`` (to), ``에`` (at), and a verb's
*that* (``해결됐다는``, ``했다는``)."""
_KO_ENDS = frozenset("에를을의로서면고며도와과게한된인던은는이가")
"""Last syllables of a Korean word that end it with a particle or a verb's ending (``에``, ``를``,
``의``, ``고``, ``한`` …): such a word is no part of the noun phrase after it."""
_KO_OPENER_ENDS = (_KO_ENDS - {"\uc740", "\ub294", "\uc774", "\uac00", "\ub3c4"}) | {"\uc11c", "\ud788"}
"""Last syllables of a word before a Korean subject that make it no part of the subject's noun
phrase: a particle's or a verb's ending, or an adverb's (``앞서``, ``또한``, ``특히``). The endings
of a topic, a subject or *also* are left out: a name may end so (``스가``, ``고노``)."""
_KO_NAME_WORDS = 2
"""Words at most of a name before a Korean title (``기시다 후미오 총리``)."""


def _titled_opening(tokens: list["re.Match[str]"], at: int, titles: tuple[str, ...]) -> bool:
    """Whether the sentence opens with a name and the title it marks, a gloss and a country between.

    ``스가 요시히데(菅義偉) 일본 관방장관은``: the words before the marked title (the bracketed gloss
    already left off), after the first, end in no particle, and run no longer than a name and a title's words
    (:data:`_KO_PHRASE` and :data:`_KO_NAME_WORDS`): one noun phrase, the name first.
    """
    marked = tokens[at].group()[:-1]
    return (
        marked.endswith(titles)
        and at <= _KO_PHRASE + _KO_NAME_WORDS - 1
        and all(t.group()[-1] not in _KO_ENDS for t in tokens[1:at])  # "스가": a name may end as a particle
    )


def _korean_titled(
    segment: str, tokens: list["re.Match[str]"], at: int, titles: tuple[str, ...]
) -> "re.Match[str]":
    """The first word of the noun phrase a title marked with a particle ends: its holder's name.

    ``외신 등에 따르면 15일 기시다 후미오 총리는``: the title's noun phrase is ``기시다 후미오
    총리``, the name's words right before the title, with nothing but a space between and no
    particle ending them; a word that is no title keeps its own.
    """
    marked = tokens[at].group()[:-1]
    if not marked.endswith(titles) and marked not in _KO_HONORIFICS:  # "김여정 씨가": the honorific's name
        return tokens[at]
    first = at
    reach = 1 if marked in _KO_HONORIFICS else _KO_NAME_WORDS  # "여동생 김여정 씨": the name is one word
    while (
        first > 0
        and at - first < reach
        and not segment[tokens[first - 1].end() : tokens[first].start()].strip()
        and tokens[first - 1].group()[-1] not in _KO_ENDS
    ):
        first -= 1
    return tokens[first]


_KO_PHRASE = 3
"""Tokens at most that open a Korean sentence as one noun phrase before its topic particle."""


def _korean_named(text: str, words: Span, cues: Mapping[str, tuple[str, ...]]) -> Span:
    """The full name written before for a family name and an office alone (``김 장관``), else ``words``."""
    parts = words.text.split()
    if len(parts) == 1:
        return _korean_compound(text, words)
    if len(parts) != 2 or len(parts[0]) != 1 or not parts[1].endswith(cues["titles"]):
        return words
    office = next(t for t in cues["titles"] if parts[1].endswith(t))
    floor = max(0, words.start - _FULL_NAME_WINDOW)
    found = None
    for match in re.finditer(
        re.escape(parts[0])
        + "[\uac00-\ud7a3]{1,3}(?=[ \t]+(?:[\uac00-\ud7a3]+[ \t]+)?[\uac00-\ud7a3]*"
        + re.escape(office)
        + ")",
        text[floor : words.start],
    ):
        found = match
    return words if found is None else _span(text, floor + found.start(), floor + found.end())


_KO_COMPOUND_HEAD = 6
"""Syllables at most before a Korean noun in a compound that ends with it (``마이니치``, ``신문``)."""


def _korean_compound(text: str, words: Span) -> Span:
    """The compound written before that a one-word noun ends, which the noun stands for, else ``words``.

    ``마이니치신문은 …. 신문은 "…"``: *the newspaper* is the Mainichi newspaper named before; the
    compound is one word that ends with the noun (then a particle or a space), the last one before.
    """
    if len(words.text) < 2:
        return words
    floor = max(0, words.start - _FULL_NAME_WINDOW)
    found = None
    for match in re.finditer(
        f"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{{1,{_KO_COMPOUND_HEAD}}}{re.escape(words.text)}",
        text[floor : words.start],
    ):
        found = match
    return words if found is None else _span(text, floor + found.start(), floor + found.end())


_ARABIC_TOKEN = re.compile(r"\S+")
_ARABIC_TRIM = '\u060c\u061b:,."\u201c\u201d\u00ab\u00bb()'


_ARABIC_MARKS = re.compile("[\u064b-\u0650\u0652\u0640]")
"""Arabic vowel marks and the tatweel, which a verb may carry or not (``قَال`` is ``قال``); not the
shadda, which may tell one verb from another (``ذكّر``, *reminded*, is not ``ذكر``, *mentioned*)."""


def _arabic_verb(token: str, verbs: tuple[str, ...]) -> bool:
    bare = _ARABIC_MARKS.sub("", token.strip(_ARABIC_TRIM))
    return bare in verbs or (bare[:1] in {"\u0648", "\u0641"} and bare[1:] in verbs)


def _arabic_said(
    text: str, raw: _Raw, cues: Mapping[str, tuple[str, ...]], previous: Span | None
) -> _Said | None:
    start = max(text.rfind(c, 0, raw.open_mark) for c in ".\n\u061f!") + 1
    closed = _MARK.search(text[start : raw.open_mark][::-1])
    if _arabic_name_after_noun(text, raw, start, cues, quoted_before=closed is not None):
        return None
    if closed is not None:  # a quote before in the sentence ends the clause: "…"، وقالت: "…"
        clause = list(_ARABIC_TOKEN.finditer(text, raw.open_mark - closed.start(), raw.open_mark))
        if any(_arabic_verb(t.group(), cues["before"]) for t in clause):
            start = raw.open_mark - closed.start()
    tokens = list(_ARABIC_TOKEN.finditer(text, start, raw.open_mark))
    verbs = [i for i, t in enumerate(tokens) if _arabic_verb(t.group(), cues["before"])]
    if not verbs:
        return None
    first = verbs[0] if verbs[0] < _ARABIC_OPENING else verbs[-1]  # the main verb opens the sentence
    embedded = _arabic_embedded(text, tokens, verbs, first, cues)
    if embedded is not None:
        return embedded
    named = tokens[-1].group().strip(_ARABIC_TRIM) if tokens else ""
    if named in cues["names_after"] and len(_words(text[raw.start : raw.end])) <= 3:
        return None  # a name after the noun it names: وفقا قناة "ان اتش كي"
    cue = _span(text, tokens[first].start(), tokens[first].end())
    subject, ended = _arabic_subject(text, tokens[first + 1 :], cues)
    if (
        not ended
        and len(_words(text[raw.start : raw.end])) <= 3
        and text[raw.close_mark_end : raw.close_mark_end + 2].strip(" ")[:1].isalpha()
    ):
        return None  # a name quoted in the subject: وقال وزير الدفاع "تارو كونو" خلال …
    if subject is None:
        subject = previous or _arabic_subject_before(text, start, cues)
    return _Said(cue=cue, words=subject, where="before")


def _arabic_embedded(
    text: str, tokens: list[re.Match[str]], verbs: list[int], first: int, cues: Mapping[str, tuple[str, ...]]
) -> _Said | None:
    """The cue and subject of a clause that ``أن`` opens inside the sentence, when its verb ends it.

    ``وذكرت وكالة بلومبرج أن النائبة … روي ماتسوكاوا قالت "…"``: the agency reports what the
    deputy said; the quote is hers. In the clause the subject stands before its verb.
    """
    last = verbs[-1]
    if last == first or len(tokens) - last > _ARABIC_CUE_REACH:
        return None
    joins = [
        i for i in range(first + 1, last) if tokens[i].group().strip(_ARABIC_TRIM) in _ARABIC_COMPLEMENTIZERS
    ]
    if not joins or last - joins[-1] < _ARABIC_MIN_SUBJECT:
        return None
    begin, end = tokens[joins[-1] + 1], tokens[last - 1]
    subject = _span(
        text, begin.start(), end.end() - (len(end.group()) - len(end.group().rstrip(_ARABIC_TRIM)))
    )
    if not _ARABIC_LETTER.match(subject.text) or subject.text.strip(_ARABIC_TRIM) in cues["stops"]:
        return None
    return _Said(cue=_span(text, tokens[last].start(), tokens[last].end()), words=subject, where="before")


_ARABIC_NAME_WORDS = 3
"""Words at most of a quoted name or term that follows the noun it names in Arabic."""


def _arabic_name_after_noun(
    text: str, raw: _Raw, start: int, cues: Mapping[str, tuple[str, ...]], *, quoted_before: bool
) -> bool:
    """Whether short quoted Arabic words name what the noun right before them is.

    ``صرح المتحدث "قنغ شوانغ" فى مؤتمر``, ``المناورات العسكرية الروسية "الشرق -2018" التي``,
    ``منذ فترة "الحرب الباردة"``: a noun (no verb of saying, no *that*, no preposition, no colon or
    comma) right before the marks, definite with the quoted words opening with no preposition, or
    before quoted words that open with the article, and the sentence going on after them or a
    quote before them in the sentence, make the quoted words a name or a term.
    """
    if len(_words(text[raw.start : raw.end])) > _ARABIC_NAME_WORDS:
        return False
    before = list(_ARABIC_TOKEN.finditer(text, start, raw.open_mark))
    if not before:
        return False
    last = before[-1].group()
    bare = last.strip(_ARABIC_TRIM)
    if (
        last[-1:] in ":\u060c,"
        or not _ARABIC_LETTER.match(bare)
        or _arabic_verb(last, cues["before"])
        or bare in _ARABIC_COMPLEMENTIZERS
        or bare in cues["stops"]
    ):
        return False
    quoted = text[raw.start : raw.end].strip()
    definite = quoted.startswith(_ARABIC_DEFINITE)  # "فترة "الحرب الباردة"": a noun and its name
    named = bare.startswith(_ARABIC_DEFINITE) and not quoted.startswith(_ARABIC_CLITICS)
    goes_on = _ARABIC_LETTER.match(text[raw.close_mark_end : raw.close_mark_end + 2].strip(" ")) is not None
    return (definite or named) and (goes_on or quoted_before)


_ARABIC_DEFINITE = "\u0627\u0644"
"""The article ``ال``."""
_ARABIC_CLITICS = ("\u0628", "\u0644", "\u0643")
"""``ب``, ``ل``, ``ك``: prepositions written onto the word after them (``"بطريق السلام"``: a phrase the
noun before governs, not its name)."""


_ARABIC_COMPLEMENTIZERS = frozenset({"\u0623\u0646", "\u0628\u0623\u0646"})
"""``أن``, ``بأن``: *that*, opening a clause whose subject comes before its verb."""
_ARABIC_CUE_REACH = 2
"""Tokens at most between an embedded clause's verb of saying and the quote it opens."""
_ARABIC_MIN_SUBJECT = 2
"""How far a clause's verb stands after its ``أن`` at least: one word of subject between them."""


def _arabic_subject(
    text: str, tokens: list[re.Match[str]], cues: Mapping[str, tuple[str, ...]]
) -> tuple[Span | None, bool]:
    """The words after an Arabic verb of saying that name who speaks, and whether they end there."""
    taken: list[re.Match[str]] = []
    ended = False
    for token in tokens[:9]:
        bare = token.group().strip(_ARABIC_TRIM)
        if not bare or bare in cues["stops"] or not _ARABIC_LETTER.match(bare):
            ended = True
            break
        taken.append(token)
        if token.group()[-1:] in "\u060c:,":
            ended = True
            break
    else:
        ended = len(tokens) > 9
    if not taken:
        return None, True
    apposed = _arabic_apposed(tokens[len(taken) :], cues) if taken[-1].group()[-1:] in "\u060c," else None
    if apposed is not None and taken[0].group().lstrip(_ARABIC_TRIM).startswith("\u0627\u0644"):
        taken = apposed  # "أكّد المتحدث باسم وزارة الدفاع الصينية، تان كيفي، أنّ": the name set off
    first, last = taken[0], taken[-1]
    begin = first.start() + len(first.group()) - len(first.group().lstrip(_ARABIC_TRIM))
    end = last.end() - (len(last.group()) - len(last.group().rstrip(_ARABIC_TRIM)))
    return _span(text, begin, end), ended


_ARABIC_APPOSED_WORDS = 3
"""Words at most of a name set off by commas after an Arabic definite title."""


def _arabic_apposed(
    tokens: list[re.Match[str]], cues: Mapping[str, tuple[str, ...]]
) -> list[re.Match[str]] | None:
    """A name set off by commas right after a definite title that follows an Arabic verb of saying.

    Its words, of :data:`_ARABIC_APPOSED_WORDS` at most, carry no article (``ال``), are no stop
    word, and the last ends with a comma; None otherwise.
    """
    name: list[re.Match[str]] = []
    for token in tokens[:_ARABIC_APPOSED_WORDS]:
        bare = token.group().strip(_ARABIC_TRIM)
        if (
            not bare
            or not _ARABIC_LETTER.match(bare)
            or bare in cues["stops"]
            or bare.startswith("\u0627\u0644")
        ):
            return None
        name.append(token)
        if token.group()[-1:] in "\u060c,":
            return name
    return None


_ARABIC_OPENING = 3
"""Tokens at the start of an Arabic sentence where its main verb stands."""


def _arabic_subject_before(text: str, start: int, cues: Mapping[str, tuple[str, ...]]) -> Span | None:
    """The subject of a verb of saying that opens a sentence before ``start``."""
    floor = max(0, start - _SCRIPT_BACK)
    tokens = list(_ARABIC_TOKEN.finditer(text, floor, start))
    for i in range(len(tokens) - 1, -1, -1):
        opening = [
            t
            for t in tokens[max(0, i - _ARABIC_OPENING) : i]
            if re.search(r"[.\n\u061f!]", text[t.end() : tokens[i].start()])
        ]
        sentence_start = (
            i == 0
            or bool(opening)
            or bool(
                re.search(
                    r"[.\n\u061f!:]",
                    text[tokens[i - 1].end() : tokens[i].start()] + tokens[i - 1].group()[-1:],
                )
            )
        )
        if sentence_start and _arabic_verb(tokens[i].group(), cues["before"]):
            subject, _ = _arabic_subject(text, tokens[i + 1 :], cues)
            if subject is not None:
                return subject
    return None
