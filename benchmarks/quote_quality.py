"""How well ``find_quotes`` finds the curated quotes of the corpus and the labelled quotes of real pages.

Run: ``python benchmarks/quote_quality.py [-v]``.

**The five documents.** ``find_quotes`` runs on each article's raw text with the corpus'
actors and is compared with the curated quotes (``corpus.quotes``, from
``curation/quotes.toml``): a found quote is right when its evidence has the offsets of a
curated quote; its speaker is right when it is the same actor id (``None`` for ``None``).

**The real pages.** For each page of ``tests/pages/`` it runs
``find_quotes`` with the bundled corpus' actors and compares the quotes found with the labelled
ones (``quotes`` in ``gold.json``; the labelling rule is in ``tests/pages/README.md``):

- a found quote is right when its evidence is exactly one labelled quote's text at a place the
  text holds it (each labelled occurrence matched once);
- a quote cut off by the end of the copy (its words run to the end of the text, with no closing
  mark after them) is not a quote: ``find_quotes`` reads only words between an opening and a
  closing mark, and every set is scored by that one convention, so a label that runs to the end
  of the copy is left out of the labelled quotes (``docs/quotes.md``, *Cut-off quotes*);
- precision = right / found, recall = right / labelled;
- speaker right, over the right quotes: the labelled speaker's family name (the first or the
  last word of a name, as names are written in either order; for a description, either end
  word) is among the words that name the speaker, or among the names of the actor it was
  resolved to (a name word has three letters or more, or two Hangul syllables: Korean is written
  with spaces, and a syllable block is a syllable, so "스가" and "고노 다로" are names); a name in
  a script written without spaces (Chinese, Japanese) is one run of characters, family name
  first, so there the labelled speaker is right when its first two characters (the family name,
  or its opening) stand in those words or names; a labelled
  ``null`` speaker wants no speaker or an indefinite description (``a``, ``un``, ``una``,
  ``ein`` …).

**The quote pages.** The pages of ``tests/quote_pages/`` (labelled for quotes only, from sites no
other set holds; held out at first, tuned on since: ``tests/quote_pages/README.md``) are scored
the same way, and so are those of ``tests/quote_pages/holdout2/`` (a second such set, from sites
none of the others holds, held out at first, tuned on since; ``tests/quote_pages/holdout2/README.md``), and of
``tests/quote_pages/holdout3/`` (a third, held out at first, tuned on since; its ``README.md``), and
of ``tests/quote_pages/holdout4/`` (a fourth, held out as a whole and measured once; its
``README.md``), and of ``tests/quote_pages/holdout5/`` (a fifth, held out as a whole and measured
once; its ``README.md``), and of ``tests/quote_pages/holdout6/`` (a sixth, held out as a whole and
measured once; its ``README.md``), and of ``tests/quote_pages/holdout7/`` (a seventh, held
out as a whole and measured once; its ``README.md``), and of ``tests/quote_pages/holdout8/``
(an eighth, held out as a whole and measured once; its ``README.md``), and of
``tests/quote_pages/holdout9/`` (a ninth, held out as a whole and measured once; its
``README.md``), and of ``tests/quote_pages/holdout10/`` (a tenth, held out as a whole and measured
once; its ``README.md``), and of ``tests/quote_pages/holdout11/`` (an eleventh, held out as a whole
and measured once; its ``README.md``), and of ``tests/quote_pages/holdout12/`` (a twelfth, held
out as a whole and measured once; its ``README.md``), and of ``tests/quote_pages/holdout13/``
(a thirteenth, held out as a whole and measured once; its ``README.md``), and of
``tests/quote_pages/holdout14/`` (a fourteenth, held out as a whole and measured once; its
``README.md``), of ``tests/quote_pages/holdout15/`` (a fifteenth, held out as a whole and
measured once; its ``README.md``), and of ``tests/quote_pages/holdout16/`` (a sixteenth, held out
as a whole and measured once; its ``README.md``), and of ``tests/quote_pages/holdout17/`` (a
seventeenth, held out as a whole and measured once; its ``README.md``), and of
``tests/quote_pages/holdout18/`` (an eighteenth, held out as a whole and measured once; its
``README.md``), of ``tests/quote_pages/holdout19/`` (a nineteenth, held out as a whole and
measured once; its ``README.md``), of ``tests/quote_pages/holdout20/`` (a twentieth, held out
as a whole and measured once; its ``README.md``), of ``tests/quote_pages/holdout21/`` (a
twenty-first, held out as a whole and measured once; its ``README.md``), of
``tests/quote_pages/holdout22/`` (a twenty-second, held out as a whole and measured once; its
``README.md``), and of ``tests/quote_pages/holdout23/`` (a twenty-third, held out as a whole and
measured once; its ``README.md``). A labelled quote may
give its ``start`` offset where the same words stand at more than one place.

Printed for the five documents, for the whole page set and its tune and holdout parts, and for
each set of quote pages.
``-v`` lists every miss, tagged with its set (curated, tune, holdout, quote pages, quote pages 2,
quote pages 3, quote pages 4, quote pages 5, quote pages 6, quote pages 7, quote pages 8, quote pages 9,
quote pages 10, quote pages 11, quote pages 12, quote pages 13, quote pages 14, quote pages 15,
quote pages 16, quote pages 17, quote pages 18, quote pages 19, quote pages 20, quote pages 21,
quote pages 22, quote pages 23).
``--sets`` picks the sets to score (default: all but any held out).
"""

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import japan_nato_corpus as jnc
from japan_nato_corpus.quotes import find_quotes

