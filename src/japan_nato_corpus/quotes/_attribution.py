"""Where a quote's cue stands and the words that are its subject: before or after it, or a colon."""

import bisect
import functools
import itertools
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from japan_nato_corpus.mentions import TITLES
from japan_nato_corpus.model import Span
from japan_nato_corpus.quotes._cues import (
    _according_to,
    _after_only_cues,
    _before_only_cues,
    _cue_pattern,
    _impersonal_cues,
    _name_then_cue,
    _naming_cues,
    _next_sentence_cues,
    _null_subject_cues,
    _other_pronouns,
    _personal_pronouns,
    _pronouns,
    _reported_clause,
    _singular_pronouns,
    _title_name_then_cue,
)
from japan_nato_corpus.quotes._marks import _MARK, _pairs, _Raw
from japan_nato_corpus.quotes._text import (
    _LINE,
    _SENTENCE_END,
    SPEAKER_REACH,
    _first_token,
    _foreign_function_words,
    _line_start,
    _sentence_bounds,
    _span,
    _tokens,
    _words,
)
from japan_nato_corpus.quotes._vocabulary import WORDS, _function_word_lists, _openers_by_language

_INSTITUTION = re.compile(
    r"\b(?:University|Council|Forces?|Dialogue|Agency|Ministry|Party|Summit|Organi[sz]ation|Base|Airport|"
    r"Stadium|Office|House|Command|Force|One|Group|Centre|Center|Institute|Bank|Committee|Assembly|"
    r"Parliament|Government|Peninsula|Island|Islands|Sea|Ocean|Prefecture|Region|Strait|Programme|"
    r"Program|Strategy|Treaty|Alliance|Union|Nations|States|Kingdom|Republic|Games|Olympics|League)\b"
)


_PERSON_TITLES = re.compile(
    r"\b(?:prime minister|premier|president|chancellor|minister|secretary(?:[- ]general)?|spokes(?:wo)?man|"
    r"spokesperson|governor|chairman|chairwoman|ambassador|manager|coach|official|leader|chief|head|"
    r"envoy|diplomat|negotiator|lawmaker|politician|(?:dutch|french|english|irish|scots)(?:wo)?man)"
    r"(?:$|\s+of\b)",
    re.IGNORECASE,
)


@functools.cache
def _foreign_titles() -> re.Pattern[str]:
    """A definite title in those languages: ``o chefe do governo``, ``el primer ministro``.

    A German title after a state's genitive is one too (``Japans Verteidigungsminister``), and a
    title of a language that writes no article (``unarticled_titles``: Polish, Russian, Ukrainian),
    which takes none (``Sekretarz generalny``, ``rzecznik MSZ``, ``глава региона``). The words of
    each part are data, ``foreign_titles`` in ``speaker_words.json``.
    """
    parts = _speaker_words()["foreign_titles"]

    def either(words: Iterable[str], between: str = r"\s+") -> str:  # the longest first
        return "|".join(between.join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

    polish = "(?:" + either(sorted(WORDS.unarticled_titles)) + ")"
    nouns = either(parts["spaced_or_hyphened"], r"[-\s]+") + "|" + either(parts["nouns"])
    return re.compile(
        r"(?-i:" + polish + r")(?![\w'\u2019-])|"  # lowercase, as after a cue: "сказал глава региона"
        r"(?:(?:" + either(parts["articles"]) + r")\s+|" + either(parts["elided_articles"]) + "|"
        r"(?-i:[A-Z\u00c4\u00d6\u00dc])\w+s\s+(?=" + either(parts["genitive_heads"]) + ")|"
        r"(?=" + polish + "))"  # Polish writes no article
        r"(?:[^\W\d_]+-(?=\w))?"  # a compound the title heads: "die Grünen-Politikerin"
        r"(?:(?:" + either(parts["modifiers"]) + r")\s+)?"
        r"(?:(?:" + either(parts["adverbs"]) + r")\s+)?"  # "o ainda primeiro-ministro"
        r"(?:" + nouns + r")\b",
        re.IGNORECASE,
    )


_TITLE_WORDS = {w.casefold() for title in TITLES for w in title.split()} | {"mr", "mrs", "ms", "dr", "gen."}


_BEFORE_WORDS = 25
"""How far, in words, a cue before the quotation marks may stand from them."""


_AFTER_WORDS = 25
"""How far, in words, a cue after the closing mark may stand from it."""


@attrs.frozen
class _Said:
    """Who said a quote, as far as its attribution tells."""

    cue: Span | None
    words: Span | None
    where: str


def _comma_before(text: str, at: int) -> bool:
    """Whether a comma stands before ``at``, with only white space between."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[at - 1 : at] == ","


_NAME_AT = re.compile(r"[ \t]*([A-Z][\w'\u2019-]+)[ \t]+[a-z\u00e0-\u00ff]")
"""A capitalised word that opens a sentence, a lowercase word (its verb) after it."""


_TITLE_HEAD = re.compile(
    r"(?:minister|ministerin|pr\u00e4sident|pr\u00e4sidentin|kanzler|kanzlerin|sprecher|sprecherin|"
    r"premier|president|chancellor|secretary|spokes(?:wo)?man|spokesperson|ambassador|envoy|leader|"
    r"chief|ministro|ministra|ministre|presidente|pr\u00e9sident|mandatari[oa]|jef[ae]|chefe?|"
    r"portavoz|porta-voz|porte-parole|portavoce|\u0631\u0626\u064a\u0633|\u0648\u0632\u064a\u0631|"
    r"\u0627\u0644\u0645\u062a\u062d\u062f\u062b)$",
    re.IGNORECASE,
)
"""A word that heads a person's title: ``Premierminister``, ``minister``, Arabic *ra'is* (head of)."""


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
        and _key(after.cue) in _according_to()
        and _COORDINATED_COMPLEMENT.match(joined)
    ):
        return _Said(None, None, "none")
    if before is not None and _governs_term(text, raw, before):
        return before  # "Patel acknowledged "differences" between … but said": the cue that takes it
    if (
        before is not None
        and before.words is not None
        and after.cue is not None
        and after.words is not None
        and raw.close_mark_end < after.words.start < after.words.end <= after.cue.start
    ):
        gap = _tokens(text, raw.close_mark_end, after.words.start)
        if gap and gap[0][2].casefold() in WORDS.coordinators:
            # "Kishida told … that it was “…” and the three ministers had affirmed …": the cue after
            # opens a clause of its own, with its own subject; the quote is the cue's before
            return before
    return None


_NEXT_SENTENCE_OPENS = re.compile(r"\s*(?:\[\d{1,3}\]\s*)?(?:$|[A-Z\"\u201c])")
"""What follows a quote whose sentence ends inside its marks: a capital or a mark, perhaps after a
note's number (``calling his visit “disappointing.” [13] Even the Journal criticized``)."""


def _attribute(text: str, raw: _Raw, marks: tuple[list[int], list[int]]) -> _Said:
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
        return _colon_or_after(text, raw, (before_start, colon_at), min([right, *later]), bounded=bool(later))
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
        and not (before is not None and after.cue is not None and _key(after.cue) in _source_cues())
        and not (after.words is None and before is not None and before.words is not None)
    ):
        return after  # "He said China “…”, but warned of …": the cue after names no one
    if before is not None:
        return before
    # a sentence of its own, or one inside a sentence: "… devono “rimanere uniti” …. Lo ha detto X"
    inside = head.strip() and right > raw.close_mark_end
    following = _next_sentence(text, raw, right if inside else None) if inside or not head.strip() else None
    return (
        following
        or _speech_noun(text, before_start, raw.open_mark)
        or (_signed(text, raw) if not head.strip() else None)
        or _Said(None, None, "none")
    )


