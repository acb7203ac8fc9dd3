"""The top of a page: date lines, datelines, site names and source lines.

Each reader takes one stripped line and its offset and returns what it found
as offsets into the raw text, or ``None`` when the line is not of its kind.
"""

import functools
import json
import re
from pathlib import Path

import attrs

from japan_nato_corpus.dates import (
    DateMatch,
    find_dates,
    glued_to_label,
    is_month_name,
    is_update_label,
    label_role,
    parse_date,
)
from japan_nato_corpus.errors import ParseError
from japan_nato_corpus.parse import _boilerplate
from japan_nato_corpus.parse._bylines import (
    Piece,
    byline,
    caption_line,
    is_agency,
    is_name,
    is_outlet,
    is_section_name,
    link_text,
)
from japan_nato_corpus.parse._limits import (
    ACRONYM_CHARS,
    DATELINE_CHARS,
    FOOTER_DATE_CHARS,
    FOOTER_SOURCE_WORDS,
    HEADER_DATE_CHARS,
    HEADER_DATE_SUFFIX_CHARS,
    HEADER_DATE_SUFFIX_WORDS,
    HEADLINE_CHARS,
    KICKER_WORDS,
    LEDE_WORDS,
    NAME_CHARS,
    PAPER_STAMP_CHARS,
    PROSE_MIN_WORDS,
    RUN_IN_LINE_CHARS,
    RUN_IN_WORDS,
)

_S = r"[^\S\n]"
_MONTH = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}"
    r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]{0,6})\.?"
)
"""An English month, in title case or in capitals (a dateline in capitals: ``STEPANAKERT, OCTOBER 22``)."""
# A month in Spanish, French, Italian, Portuguese or German, for a wire's dateline ("Madrid, 5 mar (EFE).-").
_FOREIGN_MONTH = (
    r"(?i:ene|enero|feb|febr|febrero|févr|février|febbraio|fev|fevereiro|februar|mar|marzo|mars|março|märz"
    r"|abr|abril|avr|avril|apr|aprile|mai|mayo|maggio|maio|jun|junio|juin|giu|giugno|junho|juni|jul|julio"
    r"|juil|juillet|lug|luglio|julho|juli|ago|agosto|août|aug|sept|septiembre|septembre|set|settembre"
    r"|setembro|sep|september|oct|octubre|octobre|ott|ottobre|out|outubro|okt|oktober|nov|noviembre"
    r"|novembre|novembro|november|dic|diciembre|déc|décembre|dicembre|dez|dezembro|dezember)\.?"
)
# Written with [ ] for a space, as the dateline pattern is verbose.
_CAPS_PLACE = r"[A-Z][A-Z.'’-]{1,30}(?:(?:[ ]|/|[ ]and[ ]|[ ]AND[ ])[A-Z][A-Z.'’-]{1,30}){0,3}"
_TITLE_PLACE = (
    r"(?:The[ ])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž.'’-]{1,30}(?:[ ][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž.'’-]{1,30}){0,2}"
)
"""A place in title case, its letters Latin with any accent (``Tokyo``, ``Brasília``, ``Zürich``)."""
# A place in an Indic, Arabic, Cyrillic or Greek script, of one or two words ("नवी दिल्ली -"); the
# letters and the vowel signs that join them, as a vowel sign is no \w.
_SCRIPT_WORD = r"[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u0900-\u0dff]{2,30}"
_SCRIPT_PLACE = rf"{_SCRIPT_WORD}(?:[ ]{_SCRIPT_WORD})?"
_CASELESS_WORD = r"[\u0600-\u06ff\u0900-\u0dff]{2,20}"
"""A word of a script without capitals (Arabic, Urdu, Persian, the scripts of India)."""
_COUNTRY_WORD = r"[A-Z](?:[^\W\d_]|\.){1,20}"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[^\S\n]{1,3}"
"""An English weekday before a dateline's date (``Honiara, Solomon Islands, Friday 12 September 2025 -``)."""
"""A word of the country after a dateline's place, in any letters (``Japón.``, ``Bélgica``)."""
_DATELINE = re.compile(
    rf"""
    (?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}|{_SCRIPT_PLACE})
    (?:{_S}{{0,2}}\[[^\[\]\n]{{1,30}}\])?                        # The Hague [Netherlands]
    (?P<country>,{_S}{{1,3}}{_COUNTRY_WORD}(?:[ ]{_COUNTRY_WORD}){{0,2}}(?=[^\S\n]*[(—–-]|\.-
        |,{_S}{{1,3}}{_WEEKDAY}|,{_S}{{1,3}}{_MONTH}{_S}{{1,3}}\d)
        |{_S}{{1,3}}\|{_S}{{1,3}}[A-Z][A-Z.'’-]{{1,30}}(?:[ ][A-Z][A-Z.'’-]{{1,30}}){{0,2}}
        (?={_S}{{1,3}}(?:--|[—–])))?
                                        # "…, Solomon Islands, Friday 12 …", "RIYADH | SAUDI ARABIA –"
    (?P<date>(?:,?|{_S}{{0,3}}[—–]){_S}{{1,3}}(?:{_WEEKDAY})?(?:{_MONTH}{_S}{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\.?{_S}{{1,3}}(?:{_MONTH}|(?P<month>[^\W\d_]{{3,12}})\.?))
        (?:,?{_S}{{1,3}}\d{{4}})?
        |{_S}{{1,3}}\({_MONTH}{_S}{{1,3}}\d{{1,2}},{_S}{{1,3}}\d{{4}}\))?
                                                  # a video script's "(AUGUST 25, 2016)"
    (?:,{_S}{{1,3}}(?P<wire>[A-Z][A-Z-]{{2,20}})(?=[:.]|{_S}{{1,3}}(?:--|[—–])))?
                                                  # "…, OCTOBER 22, ARMENPRESS:", "…, June 7, GNA –"
    (?P<paren>,?{_S}{{0,3}}\((?P<agency>[A-Z][^()\n]{{0,60}}|[a-z]{{2,12}}(?:-[A-Za-z]{{1,10}})?
        |{_CASELESS_WORD}(?:[ ]{_CASELESS_WORD}){{0,3}})\))?          # "ٹوکیو(اے ایف پی)"
                                                                 # (AFP), (dpa), (dpa-AFX), (askanews)
    (?:,(?={_S}{{1,3}}(?:--|[—–])))?                   # a comma left where a date was cut: "Tokyo, –"
    (?P<sep>{_S}{{0,3}}(?:--|[—–:])|{_S}{{1,3}}[-|](?=[^\S\n])|(?<=\))\.-|(?<=\))(?=[^\S\n]{{1,3}}[A-Z])|(?<=[\u0600-\u06ff\u0900-\u0dff]\))(?=[^\S\n]{{1,3}}[\u0600-\u06ff\u0900-\u0dff])
        |(?<=\))(?={_S}{{0,3}}\Z)                                  # "Berlin (ots)" alone on its line
        |(?<=\))[^\S\n]{{1,3}}-(?=[A-Z“"])                                # "(Reuters) -Australia ..."
        |(?<=[A-Z])\.(?=[^\S\n]{{1,3}}[A-Z])                      # after a site's name: "JAKARTA. Badan"
        |(?<=[a-z][^\S\n]\d)\.(?=[^\S\n]{{1,3}}[A-Z])|(?<=[a-z][^\S\n]\d\d)\.(?=[^\S\n]{{1,3}}[A-Z])
                                                          # after the day: "BAKU, Azerbaijan, June 12. From"
        |(?<=[^\W\d_])\.-(?=[^\S\n]{{1,3}}[A-ZÀ-Þ¿¡«“"])    # Spanish: "Tokio, Japón.- Corea ..."
        |(?<=\))[^\S\n]{{1,3}}"(?=[^\S\n]{{1,3}}[A-Z])                   # a dash lost to a straight quote
        |(?<=\d)\.{_S}{{1,3}}/(?P<tag>[^/\n]{{1,60}})/\.?)              # "TOKYO, March 19. /TASS/."
    """,
    re.VERBOSE,
)
_SPELLED_DATE = re.compile(
    rf"(?:[^\W\d_]{{3,12}},?{_S}{{1,3}})?\d{{1,2}}\.?{_S}{{1,3}}(?:(?i:de|di){_S}{{1,3}})?{_FOREIGN_MONTH}"
    rf"{_S}{{1,3}}(?:(?i:de|del){_S}{{1,3}})?[12]\d{{3}}"
)
"""A date written out in Spanish, French, Italian, Portuguese or German, with its weekday
(``jueves, 9 de diciembre de 2021``, ``19 juin 2023``)."""


def is_spelled_date(text: str) -> bool:
    """Whether ``text`` is a date alone, written out in another language (``jueves, 9 de diciembre de 2021``).

    A line the date reader may not read still stands as a date line: it is no headline.
    """
    return _SPELLED_DATE.fullmatch(text.strip()) is not None


