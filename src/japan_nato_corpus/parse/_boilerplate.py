"""Site furniture: which lines of a page are navigation, prompts, notices and lists.

Every pattern is anchored to a whole stripped line and bounded, so matching
costs at most a constant amount of work a character.
"""

import functools
import json
import re
from pathlib import Path
from typing import Any

from japan_nato_corpus.model import BoilerplateKind
from japan_nato_corpus.parse._limits import (
    CREDIT_LINE_CHARS,
    CREDIT_WORDS,
    FRONT_MATTER_CHARS,
    FRONT_MATTER_KEYWORD_CHARS,
    LANGUAGE_MIN_WORDS,
    READ_ON_BUTTON_CHARS,
    READ_ON_BUTTONS,
)

_I = re.IGNORECASE
APPEAL_CHARS = 200
"""The longest line read as a reader appeal; a longer line is the story's own prose."""
_K = BoilerplateKind

_RULES: tuple[tuple[BoilerplateKind, re.Pattern[str]], ...] = (
    (
        _K.COMMENT_POLICY,
        re.compile(
            r"(?:we welcome comments|comment policy|comments are (?:closed|moderated)"
            r"|your email(?: address)? will not be published|required fields are marked"
            r"|this discussion is (?:now )?closed|views expressed in the comments)",
            _I,
        ),
    ),
    (_K.DISCLAIMER, re.compile(r"disclaimer\b|the views expressed (?:in this|here)", _I)),
    (
        _K.COPYRIGHT,
        re.compile(
            r"(?:[\[(]?(?:copyright\b|©|\(c\) ?\d{4})|all rights reserved|[^\n]{0,200}(?:copyrighted material"
            r"|fair use|all rights reserved))",
            _I,
        ),
    ),
    (
        _K.NAVIGATION,
        re.compile(
            r"(?:back to top(?: button)?"
            r"|skip to (?:the )?(?:main )?(?:content|video|navigation|search|footer)"
            r"|\d{1,3}[- ]?min(?:ute)?s?\.? read\b|(?:region|theme|topics?|tags?"
            r"|categor(?:y|ies)|section|filed under)s?:|next article|previous article|continue reading"
            r"|read more|home ?[›>»|/])",
            _I,
        ),
    ),
    (
        _K.PROMPT,
        re.compile(
            r"(?:\[?share this|\[?like this|\[?sign up\b|\[?subscribe\b|\[?follow us|\[?become a member"
            # a call to the site's social links alone on its line ("Connect with us", "Stay in touch with us")
            r"|(?:connect|stay[^\S\n]+connected|stay[^\S\n]+in[^\S\n]+touch|get[^\S\n]+in[^\S\n]+touch|engage)"
            r"[^\S\n]+with[^\S\n]+us[^\S\n]*[.:!]?\Z"
            r"|\[?comment on [^\n]{0,80}facebook|\[?leave a (?:reply|comment)|\[?click (?:here|on the link)"
            r"|\[?download (?:the|our) app|\[?support (?:us|our)|\[?donate\b|\[?join (?:us|the discussion)"
            r"|for media inquiries|contact us\b|loading(?: comments)?(?:\.\.\.|…)"
            r"|\[?share (?:on|via|this|article)\b"
            r"|(?:we )?would love (?:your|to hear your) (?:thoughts|feedback|comments)"
            r"|listen to (?:this|the) (?:article|story)|summari[sz]e (?:this|the) (?:article|story)"
            r"|(?:try|ask|use) (?:our |the )?(?:new )?ai\b|\[?sign in\b|\[?log in\b"
            r"|an official website of|here['’]s how you know"
            r"|shopping (?:cart|bag|basket)\b|your (?:shopping )?(?:cart|basket|bag)\b|view (?:cart|basket)\b"
            r"|add to (?:cart|basket)\b)",
            _I,
        ),
    ),
)
_NOTICE = re.compile(
    r"(?:advertisement|sponsored(?: content)?"
    r"|(?:[^\s]{1,40} ){1,8}contributed (?:reporting )?(?:to )?(?:this|the) (?:report|story|article)\.?"
    r"|(?:[-–—•*][^\S\n]{0,3})?this (?:is a )?(?:breaking |developing )?(?:news )?(?:story|article|report)"
    r"(?: (?:and|that))? (?:will be|has been|is being) updated[^\n]{0,80}?"
    r"|(?:[-–—•*][^\S\n]{0,3})?(?:this (?:is a )?)?(?:breaking|developing)(?: news)? (?:story|article|report)"
    r"(?:[.!]|[.!,;:]?[^\S\n][^\n]{0,80}?\b(?:check back|updates?|updated|more to come|details)\b"
    r"[^\n]{0,20}?)?"
    r"|\(?(?:the )?(?:cover )?(?:image|photo|picture)s? (?:is|are)"
    r" (?:for )?illustrative(?: purposes? only)?\.?\)?)",
    _I,
)
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[^\S\n]?[ap]\.?m\.?)?", _I)
"""A time alone on its line: an entry of a site's clock or of a list of timed updates."""
_FILLER_TEXT = re.compile(
    r"[^\n]{0,200}?\b(?:lorem ipsum|dolor sit amet|consectetur|adipisicing|possimus|voluptatibus"
    r"|praesentium|repellendus)\b",
    _I,
)
"""A template's placeholder text ("Lorem ipsum dolor sit amet ..."), never a story's prose."""
_FILLER_WORDS = (
    "lorem ipsum", "dolor sit amet", "consectetur", "adipisicing", "possimus", "voluptatibus",
    "praesentium", "repellendus",
)  # fmt: skip


def _may_be_filler(line: str) -> bool:
    # A plain substring test first: the pattern's scan over a line's first 200 characters is dearer.
    folded = line[:240].casefold()
    return any(word in folded for word in _FILLER_WORDS)


