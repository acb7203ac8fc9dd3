"""Bylines, credit lines and photo captions: who wrote, reported, edited and photographed.

Each reader takes one stripped line and its offset in the raw text and returns
spans into that text, so no offset is ever recomputed from normalised text.
"""

import functools
import json
import re
import unicodedata
from pathlib import Path

from japan_nato_corpus.dates import find_dates
from japan_nato_corpus.model import CreditRole
from japan_nato_corpus.parse._boilerplate import function_words
from japan_nato_corpus.parse._limits import (
    AFFILIATION_WORDS,
    CAPTION_CHARS,
    CAPTION_LINE_CHARS,
    MAX_OUTLET_WORDS,
    NAME_CHARS,
    PHOTO_CREDIT_CHARS,
    PLACED_SIGN_OFF_CHARS,
    STANDFIRST_CHARS,
    TAGLINE_CHARS,
)

Piece = tuple[int, int]
"""A half-open ``(start, end)`` pair of offsets into the raw text."""

_VOCABULARIES = Path(__file__).parents[1] / "vocabularies"


@functools.cache
def _byline_words() -> dict[str, object]:
    """``vocabularies/byline_words.json``, read once, on first use."""
    data: dict[str, object] = json.loads((_VOCABULARIES / "byline_words.json").read_text(encoding="utf-8"))
    return data


@functools.cache
def _by_language(key: str) -> frozenset[str]:
    """The words of ``key`` in ``byline_words.json``, of every language."""
    table = _byline_words()[key]
    assert isinstance(table, dict)  # noqa: S101 - the file's shape
    return frozenset(word for words in table.values() for word in words)


@functools.cache
def _word_list(key: str) -> frozenset[str]:
    """The words of ``key`` in ``byline_words.json``, casefolded."""
    words = _byline_words()[key]
    assert isinstance(words, list)  # noqa: S101 - the file's shape
    return frozenset(str(word).casefold() for word in words)


def _alternation(words: frozenset[str]) -> str:
    """``words`` as one alternation, the longest first (``선임기자`` before ``기자``)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@functools.cache
def _ideographic_byline() -> re.Pattern[str]:
    """A byline in Hangul or Han characters (:func:`ideographic_byline`), built from the vocabulary."""
    titles = _alternation(_by_language("newsroom_titles"))
    labels = _alternation(_by_language("writer_labels"))
    jobs = _alternation(_by_language("affiliation_jobs"))
    profiles = _alternation(_by_language("profile_labels"))
    name = rf"(?:{_HANGUL_NAME}|{_HAN_NAME})"
    names = rf"{name}(?:(?:[^\S\n]{{1,2}}|[、,·・][^\S\n]{{0,2}}){name}){{0,3}}"
    hangul = rf"{_HANGUL_NAME}(?:(?:[^\S\n]{{1,2}}|[,·][^\S\n]{{0,2}}){_HANGUL_NAME}){{0,3}}"
    return re.compile(
        # "김예슬 기자", "김예슬·이준성 기자 =", "지성림 기자 (" with the address on the next line; a
        # name in Han characters is set off from its title by a space ("王小明 記者"), as "本報記者"
        # (the paper's reporter) is no one's name
        rf"(?P<titled>{hangul}[^\S\n]{{0,2}}|{names}[^\S\n]{{1,2}})(?:{titles})"
        rf"(?:[^\S\n]{{0,2}}[=＝(（]|[^\S\n]{{1,3}}[\w.+-]{{1,40}}@[\w.-]{{2,60}}|[^\S\n]{{0,2}}\[[^\]\n]{{1,60}}\])?"
        # "文/黃惠華", "撰文：王小明", "記者 王小明"
        rf"|(?:{labels})[^\S\n]{{0,2}}[/／:：・|｜][^\S\n]{{0,2}}(?P<labelled>{names})"
        rf"|(?:{titles})[^\S\n]{{1,2}}(?P<after_title>{names})"
        # "湯名暉/東協經濟貿易文化發展協會研究員", "김민수/국방연구원 연구위원": the writer over an op-ed,
        # his post after a slash or a bar, closed by a job or a newsroom's title and by no sentence
        rf"|(?P<posted>{name})[^\S\n]{{0,2}}[/／|｜][^\S\n]{{0,2}}[^\n/／|｜。！？.!?]{{0,60}}?(?:{jobs}|{titles})"
        # "〔作者簡介〕朱海燕,某某大學教授": a journal's note on its author, the name before the post
        rf"|[〔【\[［(（]?(?:{profiles})[〕】\]］)）]?[^\S\n]{{0,2}}[:：]?[^\S\n]{{0,2}}(?P<profiled>{names})[,，、:：][^\n]{{2,60}}"
    )


_HANGUL_NAME = r"[\uac00-\ud7a3]{2,4}"
"""A Korean name in Hangul: two to four syllables (``김예슬``)."""
_HAN_NAME = r"[\u3400-\u4dbf\u4e00-\u9fff]{2,5}"
"""A Chinese or Japanese name in Han characters: two to five (``黃惠華``, ``鈴木壮太郎``)."""
_IDEOGRAPHIC_NAME = re.compile(rf"{_HANGUL_NAME}|{_HAN_NAME}")
_IDEOGRAPHIC_LINE = 80
"""The longest line a byline in Hangul or Han characters is read in."""


def ideographic_byline(line: str, offset: int) -> list[Piece] | None:
    """The names of a byline written in Hangul or Han characters, if ``line`` is one.

    A name before a newsroom title (``김예슬 기자``, ``王小明 記者``), after a writer's label
    (``文/黃惠華``, ``撰文：王小明``) or a title (``記者 王小明``), or a writer's name over his
    post after a slash or a bar (``湯名暉/某某協會研究員``, ``김민수/국방연구원 연구위원``, the post
    closed by a job of the vocabulary's ``affiliation_jobs`` or a newsroom's title). The titles,
    labels and jobs are those of ``byline_words.json``.
    """
    if len(line) > _IDEOGRAPHIC_LINE or not line or line[0].isascii():
        return None
    match = _ideographic_byline().fullmatch(line)
    if match is None:
        return None
    group = next(
        name for name in ("titled", "labelled", "after_title", "posted", "profiled") if match.group(name)
    )
    at = match.start(group)
    return [
        (offset + at + name.start(), offset + at + name.end())
        for name in _IDEOGRAPHIC_NAME.finditer(match.group(group))
    ]


PHOTO_POSITION = re.compile(
    r"\((?:(?:far|second|third|top|bottom|front|back)[^\S\n](?:from[^\S\n])?)?"
    r"(?:cent(?:er|re)|left|right|[LRC]\.?|[lrc]\.)\)"
    r"|,[^\S\n](?:(?:second|third|far)[^\S\n](?:from[^\S\n])?)?(?:left|right|cent(?:er|re)),[^\S\n]",
    re.IGNORECASE,
)
"""Where a person stands in a photo, as its caption says ("Jane Doe (center) and …", "(l.)", ", left, "):
read by the header's caption cues and by the body's captions left among its paragraphs."""
_PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "del", "di", "le", "la", "bin", "al", "du"})
_NOT_NAMES = frozenset(
    {
        "news", "world", "politics", "asia", "europe", "opinion", "analysis", "business", "home",
        "the", "and", "of", "for", "in", "on", "to", "a", "with", "by", "at", "from", "security",
        "defense", "defence", "japan", "nato", "china", "editorial", "staff", "reporter", "writer",
        "press", "conference", "room", "office", "ministry", "department", "release", "statement",
        # the words of site furniture ("Available Downloads", "Issue Briefs", "Related Articles")
        "available", "download", "downloads", "issue", "brief", "briefs", "related", "articles",
        "share", "print", "subscribe", "menu", "search", "photo", "photos", "video", "videos", "image",
        # a report's or a club's label ("Match Report", "Football Club")
        "report", "reports", "club",
        # the kind of a document ("Defending Forward Monograph", "Vilnius Summit Communiqué")
        "monograph", "communiqué", "communique", "declaration", "transcript", "paper", "papers",
        # a series' format closing its headline in brackets ("(Geoeconomic Briefing)")
        "briefing", "briefings", "commentary", "explainer", "podcast", "interview",
        # a verb of saying before the speaker of a pull quote ("Powiedział Shizo Abe", "Said Jane Doe")
        "said", "says", "sagte", "sagt", "dijo", "disse", "zei", "powiedział", "powiedziała",
        "stwierdził", "stwierdziła",
    }
    | {
        # a site's sections and lists of stories ("Sports News", "Recent Features", "Top Stories")
        "sports", "sport", "entertainment", "lifestyle", "technology", "tech", "science", "health",
        "features", "feature", "recent", "latest", "trending", "popular", "stories", "headlines",
        "markets", "weather", "travel", "culture",
    }
)  # fmt: skip
_SECTION_WORDS = frozenset(
    {
        "sports", "sport", "entertainment", "lifestyle", "technology", "tech", "science", "health",
        "features", "feature", "recent", "latest", "trending", "popular", "top", "breaking", "world",
        "business", "politics", "opinion", "markets", "weather", "travel", "culture",
    }
)  # fmt: skip
"""The words of a site's sections: a line of them (and ``News``) is a section's label, no byline."""
SECTION_NAME_WORDS = 4
"""The most words of a section's name (``Top Business News``)."""
_ELIDED = re.compile(r"[^\W\d_]{1,4}['’][a-zà-ÿ]")
"""A word opening with an elided article or preposition before a word in lower case (``L’intervento``,
``dell’anno``): a common noun, where a name's elision takes a capital (``D’Alema``, ``O’Neil``)."""
_NOT_IN_NAMES = re.compile(r"[?!]")
"""Marks no name holds: a line with a question or an exclamation is prose ("Huh? Her")."""
_AGENCIES = frozenset(
    {
        "reuters", "ap", "afp", "associated press", "agence france-presse", "kyodo", "kyodo news",
        "bloomberg", "dpa", "xinhua", "jiji", "jiji press", "efe", "ansa", "yonhap", "staff",
        "staff writer", "staff reporter", "correspondent", "special correspondent", "the associated press",
        "bernama", "anadolu", "anadolu agency", "antara", "pti", "ani", "tass", "ria novosti", "ians",
        "kyodo news agency", "press trust of india", "united press international", "upi",
        # national agencies that sign stories off at their foot ("Belga", "(KUNA)", "— NHK")
        "belga", "kuna", "kuwait news agency", "nhk", "nhk world", "nhk world-japan", "wam",
        "emirates news agency", "spa", "saudi press agency", "qna", "bna", "irna", "sana", "wafa",
        "lusa", "europa press", "apa", "sda", "stt", "ritzau", "ntb scanpix", "anp", "ntb", "tanjug",
        "ctk", "čtk", "pap", "bta", "mti",
        "hina", "ukrinform", "interfax", "kcna", "korean central news agency", "cna",
        "central news agency", "vna", "vietnam news agency", "pna", "philippine news agency", "bss",
        # a public broadcaster's newsroom, signing its staff's stories with its name alone
        "radio-canada", "ici radio-canada", "rfi", "yle", "nrk", "svt",
        # a broadcaster's wire, signing its stories on partner sites ("The-CNN-Wire")
        "the-cnn-wire", "cnn wire", "the cnn wire", "cnn newsource",
        # the wires as the Japanese press names them in a story's opener ("【北京=共同】")
        "共同", "時事", "ロイター", "新華社", "聯合", "聯合ニュース", "ブルームバーグ",
        # and as the Korean and Chinese press name them ("(서울=연합뉴스)", "(中央社)")
        "연합뉴스", "연합", "뉴스1", "뉴시스", "中央社", "新华社", "路透社", "美聯社", "美联社", "法新社",
        "共同社", "韓聯社", "韩联社", "中新社", "中新网", "中新網", "新华网", "人民网", "央视网",
        "中国新闻网", "中國新聞網", "中通社", "人民日报", "光明网", "环球网",
    }
)  # fmt: skip
_DIGIT = re.compile(r"\d")
_DESKS = frozenset({"staff", "staff writer", "staff reporter", "correspondent", "special correspondent"})
_OFFICES = frozenset(
    {
        "nato", "secretary", "general", "prime", "minister", "foreign", "defense", "defence",
        "president", "vice", "deputy", "chancellor", "ambassador", "chief", "cabinet", "state",
        "the", "of", "japan", "for", "affairs", "mr.", "ms.", "mrs.", "dr.", "h.e.", "his", "her",
        "excellency", "spokesperson", "spokesman", "director", "chair", "chairman",
    }
)  # fmt: skip
_NOT_ALONE = _OFFICES | frozenset(
    {
        "north", "south", "east", "west", "northeast", "southeast", "central", "middle", "atlantic",
        "pacific", "indo-pacific", "asia-pacific", "sea", "ocean", "treaty", "organization", "organisation",
        "affairs", "policy", "relations", "united", "states", "nations", "kingdom", "republic", "union",
        "european", "international", "global", "national", "council", "alliance", "summit", "forum",
        # ranks and jobs: "Senior Fellow", "Consulting Senior Fellow", "Japan Chair"
        "senior", "junior", "associate", "assistant", "visiting", "research", "resident", "non-resident",
        "adjunct", "contributing", "managing", "executive", "principal", "lead", "consulting",
        "distinguished", "honorary", "emeritus", "fellow", "professor", "correspondent", "editor",
        "analyst", "researcher", "reporter", "writer", "columnist", "contributor", "scholar", "lecturer",
        "journalist", "staff", "programme", "program", "head", "officer", "advisor", "adviser",
    }
)  # fmt: skip
"""Words of offices, ranks, jobs and regions: a name made of these alone is no person's ("Deputy
Prime Minister", "Senior Fellow")."""
_SPEECH = re.compile(r"(?:by|with)[^\S\n]{1,3}(?P<rest>[^\n]{3,300})")
_SPEECH_PARTS = re.compile(r"[^\S\n]{1,3}(?:and|with)[^\S\n]{1,3}")
_AFFILIATION = re.compile(
    r"(?P<name>[^,()\n]{3,60})(?:,[^\S\n]{1,3}(?P<rest>[^\n]{2,80})|[^\S\n]{1,3}\((?P<bracketed>[^()\n]{2,80})\))"
)
_SIGN_OFF = re.compile(
    r"(?:[^\n]{0,3000}?(?:[^\S\n]|(?P<glued>(?<=[.!?”\"])(?=\())))?"
    r"(?:\((?P<agency>[A-Za-z][\w .-]{1,30})\)(?:[^\S\n]{1,3}[A-Z]{2,12})?"
    r"|(?P<mark>[-–—|])[^\S\n]{0,2}(?P<dashed>[A-Za-z][\w .-]{1,30}?)\.?"
    r"|(?<=[.!?»”\"][^\S\n])(?P<bare>[A-Z]{2,8})"
    r"|(?<=[^\W\d_][.!?»”\"][^\S\n])(?P<named>[A-Z][\w'’-]{1,30}(?:[^\S\n][A-Z][\w'’-]{1,30}){1,2}))\Z"
)
_NEWSROOM_ROLE = re.compile(
    r"\b(?:correspondent|reporter|staff writer|writer|editor|columnist|bureau chief)\b", re.IGNORECASE
)
_GLUED = re.compile(r"[a-z][A-Z]")
_LINK = re.compile(r"\[([^\[\]\n]{1,100})\]\([^()\s]{0,500}\)")
_BYLINE = re.compile(
    r"(?:(?:by|written by|words by|story by|posted by|reported by|author|authors|articles by|reporter"
    r"|reporters|writer|penulis|wartawan|von|words|text|texte|texto|testo|tekst|redacción|redaktion|auteur"
    r"|autor|autora|autore|autorin)"
    r"[^\S\n]?:|by|written by|words by|story by|posted by|reported by|von"
    # "by" in French, Spanish and Portuguese, Dutch, Polish, Indonesian, Swedish and Norwegian, Danish
    r"|par|por|door|przez|oleh|av|af)"
    r"[^\S\n]{1,3}(?P<names>[^\n]{1,200})",
    re.IGNORECASE,
)
_DESK_CREDIT = re.compile(
    r"[^\S\n]{0,3}[|;,/][^\S\n]{0,3}(?:(?:editor|editing|redaktur|photo|photos|foto|photographer)[^\S\n]{0,2}:"
    r"|(?P<by>(?:edited|editing|photos?|photographs?)[^\S\n]by[^\S\n]))[^\n]*\Z",
    re.IGNORECASE,
)
"""The desk's credits a reporter's byline goes on to give (``Reporter: NAME | Editor: NAME``): the editor
signs no story."""
_SEPARATORS = re.compile(
    r",[^\S\n]{0,3}and[^\S\n]{1,3}|[^\S\n]{1,3}and[^\S\n]{1,3}|[^\S\n]{0,3}[,&|;][^\S\n]{0,3}"
    r"|[^\S\n]{0,3}/[^\S\n]{1,3}|(?<=[a-z])/(?=[A-Z])"  # "Jane Doe/Reuters": a name and its agency
)
_ROLES = {
    # the same roles in the credits of Reuters' Italian, Spanish and Portuguese services
    "segnalazione": CreditRole.REPORTING,
    "reportaje": CreditRole.REPORTING,
    "reporte": CreditRole.REPORTING,
    "reportagem": CreditRole.REPORTING,
    "redazione": CreditRole.EDITING,
    "edición": CreditRole.EDITING,
    "edicion": CreditRole.EDITING,
    "edição": CreditRole.EDITING,
    "reporting": CreditRole.REPORTING,
    "additional reporting": CreditRole.REPORTING,
    "writing": CreditRole.AUTHOR,
    "compiled": CreditRole.AUTHOR,
    "editing": CreditRole.EDITING,
    "photos": CreditRole.PHOTO,
    "photo": CreditRole.PHOTO,
    "photography": CreditRole.PHOTO,
}
_TAG_SEGMENT = re.compile(
    r"(?:(?P<role>(?:additional )?reporting|writing|compiled|editing|photos?|photography)[^\S\n]{1,3}by"
    r"|(?P<foreign>segnalazione|redazione|reportaje|reporte|reportagem|edici[óo]n|edição)"
    r"[^\S\n]{1,3}(?:di|de|por))"
    r"[^\S\n]{1,3}(?P<names>[^;)\n]{1,200})",
    re.IGNORECASE,
)
_PLACE_TAIL = re.compile(r"[^\S\n]{1,3}(?:in|from)[^\S\n]{1,3}[A-Z][^\n]{0,100}")
_PHOTO_CREDIT = re.compile(
    r"[^\S\n](?P<credit>\(?[A-Z][A-Za-z]{1,15}(?: [A-Z][a-z]{1,15})?/[A-Z][\w.'’-]{0,30}"
    r"(?: [A-Z][\w.'’-]{0,30}){0,3}\)?)\Z"
)
_BAR_CREDIT = re.compile(r"[.!?][^\S\n]{0,3}\|[^\S\n]{0,3}(?P<credit>[A-Z][A-Z0-9 /.,&'’-]{1,60})\Z")
_LABEL_CREDIT = re.compile(
    r"[.!?][^\S\n]{0,3}(?P<credit>(?:(?:(?:photo|image|picture)[^\S\n])?credits?|photo|foto|image|bild)"
    r"[^\S\n]{0,2}:[^\S\n]{0,3}[^\s:][^\n:]{1,60})\Z",
    re.IGNORECASE,
)
"""A labelled credit after a caption's sentence (``... in Osaka, Japan. Image Credit: Reuters``)."""
_NAME_CREDIT = re.compile(r"[.!?][^\S\n]{0,3}(?P<credit>\((?P<name>[^()\n]{3,60})\))\Z")
# A bare "Photo" or "Image" opens a credit only with a colon ("Photo session between ..." is a
# caption, not a credit).
_CREDIT_LINE = re.compile(
    r"(?:(?:(?:photo|image|picture) )?credit[:]?|(?:photo|photograph|picture|image)[^\S\n]{0,2}:"
    # the Polish label, abbreviated ("Fot. NATO"); "Foto: X" over a headline closed by a full
    # stop leaves it the headline, so the other languages' labels are not read as this one
    r"|fot\."
    r"|(?:photo|photograph|image) by|photo courtesy of)[^\S\n]{1,3}(?P<credit>\S[^\n]{0,150})",
    re.IGNORECASE,
)
_STANDFIRST = re.compile(
    r"(?:Senior |Research |Visiting |Associate |Adjunct |Non-resident )?(?:Fellow|Researcher|Professor"
    r"|Editor|Correspondent|Analyst|Director|Author)[^\S\n]"
    r"(?P<name>[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){1,3})"
    r" (?:outlines|argues|writes|examines|explains|discusses|analyses|analyzes|considers|reports"
    r"|looks|asks)\b"
)