_LABEL_WORDS = frozenset(
    {
        "COMMENT", "ANALYSIS", "OPINION", "EXCLUSIVE", "UPDATE", "UPDATED", "BREAKING", "WATCH",
        "VIDEO", "PHOTOS", "LIVE", "EDITORIAL", "FEATURE", "INTERVIEW", "EXPLAINER", "REVIEW",
        "NEWS", "COMMENTARY", "PODCAST", "SPONSORED", "ADVERTISEMENT", "NOTE", "SUMMARY",
        "SUBJECT", "SUBJECTS", "TOPIC", "TOPICS", "TAGS", "KEYWORDS", "LOCATION", "TRANSCRIPT", "REPORT",
        "ABSTRACT", "OVERVIEW", "INTRODUCTION", "BACKGROUND", "CONTENTS",
        # a photo's or a graphic's label ("CAPTION: JS Murasame departs Darwin ...")
        "CAPTION", "CAPTIONS", "PHOTO", "IMAGE", "IMAGES", "PICTURE", "CREDIT", "CREDITS",
        "SOURCE", "SOURCES", "FOTO", "BILD", "GRAPHIC",
    }
)  # fmt: skip
"""The labels of a column, a document's part or a photo, in capitals: no dateline's place."""
_SPEAKER_WORDS = frozenset(
    {
        "minister", "secretary", "president", "ambassador", "spokesperson", "spokesman", "spokeswoman",
        "moderator", "chairman", "chair", "senator", "governor", "premier", "question", "q", "a",
        "mr.", "ms.", "mrs.", "dr.", "admiral", "commissioner", "chancellor", "operator",
    }
)  # fmt: skip
"""Words of a transcript's speaker label (``SECRETARY BLINKEN:``), which a colon-closed place never holds."""
_BARE_DATE = re.compile(
    rf"(?:{_MONTH}{_S}{{1,3}}\d{{1,2}}|\d{{1,2}}{_S}{{1,3}}{_MONTH})(?:,?{_S}{{1,3}}\d{{4}})?"
)
_SOURCE_TAG = re.compile(
    rf"\((?:[^()\n]{{1,60}}|[^()\n]{{0,60}}\([^()\n]{{1,20}}\)[^()\n]{{0,20}})\){_S}{{1,3}}(?=[A-Z]{{2}})"
)
_AGENCY_AFTER = re.compile(
    rf"{_S}{{1,3}}(?P<agency>[A-Z][\w&'’-]{{1,20}}(?:[ ][A-Z][\w&'’-]{{1,20}}){{0,2}})\."
    rf"(?={_S}{{1,3}}[A-Z“\"])"
)
"""An agency named after a dated dateline's dash and closed by a full stop (``– RIA Novosti.``)."""
_OUTLET_TAG = re.compile(
    rf"[A-Za-z][\w-]{{1,30}}(?:\.[A-Za-z]{{2,6}}){{1,3}}(?:,|{_S}{{1,3}}[-–—]){_S}{{1,3}}(?=[A-Z])"
)
"""A news site's own name, a web address, before the dateline (``Bisnis.com, JAKARTA -``,
``KONTAN.CO.ID - JAKARTA.``): the site signs its copy and the place follows it."""
_BYLINE_LEAD = re.compile(
    rf"By{_S}{{1,3}}(?P<name>[^\W\d_][^–—\n]{{2,60}}?){_S}{{1,3}}[–—]{_S}{{1,3}}(?=[A-Z])"
)
"""A byline run into the dateline after it, set off by a dash (``By Jane Doe – FRANKFURT (X) –``)."""
_AGENCY_END = re.compile(r"[^-–—/|,;]{1,40}?(?=\s*(?:[-–—/|,;]|\Z))")
_ORIGINAL_SOURCE = re.compile(
    r"(?:the |this (?:article|story|post) was )?"
    r"(?:original source of this article is|originally published (?:by|in|at|on)|source:)"
    rf"{_S}{{1,3}}(?P<source>[^\n]{{1,150}}?)\.?",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"(?:(?:time ?(?:&|and) ?)?(?:first |last |release |publication )?"
    r"(?:published|updated|posted|modified|released|issued|date)"
    r"(?: ?(?:&|and) ?time)?(?: on| at)?"
    # the same labels in Spanish, Portuguese, French, Italian, German, Dutch, Indonesian, Polish
    # and Arabic ("نشر بتاريخ", published on; "تاريخ النشر", date of publication; "تحديث", updated)
    r"|fecha(?: de)?(?: publicación| publicacion| actualización)?|publicado(?: el| em| en| a)?"
    r"|actualizado(?: el| em| en)?|atualizado(?: em)?|publié(?:e)?(?: le)?|mis à jour(?: le)?"
    r"|pubblicato(?: il)?|aggiornato(?: il)?|veröffentlicht(?: am)?|aktualisiert(?: am)?|stand(?: vom)?"
    r"|gepubliceerd(?: op)?|bijgewerkt(?: op)?|diterbitkan(?: pada)?|diperbarui(?: pada)?"
    r"|opublikowano|aktualizacja|نشر(?: بتاريخ| في)?|تاريخ النشر|(?:آخر )?تحديث)[: ]*",
    re.IGNORECASE,
)
_PLACE = re.compile(r"[A-Z][A-Z.'’-]{1,30}(?: [A-Z][A-Z.'’-]{1,30}){0,3}")


def is_date_label(line: str) -> bool:
    """Whether ``line`` is a date's label alone, closed by a colon (``Release Date:``, ``Publié le :``).

    Such a line stands over its date, as a field of a page's table of particulars does.
    """
    text = line.strip()
    return text.endswith(":") and _LABEL.fullmatch(text) is not None


_DATE_FIELD = re.compile(
    r"(?:publish(?:ed|ing)?|publication|release|posted|updated)[ ]date"
    r"|date[ ](?:published|posted|of[ ]publication)"
    # a record's field of the day of its act ("Date of the judgment (decision)", "Date of issue")
    r"|date[ ]of[ ](?:the[ ])?[^\W\d_]{3,20}(?:[ ]\([^\W\d_]{3,20}\))?",
    re.IGNORECASE,
)


def is_date_field(line: str) -> bool:
    """Whether ``line`` is a date's label alone, with its colon or without (``Publish Date``, ``Published:``).

    A page's field label over its date: no name, though written in capitalised words.
    """
    text = line.strip()
    return _LABEL.fullmatch(text) is not None or _DATE_FIELD.fullmatch(text.rstrip(": ")) is not None


_OUTLET = re.compile(r"[A-Z][\w.&'’-]{0,30}(?: [A-Z][\w.&'’-]{0,30}){0,4}")
_DIGIT = re.compile(r"\d")
_SITE_ADDRESS = re.compile(r"[A-Za-z][\w-]{1,30}(?:\.[a-z]{2,6}){1,2}")
_RANGE_START = re.compile(r"(?<![\d:])\d{1,2}:\d{2}\Z")
_RELEASE_NUMBER = re.compile(r"(?:(?i:no|nr|release)\.?[^\S\n]{0,2}|#)?\d{1,4}(?:[-/.]\d{1,5}){1,2}")
"""A press release's or a document's number before its date (``23-010``, ``No. 2023/145``)."""
_SOURCE_LABEL = re.compile(
    r"(?:source|from)[^\S\n]{0,2}:[^\S\n]{0,3}|(?:first[^\S\n])?published[^\S\n]in[^\S\n]", re.IGNORECASE
)
_FILLER = " ,|-–—:：·•/"
_MONTH_STAMP = re.compile(r"date[^\S\n]{1,3}(?P<stamp>[12]\d{3}-(?:0[1-9]|1[0-2]))", re.IGNORECASE)
"""A copy's own date line at month precision (`` date 2024-08``); a bare ``2024-08`` in a line is as
often a range, so only the labelled stamp is read."""


_PLACED_RELEASE = re.compile(
    rf"(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}),{_S}{{1,3}}"
    rf"(?P<kind>[^\W\d_][^\W\d_ ']{{1,30}}(?:{_S}[^\W\d_]{{1,12}}){{0,3}})",
    re.VERBOSE,
)
"""A place and the kind of a release before its date (``Berne, Communiqué de presse, 14.03.2015``)."""
_VOCABULARIES = Path(__file__).parents[1] / "vocabularies"


@functools.cache
def _header_words() -> dict[str, dict[str, list[str]]]:
    """The lists of ``vocabularies/header_words.json``, each by language; read once, on first use."""
    data = json.loads((_VOCABULARIES / "header_words.json").read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if isinstance(value, dict)}


@functools.cache
def header_word_set(key: str) -> frozenset[str]:
    """The words of the list ``key`` of ``header_words.json``, in every language, casefolded.

    ``newsroom_words``: the words of a newsroom desk's name. ``agency_words``: the words for a news
    agency; a dateline's place that holds one is an agency's name (``خبرگزاری مهر:``, the Mehr news
    agency), which opens the story as a dateline does and names no place. ``release_kinds``: the
    kinds of release. ``title_labels``: the labels of a record's title field.
    """
    return frozenset(word.casefold() for words in _header_words()[key].values() for word in words)


def _names_agency(place: str) -> bool:
    """Whether a dateline's place is an agency's name: one the parser knows, or one with an agency word."""
    return is_agency(place) or bool(header_word_set("agency_words") & set(place.casefold().split()))


@functools.cache
def _place_names() -> frozenset[str]:
    """The places of ``place_words.json`` (CLDR's cities and countries, in many languages); read once."""
    data = json.loads((_VOCABULARIES / "place_words.json").read_text(encoding="utf-8"))
    return frozenset(data["places"])


def is_known_place(text: str) -> bool:
    """Whether ``text`` names a city or a country CLDR names, in any case (``Tokio``, ``United states``)."""
    return " ".join(text.casefold().split()) in _place_names()


@functools.cache
def _reading_time() -> re.Pattern[str]:
    """A reading time (``5 min read``, ``<1 minut de citit``) in ``header_words.json``'s words; read once."""
    words = sorted(
        {word for words in _header_words()["reading_time"].values() for word in words}, key=len, reverse=True
    )
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"[^\S\n]{1,3}") for word in words)
    return re.compile(rf"[<~]?[^\S\n]?\d{{1,3}}[^\S\n]?(?:{alternatives})", re.IGNORECASE)


@functools.cache
def _source_line() -> re.Pattern[str]:
    """A source's label in ``header_words.json``'s words and the outlet it names, if any (``来源：新华网``).

    The label may be run into the date after it (``自媒体2025-09-24``), as these languages write no
    space between words; the outlet is a name in their scripts or in Latin letters. Read once.
    """
    words = sorted(
        {word for words in _header_words()["source_labels"].values() for word in words}, key=len, reverse=True
    )
    alternatives = "|".join(re.escape(word) for word in words)
    letter = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"  # kana, ideographs and Hangul
    outlet = rf"[{letter}A-Za-z][{letter}\w.&-]{{0,19}}"
    return re.compile(rf"(?:{alternatives})(?:[^\S\n]{{0,2}}[:：][^\S\n]{{0,2}}(?P<outlet>{outlet}))?")


_WIRE_NAME = re.compile(r"(?P<wire>[A-Z]{2,6})[^\S\n]{1,3}[-–—|/][^\S\n]{1,3}(?P<name>[^\W\d_][^\n]{2,60})")
"""A wire's initials and its writer's name before the date (``AFP - Jane Doe 12.3.2023 14:01``)."""


def _update_after(text: str, matches: tuple[DateMatch, ...], end: int) -> bool:
    # Whether the date after the first is an update's stamp under its label that closes the line
    # (", muokattu 12.3.2023 14:58", "Modificat la 16:52 08 Dec 2025"), no suffix of the first.
    if len(matches) != 2 or not matches[1].label or text[matches[1].end : end].strip(_FILLER):
        return False
    between = text[matches[0].end : matches[1].start].strip(_FILLER + " ")
    return between.casefold() == matches[1].label.casefold() and label_role(matches[1].label) != "published"


def _venue_after(found: DateMatch, prefix: str, suffix: str, text: str) -> bool:
    """Whether ``found``, under its label alone (``prefix``), opens its line and a venue follows it."""
    # "delivered 11 April 2024, Main Hall, City Centre, Springfield": the label as written.
    if not found.label or prefix.casefold() != found.label or not text[found.end :].startswith(","):
        return False
    words = suffix.replace(",", " ").split()
    return 0 < len(words) <= 2 * HEADER_DATE_SUFFIX_WORDS and _capitalised(words)


@attrs.frozen(kw_only=True)
class HeaderDate:
    """A line of the page top that carries a date, and what else it names.

    Attributes:
        found: The date.
        place: The dateline place before the date (``BRUSSELS``), if any.
        outlet: The publisher named before the date (``Global Research,``), if any.
        names: Byline names before the date (``By Jane Doe | July 5, 2022``).
        outlet_at: Where the outlet's name stands, if one is named.
    """

    found: DateMatch
    place: Piece | None = None
    outlet: str | None = None
    names: tuple[Piece, ...] = ()
    outlet_at: Piece | None = None