PROMPT_CHARS = 100
"""The longest line on a newsletter read as a prompt; a longer line is the story's own prose."""
_NEWSLETTER = re.compile(r"[^\n]{0,60}\bnewsletters?\b[^\n]{0,60}", _I)
_CALL_TO_ACTION = re.compile(
    r"[^\n]{0,80}?[^\S\n](?:sign up|sign in|log in|subscribe|register|learn more|join now|read more)"
    r"(?:[^\S\n](?:now|today|here|for free))?[!.]?",
    _I,
)
"""A prompt that closes with its button ("Do you agree to our terms? Sign up")."""
_TO_CHANNEL = re.compile(
    r"[^\n]{1,80}?[^\S\n](?:on|in|at|via|di|en|auf|sur|su|no|na|w|op|på)[^\S\n]"
    r"(?:google news|telegram|whatsapp|youtube|instagram|facebook|twitter|tiktok|linkedin|threads)",
    _I,
)
"""A prompt that sends the reader to a channel, closing on its name, with no sentence's end
("Cek Berita dan Artikel yang lain di Google News", "Watch the latest videos on YouTube")."""
_TAGLINE = re.compile(
    r"(?:[^\n]{1,60}['’]s|the|your)[^\S\n]{1,3}"
    r"(?:(?:official|own|online|digital|weekly|monthly|daily|independent|favou?rite)[^\S\n]{1,3}){0,2}"
    r"(?:magazine|blog|newsletter|journal|website|news (?:site|portal|source))"
    r"(?:[^\S\n]{1,3}(?:for|on|of)[^\S\n]{1,3}[^\n]{1,60})?",
    _I,
)
"""A site's line about itself ("The Council on Geostrategy's online magazine")."""
_SOCIAL = re.compile(
    r"(?:share|tweet|email|print|like|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|"
    r"pinterest|reply|report)",
    _I,
)
_APPEAL = re.compile(r"[^\n]{0,200}?\b(?:subscri(?:be|bing|ption)|journalism)\b[^\n]{0,200}", _I)
"""A line on subscribing or on journalism, in full: a reader appeal when it speaks to the reader."""
_TO_READER = re.compile(r"\b(?:you|your|us|our)\b|\bmore (?:crucial|important|vital|needed) than ever\b", _I)
"""Words that turn a line on subscribing or journalism into an appeal: "By subscribing, you can help us"."""
_SUBSCRIBE_STEMS = ("abonn", "suscr", "iscriv", "abbona", "subskryb", "assin", "inscrev", "prenumer", "подпи")
_APPEAL_ABROAD = re.compile(
    r"[^\n]{0,200}?(?<!\w)(?:abonnieren sie|abonniere|abonnez(?:-vous)?|abonne-toi|suscr[ií]b(?:ete|ase|anse)"
    r"|iscriviti|abbonati|abbonatevi|abonneer|(?:za)?subskrybuj|assine|inscreva-se|prenumerera på"
    r"|подпишитесь|подписывайтесь)(?!\w)[^\n]{0,200}",
    _I,
)
"""A reader appeal in another language than English: a line that bids the reader subscribe
("Abonnieren Sie STRATEGIC ALERT jetzt ...", "Abonnez-vous à notre lettre", "Suscríbete ...")."""


def _may_be_appeal_abroad(line: str) -> bool:
    # A plain substring test first, as for the filler text: most lines hold no subscribing word.
    folded = line.casefold()
    return any(stem in folded for stem in _SUBSCRIBE_STEMS)


_MARK = re.compile(r"[•·▪|][^\S\n]{0,3}")
"""A bullet or bar before a share widget's label ("• SHARE")."""
_LIST_HEADING = re.compile(
    r"(?:\"[^\"\n]{1,40}\" ?)?(?:popular articles?|most (?:read|popular|viewed|shared)(?: articles| stories)?"
    r"|(?:[a-z]{1,4} )?access ranking|ranking|related(?: articles| stories| posts| content| news)?"
    r"|you (?:may|might) also like|more like this|recommended(?: for you)?|trending(?: now)?"
    r"|more from [^\n]{1,60}"
    r"|top stories|latest news|featured(?: content| articles)?|editor's picks|read next"
    r"|don['’]t miss|must reads?)",
    _I,
)
_COMMENT_WORDS = (
    r"(?:comments?|kommentare|komentarze|commentaires|commenti|comentarios|comentários|reacties"
    r"|kommentarer|комментарии)"
)
"""The plural that heads a page's reader comments, in the languages of the furniture vocabulary (a
singular alone, "Kommentar", "Commento", is as often an opinion column's label)."""
_ONE_COMMENT = (
    r"(?:comment|kommentar|komentarz|commentaire|commento|comentario|comentário|reactie|комментарий)"
)
_COMMENTS_HEADING = re.compile(
    rf"(?:{_COMMENT_WORDS} ?(?:\(\d{{1,6}}\))?"
    rf"|\d{{1,6}} (?:{_COMMENT_WORDS}|{_ONE_COMMENT}|responses?|replies)"
    r"|\d{1,6} thoughts on [^\n]{1,200})[^\S\n]?:?",
    _I,
)
_CITATION_LABEL = re.compile(
    r"(?:attribution|citation|(?:suggested|recommended) citation|cite (?:this|as)(?: [a-z]{1,12})?"
    r"|how to cite(?: this)?(?: [a-z]{1,12})?|zitiervorschlag|zitierweise|pour citer(?: cet [a-z]{1,12})?"
    r"|come citare(?: questo [a-z]{1,12})?|cómo citar(?: este [a-z]{1,12})?)[^\S\n]?:?",
    _I,
)
_SECTION_LABEL = re.compile(
    r"(?:press|news|media) release|statement|opinion|analysis|commentary|editorial|breaking(?: news)?"
    r"|exclusive|world|asia|europe|politics|international|diplomacy|security|defen[cs]e"
    r"|(?:research |review |original |journal )?article|(?:policy |issue )?brief|working paper",
    re.IGNORECASE,
)
_PAGE_COUNTER = re.compile(
    r"(?:(?:page|pg\.?|p\.|part)[^\S\n]{0,2}\d{1,4}(?:[^\S\n]{0,2}(?:of|/)[^\S\n]{0,2}\d{1,4})?"
    r"|\d{1,4}[^\S\n]{0,2}(?:of|/)[^\S\n]{0,2}\d{1,4})",
    _I,
)
_URL = re.compile(r"<?(?:https?://|www\.)[^\s<>]{1,2000}>?")
_NO_WORDS = re.compile(r"[\W_]{1,2000}")
_LIST_ITEM = re.compile(r"[-•*·▪–—]")


