"""The speaker a quote's words stand for: antecedents of pronouns and titles, issuers, holders, actors."""

import bisect
import functools
import re
from collections.abc import Callable, Mapping, Sequence

import attrs

from japan_nato_corpus.mentions import TITLES, find_mentions
from japan_nato_corpus.model import Actor, Alias, Mention, Span
from japan_nato_corpus.quotes._attribution import (
    _BEFORE_WORDS,
    _GROUP_MODIFIERS,
    _INSTITUTION,
    _NAME_AT,
    _PERSON_TITLES,
    _TITLE_HEAD,
    _TITLE_WORDS,
    _apposed_name,
    _bare,
    _body_titled,
    _first_name,
    _foreign_titles,
    _full_names,
    _group,
    _in_quote,
    _inverted_object,
    _is_adverbial,
    _is_definite_title,
    _is_label,
    _is_person_name,
    _key,
    _name_run,
    _needs_antecedent,
    _Said,
    _speaker_words,
    _subject,
)
from japan_nato_corpus.quotes._cues import (
    _according_to,
    _cue_pattern,
    _null_subject_cues,
    _other_pronouns,
    _personal_pronouns,
    _pronouns,
    _singular_pronouns,
)
from japan_nato_corpus.quotes._marks import _BLANK_LINE, _MARK, _Raw
from japan_nato_corpus.quotes._text import (
    _LINE,
    _SENTENCE_END,
    SPEAKER_REACH,
    _foreign_function_words,
    _line_start,
    _mentions_between,
    _paragraph_start,
    _sentence_bounds,
    _span,
    _tokens,
    _words,
)
from japan_nato_corpus.quotes._vocabulary import (
    WORDS,
    _function_word_lists,
    _month_names,
    _pronoun_genders,
    _same_title_nouns,
    _speech_verbs,
    _title_abbreviations,
)

_WRITTEN_SPEAKERS = re.compile(
    r"\b(?:statement|declaration|communiqu[eé]|report|paper|editorial|letter|document|programme|program|"
    r"strategy|itpp|resolution|article)s?\b",
    re.IGNORECASE,
)


_HOLDER_REACH = 40_000
"""How far, in characters, before a title written alone the name it was written with is looked for."""


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


_NON_BLANK = re.compile(r"\S")


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


def _speaker_of(
    text: str,
    raw: _Raw,
    said: _Said,
    known: tuple[tuple[Mention, ...], set[str], dict[str, set[str]]],
    previous: tuple[_Raw, Span | None, str | None] | None,
) -> tuple[Span | None, str | None]:
    """The speaker's words and actor; words that name no one and are a title, the name it stands next to."""
    words, actor = _subject_speaker(text, raw, said, known, previous)
    if words is not None and actor is None and _DEFINITE_DOCUMENT.fullmatch(words.text):
        named = _named_document(text, words)
        if named is not None:
            return named, None
    if words is not None and actor is None:
        titled = _name_after_title(text, words, raw)
        if titled is not None:
            return titled, _resolve(titled, known[0], known[1])
    return words, actor


def _subject_speaker(  # noqa: PLR0911, PLR0912, C901 - one return a rule
    text: str,
    raw: _Raw,
    said: _Said,
    known: tuple[tuple[Mention, ...], set[str], dict[str, set[str]]],
    previous: tuple[_Raw, Span | None, str | None] | None,
) -> tuple[Span | None, str | None]:
    """The speaker's words and actor: the attribution's subject, or whom a pronoun or title stands for."""
    mentions, persons, _ = known
    words = said.words
    goes_on = previous is not None and words is None and _goes_on(text, previous[0], raw, said)
    if goes_on and previous is not None and (previous[1] is not None or said.cue is not None):
        return previous[1], previous[2]  # else, with no speaker before, the sentence before may name one
    dropped = _dropped_subject(text, raw, said, known, previous) or _reported(text, raw, said, previous)
    if dropped is not None:
        return dropped
    if words is None and said.cue is not None and said.cue.text in WORDS.participles | {"calling"}:
        left, _ = _sentence_bounds(text, raw.open_mark, raw.close_mark_end)
        words = _first_name(text, left, said.cue.start)  # "X issued a paper on “…” calling for “…”"
    if words is None and said.cue is None:
        # "De Coubertin described the spirit as “…”"; "He said … a reminder of that. “We share …”"
        words = _clause_subject(text, raw) or _sentence_before_subject(text, raw)
    if words is None:
        return None, None
    words = _without_time(text, _noun_phrase_part(text, words))
    words = _owned_title(text, words) or words
    if words.text.casefold() in WORDS.group_pronouns | WORDS.first_person | {"you"}:
        return _pronoun_speaker(text, raw, words, known, previous)
    if words.text.casefold() in WORDS.latter:
        other = previous[1].text if previous is not None and previous[1] is not None else None
        found = _antecedent(text, words.start, mentions, persons, previous, titles=False, other_than=other)
        return (None, None) if found is None else (found, _resolve(found, mentions, persons))
    if _is_anaphoric(words.text):  # "Juru bicara itu juga mengatakan …": that spokesperson, named before
        found = _antecedent(text, words.start, mentions, persons, previous, titles=False)
        return (None, None) if found is None else (found, _resolve(found, mentions, persons))
    if _needs_antecedent(words.text):
        title = _foreign_titles().match(words.text)
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


