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
quotation mark, or when a guillemet or curly quote closes at the next paragraph's first mark with
a cue right after it (``«…⏎…», – сказал``), and is dropped otherwise. A line break is a paragraph break
unless the text parts its paragraphs with blank lines, or the break wraps a
sentence (hard-wrapped copy: no sentence end before it, a lowercase letter after
it). The quote's evidence is the exact text between the marks (without the spaces
that set guillemets off, ``« … »``, nor those after an opening mark or before a straight closing
one, ``" The …"``), so a quote over paragraphs keeps the break
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
a quote that a colon, or in Chinese a comma, sets off as a clause of its own is the clause's
subject's with no verb (``林外務大臣:「…」``, ``王某心里害怕,“…”``), *he* there standing for the one
the paragraph opens with;
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
or model is loaded. Their word lists are data: the verbs of saying and the cue phrases in
``vocabularies/speech_verbs.json``, the function words and the curated lists of words by their
role (determiners, auxiliaries, prepositions, titles …) in ``vocabularies/function_words.json``.

Modules, one a stage: ``_marks`` (quotation marks paired into raw quotes), ``_cues`` (verbs of
saying, their forms and patterns), ``_attribution`` (where a quote's cue stands and its subject),
``_speaker`` (the speaker those words stand for, resolved to an actor), ``_kinds`` (what is not a
quote: headlines, crossheads, titles, terms, scare quotes), ``_scripts`` (Japanese, Chinese, Korean
and Arabic); under them ``_text`` (words, sentences and spans) and ``_vocabulary`` (the files, each
read on first use). :func:`find_quotes`, here, runs the stages in order.
"""

import re
from collections.abc import Iterable, Mapping

import attrs

from japan_nato_corpus.errors import ParseError
from japan_nato_corpus.mentions import find_mentions
from japan_nato_corpus.model import Actor, ActorKind, Evidence, Quote, Span
from japan_nato_corpus.quotes._attribution import _FOREIGN_BODY, _attribute
from japan_nato_corpus.quotes._cues import (
    NULL_SUBJECT_LANGUAGES,
    _according_to,
    _after_only_cues,
    _all_cues,
    _cues_by_language,
    _next_sentence_cues,
    verb_forms,
)
from japan_nato_corpus.quotes._kinds import (
    MIN_UNATTRIBUTED_WORDS,
    _in_crosshead,
    _in_headline,
    _is_quote,
    _kind,
    _listed,
    _unowned_description,
)
from japan_nato_corpus.quotes._marks import (
    _MIN_STRAIGHT_SINGLE_WORDS,
    _corner_pairs,
    _overlap_test,
    _pairs,
    _Raw,
    _single_pairs,
)
from japan_nato_corpus.quotes._scripts import _other_attribution
from japan_nato_corpus.quotes._speaker import (
    _continues,
    _is_common_noun_phrase,
    _person_over_object,
    _resolve,
    _sentence_opener,
    _speaker_of,
    _topic_speaker,
    _with_apposed_name,
    _with_document_issuer,
    _with_family_names,
    _with_issuer,
    _with_title_holder,
    _without_bare_pronoun,
    _without_dateline,
)
from japan_nato_corpus.quotes._text import _SENTENCE_END, SPEAKER_REACH, _words
from japan_nato_corpus.quotes._vocabulary import _openers_by_language

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


ACCORDING_TO: frozenset[str]
"""The cues that name a source (``according to X``) rather than say who spoke.

They are data, each language's ``according_to`` in ``vocabularies/speech_verbs.json``.
"""


NEXT_SENTENCE_CUES_BY_LANGUAGE: Mapping[str, tuple[str, ...]]
"""Phrases that open the sentence after a quote and name who said it: ``“…”. Lo ha detto Rutte``.

They are data, each language's ``next_sentence`` in ``vocabularies/speech_verbs.json``.
"""


AFTER_ONLY_CUES_BY_LANGUAGE: Mapping[str, tuple[str, ...]]
"""Cues that attribute a quote only right after its closing mark and a comma: ``„…“, so der
Generalsekretär``; anywhere else they are common words.

They are data, each language's ``after_only`` in ``vocabularies/speech_verbs.json``.
"""


FUNCTION_WORDS_BY_LANGUAGE: Mapping[str, frozenset[str]]
"""Capitalised function words and sentence adverbs that open a sentence and never name a speaker
(``Toutefois, il a ajouté``, ``Another person said``), by language (ISO 639-1 code).

They are data, the list ``openers`` of ``vocabularies/function_words.json``, read when first needed.
"""


def __getattr__(name: str) -> object:
    """The cue and word lists, read from their files when first asked for (no file is read at import)."""
    if name == "CUES_BY_LANGUAGE":
        return _cues_by_language()
    if name == "CUES":
        return _all_cues()
    if name == "ACCORDING_TO":
        return _according_to()
    if name == "NEXT_SENTENCE_CUES_BY_LANGUAGE":
        return _next_sentence_cues()
    if name == "AFTER_ONLY_CUES_BY_LANGUAGE":
        return _after_only_cues()
    if name == "FUNCTION_WORDS_BY_LANGUAGE":
        return _openers_by_language()
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


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
        said = _attribute(text, raw, marks)
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
            words, speaker = _speaker_of(text, raw, said, (mentions, persons, offices), previous)
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
    return tuple(_with_later_cues(text, quotes))


def _with_later_cues(text: str, quotes: list[Quote]) -> list[Quote]:
    """Each quote nothing attributes, given the speaker of the next quote when that one's cue governs both.

    ``… spiegele nicht nur …, sondern auch „das Vertrauen …“ in den Beziehungen …, „die zwar …“,
    betonte Ursula von der Leyen``: two quotes in one sentence, its cue after the second, are both
    the cue's subject's words. The quotes stand in one sentence, the first with no cue and no
    speaker and not ending the sentence inside its marks, no line break between them; the second
    has a cue after its closing mark and a speaker.
    """
    found = list(quotes)
    for i in range(len(found) - 2, -1, -1):
        quote, after = found[i], found[i + 1]
        if quote.cue is not None or quote.speaker_words is not None:
            continue
        if after.cue is None or after.speaker_words is None or after.cue.start < after.evidence.end:
            continue
        gap = text[quote.evidence.end : after.evidence.start]
        if "\n" in gap or _SENTENCE_END.search(gap) or re.search(r"[.!?]\s*$", quote.evidence.quote):
            continue
        found[i] = attrs.evolve(quote, speaker=after.speaker, speaker_words=after.speaker_words)
    return found