_VOCABULARIES = Path(__file__).parents[1] / "vocabularies"
LABEL_WORDS = 3
"""The most words of a furniture label in another language than English ("Mehr zum Thema",
"Noticias relacionadas", "Leggi anche"); a longer line is one only with a colon in them."""
_LABEL_EDGE = "•·▪|[(«\"'“"


@functools.cache
def function_words() -> frozenset[str]:
    """The function words of every language of ``vocabularies/function_words.json``, casefolded.

    Read once, on first use.
    """
    function = json.loads((_VOCABULARIES / "function_words.json").read_text(encoding="utf-8"))
    return frozenset(word.casefold() for words in function["languages"].values() for word in words)


@functools.cache
def function_words_by_language() -> dict[str, frozenset[str]]:
    """The function words of each language of ``vocabularies/function_words.json``, casefolded."""
    function = json.loads((_VOCABULARIES / "function_words.json").read_text(encoding="utf-8"))
    return {
        language: frozenset(word.casefold() for word in words)
        for language, words in function["languages"].items()
    }


_LOWER_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def language_of(text: str) -> str | None:
    """The language of ``text`` by its function words (``function_words.json``), or ``None``.

    The language whose function words stand in it most often, LANGUAGE_MIN_WORDS times at least
    and more often than any other's; ``None`` where no language leads so.
    """
    words = [word.casefold() for word in _LOWER_WORD.findall(text)]
    counts = sorted(
        (
            (sum(word in vocabulary for word in words), language)
            for language, vocabulary in function_words_by_language().items()
        ),
        reverse=True,
    )
    if not counts or counts[0][0] < LANGUAGE_MIN_WORDS or (len(counts) > 1 and counts[1][0] >= counts[0][0]):
        return None
    return counts[0][1]


@functools.cache
def post_links() -> tuple[str, ...]:
    """The ``post_links`` of ``vocabularies/furniture_words.json``: how an embedded post's link opens."""
    return tuple(_furniture()["post_links"]["links"])


@functools.cache
def spoken_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``spoken_endings`` of ``vocabularies/caption_words.json``, of every language.

    A broadcaster's spoken, polite style's sentence endings first, then the plain style's.
    """
    data = json.loads((_VOCABULARIES / "caption_words.json").read_text(encoding="utf-8"))["spoken_endings"]
    spoken = tuple(ending for endings in data["languages"].values() for ending in endings)
    plain = tuple(ending for endings in data["plain_endings"].values() for ending in endings)
    return spoken, plain


@functools.cache
def furniture_words() -> frozenset[str]:
    """The words of every language of ``vocabularies/furniture_words.json``, casefolded.

    The words that open sharing, reading-on, following, subscription, comment, print, advertising,
    tag and navigation lines ("Compartir", "Partager", "Leggi"). Read once, on first use.
    """
    return frozenset(word.casefold() for words in _furniture()["languages"].values() for word in words)


@functools.cache
def _furniture() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((_VOCABULARIES / "furniture_words.json").read_text(encoding="utf-8"))
    return loaded


def _phrases(*groups: str) -> str:
    """The reading-on phrases of ``groups`` of the furniture vocabulary, as one alternation.

    Longest first, each space standing for one space, so that a phrase is tried before any phrase
    it opens with.
    """
    read_on = _furniture()["read_on"]
    phrases = sorted({phrase for group in groups for phrase in read_on[group]}, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(re.escape(phrase).replace("\\ ", " ") for phrase in phrases) + ")"


@functools.cache
def _read_on_line() -> re.Pattern[str]:
    """A line that opens with a prompt to read on, in this story or another, or a full article's link.

    "Sigue leyendo aquí", "Leer noticia completa en El Mundo.", "Lire aussi", "Baca Juga:": the
    ``further`` and ``elsewhere`` phrases of the furniture vocabulary's ``read_on``; or an
    ``alone`` phrase with no word after it ("Full Article", "Read full story »").
    """
    return re.compile(
        rf"(?:{_phrases('further', 'elsewhere')}|{_phrases('alone')}(?![^\n]*\w))\b[^\n]{{0,60}}", _I
    )


def is_read_on(line: str) -> bool:
    """Whether ``line`` is a prompt alone to read on, here or elsewhere (``Read more``, ``Lue lisää``)."""
    text = line.strip()
    return 0 < len(text) <= PROMPT_CHARS and _read_on_line().fullmatch(text) is not None


@functools.cache
def _other_language_openers() -> frozenset[str]:
    """The words of ``vocabularies/furniture_words.json`` less the function words of any language.

    A word some language uses as a function word ("del", "les", "ver") opens prose as often as
    furniture. Read once, on first use.
    """
    return furniture_words() - function_words()


def _other_language_label(line: str) -> bool:
    # A short label of sharing, reading on, following, subscribing, tags or navigation in the
    # languages of the furniture vocabulary: its first word is one of them, and it is at most
    # LABEL_WORDS words, or has a colon among them ("Mehr aus: Ausland", "Temas: Japón").
    if len(line) > PROMPT_CHARS or line[-1:] in '.!?"”':
        return False
    words = line.split()
    first = words[0].strip(_LABEL_EDGE).rstrip(":").casefold()
    if first not in _other_language_openers():
        return False
    return len(words) <= LABEL_WORDS or ":" in " ".join(words[:LABEL_WORDS])


# One alternation tries every rule in a single pass, in the order of _RULES; the group that
# matched names the kind.
_ANY_RULE = re.compile(
    "|".join(f"(?P<{kind.name}_{i}>{pattern.pattern})" for i, (kind, pattern) in enumerate(_RULES)), _I
)
_KIND_OF_GROUP = {f"{kind.name}_{i}": kind for i, (kind, _) in enumerate(_RULES)}
_NAVIGATION_LINE = re.compile(f"(?:{_SOCIAL.pattern})|(?:{_URL.pattern})", _I)


def boilerplate_kind(line: str) -> BoilerplateKind | None:  # noqa: PLR0911 - one return per kind
    """The kind of site furniture ``line`` (stripped) is, or ``None`` for content."""
    rule = _ANY_RULE.match(line)
    if rule is not None:
        return _KIND_OF_GROUP[str(rule.lastgroup)]
    mark = _MARK.match(line)
    if _NAVIGATION_LINE.fullmatch(line, mark.end() if mark else 0):
        return _K.NAVIGATION
    if is_loading_line(line) or (
        len(line) <= APPEAL_CHARS
        and (
            (_APPEAL.fullmatch(line) and _TO_READER.search(line))
            or (_may_be_appeal_abroad(line) and _APPEAL_ABROAD.fullmatch(line))
        )
    ):
        return _K.PROMPT
    if (
        _NO_WORDS.fullmatch(line)
        or _NOTICE.fullmatch(line)
        or _PAGE_COUNTER.fullmatch(line)
        or _CLOCK.fullmatch(line)
        or (_may_be_filler(line) and _FILLER_TEXT.match(line))
    ):
        return _K.OTHER
    if is_read_on(line):
        return _K.NAVIGATION
    if len(line) <= PROMPT_CHARS and line[-1:] not in '.!?"”':
        if _TAGLINE.fullmatch(line):
            return _K.SITE_NAME
        if _NEWSLETTER.fullmatch(line) or _CALL_TO_ACTION.fullmatch(line):
            return _K.PROMPT
        if _other_language_label(line):
            return _K.NAVIGATION
    return None


LOADING_CHARS = 40
"""The longest line read as a loading indicator; a longer line closed by an ellipsis is a teaser's."""
LOADING_WORDS = 4
"""The most words of a loading indicator ("Loading Intelligence...", "Cargando noticias…")."""
_ELLIPSES = ("...", "…")