_JOB_TITLE = re.compile(
    r"(?:[^\S\n]{1,3}|,[^\S\n]{0,3})(?:(?:senior|junior|chief|deputy|associate|assistant|visiting|research"
    r"|resident|non-?resident|adjunct|contributing|managing|executive|staff|foreign|political|special"
    r"|principal|lead|programme|program|defen[cs]e|diplomatic|security|news)[^\S\n]{1,3}){0,3}"
    r"(?:fellow|director|professor|correspondent|editor|analyst|researcher|reporter|writer|staff"
    r"|columnist|contributor|scholar|lecturer|journalist)\Z",
    re.IGNORECASE,
)


_PLACED_JOB = re.compile(
    r"(?:[A-Z][\w&'’.-]{1,30}[^\S\n]){1,3}(?i:correspondent|editor|reporter|writer|columnist|analyst"
    r"|bureau chief|contributor|journalist)"
)
"""A job with its beat or place before it, in a byline after the name (``Tokyo Correspondent``,
``Asia Editor``, ``Harbour Times Reporter``)."""


def without_job_title(text: str) -> str:
    """``text`` less a job title that ends it (``Jane Doe Senior Fellow`` gives ``Jane Doe``).

    A comma or semicolon closing it goes too: authors listed one a line (``Jane Doe,`` over
    ``John Roe``) keep the list's commas.
    """
    text = text.rstrip(",;")
    title = _JOB_TITLE.search(text, max(0, len(text) - NAME_CHARS))
    if title is None or len(text[: title.start()].split()) < 2:  # a name has two words at least
        return text  # "John Fellow" is a name, not a title
    return text[: title.start()]


_HONORIFIC = re.compile(
    r"(?:(?:(?:dr|prof|professor|mr|mrs|ms|sir|dame|rev)\.?[^\S\n]{1,3}(?=[A-Z])){0,2}(?:dr|prof|professor|mr|mrs|ms|sir|dame|rev)\.?"
    r"|(?:por|par|von|di|door|av|af|przez|od|oleh|autor|autora|auteur|autore|autorin)[^\S\n]{0,2}:?)"
    r"[^\S\n]{1,3}(?=[A-Z])",
    re.IGNORECASE,
)
"""A word before a name that is not part of it: a title (``Dr.``, ``Prof.``; "Gen" is left out, as
it is also a given name), or "by" or "author" in Spanish and Portuguese, French, German, Italian,
Dutch, Swedish and Norwegian, Danish, Polish, Czech or Indonesian (``Por``, ``Par``, ``Von:``,
``di``, ``door``, ``av``, ``af``, ``przez``, ``od``, ``oleh``, ``Autor:``). A word that is also a
name's particle ("Di", "Von") is taken off only when a name of its own follows it: "Von der
Leyen" keeps its "Von", as "der Leyen" is no name."""
_AFFILIATION_BRACKET = re.compile(r"[^\S\n]{0,3}\([^()\n]{2,80}\)\Z")
_DESK = re.compile(
    r"(?:[A-Z][\w&.'’-]{1,30}[^\S\n]{1,3}){1,3}"
    r"(?:staff|staff writers?|staff reporters?|newsroom|news desk|desk|bureau|editorial team)",
    re.IGNORECASE,
)

_NEWSROOM = re.compile(
    r"(?:[A-Z][\w&.'’]{0,20}-)?(?:Studio|Bureau|Büro|Korrespondentenbüro|Redaktion|Newsroom)"
    r"(?:[^\S\n]{1,3}[A-Z][\w'’-]{1,30}){0,2}"
)
"""A newsroom named by its kind, with its outlet before a hyphen and its place after
(``ARD-Studio Tokio``, ``Bureau Brussels``): a byline's part after a person's name."""


