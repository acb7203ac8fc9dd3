"""What is not a quote, and what kind a quote is: headlines, crossheads, titles, terms, scare quotes."""

import bisect
import functools
import re
from collections.abc import Mapping

from japan_nato_corpus.model import QuoteKind, Span
from japan_nato_corpus.quotes._attribution import _GOVERNED_WORDS, _LOWERCASE_WORD_BEFORE, _bare, _Said
from japan_nato_corpus.quotes._cues import _cue_pattern, _naming_cues
from japan_nato_corpus.quotes._marks import _MARK, _Raw
from japan_nato_corpus.quotes._speaker import _NON_BLANK, _STORY_REACH, _WRITTEN_SPEAKERS
from japan_nato_corpus.quotes._text import _WORD, _line_start, _words
from japan_nato_corpus.quotes._vocabulary import WORDS, _function_word_lists, _language_function_words

MIN_UNATTRIBUTED_WORDS = 6
"""Quoted words of at least this many words count as a quote even with no attribution nearby."""


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
    if said.cue is not None or previous is None:
        return None
    if _listed_after(text, previous[0], raw):
        return _Said(None, previous[1], "list")
    if previous[1] is not None and said.words is None and _same_sentence(text, previous[0], raw):
        return _Said(None, previous[1], "sentence")
    return None


_SAME_SENTENCE_WORDS = 16
"""How many words may stand between an attributed quote and a short quote later in its sentence."""


_SENTENCE_GAP = re.compile(
    rf"[ \t]*(?:[^\s.!?;:\"\u201c\u201d\u201e\u00ab\u00bb]+[ \t]+){{1,{_SAME_SENTENCE_WORDS}}}"
)
"""Words of one sentence between two quotes: no stop, no colon or semicolon, no mark, no line break."""


def _same_sentence(text: str, earlier: _Raw, raw: _Raw) -> bool:
    """Whether a short lowercase quote stands later in the sentence of the attributed quote before it.

    ``«enviaría el mensaje de que …», algo que «sería peligroso»``, ``the possibility of an “incident”
    that “could get out of hand.”``: the words quoted again in the sentence that gives a speaker his
    words are his, though no cue of their own stands by them.
    """
    quoted = text[raw.start : raw.end]
    words = _words(quoted)
    if not 0 < len(words) <= _LISTED_WORDS or not quoted[:1].islower():
        return False
    if re.search(r"[.!?]\W*$", text[earlier.start : earlier.end]):
        return False  # "… a military power.” [11] The China Daily …": the earlier quote ends its sentence
    before = _words(text[max(earlier.close_mark_end, raw.open_mark - 30) : raw.open_mark])
    if before and before[-1][:1].isupper():
        return False  # "Chinese, … and Russian “threats”": a name's modifier makes them the narrator's noun
    return _SENTENCE_GAP.fullmatch(text, earlier.close_mark_end, raw.open_mark) is not None


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


_HEADLINE_CHARS = 160
"""The longest line read as a headline."""


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
    bare = words is None or words.text.casefold() in WORDS.group_pronouns
    return bare and len(_words(text[raw.start : raw.end])) <= _MAX_TERM_WORDS


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


_GOVERNED_CLAUSE_WORDS = 14
"""How many words a cue's object may run before a one-word quote it governs, within its clause."""


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
    if said.where == "sentence":  # later in the sentence of an attributed quote: the same speaker's
        return not _quoted_elsewhere(text, raw)
    if said.cue is None or said.where != "before" or said.cue.end > raw.open_mark:
        return False
    between = text[said.cue.end : raw.open_mark]
    word = text[raw.start : raw.end].strip()
    elsewhere = re.compile(r"[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e][ \t]?" + re.escape(word) + r"\b")
    head = re.match(r"\w*", word)
    places = _words_after_marks(text).get(head.group() if head else "", ())
    again = any(at != raw.open_mark and elsewhere.match(text, at) for at in places)
    near = len(_words(between)) <= _GOVERNED_WORDS and not re.search(r"[,;:.]", between)
    clause = _without_reported_aside(between)  # "noted that the bond …, now a NATO member, has strengthened"
    if not near and len(_words(clause)) <= _GOVERNED_CLAUSE_WORDS and not re.search(r"[;:.!?]", between):
        # "afirmando que refleja … en un mundo “volátil”", "dénonçant sa présence …, son «harcèlement»":
        # further in what the cue reports (after its "que", "that"), or after a possessive
        gap = [_bare(w) for w in _words(between)]
        reported = any(w in WORDS.subordinate for w in gap)  # "afirmando que …", not "prometeu … diante do"
        # an aside set off by a pair of commas stands inside the reported clause, which goes on after it
        near = (reported and "," not in clause) or (bool(gap) and gap[-1] in WORDS.owners)
        # "sagte, China sei kein «Gegner»": German reported speech, a subject and its subjunctive in -e
        near = near or (_GERMAN_REPORTED.search(between) is not None and _is_german(text))
        # "has denounced the grouping of the four democracies as a ”mini-NATO”": what it was called
        near = near or (said.cue.text in _naming_cues() and _NAMED_AS.search(between) is not None)
    noun = _german_noun(text, raw)
    return (word[:1].islower() or noun) and near and not again  # a word quoted again elsewhere is a term