PAGES = Path(__file__).parents[1] / "tests" / "pages"
QUOTE_PAGES = Path(__file__).parents[1] / "tests" / "quote_pages"
QUOTE_PAGES_2 = QUOTE_PAGES / "holdout2"
QUOTE_PAGES_3 = QUOTE_PAGES / "holdout3"
QUOTE_PAGES_4 = QUOTE_PAGES / "holdout4"
QUOTE_PAGES_5 = QUOTE_PAGES / "holdout5"
QUOTE_PAGES_6 = QUOTE_PAGES / "holdout6"
QUOTE_PAGES_7 = QUOTE_PAGES / "holdout7"
QUOTE_PAGES_8 = QUOTE_PAGES / "holdout8"
QUOTE_PAGES_9 = QUOTE_PAGES / "holdout9"
QUOTE_PAGES_10 = QUOTE_PAGES / "holdout10"
QUOTE_PAGES_11 = QUOTE_PAGES / "holdout11"
QUOTE_PAGES_12 = QUOTE_PAGES / "holdout12"
QUOTE_PAGES_13 = QUOTE_PAGES / "holdout13"
QUOTE_PAGES_14 = QUOTE_PAGES / "holdout14"
QUOTE_PAGES_15 = QUOTE_PAGES / "holdout15"
QUOTE_PAGES_16 = QUOTE_PAGES / "holdout16"
QUOTE_PAGES_17 = QUOTE_PAGES / "holdout17"
QUOTE_PAGES_18 = QUOTE_PAGES / "holdout18"
QUOTE_PAGES_19 = QUOTE_PAGES / "holdout19"
QUOTE_PAGES_20 = QUOTE_PAGES / "holdout20"
QUOTE_PAGES_21 = QUOTE_PAGES / "holdout21"
QUOTE_PAGES_22 = QUOTE_PAGES / "holdout22"
QUOTE_PAGES_23 = QUOTE_PAGES / "holdout23"
# Every measured set is scored by default; a set still held out is scored only when asked for by name.
SETS = (
    "curated",
    "pages",
    "quote-pages",
    "quote-pages-2",
    "quote-pages-3",
    "quote-pages-4",
    "quote-pages-5",
    "quote-pages-6",
    "quote-pages-7",
    "quote-pages-8",
    "quote-pages-9",
    "quote-pages-10",
    "quote-pages-11",
    "quote-pages-12",
    "quote-pages-13",
    "quote-pages-14",
    "quote-pages-15",
    "quote-pages-16",
    "quote-pages-17",
    "quote-pages-18",
    "quote-pages-19",
    "quote-pages-20",
    "quote-pages-21",
    "quote-pages-22",
    "quote-pages-23",
)
HELD_OUT: tuple[str, ...] = ()
_NAME_WORD = re.compile(r"[\uac00-\ud7a3]{2,}|[^\W\d_]{3,}")
"""A name word: three letters or more, or two Hangul syllables (a syllable block is a syllable,
so a Korean name of two syllables, "스가", "고노", is a name word)."""
_OPENERS = ('"', "\u201c", "\u201d", "\u00ab", "``")
_CUT_OFF = re.compile(r"[\s.\u2026]*\Z")
"""What may follow a quote cut off by the end of the copy: spaces and an ellipsis, no closing mark."""
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_SKIP = {"the", "and", "mr", "mrs", "ms", "dr", "prime", "minister", "president", "secretary", "general"}