@functools.cache
def _loading_words() -> frozenset[str]:
    """The words and phrases of a loading indicator of ``vocabularies/furniture_words.json``, casefolded."""
    groups = _furniture()["loading"]["languages"].values()
    return frozenset(phrase.casefold() for phrases in groups for phrase in phrases)


def is_loading_line(line: str) -> bool:
    """Whether ``line`` (stripped) is a loading indicator: a status line a script replaces with content.

    A few words closed by an ellipsis that open with a word or phrase of loading in the furniture
    vocabulary or close with a phrase of it ("Loading...", "Loading Intelligence...",
    "Chargement des commentaires…", "Seite wird geladen…"), or the whole line one in a script
    written without spaces ("読み込み中…"). A lone word of loading at a line's end is a
    sentence's verb as often ("The crews kept loading...").
    """
    if len(line) > LOADING_CHARS or not line.endswith(_ELLIPSES):
        return False
    head = line.rstrip(".…").strip().casefold()
    words = head.split()
    if not words or len(words) > LOADING_WORDS:
        return False
    loading = _loading_words()
    return (
        head in loading
        or words[0] in loading
        or " ".join(words[:2]) in loading
        or " ".join(words[-2:]) in loading
    )


_PRICE = re.compile(
    r"(?:[$€£¥₹₩]|(?<![^\W\d_])(?:US\$|A\$|C\$|NZ\$|R\$|CHF|EUR|USD|GBP))[^\S\n]?\d{1,6}(?:[.,]\d{1,2})?"
    r"|\d{1,6}(?:[.,]\d{1,2})?[^\S\n]?(?:[€£]|(?:kr|zł|Kč|EUR|USD|CHF|euros?|dollars?)(?![^\W\d_]))",
    _I,
)
"""A price: an amount with its currency's sign or code before or after it ("$4.75", "4,99 €", "CHF 12")."""
_PERIOD_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _billing_periods() -> frozenset[str]:
    """The periods a subscription bills by, of ``vocabularies/furniture_words.json``, casefolded."""
    groups = _furniture()["billing_periods"]["languages"].values()
    return frozenset(word.casefold() for words in groups for word in words)


def is_offer_line(line: str) -> bool:
    """Whether ``line`` states a subscription offer's price: a price and, after it, a period billed by.

    "$1 per week for 24 weeks*", "$4.75/week*", "*Billed as $19 plus GST every four weeks.",
    "4,99 € pro Monat", "Ab 9,90 € par mois". A story's sentence may hold such a price too: a
    page's offer is told by several such lines together over the story (``_page``).
    """
    price = _PRICE.search(line)
    if price is None:
        return False
    periods = _billing_periods()
    return any(word.casefold() in periods for word in _PERIOD_WORD.findall(line, price.end()))


def is_wordless(line: str) -> bool:
    """Whether ``line`` (stripped) holds no words: marks alone, or a time alone (a site clock's entry)."""
    return _NO_WORDS.fullmatch(line) is not None or _CLOCK.fullmatch(line) is not None