def titled_name(text: str) -> Piece | None:
    """Where the name stands, as a local piece, in a name under a title or a "by" word; else ``None``.

    ``Dr. Jane Doe``, ``Prof. Jane Doe (Example University)``, ``Dr Jane Doe, Senior Fellow``,
    ``Por Jane Doe``, ``Von: Jane Doe``, ``par Jane Doe`` (see :data:`_HONORIFIC`), or an office
    before the whole line's name (``Secretary-General Ban Ki-moon``, see :func:`_office_before`).
    """
    title = _HONORIFIC.match(text)
    if title is None:
        office = _office_before(text)
        return None if office is None else (office, len(text))
    bracket = _AFFILIATION_BRACKET.search(text, title.end())
    rest = text[title.end() : bracket.start() if bracket else len(text)]
    name = without_job_title(rest.rstrip())
    return (title.end(), title.end() + len(name)) if is_name(name, capitals=True) else None


_OFFICE_OPENERS = frozenset(
    {"secretary-general", "secretary", "prime", "president", "ambassador", "chancellor"}
)
"""The words an office opens with before its holder's name (``Secretary-General Ban Ki-moon``)."""


def agency_list(text: str) -> list[Piece] | None:
    """The agencies of a line of them set apart by slashes (``TASS/VNA/CVN``), as local pieces; else ``None``.

    An outlet's news line alone (``VOA 뉴스``, :func:`news_sign_off`) is one agency's.

    Each is a known agency (:func:`is_agency`) or an initialism in capitals of at most
    :data:`_AGENCY_INITIALISM` letters, and one at least is known: a line of initialisms alone
    may be anything's.
    """
    if news_sign_off(text):
        return [(0, len(text))]
    if "/" not in text or len(text) > NAME_CHARS:
        return None
    pieces: list[Piece] = []
    known = False
    for part in _SLASHED_PART.finditer(text):
        name = part.group()
        if is_agency(name):
            known = True
        elif not (name.isupper() and name.isalpha() and len(name) <= _AGENCY_INITIALISM):
            return None
        pieces.append(part.span())
    return pieces if known and len(pieces) > 1 else None


_SLASHED_PART = re.compile(r"[^/]+")
_AGENCY_INITIALISM = 6


def opens_with_office(text: str) -> bool:
    """Whether ``text`` opens with a word of an office (:data:`_OFFICE_OPENERS`: ``Prime Minister ...``)."""
    words = text.split(maxsplit=1)
    return bool(words) and words[0].casefold() in _OFFICE_OPENERS


def _office_before(text: str) -> int | None:
    """Where the name starts after an office opening ``text`` (``Prime Minister Fumio Kishida``).

    The office is a run of :data:`_OFFICES` words (``Secretary-General`` as its two parts) opened
    by one of :data:`_OFFICE_OPENERS`; the rest, all of the line, is a name of two or three words.
    Such a line is a byline's length, the office no longer than the name: a longer one is not split.
    """
    if len(text) > 2 * NAME_CHARS:
        return None
    words = text.split()
    if not words or words[0].casefold() not in _OFFICE_OPENERS:
        return None
    count = 0
    while count < len(words) and all(part in _OFFICES for part in words[count].casefold().split("-")):
        count += 1
    rest = words[count:]
    if not 2 <= len(rest) <= 3 or not is_name(" ".join(rest)):
        return None
    return text.index(rest[0], len(" ".join(words[:count])))


def is_desk(text: str) -> bool:
    """Whether ``text`` credits an outlet's newsroom (``FORUM Staff``, ``Harbour Times Staff Writer``)."""
    return (
        len(text) <= NAME_CHARS
        and _DESK.fullmatch(text) is not None
        and text.split(maxsplit=1)[0].lower() != "by"
    )


_DESK_ROLE_CREDIT = re.compile(
    r"(?:edited|copy-edited|translated|reviewed|proofread|fact-checked|illustrated|redigiert|übersetzt"
    r"|édité|traduit|revisado|traducido|editado)"
    r"[^\S\n]{1,3}(?:by|von|par|por)[^\S\n]{1,3}(?P<names>[^\n]{3,120})",
    re.IGNORECASE,
)
"""A credit of the desk's work on a story, standing alone (``Edited by Jane Doe``): no headline, and
no author of the story."""


def is_desk_credit(text: str) -> bool:
    """Whether ``text`` credits an editor's or translator's work alone (``Edited by Jane Doe``).

    The names after the "by" word are people's or agencies' (:func:`_names`): a headline that
    goes on after its "by" ("Edited by committee, the plan ...") is none.
    """
    match = _DESK_ROLE_CREDIT.fullmatch(text)
    return match is not None and _names(match.group("names"), 0) is not None


def is_job_title(text: str) -> bool:
    """Whether ``text`` is a job title alone (``Diplomatic Correspondent``, ``Senior Fellow``)."""
    return len(text) <= NAME_CHARS and _JOB_TITLE.fullmatch(" " + text) is not None


def is_name(text: str, *, capitals: bool = False) -> bool:
    """Whether ``text`` is shaped like a person's name: two to five capitalised words.

    Args:
        text: The text.
        capitals: Whether words all in capitals count (``JANE DOE``), as they do in a byline.
    """
    if len(text) > NAME_CHARS:
        return False
    words = text.split()
    # A widget's placeholder ("Loading Intelligence...") is no name either.
    placeholder = text.endswith(("...", "…"))
    shaped = 2 <= len(words) <= 5 and not _DIGIT.search(text) and not _NOT_IN_NAMES.search(text)
    if not shaped or placeholder or _names_no_one(words):
        return False
    # An office or a region is no person ("Deputy Prime Minister", "North Atlantic"), nor is a job
    # title alone ("Nonresident Fellow").
    alone = all(word.lower().strip(",.") in _NOT_ALONE for word in words) or is_job_title(text)
    if alone or words[0].lower() in _PARTICLES or words[-1].lower() in _PARTICLES:
        return False
    for at, word in enumerate(words):
        if word.lower() in _PARTICLES:
            continue
        # An initial with its dot ("J."), or a middle one without ("Nithya P Nair")
        middle = 0 < at < len(words) - 1 and len(word) == 1 and word.isupper() and word.isalpha()
        initial = (len(word) <= 2 and word[0].isupper() and word.endswith(".")) or middle
        capitalised = word[0].isupper() and (word[1:].upper() != word[1:] or (capitals and len(word) > 1))
        if _GLUED.search(word.removeprefix("Mc").removeprefix("Mac")):
            return False  # words run together ("PlayerClose"): page furniture
        # A possessive ("Editor's Note") names no one, and a word closed by a colon is a label
        # ("Photo: Jane Doe").
        # So does an article elided before a common noun ("L’intervento"; a name's is "D’Alema").
        common = (
            word.lower().endswith(("'s", "’s"))
            or _ELIDED.match(word) is not None
            or _ABSTRACT_NOUN.search(word) is not None
        )
        if word.lower() in _NOT_NAMES or common or word.endswith(":") or not (capitalised or initial):
            return False
    return True


def _share_buttons(folded: list[str]) -> bool:
    """Whether every one of the folded words is a share button's (``share_buttons``)."""
    return all(word in _word_list("share_buttons") for word in folded)


def is_share_row(text: str) -> bool:
    """Whether a line is a row of two or more share buttons (``Twitter Facebook Reddit Pinterest Email``).

    Such a row is a page's furniture: no one's name, and no headline.
    """
    folded = [word for word in (part.casefold().strip(",.;:|·•") for part in text.split()) if word]
    return len(folded) > 1 and _share_buttons(folded)


def _names_no_one(words: list[str]) -> bool:
    """Whether ``words`` are a row of share buttons, a page's kind or a brief's heading, no one's name.

    ``Twitter Facebook Reddit Pinterest Email`` (every word a button of ``share_buttons``),
    ``Floor Speech`` (a word of ``not_name_words``), ``Bottom Line`` (a phrase of
    ``not_name_phrases``), all in ``vocabularies/byline_words.json``.
    """
    folded = [word.casefold().strip(",.;:|") for word in words]
    if _share_buttons(folded):
        return True
    if any(word in _word_list("not_name_words") for word in folded):
        return True
    return " ".join(folded) in _word_list("not_name_phrases")


_ABSTRACT_NOUN = re.compile(r"[a-z]{3}(?:tion|sion|ment|ness|ship|ism|ity)\Z|\A[A-Z][a-z]{6,}ening\Z")
"""An abstract noun's or a verbal noun's ending, as a section's heading has and no person's name
does (``Disaster Response Cooperation``, ``Product Identity``, ``Strengthening Military``)."""
_THE_OUTLET = re.compile(r"The[^\S\n][A-Z][\w&'’.-]{1,30}(?:[^\S\n][A-Z][\w&'’.-]{1,30}){0,2}")
"""A newspaper named with its article (``The Nation``, ``The Hindu``), as the byline of its own story."""


def _agency_part(part: str) -> tuple[bool, Piece | None]:
    """Whether a byline's part credits an agency or a desk, and where the agency stands in it.

    An agency alone (``Reuters``), a desk alone (``Staff Writer``, no agency), or a desk with the
    agency whose copy it ran (``Redaktion (dpa)``).
    """
    folded = part.lower()
    if folded in _AGENCIES:
        return True, None if folded in _DESKS else (0, len(part))
    desk = _DESK_WITH_AGENCY.fullmatch(part)
    if desk is not None and is_agency(desk.group("agency")) and not is_name(desk.group("desk")):
        return True, desk.span("agency")
    return False, None


def _names(text: str, offset: int) -> list[Piece] | None:
    """Spans of the names listed in ``text``, or ``None`` when a part is not a name.

    An agency beside a person (``Jane Doe, Reuters``) is left out; an agency alone
    (``By ASSOCIATED PRESS``) is the byline.
    """
    pieces: list[Piece] = []
    agencies: list[Piece] = []
    position = 0
    barred = False
    for separator in [*_SEPARATORS.finditer(text), None]:
        stop = len(text) if separator is None else separator.start()
        part = text[position:stop]
        lead = len(part) - len(part.lstrip())
        part = part.strip()
        start = offset + position + lead
        position = len(text) if separator is None else separator.end()
        after_bar, barred = barred, separator is not None and "|" in separator.group()
        if not part:
            continue
        job = is_job_title(part) or _PLACED_JOB.fullmatch(part) is not None
        site = after_bar and separator is None  # "Por Jane Doe | Poder Naval": the site the writer wrote for
        if pieces and (job or site or is_desk(part) or _NEWSROOM.fullmatch(part) or is_outlet(part)):
            # "Jane Doe, Staff Writer", "Jane Doe, Tokyo Bureau", "Jane Doe, ARD-Studio Tokio", and the
            # newspaper the writer wrote for ("Jane Doe | THE WASHINGTON POST")
            continue
        taken, agency = _agency_part(part)
        if taken:
            if agency is not None:
                agencies.append((start + agency[0], start + agency[1]))
            continue
        link = _LINK.fullmatch(part)
        titled = titled_name(part)
        if link is not None:
            pieces.append((start + link.start(1), start + link.end(1)))
        elif titled is not None:
            pieces.append((start + titled[0], start + titled[1]))
        elif is_name(named := without_job_title(part), capitals=True):
            pieces.append((start, start + len(named)))
        elif _THE_OUTLET.fullmatch(part) and pieces == []:
            pieces.append((start, start + len(part)))  # "by The Nation": a newspaper's own byline
        else:
            return None
    return pieces or agencies or None


_BYLINE_TAIL = re.compile(
    r"[^\S\n]{1,3}(?:[·•|—–-][^\S\n]{0,3}\d{1,3}[^\S\n]?(?i:min|minutes?|mins?)\.?(?:[^\S\n](?i:read|lesezeit|lecture|lectura|leitura))?"
    r"|@[\w.]{2,30})\Z"
)
"""What a byline carries after the names: a reading time (``· 5 min read``) or the writer's
account (``@janedoe``)."""
_BAR_STAMP = re.compile(r"[^\S\n]{0,3}\|[^\S\n]{0,3}\d[^\n]*\Z")
"""A date stamp after a bar, and whatever follows it, closing a byline."""
_DESK_WITH_AGENCY = re.compile(r"(?P<desk>[^()\n]{2,30}?)[^\S\n]{0,3}\((?P<agency>[^()\n]{2,30})\)")
"""The desk and the agency whose copy it ran (``Redaktion (dpa)``): the agency signs the story."""
_TRAILING_SEPARATORS = " \t·|•"  # a share bar or a date cut off after the byline