_SIGNATURE = re.compile(
    r"[ \t]{0,3}(?:([\u2013\u2014]|-(?=[ \t]))[ \t]{0,3})?"
    r"((?:[A-Z][\w.'\u2019-]{0,30}|[a-z]{1,30})(?:[ \t]{1,3}(?:[A-Z][\w.'\u2019-]{0,30}|[a-z]{1,30})){0,6})"
    r"(?=[ \t]{0,3}(?:,|\.?[ \t]*$)|[ \t]{1,3}[a-z]{1,30}ing(?![\w'\u2019-]))",
    re.MULTILINE,
)
"""A quote's signature after its closing mark: a dash perhaps, then who said it, a title before the
name, up to a comma, the line's end or a participle (``” – Panthers QB Cam Newton, exhorting …``,
``” Packers QB Aaron Rodgers trying to explain …``)."""


def _signed(text: str, raw: _Raw) -> _Said | None:
    """The person a quote that opens its line is signed by, right after its closing mark.

    In a list of quotes, each a paragraph, the name follows each one: ``“…” – Steelers coach Mike
    Tomlin, crediting …``. After a dash the title may hold lowercase words (``coach``); with no
    dash, the signature is capitalised words alone, two at least, and ends at a comma or a
    participle. Its name is its last capitalised words after any abbreviation (``QB``): a
    person's name of two words or more, or one alone after a title (``S T.J.Ward``).
    """
    match = _SIGNATURE.match(text, raw.close_mark_end)
    if match is None or text[raw.start : raw.end].rstrip()[-1:] not in {".", "!", "?", ","}:
        return None
    words = list(re.finditer(r"\S+", match.group(2)))
    if match.group(1) is None and (len(words) < 2 or any(w.group()[:1].islower() for w in words)):
        return None
    openers = frozenset().union(*_openers_by_language().values())
    if words[0].group().casefold() in openers or words[0].group() in openers:
        return None
    name = list(itertools.takewhile(lambda w: w.group()[:1].isupper(), reversed(words)))[::-1][-3:]
    short = [i for i, w in enumerate(name) if w.group().isupper() and len(w.group()) <= _ABBREVIATION]
    name = name[short[-1] + 1 :] if short else name
    if not name or not _is_person_name(" ".join(w.group() for w in name)):
        return None
    if len(name) < 2 and len(words) == len(name):
        return None  # one word alone may be anything: "” Hurricanes, …"
    base = match.start(2)
    return _Said(None, _span(text, base + name[0].start(), base + name[-1].end()), "after")


_ABBREVIATION = 3
"""Letters at most of a title written short before a signature's name (``QB``, ``S``, ``MP``)."""


def _colon_or_after(text: str, raw: _Raw, clause: tuple[int, int], end: int, *, bounded: bool) -> _Said:
    """The attribution of a quote after a colon that ends ``clause``: the clause's, or the cue's after it.

    The cue after the quote counts when the clause has no cue and names no one (``The mood was tense:
    “…,” said Maria Lopez``).
    """
    said = _colon(text, *clause)
    if said.cue is None and said.words is None:
        after = _after(text, raw, end, bounded=bounded)
        if after is not None and after.cue is not None:
            return after
    return said


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


@functools.cache
def _next_sentence_cue() -> re.Pattern[str]:
    """A phrase of :func:`_next_sentence_cues` that opens the sentence after a quote."""
    phrases = sorted(
        (re.escape(c) for cues in _next_sentence_cues().values() for c in cues), key=len, reverse=True
    )
    return re.compile(r"[.!?]?[\s\u00a0]*(" + "|".join(phrases) + r")(?![\w-])", re.IGNORECASE)