def header_dates(text: str, start: int, end: int) -> tuple[DateMatch, ...]:
    """The dates written in full in ``text[start:end]``.

    A page's own date is stated, never inferred: dates without a year and years
    standing alone (``"since 2007"``) are not read here.
    """
    if start > 0 and text[start - 1].isalnum():
        # A line split off the word it was glued to ("…jordskælv" + "12. december 2025") is read
        # alone, as its own line: the letter before it is another line's.
        alone = find_dates(text[start:end], carry_year=False, bare_years=False, day_first="page")
        return tuple(attrs.evolve(found, start=found.start + start, end=found.end + start) for found in alone)
    return find_dates(text, start=start, end=end, carry_year=False, bare_years=False, day_first="page")


def _signed_after(text: str, start: int, end: int, found: DateMatch) -> HeaderDate | None:
    # A date line that opens with its date, or its label, and ends with a byline: "July 5, 2022 –
    # 14:30 By Jane Doe, AFP", "Posted on July 5, 2022 by Jane Doe".
    before = text[start : found.start].strip(_FILLER)
    if before and _LABEL.fullmatch(before) is None:
        return None
    after = text[found.end : end]
    suffix = after.strip(_FILLER)
    at = found.end + len(after) - len(after.lstrip(_FILLER))
    names = byline(suffix, at) if suffix else None
    if names is None and suffix and _PARTING.match(after) and is_name(suffix, capitals=True):
        names = [(at, at + len(suffix))]  # "July 5, 2022 | Jane Doe": a name alone after a bar or a dash
    return HeaderDate(found=found, names=tuple(names)) if names else None


def _labelled_name(prefix: str, start: int, *, labelled: bool) -> list[Piece] | None:
    # A name before the date's label is its byline: "Jane Doe Published July 5, 2022 | 14:30".
    return [(start, start + len(prefix))] if labelled and is_name(prefix, capitals=True) else None


_DATE_PREPOSITION = re.compile(rf"{_S}{{1,3}}(?:on|am|le|el|em|il|op|pada){_S}*\Z")
"""The preposition between a byline and the date after it (``by Jane Doe on``, ``von Jane Doe am``)."""
_PARTED_END = re.compile(rf"{_S}{{1,3}}[-–—|·•]{_S}{{0,3}}\Z")


def _parted_name(raw_prefix: str, prefix: str, start: int) -> list[Piece] | None:
    # A name alone before a bar, a dash or a dot and the date that closes the line is its byline:
    # "Jane Doe | July 5, 2022", as "July 5, 2022 | Jane Doe" is (an outlet's name so placed is
    # no person's).
    if _PARTED_END.search(raw_prefix) is None or not is_name(prefix, capitals=True) or is_outlet(prefix):
        return None
    return [(start, start + len(prefix))]


_FIRST_LABEL = re.compile(r"(?:first )?(?:published|posted|released|issued)")
_UPDATE_LABEL = re.compile(r"updated|modified")
_PARTING = re.compile(r"[^\S\n]{1,3}[-–—|][^\S\n]{1,3}(?=\S)")
"""A dash or a bar between a date and the byline's name after it (``July 5, 2022 | Jane Doe``)."""


_RUN_IN_LABEL = re.compile(rf"{_S}{{1,3}}(?={_LABEL.pattern})", re.IGNORECASE)


_GLUED_STAMPS = re.compile(r"[^\n]{6,30}?\d{1,2}:\d{2}(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4})")
"""A date and time whose minutes run straight into a second stamp (``15.06.2022, 14:5115.06.2022, 17:17``):
the page's publication and update stamps, their line break lost."""
_GLUED_DATE = re.compile(r"[^\n]{6,50}?(?:\d{4}|(?<!\d)\d{1,2}:\d{2})(?=[A-Z][a-z])")
"""A line opening with a date whose year, or the time after it, runs straight into a capitalised word."""
_GLUED_TAIL = re.compile(
    r"(?<=[^\W\d_])\d{1,2}(?:\.?[^\S\n]{1,3}[^\W\d_]{3,12}\.?,?[^\S\n]{1,3}|(?P<sep>[./-])\d{1,2}(?P=sep))\d{4}"
    r"(?=[^\n]{0,20}\Z)"
)
"""A date to the day glued to the last word of a line it closes (``… after the quake12. december 2025``):
a headline and its date line, run together."""
_MID_STAMP = re.compile(
    r"(?<=[^\S\n])[12]\d{3}([-/.])\d{1,2}\1\d{1,2}(?:\1|[^\S\n]{1,3})\d{1,2}:\d{2}(?=[^\S\n])"
)
"""A year-first date and its time set apart by spaces in a line (``… 報道で 2026/02/24/18:33 連休明け …``)."""


def run_in_date(line: str) -> int | None:
    """Where a labelled date run into the end of a header line starts, if one is.

    ``Gemeinsames Übungsmanöver im Pazifik Stand: 05.11.2021 11:03 Uhr`` is a headline and its
    date line run together: the label (one with a colon) opens the date line, and what follows
    it is a date line by :func:`header_date`.

    A date glued to the start of the story's first sentence (``2 juillet 2019Alors que ...``) is
    run in too: the line splits after the date, which stands as its own line; so is a date and
    time whose minutes run into a second stamp (``15.06.2022, 14:5115.06.2022, 17:17``).
    """
    stamps = _GLUED_STAMPS.match(line)
    if stamps is not None:
        first = stamps.group()
        dates = header_dates(first, 0, len(first))
        if dates and dates[0].start == 0 and dates[0].end == len(first) and dates[0].moment is not None:
            return stamps.end()
    glued = _glued_date(line)
    if glued is not None:
        return glued
    if len(line) > RUN_IN_LINE_CHARS or _DIGIT.search(line) is None:
        return None
    for match in _RUN_IN_LABEL.finditer(line):
        at = match.end()
        label = _LABEL.match(line, at)
        if label is None or ":" not in label.group() or len(line[:at].split()) < RUN_IN_WORDS:
            continue
        if header_date(line, at, len(line)) is not None:
            return at
    return None


def _glued_date(line: str) -> int | None:
    # A date opening the line and glued to the text after it, or closing it glued to the text
    # before it, or a stamp in its middle.
    glued = _GLUED_DATE.match(line)
    if glued is not None:
        dates = header_dates(line, 0, glued.end())
        if dates and dates[0].start == 0 and dates[0].end == glued.end() and dates[0].date.day is not None:
            return glued.end()
    if len(line) <= RUN_IN_LINE_CHARS and _DIGIT.search(line) is not None:
        return _closing_date(line)
    return None


def _closing_date(line: str) -> int | None:
    # A date glued to the line's last word, or a dated stamp standing between a headline's words
    # and the story's first sentence: the headline ends where the date starts.
    tail = _GLUED_TAIL.search(line)
    if tail is not None:
        date_line = line[tail.start() :].rstrip()  # read alone: the date's own words are not glued
        dates = header_dates(date_line, 0, len(date_line))
        if dates and dates[0].start == 0 and dates[0].end == len(date_line) and dates[0].date.day is not None:
            return tail.start()
    stamp = _MID_STAMP.search(line)
    if stamp is not None and len(line[: stamp.start()].split()) >= RUN_IN_WORDS - 1:
        dates = header_dates(line, stamp.start(), stamp.end())
        if dates and dates[0].start == stamp.start() and dates[0].end == stamp.end() and dates[0].moment:
            return stamp.start()
    return None


_SITE_CLOCK = re.compile(
    r"(?i:local|current)[^\S\n]+(?i:time)[^\S\n]*:[^\S\n]*\d{1,2}[:.]\d{2}(?:[^\S\n]*(?i:[ap]\.?m\.?))?"
)
"""A site's clock after its date widget (``Alhamisi, Januari 23, 2025 Local time: 06:28``): the
time where the reader stands, labelled so, which shows today's date, not the page's."""


def is_site_clock(text: str) -> bool:
    """Whether ``text`` is a site's date widget: a date line closed by a labelled local time."""
    if _SITE_CLOCK.search(text) is None:
        return False
    try:
        matches = header_dates(text, 0, len(text))
    except ParseError:
        return False  # an unknown zone: the reader reports it where the line is read as a date
    return bool(matches) and _SITE_CLOCK.fullmatch(text[matches[0].end :].strip(_FILLER)) is not None


def header_date(text: str, start: int, end: int) -> HeaderDate | None:  # noqa: C901, PLR0911, PLR0912 - one per shape
    """The date of a line that is mostly a date, with its label, place or publisher."""
    if end - start > HEADER_DATE_CHARS or _DIGIT.search(text, start, end) is None:
        return None
    stamp = _MONTH_STAMP.fullmatch(text, start, end)
    if stamp is not None:
        found = parse_date(stamp.group("stamp"))
        at = stamp.start("stamp")
        return HeaderDate(found=attrs.evolve(found, start=at, end=at + len(found.text)))
    matches = header_dates(text, start, end)
    if not matches:
        return None
    found = matches[0]
    role = label_role(found.label)
    if role != found.label:
        found = attrs.evolve(found, label=role)  # a label of another language, by the role it gives
    first = next((match for match in matches[1:] if _FIRST_LABEL.match(label_role(match.label))), None)
    if first is not None and (_UPDATE_LABEL.search(found.label) or is_update_label(found.label)):
        # "Last Updated: March 6 | Published: March 5": the first date, by the role its label gives
        return HeaderDate(found=attrs.evolve(first, label=label_role(first.label)))
    suffix = "" if _update_after(text, matches, end) else text[found.end : end].strip(_FILLER)
    signed = _signed_after(text, start, end, found)
    if signed is not None:
        return signed
    too_long = len(suffix) > HEADER_DATE_SUFFIX_CHARS or len(suffix.split()) > HEADER_DATE_SUFFIX_WORDS
    opening = text[start : found.start].strip(_FILLER).casefold()
    if too_long and _venue_after(matches[0], opening, suffix, text):
        return HeaderDate(found=found)
    if too_long or _SITE_CLOCK.fullmatch(suffix):
        return None  # also a site's clock, which shows today's date
    raw_prefix = text[start : found.start]
    # A time range's start before the date ("Time & Date: 11:29-11:52 A.M. July 15, 2016").
    prefix = _RANGE_START.sub("", raw_prefix.rstrip(_FILLER)).rstrip(_FILLER)
    label = _LABEL.search(prefix) if prefix else None
    labelled = label is not None and label.end() == len(prefix.rstrip())
    # A label run together with the words before it ("Issue BriefsPublished on ...") follows a
    # menu entry, not a byline.
    glued = label is not None and label.start() > 0 and prefix[label.start() - 1].isalnum()
    if label is not None and labelled:
        prefix = prefix[: label.start()].rstrip(_FILLER)
    elif matches[0].label and prefix.casefold().endswith(matches[0].label):
        # A label of the date words' other languages ("تاریخ انتشار :", "วันที่เผยแพร่").
        labelled = True
        prefix = prefix[: len(prefix) - len(matches[0].label)].rstrip(_FILLER)
    if labelled and _reading_time().fullmatch(prefix):
        prefix = ""  # "5 min read Published at 16:45 …": the reading time before the label
    wired = _WIRE_NAME.fullmatch(prefix)
    if wired is not None and is_name(wired.group("name"), capitals=True):
        return HeaderDate(found=found, names=((start + wired.start("name"), start + wired.end("name")),))
    # A label or the word for today glued to the date ("today12 January 2023") is its label.
    glued_label = raw_prefix.strip() == raw_prefix and glued_to_label(text, found.start)
    if not prefix or glued or glued_label or _RELEASE_NUMBER.fullmatch(prefix):
        return HeaderDate(found=found)  # also after a release's number: "23-010 | June 19, 2023"
    if _PLACE.fullmatch(prefix):
        return HeaderDate(found=found, place=(start, start + len(prefix)))
    released = _PLACED_RELEASE.fullmatch(prefix)
    if released is not None and released.group("kind").casefold() in header_word_set("release_kinds"):
        return HeaderDate(found=found, place=(start + released.start("place"), start + released.end("place")))
    if _labels_before(raw_prefix) or _signatory_before(raw_prefix) or _agency_before(prefix):
        return HeaderDate(found=found)
    credited = _named_before(
        found, raw_prefix, prefix, start, closed=not suffix, labelled=labelled and not glued
    )
    if credited is not None:
        return credited
    sourced = _sourced(found, prefix, start)
    if sourced is not None:
        return sourced
    source = _SOURCE_LABEL.match(prefix)
    named = prefix[source.end() :] if source else prefix
    shift = source.end() if source else 0
    # A site's address and a dash before the date is its source line ("Kompas.com - 31/10/2019").
    addressed = raw_prefix.rstrip(" ").endswith(("-", "–", "—")) and _SITE_ADDRESS.fullmatch(named)
    if addressed or ((source or raw_prefix.rstrip(" ").endswith(",")) and _OUTLET.fullmatch(named)):
        return HeaderDate(found=found, outlet=named, outlet_at=(start + shift, start + shift + len(named)))
    return None