_FOLLOW = re.compile(
    r"(?P<name>[A-Z][\w'’.-]{1,30}(?:[^\S\n][A-Z][\w'’.-]{1,30}){0,3})[^\S\n]{1,3}(?:FOLLOW|Follow)\b[^\n]{0,60}"
)
"""An author's name with the site's follow button and badges after it (``Jane FOLLOW TOP CONTRIBUTOR
News``): the author's box, whose name may be one word."""


_NAME_AND_ADDRESS = re.compile(
    r"(?P<name>[^\W\d_][^\n<>@]{2,60}?)[^\S\n]{1,3}<?[\w.+-]{1,40}(?:@|[^\S\n]at[^\S\n])[\w-]{1,40}(?:\.[\w-]{2,10}){1,3}>?"
)
"""A sender's name and e-mail address, as a mailing list's archive heads a message
(``Jane Doe jane.doe at example.org``)."""


_ACCOUNT = re.compile(r"[a-z][a-z0-9]{1,30}(?:_[a-z0-9]{1,30}){1,3}")
"""A site account's name alone on its line (``jane_doe``): lower-case words joined by underscores,
as a blog or a forum prints its poster over the post; no word of prose is written so."""


@functools.cache
def _correspondent_byline() -> re.Pattern[str]:
    """A byline opened by a phrase for the paper's correspondent (:func:`byline`), from the vocabulary."""
    phrases = _alternation(_by_language("correspondent_phrases"))
    return re.compile(
        rf"(?i:{phrases})(?:[^\S\n]{{1,3}}(?i:à|a|en|au|aux|in|im|em|no|na|at)[^\S\n]{{1,3}}[^\W\d_][^,\n]{{1,40}}?)?"
        r"[^\S\n]{0,3},?[^\S\n]{1,3}(?P<names>[^\n]{3,120})"
    )


@functools.cache
def _uncased_byline() -> re.Pattern[str]:
    """A byline in a script without capitals after its "by" word (``โดย: ...``), behind empty labels."""
    words = _alternation(_by_language("by_words_uncased"))
    return re.compile(
        rf"(?:[^\s:]{{1,20}}:[^\S\n]{{1,5}}){{0,3}}(?:{words})[^\S\n]{{0,2}}:?[^\S\n]{{1,3}}(?P<name>[^\n:]{{2,60}})"
    )


_UNCASED_NAME_WORDS = 4
"""The most words of a name in a script without capitals (Thai, Arabic) after a "by" word."""


def _uncased_name(text: str) -> bool:
    """Whether ``text`` is one to :data:`_UNCASED_NAME_WORDS` words of letters with no case at all.

    A script without capitals (Thai, Arabic, Devanagari) writes a name so; its vowel signs are marks.
    """
    words = text.split()
    return 1 <= len(words) <= _UNCASED_NAME_WORDS and all(
        (char.isalpha() or unicodedata.category(char).startswith("M")) and char.lower() == char.upper()
        for word in words
        for char in word
    )


def _phrased_byline(line: str, offset: int) -> list[Piece] | None:
    """The names after a correspondent's phrase, or a name in a script without capitals after "by"."""
    if not line[:1].isascii():
        uncased = _uncased_byline().fullmatch(line)
        if uncased is not None and _uncased_name(uncased.group("name")):
            return [(offset + uncased.start("name"), offset + uncased.end("name"))]
    placed = _correspondent_byline().fullmatch(line)
    if placed is None:
        return None
    return _names(placed.group("names").rstrip(" ."), offset + placed.start("names"))


def byline(line: str, offset: int) -> list[Piece] | None:
    """Names in a byline such as ``By Jane Doe and John Roe`` or ``Articles by: [X](#)``.

    Agencies credited side by side with no "by" (``Reuters Yonhap News |``) are one too, a
    name with a follow button after it (``Jane FOLLOW``), a site account's name alone
    (``jane_doe``, see :data:`_ACCOUNT`), a name after a phrase for the paper's correspondent
    (``Avec notre correspondant à Tokyo, Jane Doe``, ``correspondent_phrases``) and a name in a
    script without capitals after its "by" word (``โดย: ...``, ``by_words_uncased``).
    """
    trimmed = line.rstrip(_TRAILING_SEPARATORS)
    shaped = ideographic_byline(trimmed, offset) or _phrased_byline(trimmed, offset)
    if shaped is not None:
        return shaped
    if len(trimmed) <= NAME_CHARS and _ACCOUNT.fullmatch(trimmed):
        return [(offset, offset + len(trimmed))]
    match = _BYLINE.fullmatch(trimmed)
    if match is None:
        sender = _NAME_AND_ADDRESS.fullmatch(trimmed)
        if sender is not None and is_name(sender.group("name"), capitals=True):
            return [(offset + sender.start("name"), offset + sender.end("name"))]
        follow = _FOLLOW.fullmatch(trimmed)
        if follow is not None and not _NOT_NAMES & set(follow.group("name").lower().split()):
            return [(offset + follow.start("name"), offset + follow.end("name"))]
        return (
            _agency_run(trimmed, offset)
            or _agency_credit(_NAME_AND_AGENCY, trimmed, offset)
            or _agency_credit(_AGENCY_AND_NAME, trimmed, offset)
            or _joined_names(trimmed, offset)
            or _placed_agency(trimmed, offset)
            or author_note(trimmed, offset)
        )
    names = match.group("names")
    stamp = _BAR_STAMP.search(names)
    if stamp is not None:
        names = names[: stamp.start()]  # "Von: Redaktion (dpa) | 05.11.21 | Überblick"
    desk = _DESK_CREDIT.search(names)
    if desk is not None and (desk.group("by") or trimmed[: match.start("names")].rstrip().endswith(":")):
        names = names[: desk.start()]  # "Reported by Jane Doe; Edited by John Roe"
    tail = _BYLINE_TAIL.search(names)
    if tail is not None:
        names = names[: tail.start()]  # "By Jane Doe · 5 min read", "By Jane Doe @janedoe"
    start = offset + match.start("names")
    found = _names(names.rstrip(" ."), start)
    place = _PLACE_TAIL.search(names) if found is None else None
    return found if place is None else _names(names[: place.start()].rstrip(" ."), start)


_NOTE_WORDS = re.compile(r"[\w'’]+")
NOTE_WORDS = 16
"""The most words of an author's note (``Jane Doe is a senior fellow at the Example Institute.``)."""
_NOTE_CLAUSE = re.compile(r"\b(?:will|would|said|says|has|had|have|who|which|was|were|when|after|told)\b")
"""A verb or a clause's opening after the job: the line is a sentence of the story, no author's note."""
_NOTE_JOBS = _NOT_ALONE - {"the", "of", "for", "his", "her", "japan", "affairs", "state", "united", "states"}
"""The words of an office or job that an author's note opens with (``secretary-general``, ``fellow``)."""


def author_note(line: str, offset: int) -> list[Piece] | None:
    """The author of an op-ed's note on its author (``Mark Rutte is secretary-general of NATO.``).

    The note is one sentence, closed by a full stop, read as :func:`_note_opening` reads one:
    ``Jane Doe is a senior fellow at the Example Institute.``
    """
    match = _note_opening(line)
    if match is None or not line.endswith(".") or not _short_note(line, match):
        return None  # a sentence that goes on: "… is the senior director and will take questions."
    return [(offset + match.start("name"), offset + match.end("name"))]


_NAME_AND_AGENCY = re.compile(
    r"(?P<name>[^\n|–—-]{3,60}?)[^\S\n]{1,3}[-–—|][^\S\n]{1,3}(?P<agency>[^\n]{2,40})"
)

_AGENCY_AND_NAME = re.compile(
    r"(?P<agency>[^\n|–—-]{2,40}?)[^\S\n]{1,3}[-–—|][^\S\n]{1,3}(?P<name>[^\d\n|–—-]{3,60}?)"
    r"(?:[^\S\n]{1,3}\d[^\n]{0,80})?"
)
"""An agency, a dash or a bar and the writer's name, the story's date after it or not
(``Reuters - Jane Doe 12.3.2023 14:01``)."""

_JOINED = re.compile(r"[^\S\n]{1,3}(?:and|&|und|et|y|e|en|dan|i)[^\S\n]{1,3}")


_PLACED_AGENCY = re.compile(
    r"(?P<agency>[A-Z][\w.&'’-]{1,30}(?:[^\S\n][A-Z][\w.&'’-]{1,30}){0,3})[^\S\n]{1,3}in[^\S\n]{1,3}"
    r"(?P<place>[A-Z][\w.'’-]{1,30}(?:[^\S\n][A-Z][\w.'’-]{1,30}){0,2})"
)
"""An agency's byline and where it files from (``Associated Press in Beijing``)."""


def _placed_agency(line: str, offset: int) -> list[Piece] | None:
    """The agency of a line of an agency and its place (``Associated Press in Beijing``)."""
    match = _PLACED_AGENCY.fullmatch(line)
    if match is None or not is_agency(match.group("agency")):
        return None
    return [(offset + match.start("agency"), offset + match.end("agency"))]


def filed_from(line: str) -> Piece | None:
    """Where the place stands, as a local piece, in an agency's line (``Associated Press in Beijing``).

    ``None`` in any other line.
    """
    match = _PLACED_AGENCY.fullmatch(line)
    if match is None or not is_agency(match.group("agency")):
        return None
    return match.span("place")


def _joined_names(line: str, offset: int) -> list[Piece] | None:
    """The names of a line of two or three names joined by "and" and nothing else (``Jane Doe and John Roe``).

    Each is a name of two words at least, so that a pair of places or offices is none; a line
    closed by a full stop is a caption's or a sentence's ("The speech of Jane Doe and John Roe.").
    """
    if len(line) > 2 * NAME_CHARS or line.endswith((".", "!", "?", ":")):
        return None
    parts = _JOINED.split(line)
    if not 2 <= len(parts) <= 3 or not all(is_name(part) for part in parts):
        return None
    pieces: list[Piece] = []
    at = 0
    for part in parts:
        at = line.index(part, at)
        pieces.append((offset + at, offset + at + len(part)))
        at += len(part)
    return pieces


def _agency_credit(pattern: re.Pattern[str], line: str, offset: int) -> list[Piece] | None:
    """The person's name in a name and an agency's set apart by a dash or a bar, in ``pattern``'s order.

    ``Jane Doe - Reuters`` (:data:`_NAME_AND_AGENCY`) or ``Reuters - Jane Doe``
    (:data:`_AGENCY_AND_NAME`, where a date after the name, ``STT - Jane Doe 12.3.2023 14:01,
    muokattu …``, is the story's, no part of the byline).
    """
    match = pattern.fullmatch(line)
    if (
        match is None
        or not is_agency(match.group("agency"))
        or not is_name(match.group("name"), capitals=True)
    ):
        return None
    return [(offset + match.start("name"), offset + match.end("name"))]


_CITATION = re.compile(
    r"(?P<names>[A-Z][^“”\"\n]{2,150}?),[^\S\n]{1,3}[“\"][^“”\"\n]{5,300}?[”\"][,.]?"
    r"[^\S\n]{1,3}(?P<rest>[A-Z][\w.&'’-]{0,30}[^\S\n][A-Z0-9][^\n]{1,200})"
)
"""A work's citation: its writers, its title in quotes and where and when it ran (``Jane Doe and
John Roe, “A Title,” Issue Brief No. 7, May 2024, Example Foundation.``)."""