def is_list_heading(line: str) -> bool:
    """Whether ``line`` heads a list of other articles ("Most read", "Related Articles")."""
    return _LIST_HEADING.fullmatch(line) is not None


def is_list_item(line: str) -> bool:
    """Whether ``line`` may be an entry of such a list: a bullet, or a short headline."""
    if _LIST_ITEM.match(line):
        return True
    return len(line) <= 200 and line[-1:] not in '.!?:"”'


_BOX_HEADING = re.compile(
    r"(?:about|über|à propos d(?:e|u|es|['’])|acerca de|sobre|informazioni su)[^\S\n]{1,3}[^\n]{1,80}",
    _I,
)
_SHORT_WORD = 3  # "of", "the", "des": a heading's short words may stand in lower case
BOX_HEADING_WORDS = 8
"""The most words of a box's heading ("About the author", "About BOJ Interest Rate Decision")."""


BOX_NOUN_WORDS = 3
"""The most words of a box's heading in a sentence's case: "About", an article and a noun ("About
the author", "About the authors")."""


def is_box_heading(line: str) -> bool:
    """Whether ``line`` heads a box about the author, the site or the topic ("About the author").

    It is a heading: a few words, no sentence end, its words after "About" capitalised or few;
    of :data:`BOX_NOUN_WORDS` words at most, it may stand in a sentence's case ("About the author").
    """
    words = line.split()
    return (
        len(words) <= BOX_HEADING_WORDS
        and line[-1:] not in ".!?:"
        and _BOX_HEADING.fullmatch(line) is not None
        and (
            len(words) <= BOX_NOUN_WORDS
            or all(
                word[:1].isupper() or not word[:1].isalpha() or len(word) <= _SHORT_WORD for word in words[1:]
            )
        )
    )


def is_comments_heading(line: str) -> bool:
    """Whether ``line`` heads the reader comments ("Comments (4)", "12 Responses")."""
    return _COMMENTS_HEADING.fullmatch(line) is not None


def is_citation_label(line: str) -> bool:
    """Whether ``line`` labels how to cite the page ("Attribution:", "Cite this article")."""
    return _CITATION_LABEL.fullmatch(line) is not None


def is_section_label(line: str) -> bool:
    """Whether ``line`` is a genre or section label over a headline ("Press Release", "Opinion")."""
    return _SECTION_LABEL.fullmatch(line) is not None


@functools.cache
def _run_in_read_on() -> re.Pattern[str]:
    """A prompt to read on run into a paragraph's end: after its last sentence or clipped words, or bracketed.

    "… signs of life. Read More...", "… consultados por...Nota completa aquí.", "… monetary
    policy [FULL STORY]", "… “We share the […] Read more": the ``further`` and ``alone`` phrases
    of the furniture vocabulary's ``read_on`` (a prompt to another story is left to the prose),
    with the site's buttons after it, :data:`READ_ON_BUTTONS` words of
    :data:`READ_ON_BUTTON_CHARS` characters at most that end no sentence ("… on Sunday. Read
    more Tweet Share Email").
    """
    words = _phrases("further", "alone")
    return re.compile(
        r"(?:(?<=[.!?…\"”])[^\S\n]{1,3}|(?<=[。！？」』])[^\S\n]{0,3}"
        r"|[^\S\n]{0,3}(?:\.{3}|…|\[(?:\.{3}|…)\])[^\S\n]{0,3}|[^\S\n]{1,3}(?=\[))"
        r"(?:full story:[^\S\n]{0,3})?"
        rf"(?:\[(?:{words}|more)\]|{words}(?:\.{{1,3}}|…|:)?(?![^\W\d_]))"
        # the site's buttons after the prompt, a word each, ending no sentence ("Read more Tweet Share")
        rf"(?:[^\S\n]{{1,3}}[^\s.!?…。！？\"”]{{1,{READ_ON_BUTTON_CHARS}}}){{0,{READ_ON_BUTTONS}}}[^\S\n]*\Z"
        # Or a site's trail after the last sentence, opened by a mark no sentence opens with and
        # ending no sentence: "… stubbornly high. » | Friday, October 31, 2014", "… locali. 🔗 Leggi su …".
        r"|(?<=[.!?…\"”])[^\S\n]{1,3}[»|►▶→•🔗][^\S\n][^\n]{0,60}?(?<![.!?…\"”«“])[^\S\n]*\Z",
        _I,
    )


RUN_IN_READ_ON_CHARS = 60
"""How far from a paragraph's end a prompt to read on run into it is looked for."""


def run_in_read_on(text: str) -> int | None:
    """Where a prompt to read on run into the end of ``text`` begins (its space or clip mark), or ``None``."""
    found = _run_in_read_on().search(text, max(0, len(text) - RUN_IN_READ_ON_CHARS))
    return None if found is None or not found.start() else found.start()


TEXT_NOTE_CHARS = 200
"""The longest line read as a note on the text itself; a longer one is the story's own prose."""