_ASIDE = re.compile(r",[^,;:.!?\n]{1,80},")
"""An aside between two commas inside a clause (``the bond …, now a NATO member, has``)."""


def _without_reported_aside(between: str) -> str:
    """The words between a cue and a quote, less the asides set off by two commas after the cue's *that*.

    ``that the bond between Japan and Finland, now a NATO member, has strengthened amid the``: the
    aside stands inside the reported clause, which goes on after it; a comma before the *that*
    (``said on Tuesday, at the Diet, that the``) stays, and parts the cue from the quote.
    """
    for word in re.finditer(r"\S+", between):
        if _bare(word.group()) in WORDS.subordinate:
            return between[: word.start()] + _ASIDE.sub(" ", between[word.start() :])
    return between


def _ends_reported_clause(text: str, raw: _Raw, said: _Said) -> bool:
    """Whether a one-word quote ends the clause its cue reports, the speaker and the cue right after.

    ``China’s decision … is “regrettable”, Lloyd Austin said``: only a comma between the closing
    mark and the speaker's words (or the cue), and a lowercase word quoted nowhere else.
    """
    if said.cue is None:
        return False
    ends = {said.cue.start, said.words.start if said.words is not None else said.cue.start}
    word = text[raw.start : raw.end].strip()
    rest = _REPORTED_CLAUSE_REST
    if not word[:1].islower() or not any(rest.fullmatch(text, raw.close_mark_end, end) for end in ends):
        return False
    head = re.match(r"\w*", word)
    places = _words_after_marks(text).get(head.group() if head else "", ())
    return not any(at != raw.open_mark for at in places)


_REPORTED_CLAUSE_WORDS = 8
"""How many words of its clause may follow a one-word quote before the comma and the cue that end it."""


_REPORTED_CLAUSE_REST = re.compile(
    rf"(?:[ \t]+[^\s.!?;:\"\u201c\u201d\u201e\u00ab\u00bb]+){{0,{_REPORTED_CLAUSE_WORDS}}}"
    r"[ \t]*,[ \t]*(?:(?:as|come|comme|como|wie|jak)[ \t]+)?"
)
"""The rest of the clause after a one-word quote, up to the cue that ends it: a few words with no stop
or mark, a comma, perhaps *as* (``zůstává „vítězství“ Ukrajiny ve válce proti Rusku, vysvětlila``,
``un’area sempre più «strategica» quale l’Indo Pacifico, come sottolinea``)."""


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


def _german_noun(text: str, raw: _Raw) -> bool:
    """Whether the quote is one capitalised German word right after a determiner: a noun, not a title."""
    words = _words(text[raw.start : raw.end])
    before = _words(text[max(0, raw.open_mark - 12) : raw.open_mark])
    return (
        len(words) == 1
        and words[0][:1].isupper()
        and bool(before)
        and before[-1] in WORDS.german_determiners
        and _is_german(text)
    )


def _is_quote(text: str, raw: _Raw, said: _Said, *, goes_on: bool = False) -> bool:  # noqa: PLR0911
    quoted = text[raw.start : raw.end]
    words = _words(quoted)
    capitals = [w for w in words if w[:1].isalpha() and w.casefold() not in WORDS.small]
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
    return 1 <= len(gap) <= 2 and gap[0].casefold() in WORDS.indefinite and all(w[:1].islower() for w in gap)


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
        and word not in WORDS.auxiliaries
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
        and word not in WORDS.auxiliaries
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
    written = cue is not None and cue.text in WORDS.written_cues
    if written or (speaker is not None and _WRITTEN_SPEAKERS.search(speaker.text)):
        return QuoteKind.WRITTEN
    quoted = text[raw.start : raw.end].lstrip()
    before = text[max(0, raw.open_mark - 3) : raw.open_mark].rstrip()
    starts_clause = not before or before[-1] in ":,\n" or quoted[:1].isupper()
    return QuoteKind.DIRECT if starts_clause and len(_words(quoted)) > 3 else QuoteKind.PARTIAL
