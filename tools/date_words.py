"""Build ``src/japan_nato_corpus/vocabularies/date_words.json`` from CLDR, through Babel.

The dates module reads month and weekday names in many languages (``9 de diciembre de 2021``,
``Donnerstag, 9. Dezember 2021``, ``10 мая 2023``). The names are CLDR's, as Babel ships them:
for each language of :data:`LANGUAGES`, the wide and abbreviated month names, in their format
(genitive: ``grudnia``, ``мая``) and stand-alone (``grudzień``, ``май``) forms, and the wide and
abbreviated weekday names, case folded, with a closing dot dropped, and also without their accents
(pages drop them: ``Marz``, ``Fevrier``). A word that names two different months in two languages
is left out, so no name is read two ways. Babel is needed only to build the file: the library
reads the file.

The labels that stand before a page's own date (``Fecha de publicación:``, ``Publié le``,
``Veröffentlicht am``) are in no CLDR table: :data:`LABELS` lists them by hand, as the pages of
``tests/date_cases`` and ``tests/pages`` write them, each with the role it gives the date.

Run from the repository root::

    python -m tools.date_words           # write the file
    python -m tools.date_words --check   # exit 1 if the file is not what Babel gives

``tests/test_dates_vocabulary.py`` runs the check when Babel is installed (the ``curate`` and
``test`` extras pin it).
"""

import json
import sys
import unicodedata
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

from tools.generated import write_or_check