def _alternation(words: list[str]) -> str:
    """``words`` as one group of alternatives, longest first, each space standing for one space."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(re.escape(word).replace("\\ ", " ") for word in ordered) + ")"


@functools.cache
def _text_note() -> re.Pattern[str]:
    """A note on the page's text itself rather than a sentence of it (furniture ``text_notes``).

    Where it first ran, what it translates or belongs to ("This post was originally published on
    The Diplomat.", "The original text is in Japanese.", "Cet article est une traduction de
    l'article …"), when it went on air ("Diese Nachricht wurde am 22.07.2024 im Programm
    Deutschlandfunk gesendet."), or where to read it in full ("Read the full article in The
    Washington Post.", "You can read the joint leaders' statement here.").
    """
    notes = _furniture()["text_notes"]
    words = {key: _alternation(value) for key, value in notes.items() if key != "source"}
    text, this = words["text_words"], words["this"]
    bidding = rf"(?:{words['bidding']}[^\S\n]{{1,3}})?"
    copy = (
        rf"(?:{words['copy_articles']} )?{words['copy_words']} {words['copy_of']}[^\S\n]{{0,3}}"
        rf"(?:{words['original_articles']} |l['’])?original"
    )
    return re.compile(
        r"[^\n]{0,120}?(?:"
        # Where it first ran, what it translates, what series it belongs to: said of "this" text.
        rf"\b{this}[^\S\n]{{1,3}}{text}[^\S\n]{{1,3}}{words['being']}[^\S\n]{{1,3}}(?:[^\n]{{0,20}}?[^\S\n])?"
        rf"(?:part of (?:a|an|our|the) [^\n]{{0,30}}?series|{words['derived']}|{copy}|{words['published']})\b"
        # When and on what programme it went on air.
        rf"|\b{this}[^\S\n]{{1,3}}{text}[^\S\n]{{1,3}}{words['been']}[^\n]{{0,60}}?\b{words['broadcast']}\b"
        rf"|\bthe original(?:[^\S\n]{{1,3}}{text})? (?:is|was) in [A-Z][a-z]{{2,20}}\.?\Z"
        r"|\A(?:first|originally) (?:published|appeared|posted|ran) (?:by|in|on|at)\b"
        # Where to read it in full: "Read the full article in The Washington Post.", "Full statement here."
        rf"|\A{bidding}{words['read_verbs']}\b[^\n]{{0,40}}?\b{words['full']}[^\S\n]{{1,3}}{text}"
        rf"|\A(?:the[^\S\n]{{1,3}})?(?:full|complete)[^\S\n]{{1,3}}{text}s?[^\S\n]{{0,3}}(?::|here\b)"
        rf"|\A{words['read_abroad']}\b[^\n]{{0,30}}?{text}[^\S\n]{{1,3}}{words['full_abroad']}\b"
        rf"|\A{bidding}{words['here_verbs']}\b[^\n]{{0,100}}?\bhere\b[.:!]?\Z"
        # In Korean, a summary service's note on the article it summed up, or a bid to read the
        # original ("“연합뉴스” 기사 내용을 3줄로 요약한 결과입니다", "원문을 열람할 수 있습니다").
        r"|(?:기사|원문|본문)[^\n]{0,40}?(?:요약한|요약했|열람할|읽기를 권장)"
        r")[^\n]{0,200}",
        _I,
    )


def is_text_note(line: str) -> bool:
    """Whether ``line`` (stripped) is a note on the text itself: its source, translation or full copy."""
    return len(line) <= TEXT_NOTE_CHARS and _text_note().fullmatch(line) is not None


@functools.cache
def _teaser_label() -> re.Pattern[str]:
    """A teaser's label run into the headline it points to, with its colon or bar.

    "Te puede interesar: La OTAN sigue …", "Read also: …": any phrase of the furniture
    vocabulary's ``read_on``.
    """
    label = _phrases("further", "elsewhere", "label", "alone")
    return re.compile(rf"{label}[^\S\n]{{0,3}}[:|][^\S\n]{{0,3}}[^\n]{{1,200}}", _I)


def is_teaser_line(line: str) -> bool:
    """Whether ``line`` (stripped) is a teaser: a prompt to read on, its colon, another story's headline."""
    return len(line) <= TEXT_NOTE_CHARS and _teaser_label().fullmatch(line) is not None


def is_channel_prompt(line: str) -> bool:
    """Whether ``line`` (stripped) sends the reader to a channel, closing on its name ("… on YouTube")."""
    return len(line) <= PROMPT_CHARS and _TO_CHANNEL.fullmatch(line) is not None


@functools.cache
def _caption_labels() -> frozenset[str]:
    """The labels of ``caption_labels`` in ``vocabularies/furniture_words.json``, casefolded."""
    groups = _furniture()["caption_labels"]["languages"].values()
    return frozenset(label.casefold() for labels in groups for label in labels)


@functools.cache
def credit_labels() -> str:
    """The labels of ``credit_labels`` in ``vocabularies/furniture_words.json``, as one alternation.

    A regular expression's text, longest label first (so that "bildkälla" is tried before "bild"),
    each space standing for a run of one or two spaces, each label with an optional plural "s".
    """
    groups = _furniture()["credit_labels"]["languages"].values()
    labels = sorted({label for group in groups for label in group}, key=lambda label: (-len(label), label))
    return (
        "(?:"
        + "|".join(
            re.escape(label).replace("\\ ", "[^\\S\\n]{1,2}") + ("s?" if label[-1].isalpha() else "")
            for label in labels
        )
        + ")"
    )


@functools.cache
def credit_lead(*, providers: bool = False) -> str:
    """A lookahead for the first letter of a label of ``credit_labels`` (or of ``photo_providers`` too).

    A regular expression's text, read case-insensitively where the labels are: put before their
    alternation, it turns a position away at its first character, where each label would be tried
    in turn. It matches no less than the alternation does.
    """
    keys = ("credit_labels", "photo_providers") if providers else ("credit_labels",)
    firsts = {
        phrase[:1] for key in keys for group in _furniture()[key]["languages"].values() for phrase in group
    }
    if "" in firsts:
        return ""  # an empty phrase matches before any character
    return "(?=[" + "".join(map(re.escape, sorted(firsts))) + "])"


@functools.cache
def credit_label_ends() -> frozenset[str]:
    """The last characters of the labels of ``credit_labels`` that are no letters (``fot.``)."""
    groups = _furniture()["credit_labels"]["languages"].values()
    return frozenset(label[-1] for group in groups for label in group if not label[-1].isalpha())


@functools.cache
def credit_label_chars() -> int:
    """How far into a line a photo's credit label and the spaces after it reach, at the most.

    The longest label of the furniture vocabulary's ``credit_labels``, with its plural "s" and
    two spaces on either side of each space and before the colon: a colon further in closes no
    label ("Posted 2014-05-06 10:30").
    """
    groups: list[list[str]] = list(_furniture()["credit_labels"]["languages"].values())
    return max(len(label) + label.count(" ") + 3 for group in groups for label in group)


@functools.cache
def _credit_openings() -> frozenset[str]:
    """The first letters, in either case, of the furniture vocabulary's ``credit_labels``."""
    groups = _furniture()["credit_labels"]["languages"].values()
    return frozenset(c for group in groups for label in group for c in (label[:1].lower(), label[:1].upper()))


@functools.cache
def _lone_credit() -> re.Pattern[str]:
    """A photo's labelled credit alone on its line: a label of ``credit_labels``, a colon or a bar, a name."""
    return re.compile(
        rf"(?i:{credit_labels()})[^\S\n]{{0,2}}[:|][^\S\n]{{0,3}}(?P<credit>[^\s:|][^\n]*)",
    )


def is_lone_credit(line: str) -> bool:
    """Whether ``line`` (stripped) is a photo's credit alone on its line, in any language of the vocabulary.

    "Foto: AP", "Kuva: Lehtikuva", "Photo : Jane Doe / Agency", "PHOTO | Agency": a label of the
    furniture vocabulary's ``credit_labels``, a colon or a bar after it, and a name or an agency
    of :data:`CREDIT_WORDS` words at most that ends no sentence ("Photo: the ship leaves port for
    its first patrol." is a caption of its own, "Bild: Ein Schiff" a credit).
    """
    if len(line) > CREDIT_LINE_CHARS or line[:1] not in _credit_openings() or line[-1:] in "!?。":
        return False
    if ":" not in line and "|" not in line:
        return False
    match = _lone_credit().fullmatch(line)
    if match is None:
        return False
    credit = match.group("credit")
    return len(credit.replace("/", " ").split()) <= CREDIT_WORDS and not (
        credit.endswith(".") and len(credit.split()) > 2
    )


@functools.cache
def photo_providers() -> str:
    """The phrases of ``photo_providers`` in ``vocabularies/furniture_words.json``, as one alternation.

    A regular expression's text, longest phrase first, each space standing for one or two spaces.
    """
    groups = _furniture()["photo_providers"]["languages"].values()
    phrases = sorted(
        {phrase for group in groups for phrase in group}, key=lambda phrase: (-len(phrase), phrase)
    )
    return "(?:" + "|".join(re.escape(phrase).replace("\\ ", "[^\\S\\n]{1,2}") for phrase in phrases) + ")"


@functools.cache
def credit_library_names() -> tuple[str, ...]:
    """The ``libraries`` of ``credit_labels`` in ``vocabularies/furniture_words.json``, as written."""
    return tuple(_furniture()["credit_labels"]["libraries"])


def is_caption_label(line: str) -> bool:
    """Whether ``line`` (stripped) labels the photo's caption on the line under it ("Image caption").

    A label of the furniture vocabulary's ``caption_labels``, alone on its line, with or without
    a colon after it.
    """
    if len(line) > CAPTION_LABEL_CHARS:
        return False
    return " ".join(line.rstrip(":").split()).casefold() in _caption_labels()


@functools.cache
def _photo_pose() -> re.Pattern[str]:
    """The phrases of ``photo_poses`` in ``vocabularies/furniture_words.json``, as one pattern.

    Longest first, each a run of whole words, case folded.
    """
    groups = _furniture()["photo_poses"]["languages"].values()
    phrases = sorted({phrase for phrases in groups for phrase in phrases}, key=lambda p: (-len(p), p))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)", _I)