@functools.cache
def _after_only_cue() -> re.Pattern[str]:
    """A cue of :func:`_after_only_cues` right after the closing mark and a comma, a name or noun after it."""
    return re.compile(
        r"\s*,\s*("
        + "|".join(re.escape(c) for cues in _after_only_cues().values() for c in cues)
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
    match = _next_sentence_cue().match(text, start, line_end)
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
    match = _after_only_cue().match(text, raw.close_mark_end, end)
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
def _source_cues() -> frozenset[str]:
    """Cues after a quote that name where the report comes from (``… reported Ansa``), not who spoke.

    A cue before the quote wins over them.
    """
    return _according_to() | {"reported"}


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
        if head and head[-1][2].casefold() in WORDS.and_words:  # "Er betonte, dass …, und fügte hinzu: „…“"
            earlier = _last_cue(text, start, head[-1][0])
            if earlier is not None:
                subject = _subject(text, start, earlier.start, cue=earlier.text) or subject
        if tail <= 3 or subject is not None:  # "As he told reporters after the game:"
            return _Said(cue, subject or _object(text, cue.end, colon), "colon")
    named = _first_name(text, start, colon)
    if named is not None and _is_label(text, start, named):
        return _Said(None, None, "colon")  # "Game analysis: «…»", "L’objectif reste clair : «…»"
    return _Said(None, named, "colon")


def _is_label(text: str, start: int, named: Span) -> bool:
    """Whether one capitalised word that opens a clause before a colon, with no cue, heads a label.

    ``Game analysis:``, ``Equalizer goal:``, ``L’objectif reste clair et collectif :``: the word
    opens the clause and a lowercase word that is no function word follows it, so the word is a
    common noun capitalised as the clause's first, not a speaker's name (``Kishida in his
    speech:``).
    """
    if " " in named.text or text[start : named.start].strip():
        return False
    following = _tokens(text, named.end, min(len(text), named.end + 40))[:1]
    if not following or not following[0][2][:1].islower():
        return False
    others, english, _ = _function_word_lists()
    return following[0][2] not in others | english


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


_CUE_TO_PARTICIPLE = re.compile(
    r"(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}(?:[ \t]+[a-z][\w'\u2019-]*){0,2}(?:[ \t]+[A-Z][a-z]+)?[ \t]*,[ \t]*"
)
"""What may stand between a cue and the participle that goes on it: a comma, after a short object and
adverbial (``said on Friday, asserting``, ``said here, adding``, ``criticized China on Thursday,
claiming``)."""


_POSSESSIVE_END = re.compile(r"['\u2019]s?(?![\w'\u2019-])")
"""The ending of a possessive: ``America’s``, ``the Philippines’``."""


def _participle_before(text: str, start: int, open_mark: int, cue: Span, sentence: int) -> _Said:
    """The attribution of a participle before the quote (``saying``, ``adding``, ``emphasising``)."""
    after = _tokens(text, cue.end, open_mark)[:1]
    if after and after[0][2].casefold() in _pronouns("en"):
        return _Said(cue, _span(text, after[0][0], after[0][1]), "before")
    if start > sentence:  # "…," adding "…": the earlier quote's speaker
        return _Said(cue, None, "before")
    quoted = _QUOTED_NAME_AS.search(text, sentence, cue.start)
    if quoted is not None and _is_person_name(quoted.group(1)):
        # "Kyodo also quoted Wang as saying that “…”": the one quoted speaks, not the outlet
        return _Said(cue, _span(text, quoted.start(1), quoted.end(1)), "before")
    earlier = _last_cue(text, sentence, cue.start)
    if (
        earlier is not None
        and earlier.text not in WORDS.participles
        and _CUE_TO_PARTICIPLE.fullmatch(text, earlier.end, cue.start)
    ):
        # "…, External Affairs Minister S Jaishankar has said, emphasising that “…”": the subject
        # of the cue the participle goes on
        subject = _subject(text, sentence, earlier.start, cue=earlier.text)
        group = subject is not None and subject.text.split()[-1].casefold() in WORDS.group_nouns
        if subject is not None and (_is_person_name(subject.text) or group):  # "…, forecasters said, warning"
            return _Said(cue, subject, "before")
    found = _subject(text, sentence, cue.start, cue=cue.text)
    if found is not None and _POSSESSIVE_END.search(text, found.start, found.end + 2):
        # "Hegseth told Koizumi …, as are America’s relationships …, adding, “…”": a possessive owns a
        # noun and is no subject; the participle goes on the cue that opens the sentence
        first = _cue_pattern().search(text, sentence, cue.start)
        opening = None if first is None else _subject(text, sentence, first.start(), cue=first.group())
        if opening is not None and opening.start < found.start and _is_person_name(opening.text):
            return _Said(cue, opening, "before")
    return _Said(cue, found, "before")


_ING_FORM = re.compile(r"[a-z]{3,}ing")
"""A cue's -ing form: ``claiming``, ``alleging``."""


def _before(text: str, start: int, open_mark: int, *, sentence: int) -> _Said | None:
    cue = _last_cue(text, start, open_mark)
    if cue is not None and (
        cue.text in WORDS.participles or (_ING_FORM.fullmatch(cue.text) and _comma_before(text, cue.start))
    ):  # "Emanuel criticized China on Thursday, claiming …": an -ing form set off by a comma
        return _participle_before(text, start, open_mark, cue, sentence)
    if cue is None or not _within_reach(text, cue, open_mark):
        return None
    if _key(cue) in _according_to() or cue.text.startswith("a-t-"):
        return _Said(cue, _inverted(text, cue) or _object(text, cue.end, open_mark), "before")
    head = _tokens(text, start, cue.start)
    if (
        head and head[-1][2].casefold() in WORDS.and_words
    ):  # "X said …, and stressed that “…”", "… e ha chiesto"
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
    if subject is None and cue.text not in WORDS.naming:
        subject = _object(text, cue.end, open_mark)
    return (None if subject is not None else _earlier_cue(text, start, cue)) or _Said(cue, subject, "before")


def _earlier_cue(text: str, start: int, cue: Span) -> _Said | None:
    """The cue before a cue with no subject, when a person's name is its subject.

    ``Kirby added there will be new initiatives announced Friday that will move "…"``: the last cue
    (*announced*, a participle after its noun) names no one; the cue before it, with its subject,
    gives the quote.
    """
    earlier = _last_cue(text, start, cue.start)
    if earlier is None or earlier.text in WORDS.participles:
        return None
    subject = _subject(text, start, earlier.start, cue=earlier.text)
    if subject is None or not _is_person_name(subject.text):
        return None
    return _Said(earlier, subject, "before")


def _before_auxiliary(text: str, subject: Span | None, cue: Span) -> Span | None:
    """The subject before a perfect's auxiliary when the words found stand between it and its participle.

    ``Kishida sagte, er habe Steinmeier gesagt, Japan sei …``: in a clause whose participle comes
    last, a name right after the auxiliary is the one spoken to; the pronoun or name before the
    auxiliary is the one who speaks.
    """
    if subject is None or _words(text[subject.end : cue.start]):
        return None
    head = _tokens(text, max(0, subject.start - 60), subject.start)
    if len(head) < 2 or head[-1][2].casefold() not in WORDS.verb_final_auxiliaries:
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
            if (m.group() not in WORDS.participles or _QUOTED_AS.search(text, start, m.start()))
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
    periphrasis = (
        _QUOTED_AS.search(text, start, match.start()) if match.group() in WORDS.participles else None
    )
    if periphrasis is not None:  # "“…,” the Senate president was quoted as saying"
        return _Said(cue, _after_subject(text, start, periphrasis.start()), "after")
    gap = _tokens(text, start, match.start())
    if match.group() in _impersonal_cues() and not gap:
        return _Said(
            cue, _text_named_after(text, match.end(), end), "after"
        )  # "…», heißt es in dem Bericht."
    if len(gap) > _AFTER_WORDS or (gap and gap[0][2].casefold() in WORDS.clause_openers):
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
    if _key(cue) in _according_to():
        return _Said(cue, _object(text, cue.end, end), "after")
    ending = _PRONOUN_ENDS_CLAUSE.match(text, cue.end, end)
    if ending is not None and ending.group(1).casefold() in _personal_pronouns():
        return _Said(cue, _span(text, ending.start(1), ending.end(1)), "after")  # "…“ lisas ta."
    opening = gap[0][2].casefold() if gap else ""
    shared = _shared_subject(text, raw, gap)
    if shared is not None:
        return _Said(cue, shared, "after")
    if (
        opening in _foreign_function_words(text)
        and opening not in WORDS.name_articles | WORDS.foreign_articles
    ):
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
        if _is_person_name(m.group(1))
        and not _in_quote(text, _span(text, m.start(1), m.end(1)))
        and not _listed(text, m.start(1), m.end())
    ]
    return _span(text, found[-1].start(1), found[-1].end(1)) if found else None