def _sourced(found: DateMatch, prefix: str, start: int) -> HeaderDate | None:
    """The date of a line opened by a source's label, and the outlet it names (``来源：新华网 …``)."""
    sourced = _source_line().fullmatch(prefix)
    if sourced is None:
        return None
    outlet = sourced.group("outlet")
    if outlet is None:
        return HeaderDate(found=found)  # "自媒体2025-09-24 21:21": the label alone, run into the date
    at = start + sourced.start("outlet")
    return HeaderDate(found=found, outlet=outlet, outlet_at=(at, at + len(outlet)))


_WIDE_GAP = re.compile(r"[^\S\n]{2,}")
_GAP_END = re.compile(r"[^\S\n]{2,}\Z")
_LABEL_RUN = 3
"""The fewest parts, the date among them, of a line of labels set apart by wide gaps."""
_SIGNATORY = re.compile(
    r"(?P<issuer>[A-Z][\w'’.&-]*(?:[^\S\n][\w'’.&-]+){0,7}),"
    r"(?:[^\S\n][A-Z][\w'’.-]+(?:[^\S\n][A-Z][\w'’.-]+)?,){1,2}[^\S\n]*"
)
_JOINERS = frozenset({"and", "of", "the", "for", "in", "on", "&", "de", "du", "des", "la", "le", "et"})


def _capitalised(words: list[str]) -> bool:
    return bool(words) and all(word[:1].isupper() or word.casefold() in _JOINERS for word in words)


def _named_before(  # noqa: PLR0913 - the date and what stands before it
    found: DateMatch, raw_prefix: str, prefix: str, start: int, *, closed: bool, labelled: bool
) -> HeaderDate | None:
    """The date line of a byline or a section's name before the date, if ``prefix`` is one.

    ``closed`` says whether the date closes the line.
    """
    # "Posted by Jane Doe on July 5, 2022": the date's preposition closes the byline.
    prefix = _DATE_PREPOSITION.sub("", prefix)
    names = (
        byline(prefix, start)
        or _labelled_name(prefix, start, labelled=labelled)
        or (_parted_name(raw_prefix, prefix, start) if closed else None)
    )
    if not names and closed:
        names = _name_and_section(prefix, start)
    if names:
        return HeaderDate(found=found, names=tuple(names))
    if closed and _section_before(raw_prefix, prefix):
        return HeaderDate(found=found)  # "World | March 3, 2024": the section's name and the date
    return None


_SECTION_WORDS = 3
"""The most words of a section's name before a bar and the date (``Asia Pacific | March 3, 2024``)."""


def _name_and_section(prefix: str, start: int) -> list[Piece] | None:
    """The byline of a name run into its section's name before the date, if ``prefix`` is one.

    ``Jane Doe Sports News Jun - 10 - 2024 , 22:05``: the section's name of :data:`_SECTION_WORDS`
    words at most closes the prefix, and the words before it are a person's name.
    """
    words = prefix.split()
    for size in range(1, min(_SECTION_WORDS, len(words) - 2) + 1):
        section = " ".join(words[-size:])
        if not is_section_name(section):
            continue
        name = prefix[: prefix.rindex(words[-size])].rstrip()
        if is_name(name) and not is_outlet(name):
            return [(start, start + len(name))]
    return None


def _section_before(raw_prefix: str, prefix: str) -> bool:
    """Whether ``prefix``, set off from the date after it by a bar, a dash or a dot, is a section's name.

    A few capitalised words (``World``, ``Asia Pacific``, ``Politics and Law``); a person's name so
    placed is the byline instead (:func:`_parted_name`).
    """
    words = prefix.split()
    return (
        _PARTED_END.search(raw_prefix) is not None
        and 1 <= len(words) <= _SECTION_WORDS
        and _capitalised(words)
        and not _DIGIT.search(prefix)
    )


def _labels_before(prefix: str) -> bool:
    """Whether ``prefix`` is a page's labels set apart by wide gaps before a date stamp.

    ``Media  Foreign Affairs and National Security  2023.02.28``: a category path of capitalised
    words, each part set off by two spaces or more, closed by the page's date.
    """
    if _GAP_END.search(prefix) is None:
        return False
    parts = [part for part in _WIDE_GAP.split(prefix.strip()) if part]
    return len(parts) + 1 >= _LABEL_RUN and all(_capitalised(part.split()) for part in parts)


def _agency_before(prefix: str) -> bool:
    """Whether ``prefix`` is a wire's name in brackets, heading its stamp (``(Xinhua) Updated: …``)."""
    return prefix.startswith(("(", "（")) and prefix.endswith((")", "）")) and is_agency(prefix[1:-1])


def _signatory_before(prefix: str) -> bool:
    """Whether ``prefix`` is who signed a text and where, before its date.

    ``NATO Heads of State and Government, Vilnius, Lithuania, July 11, 2023``: a communiqué's
    or a declaration's signatories in capitalised words, then a place and any country, each
    closed by a comma.
    """
    match = _SIGNATORY.fullmatch(prefix)
    return match is not None and _capitalised(match.group("issuer").split())


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline that opens a story's first paragraph.

    Attributes:
        place: Where the place name stands, with its country when both are in capitals
            (``YOKOSUKA, JAPAN``).
        agency: The news agency in brackets (``Reuters``), or named after a dated
            dateline's dash (``TOKYO, September 25 – RIA Novosti.``), if any.
        found: The date given in the dateline, if any.
        signed: Where an agency named after the dash, not in brackets, stands, or the
            correspondent named in a tag between slashes (``/TASS correspondent Jane Doe/``):
            it signs the story as a byline would.
        placeless: Whether what stands in the place's stead names a news agency
            (``خبرگزاری مهر:``, the Mehr news agency): it opens the story as a dateline does,
            and names no place.
    """

    place: Piece
    agency: str | None = None
    found: DateMatch | None = None
    signed: Piece | None = None
    placeless: bool = False


def _only_date(text: str, start: int, end: int) -> bool:
    rest = text[start:end].strip()
    if not rest or len(rest) > HEADER_DATE_CHARS:
        return False
    if _BARE_DATE.fullmatch(rest):
        return True
    dates = header_dates(text, start, end)
    return bool(dates) and not text[dates[0].end : end].strip(_FILLER)


def is_date_only(line: str) -> bool:
    """Whether ``line`` is a date and nothing else (``24 November 2005``, ``March 3, 2020``)."""
    return _only_date(line, 0, len(line))


_APPOSITION = re.compile(rf"{_S}{{0,3}}[a-z][^—–\n]{{2,80}}?{_S}(?:—|–|--)")
"""A phrase in lower case closed by a second dash: the name before the first dash spelt out."""


def _opens_story(match: re.Match[str], text: str, end: int, sep: str) -> bool:  # noqa: PLR0911 - one per shape
    """Whether a dateline-shaped start opens a story, rather than being a label or a source line."""
    place = match.group("place")
    if _LABEL_WORDS & set(place.upper().split()):
        return False  # a column or section label ("EXPERT COMMENT —"), not a place
    if sep in {"--", "—", "–", "-"} and (is_agency(place) or _only_date(text, match.end(), end)):
        return False  # a source and its date ("REUTERS -- Jan 5"), not a place opening a story
    dated_or_agency = match.group("date") is not None or match.group("paren") is not None
    if sep in {"—", "–", "--"} and not dated_or_agency and _APPOSITION.match(text, match.end(), end):
        return False  # a name spelt out between dashes ("GCAP — the Global Combat Air Programme — is")
    # A speaker's or a source's label ("FOREIGN MINISTER HAYASHI:", "BBC:", "STAFF:  Good ..."); a
    # speaker's title keeps its aside in brackets ("MODERATOR (THROUGH TRANSLATOR):").
    titled = match.group("date") is None and bool(_SPEAKER_WORDS & {word.lower() for word in place.split()})
    labelled = not dated_or_agency and (_is_speaker(place) or _speech_after(text, match.end(), end))
    if sep == ":" and (titled or labelled):
        return False
    if place.upper() != place and sep == ":" and not dated_or_agency:
        # "Washington: Foreign ministers from ..."; a word the story writes in lower case is a
        # headline's topic ("Cholera: Nigeria reports ..."), no place (a place's name of more
        # words may hold a common one: "Port Moresby:").
        topic = " " not in place and _written_in_lower_case(text, [place])
        return _prose_after(text, match.end(), end) and not topic
    if sep == ":" and not dated_or_agency and place.lower() == place.upper():
        # A place in a script without capitals before a colon ("جاپان :دفاعی بجٹ … کا اعلان") is
        # a headline's topic, unless a sentence or a line longer than any headline follows.
        rest = text[match.end() : end].rstrip()
        return len(rest) > HEADLINE_CHARS or rest.endswith((".", "!", "?", "۔", "؟", "।", "…"))
    return dated_or_agency or sep != ""


def _is_speaker(place: str) -> bool:
    """Whether a place-shaped label before a colon names a speaker or a source, not a place.

    An agency, a title (``SECRETARY BLINKEN``), or an acronym of :data:`ACRONYM_CHARS` letters or
    fewer (``BBC``): a place before a colon is a city's or a country's name.
    """
    words = place.split()
    acronym = len(words) == 1 and place.isupper() and len(place) <= ACRONYM_CHARS
    return acronym or is_agency(place) or bool(_SPEAKER_WORDS & {word.lower() for word in words})


_SPEECH_OPENING = re.compile(
    r"(?:I|I['’]m|I['’]d|I['’]ll|We|We['’]re|We['’]ve|We['’]d|Our|You|Your|Thank|Thanks|Hello|Yes|Well"
    r"|Good[^\S\n](?:morning|afternoon|evening|day)|Ladies[^\S\n]and)\b"
)
"""The first words of a speaker's turn: the first or second person, a greeting, an answer."""


