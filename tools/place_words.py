"""Build ``src/japan_nato_corpus/vocabularies/place_words.json`` from CLDR, through Babel.

The parser's dateline reader knows a place by its shape (``TOKYO``, ``The Hague``) and, where the
shape alone would let an outlet's name or a word run into the lede pass for one (``TokioJapan
reagiert …``, ``United states: …``), by its name: a city CLDR names as the exemplar city of a time
zone (``Tokio``, ``Bruxelles``, ``Nueva York``) or a country or territory CLDR names (``Japón``,
``Vereinigte Staaten``), in English and each language of :data:`LANGUAGES`, case folded. A name of
fewer than :data:`SHORTEST` letters is left out, as are the English words of :data:`EXCLUDED`.
Babel is needed only to build the file: the library reads the file.

Run from the repository root::

    python -m tools.place_words           # write the file
    python -m tools.place_words --check   # exit 1 if the file is not what Babel gives

``tests/test_parse_place_words.py`` runs the check (Babel is a test dependency).
"""

import json
import sys
from importlib.metadata import version
from pathlib import Path

from tools.date_words import LANGUAGES as DATE_LANGUAGES
from tools.generated import write_or_check

PATH = Path(__file__).parents[1] / "src" / "japan_nato_corpus" / "vocabularies" / "place_words.json"
LANGUAGES = ("en", *DATE_LANGUAGES, "vi", "tl", "ja", "ko", "zh", "zh_Hant")
"""The languages the dates module reads, English, and those of Japan's, Korea's, China's,
Viet Nam's and the Philippines' press."""
SHORTEST = 3
"""The fewest letters a place's name is kept with: shorter ones are other words."""
EXCLUDED = frozenset({"island", "chad", "jersey", "guinea", "man", "turkey", "georgia", "sark"})
"""Names that are as often common words or given names in a page's prose as places."""


def build() -> str:
    """The file's text, from the installed Babel's CLDR data."""
    from babel import Locale  # noqa: PLC0415 - needed only to build the file
    from babel.core import get_global  # noqa: PLC0415
    from babel.dates import get_timezone_location  # noqa: PLC0415

    zones = sorted(get_global("zone_territories"))
    places: set[str] = set()
    for language in LANGUAGES:
        locale = Locale.parse(language)
        for code, name in dict(locale.territories).items():
            if len(code) == 2 and code.isalpha():  # a country or territory, not a region's number
                places.add(str(name).casefold())
        for zone in zones:
            if "/" in zone and not zone.startswith("Etc/"):
                places.add(str(get_timezone_location(zone, locale=locale, return_city=True)).casefold())
    kept = sorted(
        name for name in places if len(name) >= SHORTEST and name not in EXCLUDED and "(" not in name
    )
    data = {"source": f"Babel {version('babel')} (CLDR)", "places": kept}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the file, or with ``--check`` say whether it is up to date."""
    return write_or_check(PATH, build, "tools.place_words", argv)


if __name__ == "__main__":
    sys.exit(main())