def says_photo_pose(line: str) -> bool:
    """Whether ``line`` says, as a photo's caption does, what its people do for the camera.

    A phrase of the furniture vocabulary's ``photo_poses``, in the present tense ("… pose for a
    photo", "… пожимают друг другу руки и позируют для фотографии"); a story tells the meeting in
    the past tense.
    """
    return _photo_pose().search(line) is not None


@functools.cache
def explainer_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The ``explainer`` words of ``vocabularies/furniture_words.json``, casefolded.

    The words of a reference box's heading that name the box rather than its topic ("FAQs",
    "What", "About"), the articles and verbs that may stand beside them ("the", "is"), and the
    verbs that open its first sentence's definition of the topic ("is", "est", "ist").
    """
    explainer = _furniture()["explainer"]
    heading, fillers, verbs = (
        frozenset(word.casefold() for words in explainer[part].values() for word in words)
        for part in ("heading", "fillers", "verbs")
    )
    return heading, fillers, verbs


CAPTION_LABEL_CHARS = 30
"""The longest line read as a caption's label: the longest label of the vocabulary, and some."""


def is_url(line: str) -> bool:
    """Whether ``line`` is nothing but a web address."""
    return _URL.fullmatch(line) is not None


KEYWORD_ITEMS = 3
"""The fewest items of a line read as a paper's keywords."""
KEYWORD_ITEM_WORDS = 4
"""The most words of one keyword (``Individually Tailored Partnership Programme``)."""
KEYWORD_ITEM_CHARS = 40
"""The most characters of one keyword."""
_FIELD_BRACKET = re.compile(r"[〔【\[［][^〔〕【】\[\]［］\n]{1,20}[〕】\]］][^\S\n]{0,2}")
"""A record field's label in brackets at a line's head (``〔关键词〕``, ``【摘要】``, ``[Keywords]``)."""
_FIELD_COLON = re.compile(r"[^\W\d_][^\n:：]{0,29}[:：][^\S\n]{0,2}")
"""A record field's label and its colon at a line's head (``Keywords:``, ``关键词：``)."""
_KEYWORD_SPLIT = re.compile(r"[^\S\n]{0,2}[;；、][^\S\n]{0,2}")
_KEYWORD_COMMA = re.compile(r"[^\S\n]{0,2}[,，;；、][^\S\n]{0,2}")