def opens_speech(text: str) -> bool:
    """Whether ``text`` opens as a speaker's turn does (``Thank you very much.``, ``We see ...``)."""
    return _SPEECH_OPENING.match(text) is not None


def _speech_after(text: str, start: int, end: int) -> bool:
    """Whether what follows a colon is someone speaking (``CCTV: We noted ...``), not a dateline's lede.

    A lede after a place reports in the third person; a turn of a transcript opens in the first
    or the second person, or with a greeting or an answer, or speaks of "we" and "our" in its
    first sentence.
    """
    rest = text[start:end].lstrip()
    first = _SENTENCE_STOP.split(rest, maxsplit=1)[0]
    return _SPEECH_OPENING.match(rest) is not None or _FIRST_PERSON.search(first) is not None


_SENTENCE_STOP = re.compile(r"[.!?][^\S\n]")
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|ourselves)\b")
"""The first person plural in a sentence's course (``... has been in the thoughts of our ...``)."""


_JOINER_CHARS = 3
"""The longest word in lower case a title in title case holds ("and", "of", "the")."""


def _lede_after(text: str, start: int, end: int) -> bool:
    """Whether what follows a dateline on its line can open a story.

    That is nothing (the lede is on the next line), a sentence, or a run of at least
    ``PROSE_MIN_WORDS`` words (a lede cut off).

    A short phrase after a dash or colon ("NATO – Theme: Relations with Japan") is a title.
    """
    rest = text[start:end].strip()
    if not rest or rest[-1] in ".!?\"”'’…":
        return True
    words = rest.split()
    # A run of capitalised words with none in lower case but short joiners is a title's rest
    # ("Joint Press Statements - Prime Minister Jane Doe and Prime Minister John Roe"), not a cut lede.
    titled = all(
        word[:1].isupper() or not word[:1].isalpha() or (word[:1].islower() and len(word) <= _JOINER_CHARS)
        for word in words
    )
    return len(words) >= PROSE_MIN_WORDS and not titled


def _lede_or_lead_in(match: re.Match[str], text: str, end: int) -> bool:
    """Whether what follows a dateline can open a story, or is a lead-in after a dated one.

    A dated dateline may open a lead-in closed by a colon (``Tokyo, May 16 -- JMSDF issued the
    following press release:``).
    """
    if match.group("date") is not None and text[match.end() : end].rstrip().endswith(":"):
        return True
    if match.group("date") is not None and match.group("agency") is not None:
        return True  # a wire's full dateline ("TOKYO, Sept 19 (Reuters) -"): its lede may be wrapped short
    return _lede_after(text, match.end(), end)


def _prose_after(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a sentence of story prose, as after a place and a colon.

    A label and its value ("Photo: Nato.int", "Source: Reuters") are short; a lede is a sentence
    of at least ``PROSE_MIN_WORDS`` words that opens with a capital and closes with a full stop,
    or of :data:`LEDE_WORDS` or more, however it closes.
    """
    rest = text[start:end].strip()
    if not rest or not rest[0].isupper():
        return False
    words = rest.split()
    if rest[-1] in ".!?\"”'’":
        return len(words) >= PROSE_MIN_WORDS
    # Unclosed, a long run of words is a sentence when it is written as one: a third of its
    # words or more in lower case, not a list of names and numbers ("Aufstellung: Nishikawa - ...").
    lower = sum(word[:1].islower() for word in words)
    return len(words) >= LEDE_WORDS and lower * 3 >= len(words)


_TOPIC_ENDING = re.compile(r"[a-z]{3}(?:tion|sion|ment|ism|ity)\Z")
"""An abstract noun's ending, as a kicker's topic has and no place's name does (``Inflation``,
``Employment``, ``Tourism``, ``Security``)."""


def _place_fits(place: str, sep: str, *, outlet: bool) -> bool:
    """Whether a place-shaped start is a place where it stands.

    A place closed by a full stop follows a site's name and is in capitals (``KONTAN.CO.ID -
    JAKARTA.``); a word with a dot inside and in lower case is a site's address (``Bisnis.com``).
    A place in title case before a colon is of one or two words (``Tokyo:``, ``New Delhi:``):
    three are a kicker's topic (``Japan Tsunami Alert: Japan was hit ...``).
    """
    capitals = place.upper() == place
    if header_word_set("newsroom_words") & set(place.casefold().split()):
        return False  # a desk's name ("گروه حوادث:", the incidents desk; "NEWS DESK –")
    if _TOPIC_ENDING.search(place.casefold()):
        return False  # a topic's label, a kicker ("Inflation: ...", "SECURITY: ..."), names no place
    if sep == ":" and not capitals and place.count(" ") >= KICKER_WORDS - 1:
        return False
    if sep == ".":
        return outlet and capitals
    return outlet or capitals or "." not in place.strip(".")


def _lead_in(text: str, start: int, end: int) -> tuple[int, bool, Piece | None]:
    """Where a dateline's place may start, whether a site's name opened it, and any agency glued to it.

    A syndication tag (``(Wire- Name (ABBR)) CITY ...``), a site's name (``Bisnis.com, JAKARTA -``),
    the writer's byline set off by a dash (``By Jane Doe – FRANKFURT (X) –``), or an agency's name
    run into the place in capitals with no space, as a page's copy of a wire story loses the line
    break between them (``Associated PressTOKYO —``).
    """
    tag = _SOURCE_TAG.match(text, start, end)
    credited = None
    if tag is not None:
        start = tag.end()
        # A repost's tag crediting the wire it copies ("(MENAFN- Kuwait News Agency (KUNA))"):
        # the agency in its inner brackets signs the story.
        inner = _INNER_AGENCY.search(text, tag.start(), tag.end())
        if inner is not None and is_agency(inner.group("agency")):
            credited = inner.span("agency")
    outlet = _OUTLET_TAG.match(text, start, end)
    if outlet is not None:
        start = outlet.end()
    signer = _BYLINE_LEAD.match(text, start, end)
    if signer is not None and is_name(signer.group("name"), capitals=True):
        start = signer.end()
    glued = _GLUED_AGENCY.match(text, start, min(end, start + NAME_CHARS + 2))
    if glued is not None and is_agency(glued.group()):
        return glued.end(), outlet is not None, glued.span()
    return start, outlet is not None, credited


_INNER_AGENCY = re.compile(r"\((?P<agency>[^()\n]{1,40})\)\)")
"""The agency's name in brackets closing a repost's tag (``(MENAFN- Kuwait News Agency (KUNA))``)."""
_WIRE_ACRONYM = re.compile(r"[A-Z]{2,6}")
"""A wire's name as an acronym (``APP``), which a reposting site's credit names before its own."""
_REPOST_CREDIT = re.compile(r"[^\S\n]{1,3}[-–—/|][^\S\n]{1,3}[A-Z]")
"""What follows the agency in a dateline's brackets when a reposting site names itself there
(``(APP - UrduPoint / Pakistan Point News - 10th Aug, 2024)``)."""


_GLUED_AGENCY = re.compile(r"[A-Z][\w&'’-]{1,20}(?:[ ][A-Z][\w&'’-]{1,20}){0,3}?(?<=[a-z])(?=[A-Z]{2})")
"""A name in title case run into a word in capitals with no space (``Associated PressTOKYO``)."""


def _tag_agency(tag: str | None) -> str | None:
    """The agency named in a tag between slashes after a dateline's date (``/Corr. TASS Jane Doe/``)."""
    if tag is None:
        return None
    return next((word for word in tag.split() if is_agency(word.strip(".,"))), None)


_TAG_WORD = re.compile(r"[^\s/]+")


def _tag_correspondent(tag: str | None, offset: int) -> Piece | None:
    """Where the correspondent's name stands in a dateline's tag between slashes, if it names one.

    The name closes the tag, after the agency and any word for the correspondent
    (``/TASS correspondent Jane Doe/``, ``/Corr. TASS Jane Doe/``): the longest run of the tag's
    last words that is shaped as a person's name, the agency left out.
    """
    if tag is None:
        return None
    words = list(_TAG_WORD.finditer(tag))
    for k in range(len(words) - 1):
        start, end = words[k].start(), words[-1].end()
        name = tag[start:end].rstrip(".,")
        if not any(is_agency(word.group().strip(".,")) for word in words[k:]) and is_name(name):
            return (offset + start, offset + start + len(name))
    return None


_STOP_PLACE = re.compile(
    r"(?P<place>[A-ZÀ-Þ][a-zß-ÿ'’-]{1,30}(?:[^\S\n][A-ZÀ-Þ][a-zß-ÿ'’-]{1,30}){0,2})\.[^\S\n]"
    r"(?:\((?P<agency>[^()/\n]{2,20})(?:/[^()\n]{1,10})?\)[^\S\n])?(?=[A-ZÀ-Þ¿¡«“\"])"
)
"""A place closed by a full stop opening the story's first sentence, as the Spanish press
writes its dateline (``Tokio. La Agencia Meteorológica ...``): one to three capitalised words;
the German press sets the wire in brackets after it, with its editor's initials after a slash
(``Tokio. (dpa/kr) Mit ...``)."""


def _stop_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A place closed by a full stop that opens the story's first paragraph (``Tokio. La ...``).

    The name is one to three capitalised words, not all of them function words of any language
    (``Ayer.``, ``Hoy.``, ``Sí.``, ``Sin embargo.`` open sentences; ``Buenos Aires.`` is a place),
    and a sentence of story prose follows it.
    """
    match = _STOP_PLACE.match(text, start, min(end, start + DATELINE_CHARS))
    if match is None:
        return None
    words = match.group("place").split()
    if all(word.casefold() in _boilerplate.function_words() for word in words) or is_agency(
        match.group("place")
    ):
        return None
    agency = match.group("agency")
    if agency is not None and not is_agency(agency):
        return None  # a bracket of another kind opens the sentence
    if not _prose_after(text, match.end(), end):
        return None
    return Dateline(place=match.span("place"), agency=agency)


_LINE_PLACE = re.compile(
    r"(?P<place>(?:[A-Z](?:\.[A-Z])+\.|[A-Z][A-Za-z'’-]{1,30})(?:[^\S\n](?:[A-Z](?:\.[A-Z])+\.|[A-Z][A-Za-z'’-]{1,30})){0,3})"
    r"[^\S\n]{1,3}(?:--|[—–])[^\S\n]*"
)
"""A dateline alone on its line and closed by a dash, joined to the paragraph under it
(``U.S. Forces Japan —``): one to four capitalised words or initials (``U.S.``)."""


def _line_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A place alone on its line closed by a dash (``U.S. Forces Japan —``), its lede on the next line.

    Not a column's label (``ANALYSIS —``), nor words that are all function words of some language.
    """
    match = _LINE_PLACE.fullmatch(text, start, end)
    if match is None:
        return None
    place = match.group("place")
    words = place.split()
    if _LABEL_WORDS & {word.upper() for word in words}:
        return None
    if all(word.casefold() in _boilerplate.function_words() for word in words):
        return None
    return Dateline(place=match.span("place"))


