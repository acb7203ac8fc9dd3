"""Write ``curation/reference_names.toml``: the reference list's states and regions named in other languages.

The names come from two well-kept copies of the standards, not from typing:
CLDR's territory names (through Babel) and the ISO 3166-1 translations of
Debian's iso-codes (through pycountry), in the languages of :data:`LANGUAGES`.
Regions and unions CLDR names as territories (Europe, East Asia, the European
Union, the United Nations) take its names too, by the codes of :data:`REGIONS`, and cities
CLDR names as the exemplar cities of time zones (Tokyo, Brussels) take those names,
by the zones of :data:`CITIES` (CLDR gives a city's name only where a language writes it
otherwise than English does).
A name is left out where it would name something else in an English text
(:data:`EXCLUDED`), where it is another actor's name, where it is a formal name
written inverted ("Korea, Republic of"), or where it is a Latin-script name of
fewer than three letters, or whose first word has fewer (Vietnamese "Ma-lai-xi-a": the finder
would try every short word of a text as its start). ``python -m tools.curate`` adds the names to the
records as aliases.

Run from the repository root (needs the ``curate`` extra)::

    python -m tools.state_names
"""

import gettext
import re
import sys
import tomllib
from collections.abc import Iterator

import babel
import pycountry

from japan_nato_corpus.names import fold
from tools.curate import CURATION

__all__ = ["CITIES", "EXCLUDED", "LANGUAGES", "OUTPUT", "REGIONS", "main", "names"]

LANGUAGES = (
    "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "sk", "hu", "ro", "bg", "el", "hr", "sl", "sq",
    "sr", "sr_Latn", "sv", "da", "nb", "fi", "et", "lv", "lt", "tr", "uk", "ru", "ja", "zh", "zh_Hant",
    "ko", "id", "ms", "tl", "vi",
)  # fmt: skip
"""The languages: NATO's members', its Indo-Pacific partners' and their neighbours', and Spanish.

Serbian is read in both its scripts (``sr`` Cyrillic, ``sr_Latn`` Latin)."""

EXCLUDED = frozenset(
    {
        # Iceland in German and the Nordic languages: an English word and part of many places.
        "island",
        # A given name in English texts.
        "chile",
        # Czechia in Vietnamese: "Sec." stands for Secretary before a name.
        "sec",
        # Czech and Polish India: an English word.
        "indie",
    }
)
"""Folded names that mean something else in English texts."""

REGIONS = {
    "europe": "150", "asia": "142", "east-asia": "030", "southeast-asia": "035",
    "european-union": "EU", "united-nations": "UN",
}  # fmt: skip
"""Reference records that CLDR names as a territory (a UN M.49 region or a union), by id: its code."""

CITIES = {"tokyo-city": "Asia/Tokyo", "brussels": "Europe/Brussels"}
"""Reference records of cities that CLDR names as a time zone's exemplar city, by id: the zone."""

OUTPUT = CURATION / "reference_names.toml"
_INVERTED = re.compile(r",")
_WORDS = re.compile(r"[\s\-]+")
_SHORTEST = 3
_PARENTHESES = re.compile(r"\s*[()（）]\s*")


def _translations(language: str, iso: str) -> Iterator[str]:
    locale = babel.Locale.parse(language)
    if "/" in iso:  # a time zone: its exemplar city, where the language names it
        city = locale.time_zones.get(iso, {}).get("city")
        if city:
            yield city
        return
    if iso in locale.territories:
        yield locale.territories[iso]
    country = pycountry.countries.get(alpha_2=iso)
    if country is None:  # a region or a union: CLDR's name alone
        return
    try:
        catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return
    for field in ("name", "common_name"):
        if hasattr(country, field):
            yield catalog.gettext(getattr(country, field))


def names(records: list[dict[str, object]]) -> dict[str, dict[str, list[str]]]:
    """The names of each state with an ``iso`` code, region and city, by language, none repeating another."""
    taken: dict[str, str] = {}
    for record in records:
        for name in [record["name"], *record.get("aliases", [])]:  # type: ignore[list-item]
            taken.setdefault(fold(name if isinstance(name, str) else name["name"]), str(record["id"]))
    out: dict[str, dict[str, list[str]]] = {}
    for record in records:
        id_ = str(record["id"])
        code = record.get("iso") or REGIONS.get(id_) or CITIES.get(id_)
        if code is None:
            continue
        seen = {key for key, owner in taken.items() if owner == id_}
        for language in LANGUAGES:
            for written in _translations(language, str(code)):
                for part in filter(None, _PARENTHESES.split(written)):
                    key = fold(part)
                    if (
                        _INVERTED.search(part)
                        or key in seen
                        or key in EXCLUDED
                        or taken.get(key, id_) != id_
                        or (key.isascii() and len(key) < _SHORTEST)
                        or (key.isascii() and len(_WORDS.split(key)[0]) < _SHORTEST)
                    ):
                        continue
                    seen.add(key)
                    out.setdefault(id_, {}).setdefault(language, []).append(part)
    return out


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> int:
    """Write the file; return the exit status."""
    records = tomllib.loads((CURATION / "reference.toml").read_text(encoding="utf-8"))["actor"]
    lines = [
        f"# Generated by `python -m tools.state_names` from CLDR (Babel {babel.__version__})",
        f"# and iso-codes (pycountry {pycountry.__version__}); do not edit by hand:",
        "# change LANGUAGES or EXCLUDED in the tool. `python -m tools.curate` adds these names to the",
        "# reference records as aliases.",
    ]
    for id_, by_language in names(records).items():
        lines += ["", "[[actor]]", f"id = {_toml_string(id_)}", "[actor.names]"]
        lines += [
            f"{language} = [{', '.join(map(_toml_string, found))}]" for language, found in by_language.items()
        ]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUTPUT.name}: {sum(len(v) for b in names(records).values() for v in b.values())} names")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