_ITEM_BEFORE = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019-]*[ \t]*,[ \t]*$")
"""A capitalised word and a comma right before a name: the name is the next item of a list."""


_ITEM_AFTER = re.compile(r"[ \t]*([A-Z\u00c0-\u00de][\w'\u2019-]*)(?:[ \t]*,|[ \t]+([^\W\d_]+))")
"""A capitalised word after a name's comma, and the comma or the word after it."""


def _listed(text: str, start: int, comma_end: int) -> bool:
    """Whether a capitalised word set off by a comma is an item of a list: ``Tekirdağ, Yalova, Bursa ve …``.

    It is when a capitalised word and a comma stand right before it, or when a capitalised word
    follows its comma with a comma or *and* (``and_words``) after it. A place listed so is no
    subject (``… başta İstanbul olmak üzere Tekirdağ, Yalova, Bursa ve Balıkesir'de …``).
    """
    if _ITEM_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    after = _ITEM_AFTER.match(text, comma_end)
    return after is not None and (after.group(2) is None or after.group(2).casefold() in WORDS.and_words)


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
    if any(t[2].casefold() in WORDS.clause_openers and _comma_before(text, t[0]) for t in gap):
        return True
    if not any(t[2] in WORDS.clause_openers for t in gap[1:]):
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


def _shared_subject(text: str, raw: _Raw, gap: list[tuple[int, int, str]]) -> Span | None:
    """The person named before the quote when *and* alone stands between it and the cue after it.

    ``Mao Ning, a défendu la Chine comme “…” et a critiqué l’OTAN``: the verbs share the subject.
    So do they when the verb of the quote's clause ends it (``Er sagte, Japan wolle eine „…“
    fördern und bekräftigte``): then a pronoun that opens the sentence before a cue is the subject.
    """
    if not gap or gap[-1][2].casefold() not in WORDS.coordinators:
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
    if named is None or named.group(1).casefold() in WORDS.not_names or not _is_person_name(named.group(1)):
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
    if subject is None or subject.group(1) in WORDS.leading:
        return None
    return _Said(
        _span(text, last.start(), last.end()), _span(text, subject.start(1), subject.end(1)), "after"
    )


_QUOTED_AS = re.compile(
    r"(?:[ \t]+(?:was|is|were|are|has[ \t]+been|had[ \t]+been))?[ \t]+quoted[ \t]+as[ \t]+$"
)
"""A passive that makes a cue of a verb's ``-ing`` form: ``he was quoted as saying``, ``quoted as
adding``; the speaker is the subject before it."""


_QUOTED_NAME_AS = re.compile(
    r"(?<![\w-])quot(?:ed|es|ing)[ \t]+((?:[A-Z][\w'\u2019.-]*[ \t]+){0,3}[A-Z][\w'\u2019-]+)[ \t]+as[ \t]+$"
)
"""The active of that passive: ``Kyodo quoted Wang as saying``; the speaker is the name quoted."""


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
        if tokens[0][2].casefold() in WORDS.leading | WORDS.adverbial | {"of"}:
            continue  # "“early entry” into force of the agreement, the ministry said"
        if text[part[0] - 1 : part[0]] == "(":
            continue  # "(RAA)"
        if _name_run(tokens) or tokens[-1][2].casefold() in _pronouns("en") | WORDS.group_pronouns:
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
    pronouns = _pronouns("en") | WORDS.possessives | _other_pronouns()
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


@functools.cache
def _speaker_words() -> dict[str, Any]:
    """``speaker_words.json``, beside this module: the words the speaker finder reads around a name."""
    path = Path(__file__).with_name("speaker_words.json")
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


@functools.cache
def _not_person_heads() -> frozenset[str]:
    """The words that open a capitalised name that is never a person's (``speaker_words.json``)."""
    return frozenset(_speaker_words()["not_person_heads"])


@functools.cache
def _not_person_tails() -> frozenset[str]:
    """The words that end a capitalised name that is a news outlet's (``speaker_words.json``)."""
    return frozenset(_speaker_words()["not_person_tails"])


@functools.cache
def _joined_particle() -> "re.Pattern[str]":
    """A lowercase particle joined to a capitalised family name: ``al-Jubeir`` (``speaker_words.json``)."""
    particles = "|".join(map(re.escape, _speaker_words()["joined_name_particles"]))
    return re.compile(rf"(?:{particles})-[A-Z][\w'\u2019-]*")


def _is_name_word(word: str) -> bool:
    return (
        (word[:1].isupper() and word.casefold() not in WORDS.not_names)
        or word.casefold() in WORDS.connectors
        or (word[:1].islower() and "-" in word and _joined_particle().fullmatch(word) is not None)
    )


def _subject(text: str, start: int, end: int, *, cue: str | None) -> Span | None:  # noqa: C901 - one step a shape
    """The speaker written before the cue: a name, a pronoun or a description."""
    for boundary in _SENTENCE_END.finditer(text, start, end):
        start = boundary.end()
    dated = _DATED_LINE.match(text, start, end)
    if dated is not None:  # "Taipei, Aug. 14 (CNA) Taiwan's Foreign Minister …": a dateline, no speaker
        start = dated.end()
    if cue in WORDS.participles:
        return _participle_subject(text, start, end)
    aside = _DASHED_ASIDE.search(text, start, end)
    if aside is not None and aside.start() > start:  # "the four leaders – the US, … and Japan – stressed"
        end = aside.start()
    parts = _clause_parts(text, start, end)
    relative = len(parts) > 1 and parts[-1][0][2].casefold() in WORDS.relatives and len(parts[-1]) <= 3
    while len(parts) > 1 and parts[-1][0][2].casefold() in WORDS.relatives:
        parts.pop()  # "Jens Stoltenberg, qui s'exprimait au côté de Fumio Kishida, a prévenu"
    while len(parts) > 1 and _is_adverbial(parts[-1], set_off="," in text[parts[-1][-1][1] : end]):
        parts.pop()  # "Kishida Fumio, in his address to the House of Representatives, said"
    parts[-1:] = [_after_subordinator(_before_unset_relative(part)) for part in parts[-1:]]
    if len(parts) > 1 and len(parts[-1]) == 1 and parts[-1][0][2].casefold() in WORDS.where:
        # "fez um discurso na Universidade de Keio, em Tóquio, onde disse": the clause's subject
        main = [p for p in parts[:-1] if p[0][2].casefold() not in WORDS.prepositions]
        if main:  # its first name, before its verb: "Stoltenberg também fez um discurso na …"
            return _first_name(text, main[-1][0][0], main[-1][-1][1])
    for i in range(len(parts) - 1, -1, -1):
        if i and (_prepositional(parts[i]) or parts[i][0][2].casefold() in WORDS.relatives):
            continue  # "se refirió al aumento …, que ascendieron …, a la importancia de …, y aseguró"
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