_INDEFINITE = ("a ", "an ", "un ", "une ", "una ", "uno ", "um ", "uma ", "ein ", "eine ", "einer ")
"""An indefinite description, in the languages of the pages: what a ``null`` speaker may keep."""


def _key_words(name: str) -> set[str]:
    return {w.casefold() for w in _NAME_WORD.findall(name)} - _SKIP


def _speaker_right(gold: str | None, quote: jnc.Quote, names: dict[str, tuple[str, ...]]) -> bool:
    words = quote.speaker_words.text if quote.speaker_words else ""
    if gold is None:
        return not words or words.casefold().startswith(_INDEFINITE)
    if _UNSPACED.match(gold):
        # Chinese and Japanese names are written without spaces, family name first.
        said = [words, *names.get(quote.speaker or "", ())]
        return any(gold[:2] in s for s in said)
    found = _key_words(words) | {w for n in names.get(quote.speaker or "", ()) for w in _key_words(n)}
    wanted = _key_words(gold)
    last = [w.casefold() for w in _NAME_WORD.findall(gold)]
    # The family name ends a Western name and opens a Chinese, Japanese or Korean one written
    # family name first ("Mao Ning"), so either end of a personal name stands for it.
    return (
        bool(wanted & found)
        if not last
        else bool({last[0], last[-1]} & found) or bool(wanted and wanted <= found)
    )


def _place(text: str, quoted: str, taken: dict[tuple[int, int], str | None], start: int | None = None) -> int:
    """The labelled ``start`` of ``quoted`` if given, else its first free place right after a
    double quotation mark, else its first free place."""
    if start is not None:
        return start if text[start : start + len(quoted)] == quoted else -1
    places = [m.start() for m in re.finditer(re.escape(quoted), text)]
    free = [p for p in places if (p, p + len(quoted)) not in taken]
    marked = [p for p in free if text[max(0, p - 2) : p].endswith(_OPENERS)]
    return (marked or free or [-1])[0]