def citation(line: str, offset: int) -> list[Piece] | None:
    """The writers of a citation of the page's work, as a brief prints it under its label.

    Only the story's first paragraphs are read for it: a list of references under the story
    cites others' works so.

    The writers are names alone (an office before a name is a speaker's, in a quote), the title
    is in quotes, and what follows it opens with two capitalised words (a series, a journal, an
    outlet: a speaker's quote goes on with ``Doe said``) and gives the year (:data:`_CITATION`).
    """
    if "“" not in line and '"' not in line:
        return None
    match = _CITATION.fullmatch(line)
    if (
        match is None
        or not line.endswith(".")
        or _YEAR.search(match.group("rest")) is None
        or opens_with_office(match.group("names"))
    ):
        return None
    names = match.group("names")
    pieces = _names(names, offset)
    if pieces is None or any(not is_name(line[start - offset : end - offset]) for start, end in pieces):
        return None
    return pieces


_AGENCY_WORDS = 4
"""The most words of an agency's name (``Korean Central News Agency``)."""
_AGENCY_TAILS = frozenset({"news", "agency", "news agency"})
"""Words an agency's name may carry after it in a credit (``Yonhap News``)."""
_WORD_SPAN = re.compile(r"\S+")


def _agency_run(line: str, offset: int) -> list[Piece] | None:
    """The agencies of a line that names two or more agencies and nothing else (``Reuters Yonhap News``)."""
    if len(line) > NAME_CHARS:
        return None
    words = [(match.start(), match.end(), match.group().lower()) for match in _WORD_SPAN.finditer(line)]
    pieces: list[Piece] = []
    i = 0
    while i < len(words):
        size = next(
            (
                k
                for k in range(min(_AGENCY_WORDS, len(words) - i), 0, -1)
                if is_agency(" ".join(word for _, _, word in words[i : i + k]))
            ),
            0,
        )
        if not size:
            # A section's label in capitals after one agency ("Anadolu Agency WORLD"), as its
            # story's byline shows it.
            rest = [word for _, _, word in words[i:]]
            label = " ".join(line.split()[i:])
            if (
                len(pieces) == 1
                and len(rest) <= _LABEL_AFTER_AGENCY
                and label.isupper()
                and label.replace(" ", "").isalpha()
            ):
                return pieces
            return None
        end = i + size
        for tail in (2, 1):
            after = words[end : end + tail]
            if len(after) == tail and " ".join(word for _, _, word in after) in _AGENCY_TAILS:
                end += tail
                break
        pieces.append((offset + words[i][0], offset + words[end - 1][1]))
        i = end
    return pieces if len(pieces) > 1 else None


_PARTICIPLE = re.compile(r"(?:ed|en|wn)[,;:]?\Z", re.IGNORECASE)
"""A past participle's ending (``edited``, ``written``, ``shown``): its "by" names the agent of a verb."""
_TITLE_BY = re.compile(
    r"[^\S\n]{1,3}(?:by|By|BY|(?i:from[^\S\n]our[^\S\n](?:own[^\S\n])?correspondent"
    r"|dal(?:la)?[^\S\n]nostr[oa][^\S\n](?:corrispondente|inviat[oa])"
    r"|de[^\S\n]notre[^\S\n](?:correspondant|envoy[ée])e?"
    r"|von[^\S\n]unsere[mr][^\S\n]Korrespondent(?:en|in)"
    r"|de[^\S\n]nuestr[oa][^\S\n](?:corresponsal|enviad[oa])"
    r"|d[oa][^\S\n]noss[oa][^\S\n](?:correspondente|enviad[oa])))"
    r"[^\S\n]{1,3}(?P<name>[^\n]{3,60})\Z"
)
"""Where a headline's line hands over to its author: "by", or a phrase for the paper's own
correspondent (``dal nostro corrispondente``, ``de notre correspondant``, ``from our correspondent``)."""


_THAI_NAME = re.compile(r"[\u0e01-\u0e4e]{2,30}[^\S\n][\u0e01-\u0e4e]{2,30}")
"""A Thai name: a given name and a surname, a space between them (``สมชาย ใจดี``)."""


def title_byline(line: str, offset: int) -> tuple[int, Piece] | None:
    """Where a headline's line hands over to its author's name closing it, and the name, if any.

    ``Significance of ... by OUE Sadamasa``: the headline ends where " by" starts, and the name
    follows it. The name may follow a phrase for the paper's correspondent instead of "by" (``... davanti al
    pericolo cinese dal nostro corrispondente Gianluca Modolo``).

    A name in capitals counts (``OUE Sadamasa``); an office or a region after "by" ("... by the
    Ministry", "by North Korea") names no one. A Thai headline hands over to its writer after a
    bar (``หัวข้อ | สมชาย ใจดี``): a Thai name is a given name and a surname, where a site's name
    after a bar is one word.
    """
    head, bar, name = line.rpartition(" | ")
    if bar and _THAI_NAME.fullmatch(name) is not None and "\u0e01" <= head[:1] <= "\u0e4e":
        return offset + len(head), (offset + len(head) + len(bar), offset + len(line))
    match = _TITLE_BY.search(line)
    if match is None or match.start() == 0 or not is_name(match.group("name"), capitals=True):
        return None
    before = line[: match.start()].split()
    if before and _PARTICIPLE.search(before[-1]) is not None:
        return None  # the agent of the headline's verb ("... published, edited by Jane Doe")
    if _NOT_ALONE & {word.lower() for word in match.group("name").split()}:
        return None  # a region or an office ("by North Korea", "by Senior Officials")
    return offset + match.start(), (offset + match.start("name"), offset + match.end("name"))


_LABEL_AFTER_AGENCY = 2
"""The most words of a section's label in capitals after an agency's name in its byline."""


def is_site_byline(line: str) -> bool:
    """Whether the byline is the site's own author box (``Articles by:``), not the story's."""
    return line.lower().startswith("articles by")


def tagline(line: str, offset: int) -> list[tuple[CreditRole, Piece]] | None:
    """Credits in ``(Reporting by X; Editing by Y)``, or ``None`` when the line is not one.

    Or in Reuters' Italian, Spanish and Portuguese credits (``(Segnalazione di X; Redazione di
    Y)``). A bracketed aside before them (``(1 dollaro = 158,4800 yen) (Segnalazione di ...)``)
    is left aside.
    """
    if len(line) > TAGLINE_CHARS or _TAG_SEGMENT.search(line) is None:
        return None
    last = line.rfind("(")
    if last > 0 and line.endswith(")") and line[:last].rstrip().endswith(")"):
        offset, line = offset + last, line[last:]
    inner = line.removeprefix("(").removesuffix(")")
    shift = offset + (1 if line.startswith("(") else 0)
    credits: list[tuple[CreditRole, Piece]] = []
    position = 0
    for segment in _TAG_SEGMENT.finditer(inner):
        if inner[position : segment.start()].strip(" ;,") != "":
            return None
        position = segment.end()
        names = segment.group("names")
        place = _PLACE_TAIL.search(names)
        names = names[: place.start()] if place else names
        found = _names(names.rstrip(" ."), shift + segment.start("names"))
        if found is None:
            return None
        role = _ROLES[(segment.group("role") or segment.group("foreign")).lower()]
        credits += [(role, piece) for piece in found]
    rest = inner[position:]
    # A tag line cut off where the page was (``...; Editi``): the cut word opens no credit.
    cut = not line.endswith(")") and _CUT_SEGMENT.fullmatch(rest) is not None
    if not credits or (rest.strip(" ;,.") != "" and not cut):
        return None
    return credits


_CUT_SEGMENT = re.compile(r"[^\S\n]{0,3};[^\S\n]{0,3}[A-Za-z]{1,12}")
"""What is left of a tag line cut off after a whole credit: its separator and a word's start."""


def photo_credit_suffix(line: str) -> int | None:
    """Where a trailing photo credit starts in ``line``.

    The credits known: ``REUTERS/Francois Lenoir``; capitals after a bar (``... on Wednesday. |
    POOL / VIA KYODO``); a photographer's name in brackets after a sentence (``... in Tokyo on
    Oct. 1. (Naoko Kawamura)``); a labelled credit after a sentence (``... Image Credit: Reuters``).
    """
    if len(line) > CAPTION_LINE_CHARS:
        return None
    window = max(0, len(line) - PHOTO_CREDIT_CHARS)
    for pattern in (_PHOTO_CREDIT, _BAR_CREDIT, _LABEL_CREDIT):
        match = pattern.search(line, window)
        if match is not None:
            return match.start("credit")
    named = _NAME_CREDIT.search(line, window)
    if named is not None and is_name(named.group("name")):
        return named.start("credit")
    return _ideographic_credit(line, window)


_IDEOGRAPHIC_CREDIT = re.compile(
    r"(?:(?<=[。！？」』”])|(?<=[\uac00-\ud7a3][.!?]))[^\S\n]{0,2}(?P<credit>[(（<〈](?P<label>[^()（）<>〈〉\n]{1,30})[)）>〉])\Z"
)
"""A photo's credit in brackets after a caption's sentence in Chinese, Japanese or Korean
(``……的計劃」。(美聯社)``, ``……했다. (사진=연합뉴스)``), or in angle brackets (``……있다. <사진=연합>``)."""
_IDEOGRAPHIC_LABEL_SPLIT = re.compile(r"[/／=＝:：・\s]")


@functools.cache
def _credit_labels() -> frozenset[str]:
    """The words of ``credit_labels`` in ``vocabularies/caption_words.json``, casefolded."""
    data = json.loads((_VOCABULARIES / "caption_words.json").read_text(encoding="utf-8"))
    return frozenset(word.casefold() for words in data["credit_labels"].values() for word in words)


def _ideographic_credit(line: str, window: int) -> int | None:
    """Where a bracketed photo credit closing a caption's sentence in an East Asian script starts.

    The bracket holds a photo's label or an agency's name of ``credit_labels`` (``(美聯社)``), alone
    or before its source (``(圖/取自推特)``, ``(사진=연합뉴스)``).
    """
    match = _IDEOGRAPHIC_CREDIT.search(line, window)
    if match is None:
        return None
    head = _IDEOGRAPHIC_LABEL_SPLIT.split(match.group("label").strip(), maxsplit=1)[0].casefold()
    return match.start("credit") if head in _credit_labels() else None


_PHOTO_OPENING = re.compile(r"(?:\(photo\)|(?:photo|photograph|picture|image)\b)", re.IGNORECASE)
_PHOTO_BRACKET = re.compile(
    r"\((?P<credit>[^()\n]{0,40}\b(?:photo|file|pool|courtesy|source|image|quelle|fuente|fonte|źródło)\b"
    r"[^()\n]{0,80})\)\Z",
    re.IGNORECASE,
)
_SQUARE_CREDIT = re.compile(
    r"[^\S\n]{0,3}\[(?P<credit>(?P<photo>(?i:photo|foto|image|file)s?[^\S\n]{0,2}/[^\S\n]{0,2}[^\[\]\n]{2,40})"
    r"|[^\[\]\n]{2,30})\]\Z"
)
"""A photo's credit in square brackets closing its caption: a photo and its source after a slash
(``[Photo/Xinhua]``, ``[Photo/Agencies]``), or an agency alone (``[Reuters]``)."""
_SOURCE_BRACKET = re.compile(r"[.!?]?[^\S\n]{0,3}\((?P<credit>[^()\n]{2,40})\)\Z")
_DIGITS = re.compile(r"\d")
_FILE_PHOTO = re.compile(r"\b(?:file[^\S\n]photo|\(file\))\.?\Z", re.IGNORECASE)
_PICTURED = re.compile(r"\bpictured\b", re.IGNORECASE)
_PHOTO_TAIL = re.compile(
    r"(?<=[.!?])[^\S\n]{1,3}(?:[—–-][^\S\n]{1,2})?"
    r"(?P<credit>(?i:photo|image|foto|picture|bild)s?[^\S\n]{0,2}:[^\S\n]{0,3}\S[^\n]{0,60}"
    r"|(?:[A-Z][\w.&'’-]{0,30}[^\S\n]){1,4}(?i:photo|image|foto|pic)s?\.?)\Z"
    # a credit label in capitals after a caption with no full stop ("... in Tokio Bild: dpa")
    r"|[^\S\n]{1,3}(?P<label>(?:Bild|Foto|Photo|Image|Fotó|Imagen)[^\S\n]{0,2}:[^\S\n]{0,3}[^\s.!?][^\n.!?]{0,40})\Z"
)
"""A photo credit closing a caption's sentence (``... in Tokyo. Photo: Nato.int``, ``... Reuters photo``)."""