@functools.cache
def _keyword_labels() -> frozenset[str]:
    """The keyword labels of the furniture vocabulary, casefolded."""
    languages: dict[str, list[str]] = _furniture()["keywords"]["languages"]
    return frozenset(label.casefold() for labels in languages.values() for label in labels)


def _keyword_items(items: list[str]) -> bool:
    return len(items) >= KEYWORD_ITEMS and all(
        item and len(item) <= KEYWORD_ITEM_CHARS and len(item.split()) <= KEYWORD_ITEM_WORDS for item in items
    )


def is_keywords_line(line: str) -> bool:
    """Whether ``line`` (stripped) lists a paper's keywords, as its page prints them under the abstract.

    Three short items or more, set apart by semicolons or enumeration commas (``日本;越南;南海争端``),
    or, after a field's label (``〔关键词〕``, ``Keywords:``), by commas too; a line that ends a
    sentence lists no keywords. A keyword label of the furniture vocabulary before its colon
    (``Keywords: NATO, Japan, partnership``) marks one whatever its items' separators.
    """
    if not line or line[-1] in ".!?。！？" or len(line) > TEXT_NOTE_CHARS:
        return False
    label = _FIELD_BRACKET.match(line) or _FIELD_COLON.match(line)
    if label is None:
        return _keyword_items(_KEYWORD_SPLIT.split(line))
    rest = line[label.end() :]
    name = "".join(label.group().strip().strip("〔〕【】[]［］:：").split()).casefold()
    named = any("".join(word.split()) == name for word in _keyword_labels())
    split = _KEYWORD_COMMA if named or label.re is _FIELD_BRACKET else _KEYWORD_SPLIT
    return _keyword_items(split.split(rest.strip()))


@functools.cache
def _paper_text_opening() -> re.Pattern[str]:
    """A paper's keywords label and list, then its first section's heading (furniture ``first_sections``)."""
    labels = sorted(_keyword_labels(), key=lambda label: (-len(label), label))
    sections = sorted(
        {word for group in _furniture()["first_sections"]["languages"].values() for word in group},
        key=lambda word: (-len(word), word),
    )
    label = "|".join(re.escape(word).replace("\\ ", "[^\\S\\n]{1,2}") for word in labels)
    section = "|".join(map(re.escape, sections))
    return re.compile(
        rf"(?i:{label})[^\S\n]{{0,2}}[:：][^\n]{{1,{FRONT_MATTER_KEYWORD_CHARS}}}?[^\S\n]"
        rf"(?:(?:\d{{1,2}}|[IVX]{{1,4}})\.?[^\S\n]{{1,2}})?(?i:{section})[.:]?[^\S\n]{{1,3}}"
        # the section's first word: a capital, or a letter of a script that has no case
        r"(?=[^\W\d_])(?![a-zß-ÿа-я])"
    )


def paper_text_start(paragraph: str) -> int | None:
    """Where a paper's text starts in ``paragraph``, a copy of its front matter run on one line.

    "… Abstract … Keywords: NATO; Japan; geopolitics Introduction In the years after …": the
    copy ran the paper's title, authors, abstract and keywords into its text. After the keywords'
    label of the furniture vocabulary (``keywords``) and their list of
    :data:`FRONT_MATTER_KEYWORD_CHARS` characters at most, the first section's heading of its
    ``first_sections`` (numbered or not, "1. Introduction") opens the text; the heading's next
    word opens in a capital. The label is looked for in the paragraph's first
    :data:`FRONT_MATTER_CHARS` characters. ``None`` where the paragraph holds no such opening.
    """
    match = _paper_text_opening().search(paragraph, 0, FRONT_MATTER_CHARS + FRONT_MATTER_KEYWORD_CHARS)
    return None if match is None else match.end()


def is_record_field(line: str) -> bool:
    """Whether ``line`` (stripped) is a field of a paper's record, its label in brackets at its head.

    ``〔作者简介〕…``, ``【中图分类号】D831``, ``[DOI] 10.1000/x``: the record a journal's page prints
    between a paper's abstract and its text.
    """
    return len(line) <= TEXT_NOTE_CHARS and _FIELD_BRACKET.match(line) is not None


@functools.cache
def _embed_prompt() -> re.Pattern[str]:
    """A photo library's embed prompt and its name at a line's head (``Embed from Getty Images``)."""
    prompts = sorted(
        {prompt for group in _furniture()["embed_prompts"]["languages"].values() for prompt in group},
        key=lambda prompt: (-len(prompt), prompt),
    )
    names = sorted(credit_library_names(), key=lambda name: (-len(name), name))
    prompt = "|".join(re.escape(p).replace("\\ ", "[^\\S\\n]{1,2}") for p in prompts)
    library = "|".join(map(re.escape, names))
    return re.compile(rf"(?:{prompt})[^\S\n]{{1,2}}(?:{library})", _I)


@functools.cache
def embed_prompt_openings() -> frozenset[str]:
    """The first letters, in either case, of the furniture vocabulary's ``embed_prompts``.

    A line that opens with none of them opens with no embed prompt: one look at its first
    character spares the pattern on a page of many lines.
    """
    prompts = [prompt for group in _furniture()["embed_prompts"]["languages"].values() for prompt in group]
    return frozenset(c for prompt in prompts for c in (prompt[:1].lower(), prompt[:1].upper()))


def opens_with_embed_prompt(line: str) -> bool:
    """Whether ``line`` opens with a photo library's embed prompt: the caption of an embedded picture.

    "Embed from Getty ImagesFig. 1 – The Secretary General …": the prompt of the furniture
    vocabulary's ``embed_prompts`` before a library's name of its ``credit_labels``, the caption
    run into it.
    """
    return _embed_prompt().match(line) is not None