def _prepositional(tokens: list[tuple[int, int, str]]) -> bool:
    """Whether a clause part is a preposition and its article's noun: ``a la importancia de …``.

    Such a part (the object of a verb before it, in a list of them) names no subject; an article
    right after the preposition tells the preposition from the English article ``a``.
    """
    return (
        len(tokens) > 2
        and tokens[0][2] in WORDS.object_prepositions
        and tokens[1][2].casefold() in WORDS.foreign_articles | WORDS.name_articles - {"a", "o"}
    )


def _is_predicate(part: list[tuple[int, int, str]], found: Span) -> bool:
    """Whether a clause part is a verb and its object: a lowercase word, no article, before ``found``.

    ``found`` is a common noun's phrase (``a confiança nele depositada``), not a name after its verb
    (``añadió Kishida``, where the subject follows the verb).
    """
    first = part[0][2]
    return (
        first[:1].islower()
        and found.text[:1].islower()
        and first.casefold() not in WORDS.determiners | WORDS.foreign_articles | WORDS.name_articles
        and found.start > part[0][0]
    )


def _before_unset_relative(part: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words of a clause part before a relative pronoun of ``unset_relatives`` after its first word.

    ``Jens Stoltenberg who is scheduled to meet … officials … said``: the words before *who*. A
    clause whose object the relative *that* or *which* stands for, with a name alone between it and
    the cue (``An intercontinental ballistic missile that North Korea said``), has that name as its
    subject.
    """
    objects = [i for i, t in enumerate(part) if i and t[2] in {"that", "which"}]
    if objects and objects[-1] + 1 < len(part) and all(t[2][:1].isupper() for t in part[objects[-1] + 1 :]):
        return part[objects[-1] + 1 :]
    at = next((i for i, t in enumerate(part) if i and t[2].casefold() in WORDS.unset_relatives), len(part))
    return part[:at]


def _after_subordinator(part: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words of a clause part after the last subordinator inside it that opens the cue's own clause.

    ``Marcos made the remarks after the Philippines accused``, ``The remarks came after the US
    President … said``: the subordinate clause holds the cue, and its subject is the words after
    the subordinator, not the main clause's.
    """
    at = [i for i, t in enumerate(part) if i and t[2].casefold() in WORDS.clause_openers]
    return part[at[-1] + 1 :] if at and at[-1] + 1 < len(part) else part


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
            tokens[-1][2].casefold() in WORDS.skippable
            or _is_adverb(tokens[-1][2])
            or tokens[-1][2] in _foreign_adverbs()  # "Yoshimasa ha inoltre definito"
        ):
            tokens.pop()
        if tokens:
            parts.append(tokens)
    return parts


@functools.cache
def _foreign_adverbs() -> frozenset[str]:
    """Sentence adverbs of languages other than English: the ``openers`` of those languages."""
    return frozenset(
        w for language, words in _openers_by_language().items() if language != "en" for w in words
    )


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
        if word[:1].islower() and (word.endswith("ed") or word in WORDS.clause_verbs):
            break
        end += 1
    return _span(text, tokens[0][0], tokens[end - 1][1])


def _is_adverbial(tokens: list[tuple[int, int, str]], *, set_off: bool = True) -> bool:
    """Whether a part of a clause is adverbial, so no speaker.

    It is when set off by a comma from what follows, opening with a preposition or subordinator and
    naming no pronoun; ``since Article 9 states`` and ``in light of what Washington calls``, right
    before their cue, hold its subject.
    """
    first, last = tokens[0][2].casefold(), tokens[-1][2].casefold()
    return set_off and first in WORDS.adverbial and last not in _pronouns("en") | WORDS.group_pronouns


def _main_clause(text: str, start: int, end: int) -> int:
    """Where the first comma-separated part that is not adverbial starts, between ``start`` and ``end``."""
    for match in re.finditer(r"[^,\u2014;]+", text[start:end]):
        tokens = _tokens(text, start + match.start(), start + match.end())
        if tokens and not _is_adverbial(tokens):
            return start + match.start()
    return start


def _is_adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower()  # "also", "later", not "Daily"


def _part_subject(  # noqa: PLR0911, PLR0912, C901 - one return a rule
    text: str, tokens: list[tuple[int, int, str]], before: list[tuple[int, int, str]] | None
) -> Span | None:
    """The speaker named by one comma-separated part of an attribution clause."""
    tokens = _without_time_tokens(tokens)
    while len(tokens) > 1 and tokens[-1][2].casefold() in WORDS.auxiliaries:
        tokens = tokens[:-1]  # "Kishida hat gesagt", "Rutte heeft gezegd"
    inside = [i for i, t in enumerate(tokens) if i and t[2].casefold() in WORDS.verb_final_auxiliaries]
    if inside:  # "Japans Verteidigungsminister hat auf einer Konferenz erklärt": before the auxiliary
        tokens = tokens[: inside[0]]
    pronoun = tokens[0][2].casefold() in _singular_pronouns()
    if pronoun and all(t[2][:1].islower() for t in tokens[1:]):
        tokens = tokens[:1]  # "Он также вновь подчеркнул": the adverbs after the pronoun are no subject
    last = tokens[-1][2]
    if last.casefold() in _pronouns("en") | WORDS.group_pronouns | WORDS.first_person | _pronouns("fr") | {
        "you"
    } or (
        last in _other_pronouns() or last.casefold() in WORDS.latter  # "Por sua vez este afirmou"
    ):
        return _span(text, tokens[-1][0], tokens[-1][1])  # "he said"; "il a ajouté", "Ele pediu"
    lowercase = any(t[2][:1].islower() and t[2] not in {"and", "or"} for t in tokens[1:])
    aside = before is not None and (text[before[0][0] - 1 : before[0][0]] == "(" or _is_adverbial(before))
    if (
        tokens[0][2].casefold() in {"a", "an", "the"} and lowercase and before is not None and not aside
    ):  # "Ishiba, a former minister,"; not "During the first Dialogue (Quad), the four leaders"
        earlier = _name_run(before)
        if earlier and any(
            t[2].casefold() in WORDS.collectives for t in tokens
        ):  # "Japan, a group known as Quad"
            return _span(text, earlier[0][0], tokens[-1][1])
        if earlier and _is_person_name(" ".join(t[2] for t in earlier)):
            return _span(text, earlier[0][0], earlier[-1][1])
    if before is not None and not aside and _opens_with_title(tokens):
        earlier = _name_run(before)  # "Joseph Wu, secretario general del consejo de …, afirmó"
        if earlier and len(earlier) == len(before) and _is_person_name(" ".join(t[2] for t in earlier)):
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