_COPYRIGHT_LEAD = re.compile(
    r"©[^\S\n]{0,2}(?P<credit>[^\n]{2,60}?)[^\S\n]{1,3}[-–—][^\S\n]{1,3}(?=[A-Z\"“«])"
)
_COPYRIGHT_TAIL = re.compile(r"(?<=[.!?])[^\S\n]{1,3}(?P<credit>©[^\S\n]{0,2}[^\n©]{2,60})\Z")
_NOTICE = re.compile(r"\b(?:1[89]|20)\d{2}\b|rights|reserved|réservés|vorbehalten|reservados", re.IGNORECASE)


_SLASHED_CREDIT = re.compile(
    r"(?P<credit>[A-Z][\w.'’-]{0,30}(?:[^\S\n][A-Z][\w.'’-]{0,30}){0,3}[^\S\n]{1,2}//[^\S\n]{1,2}"
    r"[A-Z][\w.&'’-]{1,30}(?:[^\S\n][A-Z][\w.&'’-]{1,30}){0,2})"
)
"""A photographer and the photo's agency set apart by two slashes (``Jane Doe // Shutterstock``)."""


def copyright_credit(line: str) -> Piece | None:
    """Where a photo's copyright credit stands in its caption, if the line is one.

    A credit line of its own with its agency after two slashes is one (``Jane Doe // Shutterstock``).

    Before the caption and a dash (``© Wikimedia commons - The quake was felt ...``) or after its
    sentence (``Storms sweep the west. © Screenshot/dwd.de``). A year or "rights reserved" marks a
    page's copyright notice instead (``© 2023 Cable News Network``).
    """
    slashed = _SLASHED_CREDIT.fullmatch(line)
    if slashed is not None:
        return slashed.span("credit")
    match = _COPYRIGHT_LEAD.match(line) or _COPYRIGHT_TAIL.search(
        line, max(0, len(line) - PHOTO_CREDIT_CHARS)
    )
    if match is None or _NOTICE.search(match.group("credit")) or len(line) > CAPTION_CHARS:
        return None
    return match.span("credit")


def _square_credit(line: str, *, header: bool) -> Piece | None:
    """Where a photo's credit in square brackets closing ``line`` stands (:data:`_SQUARE_CREDIT`), if any.

    A photo's source after a slash marks a caption anywhere; an agency alone, above the story.
    """
    square = _SQUARE_CREDIT.search(line, max(0, len(line) - PHOTO_CREDIT_CHARS))
    if square is None or square.start() == 0:
        return None
    if square.group("photo") is None and not (header and is_agency(square.group("credit"))):
        return None
    return square.span("credit")


def caption_line(line: str, *, header: bool) -> tuple[bool, tuple[int, int] | None]:  # noqa: PLR0911
    """Whether ``line`` is a photo caption on a line of its own, and where its credit stands.

    A caption opens with a photo label (``Photo: ...``, ``(Photo) ...``), ends with a bracketed
    photo credit (``(AP Photo/Jane Doe)``, ``(File photo)``, ``(Source: Agency)``) or with
    ``file photo``. Above the story's first paragraph (``header``) a line that ends with an
    agency's or a capitalised source's name in brackets (``(AGENCY)``) or says who is
    ``pictured`` is one too; in the body such a bracket is an agency's sign-off.
    A credit after the caption's sentence (``Photo: Nato.int``, ``Reuters photo``), or a photo's
    source in square brackets (``[Photo/Xinhua]``), marks one anywhere; an agency alone in square
    brackets (``[Reuters]``) marks one above the story.
    """
    if len(line) > CAPTION_CHARS:
        return False, None
    bracket = _PHOTO_BRACKET.search(line, max(0, len(line) - PHOTO_CREDIT_CHARS))
    if bracket is not None and bracket.start() > 0:
        return True, bracket.span("credit")
    if _PHOTO_OPENING.match(line) is not None or _FILE_PHOTO.search(line) is not None:
        return True, None
    copyright = copyright_credit(line)
    if copyright is not None:
        return True, copyright
    tail = _PHOTO_TAIL.search(line, max(0, len(line) - PHOTO_CREDIT_CHARS))
    if tail is not None:
        return True, tail.span("credit" if tail.group("credit") is not None else "label")
    square = _square_credit(line, header=header)
    if square is not None:
        return True, square
    if not header:
        return False, None
    source = _SOURCE_BRACKET.search(line, max(0, len(line) - PHOTO_CREDIT_CHARS))
    if source is not None and source.start() > 0:
        credit = source.group("credit")
        # A bracket in capitals with a number in it is a bill's or a document's number ("(H.R. 757)");
        # one in a script without capitals ("(既報)", "reported before") is in no capitals at all.
        capitals = credit.upper() == credit and credit.lower() != credit
        if is_agency(credit) or (capitals and not _DIGITS.search(credit)):
            return True, source.span("credit")
    return _PICTURED.search(line) is not None, None


def credit_line(line: str) -> int | None:
    """Where the credit starts in a line such as ``Credit: Reuters/Francois Lenoir``."""
    match = _CREDIT_LINE.fullmatch(line)
    return None if match is None else match.start("credit")


_OPENING_BYLINE = re.compile(
    r"(?:By|BY|Por|POR|Par|Von|Oleh)[^\S\n]{1,3}(?P<name>[A-Z][\w'’.-]{0,30}(?:[^\S\n][\w'’.-]{1,30}){1,4}?)"
    r"(?=[^\S\n]{0,3}(?:\*|/[^\S\n]|[-–—][^\S\n]|\|))"
)
"""A byline run into the paragraph it opens, closed by a mark (``Por Jane Doe*- Desde ...``,
``By Jane Doe / Special to The Daily Times...``): a page whose byline lost its line break."""


_BULLET_NAME = re.compile(r"[•·▪][^\S\n]{0,3}(?P<name>[^\n]{3,60})")
"""A name alone after a bullet, as a magazine sets its author under the standfirst (``• Jane Doe``)."""


@functools.cache
def _ideographic_opener() -> re.Pattern[str]:
    """A Korean paper's outlet and reporter in brackets opening the lede, or an anchor's hand-over.

    As :func:`standfirst_author` reads them.
    """
    titles = _alternation(_by_language("newsroom_titles"))
    handovers = _alternation(_by_language("report_handovers"))
    return re.compile(
        rf"[\[【(（][^\S\n]{{0,2}}[^\]】)）=＝\n]{{1,20}}[=＝][^\S\n]{{0,2}}"
        rf"(?P<names>{_HANGUL_NAME}(?:[·,][^\S\n]{{0,2}}{_HANGUL_NAME}){{0,3}})[^\S\n]{{0,2}}(?:{titles})"
        r"[^\S\n]{0,2}[\]】)）]"
        # "박준규 기자의 보도입니다.": a broadcast's anchor hands over to the reporter's story
        rf"|(?P<handed>{_HANGUL_NAME})[^\S\n]{{0,2}}(?:{titles})(?:{handovers})[.!]?\Z"
    )


_ARABIC_LETTER = r"\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff"
_ARABIC_WORD = rf"[{_ARABIC_LETTER}][{_ARABIC_LETTER}\u200c]{{1,20}}"
"""A word in Arabic letters (Arabic, Persian, Urdu), a zero-width non-joiner inside it or not."""
_AGENCY_WRITER_LEAD = re.compile(
    rf"{_ARABIC_WORD}(?:[^\S\n]{_ARABIC_WORD}){{0,3}}[^\S\n]{{0,2}}؛[^\S\n]{{0,2}}"
    rf"(?P<name>{_ARABIC_WORD}(?:[^\S\n]{_ARABIC_WORD}){{1,2}})[^\S\n]{{1,2}}[-–—][^\S\n]"
)
"""A lede opened by its agency and its writer in Arabic letters, the agency closed by an Arabic
semicolon and the writer by a dash (``خبرگزاری نمونه؛ نام نویسنده - …``)."""


_MARKED_BYLINE = re.compile(
    r"<(?P<level>h[56])>[^\S\n]{0,2}(?:<(?:strong|b)>)?(?P<name>[^<>\n]{3,60}?)(?:</(?:strong|b)>)?"
    r"[^\S\n]{0,2}</(?P=level)>"
)
"""A name in a minor heading's marks opening a copy that kept its HTML
(``<h6><strong>Jane Doe</strong></h6> <h4>…``): its byline, over the standfirst."""


def _run_in_byline(paragraph: str) -> Piece | None:
    """The name of a byline run into the paragraph it opens, as a local piece (:func:`standfirst_author`)."""
    if not paragraph[:1].isascii() or paragraph[:1] == "[":
        opener = _ideographic_opener().match(paragraph)
        if opener is not None:
            group = "names" if opener.group("names") else "handed"
            name = _IDEOGRAPHIC_NAME.match(opener.group(group))
            if name is not None:
                at = opener.start(group)
                return (at + name.start(), at + name.end())
        lead = _AGENCY_WRITER_LEAD.match(paragraph)
        if lead is not None:
            return lead.span("name")
    if paragraph[:1] == "<":
        marked = _MARKED_BYLINE.match(paragraph)
        named = marked is not None and is_name(marked.group("name").strip(), capitals=True)
        return marked.span("name") if marked is not None and named else None
    opening = _OPENING_BYLINE.match(paragraph)
    if opening is not None and is_name(opening.group("name"), capitals=True):
        return opening.span("name")
    return None


def standfirst_authors(paragraph: str, offset: int) -> list[Piece]:
    """The writers one of the story's first paragraphs names, as pieces; none when it names no one.

    A citation's writers (:func:`citation`), or the author of :func:`standfirst_author`.
    """
    cited = citation(paragraph, offset)
    if cited is not None:
        return cited
    author = standfirst_author(paragraph, offset)
    return [] if author is None else [author]


def standfirst_author(paragraph: str, offset: int) -> Piece | None:
    """The author named in a standfirst ("Senior Fellow Jane Doe outlines ...").

    Or in a byline run into the paragraph it opens (``By Jane Doe / Special to ...``, or a Korean
    paper's ``[헤럴드경제=박세환 기자] ...``: its outlet, an equals sign and the reporter), in a
    broadcast anchor's hand-over to the reporter (``박준규 기자의 보도입니다.``, the endings of
    ``report_handovers``), in a lede opened by its agency and writer in Arabic letters
    (:data:`_AGENCY_WRITER_LEAD`), a name in a minor heading's HTML marks opening a copy
    (:data:`_MARKED_BYLINE`), an outlet's name alone under the standfirst (``The Example
    Shimbun``, :func:`is_outlet`), or a name alone after a bullet under it (``• Jane Doe``).
    """
    opened = _run_in_byline(paragraph)
    if opened is not None:
        return (offset + opened[0], offset + opened[1])
    if is_outlet(paragraph):
        return (offset, offset + len(paragraph))
    bullet = _BULLET_NAME.fullmatch(paragraph)
    if bullet is not None and is_name(bullet.group("name")) and not is_outlet(bullet.group("name")):
        return (offset + bullet.start("name"), offset + bullet.end("name"))
    match = _STANDFIRST.search(paragraph, 0, STANDFIRST_CHARS)
    if match is None:
        return None
    return (offset + match.start("name"), offset + match.end("name"))


def link_text(line: str) -> Piece | None:
    """The text of a line that is one Markdown link (``[Global Times](#)``), as a local piece."""
    match = _LINK.fullmatch(line)
    return None if match is None else (match.start(1), match.end(1))


_NOT_OUTLET = re.compile(r"[\d,;:()]")
_OUTLET_WORDS = frozenset(
    {
        "news", "shimbun", "times", "post", "herald", "journal", "daily", "tribune", "press", "agency",
        "gazette", "telegraph", "guardian", "review", "chronicle", "mail", "express", "today", "wire",
    }
)  # fmt: skip