_DEFINITE_DOCUMENT = re.compile(r"[Tt]he[ \t]+(?:document|report|paper|white paper|strategy)")
"""A document named by its kind alone: ``The document claims …``."""
_DOCUMENT_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z0-9][\w'\u2019-]*[ \t]+(?:of[ \t]+)?){1,6}(?:Paper|Report|Strategy|Document)(?![\w-])"
)
"""A document's capitalised name: ``Defense of Japan 2025 White Paper``."""


def _named_document(text: str, words: Span) -> Span | None:
    """The document the text named last before ``words``, in their paragraph or the one before."""
    names = list(_DOCUMENT_NAME.finditer(text, _paragraph_start(text, words.start), words.start))
    return _span(text, names[-1].start(), names[-1].end()) if names else None


_TITLE_TOKENS = 2
"""The most words of a title the text gives a name after (``Szef MON``, ``EAM``, ``Sec.``)."""
_ABBREVIATION = 4
"""The most letters of a title written short with a full stop (``Sec.``, ``Gen.``, ``Sen.``)."""
_TITLE_NAME_AFTER = re.compile(
    r"\.?(?:[ \t]+[A-Z]{2,}(?![\w'\u2019-]))*[ \t]+(?![A-Z]{2,}(?![\w'\u2019-]))"
    r"((?:[A-Z][\w'\u2019-]+[ \t]+){0,2}[A-Z][\w'\u2019-]+)"
)
"""A name after a title, past the acronyms of its office (``Szef MON Władysław Kosiniak-Kamysz``)."""


def _title_tokens(text: str, words: Span) -> tuple[list[str], bool] | None:
    """The words of a title in ``words`` (less an article), and whether it is written short with a full stop.

    ``None`` when they are a name rather than a title (``Mao`` of ``Mao Ning``): a title is an
    acronym (``EAM``), a title of the vocabularies (``Szef``), or a short word with a full stop
    and a person's full name right after it (``Sec. Gilberto Teodoro``).
    """
    tokens = words.text.split()
    if tokens and tokens[0].casefold() in {"the", *WORDS.foreign_articles}:
        tokens = tokens[1:]
    if not tokens or len(tokens) > _TITLE_TOKENS or not all(t[:1].isupper() for t in tokens):
        return None
    phrase = " ".join(tokens)
    abbreviated = text.startswith(".", words.end) and len(phrase) <= _ABBREVIATION
    if abbreviated and (m := _TITLE_NAME_AFTER.match(text, words.end)) and len(m.group(1).split()) > 1:
        abbreviated = _is_person_name(m.group(1))  # "said Sec. Gilberto Teodoro": a full name follows
    else:
        abbreviated = False
    if not (
        abbreviated
        or phrase.isupper()
        or _foreign_titles().match(phrase)
        or _PERSON_TITLES.search(phrase.casefold())
    ):
        return None  # a name, not a title: "Mao" of "Mao Ning"
    return tokens, abbreviated


def _name_after_title(text: str, words: Span, raw: _Raw) -> Span | None:
    """The person the text names right after the words of a title that were taken for a speaker.

    ``said Sec. Gilberto Teodoro``; ``EAM Jaishankar said … “…,” the EAM said``; ``Szef MON
    Władysław Kosiniak-Kamysz … Szef MON zwrócił uwagę …``: a subject of one or two capitalised
    words that names no one is a title when the text writes a person's name after the same words
    (a full stop between for an abbreviation); the holder is that name where it follows the
    subject itself, else the one the text so titles last before the quote, else first after it
    within :data:`_HOLDER_AFTER` characters.
    """
    found = _title_tokens(text, words)
    if found is None:
        return None
    tokens, abbreviated = found
    title = re.compile(r"(?<![\w-])" + r"[ \t]+".join(re.escape(t) for t in tokens) + r"(?![\w-])")
    low = max(0, raw.open_mark - _STORY_REACH)
    high = min(len(text), raw.close_mark_end + _HOLDER_AFTER)
    named: list[Span] = []
    for m in title.finditer(text, low, high):
        after = _TITLE_NAME_AFTER.match(text, m.end())
        if after is None:
            continue
        name = after.group(1)
        if not _is_person_name(name) or name.split()[0] in tokens:
            continue
        span = _span(text, after.start(1), after.end(1))
        if m.start() <= words.start < after.start(1):
            return span  # "said Sec. Gilberto Teodoro"
        if abbreviated:
            continue  # "said Mao. …": a full stop ends a name's sentence, not a title's short form
        if not _in_quote(text, span):
            named.append(span)
    before = [s for s in named if s.end <= raw.open_mark]
    if before:
        return before[-1]
    return next((s for s in named if s.start >= raw.close_mark_end), None)


_FINITE_VERB = re.compile(r"[a-z]{3,}(?:s|ed)")
"""A lowercase English word that may be a finite verb: third person or past (``claims``, ``warned``)."""


