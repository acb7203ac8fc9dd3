"""The cues that attribute a quote: verbs of saying by language, their derived forms, and their patterns."""

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType

from japan_nato_corpus.errors import ArgumentError
from japan_nato_corpus.quotes._vocabulary import WORDS, _speech_verbs


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
    return (
        frozenset(c for lang in NULL_SUBJECT_LANGUAGES for c in cues[lang]) - _according_to()
    ) | pronominal


@functools.cache
def _according_to() -> frozenset[str]:
    """The cues that name a source (``according to X``) rather than say who spoke: ``according_to``."""
    return frozenset(
        c for entry in _speech_verbs()["languages"].values() for c in entry.get("according_to", ())
    )


@functools.cache
def _next_sentence_cues() -> Mapping[str, tuple[str, ...]]:
    """The phrases after a quote that open the next sentence and name who said it: ``next_sentence``."""
    return _by_language("next_sentence")


@functools.cache
def _after_only_cues() -> Mapping[str, tuple[str, ...]]:
    """The cues that attribute a quote only right after its closing mark and a comma: ``after_only``."""
    return _by_language("after_only")


def _by_language(key: str) -> Mapping[str, tuple[str, ...]]:
    """The phrases of one key of the file of verbs of saying, by the languages that give it."""
    languages = _speech_verbs()["languages"]
    return MappingProxyType({lang: tuple(entry[key]) for lang, entry in languages.items() if key in entry})


@functools.cache
def _cue_pattern() -> re.Pattern[str]:
    """Any cue, as written, and some capitalised as they open a sentence.

    The cues of the languages that drop the subject and those that name a source are matched
    capitalised too (``Ha sottolineato che “…”``, ``According to Mao Ning, …``).
    """
    cues = _cues_by_language()
    opening = [c for lang in NULL_SUBJECT_LANGUAGES for c in cues[lang]] + sorted(_according_to())
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


_CUE_PRONOUN_LANGUAGES = ("de", "es", "pt", "it", "ru", "uk")
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
    return found - WORDS.name_articles


@functools.cache
def _singular_pronouns() -> frozenset[str]:
    """*He* and *she* in every language the cue rules read them in: the pronouns that stand for one person."""
    return _pronouns("en") | _pronouns("fr") | _other_pronouns()


@functools.cache
def _personal_pronouns() -> frozenset[str]:
    """The personal pronouns of every language of the vocabulary (``he``, ``ia``, ``он``, ``그``), folded."""
    data = _speech_verbs()
    found = {word for entry in data["languages"].values() for word in entry.get("pronouns", ())}
    scripts = [entry for key, entry in data["scripts"].items() if key != "about"]
    found |= {word for entry in scripts for word in entry.get("pronouns", ())}
    return frozenset(word.casefold() for word in found)


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


@functools.cache
def _impersonal_cues() -> frozenset[str]:
    """The cues with no person as their subject, whose words are a text's (``heißt es``, ``napisano``)."""
    data = _speech_verbs()["languages"]
    return frozenset(cue for entry in data.values() for cue in entry.get("impersonal", ()))


@functools.cache
def _reported_clause() -> re.Pattern[str]:
    """A participle of saying and its *that*: ``…, pointing out that …``, ``…, noting that …``.

    They open a clause of reported speech of their own.
    """
    participles = "|".join(sorted(map(re.escape, WORDS.participles), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{participles})[ \t]+that(?![\w-])")


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