def is_outlet(text: str) -> bool:
    """Whether ``text`` names a news outlet as a byline (``ABC News``, ``The Yomiuri Shimbun``).

    Two to :data:`MAX_OUTLET_WORDS` capitalised words, the last an outlet word (news, times, ...).
    """
    if len(text) > NAME_CHARS:
        return False
    words = text.split()
    if not 2 <= len(words) <= MAX_OUTLET_WORDS or _NOT_OUTLET.search(text):
        return False
    if is_section_name(text):
        return False  # a section's label ("Sports News", "World News")
    return words[-1].lower() in _OUTLET_WORDS and all(word[:1].isupper() for word in words)


def is_section_name(text: str) -> bool:
    """Whether ``text`` names a site's section or list of stories (``Sports News``, ``Recent Features``).

    One to :data:`SECTION_NAME_WORDS` capitalised words of :data:`_SECTION_WORDS`, the last of
    them may be ``News``, ``Stories`` or ``Headlines``.
    """
    words = text.split()
    if not 1 <= len(words) <= SECTION_NAME_WORDS or not all(word[:1].isupper() for word in words):
        return False
    if len(words) > 1 and words[-1].lower() in {"news", "stories", "headlines"}:
        words = words[:-1]
    return all(word.lower() in _SECTION_WORDS for word in words)


def is_agency(text: str) -> bool:
    """Whether ``text`` is a news agency's name (``Reuters``, ``JIJI Press``, ``dpa``, ``Keystone-SDA``)."""
    if len(text) > NAME_CHARS:
        return False  # no agency's name runs this long; a long line is not lowered
    name = text.strip().lower()
    if name in _AGENCIES:
        return name not in _DESKS
    # Two agencies' names joined by a hyphen, or one joined to a single word ("Keystone-SDA").
    first, hyphen, last = name.partition("-")
    return bool(hyphen) and " " not in name and (first in _AGENCIES or last in _AGENCIES) and "-" not in last


_PHOTO_DESCRIPTION = re.compile(
    r"\b(?:photo(?:graph)?s?|pictured|aerial[^\S\n]view|foto)\b"
    r"|\((?:(?:top|bottom|far|second|third|front|back)[^\S\n](?:from[^\S\n])?)?(?:L|R|C|left|right|cent(?:er|re))\)",
    re.IGNORECASE,
)
"""What a photo's caption says and a story's paragraph rarely does: a photo, who is pictured, where
they stand in it (``(bottom L)``, ``(second from left)``)."""


@functools.cache
def _placed_sign_off() -> re.Pattern[str]:
    """A reporter's place, name and newsroom title closing a story (:func:`placed_sign_off`)."""
    titles = _alternation(_by_language("newsroom_titles"))
    return re.compile(
        rf"(?:(?<=[/\s(\[])|\A)[\uac00-\ud7a3]{{1,8}}[^\S\n]{{0,2}}[=＝][^\S\n]{{0,2}}"
        rf"(?P<name>{_HANGUL_NAME}|{_HAN_NAME})[^\S\n]{{0,2}}(?:{titles})"
        r"(?:[^\S\n]{0,3}[A-Za-z0-9._%+-]{1,40}@[A-Za-z0-9.-]{2,60})?[^\S\n]{0,2}[\])]?\Z"
    )


def placed_sign_off(paragraph: str) -> Piece | None:
    """The reporter's name in a Korean paper's sign-off closing ``paragraph``, as a local piece.

    The place, an equals sign, the name and a newsroom title of ``byline_words.json``, an e-mail
    address after them or not, set off by a space or a slash or glued to the last sentence
    (``… 전했다. /도쿄=홍길동특파원hong@example.co.kr``, ``서울=김철수 기자 kim@example.com``).
    Only the paragraph's last :data:`PLACED_SIGN_OFF_CHARS` are read.
    """
    start = max(0, len(paragraph) - PLACED_SIGN_OFF_CHARS)
    if "=" not in paragraph[start:] and "＝" not in paragraph[start:]:
        return None
    match = _placed_sign_off().search(paragraph, start)
    return None if match is None else match.span("name")


def news_sign_off(line: str) -> bool:
    """Whether ``line`` is an outlet's initialism and its news word, signing a story off (``VOA 뉴스``).

    The initialism in Latin capitals (at most :data:`_AGENCY_INITIALISM`), the word one of
    ``news_words`` in ``byline_words.json`` in a language not written in Latin letters (``KBS 뉴스``,
    ``NHK ニュース``): an English outlet's name alone is as often the site's own label.
    """
    initialism, _, word = line.partition(" ")
    return (
        initialism.isupper()
        and initialism.isascii()
        and initialism.isalpha()
        and 2 <= len(initialism) <= _AGENCY_INITIALISM
        and word.strip() in _by_language("news_words")
    )


def _signed_writer(paragraph: str) -> Piece | None:
    """The writer or outlet a closing ``paragraph`` names, as a local piece, if it names one.

    A line naming the writer (``This article was written by …``, ``….-Jane Doe, Example News``),
    a Korean reporter's sign-off (:func:`placed_sign_off`) or an outlet's news line alone
    (:func:`news_sign_off`).
    """
    written = _WRITTEN_BY.fullmatch(paragraph) or _NAME_SIGN_OFF.fullmatch(paragraph)
    if written is not None and is_name(written.group("name")):
        return written.span("name")
    if paragraph.isascii():
        return None
    if news_sign_off(paragraph):
        return (0, len(paragraph))
    return placed_sign_off(paragraph)


def sign_off(paragraph: str, offset: int) -> Piece | None:
    """The agency or writer that signs off a story at its end.

    An agency in brackets (``... overseas earnings. (dpa)``), with an editor's initials after them
    or not (``... (AP) SMJ``), or after a dash (``... - Bernama``); a writer after a dash or a bar
    and a "by" word (``… | ulat ni Jane Doe``), or run into the last sentence (``… over os. Jane
    Doe``). An agency closing a caption-length line that describes a photo (``An aerial view
    shows ... (bottom L) ... (REUTERS)``) credits the photo, not the story. A Korean reporter's sign-off
    (:func:`placed_sign_off`) and an outlet's news line alone (:func:`news_sign_off`) sign it too.
    """
    signer = _signed_writer(paragraph)
    if signer is not None:
        return (offset + signer[0], offset + signer[1])
    match = _SIGN_OFF.match(paragraph)
    if match is None or (
        len(paragraph) <= CAPTION_CHARS and _PHOTO_DESCRIPTION.search(paragraph) is not None
    ):
        return None
    group = next(name for name in ("agency", "dashed", "bare", "named") if match.group(name) is not None)
    if group == "named":
        return _run_in_writer(match, offset)
    return _marked_signer(match, paragraph, offset, group)


def _run_in_writer(match: re.Match[str], offset: int) -> Piece | None:
    """A writer's name run into the paragraph's last sentence, its line break lost (``… over os. Jane Doe``).

    No function word of any language stands among its words (``Im Strafraum``, ``Las Islas``).
    """
    name = match.group("named")
    if not is_name(name) or any(word.casefold() in function_words() for word in name.split()):
        return None
    return (offset + match.start("named"), offset + match.end("named"))


def _marked_signer(match: re.Match[str], paragraph: str, offset: int, group: str) -> Piece | None:
    """The agency or writer signing off in brackets, after a dash or a bar, or in capitals after it."""
    # A news site's address in brackets signs off a story it supplied, as an agency does ("(detik.com)").
    # A story's sentence closes before it, or it stands alone: after a title and its outlet ("… |
    # ORF (orfonline.org)") the address names the site a repost copied the title from.
    before = paragraph[: match.start(group)].rstrip("( ")
    addressed = (
        group == "agency"
        and _NEWS_SITE.fullmatch(match.group(group)) is not None
        and (not before or before.endswith((".", "!", "?", "”", '"', "»", "。")))
    )
    # A bar sets off a writer's credit after a "by" word ("… region. | ulat ni Jane Doe"); an
    # agency after a bar closes a title's line, the outlet's name ("… | Reuters").
    barred = match.group("mark") == "|"
    # An agency glued to the last sentence signs it in the wire's own lower case ("….(antara)");
    # a name so glued in its capitals ("….(Reuters)", "….(PTI)") cites a source or credits a photo.
    if match.group("glued") is not None and not match.group("agency").islower():
        return None
    if (is_agency(match.group(group)) or addressed) and not barred:
        return (offset + match.start(group), offset + match.end(group))
    # A writer's name after the dash or the bar and a "by" word ("— by Jane Doe.", "— ulat ni Jane Doe").
    signed = _SIGNED_BY.fullmatch(match.group(group)) if group == "dashed" else None
    if signed is None or not is_name(signed.group("name")):
        return None
    start = offset + match.start(group) + signed.start("name")
    return (start, start + len(signed.group("name")))


_SIGNED_NAME = r"(?P<name>[A-Z][\w'’.-]{1,30}(?:[^\S\n][A-Z][\w'’.-]{1,30}){1,3})"
_WRITTEN_BY = re.compile(
    r"(?i:this|the)[^\S\n]+(?i:article|story|post|report|piece|analysis)[^\S\n]+(?:was[^\S\n]+)?"
    rf"(?:written|prepared|compiled)[^\S\n]+by[^\S\n]+{_SIGNED_NAME}"
    r"(?:[^\S\n]+(?:at|for|of|from)[^\S\n]+[\w.&' -]{2,60})?[^\S\n]*\.?"
)
"""A closing line naming the story's writer (``This article was written by Jane Doe at example.com.``)."""
_NAME_SIGN_OFF = re.compile(
    rf"[^\n]{{0,3000}}?[.!?”\"][^\S\n]{{0,2}}[-–—][^\S\n]{{0,2}}{_SIGNED_NAME},[^\S\n]{{1,3}}"
    r"[A-Z][\w&'’.-]{1,30}(?:[^\S\n][A-Z][\w&'’.-]{1,30}){0,3}\.?"
)
"""A writer's name and outlet after a dash closing the last sentence (``….-Jane Doe, Example News``)."""
_NEWS_SITE = re.compile(r"[a-z][a-z0-9-]{1,30}\.(?:com|co\.[a-z]{2}|net|org|id|in|jp)")
"""A news site's address in lower case (``detik.com``, ``kompas.id``), as it signs off a story it supplied."""
_SIGNED_BY = re.compile(
    r"(?i:by|written by|reporting by|por|par|von|di|sa panulat ni|ulat ni|ni)"
    r"[^\S\n]{1,3}(?P<name>[A-Z][\w .-]{2,40})"
)
"""A "by" word and a name after a closing dash (English, Spanish, French, German, Italian, Tagalog)."""


def speech_byline(line: str, offset: int) -> list[Piece] | None:
    """Speakers in ``with NATO Secretary General Jens Stoltenberg and the Prime Minister, Shinzo Abe``.

    Each part is an office followed by a name; the name is the text after the part's last comma,
    or its trailing capitalised words that are not office words.
    """
    match = _SPEECH.fullmatch(line)
    if match is None:
        return None
    pieces: list[Piece] = []
    rest, base = match.group("rest"), offset + match.start("rest")
    position = 0
    for separator in [*_SPEECH_PARTS.finditer(rest), None]:
        stop = len(rest) if separator is None else separator.start()
        part = rest[position:stop]
        part_start = base + position
        position = len(rest) if separator is None else separator.end()
        comma = part.rfind(",")
        words = part[comma + 1 :].split() if comma >= 0 else part.split()
        name_words: list[str] = []
        for word in reversed(words):
            if word.lower() in _OFFICES or not word[:1].isupper():
                break
            name_words.insert(0, word)
        name = " ".join(name_words)
        if not name_words or (not is_name(name) and len(name_words) != 1):
            return None
        at = part.rfind(name)
        if at < 0:
            return None
        pieces.append((part_start + at, part_start + at + len(name)))
    return pieces or None


_STATEMENT = re.compile(
    r"(?:(?:opening |closing |keynote )?(?:statement|speech|address|remarks|message|lecture|briefing"
    r"|(?:press|news) conference))"
    r"[^\S\n]{1,3}(?P<rest>(?:by|of)[^\S\n]{1,3}[^\n]{3,300}?)"
    r"(?:[^\S\n]{1,3}(?:to|at|before|on|in|for)[^\S\n]{1,3}(?:the[^\S\n]{1,3})?[A-Z][^\n]{0,200}"
    # its place and date after a comma ("Briefing by ... Maria Zakharova, Moscow, October 12, 2017"),
    # or its time and date in brackets ("Press Conference by Minister Jane Doe (10:00-10:20 July 5, 2016)")
    r"|,[^\S\n]{1,3}[A-Z][^\n,]{1,40},[^\S\n]{1,3}[^\n]{0,40}\d{4}"
    r"|[^\S\n]{0,3}\((?=[^()\n]{0,40}\d)[^\n]{1,80}\))?",
    re.IGNORECASE,
)