_LONE_PLACE = re.compile(
    rf"(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})"
    rf"(?P<date>,{_S}{{1,3}}(?:{_MONTH}{_S}{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}{_S}{{1,3}}{_MONTH})(?:,?{_S}{{1,3}}[12]\d{{3}})?)?"
    rf"(?:,{_S}{{1,3}}(?P<agency>[A-Z][\w.-]{{1,20}}(?:{_S}[A-Z][\w.-]{{1,20}})?))?"
)
"""A place alone on its line, with no sign after it, or with its agency after a comma (``TOKYO, Reuters``)."""
_LONE_PLACE_WORDS = 3


_BULLET_PLACE = re.compile(
    r"(?P<place>[^\W\d_][^\W\d_'’-]{1,30}(?:[ ][^\W\d_][^\W\d_'’-]{1,30}){0,2})"
    r"[^\S\n]{1,3}[•·][^\S\n]{1,3}(?P<agency>[^\W\d_]{2,8})"
)
"""A place and its agency's initials set off by a bullet, alone on a line (``Київ • УНН``), in any
cased script."""


def _bullet_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A place in title case and an agency in capitals set off by a bullet (``Київ • УНН``)."""
    match = _BULLET_PLACE.fullmatch(text, start, end)
    if match is None:
        return None
    place, agency = match.group("place"), match.group("agency")
    words = place.split()
    titled = all(word[:1].isupper() and not word[1:].isupper() for word in words)
    if not titled or not agency.isupper() or _written_in_lower_case(text, words):
        return None
    if all(word.casefold() in _boilerplate.function_words() for word in words) or is_name(place):
        return None
    return Dateline(place=match.span("place"), agency=agency)


def lone_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A dateline alone on its line between the headline and the lede, with no sign to close it.

    ``TOKYO`` or ``Tokio`` over the story's first paragraph, or the place and its agency after a
    comma (``TOKYO, Reuters``). At most :data:`_LONE_PLACE_WORDS` words, none a column's label
    (``ANALYSIS``); no section's name, no person's name, no outlet, no words all of them function
    words. The caller says where it stands: the lines around it are what make it a dateline.
    """
    match = _LONE_PLACE.fullmatch(text, start, end)
    if match is None:
        return _bullet_dateline(text, start, end)
    place = match.group("place")
    words = place.split()
    agency = match.group("agency")
    if (
        len(words) > _LONE_PLACE_WORDS
        or _LABEL_WORDS & {word.upper().strip(".") for word in words}
        or all(word.casefold() in _boilerplate.function_words() for word in words)
        or _boilerplate.is_section_label(place)
        or is_section_name(place)
        or is_outlet(place)
        or is_agency(place)
        # a byline's name: "AMY LO, Associated Press"; a place with its date is shaped as no
        # byline's name ("New Delhi, September 4"), unless the line reads as a byline
        or (len(words) > 1 and match.group("date") is None and is_name(place, capitals=True))
        or byline(text[start:end], 0) is not None
        or _boilerplate.boilerplate_kind(place) is not None
        or byline(place, 0) is not None
    ):
        return None
    if (agency is not None and not is_agency(agency)) or _written_in_lower_case(text, words):
        return None
    if (
        agency is None
        and match.group("date") is None
        and place.upper() != place
        and not _named_again(text, place, end)
    ):
        return None  # a name in title case alone, never named again, is a site's or a tag's ("Filmidee")
    return Dateline(place=match.span("place"), agency=agency)


def _named_again(text: str, place: str, start: int) -> bool:
    """Whether ``place`` is written again, as a word, in ``text`` from ``start`` on.

    A story names its place again (``… a unos 200 kilómetros de Tokio``); a site's name or a tag
    alone on a line under the headline stands once.
    """
    return re.search(rf"(?<!\w){re.escape(place)}(?!\w)", text[start:]) is not None


def dated_place(text: str, start: int, end: int) -> Dateline | None:
    """A dateline alone on its line with its date (``New Delhi, September 4``), if the line is one.

    Shaped as no headline is: a place of :func:`lone_dateline` and a month and day after a comma.
    """
    if end - start > DATELINE_CHARS or not _DIGIT.search(text, start, end):
        return None
    match = _LONE_PLACE.fullmatch(text, start, end)
    if match is None or match.group("date") is None or re.fullmatch(_WEEKDAY, match.group("place") + ", "):
        return None  # "Saturday, March 12, 2011" is a date line
    return lone_dateline(text, start, end)


_ACRONYM_LETTERS = 6
"""The most letters of an organisation's initials (``NATO``, ``ASEAN``)."""
_NEAR_CHARS = 3000
"""How far past a dateline the story is read for the place's words written otherwise."""


def _lower_word_at(text: str, word: str, start: int, stop: int) -> bool:
    """Whether ``word``, in lower case, stands as a word of its own in ``text[start:stop]``.

    A word of its own has no letter, digit or underscore next to it on either side.
    """
    at = text.find(word, start, stop)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(word)] if at + len(word) < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        at = text.find(word, at + 1, stop)
    return False


def _common_words(text: str, place: str, start: int) -> bool:
    """Whether a place of two or more words in title case is a name of common words (``Arabia Weather``).

    A place's name is written with its capitals wherever the story names it; an outlet's or a
    label's is made of words the story writes in lower case (``… and Arabian weather reveals …``).
    A city or a country ``place_words.json`` knows is a place, whatever its words (``New Zealand``).
    """
    words = place.split()
    if len(words) < 2 or place.isupper() or not place[:1].isupper() or is_known_place(place):
        return False  # one word, capitals, a script without capitals or a known place
    return written_in_lower_case_near(text, place, start)


def written_in_lower_case_near(text: str, name: str, start: int) -> bool:
    """Whether a word of ``name`` (no function word) stands in lower case in the story after ``start``.

    A name of common words (a subheading's ``Earthquake Details``, an outlet's ``Arabia Weather``)
    is written so in the sentences under it (``… the earthquake's epicentre …``); a person's or a
    place's name keeps its capitals. Only :data:`_NEAR_CHARS` characters are read.
    """
    return _written_in_lower_case(text, name.split(), start, min(len(text), start + _NEAR_CHARS))


def _acronym(text: str, place: str, start: int) -> bool:
    """Whether a place of one word in capitals is initials the story writes so again (``della NATO``).

    A place in capitals is its dateline's style: the story names the city in title case, if at
    all. An organisation's initials stand in capitals after a word in lower case in the story's
    sentences. A city or a country ``place_words.json`` knows is a place.
    """
    if " " in place or not place.isupper() or len(place) > _ACRONYM_LETTERS or is_known_place(place):
        return False
    stop = min(len(text), start + _NEAR_CHARS)
    at = text.find(place, start, stop)
    while at >= 0:
        before = text[max(0, at - 30) : at].split()
        after = text[at + len(place) : at + len(place) + 1]
        if before and before[-1].islower() and before[-1].isalpha() and not after.isalnum():
            return True
        at = text.find(place, at + 1, stop)
    return False


def _no_place(text: str, place: str, start: int) -> bool:
    """Whether a place-shaped name is no place the story names.

    See :func:`_article_before_name`, :func:`_common_words` and :func:`_acronym`.
    """
    return (
        _article_before_name(text, place) or _common_words(text, place, start) or _acronym(text, place, start)
    )


def _written_in_lower_case(text: str, words: list[str], start: int = 0, stop: int | None = None) -> bool:
    """Whether one of ``words`` (no function word) stands in lower case in ``text[start:stop]``.

    A place's name is written with its capital wherever it stands; a label (``Overview``,
    ``Source``) is a common word, found in lower case in the story's sentences.
    """
    stop = len(text) if stop is None else stop
    function = _boilerplate.function_words()
    return any(
        _lower_word_at(text, word.lower(), start, stop) for word in words if word.casefold() not in function
    )


_BRACKET_PLACE = re.compile(
    r"(?:【(?P<place>[^\s=＝【】]{1,12})[=＝](?P<name>[^\s=＝【】]{1,12})】"
    r"|[(（](?P<round_place>[^\s=＝()（）]{1,12})[=＝](?:(?P<round_name>[^\s=＝()（）]{1,12})[)）]|(?=[^\S\n])))"
)
"""The East Asian press's opener of a story: the place, then its writer or wire, in lenticular
brackets (``【ソウル=鈴木壮太郎】``) or round ones (``(서울=연합뉴스)``); a copy that drops the wire's
name leaves the round bracket open after the place (``(서울= 홍길동 기자 =``)."""
_WRITER_AFTER = re.compile(r"[^\S\n]{0,2}(?P<writer>[^=＝\n]{2,40}?)[^\S\n]{0,2}[=＝][^\S\n]{0,2}(?=\S)")
"""The reporter's byline between the bracket and the lede, closed by an equals sign (``김예슬 기자 =``)."""