def score_page(
    page: dict[str, Any],
    actors: Sequence[jnc.Actor],
    names: dict[str, tuple[str, ...]],
    folder: Path = PAGES,
) -> dict[str, Any]:
    """Found, right and speaker-right counts of one page of ``folder``, with its misses."""
    text = (folder / page["file"]).read_bytes().decode("utf-8")
    found = find_quotes(text, actors=actors, document=page["id"])
    wanted: dict[tuple[int, int], str | None] = {}
    labelled = 0
    for quote in page["quotes"]:
        start = _place(text, quote["text"], wanted, quote.get("start"))
        if start >= 0 and _CUT_OFF.match(text, start + len(quote["text"])):
            continue  # cut off by the end of the copy: no quote, by the one convention of every set
        labelled += 1
        if start >= 0:
            wanted[(start, start + len(quote["text"]))] = quote["speaker"]
    right = speaker_right = 0
    misses: list[str] = []
    for quote in found:
        key = (quote.evidence.start, quote.evidence.end)
        if key not in wanted:
            misses.append(f"{page['id']} not a labelled quote: {quote.text[:70]!r}")
            continue
        right += 1
        gold = wanted.pop(key)
        if _speaker_right(gold, quote, names):
            speaker_right += 1
        else:
            said = quote.speaker_words.text if quote.speaker_words else None
            misses.append(
                f"{page['id']} speaker of {quote.text[:40]!r}: expected {gold!r}, "
                f"got {said!r} ({quote.speaker})"
            )
    misses += [f"{page['id']} missed: {text[s:e][:70]!r}" for s, e in wanted]
    return {
        "labelled": labelled,
        "found": len(found),
        "right": right,
        "speaker": speaker_right,
        "misses": misses,
    }


def score_corpus(corpus: jnc.Corpus) -> dict[str, Any]:
    """Found, right and speaker-right counts over the corpus' articles, against its curated quotes."""
    actors = tuple(corpus.actors)
    found_n = right = speaker_right = 0
    misses: list[str] = []
    for article in corpus.articles:
        wanted = {(q.evidence.start, q.evidence.end): q for q in corpus.quotes.in_article(article.id)}
        found = find_quotes(article.text, actors=actors, document=article.id)
        found_n += len(found)
        for quote in found:
            gold = wanted.pop((quote.evidence.start, quote.evidence.end), None)
            if gold is None:
                misses.append(f"{article.id} not a curated quote: {quote.text[:70]!r}")
                continue
            right += 1
            if gold.speaker == quote.speaker:
                speaker_right += 1
            else:
                misses.append(
                    f"{article.id} speaker of {quote.text[:40]!r}: "
                    f"expected {gold.speaker!r}, got {quote.speaker!r}"
                )
        misses += [f"{article.id} missed: {q.text[:70]!r}" for q in wanted.values()]
    return {
        "labelled": len(corpus.quotes),
        "found": found_n,
        "right": right,
        "speaker": speaker_right,
        "misses": misses,
        "pages": len(corpus.articles),
    }


def _row(name: str, results: list[dict[str, Any]]) -> str:
    labelled, found = sum(r["labelled"] for r in results), sum(r["found"] for r in results)
    right, speaker = sum(r["right"] for r in results), sum(r["speaker"] for r in results)
    precision = right / found if found else 1.0
    recall = right / labelled if labelled else 1.0
    speakers = speaker / right if right else 1.0
    cells = [
        name,
        sum(r.get("pages", 1) for r in results),
        labelled,
        found,
        right,
        f"{precision:.3f}",
        f"{recall:.3f}",
        f"{speakers:.3f}",
    ]
    return "| " + " | ".join(map(str, cells)) + " |"


def _quote_set(
    folder: Path, actors: Sequence[jnc.Actor], names: dict[str, tuple[str, ...]]
) -> tuple[int, dict[str, Any]]:
    """The number of sites of one set of quote pages and each page's scores."""
    pages = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["pages"]
    return len({page["site"] for page in pages}), {
        p["id"]: score_page(p, actors, names, folder) for p in pages
    }