_OWN_STATEMENT = re.compile(
    r"(?P<who>[A-Z][^\n\d:|]{3,120}?)(?:'s|’s)[^\S\n]{1,3}(?:regular[^\S\n]{1,3}|daily[^\S\n]{1,3})?"
    r"(?:press conference|press briefing|briefing|remarks|speech|statement|address)\b",
    re.IGNORECASE,
)
"""A speaker's own briefing (``Foreign Ministry Spokesperson Mao Ning's Regular Press Conference``),
the office and name opening the line: a label or a date before them (``Transcripts, May 5: ...``) is
another title's."""


def statement_byline(line: str, offset: int, *, title: bool = False) -> list[Piece] | None:
    """Speakers of a line such as ``Statement by Prime Minister Jane Doe to the Council``.

    Args:
        line: The line.
        offset: Where it starts in the page.
        title: Whether the line is the page's headline, which may also name its speaker as the
            owner of the briefing (``Foreign Ministry Spokesperson Mao Ning's Regular Press
            Conference on April 24, 2023``).
    """
    own = _OWN_STATEMENT.match(line) if title else None
    if own is not None:
        # As "by <who>": the speaker is the part's trailing name after its office words.
        pieces = speech_byline("by " + own.group("who"), offset - len("by "))
        if pieces is None or not all(is_name(line[start - offset : end - offset]) for start, end in pieces):
            return None
        return pieces
    match = _STATEMENT.fullmatch(line)
    if match is None:
        return None
    rest = match.group("rest")
    if rest[:2].lower() == "of":
        rest = "by" + rest[2:]
    pieces = speech_byline(rest, offset + match.start("rest"))
    if pieces is None or not all(_speaker_named(line, start - offset, end - offset) for start, end in pieces):
        return None  # an office alone ("Statement by the Ministry") names no speaker
    return pieces


def _speaker_named(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` names a speaker: a name, or a surname alone after an office.

    ``Press Conference by Defense Minister Nakatani``: a ministry writes its minister by his
    surname under his office (``Minister``, :data:`_OFFICES`).
    """
    name = line[start:end]
    if is_name(name):
        return True
    before = line[:start].split()
    return (
        bool(before)
        and before[-1].casefold().strip(",.") in _SURNAME_TITLES
        and name.isalpha()
        and name[:1].isupper()
        and name[1:].islower()
        and len(name) >= _SURNAME_CHARS
        and name.casefold() not in _NOT_ALONE | _NOT_NAMES
    )


_SURNAME_CHARS = 3
"""The fewest letters of a surname written alone after an office (``Abe``)."""
_SURNAME_TITLES = _OFFICES - {
    "the", "of", "for", "his", "her", "japan", "affairs", "state", "nato", "foreign", "defense", "defence",
    "cabinet", "vice", "deputy", "prime", "excellency",
}  # fmt: skip
"""The words of :data:`_OFFICES` that are a title a surname may follow alone (``Minister``, ``Dr.``)."""


_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
"""A year of the last three centuries, as a speech's delivery line dates it."""
_SPECIAL_TO = re.compile(
    r"(?:special|exclusive|especial|exclusivo|exclusiva|exclusivamente|spécial|speciale|esclusiva|exklusiv)"
    r"[^\S\n]{1,3}(?:to|for|para|pour|per|für|a)[^\S\n]{1,3}(?:(?:the|o|a|le|la|il|el)[^\S\n]{1,3})?"
    r"[^\W\d_][\w.&'’-]{1,30}(?:[^\S\n][^\W\d_][\w.&'’-]{1,30}){0,3}",
    re.IGNORECASE,
)
"""A writer's credit line naming the outlet he wrote for (``Special to The Japan Times``, ``Especial
para DefesaNet``); the line over it names the writer."""


@functools.cache
def _delivery() -> re.Pattern[str]:
    """A speech's delivery line opened by a word of ``delivery_words`` (:func:`is_special_credit`)."""
    words = _alternation(_by_language("delivery_words"))
    return re.compile(rf"(?i:{words})[^\S\n]{{1,3}}[^\n]{{4,{2 * NAME_CHARS}}}")


def is_special_credit(line: str) -> bool:
    """Whether ``line`` is a credit line under a writer's or a speaker's name.

    ``Special to OUTLET`` names the outlet he wrote for; a speech's delivery line names when
    (and where) the speaker gave it (``delivered 4 May 2023, Example Hall, Springfield``), its
    date's year in it: the name over either is the byline.
    """
    stripped = line.strip()
    if len(stripped) <= NAME_CHARS and _SPECIAL_TO.fullmatch(stripped) is not None:
        return True
    return _delivery().fullmatch(stripped) is not None and _YEAR.search(stripped) is not None


def name_with_affiliation(line: str, offset: int) -> Piece | None:
    """The name in a short credit line.

    ``Stephen Granger, bird story agency`` or ``Jane Doe (Example University)``.
    """
    match = _AFFILIATION.fullmatch(line)
    if match is None or line.rstrip()[-1:] in '.!?"”':
        return None
    rest = match.group("rest") or match.group("bracketed")
    # A name in capitals only beside a newsroom role or an agency ("JANE DOE, Kyodo News
    # correspondent", "JANE DOE, Associated Press"), so a place in capitals with its country is no name.
    capitals = _NEWSROOM_ROLE.search(rest) is not None or is_agency(rest)
    name = without_job_title(match.group("name").strip())
    if len(rest.split()) > AFFILIATION_WORDS or not is_name(name, capitals=capitals):
        return None
    if _POSTAL_CODE.search(rest) is not None:
        return None  # a town and its postal code are an address ("Dorchester Center, MA 02124")
    if _issue_date(rest):
        return None  # a series and its issue's month ("Policy Note, September 2025") name no one
    return (offset + match.start("name"), offset + match.start("name") + len(name))


def _issue_date(text: str) -> bool:
    """Whether ``text`` is a month and its year alone (``September 2025``), as a series dates its issue."""
    found = find_dates(text.strip(), carry_year=False, bare_years=False)
    return len(found) == 1 and found[0].text == text.strip() and found[0].date.day is None


_POSTAL_CODE = re.compile(r"(?<![\w-])(?:\d{5,6}(?:-\d{4})?|(?!19|20)\d{4}|\d{3}-\d{4})(?![\w-])")
"""A postal code after a town's name (``MA 02124``, ``75008``, ``100-0013``, ``8001``); four digits
that may be a year (``Class of 2020``) are none."""


@functools.cache
def _note_pattern() -> re.Pattern[str]:
    """The opening of an author's note, in any language of the vocabulary (:func:`_note_opening`)."""
    verbs = _alternation(_word_list("note_verbs"))
    articles = _alternation(_word_list("note_articles"))
    return re.compile(
        r"(?P<name>[A-Z][\w'’.-]+(?:[^\S\n][A-Z][\w'’.-]+){1,3})[^\S\n]+"
        rf"(?i:{verbs})[^\S\n]+(?:(?i:{articles})[^\S\n]*)?"
        r"(?P<job>[^\W\d_][\w'’-]*(?:[^\S\n][^\W\d_][\w'’-]*){0,3})"
    )


def _note_opening(text: str) -> re.Match[str] | None:
    """The name and job opening an author's note, if ``text`` opens as one.

    ``Jane Doe is a political reporter at ...``, ``Jane Doe est journaliste spécialisée en ...``:
    a name, a verb of being and an article of ``note_verbs`` and ``note_articles``, and among the
    next four words a job of ``note_jobs`` or an office (:data:`_NOTE_JOBS`).
    """
    match = _note_pattern().match(text)
    if match is None or not is_name(match.group("name")):
        return None
    words = {word.casefold() for word in _NOTE_WORDS.findall(match.group("job"))}
    return match if words & (_word_list("note_jobs") | _NOTE_JOBS) else None


def _short_note(sentence: str, opening: re.Match[str]) -> bool:
    """Whether the note's sentence is short (:data:`NOTE_WORDS`) and goes on with no clause of a story."""
    return len(sentence.split()) <= NOTE_WORDS and not _NOTE_CLAUSE.search(sentence, opening.end("job"))


_NOTE_SENTENCE = re.compile(r"[^.!?]{1,300}[.!?]")


def foot_author_note(paragraph: str, offset: int) -> Piece | None:
    """The author of a note on him under the story, if ``paragraph`` opens with one.

    Read as :func:`_note_opening` reads one, in a first sentence that :func:`_short_note` passes.
    """
    match = _note_opening(paragraph)
    if match is None:
        return None
    sentence = _NOTE_SENTENCE.match(paragraph, match.end("name"))  # past a name's dots ("Dr. Jane Doe")
    first = paragraph if sentence is None else paragraph[: sentence.end()]
    return (offset + match.start("name"), offset + match.end("name")) if _short_note(first, match) else None


_BIO_PHRASES = 3
"""The fewest phrases of a writer's tag line of a bio (``Web pioneer. Tv lover. Travel aficionado.``)."""
_BIO_PHRASE_WORDS = 5
"""The most words of each of its phrases."""
_BIO_PHRASE = re.compile(r"[^.!?]+")


def is_bio_tagline(paragraph: str) -> bool:
    """Whether ``paragraph`` is a writer's bio of short phrases, each capitalised and closed by a stop.

    ``Web pioneer. Typical pop culture geek. Certified communicator.``: :data:`_BIO_PHRASES` or
    more phrases of at most :data:`_BIO_PHRASE_WORDS` words, as an author's box under a story
    sets its writer's line about himself under his name.
    """
    text = paragraph.strip("\"“”'")
    if not text.endswith((".", "!")):
        return False
    phrases = [phrase.strip() for phrase in _BIO_PHRASE.findall(text)]
    return len(phrases) >= _BIO_PHRASES and all(
        phrase[:1].isupper() and len(phrase.split()) <= _BIO_PHRASE_WORDS for phrase in phrases
    )


_SITE_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9-]{1,30}(?:\.[a-z]{2,6}){1,2}")
"""A news site's address alone (``Oxu.az``, ``example.co.uk``), as a repost signs off the story it took."""


def is_site_address(text: str) -> bool:
    """Whether ``text`` is a news site's address alone, as a repost's sign-off names its source."""
    return len(text) <= NAME_CHARS and _SITE_ADDRESS.fullmatch(text) is not None


_HAN_NAMES = re.compile(rf"{_HAN_NAME}(?:[,，、][^\S\n]{{0,2}}{_HAN_NAME}){{0,5}}")
"""A journal article's writers in Han characters, set apart by commas (``林美玲,陳志豪``)."""
_BRACKETED = re.compile(r"[(（][^()（）\n]{2,120}[)）]")


def is_han_names(line: str) -> bool:
    """Whether ``line`` is a list of names in Han characters alone (``林美玲,陳志豪``)."""
    return _HAN_NAMES.fullmatch(line) is not None


def names_over_affiliation(line: str, following: str, offset: int) -> list[Piece] | None:
    """The writers of a line of names in Han characters over their institution in brackets.

    ``林美玲,陳志豪`` / ``(某某大學 國際關係學院,台北 100)``: a journal prints its writers so under the
    title; the bracket holds a word of ``institution_words``. A writer's name alone over an op-ed's
    headline that opens with it and a colon (``王小明`` / ``王小明:論某事``) is one too. Any other
    line gives ``None``.
    """
    if _HAN_NAMES.fullmatch(line) is None:
        return None
    headed = following.startswith(line) and following[len(line) : len(line) + 1] in {":", "："}
    if not headed and (
        _BRACKETED.fullmatch(following) is None
        or not any(word in following for word in _by_language("institution_words"))
    ):
        return None
    return [(offset + name.start(), offset + name.end()) for name in re.finditer(_HAN_NAME, line)]