def _bracket_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A place and its writer or wire in brackets opening the paragraph (``【ソウル=鈴木壮太郎】``).

    The place needs the equals sign and its writer: a bracket with one label alone is the paper's
    own note on the report (``【本報綜合報道】``, a combined report), no dateline. A wire in the
    writer's stead (``【北京=共同】``) is the story's agency, which signs no byline. Round brackets
    hold the wire, and the reporter's byline may follow them up to a second equals sign, as the
    Korean press opens a story (``(서울=뉴스1) 김예슬 기자 = 일본 정부가 ...``): the byline signs it.
    """
    match = _BRACKET_PLACE.match(text, start, end)
    if match is None or match.end() >= end:
        return None
    if match.group("place") is not None:
        name = match.group("name")
        if is_agency(name):  # a wire in the writer's stead: "【ワシントン=共同】"
            return Dateline(place=match.span("place"), agency=name)
        return Dateline(place=match.span("place"), signed=match.span("name"))
    writer = _WRITER_AFTER.match(text, match.end(), end)
    names = None if writer is None else byline(writer.group("writer"), writer.start("writer"))
    if writer is not None and names is not None and writer.end() < end:
        return Dateline(place=match.span("round_place"), agency=match.group("round_name"), signed=names[0])
    wire = match.group("round_name")
    if wire is None or not text[match.end() : end].strip() or not is_agency(wire):
        return None  # a bracket of an unknown name opens an aside, not a story
    return Dateline(place=match.span("round_place"), agency=match.group("round_name"))


_DISPATCH = re.compile(
    r"(?:(?P<agency>[^\W\d_]{2,8})[^\S\n]{1,2})?(?P<head>[^\W\d_]{2,12}?)[^\S\n]?"
    r"\d{1,2}[^\S\n]?月[^\S\n]?\d{1,2}[^\S\n]?日[电電](?![^\W\d_])"
    r"(?:[^\S\n]{0,2}[(（](?P<writer>[^()（）\n]{2,30}?)[)）])?"
)
"""The Chinese press's opener of a story: its agency, the place and the day it was filed from, and
the word for a dispatch, set off by a space or a bracket (``电视`` is a word: television), then its
reporter in brackets (``新华社北京5月3日电(记者 王明)``, ``中新网 上海5月3日电 (李华)``). The
agency may be run into the place (``新华社北京``)."""
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
"""A Chinese personal name alone: a family name and a given name, two to four characters."""


def _dispatch_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The place, agency and reporter of a Chinese dispatch's opener (:data:`_DISPATCH`).

    The bracket after the dispatch holds its reporter: a byline (``记者 王明``), or a name alone.
    """
    match = _DISPATCH.match(text, start, end)
    if match is None or not text[match.end() : end].strip():
        return None
    agency, place = match.group("agency"), match.span("head")
    if agency is not None and not is_agency(agency):
        return None
    if agency is None:  # "新华社北京": the agency's name run into the place
        head = match.group("head")
        cut = next((n for n in range(len(head) - 2, 1, -1) if is_agency(head[:n])), None)
        if cut is not None:
            agency, place = head[:cut], (place[0] + cut, place[1])
    if is_agency(text[slice(*place)]):
        return None
    signed = None
    writer = match.group("writer")
    if writer is not None:
        at = match.start("writer")
        names = byline(writer, at)
        if names:
            signed = names[0]
        elif _HAN_NAME.fullmatch(writer) and not is_agency(writer):
            signed = (at, at + len(writer))
    return Dateline(place=place, agency=agency, signed=signed)


def dateline(text: str, start: int, end: int, *, first: bool = False) -> Dateline | None:
    """The dateline at the start of the paragraph ``text[start:end]``, if it has one.

    A place in capitals (``BRUSSELS``, ``TOKYO and LONDON``, ``TOKYO/SEOUL``) or in title case
    (``The Hague``), then any of a bracketed or named country, a date, an agency in brackets
    (its first name kept: ``(APP - UrduPoint ...)`` gives ``APP``), and a dash, colon or the
    closing bracket. A place in title case needs a date, an agency or a dash; a colon follows
    only a place in capitals. On the story's ``first`` paragraph, a place in title case may be
    closed by a full stop instead (``Tokio. La Agencia ...``, see :func:`_stop_dateline`). A
    dateline alone on its line may be closed by a dash (``U.S. Forces Japan —``, see
    :func:`_line_dateline`).
    """
    found = _dateline(text, start, end)
    if found is None and text.startswith(("【", "(", "（"), start):
        found = _bracket_dateline(text, start, end)
    if found is None:
        found = _dispatch_dateline(text, start, end)
    if found is None:
        found = _line_dateline(text, start, end)
    if found is None:
        found = _brand_dateline(text, start, end)
    if found is None:
        found = _date_first_dateline(text, start, end)
    if found is None and first:
        found = _stop_dateline(text, start, end) or _glued_dateline(text, start, end)
    if found is None and first:
        found = _miscased_dateline(text, start, end)
    return found


_GLUED_PLACE = re.compile(
    r"(?:(?P<capitals>[A-Z]{3,30})(?=[A-Z][a-zß-ÿ])|(?P<titled>[A-Z][a-zß-ÿ]{2,30})(?=[A-Z][a-zß-ÿ]))"
)
"""A place run into the lede's first word with no space (``TOKYOMendalamnya``, ``TokioJapan``)."""


def _glued_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A known place run into the first word of the story's first paragraph, a line break or a dash lost.

    ``TOKYOMendalamnya kerja sama …``, ``TokioJapan reagiert …``: the place in capitals before a
    capitalised word, or in title case before one, a city or country of ``place_words.json``
    (its shape alone does not tell it from a word glued to the next), and story prose after it.
    """
    match = _GLUED_PLACE.match(text, start, min(end, start + DATELINE_CHARS))
    if match is None or not is_known_place(match.group()) or not _prose_after(text, match.end(), end):
        return None
    return Dateline(place=match.span())


_MISCASED_PLACE = re.compile(
    rf"(?P<place>[A-Z][^\W\d_]{{1,30}}(?:[ ][^\W\d_]{{2,30}}){{1,2}})"
    rf"(?:{_S}{{0,2}}:|{_S}{{1,3}}(?:--|[—–-])){_S}{{1,3}}"
)
"""A place of two or three words, one in lower case, closed by a colon or a dash (``United states:``)."""


def _miscased_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A known place with a word in lower case, opening the story's first paragraph (``United states: In …``).

    The place's shape is no place's (``states``): only a city or country of ``place_words.json``,
    story prose after it, is a dateline.
    """
    match = _MISCASED_PLACE.match(text, start, min(end, start + DATELINE_CHARS))
    if match is None or not any(word[:1].islower() for word in match.group("place").split()):
        return None
    if not is_known_place(match.group("place")) or not _prose_after(text, match.end(), end):
        return None
    return Dateline(place=match.span("place"))


_PLACED_COUNTRY = re.compile(
    r"(?P<place>[^\W\d_][^\W\d_'’-]{1,30}(?:[ ][^\W\d_][^\W\d_'’-]{1,30}){0,2})"
    r"[^\S\n]{0,2}\((?P<country>[^\W\d_][^\W\d_'’-]{1,30}(?:[ ][^\W\d_][^\W\d_'’-]{1,30}){0,2})\)"
)
"""A place and its country in brackets alone on a line (``Tokyo (Japan)``)."""


def placed_country(text: str, start: int, end: int) -> Dateline | None:
    """A known city and its known country in brackets alone on a line over the story (``Tokyo (Japan)``).

    A speech's or a statement's heading gives where it was delivered so, over its date: both
    names are of ``place_words.json``, the place a city or country and the bracket a country.
    """
    match = _PLACED_COUNTRY.fullmatch(text, start, end)
    if match is None or not (is_known_place(match.group("place")) and is_known_place(match.group("country"))):
        return None
    return Dateline(place=match.span("place"))


def _dateline(text: str, start: int, end: int) -> Dateline | None:
    """The dateline of :func:`dateline` shaped as most are: a place, its date and agency, a sign."""
    start, outlet, glued = _lead_in(text, start, end)
    stop = min(end, start + DATELINE_CHARS)
    match = _dateline_match(text, start, stop)
    if match is None:
        return None
    sep = match.group("sep").strip()
    # A full stop after the dateline's day ("BAKU, June 12. From ...") closes a dateline as a dash does.
    fit = "—" if sep == "." and match.group("date") is not None else sep
    # A bar sets a place off its story's prose ("New Delhi | ..."), never off a headline.
    if not _place_fits(match.group("place"), fit, outlet=outlet) or (
        sep == "|" and end - match.end() <= HEADLINE_CHARS
    ):
        return None
    if _topic_headline(match, text, end, sep) or _no_place(text, match.group("place"), match.end()):
        return None
    alone = match.group("paren") is not None and not sep and not text[match.end() : end].strip()
    if alone and (not match.group("agency").islower() or " " in match.group("place")):
        return None  # a line alone is a dateline with a press service's tag ("Berlin (ots)"), not a credit
    if not _opens_story(match, text, end, sep) or not _lede_or_lead_in(match, text, end):
        return None
    return _dateline_parts(match, text, stop, glued)


def _dateline_match(text: str, start: int, stop: int) -> re.Match[str] | None:
    """The dateline's shape at ``start``, its day's month one of the date vocabulary's (``16. novembra``)."""
    match = _DATELINE.match(text, start, stop)
    if match is None or (match.group("month") is not None and not is_month_name(match.group("month"))):
        return None
    return match


def _dateline_parts(match: re.Match[str], text: str, stop: int, glued: Piece | None) -> Dateline:
    """The dateline of a matched shape: its place, its agency, its date and who signs it.

    An agency's name in the place's stead (``خبرگزاری مهر:``) is the story's opener and no place.
    """
    if _names_agency(match.group("place")):
        return Dateline(place=match.span("place"), agency=match.group("place"), placeless=True)
    sep = match.group("sep").strip()
    agency = (
        match.group("agency")
        or match.group("wire")
        or _tag_agency(match.group("tag"))
        or (glued and text[slice(*glued)])
    )
    signed = _tag_correspondent(match.group("tag"), match.start("tag")) or glued
    if agency is not None:
        head = _AGENCY_END.match(agency)
        agency = (head.group() if head else agency).strip() or None
        signed = signed or _repost_credit(match, text, agency)
    elif match.group("date") is not None and sep in {"–", "—", "-", "--"}:
        after = _AGENCY_AFTER.match(text, match.end(), stop)
        if after is not None:
            agency, signed = after.group("agency"), after.span("agency")
    found = None
    # A video script's bracketed day ("NAIROBI, KENYA (AUGUST 25, 2016) (REUTERS) –") is when it
    # was filmed, not the page's date.
    if match.group("date") is not None and not _bracketed(match):
        dates = header_dates(text, match.start("date"), match.end("date"))
        found = dates[0] if dates else None
    return Dateline(place=_place_span(match), agency=agency, found=found, signed=signed)


def _bracketed(match: re.Match[str]) -> bool:
    """Whether the dateline's date is in brackets (``NAIROBI, KENYA (AUGUST 25, 2016) (REUTERS) –``)."""
    return match.group("date") is not None and match.group("date").lstrip().startswith("(")


def _article_before_name(text: str, place: str) -> bool:
    """Whether a place opened by ``The`` is a name the page writes without it (``The India – Japan …``).

    A place's name that holds its article (``The Hague``) keeps it wherever it stands; a country's
    name after ``The`` opens a sentence on a compound (``The India – Japan partnership is …``),
    and the page names the country again with no ``the`` before it.
    """
    if not place.startswith("The "):
        return False
    name = re.escape(place[4:])
    return any(
        not text[max(0, found.start() - 4) : found.start()].casefold().endswith("the ")
        for found in re.finditer(rf"(?<!\w){name}(?!\w)", text)
    )


def _place_span(match: re.Match[str]) -> Piece:
    """Where a dateline's place stands, with its country when both are in capitals (``YOKOSUKA, JAPAN –``).

    A state's or a country's initials after the place are part of its name too (``Washington, D.C. –``);
    a full stop after a word in lower case, before the wire's bracket, is none (``Wien. (APA)``).
    """
    place = match.span("place")
    country = match.group("country")
    if (
        country is not None
        and country.startswith(",")
        # a site's address after the place names the outlet, not the country ("TOKYO, KOMPAS.TV -")
        and _ADDRESS_NAME.fullmatch(country.lstrip(", ")) is None
        and not _bracketed(match)  # a video script's "NAIROBI, KENYA (AUGUST 25, 2016)": the city
        and (
            (country.isupper() and match.group("place").isupper())
            or _INITIALS.fullmatch(country.lstrip(", "))
        )
    ):
        return (place[0], match.end("country"))
    name = match.group("place")
    if match.group("paren") is not None and name.endswith(".") and name[-2:-1].islower():
        return (place[0], place[1] - 1)  # "Wien. (APA) Die …": the full stop closes the place
    return place


_INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.)+")
"""Initials with their dots (``D.C.``, ``U.S.A.``): a state or a country written after a city."""
_ADDRESS_NAME = re.compile(r"[^\W\d_]{2,30}(?:\.[^\W\d_]{2,6}){1,2}")
"""A site's name written as its address, in any case (``KOMPAS.TV``, ``Detik.com``)."""
_BRAND_PLACE = re.compile(
    r"(?P<brand>[A-Z]*[a-z]+[A-Z][A-Za-z]+|[A-Z]{2,}[a-z]{2,}[A-Za-z]*)[^\S\n]{0,2}"
    r"\((?P<place>[A-Z][a-zà-ÿ'’-]{2,30}(?:[ ][A-Z][a-zà-ÿ'’-]{2,30}){0,2})\)"
    r"[^\S\n]{0,3}(?:--|[—–-])[^\S\n]{1,3}"
)
"""A site's brand, one word with a capital inside it (``FXStreet``, ``MarketWatch``), and the place
it files from in brackets, before a dash: where a wire's dateline puts the place before its bracket."""


_PLACE_AFTER_DATE = re.compile(
    rf",{_S}{{1,3}}(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})(?:{_S}{{0,3}}(?::|--|[—–])|{_S}{{1,3}}-){_S}{{1,3}}(?=\S)",
    re.VERBOSE,
)
"""The place after a date that opens the dateline, and its sign (``…, Brussels:``, ``…, TOKYO –``)."""
_DATE_FIRST_CHARS = 60
"""The longest date, its weekday with it, that opens a dateline before its place."""


def _date_first_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A dateline that gives the date before the place (``Thursday, 24 May 2018, Brussels: The …``).

    The date in full opens the paragraph, a comma and a place of :func:`dateline`'s shape follow
    it, then a colon or a dash and a sentence of story prose. The place is read, not the date.
    """
    head = text[start : min(end, start + 2 * _DATE_FIRST_CHARS)]
    # a date, a comma and a sign closing a place near the start, or no such dateline
    signed = any(sign in head for sign in (":", "—", "–", "--", " - "))
    if (
        not signed
        or not head[:1].isalnum()
        or ", " not in head
        or not _DIGIT.search(head, 0, _DATE_FIRST_CHARS)
    ):
        return None
    try:
        dates = header_dates(text, start, min(end, start + _DATE_FIRST_CHARS))
    except ParseError:
        return None  # an unknown zone: the reader reports it where the line is read as a date
    if not dates or dates[0].start != start:
        return None
    match = _PLACE_AFTER_DATE.match(text, dates[0].end, end)
    if match is None or not _place_fits(match.group("place"), ":", outlet=False):
        return None
    words = match.group("place").split()
    if _LABEL_WORDS & {word.upper() for word in words} or not _prose_after(text, match.end(), end):
        return None
    # The date is the day the dateline reports from, which a page reposting the release later
    # gives for its own no more than a wire's "TOKYO, Sept 19" does without its agency.
    return Dateline(place=match.span("place"))


def _brand_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The place in brackets after a site's brand (``FXStreet (Mumbai) – Japan's economy ...``).

    A story's prose follows the dash; the bracket holds no agency's name.
    """
    match = _BRAND_PLACE.match(text, start, min(end, start + DATELINE_CHARS))
    if match is None or is_agency(match.group("place")) or not _prose_after(text, match.end(), end):
        return None
    return Dateline(place=match.span("place"))


_SENTENCE_CLOSE = (".", "!", "?", "…", '"', "”", "’", "»", ":", "。")


def _topic_headline(match: re.Match[str], text: str, end: int, sep: str) -> bool:
    """Whether a place in title case, a dash and a line closing no sentence are a headline instead.

    ``Taiwan – Japan says it would back the US against China``, a paragraph of its own: a topic
    and its title. A lede runs on as a sentence, or on the line under it when it is wrapped; a
    dateline of a date, a country or an agency is a dateline still.
    """
    place = match.group("place")
    # a place in capitals, or in a script without them ("ٹوکیو -"), is a dateline's
    titled = place[:1].isupper() and not place.isupper()
    if sep not in {"–", "—", "-", "--"} or not titled or match.group("date") or match.group("paren"):
        return False
    if match.group("country") is not None:
        return False
    rest = text[match.end() : end].strip()
    if not rest or rest.endswith(_SENTENCE_CLOSE) or len(rest) > HEADLINE_CHARS:
        return False
    # the line stands as a paragraph of its own: a blank line or the page's end under it
    return _blank_under(text, end)


def _blank_under(text: str, end: int) -> bool:
    """Whether the line under the one that ends at ``end`` is blank, or the page ends there."""
    break_at = text.find("\n", end)
    if break_at < 0:
        return True
    next_end = text.find("\n", break_at + 1)
    return not text[break_at + 1 : len(text) if next_end < 0 else next_end].strip()


def _repost_credit(match: re.Match[str], text: str, agency: str | None) -> Piece | None:
    """Where the wire stands that a reposting site credits beside its own name in the dateline's brackets.

    ``Paris, (APP - UrduPoint / Pakistan Point News - 10th Aug, 2024)``: the wire (an agency, or an
    acronym), then a spaced dash, slash or bar and the site's name. The wire signs the story; an
    agency alone in the brackets (``(Reuters)``) or joined to its desk (``(dpa-AFX)``) does not.
    """
    at = match.start("agency")
    if agency is None or at < 0 or not (is_agency(agency) or _WIRE_ACRONYM.fullmatch(agency)):
        return None
    if not text.startswith(agency, at) or _REPOST_CREDIT.match(text, at + len(agency)) is None:
        return None
    return (at, at + len(agency))


_GLUED = re.compile(r"\)(?=[A-Z])")
"""A bracket closed with no space before a capital: where a caption's credit may meet the story."""


@attrs.frozen(kw_only=True)
class CaptionedDateline:
    """A photo caption run into the dateline after it (``... (AP Photo/Jane Doe)LOS ANGELES —``).

    Attributes:
        caption: Where the caption stands, its credit's closing bracket included.
        credit: Where the credit inside the brackets stands.
        dateline: The dateline that opens the story's paragraph after the caption.
    """

    caption: Piece
    credit: Piece
    dateline: Dateline


def captioned_dateline(text: str, start: int, end: int, *, first: bool = False) -> CaptionedDateline | None:
    """A caption closed by a bracketed photo credit with the dateline glued to it, in ``text[start:end]``.

    The caption's credit closes its line as :func:`~japan_nato_corpus.parse._bylines.caption_line`
    reads a caption of the body (``(AP Photo/Jane Doe)``), and a :func:`dateline` opens what
    follows the bracket with no space (a line break lost).
    """
    for glued in _GLUED.finditer(text, start, end):
        cut = glued.end()
        is_caption, credit = caption_line(text[start:cut], header=False)
        if not is_caption or credit is None or credit[1] != cut - start - 1:
            continue
        found = dateline(text, cut, end, first=first)
        if found is not None:
            return CaptionedDateline(
                caption=(start, cut), credit=(start + credit[0], start + credit[1]), dateline=found
            )
    return None


_AGENCY_LINE = re.compile(
    rf"(?P<agency>[^\n]{{2,40}}?){_S}{{0,3}}(?:--|[—–-]){_S}{{0,3}}(?P<rest>[^\n]{{0,60}})"
)


def agency_line(text: str, start: int, end: int) -> Piece | None:
    """Where the agency stands in a source line under a headline (``NHK -- Feb 23``, ``KUNA —``)."""
    match = _AGENCY_LINE.fullmatch(text, start, end)
    if match is None or not is_agency(match.group("agency")):
        return None
    rest_start = match.start("rest")
    if text[rest_start:end].strip() and not _only_date(text, rest_start, end):
        return None
    return match.span("agency")


def original_source(line: str) -> str | None:
    """The outlet named by a line such as ``The original source of this article is X``."""
    match = _ORIGINAL_SOURCE.fullmatch(line)
    if match is None or _DIGIT.search(match.group("source")):
        return None  # "Source: Xinhua| 2018-01-11 16:24" is a date line
    source = match.group("source")
    link = link_text(source)
    return source[link[0] : link[1]] if link else source


_PAPER_STAMP = re.compile(
    r"doi:?[^\S\n]{0,2}10\.\d{4,9}/[^\s;,]{1,80}[;,.]?[^\S\n]{1,3}"
    r"(?P<label>(?:first[^\S\n])?published(?:[^\S\n]online)?)(?:[^\S\n]on)?:?[^\S\n]{1,3}",
    re.IGNORECASE,
)
"""A paper's DOI and the label of its publication date after it (``doi:10.1057/ip.2016.1; published
online``), as a journal prints its citation on the paper's first page."""


def paper_date(text: str, start: int, end: int) -> DateMatch | None:
    """The publication date a paper's citation stamp gives, in ``text[start:end]`` (:data:`_PAPER_STAMP`).

    A date after ``published online`` alone may be another paper's that a story cites; after the
    paper's own DOI, it is the page's. Looked for in the first :data:`PAPER_STAMP_CHARS` characters.
    """
    stop = min(end, start + PAPER_STAMP_CHARS)
    stamp = _PAPER_STAMP.search(text, start, stop)
    if stamp is None:
        return None
    dates = header_dates(text, stamp.end(), min(end, stamp.end() + HEADER_DATE_CHARS))
    if not dates or dates[0].start != stamp.end() or dates[0].date.day is None:
        return None
    return attrs.evolve(dates[0], label=stamp.group("label").casefold())


def footer_date(text: str, start: int, end: int) -> DateMatch | None:
    """The date of a source line that closes a story.

    Bracketed (``(www.chinaview.cn 2018-07-13)``) or labelled (``Source: The Times December 17,
    2021 02:16 UTC``, ``Published in Dawn, December 19th, 2022``): the source's name in a few
    words, and one date.
    """
    if end - start > FOOTER_DATE_CHARS:
        return None
    bracketed = text[start] == "(" and text[end - 1] == ")"
    label = None if bracketed else _SOURCE_LABEL.match(text, start, end)
    if not bracketed and label is None:
        return None
    matches = header_dates(text, start, end)
    if len(matches) != 1:
        return None
    found = matches[0]
    if bracketed:
        rest = (text[start + 1 : found.start] + text[found.end : end - 1]).strip(_FILLER)
    else:
        rest = text[label.end() if label else start : found.start].strip(_FILLER)
        if text[found.end : end].strip(_FILLER):
            return None  # the date closes a labelled source line
    return found if rest and len(rest.split()) <= FOOTER_SOURCE_WORDS else None