PATH = Path(__file__).parents[1] / "src" / "japan_nato_corpus" / "vocabularies" / "date_words.json"
LANGUAGES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "nn", "fi", "cs", "sk", "ro",
    "ca", "ru", "uk", "tr", "id", "ms", "hu", "lt", "lv", "et", "sl", "el", "sw", "ar", "ar_SY",
    "fa", "th",
)  # fmt: skip
"""Languages whose month names are read: Europe's, Indonesian and Malay, whose pages write a
long date day first, Swahili (``Alhamisi, Januari 23, 2025``), and Arabic with both its month
names: the Gregorian ones (``يوليو``) and the Levantine ones of Syria, Lebanon, Jordan and Iraq
(``تموز``), which CLDR gives under ``ar_SY``, the two-word ones (``تشرين الأول``) among them.
Persian (its Gregorian month names, ``ژانویه``) and Thai (``มกราคม``) are read too.
Croatian and Serbian are left out: their month names are other languages' words for other
months (``listopad`` is October in Croatian, November in Polish and Czech)."""
LABELS: dict[str, dict[str, str]] = {
    "published": {
        "en": (
            "published|published on|published at|first published|posted|posted on|released|issued"
            "|published online|first published online|delivered|delivered on"
        ),
        "es": "publicado|publicado el|publicado en|fecha de publicación|fecha publicación|publicación",
        "pt": "publicado|publicado em|publicado a|data de publicação|publicação",
        "fr": "publié|publié le|publiée le|date de publication|mis en ligne le",
        "it": "pubblicato|pubblicato il|pubblicata il|data di pubblicazione|data pubblicazione",
        "de": "veröffentlicht|veröffentlicht am|erschienen am|publiziert am",
        "nl": "gepubliceerd|gepubliceerd op|geplaatst op|verschenen",
        "pl": "opublikowano|data publikacji",
        "sv": "publicerad|publicerat",
        "da": "publiceret|offentliggjort",
        "nb": "publisert",
        "ru": "опубликовано|дата публикации",
        "fa": "تاریخ انتشار|زمان انتشار|انتشار|منتشر شده در|تاریخ انتشار خبر",
        "ro": "publicat|publicat la|publicat pe|publicat în",
        "fi": "julkaistu",
        "th": "วันที่นำเข้าข้อมูล|วันที่เผยแพร่|เผยแพร่|เผยแพร่เมื่อ|โพสต์เมื่อ",
        "ko": (
            "입력|기사입력|입력일|등록|등록일|작성일|기사 작성일|기사작성일"
            "|게재|게재일|발행일|승인|송고|송고시간"
        ),
        "zh": (
            "发布时间|发布日期|发布于|发表时间|发表日期|发稿时间|刊发时间"
            "|發布時間|發布日期|發佈時間|發佈日期|發布於|發表時間|發表日期"
        ),
        "ja": "公開日|公開日時|投稿日|投稿日時|掲載日|掲載日時|配信日|配信日時|発行日|作成日",
    },
    "updated": {
        "en": "updated|updated on|updated at|last updated|last updated on|modified|last modified",
        "es": "actualizado|actualizado el|actualizado a las|última actualización",
        "pt": "atualizado|atualizado em|atualizado a|última atualização",
        "fr": "mis à jour|mis à jour le|modifié le|dernière mise à jour",
        "it": "aggiornato|aggiornato il|aggiornato al|ultimo aggiornamento",
        "de": "aktualisiert|aktualisiert am|zuletzt aktualisiert|stand",
        "nl": "bijgewerkt|bijgewerkt op|laatst bijgewerkt|aangepast",
        "pl": "aktualizacja|zaktualizowano",
        "sv": "uppdaterad|uppdaterat",
        "da": "opdateret",
        "nb": "oppdatert",
        "ru": "обновлено",
        "fa": "به روز شده در|بروزرسانی|به‌روزرسانی|آخرین بروزرسانی|آخرین به‌روزرسانی",
        "ro": "modificat|modificat la|actualizat|actualizat la|actualizat pe",
        "fi": "muokattu|päivitetty",
        "th": "วันที่ปรับปรุงข้อมูล|ปรับปรุงล่าสุด|อัปเดตล่าสุด|แก้ไขล่าสุด",
        "ko": "수정|기사수정|수정일|최종수정|최종 수정|업데이트",
        "zh": "更新时间|更新日期|更新于|最后更新|更新時間|更新日期|更新於|最後更新",
        "ja": "更新日|更新日時|最終更新|最終更新日",
    },
    "date": {
        "en": "date|dated",
        "es": "fecha",
        "pt": "data",
        "fr": "date|le",
        "it": "data|del",
        "de": "datum|vom",
        "nl": "datum",
        "pl": "data",
        "sv": "datum",
        "ru": "дата",
        "fa": "تاریخ",
        "th": "วันที่",
        "ko": "날짜|일자",
        "zh": "时间|日期|時間",
        "ja": "日付|日時",
    },
}
"""The words of a date's label, by the role they give it and by language, ``|`` between them."""
SOLAR_MONTHS: dict[str, str] = {
    "fa": "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند",
    "fa_AF": "حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت",
}
"""The months of the solar (Jalali) calendar of Iran and Afghanistan, first to twelfth, ``|``
between them: CLDR's Persian calendar, which Babel does not give, written out by hand."""
ZONE_NAMES = {
    "japan time": "JST",
    "japan standard time": "JST",
    "tokyo time": "JST",
    "korea time": "KST",
    "korea standard time": "KST",
    "seoul time": "KST",
    "eastern time": "ET",
    "central time": "CT",
    "mountain time": "MT",
    "pacific time": "PT",
    "greenwich mean time": "GMT",
    "coordinated universal time": "UTC",
    "central european time": "CET",
    "moscow time": "MSK",
}
"""Zones written out in words in brackets after a date (``11:29 A.M. July 15, 2016(Japan Time)``),
each the abbreviation of the dates module's zones it names."""
CLOCK_WORDS = {
    "fa": "ساعت",
    "ar": "الساعة|في تمام الساعة",
    "th": "เวลา",
    "tr": "saat",
    "ro": "ora",
}
"""The word between a date and its time in languages whose word the dates module does not write
itself (``۱۳۹۹/۱۲/۳۰ ساعت ۱۵:۴۹``, ``12.03.2023 saat 14:01``), ``|`` between them."""
DAY_FIRST = ("de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "ru")
"""Languages whose pages write a numeric date day first (``12/03/2021`` is 12 March): a date
under one of their labels is read so."""


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _words(names: object) -> set[str]:
    found = set()
    for name in dict(names).values():  # type: ignore[call-overload]
        word = str(name).casefold().rstrip(".")
        found.update({word, _plain(word)})
    return found


def build() -> str:
    """The file's text, from the installed Babel's CLDR data."""
    from babel import Locale  # noqa: PLC0415 - needed only to build the file

    months: dict[str, set[int]] = defaultdict(set)
    wide: set[str] = set()
    weekdays: set[str] = set()
    for language in LANGUAGES:
        locale = Locale.parse(language)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in dict(locale.months[context][width]).items():
                    for word in _words({number: name}):
                        months[word].add(int(number))
                        if width == "wide":
                            wide.add(word)
                weekdays.update(_words(locale.days[context][width]))
    kept = {word: next(iter(numbers)) for word, numbers in months.items() if len(numbers) == 1}
    # An abbreviation is at least three letters (shorter ones, "ma", "mä", "ag", are other words);
    # a month's full name is kept however short (the Levantine "آب", August).
    kept = {word: number for word, number in kept.items() if len(word) >= 3 or word in wide}
    # A name of two words is kept (the Levantine "تشرين الأول", October), unless its last word is the
    # month's own name and the first a preposition CLDR writes before it (Catalan "de gener").
    kept = {
        word: number
        for word, number in kept.items()
        if " " not in word or kept.get(word.rsplit(" ", 1)[1]) != number
    }
    weekdays = {word for word in weekdays if len(word) >= 2 and word not in kept}
    # The words for today and yesterday, which a page may glue to its date ("today12 January 2023").
    # Babel has no public accessor for CLDR's relative day names.
    relative = {
        language: Locale.parse(language)._data["date_fields"]["day"]["relative"]  # noqa: SLF001
        for language in LANGUAGES
    }
    relative_days = sorted(
        {
            word
            for language in LANGUAGES
            for number, name in dict(relative[language]).items()
            if number in {-1, 0}
            for word in _words({number: name})
        }
    )
    labels = {
        role: {language: sorted(words.split("|")) for language, words in sorted(by_language.items())}
        for role, by_language in LABELS.items()
    }
    data = {
        "source": f"Babel {version('babel')} (CLDR); labels by hand",
        "months": dict(sorted(kept.items())),
        "weekdays": sorted(weekdays),
        "labels": labels,
        "relative_days": relative_days,
        "solar_months": {
            name: number
            for names in SOLAR_MONTHS.values()
            for number, name in enumerate(names.split("|"), start=1)
        },
        "zone_names": dict(sorted(ZONE_NAMES.items())),
        "clock_words": sorted({word for words in CLOCK_WORDS.values() for word in words.split("|")}),
        "day_first": list(DAY_FIRST),
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the file, or with ``--check`` say whether it is up to date."""
    return write_or_check(PATH, build, "tools.date_words", argv)


if __name__ == "__main__":
    sys.exit(main())