_APPOSED_TITLE_WORDS = 3
"""How many lowercase words at most may open a description before the title word that heads it:
``deputy assistant secretary of defense``."""


def _opens_with_title(tokens: list[tuple[int, int, str]]) -> bool:
    """Whether a clause part is a lowercase description headed by a person's title.

    ``deputy assistant secretary of defense for …``, ``secretario general del consejo …``,
    ``porte-parole du ministère …``: set off by commas after a name, it describes that name, and
    the capitalised words inside it (the body, the region) are no speaker.
    """
    head = tokens[:_APPOSED_TITLE_WORDS]
    if not head or not all(t[2][:1].islower() for t in head):
        return False
    for token in head:
        word = token[2].casefold()
        if word in WORDS.determiners | WORDS.name_articles | WORDS.of_words:
            return False
        if (
            word in WORDS.person_nouns
            or _PERSON_TITLES.search(word) is not None
            or _TITLE_HEAD.search(word) is not None
            or _foreign_titles().fullmatch("el " + word) is not None
        ):
            return True
    return False


def _without_time_tokens(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A subject's words without the day that ends them: ``Gilberto Teodoro Jr. on Wednesday`` said.

    The words before the day stay; a day with nothing before it is left as it is.
    """
    if len(tokens) < 2 or tokens[-1][2].casefold() not in WORDS.time_words:
        return tokens
    cut = len(tokens) - 1
    if cut > 1 and tokens[cut - 1][2].casefold() in WORDS.time_prepositions:
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


def _name_after_title(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """The name of a title's holder written after the title and its scope: the name, without them.

    ``PCG Spokesperson for the West Philippine Sea Jay Tarriela said`` and ``Minister for Foreign
    Affairs Penny Wong said`` are said by the person: a title's noun, a preposition opening its scope,
    the scope's capitalised words, and a person's name of two words (or three) ending the part.
    """
    at = next((i for i, t in enumerate(tokens) if _TITLE_NOUN.fullmatch(t[2])), None)
    if at is None or at + 1 >= len(tokens) or tokens[at + 1][2] not in WORDS.title_scope:
        return None
    scope = tokens[at + 2 :]
    if any(t[2].endswith(".") or len(t[2]) == 1 for t in scope[-3:]):
        return None  # "Mylene J. Garcia-Albano": a name with an initial is read as a whole elsewhere
    if not all(t[2] in WORDS.scope_words or (t[2][:1].isupper() and _is_name_word(t[2])) for t in scope):
        return None
    for size in (2, 3):
        tail = scope[-size:]
        set_off = len(scope) > size and scope[-size - 1][2] not in WORDS.scope_words | {"Mr.", "Ms.", "Dr."}
        if (
            set_off
            and all(t[2][:1].isupper() for t in tail)
            and _is_person_name(" ".join(t[2] for t in tail))
        ):
            return tail
    return None


def _group(tokens: list[tuple[int, int, str]], text: str) -> Span | None:
    """A group speaker headed by a plural noun: ``officials``, ``the Quad leaders``, ``sources close to``."""
    heads = [i for i, t in enumerate(tokens) if t[2].casefold() in WORDS.group_nouns]
    if not heads:
        return None
    head = heads[0]
    if head + 1 < len(tokens) and tokens[head + 1][2].casefold() not in WORDS.group_postmodifiers:
        return None
    first = head
    while first > 0 and head - first < _GROUP_MODIFIERS:
        word = tokens[first - 1][2].casefold()
        if word in WORDS.determiners:
            first -= 1
            break
        if word in WORDS.small | WORDS.leading | WORDS.skippable | _pronouns(
            "en"
        ) | WORDS.group_pronouns or _is_adverb(word):
            break
        first -= 1
    return _span(text, tokens[first][0], tokens[-1][1])


_GROUP_MODIFIERS = 4
"""How many words before its plural noun a group speaker's description may run."""


def _description(tokens: list[tuple[int, int, str]], text: str) -> Span | None:
    if not tokens:
        return None  # a cue right at the start: no words before it
    title = _foreign_titles().match(text, tokens[0][0], tokens[-1][1])
    if title is not None:  # "El secretario general de la OTAN afirmó": a title that stands for a name
        return _span(text, tokens[0][0], title.end())
    for i, (_, _, word) in enumerate(tokens):
        if word.casefold() in WORDS.determiners:
            if i > 1 and tokens[i - 1][2].casefold() in WORDS.phrase_prepositions:
                # "Jens Stoltenberg at a meeting with PM Kishida described": the phrase after the
                # preposition is where, and the subject is the name before it
                run = _name_run(tokens[: i - 1])
                return _span(text, run[0][0], run[-1][1]) if run else None
            described = tokens[i:]
            names = " ".join(w for _, _, w in described)
            lowercase = any(
                w[:1].islower() and w.casefold() not in WORDS.determiners for _, _, w in described[1:]
            )
            if lowercase or _PERSON_TITLES.search(names):
                return _span(text, described[0][0], described[-1][1])
            return None
    return None


def _name_run(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The trailing run of capitalised words (a name, perhaps with its title)."""
    run: list[tuple[int, int, str]] = []
    for token in reversed(tokens):
        if _is_name_word(token[2]) and token[2].casefold() not in WORDS.leading:
            run.insert(0, token)
        else:
            break
    while (
        run
        and run[0][2].casefold() in WORDS.connectors
        and not (run[0][2][:1].isupper() and run[0][2].casefold() in WORDS.name_particles and len(run) > 1)
        and not (run[0][2] in _opening_particles() and len(run) > 1)
    ):
        run.pop(0)  # "of", "and"; not the particle that opens "De Coubertin", "Van Rompuy", "von der Leyen"
    while run and run[-1][2] in WORDS.connectors:
        run.pop()  # "Stoltenberg le transmitió": a lowercase particle ends no name; a clitic pronoun
    return run


def _first_name(text: str, start: int, end: int) -> Span | None:
    """The first run of capitalised words between ``start`` and ``end``."""
    run: list[tuple[int, int, str]] = []
    tokens = _tokens(text, start, end)
    for i, token in enumerate(tokens):
        if not run and token[2] in WORDS.connectors:
            continue  # "der ukrainische Präsident Wolodymyr Selenskyj": no name opens with "der"
        if _is_name_word(token[2]) and token[2].casefold() not in WORDS.leading | WORDS.determiners:
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
    while run and run[-1][2].casefold() in WORDS.connectors:
        run.pop()
    return _span(text, run[0][0], run[-1][1]) if run else None


def _object(text: str, start: int, end: int) -> Span | None:
    """The speaker written after the cue: ``said PM Modi``, ``according to the NHK``.

    A day or *yesterday* right after the cue is skipped: ``a déclaré vendredi Mao Ning``.
    """
    tokens = list(
        itertools.dropwhile(lambda t: t[2].casefold() in WORDS.time_words, _tokens(text, start, end))
    )[:8]
    if not tokens:
        return None
    if tokens[0][2].casefold() in _pronouns("en") or tokens[0][2] in _other_pronouns():
        return _span(text, tokens[0][0], tokens[0][1])
    run: list[tuple[int, int, str]] = []
    unarticled = WORDS.unarticled_titles
    for i, token in enumerate(tokens):
        word = token[2]
        articles = WORDS.determiners | WORDS.foreign_articles
        opens_name = i + 1 < len(tokens) and _is_name_word(tokens[i + 1][2])
        if not run and word in _opening_particles() and opens_name:
            run.append(token)  # "sagte von der Leyen", "said van der Bellen"
            continue
        if not run and word.casefold() in WORDS.connectors - articles:
            break  # "advirtió de su creciente presencia": no name opens with "de"
        opener = bool(run) and (run[0][2].casefold() in articles or run[0][2] in unarticled)
        described = opener and word[:1].islower()
        if described and word in _foreign_function_words(text) and word not in WORDS.of_words | articles:
            break  # "precisó el diplomático a la cadena": the description ends at its preposition
        titled = (
            all(t[2].casefold() in WORDS.lowercase_titles for t in run)
            and word.casefold() in WORDS.lowercase_titles
        )
        if (
            _is_name_word(word)
            or (not run and (word.casefold() in articles or word in unarticled))  # "сказал глава региона"
            or (described and len(run) < 6)
            or titled  # "zei secretaris-generaal Mark Rutte", "disse o ministro"
            or _noun_before_name(tokens, i)  # "said resident Lara Moss", "said Red Cross volunteer Ben Ode"
        ):
            run.append(token)
        else:
            break
        if "," in text[token[1] : token[1] + 1] or _ends_sentence(text, token):
            break
    found = _named_after_noun(text, run, end) or _run_span(text, run)
    if found is None or _foreign_titles().fullmatch(found.text):
        return found
    return (
        _apposed_name(text, found, end)
        or _titled_tail(text, found, end)
        or _body_titled(text, found, end)
        or found
    )


@functools.cache
def _opening_particles() -> frozenset[str]:
    """Lowercase particles that open a family name written alone: ``von der Leyen``, ``van der Bellen``.

    They are the name particles that are no article or determiner.
    """
    return WORDS.name_particles - WORDS.foreign_articles - WORDS.name_articles - WORDS.determiners


def _noun_before_name(tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the token at ``at`` is a lowercase noun of a person with a name word right after it.

    ``resident``, ``volunteer``, ``commissioner``: the description before a name.
    """
    word = tokens[at][2]
    return (
        word[:1].islower()
        and word.casefold() in WORDS.person_nouns
        and at + 1 < len(tokens)
        and _is_name_word(tokens[at + 1][2])
        and tokens[at + 1][2].casefold() not in WORDS.connectors
    )


def _named_after_noun(text: str, run: list[tuple[int, int, str]], end: int) -> Span | None:
    """The person's name right after the last lowercase noun of a person in a run after a cue.

    ``said Red Cross volunteer Ben Ode``, ``said resident Lara Moss``: the body before the noun
    describes the person; the name after it speaks. None when no such noun stands in the run or the
    words after it are no person's name.
    """
    nouns = [i for i, t in enumerate(run) if t[2][:1].islower() and t[2].casefold() in WORDS.person_nouns]
    if not nouns or nouns[-1] + 1 >= len(run) or not run[nouns[-1] + 1][2][:1].isupper():
        return None  # "el ministro de Defensa": the scope of a title, no name
    if all(t[2].casefold() in WORDS.lowercase_titles for t in run[: nouns[-1] + 1]):
        return None  # "zei secretaris-generaal Jens Stoltenberg": a title the run keeps with the name
    noun_end = run[nouns[-1]][1]
    name = _first_name(text, noun_end, end)  # the whole name, past the words the run read
    if name is None or text[noun_end : name.start].strip():
        return None
    return name if _is_person_name(name.text) else None


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
    if run and _foreign_titles().fullmatch(text, run[0][0], run[-1][1]):
        return _span(text, run[0][0], run[-1][1])
    if len(run) > 1 and run[0][2].casefold() == "the" and _PERSON_TITLES.fullmatch(run[-1][2]):
        return _span(text, run[0][0], run[-1][1])  # "mentioned the French President."
    while run and run[-1][2].casefold() in WORDS.connectors | WORDS.determiners | WORDS.lowercase_titles:
        run.pop()
    return _span(text, run[0][0], run[-1][1]) if run else None


_TAIL_WORDS = 14
"""How many words a title's description after a cue may run before the name that ends it."""


def _titled_tail(text: str, described: Span, end: int) -> Span | None:
    """A title's description after a cue that goes on to its holder's name: the description and name.

    ``a déclaré le porte-parole du ministère chinois des Affaires étrangères Lin Jian.``: the words
    up to the clause's end, when a person's name of two words or more ends them.
    """
    if not _foreign_titles().match(described.text):
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
    if first not in WORDS.foreign_articles | {"the"} or not (
        _foreign_titles().match(described.text) or _PERSON_TITLES.search(described.text)
    ):
        return None
    match = _APPOSITION.match(text, described.end, end)
    if match is None or not _is_person_name(match.group(1)):
        return None
    return _span(text, match.start(1), match.end(1))


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
    if cue.text.casefold() in WORDS.addressing_cues:
        return None
    clause = re.match(r"[^,.;:!?()\n\u201c\u201d\u00ab\u00bb\"]*", text[cue.end : end])
    stop = cue.end + (clause.end() if clause else 0)
    tokens = _tokens(text, cue.end, stop)
    if not tokens or len(tokens) > _DESCRIPTION_WORDS:
        return None
    articles = WORDS.foreign_articles | WORDS.name_articles | {"the"}
    opening = next((i for i, t in enumerate(tokens) if t[2].casefold() in articles), None)
    if opening is None or opening > 3:
        return None
    if opening and tokens[opening - 1][2].casefold() in WORDS.object_prepositions:
        return None  # "dijo a la portavoz, …": whom it was said to
    described = text[tokens[opening][0] : stop]
    if _foreign_titles().match(described) is None and _PERSON_TITLES.search(described) is None:
        return None
    named = _NAMED_AFTER_COMMA.match(text, stop, end)
    if named is None or not _is_person_name(named.group(1)):
        return None
    return _span(text, named.start(1), named.end(1))


def _needs_antecedent(words: str) -> bool:
    folded = words.casefold()
    if folded in _singular_pronouns() | WORDS.possessives:  # "he said", "Ele pediu"
        return True
    if _foreign_titles().match(words):  # "disse o chefe do governo japonês"; not folded: "ß" folds to "ss"
        return True
    return folded.split()[0] == "the" and bool(_PERSON_TITLES.search(folded))


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
    token = _first_token(text, cue.end, end)
    if token is None:
        return None
    first = token[2]
    if first in _other_pronouns() and text[cue.end : token[0]].isspace():
        return _span(text, token[0], token[1])
    if first in WORDS.indefinite - {"a", "an"} and text[cue.end : token[0]].isspace():
        # "…”, denunció una vecina afectada.": an unnamed source
        return _object(text, cue.end, end) or _indefinite_after(text, token, end)
    if (
        not (first[:1].isupper() or first in WORDS.definite or first in _opening_particles())
        or not text[cue.end : token[0]].isspace()
    ):
        return _clause_final_subject(text, cue.end, end)
    found = _object(text, cue.end, end)
    if found is None:
        return None
    if first in WORDS.definite:
        run = _name_run(_tokens(text, found.start, found.end))
        named = len(run) > 1 and _is_person_name(text[run[0][0] : run[-1][1]])
        body = _FOREIGN_BODY.search(found.text) is not None
        # "erklärte die NATO, sie teile …": an acronym after its article, ending the clause, is a body
        acronym = len(run) == 1 and run[0][2].isupper() and len(run[0][2]) > 1 and found.end == run[0][1]
        acronym = acronym and re.match(r"[ \t]*[,.;:]", text[found.end : found.end + 3]) is not None
        return found if named or body or acronym or _foreign_titles().match(found.text) else None
    if not _is_person_name(found.text):
        return None
    ends_clause = re.match(r"[ \t]*(?:[,.;:!?)]|$)", text[found.end : found.end + 3]) is not None
    return found if len(found.text.split()) > 1 or ends_clause else None


_INDEFINITE_WORDS = 5
"""Words at most of an unnamed source after a cue: its article and the lowercase words that describe it."""


def _indefinite_after(text: str, article: tuple[int, int, str], end: int) -> Span | None:
    """An unnamed source right after a cue, its indefinite article first: ``denunció una vecina afectada``.

    The article and the lowercase words after it, spaces alone between them: the source is
    described, never named, and keeps its description with no actor. None when no such word
    follows the article (``consideró una “…”``: the article is the quote's own).
    """
    last = article
    for token in _tokens(text, article[1], end)[: _INDEFINITE_WORDS - 1]:
        if not token[2][:1].islower() or not text[last[1] : token[0]].isspace():
            break
        last = token
    return None if last is article else _span(text, article[0], last[1])


_CLAUSE_END = re.compile(r"[,.;:!?\n]")


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
    if any(_bare(t[2]) in WORDS.subordinate for t in tokens):
        return None
    run = _name_run(tokens)
    if len(run) < 2 or len(run) == len(tokens) or _named_in_phrase(tokens, tokens.index(run[0])):
        return None
    at = tokens.index(run[0])
    if tokens[at - 1][2].casefold() in WORDS.object_prepositions:
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
        and noun.casefold() not in WORDS.lowercase_titles
        and _TITLE_HEAD.search(noun) is None
        and article.casefold() in WORDS.determiners | WORDS.foreign_articles
        and preposition.casefold() in WORDS.object_prepositions
    )


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
        offices = [i for i, w in enumerate(words[:-2]) if w.group().casefold() in WORDS.run_offices]
        if offices and len(words) > _RUN_WORDS:
            begin = start + m_start + words[offices[-1] + 1].start()
            found.append(_span(text, begin, start + m_start + len(name)))
        elif len(words) <= _RUN_WORDS:
            found.append(_span(text, start + m_start, start + m_start + len(name)))
        else:  # the first five words, as a run of that length was read before
            found.append(_span(text, start + m_start, start + m_start + words[_RUN_WORDS - 1].end()))
    return found


_RUN_WORDS = 5
"""Words at most of a name's run with no office in it."""


def _bare(word: str) -> str:
    """A word in lowercase without the article elided before it: ``l’ambassadeur`` is ``ambassadeur``."""
    return re.sub(r"^[ld]['\u2019]", "", word.casefold())


def _is_person_name(words: str) -> bool:
    """Whether ``words`` look like a person's name: capitalised, not an institution, not a pronoun."""
    tokens = words.split()
    if (
        not tokens
        or _INSTITUTION.search(words)
        or tokens[0].casefold() in WORDS.determiners | WORDS.name_articles
    ):
        return False  # "the Secretary General", "Il Giappone", "El Gobierno"
    if tokens[0].casefold() in _not_person_heads() or (
        len(tokens) > 1 and tokens[-1].casefold() in _not_person_tails()
    ):
        return False  # "Hurricane Florence", "Video", "Kyodo News": a storm, a page's label, an outlet
    pronouns = _singular_pronouns() | WORDS.group_pronouns | {"i", "we", "you"}
    if len(tokens) == 1 and tokens[0].casefold() in pronouns:
        return False
    return all(_is_name_word(t) for t in tokens) and tokens[-1].casefold() not in _TITLE_WORDS


_GOVERNED_WORDS = 6
"""How near, in words and with no comma between, a cue before a one-word quote must stand to give it."""