def main(argv: list[str] | None = None) -> int:
    """Score ``find_quotes`` on every labelled page and print the table; ``-v`` adds every miss."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss with its page id")
    parser.add_argument(
        "--sets",
        default=",".join(SETS),
        help=f"sets to score, of {', '.join(SETS + HELD_OUT)} (default: {', '.join(SETS)})",
    )
    args = parser.parse_args(argv)
    chosen = {name.strip() for name in args.sets.split(",") if name.strip()}
    unknown = chosen - set(SETS + HELD_OUT)
    if unknown:
        parser.error(f"unknown sets: {', '.join(sorted(unknown))}")
    corpus = jnc.load()
    actors = tuple(corpus.actors)
    names = {actor.id: actor.names for actor in actors}
    print("| part | pages or documents | labelled | found | right | precision | recall | speaker right |")
    print("|---|---|---|---|---|---|---|---|")
    tagged: list[tuple[str, dict[str, Any]]] = []
    if "curated" in chosen:
        curated = score_corpus(corpus)
        print(_row("five documents (curated)", [curated]))
        tagged.append(("curated", curated))
    if "pages" in chosen:
        pages = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))["pages"]
        results = {page["id"]: score_page(page, actors, names) for page in pages}
        print(_row("pages: all", list(results.values())))
        for split in ("tune", "holdout"):
            print(_row(f"pages: {split}", [results[p["id"]] for p in pages if p["split"] == split]))
        splits = {page["id"]: page["split"] for page in pages}
        tagged += [(splits[i], r) for i, r in results.items()]
    quote_sets = (
        ("quote-pages", QUOTE_PAGES, "quote pages", "tuned on"),
        ("quote-pages-2", QUOTE_PAGES_2, "quote pages 2", "tuned on since"),
        ("quote-pages-3", QUOTE_PAGES_3, "quote pages 3", "tuned on since"),
        ("quote-pages-4", QUOTE_PAGES_4, "quote pages 4", "measured once, spent"),
        ("quote-pages-5", QUOTE_PAGES_5, "quote pages 5", "measured once, spent"),
        ("quote-pages-6", QUOTE_PAGES_6, "quote pages 6", "measured once, spent"),
        ("quote-pages-7", QUOTE_PAGES_7, "quote pages 7", "measured once, spent"),
        ("quote-pages-8", QUOTE_PAGES_8, "quote pages 8", "measured once, spent"),
        ("quote-pages-9", QUOTE_PAGES_9, "quote pages 9", "measured once, spent"),
        ("quote-pages-10", QUOTE_PAGES_10, "quote pages 10", "measured once, spent"),
        ("quote-pages-11", QUOTE_PAGES_11, "quote pages 11", "measured once, spent"),
        ("quote-pages-12", QUOTE_PAGES_12, "quote pages 12", "measured once, spent"),
        ("quote-pages-13", QUOTE_PAGES_13, "quote pages 13", "measured once, spent"),
        ("quote-pages-14", QUOTE_PAGES_14, "quote pages 14", "measured once, spent"),
        ("quote-pages-15", QUOTE_PAGES_15, "quote pages 15", "measured once, spent"),
        ("quote-pages-16", QUOTE_PAGES_16, "quote pages 16", "measured once, spent"),
        ("quote-pages-17", QUOTE_PAGES_17, "quote pages 17", "measured once, spent"),
        ("quote-pages-18", QUOTE_PAGES_18, "quote pages 18", "measured once, spent"),
        ("quote-pages-19", QUOTE_PAGES_19, "quote pages 19", "measured once, spent"),
        ("quote-pages-20", QUOTE_PAGES_20, "quote pages 20", "measured once, spent"),
        ("quote-pages-21", QUOTE_PAGES_21, "quote pages 21", "measured once, spent"),
        ("quote-pages-22", QUOTE_PAGES_22, "quote pages 22", "measured once, spent"),
        ("quote-pages-23", QUOTE_PAGES_23, "quote pages 23", "measured once, spent"),
    )
    for key, folder, tag, status in quote_sets:
        if key in chosen:
            sites, held = _quote_set(folder, actors, names)
            print(_row(f"{tag}: {status} ({sites} sites)", list(held.values())))
            tagged += [(tag, r) for r in held.values()]
    if args.verbose:
        print("\nMisses:")
        for tag, result in tagged:
            for miss in result["misses"]:
                print(f"  [{tag}] {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