def _noun_phrase_part(text: str, words: Span) -> Span:
    """The noun phrase opening an English subject taken up to its cue: to a finite verb, less a relative.

    ``the NATO chief was in South Korea and [called]`` is ``the NATO chief``; ``its new Strategic
    Concept Document last June that [said]`` is ``its new Strategic Concept Document last June``
    (the day goes after, by :func:`_without_time`). Words of other languages are left as they are.
    """
    tokens = _tokens(text, words.start, words.end)
    cut = next((i for i, t in enumerate(tokens) if i and t[2] in WORDS.copulas), len(tokens))
    tokens = tokens[:cut]
    claims = next(  # "The document claims that the balance …": its finite verb before "that"
        (
            i
            for i in range(1, len(tokens) - 1)
            if tokens[i + 1][2] == "that" and _FINITE_VERB.fullmatch(tokens[i][2])
        ),
        None,
    )
    if claims is not None:
        tokens = tokens[:claims]
    while len(tokens) > 1 and tokens[-1][2] in WORDS.trailing:
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
    preposition of ``place_prepositions``; a preposition that is the cue itself (``según
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
    state = speaker in states and preposition in WORDS.object_prepositions | WORDS.place_prepositions
    if not state and not (" " not in words.text and preposition in WORDS.place_prepositions):
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
    ``place_prepositions``, a word that opens its sentence, a title's word, a function word and
    a word inside an actor's mention are no such name.
    """
    taken = [(m.start, m.end) for m in _mentions_between(mentions, start, end)]
    found = None
    for match in _CAPITALISED.finditer(text, start, end):
        word = match.group()
        folded = word.casefold()
        if (
            folded in WORDS.not_names
            or folded in _TITLE_WORDS
            or any(a <= match.start() < b for a, b in taken)
            or _SENTENCE_START.search(text, max(start, match.start() - 3), match.start()) is not None
            or match.start() == start
        ):
            continue
        tokens = _tokens(text, max(start, match.start() - 20), match.start())
        if tokens and tokens[-1][2].casefold() in WORDS.place_prepositions:
            continue
        found = _span(text, match.start(), match.end())
    return found


_SENTENCE_START = re.compile(r"(?<![\s.][A-Z])[.!?:\n][\s\"\u201c\u201d\u00ab]*$")
"""What stands right before a word that opens a sentence (not an initial's full stop: ``Mylene J.``)."""


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
    gender = _pronoun_genders().get(words.text.casefold())
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
        if actor in persons or len(found.text.split()) > 1 or _after_person_noun(text, found):
            return found, actor  # a person, not "Video" opening a sentence
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
    if first in _singular_pronouns() | WORDS.group_pronouns | {
        "a",
        "an",
        "i",
        "we",
        "you",
    }:
        return False
    if any(t.casefold() in WORDS.group_nouns for t in tokens):
        return False  # "Japanese officials", "the four ministers": a group
    if _INSTITUTION.search(words) or _needs_antecedent(words):
        return False  # a body's name ("the Japanese Foreign Ministry"); a title ("the minister")
    if len(tokens) > 1 and all(t.isupper() and len(t) > 1 for t in tokens[1:]):
        return False  # "die NATO", "la OTAN": an article and a body's acronym
    return any(t[:1].islower() for t in tokens[1:]) or first in WORDS.determiners | WORDS.name_articles


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


_NAMED_OFTEN = 3


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
    scoped = at > 0 and tokens[at - 1][2].casefold() in WORDS.articled_of and len(run) == 2
    if len(run) > 1 and not scoped and _is_person_name(text[run[0][0] : run[-1][1]]):
        return words, None  # not "o ainda primeiro-ministro dos Países Baixos": the place the title is of
    if len(run) == 1 and len(tokens) > 1 and run[0] == tokens[-1]:
        before = tokens[-2][2]
        plain = (
            before[:1].islower()
            and before.casefold() not in WORDS.connectors | WORDS.foreign_articles | WORDS.determiners
        )
        if (
            plain
            and before.casefold() not in _foreign_function_words(text)
            and _INSTITUTION.search(run[0][2]) is None
            and not run[0][2].isupper()  # "представитель … министерства РФ": an acronym is a body's
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
    if text[start : raw.open_mark].rstrip().endswith(":") and _is_label(text, start, name):
        return None  # "Game analysis: «…»": a label, no speaker
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
    titles = (
        _TITLE_WORDS
        | WORDS.lowercase_titles
        | WORDS.determiners
        | WORDS.foreign_articles
        | WORDS.name_articles
    )
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
    at = left
    title = _foreign_titles().match(text, at)
    if title is None:  # "Au sortir de la rencontre, l’entraîneur principal ne cachait pas …"
        comma = text.find(",", left, raw.open_mark)
        opening = _tokens(text, left, comma) if comma > left else []
        if opening and opening[0][2].casefold() in WORDS.prepositions:
            after = _NON_BLANK.search(text, comma + 1, raw.open_mark)
            at = after.start() if after is not None else raw.open_mark
            title = _foreign_titles().match(text, at)
    if title is not None:
        return _span(text, at, at + len(title.group().rstrip()))
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
    if subject is None or subject.text.casefold() not in _singular_pronouns():
        return None
    return _named_before_pronoun(text, left, subject) or subject


_FULL_NAME_WORDS = 2
"""Words a full name keeps at least when the title words that open its run are left off."""


def _named_before_pronoun(text: str, left: int, pronoun: Span) -> Span | None:
    """The person named first in a pronoun's own sentence, before it: whom the pronoun stands for.

    ``In his closing statement, US Secretary of State Antony Blinken revealed that he had called
    for …``: the pronoun of the clause goes back to the name that is its sentence's subject, not to
    a speaker quoted before that sentence. The title words that open the name's run are left off
    (``State Antony Blinken`` is ``Antony Blinken``).
    """
    for name in _full_names(text, left, pronoun.start):
        words = list(re.finditer(r"\S+", name.text))
        while len(words) > _FULL_NAME_WORDS and words[0].group().casefold() in _TITLE_WORDS:
            words.pop(0)
        named = _span(text, name.start + words[0].start(), name.end)
        if _is_person_name(named.text) and not _in_quote(text, named):
            return named
    return None


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
    elif folded in WORDS.first_person:
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


_ARABIC_NAME = re.compile("[ \t]*((?:[\u0621-\u064a]+[ \t]+){0,2}[\u0621-\u064a]+)[ \t]*[\u060c,.:]")
"""Arabic words up to a comma or stop after a title: the holder's name (*Fumio Kishida,*)."""


_ARTICLE = re.compile(r"(?:the|der|die|das|el|la|le|il|o|a|l['\u2019])\s+", re.IGNORECASE)


def _title_word(word: str) -> str:
    """A pattern for one word of a title: the word, or for an abbreviation, it or the words it stands for."""
    full = _title_abbreviations().get(word)
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
    if not any(_TITLE_HEAD.search(t) or t in _title_abbreviations() for t in tokens):
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


def _stand_in(  # noqa: PLR0913, C901 - the quote, its subject, what is known, where its cue stands
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
    pronouns = _singular_pronouns() | WORDS.possessives
    role = None if words.text.casefold() in pronouns else words
    gender = _pronoun_genders().get(words.text.casefold()) or _title_gender(text, words)
    before = raw.open_mark if until is None else min(raw.open_mark, until)
    found = _antecedent(text, before, mentions, persons, previous, role=role, gender=gender)
    holder = None if found is None else _office_holder(found, mentions, offices)
    described = None
    if found is not None and holder is None and _needs_antecedent(found.text):
        described = found if role is None and _describes_person(found.text) else None
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
        if found is None and role is None:
            unnamed = _described_stand_in(text, raw, described or _described_opener(text, before), previous)
            if unnamed is not None:
                return unnamed
    elif holder is None and role is not None:
        other = _other_office_holder(text, raw, role, found, known)
        if other is not None:
            return other
    words = found or words
    return words, holder.actor if holder is not None else _resolve(words, mentions, persons)


_OPENING_DESCRIPTION = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)[\"\u201c\u201d\u00ab\u00bb\u201e]?"
    r"((?:(?:[Tt]he|[Ee]l|[Ll][ae]|[Ii]l|[Dd](?:er|ie)|[Oo]|[Aa])[ \t]+|[Ll]['\u2019])"
    r"[^\W\d_]+(?:-[^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:-[^\W\d_]+)*){0,2})",
    re.MULTILINE,
)
"""A sentence that opens with an article and a few words: ``The coach, known for …``, ``The head
coach’s actions``: a description of a person when a title ends some of those words."""


_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")


def _described_stand_in(
    text: str, raw: _Raw, described: Span | None, previous: tuple[_Raw, Span | None, str | None] | None
) -> tuple[Span, str | None] | None:
    """Whom a pronoun stands for when the text names no one before it: a person described by a title.

    ``The coach … reacted. “…,” he said``: the description (``described``). Right after a quote whose
    speaker the text gave (``… a U.S. official told CNN. “…,” the official said. He added``), that speaker.
    """
    if described is None:
        return None
    if previous is not None and previous[1] is not None and _near(text, previous[0], raw):
        return previous[1], previous[2]
    return described, None


def _described_opener(text: str, before: int) -> Span | None:
    """The last person described by a title alone that opens a sentence within ``_WINDOW`` before ``before``.

    ``The coach, known for his passion, reacted … “…,” he said``: the text names no one, and the
    description that opens the sentence before is whom ``he`` stands for. Of the words after the
    article, the most that end in a title are the description (``The head coach explained``: ``The
    head coach``).
    """
    found = None
    for match in _OPENING_DESCRIPTION.finditer(text, max(0, before - _WINDOW), before):
        if _SENTENCE_STOP.search(text, match.end(), before) is None:
            continue  # the quote's own sentence: "The minister … called it “…” and said he …"
        words = list(re.finditer(r"\S+", match.group(1)))
        for last in reversed(words):
            phrase = match.group(1)[: last.end()]
            if _needs_antecedent(phrase) and _describes_person(phrase):
                found = _span(text, match.start(1), match.start(1) + last.end())
                break
    return found


def _describes_person(words: str) -> bool:
    """Whether ``words`` describe one person by a title and are no pronoun: ``The coach``.

    One of an unnamed group (``the official``, ``the source``: ``unnamed_groups``) is an unnamed
    source, whom the text keeps unnamed, not a person it follows.
    """
    folded = words.casefold()
    return (
        folded not in _singular_pronouns() | WORDS.possessives | _other_pronouns()
        and folded.split()[-1] + "s" not in WORDS.unnamed_groups
    )


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


_TIME_TAIL = re.compile(
    r"[ \t,]+(?:(?:on|last|this|early|late|am|le|el|il|lo|o|no|ce)[ \t]+)?"
    r"([^\W\d_][\w\u00e0-\u00ff-]*)[ \t]*$",
    re.IGNORECASE,
)


_MONTH_TAIL = re.compile(r"[ \t,]+(?:last|this|early|late|in)[ \t]+([^\W\d_]{4,})[ \t]*$", re.IGNORECASE)
"""A month after *last*, *this* … that ends a subject: ``its new Strategic Concept Document last June``."""


def _without_time(text: str, words: Span) -> Span:
    """A subject without the day that ends it: ``The Senate leader on Monday`` is ``The Senate leader``.

    A month after *last*, *this*, *in* ends it so too (``the strategy last June``).
    """
    month = _MONTH_TAIL.search(words.text)
    if month is not None and month.group(1).casefold() in _month_names() and month.start() > 0:
        return _span(text, words.start, words.start + month.start())
    tail = _TIME_TAIL.search(words.text)
    if (
        tail is None
        or tail.group(1).casefold() not in WORDS.time_words
        or not words.text[: tail.start()].strip()
    ):
        return words
    return _span(text, words.start, words.start + tail.start())


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
            or _is_addressee(text, span)
        )

    foreign = bool(_foreign_function_words(text))

    passed = set(other_than.casefold().split()[-1:]) if other_than else set()

    def fits(span: Span) -> bool:  # "she told AFP" is not the Rene Paciente quoted before
        return not passed & set(span.text.casefold().split()) and (
            gender is None or _name_gender(text, span, before) in {None, gender}
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
        pronoun = span.text.casefold() in _pronouns("en") | WORDS.possessives | _other_pronouns()
        return titles and not pronoun and _needs_antecedent(span.text)

    subjects = []
    if previous is not None and previous[1] is not None and previous[0].close_mark_end >= window:
        subjects.append(previous[1])
    subjects += [_trailing_name(text, s) or s for s in _cue_subjects(text, window, before)]
    subjects = [s for s in subjects if plausible(s) or (titled(s) and fits(s))]
    subjects += [s for s in _named_subjects(text, window, before, mentions, persons) if plausible(s)]
    full = [s for s in _full_names(text, max(0, before - _FULL_NAME_WINDOW), before) if plausible(s)]
    placed = [s for s in full if s.start >= window and _in_subject_place(text, s)]
    subjects += placed + [
        s for s in _surnames(text, window, before, placed) if not inside(s) and not _owned_apposition(text, s)
    ]
    subjects += [s for s in _surnames(text, window, before, full) if _opens(text, s) and not inside(s)]
    subjects = _without_owners(text, subjects, previous)
    named = [
        _span(text, m.start, m.end)
        for m in _mentions_between(mentions, window, before)
        if m.end <= before and m.actor in persons
    ]
    named = [n for n in named if fits(n) and not inside(n)]
    fallback = [span for span in _full_names(text, window, before) if plausible(span)]
    fallback += [s for s in _named_after_noun(text, window, before) if plausible(s) and s not in fallback]
    # "the director of Cal Fire": a body or a place after a preposition only when no one else is named
    fallback = [s for s in fallback if not _after_preposition(text, s)] or fallback
    fallback += [
        s for s in _surnames(text, window, before, fallback) if not inside(s) and not _in_run(text, s)
    ]
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


_WORD_BEFORE = re.compile(
    r"([^\W\d_]+)[ \t]+(?:(?:the|la|le|el|il|der|die|das|den|dem)[ \t]+)?$", re.IGNORECASE
)
"""The word before a name, past an article: a preposition there makes the name its object."""


def _after_preposition(text: str, span: Span) -> bool:
    """Whether a name is the object of a preposition: ``director of Cal Fire``, ``a centre at Mill Park``.

    Such a name is a body or a place the sentence speaks of, not the person a pronoun stands for.
    """
    match = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
    if match is None:
        return False
    word = match.group(1).casefold()
    return word in WORDS.object_prepositions | WORDS.place_prepositions | WORDS.of_words - {"and"}


_NOUN_THEN_NAME = re.compile(
    r"(?<![\w-])([a-z\u00e0-\u00ff][\w-]*)[ \t]+((?:[A-Z][\w'\u2019-]+[ \t]+){0,2}[A-Z][\w'\u2019-]+)"
)
"""A lowercase word and the capitalised words after it: a noun of a person and a name when the
word is one of ``person_nouns`` (``striker Gyokeres``)."""


def _nouns_then_names(text: str, start: int, end: int) -> list["re.Match[str]"]:
    """The lowercase nouns of a person between ``start`` and ``end`` with the capitalised words after them."""
    return [m for m in _NOUN_THEN_NAME.finditer(text, start, end) if m.group(1) in WORDS.person_nouns]


def _named_after_noun(text: str, start: int, end: int) -> list[Span]:
    """The names written right after a lowercase noun of a person between ``start`` and ``end``.

    ``Statements to Sport TV by striker Gyokeres after the win at Sturm Graz``: one capitalised word
    after ``striker`` is a person's name as surely as a full name is.
    """
    return [_span(text, m.start(2), m.end(2)) for m in _nouns_then_names(text, start, end)]


def _after_person_noun(text: str, span: Span) -> bool:
    """Whether a name stands right after a lowercase noun of a person: ``striker Gyokeres``."""
    return any(m.end(2) == span.end for m in _nouns_then_names(text, max(0, span.start - 40), span.end))


_RUN_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*[ \t]+$")


def _in_run(text: str, span: Span) -> bool:
    """Whether a family name stands inside a longer run of capitalised words: ``Cal Fire``.

    That run, read whole, is the name there; where it is a preposition's object, the word alone is
    no name.
    """
    return _RUN_BEFORE.search(text, max(0, span.start - 30), span.start) is not None


_OWNED_APPOSITION = re.compile(
    r"(?<![\w-])(?:his|her|their|its)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}[\w'\u2019-]+,"
    r"[ \t]*(?:[A-Z][\w'\u2019-]*[ \t]+){0,2}$"
)
"""A possessed noun and a comma right before a name: ``to her Chinese counterpart, Wang Yi``."""


def _owned_apposition(text: str, span: Span) -> bool:
    """Whether a name stands in apposition to a noun someone owns: another person than the owner.

    ``Penny Wong delivered a message to her Chinese counterpart, Wang Yi, …`` — Wang Yi is the
    counterpart of the sentence's subject, not whom a later ``she`` stands for.
    """
    return _OWNED_APPOSITION.search(text, max(0, span.start - 80), span.start) is not None


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
    openers = (
        WORDS.object_prepositions
        - WORDS.name_particles
        - WORDS.of_words
        - {"a", "an", "am", "su", "van", "von", "zu"}
    )
    if len(tokens) > 1 and tokens[0].casefold() in openers:
        return True
    low = max(0, span.start - 80)
    stops = [m.end() for m in _CLAUSE_BREAK.finditer(text, low, span.start)]
    before = _tokens(text, stops[-1] if stops else low, span.start)
    between = 0
    while before:
        word = before.pop()[2]
        folded = word.casefold()
        if folded in WORDS.name_articles | {"the", "an"}:  # not "a", a verb in French ("a déclaré Lin Jian")
            # right after the article, only English tells a modifier by the lowercase noun after it
            article_en = folded in {"the", "an"}
            return between > 0 or (article_en and _NEXT_WORD_LOWER.match(text, span.end) is not None)
        if (
            not word.islower()
            or folded in _TITLE_WORDS | WORDS.lowercase_titles
            or _PERSON_TITLES.search(folded)
            or _foreign_titles().match("el " + folded)
        ):
            return False  # "the Japanese leader Kishida", "La portavoz Mao Ning": a title before a name
        others, english, _ = _function_word_lists()
        if between >= _MODIFIER_WORDS or (
            folded not in WORDS.and_words and (folded in others or folded in english)
        ):
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
    r"(?<![\w-])(?:с|со|к|ко|о|об|обо|у|от|для|при|без|до|из|по|про|над|под|перед|между|в|во|на|за|через|"
    r"з|із|зі|від|між|біля|після)[ \t]+$",
    re.IGNORECASE,
)
"""A Russian or Ukrainian preposition right before a name: the name is in an oblique case (``с Марком
Рютте``, ``в Азии``, ``з Японією``), an object of its clause and never the subject a pronoun stands for."""


_GERMAN_NOUN = re.compile(
    r"(?<![\w-])[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]{3,}(?:ung|heit|keit|schaft|t\u00e4t)(?:en|s)?\b"
)
"""A German common noun by its ending (*die enge Verbindung Deutschlands*): capitalised as every
German noun is, it is no name."""


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


def _name_gender(text: str, span: Span, before: int | None = None) -> str | None:
    """The gender the text gives the person named by ``span``, or None when it gives none or both.

    Wherever the name's last word stands in the text read before ``before`` (the quote; by default,
    up to the name), back to ``_STORY_REACH`` before it: a title before it (``Ms Mao``, ``Mr.
    Hayashi``, ``la ministra … Kamikawa``, ``die Außenministerin Baerbock``), or a possessive in the
    same sentence right after it (``Talosig expressed her fears``). What the text says of a name
    after the quote does not tell whom the quote's pronoun stands for.
    """
    words = _words(span.text)
    if not words:
        return None
    word = words[-1]
    until = span.end if before is None else before
    found: set[str] = set()
    for start in _word_starts(text, word, max(0, until - _STORY_REACH), until - len(word)):
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
        found.add(_pronoun_genders()[own.group(1)])
    return frozenset(found)


@functools.lru_cache(maxsize=4)
def _word_places(text: str) -> Mapping[str, tuple[int, ...]]:
    """Where each run of word characters and hyphens of ``text`` starts, by the run."""
    places: dict[str, list[int]] = {}
    for match in re.finditer(r"[\w-]+", text):
        places.setdefault(match.group(), []).append(match.start())
    return {word: tuple(at) for word, at in places.items()}


_OF_BEFORE = re.compile(r"(?<![\w-])(?:de|del|da|das|do|dos|des|du|della|delle|degli|dei|di|der|des)[ \t]+$")
"""A word for *of* right before a capitalised run: in a language other than English, the run goes
on a noun before it (``Ministério das Relações Exteriores``) and names no person."""


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


def _cue_subjects(text: str, start: int, end: int) -> list[Span]:
    """The subjects written before the cues between ``start`` and ``end``.

    An inverted cue (``…, a-t-il déclaré``) has its pronoun for subject, not the words before it.
    """
    subjects = []
    for cue in _cue_pattern().finditer(text, start, end):
        if cue.group().endswith("s") and _verb_after_plural().match(text, cue.end()):
            continue  # "Gulf states could resolve …": a plural noun, no cue
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


_OPENING_ADVERB = re.compile(r"(?:^|[.!?][ \t]+)[A-Z][^\W\d_]+,[ \t]*$")
"""A capitalised word and a comma that open a sentence: ``Contrariamente, Mao Ning, …``."""


_APPOSED_SUBJECT = re.compile(
    r",[ \t]+(?!(?:and|or|nor|und|oder|y|o|e|et|ou|ed|en|og)\b)([^\W\d_A-Z\u00c0-\u00de]+)\b(?![ \t]*,)"
)
"""A comma and a lowercase word after a name set off by commas: the name is in apposition to the
subject before it when the word is its verb (``…, Yoko Kamikawa, said``): a cue, or a word that is
no function word (``sieht``; not ``à Davos``), and not one of a list (``…, and``)."""


_DESCRIBED_OPENING = re.compile(
    r"(?:^|[.!?][ \t]+)(?:[A-Z][\w'\u2019.-]*[ \t]+){1,5}(?:[a-z]+[ \t]+){0,2}([a-z]+)[ \t]+$"
)
"""Capitalised words and a few lowercase words that open a sentence before a name: a description
when the last is a person's title (``Constitutional Democratic Party lawmaker``, ``Chinese foreign
ministry spokesman``)."""


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
    described = _DESCRIBED_OPENING.search(head)
    if described is not None and (
        _PERSON_TITLES.search(described.group(1)) or described.group(1) in WORDS.person_nouns
    ):
        opens = True  # "Constitutional Democratic Party lawmaker Ichiro Ozawa launched …"
    return opens and (
        text[span.end : span.end + 1] == "," or _VERB_AFTER_NAME.match(text, span.end) is not None
    )


def _opens(text: str, span: Span) -> bool:
    """Whether ``span`` opens its sentence or paragraph: ``Ohtani's homer comes …``."""
    head = text[_line_start(text, span.start) : span.start].rstrip()
    return not head or head[-1] in ".!?"


_TITLE_BEFORE_NAME = 80
"""How far before a name (characters, within its sentence) a title the text gives it may stand."""
_WORD_AT = re.compile(r"[\w'\u2019-]+")
_TITLE_TAIL = re.compile(r"(?:[ \t,]+(?:[A-Z][\w'\u2019.-]*|of|for|the|de|du|del|des|di|da|von|van))*[ \t,]+")
"""What may stand between a title's noun and the name it gives: its office's capitalised words and
their links (``Minister of Foreign Affairs of Lithuania, Kęstutis Budrys``)."""


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
    nouns = next((group for group in _same_title_nouns() if noun in group), frozenset({noun}))

    def with_noun(span: Span) -> bool:
        before = text[max(_line_start(text, span.start), span.start - 80) : span.start]
        earlier = {_bare(w) for w in _words(before)[-_APPOSED:]}
        held = any(n in w and not w.endswith(n + "s") for n in nouns for w in span.text.casefold().split())
        return held or bool(nouns & earlier) or titled_before(span)  # "Japanese Ministers" hold no one title

    def titled_before(span: Span) -> bool:  # "the Minister of Foreign Affairs of Lithuania, Kęstutis Budrys"
        name = span.text.split()[-1]
        for at in _word_starts(text, name, max(0, span.start - _STORY_REACH), span.start):
            left, _ = _sentence_bounds(text, at, at)
            words = list(_WORD_AT.finditer(text, max(left, at - _TITLE_BEFORE_NAME), at))
            for word in words:
                rest = text[word.end() : at]
                if _bare(word.group()) in nouns and _TITLE_TAIL.fullmatch(rest):
                    return True
        return False

    titled = [c for c in candidates if any(c.text.casefold().startswith(t) for t in _TITLE_PREFIXES)]
    family = {c.text.split()[-1] for c in titled}
    # "a DOS spokesperson": an indefinite article of the text's language ("a" is none in French or Portuguese)
    indefinite = sorted(WORDS.indefinite - {"a", "an"}) if _foreign_function_words(text) else ["a", "an"]
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


_COORDINATED = re.compile(r"\b(?:and|y|e|et|und|en|og|ed)[ \t]+$")
"""A conjunction right before a name: ``he and Kishida shared``, ``él y Kishida``: one of a group."""


_TURN = re.compile(
    r"^[ \t]*((?:[A-Z][\w.'\u2019-]*[ \t]+){0,5}[A-Z][\w.'\u2019-]*)[ \t]*(?:\([^)\n]*\))?[ \t]*:",
    re.MULTILINE,
)
"""A transcript's turn label at a paragraph's start: ``Minister:``, ``FOREIGN MINISTER KAMIKAWA:``."""


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
        if folded in WORDS.questioner:
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
        heads = [
            i for i, t in enumerate(tokens[: _GROUP_MODIFIERS + 1]) if t[2].casefold() in WORDS.group_nouns
        ]
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
    if len(tokens) < 2 or tokens[0].casefold() not in {"the", *WORDS.foreign_articles}:
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


def _resolve(words: Span | None, mentions: tuple[Mention, ...], persons: set[str]) -> str | None:
    if words is None or words.text.split()[0].casefold() in {"a", "an"}:
        return None  # an unnamed source: "a senior official"
    if any(w.casefold() in WORDS.unnamed_groups for w in _words(words.text)):
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
        if cue.group() in WORDS.participles or _key(_span(text, cue.start(), cue.end())) in _according_to():
            continue
        left, _ = _sentence_bounds(text, cue.start(), cue.end())
        subject = _subject(text, max(left, start), cue.start(), cue=cue.group())
        if subject is not None and _is_person_name(subject.text) and not _in_quote(text, subject):
            return True
    return False


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


@functools.cache
def _addressee_before() -> "re.Pattern[str]":
    """Words right before a name that make it the one spoken to: ``told``, ``said to``, ``an interview with``.

    The phrases of ``speaker_words.json`` (``addressee_before``) and the addressing cues of
    ``function_words.json``, an article allowed after them.
    """
    phrases = _speaker_words()["addressee_before"]
    words = sorted({*phrases, *WORDS.addressing_cues}, key=len, reverse=True)
    alternatives = "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in words)
    nouns = "|".join(map(re.escape, sorted(_speaker_words()["addressee_nouns"], key=len, reverse=True)))
    described = rf"(?:(?-i:[A-Z])[\w'\u2019-]*[ \t]+)?(?:{nouns})[ \t]+"  # "British journalist"
    return re.compile(
        rf"(?<![\w'\u2019-])(?:{alternatives})[ \t]+(?:(?:the|a|an)[ \t]+)?(?:{described})?$", re.IGNORECASE
    )


_ADDRESSEE_REACH = 64
"""How far before a name, in characters, the words that make it the one spoken to are looked for."""


def _is_addressee(text: str, span: Span) -> bool:
    """Whether ``span`` is the one spoken to, not the speaker: ``told Sky News``, ``said to Kyodo``."""
    return _addressee_before().search(text, max(0, span.start - _ADDRESSEE_REACH), span.start) is not None


_TRAILING_NAME = re.compile(r"(?:[A-Z][\w'\u2019-]+[ \t]+)+[A-Z][\w'\u2019-]+$")
"""The capitalised words that end a subject: a name, after a title and its scope's words."""


_NAME_WORDS = 3
"""Words at most of a name that ends a titled subject; in a longer run, its last two words."""


def _trailing_name(text: str, subject: Span) -> Span | None:
    """The person's name that ends a titled subject: ``the Chairman of the … Commission Mahinda Deshapriya``.

    None unless the subject opens with a definite title (it needs an antecedent as a whole) and
    ends with capitalised words that are a person's name and no title's: all of them when they are
    three at most, else the last two.
    """
    if " " not in subject.text or not _needs_antecedent(subject.text):
        return None
    match = _TRAILING_NAME.search(subject.text)
    if match is None:
        return None
    words = match.group().split()
    largest = len(words) if len(words) <= _NAME_WORDS else 2  # "… Commission Mahinda Deshapriya"
    for size in range(largest, 1, -1):
        tail = " ".join(words[-size:])
        if words[-size].casefold() not in _TITLE_WORDS and _is_person_name(tail):
            end = subject.end
            return _span(text, end - len(tail), end) if text[end - len(tail) : end] == tail else None
    return None


_OWNED_TITLE = re.compile(r"(?:['\u2019]s)?((?:[ \t]+[a-z][\w-]*){1,3})(?![\w'\u2019-])")
"""Lowercase words after a possessive: ``Qatar’s foreign minister``, the title they may end in."""


def _owned_title(text: str, words: Span) -> Span | None:
    """A possessive and the title it owns: ``Qatar’s foreign minister``, not ``Qatar’s`` alone.

    A state's or a body's possessive owns the person who speaks (``said Qatar’s foreign
    minister``), who is named by the title, with the holder the text gives it elsewhere.
    """
    if not _is_possessive(text, words):
        return None
    match = _OWNED_TITLE.match(text, words.end)
    if match is None or _PERSON_TITLES.search(match.group(1).strip().split()[-1]) is None:
        return None
    return _span(text, words.start, match.end())


@functools.cache
def _verb_after_plural() -> "re.Pattern[str]":
    """A verb after a plural noun (``speaker_words.json``, ``verbs_after_plural``): ``states could``."""
    verbs = "|".join(map(re.escape, _speaker_words()["verbs_after_plural"]))
    return re.compile(rf"[ \t]+(?:{verbs})(?![\w'\u2019-])")
